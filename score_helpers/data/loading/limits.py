"""How big a file the loader reads, checked before any parser sees it.

Every limit keeps the slowest file the loader accepts (a CSV or an .xlsx at the limit)
under about 10 seconds on a busy two-core machine (about 5 s on an idle one), and a year
of one factory's daily data inside it: 200,000 rows is 30 lines × 3 shifts × 365 days,
six times over.

    MAX_FILE_MB       50         the file as stored (CSV text, or the .xlsx zip)
    MAX_ROWS          200,000    rows below the column names, in a CSV or in one sheet
    MAX_COLUMNS       200        cells in one row (the daily schema has 25 columns)
    MAX_CSV_CELLS     5,000,000  rows × columns of a CSV (200,000 rows of 25 columns)
    MAX_EXCEL_CELLS   400,000    cells in a workbook: openpyxl reads about ten times
                                 slower than pandas reads a CSV (16,000 rows of 25 columns)

The limits of the .xlsx package itself (its parts, their unpacked size) are in
package.py. `benchmarks/upload_limits.py` measures the time at the limits.
"""

from __future__ import annotations

import csv
import io

from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.problems import DataError, Problem, file_error

MAX_FILE_MB = 50
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CSV_CELLS = 5_000_000
MAX_EXCEL_CELLS = 400_000


def megabytes(size: int) -> str:
    """A size in bytes as people read it: '12.4'."""
    return f"{size / 1024 / 1024:.1f}"


def check_size(size: int, file: str, exact: bool = True) -> None:
    """DataError when a file of `size` bytes is above MAX_FILE_BYTES (`exact`=False: the
    reading stopped there, so the message says 'more than 50' rather than a size)."""
    if size > MAX_FILE_BYTES:
        shown = megabytes(size) if exact else msg.OVER_LIMIT.format(limit=MAX_FILE_MB)
        raise file_error(file, msg.FILE_TOO_BIG.format(size=shown, limit=MAX_FILE_MB),
                         msg.FIX_TOO_BIG)


def too_many_rows(file: str, rows: str) -> DataError:
    """The DataError for a CSV or a sheet with more than MAX_ROWS rows (`rows`: '250,000' or
    'more than 200,000')."""
    return file_error(file, msg.TOO_MANY_ROWS.format(rows=rows, limit=f"{MAX_ROWS:,}"),
                      msg.FIX_TOO_MANY_ROWS)


def too_many_columns(file: str, row: int, columns: int) -> DataError:
    """The DataError for a row with more than MAX_COLUMNS cells, at its spreadsheet row."""
    text = msg.TOO_MANY_COLUMNS.format(columns=f"{columns:,}", limit=MAX_COLUMNS)
    return DataError([Problem(file, None, row, text)], msg.FIX_TOO_MANY_COLUMNS)


def too_many_excel_cells(file: str, cells: str) -> DataError:
    """The DataError for a workbook with more than MAX_EXCEL_CELLS cells."""
    text = msg.TOO_MANY_EXCEL_CELLS.format(cells=cells, limit=f"{MAX_EXCEL_CELLS:,}",
                                           rows=f"{MAX_EXCEL_CELLS // 25:,}")
    return file_error(file, text, msg.FIX_TOO_MANY_EXCEL_CELLS.format(rows=f"{MAX_ROWS:,}"))


def check_csv(body: str, delimiter: str, file: str) -> None:
    """Refuse CSV text with too many rows, columns or cells, before pandas parses it.

    Cells are rows × the widest row: the loader pads every row to the widest one. Widths
    come from counting delimiters; when that passes a limit, the rows wider than the first
    are parsed one by one, so that a comma inside quotes is not taken for a column. The
    first line holds the column names and is not a row.
    """
    lines = body.splitlines()
    rows = len(lines) - 1
    if rows > MAX_ROWS:
        raise too_many_rows(file, f"{rows:,}")
    widths = [line.count(delimiter) + 1 for line in lines]
    widest = max(widths, default=0)
    if widest > MAX_COLUMNS or rows * widest > MAX_CSV_CELLS:
        widest = _real_widest(lines, widths, delimiter, file)
    if rows * widest > MAX_CSV_CELLS:
        text = msg.TOO_MANY_CSV_CELLS.format(cells=f"{rows * widest:,}",
                                             limit=f"{MAX_CSV_CELLS:,}")
        raise file_error(file, text, msg.FIX_TOO_MANY_ROWS)


def _real_widest(lines: list[str], widths: list[int], delimiter: str, file: str) -> int:
    """The cells of the widest line, parsing the first line and those with more
    delimiters than it; DataError at the first line with more than MAX_COLUMNS cells."""
    widest = 0
    for number, (line, width) in enumerate(zip(lines, widths, strict=True), start=1):
        if number == 1 or width > widths[0]:
            cells = len(next(csv.reader(io.StringIO(line), delimiter=delimiter), []))
            if cells > MAX_COLUMNS:
                raise too_many_columns(file, number, cells)
            widest = max(widest, cells)
    return widest


class SheetGuard:
    """Counts the rows and cells openpyxl hands over while it streams a sheet, and stops at
    the first one over a limit.

    openpyxl fills the rows a sheet skips (a lone cell in row 900,000) and the cells left
    of the last one in a row (a lone cell in column XFD), so the row number and the width
    it yields are the real work, whatever the file's <dimension> says.
    """

    def __init__(self, file: str) -> None:
        self.file = file
        self.rows = 0
        self.cells = 0

    def count(self, row: tuple[object, ...]) -> None:
        """Count one row as yielded by openpyxl; DataError when a limit is passed."""
        self.rows += 1
        if self.rows > MAX_ROWS + 1:  # the column names are a row too
            raise too_many_rows(self.file, msg.OVER_LIMIT.format(limit=f"{MAX_ROWS:,}"))
        if len(row) > MAX_COLUMNS:
            raise too_many_columns(self.file, self.rows, len(row))
        self.cells += len(row)
        if self.cells > MAX_EXCEL_CELLS:
            raise too_many_excel_cells(self.file,
                                       msg.OVER_LIMIT.format(limit=f"{MAX_EXCEL_CELLS:,}"))
