"""Finding people's names in factory text, with or without a roster.

Without a roster a name is found

* after a marker, in any letter case: the Filipino name markers ``si``, ``kay``, ``ni``,
  ``sina``, ``kina``, ``nina`` and the honorifics ``Mr.``, ``Mrs.``, ``Ms.``, ``Sir``,
  ``Ma'am``, ``G.``, ``Gng.``, ``Bb.``, ``Engr.``, ``Atty.``, ``Dr.``, ``Kuya``, ``Ate``,
  ``Aling``, ``Mang``, ``Supervisor`` ... (``kay Aling Nena``, ``MR. JOSE REYES``): one to
  three capitalised words, or a listed given name in any case (``si jose``);
* from the lists of `name_lists`: a listed given name and a capitalised word (``Maria
  Dimasalang``), a capitalised word and a listed surname (``Nena Bautista``), a given name
  and a surname in any case (``jose reyes``), a particle and a surname (``dela Cruz``).

Words of the shop floor and the calendar (Line, Team, QC, May, Lunes ...) never count as
name words, and "San Jose" or "Santa Rosa" are places. A roster adds full names in any
case, "Surname, First" and, when capitalised, surnames and given names alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from score_helpers.privacy.name_lists import (
    AMBIGUOUS_GIVEN,
    GIVEN_NAMES,
    PARTICLES,
    SURNAMES,
    listed,
)

Span = tuple[int, int]

_UP, _LOW = "A-ZÀ-ÖØ-ÞÑ", "a-zß-öø-ÿñ"
_CAP = rf"[{_UP}][{_UP}{_LOW}'’\-]*"
_INITIAL = rf"[{_UP}][{_LOW}]{{0,2}}\.(?=[ \t][{_UP}])"
_PARTICLE = "(?:" + "|".join(p.replace(" ", r"[ \t]") for p in PARTICLES) + r")[ \t]+"
_WORD = re.compile(rf"[ \t]+(?P<word>(?i:{_PARTICLE})?(?:{_INITIAL}|{_CAP}|[{_LOW}]+))")

# Words that are never part of a name, compared in lower case.
STOP_WORDS = listed("""
line lines team shift order po lot qc qa hr eit osh lmc dole sss area dept department office
plant factory inc corp company warehouse canteen admin maintenance production quality safety
sewing cutting packing finishing machine station section building room leader supervisor
manager operator operators inspector mechanic officer staff worker workers boss group night
day morning am pm ok okay yes no hi hello dear thank thanks salamat please paki po ko mo ang
ng sa at and or the a an is was are this that our we i ako siya kami tayo sila namin natin
nila niya dito doon yung na ay din rin lang naman today tomorrow yesterday ngayon bukas
kahapon santa santo san sta sto los las barangay brgy street st avenue ave city sitio purok
january february march april may june july august september october november december jan
feb mar apr jun jul aug sep sept oct nov dec enero pebrero marso abril mayo hunyo hulyo
agosto setyembre oktubre nobyembre disyembre monday tuesday wednesday thursday friday
saturday sunday mon tue tues wed thu thurs fri sat sun lunes martes miyerkules huwebes
biyernes sabado linggo jr sr
""")
_MARKERS = (r"si|kay|ni|sina|kina|nina|mrs?\.?|ms\.?|miss|sir|ma[’']?am|mam|g\.|gng\.?"
            r"|bb\.|engr\.?|atty\.?|dr\.?|kuya|ate|aling|mang|manong|manang|tito|tita"
            r"|supervisor|sup\.|boss|coach")
_PLURAL = {"sina", "kina", "nina"}
_MARKER = re.compile(rf"(?<![\w'’])(?P<m>(?i:(?:{_MARKERS})(?![\w'’])"
                     rf"(?:[ \t]+(?:{_MARKERS})(?![\w'’]))*))")
_JOIN = re.compile(r"[ \t]*(?:,|[ \t](?i:at|and|&))(?=[ \t])")
_PLACE_BEFORE = re.compile(r"(?i:\b(?:san|santa|santo|sta\.?|sto\.?|brgy\.?|barangay))[ \t]+$")
_SHORT_SURNAMES = frozenset(s for s in SURNAMES if len(s) <= 3)


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


_GIVEN_CLEAR = _alternatives(GIVEN_NAMES - AMBIGUOUS_GIVEN)
_GIVEN_UPPER = _alternatives(n.upper() for n in GIVEN_NAMES - AMBIGUOUS_GIVEN)
_GIVEN_CASED = re.compile(
    rf"(?<![\w'’.])(?P<g>(?:{_GIVEN_CLEAR}|Ma\.)|(?:{_GIVEN_UPPER}))(?![\w'’])")
_GIVEN_SURNAME = re.compile(
    rf"(?<![\w'’])(?P<g>{_alternatives(GIVEN_NAMES)})[ \t]+(?:{_PARTICLE})?"
    rf"(?P<s>{_alternatives(SURNAMES)})(?![\w'’])", re.IGNORECASE)
_SURNAME_CASED = (rf"(?:{_alternatives(SURNAMES)}|{_alternatives(s.upper() for s in SURNAMES)})"
                  r"(?![\w'’])")
_BEFORE_SURNAME = re.compile(rf"(?<![\w'’.])(?P<w>{_CAP})[ \t]+{_SURNAME_CASED}")
_PARTICLE_SURNAME = re.compile(rf"(?<![\w'’])(?i:{_PARTICLE}){_SURNAME_CASED}")


def _is_name_word(word: str, first: bool) -> bool:
    """A capitalised non-stop word; right after a marker also a listed given name in any
    case ("si jose", "si Jun")."""
    bare = word.split()[-1].rstrip(".")
    listed = bare.capitalize() in GIVEN_NAMES
    if first and listed and (bare[0].isupper() or bare.capitalize() not in AMBIGUOUS_GIVEN):
        return True
    return bare.lower() not in STOP_WORDS and bare[0].isupper()


def _name_end(text: str, pos: int, words: int = 3, marker: bool = True) -> int | None:
    """Where the name that starts after `pos` (after spaces) ends, or None if none does.

    After a marker the first word may be a listed given name in any case. An all-capitals
    word beyond the second of the whole name counts only when it is a listed name, so
    "MR. JOSE REYES FILED IT" and "JOSE REYES FILED IT" stop before FILED."""
    end, taken = None, 0
    while taken < words:
        match = _WORD.match(text, pos)
        if match is None or not _is_name_word(match["word"], first=marker and taken == 0):
            break
        word = match["word"].split()[-1]
        listed_name = word.capitalize() in GIVEN_NAMES | SURNAMES
        if taken >= (2 if marker else 1) and word.isupper() and not listed_name:
            break
        end = pos = match.end()
        taken += 1
    return end


def _after_markers(text: str) -> list[Span]:
    spans = []
    for marker in _MARKER.finditer(text):
        if marker["m"] == "ate":  # the English verb, as in "we ate lunch"
            continue
        end = _name_end(text, marker.end())
        if end is None:
            continue
        spans.append((_WORD.match(text, marker.end()).start("word"), end))
        if marker["m"].split()[0].lower() in _PLURAL:  # sina Ana, Ben at Nena
            while (join := _JOIN.match(text, end)) and (more := _name_end(text, join.end())):
                spans.append((_WORD.match(text, join.end()).start("word"), more))
                end = more
    return spans


def _from_lists(text: str) -> list[Span]:
    spans = []
    for match in _GIVEN_CASED.finditer(text):
        end = _name_end(text, match.end(), words=2, marker=False)
        if end is not None:
            spans.append((match.start(), end))
    for match in _GIVEN_SURNAME.finditer(text):
        given, surname = match["g"], match["s"]
        if (given[0].isupper() and surname[0].isupper()) or (
                given.islower() and surname.islower()
                and given.capitalize() not in AMBIGUOUS_GIVEN
                and surname.capitalize() not in _SHORT_SURNAMES):
            spans.append(match.span())
    for match in _BEFORE_SURNAME.finditer(text):
        if _is_name_word(match["w"], first=False) and not _MARKER.fullmatch(match["w"]):
            spans.append(match.span())
    spans += [match.span() for match in _PARTICLE_SURNAME.finditer(text)]
    return [s for s in spans if not _PLACE_BEFORE.search(text[max(0, s[0] - 12):s[0]])]


def find_names(text: str) -> list[Span]:
    """(start, end) of each name found without a roster, in order, none overlapping."""
    kept: list[Span] = []
    for start, end in sorted(_after_markers(text) + _from_lists(text),
                             key=lambda s: (s[0], s[0] - s[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
        elif end > kept[-1][1]:
            kept[-1] = (kept[-1][0], end)
    return kept
