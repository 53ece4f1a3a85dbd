"""A factory's own KPI file: every kind of broken file gives one DataError that names the
file, the column and the spreadsheet row, and says how to fix it; good files in all the
usual shapes (encodings, separators, Excel, uploads, date formats) load correctly."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from score_helpers import data
from score_helpers.data import DataError, schema

HEADER = "date,line,units_produced,defects"
GOOD = "2025-03-05,Line A,1200,12"
FIX_CELLS = "Fix these cells in your spreadsheet and load the file again."
FIX_ONE = "Fix this in your spreadsheet and load the file again."
SAVE_AS = "Save As"
CHECK_DATA = "Open the file in Excel, check that your data is in it, save it and load it again."


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def daily(*rows: str, header: str = HEADER) -> str:
    return "\n".join([header, *rows]) + "\n"


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@dataclass
class Broken:
    """One kind of broken file and what its message must say."""

    file_name: str
    make: Callable[[Path], object]  # writes the file at the given path
    says: str  # wording that explains the problem
    column: str | None = None
    row: int | None = None
    fix: str = FIX_CELLS


def text(content: str, encoding: str = "utf-8") -> Callable[[Path], object]:
    return lambda path: write(path, content, encoding)


def raw(content: bytes) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(content)


BROKEN: dict[str, Broken] = {
    "empty_file": Broken("empty.csv", raw(b""), "empty (0 bytes)", fix=CHECK_DATA),
    "only_spaces": Broken("spaces.csv", text("  \n\t\n   \n"), "no data", fix=CHECK_DATA),
    "only_commas": Broken("commas.csv", text(",,,\n,,,\n"), "no data", fix=CHECK_DATA),
    "header_only": Broken("header.csv", text(HEADER + "\n"), "no rows of data",
                          fix="Add the data rows below the column names"),
    "pdf_renamed": Broken("report.csv", raw(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n"),
                          "looks like a PDF", fix=SAVE_AS),
    "zip_renamed": Broken("archive.csv", raw(zip_bytes({"notes.txt": b"hello"})),
                          "does not look like a CSV", fix=SAVE_AS),
    "nul_bytes": Broken("junk.csv", raw(b"date,line\x00\x01\x02\x00\xff" * 50),
                        "does not look like a CSV", fix=SAVE_AS),
    "html_table": Broken("export.csv", text("<html><body><table><tr><td>1</td></tr>"),
                         "web page", fix=SAVE_AS),
    "damaged_xlsx": Broken("kpis.xlsx", raw(zip_bytes({"xl/workbook.xml": b"<broken"})),
                           "cannot be read. It may be damaged", fix="save it again as .xlsx"),
    "word_document": Broken("kpis.csv", raw(zip_bytes({"word/document.xml": b"<w/>"})),
                            "looks like a Word document", fix=SAVE_AS),
    "old_xls": Broken("kpis.xls", raw(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),
                      "old Excel file (.xls)", fix="Save As > 'Excel Workbook (.xlsx)'"),
    "ods": Broken("kpis.ods", raw(zip_bytes(
        {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"})),
        "(.ods) are not supported", fix=SAVE_AS),
    "near_miss_header": Broken("typo.csv", text(daily(
        "2025-03-05,Line A,1200", header="date,line,units_prodused")),
        "did you mean 'units_produced'? Rename the header", column="units_prodused",
        fix=FIX_ONE),
    "near_miss_singular": Broken("typo2.csv", text(daily(
        "2025-03-05,Line A,12", header="date,line,defetcs")),
        "did you mean 'defects'?", column="defetcs", fix=FIX_ONE),
    "missing_required": Broken("noline.csv", text(daily(
        "2025-03-05,1200", header="date,units_produced")),
        "no column 'line'", fix=FIX_ONE),
    "same_column_twice": Broken("twice.csv", text(daily(
        "2025-03-05,Line A,1200,1200", header="date,line,Units Produced,units_produced")),
        "more than once: 'Units Produced', 'units_produced' (spreadsheet columns C, D)",
        column="Units Produced", fix=FIX_ONE),
    "letter_o_in_count": Broken("typo_o.csv", text(daily(GOOD, "2025-03-06,Line A,12O,1")),
                                "expected a whole number, found '12O' (letter O?).",
                                "units_produced", 3),
    "decimal_count": Broken("half.csv", text(daily(GOOD, "2025-03-06,Line A,3.5,1")),
                            "found '3.5'. A count cannot have decimals", "units_produced", 3),
    "blank_count": Broken("blank.csv", text(daily("2025-03-04,Line A,1200,", GOOD)),
                          "the cell is empty; enter 0 if there were none", "defects", 2),
    "negative_count": Broken("neg.csv", text(daily(GOOD, "2025-03-06,Line A,100,-2")),
                             "found '-2', but this cannot be negative", "defects", 3),
    "negative_amount": Broken("negcost.csv", text(daily(
        "2025-03-05,Line A,(1500.00)", header="date,line,material_cost_php")),
        "found '(1500.00)', but this cannot be negative", "material_cost_php", 2),
    "dash_for_zero": Broken("dash.csv", text(daily(GOOD, "2025-03-06,Line A,100,-")),
                            "found '-' (if it means zero, enter 0)", "defects", 3),
    "percent_in_count": Broken("pct.csv", text(daily(GOOD, "2025-03-06,Line A,100,5%")),
                               "found '5%' (write the number without the % sign)", "defects", 3),
    "not_a_number": Broken("word.csv", text(daily(
        "2025-03-05,Line A,twelve", header="date,line,labour_cost_php")),
        "expected a number, found 'twelve'", "labour_cost_php", 2),
    "excel_formula_error": Broken("formula.csv", text(daily(GOOD, "2025-03-06,Line A,#DIV/0!,1")),
                                  "'#DIV/0!', a spreadsheet formula error", "units_produced", 3),
    "not_a_date": Broken("when.csv", text(daily(GOOD, "yesterday,Line A,100,1")),
                         "expected a date such as 2025-03-05", "date", 3),
    "impossible_date": Broken("day32.csv", text(daily(GOOD, "32/13/2025,Line A,100,1")),
                              "'32/13/2025', which is not a real date", "date", 3),
    "blank_date": Broken("nodate.csv", text(daily(GOOD, ",Line A,100,1")),
                         "the cell is empty; enter the date", "date", 3),
    "far_future": Broken("future.csv", text(daily(GOOD, "2090-03-05,Line A,100,1")),
                         "more than a year from today. Check the year", "date", 3),
    "before_2000": Broken("old.csv", text(daily(GOOD, "1999-03-05,Line A,100,1")),
                          "before the year 2000. Check the year", "date", 3),
    "mixed_date_order": Broken("mixed.csv", text(daily(
        "25/03/2025,Line A,100,1", "03/26/2025,Line A,100,1")),
        "day first (row 2: '25/03/2025') and some put the month first (row 3: '03/26/2025')",
        "date", fix=FIX_ONE),
    "duplicate_day": Broken("dupday.csv", text(daily(GOOD, "2025-03-06,Line A,9,1",
                                                     "05/03/2025,Line A,1000,10")),
                            "same line and day as row 2: 'Line A', 2025-03-05. If the rows "
                            "are for different shifts", row=4),
    "exact_duplicate_row": Broken("duprow.csv", text(daily(GOOD, GOOD)),
                                  "exactly the same as row 2. Delete one", row=3),
    "defects_above_units": Broken("defects.csv", text(daily("2025-03-05,Line A,100,130")),
                                  "'defects' (130) is more than 'units_produced' (100)",
                                  "defects", 2),
    "rework_scrap_above_defects": Broken("rework.csv", text(daily(
        "2025-03-05,Line A,10,8,5", header="date,line,defects,units_reworked,units_scrapped")),
        "'units_reworked' + 'units_scrapped' (13) is more than 'defects' (10)",
        "units_reworked", 2),
    "on_time_above_due": Broken("orders.csv", text(daily(
        "2025-03-05,Line A,4,5", header="date,line,orders_due,orders_on_time")),
        "'orders_on_time' (5) is more than 'orders_due' (4)", "orders_on_time", 2),
    "absent_above_scheduled": Broken("absent.csv", text(daily(
        "2025-03-05,Line A,30,31", header="date,line,scheduled_worker_days,days_absent")),
        "'days_absent' (31) is more than 'scheduled_worker_days' (30)", "days_absent", 2),
    "downtime_above_planned": Broken("downtime.csv", text(daily(
        "2025-03-05,Line A,480,500.5", header="date,line,planned_minutes,downtime_minutes")),
        "'downtime_minutes' (500.50) is more than 'planned_minutes' (480)",
        "downtime_minutes", 2),
    "lti_above_incidents": Broken("lti.csv", text(daily(
        "2025-03-05,Line A,1,2", header="date,line,incidents,lost_time_injuries")),
        "'lost_time_injuries' (2) is more than 'incidents' (1)", "lost_time_injuries", 2),
    "unquoted_comma_in_number": Broken("split.csv", text(daily(GOOD, "2025-03-06,Line A,1,200,3")),
                                       "5 cells but there are only 4 column names", row=3),
    "notes_above_header": Broken("title.csv", text(
        "Prepared by,QA,checked,approved\n" + daily(GOOD)),
        "column names seem to be in row 2", fix=FIX_ONE),
    "two_spellings": Broken("spelling.csv", text(daily(GOOD, "2025-03-06,Line A,9,1",
                                                       "2025-03-07, line a ,9,1")),
                            "found 'line a', but other rows write 'Line A'", "line", 4),
    "folder_not_file": Broken("folder.csv", lambda path: path.mkdir(), "is a folder",
                              fix="Give the path of the file inside the folder."),
}


@pytest.mark.parametrize("case", list(BROKEN.values()), ids=list(BROKEN))
def test_broken_file_gives_a_message_a_supervisor_can_act_on(case: Broken, tmp_path: Path):
    """Each broken file: a DataError (a ValueError) naming file, column, row and the fix."""
    path = tmp_path / case.file_name
    case.make(path)
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    error = caught.value
    message = str(error)
    assert isinstance(error, ValueError)
    assert message.startswith(f"{case.file_name}: ")
    assert case.says in message
    assert case.fix in message
    assert "Traceback" not in message and "pandas" not in message
    place = [p for p in error.problems if case.says in p.message]
    assert place, error.problems
    assert place[0].file == case.file_name
    assert (place[0].column, place[0].row) == (case.column, case.row)
    if case.column:
        assert f"column '{case.column}'" in message
    if case.row:
        assert f"row {case.row}" in message


def test_missing_file_names_the_path_and_the_current_folder(tmp_path: Path, monkeypatch):
    (tmp_path / "my_kpis.csv").write_text(daily(GOOD))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError) as caught:
        data.load_kpi_csv("my_kpi.csv")
    message = str(caught.value)
    assert isinstance(caught.value, DataError)
    assert "cannot find the file 'my_kpi.csv'" in message.lower()
    assert str(tmp_path) in message
    assert "'my_kpis.csv'" in message  # the near-miss file in that folder
    assert "Check the file name and the folder" in message


def test_xlsx_with_bad_cell_names_the_spreadsheet_row(tmp_path: Path):
    path = write_xlsx(tmp_path / "kpis.xlsx", [
        ["Date", "Line", "Units Produced"],
        [datetime(2025, 3, 5), "Line A", 1200],
        [datetime(2025, 3, 6), "Line A", "12O"],
        [datetime(2025, 3, 7), "Line A", "#VALUE!"],
    ])
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    message = str(caught.value)
    assert "kpis.xlsx: 2 problems found." in message
    assert "column 'Units Produced', row 3: expected a whole number, found '12O'" in message
    assert "column 'Units Produced', row 4: found '#VALUE!', a spreadsheet formula error" in message


def test_xlsx_rows_are_sheet_rows_even_below_a_blank_first_row(tmp_path: Path):
    path = write_xlsx(tmp_path / "gap.xlsx", [
        [None, None, None],
        ["date", "line", "defects"],
        ["2025-03-05", "Line A", 3],
        ["2025-03-06", "Line A", -1],
    ])
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    assert [(p.column, p.row) for p in caught.value.problems] == [("defects", 4)]


def test_xlsx_with_a_title_above_the_table_skips_the_title(tmp_path: Path):
    path = write_xlsx(tmp_path / "title.xlsx", [
        ["Daily KPIs, March 2025"], [], ["Date", "Line", "Defects"], ["2025-03-05", "A", 3]])
    frame = data.load_kpi_csv(path)
    assert list(frame.columns) == ["date", "line", "defects"]
    assert frame.loc[0, "defects"] == 3


def test_a_csv_title_and_a_blank_row_above_the_table_are_skipped(tmp_path: Path):
    path = write(tmp_path / "title.csv", "Daily KPIs March 2025\n\n" + daily(GOOD))
    frame = data.load_kpi_csv(path)
    assert list(frame["line"]) == ["Line A"]


def test_many_problems_of_one_kind_show_the_first_and_the_rows_of_the_others(tmp_path: Path):
    rows = [f"2025-03-{day:02d},Line A,1O0,1" for day in range(1, 31)]
    path = write(tmp_path / "many.csv", daily(*rows))
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    assert len(caught.value.problems) == 30
    assert str(caught.value).splitlines() == [
        "many.csv: 30 problems found.",
        "  - column 'units_produced', row 2: expected a whole number, found '1O0' (letter O?).",
        "    The same problem in 29 more rows, such as 3, 4, 5, 6, 7.",
        FIX_CELLS]


def test_many_kinds_of_problem_show_ten_entries_and_count_the_rest():
    problems = [data.Problem("many.csv", "notes", row, f"problem number {row}.")
                for row in range(2, 32)]
    message = str(DataError(problems))
    assert message.count("problem number") == 10
    assert "… and 20 more." in message
    assert message.splitlines()[0] == "many.csv: 30 problems found."
    assert message.splitlines()[-1] == FIX_CELLS


def test_exact_duplicates_compare_the_extra_columns_too(tmp_path: Path):
    path = write(tmp_path / "notes.csv", daily(
        "2025-03-05,SEW-01,breakdown,belt,2,500,Ana,first",
        "2025-03-05,SEW-01,breakdown,belt,2,500,Ana,second visit",
        header="date,machine_id,event_type,description,downtime_hours,cost_php,technician,note"))
    assert len(data.load_kpi_csv(path, columns=schema.MAINTENANCE_LOG)) == 2
    path.write_text(path.read_text().replace("second visit", "first"))
    with pytest.raises(DataError, match="exactly the same as row 2"):
        data.load_kpi_csv(path, columns=schema.MAINTENANCE_LOG)


def test_rows_keep_their_spreadsheet_numbers_after_blank_rows(tmp_path: Path):
    path = write(tmp_path / "gaps.csv", daily(GOOD, "", ",,,", "2025-03-06,Line A,x,1"))
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    assert [(p.column, p.row) for p in caught.value.problems] == [("units_produced", 5)]


def test_required_columns_can_be_chosen(tmp_path: Path):
    path = write(tmp_path / "k.csv", daily("2025-03-05,Line A,3", header="date,line,defects"))
    assert len(data.load_kpi_csv(path)) == 1
    with pytest.raises(DataError, match="no column 'units_produced'"):
        data.load_kpi_csv(path, required=["date", "line", "units_produced"])


def test_a_row_with_a_split_number_is_not_checked_twice(tmp_path: Path):
    path = write(tmp_path / "split.csv", daily(GOOD, "2025-03-06,Line A,1,200,3"))
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    assert len(caught.value.problems) == 1


def test_a_schema_for_another_dataset_checks_its_own_columns(tmp_path: Path):
    path = write(tmp_path / "log.csv", daily(
        "2025-03-05,SEW-01,breakdown,belt,2,PHP 500,Ana",
        "2025-03-05,SEW-01,breakdown,belt again,1,abc,Ana",
        header="date,machine_id,event_type,description,downtime_hours,cost_php,technician"))
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path, columns=schema.MAINTENANCE_LOG)
    assert [(p.column, p.row) for p in caught.value.problems] == [("cost_php", 3)]


def test_not_a_file_at_all():
    with pytest.raises(DataError, match="Expected the name of a file") as caught:
        data.load_kpi_csv(pd.DataFrame())
    assert 'load_kpi_csv("my_kpis.csv")' in str(caught.value)


# --- Good files in every usual shape load correctly ---------------------------------------

PARANAQUE = "Parañaque"


def test_loose_headers_become_schema_names(tmp_path: Path):
    path = write(tmp_path / "loose.csv", daily(
        "2025-03-05,Line A,garments,1200,12,\"₱12,450.50\",ok",
        header=" DATE ,Line, factory ,Units produced (pcs), defects ,Material cost (₱),Notes"))
    frame = data.load_kpi_csv(path)
    assert list(frame.columns) == ["date", "factory", "line", "units_produced", "defects",
                                   "material_cost_php", "Notes"]
    assert frame.loc[0, "units_produced"] == 1200
    assert frame.loc[0, "material_cost_php"] == 12450.5
    assert frame.loc[0, "Notes"] == "ok"  # unknown column kept as it is


@pytest.mark.parametrize("header", ["shift_leader", "product_code", "remarks", "ot_approved_by",
                                    "line_leader", "Supervisor (name)"])
def test_other_columns_are_not_mistaken_for_typos(tmp_path: Path, header: str):
    path = write(tmp_path / "x.csv", daily(GOOD + ",7", header=f"{HEADER},{header}"))
    frame = data.load_kpi_csv(path)
    assert list(frame.columns) == ["date", "line", "units_produced", "defects", header]
    assert frame.loc[0, header] == "7"


def test_hyphenated_header_with_spaces(tmp_path: Path):
    path = write(tmp_path / "h.csv", daily(GOOD, header="date,line, units-produced ,Defects"))
    assert list(data.load_kpi_csv(path).columns) == ["date", "line", "units_produced", "defects"]


def test_types_order_sorting_and_index(tmp_path: Path):
    path = write(tmp_path / "t.csv", daily(
        "2025-03-06,Line B,100,1,Nice", "2025-03-06,Line A,90,2,", "2025-03-05,Line B,80,3,x",
        header="date,line,units_produced,defects,comment"))
    frame = data.load_kpi_csv(path)
    assert frame["date"].dtype == "datetime64[ns]"
    assert frame["units_produced"].dtype == "int64"
    assert pd.api.types.is_string_dtype(frame["line"])
    assert list(frame["line"]) == ["Line A", "Line B", "Line B"]
    assert list(frame["date"].dt.day) == [6, 5, 6]
    assert list(frame["comment"].isna()) == [True, False, False]
    assert isinstance(frame.index, pd.RangeIndex) and frame.index[0] == 0


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "utf-16-le"])
def test_encodings_give_the_right_text(tmp_path: Path, encoding: str):
    path = write(tmp_path / "enc.csv", daily(f"2025-03-05,{PARANAQUE} 1,1200,12"), encoding)
    frame = data.load_kpi_csv(path)
    assert frame.loc[0, "line"] == f"{PARANAQUE} 1"
    assert list(frame.columns) == ["date", "line", "units_produced", "defects"]


def test_semicolon_csv_with_decimal_comma(tmp_path: Path):
    path = write(tmp_path / "eu.csv", "date;line;units_produced;labour_cost_php\n"
                 "05/03/2025;Line A;1200;1.234,50\n06/03/2025;Line A;1300;12,5\n")
    frame = data.load_kpi_csv(path)
    assert list(frame["labour_cost_php"]) == [1234.5, 12.5]
    assert list(frame["units_produced"]) == [1200, 1300]


def test_excel_sep_line_and_tabs(tmp_path: Path):
    sep_line = write(tmp_path / "s.csv", "sep=;\n" + daily(GOOD).replace(",", ";"))
    tabs = write(tmp_path / "t.txt", daily(GOOD).replace(",", "\t"))
    assert data.load_kpi_csv(sep_line).loc[0, "units_produced"] == 1200
    assert data.load_kpi_csv(tabs).loc[0, "defects"] == 12


def test_amount_and_count_formats(tmp_path: Path):
    path = write(tmp_path / "n.csv", daily(
        '2025-03-01,A,"1,234","₱12,450.50"', '2025-03-02,A,12.0,"PHP 1,200"',
        '2025-03-03,A, 7 ,1 200.5', "2025-03-04,A,0,P500", "2025-03-05,A,1e3,1200 php",
        header="date,line,units_produced,material_cost_php"))
    frame = data.load_kpi_csv(path)
    assert list(frame["units_produced"]) == [1234, 12, 7, 0, 1000]
    assert list(frame["material_cost_php"]) == [12450.5, 1200.0, 1200.5, 500.0, 1200.0]


def test_xlsx_loads_with_real_dates_numbers_and_serials(tmp_path: Path):
    path = write_xlsx(tmp_path / "kpis.xlsx", [
        ["Date", "Line", "Units Produced", "Material cost (PHP)"],
        [datetime(2025, 3, 5), "Line A", 1200, 12450.5],
        ["06/03/2025", "Line A", "1,300", "₱1,000"],
        [45723, "Line A", 1100.0, 0],
        [None, None, None, None],
    ])
    frame = data.load_kpi_csv(path)
    assert list(frame["date"].dt.strftime("%Y-%m-%d")) == ["2025-03-05", "2025-03-06",
                                                          "2025-03-07"]
    assert list(frame["units_produced"]) == [1200, 1300, 1100]
    assert list(frame["material_cost_php"]) == [12450.5, 1000.0, 0.0]


def test_xlsx_other_sheet_and_missing_sheet(tmp_path: Path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Notes"
    workbook.create_sheet("March").append(["date", "line"])
    workbook["March"].append(["2025-03-05", "Line A"])
    workbook.save(tmp_path / "book.xlsx")
    assert len(data.load_kpi_csv(tmp_path / "book.xlsx", sheet="March")) == 1
    with pytest.raises(DataError, match=re.escape("no sheet 'April'. Its sheets are: 'Notes'")):
        data.load_kpi_csv(tmp_path / "book.xlsx", sheet="April")
    assert len(data.load_kpi_csv(tmp_path / "book.xlsx", sheet=1)) == 1


def test_xlsx_saved_with_a_csv_name_still_loads(tmp_path: Path):
    write_xlsx(tmp_path / "book.xlsx", [["date", "line"], ["2025-03-05", "Line A"]])
    (tmp_path / "book.csv").write_bytes((tmp_path / "book.xlsx").read_bytes())
    assert len(data.load_kpi_csv(tmp_path / "book.csv")) == 1


@pytest.mark.parametrize("kind", ["bytesio_with_name", "name_attribute", "text_io", "bytes",
                                  "upload_entry"])
def test_uploads_load_and_use_the_file_name(kind: str):
    content = daily(GOOD, "2025-03-06,Line A,x,1").encode()
    source: object = {
        "bytesio_with_name": io.BytesIO(content),
        "name_attribute": io.BytesIO(content),
        "text_io": io.StringIO(content.decode()),
        "bytes": content,
        "upload_entry": {"name": "upload.csv", "content": memoryview(content)},
    }[kind]
    if kind == "name_attribute":
        source.name = "/tmp/upload.csv"  # type: ignore[attr-defined]
    name = None if kind in {"name_attribute", "upload_entry"} else "upload.csv"
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(source, name=name)
    assert str(caught.value).startswith("upload.csv: 1 problem found.")
    good = io.BytesIO(daily(GOOD).encode())
    assert data.load_kpi_csv(good, name="upload.csv").loc[0, "units_produced"] == 1200


def test_mixed_date_formats_parse_to_the_same_day(tmp_path: Path):
    dates = ["2025-03-05", "05/03/2025", "5-Mar-2025", "March 5, 2025", "45721",
             "Wednesday, March 5, 2025", "5 Marso 2025", "05.03.25", "2025/03/05",
             "2025-03-05 00:00:00", "5th March 2025"]
    rows = [f'"{value}",Line {i},100,1' for i, value in enumerate(dates)]
    frame = data.load_kpi_csv(write(tmp_path / "d.csv", daily(*rows)))
    assert set(frame["date"]) == {pd.Timestamp("2025-03-05")}
    assert len(frame) == len(dates)


@pytest.mark.parametrize(("values", "dayfirst", "expected_month"), [
    (["05/03/2025"], True, 3),  # nothing decides: the Philippine default, day first
    (["05/03/2025"], False, 5),
    (["05/03/2025", "25/03/2025"], False, 3),  # '25/03' proves day first
    (["05/03/2025", "03/25/2025"], True, 5),  # '03/25' proves month first
])
def test_ambiguous_dates_follow_the_rule(tmp_path: Path, values: list[str], dayfirst: bool,
                                         expected_month: int):
    rows = [f"{value},Line {i},100,1" for i, value in enumerate(values)]
    frame = data.load_kpi_csv(write(tmp_path / "a.csv", daily(*rows)), dayfirst=dayfirst)
    first = frame.loc[frame["line"] == "Line 0", "date"].iloc[0]
    assert first.month == expected_month


def test_timestamps_keep_the_time(tmp_path: Path):
    path = write(tmp_path / "s.csv", daily(
        "2025-03-05 14:00,SEW-01,sewing_machine,garments,2.5,40,3.1,100",
        "05/03/2025 2:30 PM,SEW-02,sewing_machine,garments,2.5,40,3.1,100",
        header=",".join(column.name for column in schema.MACHINE_SENSORS)))
    frame = data.load_kpi_csv(path, columns=schema.MACHINE_SENSORS)
    assert list(frame["timestamp"].dt.strftime("%H:%M")) == ["14:00", "14:30"]


def test_optional_blank_columns_stay_missing(tmp_path: Path):
    columns = (*schema.DAILY_PRODUCTION[:3],
               schema.Column("rejects", schema.COUNT, "pieces", "test", required=False))
    path = write(tmp_path / "o.csv", daily("2025-03-05,garments,Line A,", "2025-03-06,garments,"
                                           "Line A,3", header="date,factory,line,rejects"))
    frame = data.load_kpi_csv(path, columns=columns)
    assert str(frame["rejects"].dtype) == "Int64"
    assert frame["rejects"].isna().sum() == 1


def test_crlf_quotes_and_trailing_blank_rows(tmp_path: Path):
    content = (HEADER + ',note\r\n2025-03-05,"Line A",1200,12,"one, two"\r\n,,,,\r\n,,,,\r\n')
    frame = data.load_kpi_csv(write(tmp_path / "w.csv", content))
    assert len(frame) == 1 and frame.loc[0, "note"] == "one, two"


def test_friendly_errors_is_a_no_op_outside_ipython():
    assert data.friendly_errors() is False


def test_friendly_errors_shows_only_the_message_in_ipython(capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch):
    interactiveshell = pytest.importorskip("IPython.core.interactiveshell")
    InteractiveShell = interactiveshell.InteractiveShell  # noqa: N806

    shell = InteractiveShell.instance()
    monkeypatch.setattr(DataError, "_render_traceback_", None, raising=False)  # removed after
    try:
        assert data.friendly_errors() is True
        capsys.readouterr()
        result = shell.run_cell("from score_helpers import data\n"
                                "data.load_kpi_csv(b'date,line\\n2025-03-05,\\n', name='k.csv')")
        shown = capsys.readouterr().out
    finally:
        InteractiveShell.clear_instance()
    assert isinstance(result.error_in_exec, DataError)
    assert "k.csv: 1 problem found." in shown
    assert "column 'line', row 2: the cell is empty; fill it in." in shown
    assert "Traceback" not in shown and "load_kpi_csv(" not in shown


def test_any_cell_text_gives_a_frame_or_a_data_error():
    """Whatever a participant types in the cells, the loader never fails with another error."""
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    cell = st.one_of(st.text(max_size=10), st.sampled_from(
        ["", "1,234", "₱1", "(5)", "#N/A", "12O", "05/03/2025", "45721", "-", "1e400", "nan"]))

    @hypothesis.settings(max_examples=150, deadline=None,
                         suppress_health_check=list(hypothesis.HealthCheck))
    @hypothesis.given(st.lists(st.lists(cell, max_size=6), max_size=4),
                      st.sampled_from([",", ";", "\t"]))
    def load_any(rows: list[list[str]], delimiter: str) -> None:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter)
        writer.writerows([["date", "line", "units_produced", "material_cost_php", "notes"],
                          *rows])
        try:
            data.load_kpi_csv(io.BytesIO(buffer.getvalue().encode()), name="typed.csv")
        except DataError as error:
            assert str(error).startswith("typed.csv: ")

    load_any()


# --- Several rows per line and day ---------------------------------------------------------

SHIFTS = "Date,Team,Shift,Output,Rejects"


def test_rows_of_one_line_and_day_load_when_a_shift_tells_them_apart(tmp_path: Path):
    path = write(tmp_path / "shifts.csv", daily(
        "2026-01-05,Team 1,Night,100,10", "2026-01-05,Team 1,Day,1000,10",
        "2026-01-06,Team 1,Day,500,5", header=SHIFTS))
    frame = data.load_kpi_csv(path, announce=False)
    assert list(frame["shift"]) == ["Day", "Night", "Day"]        # by line, day, shift
    assert list(frame.loc[frame["shift"] == "Night", "units_produced"]) == [100]


@pytest.mark.parametrize(("header", "rows", "says"), [
    (SHIFTS, ["2026-01-05,Team 1,Day,1000,10", "2026-01-05,Team 1,Day,900,9"],
     "this row is for the same line, day and shift as row 2: 'Team 1', 2026-01-05, 'Day'. "
     "Delete one of the two rows, or add them together into one row."),
    ("Date,Team,Department,Shift,Output",
     ["2026-01-05,Team 1,Sewing,Day,800", "2026-01-05,Team 1,Sewing,Night,700",
      "2026-01-05,Team 1,Sewing,Day,600"],
     "same line, day, department and shift as row 2: 'Team 1', 2026-01-05, 'Sewing', 'Day'."),
    (SHIFTS, ["2026-01-05,Team 1,,1000,10", "2026-01-05,Team 1,,900,9"],
     "same line, day and shift as row 2: 'Team 1', 2026-01-05, ''."),
    ("Date,Team,Output", ["2026-01-05,Team 1,1000", "2026-01-05,Team 1,900"],
     "same line and day as row 2: 'Team 1', 2026-01-05. If the rows are for different "
     "shifts, departments or products, add a column that says which"),
])
def test_rows_the_same_in_line_day_and_every_dimension_are_duplicates(
        tmp_path: Path, header: str, rows: list[str], says: str):
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(write(tmp_path / "dup.csv", daily(*rows, header=header)))
    assert says in str(caught.value)
    assert [p.row for p in caught.value.problems] == [len(rows) + 1]


def test_a_blank_shift_and_a_named_one_are_two_rows(tmp_path: Path):
    path = write(tmp_path / "b.csv", daily("2026-01-05,Team 1,,100,1",
                                           "2026-01-05,Team 1,Day,200,2", header=SHIFTS))
    frame = data.load_kpi_csv(path, announce=False)
    assert frame["shift"].isna().sum() == 1 and len(frame) == 2


def test_an_exact_copy_of_a_row_is_reported_once(tmp_path: Path):
    row = "2026-01-05,Team 1,Day,1000,10"
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(write(tmp_path / "c.csv", daily(row, row, header=SHIFTS)))
    assert [p.kind for p in caught.value.problems] == ["DUPLICATE_ROW"]


def test_the_team_sheets_repeated_department_row_is_named(tmp_path: Path):
    sheet = Path(__file__).parent / "data" / "factory_files" / "garment_team_sheet.csv"
    lines = sheet.read_text(encoding="utf-8").splitlines()
    path = write(tmp_path / "team.csv", "\n".join([*lines, lines[3].replace("966", "965")]))
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    assert (f"row {len(lines) + 1}: this row is for the same line, day and department as "
            "row 4: 'Team 2', 2026-01-05, 'Sewing'.") in str(caught.value)


def test_counts_are_added_up_and_ratios_come_from_the_sums(tmp_path: Path):
    """Downstream, a line's day is the sum of its shifts, and the defect rate is the ratio
    of the sums (20 / 1,100), not the mean of the shifts' rates."""
    from score_helpers import kpi

    path = write(tmp_path / "s.csv", daily(
        "2026-01-05,Team 1,Day,1000,10", "2026-01-05,Team 1,Night,100,10",
        "2026-01-05,Team 2,Day,400,4", header=SHIFTS))
    frame = data.load_kpi_csv(path, announce=False)
    daily_kpis = kpi.qcdms_summary(frame, by="line", period="D").set_index("line")
    assert daily_kpis.loc["Team 1", "units_produced"] == 1100
    assert daily_kpis.loc["Team 1", "defects"] == 20
    assert daily_kpis.loc["Team 1", "defect_rate"] == pytest.approx(20 / 1100)
    night = kpi.qcdms_summary(frame[frame["shift"] == "Night"], by="line", period="D")
    assert night["defect_rate"].tolist() == [pytest.approx(0.1)]
    by_shift = kpi.qcdms_summary(frame, by=["line", "shift"], period="D")
    assert len(by_shift) == 3


