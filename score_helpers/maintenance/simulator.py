"""A simulated machine fleet for the predictive-maintenance lab: break it and fix it safely.

    from score_helpers.maintenance import simulator as sim
    fleet = sim.simulate_fleet(n_machines=6, days=90, load=1.3)
    fleet.sensors             # hourly readings, the columns of datasets/machine_sensors.csv
    fleet.events              # work orders, the columns of datasets/maintenance_log.csv
    sim.failures(fleet)       # when each machine broke down

The machines behave like those of the committed dataset (see datasets/README.md,
`machine_sensors.csv`): sewing machines, air compressors and a packaging line motor run
06:00-22:00, Monday to Saturday (not on Philippine regular holidays or during repairs);
vibration and bearing temperature creep up with running hours, and a worn bearing adds a
steep rise over the last 50-120 running hours before a breakdown. A planned service (on a
Sunday, once `run_hours` reaches the interval) or a repair resets the wear.

What you can change:
- `load` multiplies the fraction of rated load every hour. More load draws more current
  and wears bearings faster (life ∝ 1/load³, the ISO 281 bearing-life law), so they
  break down sooner.
- `service_every_hours` sets the planned service interval in running hours. Longer
  intervals let more faults start before the service, so there are more breakdowns.

`events` has one extra column beyond maintenance_log.csv: `timestamp`, the start of the
hour the work began. For a breakdown, that is the hour the machine broke down: it ran in
that hour (its sensor row shows the peak of the warning signs) and stopped at its end.
For a planned service, it is Sunday 08:00.

The same seed and arguments give the same fleet, on any computer.
"""

from __future__ import annotations

import numbers
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from score_helpers.data.synth import fleet as engine
from score_helpers.data.synth.machines import ISO_ZONES, ZONE_EDGES

MACHINE_TYPES: tuple[str, ...] = tuple(engine.TYPES)
LIMITS = {"n_machines": (1, 1000), "days": (1, 730), "load": (0.5, 2.0),
          "service_every_hours": (50.0, 5000.0), "hours": (1, 720)}
MAX_MACHINE_DAYS = 100_000   # about 2.4 million sensor rows: what a laptop holds comfortably
# The longest service interval: a fleet that is never serviced within the simulated days.
NEVER_SERVICED = float(LIMITS["service_every_hours"][1])


@dataclass(frozen=True)
class Fleet:
    """A simulated fleet: hourly sensor readings and the maintenance work orders."""

    sensors: pd.DataFrame = field(repr=False)
    events: pd.DataFrame = field(repr=False)

    def __repr__(self) -> str:
        kinds = self.events["event_type"].value_counts()
        return (f"Fleet({self.sensors['machine_id'].nunique()} machines, "
                f"{len(self.sensors):,} sensor rows, {kinds.get('breakdown', 0)} breakdowns, "
                f"{kinds.get('planned', 0)} planned services)")


def simulate_fleet(n_machines: int = 6, days: int = 90, seed: int = 2025, *,
                   load: float = 1.0, service_every_hours: float | None = None,
                   start: str = "2025-01-01",
                   machine_types: Sequence[str] | None = None) -> Fleet:
    """Simulate `n_machines` machines for `days` days, one sensor row per machine and hour.

    n_machines: 1-1000 (and n_machines × days at most 100,000). Machines cycle through
        `machine_types` (default: the committed mix, 3 sewing machines, 2 air compressors
        and a packaging motor per 6), with ids numbered per type: SEW-01, CMP-01, PKG-01.
    days: 1-730, starting at `start` (an ISO date, 'YYYY-MM-DD').
    seed: a whole number ≥ 0; the same seed gives the same fleet.
    load: 0.5-2.0, multiplies the hourly load (1.0 = as in the committed data).
    service_every_hours: 50-5000 running hours between planned services, or None for each
        type's default (sewing 300 h, compressor 500 h, packaging motor 400 h).
    machine_types: names from MACHINE_TYPES to cycle through.
    """
    check_whole("n_machines", n_machines)
    check_whole("days", days)
    if n_machines * days > MAX_MACHINE_DAYS:
        raise ValueError(
            f"n_machines × days must be at most {MAX_MACHINE_DAYS:,} (got {n_machines} × "
            f"{days} = {n_machines * days:,}): simulate fewer machines or fewer days.")
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise ValueError(f"seed must be a whole number, 0 or more (got {seed!r}).")
    check_number("load", load)
    if service_every_hours is not None:
        check_number("service_every_hours", service_every_hours)
    types = _machine_types(machine_types)
    machines = engine.layout(int(n_machines), types)
    sensors, events = engine.simulate(machines, int(days), int(seed), float(load),
                                      service_every_hours, _start_date(start))
    return Fleet(sensors, events)


