"""No secret written into an address appears in any message (privacy.safe_url).

A user name, password or ?api_key= in SCORE_LLM_BASE_URL must not show in
Provider.describe(), its repr, an LLMError or `score-lab doctor`; where the address
points (scheme, host, port, path) must.
"""

from __future__ import annotations

import pytest

from score_helpers import cli, llm
from score_helpers.course import doctor
from score_helpers.llm import offline_model
from score_helpers.privacy import safe_url, scrub_urls

SECRETS = ("s3cretpass", "sk-abc123")


@pytest.mark.parametrize(("url", "shown"), [
    ("https://user:s3cretpass@example.invalid/v1?api_key=sk-abc123",
     "https://example.invalid/v1?api_key=***"),
    ("http://ana@127.0.0.1:11434/v1", "http://127.0.0.1:11434/v1"),
    ("https://x.openai.azure.com/openai?api-version=2024-10-21",
     "https://x.openai.azure.com/openai?api-version=2024-10-21"),
    ("https://h/v1?API_KEY=a&Key=b&token=c&access_token=d&sig=e&signature=f&password=g"
     "&secret=h&code=i&model=llama3.2",
     "https://h/v1?API_KEY=***&Key=***&token=***&access_token=***&sig=***&signature=***"
     "&password=***&secret=***&code=***&model=llama3.2"),
    ("https://h/v1?x-api-key=a&apiKey=b&client_secret=c&X-Amz-Signature=d&monkey=e",
     "https://h/v1?x-api-key=***&apiKey=***&client_secret=***&X-Amz-Signature=***&monkey=e"),
    ("https://h/cb#access_token=abc&state=ok", "https://h/cb#access_token=***&state=ok"),
    ("https://host/v1?email=ana@example.com&key=k", "https://host/v1?email=ana@example.com&key=***"),
    ("https://u:pa/ss@host:8080/v1", "https://host:8080/v1"),        # an unescaped / in it
    ("https://host:8080/@scope/v1", "https://host:8080/@scope/v1"),  # an @ in the path only
    ("http://[::1]:8080/v1?token=t", "http://[::1]:8080/v1?token=***"),
    ("user:pw@localhost:1234/v1", "localhost:1234/v1"),
    ("this computer", "this computer"),
    ("", ""),
])
def test_safe_url_hides_credentials_and_secret_parameters(url: str, shown: str) -> None:
    assert safe_url(url) == shown


def test_urls_inside_a_text_are_cleaned() -> None:
    text = ("ConnectError('https://user:s3cretpass@example.invalid/v1?api_key=sk-abc123') "
            "see http://127.0.0.1:8080/v1.")
    assert scrub_urls(text) == ("ConnectError('https://example.invalid/v1?api_key=***') "
                                "see http://127.0.0.1:8080/v1.")


def _provider(monkeypatch: pytest.MonkeyPatch, scheme: str, host: str) -> llm.Provider:
    """The provider configured by a SCORE_LLM_BASE_URL holding a password and a key."""
    monkeypatch.setenv("SCORE_LLM_BASE_URL",
                       f"{scheme}://user:s3cretpass@{host}/v1?api_key=sk-abc123")
    monkeypatch.setenv("SCORE_LLM_MODEL", "llama3.2")
    return llm.configured_provider()


def test_describe_and_repr_show_where_without_the_secrets(
        monkeypatch: pytest.MonkeyPatch) -> None:
    provider = _provider(monkeypatch, "https", "example.invalid")
    assert "s3cretpass" in provider.base_url, "the request itself still gets them"
    for shown in (provider.describe(), repr(provider), provider.address):
        assert "example.invalid/v1" in shown
        assert not any(secret in shown for secret in SECRETS), shown


def test_a_failed_call_names_the_server_without_the_secrets(
        monkeypatch: pytest.MonkeyPatch) -> None:
    port = offline_model.free_port()
    provider = _provider(monkeypatch, "http", f"127.0.0.1:{port}")
    with pytest.raises(llm.LLMError) as chat_error:
        llm.chat("hello", provider=provider, timeout=5)
    with pytest.raises(llm.LLMError) as models_error:
        llm.reachable_models(provider)
    for error in (chat_error.value, models_error.value):
        assert f"Cannot reach http://127.0.0.1:{port}/v1?api_key=***" in str(error)
        assert not any(secret in str(error) for secret in SECRETS), str(error)


def test_score_lab_doctor_shows_no_secret(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    port = offline_model.free_port()
    url = f"http://user:s3cretpass@127.0.0.1:{port}/v1?api_key=sk-abc123"
    monkeypatch.setenv("SCORE_LLM_BASE_URL", url)

    def check_crashing() -> doctor.Check:
        raise RuntimeError(f"could not parse {url}")

    monkeypatch.setattr(doctor, "ALL_CHECKS", (doctor.check_provider, check_crashing))
    assert cli.main(["doctor", "--details", "--skip-model", "--skip-browser"]) == 1
    printed = capsys.readouterr().out
    assert f"127.0.0.1:{port}/v1" in printed and "Language model in use" in printed
    assert "could not parse" in printed
    assert not any(secret in printed for secret in SECRETS), printed
