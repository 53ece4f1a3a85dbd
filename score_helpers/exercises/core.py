"""The exercise engine's core: the blank, a check's result, and the Exercise base class.

One definition serves two uses. A participant types `q1.check()` and gets feedback at
once; nbgrader's locked grade cell calls `q1.grade()`, which raises AssertionError with
the same friendly message. The feedback never shows the expected value.
"""

from __future__ import annotations

import html
import inspect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from score_helpers.exercises import progress
from score_helpers.exercises.messages import say
from score_helpers.i18n import localise

# A number typed at the start of a title ("Q3 · "): replaced by the question's real one.
TYPED_NUMBER = re.compile(r"^\s*Q\d+\s*·\s*")
NOT_ATTEMPTED = "not_attempted"
CORRECT = "correct"
NOT_YET = "not_yet"


class BlankUsedError(TypeError):
    """Raised when a calculation uses the `____` blank instead of an answer."""


class Blank:
    """The `____` a participant replaces with an answer. Calculating with it explains why."""

    _instance: ClassVar[Blank | None] = None

    def __new__(cls) -> Blank:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "____"

    def _refuse(self, *_: object) -> Any:
        raise BlankUsedError(say("blank_used"))

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _refuse
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = __pow__ = _refuse
    __lt__ = __le__ = __gt__ = __ge__ = __float__ = __int__ = __getitem__ = _refuse

    def __bool__(self) -> bool:
        return False


____ = Blank()


def is_blank(value: object) -> bool:
    """True for the `____` placeholder (and for an ellipsis some people type instead)."""
    return isinstance(value, Blank) or value is Ellipsis


@dataclass(frozen=True)
class Result:
    """The outcome of a check: its status, a friendly message, and the points earned."""

    status: str
    message: str
    points: float
    max_points: float
    example: str = ""
    details: tuple[str, ...] = field(default=())

    @property
    def passed(self) -> bool:
        """True when every part is right."""
        return self.status == CORRECT

    def text(self) -> str:
        """The feedback as plain text, one idea per line."""
        mark = {CORRECT: "✔", NOT_YET: "✘", NOT_ATTEMPTED: "…"}[self.status]
        lines = [f"{mark} {self.message}", *self.details]
        if self.example:
            lines.append(self.example)
        return "\n".join(lines)

    def __repr__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        colour = {CORRECT: "#1a7f37", NOT_YET: "#b35900", NOT_ATTEMPTED: "#555"}[self.status]
        lines = self.text().splitlines()
        body = "<br>".join(html.escape(line) for line in lines)
        return (f"<div class='score-feedback score-{self.status}' style='border-left:4px solid "
                f"{colour};padding:4px 10px;color:{colour}'>{body}</div>")


def caller_namespace(depth: int = 2) -> dict[str, Any]:
    """The global variables of the code that called check() or grade(): a notebook's."""
    frame = inspect.stack()[depth].frame
    try:
        return frame.f_globals
    finally:
        del frame


