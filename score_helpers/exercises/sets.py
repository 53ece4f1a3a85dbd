"""Which exercise set belongs to which curriculum module, and the questions each one has.

    from score_helpers.exercises.sets import EXERCISE_MODULES, questions_of
    questions_of("00_welcome")        # ['q1', 'q2', 'q3', 'q4', 'q5', 'q6']

A set module marks each question class with @question and ends with
`QUESTIONS = collect_questions(MODULE, globals())`: the numbering, the count and the
points all come from the classes (see score_helpers/exercises/core.py).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from score_helpers.exercises.core import Exercise

# The exercise module behind each curriculum module (nbgrader assignment name).
EXERCISE_MODULES: dict[str, str] = {
    "00_welcome": "score_helpers.exercises.welcome",
    "01_kpi_tracking": "score_helpers.exercises.kpi_tracking",
    "02_document_drafting": "score_helpers.exercises.document_drafting",
    "03_predictive_maintenance": "score_helpers.exercises.predictive_maintenance",
    "04_safety_checks": "score_helpers.exercises.safety_checks",
    "05_dashboards_and_action_plan": "score_helpers.exercises.dashboards_action_plan",
}



def questions_in(exercises: ModuleType) -> tuple[Exercise, ...]:
    """The questions q1, q2, … of an exercise set module, in order (its QUESTIONS)."""
    found = getattr(exercises, "QUESTIONS", None)
    if not found or not all(isinstance(q, Exercise) for q in found):
        raise ValueError(f"{exercises.__name__} has no QUESTIONS: end it with "
                         "`QUESTIONS = collect_questions(MODULE, globals())`.")
    return tuple(found)


def questions_of(module: str) -> list[str]:
    """The question names (q1, q2, …) a curriculum module's exercise set defines."""
    if module not in EXERCISE_MODULES:
        return []
    exercises = importlib.import_module(EXERCISE_MODULES[module])
    return [q.question for q in questions_in(exercises)]
