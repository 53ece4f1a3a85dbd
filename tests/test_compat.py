"""Notebooks saved before the regrouping still run: old module names import the new modules."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from score_helpers import _compat
from score_helpers.lessons import dashboards_and_action_plan as md
from tests.conftest import REPO


@pytest.mark.parametrize(("old", "new"), sorted(_compat.OLD_NAMES.items()))
def test_every_old_name_is_the_new_module(old: str, new: str) -> None:
    assert importlib.import_module(f"score_helpers.{old}") is importlib.import_module(
        f"score_helpers.{new}")


@pytest.mark.parametrize("old", sorted(_compat.OLD_NAMES))
def test_an_old_name_does_not_exist_as_a_file_any_more(old: str) -> None:
    """An entry whose old file is still there would hide that file: keep the map honest."""
    stem = REPO / "score_helpers" / Path(*old.split("."))
    assert not stem.with_suffix(".py").exists() and not (stem / "__init__.py").exists()


def test_modules_inside_a_moved_folder_follow_it() -> None:
    from score_helpers.loading import problems as old_problems

    from score_helpers.data.loading import problems

    assert old_problems is problems
    assert old_problems.DataError is importlib.import_module("score_helpers.data").DataError


def test_names_that_did_not_move_are_left_alone() -> None:
    assert _compat.new_name("score_helpers.kpi.targets") is None
    assert _compat.new_name("score_helpers.nothing_here") is None
    assert _compat.new_name("pandas") is None
    assert _compat.new_name("score_helpers.targets") == "score_helpers.kpi.targets"
    assert (_compat.new_name("score_helpers.widgets.dashboard_labels")
            == "score_helpers.widgets.kpi_dashboard.labels")


def test_a_fresh_interpreter_imports_the_old_names_people_saved() -> None:
    """The import lines module 05 and the exercises used to write, in a new process."""
    code = ("from score_helpers import targets, plots, prompts, review, datasets\n"
            "from score_helpers.mini_dashboard import build_dashboard\n"
            "from score_helpers.exercises import ____, whoami\n"
            "import score_helpers.kpi.targets as new\n"
            "assert targets is new and callable(build_dashboard)\n"
            "print('old names ok')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "old names ok" in done.stdout


def test_a_dashboard_notebook_saved_with_the_old_import_still_runs(tmp_path: Path) -> None:
    """Module 05 wrote `from score_helpers.mini_dashboard import build_dashboard` into each
    participant's own dashboard; such a saved notebook runs and draws the dashboard."""
    notebook = md.dashboard_notebook(factory="Garments", title="Saved last year")
    code = notebook.cells[1]
    code.source = code.source.replace("score_helpers.lessons.dashboards_and_action_plan",
                                      "score_helpers.mini_dashboard")
    assert "from score_helpers.mini_dashboard import build_dashboard" in code.source
    path = tmp_path / "my_dashboard.ipynb"
    nbformat.write(notebook, path)
    executed = nbformat.read(path, as_version=4)
    NotebookClient(executed, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = executed.cells[1].outputs
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {})
               for o in outputs)
