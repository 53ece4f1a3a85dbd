"""What if the machines ran harder, were serviced more often, or alerted earlier?

    from score_helpers.maintenance.whatif import whatif
    result = whatif(load=1.3, service_every_days=30, alert_threshold_mm_s=1.8)
    result.policies          # reactive, preventive and predictive: pesos, downtime, jobs
    result.alerts            # the vibration alerts a technician would be sent to check
    result.sensors           # one machine's readings, for the chart

Unlike `maintenance_cost.compare_policies`, which judges a preventive plan after the fact
on one run (and so gives services no credit for the wear they reset), this simulates the
fleet twice with the same seed (each machine has its own random stream, so the two runs
differ only by the services):

- REACTIVE run: no planned services (service_every_hours=5000, more running hours than
  a machine can reach in a year). Every breakdown is repaired; nothing else is done.
- PREDICTIVE policy, judged on that same reactive run: every vibration alert at
  `alert_threshold_mm_s` goes to a technician (maintenance_cost's predictive rules: an
  alert in the week before a breakdown, at least 8 h ahead, turns it into a planned job;
  an alert with no breakdown following is a false alarm). A person decides every time;
  nothing stops a machine by itself.
- PREVENTIVE run: a planned service every `service_every_days`. The simulator counts
  service intervals in running hours; the machines run 16 h a day, 6 days a week, so one
  calendar day is 16 × 6 / 7 ≈ 13.7 running hours (30 days ≈ 411 h). Services reset the
  wear, so its breakdowns and planned jobs come from the simulation itself.

Peso figures are EXAMPLES (maintenance_cost.EXAMPLE_COSTS): use your own.
"""

from __future__ import annotations

import functools
import numbers
from dataclasses import dataclass, field

import pandas as pd

from score_helpers.maintenance import cost as mc
from score_helpers.maintenance import simulator as sim
from score_helpers.maintenance.model import breakdown_times, threshold_alerts

RUNNING_HOURS_PER_DAY = 16 * 6 / 7   # 16 h a day, Monday to Saturday: per calendar day
SERVICE_DAYS = (4, 364)              # = 50-5000 running hours, the simulator's limits
POLICIES = ("reactive", "preventive", "predictive")


@dataclass(frozen=True)
class WhatIf:
    """The result of `whatif`: one row per policy, the alerts and the charted machine.

    policies: index reactive / preventive / predictive; columns breakdowns, planned_jobs,
        false_alarms, downtime_hours, total_cost_php (maintenance_cost.COLUMNS).
    alerts: the alerts of the reactive run (maintenance_model.threshold_alerts columns).
    sensors: the chosen machine's hourly readings in both runs, with a `run` column
        ('reactive' or 'preventive').
    events: that machine's breakdowns and services in both runs, with a `run` column.
    machine: the chosen machine's id; machines: every machine id of the fleet.
    """

    policies: pd.DataFrame = field(repr=False)
    alerts: pd.DataFrame = field(repr=False)
    sensors: pd.DataFrame = field(repr=False)
    events: pd.DataFrame = field(repr=False)
    machine: str
    machines: tuple[str, ...]
    settings: dict[str, float] = field(repr=False)

    def cheapest(self) -> str:
        """The policy with the lowest total cost ('reactive', 'preventive' or 'predictive')."""
        return str(self.policies["total_cost_php"].idxmin())


def days_to_running_hours(days: float) -> float:
    """Calendar days between services → running hours (16 h × 6 days a week)."""
    return float(days) * RUNNING_HOURS_PER_DAY


