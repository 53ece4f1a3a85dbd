"""What every exercise set shares, checked once for all of EXERCISE_MODULES: its questions
are q1…qN in order, and each has hints, a solution, a docstring and a title 'QN · …'."""

from __future__ import annotations

import importlib

import pytest

from score_helpers.exercises import EXERCISE_MODULES, questions_of

# module → (how many questions, the fewest hints a question may have)
SETS = {
    "00_welcome": (6, 1),
    "01_kpi_tracking": (8, 1),
    "02_document_drafting": (7, 1),
    "03_predictive_maintenance": (8, 1),
    "04_safety_checks": (8, 1),
    "05_dashboards_and_action_plan": (6, 2),
}


def test_every_registered_set_is_listed_here() -> None:
    assert set(SETS) == set(EXERCISE_MODULES)


@pytest.mark.parametrize("module", SETS)
def test_questions_of_lists_the_module_questions_in_order(module: str) -> None:
    count, _ = SETS[module]
    assert questions_of(module) == [f"q{n}" for n in range(1, count + 1)]


def test_questions_of_an_unknown_module_is_empty() -> None:
    assert questions_of("99_unknown") == []


@pytest.mark.parametrize("module", SETS)
def test_every_question_has_hints_a_solution_and_a_title(module: str) -> None:
    _, fewest_hints = SETS[module]
    exercises = importlib.import_module(EXERCISE_MODULES[module])
    for name in questions_of(module):
        exercise = getattr(exercises, name)
        assert len(exercise.hints) >= fewest_hints, exercise
        assert exercise.solution_text, exercise
        assert exercise.title.startswith(exercise.question.upper())
        assert type(exercise).__doc__, exercise
