"""The human check of an AI draft: is every number in the text also in the table?

    result = check_numbers(draft_text, table)   # table: cells such as '3.4 %', '₱176.85'
    result                                      # in a notebook: ✔ / ✘ for each number
    result.ok                                   # True when every number is in the table

A language model can write a number that is not in its table, and a small model often
does. This check finds every number in the text (percents, pesos, plain numbers) and looks
for it in the table. Dates, years, week numbers, times, list numbering and the table's
row names (such as 'Line 2') are not KPI numbers, so they are left out. A number matches
a cell when it has the same value as the cell as shown (3.40 % matches '3.4 %'; 3 % and
3.43 % do not) and the same kind: a percent only matches a percent cell, a peso amount a
peso cell, a plain number a plain cell. A table number that the text does not mention is
fine: a summary picks a few.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from decimal import Decimal

import pandas as pd

from score_helpers.drafting.dates import find_dates

PERCENT, PESOS, NUMBER = "percent", "pesos", "number"

# Every sentence a person sees, keyed by ID, so a Filipino table can follow.
MESSAGES: dict[str, str] = {
    "title": "Numbers in the draft",
    "matched": "in the table",
    "unmatched": "not in the table: check this number before you post the summary.",
    "all_ok": "Every number in the draft is in the table.",
    "read_sentences": "✔ only means the number is in the table. Read each sentence: does it "
                      "use the number for the right line and KPI?",
    "some_wrong": "Numbers not in the table: {count}. Check them before you post.",
    "times": "({count} times)",
    "no_numbers": "The draft has no numbers to check. Read it once before you post.",
}

# Spans that hold numbers which are not KPI values: they are blanked out before the search,
# with every date `dates.find_dates` reads ("Dec 29, 2025", "29 Disyembre", "ika-5 ng Mayo").
_NOT_KPI = re.compile("|".join((
    r"\b\d{4}-\d{1,2}-\d{1,2}\b",                                   # 2025-12-29
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",                           # 29/12/2025, 12/29
    r"\b(?:week|wk)\.?\s*(?:no\.?|number|#)?\s*\d{1,2}\b(?![.,]?\d|\s?%)",  # Week 12
    r"\bW\d{1,2}\b",                                                # W12
    r"\b\d{1,2}:\d{2}\b",                                           # 8:00
    r"^[ \t]*(?:[-*][ \t]+)?\d{1,2}[.)](?=\s)",                     # 1. or 2) list numbering
    r"\b\d+(?:st|nd|rd|th)\b",                                      # 2nd
    r"\bper\s+(?:1,?000,?000|200,?000)(?:\s+hours)?",               # a rate's base
)), re.IGNORECASE | re.MULTILINE)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_NUMBER = re.compile(
    r"(?P<currency>₱\s?|\bPHP\s?|(?-i:\bP)\s?(?=\d))?"
    r"(?P<digits>\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<percent>\s?(?:%|per\s?cent\b|pct\b))?"
    r"(?P<pesos>\s?(?:pesos?\b|PHP\b))?",
    re.IGNORECASE)


@dataclass(frozen=True)
class FoundNumber:
    """A number as written in a text: its words, its value and its kind."""

    text: str
    value: Decimal
    kind: str  # PERCENT, PESOS or NUMBER
    where: tuple[str, ...] = ()  # the table cells it matches, e.g. ('Line A · Defect rate',)


@dataclass(frozen=True)
class TableNumber:
    """A number in a table cell, with the row and column it sits in."""

    text: str
    value: Decimal
    kind: str
    place: str  # e.g. 'Line A · Defect rate'


def find_numbers(text: str, skip: tuple[str, ...] = ()) -> list[FoundNumber]:
    """Every KPI-like number in `text`, in order; dates, years and the `skip` words left out."""
    masked = text
    for date in find_dates(text):
        masked = masked[:date.start] + " " * (date.end - date.start) + masked[date.end:]
    masked = _NOT_KPI.sub(_blank, masked)
    for words in skip:
        if any(ch.isdigit() for ch in words):
            masked = re.sub(rf"(?<!\w){re.escape(words)}(?!\w)", _blank, masked,
                            flags=re.IGNORECASE)
    found = []
    for match in _NUMBER.finditer(masked):
        start = match.start()
        if not match["currency"] and start and masked[start - 1].isalnum():
            continue  # part of a code or a word such as 'A1' or 'CO2'
        kind = PERCENT if match["percent"] else PESOS if (match["currency"]
                                                          or match["pesos"]) else NUMBER
        if kind == NUMBER and _YEAR.fullmatch(match["digits"]):
            continue
        found.append(FoundNumber(text[match.start():match.end()].strip(),
                                 Decimal(match["digits"].replace(",", "")), kind))
    return found


def table_numbers(table: pd.DataFrame) -> list[TableNumber]:
    """Every number shown in the table's text cells, with 'row label · column' as its place."""
    numbers = []
    for _, row in table.iterrows():
        label = str(row.iloc[0])
        for column in table.columns[1:]:
            for number in find_numbers(str(row[column])):
                numbers.append(TableNumber(number.text, number.value, number.kind,
                                           f"{label} · {column}"))
    return numbers


