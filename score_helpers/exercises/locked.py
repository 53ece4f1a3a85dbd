"""What a locked grade cell runs: the question's check, fresh from the package.

    from score_helpers.exercises.locked import grade
    grade("00_welcome", "q1")

The grade cell never trusts a name in the notebook: a participant's cell could rebind `q1`
to an object whose grade() always passes. Here the exercise set is imported again from
the package (`importlib.reload`), the question is taken from that fresh set, and it judges
the notebook's own variables, exactly as `q1.grade()` does. The result is nbgrader's: no
error for full marks, a number for partial credit, an AssertionError with the friendly
message otherwise.
"""

from __future__ import annotations

import importlib
from typing import Any

from score_helpers.exercises.core import caller_namespace
from score_helpers.exercises.sets import EXERCISE_MODULES, questions_in

__all__ = ["grade"]


def grade(module: str, question: str, *, hidden: bool = False,
          namespace: dict[str, Any] | None = None) -> float | None:
    """Grade `question` ('q1') of `module`'s set ('00_welcome') on the calling notebook's
    variables (or `namespace`); `hidden=True` runs the hidden cases too."""
    if module not in EXERCISE_MODULES:
        raise ValueError(f"No exercise set for {module!r}: use one of {sorted(EXERCISE_MODULES)}.")
    fresh = importlib.reload(importlib.import_module(EXERCISE_MODULES[module]))
    found = [q for q in questions_in(fresh) if q.question == question]
    if not found:
        raise ValueError(f"{module} has no question {question!r}.")
    variables = caller_namespace() if namespace is None else namespace
    return found[0].grade(variables, hidden=hidden)
