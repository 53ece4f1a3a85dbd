"""A second process that draws one chart while the kernel draws another.

    helper = chart_process.shared("package.module:warm_up")   # None: off, or memory short
    job = helper.submit("package.module:draw", arguments) if helper else None
    ...                                      # draw the other chart here meanwhile
    png = job.result(timeout=10)

matplotlib holds Python's lock while it draws, so two charts drawn on two threads take as
long as one after the other. On a laptop with 2 cores the dashboard's trend (drawn in the
kernel) and Pareto (drawn here) are drawn at the same time instead, so the Pareto shows
about when the trend does after a change (benchmarks/apps.py).

The helper is a plain `python -m score_helpers.widgets.common.chart_process` started once
per kernel, so nothing of the kernel's threads, sockets or main script is copied. It reads
pickled jobs (a "module:function" name and its arguments) on its standard input and
writes pickled results on its standard output, one at a time, and leaves when its input
closes, so it stops with the kernel however the kernel ends. It imports matplotlib and
runs `warm_up` before its first job; until then `ready()` is False and callers draw in
the kernel as before. It costs about 160 MB of memory (PSS), so it is not started when less
than MIN_AVAILABLE_BYTES are free, nor when SCORE_CHART_PROCESS=0.
"""

from __future__ import annotations

import os
import pickle
import struct
import subprocess
import sys
import threading
from concurrent.futures import Future
from typing import IO, Any

MIN_AVAILABLE_BYTES = 1_500_000_000
_HEADER = struct.Struct("!I")
_shared: list[ChartProcess | None] = []
_lock = threading.Lock()


def _call(name: str, arguments: tuple[object, ...]) -> Any:
    """`module:function` called with `arguments`."""
    module, _, function = name.partition(":")
    return getattr(__import__(module, fromlist=[function]), function)(*arguments)


def _write(stream: IO[bytes], message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read(stream: IO[bytes]) -> Any:
    """The next message, or EOFError when the other side has gone."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError
    size = _HEADER.unpack(header)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def serve(warm_up: str) -> None:
    """The helper's loop: warm up, say "ready", then answer each job until input ends."""
    os.environ.pop("VOILA_PREHEAT", None)   # the helper draws on request only
    jobs, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr                  # a stray print must not break the protocol
    try:
        _call(warm_up, ())
        _write(answers, ("ready", None))
    except Exception as error:
        _write(answers, ("error", f"{type(error).__name__}: {error}"))
        return
    while True:
        try:
            name, arguments = _read(jobs)
        except EOFError:
            return
        try:
            _write(answers, ("ok", _call(name, arguments)))
        except Exception as error:
            _write(answers, ("error", f"{type(error).__name__}: {error}"))


class ChartProcess:
    """One helper process for drawing; see the module's note."""

    def __init__(self, warm_up: str) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", __name__, warm_up], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self._ready = threading.Event()
        self._broken = False
        self._send = threading.Lock()   # one job at a time
        self._waiting: list[Future[Any]] = []
        threading.Thread(target=self._answers, name="chart-helper-answers",
                         daemon=True).start()

    def _answers(self) -> None:
        """Read the helper's answers and hand each to the job waiting for it."""
        assert self._process.stdout is not None
        try:
            kind, value = _read(self._process.stdout)
            if kind != "ready":
                raise RuntimeError(value)
            self._ready.set()
            while True:
                kind, value = _read(self._process.stdout)
                job = self._waiting.pop(0)
                if kind == "ok":
                    job.set_result(value)
                else:
                    job.set_exception(RuntimeError(value))
        except Exception as error:  # EOF or a broken helper: everyone draws in the kernel
            self._broken = True
            for job in self._waiting:
                job.set_exception(RuntimeError(f"chart helper stopped: {error}"))
            self._waiting.clear()

    def ready(self) -> bool:
        """True once the helper has warmed up and has not failed."""
        return self._ready.is_set() and not self._broken

    def submit(self, name: str, *arguments: object) -> Future[Any] | None:
        """Start `name` ("module:function") with `arguments` in the helper (they must
        pickle); None when the helper is not ready or busy, so the caller draws it."""
        if not self.ready() or not self._send.acquire(blocking=False):
            return None
        job: Future[Any] = Future()
        job.add_done_callback(lambda _job: self._send.release())
        self._waiting.append(job)
        try:
            assert self._process.stdin is not None
            _write(self._process.stdin, (name, arguments))
        except Exception as error:   # the helper is gone
            self._waiting.remove(job)
            self._broken = True
            job.set_exception(error)
        return job

    def stop(self) -> None:
        """Stop the helper process (also when a job did not come back: the charts are then
        drawn in the kernel)."""
        self._broken = True
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()

    @property
    def pid(self) -> int:
        """The helper's process id (tests, benchmarks)."""
        return self._process.pid


def _enough_memory() -> bool:
    try:
        import psutil
    except ImportError:
        return False
    return psutil.virtual_memory().available >= MIN_AVAILABLE_BYTES


def current() -> ChartProcess | None:
    """This kernel's helper if `shared` has started one, else None (never starts one)."""
    with _lock:
        return _shared[0] if _shared else None


def shared(warm_up: str) -> ChartProcess | None:
    """This kernel's helper, started on first call with `warm_up` ("module:function", run
    in the helper before its first job); None when SCORE_CHART_PROCESS=0 or memory is
    short (then charts are drawn in the kernel)."""
    with _lock:
        if not _shared:
            wanted = os.environ.get("SCORE_CHART_PROCESS", "1") != "0"
            _shared.append(ChartProcess(warm_up) if wanted and _enough_memory() else None)
        return _shared[0]


if __name__ == "__main__":
    serve(sys.argv[1])