# --- Problems grouped by kind --------------------------------------------------------------

def test_a_thousand_repeated_rows_give_one_short_group(tmp_path: Path):
    rows = [f"2025-03-05,Line A,{units},1" for units in range(100, 1239)]
    path = write(tmp_path / "copies.csv", daily(*rows))
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    error = caught.value
    assert len(error.problems) == 1138
    [group] = error.groups()
    assert (group.kind, group.count) == ("DUPLICATE_KEY_SPLIT", 1138)
    assert [(p.column, p.row) for p in group.examples] == [(None, 3), (None, 4), (None, 5)]
    assert group.rows == (3, 4, 5) and "same line and day as row 2" in group.message
    lines = str(error).splitlines()
    assert lines[0] == "copies.csv: 1,138 problems found."
    assert lines[1].startswith("  - row 3: this row is for the same line and day as row 2: "
                               "'Line A', 2025-03-05.")
    assert lines[2] == "    The same problem in 1,137 more rows, such as 4, 5, 6, 7, 8."
    assert lines[3] == FIX_CELLS and len(lines) == 4


def test_groups_keep_each_kind_in_the_order_it_first_appears(tmp_path: Path):
    rows = ["2025-03-05,Line A,12O,1", "2025-03-06,Line A,100,-1", "2025-03-07,Line A,1O,2",
            "2025-03-08,Line A,5%,1", "2025-03-09,Line A,x,1", "2025-03-10,Line A,100,-3"]
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(write(tmp_path / "mixed.csv", daily(*rows)))
    groups = caught.value.groups(limit_examples=2)
    assert [(g.kind, g.count) for g in groups] == [("NOT_WHOLE_NUMBER", 4), ("NEGATIVE", 2)]
    assert [(p.column, p.row) for p in groups[0].examples] == [("units_produced", 2),
                                                               ("units_produced", 4)]
    assert caught.value.groups(limit_examples=0)[0].examples == groups[0].examples[:1]
    message = str(caught.value)
    assert "column 'units_produced', row 2: expected a whole number, found '12O'" in message
    assert "    The same problem in 3 more rows: 4, 5, 6." in message
    assert "column 'defects', row 3: found '-1'" in message    # two: both in full
    assert "column 'defects', row 7: found '-3'" in message


