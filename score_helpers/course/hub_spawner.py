"""The isolated class hub's spawner: each participant's server as their own Linux user, in
a sandbox, within limits.

`ClassSpawner` is a JupyterHub LocalProcessSpawner. When the hub runs as root on Linux with
bubblewrap (deploy/README.md, "Isolated class hub"), every single-user server:

- runs as the participant's own Linux user `score-<name>` (hub_users.py), in a home only
  that user can open, with no capabilities and a umask of 027;
- starts inside bubblewrap (the same mounts as grading, grading/sandbox.py): the course's
  sources and solutions, the hub's state (database, cookie secret), every other home, the
  trainer's home and all temporary folders are replaced by empty ones; only the server's
  Python, the course package, the datasets, its own home and the shared progress folder
  (and, for trainers, the grades folder) are there;
- has its own process namespace: the hub, the services and the other participants'
  processes are invisible, and stopping the server stops everything it started;
- gets only the environment JupyterHub gives a server (no trainer password, no paid key);
- lives in a cgroup with the hub's mem_limit and cpu_limit (cgroup_limits.py).

The network is shared with the hub (the server must reach it) but every other
participant's server answers only to its owner's login.
"""

from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path
from subprocess import Popen
from typing import Any

import psutil
from jupyterhub.spawner import LocalProcessSpawner
from jupyterhub.utils import random_port
from traitlets import List, Unicode

from score_helpers.course import cgroup_limits, hub_users
from score_helpers.grading.sandbox import hidden_roots, mount_arguments, readable_roots

FILE_BYTES = 500 * 1024**2      # the largest file a participant's program may write


def sandbox_command(command: list[str], user: hub_users.SystemUser, *, readable: list[str],
                    writable: list[str], hidden: list[str], workdir: str,
                    memory_bytes: int | None = None, processes: int = 256) -> list[str]:
    """`command` run by `user` inside bubblewrap with only the given folders.

    `memory_bytes` adds a per-process memory cap, for machines without cgroups."""
    groups = ",".join(str(g) for g in hub_users.groups_of(user))
    memory = [f"--as={memory_bytes}"] if memory_bytes else []
    return ["bwrap", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--die-with-parent",
            *mount_arguments(readable, writable, hidden), "--chdir", workdir, "--",
            "setpriv", f"--reuid={user.uid}", f"--regid={user.gid}", f"--groups={groups}",
            "--inh-caps=-all", "--",
            "prlimit", f"--nproc={processes}", f"--fsize={FILE_BYTES}", *memory, "--",
            *command]


def _inside(path: str, folders: list[str]) -> bool:
    return any(Path(path).is_relative_to(folder) for folder in folders)


def hidden_for_hub(state_root: str) -> list[str]:
    """What no participant sees: grading's hidden folders and the hub's own state folder."""
    hidden = hidden_roots()
    return sorted({*hidden, state_root} if not _inside(state_root, hidden) else set(hidden))


class ClassSpawner(LocalProcessSpawner):
    """Start each participant's server as `score-<name>`, sandboxed and limited."""

    home_dir_template = Unicode(
        "/srv/score/users/{system_name}", config=True,
        help="The participant's home; {system_name} is their Linux user (score-<name>).")
    state_root = Unicode("/srv/score", config=True,
                         help="The hub's state folder: hidden from every server.")
    shared_folders = List(Unicode(), config=True,
                          help="Folders every server may write (the progress folder).")
    trainer_folders = List(Unicode(), config=True,
                           help="Folders only trainers' servers see (the grades folder).")
    readable_folders = List(Unicode(), config=True,
                            help="More read-only folders (the server's configuration).")

    @property
    def system_name(self) -> str:
        """The participant's Linux user."""
        return hub_users.system_name(self.user.name)

    @property
    def home_dir(self) -> str:
        """The participant's home folder (their copy of the course)."""
        return self.home_dir_template.format(system_name=self.system_name)

    def user_env(self, env: dict[str, str]) -> dict[str, str]:
        """HOME, USER and SHELL of the participant's Linux user."""
        env.update(HOME=self.home_dir, USER=self.system_name, SHELL="/bin/sh")
        return env

    def limits(self) -> cgroup_limits.ServerLimits:
        """The hub's mem_limit and cpu_limit for this server."""
        return cgroup_limits.ServerLimits(memory_bytes=int(self.mem_limit or 1024**3),
                                          cpus=float(self.cpu_limit or 1.0))

    def _cgroups(self) -> list[Path]:
        try:
            return cgroup_limits.create(self.system_name, self.limits())
        except OSError as error:
            self.log.warning("SCORE AI Lab: no cgroup for %s (%s); memory is capped per "
                             "process only and CPU is not capped", self.user.name, error)
            return []

    def make_preexec_fn(self, name: str) -> Any:
        """Before the sandbox starts: enter the cgroup, set the umask, go home."""
        folders, home = self._cgroup_folders, self.home_dir

        def preexec() -> None:  # pragma: no cover - runs in the child
            cgroup_limits.join(list(folders))
            os.umask(0o027)
            os.chdir(home)

        return preexec

    _cgroup_folders: tuple[Path, ...] = ()

    async def start(self) -> tuple[str, int]:
        """Create the participant's Linux user, then start their server in the sandbox."""
        if self.port == 0:
            self.port = random_port()
        trainer = bool(getattr(self.user, "admin", False))
        user = hub_users.ensure_user(self.system_name, Path(self.home_dir), trainer=trainer)
        self._cgroup_folders = tuple(self._cgroups())
        writable = [self.home_dir, *self.shared_folders,
                    *(self.trainer_folders if trainer else [])]
        command = sandbox_command(
            [*self.cmd, *self.get_args()], user,
            readable=sorted({*readable_roots(), *self.readable_folders}),
            writable=writable, hidden=hidden_for_hub(self.state_root), workdir=self.home_dir,
            memory_bytes=None if self._cgroup_folders else self.limits().memory_bytes)
        self.log.info("Spawning %s's server as %s in the sandbox", self.user.name, user.name)
        self.proc = Popen(command, env=self.get_env(), start_new_session=True,
                          preexec_fn=self.make_preexec_fn(self.user.name))
        self.pid = self.proc.pid
        return (self.ip or "127.0.0.1", self.port)

    def _server_process(self) -> psutil.Process | None:
        """The server itself: the first process inside the sandbox that is not bwrap."""
        with contextlib.suppress(psutil.Error):
            for child in psutil.Process(self.pid).children(recursive=True):
                if child.name() != "bwrap":
                    return child
        return None

    async def _signal(self, sig: int) -> bool:
        """Send a polite stop to the server inside (bwrap would just die); kill the sandbox
        itself for SIGKILL. True while the sandbox still runs."""
        target = self._server_process() if sig in (signal.SIGINT, signal.SIGTERM) else None
        try:
            os.kill(target.pid if target else self.pid, sig)
        except ProcessLookupError:
            return target is not None and psutil.pid_exists(self.pid)
        return True

    async def stop(self, now: bool = False) -> None:
        """Stop the server and everything it started, then remove its cgroup."""
        await super().stop(now=now)
        cgroup_limits.remove(list(cgroup_limits.folders_of(self.system_name).values()))
