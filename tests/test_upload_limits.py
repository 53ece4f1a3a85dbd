"""Upload limits (issue 14): a file too big for the loader is refused before any parser
reads it, with a DataError that names the file and the limit and says what to do.

Every file here is built in the test, most with zipfile directly so that a "zip bomb" of
millions of rows costs the test a fraction of a second. The time the loader takes to
refuse one is measured by benchmarks/upload_limits.py, not here.
"""

from __future__ import annotations

import datetime
import io
import struct
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import openpyxl
import pytest

from score_helpers import data
from score_helpers.data import DataError
from score_helpers.data.loading import limits, package
from score_helpers.widgets.kpi_dashboard import data as dashboard_data
from score_helpers.widgets.kpi_dashboard.state import DashboardState

SHEET = "xl/worksheets/sheet1.xml"
SHEET_START = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
HEADER_ROW = (b'<row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c>'
              b'<c r="B1" t="inlineStr"><is><t>line</t></is></c></row>')
SAME_ROW = b'<row><c t="n"><v>1</v></c></row>'  # no row number: every copy is the same bytes


def template_parts() -> dict[str, bytes]:
    """The parts of a real one-sheet workbook saved by openpyxl."""
    buffer = io.BytesIO()
    workbook = openpyxl.Workbook()
    workbook.active.append(["date", "line"])
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def xlsx_with_sheet(path: Path, rows: Iterable[bytes], dimension: str | None = None) -> Path:
    """A workbook whose first sheet's <sheetData> is `rows`, written as a stream: the sheet
    is never held whole in memory, however many rows it has."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in template_parts().items():
            if name != SHEET:
                archive.writestr(name, content)
        with archive.open(SHEET, "w") as sheet:
            sheet.write(SHEET_START)
            if dimension:
                sheet.write(f'<dimension ref="{dimension}"/>'.encode())
            sheet.write(b"<sheetData>")
            for chunk in rows:
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")
    return path


def same_rows(count: int, per_chunk: int = 10_000) -> Iterable[bytes]:
    """`count` identical rows (after the header), a chunk of `per_chunk` rows at a time."""
    yield HEADER_ROW
    chunk = SAME_ROW * per_chunk
    for _ in range(count // per_chunk):
        yield chunk
    yield SAME_ROW * (count % per_chunk)


def numbered_rows(count: int) -> Iterable[bytes]:
    """`count` rows numbered 2, 3, … (after the header), one cell each."""
    yield HEADER_ROW
    for start in range(2, count + 2, 10_000):
        stop = min(start + 10_000, count + 2)
        yield b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n)
                       for n in range(start, stop))


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.fixture
def no_openpyxl(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail the test if openpyxl opens a workbook: the file must be refused before."""
    opened: list[object] = []

    def refuse(*args: object, **_kwargs: object) -> None:
        opened.append(args)
        raise AssertionError("openpyxl opened a file that the size checks should refuse")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)
    yield
    assert not opened, "openpyxl opened the file before the size checks refused it"


# --- (a) a zip bomb ---------------------------------------------------------------------------

def test_an_xlsx_bomb_is_refused_before_openpyxl_opens_it(tmp_path: Path,
                                                          no_openpyxl: None) -> None:
    """Two million identical rows: ~64 MB of sheet in well under 1 MB of zip."""
    path = xlsx_with_sheet(tmp_path / "my_kpis.xlsx", same_rows(2_000_000))
    assert path.stat().st_size < 1024 * 1024 < dashboard_data.MAX_UPLOAD_BYTES
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    message = str(caught.value)
    assert message.startswith("my_kpis.xlsx: 1 problem found.")
    assert f"up to {package.MAX_UNPACKED_MB} MB unpacked" in message
    assert "CSV UTF-8" in message  # what to do instead


def test_a_bomb_under_the_unpacked_size_is_refused_for_its_packing(tmp_path: Path,
                                                                   no_openpyxl: None) -> None:
    path = xlsx_with_sheet(tmp_path / "tight.xlsx", same_rows(1_000_000))  # ~32 MB unpacked
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    message = str(caught.value)
    assert "tight.xlsx" in message and "'xl/worksheets/sheet1.xml'" in message
    assert "times its size" in message and "Save As" in message


def test_the_dashboard_refuses_a_bomb_before_reading_its_sheet_names(tmp_path: Path,
                                                                     no_openpyxl: None) -> None:
    content = xlsx_with_sheet(tmp_path / "bomb.xlsx", same_rows(2_000_000)).read_bytes()
    with pytest.raises(DataError, match=r"(?s)bomb\.xlsx.*up to 50 MB unpacked"):
        dashboard_data.read_upload("bomb.xlsx", content)
    state = DashboardState("food", targets_file=str(tmp_path / "targets.json"))
    shown = state.dataset
    notice = state.upload("bomb.xlsx", content)
    assert notice.kind == "error" and "bomb.xlsx" in notice.text
    assert "up to 50 MB unpacked" in notice.detail
    assert state.dataset is shown  # the page keeps the data it showed


