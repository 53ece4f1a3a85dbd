"""The maintenance what-if simulator in real headless Chromium, served by Voila."""

from __future__ import annotations

import re

import pytest

from tests.test_maintenance_simulator import unsafe_glyphs

pytestmark = pytest.mark.browser

RENDER_TIMEOUT_MS = 90_000
CHANGE_TIMEOUT_MS = 30_000
COSTS_JS = "Array.from(document.querySelectorAll('.msim-costs td.msim-cost')).map(e => e.innerText)"


def open_simulator(page: object, voila_url: str, query: str = "") -> None:
    """Open the app; wait for the three peso figures and the first chart."""
    page.goto(f"{voila_url}/voila/render/maintenance_simulator.ipynb{query}",
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


def box(page: object, css: str) -> dict[str, float]:
    """Where an element is on the page (x, y, width, height in CSS pixels)."""
    found = page.locator(css).first.bounding_box()
    assert found, f"{css} is not shown"
    return found


def test_a_new_user_at_1366_by_768_sees_one_title_prices_by_the_costs_dated_alerts(
        page: object, voila_url: str) -> None:
    page.set_viewport_size({"width": 1366, "height": 768})
    open_simulator(page, voila_url)
    shown = page.locator("body").inner_text()
    assert shown.count("Maintenance what-if simulator") == 1
    assert shown.count("Six practice machines for 90 days") == 1
    costs, prices, chart = box(page, ".msim-costs table"), box(page, ".msim-prices"), \
        box(page, ".msim-chart")
    beside = prices["x"] >= costs["x"] + costs["width"] and prices["y"] < costs["y"] + 60
    under = 0 <= prices["y"] - (costs["y"] + costs["height"]) < 120
    assert beside or under, (costs, prices)
    assert prices["y"] + prices["height"] < chart["y"] + 40   # the prices come before the chart
    assert box(page, ".msim-price-downtime-cost-php-per-hour")["y"] < 768  # seen without scrolling
    times = page.locator(".msim-alerts tr.msim-alert td:first-child").all_inner_texts()
    assert times and all(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} 2025, \d\d:\d\d", t)
                         for t in times), times
    assert unsafe_glyphs(shown) == []
    assert page.js_errors == []


def test_at_load_1_5_the_app_says_why_there_are_so_few_planned_services(
        page: object, voila_url: str) -> None:
    page.set_viewport_size({"width": 1366, "height": 768})
    open_simulator(page, voila_url)
    assert page.locator(".msim-why").inner_text().strip() == ""
    set_slider(page, ".msim-load", "1.5")
    page.wait_for_function("(document.querySelector('.msim-why') || {innerText: ''})"
                           ".innerText.includes('Why so few planned jobs')",
                           timeout=CHANGE_TIMEOUT_MS)
    note = page.locator(".msim-why").inner_text()
    planned = page.locator(".msim-costs tr", has_text="Planned jobs").locator("td").nth(1)
    assert f"({planned.inner_text()})" in note      # the same count as in the table
    assert "The 30 days start again after every service or repair" in note
    assert 0 <= box(page, ".msim-why")["y"] - (box(page, ".msim-costs table")["y"]
                                               + box(page, ".msim-costs table")["height"]) < 120
    assert unsafe_glyphs(page.locator("body").inner_text()) == []
    assert page.js_errors == []


def test_in_filipino_the_dates_and_the_note_come_from_the_filipino_table(
        page: object, voila_url: str) -> None:
    page.set_viewport_size({"width": 1366, "height": 768})
    open_simulator(page, voila_url, "?lang=fil")
    shown = page.locator("body").inner_text()
    assert "Ayusin kapag nasira" in shown and "Halimbawang presyo" in shown
    times = page.locator(".msim-alerts tr.msim-alert td:first-child").all_inner_texts()
    assert times and all(re.fullmatch(r"\d{1,2} (Ene|Peb|Mar|Abr) 2025, \d\d:\d\d", t)
                         for t in times), times
    set_slider(page, ".msim-load", "1.5")
    page.wait_for_function("(document.querySelector('.msim-why') || {innerText: ''})"
                           ".innerText.includes('Bakit kaunti lang ang planned jobs')",
                           timeout=CHANGE_TIMEOUT_MS)
    assert "Why so few" not in page.locator("body").inner_text()
    assert page.js_errors == []
