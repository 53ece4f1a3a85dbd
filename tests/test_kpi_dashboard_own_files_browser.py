"""The KPI dashboard on factories' own files, in real headless Chromium served by Voila.

A person uploads the garment team sheet or the food shift log (tests/data/factory_files/),
sees the mapping step with the suggested columns, confirms, and sees cards computed from
the file (checked here against pandas on the same CSV), in English and in Filipino; a
broken file gives a short list of its problems in the app's language.
With SCORE_SCREENSHOTS=1 the garment test also refreshes docs/images/kpi_dashboard_mapping.png
(the README's picture of the mapping step).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from score_helpers.i18n import text
from score_helpers.kpi.targets import kpi_text
from tests.test_kpi_dashboard_browser import (
    CHANGE_TIMEOUT_MS,
    VALUES_JS,
    confirm_columns,
    open_dashboard,
    serve_dashboard,
    upload,
    wait_until_changed,
)
from tests.test_kpi_dashboard_own_files import (
    FOOD,
    GARMENT,
    broken_food_log,
    food_csv,
    garment_csv,
)

pytestmark = pytest.mark.browser

SCREENSHOT = Path(__file__).resolve().parents[1] / "docs" / "images" / "kpi_dashboard_mapping.png"
CHOSEN_JS = """header => {
  for (const row of document.querySelectorAll('.score-column-mapper .widget-hbox')) {
    const name = row.querySelector('b');
    const select = row.querySelector('select');
    if (name && select && name.innerText.trim() === header) {
      return select.options[select.selectedIndex].text.replace(/\u00a0/g, ' ');
    }
  }
  return null;
}"""


@pytest.fixture(scope="module")
def voila_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """This module's Voila server; the saved column choices go to a temporary folder."""
    yield from serve_dashboard(tmp_path_factory.mktemp("targets"),
                               tmp_path_factory.mktemp("voila"))


def chosen(page: object, header: str) -> str | None:
    """The column the mapping step has chosen for the file's column `header` (the
    drop-down writes its spaces as no-break spaces)."""
    return page.evaluate(CHOSEN_JS, header)


def mapping_step(page: object, path: Path, lang: str, expected: dict[str, str]) -> None:
    """Upload `path`; see step 2 in `lang` with these file columns → our columns chosen."""
    upload(page, path)
    mapper = page.locator(".kpi-dash-mapping .score-column-mapper")
    mapper.wait_for(timeout=CHANGE_TIMEOUT_MS)
    assert text("app.column_mapper.title", lang) in mapper.inner_text()
    for header, name in expected.items():
        assert chosen(page, header) == text(f"data.column.{name}", lang), header


def save_picture(page: object) -> None:
    """The upload row, the three steps and the mapping step, as the README shows them."""
    top = page.locator(".kpi-dash-data").bounding_box()
    panel = page.locator(".kpi-dash-mapping").bounding_box()
    page.screenshot(path=str(SCREENSHOT), full_page=True, clip={
        "x": 0, "y": top["y"] - 8, "width": panel["x"] + panel["width"] + 8,
        "height": panel["y"] + panel["height"] - top["y"] + 16})


def card(page: object, pillar: str) -> object:
    """The card of a pillar (Q, C, D, M or S)."""
    return page.locator(f".kpi-dash-card[data-pillar='{pillar}']")


def to_filipino(page: object) -> None:
    """Switch the app to Filipino and wait until its labels are."""
    page.locator(".kpi-dash-language button", has_text="Filipino").click()
    page.locator(".kpi-dash-card", has_text="Kalidad").first.wait_for(timeout=CHANGE_TIMEOUT_MS)


