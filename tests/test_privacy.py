"""Tests for score_helpers.privacy: redaction of Philippine personal data (RA 10173)."""

from __future__ import annotations

import csv
import dataclasses
import re
from pathlib import Path

import pytest

from score_helpers.privacy import Finding, Redaction, redact

GRIEVANCES = Path(__file__).resolve().parents[1] / "datasets" / "grievances.csv"


def kinds(text: str, roster: list[str] | None = None) -> list[str]:
    return [f.kind for f in redact(text, roster).findings]


@pytest.mark.parametrize(
    "phone",
    [
        "+63 917 123 4567",
        "+639171234567",
        "639171234567",
        "09171234567",
        "0917-123-4567",
        "0917 123 4567",
        "0917.123.4567",
        "+63-917-123-4567",
    ],
)
def test_phone_formats(phone: str) -> None:
    r = redact(f"Text me po {phone} kung may update.")
    assert r.text == "Text me po [PHONE] kung may update."
    assert [(f.kind, f.original) for f in r.findings] == [("PHONE", phone)]


@pytest.mark.parametrize(
    "decoy",
    [
        "0917-123-456",
        "0917123456",
        "091712345678",
        "08171234567",
        "+63 817 123 4567",
        "PO-09171234567",
    ],
)
def test_not_phones(decoy: str) -> None:
    assert "PHONE" not in kinds(f"Ref {decoy} here")


@pytest.mark.parametrize(
    ("text", "kind", "number"),
    [
        ("34-1234567-8", "SSS", "34-1234567-8"),
        ("SSS No. 34-1234567-8", "SSS", "34-1234567-8"),
        ("SSS: 3412345678", "SSS", "3412345678"),
        ("sss niya 34 1234567 8", "SSS", "34 1234567 8"),
        ("12-345678901-2", "PHILHEALTH", "12-345678901-2"),
        ("PhilHealth: 12-345678901-2", "PHILHEALTH", "12-345678901-2"),
        ("PhilHealth no. 123456789012", "PHILHEALTH", "123456789012"),
        ("1234-5678-9012", "PAGIBIG", "1234-5678-9012"),
        ("Pag-IBIG MID 123456789012", "PAGIBIG", "123456789012"),
        ("HDMF 1234 5678 9012", "PAGIBIG", "1234 5678 9012"),
        ("0111-1234567-8", "UMID", "0111-1234567-8"),
        ("UMID CRN: 011112345678", "UMID", "011112345678"),
        ("123-456-789", "TIN", "123-456-789"),
        ("TIN 123-456-789-000", "TIN", "123-456-789-000"),
        ("TIN: 123456789", "TIN", "123456789"),
        ("TIN 123456789000", "TIN", "123456789000"),
    ],
)
def test_government_ids(text: str, kind: str, number: str) -> None:
    r = redact(f"Ito po ang {text}.")
    assert [(f.kind, f.original) for f in r.findings] == [(kind, number)]
    assert r.text == f"Ito po ang {text.replace(number, f'[{kind}]')}."


@pytest.mark.parametrize(
    "decoy",
    [
        "3412345678",  # bare 10 digits, no SSS keyword
        "123456789012",  # bare 12 digits, no keyword
        "123456789",  # bare 9 digits, no TIN keyword
        "tin 123456789",  # lower-case "tin" is not the keyword
        "SSS 341234567",  # 9 digits
        "SSS 34-123456-8",  # wrong middle group
        "34-12345678-9",  # 2-8-1
        "PhilHealth 12-34567890-2",  # 2-8-1
        "1234-5678-901",  # 4-4-3
        "12-3456-7890",
    ],
)
def test_id_decoys_untouched(decoy: str) -> None:
    text = f"Record {decoy} only."
    assert redact(text).text == text


def test_email() -> None:
    r = redact("Send to juan.dc+hr@tahipinoy.com.ph po.")
    assert r.text == "Send to [EMAIL] po."


def test_taglish_sentence() -> None:
    r = redact("Tinawagan ko si Ana sa 0917-123-4567, SSS niya 34-1234567-8", roster=["Ana Reyes"])
    assert r.text == "Tinawagan ko si [NAME] sa [PHONE], SSS niya [SSS]"
    assert r.counts() == {"NAME": 1, "PHONE": 1, "SSS": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ako po si Jennifer de Guzman ng Line A.", "Ako po si [NAME] ng Line A."),
        ("JENNIFER DE GUZMAN filed it.", "[NAME] filed it."),
        ("De Guzman, Jennifer filed it.", "[NAME] filed it."),
        ("Si Jennifer po ito.", "Si [NAME] po ito."),
        ("Kausapin si de Guzman.", "Kausapin si [NAME]."),
        ("Ako po si Ma., Line B.", "Ako po si [NAME], Line B."),
        ("Ma'am Santos said ok.", "Ma'am [NAME] said ok."),
    ],
)
def test_roster_names(text: str, expected: str) -> None:
    roster = ["Jennifer de Guzman", "Ma. Cristina Samonte", "Pedro Santos"]
    assert redact(text, roster=roster).text == expected


def test_lowercase_single_roster_word_kept() -> None:
    # "tan" is a word too: a surname alone is removed only when capitalised
    text = "may tan na kulay ang tela"
    assert redact(text, roster=["Maria Tan"]).text == text
    assert redact("Tan said ok", roster=["Maria Tan"]).text == "[NAME] said ok"


