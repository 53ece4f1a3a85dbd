"""The KPI dashboard app in real headless Chromium, served by Voila.

The dashboard keeps its targets and the column choices a person confirms beside each
other (SCORE_TARGETS_DIR); here that is a temporary folder, never apps/.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from score_helpers import data
from score_helpers.course.voila_server import free_port, serve, voila_command

pytestmark = pytest.mark.browser

RENDER_TIMEOUT_MS = 90_000
CHANGE_TIMEOUT_MS = 30_000
VALUES_JS = "Array.from(document.querySelectorAll('.kpi-dash-value')).map(e => e.innerText)"
IMAGE_SRC_JS = "(document.querySelector('.kpi-dash-trend') || {}).src || ''"


def serve_dashboard(folder: Path, logs: Path) -> Iterator[str]:
    """Serve apps/ with Voila as tests/conftest.py does, the dashboard's targets and saved
    column choices in `folder`; yield the base URL."""
    port = free_port()
    env = dict(os.environ, SCORE_TARGETS_DIR=str(folder))
    command = voila_command("apps/", port, ["--VoilaConfiguration.show_tracebacks=True"])
    with serve(command, port, env=env, log_path=logs / "voila.log") as base:
        yield base


@pytest.fixture(scope="module")
def voila_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """This module's Voila server (see serve_dashboard)."""
    yield from serve_dashboard(tmp_path_factory.mktemp("targets"),
                               tmp_path_factory.mktemp("voila"))


def open_dashboard(page: object, voila_url: str) -> None:
    """Open the app; wait for its five cards and its first trend chart."""
    page.goto(f"{voila_url}/voila/render/kpi_dashboard.ipynb", timeout=RENDER_TIMEOUT_MS)
    page.wait_for_function("document.querySelectorAll('.kpi-dash-card').length === 5",
                           timeout=RENDER_TIMEOUT_MS)
    page.locator(".kpi-dash-trend").wait_for(state="visible", timeout=RENDER_TIMEOUT_MS)


def wait_until_changed(page: object, script: str, before: object) -> None:
    """Wait until the value of `script` in the page differs from `before`."""
    page.wait_for_function(f"before => JSON.stringify({script}) !== JSON.stringify(before)",
                           arg=before, timeout=CHANGE_TIMEOUT_MS)


def upload(page: object, path: Path) -> None:
    """Give a file to the upload button. ipywidgets 8 keeps the button's input[type=file]
    out of the page, so it is reached through the file chooser its click opens;
    FileChooser.set_files sets that input's files (set_input_files underneath)."""
    with page.expect_file_chooser(timeout=CHANGE_TIMEOUT_MS) as chooser:
        page.locator(".kpi-dash-upload").click()
    chooser.value.set_files(str(path))


def confirm_columns(page: object) -> None:
    """Step 2 of an upload: wait for the column mapping, then 'Use these columns'."""
    page.locator(".kpi-dash-mapping .score-column-mapper").wait_for(timeout=CHANGE_TIMEOUT_MS)
    page.locator(".kpi-dash-confirm").click()


def electronics_csv(folder: Path) -> Path:
    """A factory's own file: one electronics line for eight weeks, spreadsheet headers."""
    daily = data.load("electronics_daily")
    rows = daily[(daily["line"] == "Line B") & (daily["date"] >= "2025-04-07")
                 & (daily["date"] < "2025-06-02")]
    rows = rows.assign(date=rows["date"].dt.strftime("%d/%m/%Y"))
    path = folder / "our_line_b.csv"
    rows.rename(columns={"units_produced": "Units Produced", "defects": "Defects (pcs)"}).to_csv(
        path, index=False)
    return path


def test_the_dashboard_shows_five_pillar_cards(page: object, voila_url: str) -> None:
    open_dashboard(page, voila_url)
    cards = page.locator(".kpi-dash-card")
    assert cards.count() == 5
    text = " ".join(cards.all_inner_texts())
    for word in ("Quality", "Cost", "Delivery", "Morale", "Safety"):
        assert word in text
    assert any(light in text for light in ("On target", "Watch", "Act now"))
    assert page.locator(".kpi-dash-value").count() == 5
    assert page.locator("a.kpi-dash-download-csv").get_attribute("href").startswith(
        "data:text/csv;base64,")
    assert "Traceback" not in page.content()
    assert page.js_errors == []


def test_changing_the_lines_changes_the_numbers_and_the_chart(page: object,
                                                              voila_url: str) -> None:
    open_dashboard(page, voila_url)
    values, src = page.evaluate(VALUES_JS), page.evaluate(IMAGE_SRC_JS)
    page.locator(".kpi-dash-lines input[type=checkbox]").first.uncheck()
    wait_until_changed(page, VALUES_JS, values)
    wait_until_changed(page, IMAGE_SRC_JS, src)
    assert page.evaluate(VALUES_JS) != values
    assert "Line B, Line C" in page.locator(".kpi-dash-period").inner_text()
    assert page.js_errors == []


