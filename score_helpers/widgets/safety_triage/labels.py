"""Every word the safety triage app shows: the IDs `app.safety_triage.<key>` and
`app.safety_triage.category.<category>` of score_helpers.i18n (i18n/en_apps.py, fil_apps.py).

    from score_helpers.widgets.safety_triage.labels import text
    text("fil", "classify")                  # 'Imungkahi ang kategorya'
"""

from __future__ import annotations

from score_helpers.i18n import section_text
from score_helpers.i18n.en_apps import SAFETY_CATEGORIES as CATEGORY_NAMES
from score_helpers.i18n.en_apps import SAFETY_TRIAGE as EN
from score_helpers.i18n.fil_apps import SAFETY_TRIAGE as FIL
from score_helpers.widgets.common.language import language_from_env

__all__ = ["CATEGORY_NAMES", "EN", "FIL", "LABELS", "category_name", "language_from_env", "text"]

LABELS: dict[str, dict[str, str]] = {"en": EN, "fil": FIL}
text = section_text("app.safety_triage")
_category_text = section_text("app.safety_triage.category")


def category_name(category: str, lang: str = "en") -> str:
    """A hazard category in plain words: 'cut_sharp' → 'Cut or sharp object'."""
    if category in CATEGORY_NAMES:
        return _category_text(lang, category)
    return category.replace("_", " ").capitalize()
