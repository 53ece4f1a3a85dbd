"""Reading a file's bytes into a table of text cells: file types, encodings, delimiters.
Nothing here interprets a value; that is values.py's job.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.excel import excel_rows
from score_helpers.data.loading.limits import check_csv
from score_helpers.data.loading.package import check_package
from score_helpers.data.loading.problems import Problem, file_error

HEADER_SEARCH_ROWS = 10  # rows kept whole, to find a header placed below a title
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OTHER_MAGIC = {  # start of file -> what it is (the name of its words in messages.py)
    b"%PDF": "KIND_PDF",
    b"\x89PNG": "KIND_PICTURE",
    b"\xff\xd8\xff": "KIND_PICTURE",
    b"GIF8": "KIND_PICTURE",
    b"{\\rtf": "KIND_RTF",
    b"Rar!": "KIND_ARCHIVE",
    b"\x1f\x8b": "KIND_ARCHIVE",
    b"7z\xbc\xaf": "KIND_ARCHIVE",
}


@dataclass
class RawTable:
    """A sheet of text cells as read from the file, before any checking.

    `text` holds the data cells without surrounding spaces, `raw` the same cells exactly
    as written. Both have one column per header cell (named by position 0, 1, 2, …) and
    are indexed by spreadsheet row number (the header is `header_row`); blank rows are
    already left out.
    """

    file: str
    header: list[str]
    header_row: int
    text: pd.DataFrame
    raw: pd.DataFrame
    decimal_comma: bool = False
    problems: list[Problem] = field(default_factory=list)  # found while reading
    split_rows: set[int] = field(default_factory=set)  # rows with too many cells: not checked
    letters: list[str] = field(default_factory=list)  # spreadsheet letter of each column
    head: list[tuple[int, list[str]]] = field(default_factory=list)  # first rows, all cells


# --- Deciding what kind of file it is --------------------------------------------------------

def read_table(data: bytes, file: str, sheet: str | int | None = None,
               header_row: int | None = None) -> RawTable:
    """Turn a file's bytes into a RawTable, whatever its type (CSV text or .xlsx).

    `header_row` is the spreadsheet row holding the column names (default: the first row
    that is not blank); rows above it are left out, such as a title."""
    suffix = Path(file).suffix.lower()
    if suffix == ".ods":
        raise file_error(file, msg.ODS_NOT_SUPPORTED, msg.FIX_ODS)
    if not data:
        raise file_error(file, msg.EMPTY_FILE, msg.FIX_EMPTY)
    if data.startswith(b"PK\x03\x04"):
        return _read_zip(data, file, sheet, header_row)
    if data.startswith(_OLE2_MAGIC):
        raise file_error(file, msg.OLD_XLS, msg.FIX_OLD_XLS)
    for magic, kind in _OTHER_MAGIC.items():
        if data.startswith(magic):
            raise file_error(file, _not_text(msg.text(kind)), msg.FIX_SAVE_AS)
    return _read_text(decode(data, file), file, header_row)


def _not_text(kind: str | None) -> str:
    return msg.NOT_TEXT.format(kind=msg.LOOKS_LIKE.format(kind=kind) if kind else "")


def _read_zip(data: bytes, file: str, sheet: str | int | None,
              header_row: int | None = None) -> RawTable:
    names = check_package(data, file)  # sizes first: nothing is unpacked before this
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            mimetype = archive.read("mimetype") if "mimetype" in names else b""
    except (zipfile.BadZipFile, zlib.error, OSError, KeyError, ValueError, EOFError,
            NotImplementedError, RuntimeError):
        raise file_error(file, msg.BROKEN_XLSX, msg.FIX_BROKEN_XLSX) from None
    if "xl/workbook.xml" in names:
        return _table_from_rows(excel_rows(data, file, sheet), file, False, header_row)
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        raise file_error(file, msg.ODS_NOT_SUPPORTED, msg.FIX_ODS)
    kind = msg.KIND_WORD if "word/document.xml" in names else msg.KIND_ZIP
    raise file_error(file, _not_text(kind), msg.FIX_SAVE_AS)


# --- Text files: encodings and delimiters ------------------------------------------------------

def decode(data: bytes, file: str) -> str:
    """Decode CSV bytes: UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM,
    else Windows-1252 (old Excel 'CSV'). Binary content raises a DataError."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked_text(data.decode(encoding, errors="replace"), file)
    sample = data[:4096]
    if b"\x00" in sample:
        even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2
        if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
            return _checked_text(data.decode("utf-16-le", errors="replace"), file)
        if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
            return _checked_text(data.decode("utf-16-be", errors="replace"), file)
        raise file_error(file, _not_text(None), msg.FIX_SAVE_AS)
    for encoding in ("utf-8", "cp1252"):
        try:
            return _checked_text(data.decode(encoding), file)
        except UnicodeDecodeError:
            continue
    return _checked_text(data.decode("latin-1"), file)


def _checked_text(text: str, file: str) -> str:
    sample = text[:20000]
    controls = sum(1 for char in sample if char < " " and char not in "\t\r\n") + sample.count(
        "\x00")
    if sample and controls > 0.01 * len(sample):
        raise file_error(file, _not_text(None), msg.FIX_SAVE_AS)
    head = sample.lstrip()[:1000].lower()
    if head.startswith("<") and ("<html" in head or "<table" in head or "<?xml" in head):
        raise file_error(file, _not_text(msg.KIND_WEB_PAGE), msg.FIX_SAVE_AS)
    if not text.strip():
        raise file_error(file, msg.BLANK_FILE, msg.FIX_EMPTY)
    return text


