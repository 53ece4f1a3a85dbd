"""What every exercise set shares, checked once for all of EXERCISE_MODULES: its questions
are q1…qN in order, and each has hints, a solution, a docstring and a title 'QN · …'."""

from __future__ import annotations

import importlib

import pytest

from score_helpers.exercises import EXERCISE_MODULES, questions_of
from score_helpers.exercises.core import question_classes

# module → the fewest hints a question may have (the question count comes from the set)
FEWEST_HINTS = {
    "00_welcome": 1,
    "01_kpi_tracking": 1,
    "02_document_drafting": 1,
    "03_predictive_maintenance": 1,
    "04_safety_checks": 1,
    "05_dashboards_and_action_plan": 2,
}


def test_every_registered_set_is_listed_here() -> None:
    assert set(FEWEST_HINTS) == set(EXERCISE_MODULES)


@pytest.mark.parametrize("module", FEWEST_HINTS)
def test_questions_are_the_marked_classes_numbered_in_the_order_written(module: str) -> None:
    exercises = importlib.import_module(EXERCISE_MODULES[module])
    classes = question_classes(vars(exercises))
    assert len(classes) >= 1
    assert questions_of(module) == [f"q{n}" for n in range(1, len(classes) + 1)]
    for number, cls in enumerate(classes, start=1):
        exercise = getattr(exercises, f"q{number}")
        assert type(exercise) is cls and exercise.module == module
    assert [q.question for q in exercises.QUESTIONS] == questions_of(module)
    assert set(questions_of(module)) <= set(exercises.__all__)


def test_questions_of_an_unknown_module_is_empty() -> None:
    assert questions_of("99_unknown") == []


@pytest.mark.parametrize("module", FEWEST_HINTS)
def test_every_question_has_hints_a_solution_and_a_title(module: str) -> None:
    fewest_hints = FEWEST_HINTS[module]
    exercises = importlib.import_module(EXERCISE_MODULES[module])
    for name in questions_of(module):
        exercise = getattr(exercises, name)
        assert len(exercise.hints) >= fewest_hints, exercise
        assert exercise.solution_text, exercise
        assert exercise.title.startswith(exercise.question.upper())
        assert type(exercise).__doc__, exercise


def test_a_question_is_numbered_by_its_place_not_by_its_docstring() -> None:
    from score_helpers.exercises import ValueExercise, collect_questions, question

    class NotAQuestion(ValueExercise):
        """A shared base class, not a question."""

    @question
    class First(NotAQuestion):
        """Q7 · typed with the wrong number."""

    @question
    class Second(ValueExercise):
        """No number typed at all."""

    class Inherits(Second):
        """Inherits the mark's class but is not marked itself."""

    namespace = {"__name__": __name__, "NotAQuestion": NotAQuestion, "First": First,
                 "Second": Second, "Inherits": Inherits}
    questions = collect_questions("99_test", namespace)
    assert [type(q) for q in questions] == [First, Second]
    assert namespace["q1"].english_title == "Q1 · typed with the wrong number."
    assert namespace["q2"].english_title == "Q2 · No number typed at all."
    assert "q3" not in namespace


def test_a_set_without_marked_questions_is_refused() -> None:
    from score_helpers.exercises import collect_questions

    with pytest.raises(ValueError, match="@question"):
        collect_questions("99_test", {"__name__": __name__})
