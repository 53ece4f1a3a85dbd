"""The document assistant app (apps/document_assistant.ipynb): the widgets and their wiring.

    from score_helpers.widgets.document_assistant import build_app
    build_app()

Five steps on one page: (1) choose a document type and fill in its facts (the form comes
from `prompts.DOCUMENT_TYPES`); (2) see what will be sent, personal data replaced by
placeholders exactly as `llm.chat` does for an online model; (3) write the draft with the
configured model, the text growing in the draft box as the model writes it, or (3b) copy
the redacted prompt to the chat assistant on one's phone and paste its answer back
(`phone_route`); (4) edit the draft and run the review checklist again; (5) download what
was checked as .md or .docx. `lang` (the notebook passes `page_language()`: the page's
?lang=, else SCORE_LANG) chooses English or Filipino for every word on the page.

The generation guards of `llm.chat` get the form's language. A draft stopped because the
model started repeating itself is refused (no draft, no download, a message saying what
to do); a draft in the wrong language or cut off for length gets a warning and a ✘ line
(`guards`). The files are offered only when the checklist has no ✘, or once the reviewer
ticks "I checked these myself" and types their name, which goes into the files
(`review_step`, `sign_off`).

The model runs in the button's callback on the kernel's main thread: in Voila and
Jupyter, widget updates made there reach the browser at once, so the draft box shows
each piece `on_text` passes (at most every `stream_every` seconds) with no thread to
manage. While it writes, the buttons and the draft box are disabled in the browser, so
a second click cannot queue a second draft and no keystroke can overwrite the stream.

The download links are made only by a check: editing the draft or the form removes them
at the first keystroke (the draft box sends every change), so what is downloaded is
always the text the checklist has just seen.
"""

from __future__ import annotations

import functools
import html
import time
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from score_helpers import llm
from score_helpers.drafting import export, prompts, review
from score_helpers.llm.offline_model import OfflineModelError
from score_helpers.widgets.common.language import language_from_env
from score_helpers.widgets.document_assistant import guards, view
from score_helpers.widgets.document_assistant.form import DocumentForm, field_label
from score_helpers.widgets.document_assistant.labels import text
from score_helpers.widgets.document_assistant.phone_route import PhoneRoute, phone_text
from score_helpers.widgets.document_assistant.review_step import ReviewStep

TEMPERATURE = 0.2
STREAM_EVERY = 0.1  # seconds between two updates of the draft box while the model writes
Chat = Callable[..., llm.Reply]  # llm.chat, or a stand-in with its keywords (tests)


def _safely(handler: Callable[..., None]) -> Callable[..., None]:
    """Run a widget callback; a plain message instead of a traceback if it fails."""
    @functools.wraps(handler)
    def run(self: DocumentAssistant, *args: Any) -> None:
        try:
            handler(self, *args)
        except Exception as error:
            self.show_notice("error", text(self.lang, "unexpected", error=error))
    return run


