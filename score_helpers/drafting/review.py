"""The human reviewer's checklist for an AI draft of a SCORE document.

    result = review_checklist(draft, fields, "eit_minutes", roster=["Rhea"], lang="fil")
    result            # in a notebook: ✔ / ✘ for each check, with what to look at
    result.ok         # True when nothing needs a second look

Four checks always: placeholders left unfilled; required section headings missing;
personal data (phones, government IDs, e-mail addresses, names: the same detectors as
`privacy.redact`, here as `PERSONAL`, plus the names of the `roster`); numbers in the
draft that are in none of the fields typed in (list numbering, steps, dates, years and
times are left out). Then the fact checks of `fact_check`, each shown only when the form
or the draft has such facts: dates (compared as dates), attendees, names and roles, due
dates of action items. A name the person typed in the form is not personal data to
remove; a name the form does not have is flagged once, under names when that check is
shown. The words come from the string tables (score_helpers/i18n/en_review.py and
fil_review.py). A ✔ never replaces reading the draft.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from score_helpers.drafting.fact_check import Problem, fact_problems
from score_helpers.drafting.number_check import find_numbers
from score_helpers.drafting.people import mentions, words
from score_helpers.drafting.prompts import document_type
from score_helpers.i18n import language, section_text
from score_helpers.privacy import DETECTORS, Detector, Finding, find_personal

# A blank to fill in: [TO CONFIRM], [Worker's Name], [Petsa] (a capital after "[", not a
# Markdown link), ___, {name} or <date>.
PLACEHOLDER = re.compile(r"\[[A-Z][^\[\]\n]{0,40}\](?!\()|_{3,}|\{\w+\}|<[^<>\n]{1,40}>")
# The personal-data detectors: the very ones `privacy.redact` uses (privacy.DETECTORS).
PERSONAL: Mapping[str, Detector] = DETECTORS
_STEP = re.compile(r"\b(?:step|hakbang|item|no\.|#)\s*\d{1,2}\b", re.IGNORECASE)
_MARKUP = " \t#*_:>-"
_MOBILE = re.compile(r"(?:\+?63|\b0|\(0?)[ .\-]?9\d{2}")
say = section_text("drafting.review")


@dataclass(frozen=True)
class CheckItem:
    """One line of the checklist: what was checked, whether it passed, what to look at."""

    label: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class Checklist:
    """The reviewer's checklist: items, `.ok`, and text or HTML to show, in `lang`."""

    items: tuple[CheckItem, ...]
    lang: str = "en"

    @property
    def ok(self) -> bool:
        """True when every check passed."""
        return all(item.ok for item in self.items)

    def ending(self) -> str:
        """The closing sentence: read it all anyway, or fix the ✘ lines first."""
        return say(self.lang, "all_ok" if self.ok else "fix")

    def __str__(self) -> str:
        lines = [f"{'✔' if item.ok else '✘'} {item.label}: {item.detail}" for item in self.items]
        return "\n".join([*lines, self.ending()])

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<li style='color:{'#1a7f37' if item.ok else '#b42318'}'>"
            f"{'✔' if item.ok else '✘'} <b>{html.escape(item.label)}</b>: "
            f"{html.escape(item.detail)}</li>" for item in self.items)
        return (f"<div><b>{html.escape(say(self.lang, 'title'))}</b>"
                f"<ul style='list-style:none;padding-left:0'>{rows}</ul>"
                f"<p>{html.escape(self.ending())}</p></div>")


def _quote(found: Iterable[str]) -> str:
    return ", ".join(f"'{part}'" for part in dict.fromkeys(found))


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


def personal_data(draft: str, roster: Iterable[str] = ()) -> list[Finding]:
    """The personal data in `draft`, as `privacy.redact` finds it (`PERSONAL`, the roster)."""
    return find_personal(draft, list(roster))


def _kind_label(finding: Finding, lang: str) -> str:
    landline = finding.kind == "PHONE" and not _MOBILE.search(finding.original)
    return say(lang, "kind.LANDLINE" if landline else f"kind.{finding.kind}")


def _leaks(draft: str, fields: Mapping[str, object], roster: list[str],
           names_checked: bool) -> list[Finding]:
    """Personal data to remove: not a name typed in the form (unless the roster has it);
    a name the form lacks is left to the names check when that check is shown."""
    typed = _field_text(fields)
    kept = []
    for finding in personal_data(draft, roster):
        on_roster = finding.kind == "NAME" and any(words(finding.original) & words(name)
                                                   for name in roster)
        if finding.kind == "NAME" and not on_roster and (
                names_checked or mentions(finding.original, typed)):
            continue
        kept.append(finding)
    return kept


def _fact_item(name: str, problems: list[Problem], lang: str) -> CheckItem:
    detail = "; ".join(say(lang, problem.key, **problem.values) for problem in problems)
    return CheckItem(say(lang, f"label.{name}"), not problems,
                     detail or say(lang, f"{name}_ok"))


def _item(lang: str, name: str, found: list[str], **values: object) -> CheckItem:
    key = f"{name}_bad" if found else f"{name}_ok"
    return CheckItem(say(lang, f"label.{name}"), not found,
                     say(lang, key, **({"found": _quote(found)} if found else values)))


def review_checklist(draft: str, fields: Mapping[str, object], kind: str, *,
                     roster: Iterable[str] = (), lang: str = "en") -> Checklist:
    """Check an AI draft of a `kind` document against the `fields` it was written from.

    `roster` holds names that must not appear in this document (e.g. the workers named in
    the rough notes); each one found is flagged. `lang` is "en" or "fil" for the words.
    Raises ValueError for an unknown kind or a draft that is not text.
    """
    if not isinstance(draft, str):
        raise ValueError(f"review_checklist(draft=...): give the draft as text, not "
                         f"{type(draft).__name__}. For example: review_checklist(reply.text, …)")
    lang, doc, roster = language(lang), document_type(kind), [str(n) for n in roster]
    facts = fact_problems(draft, fields)
    leaks = _leaks(draft, fields, roster, names_checked="names" in facts)
    masked = draft
    for finding in personal_data(draft, roster):
        masked = masked[:finding.start] + " " * (finding.end - finding.start) + \
            masked[finding.end:]
    for rx in (_STEP, PLACEHOLDER):
        masked = rx.sub(" ", masked)
    given = {n.value.normalize() for n in find_numbers(_field_text(fields))}
    invented = [n.text for n in find_numbers(masked) if n.value.normalize() not in given]
    return Checklist((
        _item(lang, "placeholders", [m.group() for m in PLACEHOLDER.finditer(draft)]),
        _item(lang, "sections", _missing_sections(draft, doc.sections),
              count=len(doc.sections)),
        _item(lang, "personal", [f"{_kind_label(f, lang)} {f.original}" for f in leaks]),
        _item(lang, "numbers", invented),
        *(_fact_item(name, problems, lang) for name, problems in facts.items()),
    ), lang)
