"""Run the class hub (deploy/jupyterhub_config.py) on this computer, for tests and sizing.

`start_hub` starts a real JupyterHub with the deploy configuration itself (its real login,
spawner and sandbox), adding only free ports on 127.0.0.1, a state folder, made-up class
and trainer passwords and an admin API token. `LocalHub` then creates participants, spawns
their servers, runs code in their kernels, and stops everything it started.
tests/test_deploy.py and benchmarks/class_sizing.py use it; a trainer never needs it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import psutil

from score_helpers.llm.offline_model import free_port
from score_helpers.paths import REPO_DIR

T = TypeVar("T")

DEPLOY_DIR = REPO_DIR / "deploy"
HUB_CONFIG = DEPLOY_DIR / "jupyterhub_config.py"
ADMIN_TOKEN = "local-admin-token-" + "0123456789abcdef"  # a throwaway hub's token
CLEARED_ENV = ("SCORE_LLM_API_KEY", "SCORE_LLM_BASE_URL", "SCORE_LLM_MODEL",
               "SCORE_PROGRESS_DIR", "SCORE_PARTICIPANT", "SCORE_LANG")


def run_coroutine(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run `coroutine` to the end and return its result, even when this thread already has
    a running event loop (Playwright's sync API keeps one): then it runs in a worker thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(asyncio.run, coroutine).result()


class HubError(RuntimeError):
    """The local hub did not start, spawn or answer; the message ends with its log."""


@dataclass
class LocalHub:
    """A running local hub: its public URL, state folder, log file and process."""

    url: str
    root: Path
    log: Path
    process: subprocess.Popen[bytes]
    settings: dict[str, str] = field(default_factory=dict)   # its SCORE_HUB_* variables

    def api(self, method: str, path: str, body: object = None) -> tuple[int, object]:
        """Call the hub API (or a user's server behind the proxy) with the admin token."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers={"Authorization": f"token {ADMIN_TOKEN}"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                text = response.read().decode()
                return response.status, json.loads(text) if text.strip() else None
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def log_tail(self, characters: int = 4000) -> str:
        """The end of the hub's log (hub, proxy, services and user servers)."""
        return self.log.read_text(errors="replace")[-characters:]

    def wait(self, condition: Callable[[], bool], timeout: float, what: str) -> float:
        """Wait until condition() is true; return the seconds it took, or raise HubError."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise HubError(f"JupyterHub exited early.\n{self.log_tail()}")
            try:
                if condition():
                    return time.monotonic() - started
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.3)
        raise HubError(f"{what} was not ready within {timeout:.0f} s.\n{self.log_tail()}")

    def spawn(self, user: str, timeout: float = 90) -> float:
        """Create `user`, start their server, wait until ready; return the seconds taken
        (0 when it was running already)."""
        started = time.monotonic()
        self.api("POST", f"/hub/api/users/{user}")
        known = self.api("GET", f"/hub/api/users/{user}")[1]
        if isinstance(known, dict) and known.get("servers", {}).get("", {}).get("ready"):
            return 0.0
        status, body = self.api("POST", f"/hub/api/users/{user}/server")
        if status not in (201, 202):
            raise HubError(f"Starting {user}'s server answered {status}: {body}")

        def ready() -> bool:
            return bool(self.api("GET", f"/hub/api/users/{user}")[1]["servers"][""]["ready"])

        self.wait(ready, timeout, f"{user}'s server")
        return time.monotonic() - started

    def server_pid(self, user: str) -> int:
        """The process id of `user`'s running single-user server."""
        return int(self.api("GET", f"/hub/api/users/{user}")[1]["servers"][""]["state"]["pid"])

    def start_kernel(self, user: str, path: str = "") -> str:
        """Start a Python kernel in `user`'s server (working folder `path`); return its id."""
        status, kernel = self.api("POST", f"/user/{user}/api/kernels",
                                  {"name": "python3", "path": path})
        if status != 201:
            raise HubError(f"Starting a kernel for {user} answered {status}: {kernel}")
        return str(kernel["id"])

    def execute(self, user: str, kernel_id: str, cells: list[str],
                timeout: float = 300) -> list[str]:
        """Run each code cell in the kernel, in order; return each one's printed output.

        A cell that raises returns "ERROR <name>: <value>" and the next cells still run.
        """
        from tornado.httpclient import HTTPRequest
        from tornado.websocket import websocket_connect

        url = (self.url.replace("http", "ws", 1)
               + f"/user/{user}/api/kernels/{kernel_id}/channels")

        async def run_all() -> list[str]:
            connection = await websocket_connect(
                HTTPRequest(url, headers={"Authorization": f"token {ADMIN_TOKEN}"}))
            outputs = []
            for code in cells:
                msg_id = uuid.uuid4().hex
                await connection.write_message(json.dumps({
                    "header": {"msg_id": msg_id, "msg_type": "execute_request",
                               "username": user, "session": uuid.uuid4().hex,
                               "version": "5.3"},
                    "parent_header": {}, "metadata": {}, "channel": "shell",
                    "content": {"code": code, "silent": False, "store_history": True,
                                "user_expressions": {}, "allow_stdin": False}}))
                printed: list[str] = []
                while True:
                    message = json.loads(await connection.read_message())
                    if message.get("parent_header", {}).get("msg_id") != msg_id:
                        continue
                    kind, content = message["msg_type"], message["content"]
                    if kind == "stream":
                        printed.append(content["text"])
                    elif kind == "error":
                        printed.append(f"ERROR {content['ename']}: {content['evalue']}")
                    elif kind == "status" and content["execution_state"] == "idle":
                        break
                outputs.append("".join(printed))
            connection.close()
            return outputs

        return run_coroutine(asyncio.wait_for(run_all(), timeout))

    def stop(self, timeout: float = 60) -> list[str]:
        """SIGTERM the hub, as systemd would; return the commands still running after it.

        Anything left is killed, so a failing test or benchmark leaves nothing behind.
        """
        family = psutil.Process(self.process.pid).children(recursive=True)
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
        _, alive = psutil.wait_procs(family, timeout=10)
        leftovers = []
        for process in alive:
            try:
                leftovers.append(" ".join(process.cmdline()[:3]))
                process.kill()
            except psutil.NoSuchProcess:
                continue
        return leftovers


def write_local_config(folder: Path, port: int) -> Path:
    """A config file that loads deploy/jupyterhub_config.py and adds the local overrides."""
    lines = [
        "c = get_config()  # noqa: F821",
        f"load_subconfig({str(HUB_CONFIG)!r})  # noqa: F821",
        f'c.JupyterHub.bind_url = "http://127.0.0.1:{port}"',
        'c.JupyterHub.hub_ip = "127.0.0.1"',
        f"c.JupyterHub.hub_port = {free_port()}",
        f'c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{free_port()}"',
        f'c.JupyterHub.services.append({{"name": "local-admin", "api_token": {ADMIN_TOKEN!r}}})',
        'c.JupyterHub.load_roles.append({"name": "local-admin", "services": ["local-admin"],',
        '    "scopes": ["admin:users", "admin:servers", "admin:server_state", "access:servers"]})',
    ]
    config = folder / "local_hub_config.py"
    config.write_text("\n".join(lines) + "\n")
    return config


def start_hub(folder: Path, *, timeout: float = 90,
              env: dict[str, str] | None = None) -> LocalHub:
    """Start JupyterHub with the deploy config under `folder`; wait until its API answers.

    The hub keeps its state in folder/srv and logs to folder/hub.log. `env` adds or
    overrides SCORE_HUB_* settings (see deploy/jupyterhub_config.py); SCORE_HUB_APPS=
    "kpi_snapshot.ipynb" serves and preheats one app only (fast on a small machine).
    """
    port = free_port()
    config = write_local_config(folder, port)
    hub_env = {k: v for k, v in os.environ.items() if k not in CLEARED_ENV}
    hub_env.update(SCORE_HUB_ROOT=str(folder / "srv"), SCORE_HUB_FLAVOUR="plain",
                   SCORE_HUB_LLM_PORT=str(free_port()), SCORE_HUB_APPS_PORT=str(free_port()),
                   SCORE_HUB_CLASS_PASSWORD=secrets.token_urlsafe(9),
                   SCORE_HUB_TRAINER_PASSWORD=secrets.token_urlsafe(32))
    hub_env.update(env or {})
    log = folder / "hub.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(Path(sys.executable).with_name("jupyterhub")), "-f", str(config)],
            cwd=folder, env=hub_env, stdout=out, stderr=subprocess.STDOUT)
    hub = LocalHub(f"http://127.0.0.1:{port}", folder / "srv", log, process,
                   {k: v for k, v in hub_env.items() if k.startswith("SCORE_HUB_")})
    try:
        hub.wait(lambda: hub.api("GET", "/hub/api/")[0] == 200, timeout, "JupyterHub")
    except HubError:
        hub.stop()
        raise
    return hub
