"""The what-if simulator's chart: one machine's vibration in both runs, as PNG bytes.

Zone bands (ISO 10816-1 class I: A, B, C, D), the alert line, breakdowns (✕), planned
services (dotted lines) and alerts (▲). Colour is never the only signal: each mark has
its own shape and a word in the legend. matplotlib is imported on first use, so the
numbers show before it has loaded; figures are made without pyplot (nothing piles up).
"""

from __future__ import annotations

import io

import pandas as pd

from score_helpers.maintenance.whatif import WhatIf
from score_helpers.widgets.maintenance_simulator.labels import text

CHART_SIZE = (9.0, 3.6)     # inches; 810 × 324 pixels at DPI
DPI = 90
ZONE_SHADES = {"A": "#EAF5EF", "B": "#F6F9EC", "C": "#FDF3E1", "D": "#FBE6DC"}


def warm_up() -> None:
    """Import matplotlib and the SCORE style now (about a second on a slow laptop)."""
    from score_helpers import plot_style  # noqa: F401


def chart_png(result: WhatIf, threshold: float, days: int, lang: str) -> bytes:
    """The chosen machine's vibration without and with planned services, as PNG."""
    from score_helpers import plot_style as style
    from score_helpers.data.synth.machines import ISO_ZONES

    sensors = result.sensors[result.sensors["motor_current_a"] > 0]
    events = result.events
    top = max(float(sensors["vibration_mm_s"].max()), threshold) * 1.15
    with style.score_style():
        figure, axes = style.new_figure(CHART_SIZE)
        ax = axes[0, 0]
        low = 0.0
        for zone, high, _ in ISO_ZONES:
            if low < top:
                ax.axhspan(low, min(high, top), color=ZONE_SHADES[zone], zorder=0, lw=0)
                ax.text(1.005, (low + min(high, top)) / 2, zone, transform=ax.get_yaxis_transform(),
                        va="center", fontsize=11, color="#555555")
            low = high
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
        ax.scatter(alerts["alert_hour"], alerts["vibration_mm_s"], marker="^", s=90,
                   color=style.OKABE_ITO["reddish purple"], edgecolors="black", zorder=6,
                   label=text(lang, "chart_alert"))
        ax.axhline(threshold, color=style.REFERENCE_COLOUR, linestyle="--", linewidth=2,
                   label=text(lang, "chart_threshold", value=f"{threshold:g}"))
        ax.set_ylim(0, top)
        ax.set_ylabel(text(lang, "chart_axis"), fontsize=12)
        ax.set_title(text(lang, "chart_title", machine=result.machine), fontsize=15)
        ax.tick_params(labelsize=11)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=3, fontsize=10)
        style.date_axis(ax)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    figure.clear()
    return buffer.getvalue()


def zone_of(value: float) -> str:
    """The ISO 10816-1 class I zone letter of a vibration in mm/s ('A' to 'D')."""
    from score_helpers.maintenance.simulator import vibration_zone

    return str(vibration_zone(pd.Series([float(value)])).iloc[0])
