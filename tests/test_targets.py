"""Traffic lights at their boundaries, the targets file, and "what changed this week"."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from score_helpers.kpi import targets
from score_helpers.kpi.targets import DEFAULT_TARGETS, Target, traffic_light
from tests.daily_rows import daily_row


def day(date: str, line: str = "Line A", **counts: float) -> dict[str, object]:
    """One daily row (ten orders due, all on time) unless counts say otherwise."""
    return daily_row(date, line, **{"orders_due": 10, "orders_on_time": 10, **counts})


# --- Traffic lights --------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "light"), [
    (0.0, "green"), (0.02, "green"), (0.0201, "amber"), (0.04, "amber"), (0.0401, "red"),
    (float("nan"), "no data"), (None, "no data")])
def test_defect_rate_lights_lower_is_better(value: float | None, light: str) -> None:
    assert traffic_light(value, DEFAULT_TARGETS["defect_rate"]) == light


@pytest.mark.parametrize(("value", "light"), [
    (1.0, "green"), (0.95, "green"), (0.949, "amber"), (0.90, "amber"), (0.899, "red")])
def test_on_time_delivery_lights_higher_is_better(value: float, light: str) -> None:
    assert traffic_light(value, DEFAULT_TARGETS["on_time_delivery"]) == light


@pytest.mark.parametrize(("value", "light"), [(0, "green"), (0.1, "amber"), (10, "amber"),
                                              (10.5, "red")])
def test_injury_frequency_is_green_only_at_zero(value: float, light: str) -> None:
    assert traffic_light(value, DEFAULT_TARGETS["frequency_rate"]) == light


def test_a_computed_boundary_value_gets_the_better_light() -> None:
    assert traffic_light(0.1 + 0.2 - 0.26, Target("defect_rate", 0.04, 0.06)) == "green"


def test_cost_per_unit_is_judged_against_its_baseline() -> None:
    cost = DEFAULT_TARGETS["cost_per_unit"]
    assert [traffic_light(v, cost, baseline=100.0) for v in (99, 100, 104, 105, 106)] == [
        "green", "green", "amber", "amber", "red"]
    with pytest.raises(ValueError, match="baseline"):
        traffic_light(100, cost)


def test_targets_reject_a_wrong_order_a_percent_and_an_unknown_kpi() -> None:
    with pytest.raises(ValueError, match="lower is better"):
        Target("defect_rate", green=0.05, amber=0.04)
    with pytest.raises(ValueError, match="higher is better"):
        Target("oee", green=0.6, amber=0.75)
    with pytest.raises(ValueError, match=r"0\.02 for 2 %"):
        Target("defect_rate", green=2, amber=4)
    with pytest.raises(ValueError, match="Did you mean 'defect_rate'"):
        Target("defect_rates", green=0.02, amber=0.04)


def test_traffic_lights_add_a_column_per_kpi_and_use_each_lines_own_cost() -> None:
    summary = pd.DataFrame({
        "line": ["Line A", "Line A", "Line A", "Line B", "Line B", "Line B"],
        "defect_rate": [0.01, 0.03, 0.05, 0.02, float("nan"), 0.04],
        "cost_per_unit": [100.0, 103.0, 107.0, 200.0, 200.0, 190.0]})
    out = targets.traffic_lights(summary)
    assert out["defect_rate_light"].tolist() == ["green", "amber", "red", "green", "no data",
                                                 "amber"]
    # medians: Line A 103, Line B 200 (Line B's 200 would be red against Line A's median)
    assert out["cost_per_unit_light"].tolist() == ["green", "green", "amber", "green", "green",
                                                   "green"]
    assert "on_time_delivery_light" not in out and "defect_rate_light" not in summary
    with pytest.raises(ValueError, match="none of the KPI columns"):
        targets.traffic_lights(summary[["line"]])


# --- The targets file ------------------------------------------------------------------------

def test_targets_survive_a_json_round_trip(tmp_path: Path) -> None:
    path = targets.targets_to_json(DEFAULT_TARGETS, tmp_path / "targets.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["defect_rate"] == {"green": 0.02, "amber": 0.04}
    assert document["cost_per_unit"]["relative"] is True
    assert targets.targets_from_json(path) == DEFAULT_TARGETS


@pytest.mark.parametrize(("text", "expected"), [
    ('{"defect_rate": {"green": 0.02, "amber": 0.04}', r"line 1: not valid JSON"),
    ('{"defect_rate": {"green": "two", "amber": 0.04}}', r"key 'defect_rate': .*'green'"),
    ('{"defect_rate": {"green": 0.02}}', r"key 'defect_rate': write 'green' and 'amber'"),
    ('{"defect_rate": {"green": 2, "amber": 4}}', r"key 'defect_rate': .*0\.02 for 2 %"),
    ('{"defects_rate": {"green": 0.02, "amber": 0.04}}', r"key 'defects_rate': .*not a KPI"),
    ('{"oee": 0.75}', r"key 'oee': expected"),
    ('[1, 2]', r"expected targets such as"),
])
def test_a_broken_targets_file_names_the_file_and_the_key(tmp_path: Path, text: str,
                                                          expected: str) -> None:
    path = tmp_path / "my_targets.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=r"^my_targets\.json[,:] " + ".*" + expected):
        targets.targets_from_json(path)


# --- What changed this week ------------------------------------------------------------------

def two_weeks() -> pd.DataFrame:
    """Week of 3 March 2025 against the week of 10 March (which reaches its Saturday)."""
    return pd.DataFrame([
        day("2025-03-03", defects=30, orders_due=10, orders_on_time=9),
        day("2025-03-03", "Line B", defects=21, orders_due=10, orders_on_time=10),
        day("2025-03-10", defects=10, units_produced=500, orders_due=5, orders_on_time=4),
        day("2025-03-15", defects=10, units_produced=500, orders_due=5, orders_on_time=4),
        day("2025-03-10", "Line B", defects=34, orders_due=10, orders_on_time=10),
    ])


def test_week_changes_compare_the_latest_full_week_with_the_one_before() -> None:
    out = targets.week_changes(two_weeks(), kpi_columns=["defect_rate", "on_time_delivery"])
    assert (out["week_start"] == pd.Timestamp("2025-03-10")).all()
    rows = {(r.line, r.kpi): r for r in out.itertuples()}
    b = rows["Line B", "defect_rate"]
    assert (b.value, b.previous) == pytest.approx((0.034, 0.021))
    assert b.change == pytest.approx(0.013) and b.relative_change == pytest.approx(13 / 21)
    assert b.direction == "worse"
    assert b.sentence == "Line B: defect rate rose from 2.1 % to 3.4 % (worse)."
    a = rows["Line A", "defect_rate"]
    assert a.direction == "better"
    assert a.sentence == "Line A: defect rate fell from 3.0 % to 2.0 % (better)."
    otd = rows["Line A", "on_time_delivery"]                # higher is better: 90 % → 80 %
    assert otd.direction == "worse"
    assert otd.sentence == "Line A: on-time delivery fell from 90.0 % to 80.0 % (worse)."
    assert rows["Line B", "on_time_delivery"].direction == "same"
    assert [(r.line, r.kpi) for r in out.itertuples()] == [
        ("Line B", "defect_rate"), ("Line A", "on_time_delivery"),
        ("Line B", "on_time_delivery"), ("Line A", "defect_rate")]


def test_a_week_without_its_saturday_is_not_full_yet() -> None:
    daily = pd.concat([two_weeks(), pd.DataFrame([day("2025-03-19")])], ignore_index=True)
    assert targets.week_changes(daily)["week_start"].iloc[0] == pd.Timestamp("2025-03-10")
    first = targets.week_changes(daily, week="2025-W10", kpi_columns=["defect_rate"])
    assert first["direction"].tolist() == ["no data", "no data"]        # nothing before it
    assert first["sentence"].iloc[0] == "Line A: no defect rate for both weeks to compare."
    assert targets.week_changes(daily, week="2025-03-12").equals(
        targets.week_changes(daily, week="2025-W11"))


def test_small_changes_are_same_and_a_first_injury_tops_the_list() -> None:
    daily = two_weeks()
    daily.loc[4, ["defects", "units_produced", "lost_time_injuries", "incidents"]] = [
        21, 990, 1, 1]                                       # 2.12 %: within 2 % of 2.1 %
    out = targets.week_changes(daily, kpi_columns=["defect_rate", "frequency_rate"])
    assert out.iloc[0][["line", "kpi", "direction"]].tolist() == ["Line B", "frequency_rate",
                                                                  "worse"]
    assert math.isnan(out.iloc[0]["relative_change"])
    b = out.set_index(["line", "kpi"]).loc[("Line B", "defect_rate")]
    assert b["direction"] == "same" and b["sentence"] == "Line B: defect rate held steady at 2.1 %."


def test_week_changes_refuse_mixed_factories_and_unknown_weeks() -> None:
    daily = two_weeks()
    with pytest.raises(ValueError, match="factories"):
        targets.week_changes(daily.assign(factory=["garments", "food"] * 2 + ["food"]))
    with pytest.raises(ValueError, match="no data for the week starting 2025-01-06"):
        targets.week_changes(daily, week="2025-01-08")
    with pytest.raises(ValueError, match="ISO week"):
        targets.week_changes(daily, week="next week")
