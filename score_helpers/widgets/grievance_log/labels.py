"""The grievance log view's words, in English and Filipino, from the string tables.

They are module 02's exercise MESSAGES (`02_document_drafting.message.log_*`, English in
score_helpers/exercises/document_drafting_words.py, Filipino in i18n/fil_exercises_02.py);
importing score_helpers.exercises registers them.
"""

from __future__ import annotations

import score_helpers.exercises  # noqa: F401  (registers the exercise strings' English)
from score_helpers.i18n import language, text

PREFIX = "02_document_drafting.message.log_"


def label(lang: str | None, key: str, **values: object) -> str:
    """The view's word `key` in `lang` ('en' or 'fil'; None: SCORE_LANG)."""
    return text(PREFIX + key, language(lang), **values)


def word(lang: str | None, group: str, value: object) -> str:
    """A status, step or category value in `lang`; the value itself when it has no entry."""
    try:
        return label(lang, f"{group}_{value}")
    except KeyError:
        return str(value)


__all__ = ["PREFIX", "label", "word"]
