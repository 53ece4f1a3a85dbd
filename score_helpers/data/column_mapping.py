"""A factory's own column names: see the file, suggest a mapping, remember it.

    from score_helpers import data
    data.suggest_mapping("daily_output.xlsx")      # {'Team': 'line', 'Output': 'units_produced', …}
    df = data.load_kpi_csv("daily_output.xlsx")    # uses the suggestion, says what it used
    data.save_mapping({"Team": "line", "Pcs": "units_produced"}, headers, "my_data/")

- `preview_file` reads the header row (found below a title, if any) and a few sample
  values per column, for the mapping step of the apps;
- `suggest_mapping` / `suggestion_for` match headers to our columns by name, by the other
  names factories use (loading/synonyms.py, English and Filipino) and by similarity;
- `save_mapping` / `saved_mapping` keep a confirmed mapping in `score_column_mappings.json`
  beside the factory's data, and find it again for the next file with the same headers.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from score_helpers.data import schema
from score_helpers.data.loading.columns import normalise
from score_helpers.data.loading.mapping import Suggestion, header_signature, suggest
from score_helpers.data.loading.reading import HEADER_SEARCH_ROWS, RawTable, read_table
from score_helpers.data.loading.sources import read_source

MAPPINGS_FILE = "score_column_mappings.json"
MAX_MAPPINGS_BYTES = 1024 * 1024      # a mappings file is small; a bigger one is not ours
MAX_SAVED = 200                       # mappings kept per folder (the latest ones)
SAMPLES = 3


@dataclass(frozen=True)
class FilePreview:
    """A file's column names (from `header_row`) and a few sample values of each."""

    file: str
    header_row: int
    headers: tuple[str, ...]
    samples: dict[str, tuple[str, ...]]
    rows: int


def _known_names(cells: Iterable[str], columns: Sequence[schema.Column]) -> int:
    """How many cells are one of our columns by name or by a known other name."""
    found = suggest([cell for cell in cells if cell], columns, fuzzy=False).mapping
    return len(found)


def find_header_row(table: RawTable, columns: Sequence[schema.Column]) -> int:
    """The row holding the column names: the first row, unless a row just below it (after
    a title, a date line or an empty row) names more of our columns."""
    best_row, best = table.header_row, _known_names(table.header, columns)
    for row, cells in table.head[:HEADER_SEARCH_ROWS]:
        count = _known_names(cells, columns)
        if count >= 2 and count > best:
            best_row, best = row, count
    return best_row


def _table(path_or_file: Any, columns: Sequence[schema.Column], name: str | None,
           sheet: str | int | None, header_row: int | None) -> RawTable:
    data, file = read_source(path_or_file, name)
    table = read_table(data, file, sheet)
    row = find_header_row(table, columns) if header_row is None else header_row
    return table if row == table.header_row else read_table(data, file, sheet, row)


def preview_file(path_or_file: Any, columns: Iterable[schema.Column] = schema.DAILY_OWN_FILE,
                 *, name: str | None = None, sheet: str | int | None = None,
                 header_row: int | None = None, samples: int = SAMPLES) -> FilePreview:
    """The file's headers and up to `samples` non-blank values of each column.

    Raises DataError when the file cannot be read (too big, not a spreadsheet, empty).
    """
    table = _table(path_or_file, tuple(columns), name, sheet, header_row)
    values = {}
    for position, header in enumerate(table.header):
        column = table.text[position]
        values[header] = tuple(column[column.ne("")].head(samples).astype(str))
    return FilePreview(table.file, table.header_row, tuple(table.header), values,
                       len(table.text))


def suggestion_for(headers: Sequence[str],
                   columns: Iterable[schema.Column] = schema.DAILY_OWN_FILE) -> Suggestion:
    """The suggested mapping for these headers, with the columns it could not decide."""
    return suggest(list(headers), tuple(columns))


def suggest_mapping(path_or_file: Any, columns: Iterable[schema.Column] = schema.DAILY_OWN_FILE,
                    *, name: str | None = None, sheet: str | int | None = None) -> dict[str, str]:
    """File column → our column, for the file's columns we recognise.

    'Team', 'Linya' or 'Group' → `line`; 'Output', 'Pcs' or 'Qty' → `units_produced`;
    'Rejects' or 'Sira' → `defects` (English and Filipino names, and typing slips). Columns
    that two headers could equally be are left out (see `suggestion_for`).
    """
    columns = tuple(columns)
    table = _table(path_or_file, columns, name, sheet, None)
    return suggest(table.header, columns).mapping


def _mappings_path(folder: str | os.PathLike[str]) -> Path:
    folder = Path(folder)
    return folder / MAPPINGS_FILE if folder.is_dir() or not folder.suffix else (
        folder.parent / MAPPINGS_FILE)


def _read_saved(path: Path) -> list[dict[str, Any]]:
    """The entries of a mappings file; [] when it is missing, too big, damaged or not ours
    (JSON that is not a list of objects, nested too deep, not UTF-8)."""
    try:
        if path.stat().st_size > MAX_MAPPINGS_BYTES:
            return []
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return []
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def saved_mapping(headers: Sequence[str],
                  folder: str | os.PathLike[str]) -> dict[str, str] | None:
    """The mapping saved for a file with these headers in `folder` (or beside this file),
    or None. The headers may be in another order or case ('TEAM' for 'Team'); the mapping
    names them as this file writes them. A damaged or foreign mappings file counts as none,
    and so does an entry whose mapping is not text → text."""
    signature = header_signature(headers)
    written = {normalise(header): header for header in headers if header}
    for entry in _read_saved(_mappings_path(folder)):
        mapping = entry.get("mapping")
        if entry.get("signature") != signature or not isinstance(mapping, dict):
            continue
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
            continue
        return {written[normalise(k)]: v for k, v in mapping.items()
                if normalise(k) in written}
    return None


def save_mapping(mapping: Mapping[str, str], headers: Sequence[str],
                 folder: str | os.PathLike[str]) -> Path:
    """Keep `mapping` for files with these headers in `folder` (or beside this file);
    replaces an older mapping for the same headers, and keeps the latest MAX_SAVED.
    A mappings file that cannot be read is replaced. Returns the mappings file."""
    path = _mappings_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    signature = header_signature(headers)
    entries = [e for e in _read_saved(path) if e.get("signature") != signature]
    entries = entries[len(entries) - MAX_SAVED + 1:] if len(entries) >= MAX_SAVED else entries
    entries.append({"signature": signature, "headers": list(headers),
                    "mapping": {str(k): str(v) for k, v in mapping.items()}})
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".mappings-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(entries, out, ensure_ascii=False, indent=1)
    os.replace(temporary, path)
    return path
