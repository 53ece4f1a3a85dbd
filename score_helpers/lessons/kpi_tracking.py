"""Small helpers for module 01 · Real-time QCDMS KPI tracking, so each notebook cell stays short.

    from score_helpers.lessons import kpi_tracking as kpi_lessons
    clean = kpi_lessons.check_table(fixed)              # the loader's checks on a fixed table
    kpi_lessons.differences(clean, march)               # cells that differ from the clean file
    kpi_lessons.readable(month_table, ["defect_rate"])  # KPIs as people read them: 3.4 %, ₱176.85
    kpi_lessons.targets_table()                         # the targets in words
    kpi_lessons.light_board(board, "2025-03-24")        # one week's traffic lights, line by line
    kpi_lessons.suggestions_by_quarter(log, production) # the suggestion KPIs, quarter by quarter

The KPI arithmetic itself lives in `score_helpers.kpi`, the charts in `score_helpers.kpi.charts`
and the targets in `score_helpers.kpi.targets`; these helpers only prepare tables to read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from score_helpers import data
from score_helpers.data import safe_csv, schema
from score_helpers.kpi import suggestions
from score_helpers.kpi.targets import DEFAULT_TARGETS, Target, kpi_info, kpi_text

__all__ = ["check_table", "differences", "light_board", "readable", "suggestions_by_quarter",
           "targets_table"]

# Words shown to participants (plain English, short), kept together for a later translation.
ONLY_IN_YOURS = "(row only in your table)"
ONLY_IN_REFERENCE = "(row missing from your table)"
WHOLE_ROW = "whole row"
LOWER, HIGHER = "lower", "higher"
UP_TO, AT_LEAST = "up to {value}", "at least {value}"
OF_USUAL = "{share} of the line's usual"
NO_LIGHTS = ("The table has no traffic-light columns. Make it with "
             "targets.traffic_lights(weekly) first.")
NO_SUCH_WEEK = "There is no week starting {week} in the table. It has weeks from {first} to {last}."
KPI_HEADER, BETTER_HEADER, GREEN_HEADER, AMBER_HEADER = "KPI", "Better when", "Green", "Amber"
QUARTER_HEADERS = ("Quarter", "Slips", "Workers who wrote", "Workers", "Participation",
                   "Answered within {days} days", "Put into practice")


def check_table(frame: pd.DataFrame, name: str = "your table",
                columns: Iterable[schema.Column] = schema.DAILY_PRODUCTION) -> pd.DataFrame:
    """Run the loader's checks on a table fixed in pandas, as if it were a file.

    `frame` is a table of text (e.g. from data.read_raw, after fixing some cells). Returns
    the checked table with proper types, like data.load, or raises data.DataError listing
    what is still wrong. The table's own row labels are not used: rows are numbered as a
    spreadsheet would number them if the table were saved as a file. The text goes
    straight to the loader, never to a file, so its cells stay exactly as typed.
    """
    text = str(safe_csv.frame_to_csv(frame, keep_formulas=True)).encode("utf-8")
    return data.load_kpi_csv(text, columns=columns, name=name)


def differences(mine: pd.DataFrame, reference: pd.DataFrame,
                key: Sequence[str] = ("date", "line")) -> pd.DataFrame:
    """Every cell where two tables of the same records differ, one row per cell.

    Rows are matched on `key` (default: date and line). Columns: the key columns,
    `column`, `yours` and `reference`. A row that only one table has is listed once, with
    column 'whole row'. Two missing values count as equal; numbers are compared with a
    tiny tolerance (1e-9). An empty result means the tables hold the same records.
    """
    keys = list(key)
    shared = [c for c in mine.columns if c in reference.columns and c not in keys]
    merged = mine[[*keys, *shared]].merge(reference[[*keys, *shared]], on=keys, how="outer",
                                          suffixes=("__yours", "__reference"), indicator=True)
    rows: list[dict[str, object]] = []
    for record in merged.to_dict("records"):
        place = {k: record[k] for k in keys}
        if record["_merge"] != "both":
            mark = ONLY_IN_YOURS if record["_merge"] == "left_only" else ONLY_IN_REFERENCE
            yours, theirs = (mark, "") if record["_merge"] == "left_only" else ("", mark)
            rows.append({**place, "column": WHOLE_ROW, "yours": yours, "reference": theirs})
            continue
        for column in shared:
            a, b = record[f"{column}__yours"], record[f"{column}__reference"]
            if not _same(a, b):
                rows.append({**place, "column": column, "yours": a, "reference": b})
    return pd.DataFrame(rows, columns=[*keys, "column", "yours", "reference"])


def _same(a: object, b: object) -> bool:
    """Equal values, two missing values, or numbers within a tiny tolerance."""
    if pd.isna(a) and pd.isna(b):  # type: ignore[arg-type]
        return True
    if pd.isna(a) or pd.isna(b):  # type: ignore[arg-type]
        return False
    numeric = (int, float, np.number)
    if isinstance(a, numeric) and isinstance(b, numeric) and not isinstance(a, bool):
        return bool(np.isclose(float(a), float(b), rtol=1e-9, atol=1e-9))
    return bool(a == b)


def readable(summary: pd.DataFrame, kpis: Sequence[str],
             by: str | Sequence[str] | None = "line") -> pd.DataFrame:
    """The chosen KPI columns of a summary written as people read them, e.g. '4.0 %',
    '₱163.09', '12.5', with each KPI's label as the column header.

    `by` names the column(s) to keep in front (default 'line'; None for none). The numbers
    are unchanged in `summary`: this table is for reading, not for calculating.
    """
    keys = [] if by is None else [by] if isinstance(by, str) else list(by)
    out = summary[keys].copy()
    for column in kpis:
        out[kpi_info(column).label] = [kpi_text(column, float(v)) for v in summary[column]]
    return out.reset_index(drop=True)


def targets_table(targets: Mapping[str, Target] | None = None) -> pd.DataFrame:
    """The targets in words: one row per KPI with which way is better and the green and
    amber thresholds ('up to 2.0 %', 'at least 95.0 %', '105 % of the line's usual').

    Default: targets.DEFAULT_TARGETS. Anything worse than amber is red.
    """
    chosen = DEFAULT_TARGETS if targets is None else targets
    rows = []
    for target in chosen.values():
        words = AT_LEAST if target.higher_is_better else UP_TO
        rows.append({
            KPI_HEADER: kpi_info(target.kpi).label,
            BETTER_HEADER: HIGHER if target.higher_is_better else LOWER,
            GREEN_HEADER: words.format(value=_threshold(target, target.green)),
            AMBER_HEADER: words.format(value=_threshold(target, target.amber)),
        })
    return pd.DataFrame(rows)


def _threshold(target: Target, value: float) -> str:
    if target.relative:
        return OF_USUAL.format(share=f"{value * 100:.0f} %")
    return kpi_text(target.kpi, value)


def light_board(board: pd.DataFrame, week: object, by: str = "line") -> pd.DataFrame:
    """One week of a traffic-light table, one row per `by` group and one column per KPI
    with a light, each cell the light and the value, e.g. 'amber · 4.2 %'.

    `board` comes from targets.traffic_lights(weekly); `week` is any date in the week.
    """
    kpis = [c.removesuffix("_light") for c in board.columns if c.endswith("_light")]
    if not kpis:
        raise ValueError(NO_LIGHTS)
    starts = pd.to_datetime(board["period_start"])
    day = pd.Timestamp(week).normalize()
    monday = day - pd.Timedelta(days=day.weekday())
    rows = board[starts == monday]
    if rows.empty:
        raise ValueError(NO_SUCH_WEEK.format(week=monday.date(), first=starts.min().date(),
                                             last=starts.max().date()))
    out = rows[[by]].copy()
    for column in kpis:
        out[kpi_info(column).label] = [f"{light} · {kpi_text(column, float(value))}"
                                       for light, value in zip(rows[f"{column}_light"],
                                                               rows[column], strict=True)]
    return out.sort_values(by).reset_index(drop=True)


def suggestions_by_quarter(log: pd.DataFrame, daily: pd.DataFrame,
                           days: float = 14) -> pd.DataFrame:
    """The suggestion-scheme KPIs of each quarter of the log, written as people read them.

    One row per quarter: the slips, the different (named) workers who wrote, the average
    workers of the quarter (from the daily file's headcount), participation, the share
    answered within `days`, and the share put into practice (kpi.suggestions).
    """
    checked = suggestions.checked_suggestions(log)
    quarters = checked["date_submitted"].dt.to_period("Q")
    rows = []
    for quarter in sorted(quarters.unique()):
        slips = log[(quarters == quarter).to_numpy()]
        days_in = daily[daily["date"].dt.to_period("Q") == quarter]
        workers = suggestions.average_workers(days_in)
        rows.append((f"{quarter.year} Q{quarter.quarter}", len(slips),
                     int(checked.loc[quarters == quarter, "employee_id"].nunique()),
                     round(workers), f"{suggestions.suggestion_participation(slips, workers):.0%}",
                     f"{suggestions.suggestions_answered_within(slips, days):.0%}",
                     f"{suggestions.suggestion_implementation_rate(slips):.0%}"))
    headers = [h.format(days=f"{days:g}") for h in QUARTER_HEADERS]
    return pd.DataFrame(rows, columns=headers)
