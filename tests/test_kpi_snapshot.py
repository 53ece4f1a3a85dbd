"""The KPI snapshot app's table, checked on its numbers rather than its pixels."""

from __future__ import annotations

import re

from score_helpers import data, formatting, kpi
from score_helpers.i18n import text
from score_helpers.kpi import targets
from score_helpers.widgets import kpi_snapshot
from score_helpers.widgets.kpi_dashboard.lights import SYMBOLS


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
    assert month.value == month.options[-1][1]   # (label, key): the latest month


def test_formatting_of_missing_and_present_values() -> None:
    assert formatting.percent(0.034) == "3.4 %"
    assert formatting.pesos(1234.5) == "₱1,234.50"
    assert formatting.number(float("nan")) == "—"


# ---- issue 18: lights, QCDMS order, month names ---------------------------------------------

def test_the_kpis_follow_the_qcdms_pillars_with_oee_under_its_own_pillar() -> None:
    order = list(kpi.PILLARS)
    pillars = [kpi.KPI_COLUMNS[column].pillar for column in kpi_snapshot.SNAPSHOT_KPIS]
    assert [order.index(p) for p in pillars] == sorted(order.index(p) for p in pillars)
    assert set(kpi_snapshot.SNAPSHOT_KPIS) == set(kpi_snapshot.HEADLINE_AND_OEE)
    oee = kpi_snapshot.SNAPSHOT_KPIS.index("oee")
    assert pillars[oee] == kpi.KPI_COLUMNS["oee"].pillar
    summary = kpi_snapshot.monthly_by_line(data.load("garments_daily"))
    html = kpi_snapshot.snapshot_table_html(summary, "2025-03")
    shown = re.findall(r"<tr><th>(\w+)</th><td>([^<]+)</td>", html)
    assert [pillar for pillar, _ in shown] == [kpi.PILLARS[p] for p in pillars]
    assert shown[oee][1] == "OEE"


def test_each_cell_shows_its_light_in_colour_symbol_and_word() -> None:
    daily = data.load("food_daily")
    chosen = {"defect_rate": targets.Target("defect_rate", green=0.02, amber=0.04),
              "cost_per_unit": targets.Target("cost_per_unit", 1.0, 1.05, relative=True)}
    summary = kpi_snapshot.monthly_by_line(daily, chosen)
    html = kpi_snapshot.snapshot_table_html(summary, "2025-03")
    march_a = summary[(summary["line"] == "Line A") & (summary["month"] == "2025-03")].iloc[0]
    light = targets.traffic_light(march_a["defect_rate"], chosen["defect_rate"])
    cell = re.search(r"<td data-kpi='defect_rate'>(.*?)</td>", html).group(1)  # Line A first
    assert f"class='kpi-dash-badge light-{light}'" in cell
    assert SYMBOLS[light] in cell and text(f"app.kpi_dashboard.light_{light}") in cell
    usual = summary[summary["line"] == "Line A"]["cost_per_unit"].median()
    cost = targets.traffic_light(march_a["cost_per_unit"], chosen["cost_per_unit"], usual)
    cell = re.search(r"<td data-kpi='cost_per_unit'>(.*?)</td>", html).group(1)
    assert f"data-light='{cost}'" in cell
    cell = re.search(r"<td data-kpi='oee'>(.*?)</td>", html).group(1)   # no target given
    assert text("app.kpi_dashboard.light_no_target") in cell
    lines = summary["line"].nunique()
    assert html.count("kpi-dash-badge") == lines * len(kpi_snapshot.SNAPSHOT_KPIS)


def test_months_are_named_as_people_say_them() -> None:
    assert kpi_snapshot.month_name("2025-12") == "Dec 2025"
    assert kpi_snapshot.month_name("2025-12", "fil") == "Disyembre 2025"
    assert kpi_snapshot.month_name("2026-01", "fil") == "Enero 2026"
    app = kpi_snapshot.build_app(lang="fil")
    _, month = app.children[1].children
    label, key = month.options[-1]
    assert re.fullmatch(r"\d{4}-\d{2}", key) and month.value == key
    assert label == kpi_snapshot.month_name(key, "fil") and "-" not in label


def test_the_filipino_table_takes_every_word_from_the_string_tables() -> None:
    app = kpi_snapshot.build_app(lang="fil")
    table = app.children[2].value
    for key in ("pillar_Q", "pillar_C", "kpi_cost_per_unit", "unit_frequency_rate"):
        assert text(f"app.kpi_dashboard.{key}", "fil") in table
    assert any(text(f"app.kpi_dashboard.light_{light}", "fil") in table
               for light in ("green", "amber", "red"))
    for english in ("Quality", "Cost per good unit", "On target", "Act now", "per 1,000,000"):
        assert english not in table
