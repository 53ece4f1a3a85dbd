"""How fast the KPI dashboard app is in a real browser, against a trivial Voila page.

Run from the repository root:  python benchmarks/apps.py [--loads 5] [--changes 20]
                                                          [--preheat]

It starts two Voila servers on free ports with --no-browser and the same flags: one
serves apps/ (the dashboard), one a temporary folder holding a trivial one-widget
notebook. Headless Chromium (Playwright, /usr/bin/chromium when present) then measures:

(a) time to interactive, median of --loads page loads each, interleaved (dashboard,
    trivial, dashboard, ...) after one warm-up load each (the browser cache is warm, as
    for a supervisor who opens the app again). TTI = from navigation start
    (performance.now() origin) until the five .kpi-dash-card are visible, or for the
    trivial page until its one widget is. Target: dashboard ≤ 1.5 × trivial.
    The time until the first trend chart is visible is printed too.
(b) redraw latency: --changes line-checkbox clicks in one page, each from the click
    (performance.now() just before input.click()) until the trend chart image's src
    changes (a MutationObserver), with the cards and the Pareto chart timed as well.
    Each click waits until the previous redraw is over ("Updating…" gone); the clicks
    cycle through four line choices, so every click changes the chart. Target: p95 ≤
    300 ms (nearest rank: the 19th of 20).

--preheat passes --preheat_kernel=True --pool_size=1 to both servers (Voila runs the
notebook before anyone asks). SCORE_TARGETS_DIR points at the temporary folder, so the
benchmark never reads or writes a targets.json of the repository.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from score_helpers.course.voila_server import (  # noqa: E402
    ServerStartError,
    free_port,
    serve,
    voila_command,
)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking"]
TIMEOUT_MS = 120_000
TTI_TARGET, LATENCY_TARGET_MS = 1.5, 300.0

TRIVIAL_SOURCE = ("import ipywidgets as widgets\n"
                  "button = widgets.Button(description='OK')\n"
                  "button.add_class('bench-trivial')\n"
                  "button")
# Resolves with performance.now() (ms since navigation start) once `ready()` holds.
TTI_JS = """selector => new Promise(resolve => {
  const ready = () => {
    const found = document.querySelectorAll(selector.css);
    return found.length === selector.count &&
      Array.from(found).every(e => e.offsetParent !== null && e.offsetHeight > 0);
  };
  const check = () => ready() ? resolve(performance.now()) : requestAnimationFrame(check);
  check();
})"""
CHANGE_JS = """index => new Promise((resolve, reject) => {
  const text = css => Array.from(document.querySelectorAll(css)).map(e => e.innerText).join('|');
  const src = css => (document.querySelector(css) || {}).src || '';
  const before = {cards: text('.kpi-dash-value'), trend: src('.kpi-dash-trend'),
                  pareto: src('.kpi-dash-pareto')};
  const result = {};
  let t0 = 0;
  const look = () => {
    const now = performance.now() - t0;
    if (result.cards === undefined && text('.kpi-dash-value') !== before.cards) result.cards = now;
    if (result.trend === undefined && src('.kpi-dash-trend') !== before.trend) result.trend = now;
    if (result.pareto === undefined && src('.kpi-dash-pareto') !== before.pareto)
      result.pareto = now;
    if (result.cards !== undefined && result.trend !== undefined && result.pareto !== undefined) {
      observer.disconnect();
      resolve(result);
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(document.body, {subtree: true, childList: true, attributes: true,
                                   characterData: true});
  setTimeout(() => { observer.disconnect(); reject(new Error('no redraw in 30 s')); }, 30000);
  const box = document.querySelectorAll('.kpi-dash-lines input[type=checkbox]')[index];
  t0 = performance.now();
  box.click();
})"""
NOT_BUSY_JS = "() => !(document.querySelector('.kpi-dash-busy') || {}).innerText"
# Line checkbox to click: A off, B off, A on, B on (all lines), and again.
CLICKS = (0, 1, 0, 1)


def write_trivial_notebook(folder: Path) -> None:
    """The floor: a notebook whose only cell shows one button."""
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(TRIVIAL_SOURCE)])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    nbformat.write(notebook, folder / "trivial.ipynb")


@contextmanager
def voila(folder: Path, extra: list[str], env: dict[str, str], log: Path) -> Iterator[str]:
    """A Voila server for `folder` on a free port (the project's one launcher); yields its
    base URL."""
    port = free_port()
    try:
        with serve(voila_command(folder, port, extra), port, log_path=log, env=env) as base:
            yield base
    except ServerStartError as error:
        raise SystemExit(f"Voila did not start: {error}") from None


def load_ms(browser: object, url: str, css: str, count: int) -> float:
    """Milliseconds from navigation start until `count` elements `css` are visible."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        return float(page.evaluate(TTI_JS, {"css": css, "count": count}))
    finally:
        page.close()
        time.sleep(1.0)  # let Voila shut the kernel down before the next load


def dashboard_load_ms(browser: object, url: str) -> tuple[float, float]:
    """(ms until the five cards are visible, ms until the trend chart is visible)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        cards = float(page.evaluate(TTI_JS, {"css": ".kpi-dash-card", "count": 5}))
        chart = float(page.evaluate(TTI_JS, {"css": ".kpi-dash-trend", "count": 1}))
        return cards, chart
    finally:
        page.close()
        time.sleep(1.0)


def measure_loads(browser: object, dashboard: str, trivial: str, loads: int) -> None:
    """(a) TTI of the dashboard against the trivial page."""
    dashboard_load_ms(browser, dashboard)                 # warm-up: browser cache, disk
    load_ms(browser, trivial, ".bench-trivial", 1)
    cards, charts, floors = [], [], []
    for _ in range(loads):
        card_ms, chart_ms = dashboard_load_ms(browser, dashboard)
        cards.append(card_ms)
        charts.append(chart_ms)
        floors.append(load_ms(browser, trivial, ".bench-trivial", 1))
    tti, floor = statistics.median(cards), statistics.median(floors)
    print(f"(a) time to interactive, median of {loads} loads (ms)")
    print(f"    trivial one-widget page   {floor:7.0f}   loads: {_list(floors)}")
    print(f"    KPI dashboard, 5 cards    {tti:7.0f}   loads: {_list(cards)}")
    print(f"    KPI dashboard, 1st chart  {statistics.median(charts):7.0f}   "
          f"loads: {_list(charts)}")
    verdict = "meets" if tti / floor <= TTI_TARGET else "MISSES"
    print(f"    ratio dashboard ÷ trivial  {tti / floor:6.2f}×  ({verdict} the ≤ "
          f"{TTI_TARGET}× target)\n")


def measure_changes(browser: object, dashboard: str, changes: int) -> None:
    """(b) latency from a line change to the redrawn trend chart."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(dashboard, timeout=TIMEOUT_MS)
        page.evaluate(TTI_JS, {"css": ".kpi-dash-trend", "count": 1})
        page.wait_for_function(NOT_BUSY_JS, timeout=TIMEOUT_MS)
        results = []
        for number in range(changes):
            results.append(page.evaluate(CHANGE_JS, CLICKS[number % len(CLICKS)]))
            page.wait_for_function(NOT_BUSY_JS, timeout=TIMEOUT_MS)
            time.sleep(0.2)
    finally:
        page.close()
    print(f"(b) line change → redraw, {changes} changes (ms)")
    for key, words in (("cards", "cards updated"), ("trend", "trend chart redrawn"),
                       ("pareto", "Pareto redrawn")):
        values = sorted(result[key] for result in results)
        print(f"    {words:22} median {statistics.median(values):6.0f}   "
              f"p95 {_p95(values):6.0f}   max {values[-1]:6.0f}")
    p95 = _p95(sorted(result["trend"] for result in results))
    verdict = "meets" if p95 <= LATENCY_TARGET_MS else "MISSES"
    print(f"    trend chart p95 {p95:.0f} ms ({verdict} the ≤ {LATENCY_TARGET_MS:.0f} ms "
          "target)")


def _p95(values: list[float]) -> float:
    """The 95th percentile by nearest rank (the 19th of 20 sorted values)."""
    return values[max(0, math.ceil(0.95 * len(values)) - 1)]


def _list(values: list[float]) -> str:
    return " ".join(f"{value:.0f}" for value in values)


def main() -> None:
    """Start the servers and the browser, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5, help="page loads per page (a)")
    parser.add_argument("--changes", type=int, default=20, help="line changes (b)")
    parser.add_argument("--preheat", action="store_true",
                        help="run Voila with --preheat_kernel=True --pool_size=1")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    extra = ["--preheat_kernel=True", "--pool_size=1"] if args.preheat else []
    with tempfile.TemporaryDirectory(prefix="score-bench-apps-") as scratch:
        folder = Path(scratch)
        (folder / "trivial").mkdir()
        write_trivial_notebook(folder / "trivial")
        env = dict(os.environ, SCORE_TARGETS_DIR=str(folder), SCORE_LANG="en")
        print(f"Voila flags: --no-browser {' '.join(extra) or '(no preheating)'}\n")
        with voila(REPO / "apps", extra, env, folder / "apps.log") as apps, \
                voila(folder / "trivial", extra, env, folder / "trivial.log") as floor, \
                sync_playwright() as playwright:
            executable = CHROMIUM if os.path.exists(CHROMIUM) else None
            browser = playwright.chromium.launch(executable_path=executable, headless=True,
                                                 args=CHROMIUM_ARGS)
            if args.preheat:
                time.sleep(20)  # let both pools execute their notebooks first
            dashboard = f"{apps}/voila/render/kpi_dashboard.ipynb"
            measure_loads(browser, dashboard, f"{floor}/voila/render/trivial.ipynb",
                          args.loads)
            measure_changes(browser, dashboard, args.changes)
            browser.close()


if __name__ == "__main__":
    main()
