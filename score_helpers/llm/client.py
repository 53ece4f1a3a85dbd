"""One way to talk to a language model, whichever model it is.

Every provider goes through the official `openai` client. The provider is chosen from
the environment, first match wins:

1. `SCORE_LLM_BASE_URL` (+ `SCORE_LLM_API_KEY`, `SCORE_LLM_MODEL`): any OpenAI-compatible
   server, such as Ollama, LM Studio, llama.cpp or vLLM on the trainer's laptop;
2. `AZURE_OPENAI_API_KEY` + `AZURE_OPENAI_ENDPOINT` (+ `OPENAI_API_VERSION`,
   `SCORE_LLM_MODEL` = the deployment name): Azure OpenAI;
3. `OPENAI_API_KEY` (+ `SCORE_LLM_MODEL`): OpenAI;
4. otherwise the embedded offline model (see `offline_model`): no key, no internet.

Keys are read from the environment only and never printed: `Provider.__repr__` hides them,
and every address shown (`Provider.address`, `describe`, `repr`, error messages) goes
through `privacy.safe_url`, so a `user:password@` or `?api_key=` written into
SCORE_LLM_BASE_URL is never shown either.
Before text goes to any provider other than the embedded model, `chat` removes personal
data with `privacy.redact` (RA 10173) and reports what it removed; only `redact=False`
switches that off.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from score_helpers.llm import guards
from score_helpers.llm.guards import GuardNote
from score_helpers.llm.language import LANGUAGES, language_note
from score_helpers.privacy import safe_url

OPENAI_DEFAULT_MODEL = "gpt-4o-mini"
AZURE_DEFAULT_API_VERSION = "2024-10-21"
OFFLINE = "offline"
OPENAI_ADDRESS = "https://api.openai.com/v1"
CLOUD = ("openai", "azure-openai")
# With a guard, `chat` streams even without a live preview, so a repeating reply is stopped
# as soon as it starts: measured with SmolLM2 on 2 cores, streaming costs nothing (first
# piece after 0.03 s, same total time) and a looping draft stops seconds earlier.
STREAM_GUARDED = True


@dataclass(frozen=True)
class Provider:
    """Where requests go: a name, an OpenAI-compatible base URL, a model and a key."""

    name: str
    model: str
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    azure_endpoint: str | None = None
    api_version: str | None = None

    @property
    def is_remote(self) -> bool:
        """True when text leaves this computer (anything but the offline model)."""
        return self.name != OFFLINE

    @property
    def address(self) -> str:
        """Where the requests go, for people: a URL without its secrets (privacy.safe_url)
        or 'this computer'."""
        if self.name == "openai":
            return OPENAI_ADDRESS
        url = self.base_url or self.azure_endpoint
        return safe_url(url) if url else "this computer"

    def describe(self) -> str:
        """A one-line, key-free description for people."""
        return f"{self.name} · model {self.model} · {self.address}"

    def __repr__(self) -> str:
        """Like the dataclass's, without the key and with the addresses' secrets hidden."""
        base_url = safe_url(self.base_url) if self.base_url else None
        endpoint = safe_url(self.azure_endpoint) if self.azure_endpoint else None
        return (f"Provider(name={self.name!r}, model={self.model!r}, base_url={base_url!r}, "
                f"azure_endpoint={endpoint!r}, api_version={self.api_version!r})")


def configured_provider(env: Mapping[str, str] | None = None) -> Provider:
    """The provider chosen by the environment variables (see the module docstring)."""
    env = os.environ if env is None else env
    model = env.get("SCORE_LLM_MODEL", "").strip()
    if env.get("SCORE_LLM_BASE_URL", "").strip():
        return Provider("openai-compatible", model or "default",
                        base_url=env["SCORE_LLM_BASE_URL"].strip().rstrip("/"),
                        api_key=env.get("SCORE_LLM_API_KEY") or "not-needed")
    if env.get("AZURE_OPENAI_API_KEY") and env.get("AZURE_OPENAI_ENDPOINT"):
        return Provider("azure-openai", model or OPENAI_DEFAULT_MODEL,
                        api_key=env["AZURE_OPENAI_API_KEY"],
                        azure_endpoint=env["AZURE_OPENAI_ENDPOINT"].strip(),
                        api_version=env.get("OPENAI_API_VERSION", AZURE_DEFAULT_API_VERSION))
    if env.get("OPENAI_API_KEY"):
        return Provider("openai", model or OPENAI_DEFAULT_MODEL, api_key=env["OPENAI_API_KEY"])
    from score_helpers.llm import offline_model

    return Provider(OFFLINE, offline_model.active_alias())


@functools.lru_cache(maxsize=8)
def client_for(provider: Provider, timeout: float = 60.0) -> Any:
    """An `openai` client for the provider, made once and reused (its connection pool
    too); the offline server starts on first use."""
    import openai

    if provider.name == "azure-openai":
        return openai.AzureOpenAI(api_key=provider.api_key, azure_endpoint=provider.azure_endpoint,
                                  api_version=provider.api_version, timeout=timeout)
    if provider.name == OFFLINE:
        from score_helpers.llm import offline_model

        server = offline_model.shared_server()
        return openai.OpenAI(base_url=server.base_url, api_key="not-needed", timeout=timeout)
    return openai.OpenAI(base_url=provider.base_url, api_key=provider.api_key, timeout=timeout)


class LLMError(RuntimeError):
    """The model could not answer; the message says why in plain words and what to do."""


@dataclass(frozen=True)
class Reply:
    """A model's answer with what it cost (tokens, seconds), what was redacted, what the
    generation guards noticed (`notes`) and whether they stopped it early (`stopped`)."""

    text: str
    provider: str
    model: str
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    redacted: dict[str, int] = field(default_factory=dict)
    sent: tuple[dict[str, str], ...] = ()
    notes: tuple[GuardNote, ...] = ()
    stopped: bool = False


def _friendly_error(error: Exception, provider: Provider) -> LLMError:
    """Turn an openai client error into a message a trainer can act on."""
    import openai

    where = "the embedded model" if provider.name == OFFLINE else provider.address
    if isinstance(error, openai.APIConnectionError) and provider.name in CLOUD:
        return LLMError(f"Cannot reach {where}. Is this computer connected to the internet? "
                        "Without internet, unset OPENAI_API_KEY (and AZURE_OPENAI_API_KEY) to "
                        "use the offline practice model.")
    if isinstance(error, openai.APIConnectionError):
        return LLMError(f"Cannot reach {where}. Is the server (for example Ollama or LM Studio) "
                        "running, and is the address right? Run `score-lab doctor`.")
    if isinstance(error, openai.AuthenticationError):
        return LLMError(f"{provider.name} refused the API key. Check the key in your environment "
                        "variables; it is never shown here.")
    if isinstance(error, openai.RateLimitError):
        return LLMError(f"{provider.name} says too many requests (rate limit). Wait a minute and "
                        "try again, or use the offline model.")
    if isinstance(error, openai.NotFoundError):
        return LLMError(f"The model {provider.model!r} was not found at {where}. Check "
                        "SCORE_LLM_MODEL (for Ollama: the name shown by `ollama list`).")
    return LLMError(f"The model at {where} could not answer: {type(error).__name__}.")


def reachable_models(provider: Provider, timeout: float = 5.0) -> list[str]:
    """The model names a provider's server lists; LLMError (in plain words) when the
    server cannot be reached or refuses the key. For `score-lab doctor` and the apps."""
    import openai

    try:
        client = client_for(provider, timeout=timeout).with_options(max_retries=0)
        return [model.id for model in client.models.list()]
    except openai.OpenAIError as error:
        raise _friendly_error(error, provider) from None


def redactions(messages: Sequence[Mapping[str, str]], roster: Sequence[str] | None = None
               ) -> list[Any]:
    """Each message's `privacy.Redaction`: what `chat` sends to a non-local provider, with
    what it removed (the apps' redaction preview shows exactly this)."""
    from score_helpers import privacy

    return [privacy.redact(message["content"], roster=roster) for message in messages]


def _redacted(messages: list[dict[str, str]], roster: Sequence[str] | None
              ) -> tuple[list[dict[str, str]], dict[str, int]]:
    counts: dict[str, int] = {}
    cleaned = []
    for message, result in zip(messages, redactions(messages, roster), strict=True):
        for kind, count in result.counts().items():
            counts[kind] = counts.get(kind, 0) + count
        cleaned.append({**message, "content": result.text})
    return cleaned, counts


def _streamed(stream: Any, on_text: Callable[[str], None] | None,
              guard: guards.Guard | None) -> tuple[str, int, int, str | None]:
    """Pass each new piece of text to `on_text` and to the guard; close the stream (so the
    server stops) when the guard says so. Returns the text, the token counts and why the
    server stopped (its finish_reason)."""
    pieces: list[str] = []
    prompt_tokens = completion_tokens = 0
    finish_reason = None
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            pieces.append(chunk.choices[0].delta.content)
            if on_text is not None:
                on_text(pieces[-1])
            if guard is not None and guard.feed(pieces[-1]):
                stream.close()
                break
        if chunk.choices and chunk.choices[0].finish_reason:
            finish_reason = chunk.choices[0].finish_reason
        if getattr(chunk, "usage", None):
            prompt_tokens = chunk.usage.prompt_tokens or 0
            completion_tokens = chunk.usage.completion_tokens or 0
    return "".join(pieces), prompt_tokens, completion_tokens or len(pieces), finish_reason


def _checked(guard: guards.Guard, finish_reason: str | None, max_tokens: int,
             language: str | None) -> tuple[str, tuple[GuardNote, ...]]:
    """The text the guards keep and their notes, with the server's cut and the language."""
    guard.finish()
    notes = list(guard.notes)
    if finish_reason == "length" and not guard.stopped:
        notes.append(guards.cut_by_server_note(max_tokens))
    found = language_note(language, guard.text) if language is not None else None
    return guard.text, tuple(notes) + ((found,) if found else ())


def _ask(completions: Any, request: dict[str, Any], on_text: Callable[[str], None] | None,
         guard: guards.Guard | None) -> tuple[str, int, int, str | None]:
    """Send the request, streamed when there is a live preview or a guard (STREAM_GUARDED);
    the text, the token counts and the server's finish_reason."""
    if on_text is not None or (guard is not None and STREAM_GUARDED):
        stream = completions.create(**request, stream=True,
                                    stream_options={"include_usage": True})
        return _streamed(stream, on_text, guard)
    response = completions.create(**request)
    text = response.choices[0].message.content or ""
    if guard is not None:
        guard.feed(text)
    usage = response.usage
    return (text, getattr(usage, "prompt_tokens", 0) or 0,
            getattr(usage, "completion_tokens", 0) or 0, response.choices[0].finish_reason)


def chat(prompt: str | Sequence[Mapping[str, str]], *, system: str | None = None,
         temperature: float = 0.2, max_tokens: int = 256,
         provider: Provider | None = None, redact: bool = True,
         roster: Sequence[str] | None = None, timeout: float = 60.0,
         on_text: Callable[[str], None] | None = None, seed: int | None = None,
         language: str | None = None, guard: bool = True,
         max_chars: int | None = None) -> Reply:
    """Send a prompt (or a list of chat messages) and return the model's reply.

    Uses the configured provider unless one is given. For any provider but the embedded
    offline model, personal data (phones, government IDs, emails, `roster` names) is
    removed first; `Reply.redacted` counts what was removed and `Reply.sent` is exactly
    what left this computer. With `on_text`, `on_text` gets each new piece of text as it
    arrives (for a live preview). A `seed` makes sampling at temperature > 0 repeatable on
    servers that support it (llama.cpp, the embedded model, OpenAI on a best-effort basis).

    With `guard` (the default) the generation guards (see `guards`) watch the reply as it
    streams: a reply that repeats a line, loops on a phrase, copies the prompt back or
    passes `max_chars` characters (default: `guards.default_max_chars(max_tokens)`) is
    stopped there, `Reply.stopped` is True and `Reply.text` ends before the repetition.
    `Reply.notes` says what happened, also when the server cut the reply at `max_tokens`
    and, when `language` ("English", "Filipino" or "Taglish") is given, when the reply
    came back in another language. `guard=False` returns the model's raw text, no notes.
    Errors become an `LLMError` with a plain explanation.
    """
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)} or None, "
                         f"not {language!r}.")
    provider = provider or configured_provider()
    messages: list[dict[str, str]] = [{"role": "system", "content": system}] if system else []
    if isinstance(prompt, str):
        messages.append({"role": "user", "content": prompt})
    else:
        messages.extend(dict(message) for message in prompt)
    counts: dict[str, int] = {}
    if redact and provider.is_remote:
        messages, counts = _redacted(messages, roster)
    from score_helpers.llm import models

    messages = models.shape_messages(messages, provider.model)
    watcher = (guards.Guard(messages, max_chars=max_chars or guards.default_max_chars(max_tokens))
               if guard else None)
    import openai

    started = time.perf_counter()
    request: dict[str, Any] = {"model": provider.model, "messages": messages,
                               "temperature": temperature, "max_tokens": max_tokens}
    if seed is not None:
        request["seed"] = seed
    try:
        completions = client_for(provider, timeout=timeout).chat.completions
        text, prompt_tokens, completion_tokens, finish = _ask(completions, request, on_text,
                                                              watcher)
    except openai.OpenAIError as error:
        raise _friendly_error(error, provider) from None
    notes: tuple[GuardNote, ...] = ()
    if watcher is not None:
        text, notes = _checked(watcher, finish, max_tokens, language)
    return Reply(text=text.strip(), provider=provider.name, model=provider.model,
                 prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
                 seconds=time.perf_counter() - started, redacted=counts,
                 sent=tuple(messages), notes=notes,
                 stopped=watcher is not None and watcher.stopped)
