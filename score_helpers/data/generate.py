"""The seeded synthetic datasets of SCORE AI Lab: make them, write them as CSV.

    from score_helpers.data import generate as datasets
    frames = datasets.generate(seed=2025)        # name -> DataFrame, as written to CSV
    datasets.write_all(Path("datasets"))         # datasets/<name>.csv for every dataset
    datasets.write_readme(Path("datasets"))      # datasets/README.md, the data dictionary

The same seed gives byte-identical CSV files on any machine: every dataset (and every
production line) draws from its own random stream, numbers are rounded and written with
fixed decimals, dates as ISO text. The columns are those of `score_helpers.data.schema`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from score_helpers.data import schema
from score_helpers.data.synth.checklists import generate_checklists
from score_helpers.data.synth.common import write_csv
from score_helpers.data.synth.defect_causes import generate_defect_causes
from score_helpers.data.synth.dictionary import render
from score_helpers.data.synth.grievances import generate_grievances
from score_helpers.data.synth.incidents import generate_incidents
from score_helpers.data.synth.machines import LOG_DECIMALS, SENSOR_DECIMALS, generate_machines
from score_helpers.data.synth.production import DECIMALS, generate_daily, make_calendar
from score_helpers.data.synth.profiles import FACTORIES
from score_helpers.data.synth.raw import PlantedError, make_raw
from score_helpers.data.synth.suggestions import generate_suggestions

DEFAULT_SEED = 2025

# Decimals written for each float column; other columns are written as they are.
DECIMALS_BY_DATASET: dict[str, dict[str, int]] = {
    "garments_daily": DECIMALS, "food_daily": DECIMALS, "electronics_daily": DECIMALS,
    "defect_causes": {}, "garments_daily_raw": {}, "machine_sensors": SENSOR_DECIMALS,
    "maintenance_log": LOG_DECIMALS, "incident_reports": {}, "grievances": {},
    "safety_checklists": {}, "suggestions": {},
}


def _generate(seed: int) -> tuple[dict[str, pd.DataFrame], list[PlantedError]]:
    calendar = make_calendar(seed)
    daily = {key: generate_daily(FACTORIES[key], seed, calendar) for key in schema.FACTORIES}
    raw, planted = make_raw(daily["garments"], seed)
    sensors, maintenance = generate_machines(seed)
    frames = {
        "garments_daily": daily["garments"],
        "food_daily": daily["food"],
        "electronics_daily": daily["electronics"],
        "defect_causes": generate_defect_causes(daily, seed),
        "garments_daily_raw": raw,
        "machine_sensors": sensors,
        "maintenance_log": maintenance,
        "incident_reports": generate_incidents(daily, seed),
        "grievances": generate_grievances(seed),
        "safety_checklists": generate_checklists(calendar, seed),
        "suggestions": generate_suggestions(seed),
    }
    for name, columns in schema.DATASETS.items():
        expected = [column.name for column in columns]
        if list(frames[name].columns) != expected:
            raise AssertionError(f"{name}: columns {list(frames[name].columns)} != {expected}")
    return {name: frames[name] for name in schema.DATASETS}, planted


def generate(seed: int = DEFAULT_SEED) -> dict[str, pd.DataFrame]:
    """Every bundled dataset, made from `seed`: {name: DataFrame}, names as in schema.DATASETS.

    Dates and timestamps are ISO text, exactly as written to the CSV files; the raw
    garments file holds text cells only (it is broken on purpose).
    """
    return _generate(seed)[0]


def planted_errors(seed: int = DEFAULT_SEED) -> list[PlantedError]:
    """The errors planted in garments_daily_raw for `seed`: row, column and what is wrong."""
    calendar = make_calendar(seed)
    return make_raw(generate_daily(FACTORIES["garments"], seed, calendar), seed)[1]


def write_all(out_dir: Path, seed: int = DEFAULT_SEED) -> dict[str, Path]:
    """Write <name>.csv for every dataset into `out_dir` (created if needed).

    Returns {name: path}. Files are UTF-8 with '\\n' line ends, so the same seed gives the
    same bytes on Windows, macOS and Linux.
    """
    out_dir = Path(out_dir)
    frames = generate(seed)
    return {name: write_csv(frame, out_dir / f"{name}.csv", DECIMALS_BY_DATASET[name])
            for name, frame in frames.items()}


def write_readme(out_dir: Path, seed: int = DEFAULT_SEED) -> Path:
    """Write the data dictionary, README.md, for the datasets of `seed` into `out_dir`."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    frames, planted = _generate(seed)
    path = out_dir / "README.md"
    with open(path, "w", encoding="utf-8", newline="\n") as file:
        file.write(render(frames, planted, make_calendar(seed), seed))
    return path
