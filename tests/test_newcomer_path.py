"""A newcomer's first steps, in real JupyterLab started by `make start`, in real Chromium.

The seven steps of the participant's path (issue 8), as a participant takes them:
1. `make start` serves JupyterLab; open the URL it prints;
2. open modules/00_welcome.ipynb from the file browser;
3. Run → Run All Cells: every cell finishes, none with an error;
4. open the first exercise notebook from the file browser;
5. run question 1 with the blank still in: "Not attempted yet";
6. type the answer into the answer cell;
7. run it and its check: "✔ Correct!".

Everything happens in a temporary copy of the course (modules/, exercises/ and the
`make start` files); the repository's notebooks are never opened, run or saved. The
copy reuses the finished set-up of .venv (its folders are linked, nothing is reinstalled).
With SCORE_SCREENSHOTS=1 the last step also refreshes docs/images/newcomer_path.png.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from score_helpers.llm.offline_model import free_port
from tests.conftest import REPO

pytestmark = pytest.mark.browser
MAKE_START_FILES = ("Makefile", "bootstrap.py", "pyproject.toml")
SCREENSHOT = REPO / "docs" / "images" / "newcomer_path.png"
COPY_IGNORE = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")


def link_the_finished_setup(course: Path) -> None:
    """Give the copy a .venv linking the tests' environment, stamped as up to date.

    Under `make test` that environment is the repository's .venv. bootstrap.py then
    finds the set-up done (the copy's pyproject.toml and bootstrap.py are the
    repository's) and goes straight to JupyterLab; it never installs anything.
    """
    venv = course / ".venv"
    venv.mkdir()
    for entry in Path(sys.prefix).iterdir():
        if entry.name != ".score-lab-installed":
            (venv / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    spec = importlib.util.spec_from_file_location("course_bootstrap", course / "bootstrap.py")
    bootstrap = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bootstrap)
    (venv / ".score-lab-installed").write_text(bootstrap.install_fingerprint())


def jupyter_config(folder: Path, port: int) -> Path:
    """A Jupyter config folder: the test's port, no browser, no news pop-up."""
    (folder / "jupyter_server_config.json").write_text(json.dumps({"ServerApp": {
        "ip": "127.0.0.1", "port": port, "port_retries": 0, "open_browser": False}}))
    news = folder / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension"
    news.mkdir(parents=True)
    (news / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false"}))
    return folder


@pytest.fixture(scope="module")
def make_start(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`make start` in a copy of the course; yield the URL it prints and the copy's folder."""
    course = tmp_path_factory.mktemp("course")
    for folder in ("modules", "exercises"):
        shutil.copytree(REPO / folder, course / folder, ignore=COPY_IGNORE)
    for name in MAKE_START_FILES:
        shutil.copy(REPO / name, course / name)
    link_the_finished_setup(course)
    port = free_port()
    config = jupyter_config(tmp_path_factory.mktemp("jupyter"), port)
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(config),
               SCORE_PROGRESS_DIR=str(tmp_path_factory.mktemp("progress")))
    make = shutil.which("make")
    command = ([make, "start", f"PYTHON={sys.executable}"] if make
               else [sys.executable, "bootstrap.py", "start"])  # what make start runs
    log = course.parent / "make_start.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(command, cwd=course, stdout=out, stderr=subprocess.STDOUT,
                                   env=env, start_new_session=True)
    url = ""
    try:
        deadline = time.monotonic() + 120
        printed = rf"http://127\.0\.0\.1:{port}/lab\?token=\w+"
        while not re.search(printed, log.read_text(errors="replace")):
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail(f"make start printed no URL:\n{log.read_text(errors='replace')}")
            time.sleep(0.3)
        url = re.search(printed, log.read_text(errors="replace")).group(0)
        yield url, course
    finally:
        stop(process, url)


def stop(process: subprocess.Popen[bytes], url: str) -> None:
    """Shut JupyterLab down through its API (its kernels too), then end `make start`.

    A SIGTERM alone can leave the server waiting on a kernel that is still starting.
    """
    if url:
        base, token = url.split("/lab?token=")
        request = urllib.request.Request(f"{base}/api/shutdown?token={token}", method="POST")
        with contextlib.suppress(OSError):
            urllib.request.urlopen(request, timeout=10).close()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=30)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def open_from_file_browser(page: object, *names: str) -> None:
    """From the top folder, double-click each name in turn, as a participant would."""
    page.locator(".jp-BreadCrumbs-home").first.click()
    for name in names:
        item = page.locator(".jp-DirListing-item", has=page.locator(
            ".jp-DirListing-itemText", has_text=re.compile(rf"^{re.escape(name)}$")))
        item.first.dblclick()


def wait_for_the_kernel(page: object, notebook: str) -> None:
    """Wait until the status bar shows the notebook's own kernel started and idle.

    The toolbar says "idle" before a kernel even exists; cells run while the kernel is
    still connecting can be lost, so a participant (and this test) waits for this line.
    """
    page.wait_for_function(
        """name => { const items = [...document.querySelectorAll('.jp-StatusBar-TextItem')]
          .map(item => item.textContent.trim());
          return items.includes(name) && items.some(t => /^Python 3.*\\| Idle$/.test(t)); }""",
        arg=notebook, timeout=60_000)


