"""Participant code runs as untrusted: each grading kernel starts inside a sandbox.

On Linux with bubblewrap (Debian's `bubblewrap` package, the `bwrap` command) each kernel
nbgrader starts for a collected notebook:

- sees only its own private working copy (read-write), the Python it runs on, the course
  package and the datasets (read-only); the course's sources and solutions, the other
  participants' files, the trainer's home and every temporary folder are hidden;
- gets a clean environment (no API keys, no trainer variables) and a throw-away HOME;
- has no network (a new, empty network namespace: even 127.0.0.1 reaches nothing);
- runs as an unprivileged user with limits on memory, processes, file size and CPU time;
- lives in its own process namespace, so every process it started is gone when the kernel
  is stopped at the end of the notebook.

Elsewhere (Windows, macOS, a Linux without bubblewrap) grading says so plainly at the start
and applies what it can: the clean environment, the private working copy, the resource
limits where the system has them, and stopping the kernel's whole process group.
`score-lab doctor` reports which mode grading will use.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jupyter_client.manager import AsyncKernelManager

from score_helpers.paths import PACKAGE_DIR, REPO_DIR, datasets_dir

BUBBLEWRAP = "bubblewrap"
BASIC = "basic"
NOBODY = 65534
# Folders that may hold secrets or other people's work: replaced by empty ones inside.
HIDDEN = ("/root", "/home", "/tmp", "/var/tmp", "/run", "/mnt", "/media", "/srv", "/opt")


@dataclass(frozen=True)
class Limits:
    """What one grading kernel may use."""

    memory_bytes: int = 3 * 1024**3      # address space: pandas + scikit-learn fit easily
    processes: int = 256                 # per unprivileged user: stops a fork bomb
    file_bytes: int = 200 * 1024**2      # the largest file it may write
    cpu_seconds: int = 1800              # a backstop; each cell also has a wall-clock timeout


DEFAULT_LIMITS = Limits()


@functools.cache
def sandbox_mode() -> str:
    """'bubblewrap' when a working bwrap is on this Linux machine, else 'basic'."""
    if not sys.platform.startswith("linux") or shutil.which("bwrap") is None:
        return BASIC
    probe = [*_namespaces(), "--ro-bind", "/", "/", "--", *_as_sandbox_user(), "/bin/true"]
    try:
        done = subprocess.run(probe, capture_output=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return BASIC
    return BUBBLEWRAP if done.returncode == 0 else BASIC


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _namespaces() -> list[str]:
    """bwrap with new mount, process, network, IPC and host-name namespaces.

    As root, bwrap mounts with root's rights and the kernel then drops to `nobody` inside
    (_as_sandbox_user), so limits on processes bind it. Any other user gets a user
    namespace as well and runs as itself."""
    common = ["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
              "--die-with-parent"]
    return ["bwrap", *common] if _running_as_root() else ["bwrap", "--unshare-user", *common]


def _drops_to_nobody() -> bool:
    """True when grading as root: the kernel then runs as `nobody`."""
    return _running_as_root() and shutil.which("setpriv") is not None


def _as_sandbox_user() -> list[str]:
    """Inside the sandbox, become `nobody` when grading as root."""
    if _drops_to_nobody():
        return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                "--inh-caps=-all", "--"]
    return []


def kernel_environment(home: str, workdir: str) -> dict[str, str]:
    """The only variables a participant's kernel gets: nothing of the trainer's."""
    python_bin = str(Path(sys.executable).parent)
    return {"PATH": f"{python_bin}:/usr/local/bin:/usr/bin:/bin", "HOME": home,
            "MPLCONFIGDIR": f"{home}/.matplotlib", "MPLBACKEND": "agg", "LANG": "C.UTF-8",
            "PYTHONNOUSERSITE": "1", "SCORE_PROGRESS": "off", "PWD": workdir,
            "PYTHONPATH": str(PACKAGE_DIR.parent),   # the very package the grader uses
            "SCORE_DATASETS_DIR": str(datasets_dir()),
            "SCORE_LANG": os.environ.get("SCORE_LANG", "")}


def _limit_arguments(limits: Limits) -> list[str]:
    """prlimit's arguments. The process limit counts every process of the user, so it is
    set only when the kernel runs as its own unprivileged user (grading as root)."""
    processes = [f"--nproc={limits.processes}"] if _drops_to_nobody() else []
    return ["prlimit", f"--as={limits.memory_bytes}", *processes,
            f"--fsize={limits.file_bytes}", f"--cpu={limits.cpu_seconds}", "--"]


def readable_roots() -> list[str]:
    """What the kernel may read: its Python, the course package and the datasets."""
    roots = {sys.base_prefix, sys.prefix, str(PACKAGE_DIR), str(datasets_dir())}
    return sorted(os.path.realpath(p) for p in roots if os.path.exists(p))


def hidden_roots() -> list[str]:
    """Folders replaced by empty ones: secrets, the course's sources, other people's work."""
    extra = {str(REPO_DIR), str(Path.home()), tempfile.gettempdir()}
    if REPO_DIR.parent != Path("/"):
        extra.add(str(REPO_DIR.parent))
    return sorted({*HIDDEN, *extra} - {"/"})


def _inside_any(path: Path, folders: Sequence[str]) -> bool:
    return any(path.is_relative_to(folder) for folder in folders)


def mount_arguments(readable: Sequence[str], writable: Sequence[str],
                    hidden: Sequence[str]) -> list[str]:
    """bwrap's mounts: the whole system read-only, each `hidden` folder replaced by an empty
    one, then `readable` bound back read-only and `writable` read-write. Parents created
    inside a hidden folder are made traversable (0755), so a bound folder is reachable."""
    args = ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"]
    for folder in hidden:
        if os.path.isdir(folder):
            args += ["--perms", "01777", "--tmpfs", folder]
    for folder in [*readable, *writable]:
        for parent in reversed(Path(folder).parents[:-1]):
            if str(parent) not in hidden and _inside_any(parent, hidden):
                args += ["--perms", "0755", "--dir", str(parent)]
    for root in readable:
        args += ["--ro-bind", root, root]
    for root in writable:
        args += ["--bind", root, root]
    return args


def bubblewrap_command(kernel_cmd: Sequence[str], *, workdir: str, runtime_dir: str,
                       limits: Limits = DEFAULT_LIMITS) -> list[str]:
    """`kernel_cmd` wrapped in prlimit and bubblewrap as described in the module docstring."""
    home = "/tmp/home"
    args = [*_namespaces(), *mount_arguments(readable_roots(), [runtime_dir, workdir],
                                             hidden_roots()),
            "--clearenv", "--perms", "01777", "--dir", home, "--chdir", workdir]
    for name, value in kernel_environment(home, workdir).items():
        args += ["--setenv", name, value]
    return [*args, "--", *_as_sandbox_user(), *_limit_arguments(limits), *kernel_cmd]


def _basic_limits(limits: Limits) -> None:  # pragma: no cover - runs in the child
    """Resource limits for a kernel where no sandbox exists (POSIX only)."""
    import resource

    for name, value in (("RLIMIT_AS", limits.memory_bytes), ("RLIMIT_FSIZE", limits.file_bytes),
                        ("RLIMIT_CPU", limits.cpu_seconds)):
        if hasattr(resource, name):
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(getattr(resource, name), (value, value))


def _give_to_sandbox_user(folder: str) -> None:
    """Let the unprivileged kernel write in its own private copy (when grading as root)."""
    if not _drops_to_nobody():
        return
    for root, dirs, files in os.walk(folder):
        for name in [root, *(os.path.join(root, n) for n in dirs + files)]:
            os.chown(name, NOBODY, NOBODY, follow_symlinks=False)


SUBMITTED_COPY = ".submitted"   # in the private copy: the notebook as handed in, with outputs


def copy_submitted(workdir: str) -> None:
    """Put the participant's notebook as handed in (nbgrader clears its outputs before
    running) into the private copy, where a saved click can be read back
    (exercises/choice.py); the kernel cannot reach nbgrader's submitted folder itself."""
    here = Path(workdir)   # <course>/autograded/<participant>/<assignment>
    if len(here.parts) < 4:
        return
    submitted = here.parents[2] / "submitted" / here.parent.name / here.name
    notebooks = sorted(submitted.glob("*.ipynb")) if submitted.is_dir() else []
    if not notebooks:
        return
    target = here / SUBMITTED_COPY
    target.mkdir(exist_ok=True)
    for notebook in notebooks:
        shutil.copyfile(notebook, target / notebook.name)


