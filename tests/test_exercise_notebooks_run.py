"""The participant notebooks in exercises/ run from top to bottom as handed out, blanks and
all: every cell a participant runs works, and only nbgrader's locked grade cells stop, with
the friendly "not attempted yet" message. (nbval runs solutions/, where every cell passes.)"""

from __future__ import annotations

from pathlib import Path

import nbclient
import nbformat
import pytest

from tests.conftest import REPO

EXERCISE_NOTEBOOKS = sorted(REPO.glob("exercises/*/*.ipynb"))


def _is_grade_cell(cell: nbformat.NotebookNode) -> bool:
    return bool(cell.get("metadata", {}).get("nbgrader", {}).get("grade"))


@pytest.mark.parametrize("path", EXERCISE_NOTEBOOKS, ids=lambda p: p.parent.name)
def test_handed_out_notebook_runs_and_only_grade_cells_stop(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    grade_cells = 0
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        errors = [out for out in cell.outputs if out.output_type == "error"]
        if not _is_grade_cell(cell):
            assert not errors, f"cell {index} fails before any answer: {errors[0].evalue}"
            continue
        grade_cells += 1
        assert errors, f"grade cell {index} passes on a blank notebook: it grades nothing"
        assert "ot attempted yet" in errors[0].evalue, (index, errors[0].evalue)
    assert grade_cells >= 5
