"""What each maintenance policy costs, in pesos: reactive, preventive and predictive.

    from score_helpers import data
    from score_helpers.maintenance import cost as mc
    sensors, log = data.load("machine_sensors"), data.load("maintenance_log")
    mc.compare_policies(sensors, log)        # example pesos: use your own figures
    mc.cost_by_threshold(sensors, log)       # predictive cost for each alert limit
    mc.saving_range(mc.compare_policies(sensors, log))   # the saving at low and high prices

The model, simple on purpose:
- The breakdowns in the log are the faults that happen. A policy that finds a fault in
  time turns its breakdown into a planned job; the others stay breakdowns.
- A fault can be found in the `warning_window_hours` (clock hours) before it breaks: in
  the lab data a worn bearing shows rising vibration for its last 50-120 running hours,
  4 to 9 days on a 16-hour, 6-day week, so the example is one week (168 h). Not every
  fault warns: SEW-03's bearing cage breaks with no rise at all, and stays a breakdown.
- Reactive: repair every breakdown, nothing else.
- Preventive: every machine is serviced at the start of day N, 2N, 3N… of the data
  (N = `preventive_every_days`). A service inside a fault's warning window finds it (one
  more planned job, the repair); every other service just costs. No credit is given for
  wear slowed by oiling; to see that, simulate fleets with other `service_every_hours`.
- Predictive: a vibration alert (`maintenance_model.threshold_alerts`: vibration
  ≥ alert_threshold_mm_s for alert_min_hours running hours) goes to a technician. If it
  comes within the warning window and at least `min_lead_hours` before the breakdown
  (time to get the part), the repair is planned. An alert with no breakdown following
  within the window is a false alarm: a visit to a healthy machine, which still costs.
  A person decides every time; nothing stops a machine by itself.

Cost of each job:
  breakdown   = repair_parts_php + breakdown_downtime_hours × (downtime_cost_php_per_hour
                + labour_php_per_hour)
  planned job = planned_parts_php + planned_downtime_hours × (downtime_cost_php_per_hour
                + labour_php_per_hour)
  false alarm = false_alarm_visit_php
  total cost  = breakdowns × breakdown + planned jobs × planned job
                + false alarms × false alarm

The saving of predictive over reactive maintenance is never one number: it depends on the
factory's own prices. `saving_range` works it out for the lowest and the highest prices of
PRICE_RANGE (or the factory's own), so the EIT shows the owner a range, not a promise.
"""

from __future__ import annotations

import numbers
from collections.abc import Sequence

import numpy as np
import pandas as pd

from score_helpers.maintenance.model import breakdown_times, threshold_alerts

# Example figures for a Philippine SME, 2025. EXAMPLE ONLY: use your own figures.
EXAMPLE_COSTS: dict[str, float] = {
    # Lost output while a sewing line waits for one machine (contribution margin of the
    # line's pieces per hour); a compressor that stops a whole food line costs more.
    "downtime_cost_php_per_hour": 2_500,
    # Bearings, seals and shaft or hook work after a breakdown (the log: about ₱4,700-37,000
    # per breakdown with labour; ₱8,000 parts is a small-machine example).
    "repair_parts_php": 8_000,
    # A bearing changed in time, or a service kit (oil, grease, filter, belt).
    "planned_parts_php": 2_000,
    # A maintenance technician's hour with benefits and overtime (NCR minimum wage is ₱695
    # a day, ≈ ₱87 an hour, from 18 July 2025; a skilled technician earns well above it).
    "labour_php_per_hour": 250,
    # A technician checks a healthy machine: about an hour with a vibration pen and travel.
    "false_alarm_visit_php": 500,
}
EXAMPLE_SETTINGS: dict[str, float] = {
    "preventive_every_days": 30, "alert_threshold_mm_s": 1.8, "alert_min_hours": 3,
    "breakdown_downtime_hours": 10, "planned_downtime_hours": 3,
    "warning_window_hours": 168, "min_lead_hours": 8,
}
# Low and high example prices (PHP) for a Philippine SME, 2025, for saving_range: a small
# sewing line to a food line whose compressor stops everything. EXAMPLES: use your own.
PRICE_RANGE: dict[str, tuple[float, float]] = {
    "downtime_cost_php_per_hour": (1_000, 5_000),
    "repair_parts_php": (4_000, 20_000),
    "planned_parts_php": (1_500, 4_000),
    "labour_php_per_hour": (150, 400),
    "false_alarm_visit_php": (300, 1_500),
}
# Which end of PRICE_RANGE makes the saving SMALLEST: cheap breakdowns, dear planned jobs
# and false alarm visits. The largest saving takes the other end of each.
_LOWEST_SAVING_END = {"downtime_cost_php_per_hour": 0, "repair_parts_php": 0,
                      "planned_parts_php": 1, "labour_php_per_hour": 0,
                      "false_alarm_visit_php": 1}
