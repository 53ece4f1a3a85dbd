"""The human reviewer's checklist for an AI draft of a SCORE document.

    result = review_checklist(draft, fields, "eit_minutes", roster=["Maria Santos"])
    result            # in a notebook: ✔ / ✘ for each check, with what to look at
    result.ok         # True when nothing needs a second look

Four checks: placeholders left unfilled; required section headings missing; personal data
that slipped through (PH mobile numbers, SSS numbers, e-mail addresses and names from the
`roster`); and numbers in the draft that are in none of the fields the person typed in
(list numbering, steps, dates, years and times are left out). The personal-data check is
deliberately small and local; a ✔ never replaces reading the draft.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from score_helpers.drafting.number_check import find_numbers
from score_helpers.drafting.prompts import document_type

PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9 _/-]*\]|_{3,}|\{\w+\}|<[^<>\n]{1,40}>")
PERSONAL = {
    "mobile number": re.compile(r"(?<![\w+])(?:\+63[\s-]?|0)9\d{2}[\s-]?\d{3}[\s-]?\d{4}(?!\d)"),
    "SSS number": re.compile(r"(?<!\d)\d{2}-\d{7}-\d(?!\d)"),
    "e-mail address": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
}
_STEP = re.compile(r"\b(?:step|hakbang|item|no\.|#)\s*\d{1,2}\b", re.IGNORECASE)
_MARKUP = " \t#*_:>-"


@dataclass(frozen=True)
class CheckItem:
    """One line of the checklist: what was checked, whether it passed, what to look at."""

    label: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class Checklist:
    """The reviewer's checklist: items, `.ok`, and text or HTML to show."""

    items: tuple[CheckItem, ...]

    @property
    def ok(self) -> bool:
        """True when every check passed."""
        return all(item.ok for item in self.items)

    def __str__(self) -> str:
        lines = [f"{'✔' if item.ok else '✘'} {item.label}: {item.detail}" for item in self.items]
        lines.append("Nothing flagged. Still read the whole draft before you share it."
                     if self.ok else "Fix the ✘ lines, then read the whole draft again.")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<li style='color:{'#1a7f37' if item.ok else '#b42318'}'>"
            f"{'✔' if item.ok else '✘'} <b>{html.escape(item.label)}</b>: "
            f"{html.escape(item.detail)}</li>" for item in self.items)
        end = ("Nothing flagged. Still read the whole draft before you share it."
               if self.ok else "Fix the ✘ lines, then read the whole draft again.")
        return (f"<div><b>Review checklist</b><ul style='list-style:none;padding-left:0'>"
                f"{rows}</ul><p>{html.escape(end)}</p></div>")


def _quote(found: Iterable[str]) -> str:
    return ", ".join(f"'{text}'" for text in dict.fromkeys(found))


def _heading_text(line: str) -> str:
    return line.strip().strip(_MARKUP).strip().lower()


def _missing_sections(draft: str, sections: Iterable[str]) -> list[str]:
    lines = [_heading_text(line) for line in draft.splitlines()]
    return [s for s in sections
            if not any(line == s.lower() or line.startswith(s.lower() + ":")
                       or line.startswith(s.lower() + "**:") for line in lines)]


def _field_text(fields: Mapping[str, object]) -> str:
    parts = []
    for value in fields.values():
        parts.extend(map(str, value) if isinstance(value, list | tuple) else [str(value)])
    return "\n".join(parts)


def review_checklist(draft: str, fields: Mapping[str, object], kind: str, *,
                     roster: Iterable[str] = ()) -> Checklist:
    """Check an AI draft of a `kind` document against the `fields` it was written from.

    `roster` holds names that must not appear in this document (e.g. the workers named in
    the rough notes); each one found is flagged. Raises ValueError for an unknown kind.
    """
    doc = document_type(kind)
    placeholders = [m.group() for m in PLACEHOLDER.finditer(draft)]
    missing = _missing_sections(draft, doc.sections)
    leaks = [f"{what} {m.group()}" for what, rx in PERSONAL.items() for m in rx.finditer(draft)]
    leaks += [f"name {name}" for name in dict.fromkeys(roster)
              if name.strip() and re.search(rf"(?<!\w){re.escape(name.strip())}(?!\w)", draft)]
    masked = draft
    for rx in (*PERSONAL.values(), _STEP, PLACEHOLDER):
        masked = rx.sub(" ", masked)
    given = {n.value.normalize() for n in find_numbers(_field_text(fields))}
    invented = [n.text for n in find_numbers(masked) if n.value.normalize() not in given]
    return Checklist((
        CheckItem("Placeholders", not placeholders,
                  f"fill in {_quote(placeholders)}" if placeholders
                  else "no blanks left to fill in"),
        CheckItem("Sections", not missing,
                  f"missing heading(s): {_quote(missing)}" if missing
                  else f"all {len(doc.sections)} headings are there"),
        CheckItem("Personal data", not leaks,
                  f"remove or check: {_quote(leaks)}" if leaks
                  else "no mobile, SSS, e-mail or roster names found"),
        CheckItem("Numbers", not invented,
                  f"not in your inputs, check: {_quote(invented)}" if invented
                  else "every number is in your inputs"),
    ))