def vibration_zone(values: pd.Series | Sequence[float] | np.ndarray | float) -> pd.Series:
    """The ISO 10816-1 vibration severity zone, 'A' to 'D', of each value in mm/s RMS.

    The values are vibration velocity, r.m.s., in mm/s, measured over 10-1000 Hz on the
    bearing housing. We assume class I machines (ISO 10816-1 Annex B: small machines, e.g.
    electric motors up to 15 kW, as every machine of this fleet). One boundary rule
    everywhere in the course: a reading exactly on an edge counts in the HIGHER zone.
    A below 0.71 (newly commissioned), B 0.71 or more and below 1.8 (acceptable long
    term), C 1.8 or more and below 4.5 (unsatisfactory: plan maintenance soon), D 4.5 or
    more (severe enough to cause damage). The standard gives the edges, not which side an
    exact edge value falls on; counting it in the higher zone sends a borderline reading
    to a person, and matches the alert rule (vibration ≥ limit).
    Source: ISO 10816-1:1995, Annex B, Table B.1; ISO 10816-1 was withdrawn and replaced
    by ISO 20816-1:2016. Returns an ordered categorical Series (A < B < C < D); a missing
    value stays missing.
    """
    series = values if isinstance(values, pd.Series) else pd.Series(np.atleast_1d(values))
    numbers_ = pd.to_numeric(series, errors="coerce")
    if (numbers_.isna() & series.notna()).any() or (numbers_ < 0).any():
        raise ValueError("values must be vibration readings in mm/s RMS: numbers, 0 or more.")
    zones = pd.cut(numbers_.astype(float), ZONE_EDGES, labels=[z for z, _, _ in ISO_ZONES],
                   right=False)
    return pd.Series(zones, index=series.index, name="vibration_zone")


def failures(fleet: Fleet) -> pd.DataFrame:
    """The breakdowns of the fleet, machine by machine in time order.

    Columns: machine_id, timestamp (the hour it broke down), date, downtime_hours, cost_php.
    """
    columns = ["machine_id", "timestamp", "date", "downtime_hours", "cost_php"]
    found = fleet.events.loc[fleet.events["event_type"] == "breakdown", columns]
    return found.sort_values(["machine_id", "timestamp"], kind="stable", ignore_index=True)


def hours_to_next_failure(fleet: Fleet) -> pd.Series:
    """Hours from each sensor row to the next breakdown of its machine, NaN if none follows.

    Counted in clock hours from the start of the row's hour to the start of the breakdown
    hour: 0 on the row where the machine broke down. Aligned with `fleet.sensors`.
    """
    sensors, broken = fleet.sensors, failures(fleet)
    ahead = np.full(len(sensors), np.nan)
    if not broken.empty:
        # One number per (machine, hour): machine code × span + hours since the first row.
        ids = pd.Index(pd.unique(pd.concat([sensors["machine_id"], broken["machine_id"]])))
        origin = min(sensors["timestamp"].min(), broken["timestamp"].min())
        last = max(sensors["timestamp"].max(), broken["timestamp"].max())
        span = int((last - origin) / pd.Timedelta(hours=1)) + 1

        def keys(frame: pd.DataFrame) -> np.ndarray:
            hours = ((frame["timestamp"] - origin) / pd.Timedelta(hours=1)).to_numpy()
            return ids.get_indexer(frame["machine_id"]) * span + np.round(hours).astype(np.int64)

        rows, breaks = keys(sensors), np.sort(keys(broken))
        upcoming = breaks[np.minimum(np.searchsorted(breaks, rows), len(breaks) - 1)]
        same = (upcoming >= rows) & (upcoming // span == rows // span)
        ahead[same] = (upcoming - rows)[same]
    return pd.Series(ahead, index=sensors.index, name="hours_to_next_failure")


def label_fails_within(fleet: Fleet, hours: int) -> pd.Series:
    """True for each running row (motor current > 0) whose machine breaks down within `hours`.

    "Within 24 hours" means the breakdown hour starts less than 24 clock hours after this
    row's hour starts, so the breakdown row itself counts. Rows where the machine is off
    are False. This is the target a classifier learns ("will it fail within N hours?").
    """
    check_whole("hours", hours)
    ahead = hours_to_next_failure(fleet)
    label = (fleet.sensors["motor_current_a"] > 0) & (ahead < hours)
    return label.astype(bool).rename(f"fails_within_{hours}h")


def check_whole(name: str, value: object) -> None:
    """ValueError naming `name` unless `value` is a whole number within LIMITS[name]."""
    low, high = LIMITS[name]
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(f"{name} must be a whole number from {low} to {high} "
                         f"(got {value!r}).")
    if not low <= value <= high:
        raise ValueError(f"{name} must be from {low} to {high} (got {value}).")


def check_number(name: str, value: object) -> None:
    """ValueError naming `name` unless `value` is a number within LIMITS[name]."""
    low, high = LIMITS[name]
    if (isinstance(value, bool) or not isinstance(value, numbers.Real)
            or not low <= float(value) <= high):       # NaN fails the comparison too
        raise ValueError(f"{name} must be a number from {low:g} to {high:g} (got {value!r}).")


def _machine_types(types: Sequence[str] | None) -> tuple[str, ...] | None:
    if types is None:
        return None
    chosen = (types,) if isinstance(types, str) else tuple(types)
    unknown = [t for t in chosen if t not in MACHINE_TYPES]
    if not chosen or unknown:
        raise ValueError(f"machine_types must list one or more of {', '.join(MACHINE_TYPES)} "
                         f"(got {list(chosen)!r}).")
    return chosen


def _start_date(start: str | date) -> date:
    if isinstance(start, date):
        return start if type(start) is date else start.date()
    try:
        return date.fromisoformat(str(start))
    except ValueError:
        raise ValueError(f"start must be a date written YYYY-MM-DD, e.g. '2025-01-01' "
                         f"(got {start!r}).") from None