# --- (b) rows counted, not taken from <dimension> ---------------------------------------------

def test_an_xlsx_whose_dimension_lies_is_still_refused(tmp_path: Path, no_openpyxl: None) -> None:
    rows = limits.MAX_ROWS + 1
    path = xlsx_with_sheet(tmp_path / "liar.xlsx", numbered_rows(rows), dimension="A1:B2")
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    message = str(caught.value)
    assert "liar.xlsx" in message
    assert "has more than 200,000 rows. SCORE AI Lab reads up to 200,000 rows." in message
    assert "Save one year or one factory per file" in message


def test_a_sheet_that_jumps_to_a_far_row_is_stopped_while_streaming(tmp_path: Path) -> None:
    """Two rows in the file, but the second is row 900,000: openpyxl hands over every row
    in between, so the rows it yields are counted and the reading stops at the limit."""
    far = b'<row r="900000"><c r="A900000"><v>1</v></c></row>'
    path = xlsx_with_sheet(tmp_path / "far.xlsx", [HEADER_ROW, far], dimension="A1:A2")
    with pytest.raises(DataError, match="more than 200,000 rows"):
        data.load_kpi_csv(path)


def test_a_lone_cell_far_to_the_right_is_stopped_at_its_row(tmp_path: Path) -> None:
    wide = b'<row r="2"><c r="A2"><v>1</v></c><c r="XFD2"><v>1</v></c></row>'
    path = xlsx_with_sheet(tmp_path / "wide.xlsx", [HEADER_ROW, wide])
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    assert caught.value.problems[0].row == 2
    assert "this row has 16,384 cells. SCORE AI Lab reads up to 200 columns" in str(caught.value)


def test_a_workbook_with_too_many_cells_is_refused_before_parsing(tmp_path: Path,
                                                                  no_openpyxl: None) -> None:
    rows = [HEADER_ROW] + [  # 15,000 rows of 30 different numbers: 450,000 cells
        b"<row>" + b"".join(b"<c><v>%d</v></c>" % (row * 30 + n) for n in range(30)) + b"</row>"
        for row in range(15_000)]
    path = xlsx_with_sheet(tmp_path / "many.xlsx", rows)
    with pytest.raises(DataError, match=r"(?s)more than 400,000 cells.*'CSV UTF-8'"):
        data.load_kpi_csv(path)


def test_a_huge_shared_text_table_is_refused_before_parsing(no_openpyxl: None) -> None:
    """openpyxl reads the workbook's whole table of shared text when it opens the file, so
    its XML elements count too, though it holds no cell."""
    strings = b"".join(b"<si><t>note %d</t></si>" % n for n in range(500_000))
    parts = template_parts() | {"xl/sharedStrings.xml": b"<sst>" + strings + b"</sst>"}
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(zip_bytes(parts), name="notes.xlsx")
    message = str(caught.value)
    assert "notes.xlsx" in message and "more than 900,000 XML elements" in message
    assert "'CSV UTF-8'" in message


def test_the_limits_let_the_largest_allowed_sheet_through() -> None:
    """The header row plus MAX_ROWS rows, each as wide as allowed, pass; one more fails."""
    guard = limits.SheetGuard("ok.xlsx")
    for _ in range(limits.MAX_ROWS + 1):
        guard.count(())
    with pytest.raises(DataError, match="more than 200,000 rows"):
        guard.count(())
    limits.SheetGuard("ok.xlsx").count((None,) * limits.MAX_COLUMNS)


# --- (c) a normal workbook still loads --------------------------------------------------------

def test_a_normal_xlsx_still_loads(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["date", "line", "units_produced", "defects"])
    first = datetime.date(2025, 1, 1)
    for day in range(300):
        sheet.append([first + datetime.timedelta(days=day), "Line A", 1000 + day, day % 7])
    workbook.save(tmp_path / "normal.xlsx")
    frame = data.load_kpi_csv(tmp_path / "normal.xlsx")
    assert len(frame) == 300
    assert frame["units_produced"].sum() == sum(1000 + day for day in range(300))
    assert frame["date"].max() == datetime.datetime(2025, 10, 27)


# --- (d) CSV ---------------------------------------------------------------------------------

