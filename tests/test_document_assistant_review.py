"""The document assistant's generation guards, its downloads-after-review gate and the
route through a participant's own chat assistant, driven in Python with a fake `chat`."""

from __future__ import annotations

import html
import io
from datetime import date

import docx
import pytest

from score_helpers import llm
from score_helpers.drafting import export
from score_helpers.widgets.document_assistant import DocumentAssistant, labels
from tests.test_document_assistant import DRAFT, FACTS, OFFLINE, PHONE, fill, link_bytes

FLAGGED = DRAFT.replace("## The hazards\n", "")  # a heading missing: one ✘ line
REPEATING = "Title: Safe use of the forklift\n" * 12


class GuardedChat:
    """Stands in for llm.chat: answers `text` with the guard notes of `kinds`."""

    def __init__(self, text: str = DRAFT, *kinds: str, stopped: bool = False) -> None:
        self.text, self.kinds, self.stopped = text, kinds, stopped
        self.calls: list[dict[str, object]] = []

    def __call__(self, messages: list[dict[str, str]], **options: object) -> llm.Reply:
        self.calls.append(options)
        options["on_text"](self.text)
        notes = tuple(llm.GuardNote(kind, f"English detail of {kind}") for kind in self.kinds)
        return llm.Reply(self.text, "fake", "fake-1", 10, 20, 0.4, notes=notes,
                         stopped=self.stopped)


def written(chat: GuardedChat, lang: str = "en", language: str = "English"
            ) -> DocumentAssistant:
    """An app that has filled in the toolbox talk and pressed "Write the draft"."""
    app = DocumentAssistant(lang, chat=chat, provider=OFFLINE, stream_every=0)
    fill(app)
    app.form.language.value = language
    app.generate_button.click()
    return app


def markdown_of(app: DocumentAssistant) -> str:
    return link_bytes(app.downloads.value, "md").decode("utf-8")


def docx_text(app: DocumentAssistant) -> str:
    document = docx.Document(io.BytesIO(link_bytes(app.downloads.value, "docx")))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def has_links(app: DocumentAssistant) -> bool:
    return "doc-assist-download-md" in app.downloads.value


# ---- the guards ---------------------------------------------------------------------------

def test_the_form_s_language_goes_to_the_guards() -> None:
    chat = GuardedChat()
    written(chat, language="Taglish")
    assert chat.calls[0]["language"] == "Taglish"


@pytest.mark.parametrize("kind", ["repeated_line", "repeated_prompt"])
def test_a_repeating_draft_is_refused_with_what_to_do(kind: str) -> None:
    app = written(GuardedChat(REPEATING, kind, stopped=True))
    notice = html.unescape(app.notice.value)
    assert "doc-assist-error" in notice
    assert "started repeating itself, so it was stopped" in notice
    assert "score-lab llm install" in notice and "chat assistant on your phone" in notice
    assert app.draft.value == "" and app.reply.stopped
    assert app.downloads.value == "" and app.review.result is None
    app.check_button.click()  # nothing left to check or download
    assert "no draft to check" in app.checklist.value and not has_links(app)


def test_the_refusal_is_in_filipino_without_the_guard_s_english_detail() -> None:
    app = written(GuardedChat(REPEATING, "repeated_line", stopped=True), lang="fil")
    notice = html.unescape(app.notice.value)
    assert labels.FIL["refused"] in notice
    assert "English detail" not in notice and "started repeating" not in notice


def test_a_repeat_note_without_a_stop_keeps_the_draft() -> None:
    app = written(GuardedChat(DRAFT, "repeated_line", stopped=False))
    assert app.draft.value == DRAFT and "refused" not in app.notice.value