SAVING_COLUMNS = ["breakdown_php", "planned_job_php", "false_alarm_php", "reactive_php",
                  "predictive_php", "saving_php"]
COLUMNS = ["breakdowns", "planned_jobs", "false_alarms", "downtime_hours", "total_cost_php"]


def compare_policies(
        sensors: pd.DataFrame, events: pd.DataFrame, *,
        downtime_cost_php_per_hour: float = 2_500, repair_parts_php: float = 8_000,
        planned_parts_php: float = 2_000, labour_php_per_hour: float = 250,
        false_alarm_visit_php: float = 500, preventive_every_days: float = 30,
        alert_threshold_mm_s: float = 1.8, alert_min_hours: int = 3,
        breakdown_downtime_hours: float = 10, planned_downtime_hours: float = 3,
        warning_window_hours: float = 168, min_lead_hours: float = 8) -> pd.DataFrame:
    """Breakdowns, planned jobs, false alarms, downtime hours and total cost (PHP) of the
    reactive, preventive and predictive policies, one row each; formulas in the module
    docstring. The peso defaults are EXAMPLES (see EXAMPLE_COSTS): use your own figures.

    downtime_hours = breakdowns × breakdown_downtime_hours
                     + planned jobs × planned_downtime_hours
    """
    costs = checked_costs(locals())
    breaks = breakdown_times(sensors, events)
    reactive = policy_row(len(breaks), 0, 0, costs)
    found = _found_by_service(sensors, breaks, preventive_every_days, warning_window_hours)
    services = _service_count(sensors, preventive_every_days)
    preventive = policy_row(len(breaks) - found, services + found, 0, costs)
    predictive = predictive_row(sensors, breaks, alert_threshold_mm_s, costs)
    table = pd.DataFrame([reactive, preventive, predictive], columns=COLUMNS,
                         index=pd.Index(["reactive", "preventive", "predictive"], name="policy"))
    table.attrs["note"] = "Example pesos: use your own figures."
    return table


def cost_by_threshold(sensors: pd.DataFrame, events: pd.DataFrame,
                      thresholds: Sequence[float] | None = None,
                      **settings: float) -> pd.DataFrame:
    """The predictive policy's counts and total cost for each alert limit (mm/s RMS).

    One row per threshold (default 0.8 to 6.0 mm/s in steps of 0.2): a low limit raises
    many false alarms, a high one raises the alert too late and misses breakdowns, so the
    cheapest limit lies in between. `settings` are compare_policies' keyword arguments.
    """
    if "alert_threshold_mm_s" in settings:
        raise ValueError("Give the limits as thresholds=[...], not alert_threshold_mm_s.")
    unknown = set(settings) - set(EXAMPLE_COSTS) - set(EXAMPLE_SETTINGS)
    if unknown:
        raise TypeError(f"Unknown setting(s): {', '.join(sorted(unknown))}. Use the keyword "
                        "arguments of compare_policies.")
    limits = np.round(np.arange(0.8, 6.01, 0.2), 1) if thresholds is None else thresholds
    if len(limits) == 0:
        raise ValueError("thresholds is empty: give at least one alert limit in mm/s.")
    costs = checked_costs({**EXAMPLE_COSTS, **EXAMPLE_SETTINGS, **settings})
    breaks = breakdown_times(sensors, events)
    rows = [predictive_row(sensors, breaks, _check_limit(limit), costs) for limit in limits]
    table = pd.DataFrame(rows, columns=COLUMNS)
    table.insert(0, "threshold_mm_s", [float(limit) for limit in limits])
    table.attrs["note"] = "Example pesos: use your own figures."
    return table


