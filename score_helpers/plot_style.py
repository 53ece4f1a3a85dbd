"""One look for every SCORE chart: colour-blind-safe colours, big text for a projector.

    from score_helpers.plot_style import use_score_style
    use_score_style()          # your own seaborn and matplotlib charts get the SCORE look

Colours are the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), which
people with the common kinds of colour blindness can tell apart. Colour is never the only
signal: every traffic-light state also has its own marker shape and its own word.
The charts of `score_helpers.kpi.charts` use this style without changing your global settings.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

import matplotlib as mpl
import numpy as np
import pandas as pd
import seaborn as sns
from cycler import cycler
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure

# The eight Okabe–Ito colours.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}
# Order for lines and groups: strong colours first; yellow (faint on a projector) and
# vermillion (kept for "beyond target" and "out of control" marks) come last.
CYCLE: list[str] = [OKABE_ITO[name] for name in (
    "blue", "orange", "bluish green", "reddish purple", "sky blue", "black", "yellow",
    "vermillion")]

# One colour per QCDMS pillar (keys as kpi.PILLARS).
PILLAR_COLOURS: dict[str, str] = {
    "Q": OKABE_ITO["blue"], "C": OKABE_ITO["orange"], "D": OKABE_ITO["bluish green"],
    "M": OKABE_ITO["reddish purple"], "S": OKABE_ITO["vermillion"],
}


# Traffic lights: colour, marker shape and word, so colour is never needed to read them.
STATE_STYLE: dict[str, dict[str, str]] = {
    "green": {"color": OKABE_ITO["bluish green"], "marker": "o", "label": "On target"},
    "amber": {"color": OKABE_ITO["orange"], "marker": "^", "label": "Watch"},
    "red": {"color": OKABE_ITO["vermillion"], "marker": "X", "label": "Off target"},
    "no data": {"color": "#999999", "marker": "s", "label": "No data"},
}
ALERT_COLOUR = OKABE_ITO["vermillion"]   # points beyond target or out of control
REFERENCE_COLOUR = "#333333"             # targets, means and limits

# Font sizes readable from the back of a training room.
SCORE_RC: dict[str, Any] = {
    "font.size": 14, "axes.titlesize": 18, "axes.titleweight": "bold", "axes.labelsize": 15,
    "xtick.labelsize": 13, "ytick.labelsize": 13, "legend.fontsize": 13,
    "legend.title_fontsize": 13, "figure.titlesize": 20, "figure.titleweight": "bold",
    "axes.spines.top": False, "axes.spines.right": False, "axes.grid": True,
    "grid.color": "#DDDDDD", "grid.linewidth": 0.8, "lines.linewidth": 2.5,
    "lines.markersize": 7, "legend.frameon": False, "figure.dpi": 100, "savefig.dpi": 150,
    "savefig.bbox": "tight", "axes.prop_cycle": cycler(color=CYCLE),
    "image.cmap": "cividis",
}


def score_rc() -> dict[str, Any]:
    """Every rc setting of the SCORE style: seaborn's white grid, then SCORE_RC."""
    return {**sns.axes_style("whitegrid"), **sns.plotting_context("notebook"), **SCORE_RC}


def use_score_style() -> None:
    """Give every following seaborn and matplotlib chart the SCORE look (call once per
    notebook): Okabe–Ito colours, big fonts, a light grid, no top or right frame line."""
    sns.set_theme(style="whitegrid", palette=CYCLE, rc=score_rc())


@contextmanager
def score_style() -> Iterator[None]:
    """The SCORE look inside a `with` block only; settings outside stay as they were."""
    with mpl.rc_context(score_rc()):
        yield


# ---- Figures -------------------------------------------------------------------------------

class Chart(NamedTuple):
    """A chart and the exact data it draws; `fig, data = chart` works too."""

    figure: Figure
    data: pd.DataFrame

    def _repr_png_(self) -> bytes:
        """Jupyter shows the picture when a Chart is the last line of a cell."""
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png")
        return buffer.getvalue()

    def save(self, path: str) -> None:
        """Save the picture, e.g. chart.save("defects.png") for a slide or a report."""
        self.figure.savefig(path)


def new_figure(size: tuple[float, float], rows: int = 1,
               cols: int = 1) -> tuple[Figure, np.ndarray]:
    """A figure made without pyplot, so there is nothing to close and nothing piles up,
    and its axes as a 2-D array. Call it inside score_style() to get the SCORE look."""
    figure = Figure(figsize=size, layout="constrained")
    return figure, figure.subplots(rows, cols, squeeze=False)


def date_axis(ax: Axes) -> None:
    """Dates on the x axis written briefly: Jul, Aug ... with the year once."""
    locator = AutoDateLocator(minticks=4, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(
        locator, offset_formats=["", "%Y", "%Y", "%Y", "%Y", "%Y"]))


def period_word(starts: pd.Series) -> str:
    """'day', 'week', 'month' ... from the spacing of the period starts."""
    steps = pd.Series(sorted(pd.to_datetime(starts).unique())).diff().dt.days.dropna()
    days = steps.median() if len(steps) else 7
    return "day" if days <= 1.5 else "week" if days <= 8 else "month" if days <= 32 else "period"
