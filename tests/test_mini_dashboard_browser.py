"""The dashboard a participant saves in module 05, served by real Voila (single-notebook
mode, as `voila my_work/my_dashboard.ipynb`) and used in real headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from score_helpers.course.voila_server import free_port, serve, voila_command
from score_helpers.lessons import dashboards_and_action_plan as md

pytestmark = pytest.mark.browser

RENDER_TIMEOUT_MS = 90_000
CHANGE_TIMEOUT_MS = 30_000
CARDS_JS = "Array.from(document.querySelectorAll('.mini-dash-card')).map(e => e.innerText)"
KPIS = ["defect_rate", "on_time_delivery", "absenteeism_rate"]


@pytest.fixture(scope="module")
def dashboard_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`voila my_dashboard.ipynb` on a free port, for the notebook save_dashboard_notebook
    writes; yields the page's URL."""
    folder = tmp_path_factory.mktemp("my_work")
    path = md.save_dashboard_notebook(folder / "my_dashboard.ipynb", factory="Garments",
                                      kpis=KPIS, title="Tahi Pinoy Apparel: our weekly KPIs")
    port = free_port()
    command = voila_command(path, port, ["--VoilaConfiguration.show_tracebacks=True"])
    with serve(command, port, log_path=folder / "voila.log") as base:
        yield f"{base}/"


def open_dashboard(page: object, url: str) -> None:
    page.goto(url, timeout=RENDER_TIMEOUT_MS)
    page.wait_for_function(f"document.querySelectorAll('.mini-dash-card').length === "
                           f"{len(KPIS)}", timeout=RENDER_TIMEOUT_MS)
    page.locator(".mini-dash-trend").wait_for(state="visible", timeout=RENDER_TIMEOUT_MS)


def test_the_saved_dashboard_renders_cards_and_chart_without_code(
        page: object, dashboard_url: str) -> None:
    open_dashboard(page, dashboard_url)
    cards = page.evaluate(CARDS_JS)
    for label in ("Defect rate", "On-time delivery", "Absenteeism rate"):
        assert any(label in card for card in cards), cards
    assert all(any(word in card for word in ("green", "amber", "red")) for card in cards)
    assert "Tahi Pinoy Apparel: our weekly KPIs" in page.inner_text("body")
    assert "build_dashboard" not in page.inner_text("body")       # Voila hides the code
    width = page.evaluate("document.querySelector('.mini-dash-trend').naturalWidth")
    assert width > 300
    assert page.js_errors == []


def test_choosing_a_line_redraws_the_cards(page: object, dashboard_url: str) -> None:
    open_dashboard(page, dashboard_url)
    before = page.evaluate(CARDS_JS)
    page.locator(".mini-dash-line select").select_option("Line B")
    page.wait_for_function(f"before => JSON.stringify({CARDS_JS}) !== JSON.stringify(before)",
                           arg=before, timeout=CHANGE_TIMEOUT_MS)
    weekly = md.weekly_table("Garments", line="Line B")
    expected = f"{weekly['defect_rate'].iloc[-1] * 100:.1f} %"
    assert expected in page.evaluate(CARDS_JS)[0]
    assert page.js_errors == []
