"""The dashboard's charts as PNG bytes: a headline KPI's weekly trend and the Pareto.

The charts come from score_helpers.kpi.charts (trend_with_target, pareto), then are fitted to
half a laptop screen and relabelled in the dashboard's language. matplotlib is imported
on first use, so the cards appear before it has loaded (see kpi_dashboard).
The figures are made without pyplot (plots.new_figure), so there is no pyplot state to
close: each figure is cleared after it is saved and then dropped.
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING

import pandas as pd

from score_helpers.formatting import percent
from score_helpers.kpi.targets import kpi_info, kpi_text
from score_helpers.widgets.kpi_dashboard.labels import inline_label, text

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from score_helpers.widgets.kpi_dashboard.snapshot import View

CHART_SIZE = (6.4, 3.8)   # inches; at DPI this is 576 × 342 pixels, half the page
DPI = 90
TITLE_SIZE, LABEL_SIZE, TICK_SIZE = 15, 12, 11


def warm_up() -> None:
    """Import matplotlib and the chart module now (about a second on a slow laptop)."""
    from score_helpers.kpi import charts as plots  # noqa: F401


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
    when there is nothing to draw."""
    figure = trend_figure(view, kpi, lang)
    return None if figure is None else _png(figure)


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
    """The Pareto of defects by cause; None when there are no causes or no defects."""
    if causes is None or causes.empty or causes["defects"].sum() <= 0:
        return None
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
    return _png(chart.figure)


def _png(figure: Figure) -> bytes:
    """Fit the figure to the dashboard, save it as PNG, clear it."""
    figure.set_size_inches(*CHART_SIZE)
    for axes in figure.axes:
        axes.title.set_fontsize(TITLE_SIZE)
        axes.title.set_fontweight("bold")
        axes.tick_params(labelsize=TICK_SIZE)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    figure.clear()
    return buffer.getvalue()
