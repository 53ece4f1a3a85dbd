"""score_helpers.maintenance.cost: the peso arithmetic by hand, the shape of cost against
the alert limit, and errors that name the argument at fault."""

from __future__ import annotations

import inspect

import numpy as np
import pandas as pd
import pytest

from score_helpers.maintenance import cost as mc

# Example defaults: breakdown 8,000 + 10 × (2,500 + 250) = 35,500; planned 2,000 + 3 × 2,750
BREAKDOWN, PLANNED = 35_500.0, 10_250.0


def one_machine(vibration: np.ndarray, start: str = "2025-01-01") -> pd.DataFrame:
    """A machine that runs every hour (clock hours = running hours)."""
    return pd.DataFrame({
        "timestamp": pd.date_range(start, periods=len(vibration), freq="h"),
        "machine_id": "SEW-01", "vibration_mm_s": vibration, "bearing_temp_c": 40.0,
        "motor_current_a": 2.0, "run_hours": np.arange(1, len(vibration) + 1, dtype=float)})


def breakdown_at(*hours: str) -> pd.DataFrame:
    stamps = pd.to_datetime(list(hours))
    return pd.DataFrame({"date": stamps.normalize(), "machine_id": "SEW-01",
                         "event_type": "breakdown", "timestamp": stamps})


def test_costs_worked_out_by_hand() -> None:
    # 10 days of 1.0 mm/s; a stray 3-hour spike on day 2 (false alarm); the fault rises
    # above 1.8 from hour 200, the alert comes at hour 202, the breakdown at hour 230.
    vibration = np.full(240, 1.0)
    vibration[30:33] = 2.0
    vibration[200:231] = 3.0
    sensors = one_machine(vibration)
    events = breakdown_at("2025-01-10 14:00")                        # hour 230
    table = mc.compare_policies(sensors, events, preventive_every_days=4)
    assert table.loc["reactive"].tolist() == [1, 0, 0, 10.0, BREAKDOWN]
    # Predictive: 28 h of warning ≥ 8 h lead → a planned repair, plus one false alarm visit.
    assert table.loc["predictive"].tolist() == [0, 1, 1, 3.0, PLANNED + 500]
    # Preventive: services at day 4 and 8 (2025-01-09 00:00, 38 h before: found) → 2 + 1.
    assert table.loc["preventive"].tolist() == [0, 3, 0, 9.0, 3 * PLANNED]
    late = mc.compare_policies(sensors, events, preventive_every_days=4, min_lead_hours=30)
    assert late.loc["predictive", "breakdowns"] == 1          # 28 h is too late for 30 h
    # With a one-day warning window, the service 38 h before finds nothing, and the alert
    # 28 h before counts as a false alarm too: the fault was not yet there to find.
    short = mc.compare_policies(sensors, events, preventive_every_days=4,
                                warning_window_hours=24)
    assert short.loc["preventive"].tolist() == [1, 2, 0, 16.0, BREAKDOWN + 2 * PLANNED]
    assert short.loc["predictive"].tolist() == [1, 0, 2, 10.0, BREAKDOWN + 1_000]


def test_reactive_has_the_most_breakdowns(machine_logs, big_fleet) -> None:
    for sensors, events in (machine_logs, (big_fleet.sensors, big_fleet.events)):
        table = mc.compare_policies(sensors, events)
        assert table["breakdowns"].idxmax() == "reactive"
        assert (table["breakdowns"] < table.loc["reactive", "breakdowns"]).sum() >= 1
        assert table.loc["predictive", "total_cost_php"] < table.loc["reactive", "total_cost_php"]
        assert (table.loc["reactive", "breakdowns"]
                == (events["event_type"] == "breakdown").sum())


def test_ignoring_false_alarms_makes_predictive_look_cheaper(machine_logs) -> None:
    sensors, events = machine_logs
    honest = mc.compare_policies(sensors, events, alert_threshold_mm_s=1.2)
    assert honest.loc["predictive", "false_alarms"] > 0
    rosy = mc.compare_policies(sensors, events, alert_threshold_mm_s=1.2,
                               false_alarm_visit_php=0)
    assert rosy.loc["predictive", "total_cost_php"] < honest.loc["predictive", "total_cost_php"]
    assert rosy.loc["reactive", "total_cost_php"] == honest.loc["reactive", "total_cost_php"]


def test_dearer_downtime_makes_predictive_save_more(machine_logs) -> None:
    sensors, events = machine_logs
    savings = []
    for rate in (500, 2_500, 10_000):
        table = mc.compare_policies(sensors, events, downtime_cost_php_per_hour=rate)
        cost = table["total_cost_php"]
        savings.append(cost["reactive"] - cost["predictive"])
        assert cost["predictive"] == cost.min()
    assert savings[0] < savings[1] < savings[2]


@pytest.mark.parametrize("source", ["machine_logs", "big_fleet"])
def test_cheapest_alert_limit_is_neither_the_most_nor_the_least_sensitive(
        source: str, request: pytest.FixtureRequest) -> None:
    chosen = request.getfixturevalue(source)
    sensors, events = chosen if source == "machine_logs" else (chosen.sensors, chosen.events)
    table = mc.cost_by_threshold(sensors, events)
    cost = table["total_cost_php"]
    best = int(cost.idxmin())
    assert 0 < best < len(table) - 1
    assert cost[best] < cost.iloc[0] and cost[best] < cost.iloc[-1]
    assert table["false_alarms"].iloc[0] > table["false_alarms"].iloc[best]    # too sensitive
    assert table["breakdowns"].iloc[-1] > table["breakdowns"].iloc[best]       # too late
    default = mc.compare_policies(sensors, events).loc["predictive", "total_cost_php"]
    assert cost[table["threshold_mm_s"] == 1.8].item() == default


