"""The shared input checks of the safety tables: the same plain message for the same mistake."""

from __future__ import annotations

import pandas as pd
import pytest

from score_helpers.data import DataError
from score_helpers.safety import frames as safety_frames
from score_helpers.safety import osh_reports
from score_helpers.safety import weekly as safety_weekly

WHERE = {"source": "reports", "dataset": "incident_reports"}


def frame(**columns) -> pd.DataFrame:
    base = {"date": ["2024-03-01", "2024-03-02"], "report_type": ["Near miss", "LTI"],
            "factory": ["food", "garments"]}
    return pd.DataFrame({**base, **columns})


def test_report_types_accept_the_ways_people_write_them():
    types = safety_frames.report_types(frame(report_type=["Near miss", "medical treatment"]),
                                       **WHERE)
    assert list(types) == ["near_miss", "recordable"]
    assert list(safety_frames.report_types(frame(), **WHERE)) == ["near_miss", "lost_time"]


def test_an_unknown_report_type_names_the_row_and_the_allowed_words():
    with pytest.raises(DataError, match=r"row 1 has report type 'accident'.*near_miss") as err:
        safety_frames.report_types(frame(report_type=["near_miss", "accident"]), **WHERE)
    assert "incident_reports.csv" in str(err.value)


def test_a_bad_date_names_its_row():
    with pytest.raises(DataError, match=r"row 1 has no date.*'03/31/24x'"):
        safety_frames.checked_copy(frame(date=["2024-03-01", "03/31/24x"]), required=("date",),
                                   purpose="the table", **WHERE)


def test_a_missing_column_says_what_the_table_needs():
    with pytest.raises(DataError, match=r"'days_lost'.*the WAIR needs date, days_lost"):
        safety_frames.checked_copy(frame(), required=("date", "days_lost"), purpose="the WAIR",
                                   **WHERE)


def test_not_a_table_is_a_type_error_with_an_example():
    with pytest.raises(TypeError, match=r"data.load\('incident_reports'\)"):
        safety_frames.checked_copy(["a list"], required=(), purpose="x", **WHERE)


def test_the_copy_leaves_the_participants_frame_untouched():
    original = frame()
    checked = safety_frames.checked_copy(original, required=("date",), purpose="x", **WHERE)
    assert original["date"].tolist() == ["2024-03-01", "2024-03-02"]
    assert str(checked["date"].dtype).startswith("datetime64")


def test_one_factory_lists_the_factories_there_are():
    assert len(safety_frames.one_factory(frame(), "food", **WHERE)) == 1
    assert len(safety_frames.one_factory(frame(), None, **WHERE)) == 2
    with pytest.raises(ValueError, match=r"'bakery' is not in reports.*'food', 'garments'"):
        safety_frames.one_factory(frame(), "bakery", **WHERE)


@pytest.mark.parametrize("call", [
    lambda f: osh_reports.wair_summary(f.assign(days_lost=0), "2024-03", factory="food"),
    lambda f: safety_weekly.weekly_summary(f.assign(hazard_category="other")),
])
def test_the_safety_tables_share_one_message_for_a_bad_report_type(call):
    with pytest.raises(DataError, match="row 1 has report type 'slipped'"):
        call(frame(report_type=["near_miss", "slipped"]))