_SEP_HINT = re.compile(r"\A\s*sep=(.)\s*?(\r\n|\n|\r)", re.IGNORECASE)


def _delimiter(text: str) -> str:
    """',' ';' or tab: Excel's 'sep=' first line if present, else the most used in the header."""
    hint = _SEP_HINT.match(text)
    if hint:
        return hint.group(1)
    first = next((line for line in text.splitlines() if line.strip()), "")
    first = re.sub(r'"[^"]*"', "", first)
    counts = {sep: first.count(sep) for sep in (",", "\t", ";")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def split_text(text: str) -> tuple[str, str]:
    """Remove Excel's 'sep=' line and return (text, delimiter)."""
    delimiter = _delimiter(text)
    hint = _SEP_HINT.match(text)
    return (text[hint.end():] if hint else text), delimiter


def _read_text(text: str, file: str, header_row: int | None = None) -> RawTable:
    """CSV text to a RawTable; one row per spreadsheet row (blank lines too)."""
    body, delimiter = split_text(text)
    check_csv(body, delimiter, file)  # rows, cells and columns, before pandas sees it
    decimal_comma = delimiter == ";"
    try:
        frame = pd.read_csv(io.StringIO(body), header=None, dtype=str, sep=delimiter,
                            na_filter=False, skip_blank_lines=False, engine="c",
                            quoting=csv.QUOTE_MINIMAL)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError):
        pass  # ragged rows, or a blank first line: read the rows one by one below
    else:
        frame.index = pd.RangeIndex(1, len(frame) + 1)
        return _table_from_frame(frame, file, decimal_comma, header_row=header_row)
    try:
        rows = list(csv.reader(io.StringIO(body, newline=""), delimiter=delimiter))
    except csv.Error:
        raise file_error(file, _not_text(None), msg.FIX_SAVE_AS) from None
    return _table_from_rows(rows, file, decimal_comma, header_row)


# --- From rows of cells to a RawTable --------------------------------------------------------

def column_letter(position: int) -> str:
    """Spreadsheet column letter for a 0-based position: 0 -> A, 26 -> AA."""
    letters = ""
    position += 1
    while position:
        position, remainder = divmod(position - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def _table_from_rows(rows: list[list[str]], file: str, decimal_comma: bool,
                     header_row: int | None = None) -> RawTable:
    """Pad ragged rows to the same width, remembering how many cells each row had."""
    start = next((i for i, row in enumerate(rows) if any(str(c).strip() for c in row)), None)
    if start is None:
        raise file_error(file, msg.BLANK_FILE, msg.FIX_EMPTY)
    rows = rows[start:]
    width = max(len(row) for row in rows)
    frame = pd.DataFrame([list(row) + [""] * (width - len(row)) for row in rows], dtype=str)
    frame.index = pd.RangeIndex(start + 1, start + 1 + len(frame))
    return _table_from_frame(frame, file, decimal_comma, [len(row) for row in rows],
                             header_row)


def _table_from_frame(frame: pd.DataFrame, file: str, decimal_comma: bool,
                      lengths: list[int] | None = None,
                      header_row: int | None = None) -> RawTable:
    """Find the header row (the first row that is not blank) and keep the rows below it.

    `frame` holds every row, indexed by spreadsheet row number; `lengths` the number of
    cells each row had in a ragged CSV (None: all rows as wide as the frame).
    """
    frame.columns = range(frame.shape[1])
    stripped = frame.apply(lambda column: column.str.strip())
    filled = stripped.ne("").to_numpy()
    rows_filled = filled.any(axis=1)
    if not rows_filled.any():
        raise file_error(file, msg.BLANK_FILE, msg.FIX_EMPTY)
    header_at = int(rows_filled.argmax())
    if header_row is not None and header_row in frame.index:
        asked = int(frame.index.get_loc(header_row))
        header_at = asked if rows_filled[asked] else header_at
    width = lengths[header_at] if lengths else frame.shape[1]
    header = [str(cell) for cell in stripped.iloc[header_at, :width]]
    data_filled = filled[header_at + 1:]
    numbers = frame.index[header_at + 1:]
    head = [(int(number), [str(cell) for cell in stripped.loc[number]])
            for number in numbers[:HEADER_SEARCH_ROWS]]
    # A row with filled cells right of the last column name: a comma split a value.
    problems, split_rows = [], set()
    for number in numbers[data_filled[:, width:].any(axis=1)]:
        cells = lengths[number - frame.index[0]] if lengths else frame.shape[1]
        text = msg.TOO_MANY_CELLS.format(found=cells, expected=width)
        problems.append(Problem(file, None, int(number), text))
        split_rows.add(int(number))
    # Keep columns that have a header or some data (drops Excel's trailing empty columns).
    keep = [i for i, name in enumerate(header) if name or data_filled[:, i].any()]
    letters = [column_letter(i) for i in keep]
    header = [header[i] or f"column_{column_letter(i)}" for i in keep]
    # Drop fully blank rows (Excel's trailing rows); the index keeps the row numbers.
    rows = data_filled.any(axis=1)
    raw, text = (table.iloc[header_at + 1:][keep][rows] for table in (frame, stripped))
    raw.columns = text.columns = range(len(keep))
    return RawTable(file, header, int(frame.index[header_at]), text, raw, decimal_comma,
                    problems, split_rows, letters, head)