def code_cells_of(path: Path) -> int:
    """How many code cells the notebook file holds."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return sum(cell["cell_type"] == "code" for cell in cells)


def wait_until_every_cell_ran(notebook: object, count: int, timeout_ms: int) -> None:
    """Wait until no cell is running and every code cell has a number or one stopped."""
    notebook.page.wait_for_function(
        """([panel, count]) => {
          const cells = [...panel.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
          if (cells.length < count) return false;
          const text = cells.map(p => p.textContent);
          if (text.some(t => t.includes('[*]'))) return false;
          const failed = panel.querySelector('.jp-OutputArea-output[data-mime-type='
            + '"application/vnd.jupyter.stderr"]');
          return text.every(t => /\\[\\d+\\]/.test(t)) || failed !== null;
        }""", arg=[notebook.element_handle(), count], timeout=timeout_ms)


def errors_in(path: Path) -> list[str]:
    """The error outputs saved in a notebook file, as 'EName: message' lines."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [f"{out['ename']}: {out['evalue']}" for cell in cells
            for out in cell.get("outputs", []) if out.get("output_type") == "error"]


def save_and_wait(page: object, path: Path) -> None:
    """Ctrl+S, then wait until the notebook file on disk has changed."""
    before = path.stat().st_mtime_ns
    page.keyboard.press("Control+s")
    deadline = time.monotonic() + 30
    while path.stat().st_mtime_ns == before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert path.stat().st_mtime_ns != before, f"{path.name} was not saved"


def test_a_newcomer_runs_module_00_and_answers_the_first_question(
        make_start: tuple[str, Path], page: object) -> None:
    url, course = make_start
    started = time.monotonic()

    # 1. Open JupyterLab at the address `make start` printed.
    page.goto(url, timeout=90_000)
    page.locator(".jp-DirListing-item").first.wait_for(timeout=90_000)

    # 2. Open module 00 from the file browser.
    open_from_file_browser(page, "modules", "00_welcome.ipynb")
    module = page.locator(".jp-NotebookPanel:visible")
    module.locator(".jp-MarkdownCell h1", has_text="Welcome").first.wait_for(timeout=60_000)
    wait_for_the_kernel(page, "00_welcome.ipynb")

    # 3. Run → Run All Cells, and wait until every cell has finished.
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile("^Run$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile("^Run All Cells$")).click()
    module_file = course / "modules" / "00_welcome.ipynb"
    wait_until_every_cell_ran(module, code_cells_of(module_file), timeout_ms=90_000)
    save_and_wait(page, module_file)
    assert errors_in(module_file) == [], "module 00 stopped with an error"
    prompts = module.locator(".jp-CodeCell .jp-InputPrompt").all_text_contents()
    assert all(re.fullmatch(r"\[\d+\]:", prompt.strip()) for prompt in prompts), prompts

    # 4. Open the first exercise notebook from the file browser.
    exercise = sorted((course / "exercises").glob("00_*/*.ipynb"))[0]
    open_from_file_browser(page, "exercises", exercise.parent.name, exercise.name)
    panel = page.locator(".jp-NotebookPanel:visible")
    cells = panel.locator(".jp-Cell")
    setup, answer, check = (cells.filter(has=page.locator(".jp-InputArea-editor", has_text=text))
                            for text in ("Setup complete", "defect_rate = (",
                                         re.compile(r"^\s*q1\.check\(\)\s*$")))
    answer.wait_for(timeout=60_000)
    wait_for_the_kernel(page, exercise.name)

    # 5. Run the set-up, the answer with the blank still in, and the check: not attempted.
    for cell in (setup, answer, check):
        cell.locator(".jp-InputArea-editor").click()
        page.keyboard.press("Control+Enter")
    setup.locator(".jp-OutputArea-output", has_text="Setup complete").wait_for(timeout=60_000)
    feedback = check.locator(".score-feedback")
    check.locator(".score-feedback.score-not_attempted").wait_for(timeout=60_000)
    assert "Not attempted yet" in feedback.inner_text()

    # 6. Type the answer in place of the blank: defect rate = defects ÷ units produced.
    answer.locator(".cm-line", has_text="____").click()
    page.keyboard.press("End")
    for _ in "____":
        page.keyboard.press("Backspace")
    page.keyboard.type("defects / units_produced")
    assert "____" not in answer.locator(".jp-InputArea-editor").inner_text()

    # 7. Run the answer and its check: correct.
    for cell in (answer, check):
        cell.locator(".jp-InputArea-editor").click()
        page.keyboard.press("Control+Enter")
    check.locator(".score-feedback.score-correct").wait_for(timeout=60_000)
    assert feedback.inner_text().startswith("✔ Correct!")
    assert answer.locator(".jp-OutputArea-output").inner_text().strip() == "0.025"
    assert page.js_errors == []
    if os.environ.get("SCORE_SCREENSHOTS") == "1":
        check.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOT))
    assert time.monotonic() - started < 90, "the newcomer's path took too long"
