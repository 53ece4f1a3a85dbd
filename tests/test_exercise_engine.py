"""The exercise engine's kinds, each judged right and wrong, with friendly messages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from score_helpers.exercises import (
    Case,
    ChoiceExercise,
    FunctionExercise,
    ReflectionExercise,
    Rule,
    TextExercise,
    TrueFalseExercise,
    ValueExercise,
    ____,
)
from score_helpers.exercises.choice import METADATA_KEY, saved_choice
from score_helpers.exercises.core import BlankUsedError


@pytest.fixture(autouse=True)
def private_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test logs progress into its own folder, never the real home."""
    folder = tmp_path / "progress"
    monkeypatch.setenv("SCORE_PROGRESS_DIR", str(folder))
    monkeypatch.setenv("SCORE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SCORE_PARTICIPANT", "Ana Cruz")
    monkeypatch.delenv("SCORE_PROGRESS", raising=False)
    return folder


class LineTotals(ValueExercise):
    """Units per line as a Series."""

    answer_name = "totals"
    points = 2
    hints = ("Group by line.", "Then sum units_produced.")
    solution = 'totals = df.groupby("line")["units_produced"].sum()'

    def expected(self, ns: dict[str, Any]) -> pd.Series:
        return ns["df"].groupby("line")["units_produced"].sum()


class Slogan(TextExercise):
    """A prompt that names audience and length, and leaves out the SSS number."""

    answer_name = "prompt"
    points = 3
    must_include = (Rule("who it is for (the audience)", (r"\bworkers?\b", r"\bteam\b")),
                    Rule("how long it should be", (r"\d+\s*words?", r"\bshort\b")))
    must_not_include = (Rule("an SSS number (personal data)", (r"\d{2}-\d{7}-\d",)),)


class Double(FunctionExercise):
    """Double a number."""

    function_name = "double"
    cases = (Case((2,), "double(2)"), Case((5,), "double(5)"))
    hidden_cases = (Case((-3,), "double(-3)"),)
    common_mistakes = {"squared": "Multiply by 2; do not square the number."}

    def reference(self, x: float) -> float:
        return 2 * x

    def mistake_squared(self, x: float) -> float:
        return x * x


class Thoughts(ReflectionExercise):
    """Free reflection."""

    answer_name = "thoughts"
    example_answer = "Example: we would start with the defect log."


class Colour(ChoiceExercise):
    """Pick a colour."""

    answer_name = "colour_answer"
    prompt = "Which colour means stop?"
    options = {"A": "Green", "B": "Red"}
    correct = "B"
    common_mistakes = {"A": "Green means go."}
    hints = ("Think of traffic lights.", "The top light.")


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame({"line": ["A", "B", "A"], "units_produced": [10, 20, 30]})


def test_blank_refuses_arithmetic_with_a_friendly_message() -> None:
    with pytest.raises(BlankUsedError, match="Replace ____ with your answer"):
        ____ / 480
    assert repr(____) == "____" and not ____


def test_value_exercise_with_a_series(frame: pd.DataFrame) -> None:
    question = LineTotals("test", "q1")
    totals = frame.groupby("line")["units_produced"].sum()
    right = question.evaluate({"df": frame, "totals": totals})
    assert right.passed and right.points == 2
    wrong = question.evaluate({"df": frame, "totals": frame["units_produced"]})
    assert wrong.status == "not_yet" and wrong.points == 0
    assert "has 3 rows" in wrong.text()
    assert question.evaluate({"df": frame}).status == "not_attempted"
    assert question.evaluate({"df": frame, "totals": ____}).status == "not_attempted"


def test_a_number_typed_as_text_is_explained() -> None:
    class Rate(ValueExercise):
        answer_name = "rate"

        def expected(self, ns: dict[str, Any]) -> float:
            return 0.025

    result = Rate("test", "q9").evaluate({"rate": "0.025"})
    assert "Remove the quotes" in result.text()
    assert "looks like a percent" in Rate("test", "q9").evaluate({"rate": 2.5}).text()


def test_text_exercise_gives_partial_credit_and_names_what_is_missing() -> None:
    question = Slogan("test", "q2")
    full = question.evaluate({"prompt": "Write a short toolbox talk for the workers on Line A."})
    assert full.passed and full.points == 3
    partial = question.evaluate({"prompt": "Write a toolbox talk for the team. SSS 12-3456789-0"})
    assert partial.status == "not_yet"
    assert partial.points == pytest.approx(1.0)
    assert "how long it should be" in partial.text()
    assert "SSS number" in partial.text()
    assert question.grade({"prompt": "Write a toolbox talk for the team. SSS 12-3456789-0"}) == (
        pytest.approx(1.0))


