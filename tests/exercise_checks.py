"""Checks every exercise set's tests share: a right answer earns full points and passes the
grade cell (hidden tests too); a blank is "not attempted", never "wrong"."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from score_helpers.exercises import Exercise


def assert_right(exercise: Exercise, ns: Mapping[str, Any]) -> None:
    """The answer in `ns` passes the self-check and both grade cells with full points."""
    result = exercise.evaluate(ns)
    assert result.passed, result.text()
    assert result.points == exercise.points
    assert exercise.grade(ns) is None
    assert exercise.grade(ns, hidden=True) is None


def assert_not_attempted(exercise: Exercise, ns: Mapping[str, Any]) -> None:
    """A blank earns 0 points as 'not attempted', and the grade cell says so."""
    result = exercise.evaluate(ns)
    assert result.status == "not_attempted", result.text()
    assert result.points == 0
    with pytest.raises(AssertionError, match="Not attempted yet"):
        exercise.grade(ns)


def assert_mistake(exercise: Exercise, ns: Mapping[str, Any], message: str, *,
                   partial_credit: bool = False) -> None:
    """A typical mistake is 'not yet' with its own message, and the grade cell fails with
    the same message (with `partial_credit`, only when the answer earned nothing)."""
    result = exercise.evaluate(ns)
    assert result.status == "not_yet", result.text()
    assert message in result.text(), result.text()
    if partial_credit and result.points > 0:
        return
    with pytest.raises(AssertionError) as raised:
        exercise.grade(ns)
    assert message in str(raised.value)


def grade_class(released: Path, answers_by_participant: Mapping[str, Mapping[str, str]],
                root: Path) -> dict[str, dict[str, Any]]:
    """Fill the released notebook with each participant's answers (answer cell id → code),
    grade the folder with `score-lab grade` (real nbgrader) and return each participant's
    grades.csv row, with each question's questions.csv row under its name (q1, q2, …)."""
    import csv
    import json

    from score_helpers.cli import main
    from score_helpers.grading.sample_answers import fill_answers

    notebook = json.loads(released.read_text(encoding="utf-8"))
    for name, answers in answers_by_participant.items():
        path = root / "submissions" / name / released.name
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(fill_answers(notebook, answers)), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCORE_PROGRESS_DIR", str(root / "progress"))
        assert main(["grade", str(root / "submissions"), "--out", str(root / "out"),
                     "--timeout", "60", "--workers", "3"]) == 0
    with (root / "out" / "grades.csv").open(encoding="utf-8", newline="") as handle:
        grades: dict[str, dict[str, Any]] = {row["participant"]: row
                                             for row in csv.DictReader(handle)}
    with (root / "out" / "questions.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            grades[row["participant"]][row["question"]] = row
    return grades
