"""PPE and 5S checklist scores: the arithmetic by hand, n/a left out, errors a participant can
act on, the chart's data, the trend in words, and the trends built into the bundled data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from score_helpers import data
from score_helpers.data import DataError
from score_helpers.plot_style import Chart
from score_helpers.safety import checklist as safety_checklist

COLUMNS = ["date", "factory", "line", "checklist", "item", "result", "checked_by"]


def frame(rows: list[tuple[str, ...]]) -> pd.DataFrame:
    """A checklist frame from (date, line, checklist, item, result) tuples, garments only."""
    return pd.DataFrame([(d, "garments", line, cl, item, result, "line leader")
                         for d, line, cl, item, result in rows], columns=COLUMNS)


# Week of Mon 3 March 2025: Line A PPE 4 passed, 1 failed, 1 n/a -> 4 / 5 = 80 %.
# Week of 10 March: 0 passed, 2 failed, 1 n/a -> 0 / 2 = 0 % (a real zero: items failed).
# Week of 17 March: nothing checked -> no row. Week of 24 March: n/a only -> no row.
SMALL = frame([
    ("2025-03-03", "Line A", "ppe", "Shoes", "pass"),
    ("2025-03-03", "Line A", "ppe", "Guards", "fail"),
    ("2025-03-03", "Line A", "ppe", "Glove", "n/a"),
    ("2025-03-04", "Line A", "ppe", "Shoes", "pass"),
    ("2025-03-04", "Line A", "ppe", "Guards", "pass"),
    ("2025-03-04", "Line A", "ppe", "Glove", "pass"),
    ("2025-03-10", "Line A", "ppe", "Shoes", "fail"),
    ("2025-03-10", "Line A", "ppe", "Guards", "fail"),
    ("2025-03-10", "Line A", "ppe", "Glove", "n/a"),
    ("2025-03-24", "Line A", "ppe", "Glove", "n/a"),
    ("2025-03-07", "Line A", "5s", "Aisles clear", "pass"),
    ("2025-03-03", "Line B", "ppe", "Shoes", "fail"),
    ("2025-03-03", "Line B", "ppe", "Guards", "fail"),
])


def as_rows(table: pd.DataFrame, columns: list[str]) -> list[tuple[object, ...]]:
    return [tuple(row) for row in table[columns].itertuples(index=False)]


# --- Scores ----------------------------------------------------------------------------------

def test_weekly_score_is_passed_over_passed_plus_failed_by_hand() -> None:
    scores = safety_checklist.checklist_scores(SMALL, "W", checklist="ppe", line="Line A")
    assert as_rows(scores, ["period_start", "passed", "failed", "not_applicable", "checked"]) == [
        (pd.Timestamp("2025-03-03"), 4, 1, 1, 5), (pd.Timestamp("2025-03-10"), 0, 2, 1, 2)]
    assert scores["score"].tolist() == [80.0, 0.0]
    assert list(scores.columns) == ["factory", "line", "checklist", "period_start", "passed",
                                    "failed", "not_applicable", "checked", "score"]


def test_n_a_is_neither_a_pass_nor_a_fail() -> None:
    without = SMALL[SMALL["result"] != "n/a"]
    with_na = safety_checklist.checklist_scores(SMALL, "W", checklist="ppe", by_line=True)
    without_na = safety_checklist.checklist_scores(without, "W", checklist="ppe", by_line=True)
    pd.testing.assert_series_equal(with_na["score"], without_na["score"])
    # counted as a fail, the first week would be 4 / 6, not 4 / 5
    assert with_na["score"].iloc[0] == pytest.approx(80.0)


def test_a_week_without_checks_has_no_row_not_a_zero() -> None:
    scores = safety_checklist.checklist_scores(SMALL, "W", checklist="ppe", line="Line A")
    weeks = set(scores["period_start"])
    assert pd.Timestamp("2025-03-17") not in weeks      # nobody checked
    assert pd.Timestamp("2025-03-24") not in weeks      # only n/a
    assert not scores["score"].isna().any()


def test_factory_level_adds_the_lines_up_and_by_line_splits_them() -> None:
    whole = safety_checklist.checklist_scores(SMALL, "M", checklist="PPE", factory="garments")
    # March: Line A 4 passed + 3 failed, Line B 0 passed + 2 failed -> 4 / (4 + 5)
    assert as_rows(whole, ["factory", "checklist", "passed", "failed", "not_applicable"]) == [
        ("garments", "ppe", 4, 5, 3)]
    assert whole["score"].iloc[0] == pytest.approx(400 / 9)
    assert "line" not in whole
    split = safety_checklist.checklist_scores(SMALL, "M", checklist="ppe", by_line=True)
    assert as_rows(split, ["line", "passed", "failed"]) == [("Line A", 4, 3), ("Line B", 0, 2)]
    both = safety_checklist.checklist_scores(SMALL, "M")
    assert as_rows(both, ["checklist", "passed", "failed"]) == [("5s", 1, 0), ("ppe", 4, 5)]


def test_daily_scores_and_results_written_other_ways() -> None:
    loose = SMALL.copy()
    loose["result"] = loose["result"].map({"pass": " Pass", "fail": "FAILED", "n/a": "N/A"})
    daily = safety_checklist.checklist_scores(loose, "d", checklist="ppe", line="Line A")
    assert as_rows(daily, ["period_start", "passed", "failed"]) == [
        (pd.Timestamp("2025-03-03"), 1, 1), (pd.Timestamp("2025-03-04"), 3, 0),
        (pd.Timestamp("2025-03-10"), 0, 2)]


def test_a_factory_file_without_factory_and_line_columns_works() -> None:
    own = SMALL[SMALL["line"] == "Line A"].drop(columns=["factory", "line", "checked_by"])
    scores = safety_checklist.checklist_scores(own, "W", checklist="ppe")
    assert scores["score"].tolist() == [80.0, 0.0]
    with pytest.raises(DataError, match="no 'factory' column"):
        safety_checklist.checklist_scores(own, factory="garments")


# --- Item failures ---------------------------------------------------------------------------

def test_item_failures_rank_the_items_to_fix_first() -> None:
    table = safety_checklist.item_failures(SMALL, checklist="ppe")
    # Guards: 2 + 1 (Line B) fails of 4 checked; Shoes: 1 + 1 of 4; Glove: 0 of 1 (3 n/a).
    assert as_rows(table, ["item", "failed", "checked"]) == [
        ("Guards", 3, 4), ("Shoes", 2, 4), ("Glove", 0, 1)]
    assert table["fail_share"].tolist() == pytest.approx([3 / 4, 2 / 4, 0.0])
    assert table["share_of_fails"].tolist() == pytest.approx([3 / 5, 2 / 5, 0.0])


def test_item_failures_between_two_days_and_for_one_line() -> None:
    table = safety_checklist.item_failures(SMALL, checklist="ppe", line="Line A",
                                           start="2025-03-04", end="2025-03-10")
    assert as_rows(table, ["line", "item", "failed", "checked"]) == [
        ("Line A", "Guards", 1, 2), ("Line A", "Shoes", 1, 2), ("Line A", "Glove", 0, 1)]
    with pytest.raises(ValueError, match="start must be a date"):
        safety_checklist.item_failures(SMALL, start="last week")


# --- Errors ----------------------------------------------------------------------------------

def test_missing_column_is_named() -> None:
    with pytest.raises(DataError, match="'result'") as caught:
        safety_checklist.checklist_scores(SMALL.drop(columns=["result"]))
    assert caught.value.problems[0].column == "result"


def test_unknown_result_names_the_row_and_the_allowed_values() -> None:
    bad = SMALL.copy()
    bad.loc[4, "result"] = "passed!"
    with pytest.raises(DataError) as caught:
        safety_checklist.checklist_scores(bad)
    message = str(caught.value)
    assert "row 4 (2025-03-04, Line A, 'Guards')" in message
    assert "'passed!'" in message and "pass, fail, n/a" in message
    assert "Traceback" not in message


def test_blank_result_hints_that_read_csv_ate_the_n_a() -> None:
    bad = SMALL.copy()
    bad.loc[2, "result"] = np.nan
    with pytest.raises(DataError, match="load_checklists") as caught:
        safety_checklist.item_failures(bad)
    assert "row 2" in str(caught.value) and "no result" in str(caught.value)


@pytest.mark.parametrize(("arguments", "words"), [
    ({"checklist": "fire"}, "checklist 'fire' is not in the checklists; choose one of '5s', "
                            "'ppe'"),
    ({"factory": "garment"}, "Did you mean 'garments'?"),
    ({"line": "Line Z"}, "choose one of 'Line A', 'Line B'"),
    ({"freq": "fortnight"}, "freq must be 'D' (day), 'W' (week) or 'M' (month)"),
])
def test_unknown_arguments_say_what_to_choose(arguments: dict[str, str], words: str) -> None:
    with pytest.raises(ValueError) as caught:
        safety_checklist.checklist_scores(SMALL, **arguments)
    assert words in str(caught.value)


def test_not_a_frame_and_bad_dates_are_explained() -> None:
    with pytest.raises(TypeError, match="pandas DataFrame"):
        safety_checklist.checklist_scores("safety_checklists.csv")  # type: ignore[arg-type]
    bad = SMALL.copy()
    bad.loc[3, "date"] = "someday"
    with pytest.raises(DataError, match="row 3 has no date"):
        safety_checklist.checklist_scores(bad)


def test_a_factory_loads_its_own_file(tmp_path: Path) -> None:
    path = tmp_path / "our_checks.csv"
    path.write_text("Date,Checklist,Item,Result\n03/03/2025,PPE,Shoes,pass\n"
                    "03/03/2025,PPE,Glove,n/a\n04/03/2025,PPE,Shoes,fail\n", encoding="utf-8")
    checks = safety_checklist.load_checklists(path)   # sorted by date, checklist, item
    assert as_rows(checks, ["date", "item", "result"]) == [
        (pd.Timestamp("2025-03-03"), "Glove", "n/a"), (pd.Timestamp("2025-03-03"), "Shoes", "pass"),
        (pd.Timestamp("2025-03-04"), "Shoes", "fail")]
    scores = safety_checklist.checklist_scores(checks, "M", checklist="ppe")
    assert as_rows(scores, ["passed", "failed", "not_applicable", "score"]) == [(1, 1, 1, 50.0)]
    path.write_text("date,checklist,item,result\n2025-03-03,ppe,Shoes,maybe\n",
                    encoding="utf-8")
    with pytest.raises(DataError, match="'maybe'"):
        safety_checklist.load_checklists(path)
    path.write_text("date,checklist,item\n2025-03-03,ppe,Shoes\n", encoding="utf-8")
    with pytest.raises(DataError, match="result"):
        safety_checklist.load_checklists(path)


# --- Chart and trend -------------------------------------------------------------------------

def test_chart_draws_the_scores_with_the_target_and_marks_the_weeks_below() -> None:
    scores = safety_checklist.checklist_scores(SMALL, "W", checklist="ppe", by_line=True)
    chart = safety_checklist.checklist_trend_chart(scores, target=75)
    assert isinstance(chart, Chart)
    assert chart.data["score"].tolist() == scores["score"].tolist()
    assert chart.data["target"].tolist() == [75.0] * len(scores)
    assert chart.data["below_target"].tolist() == [False, True, True]   # 80, 0, 0
    ax = chart.figure.axes[0]
    labels = ax.get_legend_handles_labels()[1]
    assert labels == ["garments · Line A · PPE", "garments · Line B · PPE", "Target 75 %",
                      "Below target"]
    lines = [line for line in ax.get_lines() if line.get_label().startswith("garments")]
    assert len({line.get_marker() for line in lines}) == 2       # not colour alone
    assert len({line.get_linestyle() for line in lines}) == 2
    assert ax.get_title() == "PPE checklist score per week"


def test_chart_rejects_a_target_outside_0_to_100() -> None:
    scores = safety_checklist.checklist_scores(SMALL, "W", checklist="ppe")
    with pytest.raises(ValueError, match="target is a score in %"):
        safety_checklist.checklist_trend_chart(scores, target=0.9 * 1000)


def weekly(passed: list[int], checked: int = 20) -> pd.DataFrame:
    starts = pd.date_range("2025-01-06", periods=len(passed), freq="W-MON")
    return pd.DataFrame({"factory": "garments", "checklist": "ppe", "period_start": starts,
                         "passed": passed, "failed": [checked - p for p in passed],
                         "checked": checked,
                         "score": [100 * p / checked for p in passed]})


def test_trend_compares_the_first_and_second_half_in_plain_words() -> None:
    # first 4 weeks 60/80 = 75 %, last 4 weeks 72/80 = 90 %
    scores = weekly([14, 15, 16, 15, 17, 18, 19, 18])
    assert safety_checklist.checklist_trend(scores) == (
        "PPE score went from 75 % to 90 % over the last 8 weeks checked (first half against "
        "second half): better.")
    assert safety_checklist.checklist_trend(weekly([18, 18, 15, 15])).endswith(": worse.")
    # 2 points up is within 3 points: about the same
    assert safety_checklist.checklist_trend(weekly([17, 17, 17, 18])).endswith(
        ": about the same.")
    # only the last `periods` count: the early bad weeks are left out
    assert "from 90 % to 90 %" in safety_checklist.checklist_trend(
        weekly([2, 2, 18, 18, 18, 18]), periods=4)


def test_trend_needs_one_series_and_two_periods() -> None:
    assert safety_checklist.checklist_trend(weekly([15])).startswith("Not enough data")
    two = pd.concat([weekly([15, 16]), weekly([15, 16]).assign(factory="food")])
    with pytest.raises(ValueError, match="2 series"):
        safety_checklist.checklist_trend(two)
    with pytest.raises(ValueError, match="periods must be"):
        safety_checklist.checklist_trend(weekly([15, 16]), periods=1)


# --- The bundled data ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def checks() -> pd.DataFrame:
    return data.load("safety_checklists")


def test_notebook_calls_work_on_the_bundled_data(checks: pd.DataFrame) -> None:
    scores = safety_checklist.checklist_scores(checks, freq="W", checklist="ppe",
                                               factory="garments")
    assert len(scores) >= 100 and scores["score"].between(0, 100).all()
    assert (scores["checked"] == scores["passed"] + scores["failed"]).all()
    chart = safety_checklist.checklist_trend_chart(scores)
    assert len(chart.data) == len(scores) and (chart.data["target"] == 90).all()
    assert safety_checklist.checklist_trend(scores).startswith("PPE score went from ")
    top = safety_checklist.item_failures(checks, checklist="ppe", factory="garments")
    assert top["item"].iloc[0] == "Finger guards on all machines"
    assert top["share_of_fails"].sum() == pytest.approx(1.0)


def test_garments_ppe_improves_after_training_and_one_line_lags(checks: pd.DataFrame) -> None:
    scores = safety_checklist.checklist_scores(checks, "W", checklist="ppe",
                                               factory="garments")
    spring = scores[scores["period_start"].between("2025-01-06", "2025-06-30")]
    assert safety_checklist.checklist_trend(spring, periods=len(spring)).endswith(
        ": better.")
    before = scores[scores["period_start"] < "2025-02-01"]
    after = scores[scores["period_start"].between("2025-05-01", "2025-08-31")]
    assert after["score"].median() - before["score"].median() >= 8
    by_line = safety_checklist.checklist_scores(checks, "M",
                                                checklist="ppe", factory="garments",
                                                by_line=True)
    mean = by_line.groupby("line")["score"].mean()
    assert mean.idxmin() == "Line C" and mean.min() <= mean.drop("Line C").min() - 5
