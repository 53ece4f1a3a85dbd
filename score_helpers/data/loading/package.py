"""Checking an .xlsx package (a zip of XML parts) before openpyxl opens it.

An .xlsx is a zip. A few kilobytes of zip can unpack to gigabytes of identical rows (a
"zip bomb"), and openpyxl parses every row in Python, so a 5 MB upload could keep the
loader busy for many minutes. Two steps refuse such a file first, with a DataError:

1. `check_package` reads only the zip's table of contents: a valid zip, at most
   MAX_PARTS parts, at most MAX_UNPACKED_MB once unpacked (the sizes the zip declares:
   Python's zipfile never unpacks more than the declared size of a part), and no part
   above RATIO_FLOOR_MB that unpacks to more than MAX_RATIO times its packed size.
2. `check_workbook` then unpacks each XML part as a stream, 1 MB at a time, and counts
   what openpyxl would parse: rows (<row>) per sheet, cells (<c>) and XML elements in
   the whole workbook, stopping at the first limit passed. The sheet's <dimension> is
   not trusted: it can be wrong or missing (then openpyxl itself parses the whole sheet
   when it opens the workbook), so the rows themselves are counted.

Sheets openpyxl skips (rows below 200,000 whose numbers jump ahead, a lone cell far to
the right) are caught while streaming, by limits.SheetGuard.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator

from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.limits import (
    MAX_EXCEL_CELLS,
    MAX_ROWS,
    megabytes,
    too_many_excel_cells,
    too_many_rows,
)
from score_helpers.data.loading.problems import DataError, file_error

MAX_PARTS = 1_000  # a workbook has about 10; with pictures and many sheets a few hundred
MAX_UNPACKED_MB = 50  # a 400,000-cell sheet is about 15 MB of XML
MAX_UNPACKED_BYTES = MAX_UNPACKED_MB * 1024 * 1024
MAX_RATIO = 100  # sheets saved by Excel or openpyxl pack 5 to 15 times; deflate's most is ~1,030
RATIO_FLOOR_MB = 1  # smaller parts may pack any way they like: they cost nothing
# Each XML element costs openpyxl about 5-8 µs: a number cell is two (<c><v>), a text cell
# written inline three, a row one. At the cell limit (16,000 rows of 25) about 820,000.
MAX_XML_ELEMENTS = 900_000
_CHUNK = 1024 * 1024
_PREFIX = rb"<(?:[A-Za-z_][\w.-]*:)?"  # writers may put a namespace prefix: <x:row>
_ROW = re.compile(_PREFIX + rb"row[\s/>]")
_CELL = re.compile(_PREFIX + rb"c[\s/>]")
_SHEET_PART = re.compile(r"xl/(?:worksheets|chartsheets|dialogsheets|macrosheets)/[^/]+\.xml",
                         re.IGNORECASE)


def check_package(data: bytes, file: str) -> set[str]:
    """The names of the parts of a zip, after checking its table of contents (step 1).

    DataError when it is not a valid zip, has too many parts, unpacks to too much, or a
    large part is packed more tightly than any spreadsheet program does.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise file_error(file, msg.BROKEN_XLSX, msg.FIX_BROKEN_XLSX) from None
    if len(parts) > MAX_PARTS:
        text = msg.TOO_MANY_PARTS.format(count=f"{len(parts):,}", limit=f"{MAX_PARTS:,}")
        raise file_error(file, text, msg.FIX_RESAVE)
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_UNPACKED_BYTES:
        text = msg.UNPACKED_TOO_BIG.format(size=megabytes(unpacked), limit=MAX_UNPACKED_MB)
        raise file_error(file, text, msg.FIX_TOO_MANY_EXCEL_CELLS.format(rows=f"{MAX_ROWS:,}"))
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > RATIO_FLOOR_MB * 1024 * 1024 and ratio > MAX_RATIO:
            text = msg.PACKED_TOO_TIGHT.format(part=f"'{part.filename}'", ratio=f"{ratio:,.0f}")
            raise file_error(file, text, msg.FIX_RESAVE)
    return {part.filename for part in parts}


def check_workbook(data: bytes, file: str) -> None:
    """Check an .xlsx before openpyxl parses it (steps 1 and 2); DataError when it has too
    many rows in a sheet, too many cells or too many XML elements, or is damaged."""
    check_package(data, file)
    cells = elements = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for part in archive.infolist():
                name = part.filename.lower()
                if not name.endswith((".xml", ".rels")):
                    continue  # pictures, printer settings: openpyxl does not parse them
                rows = 0
                is_sheet = bool(_SHEET_PART.fullmatch(part.filename))
                for block in _blocks(archive, part):
                    elements += _elements(block)
                    if is_sheet:
                        rows += len(_ROW.findall(block))
                        cells += len(_CELL.findall(block))
                    _check_counts(file, rows, cells, elements)
    except DataError:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError,
            RuntimeError):
        # a bad CRC, an unknown compression method, a password: not a file Excel saved
        raise file_error(file, msg.BROKEN_XLSX, msg.FIX_BROKEN_XLSX) from None


def _check_counts(file: str, rows: int, cells: int, elements: int) -> None:
    """DataError when the counts so far pass a limit (rows of one sheet; cells and XML
    elements of the whole workbook)."""
    if rows > MAX_ROWS + 1:  # the column names are a row too
        raise too_many_rows(file, msg.OVER_LIMIT.format(limit=f"{MAX_ROWS:,}"))
    if cells > MAX_EXCEL_CELLS:
        raise too_many_excel_cells(file, msg.OVER_LIMIT.format(limit=f"{MAX_EXCEL_CELLS:,}"))
    if elements > MAX_XML_ELEMENTS:
        text = msg.TOO_COMPLEX.format(limit=f"{MAX_XML_ELEMENTS:,}")
        raise file_error(file, text, msg.FIX_TOO_MANY_EXCEL_CELLS.format(rows=f"{MAX_ROWS:,}"))


def _blocks(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> Iterator[bytes]:
    """The unpacked bytes of a part, a block of about 1 MB at a time. Each block ends just
    before a '<', so no tag is cut in two between blocks."""
    carry = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            block = carry + chunk
            cut = block.rfind(b"<")
            if cut <= 0:
                carry = b""
                yield block
            else:
                carry = block[cut:]
                yield block[:cut]
    if carry:
        yield carry


def _elements(block: bytes) -> int:
    """XML elements that start in a block: every '<' but end tags, comments, declarations."""
    return block.count(b"<") - block.count(b"</") - block.count(b"<!") - block.count(b"<?")
