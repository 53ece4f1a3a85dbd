"""The one launcher for app servers: it waits for an answer, explains a failure with the
server's log, and always stops the server."""

from __future__ import annotations

import sys
import urllib.request
from pathlib import Path

import psutil
import pytest

from score_helpers.course.voila_server import (
    ServerStartError,
    apps_command,
    free_port,
    serve,
    voila_command,
)


def test_the_commands_listen_on_localhost_only_and_open_no_browser() -> None:
    for command in (voila_command("apps/", 8123, ["--x=1"]), apps_command(8123)):
        assert "--no-browser" in command
        assert any(part.endswith("=127.0.0.1") for part in command)
        assert any(part.endswith("=8123") for part in command)
    assert voila_command("apps/", 8123, ["--x=1"])[-1] == "--x=1"


def test_a_server_is_served_then_stopped(tmp_path: Path) -> None:
    port = free_port()
    command = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"]
    (tmp_path / "index.html").write_text("hello")
    with serve(command, port, log_path=tmp_path / "log.txt", cwd=tmp_path) as base:
        with urllib.request.urlopen(f"{base}/index.html", timeout=5) as response:
            assert response.read() == b"hello"
        children = [p for p in psutil.Process().children() if str(port) in " ".join(p.cmdline())]
        assert len(children) == 1
    assert not children[0].is_running() or children[0].status() == psutil.STATUS_ZOMBIE


def test_a_server_that_dies_is_explained_with_its_log(tmp_path: Path) -> None:
    command = [sys.executable, "-c", "import sys; print('port already in use'); sys.exit(3)"]
    with pytest.raises(ServerStartError) as caught, \
            serve(command, free_port(), log_path=tmp_path / "log.txt", timeout=20):
        pytest.fail("the block must not run")
    assert "exited early with code 3" in str(caught.value)
    assert "port already in use" in str(caught.value)


def test_a_server_that_never_answers_times_out(tmp_path: Path) -> None:
    command = [sys.executable, "-c", "import time; time.sleep(60)"]
    with pytest.raises(ServerStartError, match="did not answer"), \
            serve(command, free_port(), log_path=tmp_path / "log.txt", timeout=1.5):
        pytest.fail("the block must not run")
