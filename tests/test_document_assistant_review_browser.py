"""The document assistant's guards, review gate and phone route in real headless Chromium.

Voila runs the app with SCORE_LLM_BASE_URL pointing at a tiny OpenAI-compatible server
on 127.0.0.1 (stdlib http.server, streaming Server-Sent Events), so the real `openai`
client and the real generation guards of `llm.chat` run on its replies: a repeating
reply for the "repeat drill" topic, a toolbox talk with a missing heading otherwise.
"""

from __future__ import annotations

import base64
import json
import os
import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from score_helpers.course.voila_server import LOCALHOST, free_port, serve, voila_command
from tests.test_document_assistant import DRAFT

pytestmark = pytest.mark.browser

RENDER_TIMEOUT_MS = 90_000
CHANGE_TIMEOUT_MS = 30_000
PHONE = "0917 123 4567"
MD_LINK = "a.doc-assist-download-md"
REPEAT_TOPIC = "Forklift safety repeat drill"
REPEATING_LINE = "Task: Write a toolbox talk from the facts given.\n"
FLAGGED = DRAFT.replace("## The hazards\n", "")  # a heading missing: one ✘ line


class FakeModel(BaseHTTPRequestHandler):
    """/v1/chat/completions, streamed as the openai client expects; counts what it sent."""

    sent: list[int] = []  # chunks written per request, until the client hung up

    def log_message(self, *_args: object) -> None:  # keep the test output quiet
        return

    def do_POST(self) -> None:
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        user = request["messages"][-1]["content"]
        pieces = ([REPEATING_LINE] * 60 if REPEAT_TOPIC in user
                  else [line + "\n" for line in FLAGGED.splitlines()])
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        sent = 0
        try:
            for piece in pieces:
                self._event({"choices": [{"index": 0, "delta": {"content": piece},
                                          "finish_reason": None}]})
                sent += 1
                time.sleep(0.02)
            self._event({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            self._event({"choices": [], "usage": {"prompt_tokens": 50, "total_tokens": 50 + sent,
                                                   "completion_tokens": sent}})
            self.wfile.write(b"data: [DONE]\n\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the guard stopped reading
        FakeModel.sent.append(sent)

    def _event(self, body: dict[str, object]) -> None:
        chunk = {"id": "fake", "object": "chat.completion.chunk", "created": 0,
                 "model": "fake-model", **body}
        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        self.wfile.flush()


@pytest.fixture(scope="module")
def fake_model() -> Iterator[str]:
    """The fake OpenAI-compatible server; yields its base URL."""
    server = ThreadingHTTPServer((LOCALHOST, free_port()), FakeModel)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://{LOCALHOST}:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def assistant_url(fake_model: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The document assistant in Voila, its model the fake server; yields the page URL."""
    port = free_port()
    env = dict(os.environ, SCORE_LLM_BASE_URL=fake_model, SCORE_LLM_MODEL="fake-model",
               NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    command = voila_command("apps/", port, ["--VoilaConfiguration.show_tracebacks=True"])
    log: Path = tmp_path_factory.mktemp("voila-assistant") / "voila.log"
    with serve(command, port, env=env, log_path=log) as base:
        yield f"{base}/voila/render/document_assistant.ipynb"


def open_toolbox_talk(page: object, url: str, topic: str) -> None:
    """Open the app and fill in a toolbox talk on `topic` (a phone number in the hazards)."""
    page.goto(url, timeout=RENDER_TIMEOUT_MS)
    page.locator(".doc-assist-kind select").wait_for(timeout=RENDER_TIMEOUT_MS)
    page.locator(".doc-assist-kind select").select_option(label="Toolbox talk")
    page.locator(".doc-assist-field-topic input").wait_for(timeout=CHANGE_TIMEOUT_MS)
    page.locator(".doc-assist-field-topic input").fill(topic)
    page.locator(".doc-assist-field-hazards textarea").fill(
        f"Blind corners near the warehouse. Report near misses to {PHONE}.")
    controls = page.locator(".doc-assist-field-controls textarea")
    controls.fill("Sound the horn at every corner.")
    controls.press("Tab")  # sends the last box


def markdown_in_link(page: object) -> str:
    """The text of the Markdown file the download link saves."""
    href = page.locator(MD_LINK).get_attribute("href")
    return base64.b64decode(href.split("base64,", 1)[1]).decode("utf-8")


def test_the_assistant_refuses_a_repeating_draft(page: object, assistant_url: str) -> None:
    open_toolbox_talk(page, assistant_url, REPEAT_TOPIC)
    assert "openai-compatible" in page.locator(".doc-assist-provider").inner_text()
    FakeModel.sent.clear()
    page.locator(".doc-assist-generate").click()
    refusal = page.locator(".doc-assist-notice .doc-assist-error")
    refusal.wait_for(timeout=CHANGE_TIMEOUT_MS)
    message = refusal.inner_text()
    assert "started repeating itself, so it was stopped" in message
    assert "score-lab llm install" in message and "chat assistant on your phone" in message
    page.locator(".doc-assist-busy").wait_for(state="detached", timeout=CHANGE_TIMEOUT_MS)
    assert page.locator(".doc-assist-draft textarea").input_value() == ""
    assert page.locator(MD_LINK).count() == 0
    assert FakeModel.sent and FakeModel.sent[-1] < 60  # the guard stopped the stream
    page.locator(".doc-assist-check").click()
    page.locator(".doc-assist-checklist", has_text="no draft to check").wait_for(
        timeout=CHANGE_TIMEOUT_MS)
    assert page.locator(MD_LINK).count() == 0
    assert "Traceback" not in page.content() and page.js_errors == []


def test_the_download_appears_only_after_review(page: object, assistant_url: str) -> None:
    open_toolbox_talk(page, assistant_url, "Safe use of the forklift")
    page.locator(".doc-assist-generate").click()
    checklist = page.locator(".doc-assist-checklist")
    checklist.filter(has_text="✘").wait_for(timeout=CHANGE_TIMEOUT_MS)
    assert "'The hazards'" in checklist.inner_text()
    signoff = page.locator(".doc-assist-signoff")
    assert signoff.is_visible() and "I checked these myself" in signoff.inner_text()
    assert page.locator(MD_LINK).count() == 0
    assert "No files yet" in page.locator(".doc-assist-downloads").inner_text()

    page.locator(".doc-assist-signoff-tick input").check()
    page.wait_for_timeout(1000)
    assert page.locator(MD_LINK).count() == 0  # a tick alone is not enough
    page.locator(".doc-assist-signoff-name input").fill("Ana Cruz")
    page.locator(MD_LINK).wait_for(timeout=CHANGE_TIMEOUT_MS)
    markdown = markdown_in_link(page)
    assert f"reviewed by: Ana Cruz on {date.today().isoformat()}" in markdown
    assert "Ana Cruz checked the lines the review checklist flagged (✘) by hand" in markdown
    assert "(openai-compatible · fake-model)" in markdown

    # an edit hides the files and the sign-off until the next check
    page.locator(".doc-assist-draft textarea").fill(FLAGGED + "\n- Lights on.")
    page.locator(MD_LINK).wait_for(state="detached", timeout=CHANGE_TIMEOUT_MS)
    assert not signoff.is_visible()
    assert "Traceback" not in page.content() and page.js_errors == []


def test_the_phone_route_copies_the_redacted_prompt_and_checks_the_pasted_answer(
        page: object, assistant_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_toolbox_talk(page, assistant_url, "Safe use of the forklift")
    prompt = page.locator(".doc-assist-copy-text")
    page.wait_for_function("(document.querySelector('.doc-assist-copy-text') || {value: ''})"
                           ".value.includes('[PHONE]')", timeout=CHANGE_TIMEOUT_MS)
    assert PHONE not in prompt.input_value() and "Safe use of the forklift" in prompt.input_value()
    assert "repeats itself or invents facts" in page.locator(".doc-assist-phone").inner_text()

    page.locator("button.doc-assist-copy").click()
    page.locator(".doc-assist-copy-note", has_text="Copied").wait_for(timeout=CHANGE_TIMEOUT_MS)
    assert page.evaluate("navigator.clipboard.readText()") == prompt.input_value()

    # a browser that blocks the clipboard: the whole text is selected instead
    page.evaluate("navigator.clipboard.writeText = () => Promise.reject(new Error('no'));"
                  "document.execCommand = () => false;")
    page.locator("button.doc-assist-copy").click()
    page.locator(".doc-assist-copy-note", has_text="blocked copying").wait_for(
        timeout=CHANGE_TIMEOUT_MS)
    assert page.evaluate("(() => { const box = document.querySelector('.doc-assist-copy-text');"
                         " return document.activeElement === box && box.selectionStart === 0"
                         " && box.selectionEnd === box.value.length; })()")

    paste = page.locator(".doc-assist-paste textarea")
    paste.fill(DRAFT)
    paste.press("Tab")
    page.locator(".doc-assist-use-pasted").click()
    page.locator(".doc-assist-checklist", has_text="Nothing flagged").wait_for(
        timeout=CHANGE_TIMEOUT_MS)
    assert page.locator(".doc-assist-draft textarea").input_value() == DRAFT
    page.locator(MD_LINK).wait_for(timeout=CHANGE_TIMEOUT_MS)
    assert "Draft written with AI (your own chat assistant)" in markdown_in_link(page)
    assert "Traceback" not in page.content() and page.js_errors == []
