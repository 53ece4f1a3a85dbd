"""The dashboard's targets: the editor's numbers, and the small targets.json file.

People type rates in percent (2 for 2 %), the cost target as a multiple of the usual
week (1.05), the injury rate per 1,000,000 hours; `targets.Target` keeps fractions.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from pathlib import Path

from score_helpers.kpi.targets import (
    DEFAULT_TARGETS,
    PRODUCTIVITY_TARGETS,
    Target,
    kpi_info,
    targets_from_json,
    targets_to_json,
)

TARGETS_FILE = "targets.json"
# The dashboard's starting targets: the QCDMS ones and those of the productivity KPIs a
# factory's own file may show (kpi.targets).
DEFAULTS: dict[str, Target] = {**DEFAULT_TARGETS, **PRODUCTIVITY_TARGETS}


class TargetInputError(ValueError):
    """A target the editor cannot accept; `key` names its message in dashboard_labels."""

    def __init__(self, key: str, kpi: str) -> None:
        self.key, self.kpi = key, kpi
        super().__init__(f"{key}: {kpi}")


def is_percent(kpi: str) -> bool:
    """True when the editor shows the KPI in percent (a fraction in the data)."""
    return kpi_info(kpi).unit == "fraction"


def shown(kpi: str, value: float) -> float:
    """A stored threshold as the editor shows it: 0.02 → 2.0 for a rate in percent."""
    return round(value * 100, 6) if is_percent(kpi) else round(value, 6)


def target_from_editor(kpi: str, green: float, amber: float, relative: bool) -> Target:
    """A Target from the numbers typed in the editor; TargetInputError if they cannot be."""
    values = (green, amber)
    if any(value is None or not math.isfinite(value) or value < 0 for value in values):
        raise TargetInputError("targets_negative", kpi)
    if is_percent(kpi):
        if any(value > 100 for value in values):
            raise TargetInputError("targets_bad_percent", kpi)
        green, amber = green / 100, amber / 100
    higher = kpi_info(kpi).higher_is_better
    if (green < amber) if higher else (green > amber):
        raise TargetInputError("targets_order_higher" if higher else "targets_order_lower",
                               kpi)
    return Target(kpi, green=green, amber=amber, relative=relative)


def targets_path() -> Path:
    """Where the targets are saved: $SCORE_TARGETS_DIR/targets.json, else the current
    folder (for a Voila app, the folder of the notebook)."""
    folder = os.environ.get("SCORE_TARGETS_DIR", "").strip()
    return (Path(folder).expanduser() if folder else Path.cwd()) / TARGETS_FILE


def load_targets(path: Path) -> tuple[dict[str, Target], str | None]:
    """The default targets updated with those saved in `path`, and a problem (a sentence)
    when the file exists but cannot be used; a missing file is no problem."""
    targets = dict(DEFAULTS)
    if not path.is_file():
        return targets, None
    try:
        targets.update(targets_from_json(path))
    except (ValueError, OSError) as error:
        return dict(DEFAULTS), str(error)
    return targets, None


def file_stamp(path: Path) -> tuple[int, int] | None:
    """(modification time, size) of a file, None if there is none: has it changed?"""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def save_targets(targets: Mapping[str, Target], path: Path) -> Path:
    """Write the targets with targets.targets_to_json; make the folder if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return targets_to_json(targets, path)
