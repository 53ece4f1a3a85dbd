"""Start a Voila server (or `score-lab apps`) on a free local port and wait until it answers.

    from score_helpers.course.voila_server import ServerStartError, serve, voila_command
    with serve(voila_command("apps/", port), port, log_path=Path("voila.log")) as base:
        ...                                  # base is "http://127.0.0.1:<port>"

One launcher for everything that needs a running app: the browser tests, the app
benchmarks and the README screenshots. The server runs from the repository folder, its
output goes to `log_path`, and it is stopped (terminated, then killed) when the block ends.
A server that exits early or never answers raises `ServerStartError` with the end of its log.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from score_helpers.llm.offline_model import free_port
from score_helpers.paths import REPO_DIR

__all__ = ["LOCALHOST", "ServerStartError", "apps_command", "free_port", "serve", "voila_command",
           "wait_until_answering"]

LOCALHOST = "127.0.0.1"
LOG_TAIL_CHARS = 4000


class ServerStartError(RuntimeError):
    """The server exited early or did not answer in time; the message holds its log's end."""


def voila_command(folder: str | Path, port: int, extra: Sequence[str] = ()) -> list[str]:
    """Plain Voila serving `folder` on 127.0.0.1:`port`, with no browser."""
    return [sys.executable, "-m", "voila", str(folder), "--no-browser", f"--port={port}",
            f"--Voila.ip={LOCALHOST}", *extra]


def apps_command(port: int, extra: Sequence[str] = (), ip: str = LOCALHOST) -> list[str]:
    """`score-lab apps` (the gallery and every app) on `ip` (default 127.0.0.1) and `port`,
    with no browser. Beyond loopback (ip="0.0.0.0") it needs the links it prints; `serve`
    still connects to 127.0.0.1, one of this computer's addresses."""
    return [str(Path(sys.executable).with_name("score-lab")), "apps", "--no-browser",
            f"--port={port}", f"--ip={ip}", *extra]


def wait_until_answering(url: str, process: subprocess.Popen[bytes], timeout: float) -> float:
    """Poll `url` until it answers 200; return the seconds it took. Raises ServerStartError if
    `process` exits first or `timeout` seconds pass."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            raise ServerStartError(f"the server exited early with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return time.monotonic() - started
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise ServerStartError(f"the server did not answer at {url} within {timeout:.0f} s")


def _log_tail(log_path: Path) -> str:
    text = log_path.read_text(errors="replace") if log_path.exists() else ""
    return text[-LOG_TAIL_CHARS:]


@contextmanager
def serve(command: Sequence[str], port: int, *, log_path: Path,
          env: Mapping[str, str] | None = None, cwd: Path = REPO_DIR,
          timeout: float = 60) -> Iterator[str]:
    """Run `command` (a server listening on `port`) until the block ends; yield its base URL
    once `/` answers. Raises ServerStartError, with the end of the server's log, when it does not
    start."""
    base = f"http://{LOCALHOST}:{port}"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(list(command), cwd=cwd, stdout=log,
                                   stderr=subprocess.STDOUT,
                                   env=dict(env) if env is not None else None)
    try:
        try:
            wait_until_answering(f"{base}/", process, timeout)
        except ServerStartError as error:
            raise ServerStartError(f"{error}\n--- server log ({log_path}) ---\n"
                               f"{_log_tail(log_path)}") from None
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