def test_function_exercise_hidden_cases_only_in_hidden_grading() -> None:
    question = Double("test", "q3")

    def only_positive(x: float) -> float:
        return abs(2 * x)

    assert question.evaluate({"double": only_positive}).passed
    with pytest.raises(AssertionError, match=r"double\(-3\)"):
        question.grade({"double": only_positive}, hidden=True)
    squared = question.evaluate({"double": lambda x: x * x})
    assert "do not square" in squared.text()
    crashing = question.evaluate({"double": lambda x: x / 0})
    assert "ZeroDivisionError" in crashing.text()
    assert question.evaluate({}).status == "not_attempted"


def test_reflection_is_never_wrong_and_shows_the_example() -> None:
    question = Thoughts("test", "q4")
    assert question.evaluate({"thoughts": "too short"}).status == "not_attempted"
    result = question.evaluate({"thoughts": "We would ask AI to draft the minutes, then review."})
    assert result.passed
    assert "start with the defect log" in result.text()


def test_choice_accepts_typed_letters_and_explains_a_wrong_option() -> None:
    question = Colour("test", "q5")
    assert question.evaluate({"colour_answer": " b "}).passed
    assert question.evaluate({"colour_answer": "B. Red"}).passed
    wrong = question.evaluate({"colour_answer": "A"})
    assert "Green means go." in wrong.text()
    unknown = question.evaluate({"colour_answer": "Z"})
    assert "Choose one of: A, B" in unknown.text()


def test_true_false_accepts_booleans_and_filipino_words() -> None:
    class Sky(TrueFalseExercise):
        answer_name = "sky"
        correct = "True"

    assert Sky("test", "q6").evaluate({"sky": True}).passed
    assert Sky("test", "q6").evaluate({"sky": "Tama"}).passed
    assert not Sky("test", "q6").evaluate({"sky": "mali"}).passed


def test_a_saved_click_is_read_back_from_the_notebook(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    saved = {"output_type": "display_data", "data": {"text/html": "<i>Your answer: B</i>"},
             "metadata": {METADATA_KEY: {"module": "test", "question": "q5", "answer": "B"}}}
    notebook = {"cells": [{"cell_type": "code", "source": "q5.ask()", "outputs": [saved]}]}
    (tmp_path / "quiz.ipynb").write_text(json.dumps(notebook))
    monkeypatch.chdir(tmp_path)
    assert saved_choice("test", "q5") == "B"
    assert saved_choice("test", "q4") is None
    assert saved_choice("other", "q5") is None


def test_saved_click_is_found_in_the_submitted_copy_during_autograde(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    submitted = tmp_path / "submitted" / "ana" / "00_welcome"
    running = tmp_path / "autograded" / "ana" / "00_welcome"
    submitted.mkdir(parents=True)
    running.mkdir(parents=True)
    saved = {"output_type": "display_data", "data": {}, "metadata": {
        METADATA_KEY: {"module": "00_welcome", "question": "q2", "answer": "C"}}}
    (submitted / "warmup.ipynb").write_text(json.dumps({"cells": [
        {"cell_type": "code", "source": "", "outputs": [saved]}]}))
    (running / "warmup.ipynb").write_text(json.dumps({"cells": []}))
    monkeypatch.chdir(running)
    assert saved_choice("00_welcome", "q2") is None
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert saved_choice("00_welcome", "q2") == "C"


def test_check_hint_and_solution_are_logged_but_grade_is_not(private_progress: Path) -> None:
    question = Colour("test", "q5")
    question.check({"colour_answer": "A"})
    question.hint()
    question.hint(5)  # there are two hints: this asks for the last one
    question.solution()
    question.grade({"colour_answer": "B"})
    files = list(private_progress.glob("*.jsonl"))
    assert len(files) == 1
    lines = [json.loads(line) for line in files[0].read_text().splitlines()]
    assert [(e["event"], e["result"], e["hint"]) for e in lines] == [
        ("check", "not_yet", None), ("hint", None, 1), ("hint", None, 2), ("solution", None, None)]
    assert {e["participant"] for e in lines} == {"Ana Cruz"}


def test_solution_text_and_method_coexist() -> None:
    assert LineTotals.solution_text.startswith("totals =")
    assert "groupby" in LineTotals("test", "q1").solution()
    assert "Hint 2 of 2" in LineTotals("test", "q1").hint(2)
    assert "last hint" in LineTotals("test", "q1").hint(2)


def test_check_uses_the_callers_variables() -> None:
    """In a notebook, check() reads the notebook's global variables."""
    question = Colour("test", "q5")
    globals()["colour_answer"] = "B"
    try:
        assert question.check().passed
    finally:
        del globals()["colour_answer"]
