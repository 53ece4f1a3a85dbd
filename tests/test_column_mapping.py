"""A factory's own column names: the suggested mapping, the other names factories use
(English and Filipino), typing slips, ties, a mapping given by hand, mappings saved beside
the data, the one-line note of what was used, and a header row below a title."""

from __future__ import annotations

import io
import json
import os
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from score_helpers import data
from score_helpers.data import DataError, column_mapping

FILES = Path(__file__).parent / "data" / "factory_files"
GARMENT = FILES / "garment_team_sheet.csv"
FOOD = FILES / "food_shift_log.csv"

GARMENT_MAPPING = {
    "Date": "date",
    "Team": "line",
    "Department": "department",
    "SMV": "smv",
    "No. of Workers": "headcount",
    "Targeted Productivity": "target_productivity",
    "Actual Productivity": "actual_productivity",
    "Output (pcs)": "units_produced",
    "Over Time (min)": "overtime_minutes",
    "Idle Time": "idle_minutes",
    "Idle Men": "idle_workers",
    "WIP": "wip",
    "No. of Style Change": "style_changes",
}
FOOD_MAPPING = {
    "Petsa": "date",
    "Linya": "line",
    "Shift": "shift",
    "Nagawa (pcs)": "units_produced",
    "Sira": "defects",
    "Tapon": "units_scrapped",
    "Manggagawa": "headcount",
    "Lumiban": "days_absent",
    "OT (hrs)": "overtime_hours",
    "Aksidente": "incidents",
}


