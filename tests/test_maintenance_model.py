"""score_helpers.maintenance.model: features without hindsight, alerts at the limit, a time
split, and a failure model judged per breakdown, with the 'never fails' baseline beside it."""

from __future__ import annotations

import re
import time

import numpy as np
import pandas as pd
import pytest

from score_helpers.maintenance import evaluation as me
from score_helpers.maintenance import model as mm
from score_helpers.maintenance import simulator as sim

HOURS = 48


def hourly(vibration: list[float], *, running: list[bool] | None = None,
           run_hours: list[float] | None = None, machine: str = "SEW-01",
           start: str = "2025-01-06 06:00") -> pd.DataFrame:
    """A hand-made sensor frame: one row per clock hour."""
    n = len(vibration)
    on = np.ones(n, bool) if running is None else np.asarray(running)
    return pd.DataFrame({
        "timestamp": pd.date_range(start, periods=n, freq="h"),
        "machine_id": machine, "machine_type": "sewing_machine", "factory": "garments",
        "vibration_mm_s": vibration, "bearing_temp_c": 40.0,
        "motor_current_a": np.where(on, 2.0, 0.0),
        "run_hours": np.cumsum(on).astype(float) if run_hours is None else run_hours})


@pytest.fixture(scope="module")
def held_out(big_fleet: sim.Fleet):
    features = mm.add_features(big_fleet.sensors, big_fleet.events)
    labels = sim.label_fails_within(big_fleet, HOURS)
    train, test = mm.time_split(features, "2025-05-01", gap_hours=HOURS)
    model = mm.train_failure_model(train, labels)
    return model, train, test, labels, me.evaluate(model, test, labels, big_fleet.sensors, HOURS)


# --- Features -----------------------------------------------------------------------------

def test_slope_and_mean_on_a_hand_made_linear_series() -> None:
    # Vibration rises 0.05 mm/s per running hour; the machine is off every 5th clock hour.
    running = [i % 5 != 4 for i in range(60)]
    k = np.cumsum(running) - 1                          # running-hour count 0, 1, 2…
    sensors = hourly(list(1.0 + 0.05 * k), running=running)
    sensors["bearing_temp_c"] = 40.0 + 0.2 * k
    features = mm.add_features(sensors, window_hours=24)
    assert features.index.equals(sensors.index[running])        # running hours only
    assert features["vibration_slope_24h"].iloc[1:].to_numpy() == pytest.approx(0.05)
    assert features["bearing_temp_slope_24h"].iloc[1:].to_numpy() == pytest.approx(0.2)
    assert features["current_slope_24h"].to_numpy() == pytest.approx(0.0)
    assert features["vibration_slope_24h"].iloc[0] == 0.0       # one reading: no slope
    # Full window at running hour 30: mean of k = 7…30 is 18.5 → 1 + 0.05 × 18.5.
    assert features["vibration_mean_24h"].iloc[30] == pytest.approx(1.925)
    # Part window at running hour 3: mean of k = 0…3 is 1.5.
    assert features["vibration_mean_24h"].iloc[3] == pytest.approx(1.075)


def test_windows_restart_when_maintenance_resets_run_hours() -> None:
    vibration = [3.0] * 10 + [0.8] * 5
    sensors = hourly(vibration, run_hours=[*range(100, 110), *range(1, 6)])
    features = mm.add_features(sensors, window_hours=24)
    after = features.iloc[10:]
    assert after["vibration_mean_24h"].to_numpy() == pytest.approx(0.8)   # old 3.0s forgotten
    assert after["vibration_slope_24h"].to_numpy() == pytest.approx(0.0)


def test_features_do_not_look_into_the_future(machine_logs) -> None:
    sensors, log = machine_logs
    cut = pd.Timestamp("2025-02-10 12:00")
    before = mm.add_features(sensors, log)
    changed = sensors.copy()
    later = changed["timestamp"] > cut
    for column in ("vibration_mm_s", "bearing_temp_c", "motor_current_a"):
        changed.loc[later, column] = changed.loc[later, column] * 3 + 1
    changed.loc[later, "run_hours"] = 0.0
    extra = pd.DataFrame({"date": [pd.Timestamp("2025-02-11")], "machine_id": ["SEW-03"],
                          "event_type": ["breakdown"], "description": ["made up"],
                          "downtime_hours": [5.0], "cost_php": [1.0], "technician": ["X"]})
    after = mm.add_features(changed, pd.concat([log, extra], ignore_index=True))
    past = before["timestamp"] <= cut
    pd.testing.assert_frame_equal(before[past], after.loc[before.index[past]])
    assert not before[~past].equals(after.loc[before.index[~past]])    # the perturbation bites


