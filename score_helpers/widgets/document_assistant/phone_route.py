"""Step 3b of the document assistant: the chat assistant a participant already has.

    route = PhoneRoute("en", on_use=put_in_draft)
    route.show_text(prompt)        # the redacted prompt, with a Copy button
    route.paste.value = answer     # pasted back from the phone
    route.use_button.click()       # → put_in_draft(answer)

The text to copy is the redacted prompt: exactly what the redaction preview shows would
be sent, personal data already replaced by placeholders. The Copy button runs in the
page: it writes to the clipboard, and where the browser blocks that, it selects the
whole text so Ctrl+C (or press-and-hold on a phone) copies it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence

import ipywidgets as widgets

from score_helpers import llm
from score_helpers.widgets.document_assistant.labels import text

# Runs in the browser on a click of Copy: the clipboard, else select-all (+ execCommand).
COPY_SCRIPT = (
    "var root=this.closest('.doc-assist-copy-panel');"
    "var box=root.querySelector('textarea');var note=root.querySelector('.doc-assist-copy-note');"
    "var button=this;"
    "function fallback(){box.focus();box.select();var done=false;"
    "try{done=document.execCommand('copy');}catch(e){}"
    "note.textContent=done?button.dataset.ok:button.dataset.blocked;}"
    "if(navigator.clipboard&&window.isSecureContext){"
    "navigator.clipboard.writeText(box.value).then("
    "function(){note.textContent=button.dataset.ok;},fallback);}else{fallback();}"
)


def phone_text(messages: Sequence[Mapping[str, str]], roster: Sequence[str]) -> str:
    """The whole prompt as one text to paste into a chat assistant: the instructions, then
    the facts and the task, each redacted exactly as `llm.chat` would send them."""
    return "\n\n".join(redaction.text.strip() for redaction in llm.redactions(messages, roster))


def copy_panel_html(prompt: str, lang: str) -> str:
    """The text in a read-only box with a Copy button and a line for what happened."""
    e = html.escape
    return (f"<div class='doc-assist-copy-panel'>"
            f"<textarea class='doc-assist-copy-text' readonly rows='8'>{e(prompt)}</textarea>"
            f"<br><button type='button' class='doc-assist-copy' onclick=\"{e(COPY_SCRIPT)}\""
            f" data-ok=\"{e(text(lang, 'copied'))}\""
            f" data-blocked=\"{e(text(lang, 'copy_blocked'))}\">{e(text(lang, 'copy'))}"
            f"</button> <span class='doc-assist-copy-note doc-assist-small'></span></div>")


class PhoneRoute:
    """What the models can do, the text to copy, and the box to paste the answer back."""

    def __init__(self, lang: str, on_use: Callable[[str], None]) -> None:
        self.lang, self._on_use = lang, on_use
        self.copy_panel = widgets.HTML()
        self.paste = widgets.Textarea(placeholder=text(lang, "paste_placeholder"), rows=6,
                                      continuous_update=False,
                                      layout=widgets.Layout(width="100%", max_width="900px"))
        self.use_button = widgets.Button(description=text(lang, "use_pasted"), icon="paste",
                                         layout=widgets.Layout(width="auto"))
        self.copy_panel.add_class("doc-assist-phone-copy")
        self.paste.add_class("doc-assist-paste")
        self.use_button.add_class("doc-assist-use-pasted")
        self.use_button.on_click(self._use)
        self.widget = widgets.VBox([
            widgets.HTML(f"<p class='doc-assist-models'>{html.escape(text(lang, 'models_note'))}"
                         f"</p><p class='doc-assist-small'>"
                         f"{html.escape(text(lang, 'phone_steps'))}</p>"),
            self.copy_panel, self.paste, widgets.HBox([self.use_button])])
        self.widget.add_class("doc-assist-phone")
        self.show_text(None)

    def show_text(self, prompt: str | None) -> None:
        """Show `prompt` to copy; None while required boxes are blank."""
        self.copy_panel.value = (
            copy_panel_html(prompt, self.lang) if prompt is not None else
            f"<span class='doc-assist-small'>{html.escape(text(self.lang, 'preview_waiting'))}"
            "</span>")

    def _use(self, _button: widgets.Button) -> None:
        self._on_use(self.paste.value)
