"""`make start` and `make apps` really serve the curriculum (the set-up is already done)."""

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
