"""`score-lab llm serve`: one shared OpenAI-compatible model server for a class offline.

    score-lab llm serve --host 0.0.0.0 --port 8080 --api-key CLASSKEY

Participants then set SCORE_LLM_BASE_URL=http://<trainer-laptop>:8080/v1 and
SCORE_LLM_API_KEY=CLASSKEY. It serves the offline model in use (`models.active_model()`:
the best installed, else the built-in SmolLM2), the one named by `--model NAME` (see
`score-lab llm install --list`), or any GGUF file given by path, and always says which.
"""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

from score_helpers.llm import offline_model
from score_helpers.privacy import safe_url


def model_choice(value: str | None) -> dict[str, object]:
    """`--model` as start_server's arguments: a catalogue name, or a path to a GGUF file."""
    if not value:
        return {}
    if value.lower().endswith(".gguf") or Path(value).exists():
        return {"gguf": Path(value)}
    return {"model": value}


def _serve(args: argparse.Namespace) -> int:
    try:
        server = offline_model.start_server(
            args.host, args.port, **model_choice(args.model),
            api_keys=[args.api_key] if args.api_key else None, n_parallel=args.parallel)
    except offline_model.OfflineModelError as error:
        print(error)
        return 1
    shown = safe_url(server.base_url).replace("0.0.0.0", "<this-computer's-address>")
    print(f"Serving {server.describe()} from {server.gguf.name} at {shown}", flush=True)
    print(f"Clients ask for the model {server.model!r} (SCORE_LLM_MODEL={server.model}).",
          flush=True)
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
    """Add `score-lab llm serve` (and `relay`, `install`) to score-lab's sub-commands."""
    llm = subparsers.add_parser("llm", help="language-model tools for a class")
    actions = llm.add_subparsers(dest="llm_command", required=True, metavar="ACTION")
    serve = actions.add_parser("serve", help="serve the offline model to the class")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (0.0.0.0 for the whole class network)")
    serve.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    serve.add_argument("--api-key", help="a class key participants must send")
    serve.add_argument("--model", help="a model name from `score-lab llm install --list`, or "
                       "the path of a GGUF file (default: the best installed model)")
    serve.add_argument("--parallel", type=int, default=2, help="requests served at once")
    serve.set_defaults(handler=_serve)
    from score_helpers.llm import install, relay

    relay.register(actions)
    install.register(actions)
    return serve
