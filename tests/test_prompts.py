"""Tests for score_helpers.drafting.prompts (SCORE document prompts) and the review checklist."""

from __future__ import annotations

import re

import pytest

from score_helpers.drafting.prompts import (
    CONSTRAINTS,
    DOCUMENT_TYPES,
    FIELD_HINTS,
    DocumentType,
    build_prompt,
    prompt_parts,
)
from score_helpers.drafting.review import review_checklist

# Sample values for every field; distinctive so a test can find each one in the prompt.
SAMPLE: dict[str, object] = {
    "meeting_date": "12 March 2025", "attendees": ["Line leader", "QC inspector"],
    "notes": "defects up on line 2, agreed to check needle guards", "factory": "Cebu Garments",
    "next_meeting": "26 March 2025", "company": "Cebu Garments Inc.",
    "contact_role": "HR officer", "response_days": 5, "appeal_role": "Plant manager",
    "union": "Workers Council", "recipient": "Sewing operator, line 3",
    "date_received": "3 April 2025", "issue_summary": "Overtime not shown on payslip",
    "topic": "Forklift safety", "hazards": "Blind corners near the warehouse",
    "controls": "Sound horn at corners; walkways marked yellow", "incident": "Near miss",
    "duration_minutes": 10, "area": "Sewing line 2", "activity": "Red-tag sort day",
    "date": "Friday 9 May", "time": "8:00", "what_to_bring": "Gloves",
    "purpose": "Collect ideas to reduce waste", "how_to_submit": "Box near the canteen",
    "review_period": "every two weeks", "reward": "Certificate at the monthly assembly",
    "shift": "Night shift 14 May", "line": "Packing line",
    "open_issues": "Label printer jams", "grievance_id": "GR-2025-024",
    "handled_by": "HR officer", "next_step": "Meeting with the worker and her supervisor",
    "next_step_by": "10 April 2025",
}


def required(kind: str) -> dict[str, object]:
    return {name: SAMPLE[name] for name in DOCUMENT_TYPES[kind].required_fields}


def text_of(messages: list[dict[str, str]]) -> str:
    return "\n".join(message["content"] for message in messages)


def test_registry_has_the_seven_score_documents() -> None:
    assert set(DOCUMENT_TYPES) == {
        "eit_minutes", "grievance_procedure", "grievance_acknowledgement", "toolbox_talk",
        "five_s_announcement", "suggestion_memo", "shift_handover"}
    for doc in DOCUMENT_TYPES.values():
        assert isinstance(doc, DocumentType) and doc.required_fields and doc.sections
        assert set(doc.fields) <= set(FIELD_HINTS)
    with pytest.raises(AttributeError):
        DOCUMENT_TYPES["eit_minutes"].title = "x"  # type: ignore[misc]


@pytest.mark.parametrize("kind", sorted(DOCUMENT_TYPES))
def test_every_kind_builds_with_its_fields_headings_and_constraints(kind: str) -> None:
    doc = DOCUMENT_TYPES[kind]
    messages = build_prompt(kind, **{name: SAMPLE[name] for name in doc.fields})
    assert [m["role"] for m in messages] == ["system", "user"]
    system, user = messages[0]["content"], messages[1]["content"]
    for name in doc.fields:
        values = SAMPLE[name] if isinstance(SAMPLE[name], list) else [SAMPLE[name]]
        for value in values:
            assert str(value) in user, (name, value)
    for heading in doc.sections:
        assert f"- {heading}" in user
    for rule in CONSTRAINTS:
        assert rule in system
    assert doc.role in system and doc.task in user and doc.format in user
    assert "[TO CONFIRM]" in system and "invent" in system and "blame" in system
    assert all(prompt_parts(messages).values())


def test_only_required_fields_are_enough_and_blank_optional_is_left_out() -> None:
    user = build_prompt("toolbox_talk", incident="", **required("toolbox_talk"))[1]["content"]
    assert "Forklift safety" in user and "Incident" not in user


@pytest.mark.parametrize("language, words", [("Filipino", "Filipino (Tagalog)"),
                                             ("Taglish", "Taglish")])
def test_language_changes_the_instructions(language: str, words: str) -> None:
    english = build_prompt("shift_handover", **required("shift_handover"))
    other = build_prompt("shift_handover", language=language, **required("shift_handover"))
    assert other != english and words in other[0]["content"]
    assert words not in english[0]["content"] and "plain, simple English" in text_of(english)
    assert "headings exactly as given" in other[0]["content"]


def test_unknown_language_is_an_error_with_suggestion() -> None:
    with pytest.raises(ValueError, match="Did you mean 'Filipino'"):
        build_prompt("shift_handover", language="Filipno", **required("shift_handover"))


def test_unknown_kind_lists_kinds_and_suggests_near_miss() -> None:
    with pytest.raises(ValueError, match="Did you mean 'toolbox_talk'") as error:
        build_prompt("toolbox_tlk", topic="x")
    assert all(kind in str(error.value) for kind in DOCUMENT_TYPES)


def test_missing_required_fields_are_each_named_with_a_hint() -> None:
    with pytest.raises(ValueError) as error:
        build_prompt("eit_minutes", meeting_date="12 March 2025", notes="  ")
    message = str(error.value)
    assert "'attendees'" in message and FIELD_HINTS["attendees"] in message
    assert "'notes'" in message and FIELD_HINTS["notes"] in message
    assert "'meeting_date'" not in message


def test_unknown_field_is_an_error_with_suggestion() -> None:
    expected = re.escape("no field 'atendees'. Did you mean 'attendees'")
    with pytest.raises(ValueError, match=expected):
        build_prompt("eit_minutes", atendees=["QC"], meeting_date="1 May", notes="x")


