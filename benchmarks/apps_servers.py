"""The servers' side of benchmarks/apps.py: start them, find their kernels, wait for them
to be idle, measure the memory of the preheated pool."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil

from score_helpers.course.voila_server import ServerStartError, serve

POOL_WAIT_S = 240


@contextmanager
def server(command: list[str], port: int, env: dict[str, str], log: Path) -> Iterator[str]:
    """A server started by the project's one launcher; yields its base URL."""
    try:
        with serve(command, port, log_path=log, env=env, timeout=120) as base:
            yield base
    except ServerStartError as error:
        raise SystemExit(f"The server did not start: {error}") from None


def kernels_of(port: int) -> list[psutil.Process]:
    """The kernel processes of the server started with --port=`port`."""
    for process in psutil.process_iter(["cmdline"]):
        if f"--port={port}" in (process.info["cmdline"] or []):
            return [child for child in process.children(recursive=True)
                    if "ipykernel_launcher" in " ".join(child.cmdline())]
    raise SystemExit(f"no server process with --port={port}")


def wait_for_the_pool(port: int, count: int) -> list[psutil.Process]:
    """Wait until the server has `count` kernels and they have been idle for a second (the
    pool has run its notebooks); return them."""
    deadline = time.monotonic() + POOL_WAIT_S
    while time.monotonic() < deadline:
        kernels = kernels_of(port)
        if len(kernels) >= count:
            try:
                busy = sum(kernel.cpu_percent(interval=None) for kernel in kernels)
                time.sleep(1.0)
                busy = sum(kernel.cpu_percent(interval=None) for kernel in kernels)
            except psutil.NoSuchProcess:
                continue
            if busy < 5.0:
                return kernels
        else:
            time.sleep(1.0)
    raise SystemExit(f"the pool of {count} kernels did not settle in {POOL_WAIT_S} s")


def pool_memory(kernels: list[psutil.Process]) -> str:
    """(b) RSS and PSS of the idle preheated kernels, each with the processes it started
    (the dashboard's chart helper), as the lines to print."""
    def total(kernel: psutil.Process, size: str) -> float:
        family = [kernel, *kernel.children(recursive=True)]
        return sum(getattr(process.memory_full_info(), size) for process in family) / 2**20

    rss = [total(kernel, "rss") for kernel in kernels]
    pss = [total(kernel, "pss") for kernel in kernels]
    return (f"(b) memory the pool adds: {len(kernels)} preheated kernels with their helper "
            f"processes, idle, before any page was opened\n"
            f"    RSS {sum(rss):6.0f} MB   each: {spaced(rss)}\n"
            f"    PSS {sum(pss):6.0f} MB   each: {spaced(pss)}  (shared pages split)\n")


def wait_until_idle(port: int) -> None:
    """Wait until every kernel of the server, with the processes it started, has been idle
    for a second (a page's kernel after its first charts, its chart helper, the pool)."""
    deadline = time.monotonic() + POOL_WAIT_S
    while time.monotonic() < deadline:
        family = [process for kernel in kernels_of(port)
                  for process in (kernel, *kernel.children(recursive=True))]
        try:
            for process in family:
                process.cpu_percent(interval=None)
            time.sleep(1.0)
            if sum(process.cpu_percent(interval=None) for process in family) < 5.0:
                return
        except psutil.NoSuchProcess:
            continue
    raise SystemExit(f"the server on port {port} did not settle in {POOL_WAIT_S} s")


def spaced(values: list[float]) -> str:
    """Numbers as whole numbers, separated by spaces."""
    return " ".join(f"{value:.0f}" for value in values)
