"""Participants' JupyterLab is quiet, in real Chromium; the trainer's keeps nbgrader.

JupyterLab is started exactly as `make start` starts it (`python -m
score_helpers.course.quiet_lab -- …`, which writes the quiet settings into this environment
and opens JupyterLab on the course folder), on a free port with a token and no browser, with
a scratch folder for the user's own settings so nobody's earlier choices count.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from score_helpers.course import quiet_lab
from score_helpers.course.voila_server import free_port, serve

pytestmark = pytest.mark.browser

TOKEN = "quiet-lab-test-token"
NEWS_QUESTION = "get notified about official Jupyter news"
TOAST = ".Toastify__toast"
CREATE_ASSIGNMENT_TAB = '.jp-SideBar [data-id="nbgrader-create_assignemnt"]'
NBGRADER_MENU = '.lm-MenuBar-item:has-text("Nbgrader")'
QUIET_WINDOW_MS = 6000   # the news question comes right after the layout is restored


@contextmanager
def jupyterlab(tmp_path: Path, trainer: bool) -> Iterator[str]:
    """`make start`'s JupyterLab (with --trainer for the trainer); yields its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "score_helpers.course.quiet_lab",
               *(["--trainer"] if trainer else []), "--", "--no-browser", f"--port={port}",
               "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={TOKEN}"]
    scratch = {name: str(tmp_path / name.lower()) for name in (
        "JUPYTER_CONFIG_DIR", "JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR",
        "JUPYTER_RUNTIME_DIR")}
    env = {key: value for key, value in os.environ.items() if key != "JUPYTER_CONFIG_PATH"}
    with serve(command, port, env={**env, **scratch}, log_path=tmp_path / "lab.log",
               timeout=120) as base:
        yield base


def open_module_00(page: object, base: str) -> None:
    """Open module 00 and wait until JupyterLab has drawn it and its side bars."""
    from playwright.sync_api import expect

    page.goto(f"{base}/lab/tree/modules/00_welcome.ipynb?token={TOKEN}")
    expect(page.locator(".jp-NotebookPanel h1").first).to_contain_text(
        "Welcome to SCORE AI Lab", timeout=90_000)
    expect(page.locator('.jp-SideBar [data-id="jp-property-inspector"]')).to_be_attached()


def no_toast_within(page: object, milliseconds: int) -> bool:
    """True when no notification toast shows up within `milliseconds`."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_selector(TOAST, state="attached", timeout=milliseconds)
    except PlaywrightTimeout:
        return True
    return False


def put_user_setting(base: str, plugin: str, raw: dict[str, object]) -> None:
    """Save a user's own choice for `plugin`, as the Settings editor would."""
    request = urllib.request.Request(
        f"{base}/lab/api/settings/{plugin}", method="PUT",
        data=json.dumps({"raw": json.dumps(raw)}).encode(),
        headers={"Authorization": f"token {TOKEN}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status in (200, 204)


def test_participants_lab_asks_no_news_question_and_has_no_nbgrader_authoring(
        page: object, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    with jupyterlab(tmp_path, trainer=False) as base:
        open_module_00(page, base)
        assert no_toast_within(page, QUIET_WINDOW_MS), page.locator(TOAST).all_inner_texts()
        expect(page.locator(CREATE_ASSIGNMENT_TAB)).to_have_count(0)
        expect(page.locator(NBGRADER_MENU)).to_have_count(0)
        expect(page.locator(".jp-Notebook-toolbar, .jp-NotebookPanel-toolbar")
               .get_by_text("Validate", exact=True)).to_have_count(0)

        # Module 00's laptop check: plain ✔ lines, the package list folded away.
        cell = page.locator(".jp-Notebook .jp-Cell").filter(
            has_text="checklist.laptop_check()").first
        cell.scroll_into_view_if_needed()
        cell.locator(".jp-InputArea-editor").click()
        page.keyboard.press("Shift+Enter")
        output = cell.locator(".jp-OutputArea-output")
        expect(output).to_contain_text("All set: this laptop is ready", timeout=90_000)
        expect(output).to_contain_text("✔ The practice data:")
        packages = output.get_by_text("Installed packages:")
        expect(packages).to_be_hidden()
        output.get_by_text("Details (for the trainer)").click()
        expect(packages).to_be_visible()

        # The same page does ask once a user's own setting says "Ask": the check above can
        # see the question, so its absence is the quiet setting's doing.
        put_user_setting(base, quiet_lab.NOTIFICATION_PLUGIN, {"fetchNews": "none"})
        page.reload()
        expect(page.locator(TOAST).filter(has_text=NEWS_QUESTION)).to_be_visible(
            timeout=90_000)
    assert page.js_errors == []


def test_trainers_lab_keeps_create_assignment_and_the_nbgrader_menu(
        page: object, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    with jupyterlab(tmp_path, trainer=True) as base:
        open_module_00(page, base)
        expect(page.locator(CREATE_ASSIGNMENT_TAB)).to_be_attached()
        expect(page.locator(NBGRADER_MENU)).to_be_visible()
        assert no_toast_within(page, QUIET_WINDOW_MS), page.locator(TOAST).all_inner_texts()
