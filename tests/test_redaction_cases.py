"""The redaction cases of issue 16: names without a roster, the phone formats people type,
the decoys that must stay, and one set of detectors for redact and the review checklist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from score_helpers import privacy
from score_helpers.drafting import review
from score_helpers.privacy import redact

NOTES = Path(__file__).resolve().parent / "data" / "drafts" / "taglish_notes.txt"


@pytest.mark.parametrize(("text", "expected"), [
    ("Si Jose ang nag-report ng near miss.", "Si [NAME] ang nag-report ng near miss."),
    ("si jose ang nag-report", "si [NAME] ang nag-report"),
    ("Ibigay kay Aling Nena ang logbook.", "Ibigay kay Aling [NAME] ang logbook."),
    ("Ibigay kay Mario ang logbook.", "Ibigay kay [NAME] ang logbook."),
    ("Ang tool box ni Mang Ben ay nasa Line 2.", "Ang tool box ni Mang [NAME] ay nasa Line 2."),
    ("Ayon ni Carlo Mendoza, sira ang fan.", "Ayon ni [NAME], sira ang fan."),
    ("REPORTED BY MR. JOSE REYES", "REPORTED BY MR. [NAME]"),
    ("MR. JOSE REYES FILED IT", "MR. [NAME] FILED IT"),
    ("Sina Ana, Ben at Nena ang present.", "Sina [NAME], [NAME] at [NAME] ang present."),
    ("Ask Engr. Ramos and Dr. Cruz.", "Ask Engr. [NAME] and Dr. [NAME]."),
    ("Tinawagan ni Gng. Flores si Bb. Torres.", "Tinawagan ni Gng. [NAME] si Bb. [NAME]."),
])
def test_names_after_markers_in_any_case(text: str, expected: str) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Maria Dimasalang left early.", "[NAME] left early."),       # a listed given name
    ("Thanks to Nena Bautista.", "Thanks to [NAME]."),            # a listed surname
    ("jose reyes called", "[NAME] called"),                       # both listed, lower case
    ("JOSE BUENCAMINO FILED IT", "[NAME] FILED IT"),
    ("Ask dela Cruz about it.", "Ask [NAME] about it."),
    ("In May Reyes left.", "In [NAME] left."),                    # May with a surname
])
def test_names_from_the_lists(text: str, expected: str) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize("text", [
    "Output rose in May and June; Joy of the team, Grace period of 5 days.",
    "Santa Rosa plant and San Jose Del Monte warehouse, Santa Cruz branch.",
    "Line 3 and Team B beat the target; QC Inspector, HR Officer present.",
    "Kay ganda ng output, ni isa walang reject. May tan na kulay ang tela.",
    "Sir, salamat po. Ate ko ang nag-file. Miss ko na ang Line 2. We ate lunch.",
    "You are a writing assistant for an Enterprise Improvement Team (EIT) in a Philippine "
    "SME factory taking part in the ILO SCORE programme.",
])
def test_ordinary_words_are_not_names(text: str) -> None:
    assert redact(text).findings == []


@pytest.mark.parametrize("phone", [
    "(0917) 123-4567", "Tel.09171234567", "cp#09171234567", "+63 917 123 4567",
    "0917.123.4567", "(02) 8123-4567", "Tel. 8123-4567", "landline 02 8123 4567",
    "+63 (917) 123 4567", "cel no. 0917-123-4567",
])
def test_phone_formats_people_type(phone: str) -> None:
    found = redact(f"Pakitawagan po sa {phone} bukas.").findings
    assert [f.kind for f in found] == ["PHONE"]
    assert re.sub(r"\D", "", found[0].original)[-7:] == re.sub(r"\D", "", phone)[-7:]


@pytest.mark.parametrize("decoy", [
    "Lot 2024-0917", "LOT#0917-123", "PO-2025-0917", "PO# 45821", "Order #0917-123",
    "12/05/2025", "2025-12-05", "Dec 5", "₱12,500", "PHP 1,234.50", "12.5%", "7:30 AM",
    "14:00", "1,200 pcs", "Line 3", "Team B", "machine 12", "(12 pcs)",
])
def test_decoys_stay(decoy: str) -> None:
    text = f"Hold {decoy} muna, sabi ng QC."
    assert redact(text).text == text


def _cases() -> list[tuple[str, str]]:
    text = NOTES.read_text(encoding="utf-8")
    return list(zip(re.findall(r"^IN: (.*)$", text, re.M), re.findall(r"^OUT: (.*)$", text, re.M),
                    strict=True))


def test_the_taglish_notes_file_has_cases() -> None:
    assert len(_cases()) >= 8


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_taglish_notes(text: str, expected: str) -> None:
    assert redact(text).text == expected


SHARED = [text for text, _ in _cases()] + [
    "Si Jose Reyes, SSS 34-1234567-8, e-mail jose.reyes@example.com, cp#09171234567.",
    "Lot 2024-0917 passed on 2025-12-05 at 7:30 AM.",
]


@pytest.mark.parametrize("text", SHARED)
def test_the_checklist_and_redact_find_the_same_personal_data(text: str) -> None:
    redacted = redact(text, roster=["Liza Cruz"])
    assert review.personal_data(text, roster=["Liza Cruz"]) == redacted.findings
    for finding in redacted.findings:  # each found by one of review.PERSONAL's detectors
        assert any(finding in detector.find(text) for detector in review.PERSONAL.values()) \
            or finding.original == "Liza"
    checklist = review.review_checklist(text, {"topic": "x", "hazards": "x", "controls": "x"},
                                        "toolbox_talk", roster=["Liza Cruz"])
    personal = checklist.items[2]
    assert personal.ok == (not redacted.findings)
    for finding in redacted.findings:
        assert finding.original in personal.detail


def test_personal_is_the_privacy_detectors() -> None:
    assert review.PERSONAL is privacy.DETECTORS
    assert {d.kind for d in review.PERSONAL.values()} == set(privacy.LABELS)


def test_redact_names_the_argument_when_not_given_text() -> None:
    with pytest.raises(ValueError, match=r"redact\(text=...\)"):
        redact(12345)  # type: ignore[arg-type]
