"""Reading the cells of an Excel workbook (.xlsx) as the text a CSV export would hold."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.limits import SheetGuard
from score_helpers.data.loading.package import check_workbook
from score_helpers.data.loading.problems import DataError, file_error


def sheet_names(data: bytes, file: str) -> list[str]:
    """The sheet names of an .xlsx file, after the size checks of package.py (a DataError
    when the file is too big for them); [] when openpyxl cannot open it, so that the
    loader explains what is wrong with the file."""
    import openpyxl  # imported here: only Excel users pay for it

    check_workbook(data, file)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged file
        return []
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def excel_rows(data: bytes, file: str, sheet: str | int | None) -> list[list[str]]:
    """The cells of one sheet (the first unless `sheet` names another), row by row, as text.

    The file is checked before openpyxl opens it (package.check_workbook), and the rows
    are counted while openpyxl streams them (limits.SheetGuard): a DataError as soon as a
    limit is passed.
    """
    import openpyxl  # imported here: only Excel users pay for it

    check_workbook(data, file)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged file
        raise file_error(file, msg.BROKEN_XLSX, msg.FIX_BROKEN_XLSX) from None
    try:
        names = workbook.sheetnames
        if sheet is None:
            sheet = 0
        if isinstance(sheet, int) and not isinstance(sheet, bool) and 0 <= sheet < len(names):
            sheet = names[sheet]
        if sheet not in names:
            sheets = ", ".join(f"'{name}'" for name in names)
            raise file_error(file, msg.NO_SUCH_SHEET.format(sheet=f"'{sheet}'", sheets=sheets),
                             msg.FIX_NO_SUCH_SHEET.format(example=f"'{names[0]}'"))
        worksheet = workbook[sheet]
        worksheet.reset_dimensions()  # some writers store a wrong sheet size
        guard = SheetGuard(file)
        rows = []
        for row in worksheet.iter_rows(min_row=1, min_col=1, values_only=True):
            guard.count(row)
            rows.append([_cell_text(value) for value in row])
        return rows
    except DataError:
        raise
    except Exception:
        raise file_error(file, msg.BROKEN_XLSX, msg.FIX_BROKEN_XLSX) from None
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    """An Excel cell as the text a CSV export would hold (dates in ISO form)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)
