"""The grievance workflow: the KPIs on hand-built logs, bad input, the escalation path, the
log view, and the acknowledgement letter's prompt and review."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from score_helpers import data, kpi, privacy
from score_helpers.drafting import prompts, review
from score_helpers.widgets.grievance_log import grievance_log_view, log_table, status_counts

HR_LOG = Path(__file__).parent / "data" / "hr_grievance_log.csv"
HEADERS = {"Grievance No.": "grievance_id", "Date Filed": "date_filed",
           "Date Acknowledged": "date_acknowledged", "Date Resolved": "date_resolved",
           "Status": "status", "Step": "escalation_step", "Category": "category",
           "Remarks": "description"}


def hr_log() -> pd.DataFrame:
    """The hand-typed HR spreadsheet, its headers renamed to the log's columns."""
    return pd.read_csv(HR_LOG, dtype=str, keep_default_na=False).rename(columns=HEADERS)


def test_acknowledgement_days_and_median_on_a_hand_typed_log() -> None:
    log = hr_log()
    days = kpi.acknowledgement_days(log)
    assert days.tolist()[:3] == [0, 2, 9] and pd.isna(days[3])
    assert kpi.median_acknowledgement_days(log) == 1   # 0, 2, 9, 1, 1 → median 1


def test_share_acknowledged_within_counts_the_overdue_unacknowledged() -> None:
    log = hr_log()
    # within 5 days: G-01, G-02, G-05, G-06; G-03 late; G-04 unacknowledged and overdue by
    # the log's latest date (20 April), so 4 of 6
    assert kpi.acknowledged_within(log, days=5) == pytest.approx(4 / 6)
    # as of 12 March G-04 (filed 10 March) is not due yet, and later rows are not counted
    early = log.iloc[:4]
    assert kpi.acknowledged_within(early, days=5, as_of="2025-03-12") == pytest.approx(2 / 3)


def test_resolution_rate_backlog_and_days_waiting() -> None:
    log = hr_log()
    assert kpi.resolution_rate(log) == pytest.approx(3 / 6)
    assert kpi.resolution_rate(log, within_days=10) == pytest.approx(2 / 6)
    assert kpi.open_backlog(log).to_dict() == {"received": 1, "acknowledged": 1,
                                               "escalated": 1}
    waiting = kpi.days_waiting(log, as_of="2025-03-31")
    assert waiting.tolist()[1] == 27 and pd.isna(waiting[0])


@pytest.mark.parametrize(("change", "words"), [
    ({"status": ["Closed", *["resolved"] * 5]}, "status 'Closed' is not one of"),
    ({"date_acknowledged": ["2025-03-01", *[""] * 5]}, "before date_filed"),
    ({"date_filed": ["next week", *["2025-03-03"] * 5]}, "is not a date"),
])
def test_bad_logs_raise_a_data_error_naming_the_column(change: dict, words: str) -> None:
    log = hr_log()
    for column, values in change.items():
        log[column] = values
    with pytest.raises(data.DataError, match=words):
        kpi.resolution_rate(log)


def test_bad_arguments_name_the_argument() -> None:
    with pytest.raises(data.DataError, match=r"missing column.*'status'"):
        kpi.open_backlog(hr_log().drop(columns="status"))
    with pytest.raises(ValueError, match="days must be a number of days above 0"):
        kpi.acknowledged_within(hr_log(), days=0)
    with pytest.raises(TypeError, match=r"data\.load"):
        kpi.resolution_rate([1, 2])
    with pytest.raises(ValueError, match="unknown escalation step 'boss'"):
        kpi.next_escalation_step("boss")


def test_the_escalation_path_moves_up_one_step_and_ends_at_sena() -> None:
    keys = [step.key for step in kpi.ESCALATION_PATH]
    assert keys == ["supervisor", "eit_hr", "management", "lmc_union", "sena"]
    assert kpi.next_escalation_step("supervisor").key == "eit_hr"
    assert kpi.next_escalation_step("eit_hr").key == "management"
    assert kpi.next_escalation_step("management").key == "lmc_union"
    assert kpi.next_escalation_step("lmc_union").key == "sena"
    assert kpi.next_escalation_step("sena") is None
    log = hr_log()
    assert kpi.next_escalation_step(log.iloc[0]) is None           # resolved
    assert kpi.next_escalation_step(log.iloc[4]).key == "lmc_union"
    sources = " ".join(step.source for step in kpi.ESCALATION_PATH)
    for source in ("Recommendation No. 130", "Art. 273 [260]", "RA 10396"):
        assert source in sources


def test_the_course_log_gives_kpis_in_a_sensible_range() -> None:
    log = data.load("grievances")
    assert 0 <= kpi.median_acknowledgement_days(log) <= 3
    assert 0.75 <= kpi.acknowledged_within(log, days=5) < 1
    assert 0.8 <= kpi.resolution_rate(log) < 1
    assert 1 <= kpi.open_backlog(log).sum() <= 25


