"""The dashboard's charts as PNG bytes: a headline KPI's weekly trend and the Pareto.

The charts come from score_helpers.kpi.charts (trend_with_target, pareto), then are fitted to
half a laptop screen and relabelled in the dashboard's language. matplotlib is imported
on first use, so the cards appear before it has loaded (see kpi_dashboard).
The figures are made without pyplot (plots.new_figure), so there is no pyplot state to
close: each figure is dropped once saved.

Speed (a redraw must show within 300 ms, benchmarks/apps.py): a drawn chart is kept, as PNG
bytes, under a key made of exactly what it shows (the data drawn, the target, the words), so
going back to a choice seen before (lines ticked off and on again) costs no drawing; at most
CACHE_SIZE charts (about 50 kB each) are kept per page (SCORE_CHART_CACHE_SIZE=0: none, as
the benchmark does to time every redraw drawn). The PNG is written with a light zlib
compression (PNG_COMPRESSION): the same pixels, a slightly larger file, less CPU. A new
choice is drawn faster too: the layout is worked out only when the words change shape
(widgets.common.chart_layout), and the Pareto is drawn in a helper process while the
kernel draws the trend (widgets.common.chart_process; `start_pareto`). In a
preheated Voila kernel (VOILA_PREHEAT=True) matplotlib is imported and the charts a new page
shows first are drawn before anyone opens the page (`preheat`), so the first chart is shown
from the cache.
"""

from __future__ import annotations

import math
import os
import textwrap
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

import pandas as pd

from score_helpers.formatting import percent
from score_helpers.kpi.targets import kpi_info, kpi_text
from score_helpers.widgets.common.chart_layout import render_png
from score_helpers.widgets.kpi_dashboard.labels import inline_label, text

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from score_helpers.widgets.common.chart_process import ChartProcess
    from score_helpers.widgets.kpi_dashboard.snapshot import View

CHART_SIZE = (6.4, 3.8)   # inches; at DPI this is 576 × 342 pixels, half the page
DPI = 90
TITLE_SIZE, LABEL_SIZE, TICK_SIZE = 15, 12, 11
CAUSE_CHARS = 16        # a cause's line on the Pareto, in characters
PNG_COMPRESSION = 1      # zlib level 1 of 9: the same picture, less time spent encoding
CACHE_SIZE = int(os.environ.get("SCORE_CHART_CACHE_SIZE", "32"))  # 0: draw every time
HELPER_TIMEOUT_S = 20.0   # a Pareto the helper process has not drawn by then is drawn here

_drawn: OrderedDict[Hashable, bytes | None] = OrderedDict()
_warm: list[bool] = []


def warm_up() -> None:
    """Import matplotlib and the chart module now (about a second on a slow laptop) and draw
    one small chart, so the fonts and the renderer are ready too (once per kernel)."""
    if _warm:
        return
    from score_helpers.kpi import charts as plots

    causes = pd.DataFrame({"cause": ["a", "b"], "defects": [2, 1]})
    _png(plots.pareto(causes).figure)
    _warm.append(True)


def _frame_key(frame: pd.DataFrame) -> tuple[object, ...]:
    """A key for a frame's content: its shape, columns and a hash of every value."""
    hashed = pd.util.hash_pandas_object(frame, index=True)
    return (frame.shape, tuple(map(str, frame.columns)), int(hashed.sum()),
            int(hashed.iloc[::7].sum()))


def _cached(key: Hashable, draw: Callable[[], bytes | None]) -> bytes | None:
    """The PNG drawn for `key` before, else `draw()` (kept, the oldest dropped)."""
    if CACHE_SIZE <= 0:
        return draw()
    if key in _drawn:
        _drawn.move_to_end(key)
        return _drawn[key]
    png = draw()
    _drawn[key] = png
    while len(_drawn) > CACHE_SIZE:
        _drawn.popitem(last=False)
    return png


def selection_name(view: View, lang: str) -> str:
    """'all lines', or the chosen lines: 'Line A, Line C'."""
    lines = view.selection.lines
    return text(lang, "all_lines") if lines == view.dataset.lines else ", ".join(lines)


def trend_target(view: View, kpi: str) -> float:
    """The target line of a KPI's trend: the green threshold (× the usual weekly cost for a
    relative target); NaN when there is no usual cost or no target."""
    target = view.targets.get(kpi)
    if target is None:
        return math.nan
    return target.green * view.usual_cost if target.relative else target.green


def trend_png(view: View, kpi: str, lang: str) -> bytes | None:
    """The KPI per week for the chosen lines (added up), against its target, as PNG; None
    when there is nothing to draw. Drawn once per content (see the module's note)."""
    def draw() -> bytes | None:
        figure = trend_figure(view, kpi, lang)
        return None if figure is None else _png(figure)

    weekly = view.weekly
    key = ("trend", lang, kpi, trend_target(view, kpi), selection_name(view, lang),
           _frame_key(weekly) if not weekly.empty else None)
    return _cached(key, draw)


def trend_figure(view: View, kpi: str, lang: str) -> Figure | None:
    """The trend chart of trend_png, before it is fitted and saved; its axis starts at
    zero at the lowest (kpi.charts: no KPI is negative)."""
    goal = trend_target(view, kpi)
    weekly = view.weekly
    if (weekly.empty or kpi not in weekly or weekly[kpi].notna().sum() == 0
            or math.isnan(goal)):
        return None
    from score_helpers.kpi import charts as plots

    label = text(lang, f"kpi_{kpi}")
    chart = plots.trend_with_target(weekly, kpi, goal, by=None,
                                    title=text(lang, "trend_title", label=label))
    axes = chart.figure.axes[0]
    handles, words = axes.get_legend_handles_labels()
    names = {words[0]: selection_name(view, lang),
             words[1]: text(lang, "target_legend", value=kpi_text(kpi, goal)),
             **({words[2]: text(lang, "beyond_target")} if len(words) > 2 else {})}
    axes.legend(handles, [names[word] for word in words], loc="upper center",
                bbox_to_anchor=(0.5, -0.13), ncol=3, fontsize=LABEL_SIZE, frameon=False)
    unit = kpi_info(kpi).unit  # % and ₱ are on the ticks; a rate needs its base
    axes.set_ylabel("" if unit == "fraction" or unit.startswith("PHP")
                    else text(lang, f"unit_{kpi}"), fontsize=LABEL_SIZE)
    return chart.figure


