"""Memory, CPU and process limits for one participant's server, enforced by Linux cgroups.

The isolated class hub (deploy/) puts every participant's single-user server, and so every
kernel and program it starts, into a control group of its own under `score/<user>`:

- memory: the whole group may use at most `memory_bytes`; past it the kernel's
  out-of-memory killer stops the biggest process of that participant, nobody else's;
- CPU: at most `cpus` cores' worth of time (a quota per 100 ms period);
- processes: at most `processes` at once (a fork bomb stops there).

Both cgroup layouts are supported: the unified one (cgroup v2, /sys/fs/cgroup with
cgroup.controllers) and the older one with a folder per controller (cgroup v1). Where
neither can be written (not root, or a container without them), `available()` is False
and the spawner falls back to per-process limits (prlimit), saying so in the hub's log.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")
GROUP = "score"
PERIOD_US = 100_000


@dataclass(frozen=True)
class ServerLimits:
    """What one participant's server (with all its kernels) may use."""

    memory_bytes: int = 1024**3
    cpus: float = 1.0
    processes: int = 256


def parse_size(text: str) -> int:
    """'1G' → 1073741824, '512M' → 536870912, '2048' → 2048 (JupyterHub's mem_limit style)."""
    text = str(text).strip().upper().removesuffix("B")
    units = {"K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def _unified() -> bool:
    return (CGROUP_ROOT / "cgroup.controllers").is_file()


def folders_of(name: str) -> dict[str, Path]:
    """Controller → this user's cgroup folder."""
    if _unified():
        return {"unified": CGROUP_ROOT / GROUP / name}
    return {c: CGROUP_ROOT / c / GROUP / name for c in ("memory", "cpu", "pids")}


def _write(path: Path, value: str) -> None:
    path.write_text(value)


def _settings(limits: ServerLimits) -> dict[str, dict[str, str]]:
    quota = str(int(limits.cpus * PERIOD_US))
    if _unified():
        return {"unified": {"memory.max": str(limits.memory_bytes),
                            "memory.swap.max": "0",
                            "cpu.max": f"{quota} {PERIOD_US}",
                            "pids.max": str(limits.processes)}}
    return {"memory": {"memory.limit_in_bytes": str(limits.memory_bytes),
                       "memory.memsw.limit_in_bytes": str(limits.memory_bytes)},
            "cpu": {"cpu.cfs_period_us": str(PERIOD_US), "cpu.cfs_quota_us": quota},
            "pids": {"pids.max": str(limits.processes)}}


def create(name: str, limits: ServerLimits) -> list[Path]:
    """Create (or reset) the cgroup of `name` with `limits`; return its folders.

    Raises OSError when the cgroups cannot be written.
    """
    folders = folders_of(name)
    for controller in folders:   # a real cgroup hierarchy, never a plain folder
        base = CGROUP_ROOT if controller == "unified" else CGROUP_ROOT / controller
        if not (base / "cgroup.procs").is_file():
            raise OSError(f"no {controller} cgroup hierarchy at {base}")
    if _unified():   # the parent must hand the controllers down to its children
        parent = CGROUP_ROOT / GROUP
        parent.mkdir(exist_ok=True)
        with contextlib.suppress(OSError):
            _write(CGROUP_ROOT / "cgroup.subtree_control", "+memory +cpu +pids")
        _write(parent / "cgroup.subtree_control", "+memory +cpu +pids")
    for controller, values in _settings(limits).items():
        folder = folders[controller]
        folder.mkdir(parents=True, exist_ok=True)
        for file, value in values.items():
            if file in ("memory.memsw.limit_in_bytes", "memory.swap.max"):   # no swap past
                with contextlib.suppress(OSError):   # the limit (absent without swap accounting)
                    _write(folder / file, value)
                continue
            if file == "memory.limit_in_bytes":   # raising it needs the swap limit raised first
                with contextlib.suppress(OSError):
                    _write(folder / "memory.memsw.limit_in_bytes", "-1")
            _write(folder / file, value)
    return list(folders.values())


def join(folders: list[Path]) -> None:
    """Move the calling process into `folders` (runs in the child before it starts)."""
    for folder in folders:
        _write(folder / "cgroup.procs", str(os.getpid()))


def remove(folders: list[Path]) -> None:
    """Remove the cgroup folders once no process is left in them."""
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()


def available() -> bool:
    """True when this process can create limited cgroups here (tried, then removed)."""
    probe = f"probe-{os.getpid()}"
    try:
        folders = create(probe, ServerLimits())
    except OSError:
        return False
    remove(folders)
    return True


def limits_of(pid: int) -> dict[str, str]:
    """The memory and CPU limits the kernel applies to process `pid` (for checks)."""
    found: dict[str, str] = {}
    for line in Path(f"/proc/{pid}/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        for controller in controllers.split(",") if controllers else ["unified"]:
            base = (CGROUP_ROOT if controller == "unified" and _unified()
                    else CGROUP_ROOT / controller)
            for file in ("memory.max", "cpu.max", "pids.max", "memory.limit_in_bytes",
                         "cpu.cfs_quota_us"):
                candidate = base / path.lstrip("/") / file
                if candidate.is_file():
                    found[file] = candidate.read_text().strip()
    return found
