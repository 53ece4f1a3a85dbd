"""The language an app starts in, shared by every Voila app.

    from score_helpers.widgets.common.language import LANGUAGES, language_from_env
    language_from_env()        # 'fil' when SCORE_LANG=fil (or tl, fil_PH, Filipino), else 'en'

Each app keeps its own words under `app.<name>.` in score_helpers.i18n; only the choice of
language is common.
"""

from __future__ import annotations

from score_helpers.i18n import DEFAULT_LANGUAGE, LANGUAGES, language

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "language_from_env"]


def language_from_env() -> str:
    """The starting language: SCORE_LANG=fil (or tl, fil_PH, Filipino) gives Filipino."""
    return language()