def _fits(number: FoundNumber, cell: TableNumber) -> bool:
    return number.value == cell.value and number.kind == cell.kind


@dataclass(frozen=True)
class NumberCheck:
    """What check_numbers found: each number in the draft, and whether the table has it."""

    found: list[FoundNumber]
    matched: list[FoundNumber]
    unmatched: list[FoundNumber]
    missing: list[TableNumber] = field(default_factory=list)  # fine: not an error

    @property
    def ok(self) -> bool:
        """True when every number in the draft is in the table."""
        return not self.unmatched

    def summary(self) -> str:
        """One sentence for people: all fine, or how many numbers to check."""
        if not self.found:
            return MESSAGES["no_numbers"]
        verdict = MESSAGES["all_ok"] if self.ok else MESSAGES["some_wrong"].format(
            count=len({(number.value, number.kind) for number in self.unmatched}))
        return f"{verdict} {MESSAGES['read_sentences']}" if self.matched else verdict

    def lines(self) -> list[str]:
        """One line per number (a repeated one once), in the order of the text: ✔ or ✘."""
        same: dict[tuple[Decimal, str], list[FoundNumber]] = {}
        for number in self.found:
            same.setdefault((number.value, number.kind), []).append(number)
        out = []
        for numbers in same.values():
            first = numbers[0]
            times = f" {MESSAGES['times'].format(count=len(numbers))}" if len(numbers) > 1 else ""
            if first.where:
                out.append(f"✔ {first.text}{times}: {MESSAGES['matched']} "
                           f"({'; '.join(first.where)})")
            else:
                out.append(f"✘ {first.text}{times}: {MESSAGES['unmatched']}")
        return out

    def __str__(self) -> str:
        return "\n".join([MESSAGES["title"], *self.lines(), self.summary()])

    def _repr_html_(self) -> str:
        colour = "#1a7f37" if self.ok else "#b35900"
        items = "".join(
            f"<li style='color:{'#1a7f37' if line.startswith('✔') else '#b35900'}'>"
            f"{html.escape(line)}</li>" for line in self.lines())
        return (f"<div class='score-number-check' style='border-left:4px solid {colour};"
                f"padding:4px 10px'><b>{html.escape(MESSAGES['title'])}</b>"
                f"<ul style='margin:4px 0'>{items}</ul>"
                f"<span style='color:{colour}'>{html.escape(self.summary())}</span></div>")


def check_numbers(text: str, table: pd.DataFrame) -> NumberCheck:
    """Look up every number of an AI draft in the table it was given.

    `table` is a table of text cells as summary_table makes it (first column: the row
    labels, such as 'Line A'). Returns the numbers found, those matched (each with the
    cells it matches), those not in the table, and the table numbers the text never uses.
    """
    cells = table_numbers(table)
    labels = tuple(str(label) for label in table.iloc[:, 0])
    found = []
    for number in find_numbers(text, skip=labels):
        where = tuple(cell.place for cell in cells if _fits(number, cell))
        found.append(FoundNumber(number.text, number.value, number.kind, where))
    used = [cell for cell in cells if any(_fits(number, cell) for number in found)]
    return NumberCheck(found=found, matched=[n for n in found if n.where],
                       unmatched=[n for n in found if not n.where],
                       missing=[cell for cell in cells if cell not in used])


def _blank(match: re.Match[str]) -> str:
    """The same number of spaces, so positions in the text stay the same."""
    return " " * len(match.group(0))
