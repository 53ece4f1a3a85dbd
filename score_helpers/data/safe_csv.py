"""Every CSV the project writes goes through here, so no cell runs as a spreadsheet formula.

    from score_helpers.data import safe_csv
    safe_csv.frame_to_csv(table, "plan.csv", encoding="utf-8-sig")   # a file
    text = safe_csv.frame_to_csv(table)                               # or the text
    safe_csv.write_rows(handle, rows, header=COLUMNS)                 # rows of cells
    safe_csv.restore("'=1+1")                                         # '=1+1' read back

Excel, LibreOffice Calc and Google Sheets run a cell that starts with = + - @, a tab or
a carriage return as a formula: a report whose description is `=HYPERLINK("http://x","y")`
would become a link, and worse formulas can fetch data or start programs. OWASP's
"CSV Injection" page (https://owasp.org/www-community/attacks/CSV_Injection) says to put
a single quote before such a cell, which the spreadsheet shows as text. That is what
`neutralise` does to every text cell and header written here.

Two choices on top of OWASP's rule:
- numbers stay numbers: a number (-3.5) is never changed, and neither is text that is
  only a plain number ("-2", "+1.5e3"), since a spreadsheet reads it as that number and
  no formula can hide in it (defusedcsv makes the same exception);
- the quote can be taken off again: text that already starts with quotes before a
  dangerous character gets one more, so `restore` gives back exactly what was written.
  Readers of our own files (the safety log, grades.csv) call it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

import pandas as pd

__all__ = ["DANGEROUS_STARTS", "QUOTE", "csv_text", "frame_to_csv", "neutralise", "restore",
           "restore_frame", "safe_frame", "write_rows"]

DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_DANGEROUS = re.compile(r"'*[=+\-@\t\r]")           # what gets a quote (unless a number)
_QUOTED = re.compile(r"'+[=+\-@\t\r]")               # what `restore` takes one quote off
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise(value: Any) -> Any:
    """The value as a cell no spreadsheet runs: text starting with = + - @, tab or
    carriage return gets a leading single quote. Numbers, None, NaN, dates and text that
    is only a plain number ("-2") come back unchanged."""
    if not isinstance(value, str) or not _DANGEROUS.match(value):
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    return QUOTE + value


def restore(value: Any) -> Any:
    """The text as it was before `neutralise` (for reading our own CSV files back)."""
    if isinstance(value, str) and _QUOTED.match(value):
        return value[1:]
    return value


def _is_text(series: pd.Series) -> bool:
    dtype = series.dtype
    return (pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype)
            or isinstance(dtype, pd.CategoricalDtype))


def _mapped(frame: pd.DataFrame, change: Callable[[Any], Any]) -> pd.DataFrame:
    out = frame.copy()
    for position in range(out.shape[1]):
        column = out.iloc[:, position]
        if _is_text(column):
            if isinstance(column.dtype, pd.CategoricalDtype):
                column = column.astype(object)
            out.isetitem(position, column.map(change))
    out.columns = [change(name) for name in out.columns]
    if _is_text(out.index.to_series()):
        out.index = out.index.map(change)
    return out


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` with every text cell, column name and row label neutralised;
    number columns are untouched."""
    return _mapped(frame, neutralise)


def restore_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of a frame read from our own CSV with every text cell restored."""
    return _mapped(frame, restore)


def frame_to_csv(frame: pd.DataFrame, path: Any = None, *, index: bool = False,
                 keep_formulas: bool = False, **to_csv: Any) -> str | None:
    """`frame.to_csv(path, index=index, **to_csv)` on `safe_frame(frame)`: the text when
    `path` is None, else None after writing the file (or buffer).

    `keep_formulas=True` writes the cells as they are. Only for text that never reaches a
    file or a spreadsheet: lessons.kpi_tracking.check_table hands it straight to the
    loader, whose messages must quote the participant's cells exactly ('-', '-₱500').
    tests/test_safe_csv.py allows it nowhere else.
    """
    shown = frame if keep_formulas else safe_frame(frame)
    return shown.to_csv(path, index=index, **to_csv)


def write_rows(handle: IO[str], rows: Iterable[Sequence[Any]],
               header: Sequence[str] | None = None, **writer: Any) -> None:
    """Write `header` (if given) and `rows` to an open text file with `csv.writer(handle,
    **writer)`, every cell neutralised. Open the file with newline=""."""
    out = csv.writer(handle, **writer)
    if header is not None:
        out.writerow([neutralise(name) for name in header])
    for row in rows:
        out.writerow([neutralise(value) for value in row])


def csv_text(rows: Iterable[Sequence[Any]], header: Sequence[str] | None = None,
             **writer: Any) -> str:
    """The rows (after `header`, if given) as CSV text, every cell neutralised."""
    buffer = io.StringIO()
    write_rows(buffer, rows, header, **writer)
    return buffer.getvalue()
