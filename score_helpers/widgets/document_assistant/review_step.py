"""Steps 4 and 5 of the document assistant: the checklist shown, the sign-off, the files.

    step = ReviewStep("en")
    step.show(checklist, draft, document, ("offline", "smollm2-135m-instruct"))
    step.downloads.value        # the links, or why there are none yet
    step.stale(message)         # the draft or the form changed: no links until a new check

The files are offered only for the text the checklist has just seen: at once when the
checklist has no ✘, otherwise once the reviewer ticks "I checked these myself" and types
their name (`sign_off.SignOffBox`), which the files then carry.
"""

from __future__ import annotations

from dataclasses import dataclass

import ipywidgets as widgets

from score_helpers.drafting.prompts import DocumentType
from score_helpers.drafting.review import Checklist
from score_helpers.widgets.document_assistant import view
from score_helpers.widgets.document_assistant.labels import text
from score_helpers.widgets.document_assistant.sign_off import SignOffBox


@dataclass(frozen=True)
class Checked:
    """What a check saw: its checklist, the draft, the document and who wrote it."""

    checklist: Checklist
    draft: str
    document: DocumentType
    made_by: tuple[str, str]  # (provider, model) as the files name them


class ReviewStep:
    """The checklist, the sign-off box and the download links."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.checklist, self.downloads = widgets.HTML(), widgets.HTML()
        self.checklist.add_class("doc-assist-checklist")
        self.downloads.add_class("doc-assist-downloads")
        self.sign_off = SignOffBox(lang, on_change=self.offer)
        self.checked: Checked | None = None

    @property
    def result(self) -> Checklist | None:
        """The checklist of the current check; None when there is none (or it is stale)."""
        return self.checked.checklist if self.checked else None

    def show(self, checklist: Checklist, draft: str, document: DocumentType,
             made_by: tuple[str, str]) -> None:
        """Show a new check's checklist and offer its files if it allows."""
        self.checked = Checked(checklist, draft, document, made_by)
        self.checklist.value = checklist._repr_html_()
        self.sign_off.show(flagged=not checklist.ok)
        self.offer()

    def offer(self) -> None:
        """The links for the checked draft: at once when nothing is flagged; with ✘ lines
        only once the reviewer ticked the box and typed a name (which the files carry)."""
        checked, signed = self.checked, self.sign_off.sign_off()
        if checked is None:
            self.downloads.value = ""
        elif not (checked.checklist.ok or signed):
            self.downloads.value = view.small_html(text(self.lang, "signoff_waiting"))
        else:
            self.downloads.value = view.downloads_html(
                checked.draft, checked.document, *checked.made_by, self.lang,
                sign_off=None if checked.checklist.ok else signed)

    def forget(self, message: str = "") -> None:
        """No checked draft any more: no links, no sign-off; `message` in the checklist."""
        self.checked = None
        self.sign_off.show(flagged=False)
        self.downloads.value = ""
        self.checklist.value = message

    def stale(self, message: str) -> None:
        """The draft or the form changed after a check: forget it, saying `message`."""
        if self.checked is not None:
            self.forget(message)
