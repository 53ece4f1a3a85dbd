"""Module 03's teaching helpers: the tables tell the truth about the committed data."""

from __future__ import annotations

import pandas as pd
import pytest

from score_helpers import data
from score_helpers.lessons import predictive_maintenance as lessons
from score_helpers.maintenance import ai4i
from score_helpers.maintenance import cost as maintenance_cost
from score_helpers.maintenance import evaluation as maintenance_eval
from score_helpers.maintenance import model as mm
from score_helpers.plot_style import Chart


@pytest.fixture(scope="module")
def sensors() -> pd.DataFrame:
    return data.load("machine_sensors")


@pytest.fixture(scope="module")
def log() -> pd.DataFrame:
    return data.load("maintenance_log")


def test_machine_chart_draws_running_hours_only(sensors, log) -> None:
    chart = lessons.machine_chart(sensors, log, "SEW-01")
    assert isinstance(chart, Chart)
    assert (chart.data["vibration_mm_s"] > 0).all()
    assert len(chart.data) == int(((sensors["machine_id"] == "SEW-01")
                                   & (sensors["motor_current_a"] > 0)).sum())


def test_machine_chart_names_the_machines_for_a_typo(sensors, log) -> None:
    with pytest.raises(ValueError, match="SEW-01"):
        lessons.machine_chart(sensors, log, "SEW-1")


def test_before_breakdown_covers_each_breakdown_within_the_window(sensors, log) -> None:
    before = lessons.before_breakdown(sensors, log, hours=168)
    assert before["breakdown"].nunique() == (log["event_type"] == "breakdown").sum()
    assert before["hours_before"].between(0, 167).all()
    # the warning sign: vibration at the breakdown is far above a week earlier
    last = before[before["hours_before"] == 0]["vibration_mm_s"].mean()
    early = before[before["hours_before"] > 140]["vibration_mm_s"].mean()
    assert last > 2 * early


def test_warning_signs_chart_returns_its_data(sensors, log) -> None:
    chart = lessons.warning_signs_chart(sensors, log)
    assert {"label", "hours_before", "vibration_mm_s"} <= set(chart.data.columns)


def test_alert_check_zone_c_warns_before_every_breakdown(sensors, log) -> None:
    checked = lessons.alert_check(sensors, log, zone="C")
    assert (checked["verdict"] == "warned in time").all()
    assert (checked["lead_hours"] > 0).all()
    assert checked.drop_duplicates(["machine_id", "next_breakdown"]).shape[0] == 6


def test_alert_check_zone_b_is_mostly_false_alarms(sensors, log) -> None:
    verdicts = lessons.alert_check(sensors, log, zone="B")["verdict"].value_counts()
    assert verdicts["false alarm"] > 10 * verdicts.get("warned in time", 0)


def test_confusion_table_matches_the_evaluation(sensors, log) -> None:
    features = mm.add_features(sensors, log)
    labels = mm.failure_labels(sensors, log, hours=48)
    train, test = mm.time_split(features, "2025-03-01", gap_hours=48)
    result = maintenance_eval.evaluate(mm.train_failure_model(train, labels), test, labels,
                                       sensors, hours=48)
    table = lessons.confusion_table(result)
    assert table.to_numpy().sum() == len(test)
    assert table.loc["healthy hour", "model flagged it"] == result.false_positives
    assert table.loc["breakdown within 48 h", "model stayed quiet"] == result.false_negatives


def test_cost_chart_keeps_the_table(sensors, log) -> None:
    table = maintenance_cost.cost_by_threshold(sensors, log, thresholds=[1.0, 1.8, 5.0])
    chart = lessons.cost_chart(table, chosen=1.8)
    pd.testing.assert_frame_equal(chart.data, table)


def test_preventive_service_prevents_breakdowns_in_the_simulation() -> None:
    table = lessons.reactive_vs_preventive(days=60)
    reactive, preventive = table.iloc[0], table.iloc[1]
    assert reactive["planned_services"] == 0
    assert preventive["breakdowns"] < reactive["breakdowns"]
    assert (table["total_php"] == table["job_cost_php"] + table["lost_output_php"]).all()


def test_ai4i_modes_counts_every_mode() -> None:
    processes = ai4i.ai4i_process(n=2000, seed=1)
    table = lessons.ai4i_modes(processes)
    for mode in ai4i.FAILURE_MODES:
        assert table.loc[mode, "processes"] == processes[mode].sum()
    assert table.loc["any (Machine failure)", "processes"] == processes["Machine failure"].sum()


def test_ai4i_power_chart_marks_power_failures() -> None:
    chart = lessons.ai4i_power_chart(ai4i.ai4i_process(n=2000, seed=1))
    assert set(chart.data["PWF"].unique()) <= {0, 1}


def test_owner_summary_leaves_out_the_preventive_row(sensors, log) -> None:
    summary = lessons.owner_summary(maintenance_cost.compare_policies(sensors, log))
    assert list(summary.index) == ["reactive", "predictive", "difference"]
    assert summary.loc["difference", "breakdowns"] == -6


def test_alert_message_leaves_the_decision_to_a_person(sensors) -> None:
    alert = mm.threshold_alerts(sensors, zone="C").iloc[0]
    message = lessons.alert_message(alert)
    assert alert["machine_id"] in message
    assert "decide" in message and "stop the machine safely" in message
