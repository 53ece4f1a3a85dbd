"""exercises/ is exactly what nbgrader generates from solutions/, and the points in every
grade cell match the exercise definitions."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import nbformat
import pytest

from score_helpers.exercises import EXERCISE_MODULES, questions_of
from score_helpers.exercises.sets import questions_in
from score_helpers.grading import release, solution_sync
from tests.conftest import REPO

ASSIGNMENTS = release.assignments()
SOLUTION_NOTEBOOKS = sorted((REPO / "solutions").glob("*/*.ipynb"))


def comparable(path: Path) -> dict[str, object]:
    """A notebook as JSON, without cell ids (nbformat may mint new ones)."""
    notebook = json.loads(path.read_text())
    for cell in notebook["cells"]:
        cell.pop("id", None)
    return notebook


@pytest.fixture(scope="module")
def fresh_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("exercises")
    release.release_all(out_dir=out)
    return out


def test_every_module_with_exercises_has_a_solutions_folder() -> None:
    assert sorted(EXERCISE_MODULES) == ASSIGNMENTS


def test_exercises_folder_is_up_to_date_with_solutions(fresh_release: Path) -> None:
    committed = sorted(p.relative_to(REPO / "exercises")
                       for p in (REPO / "exercises").rglob("*.ipynb"))
    generated = sorted(p.relative_to(fresh_release) for p in fresh_release.rglob("*.ipynb"))
    assert committed == generated, "run `score-lab release` and commit exercises/"
    for relative in generated:
        assert comparable(REPO / "exercises" / relative) == comparable(fresh_release / relative), (
            f"exercises/{relative} is out of date: run `score-lab release` and commit it")


@pytest.mark.parametrize("path", SOLUTION_NOTEBOOKS, ids=lambda p: p.parent.name + "/" + p.name)
def test_points_in_every_grade_cell_match_the_exercise_class(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    module = importlib.import_module(EXERCISE_MODULES[path.parent.name])
    questions = {name: getattr(module, name) for name in questions_of(path.parent.name)}
    graded = {}
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade"):
            question = meta["grade_id"].removesuffix("_test")
            graded[question] = meta["points"]
            assert cell.source.startswith('"""Checks'), "a grade cell opens with a docstring"
            assert meta.get("locked"), f"{meta['grade_id']} must be locked"
            assert f'grade("{path.parent.name}", "{question}")' in cell.source
            assert "from score_helpers.exercises.locked import grade" in cell.source
    assert set(graded) == set(questions), "every question needs exactly one grade cell"
    for question, points in graded.items():
        assert points == questions[question].points, f"{question}: cell and class disagree"


@pytest.mark.parametrize("path", sorted((REPO / "exercises").rglob("*.ipynb")),
                         ids=lambda p: p.parent.name + "/" + p.name)
def test_participant_version_hides_solutions_and_hidden_tests(path: Path) -> None:
    text = path.read_text()
    for secret in ("BEGIN SOLUTION", "END SOLUTION", "HIDDEN TESTS", "hidden=True"):
        assert secret not in text
    solution = nbformat.read(REPO / "solutions" / path.parent.name / path.name, as_version=4)
    for cell in solution.cells:
        for block in re.findall(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", cell.source, re.S):
            for line in (ln.strip() for ln in block.splitlines() if len(ln.strip()) >= 10):
                assert line not in text, f"solution line leaked: {line}"
    assert "____" in text


@pytest.mark.parametrize("path", SOLUTION_NOTEBOOKS, ids=lambda p: p.parent.name + "/" + p.name)
def test_committed_solutions_are_in_step_with_their_sets(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    dotted = solution_sync.exercise_module_of(notebook)
    module = importlib.import_module(dotted)
    changes = solution_sync.sync_notebook(notebook, questions_in(module), dotted)
    assert changes == [], f"run `score-lab release` and commit solutions/: {changes}"


def test_release_rewrites_what_was_typed_by_hand() -> None:
    """The import line, points, headings and count follow the set, whatever was typed."""
    path = REPO / "solutions" / "00_welcome" / "warmup.ipynb"
    notebook = nbformat.read(path, as_version=4)
    from score_helpers.exercises import welcome

    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade_id") == "setup":
            cell.source = cell.source.replace("import q1, q2, q3, q4, q5, q6", "import q1, q2")
        if meta.get("grade_id") == "q1_test":
            meta["points"] = 5
        cell.source = cell.source.replace("## Q1 · Defect rate (2 points)",
                                          "## Q1 · Defect rate (5 points)")
        cell.source = cell.source.replace("> Six quick questions", "> Nine quick questions")
    changes = solution_sync.sync_notebook(notebook, welcome.QUESTIONS, welcome.__name__)
    assert len(changes) == 4, changes
    text = "\n".join(cell.source for cell in notebook.cells)
    assert "from score_helpers.exercises.welcome import q1, q2, q3, q4, q5, q6\n" in text
    assert "## Q1 · Defect rate (2 points)" in text and "> Six quick questions" in text
    points = {c.metadata["nbgrader"]["grade_id"]: c.metadata["nbgrader"]["points"]
              for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade")}
    assert points["q1_test"] == 2
    assert solution_sync.sync_notebook(notebook, welcome.QUESTIONS, welcome.__name__) == []


def test_a_grade_cell_without_a_question_is_refused() -> None:
    from score_helpers.exercises import welcome

    notebook = nbformat.read(REPO / "solutions" / "00_welcome" / "warmup.ipynb", as_version=4)
    with pytest.raises(ValueError, match="q6_test has no question q6"):
        solution_sync.sync_notebook(notebook, welcome.QUESTIONS[:5], welcome.__name__)


@pytest.mark.parametrize(("count", "like", "words"),
                         [(7, "Six", "Seven"), (8, "eight", "eight"), (25, "Six", "25")])
def test_counts_are_written_as_words(count: int, like: str, words: str) -> None:
    assert solution_sync.count_words(count, like) == words
