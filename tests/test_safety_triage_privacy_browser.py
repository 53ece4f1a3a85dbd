"""Issue 18 in real headless Chromium: a report with "si Jun" gets a warning and a remove
button before it is saved; after removing, the saved log row holds no name."""

from __future__ import annotations

from pathlib import Path

import pytest

from score_helpers.safety import log as safety_log

pytestmark = pytest.mark.browser

RENDER_TIMEOUT_MS = 90_000
CHANGE_TIMEOUT_MS = 30_000
REPORT = "Muntik madulas si Jun sa sahig ng packing kasi basa"
READY = "button.safety-classify:not(:disabled)"


def test_a_name_is_warned_about_and_removed_before_saving(page: object, voila_url: str,
                                                          voila_safety_log: Path) -> None:
    before = len(safety_log.read_log(voila_safety_log))
    page.goto(f"{voila_url}/voila/render/safety_triage.ipynb", timeout=RENDER_TIMEOUT_MS)
    page.wait_for_selector(READY, timeout=RENDER_TIMEOUT_MS)
    page.locator(".safety-report textarea").fill(REPORT)
    page.locator(".safety-classify").click()
    page.wait_for_selector(".safety-privacy", timeout=CHANGE_TIMEOUT_MS)
    warning = page.locator(".safety-privacy").inner_text()
    assert "Before you save" in warning and "Jun" in warning
    remove = page.locator("button.safety-remove-personal")
    remove.wait_for(state="visible", timeout=CHANGE_TIMEOUT_MS)
    assert remove.inner_text().strip() == "Remove them"

    remove.click()
    page.wait_for_function(
        "() => (document.querySelector('.safety-report textarea') || {}).value"
        "?.includes('[NAME]')", timeout=CHANGE_TIMEOUT_MS)
    assert "Jun" not in page.locator(".safety-report textarea").input_value()
    remove.wait_for(state="hidden", timeout=CHANGE_TIMEOUT_MS)

    page.locator(".safety-save").click()
    page.wait_for_selector(".safety-saved-msg", timeout=CHANGE_TIMEOUT_MS)
    log = safety_log.read_log(voila_safety_log)
    assert len(log) == before + 1
    saved = log.iloc[-1]["description"]
    assert "Jun" not in saved and "[NAME]" in saved and "sahig" in saved
    assert "Traceback" not in page.content()
    assert page.js_errors == []
