"""Load the curriculum's datasets, and a factory's own KPI spreadsheet, as checked tables.

    from score_helpers.data import load as data
    df = data.load("garments_daily")             # a bundled dataset, ready to use
    raw = data.read_raw("garments_daily_raw")    # every cell as text, for the cleaning lesson
    mine = data.load_kpi_csv("my_kpis.xlsx")     # a factory's own CSV or Excel file
    data.friendly_errors()                       # notebooks: show messages, not tracebacks

Every file goes through the same checks. When something is wrong, one `DataError` lists
each problem with its column and its row as the spreadsheet numbers it (the header is
row 1), and says how to fix it; many problems of one kind are shown once, with the rows
of the others (`DataError.groups()`). The message never shows a pandas traceback, and
speaks the language of `loader_language(...)` (default: SCORE_LANG).
"""

from __future__ import annotations

import difflib
import io
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from score_helpers.data import schema
from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.applied_mapping import (
    mapping_note,
    resolve_mapping,
    title_rows_end,
)
from score_helpers.data.loading.checks import key_for
from score_helpers.data.loading.problems import (
    DataError,
    DataFileNotFoundError,
    Problem,
    ProblemGroup,
    file_error,
    quote,
)
from score_helpers.data.loading.reading import decode, read_table, split_text
from score_helpers.data.loading.sources import read_source
from score_helpers.data.loading.validate import validate
from score_helpers.paths import dataset_path

__all__ = ["DataError", "Problem", "ProblemGroup", "dataset_names", "friendly_errors", "load",
           "load_kpi_csv", "read_raw"]

DataError.__module__ = __name__  # shown as score_helpers.data.DataError
Problem.__module__ = __name__
ProblemGroup.__module__ = __name__

_CACHE: dict[str, tuple[tuple[object, ...], pd.DataFrame]] = {}


def dataset_names() -> list[str]:
    """The names `load` accepts, e.g. 'garments_daily'."""
    return list(schema.DATASETS)


def load(name: str) -> pd.DataFrame:
    """Load a bundled dataset (`datasets/<name>.csv`), checked and with proper types.

    Dates become datetime64, counts int64, amounts float64, text is stripped. Every
    schema column must be there. A file with problems (such as 'garments_daily_raw',
    made for the cleaning lesson) raises a DataError that lists them. Each call returns
    a new DataFrame: changing it does not change the next one.
    """
    name = _dataset_name(name)
    columns = schema.DATASETS[name]
    path = dataset_path(name)
    try:
        stat = path.stat()
    except OSError:
        raise _missing_dataset(name, path) from None
    stamp = (str(path), stat.st_mtime_ns, stat.st_size)
    cached = _CACHE.get(name)
    if cached is None or cached[0] != stamp:
        required = [column.name for column in columns if column.required]
        frame = load_kpi_csv(path, columns=columns, required=required, name=path.name,
                             mapping={}, header_row=1)
        cached = _CACHE[name] = (stamp, frame)
    return cached[1].copy(deep=True)


def read_raw(name: str) -> pd.DataFrame:
    """A bundled dataset exactly as written: every column as text, nothing checked.

    Empty cells are missing values (NaN); spaces, typos and odd formats stay as they are,
    so the cleaning lesson can find and fix them step by step.
    """
    name = _dataset_name(name)
    path = dataset_path(name)
    try:
        data = path.read_bytes()
    except OSError:
        raise _missing_dataset(name, path) from None
    body, delimiter = split_text(decode(data, path.name))
    try:
        return pd.read_csv(io.StringIO(body), sep=delimiter, dtype=str, keep_default_na=False,
                           na_values=[""])
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError):
        # The full loader explains, row by row, what is wrong with the file.
        load_kpi_csv(path, columns=schema.DATASETS[name], name=path.name)
        raise file_error(path.name, msg.NOT_TEXT.format(kind=""), msg.FIX_SAVE_AS) from None


