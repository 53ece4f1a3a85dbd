"""WAIR and AEDR tables: counts and rates checked by hand, and errors that say what to fix."""

from __future__ import annotations

import pandas as pd
import pytest

from score_helpers import data
from score_helpers.data import DataError
from score_helpers.safety import osh_reports, time_charges


def small_log() -> pd.DataFrame:
    """Eight made-up reports of one factory: March 2024 has 6, April 1, and 2023 1."""
    rows = [
        ("2024-03-01", "near_miss", 0), ("2024-03-04", "near_miss", 0),
        ("2024-03-05", "first_aid", 0), ("2024-03-11", "recordable", 0),
        ("2024-03-12", "lost_time", 3), ("2024-03-29", "lost_time", 5),
        ("2024-04-02", "lost_time", 7), ("2023-12-30", "lost_time", 2),
    ]
    return pd.DataFrame(rows, columns=["date", "report_type", "days_lost"])


def test_wair_counts_by_type_hand_checked():
    table = osh_reports.wair_summary(small_log(), "2024-03").set_index("Type of case")
    assert table.loc["Near miss (no injury)", "Number of cases"] == 2
    assert table.loc["First aid case", "Number of cases"] == 1
    assert table.loc["Medical treatment case", "Number of cases"] == 1
    assert table.loc["Lost-time injury", "Number of cases"] == 2
    assert table.loc["Fatality", "Number of cases"] == 0
    assert table.loc["Lost-time injury", "Days lost"] == 8
    total = table.loc["Total injuries (excluding near misses)"]
    assert (total["Number of cases"], total["Days lost"]) == (4, 8)


def test_wair_never_counts_near_misses_as_lost_time():
    log = pd.DataFrame({"date": ["2024-05-02"] * 3, "report_type": ["near_miss"] * 3,
                        "days_lost": [0, 0, 0]})
    table = osh_reports.wair_summary(log, "2024-05").set_index("Type of case")
    assert table.loc["Near miss (no injury)", "Number of cases"] == 3
    assert table.loc["Lost-time injury", "Number of cases"] == 0
    assert table.loc["Total injuries (excluding near misses)", "Number of cases"] == 0


def test_wair_month_without_cases_is_all_zeros():
    table = osh_reports.wair_summary(small_log(), "2024-06")
    assert len(table) == 7
    assert table["Number of cases"].sum() == 0 and table["Days lost"].sum() == 0


def test_wair_accepts_period_and_other_spellings_of_types():
    log = small_log().assign(report_type=lambda d: d["report_type"].str.replace("_", " "))
    table = osh_reports.wair_summary(log, pd.Period("2024-03", freq="M"))
    assert table["Number of cases"].tolist()[:5] == [2, 1, 1, 2, 0]


def test_wair_lists_occupational_illness_apart_from_the_injuries():
    """The I of the WAIR: a work-related illness is reported, with its days, not as an injury."""
    log = pd.concat([small_log(), pd.DataFrame({
        "date": ["2024-03-20", "2024-03-21"], "report_type": ["illness", "Occupational illness"],
        "days_lost": [4, 0]})], ignore_index=True)
    table = osh_reports.wair_summary(log, "2024-03")
    assert table["Type of case"].iloc[-1] == "Occupational illness"
    rows = table.set_index("Type of case")
    assert tuple(rows.loc["Occupational illness"]) == (2, 4)
    total = rows.loc["Total injuries (excluding near misses)"]
    assert (total["Number of cases"], total["Days lost"]) == (4, 8)    # as without illness
    with_illness = osh_reports.aedr_rates(log, hours_worked=1_000_000, year=2024)
    without = osh_reports.aedr_rates(small_log(), hours_worked=1_000_000, year=2024)
    pd.testing.assert_frame_equal(with_illness, without)    # illness is not an injury


@pytest.mark.parametrize("month", ["March 2024", "2024/03", "03-2024", 202403])
def test_wair_unknown_month_format_names_month(month):
    with pytest.raises(ValueError, match=r"month.*'yyyy-mm'"):
        osh_reports.wair_summary(small_log(), month)