def csv_file(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def upload(*lines: str) -> io.BytesIO:
    return io.BytesIO(("\n".join(lines) + "\n").encode("utf-8"))


# --- The two factory files -----------------------------------------------------------------

def test_the_garment_team_sheet_is_mapped_column_by_column() -> None:
    assert data.suggest_mapping(GARMENT) == GARMENT_MAPPING
    assert list(data.suggest_mapping(GARMENT)) == list(GARMENT_MAPPING)   # the file's order


def test_the_food_shift_log_with_filipino_headers_is_mapped() -> None:
    assert data.suggest_mapping(FOOD) == FOOD_MAPPING


@pytest.mark.parametrize(("path", "mapping", "dimension", "rows_per_day"),
                         [(GARMENT, GARMENT_MAPPING, "department", 2),
                          (FOOD, FOOD_MAPPING, "shift", 2)])
def test_both_files_load_with_several_rows_per_line_and_day(
        path: Path, mapping: dict[str, str], dimension: str, rows_per_day: int,
        capsys: pytest.CaptureFixture[str]) -> None:
    frame = data.load_kpi_csv(path)
    assert set(mapping.values()) <= set(frame.columns)
    assert frame.groupby(["line", "date"]).size().eq(rows_per_day).all()
    assert frame[dimension].nunique() == 2                # kept, so it can be filtered
    assert frame.attrs["column_mapping"] == mapping
    note = capsys.readouterr().out
    assert note.count("\n") == 1 and note.strip() == frame.attrs["mapping_note"]
    assert frame.attrs["mapping_note"].startswith("Columns used: ")


def test_the_food_log_reads_its_dates_day_first() -> None:
    frame = data.load_kpi_csv(FOOD, announce=False)
    assert frame["date"].min() == datetime(2026, 2, 2)
    assert frame["date"].max() == datetime(2026, 2, 27)


# --- Other names, English and Filipino -------------------------------------------------------

@pytest.mark.parametrize(("header", "name"), [
    ("Team", "line"), ("Linya", "line"), ("Group", "line"), ("Line No.", "line"),
    ("Output", "units_produced"), ("Qty", "units_produced"), ("Pcs", "units_produced"),
    ("Nagawa (pcs)", "units_produced"), ("Total Output", "units_produced"),
    ("Rejects", "defects"), ("Sira", "defects"), ("Reject Qty", "defects"), ("NG", "defects"),
    ("Petsa", "date"), ("Production Date", "date"),
    ("No. of Workers", "headcount"), ("Manggagawa", "headcount"), ("Manpower", "headcount"),
    ("Tapon", "units_scrapped"), ("Lumiban", "days_absent"), ("Aksidente", "incidents"),
    ("OT (hrs)", "overtime_hours"), ("Style", "product"), ("Dept", "department"),
    ("Turno", "shift"), ("SAM", "smv"), ("Target", "target_units"),
])
def test_other_names_are_suggested_and_loaded(header: str, name: str) -> None:
    headers = [header, "Team"] if name == "date" else ["Date", header]
    assert data.suggestion_for(headers).mapping[header] == name
    value = {"date": "2026-01-05", "line": "Team 1", "product": "Polo",
             "department": "Sewing", "shift": "Day", "smv": "12.5"}.get(name, "3")
    row = [value, "Team 1"] if name == "date" else ["2026-01-05", value]
    frame = data.load_kpi_csv(upload(",".join(headers), ",".join(row)), name="mine.csv",
                              required=["date"], announce=False)
    assert name in frame.columns and header not in frame.columns
    assert frame.attrs["column_mapping"][header] == name


def test_a_name_that_is_ours_is_not_announced(capsys: pytest.CaptureFixture[str]) -> None:
    frame = data.load_kpi_csv(upload("date,line,units_produced", "2026-01-05,A,10"),
                              name="ours.csv")
    assert capsys.readouterr().out == ""
    assert frame.attrs["mapping_note"] == ""
    assert frame.attrs["column_mapping"] == {"date": "date", "line": "line",
                                             "units_produced": "units_produced"}


def test_announce_false_keeps_the_note_but_prints_nothing(
        capsys: pytest.CaptureFixture[str]) -> None:
    frame = data.load_kpi_csv(upload("Petsa,Linya,Nagawa", "2026-01-05,A,10"), name="a.csv",
                              announce=False)
    assert capsys.readouterr().out == ""
    assert frame.attrs["mapping_note"] == ("Columns used: 'Petsa' as date, 'Linya' as line, "
                                           "'Nagawa' as units_produced.")


# --- Typing slips: suggested, never applied silently ----------------------------------------

def test_typing_slips_are_suggested_but_the_loader_asks(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "slips.csv", "Date,Team,Ouput,Rejcts", "2026-01-05,A,100,2")
    assert data.suggest_mapping(path) == {"Date": "date", "Team": "line",
                                          "Ouput": "units_produced", "Rejcts": "defects"}
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    message = str(caught.value)
    assert "column 'Ouput': this is not a known column; did you mean 'output'" in message
    assert "column 'Rejcts': this is not a known column; did you mean 'rejects'" in message
    assert "(read as 'defects')" in message
    assert {p.kind for p in caught.value.problems} == {"UNKNOWN_COLUMN_SYNONYM"}
    # confirmed by hand, the same file loads
    frame = data.load_kpi_csv(path, mapping=data.suggest_mapping(path), announce=False)
    assert frame.loc[0, "defects"] == 2 and frame.loc[0, "units_produced"] == 100


def test_a_slip_of_our_own_name_is_asked_too(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "slip.csv", "date,line,units_prodused", "2026-01-05,A,100")
    assert data.suggest_mapping(path)["units_prodused"] == "units_produced"
    with pytest.raises(DataError, match="did you mean 'units_produced'"):
        data.load_kpi_csv(path)


def test_a_column_we_do_not_know_is_kept_as_it_is() -> None:
    frame = data.load_kpi_csv(upload("Date,Team,Output,Supervisor", "2026-01-05,A,9,Ana"),
                              name="x.csv", announce=False)
    assert frame.loc[0, "Supervisor"] == "Ana"


# --- Ties: two headers that could both be one column ------------------------------------------

def test_team_and_group_are_both_line_so_the_loader_asks_which() -> None:
    lines = ("Date,Team,Group,Output", "2026-01-05,Team 1,G1,100")
    suggestion = data.suggestion_for(lines[0].split(","))
    assert suggestion.ambiguous == {"line": ("Team", "Group")}
    assert not suggestion.unambiguous
    assert "Team" not in suggestion.mapping and "Group" not in suggestion.mapping
    assert data.suggest_mapping(upload(*lines), name="t.csv") == {
        "Date": "date", "Output": "units_produced"}
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(upload(*lines), name="t.csv")
    message = str(caught.value)
    assert "'Team', 'Group' could all be 'line'" in message
    assert message.splitlines()[-1] == "Change the column mapping and load the file again."
    assert caught.value.problems[0].kind == "AMBIGUOUS_COLUMN"
    frame = data.load_kpi_csv(upload(*lines), name="t.csv", announce=False,
                              mapping={"Team": "line", "Group": "", "Output": "units_produced"})
    assert frame.loc[0, "line"] == "Team 1" and frame.loc[0, "Group"] == "G1"


def test_our_own_name_beats_another_name() -> None:
    suggestion = data.suggestion_for(["date", "line", "Team", "Output"])
    assert suggestion.mapping == {"date": "date", "line": "line", "Output": "units_produced"}
    assert suggestion.unambiguous


def test_a_header_with_two_meanings_takes_the_free_one() -> None:
    # 'Area' is another name of department and of line; 'Team' already is the line.
    assert data.suggestion_for(["Date", "Team", "Area"]).mapping == {
        "Date": "date", "Team": "line", "Area": "department"}


# --- A mapping given by hand ------------------------------------------------------------------

MINE = ("Date,Team,Output", "2026-01-05,Team 1,100")


@pytest.mark.parametrize(("mapping", "says", "kind"), [
    ({"Teams": "line"}, "names the column 'Teams', but the file has no column with that name",
     "MAPPING_NO_SUCH_HEADER"),
    ({"Team": "lines"}, "column 'Team': the column mapping uses 'lines', which is not a column",
     "MAPPING_UNKNOWN_NAME"),
    ({"Team": "line", "Output": "line"}, "'Team', 'Output' are all mapped to 'line'",
     "MAPPING_SAME_TARGET"),
])
def test_a_wrong_mapping_names_what_is_wrong(mapping: dict[str, str], says: str,
                                             kind: str) -> None:
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(upload(*MINE), name="mine.csv", mapping=mapping)
    assert says in str(caught.value)
    assert "Change the column mapping" in str(caught.value)
    assert [p.kind for p in caught.value.problems] == [kind]


def test_a_given_mapping_wins_over_the_suggestion() -> None:
    frame = data.load_kpi_csv(upload("Date,Team,Output,Qty", "2026-01-05,A,100,90"),
                              name="m.csv", announce=False,
                              mapping={"Team": "line", "Qty": "units_produced", "Output": ""})
    assert frame.loc[0, "units_produced"] == 90 and frame.loc[0, "Output"] == "100"


# --- Saved mappings ---------------------------------------------------------------------------

TIED = ("Date,Team,Group,Output", "2026-01-05,Team 1,G1,100")
CHOSEN = {"Date": "date", "Team": "", "Group": "line", "Output": "units_produced"}


def test_a_saved_mapping_comes_back_for_the_same_headers_in_any_order(tmp_path: Path) -> None:
    written = data.save_mapping(CHOSEN, list(CHOSEN), tmp_path)
    assert written == tmp_path / column_mapping.MAPPINGS_FILE
    assert data.saved_mapping(["Output", "Group", "Date", "Team"], tmp_path) == CHOSEN
    assert data.saved_mapping(["OUTPUT", "group", "Date", "Team"], tmp_path) == {
        "Date": "date", "Team": "", "group": "line", "OUTPUT": "units_produced"}
    assert data.saved_mapping(["Date", "Team", "Output"], tmp_path) is None
    assert data.saved_mapping(list(CHOSEN), tmp_path / "elsewhere") is None


def test_another_file_with_the_same_headers_reuses_the_saved_mapping(tmp_path: Path) -> None:
    january = csv_file(tmp_path / "january.csv", *TIED)
    with pytest.raises(DataError, match="could all be 'line'"):
        data.load_kpi_csv(january)
    data.save_mapping(CHOSEN, data.preview_file(january).headers, january)  # beside the file
    february = csv_file(tmp_path / "february.csv", "Group,Output,Team,Date",
                        "G2,120,Team 2,2026-02-02")
    frame = data.load_kpi_csv(february, announce=False)
    assert frame.loc[0, "line"] == "G2" and frame.attrs["column_mapping"]["Group"] == "line"
    # an upload has no folder: it uses the one given
    frame = data.load_kpi_csv(upload(*TIED), name="up.csv", mapping_folder=tmp_path,
                              announce=False)
    assert frame.loc[0, "line"] == "G1"
    with pytest.raises(DataError, match="could all be 'line'"):
        data.load_kpi_csv(upload(*TIED), name="up.csv")


def test_saving_again_replaces_the_mapping_for_those_headers(tmp_path: Path) -> None:
    data.save_mapping(CHOSEN, list(CHOSEN), tmp_path)
    data.save_mapping({**CHOSEN, "Team": "line", "Group": ""}, list(CHOSEN), tmp_path)
    data.save_mapping({"a": "line"}, ["a", "b"], tmp_path)
    entries = json.loads((tmp_path / column_mapping.MAPPINGS_FILE).read_text("utf-8"))
    assert len(entries) == 2
    assert data.saved_mapping(list(CHOSEN), tmp_path)["Team"] == "line"


def test_a_saved_mapping_for_other_columns_is_ignored(tmp_path: Path) -> None:
    data.save_mapping({"Team": "report_id"}, list(CHOSEN), tmp_path)
    with pytest.raises(DataError, match="could all be 'line'"):   # not 'not a column'
        data.load_kpi_csv(upload(*TIED), name="up.csv", mapping_folder=tmp_path)


def _oversized(path: Path) -> None:
    entry = {"signature": "date|group|output|team", "headers": list(CHOSEN), "mapping": CHOSEN}
    padding = "x" * (column_mapping.MAX_MAPPINGS_BYTES + 10)
    path.write_text(json.dumps([entry, {"padding": padding}]), encoding="utf-8")


DAMAGED = {
    "not_json": lambda path: path.write_text("{not json", encoding="utf-8"),
    "not_utf8": lambda path: path.write_bytes(b"\xff\xfe\x00garbage\x81"),
    "too_deep": lambda path: path.write_text("[" * 200_000, encoding="utf-8"),
    "an_object": lambda path: path.write_text('{"mapping": {}}', encoding="utf-8"),
    "strings": lambda path: path.write_text('["a", "b"]', encoding="utf-8"),
    "numbers_in_mapping": lambda path: path.write_text(json.dumps(
        [{"signature": "date|group|output|team", "mapping": {"Team": 5, "Group": None}}]),
        encoding="utf-8"),
    "a_folder": lambda path: path.mkdir(),
    "oversized": _oversized,
}


@pytest.mark.parametrize("make", list(DAMAGED.values()), ids=list(DAMAGED))
def test_a_damaged_or_foreign_mappings_file_is_ignored(tmp_path: Path, make) -> None:
    mappings = tmp_path / column_mapping.MAPPINGS_FILE
    make(mappings)
    assert data.saved_mapping(list(CHOSEN), tmp_path) is None
    with pytest.raises(DataError, match="could all be 'line'"):   # the usual suggestion
        data.load_kpi_csv(csv_file(tmp_path / "k.csv", *TIED))
    frame = data.load_kpi_csv(csv_file(tmp_path / "ok.csv", *MINE), announce=False)
    assert frame.loc[0, "line"] == "Team 1"
    if not mappings.is_dir():   # saving replaces what could not be read
        data.save_mapping(CHOSEN, list(CHOSEN), tmp_path)
        assert data.saved_mapping(list(CHOSEN), tmp_path) == CHOSEN


# --- A header row below a title -----------------------------------------------------------

def test_the_header_row_below_a_merged_title_in_excel_is_found(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"] = "DAILY OUTPUT REPORT, SEWING · JANUARY 2026"
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "Prepared by: QA"
    sheet.merge_cells("A2:C2")
    sheet.append([])
    sheet.append(["Date", "Team", "Shift", "Output", "Rejects", "Remarks"])
    sheet.append([datetime(2026, 1, 5), "Team 1", "Day", 800, 12, ""])
    sheet.append([datetime(2026, 1, 5), "Team 1", "Night", 700, 9, "short of thread"])
    path = tmp_path / "report.xlsx"
    workbook.save(path)

    preview = data.preview_file(path)
    assert preview.header_row == 4
    assert preview.headers == ("Date", "Team", "Shift", "Output", "Rejects", "Remarks")
    assert preview.samples["Output"] == ("800", "700") and preview.rows == 2
    assert data.suggest_mapping(path) == {"Date": "date", "Team": "line", "Shift": "shift",
                                          "Output": "units_produced", "Rejects": "defects"}
    frame = data.load_kpi_csv(path, announce=False)
    assert list(frame["shift"]) == ["Day", "Night"] and list(frame["defects"]) == [12, 9]

    sheet["E6"] = "9O"        # a slip in the sheet's row 6: the message says row 6
    workbook.save(path)
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(path)
    assert [(p.column, p.row) for p in caught.value.problems] == [("Rejects", 6)]


def test_the_header_row_can_be_given(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "h.csv", "Month: January,Line: all,Shift: both,QA",
                    "Date,Team,Output", "2026-01-05,A,10")
    frame = data.load_kpi_csv(path, header_row=2, announce=False)
    assert frame.loc[0, "units_produced"] == 10
    assert data.preview_file(path, header_row=2).headers == ("Date", "Team", "Output")


def test_the_mappings_file_can_be_named_by_a_data_file(tmp_path: Path) -> None:
    target = tmp_path / "kpis.xlsx"
    assert data.save_mapping({"A": "line"}, ["A"], target) == (
        tmp_path / column_mapping.MAPPINGS_FILE)
    assert data.saved_mapping(["A"], os.fspath(target)) == {"A": "line"}


def test_only_the_latest_mappings_are_kept(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(column_mapping, "MAX_SAVED", 3)
    for number in range(5):
        data.save_mapping({f"h{number}": "line"}, [f"h{number}"], tmp_path)
    assert data.saved_mapping(["h0"], tmp_path) is None
    assert [data.saved_mapping([f"h{n}"], tmp_path) for n in (2, 3, 4)] == [
        {"h2": "line"}, {"h3": "line"}, {"h4": "line"}]
