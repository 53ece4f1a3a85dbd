"""The weekly safety summary: counts per ISO week checked by hand, both kinds of input,
the factory and weeks filters, the chart, and errors that say what to fix."""

from __future__ import annotations

import pandas as pd
import pytest

from score_helpers import data
from score_helpers.data import DataError
from score_helpers.safety import weekly as safety_weekly


def small_log() -> pd.DataFrame:
    """Seven made-up reports like the app's log (risk_level, needs_review as read from CSV).

    2024-03-04 is a Monday (ISO week 10); 2024-03-10 is the Sunday of that week.
    Week 11 has no report; week 12 has three.
    """
    rows = [
        ("2024-03-04", "garments", "near_miss", "cut_sharp", "medium", "False"),
        ("2024-03-06", "garments", "first_aid", "cut_sharp", "high", "True"),
        ("2024-03-10", "food", "near_miss", "chemical", "critical", "False"),
        ("2024-03-18", "garments", "near_miss", "slip_trip_fall", "medium", "True"),
        ("2024-03-20", "garments", "lost_time", "slip_trip_fall", "high", "False"),
        ("2024-03-24", "garments", "medical treatment", "electrical", "low", "False"),
    ]
    return pd.DataFrame(rows, columns=["date", "factory", "report_type", "hazard_category",
                                       "risk_level", "needs_review"])


def test_counts_per_iso_week_hand_checked():
    table = safety_weekly.weekly_summary(small_log()).set_index("week")
    assert list(table.index) == ["2024-W10", "2024-W11", "2024-W12"]
    w10, w11, w12 = (table.loc[w] for w in table.index)
    assert (w10["reports"], w10["near_misses"], w10["injuries"]) == (3, 2, 1)
    assert (w10["high_or_critical"], w10["needs_review"]) == (2, 1)
    assert w10["most_common_hazard"] == "cut_sharp"
    assert (w11["reports"], w11["injuries"], w11["most_common_hazard"]) == (0, 0, "")
    assert (w12["reports"], w12["near_misses"], w12["injuries"]) == (3, 1, 2)
    assert (w12["high_or_critical"], w12["needs_review"]) == (1, 1)
    assert table["week_start"].dt.day_of_week.eq(0).all(), "weeks start on Monday"
    assert table.loc["2024-W12", "week_start"] == pd.Timestamp("2024-03-18")


def test_a_near_miss_is_never_counted_as_an_injury():
    log = small_log().assign(report_type="near_miss")
    table = safety_weekly.weekly_summary(log)
    assert table["injuries"].sum() == 0
    assert table["near_misses"].sum() == len(log)


def test_tie_goes_to_the_first_name_alphabetically():
    table = safety_weekly.weekly_summary(small_log(), factory="garments")
    # week 12: slip_trip_fall twice, electrical once; week 10 (garments): cut_sharp twice
    assert table["most_common_hazard"].tolist() == ["cut_sharp", "", "slip_trip_fall"]
    log = small_log().iloc[[3, 5]]      # one slip, one electrical in the same week
    assert safety_weekly.weekly_summary(log)["most_common_hazard"].tolist() == ["electrical"]


def test_factory_filter_keeps_only_that_factory():
    table = safety_weekly.weekly_summary(small_log(), factory="food")
    assert table["reports"].tolist() == [1]
    assert table["high_or_critical"].tolist() == [1]


def test_weeks_keeps_the_last_n_weeks_ending_with_the_newest_report():
    table = safety_weekly.weekly_summary(small_log(), weeks=2)
    assert table["week"].tolist() == ["2024-W11", "2024-W12"]


def test_weeks_and_until_end_on_the_week_of_until_with_empty_weeks_as_zeros():
    table = safety_weekly.weekly_summary(small_log(), weeks=4, until="2024-04-10")
    assert table["week"].tolist() == ["2024-W12", "2024-W13", "2024-W14", "2024-W15"]
    assert table["reports"].tolist() == [3, 0, 0, 0]
    early = safety_weekly.weekly_summary(small_log(), until="2024-03-05")
    assert early["reports"].tolist() == [1]


def test_bundled_incident_reports_work_without_the_app_columns():
    reports = data.load("incident_reports")
    table = safety_weekly.weekly_summary(reports)
    assert "high_or_critical" not in table.columns and "needs_review" not in table.columns
    assert table["reports"].sum() == len(reports)
    assert table["near_misses"].sum() == int((reports["report_type"] == "near_miss").sum())
    assert (table["reports"] == table["near_misses"] + table["injuries"]).all()
    assert table["week_start"].diff().dropna().eq(pd.Timedelta(days=7)).all()
    one = reports["factory"].iloc[0]
    assert safety_weekly.weekly_summary(reports, factory=one)["reports"].sum() == \
        int((reports["factory"] == one).sum())


def test_an_empty_log_gives_an_empty_table_with_the_columns():
    table = safety_weekly.weekly_summary(small_log().iloc[:0])
    assert table.empty
    assert list(table.columns) == list(safety_weekly.COLUMNS)


def test_chart_draws_the_summary_numbers():
    summary = safety_weekly.weekly_summary(small_log())
    chart = safety_weekly.weekly_summary_chart(summary)
    assert chart.data["near_misses"].tolist() == [2, 0, 1]
    assert chart.data["injuries"].tolist() == [1, 0, 2]
    assert "high_or_critical" in chart.data.columns
    heights = [round(p.get_height()) for p in chart.figure.axes[0].patches]
    assert heights == [2, 0, 1, 1, 0, 2]
    assert chart._repr_png_().startswith(b"\x89PNG")


def test_chart_of_an_empty_summary_says_there_is_nothing_yet():
    empty = safety_weekly.weekly_summary(small_log().iloc[:0])
    with pytest.raises(ValueError, match="no reports to chart yet"):
        safety_weekly.weekly_summary_chart(empty)


def test_missing_column_is_named():
    with pytest.raises(DataError, match="hazard_category"):
        safety_weekly.weekly_summary(small_log().drop(columns="hazard_category"))


def test_bad_report_type_and_date_are_named():
    with pytest.raises(DataError, match=r"report_type.*'slipped'|'slipped'.*near_miss"):
        safety_weekly.weekly_summary(small_log().assign(report_type="slipped"))
    with pytest.raises(DataError, match="date"):
        safety_weekly.weekly_summary(small_log().assign(date="next week"))


def test_unknown_factory_lists_the_choices():
    with pytest.raises(ValueError, match=r"'bakery'.*'food', 'garments'"):
        safety_weekly.weekly_summary(small_log(), factory="bakery")


@pytest.mark.parametrize("weeks", [0, -2, 2.5, "8", True])
def test_bad_weeks_is_named(weeks):
    with pytest.raises(ValueError, match="weeks must be a whole number"):
        safety_weekly.weekly_summary(small_log(), weeks=weeks)