def test_wair_missing_column_names_it():
    with pytest.raises(DataError, match="'days_lost'"):
        osh_reports.wair_summary(small_log().drop(columns="days_lost"), "2024-03")


def test_wair_unknown_type_and_days_on_near_miss_are_data_errors():
    bad = small_log()
    bad.loc[2, "report_type"] = "accident"
    with pytest.raises(DataError, match=r"report_type.*'accident'"):
        osh_reports.wair_summary(bad, "2024-03")
    bad = small_log()
    bad.loc[0, "days_lost"] = 2
    with pytest.raises(DataError, match="fatalities and illnesses lose days"):
        osh_reports.wair_summary(bad, "2024-03")


def test_wair_on_the_dataset_needs_a_factory_and_matches_it():
    reports = data.load("incident_reports")
    with pytest.raises(ValueError, match="factory="):
        osh_reports.wair_summary(reports, "2024-03")
    table = osh_reports.wair_summary(reports, "2024-03", factory="garments")
    month = reports[(reports["factory"] == "garments")
                    & (reports["date"].dt.strftime("%Y-%m") == "2024-03")]
    assert table["Number of cases"].iloc[:5].sum() == len(month)
    lost = table.set_index("Type of case").loc["Lost-time injury"]
    assert lost["Number of cases"] == (month["report_type"] == "lost_time").sum()
    assert lost["Days lost"] == month["days_lost"].sum()


def test_aedr_rates_hand_checked():
    """2024: 3 lost-time injuries, 15 days lost, over 500,000 hours."""
    row = osh_reports.aedr_rates(small_log(), hours_worked=500_000, year=2024).iloc[0]
    assert row["Disabling injuries (lost-time + fatal)"] == 3
    assert row["Days lost"] == 15
    assert row["Frequency rate (per 1,000,000 hours)"] == pytest.approx(6.0)
    assert row["Severity rate (per 1,000,000 hours)"] == pytest.approx(30.0)


def test_aedr_two_ltis_in_500000_hours_is_4():
    log = small_log()
    log = log[log["date"] >= "2024-03-12"].iloc[:2]    # the two March lost-time injuries
    row = osh_reports.aedr_rates(log, hours_worked=500_000, year=2024).iloc[0]
    assert row["Frequency rate (per 1,000,000 hours)"] == pytest.approx(4.0)
    # On OSHA's 200,000-hour base it would be 0.8: the AEDR base is 1,000,000.
    assert row["Frequency rate (per 1,000,000 hours)"] != pytest.approx(2 * 200_000 / 500_000)
    assert row["Severity rate (per 1,000,000 hours)"] == pytest.approx(8 * 1_000_000 / 500_000)


def test_aedr_ignores_near_misses_first_aid_and_medical_treatment():
    log = pd.DataFrame({"date": ["2024-01-10"] * 3,
                        "report_type": ["near_miss", "first_aid", "recordable"],
                        "days_lost": [0, 0, 0]})
    row = osh_reports.aedr_rates(log, hours_worked=100_000, year=2024).iloc[0]
    assert row["Disabling injuries (lost-time + fatal)"] == 0
    assert row["Frequency rate (per 1,000,000 hours)"] == 0


def test_aedr_counts_fatalities_as_disabling():
    log = pd.DataFrame({"date": ["2024-01-10"], "report_type": ["fatality"],
                        "days_lost": [6000]})
    row = osh_reports.aedr_rates(log, hours_worked=1_000_000, year=2024).iloc[0]
    assert row["Frequency rate (per 1,000,000 hours)"] == pytest.approx(1.0)
    assert row["Severity rate (per 1,000,000 hours)"] == pytest.approx(6000.0)


@pytest.mark.parametrize("hours", [0, -10])
def test_aedr_hours_must_be_positive(hours):
    with pytest.raises(ValueError, match="hours_worked must be more than 0"):
        osh_reports.aedr_rates(small_log(), hours_worked=hours, year=2024)


@pytest.mark.parametrize("year", ["2024", 24.5, 99999])
def test_aedr_bad_year(year):
    with pytest.raises(ValueError, match="year must be a whole number"):
        osh_reports.aedr_rates(small_log(), hours_worked=1000, year=year)


