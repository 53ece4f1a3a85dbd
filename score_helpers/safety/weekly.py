"""The weekly safety dashboard: how many reports, near misses and injuries each week.

    from score_helpers import data
    from score_helpers.safety import weekly as safety_weekly
    reports = data.load("incident_reports")            # or safety_log.read_log(path)
    summary = safety_weekly.weekly_summary(reports, factory="garments", weeks=8)
    safety_weekly.weekly_summary_chart(summary)        # bars per week, for the EIT meeting

One row per ISO week (Monday to Sunday, ISO 8601), weeks with no report included as
zeros: a quiet week is information too. Columns:
    week_start          the Monday of the week (a date)
    week                the ISO week as written on forms, e.g. '2024-W03'
    reports             all reports of the week
    near_misses         report_type near_miss: nobody was hurt
    injuries            every other report type (first aid, medical treatment, lost time,
                        fatality): someone was hurt
    high_or_critical    reports rated high or critical on the HIRAC matrix
                        (only when the frame has a 'risk_level' column, like the app's log)
    needs_review        reports whose suggested category was unsure
                        (only when the frame has a 'needs_review' column)
    most_common_hazard  the hazard category seen most that week ('' for an empty week;
                        a tie goes to the name first in alphabetical order)
More near misses reported is good news, not bad: people are speaking up before
someone is hurt (Heinrich's and Bird's safety pyramid; ILO, "Safety and health at work:
a vision for sustainable prevention", 2014).
"""

from __future__ import annotations

import datetime as dt
import numbers

import pandas as pd

from score_helpers import plot_style as style
from score_helpers.plot_style import Chart, new_figure
from score_helpers.safety import frames as safety_frames

REQUIRED = ("date", "report_type", "hazard_category")
COLUMNS = ("week_start", "week", "reports", "near_misses", "injuries", "high_or_critical",
           "needs_review", "most_common_hazard")
SERIOUS_LEVELS = ("high", "critical")
SOURCE = "reports"
CHART_TITLE = "Safety reports per week"
NEAR_MISS_LABEL, INJURY_LABEL = "Near misses (nobody hurt)", "Injuries"
SERIOUS_LABEL = "Rated high or critical"
WEEK_AXIS = "Week starting (Monday)"
COUNT_AXIS = "Reports"


def _checked(reports: object, factory: str | None) -> pd.DataFrame:
    """A copy of `factory`'s rows, dates parsed, report types in the file's words;
    DataError naming the column and row at fault, ValueError for an unknown factory."""
    where = {"source": SOURCE, "dataset": "incident_reports"}
    frame = safety_frames.checked_copy(reports, required=REQUIRED,
                                       purpose="the weekly summary", **where)
    frame["date"] = frame["date"].dt.normalize()
    frame["report_type"] = safety_frames.report_types(frame, **where)
    return safety_frames.one_factory(frame, factory, **where)


def _flag(values: pd.Series) -> pd.Series:
    """True/False from a column read back from a CSV ('True', 'yes', 1 …)."""
    if values.dtype == bool:
        return values
    return values.astype(str).str.strip().str.lower().isin({"true", "1", "yes", "y"})


def _most_common(hazards: pd.Series) -> str:
    """The most frequent hazard; a tie goes to the first name alphabetically."""
    counts = hazards.dropna().astype(str).value_counts()
    if counts.empty:
        return ""
    top = counts[counts == counts.max()]
    return sorted(top.index)[0]


def _check_weeks(weeks: object) -> int | None:
    if weeks is None:
        return None
    if isinstance(weeks, bool) or not isinstance(weeks, numbers.Integral) or weeks < 1:
        raise ValueError(f"weeks must be a whole number of weeks, 1 or more (e.g. weeks=8), "
                         f"or None for all; got {weeks!r}.")
    return int(weeks)


