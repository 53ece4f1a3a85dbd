"""The charts of module 01 draw the right numbers, in the SCORE style, and leave nothing open.

Every chart returns (figure, data); the tests check `data` against sums done by hand on
small frames made here, so they do not depend on pixels or on the bundled datasets.
"""

from __future__ import annotations

import gc
import weakref

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from score_helpers import kpi, plot_style
from score_helpers.kpi import axes as kpi_axes
from score_helpers.kpi import charts as plots
from score_helpers.kpi.targets import Target
from tests.daily_rows import daily_row

mpl.use("Agg")

# The Okabe–Ito palette, written out here rather than read from the code under test.
OKABE_ITO = {"#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
             "#CC79A7"}


def day(date: str, line: str = "Line A", **counts: float) -> dict[str, object]:
    """One daily row with every schema column; counts given override quiet defaults."""
    return daily_row(date, line, **counts)


def frame(*rows: dict[str, object]) -> pd.DataFrame:
    out = pd.DataFrame(list(rows))
    out["date"] = pd.to_datetime(out["date"])
    return out


# --- Style -----------------------------------------------------------------------------------

def test_palette_is_okabe_ito_and_the_style_sets_it() -> None:
    assert set(plot_style.OKABE_ITO.values()) == OKABE_ITO
    assert sorted(plot_style.CYCLE) == sorted(OKABE_ITO)
    assert set(plot_style.PILLAR_COLOURS.values()) <= OKABE_ITO
    assert len(set(plot_style.PILLAR_COLOURS.values())) == 5
    with mpl.rc_context():
        plot_style.use_score_style()
        assert mpl.rcParams["axes.prop_cycle"].by_key()["color"] == plot_style.CYCLE
        assert not mpl.rcParams["axes.spines.top"] and not mpl.rcParams["axes.spines.right"]
        assert mpl.rcParams["font.size"] >= 13 and mpl.rcParams["axes.titlesize"] >= 16


def test_traffic_light_states_differ_in_shape_and_word_not_only_colour() -> None:
    states = plot_style.STATE_STYLE
    assert {"green", "amber", "red"} <= set(states)
    for part in ("color", "marker", "label"):
        assert len({style[part] for style in states.values()}) == len(states), part


def test_values_are_written_as_percent_pesos_and_numbers() -> None:
    assert kpi_axes.value_formatter("defect_rate")(0.035, 0) == "3.5 %"
    assert kpi_axes.value_formatter("on_time_delivery")(0.07, 0) == "7 %"
    assert kpi_axes.value_formatter("cost_per_unit")(1250, 0) == "₱1,250"
    assert kpi_axes.value_formatter("frequency_rate")(2500, 0) == "2,500"
    assert kpi_axes.axis_label("cost_per_unit") == "Cost per good unit (₱)"


# --- Charts ----------------------------------------------------------------------------------

def weekly_summary() -> pd.DataFrame:
    weeks = pd.to_datetime(["2025-03-03", "2025-03-10", "2025-03-17"])
    return pd.DataFrame({
        "line": ["Line A"] * 3 + ["Line B"] * 3, "period_start": list(weeks) * 2,
        "defect_rate": [0.015, 0.02, 0.03, np.nan, 0.05, 0.01],
        "on_time_delivery": [0.96, 0.95, 0.90, 1.0, 0.80, np.nan]})


def test_trend_marks_points_beyond_target_in_the_kpi_direction() -> None:
    summary = weekly_summary()
    fig, data = plots.trend_with_target(summary, "defect_rate", target=0.02)
    assert isinstance(fig, Figure)
    assert list(data.columns) == ["line", "period_start", "defect_rate", "target",
                                  "beyond_target"]
    # lower is better: above 0.02 is beyond; exactly 0.02 and a missing week are not
    assert data["beyond_target"].tolist() == [False, False, True, False, True, False]
    chart = plots.trend_with_target(summary, "on_time_delivery", Target(
        "on_time_delivery", green=0.95, amber=0.9))
    assert (chart.data["target"] == 0.95).all()
    assert chart.data["beyond_target"].tolist() == [False, False, True, False, True, False]


def test_trend_refuses_lines_of_two_factories_mixed() -> None:
    summary = weekly_summary().assign(factory=["garments", "food"] * 3)
    with pytest.raises(ValueError, match="factories"):
        plots.trend_with_target(summary, "defect_rate", 0.02)


def test_pillar_small_multiples_draw_ratios_of_weekly_sums() -> None:
    daily = frame(day("2025-03-03", defects=10, units_produced=500, orders_on_time=1),
                  day("2025-03-04", "Line B", defects=50, units_produced=1500),
                  day("2025-03-10", defects=30, units_produced=1000, lost_time_injuries=1,
                      incidents=1))
    fig, data = plots.pillar_small_multiples(daily)
    first = data[data["period_start"] == pd.Timestamp("2025-03-03")].set_index("pillar")
    assert first.loc["Q", "value"] == pytest.approx(60 / 2000)          # not (2 % + 3.3 %) / 2
    assert first.loc["D", "value"] == pytest.approx(3 / 4)
    assert first.loc["M", "value"] == pytest.approx(4 / 80)
    cost = 2 * (90_000 + 25_000 + 9_000) / 2000                          # no scrap: good = made
    assert first.loc["C", "value"] == pytest.approx(cost)
    second = data[data["period_start"] == pd.Timestamp("2025-03-10")].set_index("pillar")
    assert second.loc["S", "value"] == pytest.approx(1 * 1_000_000 / 300)
    assert list(first.index) == ["Q", "C", "D", "M", "S"]
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    assert titles == ["Quality · Defect rate", "Cost · Cost per good unit",
                      "Delivery · On-time delivery", "Morale · Absenteeism rate",
                      "Safety · Lost-time injury frequency"]