def load_kpi_csv(path_or_file: Any, *, columns: Iterable[schema.Column] = schema.DAILY_OWN_FILE,
                 required: Iterable[str] | None = None, dayfirst: bool = True,
                 name: str | None = None, sheet: str | int | None = None,
                 mapping: Mapping[str, str] | None = None, header_row: int | None = None,
                 mapping_folder: str | os.PathLike[str] | None = None,
                 announce: bool = True) -> pd.DataFrame:
    """Load a factory's own KPI file (.csv, .txt or .xlsx), checked, with proper types.

    path_or_file: a file name or Path, or an uploaded file: bytes, a file object such as
        io.BytesIO(upload.value[0].content), or the upload entry itself.
    columns: the expected columns (default: the daily production schema with the columns
        a factory's own file may add, schema.DAILY_OWN_FILE). Headers are matched
        loosely: 'Units Produced (pcs)' is `units_produced`.
    mapping: file header → our column ("" = not used), e.g. {"Team": "line"}. Without
        one, a mapping saved for files with these headers is used (`mapping_folder`, by
        default the file's own folder; see column_mapping.save_mapping), else the other
        names factories use ('Team', 'Linya' → line; 'Rejects', 'Sira' → defects;
        loading/synonyms.py). Typing slips are reported, not guessed.
    header_row: the row holding the column names (default: the first row, or the row
        below a title that names our columns).
    announce: print one line saying which of the file's columns were used as which
        (only when some were renamed). The same line is in df.attrs["mapping_note"], and
        the mapping in df.attrs["column_mapping"].
    required: columns the file must have. Default for daily production: `date` and `line`
        only, because a factory may track only some KPIs; for other schemas, every column
        the schema marks as required. Other schema columns are checked when present.
    dayfirst: how to read '05/03/2025' when nothing in the file decides it. True (the
        default) reads 5 March, the Philippine way. A file that also has '25/03/2025'
        is read day-first, one with '03/25/2025' month-first, whatever this says.
    name: the file name to show in messages (default: from the path or the file object).
    sheet: for Excel files, the sheet name or number (default: the first sheet).

    Returns schema columns first, in schema order, then the file's other columns
    unchanged (as text), sorted by factory, line and date when those columns exist.
    Raises DataError listing every problem with its column and spreadsheet row, or
    a DataError that is also a FileNotFoundError when the file does not exist.
    """
    columns = tuple(columns)
    if required is None:
        required = _default_required(columns)
    elif isinstance(required, str):
        required = (required,)
    data, file = read_source(path_or_file, name)
    table = read_table(data, file, sheet, header_row)
    if header_row is None:
        row = title_rows_end(table, columns)
        if row != table.header_row:
            table = read_table(data, file, sheet, row)
    folder = mapping_folder
    if folder is None and isinstance(path_or_file, (str, os.PathLike)):
        folder = Path(path_or_file).expanduser().parent
    used = resolve_mapping(table, columns, mapping, folder)
    frame = validate(table, columns, tuple(required), dayfirst, used)
    frame.attrs["column_mapping"] = {h: n for h, n in used.items() if n}
    frame.attrs["mapping_note"] = mapping_note(used)
    if announce and frame.attrs["mapping_note"]:
        print(frame.attrs["mapping_note"])
    return frame


def _default_required(columns: tuple[schema.Column, ...]) -> tuple[str, ...]:
    if key_for(columns)[:3] == schema.DAILY_KEY:  # daily production: which line and day
        return tuple(name for name in ("date", "line") if name in {c.name for c in columns})
    return tuple(column.name for column in columns if column.required)


def _dataset_name(name: object) -> str:
    """Accept 'garments_daily', ' Garments_Daily ' or 'garments_daily.csv'; else a DataError
    that suggests the nearest name."""
    text = str(name).strip()
    cleaned = text.lower().removesuffix(".csv")
    if cleaned in schema.DATASETS:
        return cleaned
    close = difflib.get_close_matches(cleaned, schema.DATASETS, n=1, cutoff=0.6)
    suggestion = msg.UNKNOWN_DATASET_SUGGEST.format(suggestion=quote(close[0])) if close else ""
    names = ", ".join(quote(known) for known in schema.DATASETS)
    raise DataError([Problem(text or "''", None, None,
                             msg.UNKNOWN_DATASET.format(suggestion=suggestion))],
                    msg.DATASETS_LIST.format(names=names))


def _missing_dataset(name: str, path: object) -> DataFileNotFoundError:
    text = msg.DATASET_MISSING.format(path=f"'{path}'")
    return DataFileNotFoundError([Problem(f"{name}.csv", None, None, text)],
                                 msg.FIX_DATASET_MISSING)


def friendly_errors() -> bool:
    """In a notebook, show a DataError as its message only (in the red error box), without
    the traceback. Returns True if switched on; outside IPython it does nothing (False).

    It uses IPython's `_render_traceback_` hook, which IPython and ipykernel call for an
    exception that has it; the cell still fails, so 'Run all' stops at the bad file.
    """
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    if get_ipython() is None:
        return False
    DataError._render_traceback_ = _message_only  # type: ignore[attr-defined]
    return True


def _message_only(error: DataError) -> list[str]:
    """The 'traceback' IPython shows for a DataError: its name in red, then the message."""
    return [f"\x1b[1;31m{type(error).__name__}\x1b[0m: {error}"]
