"""The review checklist's fact checks, on the hand-written planted drafts of
tests/data/drafts/: each catches its own error and names the line; clean drafts pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from score_helpers.drafting import fact_check, review
from score_helpers.drafting.dates import find_dates, same_date
from score_helpers.drafting.number_check import find_numbers
from score_helpers.drafting.people import name_roles, same_role
from score_helpers.i18n import tables
from score_helpers.i18n.en_review import REVIEW as EN
from score_helpers.i18n.fil_review import REVIEW as FIL

DRAFTS = Path(__file__).resolve().parent / "data" / "drafts"
FIELDS = json.loads((DRAFTS / "minutes_fields.json").read_text(encoding="utf-8"))


def draft(name: str) -> str:
    return (DRAFTS / f"minutes_{name}.md").read_text(encoding="utf-8")


def flagged(name: str, lang: str = "en") -> dict[str, str]:
    """The ✘ items of the checklist of a planted draft: {label: detail}."""
    checklist = review.review_checklist(draft(name), FIELDS, "eit_minutes", lang=lang)
    return {item.label: item.detail for item in checklist.items if not item.ok}


@pytest.mark.parametrize("name", ["clean", "clean_taglish"])
def test_a_clean_draft_passes_every_check_and_shows_the_fact_checks(name: str) -> None:
    checklist = review.review_checklist(draft(name), FIELDS, "eit_minutes")
    assert checklist.ok, str(checklist)
    labels = [item.label for item in checklist.items]
    assert labels == ["Placeholders", "Sections", "Personal data", "Numbers", "Dates",
                      "Attendees", "Names and roles", "Due dates"]
    assert "Nothing flagged" in str(checklist)


def test_an_invented_date_is_named_with_its_line() -> None:
    assert flagged("invented_date") == {
        "Dates": "line 11: '11 December 2025' is not a date you typed"}


def test_a_moved_meeting_is_caught_though_its_day_number_is_another_input() -> None:
    """The issue's case: 5 → 12 December while '12' (machine 12, 12 pcs) is an input."""
    assert any(n.value == 12 for n in find_numbers(FIELDS["notes"]))
    found = flagged("moved_meeting")
    assert set(found) == {"Dates"}, "the numbers check leaves dates to the dates check"
    assert "line 1: '12 December 2025' is not a date you typed" in found["Dates"]
    assert "'5 December 2025' (from meeting date) is not in the draft" in found["Dates"]


def test_a_dropped_attendee_is_named() -> None:
    assert flagged("dropped_attendee") == {
        "Attendees": "'QC inspector' is not in the draft: add them to the attendance"}


def test_a_changed_role_names_the_line_the_person_and_both_roles() -> None:
    assert flagged("changed_role") == {"Names and roles": "line 4: Maria Santos is "
                                       "'QC inspector' here, but you typed 'line leader'"}


def test_an_invented_name_is_flagged_once() -> None:
    found = flagged("invented_name")
    assert found == {"Names and roles": "line 8: 'Ramon Villanueva' is not a name you typed"}


def test_a_missing_due_date_names_the_owner() -> None:
    found = flagged("due_missing")
    assert found["Due dates"] == "the due date '10 Dec 2025' for Pedro Bautista is not in the draft"
    assert set(found) == {"Dates", "Due dates"}


def test_a_changed_due_date_names_the_line_and_both_dates() -> None:
    found = flagged("due_changed")
    assert found["Due dates"] == ("line 15: Maria Santos has '16 December' here, but you "
                                  "typed '9 December'")
    assert "line 15: '16 December' is not a date you typed" in found["Dates"]


def test_a_due_date_away_from_its_owner_is_caught() -> None:
    text = draft("clean").replace("bundle check by 9 December.", "bundle check.").replace(
        "## Next meeting", "Check on 9 December.\n\n## Next meeting")
    problems = fact_check.check_due_dates(text, FIELDS)
    assert problems == [fact_check.Problem("due_apart", {"who": "Maria Santos",
                                                         "date": "9 December", "line": 17})]


