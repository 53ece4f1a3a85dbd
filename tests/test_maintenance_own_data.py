"""The maintenance simulator on a machine's own sensor export (no browser).

tests/data/factory_files/compressor_sensor_export.csv was written by hand in the shape a
data logger exports: a title line, a blank line, then `Date/Time,Tag,Vib (mm/s),Bearing
Temp (°F),Amps`, two compressors every 15 minutes from 06:00 to 21:45, 11-14 March 2026
(month first, with AM/PM), a few blank readings, the logger off 13:00-13:45 on the 12th
and CMP-02 stopped (0 A) 15:00-16:45 on the 13th. CMP-01's vibration rises slowly; CMP-02
is steady but for one knock (2.14 mm/s at 10:30 on the 12th).

The expectations below were read off the file by hand (spreadsheet rows: the title is
row 1, the column names row 3).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from score_helpers.data import DataError
from score_helpers.widgets.common import uploads
from score_helpers.widgets.maintenance_simulator import MaintenanceSimulator
from score_helpers.widgets.maintenance_simulator import own_data as od
from score_helpers.widgets.maintenance_simulator.own_section import OwnDataSection
from score_helpers.widgets.maintenance_simulator.own_units import unit_of

EXPORT = Path(__file__).parent / "data" / "factory_files" / "compressor_sensor_export.csv"
MAPPING = {"Date/Time": "timestamp", "Tag": "machine_id", "Vib (mm/s)": "vibration_mm_s",
           "Bearing Temp (°F)": "bearing_temp_c", "Amps": "motor_current_a"}
ROW_FIRST_IN_ZONE_C = 278      # 03/13/2026 9:15 AM,CMP-01,1.81,148.4,15.8


def lines() -> list[str]:
    """The export's lines as a spreadsheet numbers its rows (index 0 = row 1)."""
    return EXPORT.read_text(encoding="utf-8").splitlines()


def readings_of(text: str, name: str = "logger.csv") -> od.Readings:
    """A small CSV through the preview, the suggested mapping and the loader."""
    from score_helpers.data import suggestion_for

    content = text.encode("utf-8")
    preview = od.preview_upload(name, content)
    mapping = suggestion_for(preview.headers, od.COLUMNS).mapping
    return od.read_readings(name, content, mapping, preview.header_row)


@pytest.fixture(scope="module")
def readings() -> od.Readings:
    preview = od.preview_upload(EXPORT.name, EXPORT.read_bytes())
    return od.read_readings(EXPORT.name, EXPORT.read_bytes(), MAPPING, preview.header_row)


@pytest.fixture
def section(tmp_path: Path) -> OwnDataSection:
    return OwnDataSection("en", mapping_folder=tmp_path)


# --- mapping -----------------------------------------------------------------------------

def test_the_header_row_below_the_title_is_found_and_every_column_is_suggested(
        section: OwnDataSection) -> None:
    section.load_file(EXPORT.name, EXPORT.read_bytes())
    assert section.mapper is not None
    assert section.mapper.preview.header_row == 3
    assert section.mapper.mapping == MAPPING
    assert section.mapper.problems() == []
    assert "Use these columns" in section.confirm.description


@pytest.mark.parametrize(("header", "name"), [
    ("Vibration (mm/s)", "vibration_mm_s"), ("Vib (in/s)", "vibration_mm_s"),
    ("Vel RMS [mm/s]", "vibration_mm_s"), ("Temp [°C]", "bearing_temp_c"),
    ("Brg Temp (°F)", "bearing_temp_c"), ("Motor Amps", "motor_current_a"),
    ("Load current (A)", "motor_current_a"), ("Date and time", "timestamp"),
    ("Date/Time", "timestamp"), ("Asset", "machine_id")])
def test_logger_headers_map_to_our_columns(header: str, name: str) -> None:
    from score_helpers.data import suggestion_for

    assert suggestion_for([header], od.COLUMNS).mapping == {header: name}


def test_the_date_and_time_and_one_reading_are_needed(section: OwnDataSection) -> None:
    section.load_file(EXPORT.name, EXPORT.read_bytes())
    assert section.mapper is not None
    for header in ("Vib (mm/s)", "Bearing Temp (°F)", "Amps"):
        section.mapper.dropdowns[header].value = ""
    section.confirm_mapping()
    assert "at least one reading" in section.message.value
    assert section.results.layout.display == "none"
    section.mapper.dropdowns["Amps"].value = "motor_current_a"
    section.mapper.dropdowns["Date/Time"].value = ""
    section.confirm_mapping()
    assert "Still needed: Date and time of the reading" in section.message.value