def test_the_log_view_hides_personal_data_until_asked() -> None:
    log = data.load("grievances")
    hidden = log_table(log)
    text = hidden.to_string()
    assert not any(name in text for name in log["employee_name"])
    assert not any(sss in text for sss in log["sss_number"])
    shown = log_table(log, show_personal=True)
    assert set(shown["Name"]) == set(log["employee_name"])


def test_the_log_view_filters_and_shows_waiting_days_and_next_step() -> None:
    log = hr_log()
    table = log_table(log, status="received")
    assert table["Grievance"].tolist() == ["G-04"]
    assert table["Next step if not settled"].tolist() == ["EIT or HR"]
    assert table["Days waiting"].tolist() == [41]    # 10 March to 20 April
    assert log_table(log, category="wages")["Grievance"].tolist() == ["G-01", "G-05"]
    with pytest.raises(ValueError, match="status: 'closed' is not in the log"):
        log_table(log, status="closed")
    filipino = log_table(log, status="escalated", lang="fil")
    assert filipino.columns[0] == "Grievance no." and filipino.iloc[0, 3] == "na-escalate"
    assert "1 bagong received" in status_counts(log, "fil")


def test_the_log_widget_follows_its_filters_and_privacy_switch() -> None:
    log = data.load("grievances")
    view = grievance_log_view(log)
    assert "RA 10173" in view.note.value
    assert log["employee_name"].iloc[0] not in view.table.value
    view.status.value = "escalated"
    assert view.frame()["Status"].eq("escalated").all()
    view.show_personal.value = True
    assert view.note.value == ""
    assert view.frame().shape[0] == (log["status"] == "escalated").sum()


def test_the_acknowledgement_letter_prompt_and_review() -> None:
    fields = {"recipient": "the worker", "grievance_id": "GR-2025-024",
              "date_received": "10 May 2025", "issue_summary": "SSS contributions not remitted.",
              "contact_role": "HR officer", "handled_by": "HR officer",
              "next_step": "HR meets the worker", "next_step_by": "17 May 2025"}
    messages = prompts.build_prompt("grievance_acknowledgement", **fields)
    user = messages[1]["content"]
    for words in ("Grievance id: GR-2025-024", "Next step by: 17 May 2025",
                  "- Acknowledgement", "- What happens next", "- Contact"):
        assert words in user
    assert privacy.redact(user).counts() == {}
    good = ("Acknowledgement\nWe received your grievance GR-2025-024 on 10 May 2025.\n"
            "What happens next\nThe HR officer meets you by 17 May 2025.\n"
            "Contact\nPlease ask the HR officer.")
    assert review.review_checklist(good, fields, "grievance_acknowledgement").ok
    leaky = good.replace("Please ask", "Text Ariel Manalo at 0917 555 0142 or ask")
    checked = review.review_checklist(leaky, fields, "grievance_acknowledgement",
                                      roster=["Ariel Manalo"])
    assert not checked.ok
    assert "Ariel Manalo" in str(checked) or "0917" in str(checked)
    with pytest.raises(ValueError, match="has no field 'next_stepp'"):
        prompts.build_prompt("grievance_acknowledgement", next_stepp="x", **fields)


def test_the_loaded_log_has_the_handling_columns_typed() -> None:
    log = data.load("grievances")
    assert str(log["date_acknowledged"].dtype).startswith("datetime64")
    assert str(log["date_resolved"].dtype).startswith("datetime64")
    received = log["status"] == "received"
    assert log.loc[received, "date_acknowledged"].isna().all()
    assert log.loc[~received, "date_acknowledged"].notna().all()


def test_module_02_letter_fields_and_escalation_table() -> None:
    from score_helpers.lessons import document_drafting as lessons

    messages = prompts.build_prompt("grievance_acknowledgement", **lessons.LETTER_FIELDS)
    assert privacy.redact(messages[1]["content"]).counts() == {}
    table = lessons.escalation_table()
    assert list(table.index) == [1, 2, 3, 4, 5]
    assert table.loc[5, "who"].startswith("DOLE's Single Entry Approach")
    assert table["source"].str.len().min() > 20


def test_acknowledged_on_the_target_day_counts_as_within() -> None:
    log = pd.DataFrame({"date_filed": ["2025-03-03", "2025-03-03"],
                        "date_acknowledged": ["2025-03-08", "2025-03-09"],
                        "date_resolved": ["", ""], "status": ["acknowledged"] * 2})
    assert kpi.acknowledged_within(log, days=5) == 0.5
    assert kpi.acknowledged_within(log, days=6) == 1.0
