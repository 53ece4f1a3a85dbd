"""Suggestion-scheme KPIs: the Morale pillar beyond absenteeism and turnover.

    from score_helpers import data, kpi
    log = data.load("suggestions")                       # or kpi.load_suggestion_log(file)
    kpi.suggestion_participation(log, workers=145)       # share of workers who wrote in
    kpi.suggestions_answered_within(log, days=14)        # share answered within 14 days
    kpi.suggestion_implementation_rate(log)              # share of slips put into practice

Absenteeism and turnover show whether people stay. Whether they speak up, and whether
they are answered, shows whether they trust the workplace. Suggestion schemes are one of
the workplace-cooperation practices of ILO SCORE Training Module 1 (Workplace
Cooperation); the kaizen suggestion literature (Imai, *Kaizen*, 1986; Japan Human
Relations Association, *Kaizen Teian 1*, 1992) counts how many people take part, not only
how many slips come in, and asks that every slip be answered quickly.

A log is a DataFrame with `date_submitted`, `employee_id` (blank when anonymous), `status`
and `date_answered` (blank while waiting), as datasets/suggestions.csv. A factory's own
log, with its own column names and status words, is read by `load_suggestion_log`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import pandas as pd

from score_helpers.data import DataError, load_kpi_csv, schema
from score_helpers.kpi import logs

STATUSES: tuple[str, ...] = ("received", "accepted", "implemented", "not_adopted")
# The words factories write in the status column, for each of our statuses.
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "received": ("received", "pending", "for review", "under review", "open", "new",
                 "for evaluation", "naghihintay"),
    "accepted": ("accepted", "approved", "for implementation", "ongoing", "in progress",
                 "aprubado"),
    "implemented": ("implemented", "done", "completed", "closed - done", "tapos", "tapos na",
                    "nagawa na"),
    "not_adopted": ("not_adopted", "not adopted", "not approved", "disapproved", "rejected",
                    "declined", "hindi aprubado", "hindi tinanggap"),
}
ANONYMOUS_WORDS: tuple[str, ...] = ("", "-", "—", "n/a", "na", "none", "anonymous", "anon",
                                    "walang pangalan", "nan")


def _error(message: str, column: str | None, source: str) -> DataError:
    return logs.log_error(message, column, source, "suggestions.csv")


def _status_of(word: object) -> str | None:
    text = " ".join(str(word).strip().lower().replace("_", " ").split())
    for status, words in STATUS_WORDS.items():
        if text in {w.replace("_", " ") for w in words}:
            return status
    return None


def checked_suggestions(log: object, source: str = "log") -> pd.DataFrame:
    """The log with dates parsed, statuses as in STATUSES and anonymous slips' employee_id
    blank (NaN), after checking it.

    TypeError if it is not a DataFrame; DataError for a missing column, a cell that is not
    a date, a blank submission date, a status word we do not know, or an answer dated
    before the slip.
    """
    needed = ("date_submitted", "employee_id", "status", "date_answered")
    frame = logs.log_copy(log, source, needed, "suggestions.csv", "suggestion KPIs")
    for column in ("date_submitted", "date_answered"):
        parsed = pd.to_datetime(frame[column], errors="coerce", format="mixed")
        bad = parsed.isna() & frame[column].notna() & (frame[column].astype(str).str.strip()
                                                       != "")
        if bad.any():
            row = frame.index[bad.to_numpy().argmax()]
            raise _error(f"row {row!r}: {frame.at[row, column]!r} is not a date; write it as "
                         "yyyy-mm-dd.", column, source)
        frame[column] = parsed
    if frame["date_submitted"].isna().any():
        row = frame.index[frame["date_submitted"].isna().to_numpy().argmax()]
        raise _error(f"row {row!r} has no date_submitted.", "date_submitted", source)
    statuses = frame["status"].map(_status_of)
    if statuses.isna().any():
        row = frame.index[statuses.isna().to_numpy().argmax()]
        raise _error(f"row {row!r}: status {frame.at[row, 'status']!r} is not one of "
                     f"{', '.join(STATUSES)} (or a word such as 'done', 'approved', "
                     "'pending').", "status", source)
    frame["status"] = statuses
    early = frame["date_answered"] < frame["date_submitted"]
    if early.any():
        row = frame.index[early.to_numpy().argmax()]
        raise _error(f"row {row!r}: date_answered is before date_submitted; check both "
                     "dates.", "date_answered", source)
    who = frame["employee_id"].astype("string").str.strip()
    frame["employee_id"] = who.where(~who.str.lower().isin(ANONYMOUS_WORDS).fillna(True))
    return frame


def average_workers(daily: pd.DataFrame) -> float:
    """The average number of workers per working day: the daily headcounts of all lines
    added up for each day, then averaged over the days.

    workers = mean over days of Σ headcount (the same average workforce as the turnover
    rate's denominator).
    """
    if not {"date", "headcount"} <= set(daily.columns) or daily.empty:
        raise ValueError("daily must be a daily production table with 'date' and "
                         "'headcount', e.g. the rows of data.load('garments_daily').")
    return float(daily.groupby("date")["headcount"].sum().mean())


def suggestion_participation(log: pd.DataFrame, workers: float) -> float:
    """Share of workers who wrote at least one (named) suggestion in the log's period.

    participation = distinct employee_id in the log ÷ workers
    Anonymous slips count as slips, not as people; ten slips from one keen worker are one
    person. `workers` is the average headcount of the same period (`average_workers`).
    (ILO SCORE Training Module 1, Workplace Cooperation: suggestion schemes; Imai,
    *Kaizen*, 1986: a suggestion system is judged by how many take part.)
    """
    if isinstance(workers, bool) or not isinstance(workers, int | float) or not workers > 0:
        raise ValueError(f"workers must be the number of workers above 0, e.g. workers=145; "
                         f"got {workers!r}.")
    people = checked_suggestions(log)["employee_id"].dropna().nunique()
    if people > workers:
        raise ValueError(f"workers: {people} different people wrote slips, more than the "
                         f"{workers:g} workers given. Use the headcount of the whole period.")
    return float(people / workers)


def suggestions_answered_within(log: pd.DataFrame, days: float = 14,
                                as_of: date | str | None = None) -> float:
    """Share of suggestions answered within `days` of being submitted.

    share = slips with (date_answered − date_submitted) ≤ days ÷ slips due
    A slip not answered yet counts as late once `days` have passed by `as_of` (default:
    the latest date in the log); before that it is not due and is left out.
    (Japan Human Relations Association, *Kaizen Teian 1*, 1992, and ILO SCORE Module 1:
    every suggestion gets a quick answer, yes or no, or people stop writing.)
    """
    if isinstance(days, bool) or not isinstance(days, int | float) or not days > 0:
        raise ValueError(f"days must be a number of days above 0, e.g. days=14; got {days!r}.")
    frame = checked_suggestions(log)
    latest = frame[["date_submitted", "date_answered"]].max().max()
    today = pd.Timestamp(as_of) if as_of is not None else pd.Timestamp(latest)
    waited = (frame["date_answered"] - frame["date_submitted"]).dt.days
    pending = waited.isna()
    due = ~pending | ((today - frame["date_submitted"]).dt.days > days)
    if not due.any():
        raise _error(f"no slip is due yet: none was answered and none has waited more than "
                     f"{days:g} days.", "date_answered", "log")
    return float((waited <= days).sum() / due.sum())


def suggestion_implementation_rate(log: pd.DataFrame) -> float:
    """Share of the suggestions of the period that were put into practice.

    implementation rate = slips with status 'implemented' ÷ all slips
    (Japan Human Relations Association, *Kaizen Teian 1*, 1992.)
    """
    frame = checked_suggestions(log)
    if frame.empty:
        raise _error("the log has no suggestions.", None, "log")
    return float((frame["status"] == "implemented").mean())


def load_suggestion_log(path_or_file: Any, *, mapping: Mapping[str, str] | None = None,
                        name: str | None = None) -> pd.DataFrame:
    """A factory's own suggestion box log (.csv or .xlsx), checked, ready for the KPIs.

    Column names are matched as the loader does ('Date Received' → date_submitted,
    'Emp. No.' → employee_id, 'Date Replied' → date_answered; loading/synonyms.py), or
    by `mapping`; status words such as 'Done', 'Approved', 'For review' or 'Not approved'
    become our statuses. Raises DataError naming the file, column and row of a problem.
    """
    frame = load_kpi_csv(path_or_file, columns=schema.SUGGESTIONS, name=name, mapping=mapping,
                         required=("date_submitted", "status"), announce=False)
    source = name or getattr(path_or_file, "name", None) or str(path_or_file)
    for column in ("employee_id", "date_answered"):
        if column not in frame.columns:
            frame[column] = pd.NA if column == "employee_id" else pd.NaT
    frame.index = frame.index + 2          # rows numbered as in the spreadsheet (header: 1)
    return checked_suggestions(frame, source=str(source).replace("\\", "/").rsplit("/", 1)[-1])


__all__ = ["ANONYMOUS_WORDS", "STATUSES", "STATUS_WORDS", "average_workers",
           "checked_suggestions", "load_suggestion_log", "suggestion_implementation_rate",
           "suggestion_participation", "suggestions_answered_within"]