def test_a_confirmed_mapping_is_remembered_for_the_same_columns(tmp_path: Path) -> None:
    first = OwnDataSection("en", mapping_folder=tmp_path)
    first.load_file(EXPORT.name, EXPORT.read_bytes())
    assert first.mapper is not None
    first.mapper.dropdowns["Amps"].value = ""          # the person leaves current out
    first.confirm_mapping()
    assert "Saved" in first.overview.value
    again = OwnDataSection("en", mapping_folder=tmp_path)
    again.load_file("next_week.csv", EXPORT.read_bytes())
    assert again.mapper is not None and again.mapper.from_saved
    assert again.mapper.mapping["Amps"] == ""


# --- units -------------------------------------------------------------------------------

@pytest.mark.parametrize(("header", "column", "status", "written"), [
    ("Vib (mm/s)", "vibration_mm_s", "ours", "mm/s"),
    ("Vib (in/s)", "vibration_mm_s", "converted", "in/s"),
    ("Vibration IPS", "vibration_mm_s", "converted", "in/s"),
    ("Bearing Temp (°F)", "bearing_temp_c", "converted", "°F"),
    ("Temp (deg F)", "bearing_temp_c", "converted", "°F"),
    ("Temp [°C]", "bearing_temp_c", "ours", "°C"),
    ("Amps", "motor_current_a", "ours", "A"),
    ("Vib (g)", "vibration_mm_s", "unknown", "g"),
    ("Temperature", "bearing_temp_c", "none", "")])
def test_the_unit_is_read_from_the_column_name(header: str, column: str, status: str,
                                               written: str) -> None:
    note = unit_of(header, column)
    assert (note.status, note.written) == (status, written)


def test_fahrenheit_becomes_celsius(readings: od.Readings) -> None:
    first = readings.frame.iloc[0]       # row 4: 03/11/2026 6:00 AM,CMP-01,1.00,140.5,15.6
    assert lines()[3].startswith("03/11/2026 6:00 AM,CMP-01,1.00,140.5,")
    assert first["bearing_temp_c"] == pytest.approx((140.5 - 32) * 5 / 9)   # 60.28 °C
    assert first["vibration_mm_s"] == 1.00 and first["motor_current_a"] == 15.6


def test_inches_per_second_become_mm_per_second_and_the_page_says_so(
        section: OwnDataSection) -> None:
    csv = "Time,Vib (in/s)\n2026-03-02 08:15,0.07\n2026-03-02 08:30,0.10\n"
    frame = readings_of(csv).frame
    assert frame["vibration_mm_s"].tolist() == pytest.approx([1.778, 2.54])
    section.load_file("pump.csv", csv.encode())
    section.confirm_mapping()
    assert "converted from in/s to mm/s (1 in/s = 25.4 mm/s)" in section.overview.value
    assert "2.54 mm/s (zone C)" in section.summary.value      # 0.10 in/s, the latest


def test_an_unknown_unit_is_read_as_ours_with_a_note(section: OwnDataSection) -> None:
    csv = "Time,Vib (g)\n2026-03-02 08:15,0.5\n2026-03-02 08:30,0.6\n"
    assert readings_of(csv).frame["vibration_mm_s"].tolist() == [0.5, 0.6]
    section.load_file("pump.csv", csv.encode())
    section.confirm_mapping()
    assert "we do not know the unit &#x27;g&#x27;, so it is read as mm/s" in \
        section.overview.value


# --- zones and alerts, checked by hand against the file ----------------------------------

def test_the_file_is_two_machines_every_15_minutes(readings: od.Readings) -> None:
    assert readings.machines == ("CMP-01", "CMP-02")
    assert readings.interval == pd.Timedelta(minutes=15)
    assert len(readings.frame) == len(lines()) - 3 == 504