def test_a_kind_in_several_columns_names_each_place():
    problems = [data.Problem("f.csv", column, row, "found 'x'.", kind="NOT_A_NUMBER")
                for column, row in [("a", 2), ("b", 3), ("a", 4), ("b", 5)]]
    assert DataError(problems).groups(limit_examples=4)[0].lines() == [
        "column 'a', row 2: found 'x'.",
        "The same problem in 3 more places: column 'b', row 3; column 'a', row 4; "
        "column 'b', row 5."]
    assert DataError(problems).groups()[0].lines()[1] == (
        "The same problem in 3 more places, such as column 'b', row 3; column 'a', row 4.")


def test_problems_without_a_kind_are_each_their_own_group():
    problems = [data.Problem("f.csv", None, 2, "one thing."),
                data.Problem("f.csv", None, 3, "another thing."),
                data.Problem("f.csv", None, 4, "one thing.")]
    assert [(g.kind, g.count) for g in DataError(problems).groups()] == [
        ("one thing.", 2), ("another thing.", 1)]


def test_a_problem_is_made_the_old_way_and_keeps_its_kind_through_pickle():
    import pickle

    old_way = data.Problem("f.csv", "line", 3, "the cell is empty; fill it in.")
    assert old_way.kind == ""
    assert old_way == data.Problem("f.csv", "line", 3, "the cell is empty; fill it in.",
                                   "EMPTY_TEXT")
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(b"date,line\n2025-03-05,\n", name="k.csv")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert [p.kind for p in copy.problems] == ["EMPTY_TEXT"]
    assert str(copy) == str(caught.value) and type(copy.problems[0].message) is str


def test_each_bad_number_in_one_column_gets_its_own_hint(tmp_path: Path):
    cells = ["12O", "1l0", "5%", "-", "12 pcs", "1.2.3", "#N/A", "abc", "O"]
    rows = [f"2025-03-{day:02d},Line A,{cell},1" for day, cell in enumerate(cells, start=1)]
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(write(tmp_path / "hints.csv", daily(*rows)))
    said = {p.row: p.message for p in caught.value.problems if p.column == "units_produced"}
    assert said == {
        2: "expected a whole number, found '12O' (letter O?).",
        3: "expected a whole number, found '1l0' (letter l or I instead of 1?).",
        4: "expected a whole number, found '5%' (write the number without the % sign).",
        5: "expected a whole number, found '-' (if it means zero, enter 0).",
        6: "expected a whole number, found '12 pcs' (write only the number, without words).",
        7: "expected a whole number, found '1.2.3' (check the commas and dots).",
        8: "found '#N/A', a spreadsheet formula error. Fix the formula, or type the value "
           "in the cell.",
        9: "expected a whole number, found 'abc'.",
        10: "expected a whole number, found 'O'.",
    }
