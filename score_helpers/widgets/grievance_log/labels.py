"""The grievance log view's words, in English and Filipino, from the string tables
(`app.grievance_log.*`: i18n/en_grievance_log.py and fil_grievance_log.py)."""

from __future__ import annotations

from score_helpers.i18n import language, text

PREFIX = "app.grievance_log."


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