def test_pareto_sorts_adds_up_and_accumulates() -> None:
    causes = pd.DataFrame({"cause": ["stains", "open seams", "skipped stitches", "open seams",
                                     "puckering"], "defects": [15, 20, 50, 10, 5]})
    chart = plots.pareto(causes)
    data = chart.data
    assert list(data.columns) == ["cause", "defects", "share", "cumulative_share"]
    assert data["cause"].tolist() == ["skipped stitches", "open seams", "stains", "puckering"]
    assert data["defects"].tolist() == [50, 30, 15, 5]
    assert data["share"].tolist() == pytest.approx([0.5, 0.3, 0.15, 0.05])
    assert data["cumulative_share"].tolist() == pytest.approx([0.5, 0.8, 0.95, 1.0])
    assert "2 causes make 80 %" in chart.figure.axes[0].get_title()
    with pytest.raises(ValueError, match="no defects"):
        plots.pareto(causes.assign(defects=0))


def test_control_limits_come_from_the_average_moving_range() -> None:
    dates = pd.date_range("2025-03-03", periods=10, freq="D")
    values = pd.Series([10, 12, 11, 13, 12, 11, 10, 12, 11, 25], index=dates, dtype=float)
    data = plots.control_chart(values).data
    mr_bar = (2 + 1 + 2 + 1 + 1 + 1 + 2 + 1 + 14) / 9                   # |differences|
    sigma = mr_bar / 1.128
    assert data["mean"].iloc[0] == pytest.approx(12.7)
    assert data["ucl"].iloc[0] == pytest.approx(12.7 + 3 * sigma)
    assert data["lcl"].iloc[0] == pytest.approx(12.7 - 3 * sigma)
    assert data["ucl"].iloc[0] != pytest.approx(12.7 + 3 * values.std())
    assert data["out_of_control"].tolist() == [False] * 9 + [True]
    assert list(data.columns) == ["date", "value", "mean", "ucl", "lcl", "out_of_control"]


def test_control_chart_baseline_and_a_floor_at_zero() -> None:
    dates = pd.date_range("2025-03-03", periods=7, freq="D")
    values = pd.Series([10, 12, 11, 13, 12, 16, 7], index=dates, dtype=float)
    data = plots.control_chart(values, baseline_points=5).data
    ucl, lcl = 11.6 + 3 * 1.5 / 1.128, 11.6 - 3 * 1.5 / 1.128       # from the first five
    assert (data["ucl"].iloc[0], data["lcl"].iloc[0]) == pytest.approx((ucl, lcl))
    assert data["out_of_control"].tolist() == [False] * 5 + [True, True]
    spiky = pd.Series([0, 5, 0, 5, 0], index=dates[:5], dtype=float)
    assert (plots.control_chart(spiky).data["lcl"] == 0).all()


def test_control_chart_of_a_daily_frame_adds_the_lines_up_per_day() -> None:
    daily = frame(day("2025-03-03", defects=10, units_produced=500),
                  day("2025-03-03", "Line B", defects=50, units_produced=1500),
                  day("2025-03-04", defects=20), day("2025-03-05", defects=40))
    data = plots.control_chart(daily, "defect_rate").data
    assert data["value"].tolist() == pytest.approx([60 / 2000, 0.02, 0.04])


def test_heatmap_cells_are_ratios_of_sums_per_line_and_iso_week() -> None:
    daily = frame(day("2025-03-03", defects=10, units_produced=100),      # 10 %
                  day("2025-03-04", defects=10, units_produced=900),      # 1.1 %
                  day("2025-03-03", "Line B", defects=30, units_produced=1000),
                  day("2025-03-11", defects=5, units_produced=1000),
                  day("2025-03-11", "Line B", defects=0, units_produced=1000))
    data = plots.line_week_heatmap(daily, "defect_rate").data
    assert list(data.columns) == ["2025-W10", "2025-W11"]
    assert list(data.index) == ["Line A", "Line B"]
    assert data.loc["Line A", "2025-W10"] == pytest.approx(20 / 1000)    # not (10 % + 1.1 %) / 2
    assert data.loc["Line B", "2025-W10"] == pytest.approx(0.03)
    assert data.loc["Line A", "2025-W11"] == pytest.approx(0.005)
    assert data.loc["Line B", "2025-W11"] == 0
    assert list(plots.line_week_heatmap(daily, "defect_rate", weeks=1).data.columns) == [
        "2025-W11"]


def test_charts_leave_no_figures_open_and_are_freed() -> None:
    daily = frame(*(day(f"2025-03-{d:02d}", line, defects=d)
                    for d in range(3, 9) for line in ("Line A", "Line B")))
    causes = pd.DataFrame({"cause": ["a", "b"], "defects": [3, 1]})
    before = plt.get_fignums()
    for _ in range(100):
        plots.pareto(causes)
    charts = [plots.trend_with_target(kpi.qcdms_summary(daily, by="line", period="D"),
                                      "defect_rate", 0.005),
              plots.pillar_small_multiples(daily, period="D"),
              plots.control_chart(daily, "defect_rate"),
              plots.line_week_heatmap(daily, "defect_rate")]
    assert plt.get_fignums() == before
    assert charts[0]._repr_png_().startswith(b"\x89PNG")
    refs = [weakref.ref(chart.figure) for chart in charts]
    del charts
    gc.collect()
    assert all(ref() is None for ref in refs), "a figure is still referenced somewhere"
