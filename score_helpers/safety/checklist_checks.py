"""Input checks for score_helpers.safety.checklist: a checked copy of a checklist frame,
or a DataError / ValueError that names the column, the row and what to write instead."""

from __future__ import annotations

import datetime as dt
import difflib

import pandas as pd

from score_helpers.data import DataError, schema
from score_helpers.data.loading.problems import Problem
from score_helpers.safety import frames as safety_frames

RESULTS = schema.CHECKLIST_RESULTS                     # ('pass', 'fail', 'n/a')
REQUIRED = ("date", "checklist", "item", "result")
FREQS: dict[str, str] = {"D": "day", "W": "week", "M": "month"}
SOURCE = "checklists"
# Other ways people write a result → the word used here.
_ALIASES = {"passed": "pass", "ok": "pass", "yes": "pass", "failed": "fail", "no": "fail",
            "na": "n/a", "n.a.": "n/a", "not applicable": "n/a", "not_applicable": "n/a"}


def _error(message: str, column: str | None = None, fix: str | None = None) -> DataError:
    """A DataError about the checklist frame, naming the column at fault."""
    return safety_frames.frame_error(message, source=SOURCE, dataset="safety_checklists",
                                     column=column, fix=fix)


def _where(frame: pd.DataFrame, row: object) -> str:
    """'row 12 (2025-03-04, Line B, 'Hairnet covers all hair')': how to find a row."""
    parts = [str(frame.at[row, "date"])[:10]]
    parts += [str(frame.at[row, name]) for name in ("line",) if name in frame]
    parts.append(repr(str(frame.at[row, "item"])))
    return f"row {row!r} ({', '.join(parts)})"


def clean(checklists: pd.DataFrame) -> pd.DataFrame:
    """A checked copy: dates parsed, text stripped, results and checklists lower case."""
    frame = safety_frames.checked_copy(checklists, source=SOURCE, dataset="safety_checklists",
                                       required=REQUIRED, purpose="the score")
    for name in ("item", "checklist", *(n for n in ("factory", "line") if n in frame)):
        text = frame[name].astype("string").str.strip()
        if text.isna().any() or text.eq("").any():
            row = frame.index[(text.isna() | text.eq("")).to_numpy().argmax()]
            raise _error(f"row {row!r} has no {name}; fill it in or drop the row.", name)
        frame[name] = text.astype(object)
    frame["checklist"] = frame["checklist"].str.lower()
    frame["result"] = _results(frame)
    return frame


def _results(frame: pd.DataFrame) -> pd.Series:
    """The result column as pass / fail / n/a; DataError naming each bad row."""
    raw = frame["result"]
    words = raw.astype("string").str.strip().str.lower().replace(_ALIASES)
    bad = ~words.isin(list(RESULTS)).fillna(False).to_numpy(dtype=bool)
    if not bad.any():
        return words.astype(object)
    problems = []
    for row in frame.index[bad]:
        value = raw[row]
        what = "no result" if pd.isna(value) or not str(value).strip() else \
            f"result {value!r}"
        problems.append(Problem(SOURCE, "result", None, f"{_where(frame, row)} has {what}; "
                                f"use one of {', '.join(RESULTS)}."))
    blank = "" if not any(pd.isna(raw[row]) for row in frame.index[bad]) else (
        " If you read the file with pandas.read_csv, it turned 'n/a' into an empty cell: "
        "read it with safety_checklist.load_checklists(path) instead.")
    raise DataError(problems, "Write pass, fail or n/a (the item did not apply that day) in "
                    "every 'result' cell." + blank)


def select(frame: pd.DataFrame, checklist: str | None, factory: str | None,
           line: str | None) -> pd.DataFrame:
    """The rows of the chosen checklist, factory and line; ValueError if one is unknown."""
    if checklist is not None:
        frame = choose(frame, "checklist", str(checklist).strip().lower())
    for name, value in (("factory", factory), ("line", line)):
        if value is not None:
            if name not in frame:
                raise _error(f"there is no {name!r} column to choose from; leave "
                             f"{name}=None.", name)
            frame = choose(frame, name, str(value).strip())
    return frame.copy()


def choose(frame: pd.DataFrame, column: str, value: str) -> pd.DataFrame:
    """The rows where `column` is `value`; ValueError listing the values there are."""
    known = sorted(frame[column].unique())
    if value not in known:
        close = difflib.get_close_matches(value, known, n=1, cutoff=0.5)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise ValueError(f"{column} {value!r} is not in the checklists; choose one of "
                         f"{', '.join(map(repr, known)) or '(none left)'}.{hint}")
    return frame[frame[column] == value]


def frequency(freq: str) -> str:
    """'D', 'W' or 'M' from `freq` (any case); ValueError otherwise."""
    text = str(freq).strip().upper()
    if text not in FREQS:
        raise ValueError(f"freq must be 'D' (day), 'W' (week) or 'M' (month); got {freq!r}.")
    return text


def day(name: str, value: str | dt.date) -> pd.Timestamp:
    """`value` as a day; ValueError naming the argument `name` if it is not a date."""
    parsed = pd.to_datetime(value, errors="coerce")
    if pd.isna(parsed):
        raise ValueError(f"{name} must be a date written yyyy-mm-dd; got {value!r}.")
    return parsed