@pytest.mark.parametrize(("kind", "warning", "line"), [
    ("wrong_language", "The model did not write in Filipino.",
     "✘ <b>Language</b>: not written in Filipino"),
    ("too_long", "The draft reached its length limit and was cut off",
     "✘ <b>Length</b>: cut off at the length limit"),
])
def test_a_wrong_language_or_a_cut_off_draft_is_kept_with_a_warning_and_a_cross(
        kind: str, warning: str, line: str) -> None:
    app = written(GuardedChat(DRAFT, kind, stopped=kind == "too_long"), language="Filipino")
    assert app.draft.value == DRAFT
    assert "doc-assist-warning" in app.notice.value and warning in html.unescape(app.notice.value)
    assert line in html.unescape(app.checklist.value)
    assert not app.review.result.ok and not has_links(app)
    app.check_button.click()  # the guard's ✘ stays for this reply
    assert line in html.unescape(app.checklist.value)


def test_the_guard_warnings_speak_filipino() -> None:
    app = written(GuardedChat(DRAFT, "wrong_language", "too_long"), lang="fil",
                  language="Filipino")
    notice = html.unescape(app.notice.value)
    assert labels.FIL["guard_wrong_language"].format(language="Filipino") in notice
    assert labels.FIL["guard_too_long"] in notice and "English detail" not in notice
    checklist = html.unescape(app.checklist.value)
    assert f"✘ <b>{labels.FIL['check_language']}</b>" in checklist
    assert f"✘ <b>{labels.FIL['check_length']}</b>" in checklist
    from score_helpers.i18n.fil_review import REVIEW
    assert REVIEW["fix"] in checklist, "the checklist's closing line is in Filipino too"


# ---- downloads only after review ----------------------------------------------------------

def test_a_draft_with_no_cross_is_offered_at_once_with_blanks_to_sign() -> None:
    app = written(GuardedChat(DRAFT))
    assert app.review.result.ok and has_links(app)
    assert app.sign_off.widget.layout.display == "none"
    assert "reviewed by: ______ on ______" in markdown_of(app)


def test_a_flagged_draft_is_offered_only_after_the_tick_and_a_name() -> None:
    app = written(GuardedChat(FLAGGED))
    assert not app.review.result.ok
    assert app.sign_off.widget.layout.display is None  # the box is on screen
    assert not has_links(app) and "fix the ✘ lines" in app.downloads.value
    app.sign_off.tick.value = True
    assert not has_links(app)  # a tick without a name is not enough
    app.sign_off.tick.value = False
    app.sign_off.name.value = "Ana Cruz"
    assert not has_links(app)  # nor a name without the tick
    app.sign_off.tick.value = True
    assert has_links(app) and "Ana Cruz" in app.downloads.value
    today = date.today().isoformat()
    signed = (f"reviewed by: Ana Cruz on {today}. Ana Cruz checked the lines the review "
              "checklist flagged (✘) by hand.")
    assert signed in markdown_of(app) and FLAGGED in markdown_of(app)
    assert signed in docx_text(app)
    app.sign_off.tick.value = False
    assert not has_links(app)


def test_editing_after_the_sign_off_hides_the_files_and_asks_for_it_again() -> None:
    app = written(GuardedChat(FLAGGED))
    app.sign_off.name.value, app.sign_off.tick.value = "Ana Cruz", True
    assert has_links(app)
    app.draft.value = FLAGGED + "\n- Wear the seatbelt."
    assert app.downloads.value == "" and "You changed the draft" in app.checklist.value
    assert app.sign_off.widget.layout.display == "none" and not app.sign_off.tick.value
    app.check_button.click()
    assert not has_links(app)  # flagged again: tick again
    app.sign_off.tick.value = True
    assert "Wear the seatbelt" in markdown_of(app)


def test_changing_the_form_after_the_sign_off_hides_the_files() -> None:
    app = written(GuardedChat(FLAGGED))
    app.sign_off.name.value, app.sign_off.tick.value = "Ana Cruz", True
    app.form.inputs["controls"].value = "Horn at every corner, lights on"
    assert app.downloads.value == "" and app.review.result is None


def test_a_blank_sign_off_name_is_refused_plainly() -> None:
    with pytest.raises(ValueError, match="name is blank: type the reviewer's name"):
        export.SignOff("   ", date(2025, 3, 12))
    assert export.SignOff(" Ana \n Cruz ", date(2025, 3, 12)).name == "Ana Cruz"


