"""Benchmark: memory and CPU of a class hub (deploy/), per part, to size a server for 30.

Starts the real hub from deploy/jupyterhub_config.py on this computer (test login, free
ports, a temporary folder) and measures, in one run:

  - the hub, its proxy and the idle culler, idle;
  - one participant's server, idle: the BASELINE every other row is compared with;
  - one participant running module 01's notebook, every code cell, in their kernel;
  - the apps service (Voila) and one preheated app kernel, before and after the KPI
    dashboard is opened;
  - the shared `score-lab llm serve`, idle and while writing one reply.

Memory is resident memory (RSS, summed over a process and its children); CPU is the CPU
time used during the step, and its share of one core over the step's wall time. It
prints each row with its ratio to the baseline, then an ESTIMATE for a class of 30.

    .venv/bin/python benchmarks/class_sizing.py [--participants 30] [--idle-seconds 10]
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import psutil

from score_helpers.course.deploy_check import LocalHub, start_hub

REPO = Path(__file__).resolve().parents[1]
MODULE = "01_kpi_tracking.ipynb"
REPLY_TOKENS = 200
MB = 1024 * 1024


@dataclass
class Row:
    """One measured part: resident memory, CPU seconds and wall seconds of a step."""

    part: str
    rss_mb: float
    cpu_s: float = 0.0
    wall_s: float = 0.0

    def cpu_share(self) -> float:
        """CPU used as a share of one core over the step."""
        return self.cpu_s / self.wall_s if self.wall_s else 0.0


def family(pid: int) -> list[psutil.Process]:
    """A process and all its children."""
    parent = psutil.Process(pid)
    return [parent, *parent.children(recursive=True)]


def rss_mb(processes: list[psutil.Process]) -> float:
    """Resident memory of the processes together, in MB."""
    total = 0
    for process in processes:
        try:
            total += process.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total / MB


def cpu_s(processes: list[psutil.Process]) -> float:
    """CPU seconds (user + system) the processes have used so far."""
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            continue
    return total


def measure(part: str, processes: list[psutil.Process], step: object = None,
            idle_seconds: float = 0.0) -> Row:
    """Run step() (or wait idle_seconds) and measure the processes over it; peak RSS."""
    before, started, peak = cpu_s(processes), time.monotonic(), rss_mb(processes)
    if step is None:
        deadline = started + idle_seconds
        while time.monotonic() < deadline:
            peak = max(peak, rss_mb(processes))
            time.sleep(0.5)
    else:
        import threading

        worker = threading.Thread(target=step)
        worker.start()
        while worker.is_alive():
            peak = max(peak, rss_mb(processes))
            worker.join(0.2)
    wall = time.monotonic() - started
    return Row(part, max(peak, rss_mb(processes)), cpu_s(processes) - before, wall)


def code_cells(notebook: Path) -> list[str]:
    """The code cells of a notebook, in order."""
    cells = json.loads(notebook.read_text())["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


def service_pid(hub: LocalHub, words: str) -> int:
    """The pid of the hub's child process whose command line contains `words`."""
    for child in psutil.Process(hub.process.pid).children():
        if words in " ".join(child.cmdline()):
            return child.pid
    raise RuntimeError(f"no process with {words!r} under the hub")


def run(participants: int, idle_seconds: float) -> None:
    """Measure every part and print the table, the ratios and the class estimate."""
    rows: dict[str, Row] = {}
    with tempfile.TemporaryDirectory(prefix="class-sizing-") as folder:
        hub = start_hub(Path(folder))
        try:
            hub.wait(lambda: hub.log.read_text().count("Kernel pool of") >= 5, 240,
                     "the preheated app kernels")
            core = [psutil.Process(hub.process.pid), psutil.Process(
                service_pid(hub, "configurable-http-proxy")), psutil.Process(
                service_pid(hub, "jupyterhub_idle_culler"))]
            rows["hub"] = measure("hub + proxy + idle culler, idle", core,
                                  idle_seconds=idle_seconds)
            spawn_s = hub.spawn("ana", timeout=180)
            server = family(hub.server_pid("ana"))
            rows["server"] = measure("one participant's server, idle (BASELINE)", server,
                                     idle_seconds=idle_seconds)
            kernel_id = hub.start_kernel("ana", path="modules")
            kernel = [p for p in family(hub.server_pid("ana")) if p.pid != server[0].pid]
            cells = code_cells(REPO / "modules" / MODULE)
            outputs: list[str] = []
            rows["module"] = measure(
                f"one participant's kernel running module 01 ({len(cells)} cells)", kernel,
                step=lambda: outputs.extend(hub.execute("ana", kernel_id, cells, 900)))
            errors = [o for o in outputs if o.startswith("ERROR")]
            rows["module_idle"] = measure("that kernel afterwards, idle", kernel,
                                          idle_seconds=idle_seconds)

            voila = family(service_pid(hub, "voila"))
            kernels = voila[1:]
            rows["voila"] = Row("apps service (Voila) without its kernels", rss_mb(voila[:1]))
            rows["pool"] = Row(f"one preheated app kernel (mean of {len(kernels)})",
                               rss_mb(kernels) / max(1, len(kernels)))

            def open_dashboard() -> None:
                with urllib.request.urlopen(
                        f"{hub.url}/services/apps/voila/render/kpi_dashboard.ipynb",
                        timeout=120) as response:
                    response.read()

            rows["app"] = measure("apps service + its kernels, opening the KPI dashboard",
                                  family(voila[0].pid), step=open_dashboard)

            llm = family(service_pid(hub, "llm serve"))
            rows["llm"] = measure("shared model (score-lab llm serve), idle", llm,
                                  idle_seconds=idle_seconds)
            reply: dict[str, object] = {}
            rows["llm_busy"] = measure("shared model writing one reply (200 tokens)", llm,
                                       step=lambda: reply.update(ask_model(hub)))
        finally:
            leftovers = hub.stop()
    report(rows, participants, spawn_s, errors, reply, leftovers)


