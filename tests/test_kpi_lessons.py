"""The small table helpers of module 01: cleaning check, differences, readable KPIs, lights."""

from __future__ import annotations

import pandas as pd
import pytest

from score_helpers import data, kpi
from score_helpers.kpi import targets
from score_helpers.kpi.targets import Target
from score_helpers.lessons import kpi_tracking as kpi_lessons

MARCH = ("2025-03-01", "2025-03-31")


@pytest.fixture(scope="module")
def march() -> pd.DataFrame:
    production = data.load("garments_daily")
    return production[production["date"].between(*MARCH)]


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    """The raw file with rows numbered as the spreadsheet numbers them."""
    table = data.read_raw("garments_daily_raw")
    table.index = table.index + 2
    return table


def fix_everything(raw: pd.DataFrame) -> pd.DataFrame:
    """The fixes of the module notebook, in the same order."""
    fixed = raw.drop(index=6)
    fixed["units_produced"] = fixed["units_produced"].str.replace("O", "0")
    fixed["labour_cost_php"] = fixed["labour_cost_php"].str.replace(",", "")
    fixed["line"] = fixed["line"].str.strip().str.title()
    fixed.loc[17, "date"] = "2025-03-06"
    fixed.loc[32, "defects"] = "24"
    fixed.loc[45, ["units_produced", "defects"]] = ["529", "22"]
    fixed.loc[53, "days_absent"] = "2"
    return fixed


def test_the_notebook_fixes_give_exactly_the_clean_month(raw: pd.DataFrame,
                                                         march: pd.DataFrame) -> None:
    fixed = kpi_lessons.check_table(fix_everything(raw), name="fixed March")
    assert len(fixed) == len(march) == 78
    assert kpi_lessons.differences(fixed, march).empty
    assert (fixed.dtypes.to_numpy() == march.dtypes.to_numpy()).all()


def test_check_table_lists_what_is_still_wrong(raw: pd.DataFrame) -> None:
    half_fixed = fix_everything(raw)
    half_fixed.loc[53, "days_absent"] = "-2"
    with pytest.raises(data.DataError) as raised:
        kpi_lessons.check_table(half_fixed, name="half-fixed March")
    message = str(raised.value)
    assert message.startswith("half-fixed March")
    assert "days_absent" in message and "negative" in message
    assert "Traceback" not in message


def test_differences_names_each_changed_cell(march: pd.DataFrame) -> None:
    mine = march.copy()
    row = mine.index[3]
    mine.loc[row, "defects"] = mine.loc[row, "defects"] + 1
    found = kpi_lessons.differences(mine, march)
    assert len(found) == 1
    cell = found.iloc[0]
    assert cell["column"] == "defects"
    assert cell["yours"] == cell["reference"] + 1
    assert cell["line"] == march.loc[row, "line"]


def test_differences_lists_missing_and_extra_rows(march: pd.DataFrame) -> None:
    found = kpi_lessons.differences(march.iloc[1:], march)
    assert list(found["column"]) == [kpi_lessons.WHOLE_ROW]
    assert found.iloc[0]["reference"] == kpi_lessons.ONLY_IN_REFERENCE
    extra = kpi_lessons.differences(march, march.iloc[1:])
    assert extra.iloc[0]["yours"] == kpi_lessons.ONLY_IN_YOURS


def test_differences_treats_two_missing_values_and_tiny_float_noise_as_equal() -> None:
    left = pd.DataFrame({"date": ["d1", "d2"], "line": ["A", "A"], "x": [float("nan"), 0.3]})
    right = left.assign(x=[float("nan"), 0.1 + 0.2])
    assert kpi_lessons.differences(left, right).empty
    assert len(kpi_lessons.differences(left, right.assign(x=[1.0, 0.3]))) == 1


def test_readable_writes_kpis_as_people_read_them(march: pd.DataFrame) -> None:
    table = kpi.qcdms_summary(march, by="line", period=None)
    shown = kpi_lessons.readable(table, ["defect_rate", "cost_per_unit", "frequency_rate"])
    assert list(shown.columns) == ["line", "Defect rate", "Cost per good unit",
                                   "Lost-time injury frequency"]
    line_a = shown.iloc[0]
    assert line_a["line"] == "Line A"
    assert line_a["Defect rate"] == f"{table['defect_rate'].iloc[0] * 100:.1f} %"
    assert line_a["Cost per good unit"].startswith("₱")
    assert kpi_lessons.readable(table, ["oee"], by=None).columns.tolist() == ["OEE"]


