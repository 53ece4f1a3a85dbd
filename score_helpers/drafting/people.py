"""People in a form and in a draft: names with their roles, attendees, owners of actions.

    name_roles("Maria Santos (line leader), Pedro Cruz – mechanic")
    # [Person('Maria Santos', 'line leader'), Person('Pedro Cruz', 'mechanic')]
    same_role("the line leader", "Line B leader")      # True: the same words, more precise
    mentions("2 sewing operators", "two sewing operators came")   # True

A name with its role is written "Name (role)", "Name – role", "Name - role" or, when the
words after the comma hold a role word (leader, inspector, officer ...), "Name, the role".
Names themselves are found by the same detectors as redaction (score_helpers.privacy).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from score_helpers.privacy.name_lists import listed
from score_helpers.privacy.names import STOP_WORDS, find_names

ROLE_WORDS = listed("""
leader supervisor inspector operator mechanic officer manager technician engineer head
representative rep staff clerk coordinator chair chairperson secretary member nurse guard
planner hr qc qa maintenance admin union foreman lead president owner director trainer
auditor encoder checker helper driver storekeeper
""")
_FILLER = listed("the a an our ang aming ating ni si kay ng sa of from and at")
_UP = "A-ZÀ-ÖØ-ÞÑ"
_CAPWORD = rf"[{_UP}][\w'’.\-]*"
_NAME = rf"(?P<name>{_CAPWORD}(?:[ \t]+(?:(?i:de|del|dela|delos|de la)[ \t]+)?{_CAPWORD}){{0,3}})"
_PAIR = re.compile(
    rf"(?<![\w'’]){_NAME}(?:[ \t]*\((?P<paren>[^()\n\d]{{2,40}})\)"
    rf"|[ \t]*[–—][ \t]*(?P<dash>[^,;.\n()\d]{{2,40}})"
    rf"|[ \t]+-[ \t]+(?P<hyphen>[^,;.\n()\d]{{2,40}})"
    rf"|,[ \t]*(?P<comma>[^,;.\n()\d]{{2,40}}?)(?=[,;.)\n]|$))", re.MULTILINE)


@dataclass(frozen=True)
class Person:
    """A name and the role written with it ('' when none), and where the pair is written."""

    name: str
    role: str = ""
    start: int = 0
    end: int = 0


def words(text: str) -> set[str]:
    """The content words of `text`, lower case, a final plural 's' dropped, digits and
    filler words ('the', 'ang', 'and' ...) left out."""
    found = set()
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        if word in _FILLER or len(word) < 2:
            continue
        found.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return found


def _looks_like_name(name: str) -> bool:
    parts = [w.rstrip(".") for w in name.split()]
    return bool(parts) and not any(w.lower() in STOP_WORDS | ROLE_WORDS for w in parts)


def _role_text(role: str, loose: bool) -> str:
    """The role as written, when it is one: with a role word, or (in brackets) short."""
    role = " ".join(role.split())
    if words(role) & ROLE_WORDS or (loose and len(role.split()) <= 2):
        return role
    return ""


def name_roles(text: str) -> list[Person]:
    """Every name written with its role in `text` ("Maria Santos (line leader)" ...)."""
    people = []
    for match in _PAIR.finditer(text):
        name, start = match["name"].strip(), match.start("name")
        inner = find_names(name)  # "Thanks Maria Santos (line leader)": Maria Santos
        if inner:
            name, start = name[inner[-1][0]:inner[-1][1]], start + inner[-1][0]
        comma = match["comma"] or ""
        if comma and (len(comma.split()) > 4 or find_names(comma)
                      or re.search(r"(?i)\b(?:and|at)\b|&", comma)):
            comma = ""  # "Maria Santos, Pedro Cruz and the QC inspector": a list
        role = _role_text(match["paren"] or "", loose=True) or _role_text(
            match["dash"] or match["hyphen"] or comma, loose=False)
        if role and _looks_like_name(name):
            people.append(Person(name, role, start, match.end()))
    return people


def people_in(text: str) -> list[Person]:
    """The people named in `text`: the names with roles, then the names the privacy
    detectors find alone (each name once, without honorifics)."""
    people = name_roles(text)
    for start, end in find_names(text):
        if not any(p.start <= start < p.end or start <= p.start < end for p in people):
            people.append(Person(text[start:end], "", start, end))
    return sorted(people, key=lambda p: p.start)


def same_role(first: str, second: str) -> bool:
    """True when one role's words hold the other's ('line leader' ⊂ 'Line B leader')."""
    a, b = words(first), words(second)
    return bool(a and b) and (a <= b or b <= a)


def same_person(written: str, typed: str) -> bool:
    """True when every word of the name `written` is a word of the name `typed`
    ('Santos' and 'Maria' are Maria Santos; 'Maria Cruz' is not)."""
    a, b = words(written), words(typed)
    return bool(a) and a <= b


def mentions(who: str, text: str) -> bool:
    """True when every content word of `who` (a name or a role) is in `text`."""
    wanted = words(who)
    return bool(wanted) and wanted <= words(text)


def entries(value: object) -> list[str]:
    """The items of a field: a list or tuple as given; text split at new lines, ';' and
    commas outside brackets ('Maria Santos (line leader), QC inspector')."""
    if isinstance(value, list | tuple):
        items: Iterable[str] = (str(item) for item in value)
    else:
        items = re.split(r"[\n;]|,(?![^()]*\))", str(value))
    return [item.strip(" -*•\t") for item in items if item.strip(" -*•\t")]