def test_hours_since_maintenance_counts_clock_hours_from_the_last_job(machine_logs) -> None:
    sensors, log = machine_logs
    features = mm.add_features(sensors, log)
    # PKG-01 broke down on 2025-01-20 at 11:00 (peak vibration); the next morning at 06:00
    # it is 19 clock hours later, counted from the end of the breakdown hour (12:00): 18.
    row = features[(features["machine_id"] == "PKG-01")
                   & (features["timestamp"] == pd.Timestamp("2025-01-21 06:00"))]
    assert row["hours_since_maintenance"].item() == 18.0
    assert "hours_since_maintenance" not in mm.add_features(sensors).columns


def test_labels_match_the_simulator_and_the_committed_log(big_fleet, machine_logs) -> None:
    ours = mm.failure_labels(big_fleet.sensors, big_fleet.events, HOURS)
    assert ours.to_numpy().tolist() == sim.label_fails_within(big_fleet, HOURS).to_numpy().tolist()
    sensors, log = machine_logs
    labels = mm.failure_labels(sensors, log, 24)
    times = mm.breakdown_times(sensors, log)
    assert len(times) == (log["event_type"] == "breakdown").sum() == 7
    broke = sensors.set_index(["machine_id", "timestamp"]).loc[
        list(zip(times["machine_id"], times["timestamp"], strict=True))]
    assert (broke["motor_current_a"] > 0).all()
    assert labels.sum() <= 7 * 24 and labels[sensors["motor_current_a"] == 0].sum() == 0


# --- Alerts --------------------------------------------------------------------------------

def test_a_reading_exactly_at_the_limit_counts_and_below_does_not() -> None:
    at_limit = mm.threshold_alerts(hourly([1.0, 1.8, 1.8, 1.8, 1.0]), "C", min_hours=3)
    assert len(at_limit) == 1
    assert at_limit.loc[0, "alert_hour"] == pd.Timestamp("2025-01-06 09:00")   # third hour
    assert at_limit.loc[0, "first_hour"] == pd.Timestamp("2025-01-06 07:00")
    assert at_limit.loc[0, "hours_in_zone"] == 3
    assert mm.threshold_alerts(hourly([1.79] * 20), "C", min_hours=3).empty
    assert mm.threshold_alerts(hourly([1.0, 1.8, 1.8, 1.8]), 1.8, min_hours=3).equals(
        mm.threshold_alerts(hourly([1.0, 1.8, 1.8, 1.8]), "C", min_hours=3))


def test_min_hours_needs_consecutive_running_hours() -> None:
    broken_run = hourly([2.0, 2.0, 1.0, 2.0, 2.0, 1.0])
    assert mm.threshold_alerts(broken_run, "C", min_hours=3).empty
    assert len(mm.threshold_alerts(broken_run, "C", min_hours=2)) == 2
    # A night off between two high hours does not break the run (machine off ≠ recovered).
    overnight = hourly([2.0, 2.0, 0.05, 0.05, 2.0], running=[True, True, False, False, True])
    alert = mm.threshold_alerts(overnight, "C", min_hours=3)
    assert len(alert) == 1 and alert.loc[0, "alert_hour"] == pd.Timestamp("2025-01-06 10:00")
    assert alert.loc[0, "zone"] == "C"


def test_alert_zone_letters_and_bad_zones(machine_logs) -> None:
    sensors, _ = machine_logs
    alerts = mm.threshold_alerts(sensors, "D", min_hours=1)
    assert (alerts["vibration_mm_s"] >= 4.5).all() and set(alerts["zone"]) == {"D"}
    for bad in ("A", "E", 0, -1.0):
        with pytest.raises(ValueError, match="zone must be"):
            mm.threshold_alerts(sensors, bad)
    with pytest.raises(ValueError, match="min_hours must be a whole number"):
        mm.threshold_alerts(sensors, "C", min_hours=0)


# --- Time split ------------------------------------------------------------------------------

def test_time_split_never_puts_a_later_row_in_train(machine_logs) -> None:
    sensors, _ = machine_logs
    shuffled = sensors.sample(frac=1.0, random_state=1)
    train, test = mm.time_split(shuffled, "2025-03-01")
    assert train["timestamp"].max() < test["timestamp"].min()
    assert len(train) + len(test) == len(sensors)
    strict, _ = mm.time_split(shuffled, "2025-03-01", gap_hours=48)
    assert strict["timestamp"].max() < pd.Timestamp("2025-02-27")


@pytest.mark.parametrize(("until", "side"), [("2024-06-01", "training"), ("2026-01-01", "test")])
def test_time_split_says_which_side_is_empty(machine_logs, until: str, side: str) -> None:
    with pytest.raises(ValueError, match=f"The {side} part is empty.*2025-01-01 00:00"):
        mm.time_split(machine_logs[0], until)


# --- Model and evaluation ---------------------------------------------------------------------

def test_model_catches_most_held_out_breakdowns_in_time(held_out) -> None:
    _, _, _, _, result = held_out
    assert result.breakdowns >= 5
    assert result.caught / result.breakdowns >= 0.8
    assert result.median_lead_hours >= 8               # a shift's warning, at least
    assert result.recall >= 0.7 and result.precision >= 0.5