def test_prompt_parts_on_a_good_participant_prompt() -> None:
    prompt = ("You are a helper for our EIT. Context: here are my rough notes from the "
              "meeting on 12 March: defects on Line 2 rose to 4.5%, and we agreed to check "
              "the needle guards. Task: write the minutes. Format: use bullet points under "
              "headings. Do not invent names; only use these notes.")
    assert prompt_parts(prompt) == dict.fromkeys(
        ("role", "context", "task", "format", "constraints"), True)


@pytest.mark.parametrize("prompt, present", [
    ("Write the minutes.", {"task"}),
    ("minutes pls", {"task"}),
    ("pls", set()),
    ("You are a safety officer. Write a toolbox talk about forklifts.", {"role", "task"}),
    ("Isulat ang minutes. Huwag mag-imbento ng pangalan.", {"task", "constraints"}),
    ("You are. Here are. Write. Bullet. Do not.", set()),
    ("Context: here are my rough notes from the meeting. Write the minutes.", {"task"}),
])
def test_prompt_parts_on_weak_prompts(prompt: str, present: set[str]) -> None:
    parts = prompt_parts(prompt)
    assert {part for part, found in parts.items() if found} == present


FIELDS = {"meeting_date": "12 March 2025", "attendees": ["Line leader", "QC inspector"],
          "next_meeting": "26 March 2025",
          "notes": "defects 4.5% on line 2; 3 needle guards missing; check by 19 March"}
CLEAN = """# Attendance
Meeting of 12 March 2025.
- Line leader, QC inspector

## Discussion
1. Defects were 4.5% on line 2.
2. 3 needle guards are missing.

**Decisions:**
- Check the needle guards.

Action items
- Line leader checks the needle guards by 19 March, 8:00.

### Next meeting: 26 March 2025
"""


def test_clean_draft_passes_every_check() -> None:
    result = review_checklist(CLEAN, FIELDS, "eit_minutes", roster=["Maria Santos"])
    assert result.ok, str(result)
    assert len(result.items) == 6 and all(item.ok for item in result.items)
    assert "✔" in result._repr_html_() and "✘" not in str(result)


def test_flawed_draft_is_flagged_for_each_problem_with_details() -> None:
    draft = (CLEAN.replace("### Next meeting: 26 March 2025\n", "")
             .replace("Check the needle guards.", "Call [NAME] on 0917 123 4567.")
             .replace("3 needle guards", "7 needle guards"))
    result = review_checklist(draft, FIELDS, "eit_minutes")
    assert not result.ok
    by_label = {item.label: item for item in result.items}
    assert not by_label["Placeholders"].ok and "[NAME]" in by_label["Placeholders"].detail
    assert not by_label["Sections"].ok and "Next meeting" in by_label["Sections"].detail
    assert not by_label["Personal data"].ok
    assert "0917 123 4567" in by_label["Personal data"].detail
    assert not by_label["Numbers"].ok and "'7'" in by_label["Numbers"].detail
    assert "0917" not in by_label["Numbers"].detail and "4.5" not in by_label["Numbers"].detail
    text, page = str(result), result._repr_html_()
    assert text.count("✘") >= 4 and "[NAME]" in text
    assert "✘" in page and "&#x27;7&#x27;" in page and "[NAME]" in page


@pytest.mark.parametrize("snippet, found", [
    ("[TO CONFIRM]", "[TO CONFIRM]"), ("Signed: ______", "______"),
    ("Dear {recipient},", "{recipient}"), ("Date: <date here>", "<date here>"),
])
def test_each_placeholder_style_is_flagged(snippet: str, found: str) -> None:
    item = review_checklist(CLEAN + snippet, FIELDS, "eit_minutes").items[0]
    assert not item.ok and found in item.detail


@pytest.mark.parametrize("snippet, found", [
    ("Contact +63 917 555 0101.", "mobile number +63 917 555 0101"),
    ("SSS 34-1234567-8 on file.", "SSS number 34-1234567-8"),
    ("Mail ana.reyes@example.com", "e-mail address ana.reyes@example.com"),
    ("Thanks to Maria Santos.", "name Maria Santos"),
])
def test_personal_data_is_flagged(snippet: str, found: str) -> None:
    result = review_checklist(CLEAN + snippet, FIELDS, "eit_minutes", roster=["Maria Santos"])
    personal = result.items[2]
    assert not personal.ok and found in personal.detail
    assert result.items[3].ok, "an ID must not also count as an invented number"


def test_headings_are_case_insensitive_and_steps_are_not_invented_numbers() -> None:
    fields = {"company": "ABC Foods", "contact_role": "HR officer", "response_days": "5"}
    draft = ("PURPOSE\nA fair way to raise concerns.\nwho can use it\nEvery worker.\n"
             "**Steps**\nStep 1: tell the HR officer.\nStep 2: get an answer in 5 days.\n"
             "## Timelines\nAnswer within 5 working days.\n"
             "Confidentiality and no retaliation:\nNo one is punished for raising it.\n")
    result = review_checklist(draft, fields, "grievance_procedure")
    assert result.ok, str(result)
    result = review_checklist(draft.replace("within 5", "within 10"), fields,
                              "grievance_procedure")
    assert not result.items[3].ok and "'10'" in result.items[3].detail


def test_review_checklist_unknown_kind() -> None:
    with pytest.raises(ValueError, match="Did you mean 'eit_minutes'"):
        review_checklist(CLEAN, FIELDS, "eit_minute")