class DocumentAssistant:
    """The app: `widget` is what the notebook shows.

    `chat` and `provider` are what writes the draft: by default `llm.chat` and the
    provider the environment chooses (`llm.configured_provider`).
    """

    def __init__(self, lang: str | None = None, *, chat: Chat = llm.chat,
                 provider: llm.Provider | None = None,
                 stream_every: float = STREAM_EVERY) -> None:
        self.lang = lang or language_from_env()
        self.provider = provider or llm.configured_provider()
        self.stream_every = stream_every
        self.reply: llm.Reply | None = None  # the model's last reply (also one refused)
        self.pasted = False  # the draft came from the participant's own chat assistant
        self._guard_items: list[review.CheckItem] = []  # the guards' ✘ lines for the reply
        self._chat = chat
        self._busy = False  # while the model writes, changes of the draft are the stream's
        self._build()
        self.show_preview()
        self._show_review_waiting()

    # ---- building ------------------------------------------------------------------------

    def _build(self) -> None:
        lang = self.lang
        self.form = DocumentForm(lang, on_change=self._on_form_change)
        self.model_line = widgets.HTML(
            f"<p><b>{html.escape(text(lang, 'model', provider=self.provider.describe()))}"
            "</b></p>")
        self.preview = widgets.HTML()
        self.generate_button = widgets.Button(description=text(lang, "generate"),
                                              button_style="primary", icon="pencil",
                                              layout=widgets.Layout(width="auto"))
        self.status, self.notice = widgets.HTML(), widgets.HTML()
        warning = "remote_warning" if self.provider.is_remote else "practice_warning"
        self.warning = widgets.HTML(view.notice_html("warning", text(lang, warning)))
        self.draft = widgets.Textarea(placeholder=text(lang, "draft_placeholder"), rows=16,
                                      continuous_update=True,
                                      layout=widgets.Layout(width="100%", max_width="900px"))
        self.check_button = widgets.Button(description=text(lang, "check"), icon="check",
                                           layout=widgets.Layout(width="auto"))
        self.review = ReviewStep(lang)
        self.checklist, self.downloads = self.review.checklist, self.review.downloads
        self.sign_off = self.review.sign_off
        self.phone = PhoneRoute(lang, on_use=self._on_pasted)
        for control, name in ((self.model_line, "provider"), (self.preview, "preview"),
                              (self.generate_button, "generate"), (self.status, "status"),
                              (self.notice, "notice"), (self.warning, "caution"),
                              (self.draft, "draft"), (self.check_button, "check")):
            control.add_class(f"doc-assist-{name}")
        self.generate_button.on_click(self._on_generate)
        self.check_button.on_click(self._on_check)
        self.draft.observe(self._on_draft_edit, "value")
        heading = functools.partial(view.heading_html, lang)
        self.widget = widgets.VBox([
            widgets.HTML(view.STYLE),
            widgets.HTML(view.title_html(lang)),
            widgets.HTML(f"<p class='doc-assist-subtitle'>"
                         f"{html.escape(text(lang, 'subtitle'))}</p>"),
            self.model_line,
            widgets.HTML(heading("step_fill")), self.form.widget,
            widgets.HTML(heading("step_preview")), self.preview,
            widgets.HTML(heading("step_generate")),
            widgets.HBox([self.generate_button, self.status],
                         layout=widgets.Layout(align_items="center", grid_gap="12px")),
            self.notice, self.warning, self.draft,
            widgets.HTML(heading("step_phone")), self.phone.widget,
            widgets.HTML(heading("step_review") + view.small_html(text(lang, "review_help"))),
            widgets.HBox([self.check_button]), self.checklist, self.sign_off.widget,
            widgets.HTML(heading("step_download")), self.downloads,
        ])
        self.widget.add_class("doc-assist")

    # ---- showing -------------------------------------------------------------------------

    def show_notice(self, kind: str | None, message: str = "") -> None:
        """A message under the button ('error', 'warning' or 'info'); None clears it."""
        self.notice.value = view.notice_html(kind, message) if kind else ""

    def messages(self) -> list[dict[str, str]]:
        """The chat messages for the form as it is (`prompts.build_prompt`); a ValueError
        names the required fields still blank."""
        return prompts.build_prompt(self.form.document.kind, language=self.form.language.value,
                                    **self.form.values())

    def show_preview(self, messages: list[dict[str, str]] | None = None) -> None:
        """Show what will be sent: for `messages`, else for the form as it is (a hint
        while a required field is blank)."""
        if messages is None and self.form.missing():
            self.preview.value = view.small_html(text(self.lang, "preview_waiting"))
            self.phone.show_text(None)
            return
        messages = messages or self.messages()
        roster = self.form.roster_names()
        self.preview.value = view.preview_html(messages, roster, self.provider, self.lang)
        self.phone.show_text(phone_text(messages, roster))

    def check(self) -> review.Checklist | None:
        """Run the review checklist on the draft as it is now (with the guards' ✘ lines for
        the model's reply) and offer the download links of that same text when it allows;
        None when there is no draft."""
        draft = self.draft.value
        if not draft.strip():
            self._show_review_waiting()
            return None
        checklist = review.review_checklist(draft, self.form.values(), self.form.document.kind,
                                             roster=self.form.roster_names(), lang=self.lang)
        checklist = review.Checklist((*checklist.items, *self._guard_items), lang=checklist.lang)
        self.review.show(checklist, draft, self.form.document, self.made_by())
        return checklist

    def made_by(self) -> tuple[str, str]:
        """(provider, model) that wrote the draft, as the files name them."""
        if self.pasted:
            return export.OWN_ASSISTANT, ""
        if self.reply:
            return self.reply.provider, self.reply.model
        return self.provider.name, self.provider.model

    def _mark_stale(self) -> None:
        """The draft or the form changed: no links until the next check."""
        self.review.stale(view.notice_html("warning", text(self.lang, "review_stale")))

    def _show_review_waiting(self) -> None:
        self.review.forget(view.small_html(text(self.lang, "review_waiting")))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for control in (self.generate_button, self.check_button, self.draft):
            control.disabled = busy
        self.status.value = (f"<span class='doc-assist-busy'>⏳ {text(self.lang, 'working')}"
                             "</span>" if busy else "")

    # ---- writing -------------------------------------------------------------------------

    def _write(self, messages: list[dict[str, str]]) -> llm.Reply:
        """Ask the model; show its text in the draft box as it arrives."""
        pieces: list[str] = []
        shown_at = 0.0

        def on_text(piece: str) -> None:
            nonlocal shown_at
            pieces.append(piece)
            if time.monotonic() - shown_at >= self.stream_every:
                self.draft.value = "".join(pieces)
                shown_at = time.monotonic()

        return self._chat(messages, temperature=TEMPERATURE, max_tokens=self.form.length.value,
                          roster=self.form.roster_names(), on_text=on_text,
                          provider=self.provider, language=self.form.language.value)

    @_safely
    def _on_generate(self, _button: widgets.Button) -> None:
        if self._busy:
            return
        missing = self.form.missing()
        self.form.mark_missing(missing)
        try:
            messages = self.messages()
        except ValueError:  # a required field is blank: name them in the app's language
            fields = ", ".join(field_label(name, self.lang) for name in missing)
            self.show_notice("error", text(self.lang, "fields_missing",
                                           why=text(self.lang, "fields_needed", fields=fields)))
            return
        self.show_preview(messages)  # exactly what goes out
        self.show_notice(None)
        self.review.forget()
        self._set_busy(True)
        try:
            self.draft.value = ""
            reply = self._write(messages)
            self.draft.value = "" if guards.refused(reply) else reply.text
        except (llm.LLMError, OfflineModelError) as error:
            self.show_notice("error", text(self.lang, "model_failed", why=error))
            return
        finally:
            self._set_busy(False)
        self._took(reply)

    def _took(self, reply: llm.Reply) -> None:
        """After the model wrote: refuse a repeating draft, else warn and check it."""
        self.pasted = False
        self.status.value = view.small_html(text(
            self.lang, "done", seconds=f"{reply.seconds:.1f}",
            provider=f"{reply.provider} · {reply.model}"))
        self.reply, self._guard_items = reply, []
        if guards.refused(reply):  # none of its text is kept, so nothing can be downloaded
            self.show_notice("error", text(self.lang, "refused"))
            return
        language, notes = self.form.language.value, guards.notes_of(reply)
        self._guard_items = guards.check_items(notes, self.lang, language)
        cautions = guards.warnings(notes, self.lang, language)
        if not reply.text:
            cautions.append(text(self.lang, "empty_reply"))
        if cautions:
            self.show_notice("warning", " ".join(cautions))
        self.check()

    @_safely
    def _on_pasted(self, answer: str) -> None:
        """The answer of the participant's own chat assistant becomes the draft, checked."""
        if self._busy:
            return
        if not answer.strip():
            self.show_notice("warning", text(self.lang, "paste_empty"))
            return
        self.draft.value = answer.strip()
        self.reply, self.pasted, self._guard_items = None, True, []
        self.status.value = ""
        self.show_notice("info", text(self.lang, "pasted"))
        self.check()

    @_safely
    def _on_check(self, _button: widgets.Button) -> None:
        self.check()

    @_safely
    def _on_draft_edit(self, _change: dict[str, Any]) -> None:
        if not self._busy:  # the person edits the draft
            self._mark_stale()

    @_safely
    def _on_form_change(self) -> None:
        self.show_preview()
        self._mark_stale()
        if not self.form.missing():
            self.form.mark_missing([])
            if "doc-assist-error" in self.notice.value:
                self.show_notice(None)


def build_app(lang: str | None = None) -> widgets.VBox:
    """The document assistant, ready to show (the Voila app's only call)."""
    return DocumentAssistant(lang).widget
