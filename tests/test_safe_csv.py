"""Every CSV the project writes goes through data.safe_csv: no cell runs as a formula.

OWASP "CSV Injection": a text cell starting with = + - @, tab or carriage return gets a
leading single quote. The test over all exports feeds each exporter the classic payloads
and reads the file it wrote; readers of our own files get the text back as it was.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from score_helpers import data
from score_helpers.action_plan import export as ape
from score_helpers.action_plan.plan import EIP_COLUMNS
from score_helpers.data import safe_csv
from score_helpers.grading import classroom, results, sample_class
from score_helpers.lessons import kpi_tracking as kpi_lessons
from score_helpers.paths import PACKAGE_DIR
from score_helpers.safety import log as safety_log
from score_helpers.widgets.kpi_dashboard import state as ds

PAYLOADS = ('=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)")
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


# ---- neutralise and restore ---------------------------------------------------------------

@pytest.mark.parametrize("first", DANGEROUS)
def test_each_dangerous_first_character_gets_a_quote(first: str) -> None:
    text = f"{first}cmd|' /C calc'!A0"
    assert safe_csv.neutralise(text) == "'" + text
    assert safe_csv.restore(safe_csv.neutralise(text)) == text


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_classic_payloads_are_neutralised(payload: str) -> None:
    assert safe_csv.neutralise(payload) == "'" + payload


@pytest.mark.parametrize("number", [-3.5, -2, np.float64(-0.25), np.int64(-7), 0, 12450.0,
                                    "-3.5", "-2", "+1.5e3", "-.5"])
def test_numbers_stay_numbers(number: object) -> None:
    kept = safe_csv.neutralise(number)
    assert kept == number and type(kept) is type(number)


@pytest.mark.parametrize("value", ["Line A", "Muntik maipit", "", "it's = fine", "a-b",
                                   "2024-03-04", "₱1,234", None, pd.NA, pd.NaT, True])
def test_plain_text_and_missing_values_are_unchanged(value: object) -> None:
    assert safe_csv.neutralise(value) is value
    assert safe_csv.restore(value) is value


def test_nan_is_kept() -> None:
    assert math.isnan(safe_csv.neutralise(float("nan")))


@pytest.mark.parametrize("text", ["'=x", "''-y", "'-3.5", "'plain", "'", "=x", "-3.5", "-"])
def test_restore_undoes_neutralise_exactly(text: str) -> None:
    written = safe_csv.neutralise(text)
    assert not written.startswith(DANGEROUS) or PLAIN_NUMBER.fullmatch(written)
    assert safe_csv.restore(written) == text


def test_a_frame_keeps_its_numbers_and_quotes_its_text_and_headers() -> None:
    frame = pd.DataFrame({"line": ["=A1", "Line B"], "change": [-3.5, 2.0],
                          "+total": pd.Series(["-1+2", None], dtype="string"),
                          "kind": pd.Categorical(["@x", "ok"])})
    safe = safe_csv.safe_frame(frame)
    assert list(safe.columns) == ["line", "change", "'+total", "kind"]
    assert safe["line"].tolist() == ["'=A1", "Line B"]
    assert safe["change"].tolist() == [-3.5, 2.0] and safe["change"].dtype == float
    assert safe["'+total"].iloc[0] == "'-1+2" and pd.isna(safe["'+total"].iloc[1])
    assert safe["kind"].tolist() == ["'@x", "ok"]
    assert frame["line"].tolist() == ["=A1", "Line B"], "the caller's frame is not changed"
    text = safe_csv.frame_to_csv(frame)
    assert text.splitlines()[1] == "'=A1,-3.5,'-1+2,'@x"
    back = safe_csv.restore_frame(pd.read_csv(io.StringIO(text)))
    assert back["line"].tolist() == ["=A1", "Line B"] and list(back.columns)[2] == "+total"


def test_rows_and_text_are_neutralised_too() -> None:
    text = safe_csv.csv_text([["=1+1", -2, "ok"]], header=["a", "@b", "c"],
                             lineterminator="\n")
    assert text == "a,'@b,c\n'=1+1,-2,ok\n"


# ---- every export -----------------------------------------------------------------------------

def _kpi_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, tuple[str, ...]]:
    """The KPI dashboard's CSV download, for a factory file whose lines are named badly."""
    daily = data.load("electronics_daily")
    rows = daily[daily["date"].between("2025-05-05", "2025-06-15")]
    names = dict(zip(sorted(rows["line"].unique()), PAYLOADS, strict=False))
    upload = rows.assign(date=rows["date"].dt.strftime("%d/%m/%Y"), line=rows["line"].map(names))
    state = ds.DashboardState("food", targets_file=str(tmp_path / "targets.json"))
    notice = state.upload("mine.csv", upload.to_csv(index=False).encode("utf-8"))
    assert notice.kind == "info", notice
    return ds.kpi_table_csv(state.view()).decode("utf-8-sig"), tuple(names.values())


