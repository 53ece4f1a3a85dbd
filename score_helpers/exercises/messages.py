"""Every sentence the exercise engine shows a participant: the IDs `engine.<key>` of the
string tables in score_helpers/i18n (English in en_engine.py, Filipino in fil_engine.py).

SCORE_LANG=fil shows them in Filipino. Placeholders use str.format names.
"""

from __future__ import annotations

from score_helpers.i18n import text


def say(key: str, **values: object) -> str:
    """The sentence `engine.<key>` in the language of SCORE_LANG, filled with `values`."""
    return text(f"engine.{key}", **values)
