"""The what-if simulator's library: each change moves the numbers the right way."""

from __future__ import annotations

import pytest

from score_helpers.maintenance import cost as mc
from score_helpers.maintenance.whatif import (
    RUNNING_HOURS_PER_DAY,
    WhatIf,
    days_to_running_hours,
    whatif,
)


def test_the_result_has_one_row_per_policy_and_the_charted_machine() -> None:
    result = whatif()
    assert isinstance(result, WhatIf)
    assert list(result.policies.index) == ["reactive", "preventive", "predictive"]
    assert list(result.policies.columns) == mc.COLUMNS
    assert result.machine == result.machines[0]
    assert set(result.sensors["machine_id"]) == {result.machine}
    assert set(result.sensors["run"]) == {"reactive", "preventive"}
    assert result.policies.loc["reactive", "planned_jobs"] == 0
    assert result.policies.loc["reactive", "false_alarms"] == 0
    assert result.cheapest() in result.policies.index


def test_days_become_running_hours_on_a_16_hour_6_day_week() -> None:
    assert pytest.approx(96 / 7) == RUNNING_HOURS_PER_DAY
    assert days_to_running_hours(7) == pytest.approx(96)
    assert whatif(service_every_days=30).settings["service_every_hours"] == pytest.approx(
        30 * 96 / 7)


def test_higher_load_means_more_breakdowns_and_a_higher_reactive_cost() -> None:
    light, heavy = whatif(load=0.8).policies, whatif(load=1.8).policies
    assert heavy.loc["reactive", "breakdowns"] > light.loc["reactive", "breakdowns"]
    assert heavy.loc["reactive", "total_cost_php"] > light.loc["reactive", "total_cost_php"]


def test_shorter_service_interval_means_fewer_preventive_breakdowns() -> None:
    often, rarely = whatif(service_every_days=10), whatif(service_every_days=90)
    assert (often.policies.loc["preventive", "breakdowns"]
            < rarely.policies.loc["preventive", "breakdowns"])
    assert (often.policies.loc["preventive", "planned_jobs"]
            > rarely.policies.loc["preventive", "planned_jobs"])


def test_services_change_only_the_preventive_run() -> None:
    often, rarely = whatif(service_every_days=10), whatif(service_every_days=90)
    for policy in ("reactive", "predictive"):
        assert often.policies.loc[policy].equals(rarely.policies.loc[policy])


def test_a_lower_alert_threshold_raises_more_false_alarms() -> None:
    low, high = whatif(alert_threshold_mm_s=1.0), whatif(alert_threshold_mm_s=3.0)
    assert (low.policies.loc["predictive", "false_alarms"]
            > high.policies.loc["predictive", "false_alarms"])
    assert len(low.alerts) > len(high.alerts)


def test_prices_change_the_pesos_not_the_counts() -> None:
    cheap, dear = whatif(downtime_cost_php_per_hour=1_000), whatif(
        downtime_cost_php_per_hour=5_000)
    counts = ["breakdowns", "planned_jobs", "false_alarms", "downtime_hours"]
    assert cheap.policies[counts].equals(dear.policies[counts])
    assert (dear.policies["total_cost_php"] > cheap.policies["total_cost_php"]).all()


def test_a_chosen_machine_is_charted() -> None:
    result = whatif(machine="CMP-01")
    assert result.machine == "CMP-01"
    assert set(result.events["machine_id"]) <= {"CMP-01"}


@pytest.mark.parametrize(("arguments", "name"), [
    ({"load": 3.0}, "load"),
    ({"load": "heavy"}, "load"),
    ({"service_every_days": 0}, "service_every_days"),
    ({"service_every_days": 1000}, "service_every_days"),
    ({"alert_threshold_mm_s": 0}, "alert_threshold_mm_s"),
    ({"alert_threshold_mm_s": -1.0}, "alert_threshold_mm_s"),
    ({"downtime_cost_php_per_hour": -5}, "downtime_cost_php_per_hour"),
    ({"n_machines": 0}, "n_machines"),
    ({"machine": "XYZ-99"}, "machine"),
])
def test_a_wrong_argument_is_named(arguments: dict[str, object], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        whatif(**arguments)
