"""Productivity KPIs of a factory's own file (issue 15, item 3): the formulas against values
worked out by hand, qcdms_summary on files with only some columns, and which KPI each
QCDMS pillar can show (kpi.availability)."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

from score_helpers import data, kpi
from score_helpers.data import schema
from score_helpers.kpi import availability, targets
from tests.daily_rows import daily_row

approx = pytest.approx


# ---- The formulas: hand-computed values ----------------------------------------------------

@pytest.mark.parametrize(("function", "args", "expected"), [
    (kpi.sewing_efficiency, (600, 0.8, 800.0), 0.6),        # 600 × 0.8 = 480 ÷ 800
    (kpi.productivity_vs_target, (450, 500), 0.9),          # 450 ÷ 500
    (kpi.productivity_vs_target, (0.84, 0.80), 1.05),       # 0.84 ÷ 0.80
    (kpi.overtime_per_worker, (15.0, 30), 0.5),             # 15 h ÷ 30 worker-days
    (kpi.idle_time_share, (120.0, 4800.0), 0.025),          # 120 ÷ 4,800
    (kpi.line_balance_efficiency, (12.0, 20, 0.75), 0.8),   # 12 ÷ (20 × 0.75 = 15)
])
def test_scalar_values(function, args, expected):
    result = function(*args)
    assert isinstance(result, float)
    assert result == approx(expected)


def test_series_zero_denominators_give_nan_not_inf():
    zero_one = pd.Series([0.0, 100.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        results = [
            kpi.sewing_efficiency(pd.Series([0, 50]), 2.0, zero_one),
            kpi.productivity_vs_target(pd.Series([5, 90]), zero_one),
            kpi.overtime_per_worker(pd.Series([3.0, 25.0]), zero_one),
            kpi.idle_time_share(pd.Series([0.0, 10.0]), zero_one),
            kpi.line_balance_efficiency(pd.Series([4.0, 30.0]), zero_one, 0.5),
        ]
    expected = [1.0, 0.9, 0.25, 0.1, 0.6]  # 50×2÷100, 90÷100, 25÷100, 10÷100, 30÷(100×0.5)
    for result, value in zip(results, expected, strict=True):
        assert math.isnan(result.iloc[0]) and result.iloc[1] == approx(value), result.name
    assert [r.name for r in results] == list(kpi.PRODUCTIVITY_KPI_COLUMNS)


def test_series_align_on_their_index():
    units = pd.Series([100, 200], index=["Mon", "Tue"])
    minutes = pd.Series([400.0, 100.0], index=["Tue", "Mon"])
    # Mon 100 × 1.5 ÷ 100 = 1.5; Tue 200 × 1.5 ÷ 400 = 0.75
    result = kpi.sewing_efficiency(units, 1.5, minutes)
    assert result["Mon"] == approx(1.5) and result["Tue"] == approx(0.75)


@pytest.mark.parametrize(("call", "name"), [
    (lambda: kpi.sewing_efficiency(10, 1.0, 0), "worker_minutes"),
    (lambda: kpi.productivity_vs_target(10, 0), "target"),
    (lambda: kpi.overtime_per_worker(1.0, 0), "worker_days"),
    (lambda: kpi.idle_time_share(0.0, 0), "worker_minutes"),
    (lambda: kpi.line_balance_efficiency(5.0, 0, 1.0), "operators"),
    (lambda: kpi.line_balance_efficiency(5.0, 4, 0.0), "bottleneck_minutes"),
])
def test_scalar_zero_denominator_names_the_argument(call, name):
    with pytest.raises(ValueError, match=rf"^{name} must be more than 0 \(got 0\)"):
        call()


@pytest.mark.parametrize(("call", "error", "message"), [
    (lambda: kpi.sewing_efficiency(-5, 1.0, 60.0), ValueError, "units_produced must be 0 or"),
    (lambda: kpi.sewing_efficiency(5, "0.8", 60.0), TypeError, "smv must be a number"),
    (lambda: kpi.overtime_per_worker(pd.Series([1.0, -2.0]), 4), ValueError,
     "overtime_hours must be 0 or more, but row 1"),
    (lambda: kpi.idle_time_share(500.0, 400.0), ValueError,
     r"idle_worker_minutes \(500\) is more than worker_minutes \(400\)"),
])
def test_bad_arguments_are_named(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_nan_in_gives_nan_out():
    assert math.isnan(kpi.productivity_vs_target(float("nan"), 0.8))
    assert math.isnan(kpi.line_balance_efficiency(float("nan"), 10, 0.5))


# ---- The summary on a factory's own file ---------------------------------------------------

def _department_rows() -> pd.DataFrame:
    """A garment file: Line A with a sewing and a finishing row per day (Mon 3, Tue 4 March
    2025), Line B one sewing row on Monday with nobody at work."""
    columns = ("date", "line", "department", "units_produced", "smv", "headcount",
               "planned_minutes", "target_units", "overtime_minutes", "idle_minutes",
               "idle_workers", "bottleneck_minutes")
    rows = [
        ("2025-03-03", "Line A", "sewing", 400, 12.0, 20, 480.0, 450, 600.0, 30.0, 4, 0.75),
        ("2025-03-03", "Line A", "finishing", 400, 3.0, 5, 480.0, 450, 0.0, 0.0, 0, 0.8),
        ("2025-03-04", "Line A", "sewing", 500, 12.0, 20, 480.0, 450, 0.0, 60.0, 20, 0.7),
        ("2025-03-04", "Line A", "finishing", 480, 3.0, 5, 480.0, 450, 120.0, 0.0, 0, 0.7),
        ("2025-03-03", "Line B", "sewing", 0, 10.0, 0, 480.0, 0, 0.0, 0.0, 0, 0.5),
    ]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.assign(date=pd.to_datetime(frame["date"]))


def test_several_rows_per_line_and_day_grouped_by_line():
    summary = kpi.qcdms_summary(_department_rows(), by="line", period=None)
    a, b = summary.iloc[0], summary.iloc[1]
    assert (a["line"], b["line"]) == ("Line A", "Line B")
    assert a["working_days"] == 2  # four rows, two days
    # earned = 400×12 + 400×3 + 500×12 + 480×3 = 4,800 + 1,200 + 6,000 + 1,440 = 13,440
    # worked (no hours_worked) = Σ headcount × 480 + overtime = 50 × 480 + 720 = 24,720
    assert a["earned_minutes"] == approx(13_440) and a["worker_minutes"] == approx(24_720)
    assert a["sewing_efficiency"] == approx(13_440 / 24_720)
    # pieces 1,780 ÷ planned 4 × 450 = 1,800
    assert a["productivity_vs_target"] == approx(1_780 / 1_800)
    # overtime (600 + 120) ÷ 60 = 12 h over 20 + 5 + 20 + 5 = 50 worker-days
    assert a["overtime_hours"] == approx(12) and a["overtime_per_worker"] == approx(0.24)
    # idle worker-minutes 30 × 4 + 60 × 20 = 1,320
    assert a["idle_worker_minutes"] == approx(1_320)
    assert a["idle_time_share"] == approx(1_320 / 24_720)
    # Σ smv 30 ÷ Σ headcount × bottleneck (15 + 4 + 14 + 3.5 = 36.5)
    assert a["line_balance_efficiency"] == approx(30 / 36.5)
    # Line B: no one worked and nothing was planned, so every ratio is NaN (not inf)
    for name in kpi.PRODUCTIVITY_KPI_COLUMNS:
        assert math.isnan(b[name]), name


def test_productivity_columns_come_after_the_qcdms_kpis():
    summary = kpi.qcdms_summary(_department_rows(), by="line", period="W",
                                opportunities_per_unit=5)
    names = [*kpi.KPI_COLUMNS, *kpi.PRODUCTIVITY_KPI_COLUMNS, "dpmo"]
    assert list(summary.columns[-len(names):]) == names
    # the file has no defects, costs, orders or injuries: those KPIs are NaN
    for name in ("defect_rate", "cost_per_unit", "on_time_delivery", "oee",
                 "absenteeism_rate", "frequency_rate", "dpmo"):
        assert summary[name].isna().all(), name


def test_department_and_day_can_be_groups():
    summary = kpi.qcdms_summary(_department_rows(), by=["line", "department"], period="D")
    sewing_tue = summary[(summary["department"] == "sewing")
                         & (summary["period_start"] == pd.Timestamp("2025-03-04"))].iloc[0]
    # 500 × 12 = 6,000 earned ÷ 20 × 480 = 9,600 worked; idle 60 × 20 = 1,200
    assert sewing_tue["sewing_efficiency"] == approx(6_000 / 9_600)
    assert sewing_tue["idle_time_share"] == approx(1_200 / 9_600)
    assert sewing_tue["line_balance_efficiency"] == approx(12 / 14)
    assert len(summary) == 5


def test_ratio_of_sums_not_mean_of_daily_ratios():
    summary = kpi.qcdms_summary(_department_rows(), by="line", period=None)
    rows = _department_rows()
    a = rows[rows["line"] == "Line A"]
    worked = a["headcount"] * a["planned_minutes"] + a["overtime_minutes"]
    mean_of_rows = (a["units_produced"] * a["smv"] / worked).mean()
    # rows: 4,800 ÷ 10,200, 1,200 ÷ 2,400, 6,000 ÷ 9,600, 1,440 ÷ 2,520 → mean 0.5418…
    assert mean_of_rows == approx((4_800 / 10_200 + 0.5 + 0.625 + 1_440 / 2_520) / 4)
    assert summary.loc[0, "sewing_efficiency"] == approx(13_440 / 24_720)  # 0.5437…
    assert summary.loc[0, "sewing_efficiency"] != approx(mean_of_rows)


def test_hours_worked_is_preferred_for_worked_minutes():
    rows = _department_rows().assign(hours_worked=[170.0, 42.0, 160.0, 42.0, 0.0])
    summary = kpi.qcdms_summary(rows, by="line", period=None)
    # worked = (170 + 42 + 160 + 42) × 60 = 24,840 minutes, not Σ headcount × planned
    assert summary.loc[0, "worker_minutes"] == approx(24_840)
    assert summary.loc[0, "sewing_efficiency"] == approx(13_440 / 24_840)
    assert math.isnan(summary.loc[0, "labour_productivity"])  # needs units_scrapped too


def test_whole_line_idle_without_idle_workers():
    rows = _department_rows().drop(columns="idle_workers")
    summary = kpi.qcdms_summary(rows, by="line", period=None)
    # idle 30 min × 20 people + 60 min × 20 people = 1,800 worker-minutes
    assert summary.loc[0, "idle_worker_minutes"] == approx(1_800)
    assert summary.loc[0, "idle_time_share"] == approx(1_800 / 24_720)


def test_overtime_hours_column_beats_minutes():
    rows = _department_rows().assign(overtime_hours=[10.0, 0.0, 0.0, 1.0, 0.0])
    summary = kpi.qcdms_summary(rows, by="line", period=None)
    assert summary.loc[0, "overtime_per_worker"] == approx(11 / 50)
    # the overtime also counts as worked time: 50 × 480 + 11 × 60 = 24,660
    assert summary.loc[0, "worker_minutes"] == approx(24_660)


def _team_sheet() -> pd.DataFrame:
    """(b) A garment team sheet: productivity figures, no pieces or costs."""
    return pd.DataFrame({
        "date": pd.to_datetime(["2025-03-03", "2025-03-03"]), "line": ["Team 1", "Team 1"],
        "department": ["sewing", "finishing"], "smv": [14.5, 2.0], "headcount": [30, 10],
        "target_productivity": [0.80, 0.50], "actual_productivity": [0.60, 0.70],
        "overtime_minutes": [900.0, 300.0], "idle_minutes": [20.0, 0.0],
        "idle_workers": [5, 0], "wip": [320, 40]})


def test_team_sheet_productivity_is_worker_weighted():
    summary = kpi.qcdms_summary(_team_sheet(), by="line", period="W")
    row = summary.iloc[0]
    # Σ headcount × actual = 30 × 0.60 + 10 × 0.70 = 25; × target = 24 + 5 = 29
    assert row["productivity_vs_target"] == approx(25 / 29)
    assert row["productivity_vs_target"] != approx((0.60 / 0.80 + 0.70 / 0.50) / 2)
    # (900 + 300) ÷ 60 = 20 h over 40 worker-days
    assert row["overtime_per_worker"] == approx(0.5)
    for name in ("sewing_efficiency", "idle_time_share", "line_balance_efficiency",
                 "defect_rate", "oee", "absenteeism_rate", "turnover_rate"):
        assert math.isnan(row[name]), name
    lights = targets.traffic_lights(summary)
    assert lights.loc[0, "productivity_vs_target_light"] == "red"  # 0.862 < 0.90
    assert lights.loc[0, "overtime_per_worker_light"] == "green"    # 0.5 ≤ 0.5


def test_each_row_weighs_the_same_without_headcount():
    summary = kpi.qcdms_summary(_team_sheet().drop(columns="headcount"), by="line")
    # (0.60 + 0.70) ÷ (0.80 + 0.50) = 1.3 ÷ 1.3
    assert summary.loc[0, "productivity_vs_target"] == approx(1.0)
    assert math.isnan(summary.loc[0, "overtime_per_worker"])  # no worker-days


def test_practice_data_has_no_productivity_columns_unless_asked():
    daily = data.load("garments_daily")
    usual = kpi.qcdms_summary(daily, by="line", period="M")
    assert not set(kpi.PRODUCTIVITY_KPI_COLUMNS) & set(usual.columns)
    assert list(usual.columns[-len(kpi.KPI_COLUMNS):]) == list(kpi.KPI_COLUMNS)
    asked = kpi.qcdms_summary(daily, by="line", period="M", productivity=True)
    assert asked[list(kpi.PRODUCTIVITY_KPI_COLUMNS)].isna().all().all()
    pd.testing.assert_frame_equal(asked[list(usual.columns)], usual)
    left_out = kpi.qcdms_summary(_team_sheet(), by="line", productivity=False)
    assert "productivity_vs_target" not in left_out.columns
    board = targets.traffic_lights(usual)
    assert [c for c in board.columns if c.endswith("_light")] == [
        f"{name}_light" for name in targets.DEFAULT_TARGETS]


def test_productivity_targets_are_saved_and_read_back(tmp_path):
    path = targets.targets_to_json(targets.PRODUCTIVITY_TARGETS, tmp_path / "mine.json")
    assert targets.targets_from_json(path) == targets.PRODUCTIVITY_TARGETS
    assert targets.kpi_text("overtime_per_worker", 0.75) == "0.8"  # hours, not a percent
    assert targets.kpi_text("sewing_efficiency", 0.5437) == "54.4 %"


def test_food_shift_log_with_units_and_defects_only():
    log = pd.DataFrame({"date": ["2025-03-03", "2025-03-03", "2025-03-04"],
                        "line": ["Line 1"] * 3, "shift": ["day", "night", "day"],
                        "units_produced": [1200, 800, 1000], "defects": [30, 10, 12]})
    summary = kpi.qcdms_summary(log, by="line", period=None)
    assert summary.loc[0, "defect_rate"] == approx(52 / 3000)
    assert summary.loc[0, "quality"] == approx(1 - 52 / 3000)
    practice = kpi.qcdms_summary(data.load("food_daily"), by="line", period=None)
    assert list(summary.columns) == list(practice.columns)
    others = [c for c in kpi.KPI_COLUMNS if c not in ("defect_rate", "quality")]
    assert summary[others].isna().all().all()


def test_an_empty_column_counts_as_absent_but_a_gap_is_an_error():
    rows = _department_rows()
    blank = kpi.qcdms_summary(rows.assign(bottleneck_minutes=np.nan), by="line")
    assert blank["line_balance_efficiency"].isna().all()
    assert blank["sewing_efficiency"].notna().any()
    with pytest.raises(ValueError, match="Column 'smv' has 1 missing values, the first at row 2"):
        kpi.qcdms_summary(rows.assign(smv=rows["smv"].where(rows.index != 2)), by="line")


def test_a_loaded_own_file_is_summarised():
    text = ("Date,Line,Department,Units produced,SMV,Headcount,Planned minutes,Target units\n"
            "03/03/2025,Line A,sewing,400,12,20,480,450\n"
            "03/03/2025,Line A,finishing,400,3,5,480,450\n")
    frame = data.load_kpi_csv(text.encode(), name="own.csv", announce=False)
    summary = kpi.qcdms_summary(frame, by="line", period=None)
    # 400 × 12 + 400 × 3 = 6,000 ÷ (25 × 480 = 12,000); 800 ÷ 900
    assert summary.loc[0, "sewing_efficiency"] == approx(0.5)
    assert summary.loc[0, "productivity_vs_target"] == approx(800 / 900)


# ---- Which KPIs the columns allow ------------------------------------------------------------

PRACTICE = [column.name for column in schema.DAILY_PRODUCTION]
TEAM_SHEET = ["date", "line", "department", "smv", "headcount", "target_productivity",
              "actual_productivity", "overtime_minutes", "idle_minutes", "idle_workers", "wip"]
SHIFT_LOG = ["date", "line", "shift", "units_produced", "defects"]


def test_practice_columns_allow_every_qcdms_kpi_and_the_board_headlines():
    assert availability.available_kpis(PRACTICE) == list(kpi.KPI_COLUMNS)
    assert availability.best_per_pillar(PRACTICE) == targets.HEADLINE_KPIS
    assert all(availability.enabling_columns(p, PRACTICE) == () for p in kpi.PILLARS)


def test_team_sheet_choices():
    assert availability.best_per_pillar(TEAM_SHEET) == {
        "Q": None, "C": None, "D": "productivity_vs_target", "M": "overtime_per_worker",
        "S": None}
    # the fewest columns that fill the pillar: worked hours give idle time share (Cost)
    assert availability.enabling_columns("C", TEAM_SHEET) == ("hours_worked",)
    assert availability.enabling_columns("Morale", TEAM_SHEET) == ()   # overtime fills it
    assert availability.missing_for("absenteeism_rate", TEAM_SHEET) == (
        "scheduled_worker_days", "days_absent")
    # two columns either way; worked hours are preferred to headcount × planned minutes
    assert availability.missing_for("sewing_efficiency", TEAM_SHEET) == (
        "units_produced", "hours_worked")
    assert availability.missing_for("idle_time_share", TEAM_SHEET) == ("hours_worked",)
    assert availability.missing_for("productivity_vs_target", TEAM_SHEET) == ()


def test_shift_log_choices():
    assert availability.best_per_pillar(SHIFT_LOG) == {
        "Q": "defect_rate", "C": None, "D": None, "M": None, "S": None}
    assert availability.available_kpis(SHIFT_LOG) == ["defect_rate", "quality"]
    assert availability.enabling_columns("d", SHIFT_LOG) == ("target_units",)   # vs target
    assert availability.missing_for("on_time_delivery", SHIFT_LOG) == ("orders_due",
                                                                        "orders_on_time")
    assert availability.enabling_columns("S", SHIFT_LOG) == ("hours_worked",
                                                             "lost_time_injuries")


def test_a_frame_without_values_in_a_column_lacks_it():
    frame = pd.DataFrame({"date": ["2025-03-03"], "line": ["A"], "units_produced": [5],
                          "defects": [np.nan]})
    assert availability.available_kpis(frame) == []
    assert availability.available_kpis(frame.iloc[:0]) == ["defect_rate", "quality"]


@pytest.mark.parametrize(("call", "error", "message"), [
    (lambda: availability.missing_for("defect_rat", PRACTICE), ValueError,
     "kpi_name 'defect_rat' is not a KPI.*Did you mean 'defect_rate'"),
    (lambda: availability.enabling_columns("X", PRACTICE), ValueError, "pillar must be one"),
    (lambda: availability.available_kpis("units_produced"), TypeError, "not one string"),
])
def test_availability_errors(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_pillar_choices_agree_with_the_kpi_metadata():
    info = {**kpi.KPI_COLUMNS, **kpi.PRODUCTIVITY_KPI_COLUMNS}
    assert set(availability.KPI_INPUTS) == set(info)
    for pillar, choices in availability.PILLAR_CHOICES.items():
        assert {info[name].pillar for name in choices} == {pillar}
    assert set(targets.PRODUCTIVITY_TARGETS) == set(kpi.PRODUCTIVITY_KPI_COLUMNS)


def _every_column_row() -> dict[str, object]:
    """One line-day with every column a KPI reads, each value making every KPI defined."""
    return daily_row("2025-03-03", smv=0.5, target_units=900, target_productivity=0.8,
                     actual_productivity=0.7, overtime_minutes=120.0, overtime_hours=2.0,
                     idle_minutes=10.0, idle_workers=2, bottleneck_minutes=0.02)


@pytest.mark.parametrize("name", list(availability.KPI_INPUTS))
def test_kpi_inputs_are_exactly_what_the_summary_needs(name):
    full = pd.DataFrame([_every_column_row()])
    for inputs in availability.KPI_INPUTS[name]:
        given = kpi.qcdms_summary(full[["date", "line", *inputs]], by="line", period=None,
                                  productivity=True)
        assert not math.isnan(given.loc[0, name]), inputs
        for dropped in inputs:
            rest = [c for c in inputs if c != dropped]
            less = kpi.qcdms_summary(full[["date", "line", *rest]], by="line", period=None,
                                     productivity=True)
            still = availability.chosen_inputs(name, rest) is not None
            assert math.isnan(less.loc[0, name]) != still, (inputs, dropped)
