"""Walk each app in real Chromium as the gallery opens it in Filipino: no English sentence.

The gallery (`score-lab apps`, started with SCORE_LANG=en by test_apps_gallery_browser's
fixture) is opened with ?lang=fil; a click on an app's card must open the app with the
language in its address, and the app's visible text (`document.body.innerText`) must hold no
English sentence (the detector of test_app_language.py: English function words, no Filipino
word, the glossary's kept terms left out). The same walk in English finds English sentences,
so the detector can fail.

APPS is the list the walk covers: every app of the gallery (its notebook stem, a selector
that appears once its widgets are drawn, and the string ID of its intro).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import tests.test_app_language as words
from score_helpers.grading.sample_class import write_sample_class
from score_helpers.i18n import text
from score_helpers.widgets.gallery import APPS as GALLERY_APPS
from tests.test_apps_gallery_browser import gallery_url  # noqa: F401  (the gallery server)
from tests.test_document_assistant import PHONE
from tests.test_document_assistant_review import FLAGGED

pytestmark = pytest.mark.browser

RENDER_TIMEOUT_MS = 90_000
ENGLISH_SENTENCES_ON_AN_ENGLISH_PAGE = 3

@dataclass(frozen=True)
class Walk:
    """How to walk one app: a selector drawn with its widgets, the string ID of its intro
    (which differs between the languages: shown once the app speaks the page's language),
    and what to do next so that more of it is on screen (None: nothing)."""

    ready: str
    intro_id: str
    then: Callable[[object, str], None] | None = None


def review_a_pasted_draft(page: object, lang: str) -> None:
    """Document assistant: paste a draft with ✘ lines (a heading missing, a phone number)
    through the phone route, sign it off, and wait for the download links."""
    toolbox_talk = text("app.document_assistant.document.toolbox_talk", lang)
    page.locator(".doc-assist-kind select").select_option(label=toolbox_talk)
    paste = page.locator(".doc-assist-paste textarea")
    paste.fill(f"{FLAGGED}\nCall {PHONE}.")
    paste.press("Tab")
    page.locator(".doc-assist-use-pasted").click()
    page.locator(".doc-assist-signoff-tick input").wait_for(timeout=RENDER_TIMEOUT_MS)
    page.locator(".doc-assist-signoff-name input").fill("Ana Cruz")
    page.locator(".doc-assist-signoff-tick input").check()
    page.locator("a.doc-assist-download-md").wait_for(timeout=RENDER_TIMEOUT_MS)


# notebook stem → its walk; tests/test_apps_gallery_browser.py lists the gallery's apps.
APPS: dict[str, Walk] = {
    "document_assistant": Walk(".doc-assist-kind select", "app.document_assistant.intro",
                               review_a_pasted_draft),
    "trainer_dashboard": Walk("table.trainer-grid", "app.trainer_dashboard.intro"),
    "kpi_dashboard": Walk(".kpi-dash-card", "app.kpi_dashboard.app_subtitle"),
    "kpi_snapshot": Walk(".kpi-snapshot-table table", "app.kpi_snapshot.intro"),
    "maintenance_simulator": Walk(".msim-prices", "app.maintenance_simulator.subtitle"),
    "safety_triage": Walk(".safety textarea", "app.safety_triage.subtitle"),
}


def open_from_the_gallery(page: object, base: str, app: str, lang: str) -> str:
    """Open the gallery in `lang`, click the app's card, wait until the app is drawn and
    its intro is shown in `lang`, take the app's further steps; return the page's visible
    text."""
    walk = APPS[app]
    page.goto(f"{base}/?lang={lang}", timeout=RENDER_TIMEOUT_MS)
    card = page.locator(f"li.app-card[data-app='{app}'] a")
    card.wait_for(timeout=RENDER_TIMEOUT_MS)
    card.click()
    page.wait_for_url(f"**/voila/render/{app}.ipynb?lang={lang}", timeout=RENDER_TIMEOUT_MS)
    page.locator(walk.ready).first.wait_for(timeout=RENDER_TIMEOUT_MS)
    page.wait_for_function("intro => document.body.innerText.includes(intro)",
                           arg=text(walk.intro_id, lang), timeout=RENDER_TIMEOUT_MS)
    if walk.then is not None:
        walk.then(page, lang)
    return page.evaluate("document.body.innerText")


@pytest.mark.parametrize("app", list(APPS))
def test_an_app_opened_from_the_gallery_in_filipino_has_no_english_sentence(
        page: object, gallery_url: str, voila_progress_dir: Path, app: str) -> None:  # noqa: F811
    write_sample_class(voila_progress_dir)   # a class for the trainer dashboard to show
    visible = open_from_the_gallery(page, gallery_url, app, "fil")
    found = words.english_sentences(visible)
    assert not found, f"English on the Filipino {app}:\n" + "\n".join(found)
    assert not page.js_errors


@pytest.mark.parametrize("app", list(APPS))
def test_the_same_walk_in_english_finds_english(page: object, gallery_url: str,  # noqa: F811
                                                voila_progress_dir: Path, app: str) -> None:
    write_sample_class(voila_progress_dir)
    visible = open_from_the_gallery(page, gallery_url, app, "en")
    assert len(words.english_sentences(visible)) >= ENGLISH_SENTENCES_ON_AN_ENGLISH_PAGE


def test_the_walk_covers_every_app_of_the_gallery():
    assert set(APPS) == {app.name for app in GALLERY_APPS} | {"trainer_dashboard"}
