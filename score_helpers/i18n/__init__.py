"""English and Filipino words for everything a participant or a factory team reads.

One string table per language, keyed by dotted IDs:

    from score_helpers.i18n import language, text
    text("engine.correct")                          # 'Correct! Well done.' (SCORE_LANG unset)
    text("engine.correct", "fil")                   # 'Tama! Magaling.'
    text("app.kpi_dashboard.weeks_many", "fil", n=13)   # '13 linggo'

`SCORE_LANG=fil` (or `tl`, `fil_PH`, `Filipino`, `Tagalog`) switches to Filipino; unset or
any other value gives English, without an error. A Filipino entry that is missing falls
back to English at run time (tests/test_i18n.py makes sure none is missing).

ID prefixes: `engine.` (the exercise engine's own sentences), `engine.progress.`
(whoami), `engine.kind.` (the kinds of answer), `certificate.`, `app.<app name>.` (the
Voila apps; `app.gallery.` the apps gallery), `grading.` (score-lab grade's messages and
the participants' feedback pages), `hub.login.` (the class hub's login page), and
`<module>.<question>.` for the exercises' own hints, mistakes and questions (their English
lives in the exercise classes; see score_helpers/exercises/strings.py). The tables are
assembled from section files (`en_*.py`, `fil_*.py`) in tables.py.
"""

from __future__ import annotations

import os
from collections.abc import Callable

LANGUAGES: dict[str, str] = {"en": "English", "fil": "Filipino"}
DEFAULT_LANGUAGE = "en"
FILIPINO_CODES = ("fil", "tl", "tagalog")


def language(lang: str | None = None) -> str:
    """'fil' or 'en': `lang` if given, else SCORE_LANG; anything unknown means English."""
    wanted = (os.environ.get("SCORE_LANG", "") if lang is None else str(lang)).strip().lower()
    return "fil" if wanted.startswith(FILIPINO_CODES) else DEFAULT_LANGUAGE


def template(key: str, lang: str | None = None) -> str:
    """The unfilled sentence `key` in `lang` (default SCORE_LANG), English if missing."""
    from score_helpers.i18n import tables

    if language(lang) == "fil":
        found = tables.filipino().get(key)
        if found:
            return found
    return tables.english_entry(key)


def text(key: str, lang: str | None = None, **values: object) -> str:
    """The sentence `key` in `lang` (default SCORE_LANG) with its {placeholders} filled."""
    sentence = template(key, lang)
    return sentence.format(**values) if values else sentence


def localise(key: str, english: str, lang: str | None = None) -> str:
    """`english` (a string defined in code, e.g. an exercise hint) in `lang`: its
    Filipino entry `key` when the language is Filipino and one exists, else `english`."""
    if language(lang) != "fil":
        return english
    from score_helpers.i18n import tables

    return tables.filipino().get(key) or english


def section_text(prefix: str) -> Callable[..., str]:
    """A `text(lang, key, **values)` for one app's IDs `prefix.key` (the apps' label API)."""

    def text_in_section(lang: str | None, key: str, **values: object) -> str:
        return text(f"{prefix}.{key}", lang, **values)

    text_in_section.__doc__ = f"The label `{prefix}.<key>` in `lang`, placeholders filled."
    return text_in_section


__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "language", "localise", "section_text", "template",
           "text"]
