"""`score-lab grade` and `score-lab feedback` on a small class, with real nbgrader and
real kernels: right, blank and typical-mistake notebooks, a click answer, and every
kind of trouble a trainer meets (an endless loop, a crash, deleted and edited check
cells, broken files, a notebook from elsewhere, 50 MB of outputs)."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from score_helpers.cli import main
from score_helpers.grading.sample_answers import WARMUP_RIGHT, fill_answers
from tests.conftest import REPO

EXERCISE = REPO / "exercises" / "00_welcome" / "warmup.ipynb"
TIMEOUT = 5
RIGHT = WARMUP_RIGHT
MISTAKES = {"q1_answer": "units_produced / defects", "q2_answer": '"A"', "q3_answer": "False"}
FORBIDDEN = ("BEGIN HIDDEN TESTS", "Traceback", "grade(hidden=True)", "hidden=True",
             "BEGIN SOLUTION")


def notebook(answers: dict[str, str], change: Callable[[dict], None] | None = None) -> str:
    """The participant notebook with the given blanks filled in, as saved JSON."""
    filled = fill_answers(json.loads(EXERCISE.read_text(encoding="utf-8")), answers)
    if change:
        change(filled)
    return json.dumps(filled, indent=1)


def cell(nb: dict, grade_id: str) -> dict:
    """The cell with this nbgrader grade_id."""
    return next(c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("grade_id")
                == grade_id)


def endless_loop(nb: dict) -> None:
    cell(nb, "q4_answer")["source"] = "while True:\n    pass"


def crash(nb: dict) -> None:
    cell(nb, "q4_answer")["source"] = "import os\nos._exit(1)"


def delete_q2_check(nb: dict) -> None:
    nb["cells"].remove(cell(nb, "q2_test"))


def edit_q1_check(nb: dict) -> None:
    cell(nb, "q1_test")["source"] = "# it is fine\npass"


def click_b_on_q2(nb: dict) -> None:
    cell(nb, "q2_answer")["outputs"] = [{
        "output_type": "display_data",
        "data": {"text/html": "<i>Your answer: B</i>", "text/plain": "<HTML>"},
        "metadata": {"score_ai_lab_choice": {"module": "00_welcome", "question": "q2",
                                             "answer": "B"}}}]


def fifty_megabytes_of_output(nb: dict) -> None:
    cell(nb, "q1_answer")["outputs"] = [{"output_type": "stream", "name": "stdout",
                                         "text": ["x" * 99 + "\n"] * 510_000}]


CLASS: dict[str, str | bytes] = {
    "Ana Cruz/Copy of warmup.ipynb": notebook(RIGHT),  # older copy (mtime set below)
    "Ana Cruz/warmup.ipynb": notebook(RIGHT),
    "Ben_Santos-00_welcome (2).ipynb": notebook({**RIGHT, **MISTAKES}),
    "warmup - Jose Reyes.ipynb": notebook({}),
    "Carla Loop/warmup.ipynb": notebook(RIGHT, endless_loop),
    "Dan Crash/warmup.ipynb": notebook(RIGHT, crash),
    "Eve Deleted/warmup.ipynb": notebook(RIGHT, delete_q2_check),
    "Fe Edited/warmup.ipynb": notebook({**RIGHT, "q1_answer": "0.5"}, edit_q1_check),
    "Gil Click/warmup.ipynb": notebook({k: v for k, v in RIGHT.items() if k != "q2_answer"},
                                       click_b_on_q2),
    "Hana Big/warmup.ipynb": notebook(RIGHT, fifty_megabytes_of_output),
    "Ivy Broken/warmup.ipynb": '{"cells": [ {"cell_type": "code", "sour',
    "Jun Word/warmup.ipynb": b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 200,
    "Kim Soriano/00_welcome.ipynb": (REPO / "modules" / "00_welcome.ipynb").read_bytes(),
}
EXPECTED = {  # file → (participant, status, score)
    "Ana Cruz/Copy of warmup.ipynb": ("Ana Cruz", "error", None),
    "Ana Cruz/warmup.ipynb": ("Ana Cruz", "graded", 7),
    "Ben_Santos-00_welcome (2).ipynb": ("Ben Santos", "graded", 3),
    "warmup - Jose Reyes.ipynb": ("Jose Reyes", "graded", 0),
    "Carla Loop/warmup.ipynb": ("Carla Loop", "timeout", 6),
    "Dan Crash/warmup.ipynb": ("Dan Crash", "error", None),
    "Eve Deleted/warmup.ipynb": ("Eve Deleted", "tampered", 6),
    "Fe Edited/warmup.ipynb": ("Fe Edited", "tampered", 5),
    "Gil Click/warmup.ipynb": ("Gil Click", "graded", 7),
    "Hana Big/warmup.ipynb": ("Hana Big", "graded", 7),
    "Ivy Broken/warmup.ipynb": ("Ivy Broken", "not_a_notebook", None),
    "Jun Word/warmup.ipynb": ("Jun Word", "not_a_notebook", None),
    "Kim Soriano/00_welcome.ipynb": ("Kim Soriano", "unknown_assignment", None),
}


def hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Write the class, grade it once with `score-lab grade`, and keep what happened."""
    root = tmp_path_factory.mktemp("class")
    submissions, out, progress = root / "submissions", root / "results", root / "progress"
    for relative, content in CLASS.items():
        path = submissions / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    os.utime(submissions / "Ana Cruz/Copy of warmup.ipynb", (1_000_000, 1_000_000))
    before = hashes(submissions)
    progress.mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCORE_PROGRESS_DIR", str(progress))
        patch.delenv("SCORE_PROGRESS", raising=False)
        code = main(["grade", str(submissions), "--out", str(out), "--timeout", str(TIMEOUT),
                     "--workers", "2"])
    _, grades = read_csv(out / "grades.csv")
    _, questions = read_csv(out / "questions.csv")
    return {"code": code, "out": out, "submissions": submissions, "before": before,
            "progress": progress, "grades": {row["file"]: row for row in grades},
            "questions": questions}


