"""How fast the KPI dashboard app is in a real browser, against a trivial Voila page.

Run from the repository root:  python benchmarks/apps.py [--loads 5] [--changes 20]

It starts three servers on free ports with --no-browser, all in this run:
- `score-lab apps` (apps_command: the gallery and every app, one preheated kernel per app,
  as participants and factories run it);
- plain Voila serving a temporary folder with a trivial one-widget notebook, no preheating
  (the floor: a cold page);
- plain Voila serving apps/ with no preheating and SCORE_CHART_CACHE_SIZE=0 (every redraw
  is drawn: the worst case, and the "before" of the issue).
Headless Chromium (Playwright, /usr/bin/chromium when present) then measures:

(a) time to interactive, median of --loads page loads each, interleaved (preheated
    dashboard, trivial, cold dashboard, ...) after one warm-up load each (the browser cache
    is warm, as for a supervisor who opens the app again). TTI = from navigation start
    (performance.now() origin) until the five .kpi-dash-card are visible, and until the first
    trend chart is; for the trivial page until its one widget is. Before each preheated load
    the benchmark waits until the pool is full again and its kernels are idle. Target: the
    preheated dashboard's first chart ≤ 1.0 × the trivial cold page.
(b) the memory the pool adds: resident (RSS) and proportional (PSS: shared pages split
    between the processes that share them) memory of the preheated kernels, once idle.
(c) redraw latency: --changes line-checkbox clicks in one page, each from the click
    (performance.now() just before input.click()) until the cards' text, the trend chart's
    and the Pareto chart's src have changed (a MutationObserver). The clicks start once the
    server is idle (the pool refilled, the page's chart helper started: a person reads the
    first cards before choosing lines); one change made as soon as the page showed its
    charts is printed apart. Each click waits until the previous redraw is over
    ("Updating…" gone); the clicks cycle through four line choices.
    On `score-lab apps` a choice seen before comes from the chart cache; on the no-cache
    server every redraw is drawn. Beside them, the floor: a click on the trivial page's
    button until its label changes. Target: p95 ≤ 300 ms for every chart (nearest rank: the
    19th of 20).

SCORE_TARGETS_DIR points at the temporary folder, so the benchmark never reads or writes a
targets.json of the repository.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from score_helpers.course.voila_server import (  # noqa: E402
    apps_command,
    free_port,
    voila_command,
)
from score_helpers.widgets.gallery import APPS  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from apps_page import CHANGE_JS, CLICK_JS, NOT_BUSY_JS, TRIVIAL_SOURCE, TTI_JS  # noqa: E402
from apps_servers import (  # noqa: E402
    pool_memory,
    server,
    spaced,
    wait_for_the_pool,
    wait_until_idle,
)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking"]
TIMEOUT_MS = 120_000
TTI_TARGET, LATENCY_TARGET_MS = 1.0, 300.0

# Line checkbox to click: A off, B off, A on, B on (all lines), and again.
CLICKS = (0, 1, 0, 1)
CHARTS = (("cards", "cards updated"), ("trend", "trend chart redrawn"),
          ("pareto", "Pareto redrawn"))


def write_trivial_notebook(folder: Path) -> None:
    """The floor: a notebook whose only cell shows one button (a click counts)."""
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(TRIVIAL_SOURCE)])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    nbformat.write(notebook, folder / "trivial.ipynb")


def open_page(browser: object, url: str) -> object:
    """A new page at `url` (navigation committed)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
    return page


def close(page: object) -> None:
    """Leave the page (Voila shuts its kernel down when the page unloads), close it and let
    the kernel go before the next load."""
    page.goto("about:blank")
    page.close()
    time.sleep(1.0)


def trivial_load_ms(browser: object, url: str) -> float:
    """Milliseconds from navigation start until the trivial page's button is visible."""
    page = open_page(browser, url)
    try:
        return float(page.evaluate(TTI_JS, {"css": ".bench-trivial", "count": 1}))
    finally:
        close(page)


