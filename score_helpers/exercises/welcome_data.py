"""The small fixed table behind module 00's warm-up question Q5 (`welcome.py`).

`line_a_week()` is one made-up week of Line A at a garment factory, the week of Q1's
Monday (480 pieces, 12 defects). It never changes, so the answer does not depend on the
regenerated datasets. Its busiest day has the most defects but not the highest defect
rate, and its half-day Saturday has the fewest pieces: a person who reads the wrong
column picks one of those.
"""

from __future__ import annotations

import pandas as pd

from score_helpers import kpi

# (day, units produced, defects)
_WEEK: tuple[tuple[str, int, int], ...] = (
    ("Monday", 480, 12),
    ("Tuesday", 620, 17),
    ("Wednesday", 560, 13),
    ("Thursday", 400, 14),    # a style change in the morning: fewer pieces, more rejects
    ("Friday", 590, 15),
    ("Saturday", 240, 6),     # a half day
)


def line_a_week() -> pd.DataFrame:
    """Line A's week: day, units_produced, defects and the defect rate in % (1 decimal).

    defect rate (%) = defects ÷ units produced × 100 (kpi.defect_rate: defects per piece,
    one defect counted per piece).
    """
    frame = pd.DataFrame(_WEEK, columns=["day", "units_produced", "defects"])
    frame["defect rate (%)"] = (kpi.defect_rate(frame["defects"], frame["units_produced"])
                                * 100).round(1)
    return frame


def day_with_most(column: str) -> str:
    """The day with the largest value in `column` of line_a_week()."""
    week = line_a_week()
    return str(week.loc[week[column].idxmax(), "day"])


def day_with_fewest(column: str) -> str:
    """The day with the smallest value in `column` of line_a_week()."""
    week = line_a_week()
    return str(week.loc[week[column].idxmin(), "day"])
