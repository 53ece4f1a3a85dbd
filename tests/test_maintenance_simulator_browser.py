"""The maintenance what-if simulator in real headless Chromium, served by Voila."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

RENDER_TIMEOUT_MS = 90_000
CHANGE_TIMEOUT_MS = 30_000
COSTS_JS = "Array.from(document.querySelectorAll('.msim-costs td.msim-cost')).map(e => e.innerText)"


def open_simulator(page: object, voila_url: str) -> None:
    """Open the app; wait for the three peso figures and the first chart."""
    page.goto(f"{voila_url}/voila/render/maintenance_simulator.ipynb",
              timeout=RENDER_TIMEOUT_MS)
    page.wait_for_function(
        "document.querySelectorAll('.msim-costs td.msim-cost').length === 3",
        timeout=RENDER_TIMEOUT_MS)
    page.wait_for_function("((document.querySelector('.msim-chart') || {}).src || '')"
                           ".startsWith('blob:')", timeout=RENDER_TIMEOUT_MS)


def set_slider(page: object, css: str, value: str) -> None:
    """Type a value into an ipywidgets 8 slider's readout (it is editable) and press
    Enter: the same as dragging the handle there and letting go."""
    readout = page.locator(f"{css} .widget-readout")
    readout.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(value)
    page.keyboard.press("Enter")


def test_moving_the_load_slider_changes_the_peso_figures(page: object,
                                                         voila_url: str) -> None:
    open_simulator(page, voila_url)
    before = page.evaluate(COSTS_JS)
    assert all(value.startswith("₱") for value in before)
    set_slider(page, ".msim-load", "1.6")
    page.wait_for_function(f"before => JSON.stringify({COSTS_JS}) !== JSON.stringify(before)",
                           arg=before, timeout=CHANGE_TIMEOUT_MS)
    after = page.evaluate(COSTS_JS)
    assert int(after[0][1:].replace(",", "")) > int(before[0][1:].replace(",", ""))
    assert "Send a technician to check" in page.locator(".msim-alerts").inner_text()
    assert "Traceback" not in page.content()
    assert page.locator(".msim-error").count() == 0
    assert page.js_errors == []