def questions_of(graded: dict[str, object], participant: str) -> dict[str, dict[str, str]]:
    return {row["question"]: row for row in graded["questions"]
            if row["participant"] == participant}


def test_the_run_completes_with_exit_code_0_even_when_some_files_fail(graded: dict) -> None:
    assert graded["code"] == 0


def test_grades_csv_has_the_columns_and_one_row_per_input_file(graded: dict) -> None:
    columns, rows = read_csv(graded["out"] / "grades.csv")
    assert columns[:5] == ["participant", "assignment", "score", "max_score", "status"]
    assert sorted(row["file"] for row in rows) == sorted(CLASS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_each_file_gets_its_status_and_score(graded: dict, file: str) -> None:
    participant, status, score = EXPECTED[file]
    row = graded["grades"][file]
    assert (row["participant"], row["status"]) == (participant, status), row["message"]
    assert row["score"] == ("" if score is None else f"{score:g}")
    if row["assignment"]:
        assert row["max_score"] == "7"


def test_a_perfect_notebook_passes_every_question_without_messages(graded: dict) -> None:
    ana = questions_of(graded, "Ana Cruz")
    assert sorted(ana) == ["q1", "q2", "q3", "q4", "q5", "q6"]
    assert all(row["passed"] == "True" and row["message"] == "" for row in ana.values())
    assert ana["q1"]["points"] == ana["q1"]["max_points"] == "2"


def test_typical_mistakes_get_the_exercises_friendly_messages(graded: dict) -> None:
    columns, _ = read_csv(graded["out"] / "questions.csv")
    assert columns[:7] == ["participant", "assignment", "question", "points", "max_points",
                           "passed", "message"]
    ben = questions_of(graded, "Ben Santos")
    assert "Put the defects on top" in ben["q1"]["message"]
    assert "AI sorts reports well" in ben["q2"]["message"]
    assert "It can sound sure and still be wrong" in ben["q3"]["message"]
    assert [ben[q]["passed"] for q in ("q1", "q2", "q3", "q4")] == ["False"] * 3 + ["True"]


def test_a_blank_notebook_is_not_attempted_everywhere(graded: dict) -> None:
    jose = questions_of(graded, "Jose Reyes")
    assert all(row["points"] == "0" and "Not attempted" in row["message"]
               for row in jose.values())


def test_the_older_copy_names_the_newest_one(graded: dict) -> None:
    assert "Ana Cruz/warmup.ipynb" in graded["grades"]["Ana Cruz/Copy of warmup.ipynb"]["message"]


def test_an_endless_loop_times_out_and_the_other_questions_still_count(graded: dict) -> None:
    carla = questions_of(graded, "Carla Loop")
    assert carla["q4"]["passed"] == "False"
    assert all(carla[q]["passed"] == "True" for q in ("q1", "q2", "q5", "q6"))
    assert f"{TIMEOUT} seconds" in graded["grades"]["Carla Loop/warmup.ipynb"]["message"]


def test_a_kernel_crash_is_an_error_that_says_so(graded: dict) -> None:
    message = graded["grades"]["Dan Crash/warmup.ipynb"]["message"]
    assert "stopped the Python kernel" in message
    assert "Traceback" not in message


def test_a_deleted_check_counts_zero_and_is_named(graded: dict) -> None:
    assert "q2_test" in graded["grades"]["Eve Deleted/warmup.ipynb"]["message"]
    eve = questions_of(graded, "Eve Deleted")
    assert eve["q2"]["points"] == "0" and "deleted" in eve["q2"]["message"]


def test_an_edited_check_is_restored_by_nbgrader_and_flagged(graded: dict) -> None:
    assert "q1_test" in graded["grades"]["Fe Edited/warmup.ipynb"]["message"]
    assert questions_of(graded, "Fe Edited")["q1"]["passed"] == "False"  # `pass` did not count


def test_a_saved_click_is_graded_although_the_source_has_the_blank(graded: dict) -> None:
    assert questions_of(graded, "Gil Click")["q2"]["passed"] == "True"


def test_broken_files_say_what_they_are(graded: dict) -> None:
    assert "Word, Excel or zip" in graded["grades"]["Jun Word/warmup.ipynb"]["message"]
    assert "not a Jupyter notebook" in graded["grades"]["Ivy Broken/warmup.ipynb"]["message"]


def test_the_original_files_are_untouched(graded: dict) -> None:
    assert hashes(graded["submissions"]) == graded["before"]


def test_grading_writes_no_progress_events(graded: dict) -> None:
    assert list(graded["progress"].rglob("*")) == []


def test_autograded_notebooks_are_kept_for_feedback(graded: dict) -> None:
    kept = graded["out"] / "autograded" / "ana-cruz" / "00_welcome" / "warmup.ipynb"
    assert 'grade(\\"00_welcome\\", \\"q1\\")' in kept.read_text(encoding="utf-8")


def test_feedback_pages_show_results_and_never_tests_or_tracebacks(graded: dict) -> None:
    feedback = graded["out"] / "feedback"
    people = {row["participant"] for row in graded["grades"].values()}
    assert sorted(p.name for p in feedback.iterdir()) == sorted(people)
    for person in people:
        assert (feedback / person / "index.html").exists()
    ben = (feedback / "Ben Santos" / "00_welcome.html").read_text(encoding="utf-8")
    assert "Put the defects on top" in ben and "3 of 7 points" in ben and "✔" in ben
    assert "Q1 · Defect rate" in ben
    for page in [*feedback.rglob("*.html"), graded["out"] / "report.html"]:
        text = page.read_text(encoding="utf-8")
        assert not [secret for secret in FORBIDDEN if secret in text], page
        assert "<script" not in text and "http://" not in text and "https://" not in text


def test_report_embeds_two_png_plots_and_every_participant(graded: dict) -> None:
    report = (graded["out"] / "report.html").read_text(encoding="utf-8")
    images = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', report)
    assert len(images) == 2
    assert all(base64.b64decode(image).startswith(b"\x89PNG") for image in images)
    for participant, _, _ in EXPECTED.values():
        assert participant in report


def test_feedback_command_writes_the_same_pages_again(graded: dict, tmp_path: Path) -> None:
    copy = tmp_path / "results"
    shutil.copytree(graded["out"], copy)
    shutil.rmtree(copy / "feedback")
    (copy / "report.html").unlink()
    assert main(["feedback", "--out", str(copy)]) == 0
    original = {p.relative_to(graded["out"]): p.read_text(encoding="utf-8")
                for p in (graded["out"] / "feedback").rglob("*.html")}
    again = {p.relative_to(copy): p.read_text(encoding="utf-8")
             for p in (copy / "feedback").rglob("*.html")}
    assert again == original
    assert (copy / "report.html").read_text(encoding="utf-8") == (
        graded["out"] / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", ["missing", "empty", "out_inside", "out_not_ours",
                                  "submissions_in_out"])