def test_the_reviewer_line_names_the_model_or_only_the_assistant() -> None:
    sign_off = export.SignOff("Ana Cruz", date(2025, 3, 12))
    assert export.reviewer_line("offline", "m", sign_off) == (
        "Draft written with AI (offline · m) and reviewed by: Ana Cruz on 2025-03-12.")
    assert export.reviewer_line(export.OWN_ASSISTANT, "").startswith(
        "Draft written with AI (your own chat assistant) and reviewed by: ______")


# ---- the chat assistant on the participant's phone ------------------------------------------

def phone_app() -> DocumentAssistant:
    app = DocumentAssistant("en", chat=GuardedChat(), provider=OFFLINE, stream_every=0)
    app.form.roster.value = "Maria Santos"
    fill(app, topic=FACTS["topic"], controls=FACTS["controls"],
         hazards=f"Maria Santos saw a near miss; report to {PHONE}")
    return app


def test_the_phone_panel_shows_the_redacted_prompt_with_a_copy_button() -> None:
    app = DocumentAssistant("en", chat=GuardedChat(), provider=OFFLINE)
    assert "Fill in the boxes marked *" in app.phone.copy_panel.value
    app = phone_app()
    panel = html.unescape(app.phone.copy_panel.value)
    assert "[NAME] saw a near miss; report to [PHONE]" in panel
    assert PHONE not in panel and "Maria Santos" not in panel
    assert "Constraints:" in panel and "Task:" in panel  # the instructions and the facts
    assert "doc-assist-copy" in panel and "navigator.clipboard" in panel
    assert "select()" in panel  # the fallback when the clipboard is blocked
    note = html.unescape(app.phone.widget.children[0].value)
    assert "repeats itself or invents facts" in note and "weak in Filipino" in note


def test_a_pasted_answer_becomes_the_draft_and_gets_the_same_checklist() -> None:
    app = phone_app()
    app.phone.use_button.click()
    assert "The box is empty" in app.notice.value and app.draft.value == ""
    app.phone.paste.value = f"  {DRAFT}\n"
    app.phone.use_button.click()
    assert app.draft.value == DRAFT and app.pasted
    assert "Nothing flagged" in app.checklist.value and has_links(app)
    assert "in the draft box and checked below" in app.notice.value
    assert "Draft written with AI (your own chat assistant) and reviewed by" in markdown_of(app)
    assert "your own chat assistant" in docx_text(app)


def test_a_pasted_answer_with_a_cross_waits_for_the_sign_off() -> None:
    app = phone_app()
    app.phone.paste.value = FLAGGED + f"\n- Call {PHONE}."
    app.phone.use_button.click()
    checklist = html.unescape(app.checklist.value)
    assert f"mobile number {PHONE}" in checklist and "'The hazards'" in checklist
    assert not has_links(app)
    app.sign_off.name.value, app.sign_off.tick.value = "Jose Reyes", True
    assert "(your own chat assistant) and reviewed by: Jose Reyes" in markdown_of(app)


def test_writing_again_after_a_paste_names_the_model_again() -> None:
    app = phone_app()
    app.phone.paste.value = DRAFT
    app.phone.use_button.click()
    app.generate_button.click()
    assert not app.pasted and "(fake · fake-1)" in markdown_of(app)


def test_the_phone_route_speaks_filipino() -> None:
    app = DocumentAssistant("fil", chat=GuardedChat(), provider=OFFLINE)
    fill(app)
    assert labels.FIL["models_note"] in html.unescape(app.phone.widget.children[0].value)
    panel = html.unescape(app.phone.copy_panel.value)
    assert f">{labels.FIL['copy']}</button>" in panel and labels.FIL["copy_blocked"] in panel
    assert app.phone.use_button.description == labels.FIL["use_pasted"]
    app.phone.paste.value = DRAFT.replace("## The hazards\n", "")
    app.phone.use_button.click()
    assert labels.FIL["pasted"] in html.unescape(app.notice.value)
    assert app.sign_off.tick.description == labels.FIL["signoff_tick"]