def _action_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, tuple[str, ...]]:
    plan = pd.DataFrame({column: [PAYLOADS[i % len(PAYLOADS)] for i in range(len(PAYLOADS))]
                         for column in EIP_COLUMNS})
    plan["due_date"] = "2025-05-30"
    paths = ape.export_plan(plan, tmp_path, title="EIP", today="2025-04-07")
    return paths["csv"].read_text(encoding="utf-8-sig"), PAYLOADS


def _notebook_results() -> list[results.NotebookResult]:
    question = results.QuestionResult("q1", -3.5, 2, False, PAYLOADS[0])
    return [results.NotebookResult(PAYLOADS[0], "01_kpi_tracking", -3.5, 10, results.GRADED,
                                   PAYLOADS[1], PAYLOADS[3], PAYLOADS[2], PAYLOADS[3],
                                   [question])]


def _grades(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, tuple[str, ...]]:
    results.write_grades(tmp_path / "grades.csv", _notebook_results())
    return (tmp_path / "grades.csv").read_text(encoding="utf-8"), PAYLOADS


def _questions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, tuple[str, ...]]:
    results.write_questions(tmp_path / "questions.csv", _notebook_results())
    return (tmp_path / "questions.csv").read_text(encoding="utf-8"), (
        PAYLOADS[0], PAYLOADS[1], PAYLOADS[3])


def _report(**changes: object) -> dict[str, object]:
    return {"date": "2024-03-04", "factory": "garments", "line": "Line A",
            "report_type": "near_miss", "hazard_category": "cut_sharp",
            "description": "Muntik mahiwa sa cutter", "suggested_category": "cut_sharp",
            "confidence": 0.91, "likelihood": 3, "severity": 2} | changes


def _safety_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, tuple[str, ...]]:
    path = tmp_path / "safety_log.csv"
    safety_log.append_report(path, _report(description=PAYLOADS[0], factory=PAYLOADS[1],
                                           line=PAYLOADS[2]))
    safety_log.append_report(path, _report(description=PAYLOADS[3]))
    return path.read_bytes().decode("utf-8-sig"), PAYLOADS


def _sample_class(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, tuple[str, ...]]:
    monkeypatch.setattr(sample_class, "sample_names", lambda count: list(PAYLOADS[:count]))
    grades = sample_class.write_sample_class(tmp_path, participants=len(PAYLOADS))
    questions = grades.with_name(classroom.QUESTIONS_FILE)
    return grades.read_text(encoding="utf-8") + questions.read_text(encoding="utf-8"), PAYLOADS


EXPORTERS: dict[str, Callable[[Path, pytest.MonkeyPatch], tuple[str, tuple[str, ...]]]] = {
    "KPI table download": _kpi_table, "action plan CSV": _action_plan,
    "grades.csv": _grades, "questions.csv": _questions, "safety log": _safety_log,
    "sample class": _sample_class,
}


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