def test_cmp01_alerts_three_hours_after_it_first_reaches_zone_c(readings: od.Readings) -> None:
    assert lines()[ROW_FIRST_IN_ZONE_C - 1] == "03/13/2026 9:15 AM,CMP-01,1.81,148.4,15.8"
    found = od.check_readings(readings, 1.8)
    assert found.min_readings == 12            # 3 hours, one reading every 15 minutes
    alert = found.alerts.iloc[0]
    assert list(found.alerts["machine_id"]) == ["CMP-01"]
    assert alert["first_hour"] == pd.Timestamp("2026-03-13 09:15")
    # 9:15 … 12:15 is 12 readings: the blank at 10:30 (row 288) is skipped, not a reset
    assert lines()[287] == "03/13/2026 10:30 AM,CMP-01,,148.1,15.5"
    assert alert["alert_hour"] == pd.Timestamp("2026-03-13 12:15")
    assert (alert["vibration_mm_s"], alert["zone"]) == (1.93, "C")
    crossings = found.crossings.set_index("machine_id")
    assert crossings.loc["CMP-01", "timestamp"] == pd.Timestamp("2026-03-13 09:15")
    assert crossings.loc["CMP-01", "vibration_mm_s"] == 1.81


def test_a_single_knock_reaches_zone_c_but_raises_no_alert(readings: od.Readings) -> None:
    found = od.check_readings(readings, 1.8)
    assert "03/12/2026 10:30 AM,CMP-02,2.14,132.4,15.0" in lines()
    knock = found.crossings.set_index("machine_id").loc["CMP-02"]
    assert (knock["zone"], knock["timestamp"], knock["vibration_mm_s"]) == (
        "C", pd.Timestamp("2026-03-12 10:30"), 2.14)
    summary = found.summary
    assert summary.loc["CMP-02", "alerts"] == 0
    # 252 rows: 8 stopped (0 A) and 1 blank vibration are not running readings
    assert [summary.loc["CMP-02", f"zone_{z}"] for z in "ABCD"] == [0, 242, 1, 0]
    assert [summary.loc["CMP-01", f"zone_{z}"] for z in "ABCD"] == [0, 137, 114, 0]


def test_a_higher_limit_alerts_later_and_a_dip_below_it_starts_the_count_again(
        readings: od.Readings) -> None:
    # At 2.5 mm/s: 6:15 on the 14th reads 2.53 (row 382), 6:30 dips to 2.49 (row 384), and
    # from 6:45 (row 386) every reading is 2.5 or more: the 12th of them is 9:30 (row 408).
    assert [lines()[row - 1] for row in (382, 384, 386, 408)] == [
        "03/14/2026 6:15 AM,CMP-01,2.53,152.1,15.9", "03/14/2026 6:30 AM,CMP-01,2.49,151.9,15.9",
        "03/14/2026 6:45 AM,CMP-01,2.53,151.5,15.9", "03/14/2026 9:30 AM,CMP-01,2.65,152.4,15.6"]
    alerts = od.check_readings(readings, 2.5).alerts
    assert len(alerts) == 1
    assert alerts.iloc[0]["first_hour"] == pd.Timestamp("2026-03-14 06:45")
    assert alerts.iloc[0]["alert_hour"] == pd.Timestamp("2026-03-14 09:30")
    assert alerts.iloc[0]["vibration_mm_s"] == 2.65


def test_the_page_shows_the_files_numbers(section: OwnDataSection) -> None:
    section.load_file(EXPORT.name, EXPORT.read_bytes())
    section.confirm_mapping()
    assert section.message.value == ""
    assert section.results.layout.display == "flex"
    assert "504 readings from 11 Mar 2026, 06:00 to 14 Mar 2026, 21:45" in section.overview.value
    assert "converted from °F to °C" in section.overview.value
    assert "13 Mar 2026, 12:15" in section.alerts.value and "1.93 mm/s (C)" in section.alerts.value
    assert "12 readings, one every 15 minutes" in section.rule.value
    assert "CMP-01 reached zone C" in section.crossings.value
    assert "68.6 °C" in section.summary.value          # 155.5 °F, CMP-01's warmest reading
    assert bytes(section.chart.value).startswith(b"\x89PNG")
    assert list(section.machine.options) == ["CMP-01", "CMP-02"]
    section.threshold.value = 2.5
    assert "14 Mar 2026, 09:30" in section.alerts.value
    assert "ISO 10816 zone C" in section.zone.value
    picture = section.chart.value
    section.machine.value = "CMP-02"
    assert section.chart.value != picture


