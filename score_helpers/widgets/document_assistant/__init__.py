"""The document assistant app (apps/document_assistant.ipynb): fill a form, get an AI
draft, review it with the checklist, download it.

    from score_helpers.widgets.document_assistant import build_app
    build_app()

Inside:
- `app`     the widgets and their wiring;
- `form`    the document's fields;
- `view`    the draft, the redaction preview and the checklist as HTML;
- `labels`  the app's words (IDs `app.document_assistant.*` of score_helpers.i18n).
"""

from score_helpers.widgets.document_assistant.app import DocumentAssistant, build_app

__all__ = ["DocumentAssistant", "build_app"]
