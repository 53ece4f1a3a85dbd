"""`score-lab llm relay`: a class reaches a paid provider through the class server.

    SCORE_LLM_UPSTREAM_KEY=<paid key> SCORE_LLM_CLASS_KEY=<class key> \
        score-lab llm relay --upstream https://api.openai.com/v1 --port 8080

Participants set SCORE_LLM_BASE_URL=http://<server>:8080/v1 and SCORE_LLM_API_KEY=<class
key>. The relay checks the class key, forwards only the two calls the course makes
(`GET /v1/models` and `POST /v1/chat/completions`, streamed or not) with the paid key, and
passes the answer back. The paid key stays on the server: it is read from the environment
(never from the command line, which other users can list), never sent to a participant and
never printed. The class key can be changed at any time without touching the paid account.
"""

from __future__ import annotations

import argparse
import hmac
import json
import os
from typing import Any

from score_helpers.privacy import safe_url

ALLOWED = {("GET", "models"), ("POST", "chat/completions")}
MAX_BODY_BYTES = 1_000_000          # a chat request of the course is a few kB
UPSTREAM_KEY_ENV = "SCORE_LLM_UPSTREAM_KEY"
CLASS_KEY_ENV = "SCORE_LLM_CLASS_KEY"
FORWARDED_HEADERS = ("Content-Type", "Accept")


def _error(message: str, kind: str) -> bytes:
    """An OpenAI-style error body, which the openai client turns into a clear exception."""
    return json.dumps({"error": {"message": message, "type": kind}}).encode()


def make_app(upstream: str, upstream_key: str, class_key: str) -> Any:
    """The tornado application of the relay (tornado ships with Jupyter)."""
    import tornado.httpclient
    import tornado.web

    base = upstream.rstrip("/")

    class RelayHandler(tornado.web.RequestHandler):
        """Checks the class key, then forwards one allowed call with the paid key."""

        def _refuse(self, status: int, message: str, kind: str) -> None:
            self.set_status(status)
            self.set_header("Content-Type", "application/json")
            self.finish(_error(message, kind))

        def _class_key_ok(self) -> bool:
            given = self.request.headers.get("Authorization", "").removeprefix("Bearer ")
            return hmac.compare_digest(given.encode(), class_key.encode())

        async def _forward(self, method: str, path: str) -> None:
            if (method, path) not in ALLOWED:
                return self._refuse(404, "This class server only relays the models list and "
                                    "chat completions.", "not_found")
            if not self._class_key_ok():
                return self._refuse(401, "Wrong or missing class key: ask your trainer for "
                                    "the class key (SCORE_LLM_API_KEY).", "invalid_api_key")
            if len(self.request.body) > MAX_BODY_BYTES:
                return self._refuse(413, "The request is too large for the class server.",
                                    "request_too_large")
            headers = {name: self.request.headers[name] for name in FORWARDED_HEADERS
                       if name in self.request.headers}
            headers["Authorization"] = f"Bearer {upstream_key}"

            def on_headers(line: str) -> None:
                if line.startswith("HTTP/"):
                    self.set_status(int(line.split()[1]))
                elif line.lower().startswith("content-type:"):
                    self.set_header("Content-Type", line.split(":", 1)[1].strip())

            def on_chunk(chunk: bytes) -> None:   # passed on as it comes (streamed answers)
                self.write(chunk)
                self.flush()

            request = tornado.httpclient.HTTPRequest(
                f"{base}/{path}", method=method, headers=headers,
                body=self.request.body if method == "POST" else None,
                header_callback=on_headers, streaming_callback=on_chunk,
                request_timeout=300, follow_redirects=False)
            try:
                await tornado.httpclient.AsyncHTTPClient().fetch(request, raise_error=False)
            except OSError as error:
                return self._refuse(502, f"The class server cannot reach the provider at "
                                    f"{safe_url(base)} ({type(error).__name__}).",
                                    "upstream_unreachable")
            self.finish()

        async def get(self, path: str) -> None:
            """GET /v1/models."""
            await self._forward("GET", path)

        async def post(self, path: str) -> None:
            """POST /v1/chat/completions."""
            await self._forward("POST", path)

    return tornado.web.Application([(r"/v1/(.*)", RelayHandler)])


def serve_relay(upstream: str, host: str, port: int, upstream_key: str,
                class_key: str) -> Any:
    """Listen on host:port; returns the tornado HTTPServer (stop() it to close)."""
    import tornado.httpserver

    server = tornado.httpserver.HTTPServer(make_app(upstream, upstream_key, class_key),
                                           max_body_size=MAX_BODY_BYTES)
    server.listen(port, address=host)
    return server


def _relay(args: argparse.Namespace) -> int:
    import asyncio

    upstream_key = os.environ.get(UPSTREAM_KEY_ENV, "").strip()
    class_key = os.environ.get(CLASS_KEY_ENV, "").strip()
    if not upstream_key or len(class_key) < 16:
        print(f"Set {UPSTREAM_KEY_ENV} (the paid provider's key) and {CLASS_KEY_ENV} (a class "
              "key of 16 characters or more) in the environment, then start the relay again.")
        return 2

    async def run() -> None:
        serve_relay(args.upstream, args.host, args.port, upstream_key, class_key)
        print(f"Relaying {safe_url(args.upstream)} at http://{args.host}:{args.port}/v1 "
              "for the class key. Press Ctrl+C to stop.", flush=True)
        await asyncio.Event().wait()

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        print("Stopped.")
    return 0


def register(actions: argparse._SubParsersAction) -> None:
    """Add `score-lab llm relay` to the `llm` actions."""
    relay = actions.add_parser("relay", help="relay a paid provider to the class with a class key")
    relay.add_argument("--upstream", required=True, help="the provider's base URL, e.g. "
                       "https://api.openai.com/v1")
    relay.add_argument("--host", default="127.0.0.1", help="address to listen on")
    relay.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    relay.set_defaults(handler=_relay)
