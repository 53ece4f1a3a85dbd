"""The kinds of exercise: a value, a function, a text or prompt, and a free reflection.

Multiple-choice and true/false questions, answered by clicking, are in `choice.py`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from score_helpers.exercises.core import (
    CORRECT,
    NOT_ATTEMPTED,
    NOT_YET,
    BlankUsedError,
    Exercise,
    Result,
    is_blank,
)
from score_helpers.exercises.messages import say


def _kind(value: object) -> str:
    """The kind of a value in words (IDs `engine.kind.<kind>`), e.g. 'a number'."""
    if isinstance(value, bool):
        return say("kind.bool")
    if isinstance(value, (int, float, np.number)):
        return say("kind.number")
    if isinstance(value, str):
        return say("kind.text")
    if isinstance(value, pd.DataFrame):
        return say("kind.table")
    if isinstance(value, pd.Series):
        return say("kind.column")
    return say("kind.other", name=type(value).__name__)


def values_match(answer: Any, expected: Any, rel: float = 1e-6, abs_: float = 1e-9) -> bool:
    """True when the answer equals the expected value, within tolerance for numbers."""
    if isinstance(expected, (pd.DataFrame, pd.Series)):
        if type(answer) is not type(expected) or answer.shape != expected.shape:
            return False
        checker = (pd.testing.assert_frame_equal if isinstance(expected, pd.DataFrame)
                   else pd.testing.assert_series_equal)
        try:
            checker(answer, expected, check_dtype=False, check_names=False, rtol=rel, atol=abs_)
        except AssertionError:
            return False
        return True
    if isinstance(expected, bool) or isinstance(answer, bool):
        return answer is expected or answer == expected
    if isinstance(expected, (int, float, np.number)):
        if not isinstance(answer, (int, float, np.number)):
            return False
        return math.isclose(float(answer), float(expected), rel_tol=rel, abs_tol=abs_)
    if isinstance(expected, str) and isinstance(answer, str):
        return answer.strip().casefold() == expected.strip().casefold()
    return bool(answer == expected)


class ValueExercise(Exercise):
    """The answer is a value stored in `answer_name`: a number, text, Series or DataFrame.

    Subclasses define `expected(ns)`. A common mistake `key` is recognised by a method
    `mistake_<key>(ns)` that returns the wrong value it produces.
    """

    answer_name: ClassVar[str] = ""
    rel_tolerance: ClassVar[float] = 1e-6
    abs_tolerance: ClassVar[float] = 1e-9

    def expected(self, ns: Mapping[str, Any]) -> Any:
        """The right answer, computed from the same namespace the participant used."""
        raise NotImplementedError

    def matches(self, answer: Any, expected: Any) -> bool:
        """Whether `answer` counts as `expected`."""
        return values_match(answer, expected, self.rel_tolerance, self.abs_tolerance)

    def evaluate(self, ns: Mapping[str, Any]) -> Result:
        name = self.answer_name
        if name not in ns:
            return self.result(NOT_ATTEMPTED, say("not_attempted_missing", name=name))
        answer = ns[name]
        if is_blank(answer):
            return self.result(NOT_ATTEMPTED, say("not_attempted"))
        expected = self.expected(ns)
        if self.matches(answer, expected):
            return self.result(CORRECT, say("correct"))
        return self.result(NOT_YET, say("not_yet"), details=(self.explain(ns, answer, expected),))

    def explain(self, ns: Mapping[str, Any], answer: Any, expected: Any) -> str:
        """The most specific friendly reason an answer is wrong; never the expected value."""
        mistakes = {key: self._is_mistake(key, ns, answer) for key in self.common_mistakes}
        message = self.mistake_message(mistakes)
        if message:
            return message
        name = self.answer_name
        numeric = isinstance(expected, (int, float, np.number)) and not isinstance(expected, bool)
        if numeric and isinstance(answer, str):
            return say("text_not_number", name=name, value=answer)
        if (numeric and isinstance(answer, (int, float, np.number))
                and 0 < abs(float(expected)) <= 1
                and self.matches(answer, float(expected) * 100)):
            return say("percent_not_fraction")
        if _kind(answer) != _kind(expected):
            return say("wrong_type", name=name, expected_kind=_kind(expected),
                       actual_kind=_kind(answer))
        if isinstance(expected, (pd.DataFrame, pd.Series)) and len(answer) != len(expected):
            return say("wrong_length", name=name, actual=len(answer))
        return say("look_again", name=name)

    def _is_mistake(self, key: str, ns: Mapping[str, Any], answer: Any) -> bool:
        wrong = getattr(self, f"mistake_{key}", None)
        if wrong is None:
            return False
        try:
            return self.matches(answer, wrong(ns))
        except Exception:  # a mistake detector must never break the check
            return False


@dataclass(frozen=True)
class Case:
    """One test case of a function exercise: arguments and a short label for feedback."""

    args: tuple[Any, ...]
    label: str = ""

    def describe(self) -> str:
        """How the case is named in feedback, e.g. 'defects=12, units=480'."""
        return self.label or ", ".join(repr(a) for a in self.args)


class FunctionExercise(Exercise):
    """The answer is a function named `function_name`, checked on test cases.

    Subclasses define `reference(*args)`, the right behaviour, plus `cases` (shown in
    feedback by their label) and `hidden_cases` (used only by the hidden grade tests).
    A mistake `key` is recognised by `mistake_<key>(*args)`, a wrong version of reference.
    """

    function_name: ClassVar[str] = ""
    cases: ClassVar[Sequence[Case]] = ()
    hidden_cases: ClassVar[Sequence[Case]] = ()
    rel_tolerance: ClassVar[float] = 1e-6

    def reference(self, *args: Any) -> Any:
        """The right result for the arguments."""
        raise NotImplementedError

    def evaluate(self, ns: Mapping[str, Any]) -> Result:
        return self._run(ns, self.cases)

    def evaluate_hidden(self, ns: Mapping[str, Any]) -> Result:
        return self._run(ns, (*self.cases, *self.hidden_cases))

    def _run(self, ns: Mapping[str, Any], cases: Sequence[Case]) -> Result:
        function = ns.get(self.function_name)
        if function is None or is_blank(function) or not callable(function):
            return self.result(NOT_ATTEMPTED, say("function_missing", name=self.function_name))
        for case in cases:
            try:
                answer = function(*case.args)
            except BlankUsedError:
                return self.result(NOT_ATTEMPTED, say("not_attempted"))
            except Exception as error:
                detail = say("function_error", case=case.describe(),
                             error=f"{type(error).__name__}: {error}")
                return self.result(NOT_YET, say("not_yet"), details=(detail,))
            if answer is None or is_blank(answer):
                return self.result(NOT_ATTEMPTED, say("not_attempted"))
            if not values_match(answer, self.reference(*case.args), self.rel_tolerance):
                return self.result(NOT_YET, say("not_yet"),
                                   details=(self._explain(function, case, cases),))
        return self.result(CORRECT, say("correct"))

    def _explain(self, function: Callable[..., Any], failed: Case,
                 cases: Sequence[Case]) -> str:
        """A mistake's message when the function behaves like that mistake on every case."""
        for key in self.common_mistakes:
            wrong = getattr(self, f"mistake_{key}", None)
            try:
                if wrong and all(values_match(function(*c.args), wrong(*c.args), self.rel_tolerance)
                                 for c in cases):
                    return self.mistake_text(key)
            except Exception:
                continue
        return say("function_wrong", case=failed.describe())


