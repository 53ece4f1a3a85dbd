"""The KPI snapshot in real headless Chromium, served by Voila (tests/conftest.py's server):
traffic lights in colour, symbol and word, the KPIs in QCDMS order, months by name."""

from __future__ import annotations

import pytest

from score_helpers import kpi
from score_helpers.widgets import kpi_snapshot
from score_helpers.widgets.kpi_dashboard.lights import SYMBOLS
from tests.test_apps_browser import RENDER_TIMEOUT_MS, open_app

pytestmark = pytest.mark.browser

CHANGE_TIMEOUT_MS = 30_000
ROWS_JS = """Array.from(document.querySelectorAll('.kpi-snapshot-table tbody tr')).map(
  row => [row.querySelector('th').innerText.trim(), row.querySelector('td').innerText.trim()])"""
BADGES_JS = """Array.from(document.querySelectorAll('.kpi-snapshot-table .kpi-dash-badge')).map(
  badge => [badge.dataset.light, badge.innerText.trim(),
            getComputedStyle(badge).backgroundColor])"""
WORDS = {"green": "On target", "amber": "Watch", "red": "Act now", "no data": "No data",
         "no target": "No target yet"}


def open_snapshot(page: object, voila_url: str) -> None:
    """Open the app; wait for its table."""
    open_app(page, voila_url, "kpi_snapshot.ipynb")
    page.locator(".kpi-snapshot-table table").wait_for(timeout=RENDER_TIMEOUT_MS)


def test_each_kpi_shows_its_light_in_colour_symbol_and_word(page: object,
                                                          voila_url: str) -> None:
    open_snapshot(page, voila_url)
    badges = page.evaluate(BADGES_JS)
    lines = page.locator(".kpi-snapshot-table thead th").count() - 2
    assert len(badges) == lines * len(kpi_snapshot.SNAPSHOT_KPIS)
    colours = {}
    for light, words, colour in badges:
        assert words == f"{SYMBOLS[light]} {WORDS[light]}"
        colours.setdefault(light, set()).add(colour)
    assert len(colours) >= 2                              # the month has lights that differ
    assert all(len(shades) == 1 for shades in colours.values())
    assert len({next(iter(shades)) for shades in colours.values()}) == len(colours)
    assert page.js_errors == []


def test_the_kpis_follow_qcdms_with_oee_under_cost_and_months_have_names(
        page: object, voila_url: str) -> None:
    from playwright.sync_api import expect

    open_snapshot(page, voila_url)
    rows = page.evaluate(ROWS_JS)
    pillars = [kpi.PILLARS[kpi.KPI_COLUMNS[c].pillar] for c in kpi_snapshot.SNAPSHOT_KPIS]
    assert [pillar for pillar, _ in rows] == pillars
    assert list(dict.fromkeys(pillars)) == list(kpi.PILLARS.values())   # Q, C, D, M, S
    assert [pillar for pillar, name in rows if name == "OEE"] == ["Cost"]
    month = page.locator(".kpi-snapshot-month select")
    expect(month.locator("option:checked")).to_have_text("Dec 2025")
    before = page.locator(".kpi-snapshot-table").inner_text()
    month.select_option(label="Mar 2025")
    page.wait_for_function(
        "before => document.querySelector('.kpi-snapshot-table').innerText !== before",
        arg=before, timeout=CHANGE_TIMEOUT_MS)
    assert "2025-" not in " ".join(month.locator("option").all_inner_texts())
    assert page.js_errors == []
