"""A reviewed draft as a file to keep: Markdown (.md) or Word (.docx).

    markdown_bytes(draft, "Toolbox talk", provider="offline", model="smollm2-135m-instruct")
    docx_bytes(draft, "Toolbox talk", provider="offline", model="smollm2-135m-instruct")
    safe_filename("eit_minutes", "md")            # 'eit_minutes_2025-03-12.md' (today)

Both files start with the document's title and end with the reviewer's line, "Draft
written with AI (provider · model) and reviewed by: ______ on ______", to be signed by
hand. With a `SignOff` (the reviewer typed their name in the app) the line carries that
name and the day instead, and says when they checked the flagged (✘) lines by hand:

    sign_off = SignOff("Ana Cruz", date(2025, 3, 12), flagged_checked=True)
    to_markdown(draft, "Toolbox talk", provider="offline", model="…", sign_off=sign_off)
 The .docx reads the little Markdown a model writes: `#` headings, a line that is
all **bold** as a heading, `-`/`*`/`•` bullets, `1.` numbered steps and **bold** words.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date

BLANK = "______"
OWN_ASSISTANT = "your own chat assistant"  # who wrote a draft pasted back from a phone
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MARKDOWN_MIME = "text/markdown;charset=utf-8"

_HASH_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
_BOLD_HEADING = re.compile(r"^\*\*([^*]+?):?\*\*:?$")
_BULLET = re.compile(r"^(\s*)[-*•+]\s+(.*)$")
_NUMBERED = re.compile(r"^(\s*)\d{1,3}[.)]\s+(.*)$")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass(frozen=True)
class SignOff:
    """The reviewer who signed a draft off in the app: their name, the day, and whether
    they checked the lines the checklist flagged (✘) by hand."""

    name: str
    day: date
    flagged_checked: bool = False

    def __post_init__(self) -> None:
        name = " ".join(str(self.name).split())  # one line, single spaces
        if not name:
            raise ValueError("SignOff name is blank: type the reviewer's name.")
        object.__setattr__(self, "name", name)


def reviewer_line(provider: str, model: str, sign_off: SignOff | None = None) -> str:
    """The closing line: who wrote the draft, who reviewed it and when (blanks to sign by
    hand without a `sign_off`). An empty `model` leaves the model out."""
    made_by = f"{provider} · {model}" if model else provider
    if sign_off is None:
        return f"Draft written with AI ({made_by}) and reviewed by: {BLANK} on {BLANK}"
    line = (f"Draft written with AI ({made_by}) and reviewed by: {sign_off.name} "
            f"on {sign_off.day.isoformat()}")
    if sign_off.flagged_checked:
        line += f". {sign_off.name} checked the lines the review checklist flagged (✘) by hand"
    return line + "."


def safe_filename(kind: str, extension: str, day: date | None = None) -> str:
    """A file name safe on any computer: 'eit_minutes_2025-03-12.md' (day: today)."""
    stem = re.sub(r"[^a-z0-9]+", "_", kind.lower()).strip("_") or "document"
    extension = re.sub(r"[^a-z0-9]", "", extension.lower()) or "txt"
    return f"{stem}_{(day or date.today()).isoformat()}.{extension}"


def _plain(line: str) -> str:
    """A line without Markdown heading marks, for comparing it with the title."""
    return line.strip().strip("#*_: ").strip().lower()


def _body_lines(draft: str, title: str) -> list[str]:
    """The draft's lines, without its first line when that line only repeats the title."""
    lines = draft.strip().splitlines()
    if lines and _plain(lines[0]) == _plain(title):
        lines = lines[1:]
    while lines and not lines[0].strip():
        lines = lines[1:]
    return lines


def to_markdown(draft: str, title: str, *, provider: str, model: str,
                sign_off: SignOff | None = None) -> str:
    """The reviewed draft as Markdown: title, the draft as written, the reviewer's line."""
    body = "\n".join(_body_lines(draft, title))
    return f"# {title}\n\n{body}\n\n---\n\n{reviewer_line(provider, model, sign_off)}\n"


def markdown_bytes(draft: str, title: str, *, provider: str, model: str,
                   sign_off: SignOff | None = None) -> bytes:
    """`to_markdown` as UTF-8 bytes, for a download."""
    return to_markdown(draft, title, provider=provider, model=model,
                       sign_off=sign_off).encode("utf-8")


def _add_runs(paragraph: object, text: str) -> None:
    """Add `text` to a python-docx paragraph, **bold** parts as bold runs."""
    for index, part in enumerate(_BOLD.split(text)):
        if part:
            paragraph.add_run(part).bold = index % 2 == 1


def docx_bytes(draft: str, title: str, *, provider: str, model: str,
               sign_off: SignOff | None = None) -> bytes:
    """The reviewed draft as a Word document (.docx), its headings and lists as Word's
    own styles, so it can be edited and printed in Word or LibreOffice."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.add_heading(title, level=0)
    for line in _body_lines(draft, title):
        if not line.strip() or _RULE.match(line):
            continue
        if heading := _HASH_HEADING.match(line.strip()):
            level = min(len(heading.group(1)), 3)
            document.add_heading(heading.group(2).strip("*: "), level=level)
        elif bold := _BOLD_HEADING.match(line.strip()):
            document.add_heading(bold.group(1).strip(), level=2)
        elif item := _BULLET.match(line) or _NUMBERED.match(line):
            style = "List Bullet" if _BULLET.match(line) else "List Number"
            nested = " 2" if len(item.group(1).expandtabs(4)) >= 2 else ""
            _add_runs(document.add_paragraph(style=style + nested), item.group(2))
        else:
            _add_runs(document.add_paragraph(), line.strip())
    closing = document.add_paragraph()
    closing.paragraph_format.space_before = Pt(24)
    closing.add_run(reviewer_line(provider, model, sign_off)).italic = True
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