class Exercise:
    """One question. Subclasses say how to judge an answer in `evaluate(ns)`.

    Class attributes: `points`, numbered `hints`, a `solution` text and
    `common_mistakes` (a recognisable wrong answer's key → the message to show). They
    are the English; with SCORE_LANG=fil the engine shows their Filipino entries
    (`<module>.<question>.hint.<i>`, `….mistake.<key>`: see score_helpers/i18n).
    """

    points: ClassVar[float] = 1
    hints: ClassVar[Sequence[str]] = ()
    solution_text: ClassVar[str] = ""
    common_mistakes: ClassVar[Mapping[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # CONTRIBUTING.md writes `solution = "..."`: keep that text, keep the solution() method.
        text = cls.__dict__.get("solution")
        if isinstance(text, str):
            cls.solution_text = text
            delattr(cls, "solution")

    def __init__(self, module: str = "", question: str = "") -> None:
        self.module = module
        self.question = question

    @property
    def english_title(self) -> str:
        """'Q1 · Defect rate of line A': the question's number (from its place in the set),
        then the first line of the class docstring without any number typed there."""
        return self.numbered((inspect.getdoc(self) or self.question).splitlines()[0])

    @property
    def title(self) -> str:
        """The title in the language of SCORE_LANG, numbered like english_title."""
        return self.numbered(self.localised("title", self.english_title))

    def numbered(self, title: str) -> str:
        """`title` as 'QN · …' with this question's own number N."""
        return f"{self.question.upper()} · {TYPED_NUMBER.sub('', title, count=1)}"

    def __repr__(self) -> str:
        worth = say("points_one" if self.points == 1 else "points", points=self.points)
        return f"{self.question} · {self.title} ({worth})"

    # --- the participant's language (English is the class attributes) -------------------
    def localised(self, part: str, english: str) -> str:
        """`english`, or its Filipino entry `<module>.<question>.<part>` under SCORE_LANG=fil."""
        return localise(f"{self.module}.{self.question}.{part}", english)

    def hint_texts(self) -> list[str]:
        """The hints in the participant's language, gentlest first."""
        return [self.localised(f"hint.{n}", hint) for n, hint in enumerate(self.hints, 1)]

    def mistake_text(self, key: str) -> str:
        """The message of the common mistake `key` in the participant's language."""
        return self.localised(f"mistake.{key}", self.common_mistakes[key])

    def mistake_texts(self) -> dict[str, str]:
        """Every common mistake's message in the participant's language, in order."""
        return {key: self.mistake_text(key) for key in self.common_mistakes}

    def module_message(self, messages: Mapping[str, str], key: str, **values: object) -> str:
        """A sentence of the exercise module's `MESSAGES` (ID `<module>.message.<key>`)."""
        sentence = localise(f"{self.module}.message.{key}", messages[key])
        return sentence.format(**values) if values else sentence

    # --- what subclasses provide ------------------------------------------------------
    def evaluate(self, ns: Mapping[str, Any]) -> Result:
        """Judge the answer found in the namespace `ns`; never raises for a wrong answer."""
        raise NotImplementedError

    # --- helpers for subclasses ---------------------------------------------------------
    def result(self, status: str, message: str, *, earned: float | None = None,
               **extra: Any) -> Result:
        """A Result worth all, none or `earned` of this exercise's points."""
        if earned is None:
            earned = self.points if status == CORRECT else 0.0
        return Result(status, message, float(earned), float(self.points), **extra)

    def mistake_message(self, matches: Mapping[str, bool]) -> str | None:
        """The message of the first common mistake whose test matched, if any."""
        for key in self.common_mistakes:
            if matches.get(key):
                return self.mistake_text(key)
        return None

    # --- what participants call -----------------------------------------------------------
    def check(self, ns: Mapping[str, Any] | None = None) -> Result:
        """Check the answer now and say what to look at; records the attempt."""
        result = self.evaluate(caller_namespace() if ns is None else ns)
        progress.record(self.module, self.question, "check", result=result.status)
        return result

    def hint(self, number: int = 1) -> str:
        """Show hint `number` (1 is the gentlest); records which hint was asked for."""
        hints = self.hint_texts()
        if not hints:
            progress.record(self.module, self.question, "hint", hint=0)
            return _Text(say("hint_none"))
        number = max(1, min(int(number), len(hints)))
        progress.record(self.module, self.question, "hint", hint=number)
        lines = [say("hint_header", number=number, total=len(hints)), hints[number - 1]]
        if number == len(hints):
            lines.append(say("hint_last", question=self.question))
        return _Text("\n".join(lines))

    def solution(self) -> str:
        """Show one possible solution; records that it was viewed."""
        progress.record(self.module, self.question, "solution")
        return _Text(f"{say('solution_header')}\n{self.solution_text}")

    def grade(self, ns: Mapping[str, Any] | None = None, hidden: bool = False) -> float | None:
        """For nbgrader's locked grade cell: raise AssertionError with the friendly message.

        Returns None for full marks and the points earned for partial credit (nbgrader
        reads a number output as partial credit). `hidden=True` runs the extra cases
        kept inside ### BEGIN HIDDEN TESTS.
        """
        namespace = caller_namespace() if ns is None else ns
        result = self.evaluate_hidden(namespace) if hidden else self.evaluate(namespace)
        if result.passed:
            return None
        if result.points > 0:
            print(result.text())
            return result.points
        raise AssertionError(result.text())

    def evaluate_hidden(self, ns: Mapping[str, Any]) -> Result:
        """The hidden tests; by default the same judgement as evaluate()."""
        return self.evaluate(ns)


class _Text(str):
    """A string that shows as plain lines in a notebook (no quotes, no \\n)."""

    def __repr__(self) -> str:
        return str(self)


def exercise_set(module: str, *classes: type[Exercise]) -> tuple[Exercise, ...]:
    """Instantiate a module's questions in order as q1, q2, … bound to `module`."""
    return tuple(cls(module=module, question=f"q{number}")
                 for number, cls in enumerate(classes, start=1))


QUESTION_MARK = "_is_question"
E = TypeVar("E", bound="type[Exercise]")


def question(cls: E) -> E:
    """Mark an exercise class as a question of its module's set.

    The set's questions are numbered q1, q2, … in the order their classes are written in
    the file, so adding a question means writing one decorated class (see CONTRIBUTING.md).
    Only the decorated class itself counts, not classes that inherit from it.
    """
    setattr(cls, QUESTION_MARK, True)
    return cls


def question_classes(namespace: Mapping[str, Any]) -> list[type[Exercise]]:
    """The @question classes written in a module (its globals()), in the order written."""
    here = namespace.get("__name__")
    return [value for value in namespace.values()
            if isinstance(value, type) and issubclass(value, Exercise)
            and value.__dict__.get(QUESTION_MARK) and value.__module__ == here]


def collect_questions(module: str, namespace: dict[str, Any]) -> tuple[Exercise, ...]:
    """Instantiate the @question classes of a set module as q1, q2, … bound to `module`
    (the nbgrader assignment, e.g. '00_welcome'), and bind those names in `namespace`.

        QUESTIONS = collect_questions(MODULE, globals())    # last line of a set module
    """
    questions = exercise_set(module, *question_classes(namespace))
    if not questions:
        raise ValueError(f"{namespace.get('__name__')} has no @question class: mark each "
                         "question class with @question.")
    namespace.update({q.question: q for q in questions})
    return questions
