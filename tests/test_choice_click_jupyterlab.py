"""A click in real JupyterLab answers a question, survives saving, and nbgrader grades it.

This drives the participant's real path end to end: JupyterLab in headless Chromium, the
participant version of the warm-up, a click on an option button, Ctrl+S, then the real
nbgrader autograde of the saved file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from score_helpers.exercises.choice import METADATA_KEY
from score_helpers.exercises.welcome import HumanDecision
from score_helpers.grading import ensure_tools_on_path, release
from score_helpers.llm.offline_model import free_port
from tests.conftest import REPO

pytestmark = pytest.mark.browser
TOKEN = "score-test-token"


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """JupyterLab serving a folder that holds a copy of the participant's warm-up."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copy(REPO / "exercises" / "00_welcome" / "warmup.ipynb", root / "warmup.ipynb")
    port = free_port()
    log = open(root.parent / "lab.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", f"--ServerApp.token={TOKEN}", f"--ServerApp.root_dir={root}",
         "--allow-root"], cwd=root, stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ))
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start")
        yield base, root
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def wait_for_an_idle_kernel(base: str, seconds: float = 180) -> None:
    """Wait until the notebook's kernel has started and is idle (the server's sessions API)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"{base}/api/sessions?token={TOKEN}", timeout=10) as reply:
            sessions = json.loads(reply.read())
        if any(s.get("kernel", {}).get("execution_state") == "idle" for s in sessions):
            return
        time.sleep(0.5)
    pytest.fail(f"the notebook's kernel was not idle after {seconds:.0f} s")


def run_cell(page: object, index: int) -> None:
    """Click into cell `index` and run it with Shift+Enter, then wait for the kernel."""
    cell = page.locator(".jp-Notebook .jp-Cell").nth(index)
    cell.scroll_into_view_if_needed()
    cell.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Shift+Enter")
    page.wait_for_function(
        f"() => {{ const p = document.querySelectorAll('.jp-Notebook .jp-Cell')[{index}]"
        ".querySelector('.jp-InputPrompt'); return p && /\\[\\d+\\]/.test(p.textContent); }",
        timeout=120_000)


def test_a_clicked_answer_is_saved_and_graded(lab: tuple[str, Path], page: object,
                                              tmp_path: Path) -> None:
    base, root = lab
    page.goto(f"{base}/lab/tree/warmup.ipynb?token={TOKEN}", timeout=90_000)
    page.locator(".jp-Notebook .jp-Cell").nth(7).wait_for(timeout=90_000)
    wait_for_an_idle_kernel(base)   # a loaded machine can take a while to start one
    run_cell(page, 1)  # setup
    run_cell(page, 7)  # q2: buttons
    right = HumanDecision.options[HumanDecision.correct]     # the option's own words
    option = page.locator(".score-choice-q2 .score-choice-option", has_text=right)
    option.wait_for(timeout=30_000)
    option.click()
    page.get_by_text("Correct! Well done.").wait_for(timeout=30_000)
    page.get_by_text("Your answer: B").wait_for(timeout=30_000)
    page.keyboard.press("Control+s")
    deadline = time.monotonic() + 30
    saved = {}
    while time.monotonic() < deadline and not saved:
        notebook = json.loads((root / "warmup.ipynb").read_text())
        for cell in notebook["cells"]:
            for output in cell.get("outputs", []):
                saved = output.get("metadata", {}).get(METADATA_KEY) or saved
        time.sleep(0.5)
    assert saved == {"module": "00_welcome", "question": "q2", "answer": "B"}

    course = tmp_path / "course"
    shutil.copytree(REPO / "solutions", course / "solutions")
    release.generate(course, "00_welcome", course / "gradebook.db")
    submitted = course / "submitted" / "ana" / "00_welcome"
    submitted.mkdir(parents=True)
    shutil.copy(root / "warmup.ipynb", submitted / "warmup.ipynb")
    ensure_tools_on_path()
    subprocess.run([sys.executable, "-m", "nbgrader", "autograde", "00_welcome",
                    "--CourseDirectory.source_directory=solutions",
                    f"--CourseDirectory.db_url=sqlite:///{course / 'gradebook.db'}"],
                   cwd=course, check=True, capture_output=True,
                   env=dict(os.environ, SCORE_PROGRESS="off"))
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        grades = {g.name: g.score for g in gradebook.find_submission_notebook(
            "warmup", "00_welcome", "ana").grades}
    assert grades["q2_test"] == 1, grades
    assert grades["q1_test"] == 0, "a blank answer earns nothing"