def no_trend_message(view: View, pillar: str, lang: str) -> str:
    """Why a pillar has no trend chart: no KPI in the file, no target, or no data."""
    kpi = view.kpi_of(pillar)
    if kpi is None:
        return text(lang, "trend_no_kpi", pillar=text(lang, f"pillar_{pillar}"))
    label = inline_label(lang, kpi)
    if kpi not in view.targets:
        return text(lang, "trend_no_target", label=label)
    return text(lang, "trend_no_data", label=label)


def pareto_png(causes: pd.DataFrame | None, lang: str) -> bytes | None:
    """The Pareto of defects by cause; None when there are no causes or no defects. Drawn
    once per content (see the module's note)."""
    return start_pareto(causes, lang, helper=None)()


def start_pareto(causes: pd.DataFrame | None, lang: str,
                 helper: ChartProcess | None) -> Callable[[], bytes | None]:
    """Begin the Pareto of pareto_png and return at once; calling the result gives the PNG.

    From the cache when drawn before; else drawn in `helper` (another process, so the
    kernel can draw the trend meanwhile) when it is ready; else drawn here when called.
    """
    if causes is None or causes.empty or causes["defects"].sum() <= 0:
        return lambda: None
    totals = causes.groupby("cause", sort=True)["defects"].sum()   # all the chart shows
    key = ("pareto", lang, tuple(totals.index.astype(str)), tuple(totals.tolist()))
    if CACHE_SIZE > 0 and key in _drawn:
        png = _cached(key, lambda: None)   # drawn before: nothing is drawn again
        return lambda: png
    small = totals.reset_index()   # what the helper needs: a few rows, not every day
    job = helper.submit(f"{__name__}:_pareto_png", small, lang) if helper else None

    def result() -> bytes | None:
        def draw() -> bytes:
            if job is not None:
                try:
                    return job.result(timeout=HELPER_TIMEOUT_S)
                except Exception:   # the helper died or hung: draw here from now on
                    assert helper is not None
                    helper.stop()
            return _pareto_png(small, lang)
        return _cached(key, draw)
    return result


def _pareto_png(causes: pd.DataFrame, lang: str) -> bytes:
    """pareto_png, drawn."""
    from score_helpers.kpi import charts as plots

    chart = plots.pareto(causes)
    bars, shares = chart.figure.axes
    cumulative = chart.data["cumulative_share"]
    vital = int((cumulative < 0.8 - 1e-9).sum()) + 1
    share = percent(float(cumulative.iloc[vital - 1]), 0)
    title = "pareto_title_one" if vital == 1 else "pareto_title_many"
    bars.set_title(text(lang, title, count=vital, share=share))
    bars.set_ylabel(text(lang, "pareto_axis"), fontsize=LABEL_SIZE)
    shares.set_ylabel(text(lang, "pareto_cumulative"), fontsize=LABEL_SIZE)
    shares.tick_params(labelsize=TICK_SIZE)
    names = [cause_label(name) for name in chart.data["cause"]]
    bars.set_xticks(range(len(names)), labels=names, rotation=30, ha="right",
                    rotation_mode="anchor")
    return _png(chart.figure)


def cause_label(name: str) -> str:
    """A cause as the dashboard's Pareto writes it: on two lines at most, cut with "…"
    when longer (a factory's own causes can be long; the CSV keeps the whole name)."""
    lines = textwrap.wrap(" ".join(str(name).split()), CAUSE_CHARS) or [""]
    return "\n".join(lines) if len(lines) <= 2 else f"{lines[0]}\n{lines[1]}…"


def _png(figure: Figure) -> bytes:
    """Fit the figure to the dashboard and save it as PNG (laid out afresh only when its
    words changed shape: widgets.common.chart_layout)."""
    for axes in figure.axes:
        axes.title.set_fontsize(TITLE_SIZE)
        axes.title.set_fontweight("bold")
        axes.tick_params(labelsize=TICK_SIZE)
    return render_png(figure, CHART_SIZE, DPI, PNG_COMPRESSION)


def start_helper() -> ChartProcess | None:
    """This kernel's helper process for the Pareto (chart_process.shared), warmed up with
    this module's warm_up; None when it is switched off or memory is short."""
    from score_helpers.widgets.common import chart_process

    return chart_process.shared(f"{__name__}:warm_up")


def preheat(profile: str = "garments", pillar: str = "Q") -> None:
    """In a preheated kernel, before the page is asked for: import matplotlib and draw the
    charts a new page shows first (the practice profile, its default choice, in both
    languages, since the page's language is not known yet), so they come from the cache."""
    warm_up()
    from score_helpers.widgets.kpi_dashboard import state as ds

    for lang in ("en", "fil"):
        view = ds.DashboardState(profile, lang).view()
        kpi = view.kpi_of(pillar)
        if kpi:
            trend_png(view, kpi, lang)
        pareto_png(ds.pareto_causes(view), lang)


if os.environ.get("VOILA_PREHEAT") == "True":   # a preheated kernel: nobody waits yet
    try:
        preheat()
    except Exception:  # the charts are then drawn when asked, and an error shown then
        _drawn.clear()