def private_runtime_dir() -> str:
    """A folder of its own for one kernel's connection file and sockets (never shared:
    another kernel's connection file would let a notebook talk to that kernel)."""
    folder = tempfile.mkdtemp(prefix="score-kernel-")
    if _drops_to_nobody():
        os.chown(folder, NOBODY, NOBODY)
    return folder


class SandboxedKernelManager(AsyncKernelManager):
    """A kernel manager whose kernels start in the sandbox of `sandbox_mode()`.

    Kernels talk to the grader over Unix sockets in a private folder (the sandbox has no
    network), with their connection file there too; the folder goes with the kernel.
    """

    limits: Limits = DEFAULT_LIMITS

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        folder = private_runtime_dir()
        self.runtime_folder = folder
        self.transport = "ipc"
        self.ip = os.path.join(folder, f"kernel-{uuid.uuid4().hex[:12]}")
        self.connection_file = f"{self.ip}.json"

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
        """Start the kernel process in the sandbox (or with the basic protections)."""
        workdir = str(kw.get("cwd") or os.getcwd())
        copy_submitted(workdir)
        mode = sandbox_mode()
        if mode == BUBBLEWRAP:
            # Interrupt by message: a signal to the process group would stop bwrap itself.
            self.kernel_spec.interrupt_mode = "message"
            _give_to_sandbox_user(workdir)
            if _drops_to_nobody():
                os.chown(self.connection_file, NOBODY, NOBODY)
            kernel_cmd = bubblewrap_command(kernel_cmd, workdir=workdir,
                                            runtime_dir=os.path.dirname(self.connection_file),
                                            limits=self.limits)
            kw["env"] = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        else:
            home = os.path.join(self.runtime_folder, "home")   # removed with the kernel
            os.makedirs(home, exist_ok=True)
            kw["env"] = kernel_environment(home, workdir)
            if os.name == "posix":
                kw["preexec_fn"] = functools.partial(_basic_limits, self.limits)
        await super()._async_launch_kernel(kernel_cmd, **kw)

    _launch_kernel = _async_launch_kernel  # type: ignore[assignment]

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        """Remove the kernel's files, then its private folder."""
        await super()._async_cleanup_resources(restart=restart)
        if not restart:
            shutil.rmtree(self.runtime_folder, ignore_errors=True)

    cleanup_resources = _async_cleanup_resources  # type: ignore[assignment]