@pytest.mark.parametrize("name", list(EXPORTERS))
def test_no_export_writes_a_cell_a_spreadsheet_would_run(name: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    text, fed = EXPORTERS[name](tmp_path, monkeypatch)
    found = cells(text)
    dangerous = [cell for cell in found
                 if cell.startswith(DANGEROUS) and not PLAIN_NUMBER.fullmatch(cell)]
    assert dangerous == [], f"{name} writes formula-like cells"
    for payload in fed:   # the payloads did reach the file, quoted
        assert "'" + payload in found, f"{name}: {payload!r} is not in the file"


def test_the_lesson_check_hands_the_cells_to_the_loader_exactly() -> None:
    """check_table's CSV text never reaches a file or a spreadsheet: it goes straight to the
    loader, whose messages must quote the participant's cell ('-', not "'-")."""
    table = data.read_raw("garments_daily_raw").head(3).copy()
    table["line"] = table["line"].str.strip().str.title()
    table.loc[0, "units_produced"] = "-"
    with pytest.raises(data.DataError) as raised:
        kpi_lessons.check_table(table)
    assert "found '-' (if it means zero, enter 0)" in str(raised.value)


def test_readers_of_our_own_files_get_the_text_back(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _safety_log(tmp_path, monkeypatch)
    log = safety_log.read_log(tmp_path / "safety_log.csv")
    assert log["description"].tolist() == [PAYLOADS[0], PAYLOADS[3]]
    assert (log.at[0, "factory"], log.at[0, "line"]) == (PAYLOADS[1], PAYLOADS[2])

    _grades(tmp_path, monkeypatch)
    _questions(tmp_path, monkeypatch)
    [row] = results.read_results(tmp_path / "grades.csv", tmp_path / "questions.csv")
    assert (row.participant, row.participant_id, row.file, row.message, row.notebook) == (
        PAYLOADS[0], PAYLOADS[1], PAYLOADS[2], PAYLOADS[3], PAYLOADS[3])
    assert row.score == -3.5 and row.questions[0].message == PAYLOADS[0]
    assert classroom.read_grades(tmp_path / "grades.csv")["participant"].tolist() == [
        PAYLOADS[0]]

    _sample_class(tmp_path / "class", monkeypatch)
    grades = classroom.read_grades(tmp_path / "class" / sample_class.GRADES_FILE)
    assert grades["participant"].tolist() == list(PAYLOADS)
    questions = classroom.read_question_grades(tmp_path / "class" / classroom.QUESTIONS_FILE)
    assert set(questions["participant"]) <= set(PAYLOADS)


# ---- one writer ------------------------------------------------------------------------------

WRITERS = re.compile(r"\.to_csv\(|\bcsv\.writer\(|\bDictWriter\(")


def writer_calls(package: Path) -> dict[str, list[int]]:
    """File (relative to the package) → line numbers of CSV writer calls."""
    found: dict[str, list[int]] = {}
    for path in sorted(package.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        hits = [number for number, line in enumerate(lines, 1) if WRITERS.search(line)]
        if hits:
            found[path.relative_to(package).as_posix()] = hits
    return found


def test_every_csv_in_score_helpers_goes_through_the_shared_writer() -> None:
    calls = writer_calls(PACKAGE_DIR)
    assert "data/safe_csv.py" in calls, "the scan finds the writer's own calls"
    others = {path: lines for path, lines in calls.items() if path != "data/safe_csv.py"}
    assert others == {}, "write CSV with score_helpers.data.safe_csv instead"


def test_formulas_are_kept_only_for_the_lesson_that_never_writes_a_file() -> None:
    users = sorted(path.relative_to(PACKAGE_DIR).as_posix()
                   for path in PACKAGE_DIR.rglob("*.py")
                   if "keep_formulas=True" in path.read_text(encoding="utf-8")
                   and path.name != "safe_csv.py")
    assert users == ["lessons/kpi_tracking.py"]
