"""Module 03's honest checks: which breakdowns an alert limit warned of, which it missed,
and what each limit costs next to the warning it gives.

    from score_helpers.lessons import predictive_maintenance as lessons
    lessons.breakdown_check(sensors, log, zone="C")     # one row per breakdown: warned or missed
    lessons.limit_table(sensors, log, [1.0, 1.8, 3.0])  # cost, false alarms and days of warning
    lessons.last_days_chart(sensors, log, "CMP-02")     # a machine's last week before it broke

A breakdown counts as warned in time when an alert came within the warning window (one
week) and at least `min_lead_hours` before it, the rule of maintenance_cost's predictive
policy; the rest are missed, and a missed breakdown costs a full breakdown.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from score_helpers import plot_style as style
from score_helpers.data.synth.machines import ISO_ZONES
from score_helpers.maintenance.cost import EXAMPLE_SETTINGS, cost_by_threshold
from score_helpers.maintenance.model import breakdown_times, threshold_alerts
from score_helpers.maintenance.simulator import vibration_zone
from score_helpers.plot_style import Chart, new_figure

ZONE_COLOURS = {"A": style.OKABE_ITO["bluish green"], "B": style.OKABE_ITO["sky blue"],
                "C": style.OKABE_ITO["orange"], "D": style.OKABE_ITO["vermillion"]}
WARNED, TOO_LATE, MISSED = "warned in time", "alert too late", "missed: no alert"


def breakdown_check(sensors: pd.DataFrame, events: pd.DataFrame, zone: str | float = "C",
                    min_hours: int = 3,
                    window_hours: float = EXAMPLE_SETTINGS["warning_window_hours"],
                    min_lead_hours: float = EXAMPLE_SETTINGS["min_lead_hours"]
                    ) -> pd.DataFrame:
    """One row per breakdown: was there an alert in time?

    Columns: machine_id, breakdown (its hour), first_alert (the first threshold alert of
    that machine in the `window_hours` before it, or empty), warning_hours = breakdown −
    first_alert (clock hours), warning_days = warning_hours ÷ 24, and verdict:
    "warned in time" (warning ≥ min_lead_hours), "alert too late" (less) or
    "missed: no alert".
    """
    alerts = threshold_alerts(sensors, zone, min_hours)
    rows = []
    for broken in breakdown_times(sensors, events).itertuples(index=False):
        mine = alerts[(alerts["machine_id"] == broken.machine_id)
                      & (alerts["alert_hour"] <= broken.timestamp)
                      & (alerts["alert_hour"] >= broken.timestamp
                         - pd.Timedelta(hours=window_hours))]
        first = mine["alert_hour"].min() if not mine.empty else pd.NaT
        hours = (broken.timestamp - first) / pd.Timedelta(hours=1) if not mine.empty \
            else np.nan
        verdict = MISSED if mine.empty else WARNED if hours >= min_lead_hours else TOO_LATE
        rows.append((broken.machine_id, broken.timestamp, first, hours, hours / 24, verdict))
    return pd.DataFrame(rows, columns=["machine_id", "breakdown", "first_alert",
                                       "warning_hours", "warning_days", "verdict"])


def limit_table(sensors: pd.DataFrame, events: pd.DataFrame, thresholds: Sequence[float],
                **settings: float) -> pd.DataFrame:
    """maintenance_cost.cost_by_threshold for a few limits, with the days of warning.

    Adds median_warning_days: the median warning (breakdown − first alert, in days) of
    the breakdowns warned in time at that limit (breakdown_check). A lower limit warns
    earlier; the cost columns show what its false alarms cost. `settings` as for
    cost_by_threshold (prices are EXAMPLES: use your own).
    """
    table = cost_by_threshold(sensors, events, thresholds=list(thresholds), **settings)
    medians = []
    for limit in table["threshold_mm_s"]:
        checked = breakdown_check(sensors, events, zone=limit)
        warned = checked.loc[checked["verdict"] == WARNED, "warning_days"]
        medians.append(round(float(warned.median()), 1) if not warned.empty else np.nan)
    table["median_warning_days"] = medians
    return table


def zone_bands(ax: Axes, vibration: pd.Series) -> float:
    """Shade the ISO 10816-1 class I zones A-D behind a vibration chart, each lettered at the
    right edge, up to a top that fits the readings (at least 5 mm/s); returns that top."""
    top = max(5.0, float(vibration.max()) * 1.1)
    low = 0.0
    for zone, high, _ in ISO_ZONES:
        ax.axhspan(low, min(high, top), color=ZONE_COLOURS[zone], alpha=0.18, lw=0)
        ax.text(1.005, (low + min(high, top)) / 2, f"zone {zone}", va="center", fontsize=12,
                color=style.REFERENCE_COLOUR, transform=ax.get_yaxis_transform())
        low = high
    return top


def last_days_chart(sensors: pd.DataFrame, events: pd.DataFrame, machine_id: str,
                    days: int = 8) -> Chart:
    """One machine's vibration over the last `days` days up to its last breakdown, hour by
    hour on the ISO 10816-1 class I zones, with a gridline and a label for every day.

    data: timestamp, vibration_mm_s of the running hours shown, and zone.
    What to notice: on which day the line first enters zone C, and how long before the
    red cross (the breakdown) that was.
    """
    broken = breakdown_times(sensors, events)
    broken = broken[broken["machine_id"] == machine_id]
    if broken.empty:
        raise ValueError(f"{machine_id!r} has no breakdown in the log: choose one of "
                         f"{', '.join(sorted(breakdown_times(sensors, events)['machine_id']))}.")
    end = broken["timestamp"].max()
    start = end.normalize() - pd.Timedelta(days=days - 1)
    rows = sensors[(sensors["machine_id"] == machine_id) & (sensors["motor_current_a"] > 0)
                   & (sensors["timestamp"] >= start) & (sensors["timestamp"] <= end)]
    data = rows[["timestamp", "vibration_mm_s"]].reset_index(drop=True)
    data["zone"] = vibration_zone(data["vibration_mm_s"]).astype(str)
    with style.score_style():
        figure, axes = new_figure((12.0, 5.0))
        ax = axes[0, 0]
        top = zone_bands(ax, data["vibration_mm_s"])
        ax.plot(data["timestamp"], data["vibration_mm_s"], lw=1.2, marker=".",
                color=style.OKABE_ITO["blue"])
        ax.plot([end], [float(data["vibration_mm_s"].iloc[-1])], "X",
                color=style.ALERT_COLOUR, markersize=14, label="breakdown")
        ticks = pd.date_range(start, end.normalize(), freq="D")
        ax.set_xticks(ticks, [f"{day:%a}\n{day:%d %b}" for day in ticks])
        ax.grid(axis="x", color=style.REFERENCE_COLOUR, lw=0.6, alpha=0.5)
        ax.set_xlim(start, end.normalize() + pd.Timedelta(days=1))
        ax.set_ylim(0, top)
        ax.set_ylabel("Vibration (mm/s RMS)")
        ax.set_title(f"{machine_id}: the last {days} days before it broke down")
        ax.legend(loc="upper left")
    return Chart(figure, data)