def dashboard_load_ms(browser: object, url: str) -> tuple[float, float]:
    """(ms until the five cards are visible, ms until the trend chart is visible)."""
    page = open_page(browser, url)
    try:
        cards = float(page.evaluate(TTI_JS, {"css": ".kpi-dash-card", "count": 5}))
        chart = float(page.evaluate(TTI_JS, {"css": ".kpi-dash-trend", "count": 1}))
        return cards, chart
    finally:
        close(page)


def measure_loads(browser: object, urls: dict[str, str], pool_port: int,
                  loads: int) -> None:
    """(a) TTI of the dashboard, preheated and cold, against the trivial cold page."""
    wait_for_the_pool(pool_port, len(APPS))
    dashboard_load_ms(browser, urls["preheated"])            # warm-up: browser cache, disk
    trivial_load_ms(browser, urls["trivial"])
    dashboard_load_ms(browser, urls["cold"])
    times: dict[str, list[float]] = {key: [] for key in
                                     ("trivial", "hot cards", "hot chart", "cold cards",
                                      "cold chart")}
    for _ in range(loads):
        wait_for_the_pool(pool_port, len(APPS))
        cards, chart = dashboard_load_ms(browser, urls["preheated"])
        times["hot cards"].append(cards)
        times["hot chart"].append(chart)
        times["trivial"].append(trivial_load_ms(browser, urls["trivial"]))
        cards, chart = dashboard_load_ms(browser, urls["cold"])
        times["cold cards"].append(cards)
        times["cold chart"].append(chart)
    median = {key: statistics.median(values) for key, values in times.items()}
    floor = median["trivial"]
    print(f"(a) time to interactive, median of {loads} loads (ms; ratio to the trivial page)")
    for key, words in (("trivial", "trivial one-widget page, cold"),
                       ("hot cards", "KPI dashboard preheated, 5 cards"),
                       ("hot chart", "KPI dashboard preheated, 1st chart"),
                       ("cold cards", "KPI dashboard cold, 5 cards"),
                       ("cold chart", "KPI dashboard cold, 1st chart")):
        print(f"    {words:36} {median[key]:7.0f}  {median[key] / floor:5.2f}×   "
              f"loads: {spaced(times[key])}")
    ratio = median["hot chart"] / floor
    verdict = "meets" if ratio <= TTI_TARGET else "MISSES"
    print(f"    preheated first chart ÷ trivial cold page  {ratio:5.2f}×  ({verdict} the ≤ "
          f"{TTI_TARGET}× target)\n")


def redraws(browser: object, url: str, port: int,
            changes: int) -> tuple[dict[str, float], list[dict[str, float]]]:
    """One dashboard page: the first line change as soon as the charts are up, then, once
    the server is idle, `changes` more; ms until each part was redrawn."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(url, timeout=TIMEOUT_MS)
        page.evaluate(TTI_JS, {"css": ".kpi-dash-trend", "count": 1})
        page.evaluate(TTI_JS, {"css": ".kpi-dash-pareto", "count": 1})
        page.wait_for_function(NOT_BUSY_JS, timeout=TIMEOUT_MS)
        first = page.evaluate(CHANGE_JS, CLICKS[-1])   # line B off: a choice not drawn yet
        page.wait_for_function(NOT_BUSY_JS, timeout=TIMEOUT_MS)
        wait_until_idle(port)
        results = []
        for number in range(changes):
            results.append(page.evaluate(CHANGE_JS, CLICKS[number % len(CLICKS)]))
            page.wait_for_function(NOT_BUSY_JS, timeout=TIMEOUT_MS)
            time.sleep(0.2)
        return first, results
    finally:
        close(page)


def clicks(browser: object, url: str, changes: int) -> list[float]:
    """`changes` clicks on the trivial page's button: ms until its label changed."""
    page = open_page(browser, url)
    try:
        page.evaluate(TTI_JS, {"css": ".bench-trivial", "count": 1})
        results = []
        for _ in range(changes):
            results.append(float(page.evaluate(CLICK_JS)))
            time.sleep(0.2)
        return results
    finally:
        close(page)


