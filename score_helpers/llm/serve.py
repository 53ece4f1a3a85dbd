"""`score-lab llm serve`: one shared OpenAI-compatible model server for a class offline.

    score-lab llm serve --host 0.0.0.0 --port 8080 --api-key CLASSKEY

Participants then set SCORE_LLM_BASE_URL=http://<trainer-laptop>:8080/v1 and
SCORE_LLM_API_KEY=CLASSKEY. It serves the embedded SmolLM2 model, or any GGUF file given.
"""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

from score_helpers.llm import offline_model
from score_helpers.privacy import safe_url


def _serve(args: argparse.Namespace) -> int:
    try:
        server = offline_model.start_server(
            args.host, args.port, gguf=Path(args.model) if args.model else None,
            api_keys=[args.api_key] if args.api_key else None, n_parallel=args.parallel)
    except offline_model.OfflineModelError as error:
        print(error)
        return 1
    shown = safe_url(server.base_url).replace("0.0.0.0", "<this-computer's-address>")
    print(f"Serving {server.model} ({server.gguf.name}) at {shown}", flush=True)
    print(f"Participants set SCORE_LLM_BASE_URL={shown}"
          + (" and SCORE_LLM_API_KEY to the class key." if args.api_key else "."), flush=True)
    print("Press Ctrl+C to stop.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print("Stopped.")
    finally:
        server.stop()
    return 0


def register_cli(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add `score-lab llm serve` to score-lab's sub-commands."""
    llm = subparsers.add_parser("llm", help="language-model tools for a class")
    actions = llm.add_subparsers(dest="llm_command", required=True, metavar="ACTION")
    serve = actions.add_parser("serve", help="serve the offline model to the class")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (0.0.0.0 for the whole class network)")
    serve.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    serve.add_argument("--api-key", help="a class key participants must send")
    serve.add_argument("--model", help="path of another GGUF file (default: the embedded model)")
    serve.add_argument("--parallel", type=int, default=2, help="requests served at once")
    serve.set_defaults(handler=_serve)
    from score_helpers.llm import relay

    relay.register(actions)
    return serve
