"""Properties of score_helpers.kpi that hold for any consistent input (hypothesis)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from score_helpers import kpi
from score_helpers.data import schema

# Local settings, not a global profile: other test modules keep their own.
fast = settings(max_examples=60, deadline=None)
frames = settings(max_examples=25, deadline=None)  # each example builds and groups a frame

counts = st.integers(min_value=0, max_value=10**7)
positive_counts = st.integers(min_value=1, max_value=10**7)
hours = st.floats(min_value=0.5, max_value=1e8, allow_nan=False)


@st.composite
def part_and_whole(draw, whole=positive_counts):
    """A whole (denominator) and a part of it (numerator), e.g. defects of units produced."""
    total = draw(whole)
    return draw(st.integers(min_value=0, max_value=total)), total


@pytest.mark.parametrize("function", [kpi.defect_rate, kpi.on_time_delivery,
                                      kpi.absenteeism_rate])
@fast
@given(pair=part_and_whole())
def test_share_is_between_0_and_1(function, pair):
    assert 0.0 <= function(*pair) <= 1.0


@fast
@given(pair=part_and_whole())
def test_first_pass_yield_is_between_0_and_1_and_complements_the_loss(pair):
    lost, units = pair
    result = kpi.first_pass_yield(units, lost)
    assert 0.0 <= result <= 1.0
    assert result == pytest.approx(1 - kpi.defect_rate(lost, units))


@st.composite
def oee_inputs(draw):
    planned = draw(st.floats(min_value=1.0, max_value=1440.0))
    downtime = draw(st.floats(min_value=0.0, max_value=planned * 0.99))
    total = draw(st.integers(min_value=1, max_value=100_000))
    good = draw(st.integers(min_value=0, max_value=total))
    cycle = draw(st.floats(min_value=0.0, max_value=10.0))
    return planned, downtime, cycle, total, good


@fast
@given(args=oee_inputs())
def test_oee_parts_in_unit_interval_and_product(args):
    result = kpi.oee(*args)
    for value in result:
        assert 0.0 <= value <= 1.0
    assert result.oee == pytest.approx(result.availability * result.performance * result.quality)


@fast
@given(rows=st.lists(oee_inputs(), min_size=1, max_size=8))
def test_oee_series_agrees_with_scalars(rows):
    columns = [pd.Series(column) for column in zip(*rows, strict=True)]
    frame = kpi.oee(*columns)
    for position, row in enumerate(rows):
        assert frame.iloc[position].tolist() == pytest.approx(list(kpi.oee(*row)))


@fast
@given(injuries=counts, worked=hours, factor=st.integers(min_value=1, max_value=1000))
def test_frequency_rate_is_linear(injuries, worked, factor):
    rate = kpi.frequency_rate(injuries, worked)
    assert kpi.frequency_rate(injuries * factor, worked) == pytest.approx(rate * factor)
    assert kpi.frequency_rate(injuries, worked * factor) == pytest.approx(rate / factor)
    assert kpi.ltifr(injuries, worked) == rate
    assert kpi.incidence_rate(injuries, worked) == pytest.approx(rate / 5)  # 200,000 ÷ 10^6


@pytest.mark.parametrize("function", [kpi.defect_rate, kpi.on_time_delivery,
                                      kpi.absenteeism_rate, kpi.turnover_rate,
                                      kpi.cost_per_unit, kpi.frequency_rate])
@fast
@given(pairs=st.lists(part_and_whole(whole=counts), min_size=1, max_size=10))
def test_series_and_scalar_agree_element_wise(function, pairs):
    parts, wholes = (pd.Series(column) for column in zip(*pairs, strict=True))
    result = function(parts, wholes)
    for position, (part, whole) in enumerate(pairs):
        if whole == 0:
            assert math.isnan(result.iloc[position])
        else:
            assert result.iloc[position] == pytest.approx(function(part, whole))


# ---- qcdms_summary ------------------------------------------------------------------------------

@st.composite
def daily_frames(draw, lines=("A", "B", "C")):
    """Small consistent daily frames with every schema column."""
    rows = []
    for _ in range(draw(st.integers(min_value=1, max_value=12))):
        units = draw(st.integers(min_value=1, max_value=2000))
        defects = draw(st.integers(min_value=0, max_value=units))
        scrapped = draw(st.integers(min_value=0, max_value=defects))
        due = draw(st.integers(min_value=1, max_value=10))
        headcount = draw(st.integers(min_value=1, max_value=50))
        lost = draw(st.integers(min_value=0, max_value=2))
        rows.append({
            "date": pd.Timestamp("2024-01-01") + pd.Timedelta(days=draw(st.integers(0, 60))),
            "factory": draw(st.sampled_from(schema.FACTORIES)),
            "line": draw(st.sampled_from(lines)), "product": "p",
            "units_produced": units, "defects": defects, "units_reworked": defects - scrapped,
            "units_scrapped": scrapped, "planned_minutes": 480.0,
            "downtime_minutes": float(draw(st.integers(min_value=0, max_value=479))),
            "ideal_cycle_time_min": draw(st.sampled_from([0.1, 0.25, 0.5])),
            "orders_due": due, "orders_on_time": draw(st.integers(min_value=0, max_value=due)),
            "material_cost_php": 10.0 * units, "labour_cost_php": 600.0 * headcount,
            "overhead_cost_php": 1000.0, "headcount": headcount,
            "scheduled_worker_days": headcount,
            "days_absent": draw(st.integers(min_value=0, max_value=headcount)),
            "separations": draw(st.integers(min_value=0, max_value=2)),
            "hours_worked": 8.0 * headcount, "incidents": lost, "near_misses": 0,
            "lost_time_injuries": lost, "days_lost": 3 * lost,
        })
    return pd.DataFrame(rows)


def _sorted(summary: pd.DataFrame) -> pd.DataFrame:
    keys = [c for c in ("factory", "line", "period_start") if c in summary.columns]
    return summary.sort_values(keys).reset_index(drop=True)


@frames
@given(first=daily_frames(lines=("A", "B")), second=daily_frames(lines=("C", "D")))
def test_summary_of_concatenation_is_concatenation_of_summaries(first, second):
    both = kpi.qcdms_summary(pd.concat([first, second], ignore_index=True))
    parts = pd.concat([kpi.qcdms_summary(first), kpi.qcdms_summary(second)], ignore_index=True)
    pd.testing.assert_frame_equal(_sorted(both), _sorted(parts), check_dtype=False)


@frames
@given(frame=daily_frames(), seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_summary_ignores_row_order(frame, seed):
    shuffled = frame.sample(frac=1.0, random_state=np.random.RandomState(seed))
    pd.testing.assert_frame_equal(kpi.qcdms_summary(shuffled, period="ME"),
                                  kpi.qcdms_summary(frame, period="ME"), check_dtype=False)


@frames
@given(frame=daily_frames())
def test_summary_totals_match_raw_sums_and_shares_stay_in_range(frame):
    summary = kpi.qcdms_summary(frame, by="factory", period="W")
    for column in ("units_produced", "defects", "hours_worked", "days_lost"):
        assert summary[column].sum() == pytest.approx(frame[column].sum())
    shares = ["defect_rate", "first_pass_yield", "on_time_delivery", "availability",
              "performance", "quality", "oee", "absenteeism_rate"]
    values = summary[shares].to_numpy()
    assert ((values >= 0) & (values <= 1)).all()


@frames
@given(frame=daily_frames())
def test_whole_range_defect_rate_is_ratio_of_sums(frame):
    summary = kpi.qcdms_summary(frame, by=(), period=None)
    expected = frame["defects"].sum() / frame["units_produced"].sum()
    assert summary.loc[0, "defect_rate"] == pytest.approx(expected)