def predictive_row(sensors: pd.DataFrame, breaks: pd.DataFrame, limit: float,
                   costs: dict[str, float]) -> list[float]:
    """Counts and cost when every alert at `limit` goes to a technician."""
    alerts = threshold_alerts(sensors, limit, int(costs["alert_min_hours"]))
    if alerts.empty:
        return policy_row(len(breaks), 0, 0, costs)
    nxt = pd.merge_asof(alerts.sort_values("alert_hour"),
                        breaks.rename(columns={"timestamp": "breakdown"}).sort_values(
                            "breakdown"), left_on="alert_hour", right_on="breakdown",
                        by="machine_id", direction="forward")
    lead = (nxt["breakdown"] - nxt["alert_hour"]) / pd.Timedelta(hours=1)
    related = lead <= costs["warning_window_hours"]           # NaN (none follows) → False
    in_time = related & (lead >= costs["min_lead_hours"])
    caught = len(nxt.loc[in_time, ["machine_id", "breakdown"]].drop_duplicates())
    return policy_row(len(breaks) - caught, caught, int((~related).sum()), costs)


def _found_by_service(sensors: pd.DataFrame, breaks: pd.DataFrame, every_days: float,
                      window_hours: float) -> int:
    """Breakdowns with a service (day N, 2N, … of the data) in their warning window."""
    if breaks.empty:
        return 0
    start = sensors["timestamp"].min().normalize()
    period = pd.Timedelta(days=every_days)
    last_service = start + ((breaks["timestamp"] - start) // period) * period
    found = (last_service > start) & (last_service < breaks["timestamp"]) & (
        breaks["timestamp"] - last_service <= pd.Timedelta(hours=window_hours))
    return int(found.sum())


def _service_count(sensors: pd.DataFrame, every_days: float) -> int:
    """Services of all machines: one per machine on day N, 2N, … while the data runs."""
    start = sensors["timestamp"].min().normalize()
    span = sensors["timestamp"].max() - start
    return int(span // pd.Timedelta(days=every_days)) * int(sensors["machine_id"].nunique())


def policy_row(breakdowns: int, planned: int, false_alarms: int,
               costs: dict[str, float]) -> list[float]:
    """One policy's row: breakdowns, planned jobs, false alarms, downtime hours and total
    PHP = breakdowns × (repair parts + breakdown hours × (downtime + labour per hour))
    + planned × (planned parts + planned hours × (downtime + labour per hour))
    + false alarms × visit cost."""
    hourly = costs["downtime_cost_php_per_hour"] + costs["labour_php_per_hour"]
    breakdown = costs["repair_parts_php"] + costs["breakdown_downtime_hours"] * hourly
    planned_job = costs["planned_parts_php"] + costs["planned_downtime_hours"] * hourly
    downtime = (breakdowns * costs["breakdown_downtime_hours"]
                + planned * costs["planned_downtime_hours"])
    total = (breakdowns * breakdown + planned * planned_job
             + false_alarms * costs["false_alarm_visit_php"])
    return [breakdowns, planned, false_alarms, float(downtime), round(float(total), 2)]


def saving_range(policies: pd.DataFrame,
                 price_range: dict[str, tuple[float, float]] | None = None,
                 breakdown_downtime_hours: float = 10,
                 planned_downtime_hours: float = 3) -> pd.DataFrame:
    """What predictive maintenance saves against reactive, at the lowest and the highest
    prices: a range that depends on the factory's own prices, never one promise.

    `policies` is a compare_policies table (its counts of breakdowns, planned jobs and
    false alarms do not depend on the prices). For each price set the jobs are priced as
    in the module docstring:
      breakdown_php   = repair parts + breakdown hours × (downtime + labour per hour)
      planned_job_php = planned parts + planned hours × (downtime + labour per hour)
      false_alarm_php = the visit
      saving_php      = reactive total − predictive total
    Rows: "lowest saving" (each price at the end of `price_range` that favours reactive:
    cheap breakdowns, dear planned jobs and visits), "example" (EXAMPLE_COSTS) and "highest
    saving" (the other ends). `price_range` maps each EXAMPLE_COSTS key to (low, high),
    default PRICE_RANGE; give your own, e.g. {"downtime_cost_php_per_hour": (800, 1_500),
    …}: keys you leave out keep PRICE_RANGE. A negative saving means predictive costs more.
    The sensors, their installation and the time to read alerts are not in it: add them.
    """
    ranges = {**PRICE_RANGE, **(price_range or {})}
    unknown = set(ranges) - set(EXAMPLE_COSTS)
    if unknown:
        raise ValueError(f"price_range has unknown price(s): {', '.join(sorted(unknown))}. "
                         f"Use: {', '.join(EXAMPLE_COSTS)}.")
    for name, pair in ranges.items():
        if not (isinstance(pair, (tuple, list)) and len(pair) == 2):
            raise ValueError(f"price_range[{name!r}] must be (low, high), got {pair!r}.")
        if pair[0] > pair[1]:
            raise ValueError(f"price_range[{name!r}]: low {pair[0]:,g} is above high "
                             f"{pair[1]:,g}; swap them.")
    missing = {"reactive", "predictive"} - set(policies.index)
    if missing:
        raise ValueError("policies must be a compare_policies table with the rows reactive "
                         "and predictive.")
    lowest = {name: pair[_LOWEST_SAVING_END[name]] for name, pair in ranges.items()}
    highest = {name: pair[1 - _LOWEST_SAVING_END[name]] for name, pair in ranges.items()}
    hours = {"breakdown_downtime_hours": breakdown_downtime_hours,
             "planned_downtime_hours": planned_downtime_hours}
    rows = [_priced(policies, lowest, hours), _priced(policies, EXAMPLE_COSTS, hours),
            _priced(policies, highest, hours)]
    return pd.DataFrame(rows, columns=SAVING_COLUMNS, index=pd.Index(
        ["lowest saving", "example", "highest saving"], name="prices"))


def _priced(policies: pd.DataFrame, prices: dict[str, float],
            hours: dict[str, float]) -> list[float]:
    """One row of saving_range: the price of each job, both totals and the saving."""
    costs = checked_costs({**EXAMPLE_SETTINGS, **prices, **hours})
    totals = {policy: policy_row(*(int(policies.loc[policy, column]) for column in
                                   ("breakdowns", "planned_jobs", "false_alarms")), costs)[-1]
              for policy in ("reactive", "predictive")}
    one_breakdown, one_planned, one_visit = (policy_row(*jobs, costs)[-1] for jobs in
                                             ((1, 0, 0), (0, 1, 0), (0, 0, 1)))
    return [one_breakdown, one_planned, one_visit, totals["reactive"], totals["predictive"],
            round(totals["reactive"] - totals["predictive"], 2)]


def checked_costs(named: dict[str, object]) -> dict[str, float]:
    """The numeric arguments as floats; ValueError naming the first one out of range."""
    values = {k: v for k, v in named.items() if k in EXAMPLE_COSTS or k in EXAMPLE_SETTINGS}
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or np.isnan(value):
            raise ValueError(f"{name} must be a number (got {value!r}).")
        if value < 0:
            what = "a peso amount" if name in EXAMPLE_COSTS else "hours and days"
            raise ValueError(f"{name} must be 0 or more (got {value:,g}): {what} cannot be "
                             "negative; check the entry.")
    for name in ("preventive_every_days", "alert_threshold_mm_s"):
        if values[name] == 0:
            raise ValueError(f"{name} must be more than 0 (got 0).")
    if values["alert_min_hours"] < 1 or values["alert_min_hours"] != int(
            values["alert_min_hours"]):
        raise ValueError(f"alert_min_hours must be a whole number of 1 or more "
                         f"(got {values['alert_min_hours']!r}).")
    if values["min_lead_hours"] > values["warning_window_hours"]:
        raise ValueError(
            f"min_lead_hours ({values['min_lead_hours']:g}) is more than warning_window_hours "
            f"({values['warning_window_hours']:g}): no alert could ever come in time.")
    return {name: float(value) for name, value in values.items()}


def _check_limit(limit: object) -> float:
    if isinstance(limit, bool) or not isinstance(limit, numbers.Real) or not limit > 0:
        raise ValueError(f"thresholds must be vibration limits above 0 mm/s (got {limit!r}).")
    return float(limit)