def test_the_page_in_filipino(tmp_path: Path) -> None:
    section = OwnDataSection("fil", mapping_folder=tmp_path)
    section.load_file(EXPORT.name, EXPORT.read_bytes())
    assert section.mapper is not None and "Aling column ang alin?" in str(
        section.mapper.widget.children[0].value)
    section.confirm_mapping()
    assert "504 na reading mula" in section.overview.value
    assert "ginawang °C mula °F" in section.overview.value
    assert "Mga alert habang lumalabas (1)" in section.alerts.value
    assert "Umabot ang CMP-01 sa zone C" in section.crossings.value


def test_an_excel_export_gives_the_same_alerts(readings: od.Readings, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for line in lines():
        sheet.append(line.split(",") if line else [])
    buffer = io.BytesIO()
    book.save(buffer)
    preview = od.preview_upload("export.xlsx", buffer.getvalue())
    from_excel = od.read_readings("export.xlsx", buffer.getvalue(), MAPPING, preview.header_row)
    pd.testing.assert_frame_equal(od.check_readings(from_excel).alerts,
                                  od.check_readings(readings).alerts)


def test_a_file_without_vibration_shows_its_readings_without_alerts(
        section: OwnDataSection) -> None:
    section.load_file("oven_fan.csv", b"Time,Temp (F)\n2026-03-02 08:15,150\n"
                                      b"2026-03-02 08:30,152\n")
    section.confirm_mapping()
    assert "no vibration column" in section.rule.value
    assert section.alerts.value == "" and section.threshold.layout.display == "none"
    assert "66.7 °C" in section.summary.value
    assert bytes(section.chart.value).startswith(b"\x89PNG")


# --- friendly errors ---------------------------------------------------------------------

def test_a_bad_cell_names_the_file_column_and_row(section: OwnDataSection) -> None:
    broken = EXPORT.read_bytes().replace(b"9:15 AM,CMP-01,1.81", b"9:15 AM,CMP-01,1.8l")
    with pytest.raises(DataError) as error:
        od.read_readings("export.csv", broken, MAPPING, 3)
    assert (error.value.problems[0].column, error.value.problems[0].row) == (
        "Vib (mm/s)", ROW_FIRST_IN_ZONE_C)
    section.load_file("export.csv", broken)
    section.confirm_mapping()
    shown = section.message.value
    assert "We could not read export.csv" in shown
    assert "&#x27;Vib (mm/s)&#x27;, row 278" in shown
    assert "Traceback" not in shown and section.results.layout.display == "none"


def test_too_big_and_not_a_spreadsheet_are_plain_messages(section: OwnDataSection) -> None:
    section.load_file("huge.csv", b"x" * (uploads.MAX_UPLOAD_BYTES + 1))
    assert "huge.csv is 10.0 MB; the app takes files up to 10 MB" in section.message.value
    assert section.mapper is None
    section.load_file("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00binary")
    assert "We could not read photo.csv" in section.message.value


def test_an_upload_through_the_widget_reaches_the_mapping_step(
        section: OwnDataSection) -> None:
    content = EXPORT.read_bytes()
    section.upload.value = ({"name": EXPORT.name, "type": "text/csv", "size": len(content),
                             "content": memoryview(content),
                             "last_modified": datetime(2026, 3, 15, tzinfo=UTC)},)
    assert section.mapper is not None and section.mapper.mapping == MAPPING
    assert section.upload.value == ()


def test_machine_names_from_the_file_are_escaped(section: OwnDataSection) -> None:
    section.load_file("x.csv", b"Time,Machine,Vibration (mm/s)\n2026-03-02 08:15,<b>M1</b>,"
                               b"1.0\n")
    section.confirm_mapping()
    assert "<b>M1</b>" not in section.summary.value
    assert "&lt;b&gt;M1&lt;/b&gt;" in section.summary.value


def test_the_app_shows_the_section_below_the_simulator() -> None:
    app = MaintenanceSimulator(lang="en", background=False)
    assert app.widget.children[-1] is app.own.widget
    assert "Your machine&#x27;s data" in app.own.widget.children[0].value or \
        "Your machine's data" in app.own.widget.children[0].value
