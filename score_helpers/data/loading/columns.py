"""Matching the file's header row to the schema's column names.

'Units Produced', ' units-produced ' and 'Units produced (pcs)' all mean `units_produced`;
'Material cost (₱)' means `material_cost_php`. A header that is almost a schema name
('units_prodused') or almost another name of one ('Rejcts', for 'Rejects') is reported with
a suggestion, never used as a guess; other unknown columns are kept as they are.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.problems import Problems, quote
from score_helpers.data.loading.reading import RawTable
from score_helpers.data.loading.synonyms import close_other_name
from score_helpers.data.schema import Column

NEAR_MISS_CUTOFF = 0.8  # difflib similarity above which an unknown header is a likely typo
_BRACKETS = re.compile(r"[(\[]([^)\]]*)[)\]]")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise(header: str) -> str:
    """'Units Produced (pcs)' -> 'units_produced': lower case, words joined by '_',
    units in brackets removed."""
    return _NOT_ALNUM.sub("_", _BRACKETS.sub(" ", header.lower())).strip("_")


def candidates(header: str) -> list[str]:
    """Names a header may stand for: without its unit, then with the unit appended
    ('Cost (PHP)' -> 'cost', 'cost_php')."""
    base = normalise(header)
    names = [base]
    for unit in _BRACKETS.findall(header.lower()):
        unit = _NOT_ALNUM.sub("_", unit.replace("₱", "php")).strip("_")
        if unit:
            names.append(f"{base}_{unit}")
    return names


@dataclass
class ColumnMatch:
    """Where each schema column is in the file, and which other columns the file has."""

    positions: dict[str, int] = field(default_factory=dict)  # schema name -> position
    headers: dict[str, str] = field(default_factory=dict)  # schema name -> header as written
    extras: dict[int, str] = field(default_factory=dict)  # position -> header, unknown columns
    header_misplaced: bool = False  # the real header row is further down: stop checking


def match_columns(table: RawTable, columns: Iterable[Column], required: Iterable[str],
                  problems: Problems, mapping: Mapping[str, str] | None = None) -> ColumnMatch:
    """Match headers to schema names; report near misses, duplicates and missing columns.

    `mapping` (file header → schema name, "" for a column not used) decides for the
    headers it names; the others are matched by name as usual."""
    names = [column.name for column in columns]
    known = set(names)
    mapping = mapping or {}
    match = ColumnMatch()
    seen: dict[str, list[int]] = {}
    for position, header in enumerate(table.header):
        if header in mapping:
            name = mapping[header] if mapping[header] in known else None
        else:
            name = next((n for n in candidates(header) if n in known), None)
        seen.setdefault(name or header, []).append(position)
        if name is None:
            match.extras[position] = header
        elif name not in match.positions:
            match.positions[name] = position
            match.headers[name] = header
    _report_duplicates(table, seen, problems)

    unmatched = [name for name in names if name not in match.positions]
    suggested: set[str] = set()
    for header in match.extras.values():
        if header in mapping:   # left out on purpose
            continue
        close = difflib.get_close_matches(normalise(header), unmatched, n=1,
                                          cutoff=NEAR_MISS_CUTOFF)
        if close:
            suggested.add(close[0])
            problems.add(msg.UNKNOWN_COLUMN_SUGGEST.format(suggestion=quote(close[0])),
                         column=header)
        elif slip := close_other_name(normalise(header), unmatched):
            # 'Rejcts' is almost 'Rejects', another name of defects: say so, never guess.
            suggested.add(slip[1])
            problems.add(msg.UNKNOWN_COLUMN_SYNONYM.format(suggestion=quote(slip[0]),
                                                           name=quote(slip[1])),
                         column=header)

    missing = [name for name in required if name not in match.positions]
    if missing and _header_further_down(table, missing, problems):
        match.header_misplaced = True
        return match
    missing = [name for name in missing if name not in suggested]
    if len(missing) == 1:
        problems.add(msg.MISSING_COLUMN.format(column=quote(missing[0])))
    elif missing:
        problems.add(msg.MISSING_COLUMNS.format(columns=", ".join(map(quote, missing))))
    return match


def _report_duplicates(table: RawTable, seen: dict[str, list[int]], problems: Problems) -> None:
    for positions in seen.values():
        if len(positions) > 1:
            headers = ", ".join(quote(table.header[p]) for p in positions)
            letters = ", ".join(table.letters[p] for p in positions)
            problems.add(msg.DUPLICATE_COLUMN.format(headers=headers, letters=letters),
                         column=table.header[positions[0]])


def _header_further_down(table: RawTable, missing: list[str], problems: Problems) -> bool:
    """If a row below the first one holds the missing names, the header is misplaced
    (a title above the table): say so, instead of listing every column as missing."""
    for row_number, cells in table.head:
        found = {name for cell in cells for name in candidates(cell)}
        if all(name in found for name in missing):
            problems.add(msg.HEADER_LOWER_DOWN.format(row=row_number, header_row=table.header_row))
            return True
    return False