def test_the_checklist_speaks_filipino() -> None:
    found = flagged("changed_role", lang="fil")
    assert found == {"Mga pangalan at role": "line 4: 'QC inspector' si Maria Santos dito, "
                                             "pero 'line leader' ang tinype mo"}
    checklist = review.review_checklist(draft("clean"), FIELDS, "eit_minutes", lang="fil")
    assert "Basahin pa rin ang buong draft" in str(checklist)
    assert "Review checklist" in checklist._repr_html_()


def test_fact_checks_are_shown_only_when_there_are_facts() -> None:
    fields = {"topic": "Forklift safety", "hazards": "Blind corners", "controls": "Horn"}
    text = ("## Why this matters\n- Forklifts.\n## The hazards\n- Blind corners.\n"
            "## How we stay safe\n- Horn.\n## Questions for the team\n- Where?")
    checklist = review.review_checklist(text, fields, "toolbox_talk")
    assert [item.label for item in checklist.items] == [
        "Placeholders", "Sections", "Personal data", "Numbers"]
    invented = review.review_checklist(text + "\nSee you on 12 December.", fields,
                                       "toolbox_talk")
    assert not invented.ok and invented.items[-1].label == "Dates"


def test_a_name_typed_in_the_form_is_not_personal_data_but_a_roster_name_is() -> None:
    fields = {"recipient": "Maricel Dizon", "date_received": "12 March 2025",
              "issue_summary": "Pay short", "contact_role": "HR officer"}
    text = ("## Acknowledgement\nDear Maricel Dizon, we received your grievance on "
            "12 March 2025.\n## What happens next\nThe HR officer will reply.\n## Contact\nHR.")
    checklist = review.review_checklist(text, fields, "grievance_acknowledgement")
    assert checklist.ok, str(checklist)
    blocked = review.review_checklist(text, fields, "grievance_acknowledgement",
                                      roster=["Maricel Dizon"])
    assert "name Maricel Dizon" in blocked.items[2].detail


@pytest.mark.parametrize("written", [
    "5 December 2025", "Dec 5, 2025", "2025-12-05", "12/5/2025", "Disyembre 5",
    "ika-5 ng Disyembre", "5th of December", "Dec. 5", "Biyernes, Disyembre 5, 2025",
])
def test_the_same_date_written_many_ways(written: str) -> None:
    typed, found = find_dates("5 December 2025")[0], find_dates(f"on {written}.")
    assert len(found) == 1 and same_date(typed, found[0])
    assert not same_date(find_dates("12 December 2025")[0], found[0])


@pytest.mark.parametrize("text", ["may 5 na reject", "May 12 pcs na sira", "2/3 of the team",
                                  "Mar 2025 output", "Line 12, 5 pcs", "by Friday"])
def test_counts_and_fractions_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_a_year_must_agree_when_both_give_one() -> None:
    a, b, c = (find_dates(t)[0] for t in ("5 Dec 2025", "5 Dec 2024", "Dec 5"))
    assert not same_date(a, b) and same_date(a, c) and same_date(b, c)


def test_names_with_roles_and_role_comparison() -> None:
    people = name_roles("Maria Santos (line leader), Pedro Bautista – mechanic; "
                        "Liza (HR) to get quotes. Maria Santos, Pedro Cruz and the QC "
                        "inspector met.")
    assert [(p.name, p.role) for p in people] == [
        ("Maria Santos", "line leader"), ("Pedro Bautista", "mechanic"), ("Liza", "HR")]
    assert same_role("the line leader", "Line 3 leader")
    assert not same_role("line leader", "QC inspector")


def test_the_review_strings_exist_in_both_languages_and_are_registered() -> None:
    assert set(EN) == set(FIL)
    for key in EN:
        assert tables.english()[f"drafting.review.{key}"] == EN[key]
        assert tables.filipino()[f"drafting.review.{key}"] == FIL[key]
    problem_keys = {"date_invented", "date_missing", "attendee_missing", "name_invented",
                    "role_changed", "due_missing", "due_moved", "due_apart"}
    assert problem_keys <= set(EN)
    assert {f"{name}_ok" for name in fact_check.CHECKS} <= set(EN)


def test_a_draft_that_is_not_text_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"review_checklist\(draft=...\)"):
        review.review_checklist(None, FIELDS, "eit_minutes")  # type: ignore[arg-type]
