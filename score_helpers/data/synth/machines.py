"""Hourly machine sensor readings and the maintenance log (predictive-maintenance lab).

Each machine runs 06:00-22:00 (two shifts), Monday to Saturday, except on regular
holidays and while it is being repaired or serviced. Every hour has a row; when the
machine is off, the current is 0, vibration is background (< 0.1 mm/s) and the bearing
cools back to the room temperature.

Running, the bearing vibration and temperature creep up with the running hours since the
last maintenance. A developing fault (a worn bearing) adds a steep rise over the last
50-120 running hours before each breakdown: the warning signs. A planned service (done
on a Sunday, once the service interval is reached) or a repair resets the wear; a service
due while a fault develops is postponed ("peak orders"), so the fault runs to a breakdown.

The case is not clean on purpose, as on a real shop floor:
- SUDDEN_BREAKDOWNS: a breakdown that gives almost no warning (a bearing cage breaks; the
  vibration jumps only in the hour it stops). No vibration alert and no model catches it.
- VIBRATION_BUMPS: a few hours of zone C vibration with no fault behind it (a loose belt
  guard, a heavy order): an alert at the start of zone C becomes a false alarm.
Both draw from their own random streams, so the other machines keep their values.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
import pandas as pd

from score_helpers.data import schema
from score_helpers.data.synth.calendar import is_working_day
from score_helpers.data.synth.common import faker_for, make_person, rng_for

SENSOR_DECIMALS = {"vibration_mm_s": 2, "bearing_temp_c": 1, "motor_current_a": 2,
                   "run_hours": 0}
LOG_DECIMALS = {"downtime_hours": 1, "cost_php": 2}
FIRST_HOUR = datetime(2025, 1, 1)
DAYS = 90
SHIFT_START, SHIFT_END = 6, 22
# ISO 10816-1:1995 Annex B (replaced by ISO 20816-1:2016), class I (small machines, e.g.
# motors up to 15 kW), vibration velocity r.m.s. in mm/s over 10-1000 Hz: the edge where
# each zone ends. One boundary rule: a reading exactly on an edge is in the HIGHER zone
# (zone C is 1.8 mm/s or more, below 4.5), the same as the alert rule "≥ limit".
ISO_ZONES = (("A", 0.71, "newly commissioned machines"),
             ("B", 1.8, "acceptable for unrestricted long-term operation"),
             ("C", 4.5, "unsatisfactory: plan maintenance soon"),
             ("D", float("inf"), "severe enough to cause damage"))
ZONE_EDGES = (0.0, *(edge for _, edge, _ in ISO_ZONES))   # for pd.cut(..., right=False)


@dataclass(frozen=True)
class Machine:
    """One monitored machine and how it behaves when new, at full load."""

    machine_id: str
    machine_type: str
    factory: str
    description: str
    power_kw: float
    vibration: float        # mm/s RMS when new
    temp_rise: float        # degrees above room temperature at full load
    current: float          # A at full load
    service_hours: int      # planned service every so many running hours
    breakdowns: int         # breakdowns in the 90 days
    service_cost: float     # PHP for a planned service
    repair_cost: tuple[float, float]


MACHINES: tuple[Machine, ...] = (
    Machine("SEW-01", "sewing_machine", "garments", "single-needle lockstitch, servo motor",
            0.55, 0.55, 14.0, 2.4, 300, 1, 1800.0, (3500.0, 12000.0)),
    Machine("SEW-02", "sewing_machine", "garments", "single-needle lockstitch, servo motor",
            0.55, 0.60, 15.0, 2.4, 300, 1, 1800.0, (3500.0, 12000.0)),
    Machine("SEW-03", "sewing_machine", "garments", "overlock, servo motor",
            0.55, 0.50, 13.0, 2.3, 300, 0, 1800.0, (3500.0, 12000.0)),
    Machine("CMP-01", "air_compressor", "food", "screw air compressor",
            7.5, 0.95, 30.0, 15.5, 500, 1, 4500.0, (12000.0, 45000.0)),
    Machine("PKG-01", "packaging_motor", "food", "packing line drive motor and gearbox",
            2.2, 0.75, 22.0, 4.6, 400, 2, 3200.0, (6000.0, 25000.0)),
    Machine("CMP-02", "air_compressor", "electronics", "screw air compressor",
            7.5, 0.90, 28.0, 14.8, 500, 1, 4500.0, (12000.0, 45000.0)),
)

# Machine → cumulative running hour of a breakdown with almost no warning (2 running hours:
# vibration is above the zone C edge only in the hour it stops).
SUDDEN_BREAKDOWNS = {"SEW-03": 1010}
SUDDEN_LEAD_HOURS = 2.0
SUDDEN_NOTES = {
    "sewing_machine": "Stopped suddenly with a loud bang: motor bearing cage broke. No noise or "
                      "heat was noticed the shift before. Replaced motor bearing and belt.",
}
# Machine → bumps of vibration with no fault behind them: (cumulative running hour it
# starts, running hours it lasts, lowest and highest peak in mm/s, bearing warming in °C).
# Three are harmless zone C bumps (a loose belt guard, a heavy order); SEW-01's in March is
# a vibration sensor whose mount came loose: it reads zone C-D on a healthy machine.
VIBRATION_BUMPS = {
    "CMP-01": ((260, 7, 1.9, 2.3, 2.0),),
    "SEW-02": ((620, 5, 1.9, 2.3, 2.0),),
    "PKG-01": ((930, 14, 1.9, 2.3, 2.0),),
    "SEW-01": ((1040, 10, 3.6, 4.4, 0.0),),
}

SERVICE_NOTES = {
    "sewing_machine": (
        "Preventive service: cleaned lint, oiled hook and needle bar, checked timing and belt.",
        "PM: lubricated, adjusted feed dog, replaced worn needle plate screws.",
        "Monthly PM: cleaned and oiled, checked motor bearing noise and belt tension."),
    "air_compressor": (
        "Preventive service: changed oil and air filter, drained tank, checked safety valve.",
        "PM: cleaned cooler fins, replaced oil separator element, checked for air leaks."),
    "packaging_motor": (
        "PM: greased motor and gearbox bearings, checked coupling alignment, tightened mounts.",
        "Preventive service: changed gearbox oil, checked belt and sensor alignment."),
}
REPAIR_NOTES = {
    "sewing_machine": (
        "Stopped with loud knocking: hook bearing worn out. Replaced bearing and timing belt.",
        "Motor overheated and tripped, bearing dry. Replaced motor bearing, cleaned lint.",
        "Needle bar seized after days of rising vibration; replaced bushing, realigned."),
    "air_compressor": (
        "High vibration then overload trip: motor bearing failed. Replaced both bearings, "
        "realigned coupling.",
        "Overheated and stopped; cooling fan bearing seized. Replaced fan motor bearings."),
    "packaging_motor": (
        "Drive-end bearing failed after several noisy days. Replaced bearings and oil seal.",
        "Gearbox bearing failure, shaft misaligned. Replaced bearing, realigned coupling."),
}


def _hours() -> tuple[list[datetime], np.ndarray]:
    hours = [FIRST_HOUR + timedelta(hours=h) for h in range(DAYS * 24)]
    working = {d: is_working_day(d) for d in {h.date() for h in hours}}
    on_shift = np.array([working[h.date()] and SHIFT_START <= h.hour < SHIFT_END
                         for h in hours])
    return hours, on_shift


def _breakdown_points(machine: Machine, total: int, rng: np.random.Generator) -> list[int]:
    """Cumulative running hours at which the machine breaks down, at least 250 h apart."""
    while True:
        points = sorted(int(p) for p in rng.integers(150, total - 40, machine.breakdowns))
        if all(b - a >= 250 for a, b in itertools.pairwise(points)):
            return points


def _load(hour: datetime, machine: Machine, rng: np.random.Generator) -> float:
    base = 0.85 if hour.hour < 14 else 0.72
    if hour.weekday() == 5:
        base *= 0.85
    if hour.hour == 12 and machine.machine_type == "sewing_machine":
        base = 0.45                       # operators at lunch
    spread = 0.10 if machine.machine_type == "air_compressor" else 0.06
    return float(np.clip(base + rng.normal(0.0, spread), 0.2, 1.0))


def _simulate(machine: Machine, seed: int, technicians: list[str]
              ) -> tuple[dict[str, list], list[dict]]:
    rng = rng_for(seed, f"machines/{machine.machine_id}")
    hours, on_shift = _hours()
    points = _breakdown_points(machine, int(on_shift.sum()), rng)
    leads = [float(rng.uniform(50, 120)) for _ in points]
    fault_vib = [float(rng.uniform(4.8, 7.5)) for _ in points]
    fault_temp = [float(rng.uniform(12.0, 25.0)) for _ in points]
    points, leads, fault_vib, fault_temp, sudden = _add_sudden(
        machine, seed, points, leads, fault_vib, fault_temp)
    bumps = _bumps(machine, seed)
    rows: dict[str, list] = {"vib": [], "temp": [], "amp": [], "run": []}
    log: list[dict] = []
    ran, run_hours, fault, down_until, service_due = 0, 0, 0, -1, False
    temp = 25.0
    for h, hour in enumerate(hours):
        room = 25.5 + 0.03 * h / 24 + 3.5 * np.sin(2 * np.pi * (hour.hour - 9) / 24)
        developing = fault < len(points) and ran > points[fault] - leads[fault]
        if (service_due and not developing and h >= down_until and hour.weekday() == 6
                and hour.hour == 8):
            duration = float(rng.choice([2.0, 2.5, 3.0, 3.5, 4.0]))
            log.append(_entry(hour, machine, "planned", rng.choice(SERVICE_NOTES[
                machine.machine_type]), duration, machine.service_cost * rng.uniform(0.8, 1.3),
                technicians, rng))
            down_until, run_hours, service_due = h + int(np.ceil(duration)), 0, False
        running = bool(on_shift[h]) and h >= down_until
        if not running:
            temp += (room - temp) * 0.3
            rows["vib"].append(abs(rng.normal(0.05, 0.02)))
            rows["amp"].append(0.0)
        else:
            ran += 1
            run_hours += 1
            load = _load(hour, machine, rng)
            wear = run_hours / machine.service_hours
            progress = 0.0
            if fault < len(points) and ran > points[fault] - leads[fault]:
                progress = min(1.0, (ran - points[fault] + leads[fault]) / leads[fault])
            healthy = machine.vibration * (0.75 + 0.35 * load) * (1 + 0.25 * wear + 0.35 * wear**2)
            excess = (fault_vib[fault] - healthy) * progress**2.5 if progress else 0.0
            bump_vib, bump_temp = bumps.get(ran, (0.0, 0.0))
            excess = max(excess, bump_vib - healthy)
            rows["vib"].append(healthy * rng.lognormal(0.0, 0.06) + excess
                               + abs(rng.normal(0.0, 0.03)))
            target = (room + machine.temp_rise * (0.45 + 0.55 * load) + 3.0 * wear
                      + (fault_temp[fault] * progress**1.8 if progress else 0.0)
                      + bump_temp)
            temp += (target - temp) * 0.55 + rng.normal(0.0, 0.3)
            rows["amp"].append(machine.current * (0.3 + 0.7 * load)
                               * (1 + 0.03 * wear + 0.15 * progress**2)
                               + rng.normal(0.0, 0.015 * machine.current))
            if progress >= 1.0:               # the breakdown: stop, repair, reset
                repair = round(float(rng.uniform(4.0, 20.0)), 1)
                note = rng.choice(REPAIR_NOTES[machine.machine_type])
                if fault in sudden:
                    note = SUDDEN_NOTES[machine.machine_type]
                log.append(_entry(hour, machine, "breakdown", note, repair,
                                  rng.uniform(*machine.repair_cost), technicians, rng))
                down_until, run_hours, service_due = h + 1 + int(np.ceil(repair)), 0, False
                fault += 1
            elif run_hours >= machine.service_hours and not progress:
                service_due = True
        rows["temp"].append(temp)
        rows["run"].append(run_hours)
    rows["timestamp"] = [hour.strftime("%Y-%m-%d %H:%M") for hour in hours]
    return rows, log


def _add_sudden(machine: Machine, seed: int, points: list[int], leads: list[float],
                fault_vib: list[float], fault_temp: list[float]
                ) -> tuple[list[int], list[float], list[float], list[float], set[int]]:
    """The breakdown lists with the machine's sudden breakdown (if any) put in time order,
    and the positions of the sudden ones. Its height comes from its own random stream."""
    if machine.machine_id not in SUDDEN_BREAKDOWNS:
        return points, leads, fault_vib, fault_temp, set()
    rng = rng_for(seed, f"machines/{machine.machine_id}/sudden")
    faults = [*zip(points, leads, fault_vib, fault_temp, [False] * len(points), strict=True),
              (SUDDEN_BREAKDOWNS[machine.machine_id], SUDDEN_LEAD_HOURS,
               float(rng.uniform(4.8, 6.0)), float(rng.uniform(3.0, 6.0)), True)]
    faults.sort()
    columns = [list(column) for column in zip(*faults, strict=True)]
    sudden = {position for position, flag in enumerate(columns[4]) if flag}
    return columns[0], columns[1], columns[2], columns[3], sudden


def _bumps(machine: Machine, seed: int) -> dict[int, tuple[float, float]]:
    """Cumulative running hour → (vibration in mm/s, extra bearing warming in °C) of the
    machine's VIBRATION_BUMPS: up to a peak drawn from its range and back down, from the
    machine's own "bumps" random stream."""
    rng = rng_for(seed, f"machines/{machine.machine_id}/bumps")
    heights: dict[int, tuple[float, float]] = {}
    for start, length, low, high, warming in VIBRATION_BUMPS.get(machine.machine_id, ()):
        peak = float(rng.uniform(low, high))
        shape = np.sin(np.pi * (np.arange(length) + 1) / (length + 1)) ** 0.5
        for offset, factor in enumerate(shape):
            heights[start + offset] = (peak * float(factor), warming * float(factor))
    return heights


