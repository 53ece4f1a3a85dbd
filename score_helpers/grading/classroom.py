"""Class progress for the trainer: who tried what, who got it right, who is stuck now.

Pure pandas on the events of the progress log (score_helpers.exercises.progress) and the
gradebook the grading run writes (grades.csv, and questions.csv beside it). The trainer
dashboard and the certificate are views of these tables.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from pathlib import Path

import pandas as pd

from score_helpers.data import safe_csv
from score_helpers.exercises.progress import slug

KEYS = ["participant", "module", "question"]
STATUS_COLUMNS = [*KEYS, "attempted", "correct", "checks", "hints_used", "solution_viewed",
                  "last_activity"]
STUCK_COLUMNS = [*KEYS, "checks", "hints_used", "minutes_stuck"]
GRADE_COLUMNS = ["participant", "assignment", "score", "max_score", "status"]
QUESTION_GRADE_COLUMNS = ["participant", "assignment", "question", "points", "max_points",
                          "passed"]
OVERVIEW_COLUMNS = ["participant", "module", "questions_correct", "questions_passed", "score",
                    "max_score", "status"]
QUESTIONS_FILE = "questions.csv"
TRUE_WORDS = {"true", "1", "yes", "y", "passed", "1.0"}

# Every sentence a trainer may read, kept together for translation.
GRADE_STATUS_WORDS: dict[str, str] = {
    "graded": "graded",
    "timeout": "graded, but one cell took too long and was stopped",
    "error": "not graded: the notebook stopped with an error",
    "not_a_notebook": "not graded: the file was not a notebook",
    "unknown_assignment": "not graded: unknown assignment",
    "tampered": "graded with the original checks: the grading cells had been changed",
}
# Statuses whose row carries a score (score-lab grade still grades what it can).
SCORED_STATUSES: tuple[str, ...] = ("graded", "timeout", "tampered")
MESSAGES: dict[str, str] = {
    "grades_missing": "The grades file {path} was not found. Check the path, or leave it empty.",
    "grades_unreadable": "The grades file {path} could not be read as a CSV table ({error}).",
    "grades_columns": "The grades file {path} has no column {missing}. "
                      "It needs the columns {needed}.",
}


class GradesError(ValueError):
    """A gradebook file is missing or broken; the message names the file and the problem."""


def question_order(question: object) -> tuple[object, ...]:
    """Sort key that puts q2 before q10 (numbers compared as numbers)."""
    parts = re.split(r"(\d+)", str(question).casefold())
    return tuple(int(part) if part.isdigit() else part for part in parts)


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    def key(column: pd.Series) -> pd.Series:
        if column.name == "question":
            return column.map(question_order)
        return column.astype(str).str.casefold() if column.dtype == object else column

    return frame.sort_values(KEYS, key=key, kind="stable").reset_index(drop=True)


def question_status(events: pd.DataFrame) -> pd.DataFrame:
    """One row per participant × module × question that appears in the log.

    attempted: any check whose result is not `not_attempted`; correct: any correct check;
    checks: number of checks; hints_used: highest hint number asked (0 if none);
    solution_viewed: the solution was shown; last_activity: time of the latest event.
    """
    if events.empty:
        return pd.DataFrame({column: [] for column in STATUS_COLUMNS}).astype(
            {"attempted": bool, "correct": bool, "checks": int, "hints_used": int,
             "solution_viewed": bool, "last_activity": "datetime64[us, UTC]"})
    is_check = events["event"].eq("check")
    is_hint = events["event"].eq("hint")
    flags = events[[*KEYS, "time"]].assign(
        _attempted=is_check & events["result"].notna()
        & events["result"].ne("not_attempted"),
        _correct=is_check & events["result"].eq("correct"),
        _check=is_check,
        # a hint event without a number counts as the first hint
        _hint=events["hint"].astype("Float64").where(is_hint, 0).fillna(1).clip(lower=0),
        _solution=events["event"].eq("solution"),
    )
    status = flags.groupby(KEYS, sort=False).agg(
        attempted=("_attempted", "any"), correct=("_correct", "any"), checks=("_check", "sum"),
        hints_used=("_hint", "max"), solution_viewed=("_solution", "any"),
        last_activity=("time", "max")).reset_index()
    status = status.astype({"checks": int, "hints_used": int})
    return _sorted(status)[STATUS_COLUMNS]


def _utc(now: datetime | pd.Timestamp | str | None) -> pd.Timestamp:
    """`now` as a UTC timestamp; a naive time is taken to be UTC; None is the current time."""
    stamp = pd.Timestamp.now(tz="UTC") if now is None else pd.Timestamp(now)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def stuck_participants(events: pd.DataFrame, now: datetime | pd.Timestamp | str | None = None,
                       window_minutes: float = 15, min_checks: int = 3) -> pd.DataFrame:
    """Who is stuck now: on one question, at least `min_checks` "not yet" checks in the last
    `window_minutes` and no correct check since.

    Columns: participant, module, question, checks (those "not yet" checks), hints_used,
    minutes_stuck (since the first of them, rounded up, at least 1). Most checks first,
    then longest stuck. Events slightly in the future (laptop clocks differ) still count.
    """
    if events.empty:
        return pd.DataFrame({column: [] for column in STUCK_COLUMNS})
    now = _utc(now)
    start = now - pd.Timedelta(minutes=window_minutes)
    checks = events[events["event"].eq("check")]
    last_correct = (checks[checks["result"].eq("correct")].groupby(KEYS)["time"].max()
                    .rename("last_correct").reset_index())
    tries = checks[checks["result"].eq("not_yet") & (checks["time"] >= start)]
    tries = tries.merge(last_correct, on=KEYS, how="left")
    tries = tries[tries["last_correct"].isna() | (tries["time"] > tries["last_correct"])]
    if tries.empty:
        return pd.DataFrame({column: [] for column in STUCK_COLUMNS})
    stuck = (tries.groupby(KEYS).agg(checks=("time", "size"), first=("time", "min"))
             .reset_index())
    stuck = stuck[stuck["checks"] >= min_checks]
    hints = question_status(events).set_index(KEYS)["hints_used"]
    stuck["hints_used"] = [int(hints.get(tuple(row), 0))
                           for row in stuck[KEYS].itertuples(index=False)]
    seconds = (now - stuck["first"]).dt.total_seconds()
    stuck["minutes_stuck"] = [max(1, math.ceil(value / 60)) for value in seconds]
    stuck = stuck.sort_values(["checks", "minutes_stuck", "participant"],
                              ascending=[False, False, True], kind="stable")
    return stuck[STUCK_COLUMNS].reset_index(drop=True)


def _read_csv(path: Path, needed: list[str]) -> pd.DataFrame:
    if not path.is_file():
        raise GradesError(MESSAGES["grades_missing"].format(path=path))
    try:
        frame = pd.read_csv(path, dtype={"participant": str, "assignment": str})
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError,
            OSError) as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise GradesError(MESSAGES["grades_unreadable"].format(path=path, error=reason)) from error
    frame = safe_csv.restore_frame(frame)  # the names as typed, without safe_csv's quote
    frame.columns = [str(column).strip().lower() for column in frame.columns]
    missing = [column for column in needed if column not in frame.columns]
    if missing:
        raise GradesError(MESSAGES["grades_columns"].format(
            path=path, missing=", ".join(missing), needed=", ".join(needed)))
    return frame


def _clean_grades(frame: pd.DataFrame, needed: list[str], numbers: list[str]) -> pd.DataFrame:
    frame = frame[needed].copy()
    for column in ("participant", "assignment"):
        frame[column] = frame[column].astype(str).str.strip()
    for column in numbers:
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    return frame[frame["participant"].ne("") & frame["participant"].ne("nan")]


def read_grades(path: Path | str) -> pd.DataFrame:
    """The gradebook grades.csv: participant, assignment, score, max_score, status.

    A missing file, a file that is not a CSV table or a missing column raises GradesError
    naming the file. Scores that are not numbers (an ungraded notebook) become empty.
    """
    frame = _read_csv(Path(path), GRADE_COLUMNS)
    frame = _clean_grades(frame, GRADE_COLUMNS, ["score", "max_score"])
    frame["status"] = frame["status"].fillna("").astype(str).str.strip().str.lower()
    return frame.reset_index(drop=True)


def read_question_grades(path: Path | str) -> pd.DataFrame:
    """The per-question gradebook questions.csv; `passed` becomes True/False."""
    frame = _read_csv(Path(path), QUESTION_GRADE_COLUMNS)
    frame = _clean_grades(frame, QUESTION_GRADE_COLUMNS, ["points", "max_points"])
    frame["passed"] = frame["passed"].astype(str).str.strip().str.lower().isin(TRUE_WORDS)
    return frame.reset_index(drop=True)


def merge_grades(status: pd.DataFrame, grades: pd.DataFrame | Path | str | None = None,
                 questions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per participant and module: questions correct in the log beside the gradebook.

    `status` is question_status(); `grades` is a grades.csv path (questions.csv beside it
    is read too), a grades frame, or None. Names match ignoring case, spaces and
    punctuation ("Ana Cruz" = "ana_cruz"); the log's spelling is shown. The assignment
    is the module name. Columns: participant, module, questions_correct, questions_passed
    (from questions.csv), score, max_score, status (the grading status).
    """
    if isinstance(grades, str | Path):
        beside = Path(grades).with_name(QUESTIONS_FILE)
        if questions is None and beside.is_file():
            questions = read_question_grades(beside)
        grades = read_grades(grades)
    log = (status.groupby(["participant", "module"])["correct"].sum().astype(int)
           .rename("questions_correct").reset_index())
    log["_key"] = log["participant"].map(slug)
    names = dict(zip(log["_key"], log["participant"], strict=True))
    if grades is None:
        grades = pd.DataFrame({column: [] for column in GRADE_COLUMNS})
    book = grades.rename(columns={"assignment": "module", "participant": "_graded_as"})
    book["_key"] = book["_graded_as"].astype(str).map(slug)
    book = book.drop_duplicates(["_key", "module"], keep="last")  # a re-submission wins
    merged = log.drop(columns="participant").merge(
        book[["_key", "module", "_graded_as", "score", "max_score", "status"]],
        on=["_key", "module"], how="outer")
    merged["participant"] = [names.get(key, graded) for key, graded
                             in zip(merged["_key"], merged["_graded_as"], strict=True)]
    merged["questions_correct"] = merged["questions_correct"].fillna(0).astype(int)
    merged["questions_passed"] = pd.Series(pd.NA, index=merged.index, dtype="Int64")
    if questions is not None and not questions.empty:
        passed = questions.assign(_key=questions["participant"].map(slug)).groupby(
            ["_key", "assignment"])["passed"].sum()
        merged["questions_passed"] = pd.array(
            [passed.get((key, module), pd.NA) for key, module
             in zip(merged["_key"], merged["module"], strict=True)], dtype="Int64")
    merged = merged.sort_values(["participant", "module"],
                                key=lambda column: column.astype(str).str.casefold())
    return merged[OVERVIEW_COLUMNS].reset_index(drop=True)
