"""Every word the KPI dashboard shows: the IDs `app.kpi_dashboard.<key>` of score_helpers.i18n.

    from score_helpers.widgets.kpi_dashboard.labels import text
    text("fil", "pillar_Q")                    # 'Kalidad'
    text("en", "weeks_many", n=13)             # '13 weeks'

The sentences live in score_helpers/i18n/en_dashboard.py and fil_dashboard.py; this
module keeps the app's short API. SCORE_LANG=fil starts the app in Filipino.
"""

from __future__ import annotations

from score_helpers.i18n import section_text
from score_helpers.i18n.en_dashboard import KPI_DASHBOARD as EN
from score_helpers.i18n.fil_dashboard import KPI_DASHBOARD as FIL
from score_helpers.widgets.common.language import DEFAULT_LANGUAGE, LANGUAGES, language_from_env

__all__ = ["DEFAULT_LANGUAGE", "EN", "FIL", "LABELS", "LANGUAGES", "inline_label",
           "language_from_env", "text"]

LABELS: dict[str, dict[str, str]] = {"en": EN, "fil": FIL}
text = section_text("app.kpi_dashboard")


def inline_label(lang: str, kpi: str) -> str:
    """A KPI's label inside a sentence: 'defect rate', but 'OEE' stays as it is."""
    label = text(lang, f"kpi_{kpi}")
    return label if label[1:2].isupper() else label[0].lower() + label[1:]
