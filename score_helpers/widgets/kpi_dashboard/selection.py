"""Which rows the dashboard shows: the lines, the weeks and the dimension filters.

    selection = default_selection(dataset)            # all lines, the last 13 weeks
    rows = chosen_rows(dataset, selection)            # the daily rows behind the cards

A filter keeps the rows of one department, shift or product; the cards, the trend and the
table are then sums and ratios of those rows only.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from score_helpers.widgets.kpi_dashboard import data as dd

DEFAULT_WEEKS = 13
WEEK = pd.Timedelta(days=7)


@dataclass(frozen=True)
class Selection:
    """The lines, the weeks (Monday of the first and of the last week) and the filters
    ((dimension, value) pairs: only rows with that value) chosen."""

    lines: tuple[str, ...]
    first_week: pd.Timestamp
    last_week: pd.Timestamp
    filters: tuple[tuple[str, str], ...] = ()


def default_selection(dataset: dd.Dataset, weeks: int = DEFAULT_WEEKS) -> Selection:
    """All lines, no filter and the last `weeks` weeks of the data."""
    return Selection(dataset.lines, dataset.weeks[-weeks:][0], dataset.weeks[-1])


def in_weeks(dates: pd.Series, selection: Selection) -> pd.Series:
    """True for the dates from the first Monday to the last Sunday of the selection."""
    return (dates >= selection.first_week) & (dates < selection.last_week + WEEK)


def chosen_rows(dataset: dd.Dataset, selection: Selection,
                all_weeks: bool = False) -> pd.DataFrame:
    """The daily rows of the chosen lines that pass the filters, in the chosen weeks (or
    over all the data's weeks)."""
    daily = dataset.daily
    chosen = daily["line"].isin(selection.lines)
    for name, value in selection.filters:
        chosen &= daily[name].astype(str) == value
    if not all_weeks:
        chosen &= in_weeks(daily["date"], selection)
    return daily[chosen]


def week_label(day: pd.Timestamp) -> str:
    """'6 Oct 2025': day, short month, year (the same in both languages)."""
    return f"{day.day} {day:%b %Y}"
