"""Dates as people write them in English, Filipino and Taglish, read as calendar dates.

    find_dates("Meeting on Disyembre 5, moved from 2025-12-05")   # two FoundDate, the same day
    same_date(a, b)                                                 # compared as dates

"5 December 2025", "Dec 5, 2025", "Dec. 5", "5th of December", "2025-12-05", "12/5/2025",
"Disyembre 5", "ika-5 ng Disyembre" are all the 5th of December. A date written without
a year matches the same day of any year. Written with slashes, a date can be month/day
(the Philippine habit) or day/month: "12/5/2025" matches both the 5th of December and the
12th of May, so a review never calls a correct date wrong; slashes count as a date only
with a year, since "2/3 of the team" is not one. A weekday alone ("by Friday") is no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "enero"),
    2: ("february", "feb", "pebrero", "febrero"),
    3: ("march", "mar", "marso"),
    4: ("april", "apr", "abril"),
    5: ("may", "mayo"),
    6: ("june", "jun", "hunyo", "junio"),
    7: ("july", "jul", "hulyo", "julio"),
    8: ("august", "aug", "agosto"),
    9: ("september", "sept", "sep", "setyembre", "septiyembre", "setiembre", "septiembre"),
    10: ("october", "oct", "oktubre", "octubre"),
    11: ("november", "nov", "nobyembre", "noviembre"),
    12: ("december", "dec", "disyembre", "diciembre"),
}
_MONTH_OF = {word: number for number, words in MONTHS.items() for word in words}
# A lower-case "may" is the Tagalog word ("may 5 na reject"), not the month.
MONTH = ("(?:" + "|".join(sorted(set(_MONTH_OF) - {"may"}, key=len, reverse=True))
         + r"|(?-i:May|MAY))\b\.?")
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:,?[ \t]+(?P<{name}>(?:19|20)\d{{2}})\b)?"
DATE = re.compile("|".join((
    r"\b(?P<iy>(?:19|20)\d{2})-(?P<im>\d{1,2})-(?P<id>\d{1,2})\b",
    r"(?<![\d/.])(?P<sa>\d{1,2})/(?P<sb>\d{1,2})/(?P<sy>(?:19|20)?\d{2})(?![\d/])",
    rf"(?<![\d.,:])(?:ika-?[ \t]?)?(?P<dd>\d{{1,2}}){_ORDINAL}[ \t]+(?:of[ \t]+|ng[ \t]+)?"
    rf"(?P<dm>{MONTH}){_YEAR.format(name='dy')}",
    rf"\b(?P<mm>{MONTH})[ \t]+(?:ika-?[ \t]?)?(?P<md>\d{{1,2}}){_ORDINAL}(?![\d:%]|[.,]\d)"
    rf"{_YEAR.format(name='my')}",
)), re.IGNORECASE)

Day = tuple[int | None, int, int]  # (year or None, month, day)
# "May 12 pcs na na-reject": Tagalog "may" (there are) and a count, not the 12th of May.
_COUNT_AFTER = re.compile(r"[ \t]+(?:pcs?|pieces?|piraso|units?|sets?|box(?:es)?|rolls?|kg|na|"
                          r"tao|workers?|operators?|minutes?|mins?|hrs?|hours?|araw|days?"
                          r"|rejects?|defects?|beses|times)\b", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    """A date as written in a text, where it is, and the calendar days it can mean."""

    text: str
    start: int
    end: int
    days: frozenset[Day]


def _year(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) + (2000 if len(text) == 2 else 0)


def _valid(day: Day) -> bool:
    return 1 <= day[1] <= 12 and 1 <= day[2] <= 31


def _days(match: re.Match[str]) -> frozenset[Day]:
    found: set[Day] = set()
    if match["iy"]:
        found.add((int(match["iy"]), int(match["im"]), int(match["id"])))
    elif match["sa"]:
        year, a, b = _year(match["sy"]), int(match["sa"]), int(match["sb"])
        found.update({(year, a, b), (year, b, a)})
    elif match["dd"]:
        found.add((_year(match["dy"]), _MONTH_OF[match["dm"].rstrip(".").lower()],
                   int(match["dd"])))
    else:
        found.add((_year(match["my"]), _MONTH_OF[match["mm"].rstrip(".").lower()],
                   int(match["md"])))
    return frozenset(day for day in found if _valid(day))


def find_dates(text: str) -> list[FoundDate]:
    """Every date written in `text`, in order (impossible ones such as '31/31/2025' left out)."""
    found = []
    for match in DATE.finditer(text):
        if match["mm"] in ("May", "MAY") and not match["my"] \
                and _COUNT_AFTER.match(text, match.end()):
            continue
        days = _days(match)
        if days:
            found.append(FoundDate(match.group().strip(" ,."), match.start(), match.end(), days))
    return found


def same_date(first: FoundDate, second: FoundDate) -> bool:
    """True when the two can be the same calendar day; a missing year matches any year."""
    return any(m1 == m2 and d1 == d2 and (y1 is None or y2 is None or y1 == y2)
               for y1, m1, d1 in first.days for y2, m2, d2 in second.days)
