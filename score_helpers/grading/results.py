"""Scores and statuses: read from nbgrader's gradebook and autograded notebooks, and
written to (and read back from) grades.csv and questions.csv. Both go through
`data.safe_csv`: a file name or message starting with = + - @ cannot run as a formula in
Excel, and reading them back gives the text as it was.

The feedback for a question is the friendly message its grade cell raised (the
AssertionError of `qN.grade()`), never a traceback or the hidden test code.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from score_helpers.data import safe_csv
from score_helpers.grading.messages import say

GRADED = "graded"
TIMEOUT = "timeout"
ERROR = "error"
NOT_A_NOTEBOOK = "not_a_notebook"
UNKNOWN_ASSIGNMENT = "unknown_assignment"
TAMPERED = "tampered"
STATUSES = (GRADED, TIMEOUT, TAMPERED, ERROR, NOT_A_NOTEBOOK, UNKNOWN_ASSIGNMENT)
TIMEOUT_ERROR = "CellTimeoutError"  # the ename nbgrader's Execute gives a cell that ran too long
GRADES_COLUMNS = ("participant", "assignment", "score", "max_score", "status",
                  "participant_id", "notebook", "file", "message")
QUESTIONS_COLUMNS = ("participant", "assignment", "question", "points", "max_points", "passed",
                     "message", "participant_id", "notebook")
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
MAX_ERROR_TEXT = 300


@dataclass(frozen=True)
class QuestionResult:
    """One grade cell of one notebook: points earned and the friendly feedback."""

    question: str
    points: float
    max_points: float
    passed: bool
    message: str


@dataclass
class NotebookResult:
    """One input file: a row of grades.csv, with its questions for questions.csv."""

    participant: str
    assignment: str
    score: float | None
    max_score: float | None
    status: str
    participant_id: str
    notebook: str
    file: str
    message: str = ""
    questions: list[QuestionResult] = field(default_factory=list)


def question_name(grade_id: str) -> str:
    """'q1' for the grade cell 'q1_test'; other ids are kept as they are."""
    return grade_id.removesuffix("_test")


def _text(value: object) -> str:
    return "".join(value) if isinstance(value, list) else str(value or "")


def _short(text: str) -> str:
    text = ANSI.sub("", text).strip()
    return text if len(text) <= MAX_ERROR_TEXT else text[:MAX_ERROR_TEXT - 1] + "…"


def cell_feedback(outputs: list[dict], timeout: float) -> str:
    """The friendly message in a grade cell's outputs: its AssertionError, partial credit
    text, or a plain sentence for a timeout or another error. Never the traceback."""
    stdout = []
    for output in outputs:
        kind = output.get("output_type")
        if kind == "error":
            name, value = output.get("ename", ""), _text(output.get("evalue"))
            if name == TIMEOUT_ERROR:
                return say("fb_check_timeout", seconds=timeout)
            if name == "AssertionError" and value.strip():
                return ANSI.sub("", value).strip()
            if name not in ("KeyboardInterrupt", ""):
                return say("fb_check_error", error=_short(f"{name}: {value}"))
        elif kind == "stream" and output.get("name") == "stderr":
            return say("fb_check_error", error=_short(_text(output.get("text"))))
        elif kind == "stream":
            stdout.append(_text(output.get("text")))
    return ANSI.sub("", "".join(stdout)).strip()


def read_autograded(path: Path, timeout: float) -> tuple[dict[str, str], list[str]]:
    """From an autograded notebook: grade_id → feedback message, and the cells that
    ran out of time (named by their grade_id, or 'cell N')."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    messages: dict[str, str] = {}
    timed_out: list[str] = []
    for number, cell in enumerate(notebook.get("cells", []), start=1):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        outputs = cell.get("outputs", []) or []
        if any(o.get("ename") == TIMEOUT_ERROR for o in outputs):
            timed_out.append(meta.get("grade_id") or f"cell {number}")
        if meta.get("grade") and meta.get("grade_id"):
            messages[meta["grade_id"]] = cell_feedback(outputs, timeout)
    return messages, timed_out


def gradebook_scores(db_url: str, participant_id: str, assignment: str, notebook: str
                     ) -> dict[str, tuple[float, float]]:
    """grade_id → (score, max_score) for one submitted notebook, from nbgrader's gradebook."""
    from nbgrader.api import Gradebook

    with Gradebook(db_url) as gradebook:
        submitted = gradebook.find_submission_notebook(notebook, assignment, participant_id)
        return {grade.name: (float(grade.score or 0), float(grade.max_score))
                for grade in submitted.grades}


def question_results(scores: dict[str, tuple[float, float]], messages: dict[str, str],
                     timeout: float) -> list[QuestionResult]:
    """One QuestionResult per grade cell, in question order; a passed one has no message."""
    results = []
    for grade_id in sorted(scores, key=_natural):
        points, max_points = scores[grade_id]
        passed = max_points > 0 and points >= max_points - 1e-9
        if grade_id not in messages:
            message = say("fb_deleted_check")
        else:
            message = "" if passed else messages[grade_id]
        results.append(QuestionResult(question_name(grade_id), points, max_points, passed,
                                      message))
    return results


def _natural(text: str) -> list[object]:
    """Sort key putting q2 before q10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def write_grades(path: Path, rows: list[NotebookResult]) -> None:
    """grades.csv: one row per input file (UTF-8, comma-separated)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        safe_csv.write_rows(handle, ([row.participant, row.assignment, _number(row.score),
                                      _number(row.max_score), row.status, row.participant_id,
                                      row.notebook, row.file, row.message] for row in rows),
                            header=GRADES_COLUMNS)


def write_questions(path: Path, rows: list[NotebookResult]) -> None:
    """questions.csv: one row per grade cell of every graded notebook."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        safe_csv.write_rows(handle, ([row.participant, row.assignment, question.question,
                                      _number(question.points), _number(question.max_points),
                                      question.passed, question.message, row.participant_id,
                                      row.notebook]
                                     for row in rows for question in row.questions),
                            header=QUESTIONS_COLUMNS)


def _float(text: str) -> float | None:
    return float(text) if text.strip() else None


def _restored(handle: Iterable[str]) -> Iterator[dict[str, str]]:
    """The rows of one of our CSV files, each cell as it was before data.safe_csv."""
    for line in csv.DictReader(handle):
        yield {key: safe_csv.restore(value) for key, value in line.items()}


def read_results(grades_csv: Path, questions_csv: Path) -> list[NotebookResult]:
    """Read grades.csv and questions.csv back into NotebookResults (for `score-lab feedback`)."""
    with grades_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = [NotebookResult(
            participant=line["participant"], assignment=line["assignment"],
            score=_float(line["score"]), max_score=_float(line["max_score"]),
            status=line["status"], participant_id=line.get("participant_id", ""),
            notebook=line.get("notebook", ""), file=line.get("file", ""),
            message=line.get("message", "")) for line in _restored(handle)]
    by_key = {(row.participant_id, row.assignment, row.notebook): row for row in rows
              if row.status in (GRADED, TIMEOUT, TAMPERED)}
    if questions_csv.exists():
        with questions_csv.open(encoding="utf-8-sig", newline="") as handle:
            for line in _restored(handle):
                row = by_key.get((line.get("participant_id", ""), line["assignment"],
                                  line.get("notebook", "")))
                if row is not None:
                    row.questions.append(QuestionResult(
                        line["question"], float(line["points"]), float(line["max_points"]),
                        line["passed"].strip().lower() == "true", line["message"]))
    return rows

