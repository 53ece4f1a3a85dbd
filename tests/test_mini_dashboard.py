"""Module 05's small dashboard: the weekly table, the cards (colour + symbol + word), the
trend, the pickers that redraw them, and the thin notebook that Voila serves."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pandas as pd
import pytest

from score_helpers import data
from score_helpers.lessons import dashboards_and_action_plan as md

PNG = b"\x89PNG"


@pytest.fixture(scope="module")
def line_b() -> object:
    return md.weekly_table("Garments", line="Line B", weeks=12)


def test_weekly_table_has_full_weeks_and_lights(line_b: object) -> None:
    assert len(line_b) == 12 and (line_b["working_days"] >= 5).all()
    assert line_b["period_start"].is_monotonic_increasing
    assert set(line_b["defect_rate_light"]) <= {"green", "amber", "red", "no data"}
    daily = data.load("garments_daily")
    last = line_b.iloc[-1]
    week = daily[(daily["line"] == "Line B") & (daily["date"] >= last["period_start"])
                 & (daily["date"] < last["period_start"] + pd.Timedelta(days=7))]
    assert last["defect_rate"] == pytest.approx(week["defects"].sum()
                                                / week["units_produced"].sum())


def test_a_card_shows_value_light_as_symbol_and_word_and_target(line_b: object) -> None:
    last = line_b.iloc[-1]
    html = md.card_html(line_b, "defect_rate")
    light = last["defect_rate_light"]
    assert f"{last['defect_rate'] * 100:.1f} %" in html
    assert f"{md.SYMBOLS[light]} {light}" in html and md.COLOURS[light] in html
    assert "target ≤ 2.0 %" in html
    assert "target ≥ 95.0 %" in md.card_html(line_b, "on_time_delivery")


def test_cards_name_the_week_and_refuse_too_many_kpis(line_b: object) -> None:
    cards = md.kpi_cards(line_b, ["defect_rate", "oee"]).value
    assert cards.count("mini-dash-card") == 2 and "Week starting" in cards
    with pytest.raises(ValueError, match="Choose 1 to 4 KPIs"):
        md.kpi_cards(line_b, ["defect_rate", "oee", "on_time_delivery", "absenteeism_rate",
                              "frequency_rate"])
    with pytest.raises(ValueError, match="Did you mean 'defect_rate'"):
        md.kpi_cards(line_b, ["defect_rte"])


def test_the_trend_is_a_png(line_b: object) -> None:
    assert md.trend_png(line_b, "defect_rate").startswith(PNG)
    assert bytes(md.trend_chart(line_b, "cost_per_unit").value).startswith(PNG)   # relative target


@pytest.mark.parametrize("call, words", [
    (lambda: md.weekly_table("Bakery"), "not a practice factory. Use one of: Garments"),
    (lambda: md.weekly_table("Garments", line="Line Z"), "Use one of: Line A, Line B, Line C"),
    (lambda: md.save_dashboard_notebook("dash.html"), "must end with .ipynb"),
])
def test_bad_choices_say_what_to_use(call: object, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        call()


def test_the_pickers_redraw_cards_and_chart() -> None:
    app = md.build_dashboard("Garments", kpis=["defect_rate", "on_time_delivery"])
    (factory, line, chart_kpi), cards, chart = app.children[0].children, *app.children[1:]
    assert line.options == ("All lines", "Line A", "Line B", "Line C")
    assert cards.value.count("mini-dash-card") == 2 and bytes(chart.value).startswith(PNG)
    before_cards, before_chart = cards.value, bytes(chart.value)
    line.value = "Line B"
    assert cards.value != before_cards
    assert cards.value == md.kpi_cards(md.weekly_table("Garments", "Line B"),
                                       ["defect_rate", "on_time_delivery"]).value
    chart_kpi.value = "on_time_delivery"
    assert bytes(chart.value) != before_chart
    factory.value = "Electronics"
    assert line.value == "All lines" and "Line A" in line.options


def test_the_saved_notebook_is_thin_and_valid(tmp_path: Path) -> None:
    path = md.save_dashboard_notebook(tmp_path / "sub" / "my_dashboard.ipynb",
                                      factory="Food processing", kpis=["oee"], title="Ours")
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert len(code) == 1 and len(code[0].source.splitlines()) <= 3
    assert "build_dashboard(factory='Food processing', kpis=['oee'])" in code[0].source
    assert notebook.cells[0].source.startswith("# Ours")
    assert notebook.metadata.kernelspec.name == "python3"
