"""The exercise engine: one definition per question serves the participant's instant
self-check (`q1.check()`, `q1.hint()`, `q1.solution()`) and nbgrader's grade cell
(`q1.grade()`).

    from score_helpers.exercises import ____, whoami
    from score_helpers.exercises.welcome import q1, q2, q3, q4, q5, q6

Each module's questions live in one set file (welcome.py, kpi_tracking.py, …): a class per
question marked @question, numbered q1, q2, … in the order written, collected at the end
of the file by `collect_questions`. `sets.py` maps curriculum modules to set files;
`strings.py` gives the string tables the English written in the classes.
"""

from score_helpers.exercises.choice import ChoiceExercise, TrueFalseExercise
from score_helpers.exercises.core import (
    Blank,
    Exercise,
    Result,
    ____,
    collect_questions,
    exercise_set,
    is_blank,
    question,
)
from score_helpers.exercises.kinds import (
    Case,
    FunctionExercise,
    ReflectionExercise,
    Rule,
    TextExercise,
    ValueExercise,
)
from score_helpers.exercises.progress import whoami
from score_helpers.exercises.sets import EXERCISE_MODULES, questions_in, questions_of


def _register_strings() -> None:
    """Let the string tables find the English generated from the exercise classes."""
    from score_helpers.exercises.strings import english_exercise_strings
    from score_helpers.i18n import tables

    tables.register_english(english_exercise_strings)


_register_strings()

__all__ = [
    "EXERCISE_MODULES", "Blank", "Case", "ChoiceExercise", "Exercise", "FunctionExercise",
    "ReflectionExercise", "Result", "Rule", "TextExercise", "TrueFalseExercise", "ValueExercise",
    "____", "collect_questions", "exercise_set", "is_blank", "question", "questions_in",
    "questions_of", "whoami",
]
