"""The English exercise strings, generated from the exercise classes (their source of truth).

ID kinds, for every question `qname` (q1, q2, …) of every curriculum module `module`
(a key of `EXERCISE_MODULES`, e.g. `00_welcome`):

- `{module}.{qname}.title`          the first line of the class docstring (shown by `q1`)
- `{module}.{qname}.hint.{i}`       hint number i (from 1)
- `{module}.{qname}.mistake.{key}`  the message of the common mistake `key`
- `{module}.{qname}.prompt`         a choice question's question text
- `{module}.{qname}.option.{key}`   the text of a choice question's option `key`
- `{module}.{qname}.include.{i}`    a text question's must-include rule i (from 1): the part
                                    named after "Your text is missing:"
- `{module}.{qname}.exclude.{i}`    a text question's must-not-include rule i (from 1)
- `{module}.{qname}.example`        a reflection's example answer
- `{module}.message.{key}`          a sentence of the exercise module's own `MESSAGES` dict

Solutions are code and are not translated. Expected values never appear here: these are
fixed sentences written in the classes.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator

from score_helpers.exercises.core import Exercise
from score_helpers.exercises.sets import EXERCISE_MODULES, questions_of


def exercise_id(exercise: Exercise) -> str:
    """The ID prefix of an exercise's strings, e.g. '00_welcome.q1'."""
    return f"{exercise.module}.{exercise.question}"


def strings_of(exercise: Exercise) -> Iterator[tuple[str, str]]:
    """(ID, English sentence) for every participant-facing string of one exercise."""
    base = exercise_id(exercise)
    yield f"{base}.title", exercise.english_title
    for number, hint in enumerate(exercise.hints, start=1):
        yield f"{base}.hint.{number}", hint
    for key, message in exercise.common_mistakes.items():
        yield f"{base}.mistake.{key}", message
    prompt = getattr(exercise, "prompt", "")
    if prompt:
        yield f"{base}.prompt", prompt
    for key, option in (getattr(exercise, "options", None) or {}).items():
        yield f"{base}.option.{key}", option
    for kind in ("include", "exclude"):
        rules = getattr(exercise, f"must_{'not_' if kind == 'exclude' else ''}include", ())
        for number, rule in enumerate(rules, start=1):
            yield f"{base}.{kind}.{number}", rule.part
    example = getattr(exercise, "example_answer", "")
    if example:
        yield f"{base}.example", example


def english_exercise_strings() -> dict[str, str]:
    """Every exercise string of every module in `EXERCISE_MODULES`, keyed by ID (see above)."""
    table: dict[str, str] = {}
    for module, dotted in EXERCISE_MODULES.items():
        source = importlib.import_module(dotted)
        for key, message in (getattr(source, "MESSAGES", None) or {}).items():
            table[f"{module}.message.{key}"] = message
        for question in questions_of(module):
            table.update(strings_of(getattr(source, question)))
    return table