def test_roster_month_name_not_redacted_alone() -> None:
    text = "Output rose in May 2025 and June."
    assert redact(text, roster=["May Reyes", "June Cruz"]).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pinapahiya po ako ni Ma'am Castro tuwing", "Pinapahiya po ako ni Ma'am [NAME] tuwing"),
        ("Sir Mallari gives warnings.", "Sir [NAME] gives warnings."),
        ("Ask Mr. Juan Dela Cruz today", "Ask Mr. [NAME] today"),
        ("Si Kuya Jun at Ate Baby", "Si Kuya [NAME] at Ate [NAME]"),
        ("G. Santos at Gng. Reyes at Bb. Lim", "G. [NAME] at Gng. [NAME] at Bb. [NAME]"),
        ("Engr. Ramos, Atty. Uy, Dr. Ma. Clara Luz", "Engr. [NAME], Atty. [NAME], Dr. [NAME]"),
        ("ni Supervisor Soriano, laging", "ni Supervisor [NAME], laging"),
        ("Sir Tan.", "Sir [NAME]."),
        ("Ms. Lopez Line 3", "Ms. [NAME] Line 3"),
    ],
)
def test_honorifics(text: str, expected: str) -> None:
    assert redact(text).text == expected


def test_honorific_without_capitalised_name_untouched() -> None:
    text = "Sir, salamat po. Ate ko ang nag-file. Miss ko na ang Line 2."
    assert redact(text).text == text


KPI_DECOYS = [
    "On 2025-03-05 Line 3 made 12,450 pcs; OEE was 62.5 % and scrap 3.4 %.",
    "Report for 05/03/2025 (March 5, 2025): ₱12,450.00 cost, PHP 1,200 overtime.",
    "PO-2025-00123 and Order #45821 shipped at 14:30; see IR-2024-0001 and GR-2024-001.",
    "Downtime 2024: 1,234,567 minutes over 608 days; DPMO 3.4; 1000000 hours worked.",
    "Line A ran 2 shifts, 480 min each, ideal cycle 0.55 min, target 85% by 2026.",
    "Batch 20250305 of 1234567890 units, lot 2025-0312, shift 2-3.",
]


@pytest.mark.parametrize("text", KPI_DECOYS)
def test_kpi_text_unchanged(text: str) -> None:
    r = redact(text, roster=["Jennifer de Guzman", "May Reyes", "Line Santos"])
    assert r.text == text
    assert r.findings == []


def test_findings_map_back_to_original() -> None:
    text = "Ako po si Rogelio Domingo (SSS 76-0967946-7), text 0921-699-1237 o rd@mail.ph."
    r = redact(text, roster=["Rogelio Domingo"])
    assert [f.kind for f in r.findings] == ["NAME", "SSS", "PHONE", "EMAIL"]
    for f in r.findings:
        assert text[f.start : f.end] == f.original
    rebuilt, pos = "", 0
    for f in r.findings:
        rebuilt += text[pos : f.start] + f"[{f.kind}]"
        pos = f.end
    assert rebuilt + text[pos:] == r.text


def test_finding_is_frozen() -> None:
    f = redact("0917-123-4567").findings[0]
    assert isinstance(f, Finding)
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.kind = "SSS"  # type: ignore[misc]


def test_counts_and_summary() -> None:
    r = redact("Ms. Reyes: 0917-123-4567 at +63 918 765 4321, SSS 34-1234567-8.")
    assert isinstance(r, Redaction)
    assert r.counts() == {"NAME": 1, "PHONE": 2, "SSS": 1}
    assert r.summary() == "Removed 2 phone numbers, 1 SSS number and 1 name before sending."
    assert redact("TIN 123-456-789").summary() == "Removed 1 TIN before sending."
    assert "nothing" in redact("Line 3 OEE 62 %").summary().lower()


def test_html_preview() -> None:
    r = redact("Si <b>Ana</b> 0917-123-4567", roster=["Ana Cruz"])
    page = r._repr_html_()
    assert "<mark" in page and "0917-123-4567</mark>" in page
    assert "&lt;b&gt;" in page and "<b>Ana</b>" not in page
    assert "[PHONE]" in page and r.summary() in page
    assert str(r) == r.text


def _grievances() -> list[dict[str, str]]:
    with GRIEVANCES.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_grievances_file_has_personal_data_to_find() -> None:
    rows = _grievances()
    assert len(rows) == 150
    assert sum(r["sss_number"] in r["description"] for r in rows) >= 5


@pytest.mark.parametrize("row", _grievances(), ids=lambda r: r["grievance_id"])
def test_grievance_rows_redacted(row: dict[str, str]) -> None:
    roster = sorted({r["employee_name"] for r in _grievances()})
    r = redact(row["description"], roster=roster)
    digits = re.sub(r"\D", "", r.text)
    assert row["sss_number"] not in r.text
    assert re.sub(r"\D", "", row["sss_number"]) not in digits
    assert re.sub(r"\D", "", row["mobile_number"])[1:] not in digits
    for word in row["employee_name"].split():
        if word[0].isupper() and len(word.rstrip(".")) > 1:
            assert not re.search(rf"(?<![\w']){re.escape(word)}(?![\w'])", r.text), word
    for f in r.findings:
        assert row["description"][f.start : f.end] == f.original


def test_the_package_keeps_every_public_name() -> None:
    """score_helpers.privacy became a package: the names people import still work."""
    from score_helpers import privacy

    for name in ("Finding", "Redaction", "redact", "safe_url", "scrub_urls", "SECRET_WORDS",
                 "MASK", "DETECTORS", "find_personal"):
        assert hasattr(privacy, name), name
    assert privacy.safe_url("https://u:p@h/x?key=1") == f"https://h/x?key={privacy.MASK}"


def test_a_roster_nickname_that_is_also_a_month_abbreviation_is_still_found() -> None:
    assert redact("Jun said ok.", roster=["Jun Reyes"]).text == "[NAME] said ok."