def ask_model(hub: LocalHub) -> dict[str, object]:
    """One chat completion from the shared model, as a participant sends it (class key)."""
    env = psutil.Process(hub.server_pid("ana")).environ()
    body = {"model": env["SCORE_LLM_MODEL"], "max_tokens": REPLY_TOKENS, "temperature": 0.2,
            "messages": [{"role": "user", "content": "Write a toolbox talk for sewing-line "
                          "workers on keeping fingers away from the needle."}]}
    request = urllib.request.Request(
        env["SCORE_LLM_BASE_URL"] + "/chat/completions", data=json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {env['SCORE_LLM_API_KEY']}",
                 "Content-Type": "application/json"})
    started = time.monotonic()
    with urllib.request.urlopen(request, timeout=300) as response:
        answer = json.loads(response.read())
    return {"tokens": answer["usage"]["completion_tokens"],
            "seconds": time.monotonic() - started}


def report(rows: dict[str, Row], participants: int, spawn_s: float, errors: list[str],
           reply: dict[str, object], leftovers: list[str]) -> None:
    """Print the measured table with ratios, and the estimate for the class."""
    base = rows["server"]
    print("\n| part | RSS (MB) | × baseline RSS | CPU (s) | CPU share of one core | wall (s) |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in rows.values():
        print(f"| {row.part} | {row.rss_mb:.0f} | {row.rss_mb / base.rss_mb:.2f} | "
              f"{row.cpu_s:.1f} | {row.cpu_share():.0%} | {row.wall_s:.1f} |")
    print(f"\nFirst spawn of a participant's server (copying the course): {spawn_s:.1f} s")
    print(f"Module 01 cells that raised: {len(errors)}" + (f" ({errors[:3]})" if errors else ""))
    tokens, seconds = int(reply.get("tokens", 0)), float(reply.get("seconds", 0.0))
    rate = tokens / seconds if seconds else 0.0
    print(f"Shared model: {tokens} tokens in {seconds:.1f} s = {rate:.1f} tokens/s")

    per_person = base.rss_mb + rows["module"].rss_mb
    shared = rows["hub"].rss_mb + rows["llm_busy"].rss_mb + rows["app"].rss_mb
    total_gb = (shared + participants * per_person) / 1024
    cores = psutil.cpu_count() or 1
    module_cpu = rows["module"].cpu_s
    print(f"\nESTIMATE for {participants} participants (extrapolated from one, not measured):")
    print(f"  memory: shared parts {shared:.0f} MB + {participants} × {per_person:.0f} MB "
          f"(server + kernel after module 01) = {total_gb:.1f} GB")
    print(f"  CPU: module 01 costs {module_cpu:.0f} CPU-seconds per participant; "
          f"{participants} running it in the same minute need "
          f"{participants * module_cpu / 60:.1f} cores for that minute "
          f"(this machine: {cores})")
    if rate:
        print(f"  shared model: {participants} replies of {REPLY_TOKENS} tokens queue for "
              f"about {participants * REPLY_TOKENS / rate / 60:.1f} min at {rate:.0f} tokens/s")
    print("Still running after the hub stopped: " + (", ".join(leftovers) or "nothing"))


def main() -> None:
    """Parse the arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=30)
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    args = parser.parse_args()
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · "
          f"{psutil.cpu_count()} cores · {platform.processor() or platform.machine()} · "
          f"{psutil.virtual_memory().total / MB / 1024:.1f} GB · {platform.platform()}")
    run(args.participants, args.idle_seconds)


if __name__ == "__main__":
    main()
