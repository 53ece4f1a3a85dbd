"""Module 00's warm-up: each question passes with its solution, waits on its blank,
and fails each typical mistake with that mistake's own message, never the answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from score_helpers import data
from score_helpers.exercises import ____
from score_helpers.exercises import welcome as w
from score_helpers.exercises.welcome_data import line_a_week
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


RIGHT = {
    "q1": {"defect_rate": 12 / 480},
    "q2": {"q2_answer": "B"},
    "q3": {"q3_answer": True},
    "q4": {"rows_line_b": 608},   # as the participant reads it from the table
    "q5": {"q5_answer": "B"},
    "q6": {"my_reflection": "AI could draft the toolbox talk; people decide overtime."},
}
BLANK = {
    "q1": {"defect_rate": ____}, "q2": {"q2_answer": ____}, "q3": {"q3_answer": ____},
    "q4": {"rows_line_b": ____}, "q5": {"q5_answer": ____}, "q6": {"my_reflection": ____},
}
MISTAKES = [
    ("q1", {"defect_rate": 480 / 12}, "Put the defects on top"),
    ("q1", {"defect_rate": 12 / 468}, "not only the good ones"),
    ("q1", {"defect_rate": 2.5}, "It looks like a percent"),
    ("q2", {"q2_answer": "A"}, "AI sorts reports well"),
    ("q2", {"q2_answer": "C"}, "A draft is not a decision"),
    ("q2", {"q2_answer": "D"}, "draft a translation"),
    ("q3", {"q3_answer": False}, "It can sound sure and still be wrong"),
    ("q4", {"rows_line_b": 1824}, "counts every line together"),
    ("q4", {"rows_line_b": 3}, "the number of lines"),
    ("q5", {"q5_answer": "A"}, "it also made the most pieces"),
    ("q5", {"q5_answer": "c"}, "made the fewest pieces"),
    ("q5", {"q5_answer": "D"}, "one day's rate is clearly above the rest"),
]
QUESTIONS = {q.question: q for q in w.QUESTIONS}


def right_answers(question: str, production: Any) -> dict[str, Any]:
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
    assert_mistake(QUESTIONS[question], namespace(production, **answer), message)


def test_feedback_never_reveals_the_expected_value(production: Any) -> None:
    expected_rows = str(int((production["line"] == "Line B").sum()))
    texts = [w.q1.evaluate(namespace(production, defect_rate=v)).text() for v in (0.5, 40, "x")]
    texts.append(w.q4.evaluate(namespace(production, rows_line_b=3)).text())
    for text in texts:
        assert "0.025" not in text and "2.5 %" not in text
        assert expected_rows not in text
    assert "0.025" not in w.q1.evaluate(namespace(production, defect_rate=2.5)).text()
    for question in (w.q2, w.q5):
        right = question.options[question.correct]
        for key in question.common_mistakes:
            text = question.evaluate({question.answer_name: key}).text()
            assert right not in text and f"{question.correct}." not in text, (key, text)


def test_the_right_count_is_the_one_the_table_shows(production: Any) -> None:
    """Q4's answer is read from the table the notebook shows: value_counts of the lines."""
    assert RIGHT["q4"]["rows_line_b"] == production["line"].value_counts()["Line B"]


def test_q5_options_match_the_week_table() -> None:
    """The right option is the day with the highest rate; the traps are the day with the
    most defects and the day with the fewest pieces, three different days."""
    week = line_a_week().set_index("day")
    rate = week["defects"] / week["units_produced"]
    options = w.q5.options
    assert options[w.q5.correct] == rate.idxmax()
    assert options["A"] == week["defects"].idxmax() != rate.idxmax()
    assert options["C"] == week["units_produced"].idxmin()
    assert len({options["A"], options["B"], options["C"]}) == 3
    assert (week["defect rate (%)"] == (rate * 100).round(1)).all()
    assert abs(week["units_produced"].sum() - 2_900) < 50  # the pieces named in mistake D
    monday = week.loc["Monday"]
    assert (monday["units_produced"], monday["defects"]) == (480, 12)  # Q1's Monday


def test_no_warm_up_answer_is_code_a_supervisor_would_not_type() -> None:
    """Issue 17: answers are values, clicks or sentences; no def, no boolean masks."""
    for question in w.QUESTIONS:
        assert "def " not in question.solution_text
        assert "==" not in question.solution_text and ".sum()" not in question.solution_text
    assert sum(question.points for question in w.QUESTIONS) == 7
