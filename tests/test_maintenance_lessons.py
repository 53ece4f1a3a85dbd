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


def test_alert_check_zone_c_warns_most_breakdowns_and_raises_false_alarms(sensors, log) -> None:
    """The case is not clean: zone C alerts warn of six breakdowns in time, and four of
    them are false alarms (three harmless bumps and a loose sensor)."""
    checked = lessons.alert_check(sensors, log, zone="C")
    warned = checked[checked["verdict"] == "warned in time"]
    assert (warned["lead_hours"] > 24).all()
    assert warned.drop_duplicates(["machine_id", "next_breakdown"]).shape[0] == 6
    assert (checked["verdict"] == "false alarm").sum() == 4


def test_breakdown_check_names_the_sudden_breakdown_no_alert_caught(sensors, log) -> None:
    table = lessons.breakdown_check(sensors, log, zone="C")
    assert len(table) == (log["event_type"] == "breakdown").sum() == 7
    missed = table[table["verdict"] != "warned in time"]
    assert missed["machine_id"].tolist() == ["SEW-03"]
    assert missed["first_alert"].isna().all()
    assert (table.loc[table["verdict"] == "warned in time", "warning_days"] >= 2).all()


def test_alert_check_zone_b_is_mostly_false_alarms(sensors, log) -> None:
    verdicts = lessons.alert_check(sensors, log, zone="B")["verdict"].value_counts()
    assert verdicts["false alarm"] / verdicts.sum() > 0.8


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
    assert summary.loc["difference", "breakdowns"] == -6      # 7 breakdowns, 1 still missed
    assert summary.loc["predictive", "breakdowns"] == 1
    assert summary.loc["predictive", "false_alarms"] == 4


def test_alert_message_leaves_the_decision_to_a_person(sensors) -> None:
    alert = mm.threshold_alerts(sensors, zone="C").iloc[0]
    message = lessons.alert_message(alert)
    assert alert["machine_id"] in message
    assert "decide" in message and "stop the machine safely" in message


def test_limit_table_adds_the_days_of_warning(sensors, log) -> None:
    table = lessons.limit_table(sensors, log, [1.8, 3.0, 4.6])
    days = table.set_index("threshold_mm_s")["median_warning_days"]
    assert days[1.8] > days[3.0] > days[4.6]          # a lower limit warns earlier
    assert table.set_index("threshold_mm_s")["false_alarms"][1.8] == 4


def test_last_days_chart_ends_at_the_breakdown(sensors, log) -> None:
    chart = lessons.last_days_chart(sensors, log, "CMP-02")
    assert chart.data["timestamp"].max() == pd.Timestamp("2025-03-14 17:00")
    assert chart.data["timestamp"].min() >= pd.Timestamp("2025-03-07")
    assert set(chart.data["zone"]) == {"B", "C", "D"}
    with pytest.raises(ValueError, match="no breakdown"):
        lessons.last_days_chart(sensors, log, "SEW-99")


def test_saving_table_is_a_range_per_month(sensors, log) -> None:
    table = lessons.saving_table(maintenance_cost.compare_policies(sensors, log))
    assert list(table.index) == ["lowest saving", "example", "highest saving"]
    assert (table["saving_per_month_php"] == (table["saving_php"] / 3).round()).all()


def test_every_power_formula_says_the_speed_is_in_rad_per_second() -> None:
    """Error 4 of issue 17: 'power = torque × speed' without the unit of speed."""
    import re

    import nbformat

    from score_helpers.lessons import predictive_maintenance_ai4i
    from tests.conftest import REPO

    module = "\n".join(c.source for c in nbformat.read(
        REPO / "modules" / "03_predictive_maintenance.ipynb", as_version=4).cells)
    texts = {"module": module, "ai4i": ai4i.__doc__ + ai4i.failure_rules.__doc__
             + ai4i.ai4i_process.__doc__ + ai4i.power_w.__doc__,
             "lessons": predictive_maintenance_ai4i.__doc__
             + predictive_maintenance_ai4i.ai4i_power_chart.__doc__}
    for place, text in texts.items():
        for formula in re.findall(r"power[^.\n]{0,40}=[^.\n]{0,60}", text, flags=re.I):
            if "torque" in formula.lower() or "τ" in formula:
                assert "rad/s" in formula, f"{place}: {formula!r} needs ω in rad/s"
    assert "ω = 2π × rpm ÷ 60" in module
    assert 'assert round(power) == 6283' in module          # the notebook checks it too