def test_aedr_uses_kpi_functions(monkeypatch):
    """The rates come from score_helpers.kpi, not from a second copy of the formula."""
    calls = []
    monkeypatch.setattr(osh_reports.kpi, "ltifr", lambda n, h: calls.append("ltifr") or 1.0)
    monkeypatch.setattr(osh_reports.kpi, "severity_rate",
                        lambda d, h: calls.append("severity") or 2.0)
    osh_reports.aedr_rates(small_log(), hours_worked=1000, year=2024)
    assert calls == ["ltifr", "severity"]


# --- The severity rate counts days lost *or charged* (DOLE AEDR; OSHS Rule 1050; ANSI Z16.1)

def test_a_death_is_charged_6000_days_even_with_no_day_lost_written():
    log = pd.DataFrame({"date": ["2024-05-02", "2024-07-09"],
                        "report_type": ["lost_time", "fatality"], "days_lost": [10, 0]})
    row = osh_reports.aedr_rates(log, hours_worked=500_000, year=2024).iloc[0]
    assert row["Days lost"] == 10
    assert row["Days charged (deaths, permanent disabilities)"] == 6000
    assert row["Days lost or charged"] == 6010
    assert row["Severity rate (per 1,000,000 hours)"] == pytest.approx(6010 * 2)
    assert row["Frequency rate (per 1,000,000 hours)"] == pytest.approx(4.0)


def test_a_permanent_disability_counts_its_scheduled_charge_instead_of_the_days_lost():
    """A lost fingertip kept the worker home 20 days; the schedule charges 100 days."""
    log = pd.DataFrame({"date": ["2024-05-02", "2024-08-20"],
                        "report_type": ["lost_time", "lost_time"], "days_lost": [20, 5],
                        "days_charged": [time_charges.scheduled_charge(
                            "index finger, at the distal phalanx (the tip)"), None]})
    row = osh_reports.aedr_rates(log, hours_worked=1_000_000, year=2024).iloc[0]
    assert (row["Days lost"], row["Days charged (deaths, permanent disabilities)"]) == (5, 100)
    assert row["Severity rate (per 1,000,000 hours)"] == pytest.approx(105.0)


@pytest.mark.parametrize(("kind", "charge", "message"), [
    ("lost_time", -5, "days charged must be a whole number 0 or more"),
    ("lost_time", "many", "days charged must be a whole number 0 or more"),
    ("near_miss", 100, "only deaths and lost-time injuries"),
])
def test_a_wrong_charge_is_a_data_error_naming_the_column(kind, charge, message):
    log = pd.DataFrame({"date": ["2024-05-02"], "report_type": [kind], "days_lost": [0],
                        "days_charged": [charge]})
    with pytest.raises(DataError, match=message) as caught:
        osh_reports.aedr_rates(log, hours_worked=1000, year=2024)
    assert "days_charged" in str(caught.value)


def test_the_time_charges_table():
    table = time_charges.charges_table().set_index("Case")["Days charged"]
    assert table["death"] == table["permanent total disability"] == 6000
    assert table["one eye (loss of sight)"] == 1800
    assert time_charges.scheduled_charge("  Hand at the Wrist ") == 3000
    with pytest.raises(ValueError, match="Rule 1050"):
        time_charges.scheduled_charge("little toe")
    assert time_charges.days_for_severity("lost_time", 9) == 9
    assert time_charges.days_for_severity("fatality", 0) == 6000
    assert time_charges.days_for_severity("lost_time", 9, 400) == 400


def test_the_module_tells_participants_about_days_charged():
    """Participants are told plainly: days lost *or charged*, 6,000 for a death."""
    import nbformat

    from tests.conftest import REPO

    notebook = nbformat.read(REPO / "modules" / "04_safety_checks.ipynb", as_version=4)
    section = next(c.source for c in notebook.cells
                   if c.source.startswith("## 6. Computing the AEDR rates"))
    assert "days lost **or charged**" in section
    assert "6,000 days" in section and "Rule 1050" in section
    code = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
    assert "time_charges.charges_table()" in code and "with_a_death" in code
