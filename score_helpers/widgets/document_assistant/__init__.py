"""The document assistant app (apps/document_assistant.ipynb): fill a form, get an AI
draft (or paste one from your own chat assistant), review it with the checklist,
download it.

    from score_helpers.widgets.document_assistant import build_app
    build_app()

Inside:
- `app`          the widgets and their wiring;
- `form`         the document's fields;
- `view`         the draft, the redaction preview and the download links as HTML;
- `guards`       a repeating draft refused, a wrong language or a cut-off draft flagged;
- `phone_route`  the redacted prompt to copy to a chat assistant, and its answer back;
- `review_step`  the checklist, and the files offered only after a review;
- `sign_off`     "I checked these myself" and the reviewer's name;
- `labels`       the app's words (IDs `app.document_assistant.*` of score_helpers.i18n).
"""

from score_helpers.widgets.document_assistant.app import DocumentAssistant, build_app

__all__ = ["DocumentAssistant", "build_app"]
