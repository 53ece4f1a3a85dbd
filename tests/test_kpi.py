"""score_helpers.kpi against values worked out by hand (the arithmetic is in the comments)."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

from score_helpers import kpi
from score_helpers.data import schema

approx = pytest.approx


# ---- Scalars: hand-computed values ---------------------------------------------------------

@pytest.mark.parametrize(("function", "args", "expected"), [
    (kpi.defect_rate, (34, 1000), 0.034),                 # 34 ÷ 1000
    (kpi.first_pass_yield, (1000, 50), 0.95),             # 1 − 50 ÷ 1000
    (kpi.dpmo, (5, 1000, 10), 500.0),                     # 5 ÷ (1000 × 10) × 1,000,000
    (kpi.cost_per_unit, (45_000.0, 900), 50.0),           # 45,000 ÷ 900
    (kpi.on_time_delivery, (18, 20), 0.9),                # 18 ÷ 20
    (kpi.absenteeism_rate, (6, 200), 0.03),               # 6 ÷ 200
    (kpi.turnover_rate, (3, 60), 0.05),                   # 3 ÷ 60
    (kpi.labour_productivity, (1200, 480.0), 2.5),        # 1200 ÷ 480
    (kpi.frequency_rate, (2, 400_000.0), 5.0),            # 2 × 1,000,000 ÷ 400,000
    (kpi.ltifr, (2, 400_000.0), 5.0),                     # same as the frequency rate
    (kpi.severity_rate, (30, 400_000.0), 75.0),           # 30 × 1,000,000 ÷ 400,000
    (kpi.incidence_rate, (3, 120_000.0), 5.0),            # 3 × 200,000 ÷ 120,000
])
def test_scalar_values(function, args, expected):
    result = function(*args)
    assert isinstance(result, float)
    assert result == approx(expected)


def test_incidence_rate_other_base():
    # ILO base: 3 × 1,000,000 ÷ 120,000 = 25
    assert kpi.incidence_rate(3, 120_000, base=1_000_000) == approx(25.0)


def test_numpy_scalars_are_accepted():
    # 3 ÷ 10 = 0.3
    assert kpi.defect_rate(np.int64(3), np.float32(10)) == approx(0.3)


def test_nan_scalar_gives_nan():
    assert math.isnan(kpi.defect_rate(float("nan"), 10))
    assert math.isnan(kpi.cost_per_unit(100.0, float("nan")))


def test_ltifr_equals_frequency_rate():
    hours = pd.Series([1000.0, 250_000.0, 0.0])
    injuries = pd.Series([1, 3, 0])
    pd.testing.assert_series_equal(kpi.ltifr(injuries, hours), kpi.frequency_rate(injuries, hours))
    assert kpi.ltifr(7, 123_456.0) == kpi.frequency_rate(7, 123_456.0)


# ---- OEE -------------------------------------------------------------------------------------

def test_oee_scalar():
    # run = 480 − 60 = 420; A = 420/480 = 0.875; P = 0.5 × 700 / 420 = 0.8333…;
    # Q = 680/700 = 0.971428…; OEE = 0.875 × 0.8333… × 0.971428… = 0.708333…
    result = kpi.oee(480, 60, 0.5, 700, 680)
    assert isinstance(result, kpi.OEE)
    assert result.availability == approx(0.875)
    assert result.performance == approx(350 / 420)
    assert result.quality == approx(680 / 700)
    assert result.oee == approx(0.875 * 350 / 420 * 680 / 700)
    availability, performance, quality, overall = result
    assert (availability, performance, quality, overall) == tuple(result.as_dict().values())
    assert list(result.as_dict()) == ["availability", "performance", "quality", "oee"]
    assert "70.8%" in str(result)


def test_oee_performance_is_capped_at_one():
    # P = 1.0 × 500 / 400 = 1.25 → capped at 1; A = 400/480; Q = 1
    result = kpi.oee(480, 80, 1.0, 500, 500)
    assert result.performance == 1.0
    assert result.oee == approx(400 / 480)
    frame = kpi.oee(pd.Series([480, 480]), 80, 1.0, pd.Series([500, 200]), pd.Series([500, 200]))
    assert frame["performance"].tolist() == approx([1.0, 0.5])  # 200 ÷ 400 = 0.5


def test_oee_series_gives_dataframe_with_nan_for_no_run_time():
    # row 0: A = 420/480, P = 0.5 × 700/420, Q = 680/700; row 1: the line never ran
    frame = kpi.oee(pd.Series([480, 480]), pd.Series([60, 480]), 0.5,
                    pd.Series([700, 0]), pd.Series([680, 0]))
    assert list(frame.columns) == ["availability", "performance", "quality", "oee"]
    assert frame.loc[0, "oee"] == approx(0.875 * 350 / 420 * 680 / 700)
    assert frame.loc[1, "availability"] == 0.0
    assert frame.loc[1, ["performance", "quality", "oee"]].isna().all()
    assert not np.isinf(frame.to_numpy()).any()


def test_oee_broadcasts_a_single_series():
    # A = 420/480 = 0.875 and Q = 680/700 on both rows; P = 0.5 × 700/420 and 1.0 × 700/420 → 1
    frame = kpi.oee(480, 60, pd.Series([0.5, 1.0], index=["x", "y"]), 700, 680)
    assert frame.index.tolist() == ["x", "y"]
    assert frame["availability"].tolist() == approx([0.875, 0.875])
    assert frame["performance"].tolist() == approx([350 / 420, 1.0])
    assert frame["oee"].tolist() == approx([0.875 * 350 / 420 * 680 / 700, 0.875 * 680 / 700])


def test_oee_scalar_zero_run_time_raises():
    with pytest.raises(ValueError, match="downtime_minutes equals the planned time"):
        kpi.oee(480, 480, 0.5, 0, 0)


@pytest.mark.parametrize(("args", "names"), [
    ((480, 500, 0.5, 10, 10), ("downtime_minutes", "planned_minutes")),
    ((480, 60, 0.5, 10, 11), ("good_count", "total_count")),
])
def test_oee_impossible_parts_name_both_arguments(args, names):
    with pytest.raises(ValueError) as error:
        kpi.oee(*args)
    assert all(name in str(error.value) for name in names)


# ---- Scalar validation -----------------------------------------------------------------------

def test_zero_denominator_message_names_argument_and_says_what_to_check():
    with pytest.raises(ValueError) as error:
        kpi.defect_rate(0, 0)
    assert str(error.value) == (
        "units_produced must be more than 0 (got 0): a day with no production has no defect "
        "rate; leave that day out or check the entry.")


@pytest.mark.parametrize(("function", "args", "name"), [
    (kpi.first_pass_yield, (0, 0), "units_produced"),
    (kpi.dpmo, (0, 10, 0), "opportunities_per_unit"),
    (kpi.dpmo, (0, 0, 5), "units"),
    (kpi.cost_per_unit, (100.0, 0), "good_units"),
    (kpi.on_time_delivery, (0, 0), "orders_due"),
    (kpi.absenteeism_rate, (0, 0), "scheduled_worker_days"),
    (kpi.turnover_rate, (1, 0), "average_headcount"),
    (kpi.labour_productivity, (10, 0), "labour_hours"),
    (kpi.frequency_rate, (1, 0), "hours_worked"),
    (kpi.severity_rate, (1, -8.0), "hours_worked"),
    (kpi.incidence_rate, (1, 0), "hours_worked"),
    (kpi.oee, (0, 0, 0.5, 10, 10), "planned_minutes"),
    (kpi.oee, (480, 60, 0.5, 0, 0), "total_count"),
])
def test_zero_or_negative_denominator_names_argument(function, args, name):
    with pytest.raises(ValueError, match=rf"^{name} must be more than 0"):
        function(*args)


@pytest.mark.parametrize(("function", "args", "name"), [
    (kpi.defect_rate, (-1, 10), "defects"),
    (kpi.turnover_rate, (-2, 10), "separations"),
    (kpi.ltifr, (-1, 1000.0), "lost_time_injuries"),
    (kpi.severity_rate, (-3, 1000.0), "days_lost"),
    (kpi.oee, (480, -5, 0.5, 10, 10), "downtime_minutes"),
])
def test_negative_count_names_argument(function, args, name):
    with pytest.raises(ValueError, match=rf"^{name} must be 0 or more \(got -"):
        function(*args)


@pytest.mark.parametrize("bad", ["12", None, True, [1, 2]])
def test_non_numeric_names_argument(bad):
    with pytest.raises(TypeError, match=r"^defects must be a number"):
        kpi.defect_rate(bad, 100)


@pytest.mark.parametrize(("function", "args", "names"), [
    (kpi.defect_rate, (120, 100), ("defects", "units_produced")),
    (kpi.first_pass_yield, (100, 101), ("units_reworked_or_scrapped", "units_produced")),
    (kpi.on_time_delivery, (5, 4), ("orders_on_time", "orders_due")),
    (kpi.absenteeism_rate, (11, 10), ("days_absent", "scheduled_worker_days")),
])
def test_numerator_above_denominator_names_both(function, args, names):
    with pytest.raises(ValueError, match=rf"^{names[0]} \(.*\) is more than {names[1]}"):
        function(*args)


# ---- Series ----------------------------------------------------------------------------------

def test_series_values_and_zero_denominator_is_nan_without_warnings():
    defects = pd.Series([5, 0, 3], index=["mon", "tue", "wed"])
    units = pd.Series([100, 0, 60], index=["mon", "tue", "wed"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = kpi.defect_rate(defects, units)
    # 5 ÷ 100 = 0.05; 0 ÷ 0 → NaN; 3 ÷ 60 = 0.05
    assert result.index.tolist() == ["mon", "tue", "wed"]
    assert result["mon"] == approx(0.05) and result["wed"] == approx(0.05)
    assert math.isnan(result["tue"])
    assert result.name == "defect_rate"


@pytest.mark.parametrize("function", [kpi.frequency_rate, kpi.severity_rate, kpi.incidence_rate,
                                      kpi.labour_productivity, kpi.cost_per_unit])
def test_series_zero_denominator_never_inf(function):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = function(pd.Series([4, 2]), pd.Series([0.0, 0.0]))
    assert result.isna().all()


def test_series_and_scalar_broadcast():
    # 10 ÷ 200 = 0.05, 20 ÷ 200 = 0.1; 1 − 10 ÷ 100 = 0.9, 1 − 10 ÷ 50 = 0.8
    assert kpi.defect_rate(pd.Series([10, 20]), 200).tolist() == approx([0.05, 0.1])
    assert kpi.first_pass_yield(pd.Series([100, 50]), 10).tolist() == approx([0.9, 0.8])
    # 1 × 1,000,000 ÷ 500,000 = 2; 1 × 1,000,000 ÷ 250,000 = 4
    assert kpi.frequency_rate(1, pd.Series([500_000.0, 250_000.0])).tolist() == approx([2, 4])


def test_series_align_by_index():
    defects = pd.Series([1, 2], index=["b", "a"])
    units = pd.Series([10, 20], index=["a", "b"])
    # a: 2 ÷ 10 = 0.2; b: 1 ÷ 20 = 0.05
    result = kpi.defect_rate(defects, units)
    assert result["a"] == approx(0.2) and result["b"] == approx(0.05)


def test_series_negative_count_names_argument_and_first_row():
    defects = pd.Series([1, -2, -3], index=["mon", "tue", "wed"])
    with pytest.raises(ValueError, match=r"^defects must be 0 or more, but row 'tue' has -2"):
        kpi.defect_rate(defects, 100)
    with pytest.raises(ValueError, match=r"hours_worked .* row 1 "):
        kpi.frequency_rate(1, pd.Series([100.0, -1.0]))


def test_series_numerator_above_denominator_names_both_and_row():
    with pytest.raises(ValueError, match=r"defects \(12\) is more than units_produced \(10\) "
                                         r"at row 'tue'"):
        kpi.defect_rate(pd.Series([1, 12], index=["mon", "tue"]),
                        pd.Series([10, 10], index=["mon", "tue"]))


def test_series_of_text_is_rejected_with_row():
    with pytest.raises(TypeError, match=r"^defects must hold numbers, but row 1 holds '12O'"):
        kpi.defect_rate(pd.Series([1, "12O"], dtype=object), 100)


def test_dpmo_series():
    # 5 ÷ (1000 × 10) × 10^6 = 500; 0 ÷ (0 × 10) → NaN
    result = kpi.dpmo(pd.Series([5, 0]), pd.Series([1000, 0]), 10)
    assert result[0] == approx(500.0) and math.isnan(result[1])


# ---- qcdms_summary -----------------------------------------------------------------------------

DEFAULTS = dict(
    product="shirt", units_produced=100, defects=5, units_reworked=3, units_scrapped=2,
    planned_minutes=480.0, downtime_minutes=48.0, ideal_cycle_time_min=2.0, orders_due=4,
    orders_on_time=3, material_cost_php=1000.0, labour_cost_php=2000.0, overhead_cost_php=500.0,
    headcount=10, scheduled_worker_days=10, days_absent=1, separations=0, hours_worked=80.0,
    incidents=0, near_misses=0, lost_time_injuries=0, days_lost=0,
)
BREAKDOWN = dict(units_produced=0, defects=0, units_reworked=0, units_scrapped=0,
                 downtime_minutes=480.0, orders_due=0, orders_on_time=0)


def _row(line: str, date: str, **values) -> dict:
    return {"date": pd.Timestamp(date), "factory": "garments", "line": line,
            **DEFAULTS, **values}


@pytest.fixture
def daily() -> pd.DataFrame:
    """Two lines, Mon 1 – Tue 2 January (week 1) and Mon 8 January 2024 (week 2)."""
    rows = [
        _row("A", "2024-01-01", units_produced=100, defects=10, units_reworked=6,
             units_scrapped=4, orders_due=4, orders_on_time=4, incidents=1,
             lost_time_injuries=1, days_lost=3, separations=1),
        _row("A", "2024-01-02", product="socks", units_produced=1000, defects=10,
             units_reworked=5, units_scrapped=5, ideal_cycle_time_min=0.3,
             downtime_minutes=0.0, orders_due=6, orders_on_time=3, material_cost_php=8000.0,
             labour_cost_php=2400.0, overhead_cost_php=600.0, headcount=12,
             scheduled_worker_days=12, days_absent=0, hours_worked=96.0),
        _row("A", "2024-01-08"),
        _row("B", "2024-01-01"),
        _row("B", "2024-01-02"),
        _row("B", "2024-01-08", **BREAKDOWN),  # the line was down all day
    ]
    return pd.DataFrame(rows)[[c.name for c in schema.DAILY_PRODUCTION]]


def test_summary_week_one_line_a_is_ratio_of_sums(daily):
    summary = kpi.qcdms_summary(daily, by=("factory", "line"), period="W")
    assert len(summary) == 4
    assert list(summary.columns[:3]) == ["factory", "line", "period_start"]
    assert list(summary.columns[-len(kpi.KPI_COLUMNS):]) == list(kpi.KPI_COLUMNS)
    a1 = summary.iloc[0]
    assert (a1["line"], a1["period_start"]) == ("A", pd.Timestamp("2024-01-01"))
    # Line A, week 1 (two days): units 100 + 1000 = 1100, defects 10 + 10 = 20
    assert a1["units_produced"] == 1100 and a1["defects"] == 20
    assert a1["defect_rate"] == approx(20 / 1100)
    assert a1["first_pass_yield"] == approx(1 - (6 + 4 + 5 + 5) / 1100)
    # good = 1100 − (4 + 5) = 1091; cost = 1000 + 2000 + 500 + 8000 + 2400 + 600 = 14,500
    assert a1["good_units"] == 1091 and a1["total_cost_php"] == approx(14_500)
    assert a1["cost_per_unit"] == approx(14_500 / 1091)
    assert a1["on_time_delivery"] == approx((4 + 3) / (4 + 6))
    # run = 960 − 48 = 912; ideal minutes = 2.0 × 100 + 0.3 × 1000 = 500
    assert a1["availability"] == approx(912 / 960)
    assert a1["performance"] == approx(500 / 912)
    assert a1["quality"] == approx((1100 - 20) / 1100)
    assert a1["oee"] == approx(912 / 960 * 500 / 912 * 1080 / 1100)
    assert a1["absenteeism_rate"] == approx(1 / 22)
    # average headcount = (10 + 12) ÷ 2 days = 11
    assert a1["average_headcount"] == approx(11) and a1["turnover_rate"] == approx(1 / 11)
    assert a1["labour_productivity"] == approx(1091 / 176)  # hours 80 + 96 = 176
    assert a1["frequency_rate"] == approx(1e6 / 176)
    assert a1["severity_rate"] == approx(3e6 / 176)
    assert a1["incidence_rate"] == approx(200_000 / 176)


def test_summary_differs_from_mean_of_daily_ratios(daily):
    summary = kpi.qcdms_summary(daily, by="line", period="W")
    week_one_a = daily[(daily["line"] == "A") & (daily["date"] < "2024-01-08")]
    mean_of_daily = (week_one_a["defects"] / week_one_a["units_produced"]).mean()
    assert mean_of_daily == approx((0.10 + 0.01) / 2)  # 0.055
    assert summary.loc[0, "defect_rate"] == approx(20 / 1100)  # 0.018
    assert summary.loc[0, "defect_rate"] != approx(mean_of_daily)


def test_summary_zero_production_week_is_nan_not_inf(daily):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        summary = kpi.qcdms_summary(daily, by="line", period="W")
    b2 = summary.iloc[3]
    assert (b2["line"], b2["period_start"]) == ("B", pd.Timestamp("2024-01-08"))
    for column in ("defect_rate", "cost_per_unit", "on_time_delivery", "performance", "oee"):
        assert math.isnan(b2[column]), column
    assert b2["availability"] == 0.0 and b2["labour_productivity"] == 0.0
    assert not np.isinf(summary[list(kpi.KPI_COLUMNS)].to_numpy()).any()


def test_summary_factory_headcount_is_mean_of_daily_totals(daily):
    summary = kpi.qcdms_summary(daily, by="factory", period=None)
    assert len(summary) == 1 and "period_start" not in summary.columns
    # daily totals: 1 Jan 10 + 10 = 20, 2 Jan 12 + 10 = 22, 8 Jan 10 + 10 = 20 → mean 62/3
    assert summary.loc[0, "average_headcount"] == approx(62 / 3)
    assert summary.loc[0, "turnover_rate"] == approx(1 / (62 / 3))
    assert summary.loc[0, "working_days"] == 3


def test_summary_whole_range_no_groups(daily):
    summary = kpi.qcdms_summary(daily, by=(), period=None, opportunities_per_unit=4)
    assert len(summary) == 1
    # units 100 + 1000 + 100 + 100 + 100 + 0 = 1400; defects 10 + 10 + 5 + 5 + 5 + 0 = 35
    assert summary.loc[0, "defect_rate"] == approx(35 / 1400)
    assert summary.loc[0, "dpmo"] == approx(35 / (1400 * 4) * 1e6)
    assert list(summary.columns)[-1] == "dpmo"


@pytest.mark.parametrize(("period", "starts"), [
    ("D", ["2024-01-01", "2024-01-02", "2024-01-08"]),
    ("W", ["2024-01-01", "2024-01-08"]),
    ("ME", ["2024-01-01"]),
    ("M", ["2024-01-01"]),
    ("Q", ["2024-01-01"]),
    ("Y", ["2024-01-01"]),
])
def test_summary_periods(daily, period, starts):
    summary = kpi.qcdms_summary(daily, by=[], period=period)
    assert summary["period_start"].tolist() == [pd.Timestamp(s) for s in starts]
    assert summary["units_produced"].sum() == daily["units_produced"].sum()


def test_summary_accepts_text_dates(daily):
    as_text = daily.assign(date=daily["date"].dt.strftime("%Y-%m-%d"))
    expected = kpi.qcdms_summary(daily)
    result = kpi.qcdms_summary(as_text)
    pd.testing.assert_frame_equal(result, expected, check_dtype=False)


def test_summary_missing_group_and_date_columns_are_listed(daily):
    with pytest.raises(ValueError, match=r"missing 2 column.*: shift, date"):
        kpi.qcdms_summary(daily.drop(columns=["date"]), by=["line", "shift"])


def test_summary_absent_count_columns_give_nan_kpis(daily):
    # Issue 15: a factory's own file has only some columns; the KPIs that need the absent
    # ones are NaN, the others keep their values, and the table keeps its shape.
    full = kpi.qcdms_summary(daily)
    part = kpi.qcdms_summary(daily.drop(columns=["defects", "headcount"]))
    assert list(part.columns) == list(full.columns)
    for column in ("defect_rate", "quality", "oee", "turnover_rate", "average_headcount",
                   "defects"):
        assert part[column].isna().all(), column
    for column in ("first_pass_yield", "cost_per_unit", "availability", "performance",
                   "absenteeism_rate", "labour_productivity", "frequency_rate"):
        pd.testing.assert_series_equal(part[column], full[column])


def test_summary_rejects_unknown_period(daily):
    with pytest.raises(ValueError, match=r"^period must be"):
        kpi.qcdms_summary(daily, period="fortnight")


@pytest.mark.parametrize(("change", "message"), [
    ({"defects": [5, None, 5, 5, 5, 0]},
     "Column 'defects' has 1 missing values, the first at row 1"),
    ({"hours_worked": [80.0, -1.0, 80, 80, 80, 80]}, "Column 'hours_worked' has 1 negative"),
])
def test_summary_rejects_gaps_and_negatives(daily, change, message):
    with pytest.raises(ValueError, match=message):
        kpi.qcdms_summary(daily.assign(**change))


def test_summary_rejects_missing_dates(daily):
    with pytest.raises(ValueError, match=r"Column 'date' has 1 missing dates, the first at row 2"):
        kpi.qcdms_summary(daily.assign(date=daily["date"].where(daily.index != 2)))


def test_summary_rejects_text_counts(daily):
    with pytest.raises(TypeError, match="must hold numbers but do not: units_produced"):
        kpi.qcdms_summary(daily.assign(units_produced=daily["units_produced"].astype(str)))


def test_kpi_columns_metadata():
    assert list(kpi.KPI_COLUMNS)[:2] == ["defect_rate", "first_pass_yield"]
    assert len(kpi.KPI_COLUMNS) == 14
    assert {info.pillar for info in kpi.KPI_COLUMNS.values()} == set(kpi.PILLARS)
    assert kpi.KPI_COLUMNS["defect_rate"].label == "Defect rate"
    assert kpi.KPI_COLUMNS["frequency_rate"].pillar == "S"
