"""The safety triage app imports a factory's own incident / near-miss register: the register
(tests/data/factory_files/incident_register.xlsx, written by hand in a safety officer's
shape: merged titles, a blank row, English, Tagalog and Taglish reports, typos, all caps,
blank cells) is mapped, triaged in bulk, checked by a person in a table, and only the
reports the person confirms reach the log (SCORE_SAFETY_LOG in tmp_path)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pytest

from score_helpers import data
from score_helpers.safety import log as safety_log
from score_helpers.safety import register
from score_helpers.safety.triage import CATEGORIES, train_triage
from score_helpers.widgets.common import uploads
from score_helpers.widgets.common.column_mapper import ColumnMapper
from score_helpers.widgets.safety_triage import SafetyTriage
from score_helpers.widgets.safety_triage.register_table import PAGE_SIZE, ReviewTable

REGISTER = Path(__file__).parent / "data" / "factory_files" / "incident_register.xlsx"
REPORTS_WITH_TEXT = 32            # No. 1–32; No. 33–35 are numbered but empty
REPORTERS = ("R. Santos", "Jun Reyes", "Maricel D.", "A. Cruz")


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "safety_log.csv"
    monkeypatch.setenv("SCORE_SAFETY_LOG", str(path))
    return path


@pytest.fixture
def app(log_path: Path) -> SafetyTriage:
    built = SafetyTriage("en", background=False)
    assert built.log_path == log_path
    return built


def upload(app: SafetyTriage, content: bytes | None = None, name: str = REGISTER.name) -> None:
    """Give the file to the app and confirm the suggested columns."""
    app.importer.open_file(name, REGISTER.read_bytes() if content is None else content)
    app.importer.use_columns.click()


def each_slot(table: ReviewTable):
    """Every shown line of every page, page by page (the table ends on its last page)."""
    table.show_page(0)
    while True:
        yield from (slot for slot in table.slots if slot["add"].layout.display is None)
        if table.next.disabled:
            return
        table.next.click()


def choose_missing_types(table: ReviewTable, kind: str = "first_aid") -> None:
    for slot in each_slot(table):
        if slot["type"].value == "":
            slot["type"].value = kind


def csv_register(rows: list[dict[str, str]]) -> bytes:
    """A register as a hostile or careless CSV file would hold it (cells as typed)."""
    return pd.DataFrame(rows).to_csv(index=False).encode("utf-8")


# ---- the file and its columns ------------------------------------------------------------

def test_the_registers_headers_are_found_below_the_titles_and_mapped() -> None:
    preview = data.preview_file(REGISTER, register.REGISTER_COLUMNS)
    assert preview.header_row == 4, "two merged titles and a blank row come first"
    mapping = data.suggestion_for(preview.headers, register.REGISTER_COLUMNS).mapping
    assert mapping == {"No.": "report_id", "Date": "date", "Area": "line",
                       "Type (Near miss / Incident)": "report_type",
                       "What happened": "description", "Reported by": "reported_by"}
    mapper = ColumnMapper(register.private_preview(preview), register.REGISTER_COLUMNS,
                          required=register.REQUIRED, lang="fil")
    assert mapper.problems() == [] and mapper.mapping["Action taken"] == ""


def test_the_mapping_step_shows_no_reporters_name() -> None:
    preview = register.private_preview(data.preview_file(REGISTER, register.REGISTER_COLUMNS))
    shown = " ".join(value for values in preview.samples.values() for value in values)
    assert preview.samples["Reported by"] == ("[NAME]",) * 3
    assert not any(name in shown for name in REPORTERS)
    assert "nadulas sa basang sahig" in shown, "the other columns keep their examples"


def test_without_the_report_text_column_the_mapping_is_not_done(app: SafetyTriage) -> None:
    app.importer.open_file(REGISTER.name, REGISTER.read_bytes())
    app.importer.mapper.dropdowns["What happened"].value = ""
    app.importer.use_columns.click()
    assert "Still needed: What happened" in app.importer.mapper.status.value
    assert app.importer.table is None and not app.log_path.exists()


# ---- triage in bulk ------------------------------------------------------------------------

def test_bulk_triage_gives_one_suggestion_per_report() -> None:
    model = train_triage()
    preview = data.preview_file(REGISTER, register.REGISTER_COLUMNS)
    frame = register.read_register(REGISTER, header_row=preview.header_row)
    triaged = register.triage_register(frame, model)
    assert len(triaged.rows) == REPORTS_WITH_TEXT
    assert triaged.blank == ("33", "34", "35")
    assert [row.number for row in triaged.rows] == [str(n) for n in range(1, 33)]
    for row in triaged.rows:
        assert row.triage.category in CATEGORIES
        assert row.triage == model.classify(row.description), "the same as one at a time"
    typed_date = next(row for row in triaged.rows if row.number == "11")
    assert typed_date.date.isoformat() == "2026-02-19", "'19/02/2026' typed as text"
    blank_type = next(row for row in triaged.rows if row.number == "21")
    assert (blank_type.register_type, blank_type.report_type, blank_type.line) == ("", "", "")


@pytest.mark.parametrize(("written", "kind"), [
    ("Near miss", "near_miss"), ("NEAR MISS", "near_miss"), ("near-miss", "near_miss"),
    ("Muntikan", "near_miss"), ("First Aid", "first_aid"), ("LTI", "lost_time"),
    ("Medical treatment", "recordable"), ("Incident", ""), ("Aksidente", ""), ("", ""),
    (None, ""),
])
def test_the_registers_type_is_read_only_when_it_is_clear(written: object, kind: str) -> None:
    assert register.report_type_guess(written) == kind


def test_names_in_the_texts_are_replaced_and_reporters_never_reach_the_log(
        app: SafetyTriage) -> None:
    upload(app)
    table = app.importer.table
    kuya = next(row for row in table.rows if row.number == "17")
    assert "Kuya Ben" not in kuya.description and "[NAME]" in kuya.description
    assert "replaced by [NAME]" in app.importer.notes.value
    choose_missing_types(table)
    app.importer.add_button.click()
    written = app.log_path.read_text(encoding="utf-8-sig")
    assert not any(name in written for name in (*REPORTERS, "Kuya Ben"))


# ---- the person confirms -------------------------------------------------------------------

def test_nothing_is_written_before_the_person_confirms(app: SafetyTriage) -> None:
    upload(app)
    table = app.importer.table
    assert table is not None and len(table.rows) == REPORTS_WITH_TEXT
    assert "AI suggests, people decide" in app.importer.widget.children[0].value
    assert not app.log_path.exists()
    app.importer.add_button.click()            # "Incident" rows have no type yet
    message = app.importer.add_message.value
    assert "Choose the type" in message and "No. 3, 4, 7" in message
    assert not app.log_path.exists()


def test_confirming_adds_exactly_the_confirmed_rows(app: SafetyTriage) -> None:
    upload(app)
    table = app.importer.table
    first = table.slots[0]
    suggested = table.rows[0].triage.category
    changed = next(c for c in CATEGORIES if c != suggested)
    first["category"].value = changed
    table.slots[1]["add"].value = False                            # No. 2 is left out
    choose_missing_types(table, "first_aid")
    assert app.importer.add_button.description.endswith(f"({REPORTS_WITH_TEXT - 1})")
    app.importer.add_button.click()
    assert "Added to the log: 31. Left out: 1." in app.importer.message.value

    log = safety_log.read_log(app.log_path)
    assert len(log) == REPORTS_WITH_TEXT - 1
    kept = [row for row in table.rows if row.number != "2"]
    assert log["description"].tolist() == [row.description for row in kept]
    assert "MUNTIKAN MATAMAAN NG FORKLIFT" not in " ".join(log["description"])
    assert (log.iloc[0]["hazard_category"], log.iloc[0]["suggested_category"]) == (
        changed, suggested)
    incident = log[log["description"] == "napaso sa steam iron"].iloc[0]
    assert (incident["report_type"], incident["line"]) == ("first_aid", "Pressing")
    assert incident["date"] == pd.Timestamp("2026-01-20")
    assert "safety-reports'>" in app.summary.value and app.importer.table is None


def test_a_change_on_the_second_page_is_kept(app: SafetyTriage) -> None:
    upload(app)
    table = app.importer.table
    table.next.click()
    assert "21–32 of 32" in table.where.value
    table.slots[0]["add"].value = False                            # No. 21
    table.show_page(0)
    table.show_page(1)
    assert table.slots[0]["add"].value is False
    assert table.slots[REPORTS_WITH_TEXT - PAGE_SIZE]["add"].layout.display == "none"
    choose_missing_types(table)
    app.importer.add_button.click()
    log = safety_log.read_log(app.log_path)
    assert "no earplugs sa cutting area, sobrang ingay" not in log["description"].tolist()
    assert len(log) == REPORTS_WITH_TEXT - 1


def test_a_register_imported_again_is_not_added_twice(app: SafetyTriage) -> None:
    upload(app)
    choose_missing_types(app.importer.table)
    app.importer.add_button.click()
    upload(app)
    table = app.importer.table
    assert not any(table.ticked) and all(row.in_log for row in table.rows)
    assert "Already in the log" in app.importer.notes.value
    app.importer.add_button.click()
    assert "No report is ticked" in app.importer.add_message.value
    assert len(safety_log.read_log(app.log_path)) == REPORTS_WITH_TEXT


# ---- untrusted files -----------------------------------------------------------------------

def test_formula_like_reports_are_neutralised_in_the_log(app: SafetyTriage) -> None:
    reports = ['=HYPERLINK("http://example.invalid","click")', "+nadulas sa hagdan, basa",
               "-muntik maipit sa conveyor", "@SUM(1+1) napaso sa boiler"]
    rows = [{"Date": "03/02/2026", "Type": "Near miss", "What happened": words}
            for words in reports]
    upload(app, csv_register(rows), name="register.csv")
    app.importer.add_button.click()
    raw = app.log_path.read_text(encoding="utf-8-sig")
    for words in reports:
        assert f"'{words[:8]}" in raw.replace('""', '"'), words
    assert "\n=" not in raw and ",=" not in raw and ",+" not in raw
    assert safety_log.read_log(app.log_path)["description"].tolist() == reports


def test_an_unreadable_date_names_the_cell(app: SafetyTriage) -> None:
    rows = [{"Date": "31/31/2026", "What happened": "nadulas sa cutting"}]
    upload(app, csv_register(rows), name="register.csv")
    message = app.importer.message.value
    assert "register.csv could not be read" in message and "row 2" in message
    assert app.importer.table is None and not app.log_path.exists()


def test_a_file_over_the_upload_limit_is_refused_unread(app: SafetyTriage) -> None:
    app.importer.open_file("big.csv", b"x" * (uploads.MAX_UPLOAD_BYTES + 1))
    assert "big.csv is 10.0 MB, more than 10 MB" in app.importer.message.value
    assert app.importer.mapper is None


def test_a_row_with_a_future_date_stops_the_whole_add(app: SafetyTriage) -> None:
    rows = [{"Date": "03/02/2026", "Type": "Near miss", "What happened": words}
            for words in ("nadulas", "napaso")]
    upload(app, csv_register(rows), name="register.csv")
    later = dt.date.today() + dt.timedelta(days=30)
    app.importer.table.slots[1]["date"].value = later           # a slip in the date picker
    app.importer.add_button.click()
    assert f"No. 2: date {later.isoformat()} is in the future" in app.importer.add_message.value
    assert not app.log_path.exists(), "all or nothing"


def test_the_import_speaks_filipino(log_path: Path) -> None:
    app = SafetyTriage("fil", background=False)
    upload(app)
    assert "AI ang nagmumungkahi, tao ang nagpapasya" in app.importer.widget.children[0].value
    assert "Suriin ang bawat report" in app.importer.review_box.children[0].value
    assert app.importer.table.slots[2]["type"].label == "Pumili…"
    assert app.importer.add_button.description.startswith("Idagdag sa log")


def test_the_register_bytes_can_come_from_a_file_object() -> None:
    frame = register.read_register(io.BytesIO(REGISTER.read_bytes()), name=REGISTER.name,
                                   header_row=4)
    assert frame["description"].notna().sum() == REPORTS_WITH_TEXT
