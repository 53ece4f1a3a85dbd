"""A reviewed draft saved as Markdown and as Word, read back to check what is inside."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from score_helpers.drafting.export import (
    docx_bytes,
    markdown_bytes,
    reviewer_line,
    safe_filename,
    to_markdown,
)

MADE_BY = {"provider": "offline", "model": "smollm2-135m-instruct"}
REVIEWER = ("Draft written with AI (offline · smollm2-135m-instruct) and reviewed by: "
            "______ on ______")
DRAFT = """# EIT meeting minutes

**Attendance**
- Line leader, QC inspector and Gng. Dela Cruz's replacement

## Decisions
- Move the **red-tag** area next to the cutting table.
  - Ask maintenance for a shelf.
1. Sort on Monday.
2) Report at the next meeting.

**Next meeting:**
Sa Lunes, ika-17 ng Marso, sa kantina. Salamat sa inyong tulong!
---
"""


def read_docx(content: bytes) -> list[tuple[str, str]]:
    """(style, text) of every paragraph of a .docx."""
    return [(p.style.name, p.text) for p in docx.Document(io.BytesIO(content)).paragraphs]


def test_the_reviewer_line_leaves_blanks_for_a_name_and_a_date() -> None:
    assert reviewer_line("offline", "smollm2-135m-instruct") == REVIEWER


def test_markdown_has_the_title_once_the_draft_and_the_reviewer_line() -> None:
    text = to_markdown(DRAFT, "EIT meeting minutes", **MADE_BY)
    assert text.startswith("# EIT meeting minutes\n\n**Attendance**\n")
    assert text.count("EIT meeting minutes") == 1  # the draft's own title is not repeated
    assert "  - Ask maintenance for a shelf." in text
    assert text.rstrip().endswith(REVIEWER)
    assert markdown_bytes(DRAFT, "EIT meeting minutes", **MADE_BY) == text.encode("utf-8")


def test_markdown_gets_a_title_when_the_draft_has_none() -> None:
    text = to_markdown("- Wear gloves.", "Toolbox talk", **MADE_BY)
    assert text.startswith("# Toolbox talk\n\n- Wear gloves.\n")


def test_word_has_the_title_headings_bullets_steps_and_reviewer_line() -> None:
    paragraphs = read_docx(docx_bytes(DRAFT, "EIT meeting minutes", **MADE_BY))
    assert paragraphs == [
        ("Title", "EIT meeting minutes"),
        ("Heading 2", "Attendance"),
        ("List Bullet", "Line leader, QC inspector and Gng. Dela Cruz's replacement"),
        ("Heading 2", "Decisions"),
        ("List Bullet", "Move the red-tag area next to the cutting table."),
        ("List Bullet 2", "Ask maintenance for a shelf."),
        ("List Number", "Sort on Monday."),
        ("List Number", "Report at the next meeting."),
        ("Heading 2", "Next meeting"),
        ("Normal", "Sa Lunes, ika-17 ng Marso, sa kantina. Salamat sa inyong tulong!"),
        ("Normal", REVIEWER),
    ]


def test_word_keeps_bold_words_bold_and_the_reviewer_line_italic() -> None:
    document = docx.Document(io.BytesIO(docx_bytes(DRAFT, "EIT meeting minutes", **MADE_BY)))
    move = next(p for p in document.paragraphs if p.text.startswith("Move"))
    assert [(run.text, bool(run.bold)) for run in move.runs] == [
        ("Move the ", False), ("red-tag", True), (" area next to the cutting table.", False)]
    assert all(run.italic for run in document.paragraphs[-1].runs)


def test_word_keeps_filipino_letters() -> None:
    paragraphs = read_docx(docx_bytes("Paalala sa Señor at sa mga kasama.", "Paunawa",
                                      **MADE_BY))
    assert ("Normal", "Paalala sa Señor at sa mga kasama.") in paragraphs


@pytest.mark.parametrize(("kind", "extension", "expected"), [
    ("eit_minutes", "md", "eit_minutes_2025-03-12.md"),
    ("toolbox_talk", ".DOCX", "toolbox_talk_2025-03-12.docx"),
    ("../../Grievance letter: Señor?", "md", "grievance_letter_se_or_2025-03-12.md"),
    ("", "md", "document_2025-03-12.md"),
])
def test_file_names_are_safe_on_any_computer(kind: str, extension: str, expected: str) -> None:
    assert safe_filename(kind, extension, date(2025, 3, 12)) == expected


def test_the_file_name_uses_today_by_default() -> None:
    assert safe_filename("eit_minutes", "md") == f"eit_minutes_{date.today().isoformat()}.md"