def _entry(hour: datetime, machine: Machine, kind: str, note: str, downtime: float,
           cost: float, technicians: list[str], rng: np.random.Generator) -> dict:
    return {"date": hour.date().isoformat(), "machine_id": machine.machine_id,
            "event_type": kind, "description": str(note), "downtime_hours": float(downtime),
            "cost_php": round(float(cost), 2), "technician": str(rng.choice(technicians))}


def generate_machines(seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The hourly sensor readings and the maintenance log of every machine."""
    fake = faker_for(seed, "technicians")
    crews = {factory: [make_person(fake).name for _ in range(2)]
             for factory in schema.FACTORIES}
    sensors, logs = [], []
    for machine in MACHINES:
        rows, log = _simulate(machine, seed, crews[machine.factory])
        sensors.append(pd.DataFrame({
            "timestamp": rows["timestamp"], "machine_id": machine.machine_id,
            "machine_type": machine.machine_type, "factory": machine.factory,
            "vibration_mm_s": np.round(rows["vib"], 2), "bearing_temp_c": np.round(rows["temp"], 1),
            "motor_current_a": np.round(np.maximum(rows["amp"], 0.0), 2),
            "run_hours": np.array(rows["run"], dtype=float)}))
        logs.extend(log)
    sensor_frame = pd.concat(sensors, ignore_index=True)
    log_frame = pd.DataFrame(logs, columns=[c.name for c in schema.MAINTENANCE_LOG])
    log_frame = log_frame.sort_values(["date", "machine_id"], kind="stable", ignore_index=True)
    return sensor_frame, log_frame