def test_defaults_are_the_documented_examples() -> None:
    defaults = {name: p.default for name, p in
                inspect.signature(mc.compare_policies).parameters.items()
                if p.default is not inspect.Parameter.empty}
    assert defaults == {**mc.EXAMPLE_COSTS, **mc.EXAMPLE_SETTINGS}
    assert "use your own figures" in mc.compare_policies.__doc__
    assert "example" in inspect.getsource(mc).lower()


@pytest.mark.parametrize(("argument", "value", "message"), [
    ("repair_parts_php", -1, "repair_parts_php must be 0 or more .*peso amount"),
    ("downtime_cost_php_per_hour", -2_500, "downtime_cost_php_per_hour must be 0 or more"),
    ("false_alarm_visit_php", "500", "false_alarm_visit_php must be a number"),
    ("labour_php_per_hour", float("nan"), "labour_php_per_hour must be a number"),
    ("breakdown_downtime_hours", -3, "breakdown_downtime_hours must be 0 or more"),
    ("preventive_every_days", 0, "preventive_every_days must be more than 0"),
    ("alert_threshold_mm_s", 0, "alert_threshold_mm_s must be more than 0"),
    ("alert_min_hours", 1.5, "alert_min_hours must be a whole number"),
    ("min_lead_hours", 200, "min_lead_hours .* is more than warning_window_hours"),
])
def test_bad_inputs_name_the_argument(machine_logs, argument: str, value: object,
                                      message: str) -> None:
    with pytest.raises(ValueError, match=message):
        mc.compare_policies(*machine_logs, **{argument: value})


def test_cost_by_threshold_rejects_bad_settings(machine_logs) -> None:
    with pytest.raises(ValueError, match="planned_parts_php must be 0 or more"):
        mc.cost_by_threshold(*machine_logs, planned_parts_php=-5)
    with pytest.raises(TypeError, match=r"Unknown setting.*downtime_php"):
        mc.cost_by_threshold(*machine_logs, downtime_php=5)
    with pytest.raises(ValueError, match="thresholds must be vibration limits"):
        mc.cost_by_threshold(*machine_logs, thresholds=[1.0, -2.0])
    with pytest.raises(ValueError, match="thresholds is empty"):
        mc.cost_by_threshold(*machine_logs, thresholds=[])
    with pytest.raises(ValueError, match="missing the column"):
        mc.compare_policies(machine_logs[0].drop(columns="vibration_mm_s"), machine_logs[1])


# --- The saving as a range that depends on the factory's prices ----------------------------

def test_saving_range_by_hand() -> None:
    """7 breakdowns reactive; predictive: 1 breakdown, 6 planned jobs, 4 false alarms."""
    policies = pd.DataFrame({"breakdowns": [7, 1], "planned_jobs": [0, 6],
                             "false_alarms": [0, 4]}, index=["reactive", "predictive"])
    table = mc.saving_range(policies)
    assert list(table.index) == ["lowest saving", "example", "highest saving"]
    # Example prices: 7 × 35,500 − (35,500 + 6 × 10,250 + 4 × 500) = 149,500.
    assert table.loc["example", "saving_php"] == 7 * BREAKDOWN - (BREAKDOWN + 6 * PLANNED + 2_000)
    # Lowest: breakdown 4,000 + 10 × (1,000 + 150) = 15,500; planned 4,000 + 3 × 1,150 = 7,450;
    # visit 1,500 → 108,500 − (15,500 + 44,700 + 6,000) = 42,300.
    assert table.loc["lowest saving"].tolist() == [15_500, 7_450, 1_500, 108_500, 66_200, 42_300]
    # Highest: breakdown 20,000 + 10 × 5,400 = 74,000; planned 1,500 + 3 × 5,400 = 17,700.
    assert table.loc["highest saving", "saving_php"] == 7 * 74_000 - (74_000 + 6 * 17_700 + 1_200)
    saving = table["saving_php"]
    assert saving["lowest saving"] < saving["example"] < saving["highest saving"]


def test_saving_range_takes_the_factorys_own_prices() -> None:
    policies = pd.DataFrame({"breakdowns": [2, 1], "planned_jobs": [0, 1],
                             "false_alarms": [0, 30]}, index=["reactive", "predictive"])
    own = {"downtime_cost_php_per_hour": (500, 500), "repair_parts_php": (2_000, 2_000),
           "false_alarm_visit_php": (1_000, 1_000)}
    table = mc.saving_range(policies, own)
    # Cheap breakdowns and many dear false alarms: predictive costs MORE here.
    assert table.loc["lowest saving", "saving_php"] < 0
    assert table.loc["lowest saving", "breakdown_php"] == 2_000 + 10 * (500 + 150)


@pytest.mark.parametrize(("prices", "words"), [
    ({"downtime_cost_php_per_hour": (5_000, 1_000)}, "swap them"),
    ({"coffee_php": (1, 2)}, "unknown price"),
    ({"repair_parts_php": 8_000}, r"must be \(low, high\)"),
    ({"repair_parts_php": (-1, 8_000)}, "cannot be negative"),
])
def test_saving_range_names_a_bad_price(prices: dict, words: str) -> None:
    policies = pd.DataFrame({"breakdowns": [2, 1], "planned_jobs": [0, 1],
                             "false_alarms": [0, 0]}, index=["reactive", "predictive"])
    with pytest.raises(ValueError, match=words):
        mc.saving_range(policies, prices)


def test_saving_range_on_the_committed_data_is_a_range(machine_logs) -> None:
    table = mc.saving_range(mc.compare_policies(*machine_logs))
    low, high = table.loc["lowest saving", "saving_php"], table.loc["highest saving", "saving_php"]
    assert 0 < low < high and high > 5 * low     # far apart: the prices decide
