"""The real `score-lab` console script, run as a trainer would run it."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CHROMIUM, REPO, require_or_skip

SCORE_LAB = Path(sys.executable).with_name("score-lab")


def score_lab(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the installed console script with extra environment variables."""
    assert SCORE_LAB.exists(), f"the console script {SCORE_LAB} is not installed"
    return subprocess.run([str(SCORE_LAB), *args], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, **env}, timeout=300)


@pytest.mark.model
def test_doctor_is_all_green_on_a_complete_setup() -> None:
    require_or_skip(os.path.exists(CHROMIUM), f"Chromium is not installed at {CHROMIUM}")
    result = score_lab("doctor", "--details")
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("Python", "Packages", "Jupyter kernel", "Datasets", "Offline model",
                 "Chromium"):
        assert f"✔ {name}" in result.stdout
    assert "All green" in result.stdout
    assert "✘" not in result.stdout


def test_doctor_names_a_missing_dataset_folder_and_the_fix(tmp_path: Path) -> None:
    result = score_lab("doctor", "--details", "--skip-model", "--skip-browser",
                       SCORE_DATASETS_DIR=str(tmp_path))
    assert result.returncode == 1
    assert "✘ Datasets" in result.stdout
    assert "fix: Restore the files" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_doctor_explains_a_missing_model_file() -> None:
    result = score_lab("doctor", "--details", "--skip-browser",
                       SCORE_GGUF_PATH="/nowhere/model.gguf")
    assert result.returncode == 1
    assert "✘ Offline model" in result.stdout
    assert "make start" in result.stdout


def test_doctor_never_prints_an_api_key() -> None:
    secret = "sk-do-not-print-this-0123456789"
    result = score_lab("doctor", "--details", "--skip-model", "--skip-browser",
                       OPENAI_API_KEY=secret)
    assert "openai · model gpt-4o-mini" in result.stdout
    assert secret not in result.stdout + result.stderr


def test_doctor_names_an_unreachable_server_and_the_fix() -> None:
    from score_helpers.llm.offline_model import free_port

    address = f"http://127.0.0.1:{free_port()}/v1"
    result = score_lab("doctor", "--details", "--skip-model", "--skip-browser",
                       SCORE_LLM_BASE_URL=address)
    assert result.returncode == 1
    assert f"✘ Language model in use: openai-compatible · model default: Cannot reach {address}" \
        in result.stdout, result.stdout
    assert "fix: Start the server" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_data_command_reproduces_the_committed_csvs(tmp_path: Path) -> None:
    result = score_lab("data", "--seed", "2025", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    committed = sorted((REPO / "datasets").glob("*.csv"))
    assert [p.name for p in committed] == sorted(p.name for p in tmp_path.glob("*.csv"))
    for path in committed:
        assert filecmp.cmp(path, tmp_path / path.name, shallow=False), f"{path.name} differs"


def test_unknown_command_says_what_is_available() -> None:
    result = score_lab("grade-everything")
    assert result.returncode == 2
    assert "doctor" in result.stderr and "data" in result.stderr


def test_console_script_is_on_the_path_of_the_environment() -> None:
    assert shutil.which("score-lab", path=str(SCORE_LAB.parent)) is not None
