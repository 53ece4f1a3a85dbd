"""The document assistant's HTML: style, notices, the redaction preview and the downloads.

Plain functions from what the app knows to HTML strings, in the chosen language; every
text is escaped.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Sequence

from score_helpers import llm, privacy
from score_helpers.drafting import export as document_export
from score_helpers.drafting.prompts import DocumentType
from score_helpers.llm import Provider
from score_helpers.widgets.document_assistant.labels import text

STYLE = """<style>
.doc-assist { font-size: 14px; color: #222; max-width: 980px; }
.doc-assist .widget-html-content { line-height: 1.4; }
.doc-assist h2 { font-size: 22px; margin: 4px 0; color: #0b4f6c; }
.doc-assist h3 { font-size: 17px; margin: 14px 0 4px; border-bottom: 1px solid #ddd; }
.doc-assist-subtitle { color: #333; font-size: 15px; margin: 4px 0; }
.doc-assist-small { color: #555; font-size: 12px; }
.doc-assist-required { color: #b42318; font-weight: bold; }
.doc-assist-missing textarea, .doc-assist-missing input { border: 2px solid #D55E00 !important; }
.doc-assist-error, .doc-assist-warning, .doc-assist-info { border-left: 5px solid #D55E00;
  background: #fff4ee; padding: 4px 12px; margin: 4px 0; }
.doc-assist-warning { border-left-color: #E69F00; background: #fff9ec; }
.doc-assist-info { border-left-color: #0072B2; background: #f1f7fb; }
.doc-assist-sent { white-space: pre-wrap; border: 1px solid #ccc; border-radius: 4px;
  padding: 6px; background: #eef8ee; font-size: 13px; }
.doc-assist-sent mark { background: #ffd6d6; }
.doc-assist-busy { color: #0072B2; font-weight: bold; }
.doc-assist textarea { font-family: inherit; font-size: 14px; }
a.doc-assist-download { display: inline-block; margin: 4px 12px 4px 0; padding: 3px 10px;
  border: 1px solid #0072B2; border-radius: 4px; color: #0072B2; text-decoration: none; }
a.doc-assist-download:hover { background: #f1f7fb; }
.doc-assist-copy-text { width: 100%; max-width: 900px; font-size: 13px; }
button.doc-assist-copy { margin: 4px 8px 4px 0; padding: 3px 12px; cursor: pointer; }
.doc-assist-models { background: #f1f7fb; border-left: 5px solid #0072B2; padding: 4px 12px; }
</style>"""


def _e(value: object) -> str:
    return html.escape(str(value))


def notice_html(kind: str, message: str) -> str:
    """A message box: kind 'error', 'warning' or 'info'."""
    return f"<div class='doc-assist-{kind}'>{_e(message)}</div>"


def title_html(lang: str) -> str:
    """The app's title and its one-line introduction."""
    return (f"<h2 class='doc-assist-title'>{_e(text(lang, 'title'))}</h2>"
            f"<p class='doc-assist-intro'>{_e(text(lang, 'intro'))}</p>")


def heading_html(lang: str, key: str) -> str:
    """A step's heading."""
    return f"<h3>{_e(text(lang, key))}</h3>"


def small_html(message: str) -> str:
    """A line of small grey help text."""
    return f"<span class='doc-assist-small'>{_e(message)}</span>"


def _marked(redaction: privacy.Redaction) -> str:
    """The redacted text, escaped, its placeholders highlighted."""
    kinds = {finding.kind for finding in redaction.findings}
    escaped = _e(redaction.text)
    if not kinds:
        return escaped
    placeholders = re.compile(r"\[(?:" + "|".join(sorted(kinds)) + r")\]")
    return placeholders.sub(lambda m: f"<mark>{m.group()}</mark>", escaped)


def preview_html(messages: Sequence[dict[str, str]], roster: Sequence[str],
                 provider: Provider, lang: str) -> str:
    """What will be sent: where it goes, how much personal data was replaced, the facts
    message with its placeholders marked and, folded, the fixed instructions."""
    redactions = llm.redactions(messages, roster)  # exactly what llm.chat sends
    removed = sum(len(r.findings) for r in redactions)
    key = {0: "removed_none", 1: "removed_one"}.get(removed, "removed_many")
    where = (text(lang, "preview_remote", provider=provider.describe()) if provider.is_remote
             else text(lang, "preview_offline"))
    boxes = {m["role"]: _marked(r) for m, r in zip(messages, redactions, strict=True)}
    return (f"{notice_html('info', where)}"
            f"<p class='doc-assist-count'><b>{_e(text(lang, key, n=removed))}</b></p>"
            f"<div class='doc-assist-sent'>{boxes.get('user', '')}</div>"
            f"<details><summary class='doc-assist-small'>{_e(text(lang, 'instructions'))}"
            f"</summary><div class='doc-assist-sent'>{boxes.get('system', '')}</div></details>")


def _link(content: bytes, filename: str, mime: str, label: str, kind: str) -> str:
    encoded = base64.b64encode(content).decode("ascii")
    return (f"<a class='doc-assist-download doc-assist-download-{kind}' download='{_e(filename)}'"
            f" href='data:{mime};base64,{encoded}'>⬇ {_e(label)}</a>")


def downloads_html(draft: str, doc: DocumentType, provider: str, model: str,
                   lang: str, sign_off: document_export.SignOff | None = None) -> str:
    """Links that save the draft as .md and .docx (data: URIs: they work in Voila with no
    server route), each ending with the reviewer's line: blanks to sign by hand, or the
    name, the day and the by-hand check of a `sign_off`."""
    made_by = {"provider": provider, "model": model, "sign_off": sign_off}
    markdown = document_export.markdown_bytes(draft, doc.title, **made_by)
    word = document_export.docx_bytes(draft, doc.title, **made_by)
    help_line = (text(lang, "download_help_signed", name=sign_off.name) if sign_off
                 else text(lang, "download_help"))
    return (_link(markdown, document_export.safe_filename(doc.kind, "md"),
                  document_export.MARKDOWN_MIME, text(lang, "download_md"), "md")
            + _link(word, document_export.safe_filename(doc.kind, "docx"),
                    document_export.DOCX_MIME, text(lang, "download_docx"), "docx")
            + f"<br>{small_html(help_line)}")