def test_trainer_mistakes_give_a_plain_message_and_exit_code_1(
        case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    submissions, out = tmp_path / "submissions", tmp_path / "results"
    if case != "missing":
        submissions.mkdir()
    if case in ("out_inside", "out_not_ours"):
        (submissions / "Ana Cruz.ipynb").write_text(notebook(RIGHT), encoding="utf-8")
    if case == "out_inside":
        out = submissions / "results"
    if case == "out_not_ours":
        out.mkdir()
        (out / "grades.csv").write_text("someone else's marks\n", encoding="utf-8")
    if case == "submissions_in_out":  # a new run would delete results/feedback/
        submissions = out / "feedback" / "class"
        submissions.mkdir(parents=True)
        (submissions / "Ana Cruz.ipynb").write_text(notebook(RIGHT), encoding="utf-8")
    before = hashes(tmp_path)
    assert main(["grade", str(submissions), "--out", str(out)]) == 1
    printed = capsys.readouterr()
    expected = {"missing": "does not exist", "empty": "has no files to grade",
                "out_inside": "is inside the submissions folder",
                "out_not_ours": "already holds other files",
                "submissions_in_out": "Move the submissions somewhere else"}[case]
    assert expected in printed.out
    assert "Traceback" not in printed.out + printed.err
    assert hashes(tmp_path) == before  # nothing written, nothing changed
