"""The fleet simulator of the predictive-maintenance lab: on schema, reproducible, and
behaving like worn machines do (warning signs, resets, load and service effects)."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest

from score_helpers.data import schema
from score_helpers.maintenance import simulator as sim

SEEDS = range(8)
DTYPE_CHECK = {schema.TIMESTAMP: lambda d: d == "datetime64[ns]",
               schema.DATE: lambda d: d == "datetime64[ns]",
               schema.AMOUNT: lambda d: d == "float64",
               schema.TEXT: pd.api.types.is_string_dtype}


@pytest.fixture(scope="module")
def fleet() -> sim.Fleet:
    """The default fleet: 6 machines, 90 days, seed 2025."""
    return sim.simulate_fleet()


@pytest.fixture(scope="module")
def busy_fleets() -> list[sim.Fleet]:
    """Fleets run hard enough to break down often, over several seeds."""
    return [sim.simulate_fleet(n_machines=6, days=120, seed=s, load=1.4) for s in SEEDS[:4]]


def breakdown_count(**kwargs: object) -> int:
    """Breakdowns of the default fleet, summed over SEEDS."""
    return sum(len(sim.failures(sim.simulate_fleet(seed=s, **kwargs))) for s in SEEDS)


def running(fleet: sim.Fleet) -> pd.Series:
    return fleet.sensors["motor_current_a"] > 0


# --- Shape and schema ------------------------------------------------------------------------

def test_columns_and_dtypes_follow_the_schema_contract(fleet: sim.Fleet) -> None:
    for frame, columns in ((fleet.sensors, schema.MACHINE_SENSORS),
                           (fleet.events, (*schema.MAINTENANCE_LOG,
                                           schema.Column("timestamp", schema.TIMESTAMP, "", "")))):
        assert list(frame.columns) == [c.name for c in columns]
        for column in columns:
            assert DTYPE_CHECK[column.kind](frame[column.name].dtype), column.name
            assert frame[column.name].notna().all(), column.name
            if column.kind == schema.AMOUNT:
                assert (frame[column.name] >= 0).all(), column.name
    assert set(fleet.events["event_type"]) <= {"planned", "breakdown"}
    assert (fleet.events["date"] == fleet.events["timestamp"].dt.normalize()).all()


def test_every_machine_has_one_row_per_hour(fleet: sim.Fleet) -> None:
    sensors = fleet.sensors
    assert len(sensors) == 6 * 90 * 24 == 12_960
    for _, rows in sensors.groupby("machine_id"):
        stamps = rows["timestamp"]
        assert len(rows) == 90 * 24 and stamps.iloc[0] == pd.Timestamp("2025-01-01")
        assert (stamps.diff().dropna() == pd.Timedelta(hours=1)).all()


def test_default_fleet_has_the_committed_mix_of_machines(fleet: sim.Fleet) -> None:
    machines = fleet.sensors.drop_duplicates("machine_id").set_index("machine_id")
    assert machines["machine_type"].to_dict() == {
        "SEW-01": "sewing_machine", "SEW-02": "sewing_machine", "SEW-03": "sewing_machine",
        "CMP-01": "air_compressor", "PKG-01": "packaging_motor", "CMP-02": "air_compressor"}
    assert machines.loc["CMP-01", "factory"] == "food"
    assert machines.loc["CMP-02", "factory"] == "electronics"
    assert machines.loc["SEW-01", "factory"] == "garments"


def test_machine_types_cycle_and_ids_are_numbered_per_type() -> None:
    one = sim.simulate_fleet(3, days=2, machine_types=["air_compressor"])
    assert list(pd.unique(one.sensors["machine_id"])) == ["CMP-01", "CMP-02", "CMP-03"]
    mixed = sim.simulate_fleet(4, days=1, machine_types=("packaging_motor", "sewing_machine"))
    assert list(pd.unique(mixed.sensors["machine_id"])) == ["PKG-01", "SEW-01", "PKG-02",
                                                            "SEW-02"]
    many = sim.simulate_fleet(120, days=1, machine_types="sewing_machine")
    assert pd.unique(many.sensors["machine_id"])[[0, -1]].tolist() == ["SEW-001", "SEW-120"]


# --- Reproducibility -------------------------------------------------------------------------

def test_same_seed_same_fleet_and_another_seed_another(fleet: sim.Fleet) -> None:
    again = sim.simulate_fleet(seed=2025)
    pd.testing.assert_frame_equal(fleet.sensors, again.sensors)
    pd.testing.assert_frame_equal(fleet.events, again.events)
    other = sim.simulate_fleet(seed=2026)
    assert not fleet.sensors["vibration_mm_s"].equals(other.sensors["vibration_mm_s"])


def test_a_machine_is_the_same_whatever_the_fleet_size(fleet: sim.Fleet) -> None:
    bigger = sim.simulate_fleet(n_machines=12)
    for frame in ("sensors", "events"):
        small = getattr(fleet, frame).query("machine_id == 'CMP-01'").reset_index(drop=True)
        large = getattr(bigger, frame).query("machine_id == 'CMP-01'").reset_index(drop=True)
        pd.testing.assert_frame_equal(small, large)


# --- How the machines behave -----------------------------------------------------------------

def test_off_hours_have_no_current_and_background_vibration(fleet: sim.Fleet) -> None:
    sensors = fleet.sensors
    stamps = sensors["timestamp"]
    off_shift = (stamps.dt.hour < 6) | (stamps.dt.hour >= 22) | (stamps.dt.day_of_week == 6)
    assert off_shift.sum() > 0.3 * len(sensors)
    off = sensors[off_shift | ~running(fleet)]
    assert (off["motor_current_a"] == 0).all()
    assert (off["vibration_mm_s"] < 0.1).all()
    on = sensors[running(fleet)]
    assert (on["vibration_mm_s"] > 0.2).all() and (on["motor_current_a"] > 0.5).all()
    assert on["vibration_mm_s"].median() < 1.8          # zone A/B most of the time
    new_year = sensors[stamps.dt.normalize() == pd.Timestamp("2025-01-01")]
    assert (new_year["motor_current_a"] == 0).all()     # a regular holiday


def test_vibration_rises_before_every_breakdown(busy_fleets: list[sim.Fleet]) -> None:
    checked = 0
    for fleet in busy_fleets:
        sensors = fleet.sensors[running(fleet)]
        ahead = sim.hours_to_next_failure(fleet)[running(fleet)]
        for event in sim.failures(fleet).itertuples():
            mine = sensors["machine_id"] == event.machine_id
            last_day = sensors[mine & (sensors["timestamp"] <= event.timestamp)].tail(24)
            healthy = sensors.loc[mine & ~(ahead < 200), "vibration_mm_s"].median()
            assert last_day["timestamp"].iloc[-1] == event.timestamp
            assert sim.vibration_zone(last_day["vibration_mm_s"].mean()).iloc[0] in ("C", "D")
            assert last_day["vibration_mm_s"].mean() > 2 * healthy, event
            checked += 1
    assert checked >= 20


def test_run_hours_reset_after_every_event(busy_fleets: list[sim.Fleet]) -> None:
    for fleet in busy_fleets:
        sensors = fleet.sensors[running(fleet)]
        for event in fleet.events.itertuples():
            after = sensors[(sensors["machine_id"] == event.machine_id)
                            & (sensors["timestamp"] > event.timestamp)]
            if not after.empty:
                assert after["run_hours"].iloc[0] == 1, event
        # Between events, run_hours counts the running hours one by one.
        for machine, rows in sensors.groupby("machine_id"):
            stamps = fleet.events.loc[fleet.events["machine_id"] == machine, "timestamp"]
            between = stamps.between(rows["timestamp"].iloc[0], rows["timestamp"].iloc[-1],
                                     inclusive="left")
            steps = rows["run_hours"].diff().dropna()
            restarts = rows["run_hours"][steps.index][steps != 1]
            assert len(restarts) == between.sum() and (restarts == 1).all(), machine


def test_planned_services_fall_on_sunday_morning_once_due() -> None:
    fleet = sim.simulate_fleet(seed=7, service_every_hours=200)
    planned = fleet.events[fleet.events["event_type"] == "planned"]
    assert len(planned) >= 6
    assert (planned["timestamp"].dt.day_of_week == 6).all()
    assert (planned["timestamp"].dt.hour == 8).all()
    sensors = fleet.sensors.set_index(["machine_id", "timestamp"])["run_hours"]
    for event in planned.itertuples():
        before = sensors[(event.machine_id, event.timestamp - pd.Timedelta(hours=1))]
        assert before >= 200 and sensors[(event.machine_id, event.timestamp)] == 0


def test_higher_load_draws_more_current_and_breaks_more_machines() -> None:
    light, normal, heavy = (breakdown_count(load=x) for x in (0.8, 1.0, 1.5))
    assert light < normal < heavy and heavy >= 2 * normal
    base, loaded = sim.simulate_fleet(seed=3), sim.simulate_fleet(seed=3, load=1.5)
    assert (loaded.sensors.loc[running(loaded), "motor_current_a"].mean()
            > 1.3 * base.sensors.loc[running(base), "motor_current_a"].mean())


def test_longer_service_interval_means_more_breakdowns() -> None:
    often, default, rarely = (breakdown_count(service_every_hours=h) for h in (150, 300, 1000))
    assert often < default < rarely and rarely >= 1.5 * default


# --- Targets for the model -------------------------------------------------------------------

def test_hours_to_next_failure_and_labels_match_the_breakdowns(busy_fleets: list[sim.Fleet]
                                                               ) -> None:
    fleet = busy_fleets[0]
    sensors = fleet.sensors
    ahead = sim.hours_to_next_failure(fleet)
    label = sim.label_fails_within(fleet, 24)
    assert ahead.index.equals(sensors.index) and label.index.equals(sensors.index)
    assert label.dtype == bool and label.name == "fails_within_24h"
    expected_ahead = pd.Series(np.nan, index=sensors.index)
    expected_label = pd.Series(False, index=sensors.index)
    broken = sim.failures(fleet)
    assert len(broken) >= 3
    for event in broken[::-1].itertuples():           # latest first, so earlier ones win
        mine = (sensors["machine_id"] == event.machine_id) & (
            sensors["timestamp"] <= event.timestamp)
        gap = event.timestamp - sensors.loc[mine, "timestamp"]
        expected_ahead[mine] = gap.dt.total_seconds() / 3600
        window = mine & (sensors["timestamp"] > event.timestamp - pd.Timedelta(hours=24))
        expected_label[window & running(fleet)] = True
    pd.testing.assert_series_equal(ahead, expected_ahead, check_names=False)
    pd.testing.assert_series_equal(label, expected_label, check_names=False)
    assert (ahead == 0).sum() == len(broken)


def test_failures_lists_the_breakdowns_in_time_order(busy_fleets: list[sim.Fleet]) -> None:
    fleet = busy_fleets[1]
    broken = sim.failures(fleet)
    assert list(broken.columns) == ["machine_id", "timestamp", "date", "downtime_hours",
                                    "cost_php"]
    assert len(broken) == (fleet.events["event_type"] == "breakdown").sum()
    for _, rows in broken.groupby("machine_id"):
        assert rows["timestamp"].is_monotonic_increasing


def test_a_fleet_without_breakdowns_has_no_positive_labels() -> None:
    fleet = sim.simulate_fleet(n_machines=1, days=3, seed=1)
    assert sim.failures(fleet).empty
    assert sim.hours_to_next_failure(fleet).isna().all()
    assert not sim.label_fails_within(fleet, 48).any()


# --- Vibration zones -------------------------------------------------------------------------

def test_vibration_zone_uses_the_iso_10816_class_i_limits() -> None:
    """One boundary rule: a reading exactly on an edge is in the higher zone (1.8 is C)."""
    values = pd.Series([0.0, 0.7, 0.71, 1.79, 1.8, 4.49, 4.5, 12.0, np.nan],
                       index=list("abcdefghi"))
    zones = sim.vibration_zone(values)
    assert zones.index.equals(values.index)
    assert zones.iloc[:8].tolist() == ["A", "A", "B", "B", "C", "C", "D", "D"]
    assert pd.isna(zones.iloc[8])
    assert sim.vibration_zone(2.0).tolist() == ["C"]
    with pytest.raises(ValueError, match="values"):
        sim.vibration_zone([-1.0])


# --- Arguments -------------------------------------------------------------------------------

@pytest.mark.parametrize(("kwargs", "words"), [
    ({"n_machines": 0}, ("n_machines", "1", "1000")),
    ({"n_machines": 2.5}, ("n_machines", "whole number")),
    ({"days": 0}, ("days", "1", "730")),
    ({"days": 1000}, ("days", "730")),
    ({"load": 0.2}, ("load", "0.5", "2")),
    ({"load": float("nan")}, ("load", "0.5", "2")),
    ({"load": "high"}, ("load", "0.5", "2")),
    ({"service_every_hours": 10}, ("service_every_hours", "50", "5000")),
    ({"seed": -1}, ("seed", "0 or more")),
    ({"start": "01/02/2025"}, ("start", "YYYY-MM-DD")),
    ({"machine_types": ["lathe"]}, ("machine_types", "sewing_machine", "lathe")),
    ({"machine_types": []}, ("machine_types",)),
    ({"n_machines": 1000, "days": 730}, ("n_machines × days", "100,000")),
])
def test_bad_arguments_name_the_argument_and_the_allowed_range(kwargs: dict,
                                                               words: tuple[str, ...]) -> None:
    with pytest.raises(ValueError) as error:
        sim.simulate_fleet(**kwargs)
    for word in words:
        assert word in str(error.value)


def test_label_hours_is_checked(fleet: sim.Fleet) -> None:
    with pytest.raises(ValueError, match=r"hours must be from 1 to 720"):
        sim.label_fails_within(fleet, 0)


def test_six_machines_for_90_days_take_well_under_a_second() -> None:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        sim.simulate_fleet()
        best = min(best, time.perf_counter() - start)
    assert best < 1.0


def test_a_fleet_that_stops_servicing_starts_from_its_usual_state() -> None:
    """Switching to 'never service' changes the future, not the machines' past: the first
    day's readings are those of the usual plan, none of them in zone C or D."""
    usual = sim.simulate_fleet(days=3).sensors
    never = sim.simulate_fleet(days=3, service_every_hours=5000).sensors
    first_day = usual["timestamp"] < usual["timestamp"].min() + pd.Timedelta(days=2)
    pd.testing.assert_frame_equal(never[first_day], usual[first_day])
    running = never[first_day & (never["motor_current_a"] > 0)]
    assert set(sim.vibration_zone(running["vibration_mm_s"])) <= {"A", "B"}
