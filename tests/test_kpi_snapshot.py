"""The KPI snapshot app's table, checked on its numbers rather than its pixels."""

from __future__ import annotations

from score_helpers import data, formatting, kpi
from score_helpers.widgets import kpi_snapshot


def test_table_shows_each_line_with_the_month_ratio_of_sums() -> None:
    daily = data.load("food_daily")
    summary = kpi_snapshot.monthly_by_line(daily)
    html = kpi_snapshot.snapshot_table_html(summary, "2025-03")
    march_a = daily[(daily["line"] == "Line A") & (daily["date"].dt.strftime("%Y-%m") == "2025-03")]
    expected = kpi.defect_rate(march_a["defects"].sum(), march_a["units_produced"].sum())
    assert formatting.percent(expected) in html
    assert html.count("<tr>") == 1 + len(kpi_snapshot.SNAPSHOT_KPIS)
    assert "<th>Line A</th><th>Line B</th>" in html


def test_app_switches_factory_and_redraws() -> None:
    app = kpi_snapshot.build_app()
    factory, month = app.children[1].children
    table = app.children[2]
    garments = table.value
    factory.value = "Electronics"
    assert table.value != garments
    assert "Line C" in table.value
    assert month.value == month.options[-1]


def test_formatting_of_missing_and_present_values() -> None:
    assert formatting.percent(0.034) == "3.4 %"
    assert formatting.pesos(1234.5) == "₱1,234.50"
    assert formatting.number(float("nan")) == "—"
