"""The Voila apps, opened in real headless Chromium through Playwright."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

RENDER_TIMEOUT_MS = 90_000


def open_app(page: object, voila_url: str, notebook: str) -> None:
    """Open an app and wait until Voila has finished executing it."""
    page.goto(f"{voila_url}/voila/render/{notebook}", timeout=RENDER_TIMEOUT_MS)
    page.wait_for_selector(".jp-OutputArea-output, .widget-box", timeout=RENDER_TIMEOUT_MS)


def test_voila_lists_the_apps(page: object, voila_url: str) -> None:
    page.goto(f"{voila_url}/", timeout=RENDER_TIMEOUT_MS)
    link = page.get_by_text("kpi_snapshot.ipynb").first
    link.wait_for(timeout=30_000)  # the tree is drawn by JavaScript after the page loads
    assert link.is_visible()


def test_kpi_snapshot_renders_a_live_widget(page: object, voila_url: str) -> None:
    """The app draws its table, and choosing another factory redraws it in place."""
    open_app(page, voila_url, "kpi_snapshot.ipynb")
    table = page.locator(".kpi-snapshot-table")
    table.wait_for(timeout=RENDER_TIMEOUT_MS)
    assert "Defect rate" in table.inner_text()
    assert "Line A" in table.inner_text()
    before = table.inner_text()

    factory = page.locator(".kpi-snapshot-factory select")
    factory.select_option(label="Electronics")
    page.wait_for_function(
        "before => document.querySelector('.kpi-snapshot-table').innerText !== before",
        arg=before, timeout=30_000)
    after = table.inner_text()
    assert after != before
    assert "Defect rate" in after
    assert "Traceback" not in page.content()
    assert page.js_errors == []
