"""Checks every exercise set's tests share: a right answer earns full points and passes the
grade cell (hidden tests too); a blank is "not attempted", never "wrong"."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from score_helpers.exercises import Exercise


def assert_right(exercise: Exercise, ns: Mapping[str, Any]) -> None:
    """The answer in `ns` passes the self-check and both grade cells with full points."""
    result = exercise.evaluate(ns)
    assert result.passed, result.text()
    assert result.points == exercise.points
    assert exercise.grade(ns) is None
    assert exercise.grade(ns, hidden=True) is None


def assert_not_attempted(exercise: Exercise, ns: Mapping[str, Any]) -> None:
    """A blank earns 0 points as 'not attempted', and the grade cell says so."""
    result = exercise.evaluate(ns)
    assert result.status == "not_attempted", result.text()
    assert result.points == 0
    with pytest.raises(AssertionError, match="Not attempted yet"):
        exercise.grade(ns)


def assert_mistake(exercise: Exercise, ns: Mapping[str, Any], message: str, *,
                   partial_credit: bool = False) -> None:
    """A typical mistake is 'not yet' with its own message, and the grade cell fails with
    the same message (with `partial_credit`, only when the answer earned nothing)."""
    result = exercise.evaluate(ns)
    assert result.status == "not_yet", result.text()
    assert message in result.text(), result.text()
    if partial_credit and result.points > 0:
        return
    with pytest.raises(AssertionError) as raised:
        exercise.grade(ns)
    assert message in str(raised.value)