def whatif(load: float = 1.0, service_every_days: float = 30,
           alert_threshold_mm_s: float = 1.8, n_machines: int = 6, days: int = 90,
           seed: int = 2025, *, machine: str | None = None,
           downtime_cost_php_per_hour: float = 2_500, repair_parts_php: float = 8_000,
           planned_parts_php: float = 2_000, labour_php_per_hour: float = 250,
           false_alarm_visit_php: float = 500, alert_min_hours: int = 3) -> WhatIf:
    """Simulate the fleet without and with planned services; cost the three policies.

    load: 0.5-2.0 (1.0 = normal). service_every_days: 4-364 calendar days between planned
    services. alert_threshold_mm_s: the vibration (mm/s RMS) that sends a technician; the
    ISO 10816-1 zones are A < 0.71 ≤ B < 1.8 ≤ C < 4.5 ≤ D. machine: the id to chart
    (default: the first). The peso arguments are EXAMPLES: use your own figures.
    A wrong argument raises ValueError naming it.
    """
    _days("service_every_days", service_every_days)
    sim.check_number("load", load)   # checked before the cache sees them; messages name them
    sim.check_whole("n_machines", n_machines)
    sim.check_whole("days", days)
    costs = mc.checked_costs({  # the cost model's own checks, messages name the argument
        **mc.EXAMPLE_SETTINGS, "alert_threshold_mm_s": alert_threshold_mm_s,
        "alert_min_hours": alert_min_hours,
        "downtime_cost_php_per_hour": downtime_cost_php_per_hour,
        "repair_parts_php": repair_parts_php, "planned_parts_php": planned_parts_php,
        "labour_php_per_hour": labour_php_per_hour,
        "false_alarm_visit_php": false_alarm_visit_php})
    hours = days_to_running_hours(service_every_days)
    reactive = _fleet(n_machines, days, seed, load, sim.NEVER_SERVICED)
    preventive = _fleet(n_machines, days, seed, load, round(hours, 6))
    machines = tuple(pd.unique(reactive.sensors["machine_id"]))
    chosen = machines[0] if machine is None else machine
    if chosen not in machines:
        raise ValueError(f"machine must be one of {', '.join(machines)} (got {machine!r}).")

    breaks = breakdown_times(reactive.sensors, reactive.events)
    kinds = preventive.events["event_type"].value_counts()
    rows = [mc.policy_row(len(breaks), 0, 0, costs),
            mc.policy_row(int(kinds.get("breakdown", 0)), int(kinds.get("planned", 0)), 0, costs),
            mc.predictive_row(reactive.sensors, breaks, costs["alert_threshold_mm_s"], costs)]
    policies = pd.DataFrame(rows, columns=mc.COLUMNS, index=pd.Index(POLICIES, name="policy"))
    policies.attrs["note"] = "Example pesos: use your own figures."
    alerts = threshold_alerts(reactive.sensors, costs["alert_threshold_mm_s"],
                              int(costs["alert_min_hours"]))
    return WhatIf(policies=policies, alerts=alerts,
                  sensors=_one_machine(chosen, reactive.sensors, preventive.sensors),
                  events=_one_machine(chosen, reactive.events, preventive.events),
                  machine=str(chosen), machines=tuple(str(m) for m in machines),
                  settings={"load": float(load), "service_every_days": float(
                      service_every_days), "service_every_hours": hours, **costs})


@functools.lru_cache(maxsize=8)
def _fleet(n_machines: int, days: int, seed: int, load: float, hours: float) -> sim.Fleet:
    """simulate_fleet, remembered: moving one slider re-simulates only the run it changes.
    The frames are shared between calls, so nothing here changes them."""
    return sim.simulate_fleet(n_machines, days, seed, load=load, service_every_hours=hours)


def _one_machine(machine: str, reactive: pd.DataFrame, preventive: pd.DataFrame
                 ) -> pd.DataFrame:
    """The rows of `machine` from both runs, labelled by a `run` column."""
    parts = [frame.loc[frame["machine_id"] == machine].assign(run=run)
             for run, frame in (("reactive", reactive), ("preventive", preventive))]
    return pd.concat(parts, ignore_index=True)


def _days(name: str, value: object) -> None:
    low, high = SERVICE_DAYS
    if (isinstance(value, bool) or not isinstance(value, numbers.Real)
            or not low <= float(value) <= high):          # NaN fails the comparison too
        raise ValueError(f"{name} must be a number of days from {low} to {high} "
                         f"(got {value!r}).")
