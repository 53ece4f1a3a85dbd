"""What `load_kpi_csv` does with column names before checking: skip a title above the
table, choose the mapping (given, saved or suggested), and say in one line what it used."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from score_helpers.data import schema
from score_helpers.data.column_mapping import find_header_row, saved_mapping
from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.columns import candidates
from score_helpers.data.loading.mapping import NOT_USED, check_mapping, suggest
from score_helpers.data.loading.problems import Problems, quote
from score_helpers.data.loading.reading import RawTable

TITLE_CELLS = 2   # a row with at most this many filled cells above the table is a title


def title_rows_end(table: RawTable, columns: Sequence[schema.Column]) -> int:
    """The header row when the rows above the table are only titles (a merged title cell,
    a date line, blank rows); else the first row, so the usual checks explain the file."""
    row = find_header_row(table, columns)
    if row == table.header_row:
        return row
    above = [table.header, *(cells for number, cells in table.head if number < row)]
    titles = all(sum(1 for cell in cells if cell) <= TITLE_CELLS for cells in above)
    return row if titles else table.header_row


def resolve_mapping(table: RawTable, columns: Sequence[schema.Column],
                    mapping: Mapping[str, str] | None,
                    folder: str | os.PathLike[str] | None) -> dict[str, str]:
    """The mapping to use: `mapping` if given (checked), else one saved in `folder` for
    these headers (if it fits these columns), else the known other names. Raises DataError
    for a wrong mapping and for a column two headers could equally be."""
    problems = Problems(table.file)
    if mapping is not None:
        return _checked(table, columns, mapping, problems)
    saved = saved_mapping(table.header, folder) if folder is not None else None
    # A saved mapping that does not fit these columns (saved for another app) is ignored.
    if saved is not None and not check_mapping(saved, table.header, columns):
        return dict(saved)
    suggestion = suggest(table.header, columns, fuzzy=False)
    for name, headers in suggestion.ambiguous.items():
        problems.add(msg.AMBIGUOUS_COLUMN.format(headers=", ".join(map(quote, headers)),
                                                 name=quote(name)))
    problems.raise_if_any(msg.FIX_MAPPING)
    return suggestion.mapping


def _checked(table: RawTable, columns: Sequence[schema.Column], mapping: Mapping[str, str],
             problems: Problems) -> dict[str, str]:
    """`mapping` as a plain dict, or a DataError naming what is wrong with it."""
    for kind, header, name in check_mapping(mapping, table.header, columns):
        if kind == "header":
            problems.add(msg.MAPPING_NO_SUCH_HEADER.format(column=quote(header)))
        elif kind == "name":
            problems.add(msg.MAPPING_UNKNOWN_NAME.format(name=quote(name)), column=header)
        else:
            problems.add(msg.MAPPING_SAME_TARGET.format(headers=header, name=quote(name)))
    problems.raise_if_any(msg.FIX_MAPPING)
    return {str(header): str(name) for header, name in mapping.items()}


def mapping_note(mapping: Mapping[str, str]) -> str:
    """'Columns used: 'Team' as line, 'Output' as units_produced.' for the renamed ones."""
    pairs = [msg.MAPPED_PAIR.format(header=quote(header), name=name)
             for header, name in mapping.items()
             if name != NOT_USED and name not in candidates(header)]
    return msg.MAPPED_NOTE.format(pairs=", ".join(pairs)) if pairs else ""
