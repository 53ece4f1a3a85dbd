"""`score-lab llm relay`: participants reach a paid provider with the class key only.

The "paid provider" here is the real embedded model behind `score-lab llm serve` with its
own key (the class_server fixture); the relay in front of it holds that key, and the
participants' side uses the real openai client with the relay's class key.
"""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from score_helpers import llm
from score_helpers.course.voila_server import free_port
from tests.conftest import CLASS_KEY, printing_until

pytestmark = pytest.mark.model

RELAY_KEY = "class-key-for-the-relay-0123"


@pytest.fixture(scope="module")
def relay(class_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """The relay on a free port, holding the upstream's key; yields its URL and its log."""
    port = free_port()
    log = tmp_path_factory.mktemp("relay") / "relay.log"
    env = dict(os.environ, SCORE_LLM_UPSTREAM_KEY=CLASS_KEY, SCORE_LLM_CLASS_KEY=RELAY_KEY)
    with printing_until([str(Path(sys.executable).with_name("score-lab")), "llm", "relay",
                         "--upstream", class_server, "--port", str(port)], log,
                        "Press Ctrl+C", env=env, timeout=30):
        yield {"url": f"http://127.0.0.1:{port}/v1", "log": log}


def test_the_class_key_reaches_the_provider(relay: dict) -> None:
    provider = llm.configured_provider({"SCORE_LLM_BASE_URL": relay["url"],
                                        "SCORE_LLM_API_KEY": RELAY_KEY})
    reply = llm.chat("Say hello to the EIT in five words.", max_tokens=12, provider=provider)
    assert reply.text.strip() and reply.completion_tokens > 0


def test_a_streamed_answer_comes_through(relay: dict) -> None:
    client = openai.OpenAI(base_url=relay["url"], api_key=RELAY_KEY)
    model = client.models.list().data[0].id
    chunks = list(client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": "Count to three."}],
        max_tokens=12, stream=True))
    assert len(chunks) > 2
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices).strip()


@pytest.mark.parametrize("key", ["wrong-key", CLASS_KEY])
def test_any_other_key_is_refused_even_the_paid_one(relay: dict, key: str) -> None:
    provider = llm.configured_provider({"SCORE_LLM_BASE_URL": relay["url"],
                                        "SCORE_LLM_API_KEY": key})
    with pytest.raises(llm.LLMError, match="refused the API key"):
        llm.chat("hello", max_tokens=4, provider=provider)


def test_only_the_two_calls_of_the_course_are_relayed(relay: dict) -> None:
    request = urllib.request.Request(f"{relay['url']}/files",
                                     headers={"Authorization": f"Bearer {RELAY_KEY}"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 404


def test_the_paid_key_is_never_shown(relay: dict) -> None:
    request = urllib.request.Request(f"{relay['url']}/models",
                                     headers={"Authorization": f"Bearer {RELAY_KEY}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = response.read().decode() + str(dict(response.headers))
    assert CLASS_KEY not in answer
    assert CLASS_KEY not in relay["log"].read_text()


def test_the_relay_will_not_start_without_its_keys() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("SCORE_LLM_UPSTREAM_KEY", "SCORE_LLM_CLASS_KEY")}
    done = subprocess.run([str(Path(sys.executable).with_name("score-lab")), "llm", "relay",
                           "--upstream", "http://127.0.0.1:9/v1", "--port", str(free_port())],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2 and "SCORE_LLM_UPSTREAM_KEY" in done.stdout
