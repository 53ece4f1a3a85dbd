"""Every word the document assistant shows: the IDs `app.document_assistant.<key>` of
score_helpers.i18n (sentences in i18n/en_apps.py and fil_apps.py).

    from score_helpers.widgets.document_assistant.labels import text
    text("fil", "generate")                       # 'Isulat ang draft'
    text("en", "done", seconds="6.5", provider="offline · …")
"""

from __future__ import annotations

from score_helpers.i18n import section_text
from score_helpers.i18n.en_apps import DOCUMENT_ASSISTANT as EN
from score_helpers.i18n.fil_apps import DOCUMENT_ASSISTANT as FIL

__all__ = ["EN", "FIL", "text"]

text = section_text("app.document_assistant")
