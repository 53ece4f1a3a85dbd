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
from score_helpers.grading import release
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
            assert f"{question}.grade()" in cell.source
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
