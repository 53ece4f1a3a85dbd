"""`make start` and `make apps` really serve the curriculum (the set-up is already done)."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from score_helpers.offline_model import free_port
from tests.conftest import REPO

BOOTSTRAP = REPO / "bootstrap.py"


def serve_and_fetch(args: list[str], url_pattern: str, log: Path) -> tuple[str, int, str]:
    """Run bootstrap.py with args, find the URL it prints, fetch it; return (url, status, body)."""
    with open(log, "wb") as out:
        process = subprocess.Popen([sys.executable, str(BOOTSTRAP), *args], cwd=REPO,
                                   stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            match = re.search(url_pattern, log.read_text(errors="replace"))
            if match:
                with urllib.request.urlopen(match.group(0), timeout=30) as response:
                    return match.group(0), response.status, response.read().decode()
            if process.poll() is not None:
                break
            time.sleep(0.5)
        pytest.fail(f"no server URL printed:\n{log.read_text(errors='replace')[-3000:]}")
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_start_serves_jupyterlab_on_the_welcome_notebook(tmp_path: Path) -> None:
    port = free_port()
    url, status, body = serve_and_fetch(
        ["start", "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1"],
        rf"http://127\.0\.0\.1:{port}/lab\?token=\w+", tmp_path / "lab.log")
    assert status == 200
    assert "JupyterLab" in body
    with urllib.request.urlopen(url.replace("/lab?", "/api/contents/modules?"),
                                timeout=30) as response:
        assert "00_welcome.ipynb" in response.read().decode()


def test_apps_serves_voila(tmp_path: Path) -> None:
    port = free_port()
    _, status, body = serve_and_fetch(
        ["apps", "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1"],
        rf"http://(localhost|127\.0\.0\.1):{port}/", tmp_path / "voila.log")
    assert status == 200
    assert "Voil" in body
