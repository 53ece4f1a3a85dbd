"""The maintenance simulator's "Your machine's data" in real headless Chromium, served by
Voila: a logger's export is uploaded through the app's button, its columns confirmed, and
the page shows the zones and alerts computed from the file, in English and in Filipino.

The numbers checked are those of tests/test_maintenance_own_data.py, read off the file by
hand: CMP-01 first reaches zone C at 09:15 on Friday 13 March (1.81 mm/s) and the alert
fires at 12:15 (1.93 mm/s); CMP-02's single knock (2.14 mm/s) raises none.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from score_helpers.course.voila_server import free_port, serve, voila_command

pytestmark = pytest.mark.browser

EXPORT = Path(__file__).parent / "data" / "factory_files" / "compressor_sensor_export.csv"
RENDER_TIMEOUT_MS = 90_000
CHANGE_TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def voila_fil_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """apps/ served by Voila with SCORE_LANG=fil and a settings folder of its own."""
    port = free_port()
    folder = tmp_path_factory.mktemp("fil")
    env = dict(os.environ, SCORE_LANG="fil", SCORE_CONFIG_DIR=str(folder / "config"))
    with serve(voila_command("apps/", port), port, env=env,
               log_path=folder / "voila.log") as base:
        yield base


def open_section(page: object, base: str) -> None:
    """Open the simulator and wait until its own-data section is on the page."""
    page.goto(f"{base}/voila/render/maintenance_simulator.ipynb", timeout=RENDER_TIMEOUT_MS)
    page.locator(".msim-own-upload").wait_for(state="visible", timeout=RENDER_TIMEOUT_MS)


def upload_and_confirm(page: object, path: Path, confirm: bool = True) -> None:
    """Give `path` to the section's upload button (ipywidgets 8 reaches its hidden
    input through the file chooser a click opens), wait for the mapping step, and press
    'Use these columns'."""
    with page.expect_file_chooser(timeout=CHANGE_TIMEOUT_MS) as chooser:
        page.locator(".msim-own-upload").click()
    chooser.value.set_files(str(path))
    page.wait_for_function(
        "document.querySelectorAll('.msim-own-mapping .score-column-choice').length === 5",
        timeout=CHANGE_TIMEOUT_MS)
    if confirm:
        page.locator(".msim-own-confirm").click()


def chosen_columns(page: object) -> list[str]:
    """The choice shown in each mapping drop-down, in the file's column order."""
    return page.evaluate("Array.from(document.querySelectorAll("
                         "'.msim-own-mapping .score-column-choice select')).map(s => s.value)")


def wait_for_results(page: object) -> str:
    """Wait for the alerts table and the chart of the file; return the section's text."""
    page.locator(".msim-own-alerts .msim-alert").first.wait_for(timeout=CHANGE_TIMEOUT_MS)
    page.wait_for_function("((document.querySelector('.msim-own-chart') || {}).src || '')"
                           ".startsWith('blob:')", timeout=CHANGE_TIMEOUT_MS)
    return page.locator(".msim-own").inner_text()


def assert_clean(page: object) -> None:
    """No traceback and no JavaScript error on the page."""
    assert "Traceback" not in page.content()
    assert page.js_errors == []


def test_an_uploaded_logger_export_shows_its_zones_and_alerts(page: object,
                                                              voila_url: str) -> None:
    open_section(page, voila_url)
    upload_and_confirm(page, EXPORT, confirm=False)
    assert chosen_columns(page) == ["Date and time of the reading", "Machine",
                                    "Vibration (mm/s)", "Bearing temperature (°C)",
                                    "Motor current (A)"]
    page.locator(".msim-own-confirm").click()
    shown = wait_for_results(page)
    assert "504 readings from 11 Mar 2026, 06:00 to 14 Mar 2026, 21:45" in shown
    assert "'Bearing Temp (°F)': converted from °F to °C" in shown
    alert = page.locator(".msim-own-alerts .msim-alert").first.inner_text()
    for number in ("13 Mar 2026, 12:15", "13 Mar 2026, 09:15", "CMP-01", "1.93 mm/s (C)"):
        assert number in alert
    assert "Alerts as they fire (1)" in shown
    crossings = page.locator(".msim-own-crossings").inner_text()
    assert "CMP-01 reached zone C" in crossings and "13 Mar 2026, 09:15: 1.81 mm/s" in crossings
    assert "CMP-02 reached zone C" in crossings and "2.14 mm/s" in crossings
    summary = page.locator(".msim-own-summary").inner_text()
    assert "68.6 °C" in summary and "0 · 137 · 114 · 0" in summary
    assert "12 readings, one every 15 minutes" in shown
    assert page.locator(".msim-error").count() == 0
    assert_clean(page)


def test_a_broken_cell_is_a_plain_message_naming_file_column_and_row(
        page: object, voila_url: str, tmp_path: Path) -> None:
    broken = tmp_path / "compressor_march.csv"
    broken.write_bytes(EXPORT.read_bytes().replace(b"9:15 AM,CMP-01,1.81",
                                                   b"9:15 AM,CMP-01,1.8l"))
    open_section(page, voila_url)
    upload_and_confirm(page, broken)
    message = page.locator(".msim-own-message .msim-error")
    message.wait_for(timeout=CHANGE_TIMEOUT_MS)
    text = message.inner_text()
    assert "We could not read compressor_march.csv" in text
    assert "'Vib (mm/s)', row 278" in text
    assert page.locator(".msim-own-results").is_hidden()
    assert_clean(page)


def test_the_same_file_in_filipino(page: object, voila_fil_url: str) -> None:
    open_section(page, voila_fil_url)
    assert "Data ng sarili ninyong makina" in page.locator(".msim-own").inner_text()
    upload_and_confirm(page, EXPORT, confirm=False)
    assert "Aling column ang alin?" in page.locator(".msim-own-mapping").inner_text()
    page.locator(".msim-own-confirm").click()
    shown = wait_for_results(page)
    assert "504 na reading mula 11 Mar 2026, 06:00 hanggang 14 Mar 2026, 21:45" in shown
    assert "ginawang °C mula °F" in shown
    assert "Mga alert habang lumalabas (1)" in shown
    alert = page.locator(".msim-own-alerts .msim-alert").first.inner_text()
    assert "13 Mar 2026, 12:15" in alert and "1.93 mm/s (C)" in alert
    assert "Magpadala ng technician para sumuri" in alert
    assert "Umabot ang CMP-01 sa zone C" in page.locator(".msim-own-crossings").inner_text()
    assert "12 na reading, isa bawat 15 minuto" in shown
    assert_clean(page)
