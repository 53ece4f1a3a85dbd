"""The one set of personal-data detectors: `privacy.redact` and the review checklist
(`drafting.review.PERSONAL`) both find personal data through `find_personal`.

    find_personal("Si Mang Ben, cp#09171234567")   # [Finding('NAME', …), Finding('PHONE', …)]

Each detector has a kind (PHONE, SSS, PHILHEALTH, PAGIBIG, UMID, TIN, EMAIL, NAME) and a
priority: a finding of an earlier detector wins where two overlap (an SSS number written
after its keyword is never also a phone).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from score_helpers.privacy import contacts, names

Span = tuple[int, int]


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: its kind and where it sits in the original text."""

    kind: str
    start: int
    end: int
    original: str


@dataclass(frozen=True)
class Detector:
    """One way of finding one kind of personal data: `spans(text)` gives where it is."""

    kind: str
    spans: Callable[[str], list[Span]]

    def find(self, text: str) -> list[Finding]:
        """Every finding of this detector alone (they may overlap other detectors')."""
        return [Finding(self.kind, start, end, text[start:end]) for start, end in self.spans(text)]


def _pattern(rx: re.Pattern[str]) -> Callable[[str], list[Span]]:
    def spans(text: str) -> list[Span]:
        return [m.span("num") for m in rx.finditer(text)]

    spans.__doc__ = f"Where {rx.pattern[:40]}… matches."
    return spans


# In priority order; the roster's names (see find_personal) come before NAME.
DETECTORS: dict[str, Detector] = {
    **{f"{kind}_KEYED": Detector(kind, _pattern(rx)) for kind, rx in contacts.KEYED_IDS.items()},
    "PHONE_KEYED": Detector("PHONE", _pattern(contacts.KEYED_PHONE)),
    "PHONE": Detector("PHONE", _pattern(contacts.PHONE)),
    "EMAIL": Detector("EMAIL", _pattern(contacts.EMAIL)),
    **{kind: Detector(kind, _pattern(rx)) for kind, rx in contacts.DASHED_IDS.items()},
    "NAME": Detector("NAME", names.find_names),
}

_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# Single roster words that are also calendar or shop-floor words are never redacted alone.
_NOT_ALONE = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "line", "order", "quality", "safety", "cost", "delivery", "morale",
}


def _split_name(name: str) -> tuple[str, str]:
    """Given names and surname: ``"Jennifer de Guzman"`` -> ``("Jennifer", "de Guzman")``."""
    words = [w for w in name.split() if w.lower() not in _SUFFIXES]
    if len(words) < 2:
        return "", " ".join(words)
    cut = len(words) - 1
    for i in range(1, len(words) - 1):
        if words[i].lower() in {"de", "del", "dela", "delos", "los", "la", "san", "santa",
                                "sta.", "van", "von"}:
            cut = i
            break
    return " ".join(words[:cut]), " ".join(words[cut:])


def _compiled(words: set[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alts = "|".join(r"\s+".join(re.escape(w) for w in phrase.split())
                    for phrase in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?P<num>{alts})(?![\w'])", re.IGNORECASE)


def roster_detectors(roster: Iterable[str]) -> tuple[Detector, Detector]:
    """(full names in any case, single names that must be capitalised) of a roster."""
    full_rx, alone_rx = _roster_patterns(tuple(str(raw) for raw in roster))

    def full_spans(text: str) -> list[Span]:
        return [] if full_rx is None else [m.span("num") for m in full_rx.finditer(text)]

    def alone_spans(text: str) -> list[Span]:
        return [] if alone_rx is None else [m.span("num") for m in alone_rx.finditer(text)
                                            if any(c.isupper() for c in m["num"])]

    return Detector("NAME", full_spans), Detector("NAME", alone_spans)


@functools.lru_cache(maxsize=32)
def _roster_patterns(roster: tuple[str, ...]
                     ) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The two patterns of roster_detectors, made once per roster (a log redacts every row
    with the same roster)."""
    full: set[str] = set()
    alone: set[str] = set()
    for raw in roster:
        name = " ".join(str(raw).split())
        if not name:
            continue
        given, surname = _split_name(name)
        if given:
            full.update({name, f"{given} {surname}", f"{surname}, {given}"})
            alone.update({given, given.split()[0]})
        alone.update({surname, surname.split()[-1]})
    alone = {a for a in alone if len(a.rstrip(".")) >= 2 and a.lower() not in _NOT_ALONE}
    return _compiled(full), _compiled(alone)


def find_personal(text: str, roster: Iterable[str] | None = None) -> list[Finding]:
    """Every piece of personal data in `text`, in order, none overlapping.

    `roster` is an optional list of names (e.g. an ``employee_name`` column); its names are
    found in any case, and before the names found without it."""
    full, alone = roster_detectors(() if roster is None else list(roster))
    order = [*list(DETECTORS.values())[:-1], full, alone, DETECTORS["NAME"]]
    taken: list[Finding] = []
    for detector in order:
        for found in detector.find(text):
            if all(found.end <= f.start or found.start >= f.end for f in taken):
                taken.append(found)
    return sorted(taken, key=lambda f: f.start)
