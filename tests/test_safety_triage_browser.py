"""The safety triage app in real headless Chromium, served by Voila: a typed Taglish report
is classified, rated, saved to the log (SCORE_SAFETY_LOG, a temporary file) and counted in
the weekly summary; an empty report gets a friendly message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from score_helpers.safety import log as safety_log
from score_helpers.safety import weekly as safety_weekly

pytestmark = pytest.mark.browser

RENDER_TIMEOUT_MS = 90_000
CHANGE_TIMEOUT_MS = 30_000
REPORT = "Muntik maipit ang daliri ni kuya sa sewing machine, walang guard"
READY = "button.safety-classify:not(:disabled)"


def open_app(page: object, voila_url: str) -> None:
    """Open the app and wait until the model is ready (the button opens)."""
    page.goto(f"{voila_url}/voila/render/safety_triage.ipynb", timeout=RENDER_TIMEOUT_MS)
    page.wait_for_selector(READY, timeout=RENDER_TIMEOUT_MS)


def selected_label(page: object, css: str) -> str:
    """The text of the chosen option (ipywidgets writes its spaces as no-break spaces)."""
    text = page.locator(f"{css} select").evaluate("s => s.options[s.selectedIndex].text")
    return text.replace("\xa0", " ")


def rows_in(path: Path) -> int:
    return len(safety_log.read_log(path))


def test_a_typed_report_is_suggested_rated_saved_and_summarised(page: object, voila_url: str,
                                                                 voila_safety_log: Path) -> None:
    before = rows_in(voila_safety_log)
    open_app(page, voila_url)
    assert "Names are not needed" in page.locator(".safety-no-blame").inner_text()
    page.locator(".safety-factory input").fill("garments")
    page.locator(".safety-line input").fill("Line C")
    page.locator(".safety-report textarea").fill(REPORT)
    page.locator(".safety-classify").click()
    page.wait_for_selector(".safety-confidence", timeout=CHANGE_TIMEOUT_MS)
    assert "sure" in page.locator(".safety-confidence").inner_text()
    assert selected_label(page, ".safety-category") == "Caught in machinery"
    assert page.locator(".safety-review-flag").inner_text().strip() != ""
    assert "HIGH risk: 12" in page.locator(".safety-level-word").inner_text()

    page.locator(".safety-severity select").select_option(index=0)
    assert selected_label(page, ".safety-severity") == "1 negligible"
    page.wait_for_function(
        "() => (document.querySelector('.safety-level-word') || {}).innerText"
        "?.includes('LOW risk: 3')", timeout=CHANGE_TIMEOUT_MS)

    page.locator(".safety-save").click()
    page.wait_for_selector(".safety-saved-msg", timeout=CHANGE_TIMEOUT_MS)
    log = safety_log.read_log(voila_safety_log)
    assert len(log) == before + 1
    row = log.iloc[-1]
    assert row["description"] == REPORT
    assert (row["factory"], row["line"]) == ("garments", "Line C")
    assert (row["hazard_category"], row["suggested_category"]) == ("caught_in_machinery",
                                                                   "caught_in_machinery")
    assert (row["likelihood"], row["severity"], row["risk_level"]) == (3, 1, "low")
    assert row["date"].date() == dt.date.today() and row["report_type"] == "near_miss"

    newest = safety_weekly.weekly_summary(log, weeks=8).iloc[-1]
    page.wait_for_function(
        "n => (document.querySelector('.safety-summary td.safety-reports') || {}).innerText"
        " === String(n)", arg=int(newest["reports"]), timeout=CHANGE_TIMEOUT_MS)
    assert "Caught in machinery" in page.locator(".safety-summary").inner_text()
    page.wait_for_function("((document.querySelector('.safety-summary-chart') || {}).src"
                           " || '').startsWith('blob:')", timeout=CHANGE_TIMEOUT_MS)
    assert page.locator(".safety-report textarea").input_value() == ""
    assert "Traceback" not in page.content()
    assert page.locator(".safety-error").count() == 0
    assert page.js_errors == []


def test_an_empty_report_gets_a_friendly_message(page: object, voila_url: str,
                                                 voila_safety_log: Path) -> None:
    before = rows_in(voila_safety_log)
    open_app(page, voila_url)
    page.locator(".safety-classify").click()
    page.wait_for_selector(".safety-error", timeout=CHANGE_TIMEOUT_MS)
    assert "Type what happened first" in page.locator(".safety-message").inner_text()
    assert page.locator("button.safety-save").is_disabled()
    assert rows_in(voila_safety_log) == before
    assert "Traceback" not in page.content()
    assert page.js_errors == []