def test_never_fails_baseline_has_high_accuracy_and_zero_recall(held_out, big_fleet) -> None:
    _, _, test, labels, result = held_out

    class NeverFails:
        feature_names_in_ = np.array(mm.feature_columns(test))

        def predict(self, x: pd.DataFrame) -> np.ndarray:
            return np.zeros(len(x), bool)

    baseline = me.evaluate(NeverFails(), test, labels, big_fleet.sensors, HOURS)
    assert baseline.accuracy == result.baseline_accuracy > 0.95
    assert baseline.recall == 0 and baseline.caught == 0
    assert np.isnan(baseline.precision) and "n/a" in str(baseline)
    assert result.recall > 0.7                         # the model, at similar accuracy
    assert abs(result.accuracy - baseline.accuracy) < 0.05


def test_model_on_the_committed_data_misses_the_sudden_march_breakdown(machine_logs) -> None:
    """March holds three breakdowns: two with days of warning, which the model catches,
    and SEW-03's sudden one, which it misses; a loose sensor on SEW-01 is a false alarm."""
    sensors, log = machine_logs
    features, labels = mm.add_features(sensors, log), mm.failure_labels(sensors, log, HOURS)
    train, test = mm.time_split(features, "2025-03-01", gap_hours=HOURS)
    started = time.perf_counter()
    model = mm.train_failure_model(train, labels)
    assert time.perf_counter() - started < 10
    result = me.evaluate(model, test, labels, sensors, HOURS)
    assert (result.breakdowns, result.caught, result.missed) == (3, 2, 1)
    assert result.false_alarms >= 1
    assert result.false_positives > 0 and result.false_negatives > 0
    assert result.median_lead_hours > 8
    assert result.baseline_accuracy > 0.95


def test_lead_time_and_false_alarms_on_a_hand_made_case() -> None:
    sensors = hourly([1.0] * 30)
    labels = pd.Series(np.arange(30) >= 20, index=sensors.index)     # breakdown at hour 29
    flags = np.zeros(30, bool)
    flags[[5, 17, 18, 19, 20, 21, 22]] = True          # one stray flag, one alarm from 17

    class Fixed:
        feature_names_in_ = np.array(["vibration_mm_s"])

        def predict(self, x: pd.DataFrame) -> np.ndarray:
            return flags[: len(x)]

    result = me.evaluate(Fixed(), sensors, labels, sensors, 10)
    assert (result.true_positives, result.false_positives) == (3, 4)
    assert (result.false_negatives, result.true_negatives) == (7, 16)
    assert (result.breakdowns, result.caught, result.false_alarms) == (1, 1, 1)
    assert result.median_lead_hours == 12.0            # alarm began at 17, broke down at 29
    assert result.precision == pytest.approx(3 / 7) and result.recall == pytest.approx(0.3)
    assert result.baseline_accuracy == pytest.approx(20 / 30)


def test_plain_words_say_the_counts(held_out) -> None:
    result = held_out[-1]
    words = result.plain_words
    caught, total, false, missed = map(int, re.findall(
        r"Caught (\d+) of (\d+) breakdowns?.*?(\d+) false alarms?.*missed (\d+)", words)[0])
    assert (caught, total, false, missed) == (result.caught, result.breakdowns,
                                              result.false_alarms, result.missed)
    hours = list(map(int, re.findall(r"(\d+) (?:warning|healthy) hours?", result.hour_by_hour)))
    assert hours == [result.true_positives, result.false_negatives, result.false_positives,
                     result.true_negatives]
    text = me.Evaluation(48, 5, 12, 1, 900, 5 / 17, 5 / 6, 905 / 918, 912 / 918, 6, 5, 12, 30.0)
    assert text.plain_words == ("Caught 5 of 6 breakdowns in time (median warning 30 hours "
                                "before); 12 false alarms (a technician checked a healthy "
                                "machine); missed 1 breakdown.")
    assert "never fails" in str(text) and "<li>" in text._repr_html_()
    with pytest.raises(AttributeError):
        text.caught = 6                                             # frozen


def test_feature_importances_are_sorted_and_named(held_out) -> None:
    model, train, *_ = held_out
    importances = me.feature_importances(model)
    assert list(importances.index) != [] and set(importances.index) == set(
        mm.feature_columns(train))
    assert importances.is_monotonic_decreasing and importances.sum() == pytest.approx(1.0)
    assert importances.index[0].startswith(("vibration", "bearing_temp"))
    with pytest.raises(ValueError, match="feature_names has 2 names"):
        me.feature_importances(model, ["a", "b"])


def test_training_without_any_warning_hour_is_refused(machine_logs) -> None:
    sensors, _ = machine_logs
    features = mm.add_features(sensors)
    none = pd.Series(False, index=sensors.index)
    with pytest.raises(ValueError, match="nothing to learn"):
        mm.train_failure_model(features, none)
    with pytest.raises(ValueError, match="labels has no value for"):
        mm.train_failure_model(features, none.iloc[:100])
    with pytest.raises(ValueError, match="missing the column"):
        mm.add_features(sensors.drop(columns="run_hours"))
