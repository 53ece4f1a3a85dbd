"""The exercise engine: one definition per question serves the participant's instant
self-check (`q1.check()`, `q1.hint()`, `q1.solution()`) and nbgrader's grade cell
(`q1.grade()`).

    from score_helpers.exercises import ____, whoami
    from score_helpers.exercises.welcome import q1, q2, q3, q4, q5
"""

from score_helpers.exercises.choice import ChoiceExercise, TrueFalseExercise
from score_helpers.exercises.core import Blank, Exercise, Result, ____, exercise_set, is_blank
from score_helpers.exercises.kinds import (
    Case,
    FunctionExercise,
    ReflectionExercise,
    Rule,
    TextExercise,
    ValueExercise,
)
from score_helpers.exercises.progress import whoami

# The exercise module behind each curriculum module (nbgrader assignment name).
EXERCISE_MODULES: dict[str, str] = {
    "00_welcome": "score_helpers.exercises.welcome",
    "01_kpi_tracking": "score_helpers.exercises.kpi_tracking",
    "02_document_drafting": "score_helpers.exercises.document_drafting",
    "03_predictive_maintenance": "score_helpers.exercises.predictive_maintenance",
    "04_safety_checks": "score_helpers.exercises.safety_checks",
    "05_dashboards_and_action_plan": "score_helpers.exercises.dashboards_action_plan",
}



def questions_of(module: str) -> list[str]:
    """The question names (q1, q2, …) a curriculum module's exercise set defines."""
    import importlib
    import re

    if module not in EXERCISE_MODULES:
        return []
    exercises = importlib.import_module(EXERCISE_MODULES[module])
    names = [n for n, v in vars(exercises).items()
             if re.fullmatch(r"q\d+", n) and isinstance(v, Exercise)]
    return sorted(names, key=lambda name: int(name[1:]))


__all__ = [
    "EXERCISE_MODULES", "Blank", "Case", "ChoiceExercise", "Exercise", "FunctionExercise",
    "ReflectionExercise", "Result", "Rule", "TextExercise", "TrueFalseExercise", "ValueExercise",
    "____", "exercise_set", "is_blank", "questions_of", "whoami",
]
