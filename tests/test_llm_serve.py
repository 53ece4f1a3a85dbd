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
        [str(Path(sys.executable).with_name("score-lab")), "doctor", "--skip-model",
         "--skip-browser"], capture_output=True, text=True, timeout=120,
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
