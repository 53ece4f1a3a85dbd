"""Fact checks of an AI draft against the form it was written from: dates, attendees,
names with their roles, and the due dates of action items.

    problems = check_dates(draft, fields)     # None: the form and the draft have no dates
    [Problem('date_invented', {'line': 3, 'date': '12 December 2025'}), …]

Each check returns None when there is nothing to check (the checklist then shows no line
for it), else the list of problems, each a key of the checklist's string tables
(score_helpers/i18n/en_review.py) with the values its sentence needs. Lines are counted
as an editor shows them, from 1, blank lines included. Dates are compared as dates
(`dates.same_date`), so "Dec 5, 2025" is "5 December 2025", and a day number that happens
to be another input never makes a wrong date pass. Everything here is a simple reading of
plain text, made to point a person at a line; it never replaces reading the draft.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from score_helpers.drafting.dates import FoundDate, find_dates, same_date
from score_helpers.drafting.people import (
    ROLE_WORDS,
    Person,
    entries,
    mentions,
    name_roles,
    people_in,
    same_person,
    same_role,
    words,
)

# Words that mark a due date in an action item ("by 19 Mar", "start Mon 17 Mar", "hanggang").
_DUE = re.compile(r"(?i)\b(?:by|until|till|before|due|deadline|start|starts|starting|simula"
                  r"|hanggang|bago|on or before|sa or bago)\b")
# Where the owner's words end in an action item: "Liza (HR) get …", "Mechanic to start …".
_OWNER_END = re.compile(r"(?i)\s*(?:\(|:|\s[-–—]\s|\bto\b|\bwill\b|\bshall\b|\bget\b|\bang\b"
                        r"|\bmag\w*|\bna\b|\bby\b)")


@dataclass(frozen=True)
class Problem:
    """One thing to look at: the string-table key of its sentence and the sentence's values."""

    key: str
    values: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class _Lines:
    """A draft's lines, to say on which line a position is."""

    starts: list[int]

    @classmethod
    def of(cls, text: str) -> _Lines:
        return cls([0, *(m.end() for m in re.finditer(r"\n", text))])

    def number(self, position: int) -> int:
        return bisect.bisect_right(self.starts, position)


def _text(value: object) -> str:
    return "\n".join(map(str, value)) if isinstance(value, list | tuple) else str(value)


def _field_dates(fields: Mapping[str, object]) -> list[tuple[str, FoundDate]]:
    found: list[tuple[str, FoundDate]] = []
    for name, value in fields.items():
        for date in find_dates(_text(value)):
            if not any(same_date(date, seen) for _, seen in found):
                found.append((name.replace("_", " "), date))
    return found


def check_dates(draft: str, fields: Mapping[str, object]) -> list[Problem] | None:
    """Every date typed is in the draft, and the draft has no date that was not typed."""
    typed = _field_dates(fields)
    written = find_dates(draft)
    if not typed and not written:
        return None
    lines = _Lines.of(draft)
    problems = [Problem("date_invented", {"line": lines.number(date.start), "date": date.text})
                for date in written if not any(same_date(date, t) for _, t in typed)]
    problems += [Problem("date_missing", {"date": date.text, "field": name})
                 for name, date in typed if not any(same_date(date, w) for w in written)]
    return problems


def check_attendees(draft: str, fields: Mapping[str, object]) -> list[Problem] | None:
    """Each attendee typed (a name, or a role such as 'QC inspector') is in the draft."""
    typed = entries(fields.get("attendees") or "")
    if not typed:
        return None
    written = people_in(draft)
    problems = []
    for entry in typed:
        named = people_in(entry)
        who = named[0].name if named else entry
        if not (mentions(who, draft)
                or (named and any(same_person(p.name, who) for p in written))):
            problems.append(Problem("attendee_missing", {"who": entry}))
    return problems


def _typed_people(fields: Mapping[str, object]) -> list[Person]:
    people: list[Person] = []
    for value in fields.values():
        for person in people_in(_text(value)):
            if not any(same_person(person.name, p.name) and person.role == p.role
                       for p in people):
                people.append(person)
    return people


def check_names(draft: str, fields: Mapping[str, object]) -> list[Problem] | None:
    """No name in the draft that is not in the form; nobody with a role other than typed."""
    typed = _typed_people(fields)
    if not typed:
        return None
    lines, problems = _Lines.of(draft), []
    typed_text = "\n".join(_text(value) for value in fields.values())
    for person in people_in(draft):
        line = lines.number(person.start)
        if not mentions(person.name, typed_text):
            problems.append(Problem("name_invented", {"line": line, "name": person.name}))
            continue
        for known in typed:
            if (person.role and known.role and same_person(person.name, known.name)
                    and not same_role(person.role, known.role)):
                problems.append(Problem("role_changed", {
                    "line": line, "name": person.name, "role": person.role,
                    "typed": known.role}))
                break
    return problems


def _owner(item: str) -> str:
    """Who does an action item: the name written with a role, else the words before the
    verb ('Mechanic to start …' → 'Mechanic'); '' when there is none."""
    roles = name_roles(item)
    if roles:
        return roles[0].name
    head = _OWNER_END.split(item.strip(" -*•\t"), maxsplit=1)[0].strip()
    if not head or len(head.split()) > 4 or find_dates(head) or any(c.isdigit() for c in head):
        return ""
    return head if head[0].isupper() or words(head) & ROLE_WORDS else ""  # not "check"


def action_items(fields: Mapping[str, object]) -> list[tuple[str, FoundDate, str]]:
    """(owner, due date, the item as typed) for each action item with both."""
    items = []
    for name, value in fields.items():
        if name in {"meeting_date", "next_meeting", "date", "date_received"}:
            continue
        for item in re.split(r"[\n;]", _text(value)):
            dates = find_dates(item)
            owner = _owner(item) if dates and _DUE.search(item) else ""
            if owner:
                items.append((owner, dates[-1], item.strip(" -*•\t")))
    return items


def check_due_dates(draft: str, fields: Mapping[str, object]) -> list[Problem] | None:
    """Each action item's due date is in the draft, on a line that names its owner."""
    items = action_items(fields)
    if not items:
        return None
    problems = []
    draft_lines = draft.splitlines()
    for owner, due, _ in items:
        numbered = [(n, line, find_dates(line)) for n, line in enumerate(draft_lines, 1)]
        owner_lines = [(n, dates) for n, line, dates in numbered if mentions(owner, line)]
        if any(same_date(due, date) for _, dates in owner_lines for date in dates):
            continue
        values: dict[str, object] = {"who": owner, "date": due.text}
        moved = [(n, date) for n, dates in owner_lines for date in dates]
        apart = [n for n, _, dates in numbered if any(same_date(due, d) for d in dates)]
        if moved:
            problems.append(Problem("due_moved", values | {"line": moved[0][0],
                                                           "found": moved[0][1].text}))
        elif apart:
            problems.append(Problem("due_apart", values | {"line": apart[0]}))
        else:
            problems.append(Problem("due_missing", values))
    return problems


CHECKS = {"dates": check_dates, "attendees": check_attendees, "names": check_names,
          "due_dates": check_due_dates}


def fact_problems(draft: str, fields: Mapping[str, object]) -> dict[str, list[Problem]]:
    """The problems of each fact check that applies, by check name (in CHECKS order)."""
    found = {}
    for name, check in CHECKS.items():
        problems = check(draft, fields)
        if problems is not None:
            found[name] = problems
    return found
