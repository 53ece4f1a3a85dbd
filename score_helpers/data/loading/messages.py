"""Every sentence the loader shows a participant, in the language of the load.

    from score_helpers.data.loading import messages as msg
    msg.FIX_CELLS                       # 'Fix these cells in your spreadsheet …'
    with loader_language("fil"):        # the apps wrap this around a load
        msg.FIX_CELLS                   # 'Ayusin ang mga cell na ito …'

The sentences live in the string tables, score_helpers/i18n/en_loader.py and fil_loader.py
(IDs `data.loader.<NAME>`). `msg.NAME` reads the table of the current language each time it
is used: the innermost `loader_language(...)`, else SCORE_LANG (English when unset). It is a
`Template`, a str that remembers its name; the Problem made from it records that name as its
`kind`, which is how `DataError.groups()` gathers the problems of one kind.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from score_helpers.i18n import language, template
from score_helpers.i18n.en_loader import LOADER

PREFIX = "data.loader."
_LANGUAGE: ContextVar[str | None] = ContextVar("score_loader_language", default=None)

# How each column of a row key is named in DUPLICATE_KEY ("the same line, day and shift").
_KEY_WORDS = {"factory": "KEY_FACTORY", "line": "KEY_LINE", "date": "KEY_DATE",
              "cause": "KEY_CAUSE", "department": "KEY_DEPARTMENT", "shift": "KEY_SHIFT",
              "product": "KEY_PRODUCT"}


class Template(str):
    """A loader sentence that remembers its name (`kind`), also once filled in."""

    kind: str

    def __new__(cls, text: str = "", kind: str = "") -> Template:
        made = super().__new__(cls, text)
        made.kind = kind
        return made

    def format(self, *args: object, **kwargs: object) -> Template:
        """`str.format`, keeping the kind."""
        return Template(str.format(self, *args, **kwargs), self.kind)

    def __reduce__(self) -> tuple[object, ...]:
        return (Template, (str(self), self.kind))


def current_language() -> str:
    """'en' or 'fil': the language the loader speaks now."""
    return language(_LANGUAGE.get())


@contextlib.contextmanager
def loader_language(lang: str | None) -> Iterator[str]:
    """Make the loader's messages (problem lines, summary, fix) `lang` inside the block:

        with loader_language("fil"):
            frame = data.load_kpi_csv(upload)      # a DataError here is in Filipino

    `lang` is 'fil' or 'en' (or any code i18n.language accepts; None follows SCORE_LANG).
    It holds for this thread or task only (a ContextVar), so two apps in one kernel do not
    change each other's language. Yields the language in force.
    """
    token = _LANGUAGE.set(None if lang is None else language(lang))
    try:
        yield current_language()
    finally:
        _LANGUAGE.reset(token)


def text(name: str) -> Template:
    """The sentence `name` (e.g. 'FIX_CELLS') in the current language; AttributeError naming
    it when there is no such sentence."""
    if name not in LOADER:
        raise AttributeError(f"No loader sentence {name!r}: add it to "
                             "score_helpers/i18n/en_loader.py and fil_loader.py.")
    return Template(template(PREFIX + name, current_language()), name)


def key_word(column: str) -> str | None:
    """How a key column is named in DUPLICATE_KEY ('date' → 'day'), or None."""
    name = _KEY_WORDS.get(column)
    return text(name) if name else None


def __getattr__(name: str) -> Template:
    """`msg.NAME`: the sentence in the current language (PEP 562 module attribute)."""
    if name.startswith("__"):
        raise AttributeError(name)
    return text(name)


def __dir__() -> list[str]:
    return sorted([*globals(), *LOADER])
