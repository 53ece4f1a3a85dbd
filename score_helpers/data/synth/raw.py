"""garments_daily_raw: March 2025 of the garments rows, deliberately broken for the
cleaning lesson. Nothing in the file marks the errors; `PLANTED` describes them."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from score_helpers.data.synth.common import as_text, rng_for
from score_helpers.data.synth.production import DECIMALS

MONTH = "2025-03"


@dataclass(frozen=True)
class PlantedError:
    """One deliberate error: where a spreadsheet shows it, what is there, what is wrong."""

    row: int            # spreadsheet row number: the header is row 1, data starts at row 2
    column: str
    in_file: str        # the cell text as written in the raw file
    clean_value: str    # the cell text in garments_daily.csv
    problem: str


def _pick(rng: np.random.Generator, candidates: np.ndarray, taken: set[int]) -> int:
    free = np.array([i for i in candidates if i not in taken and i - 1 not in taken
                     and i + 1 not in taken])
    choice = int(rng.choice(free))
    taken.add(choice)
    return choice


def make_raw(clean: pd.DataFrame, seed: int) -> tuple[pd.DataFrame, list[PlantedError]]:
    """The broken copy of March 2025 (all cells text) and the list of what was planted."""
    rng = rng_for(seed, "garments_daily_raw")
    month = clean[clean["date"].str.startswith(MONTH)].reset_index(drop=True)
    cells = as_text(month, DECIMALS)
    everyone = np.arange(1, len(cells) - 1)
    taken: set[int] = set()
    edits: list[tuple[int, str, str, str]] = []   # (position, column, new text, problem)

    def plant(position: int, column: str, text: str, problem: str) -> None:
        edits.append((position, column, text, problem))

    has_zero = np.flatnonzero(cells["units_produced"].str[1:].str.contains("0"))
    i = _pick(rng, has_zero[(has_zero > 0) & (has_zero < len(cells) - 1)], taken)
    value = cells.at[i, "units_produced"]
    zero = value.index("0", 1)
    plant(i, "units_produced", value[:zero] + "O" + value[zero + 1:],
          "letter O typed instead of the digit 0")

    i = _pick(rng, everyone, taken)
    plant(i, "defects", "", "blank cell: the defects were not written down")

    day = pd.to_datetime(cells["date"]).dt.day.to_numpy()
    ambiguous = np.flatnonzero((day <= 12) & (day != 3))
    i = _pick(rng, ambiguous[(ambiguous > 0) & (ambiguous < len(cells) - 1)], taken)
    y, m, d = cells.at[i, "date"].split("-")
    plant(i, "date", f"{d}/{m}/{y}",
          "date typed day-first (dd/mm/yyyy); read month-first it becomes another day")

    i = _pick(rng, everyone, taken)
    absent = int(cells.at[i, "days_absent"])
    plant(i, "days_absent", f"-{max(absent, 1)}", "negative count (a minus sign slipped in)")

    i = _pick(rng, everyone, taken)
    plant(i, "labour_cost_php", f"{float(cells.at[i, 'labour_cost_php']):,.2f}",
          "thousands separator in a number (the comma makes it text)")

    i = _pick(rng, np.flatnonzero(cells["line"] != "Line C"), taken)
    plant(i, "line", cells.at[i, "line"].lower() + " ",
          "line name in lowercase with a trailing space")

    i = _pick(rng, everyone, taken)
    plant(i, "defects", cells.at[i, "units_produced"],
          "units_produced and defects swapped: more defects than units produced")
    plant(i, "units_produced", cells.at[i, "defects"],
          "units_produced and defects swapped: more defects than units produced")

    duplicate = _pick(rng, everyone, taken)

    raw = cells.copy()
    for position, column, text, _ in edits:
        raw.at[position, column] = text
    raw = pd.concat([raw.iloc[: duplicate + 1], raw.iloc[[duplicate]], raw.iloc[duplicate + 1:]],
                    ignore_index=True)

    def sheet_row(position: int) -> int:
        return position + 2 + (position > duplicate)

    planted = [PlantedError(sheet_row(p), c, t, cells.at[p, c], problem)
               for p, c, t, problem in edits]
    planted.append(PlantedError(
        sheet_row(duplicate) + 1, "date", cells.at[duplicate, "date"], cells.at[duplicate, "date"],
        f"whole row entered twice: same date and line as row {sheet_row(duplicate)}"))
    return raw, sorted(planted, key=lambda e: (e.row, e.column))
