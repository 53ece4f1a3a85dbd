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
from score_helpers.exercises.sets import EXERCISE_MODULES, questions_of


def _register_strings() -> None:
    """Let the string tables find the English generated from the exercise classes."""
    from score_helpers.exercises.strings import english_exercise_strings
    from score_helpers.i18n import tables

    tables.register_english(english_exercise_strings)


_register_strings()

__all__ = [
    "EXERCISE_MODULES", "Blank", "Case", "ChoiceExercise", "Exercise", "FunctionExercise",
    "ReflectionExercise", "Result", "Rule", "TextExercise", "TrueFalseExercise", "ValueExercise",
    "____", "exercise_set", "is_blank", "questions_of", "whoami",
]
