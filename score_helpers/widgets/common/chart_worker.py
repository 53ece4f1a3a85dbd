"""One background thread that draws the dashboard's charts, so the page never waits.

    worker = ChartWorker(draw=draw_charts, busy=show_busy)
    worker.request({"trend", "pareto"})   # returns at once; the thread draws the latest view

Requests made while a chart is being drawn are merged: the thread then draws each named
chart once, for the newest state. `busy(True)` is called when work is waiting and
`busy(False)` when the queue is empty, both under the lock, so the "Updating…" sign
never goes out while a drawing is still due. With background=False everything runs
in the caller's thread (tests, scripts).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

Draw = Callable[[frozenset[str]], None]


class ChartWorker:
    """Draws charts on one daemon thread; the newest request wins."""

    def __init__(self, draw: Draw, busy: Callable[[bool], None],
                 on_error: Callable[[BaseException], None] | None = None,
                 warm_up: Callable[[], None] | None = None, background: bool = True) -> None:
        self._draw, self._busy, self._on_error = draw, busy, on_error
        self._background = background
        self._pending: set[str] = set()
        self._working = False
        self._condition = threading.Condition()
        self._warm_up = warm_up
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the thread (it first runs `warm_up`); call it when the page is built,
        so the warm-up does not slow the building down. No-op without background."""
        if self._background and self._thread is None:
            self._thread = threading.Thread(target=self._run, args=(self._warm_up,),
                                            name="kpi-dashboard-charts", daemon=True)
            self._thread.start()

    def request(self, charts: Iterable[str]) -> None:
        """Ask for these charts to be drawn for the current state."""
        charts = frozenset(charts)
        if not charts:
            return
        if not self._background:
            self._busy(True)
            self._draw_safely(charts)
            self._busy(False)
            return
        with self._condition:
            self._pending |= charts
            self._busy(True)
            self._condition.notify()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait until nothing is waiting or being drawn; False on timeout (for tests)."""
        with self._condition:
            return self._condition.wait_for(lambda: not self._pending and not self._working,
                                            timeout)

    def _run(self, warm_up: Callable[[], None] | None) -> None:
        if warm_up is not None:
            try:
                warm_up()
            except Exception as error:  # drawing will report the same problem
                if self._on_error:
                    self._on_error(error)
        while True:
            with self._condition:
                self._condition.wait_for(lambda: bool(self._pending))
                charts, self._pending = frozenset(self._pending), set()
                self._working = True
            self._draw_safely(charts)
            with self._condition:
                self._working = False
                if not self._pending:
                    self._busy(False)
                self._condition.notify_all()

    def _draw_safely(self, charts: frozenset[str]) -> None:
        try:
            self._draw(charts)
        except Exception as error:  # a broken chart must not stop the thread
            if self._on_error is None:
                raise
            self._on_error(error)