def test_a_csv_with_too_many_rows_is_refused(tmp_path: Path) -> None:
    rows = limits.MAX_ROWS + 1
    path = tmp_path / "year.csv"
    path.write_text("date,line\n" + "2025-03-05,Line A\n" * rows, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    message = str(caught.value)
    assert message.startswith("year.csv: 1 problem found.")
    assert "has 200,001 rows. SCORE AI Lab reads up to 200,000 rows." in message
    assert "Save one year or one factory per file" in message


def test_a_csv_at_the_row_limit_passes_the_limits() -> None:
    body = "date,line\n" + "2025-03-05,Line A\n" * limits.MAX_ROWS
    limits.check_csv(body, ",", "year.csv")  # no DataError


def test_a_csv_with_too_many_cells_is_refused() -> None:
    body = "\n".join([",".join(["c"] * 60)] * 100_001)  # names, then 6,000,000 cells
    with pytest.raises(DataError, match=r"(?s)wide\.csv.*6,000,000 cells.*up to 5,000,000"):
        data.load_kpi_csv(body.encode(), name="wide.csv")


def test_one_wide_row_counts_for_every_row() -> None:
    """The loader pads every row to the widest one: 50,000 rows and one of 150 cells make
    7,500,000 cells."""
    text = "date\n" + "2025-03-05\n" * 49_999 + ",".join(["x"] * 150) + "\n"
    with pytest.raises(DataError, match=r"(?s)ragged\.csv.*7,500,000 cells.*up to 5,000,000"):
        data.load_kpi_csv(text.encode(), name="ragged.csv")


def test_a_csv_row_with_too_many_cells_is_named(tmp_path: Path) -> None:
    text = "date,line\n2025-03-05,Line A\n" + "," * 5000 + "\n"
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(text.encode(), name="commas.csv")
    assert caught.value.problems[0].row == 3
    assert "this row has 5,001 cells. SCORE AI Lab reads up to 200 columns" in str(caught.value)


def test_commas_inside_quotes_are_not_columns() -> None:
    note = '"' + "late, " * 300 + '"'
    text = f"date,line,notes\n2025-03-05,Line A,{note}\n"
    frame = data.load_kpi_csv(text.encode(), name="notes.csv")
    assert frame["notes"].iloc[0].startswith("late, late,")


def test_a_file_above_the_size_cap_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as stream:  # a sparse file: no disk space used
        stream.truncate(72 * 1024 * 1024)
    with pytest.raises(DataError, match=r"(?s)huge\.csv.*is 72\.0 MB.*up to 50 MB"):
        data.load_kpi_csv(path)

    class Endless(io.RawIOBase):
        """A stream that never ends, like a device file."""

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            buffer[:] = b"1" * len(buffer)
            return len(buffer)

    with pytest.raises(DataError, match=r"(?s)endless\.csv.*is more than 50 MB.*up to 50 MB"):
        data.load_kpi_csv(io.BufferedReader(Endless()), name="endless.csv")


# --- (e) not a zip, though named .xlsx --------------------------------------------------------

@pytest.mark.parametrize("content", [
    b"PK\x03\x04" + b"\x00garbage" * 100,  # starts like a zip, is not one
    zip_bytes(template_parts())[:1500],  # a real workbook, cut short
])
def test_a_damaged_xlsx_gets_a_friendly_error(content: bytes) -> None:
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(content, name="kpis.xlsx")
    message = str(caught.value)
    assert message.startswith("kpis.xlsx: 1 problem found.")
    assert "cannot be read. It may be damaged" in message
    assert "Traceback" not in message and "zipfile" not in message


def test_a_workbook_whose_sheet_fails_its_checksum_gets_a_friendly_error() -> None:
    parts = template_parts()
    content = bytearray(zip_bytes(parts | {SHEET: b"<x/>" * 1000}))
    entry = content.rindex(SHEET.encode()) - 46  # the sheet's entry in the table of contents
    assert content[entry:entry + 4] == b"PK\x01\x02"
    content[entry + 16] ^= 0xFF  # the CRC-32 it records no longer matches the sheet
    with pytest.raises(DataError, match=r"cannot be read\. It may be damaged"):
        data.load_kpi_csv(bytes(content), name="crc.xlsx")


# --- (f) the zip's table of contents --------------------------------------------------------

def test_a_zip_of_too_many_parts_is_refused(no_openpyxl: None) -> None:
    parts = template_parts() | {f"xl/media/p{n}.bin": b"" for n in range(package.MAX_PARTS)}
    with pytest.raises(DataError, match=r"(?s)parts\.xlsx.*made of 1,009 parts.*up to 1,000"):
        data.load_kpi_csv(zip_bytes(parts), name="parts.xlsx")


def test_a_declared_unpacked_size_is_refused_without_unpacking(no_openpyxl: None) -> None:
    """The sizes in the zip's table of contents are enough: this one says 3 GB."""
    content = bytearray(zip_bytes(template_parts()))
    entry = content.index(b"PK\x01\x02")
    content[entry + 24:entry + 28] = struct.pack("<I", 3_000_000_000)
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(bytes(content), name="claims.xlsx")
    message = str(caught.value)
    assert "claims.xlsx" in message
    assert "holds 2861.0 MB of data once unpacked" in message
    assert "up to 50 MB unpacked" in message
