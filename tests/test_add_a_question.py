"""Adding a question takes one class and one solution cell, then `score-lab release`.

On a copy of the course, a throw-away question class is added to the module 00 warm-up set
and its cells to the solution notebook, with its points typed wrong on purpose and nothing
else edited. The real `score-lab release` (nbgrader) and `score-lab grade` then run in the
copy: the count, the import line and the points follow the class, the released notebook
has the new question, and grading gives full marks to a right answer and none to a blank.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from score_helpers.grading.sample_answers import WARMUP_RIGHT, fill_answers
from tests.conftest import REPO

NEW_CLASS = '''

@question
class SevenTimesSix(ValueExercise):
    """A throw-away question added by tests/test_add_a_question.py."""

    points = 3
    answer_name = "product"
    hints = ("Multiply the two numbers.",)
    solution = "product = 7 * 6"

    def expected(self, ns: Mapping[str, Any]) -> float:
        return 42

'''
MARK = "\nQUESTIONS = collect_questions(MODULE, globals())"


def nbgrader(grade_id: str, *, grade: bool, solution: bool, points: int | None = None) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": not solution,
            "schema_version": 3, "solution": solution, "task": False}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def add_solution_cells(path: Path) -> None:
    """What a trainer types in the solution notebook: heading, answer, check, grade cell
    (points typed as 1, the class says 3)."""
    notebook = nbformat.read(path, as_version=4)
    new = [
        nbformat.v4.new_markdown_cell("## Q7 · Seven times six (1 point)\nWork it out."),
        nbformat.v4.new_code_cell("product = (\n    ### BEGIN SOLUTION\n    7 * 6\n"
                                  "    ### END SOLUTION\n)\nproduct",
                                  metadata=nbgrader("q7_answer", grade=False, solution=True)),
        nbformat.v4.new_code_cell("q7.check()"),
        nbformat.v4.new_code_cell('"""Checks q7: seven times six."""\nq7.grade()',
                                  metadata=nbgrader("q7_test", grade=True, solution=False,
                                                    points=1)),
    ]
    notebook.cells[-1:-1] = new   # before "Keep going"
    nbformat.write(notebook, path)


def score_lab(course: Path, *args: str) -> str:
    """Run `score-lab ARGS` with the course copy's own package first on the path."""
    env = dict(os.environ, PYTHONPATH=str(course), SCORE_DATASETS_DIR=str(REPO / "datasets"),
               SCORE_PROGRESS_DIR=str(course / "progress"))
    code = ("import sys, score_helpers; from score_helpers.cli import main; "
            "print('package:', score_helpers.__file__); sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=course, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"package: {course / 'score_helpers' / '__init__.py'}" in done.stdout
    return done.stdout


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("course")
    ignore = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints")
    for folder in ("score_helpers", "solutions", "exercises"):
        shutil.copytree(REPO / folder, root / folder, ignore=ignore)
    shutil.copy(REPO / "nbgrader_config.py", root / "nbgrader_config.py")
    welcome = root / "score_helpers" / "exercises" / "welcome.py"
    text = welcome.read_text(encoding="utf-8")
    assert text.count(MARK) == 1
    welcome.write_text(text.replace(MARK, NEW_CLASS + MARK), encoding="utf-8")
    add_solution_cells(root / "solutions" / "00_welcome" / "warmup.ipynb")
    return root


@pytest.fixture(scope="module")
def released(course: Path) -> str:
    return score_lab(course, "release")


def test_release_derives_the_count_import_line_and_points(course: Path, released: str) -> None:
    solution = nbformat.read(course / "solutions" / "00_welcome" / "warmup.ipynb", 4)
    text = "\n".join(cell.source for cell in solution.cells)
    assert "from score_helpers.exercises.welcome import q1, q2, q3, q4, q5, q6, q7\n" in text
    assert "> Seven quick questions" in text
    assert "## Q7 · Seven times six (3 points)" in text
    points = {c.metadata["nbgrader"]["grade_id"]: c.metadata["nbgrader"]["points"]
              for c in solution.cells if c.metadata.get("nbgrader", {}).get("grade")}
    assert points["q7_test"] == 3 and sum(points.values()) == 10
    assert "q7_test: points 1 → 3" in released


def test_the_released_notebook_has_the_new_question(course: Path, released: str) -> None:
    participant = (course / "exercises" / "00_welcome" / "warmup.ipynb").read_text()
    assert "Seven times six (3 points)" in participant
    assert 'grade(\\"00_welcome\\", \\"q7\\")' in participant   # the locked form
    assert "7 * 6" not in participant   # the solution region was cleared
    # the repository itself was not touched
    assert "q7" not in (REPO / "exercises" / "00_welcome" / "warmup.ipynb").read_text()


def test_grading_follows_the_new_points(course: Path, released: str) -> None:
    notebook = json.loads((course / "exercises" / "00_welcome" / "warmup.ipynb").read_text())
    answers = {"solver": {**WARMUP_RIGHT, "q7_answer": "7 * 6"}, "blank": {}}
    for name, filled in answers.items():
        path = course / "submissions" / name / "warmup.ipynb"
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(fill_answers(notebook, filled) if filled else notebook))
    score_lab(course, "grade", str(course / "submissions"), "--out", str(course / "out"),
              "--timeout", "60", "--workers", "2")
    with (course / "out" / "grades.csv").open(newline="", encoding="utf-8") as handle:
        grades = {row["participant_id"]: row for row in csv.DictReader(handle)}
    assert (grades["solver"]["score"], grades["solver"]["max_score"]) == ("10", "10")
    assert (grades["blank"]["score"], grades["blank"]["max_score"]) == ("0", "10")
    with (course / "out" / "questions.csv").open(newline="", encoding="utf-8") as handle:
        q7 = {row["participant_id"]: row for row in csv.DictReader(handle)
              if row["question"] == "q7"}
    assert (q7["solver"]["points"], q7["solver"]["max_points"]) == ("3", "3")
    assert q7["blank"]["points"] == "0"