def weekly_summary(reports: pd.DataFrame, *, factory: str | None = None,
                   weeks: int | None = None,
                   until: str | dt.date | None = None) -> pd.DataFrame:
    """Reports, near misses and injuries per ISO week (Monday start), for the safety board.

    reports: a frame like data.load("incident_reports") or safety_log.read_log(path):
    columns 'date', 'report_type' (near_miss, first_aid, recordable, lost_time, fatality;
    'medical treatment' is read as recordable) and 'hazard_category'; 'risk_level' and
    'needs_review' add the columns high_or_critical and needs_review.
    factory: keep only that factory's reports (None: every report in the frame).
    weeks: only the last `weeks` weeks, ending with the week of `until`.
    until: the last week shown is the one holding this date (default: the newest report).
    Weeks without a report between the first and the last are rows of zeros.
    injuries = every report that is not a near miss (a near miss is never an injury).
    Columns and their meaning: see the module docstring. An empty frame (no report yet)
    gives an empty table with the same columns.
    DataError naming the column for a missing or wrong column; ValueError for an argument.
    """
    limit = _check_weeks(weeks)
    frame = _checked(reports, factory)
    has_level, has_review = "risk_level" in frame.columns, "needs_review" in frame.columns
    columns = [c for c in COLUMNS if (c != "high_or_critical" or has_level)
               and (c != "needs_review" or has_review)]
    last = None if until is None else pd.Timestamp(until)
    if last is not None:
        frame = frame[frame["date"] < last.normalize() + pd.Timedelta(days=1)]
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    frame["week_start"] = frame["date"].dt.to_period("W-SUN").dt.start_time
    end = (last if last is not None else frame["date"].max()).to_period("W-SUN").start_time
    start = frame["week_start"].min()
    if limit is not None:
        start = end - pd.Timedelta(weeks=limit - 1)
    all_weeks = pd.date_range(start, end, freq="7D")
    frame = frame[frame["week_start"] >= start]
    grouped = frame.groupby("week_start")
    table = pd.DataFrame(index=pd.Index(all_weeks, name="week_start"))
    table["reports"] = grouped.size()
    table["near_misses"] = grouped["report_type"].agg(lambda t: int((t == "near_miss").sum()))
    table["injuries"] = table["reports"] - table["near_misses"]
    if has_level:
        serious = frame["risk_level"].astype(str).str.strip().str.lower().isin(SERIOUS_LEVELS)
        table["high_or_critical"] = serious.groupby(frame["week_start"]).sum()
    if has_review:
        table["needs_review"] = _flag(frame["needs_review"]).groupby(frame["week_start"]).sum()
    counts = [c for c in columns if c not in ("week_start", "week", "most_common_hazard")]
    table[counts] = table[counts].fillna(0).astype(int)
    table["most_common_hazard"] = grouped["hazard_category"].agg(_most_common)
    table["most_common_hazard"] = table["most_common_hazard"].fillna("")
    table = table.reset_index()
    iso = table["week_start"].dt.isocalendar()
    table["week"] = [f"{y}-W{w:02d}" for y, w in zip(iso["year"], iso["week"], strict=True)]
    table = table[columns].reset_index(drop=True)
    table.attrs["factory"] = factory
    return table


def weekly_summary_chart(summary: pd.DataFrame, title: str = CHART_TITLE) -> Chart:
    """Stacked bars per week: near misses (nobody hurt) under injuries; black diamonds mark
    the reports rated high or critical when the summary has that column.

    summary: from weekly_summary. data: the columns drawn (week_start, week, near_misses,
    injuries and high_or_critical if present).
    What to notice: a week with many near misses and no injury is a team that reports
    early; a week of injuries with no near miss before it means warnings went unsaid.
    """
    needed = ("week_start", "near_misses", "injuries")
    if not isinstance(summary, pd.DataFrame) or any(c not in summary.columns for c in needed):
        raise ValueError("weekly_summary_chart needs the table from "
                         "safety_weekly.weekly_summary(reports).")
    if summary.empty:
        raise ValueError("There are no reports to chart yet: save a report first, or check "
                         "the filter (factory, weeks).")
    drawn = [c for c in ("week_start", "week", "near_misses", "injuries", "high_or_critical")
             if c in summary.columns]
    data = summary[drawn].reset_index(drop=True)
    labels = [f"{d:%d %b}" for d in pd.to_datetime(data["week_start"])]
    x = range(len(data))
    with style.score_style():
        figure, axes = new_figure((max(7.0, 0.55 * len(data) + 3), 5.0))
        ax = axes[0, 0]
        ax.bar(x, data["near_misses"], color=style.OKABE_ITO["sky blue"], label=NEAR_MISS_LABEL)
        ax.bar(x, data["injuries"], bottom=data["near_misses"],
               color=style.OKABE_ITO["vermillion"], label=INJURY_LABEL, hatch="//")
        if "high_or_critical" in data.columns:
            serious = data["high_or_critical"]
            shown = serious > 0
            ax.scatter([i for i, s in zip(x, shown, strict=True) if s], serious[shown],
                       marker="D", color="black", zorder=3, label=SERIOUS_LABEL)
        ax.set_xticks(list(x), labels, rotation=45 if len(data) > 8 else 0, ha="right"
                      if len(data) > 8 else "center")
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel(WEEK_AXIS)
        ax.set_ylabel(COUNT_AXIS)
        ax.set_title(title)
        figure.legend(loc="outside lower center", ncols=3, fontsize=12)
    return Chart(figure, data)