@dataclass(frozen=True)
class Rule:
    """A part a text must (or must not) contain: any of `patterns` (regular expressions)."""

    part: str
    patterns: tuple[str, ...]

    def found_in(self, text: str) -> bool:
        """True when any pattern occurs in the text, ignoring case."""
        return any(re.search(p, text, flags=re.IGNORECASE) for p in self.patterns)


class TextExercise(Exercise):
    """A prompt or text in `answer_name`, checked by rules; each rule earns a share.

    `must_include` rules name the parts a good answer has; `must_not_include` the
    things it must avoid (e.g. a worker's SSS number in a prompt for a remote AI).
    """

    answer_name: ClassVar[str] = ""
    must_include: ClassVar[Sequence[Rule]] = ()
    must_not_include: ClassVar[Sequence[Rule]] = ()
    min_words: ClassVar[int] = 0
    max_words: ClassVar[int] = 0

    def evaluate(self, ns: Mapping[str, Any]) -> Result:
        text = ns.get(self.answer_name)
        if text is None or is_blank(text) or not str(text).strip():
            return self.result(NOT_ATTEMPTED, say("not_attempted"))
        text = str(text)
        problems = [say("text_missing_part", part=self.localised(f"include.{n}", r.part))
                    for n, r in enumerate(self.must_include, 1) if not r.found_in(text)]
        problems += [say("text_forbidden_part", part=self.localised(f"exclude.{n}", r.part))
                     for n, r in enumerate(self.must_not_include, 1) if r.found_in(text)]
        words = len(text.split())
        if self.min_words and words < self.min_words:
            problems.append(say("text_too_short", count=self.min_words))
        if self.max_words and words > self.max_words:
            problems.append(say("text_too_long", count=self.max_words))
        if not problems:
            return self.result(CORRECT, say("correct"))
        parts = len(self.must_include) + len(self.must_not_include) + bool(self.min_words) + bool(
            self.max_words)
        earned = self.points * max(0, parts - len(problems)) / max(parts, 1)
        status_message = (say("correct_partial", earned=earned, possible=self.points)
                          if earned else say("not_yet"))
        return self.result(NOT_YET, status_message, earned=earned, details=tuple(problems))


class ReflectionExercise(Exercise):
    """A free reflection in `answer_name`: never graded wrong; shows an example answer."""

    answer_name: ClassVar[str] = ""
    example_answer: ClassVar[str] = ""
    min_words: ClassVar[int] = 5

    def evaluate(self, ns: Mapping[str, Any]) -> Result:
        text = ns.get(self.answer_name)
        if text is None or is_blank(text) or not str(text).strip():
            return self.result(NOT_ATTEMPTED, say("not_attempted"))
        if len(str(text).split()) < self.min_words:
            return self.result(NOT_ATTEMPTED, say("text_too_short", count=self.min_words))
        return self.result(CORRECT, say("reflection_thanks"),
                           example=self.localised("example", self.example_answer))