def test_targets_table_says_which_way_is_better() -> None:
    table = kpi_lessons.targets_table()
    assert len(table) == len(targets.DEFAULT_TARGETS)
    rows = table.set_index("KPI")
    assert rows.loc["Defect rate", "Green"] == "up to 2.0 %"
    assert rows.loc["On-time delivery", "Better when"] == "higher"
    assert rows.loc["On-time delivery", "Amber"] == "at least 90.0 %"
    assert "usual" in rows.loc["Cost per good unit", "Amber"]
    own = kpi_lessons.targets_table({"oee": Target("oee", green=0.85, amber=0.65)})
    assert own.to_dict("records") == [{"KPI": "OEE", "Better when": "higher",
                                       "Green": "at least 85.0 %", "Amber": "at least 65.0 %"}]


def test_light_board_shows_one_week_and_follows_a_changed_target(march: pd.DataFrame) -> None:
    weekly = kpi.qcdms_summary(march, by="line", period="W")
    board = kpi_lessons.light_board(targets.traffic_lights(weekly), "2025-03-26")
    assert list(board["line"]) == ["Line A", "Line B", "Line C"]
    assert "Defect rate" in board.columns
    week = weekly[weekly["period_start"] == "2025-03-24"].set_index("line")
    rate_c = week.loc["Line C", "defect_rate"]
    assert 0.02 < rate_c <= 0.04
    assert board.iloc[2]["Defect rate"] == f"amber · {rate_c * 100:.1f} %"
    easier = dict(targets.DEFAULT_TARGETS)
    easier["defect_rate"] = Target("defect_rate", green=0.04, amber=0.05)
    changed = kpi_lessons.light_board(targets.traffic_lights(weekly, easier), "2025-03-24")
    assert changed.iloc[2]["Defect rate"].startswith("green")


def test_light_board_explains_a_missing_week_or_missing_lights(march: pd.DataFrame) -> None:
    weekly = kpi.qcdms_summary(march, by="line", period="W")
    with pytest.raises(ValueError, match="traffic_lights"):
        kpi_lessons.light_board(weekly, "2025-03-24")
    with pytest.raises(ValueError, match="no week starting 2025-06-02"):
        kpi_lessons.light_board(targets.traffic_lights(weekly), "2025-06-04")


def test_suggestions_by_quarter_shows_each_quarter_of_the_box() -> None:
    log, production = data.load("suggestions"), data.load("garments_daily")
    table = kpi_lessons.suggestions_by_quarter(log, production)
    assert list(table["Quarter"]) == ["2025 Q1", "2025 Q2", "2025 Q3", "2025 Q4"]
    assert table["Slips"].sum() == len(log)
    first = log[log["date_submitted"].dt.quarter == 1]
    workers = kpi.average_workers(production[production["date"].between("2025-01-01",
                                                                         "2025-03-31")])
    row = table.iloc[0]
    assert row["Workers who wrote"] == first["employee_id"].nunique()
    assert row["Participation"] == f"{kpi.suggestion_participation(first, workers):.0%}"
    assert row["Answered within 14 days"] == \
        f"{kpi.suggestions_answered_within(first, days=14):.0%}"
    assert "Answered within 7 days" in kpi_lessons.suggestions_by_quarter(
        log, production, days=7).columns


def test_module_01_teaches_morale_beyond_absenteeism_with_its_sources() -> None:
    """The Morale section uses the grievance KPIs of module 02 and the suggestion KPIs, and
    cites where they come from; the module's time counts its minutes."""
    import nbformat

    from tests.conftest import REPO

    notebook = nbformat.read(REPO / "modules" / "01_kpi_tracking.ipynb", as_version=4)
    text = "\n".join(cell.source for cell in notebook.cells)
    assert "### Morale beyond absenteeism and turnover" in text
    for call in ("kpi.acknowledged_within(", "kpi.resolution_rate(",
                 "kpi.suggestion_participation(", "kpi.suggestions_answered_within("):
        assert call in text
    for source in ("Recommendation No. 130", "ILO SCORE Module 1", "Kaizen Teian"):
        assert source in text
    assert "**Time:** 130 minutes" in notebook.cells[0].source