def test_the_garment_sheet_in_three_steps(page: object, voila_url: str) -> None:
    open_dashboard(page, voila_url)
    values = page.evaluate(VALUES_JS)
    assert "1 · Choose your file" in page.locator(".kpi-dash-steps").inner_text()
    mapping_step(page, GARMENT, "en", {"Team": "line", "Output (pcs)": "units_produced",
                                       "Over Time (min)": "overtime_minutes"})
    assert page.evaluate(VALUES_JS) == values                   # nothing used before step 2
    if os.environ.get("SCORE_SCREENSHOTS") == "1":
        save_picture(page)
    confirm_columns(page)
    wait_until_changed(page, VALUES_JS, values)
    sheet = garment_csv()
    workers = sheet["No. of Workers"]
    plan = ((workers * sheet["Actual Productivity"]).sum()
            / (workers * sheet["Targeted Productivity"]).sum())
    delivery = card(page, "D")
    assert delivery.locator(".kpi-dash-value").inner_text() == kpi_text(
        "productivity_vs_target", plan)
    assert "Output against target" in delivery.inner_text()
    quality = card(page, "Q").inner_text()
    assert "Not in this file" in quality and text("data.column.defects", "en") in quality
    assert "3 · See your KPIs" in page.locator(".kpi-dash-steps").inner_text()
    assert "garment_team_sheet.csv" in page.locator(".kpi-dash-notice").inner_text()

    morale = card(page, "M").locator(".kpi-dash-value")
    everyone = morale.inner_text()
    page.locator(".kpi-dash-filter-department select").select_option(label="Sewing")
    page.wait_for_function(
        "before => document.querySelector(\"[data-pillar='M'] .kpi-dash-value\")"
        ".innerText !== before", arg=everyone, timeout=CHANGE_TIMEOUT_MS)
    sewing = sheet[sheet["Department"] == "Sewing"]
    assert morale.inner_text() == kpi_text(
        "overtime_per_worker",
        sewing["Over Time (min)"].sum() / 60 / sewing["No. of Workers"].sum())
    page.wait_for_function(   # the period line is its own widget: wait for it too
        "() => document.querySelector('.kpi-dash-period').innerText.includes('Sewing')",
        timeout=CHANGE_TIMEOUT_MS)
    assert "Sewing" in page.locator(".kpi-dash-period").inner_text()
    assert "Traceback" not in page.content()
    assert page.js_errors == []


def test_the_food_log_in_filipino(page: object, voila_url: str) -> None:
    open_dashboard(page, voila_url)
    to_filipino(page)
    values = page.evaluate(VALUES_JS)
    mapping_step(page, FOOD, "fil", {"Sira": "defects", "OT (hrs)": "overtime_hours"})
    assert "Tingnan ang mga column" in page.locator(".kpi-dash-steps").inner_text()
    page.locator(".kpi-dash-confirm").click()
    wait_until_changed(page, VALUES_JS, values)
    log = food_csv()
    quality = card(page, "Q")
    assert quality.locator(".kpi-dash-value").inner_text() == kpi_text(
        "defect_rate", log["Sira"].sum() / log["Nagawa (pcs)"].sum())
    assert "Defect rate" in quality.inner_text() and "Bantayan" in quality.inner_text()
    assert "Para makita ito" in card(page, "C").inner_text()
    assert "Walang KPI para sa" in page.locator(".kpi-dash-notice").inner_text()
    assert page.locator(".kpi-dash-filter-shift select").count() == 1
    assert page.js_errors == []


def test_a_broken_file_lists_its_problems_in_both_languages(page: object, voila_url: str,
                                                            tmp_path: Path) -> None:
    from playwright.sync_api import expect

    open_dashboard(page, voila_url)
    to_filipino(page)
    values = page.evaluate(VALUES_JS)
    upload(page, broken_food_log(tmp_path))
    confirm_columns(page)
    error = page.locator(".kpi-dash-error")
    error.wait_for(timeout=CHANGE_TIMEOUT_MS)
    assert "problemang ganito" in error.inner_text()
    assert text("data.loader.FIX_CELLS", "fil") in error.inner_text()
    assert page.locator(".kpi-dash-example:visible").count() == 4
    assert page.evaluate(VALUES_JS) == values               # the previous data stay shown
    page.locator(".kpi-dash-language button", has_text="English").click()
    page.locator(".kpi-dash-error", has_text="problems like these").wait_for(
        timeout=CHANGE_TIMEOUT_MS)
    assert text("data.loader.FIX_CELLS", "en") in error.inner_text()
    more = error.locator("details.kpi-dash-more")           # '… and 2 more like these.'
    expect(more.locator("summary")).to_have_text(
        text("app.kpi_dashboard.problems_more", "en", n=2))
    expect(more.locator(".kpi-dash-example").first).to_be_hidden()
    more.locator("summary").click()
    expect(more.locator(".kpi-dash-example")).to_have_count(2)
    expect(more.locator(".kpi-dash-example").last).to_be_visible()
    assert page.locator(".kpi-dash-example:visible").count() == 6
    assert page.locator(".kpi-dash-mapping .score-column-mapper").is_visible()
    assert "Traceback" not in page.content()
    assert page.js_errors == []
