"""Teaching helpers for module 03, predictive maintenance: charts and tables in plain words.

    from score_helpers import data
    from score_helpers.lessons import predictive_maintenance as lessons
    sensors, log = data.load("machine_sensors"), data.load("maintenance_log")
    lessons.machine_chart(sensors, log, "SEW-01")        # vibration with the ISO zones
    lessons.before_breakdown(sensors, log)               # the last days before each breakdown
    lessons.alert_check(sensors, log, zone="C")          # was each alert followed by a breakdown?
    lessons.breakdown_check(sensors, log, zone="C")      # was each breakdown warned of, or missed?

Charts return a Chart (figure, data), as in score_helpers.kpi.charts. The logic of alerts,
models and costs lives in maintenance_model, maintenance_eval, maintenance_cost and
maintenance_sim; this module only puts their results in front of the team. Every alert
goes to a person, who decides: nothing here stops a machine.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from score_helpers import plot_style as style
from score_helpers.data.synth.machines import ISO_ZONES
from score_helpers.lessons.predictive_maintenance_ai4i import (
    MODE_WORDS,
    ai4i_modes,
    ai4i_power_chart,
)
from score_helpers.lessons.predictive_maintenance_checks import (
    ZONE_COLOURS,
    breakdown_check,
    last_days_chart,
    limit_table,
    zone_bands,
)
from score_helpers.maintenance import simulator as sim
from score_helpers.maintenance.cost import EXAMPLE_COSTS, saving_range
from score_helpers.maintenance.evaluation import Evaluation
from score_helpers.maintenance.model import breakdown_times, threshold_alerts
from score_helpers.plot_style import Chart, new_figure

__all__ = ["DECISIONS", "MODE_WORDS", "ZONE_COLOURS", "ai4i_modes", "ai4i_power_chart",
           "alert_check", "alert_message", "before_breakdown", "breakdown_check",
           "confusion_table", "cost_chart", "last_days_chart", "limit_table", "machine_chart",
           "owner_summary", "reactive_vs_preventive", "saving_table", "warning_signs_chart"]

DECISIONS = ("keep running and check again next shift", "plan a repair at the next stop",
             "stop the machine safely now")


def _machine(sensors: pd.DataFrame, machine_id: str) -> pd.DataFrame:
    rows = sensors[sensors["machine_id"] == machine_id]
    if rows.empty:
        known = ", ".join(sorted(sensors["machine_id"].unique()))
        raise ValueError(f"No machine called {machine_id!r}. The machines are: {known}.")
    return rows


def machine_chart(sensors: pd.DataFrame, events: pd.DataFrame, machine_id: str) -> Chart:
    """One machine's vibration over time on the ISO 10816-1 class I zones A-D, with its
    breakdowns marked by a red cross and its planned services by a dashed line.

    data: timestamp and vibration_mm_s of the running hours (motor current > 0).
    What to notice: vibration usually climbs through zone B into C in the days before a
    breakdown; a sudden breakdown shows no climb, and a bump with no breakdown after it
    is what a false alarm looks like.
    """
    rows = _machine(sensors, machine_id)
    running = rows.loc[rows["motor_current_a"] > 0, ["timestamp", "vibration_mm_s"]]
    broken = breakdown_times(sensors, events)
    broken = broken[broken["machine_id"] == machine_id]
    planned = events[(events["machine_id"] == machine_id) & (events["event_type"] == "planned")]
    with style.score_style():
        figure, axes = new_figure((12.0, 5.0))
        ax = axes[0, 0]
        top = zone_bands(ax, running["vibration_mm_s"])
        ax.plot(running["timestamp"], running["vibration_mm_s"], lw=0.8,
                color=style.OKABE_ITO["blue"])
        for day in pd.to_datetime(planned["date"]):
            ax.axvline(day, color=style.REFERENCE_COLOUR, ls="--", lw=1.2)
        peaks = running.set_index("timestamp")["vibration_mm_s"].reindex(broken["timestamp"])
        ax.plot(broken["timestamp"], peaks, "X", color=style.ALERT_COLOUR, markersize=14,
                label="breakdown")
        ax.set_ylim(0, top)
        ax.set_ylabel("Vibration (mm/s RMS)")
        ax.set_title(f"{machine_id}: vibration, zones of ISO 10816-1 (class I)")
        ax.legend(loc="upper right")
        style.date_axis(ax)
    return Chart(figure, running.reset_index(drop=True))


def before_breakdown(sensors: pd.DataFrame, events: pd.DataFrame,
                     hours: int = 168) -> pd.DataFrame:
    """The running hours in the last `hours` clock hours before each breakdown.

    Columns: machine_id, breakdown (its hour), hours_before (breakdown hour − this hour,
    0 = the hour it broke), vibration_mm_s, bearing_temp_c, motor_current_a.
    """
    broken = breakdown_times(sensors, events).rename(columns={"timestamp": "breakdown"})
    running = sensors[sensors["motor_current_a"] > 0].sort_values("timestamp")
    merged = pd.merge_asof(running, broken.sort_values("breakdown"), left_on="timestamp",
                           right_on="breakdown", by="machine_id", direction="forward")
    merged["hours_before"] = (merged["breakdown"] - merged["timestamp"]) / pd.Timedelta(hours=1)
    near = merged[merged["hours_before"].between(0, hours - 1)]
    columns = ["machine_id", "breakdown", "hours_before", "vibration_mm_s", "bearing_temp_c",
               "motor_current_a"]
    return near[columns].sort_values(["breakdown", "hours_before"], ignore_index=True)


def warning_signs_chart(sensors: pd.DataFrame, events: pd.DataFrame,
                        hours: int = 168) -> Chart:
    """Vibration, bearing temperature and motor current against hours before breakdown,
    one line per breakdown (data: `before_breakdown`).

    What to notice: before most breakdowns vibration climbs steadily over the last 3-4
    days; one (SEW-03) gives no warning at all until the hour it stops; bearing
    temperature rises too but swings with every working day; motor current hardly moves.
    """
    data = before_breakdown(sensors, events, hours)
    data = data.assign(label=data["machine_id"] + " " + data["breakdown"].dt.strftime("%d %b"))
    signals = {"vibration_mm_s": "Vibration (mm/s)", "bearing_temp_c": "Bearing temp. (°C)",
               "motor_current_a": "Motor current (A)"}
    with style.score_style():
        figure, axes = new_figure((14.0, 5.0), 1, 3)
        for ax, (column, title) in zip(axes[0], signals.items(), strict=True):
            for label, part in data.groupby("label", sort=False):
                ax.plot(part["hours_before"], part[column], lw=1.2, label=label)
            ax.invert_xaxis()
            ax.set_title(title, fontsize=15)
            ax.set_xlabel("Hours before breakdown")
        axes[0, 0].axhline(ISO_ZONES[1][1], color=style.REFERENCE_COLOUR, ls="--")
        axes[0, 2].legend(fontsize=10, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        figure.suptitle("The last week before each breakdown (dashed: start of zone C)")
    return Chart(figure, data)


def alert_check(sensors: pd.DataFrame, events: pd.DataFrame, zone: str | float = "C",
                min_hours: int = 3, window_hours: float = 168) -> pd.DataFrame:
    """Each threshold alert (maintenance_model.threshold_alerts), and what happened next.

    Columns: machine_id, alert_hour, vibration_mm_s, zone, next_breakdown, lead_hours
    (next_breakdown − alert_hour, clock hours) and verdict: "warned in time" if the machine
    broke down within `window_hours` after the alert, else "false alarm".
    """
    alerts = threshold_alerts(sensors, zone, min_hours)
    broken = breakdown_times(sensors, events).rename(columns={"timestamp": "next_breakdown"})
    merged = pd.merge_asof(alerts.sort_values("alert_hour"),
                           broken.sort_values("next_breakdown"), left_on="alert_hour",
                           right_on="next_breakdown", by="machine_id", direction="forward")
    lead = (merged["next_breakdown"] - merged["alert_hour"]) / pd.Timedelta(hours=1)
    merged["lead_hours"] = lead
    merged["verdict"] = np.where(lead <= window_hours, "warned in time", "false alarm")
    columns = ["machine_id", "alert_hour", "vibration_mm_s", "zone", "next_breakdown",
               "lead_hours", "verdict"]
    return merged[columns].sort_values("alert_hour", ignore_index=True)


def confusion_table(evaluation: Evaluation) -> pd.DataFrame:
    """The four hour-by-hour counts of an Evaluation, in the words of the shop floor."""
    e = evaluation
    return pd.DataFrame(
        {"model flagged it": [e.true_positives, e.false_positives],
         "model stayed quiet": [e.false_negatives, e.true_negatives]},
        index=pd.Index([f"breakdown within {e.hours:g} h", "healthy hour"], name="the truth"))


def cost_chart(by_threshold: pd.DataFrame, chosen: float | None = None) -> Chart:
    """Total cost in pesos against the alert limit (from maintenance_cost.cost_by_threshold),
    with the breakdowns and false alarms of each limit underneath.

    What to notice: too low a limit costs false alarms, too high a limit costs breakdowns;
    the cheapest limits sit in the flat bottom between.
    """
    data = by_threshold
    with style.score_style():
        figure, axes = new_figure((12.0, 8.0), 2, 1)
        top, bottom = axes[0, 0], axes[1, 0]
        top.plot(data["threshold_mm_s"], data["total_cost_php"], marker="o")
        top.yaxis.set_major_formatter(lambda value, _: f"₱{value:,.0f}")
        top.set_ylabel("Total cost, 90 days")
        top.set_title("Cost of each alert limit (example pesos)")
        bottom.plot(data["threshold_mm_s"], data["false_alarms"], marker="o",
                    label="false alarms")
        bottom.plot(data["threshold_mm_s"], data["breakdowns"], marker="X",
                    color=style.ALERT_COLOUR, label="breakdowns")
        bottom.set_xlabel("Alert when vibration reaches (mm/s RMS)")
        bottom.set_ylabel("Count")
        bottom.legend()
        for ax in (top, bottom):
            for _, edge, _ in ISO_ZONES[:3]:
                ax.axvline(edge, color=style.REFERENCE_COLOUR, ls=":", lw=1)
            if chosen is not None:
                ax.axvline(chosen, color=style.OKABE_ITO["bluish green"], lw=2)
    return Chart(figure, data)


def reactive_vs_preventive(days: int = 90, seed: int = 2025, load: float = 1.0,
                           downtime_cost_php_per_hour: float = EXAMPLE_COSTS[
                               "downtime_cost_php_per_hour"]) -> pd.DataFrame:
    """Two simulated fleets, the same machines and seed: never serviced (run to failure)
    and serviced at each type's default interval (sewing 300 h, compressor 500 h,
    packaging motor 400 h). Here a service really resets the wear, which the post-hoc
    cost table in maintenance_cost cannot credit.

    Columns: breakdowns, planned_services, downtime_hours (all jobs), job_cost_php (parts and
    labour from the work orders), lost_output_php = downtime_hours × downtime cost per hour
    (an EXAMPLE figure), total_php.
    """
    rows = {}
    for policy, every in (("reactive (never serviced)", sim.NEVER_SERVICED),
                          ("preventive (default service interval)", None)):
        events = sim.simulate_fleet(days=days, seed=seed, load=load,
                                    service_every_hours=every).events
        downtime = float(events["downtime_hours"].sum())
        rows[policy] = {"breakdowns": int((events["event_type"] == "breakdown").sum()),
                        "planned_services": int((events["event_type"] == "planned").sum()),
                        "downtime_hours": round(downtime, 1),
                        "job_cost_php": round(float(events["cost_php"].sum())),
                        "lost_output_php": round(downtime * downtime_cost_php_per_hour)}
    table = pd.DataFrame.from_dict(rows, orient="index").rename_axis("policy")
    table["total_php"] = table["job_cost_php"] + table["lost_output_php"]
    return table


def owner_summary(policies: pd.DataFrame, months: float = 3.0) -> pd.DataFrame:
    """Reactive against predictive, from maintenance_cost.compare_policies, for one page to
    the owner: breakdowns, false alarms, downtime hours and pesos, and the difference.
    The preventive row is left out on purpose: that table cannot credit services that
    slow the wear (see reactive_vs_preventive for a fair comparison).
    """
    table = policies.loc[["reactive", "predictive"],
                         ["breakdowns", "false_alarms", "downtime_hours", "total_cost_php"]]
    table.loc["difference"] = table.loc["predictive"] - table.loc["reactive"]
    table["per_month_php"] = (table["total_cost_php"] / months).round()
    return table


def saving_table(policies: pd.DataFrame, months: float = 3.0) -> pd.DataFrame:
    """maintenance_cost.saving_range as the owner reads it: for the lowest, the example and
    the highest prices, what one breakdown, one planned job and one false alarm cost, and
    the saving of predictive over reactive maintenance in the period and per month.
    A range, never one promise: the factory's own prices decide where it lands."""
    table = saving_range(policies)
    table["saving_per_month_php"] = (table["saving_php"] / months).round()
    return table


def alert_message(alert: pd.Series) -> str:
    """The message a person receives for one alert (a row of threshold_alerts): what was
    seen, and the choice that stays theirs. The machine keeps running until they decide."""
    hour = pd.Timestamp(alert["alert_hour"])
    choices = "; ".join(f"({n}) {d}" for n, d in enumerate(DECISIONS, start=1))
    return (f"{alert['machine_id']}: vibration {alert['vibration_mm_s']:.2f} mm/s "
            f"(ISO zone {alert['zone']}), high since "
            f"{pd.Timestamp(alert['first_hour']):%a %d %b %H:%M}, alert at {hour:%H:%M}. "
            f"Please look, listen and feel the machine, then decide with the operator: "
            f"{choices}. Write what you found in the log.")