def measure_changes(browser: object, urls: dict[str, str], ports: dict[str, int],
                    changes: int) -> None:
    """(c) latency from a line change to each redrawn part, against a trivial round trip."""
    floor = sorted(clicks(browser, urls["trivial"], changes))
    print(f"(c) line change → redraw, {changes} changes once the server is idle (ms)")
    print(f"    floor: trivial button click → label   median "
          f"{statistics.median(floor):6.0f}   p95 {_p95(floor):6.0f}")
    worst = 0.0
    for server_key, words in (("preheated", "score-lab apps (chart cache on)"),
                              ("cold", "every redraw drawn (no cache)")):
        first, results = redraws(browser, urls[server_key], ports[server_key], changes)
        print(f"    {words}")
        for key, what in CHARTS:
            values = sorted(result[key] for result in results)
            worst = max(worst, _p95(values))
            print(f"      {what:22} median {statistics.median(values):6.0f}   "
                  f"p95 {_p95(values):6.0f}   max {values[-1]:6.0f}   "
                  f"p95 ÷ floor {_p95(values) / _p95(floor):5.1f}×")
        print("      first change, as soon as the page showed its charts (not in the p95): "
              + ", ".join(f"{what.split()[0]} {first[key]:.0f}" for key, what in CHARTS))
    verdict = "meets" if worst <= LATENCY_TARGET_MS else "MISSES"
    print(f"    worst chart p95 {worst:.0f} ms ({verdict} the ≤ {LATENCY_TARGET_MS:.0f} ms "
          "target)")


def _p95(values: list[float]) -> float:
    """The 95th percentile by nearest rank (the 19th of 20 sorted values)."""
    return values[max(0, math.ceil(0.95 * len(values)) - 1)]


def main() -> None:
    """Start the servers and the browser, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5, help="page loads per page (a)")
    parser.add_argument("--changes", type=int, default=20, help="line changes (c)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="score-bench-apps-") as scratch:
        folder = Path(scratch)
        (folder / "trivial").mkdir()
        write_trivial_notebook(folder / "trivial")
        env = dict(os.environ, SCORE_TARGETS_DIR=str(folder), SCORE_LANG="en",
                   SCORE_PROGRESS_DIR=str(folder), SCORE_SAFETY_LOG=str(folder / "log.csv"))
        env.pop("SCORE_APPS_PREHEAT", None)
        ports = {key: free_port() for key in ("preheated", "trivial", "cold")}
        print("servers: score-lab apps (preheated, one kernel per app); trivial page and "
              "apps/ with plain Voila, no preheating\n")
        with server(apps_command(ports["preheated"]), ports["preheated"], env,
                    folder / "apps.log") as hot, \
                server(voila_command(folder / "trivial", ports["trivial"]), ports["trivial"],
                       env, folder / "trivial.log") as floor, \
                server(voila_command(REPO / "apps", ports["cold"]), ports["cold"],
                       dict(env, SCORE_CHART_CACHE_SIZE="0"), folder / "cold.log") as cold, \
                sync_playwright() as playwright:
            executable = CHROMIUM if os.path.exists(CHROMIUM) else None
            browser = playwright.chromium.launch(executable_path=executable, headless=True,
                                                 args=CHROMIUM_ARGS)
            urls = {"preheated": f"{hot}/voila/render/kpi_dashboard.ipynb",
                    "cold": f"{cold}/voila/render/kpi_dashboard.ipynb",
                    "trivial": f"{floor}/voila/render/trivial.ipynb"}
            memory = pool_memory(wait_for_the_pool(ports["preheated"], len(APPS)))
            measure_loads(browser, urls, ports["preheated"], args.loads)
            print(memory)
            measure_changes(browser, urls, ports, args.changes)
            browser.close()


if __name__ == "__main__":
    main()
