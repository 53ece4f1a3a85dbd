"""`score-lab llm serve` serves the embedded model, and the same llm.chat code path reaches
it through SCORE_LLM_BASE_URL, as a participant on a class network would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from score_helpers import llm
from tests.conftest import CLASS_KEY

pytestmark = pytest.mark.model


def test_chat_reaches_the_class_server_through_the_environment(class_server: str) -> None:
    provider = llm.configured_provider({"SCORE_LLM_BASE_URL": class_server,
                                        "SCORE_LLM_API_KEY": CLASS_KEY})
    reply = llm.chat("Say hello to the EIT in five words.", max_tokens=12, provider=provider)
    assert reply.provider == "openai-compatible"
    assert reply.text.strip() and reply.completion_tokens > 0


def test_a_wrong_class_key_is_refused_in_plain_words(class_server: str) -> None:
    provider = llm.configured_provider({"SCORE_LLM_BASE_URL": class_server,
                                        "SCORE_LLM_API_KEY": "wrong-key"})
    with pytest.raises(llm.LLMError, match="refused the API key"):
        llm.chat("hello", max_tokens=4, provider=provider)


def _doctor(**env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).with_name("score-lab")), "doctor", "--details",
         "--skip-model", "--skip-browser"], capture_output=True, text=True, timeout=120,
        env={**os.environ, **env})


def test_doctor_reaches_the_class_server(class_server: str) -> None:
    result = _doctor(SCORE_LLM_BASE_URL=class_server, SCORE_LLM_API_KEY=CLASS_KEY)
    assert f"✔ Language model in use: openai-compatible · model default · {class_server}" \
        f" (reachable)" in result.stdout, result.stdout
    assert CLASS_KEY not in result.stdout + result.stderr


def test_doctor_says_the_class_key_is_wrong(class_server: str) -> None:
    result = _doctor(SCORE_LLM_BASE_URL=class_server, SCORE_LLM_API_KEY="wrong-key")
    assert result.returncode == 1
    assert "✘ Language model in use" in result.stdout
    assert "refused the API key" in result.stdout
    assert "wrong-key" not in result.stdout + result.stderr


def test_doctor_names_the_offline_model_in_use(tmp_path: Path) -> None:
    result = _doctor(SCORE_DATA_DIR=str(tmp_path))
    assert ("✔ Language model in use: offline · model smollm2-135m-instruct "
            "(SmolLM2-135M-Instruct, Q4_1, built in) · this computer (tiny practice model"
            in result.stdout), result.stdout


def test_doctor_says_how_to_install_a_model_that_is_asked_for(tmp_path: Path) -> None:
    result = _doctor(SCORE_DATA_DIR=str(tmp_path), SCORE_LLM_OFFLINE_MODEL="qwen2.5-coder-1.5b")
    assert result.returncode == 1
    assert "✘ Language model in use: SCORE_LLM_OFFLINE_MODEL asks for qwen2.5-coder-1.5b, " \
        "which is not installed" in result.stdout, result.stdout
    assert "score-lab llm install qwen2.5-coder-1.5b" in result.stdout


def test_the_offline_model_check_names_the_model_and_the_better_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from score_helpers.course import doctor

    monkeypatch.setenv("SCORE_DATA_DIR", str(tmp_path))
    result = doctor.check_offline_model()
    assert result.ok, result.detail
    assert result.detail.startswith("smollm2-135m-instruct (SmolLM2-135M-Instruct, Q4_1, built "
                                    "in) answered in ")
    assert "run `score-lab llm install` (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M)" in result.detail


def test_serve_refuses_an_unknown_model_name_and_lists_the_choices() -> None:
    result = subprocess.run([str(Path(sys.executable).with_name("score-lab")), "llm", "serve",
                             "--model", "llama-70b", "--port", "0"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 1
    assert "There is no offline model called 'llama-70b'" in result.stdout
    assert "qwen2.5-coder-1.5b, smollm2-135m" in result.stdout


def test_serve_takes_a_model_name_or_a_gguf_path() -> None:
    from score_helpers.llm.serve import model_choice

    assert model_choice("qwen2.5-coder-1.5b") == {"model": "qwen2.5-coder-1.5b"}
    assert model_choice("/models/other.gguf") == {"gguf": Path("/models/other.gguf")}
    assert model_choice(None) == {}
