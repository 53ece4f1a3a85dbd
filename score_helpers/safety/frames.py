"""The checks every safety table makes on its input, written once.

    frame = safety_frames.checked_copy(reports, source="reports", dataset="incident_reports",
                                       required=("date", "report_type"), purpose="the WAIR")
    frame["report_type"] = safety_frames.report_types(frame, source="reports",
                                                      dataset="incident_reports")
    frame = safety_frames.one_factory(frame, "garments", source="reports",
                                      dataset="incident_reports")

Used by osh_reports (WAIR, AEDR), safety_weekly, safety_checklist and the module 04 lessons,
so a participant gets the same plain message for the same mistake everywhere: the frame
(`source`), the column and the row at fault, and where its columns are described
(datasets/README.md, under the `dataset` the frame is shaped like).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from score_helpers.data import DataError
from score_helpers.data.loading.problems import Problem

# report_type in the files → the words on the report: the injuries least to most serious,
# then work-related illness (the "I" of the WAIR, the work accident/illness report).
CASE_TYPES: dict[str, str] = {
    "near_miss": "Near miss (no injury)",
    "first_aid": "First aid case",
    "recordable": "Medical treatment case",
    "lost_time": "Lost-time injury",
    "fatality": "Fatality",
    "illness": "Occupational illness",
}
# Other ways people write a report type, mapped to the file's word.
TYPE_ALIASES = {"medical_treatment": "recordable", "fatal": "fatality", "lti": "lost_time",
                "near-miss": "near_miss", "nearmiss": "near_miss", "first-aid": "first_aid",
                "occupational_illness": "illness", "work_related_illness": "illness"}


def frame_error(message: str, *, source: str, dataset: str, column: str | None = None,
                fix: str | None = None) -> DataError:
    """A DataError about the frame called `source`, naming the column at fault."""
    return DataError([Problem(source, column, None, message)], fix or
                     f"Fix the column (see datasets/README.md, {dataset}.csv) and run the "
                     "cell again.")


def checked_copy(frame: object, *, source: str, dataset: str, required: Sequence[str],
                 purpose: str) -> pd.DataFrame:
    """A copy of `frame` with its 'date' column parsed.

    TypeError if it is not a DataFrame (naming data.load(dataset) as the example);
    DataError naming the missing columns (what `purpose` needs), or the first row whose
    date is empty or not yyyy-mm-dd.
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{source} must be a pandas DataFrame, e.g. data.load('{dataset}'), "
                        f"not {type(frame).__name__}.")
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise frame_error(f"missing column(s) {', '.join(map(repr, missing))}; {purpose} "
                          f"needs {', '.join(required)}.", source=source, dataset=dataset,
                          column=missing[0])
    copy = frame.copy()
    if "date" in copy.columns:
        dates = pd.to_datetime(copy["date"], errors="coerce", format="mixed")
        if dates.isna().any():
            row = copy.index[dates.isna().to_numpy().argmax()]
            raise frame_error(f"row {row!r} has no date or one that is not yyyy-mm-dd "
                              f"({copy.at[row, 'date']!r}).", source=source, dataset=dataset,
                              column="date")
        copy["date"] = dates
    return copy


def report_type_word(value: object) -> str:
    """One report type in the files' words ('Near miss', 'LTI' → 'near_miss', 'lost_time');
    anything unknown comes back lower-cased, for the caller to refuse."""
    kind = str(value).strip().lower().replace(" ", "_")
    return TYPE_ALIASES.get(kind, kind)


def report_types(frame: pd.DataFrame, *, source: str, dataset: str) -> pd.Series:
    """The 'report_type' column in the file's words (near_miss … fatality).

    Spaces, capitals and common spellings ('Near miss', 'LTI', 'medical treatment') are
    accepted; DataError naming the first row with anything else, and the allowed words.
    """
    types = frame["report_type"].map(report_type_word)
    unknown = ~types.isin(list(CASE_TYPES))
    if unknown.any():
        row = frame.index[unknown.to_numpy().argmax()]
        raise frame_error(f"row {row!r} has report type {frame.at[row, 'report_type']!r}; "
                          f"use one of {', '.join(CASE_TYPES)}.", source=source,
                          dataset=dataset, column="report_type")
    return types


def one_factory(frame: pd.DataFrame, factory: str | None, *, source: str,
                dataset: str) -> pd.DataFrame:
    """The rows of `factory` (all rows when None); ValueError listing the factories there are."""
    if factory is None:
        return frame
    if "factory" not in frame.columns:
        raise frame_error("there is no 'factory' column to choose from; leave factory=None.",
                          source=source, dataset=dataset, column="factory")
    names = sorted(frame["factory"].dropna().astype(str).unique())
    if factory not in names:
        choices = ", ".join(map(repr, names)) or "none: the table is empty"
        raise ValueError(f"factory {factory!r} is not in {source}; choose one of {choices}.")
    return frame[frame["factory"].astype(str) == factory]
