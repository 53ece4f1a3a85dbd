"""Morale's second KPI: the suggestion scheme (kpi/suggestions.py), on hand-made logs, on
the practice data set and on a factory's own hand-written suggestion box log."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from score_helpers import data, kpi
from score_helpers.data import DataError
from score_helpers.kpi import suggestions as s
from tests.conftest import REPO

FACTORY_LOG = REPO / "tests" / "data" / "factory_files" / "suggestion_box.csv"


def slips(*rows: tuple[str, str | None, str, str | None]) -> pd.DataFrame:
    """A log from (date_submitted, employee_id, status, date_answered) rows."""
    return pd.DataFrame(rows, columns=["date_submitted", "employee_id", "status",
                                       "date_answered"])


KEEN = slips(("2025-01-06", "E-1", "implemented", "2025-01-10"),
             ("2025-01-07", "E-1", "not_adopted", "2025-01-30"),   # answered after 23 days
             ("2025-01-08", "E-1", "accepted", "2025-01-12"),
             ("2025-01-09", "E-2", "received", None),               # waited 21 days: late
             ("2025-01-20", None, "implemented", "2025-01-21"),     # anonymous
             ("2025-01-28", "E-3", "received", None))               # waited 2 days: not due


# --- The formulas, worked out by hand ---------------------------------------------------------

def test_participation_counts_people_not_slips_and_not_anonymous_slips() -> None:
    # 3 named people (E-1 wrote three slips, one slip has no name) out of 20 workers
    assert kpi.suggestion_participation(KEEN, workers=20) == pytest.approx(3 / 20)


def test_answered_within_leaves_out_slips_not_due_yet_and_counts_overdue_ones_late() -> None:
    # as of 30 January: 4 answered (3 within 14 days) + E-2's, overdue = 5 due; E-3's not due
    assert kpi.suggestions_answered_within(KEEN, days=14) == pytest.approx(3 / 5)
    # as of 12 February, E-3's slip has waited 15 days: due, and late
    assert kpi.suggestions_answered_within(KEEN, days=14, as_of="2025-02-12") == \
        pytest.approx(3 / 6)
    # with 30 days, the 23-day answer is in time and E-2's 21-day wait is not due yet
    assert kpi.suggestions_answered_within(KEEN, days=30) == pytest.approx(4 / 4)


def test_implementation_rate_is_implemented_over_all_slips() -> None:
    assert kpi.suggestion_implementation_rate(KEEN) == pytest.approx(2 / 6)


def test_average_workers_adds_the_lines_of_a_day_then_averages_the_days() -> None:
    daily = pd.DataFrame({"date": pd.to_datetime(["2025-01-06"] * 2 + ["2025-01-07"] * 2),
                          "line": ["A", "B"] * 2, "headcount": [40, 60, 42, 62]})
    assert kpi.average_workers(daily) == pytest.approx(102)
    with pytest.raises(ValueError, match="headcount"):
        kpi.average_workers(daily.drop(columns="headcount"))


# --- Wrong input: errors that say what to fix -------------------------------------------------

@pytest.mark.parametrize("workers", [0, -5, True, "145"])
def test_workers_must_be_a_positive_number(workers: object) -> None:
    with pytest.raises(ValueError, match="workers must be the number of workers"):
        kpi.suggestion_participation(KEEN, workers=workers)  # type: ignore[arg-type]


def test_more_people_than_workers_is_refused() -> None:
    with pytest.raises(ValueError, match="3 different people wrote slips, more than the 2"):
        kpi.suggestion_participation(KEEN, workers=2)


def test_a_log_without_a_column_names_it() -> None:
    with pytest.raises(DataError, match=r"missing column.*'date_answered'"):
        kpi.suggestion_implementation_rate(KEEN.drop(columns="date_answered"))


def test_an_unknown_status_names_the_row_and_the_column() -> None:
    log = KEEN.copy()
    log.loc[3, "status"] = "maybe"
    with pytest.raises(DataError) as raised:
        kpi.suggestion_implementation_rate(log)
    assert "row 3" in str(raised.value) and "'maybe'" in str(raised.value)
    assert raised.value.problems[0].column == "status"


def test_an_answer_before_the_slip_is_refused() -> None:
    log = KEEN.copy()
    log.loc[0, "date_answered"] = "2025-01-01"
    with pytest.raises(DataError, match="date_answered is before date_submitted"):
        kpi.suggestions_answered_within(log)


def test_a_date_that_is_not_a_date_is_refused() -> None:
    log = KEEN.copy()
    log.loc[2, "date_answered"] = "next week"
    with pytest.raises(DataError, match="'next week' is not a date"):
        kpi.suggestions_answered_within(log)


# --- The practice data: Tahi Pinoy's suggestion box of 2025 -----------------------------------

@pytest.fixture(scope="module")
def log() -> pd.DataFrame:
    return data.load("suggestions")


def test_the_practice_log_is_shaped_like_a_real_box(log: pd.DataFrame) -> None:
    assert log["suggestion_id"].is_unique and log["date_submitted"].dt.year.eq(2025).all()
    assert set(log["status"]) == set(s.STATUSES)
    waiting = log["status"] == "received"
    assert log.loc[waiting, "date_answered"].isna().all()
    assert log.loc[~waiting, "date_answered"].notna().all()
    assert (log["date_answered"].dropna() >= log.loc[~waiting, "date_submitted"]).all()
    anonymous = log["employee_id"].isna().mean()
    assert 0.05 < anonymous < 0.2
    assert log["employee_id"].dropna().str.fullmatch(r"E-\d{4}").all()   # numbers, no names
    assert log["employee_id"].nunique() < log["employee_id"].notna().sum()  # keen writers


def test_the_practice_log_tells_the_story_of_the_lesson(log: pd.DataFrame) -> None:
    """Slow answers and few writers in January to March; quick answers and more writers
    from April (module 01's Morale section says so)."""
    production = data.load("garments_daily")
    quarter = log["date_submitted"].dt.quarter
    days = production["date"].dt.year.eq(2025)
    values = {}
    for q in (1, 2):
        rows = log[quarter == q]
        workers = kpi.average_workers(production[days & production["date"].dt.quarter.eq(q)])
        values[q] = (kpi.suggestion_participation(rows, workers),
                     kpi.suggestions_answered_within(rows, days=14))
    assert values[1][0] < 0.2 < values[2][0]
    assert values[1][1] < 0.5 < 0.9 < values[2][1]


def test_the_data_dictionary_defines_the_suggestion_kpis() -> None:
    readme = (REPO / "datasets" / "README.md").read_text(encoding="utf-8")
    section = readme.split("### `suggestions.csv`")[1]
    for name in ("suggestion_participation", "suggestions_answered_within",
                 "suggestion_implementation_rate"):
        assert f"`{name}`" in section and callable(getattr(kpi, name))
    assert "ILO SCORE Training Module 1" in section and "Kaizen Teian" in section


# --- A factory's own suggestion box log, written by hand --------------------------------------

def test_a_factory_log_loads_with_its_own_headers_and_status_words() -> None:
    own = kpi.load_suggestion_log(FACTORY_LOG)
    assert own.attrs["column_mapping"] == {
        "Ref. No.": "suggestion_id", "Date Received": "date_submitted",
        "Emp. No.": "employee_id", "Section/Line": "line", "Category": "pillar",
        "Suggestion": "suggestion", "Status": "status", "Date Replied": "date_answered"}
    assert len(own) == 20 and own["Remarks"].notna().any()       # its own column is kept
    assert own["date_submitted"].iloc[0] == pd.Timestamp("2025-01-06")   # read day-first
    assert own.loc[own["suggestion_id"] == "SB-01", "employee_id"].item() == "0412"
    assert own["employee_id"].isna().sum() == 3                  # two blanks, "anonymous"
    assert own["status"].value_counts().to_dict() == {
        "implemented": 9, "accepted": 4, "received": 4, "not_adopted": 3}


def test_the_kpis_of_the_factory_log_are_the_hand_counts() -> None:
    own = kpi.load_suggestion_log(FACTORY_LOG)
    # 8 different employee numbers; 60 workers on the roll
    assert kpi.suggestion_participation(own, workers=60) == pytest.approx(8 / 60)
    # as of 17 March: 16 answered (15 within 14 days) + 3 waiting over 14 days = 19 due
    assert kpi.suggestions_answered_within(own, days=14) == pytest.approx(15 / 19)
    assert kpi.suggestion_implementation_rate(own) == pytest.approx(9 / 20)


def test_a_factory_log_with_an_unknown_status_names_file_column_and_row(
        tmp_path: Path) -> None:
    lines = FACTORY_LOG.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].replace(",For review,", ",Titingnan pa,")   # spreadsheet row 6
    bad = tmp_path / "our_box.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as raised:
        kpi.load_suggestion_log(bad)
    problem = raised.value.problems[0]
    assert (problem.file, problem.column) == ("our_box.csv", "status")
    assert "row 6" in str(raised.value) and "'Titingnan pa'" in str(raised.value)
    assert "'done', 'approved', 'pending'" in str(raised.value)
