"""Module 00's warm-up: each question passes with its solution, waits on its blank,
and fails each typical mistake with that mistake's own message, never the answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from score_helpers import data
from score_helpers.exercises import ____
from score_helpers.exercises import welcome as w
from tests.exercise_checks import assert_mistake


@pytest.fixture(autouse=True)
def private_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_PROGRESS_DIR", str(tmp_path / "progress"))
    monkeypatch.setenv("SCORE_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(scope="module")
def production() -> Any:
    return data.load("garments_daily")


def namespace(production: Any, **answers: Any) -> dict[str, Any]:
    """The notebook's variables after the setup cell, plus the given answers."""
    return {"production": production, "defects": 12, "units_produced": 480, **answers}


def as_percent_right(fraction: float) -> float:
    return fraction * 100


def as_percent_divided(fraction: float) -> float:
    return fraction / 100


def as_percent_blank(fraction: float) -> None:
    ____  # noqa: B018 - exactly what the participant version contains


RIGHT = {
    "q1": {"defect_rate": 12 / 480},
    "q2": {"q2_answer": "B"},
    "q3": {"q3_answer": True},
    "q4": {"rows_line_b": None},  # filled in from the data below
    "q5": {"as_percent": as_percent_right},
    "q6": {"my_reflection": "AI could draft the toolbox talk; people decide overtime."},
}
BLANK = {
    "q1": {"defect_rate": ____}, "q2": {"q2_answer": ____}, "q3": {"q3_answer": ____},
    "q4": {"rows_line_b": ____}, "q5": {"as_percent": as_percent_blank},
    "q6": {"my_reflection": ____},
}
MISTAKES = [
    ("q1", {"defect_rate": 480 / 12}, "Put the defects on top"),
    ("q1", {"defect_rate": 12 / 468}, "not only the good ones"),
    ("q1", {"defect_rate": 2.5}, "It looks like a percent"),
    ("q2", {"q2_answer": "A"}, "AI sorts reports well"),
    ("q2", {"q2_answer": "C"}, "AI can draft minutes"),
    ("q2", {"q2_answer": "D"}, "good job for a computer"),
    ("q3", {"q3_answer": False}, "It can sound sure and still be wrong"),
    ("q4", {"rows_line_b": "all"}, "Count only the rows of Line B"),
    ("q5", {"as_percent": as_percent_divided}, "Multiply by 100"),
]
QUESTIONS = {q.question: q for q in w.QUESTIONS}


def right_answers(question: str, production: Any) -> dict[str, Any]:
    if question == "q4":
        return {"rows_line_b": int((production["line"] == "Line B").sum())}
    return RIGHT[question]


@pytest.mark.parametrize("question", QUESTIONS)
def test_solution_passes(question: str, production: Any) -> None:
    exercise = QUESTIONS[question]
    result = exercise.evaluate(namespace(production, **right_answers(question, production)))
    assert result.passed, result.text()
    assert result.points == exercise.points
    assert exercise.grade(namespace(production, **right_answers(question, production))) is None


@pytest.mark.parametrize("question", QUESTIONS)
def test_blank_is_not_attempted_rather_than_wrong(question: str, production: Any) -> None:
    result = QUESTIONS[question].evaluate(namespace(production, **BLANK[question]))
    assert result.status == "not_attempted"
    assert result.points == 0
    with pytest.raises(AssertionError, match="Not attempted yet"):
        QUESTIONS[question].grade(namespace(production, **BLANK[question]))


@pytest.mark.parametrize(("question", "answer", "message"), MISTAKES,
                         ids=[f"{q}-{m[:20]}" for q, _, m in MISTAKES])
def test_typical_mistake_gets_its_own_message(question: str, answer: dict[str, Any],
                                              message: str, production: Any) -> None:
    if answer.get("rows_line_b") == "all":
        answer = {"rows_line_b": len(production)}
    assert_mistake(QUESTIONS[question], namespace(production, **answer), message)


def test_feedback_never_reveals_the_expected_value(production: Any) -> None:
    expected_rows = str(int((production["line"] == "Line B").sum()))
    texts = [w.q1.evaluate(namespace(production, defect_rate=v)).text() for v in (0.5, 40, "x")]
    texts.append(w.q4.evaluate(namespace(production, rows_line_b=3)).text())
    for text in texts:
        assert "0.025" not in text and "2.5 %" not in text
        assert expected_rows not in text
    assert "0.025" not in w.q1.evaluate(namespace(production, defect_rate=2.5)).text()


def test_hidden_cases_catch_a_function_that_only_fits_the_visible_ones(production: Any) -> None:
    def only_visible(fraction: float) -> float:
        return {0.025: 2.5, 0.5: 50.0}[fraction]

    assert w.q5.evaluate({"as_percent": only_visible}).passed
    with pytest.raises(AssertionError):
        w.q5.grade({"as_percent": only_visible}, hidden=True)

