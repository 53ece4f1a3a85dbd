"""The simulator's charts, as PNG bytes: one machine's vibration in both simulated runs
(`chart_png`), and a machine's own readings from its sensor file (`own_chart_png`).

Zone bands (ISO 10816-1 class I: A, B, C, D), the alert line, breakdowns (✕), planned
services (dotted lines) and alerts (▲). Colour is never the only signal: each mark has
its own shape and a word in the legend. matplotlib is imported on first use, so the
numbers show before it has loaded; figures are made without pyplot (nothing piles up).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pandas as pd

from score_helpers.maintenance.whatif import WhatIf
from score_helpers.widgets.maintenance_simulator.labels import text
from score_helpers.widgets.maintenance_simulator.own_data import Findings, Readings

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

CHART_SIZE = (9.0, 3.6)     # inches; 810 × 324 pixels at DPI
DPI = 90
ZONE_SHADES = {"A": "#EAF5EF", "B": "#F6F9EC", "C": "#FDF3E1", "D": "#FBE6DC"}
OWN_AXES = {"bearing_temp_c": "own_chart_temp", "motor_current_a": "own_chart_current"}


def warm_up() -> None:
    """Import matplotlib and the SCORE style now (about a second on a slow laptop)."""
    from score_helpers import plot_style  # noqa: F401


def chart_png(result: WhatIf, threshold: float, days: int, lang: str) -> bytes:
    """The chosen machine's vibration without and with planned services, as PNG."""
    from score_helpers import plot_style as style

    sensors = result.sensors[result.sensors["motor_current_a"] > 0]
    events = result.events
    top = max(float(sensors["vibration_mm_s"].max()), threshold) * 1.15
    with style.score_style():
        figure, axes = style.new_figure(CHART_SIZE)
        ax = axes[0, 0]
        zone_bands(ax, top)
        colours = {"reactive": style.OKABE_ITO["blue"], "preventive": style.OKABE_ITO["orange"]}
        names = {"reactive": text(lang, "chart_no_service"),
                 "preventive": text(lang, "chart_with_service", days=days)}
        for run in ("reactive", "preventive"):
            rows = sensors[sensors["run"] == run]
            ax.plot(rows["timestamp"], rows["vibration_mm_s"], color=colours[run],
                    linewidth=1.2, alpha=0.9 if run == "reactive" else 0.7, label=names[run])
            broke = events[(events["run"] == run) & (events["event_type"] == "breakdown")]
            peaks = rows.set_index("timestamp")["vibration_mm_s"].reindex(broke["timestamp"])
            ax.scatter(broke["timestamp"], peaks.fillna(top * 0.9), marker="X", s=110,
                       color=style.ALERT_COLOUR, edgecolors="black", zorder=5,
                       label=text(lang, "chart_breakdown") if run == "reactive" else None)
        services = events[(events["run"] == "preventive") & (events["event_type"] == "planned")]
        for index, when in enumerate(services["timestamp"]):
            ax.axvline(when, color=style.OKABE_ITO["orange"], linestyle=":", linewidth=1.8,
                       label=text(lang, "chart_service") if index == 0 else None)
        alerts = result.alerts[result.alerts["machine_id"] == result.machine]
        alert_marks(ax, alerts, threshold, top, lang)
        ax.set_title(text(lang, "chart_title", machine=result.machine), fontsize=15)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=3, fontsize=10)
    return png(figure)


def zone_bands(ax: Axes, top: float) -> None:
    """The ISO 10816-1 class I zones A-D as shaded bands up to `top` mm/s, lettered."""
    from score_helpers.data.synth.machines import ISO_ZONES

    low = 0.0
    for zone, high, _ in ISO_ZONES:
        if low < top:
            ax.axhspan(low, min(high, top), color=ZONE_SHADES[zone], zorder=0, lw=0)
            ax.text(1.005, (low + min(high, top)) / 2, zone, transform=ax.get_yaxis_transform(),
                    va="center", fontsize=11, color="#555555")
        low = high


def alert_marks(ax: Axes, alerts: pd.DataFrame, threshold: float, top: float,
                lang: str) -> None:
    """The alerts (▲ at their hour and vibration), the alert line, and the vibration axis."""
    from score_helpers import plot_style as style

    ax.scatter(alerts["alert_hour"], alerts["vibration_mm_s"], marker="^", s=90,
               color=style.OKABE_ITO["reddish purple"], edgecolors="black", zorder=6,
               label=text(lang, "chart_alert"))
    ax.axhline(threshold, color=style.REFERENCE_COLOUR, linestyle="--", linewidth=2,
               label=text(lang, "chart_threshold", value=f"{threshold:g}"))
    ax.set_ylim(0, top)
    ax.set_ylabel(text(lang, "chart_axis"), fontsize=12)
    ax.tick_params(labelsize=11)
    style.date_axis(ax)


def png(figure: Figure) -> bytes:
    """The figure as PNG bytes at DPI; the figure is cleared."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    figure.clear()
    return buffer.getvalue()


def own_chart_png(readings: Readings, found: Findings, machine: str, lang: str) -> bytes:
    """One machine's own readings over time, one panel per reading: vibration with the
    zones, the alert line and the alerts, then bearing temperature and motor current."""
    from matplotlib.dates import ConciseDateFormatter

    from score_helpers import plot_style as style

    rows = readings.frame[readings.frame["machine_id"] == machine]
    signals = readings.signals
    colours = style.CYCLE[:3]
    with style.score_style():
        figure, axes = style.new_figure((CHART_SIZE[0], 0.6 + 2.3 * len(signals)),
                                        rows=len(signals))
        for ax, name, colour in zip(axes[:, 0], signals, colours, strict=False):
            ax.plot(rows["timestamp"], rows[name], color=colour, linewidth=1.2,
                    label=text(lang, "own_chart_reading"))
            if ax is not axes[0, 0]:
                ax.sharex(axes[0, 0])
            if name == "vibration_mm_s":
                highest = rows[name].max()
                top = max(0.0 if pd.isna(highest) else float(highest), found.limit) * 1.15
                zone_bands(ax, top)
                alerts = found.alerts[found.alerts["machine_id"] == machine]
                alert_marks(ax, alerts, found.limit, top, lang)
                ax.legend(loc="upper left", ncol=3, fontsize=9)
            else:
                ax.set_ylabel(text(lang, OWN_AXES[name]), fontsize=12)
                ax.tick_params(labelsize=11)
                style.date_axis(ax)
        for ax in axes[:-1, 0]:
            ax.tick_params(labelbottom=False)      # the panels share the bottom one's dates
        bottom = axes[-1, 0]
        bottom.xaxis.set_major_formatter(ConciseDateFormatter(   # a few days: '2026-Mar'
            bottom.xaxis.get_major_locator()))
        axes[0, 0].set_title(text(lang, "own_chart_title", machine=machine), fontsize=15)
    return png(figure)