def test_uploading_a_good_csv_updates_the_cards_and_charts(page: object, voila_url: str,
                                                           tmp_path: Path) -> None:
    open_dashboard(page, voila_url)
    values, src = page.evaluate(VALUES_JS), page.evaluate(IMAGE_SRC_JS)
    upload(page, electronics_csv(tmp_path))
    confirm_columns(page)                 # (issue 15: the columns are confirmed first)
    wait_until_changed(page, VALUES_JS, values)
    wait_until_changed(page, IMAGE_SRC_JS, src)
    assert "our_line_b.csv" in page.locator(".kpi-dash-notice").inner_text()
    assert page.locator(".kpi-dash-lines input[type=checkbox]").count() == 1
    assert "defect_causes" in page.locator(".kpi-dash-message").first.inner_text()
    assert page.locator(".kpi-dash-error").count() == 0
    assert page.js_errors == []


def test_uploading_a_broken_csv_shows_a_friendly_error(page: object, voila_url: str,
                                                       tmp_path: Path) -> None:
    open_dashboard(page, voila_url)
    values = page.evaluate(VALUES_JS)
    good = electronics_csv(tmp_path).read_text().splitlines()
    cells = good[5].split(",")
    cells[4] = "12O"                                         # letter O in 'Units Produced'
    good[5] = ",".join(cells)
    broken = tmp_path / "broken_kpis.csv"
    broken.write_text("\n".join(good))
    upload(page, broken)
    confirm_columns(page)
    error = page.locator(".kpi-dash-error")
    error.wait_for(timeout=CHANGE_TIMEOUT_MS)
    assert "broken_kpis.csv" in error.inner_text()
    assert "row 6" in error.inner_text()
    assert page.evaluate(VALUES_JS) == values               # the previous data stay shown
    assert "Traceback" not in page.content()
    assert page.js_errors == []


# ---- issue 18: the upload counter, lists behind a click, the safety axis --------------------

UPLOAD_TEXT_JS = "document.querySelector('.kpi-dash-upload').innerText.trim()"
TREND_PNG_JS = """async () => {
  const image = document.querySelector('.kpi-dash-trend');
  const bytes = new Uint8Array(await (await fetch(image.src)).arrayBuffer());
  let binary = '';
  bytes.forEach(b => { binary += String.fromCharCode(b); });
  return btoa(binary);
}"""


def test_the_upload_button_counts_the_file_in_use(page: object, voila_url: str,
                                                  tmp_path: Path) -> None:
    from playwright.sync_api import expect

    open_dashboard(page, voila_url)
    button = page.locator(".kpi-dash-upload")
    expect(button).to_have_text("Upload your file (0)")
    values = page.evaluate(VALUES_JS)
    upload(page, electronics_csv(tmp_path))
    expect(button).to_have_text("Upload your file (1)", timeout=CHANGE_TIMEOUT_MS)
    confirm_columns(page)
    wait_until_changed(page, VALUES_JS, values)
    expect(page.locator(".kpi-dash-notice")).to_contain_text("our_line_b.csv")
    expect(button).to_have_text("Upload your file (1)")          # still the file in use
    assert page.js_errors == []


def test_every_change_of_the_week_is_one_click_away(page: object, voila_url: str) -> None:
    from playwright.sync_api import expect

    open_dashboard(page, voila_url)
    more = page.locator(".kpi-dash-changes details.kpi-dash-more")
    more.wait_for(state="attached", timeout=RENDER_TIMEOUT_MS)   # drawn by the chart thread
    hidden = more.locator("li")
    count = hidden.count()
    assert count > 0
    summary = more.locator("summary")
    expect(summary).to_have_text(f"… and {count} more.")
    expect(hidden.first).to_be_hidden()
    summary.click()
    expect(hidden.last).to_be_visible()
    shown = page.locator(".kpi-dash-changes li")
    assert shown.count() == 6 + count
    assert page.js_errors == []


def test_the_safety_trend_never_goes_below_zero(page: object, voila_url: str,
                                                tmp_path: Path) -> None:
    """The page's Safety chart is the very picture drawn here (the same bytes), and the
    axis of that picture starts at zero: the garment lines had no lost-time injury in
    the last weeks, which used to put the axis around zero, half of it negative."""
    import base64

    from score_helpers.widgets.kpi_dashboard import KpiDashboard
    from score_helpers.widgets.kpi_dashboard import charts as dc

    open_dashboard(page, voila_url)
    src = page.evaluate(IMAGE_SRC_JS)
    page.locator(".kpi-dash-pillar-choice button", has_text="Safety").click()
    wait_until_changed(page, IMAGE_SRC_JS, src)
    shown = base64.b64decode(page.evaluate(TREND_PNG_JS))

    here = KpiDashboard("garments", lang="en", targets_file=str(tmp_path / "targets.json"),
                        background=False)
    here.pillar.value = "S"
    assert bytes(here.trend.image.value) == shown
    figure = dc.trend_figure(here.state.view(), "frequency_rate", "en")
    low, high = figure.axes[0].get_ylim()
    assert low == 0 < high
    assert page.js_errors == []
