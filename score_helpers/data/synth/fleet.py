"""The vectorised engine behind `score_helpers.maintenance.simulator` (the fleet simulator).

The machines, their shift pattern, sensor formulas and work-order texts are those of the
committed dataset (`score_helpers/data/synth/machines.py`); this engine adds what a "break and
fix" lab needs: any number of machines and days, a load multiplier and a service interval.

How a machine wears out
- Each life (from one maintenance to the next) draws the age at which a bearing fault
  starts from a Weibull distribution (shape BETA > 1: the older, the likelier). Age here
  is *effective* running hours: an hour at stress s (fraction of rated load) counts
  (s / NOMINAL_STRESS)³, the cube law of bearing life (ISO 281: L10 = (C/P)³), so a higher
  load brings the fault sooner.
- Once started, the fault runs LEAD running hours (50-120) to a breakdown, with the steep
  rise in vibration, temperature and current of the committed data. A planned service
  due meanwhile is postponed, as on a busy shop floor, so the fault runs on.
- A planned service (Sunday 08:00, once `run_hours` reaches the interval) or a repair
  resets the wear and starts a new life.

All random numbers come from one stream per machine id, so SEW-01 is the same machine
whatever the fleet size, and a what-if run with another load or interval reuses the same
draws (common random numbers): differences come from the change, not from luck.
Vectorised across machines: one Python step per hour, numpy across the fleet.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import numpy as np
import pandas as pd

from score_helpers.data import schema
from score_helpers.data.synth.calendar import holidays_between
from score_helpers.data.synth.common import faker_for, make_person, rng_for
from score_helpers.data.synth.machines import (
    MACHINES,
    REPAIR_NOTES,
    SENSOR_DECIMALS,
    SERVICE_NOTES,
    SHIFT_END,
    SHIFT_START,
    Machine,
)

# First machine of each type in the committed fleet: the type's nameplate and costs.
TYPES: dict[str, Machine] = {}
for _machine in MACHINES:
    TYPES.setdefault(_machine.machine_type, _machine)
PREFIX = {"sewing_machine": "SEW", "air_compressor": "CMP", "packaging_motor": "PKG"}
# Without machine_types, the fleet repeats the committed mix: 3 sewing, 2 compressors, 1 motor.
DEFAULT_CYCLE = ("sewing_machine", "sewing_machine", "sewing_machine", "air_compressor",
                 "packaging_motor", "air_compressor")
BETA = 2.5              # Weibull shape of the age at fault onset (wear-out)
LIFE_RATIO = 1.5        # Weibull scale, as a multiple of the type's default service interval
NOMINAL_STRESS = 0.8    # typical fraction of rated load; an hour at it ages the bearing 1 h
# Uniform draws per life, in this order (columns of the life table).
ONSET, LEAD, FAULT_VIB, FAULT_TEMP, SERVICE, REPAIR, COST, NOTE, TECH = range(9)
# Standard normal draws per hour, in this order.
LOAD_N, VIB_LOG, VIB_ADD, OFF_VIB, TEMP_N, AMP_N = range(6)


def layout(n_machines: int, types: tuple[str, ...] | None) -> pd.DataFrame:
    """Machine id, type and factory of each machine: ids numbered per type, SEW-01, CMP-01…"""
    cycle = types or DEFAULT_CYCLE
    kinds = [cycle[i % len(cycle)] for i in range(n_machines)]
    totals, seen, rows = Counter(kinds), Counter(), []
    for kind in kinds:
        seen[kind] += 1
        width = max(2, len(str(totals[kind])))
        factory = {"sewing_machine": "garments", "packaging_motor": "food"}.get(
            kind, "food" if seen[kind] % 2 else "electronics")
        rows.append((f"{PREFIX[kind]}-{seen[kind]:0{width}d}", kind, factory))
    return pd.DataFrame(rows, columns=["machine_id", "machine_type", "factory"])


def calendar(start: date, days: int) -> dict[str, np.ndarray]:
    """Hour stamps, shift and service slots, and room temperature for `days` from `start`."""
    holidays = holidays_between(start, start + timedelta(days=days))
    dates = [start + timedelta(days=d) for d in range(days)]
    working = np.array([d.weekday() != 6 and d not in holidays for d in dates])
    hour = np.tile(np.arange(24), days)
    weekday = np.repeat([d.weekday() for d in dates], 24)
    day_of_year = np.repeat([d.timetuple().tm_yday for d in dates], 24)
    # Indoor Metro Manila: warmest in May, about 3.5 °C warmer mid-afternoon than at night.
    room = (27.5 + 2.0 * np.cos(2 * np.pi * (day_of_year - 135) / 365.25)
            + 3.5 * np.sin(2 * np.pi * (hour - 9) / 24))
    return {"stamps": pd.date_range(start, periods=days * 24, freq="h").as_unit("ns").to_numpy(),
            "on_shift": np.repeat(working, 24) & (hour >= SHIFT_START) & (hour < SHIFT_END),
            "slot": (weekday == 6) & (hour == 8), "hour": hour, "weekday": weekday, "room": room}


def _draws(ids: pd.Series, seed: int, lives: int, hours: int
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-machine factors (n, 4), life table (n, lives, 9) and hourly normals (6, n, hours)."""
    n = len(ids)
    factors, table = np.empty((n, 4)), np.empty((n, lives, 9))
    normals = np.empty((6, n, hours))
    for i, machine_id in enumerate(ids):
        rng = rng_for(seed, f"maintenance_sim/{machine_id}")
        factors[i, :3] = rng.uniform(0.9, 1.1, 3)  # vibration, temperature rise, current
        factors[i, 3] = rng.uniform(0.0, 0.8)      # how far into its service cycle at the start
        table[i] = rng.random((lives, 9))
        normals[:, i] = rng.standard_normal((6, hours))
    return factors, table, normals


def _hourly_load(types: np.ndarray, cal: dict[str, np.ndarray], normal: np.ndarray
                 ) -> np.ndarray:
    """Fraction of rated load each hour (n, hours), shift pattern as in the committed data."""
    base = np.where(cal["hour"] < 14, 0.85, 0.72) * np.where(cal["weekday"] == 5, 0.85, 1.0)
    base = np.where((types == "sewing_machine")[:, None] & (cal["hour"] == 12), 0.45, base)
    spread = np.where(types == "air_compressor", 0.10, 0.06)[:, None]
    return np.clip(base + spread * normal, 0.2, 1.0)


def _run(cal: dict[str, np.ndarray], inc: np.ndarray, onsets: np.ndarray, leads: np.ndarray,
         downtime: np.ndarray, start_hours: np.ndarray, interval: np.ndarray
         ) -> tuple[dict[str, np.ndarray], list[tuple[np.ndarray, int, str, np.ndarray]]]:
    """Step through the hours; the state of every machine moves together as numpy vectors."""
    n, hours = inc.shape
    out = {"running": np.zeros((n, hours), bool), "run_hours": np.empty((n, hours)),
           "age": np.zeros((n, hours)), "progress": np.zeros((n, hours)),
           "life": np.zeros((n, hours), np.int64)}
    rows = np.arange(n)
    run_hours, age = start_hours.copy(), start_hours.copy()
    life, onset, lead = np.zeros(n, np.int64), onsets[:, 0].copy(), leads[:, 0].copy()
    onset_run, down_until = np.full(n, -1.0), np.zeros(n, np.int64)
    due = np.zeros(n, bool)
    events: list[tuple[np.ndarray, int, str, np.ndarray]] = []

    def renew(done: np.ndarray, h: int, kind: str, stop: int) -> None:
        events.append((done, h, kind, life[done].copy()))
        down_until[done] = h + stop + np.ceil(downtime[done, life[done], int(kind == "breakdown")])
        life[done] += 1
        onset[done], lead[done] = onsets[done, life[done]], leads[done, life[done]]
        run_hours[done], age[done], onset_run[done], due[done] = 0.0, 0.0, -1.0, False

    for h in range(hours):
        if cal["slot"][h] and due.any():
            ready = due & (onset_run < 0) & (down_until <= h)
            if ready.any():
                renew(rows[ready], h, "planned", 0)
        if not cal["on_shift"][h]:
            out["run_hours"][:, h] = run_hours
            continue
        run = down_until <= h
        run_hours += run
        age += run * inc[:, h]
        starting = (onset_run < 0) & (age >= onset)
        if starting.any():
            onset_run[starting] = run_hours[starting]
        developing = onset_run >= 0
        progress = np.where(developing, (run_hours - onset_run) / lead, 0.0)
        out["running"][:, h], out["run_hours"][:, h], out["age"][:, h] = run, run_hours, age
        out["progress"][:, h], out["life"][:, h] = np.minimum(progress, 1.0), life
        broke = progress >= 1.0
        if broke.any():
            renew(rows[broke], h, "breakdown", 1)
        due |= (run_hours >= interval) & ~developing
    return out, events


def simulate(machines: pd.DataFrame, days: int, seed: int, load: float,
             interval: float | None, start: date) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sensor rows (machine by machine, hour by hour) and events of an already checked fleet."""
    cal = calendar(start, days)
    n, hours, lives = len(machines), days * 24, days + 4
    types = machines["machine_type"].to_numpy()
    spec = {name: np.array([getattr(TYPES[t], name) for t in types], float) for name in (
        "vibration", "temp_rise", "current", "service_hours", "service_cost")}
    factors, table, normals = _draws(machines["machine_id"], seed, lives, hours)
    every = np.full(n, float(interval)) if interval else spec["service_hours"]
    stress = _hourly_load(types, cal, normals[LOAD_N]) * load
    eta = LIFE_RATIO * spec["service_hours"][:, None]
    onsets = eta * (-np.log1p(-table[:, :, ONSET])) ** (1 / BETA)
    # Before the simulated window each machine kept its usual service plan, so a fleet that
    # now stops servicing starts from a normal state, not from years without a service.
    start_hours = np.floor(factors[:, 3] * np.minimum(every, spec["service_hours"]))
    # The first life has already lasted start_hours: draw its onset given that (Weibull).
    onsets[:, 0] = eta[:, 0] * ((start_hours / eta[:, 0]) ** BETA
                                - np.log1p(-table[:, 0, ONSET])) ** (1 / BETA)
    downtime = np.stack([2.0 + 0.5 * np.floor(5 * table[:, :, SERVICE]),
                         np.round(4.0 + 16.0 * table[:, :, REPAIR], 1)], axis=2)
    state, events = _run(cal, (stress / NOMINAL_STRESS) ** 3, onsets,
                         50.0 + 70.0 * table[:, :, LEAD], downtime, start_hours, every)
    return (_sensors(machines, cal, spec, factors, table, normals, stress, state),
            _events(machines, seed, spec, table, downtime, cal["stamps"], events))


def _sensors(machines: pd.DataFrame, cal: dict[str, np.ndarray], spec: dict[str, np.ndarray],
             factors: np.ndarray, table: np.ndarray, normals: np.ndarray, stress: np.ndarray,
             state: dict[str, np.ndarray]) -> pd.DataFrame:
    """The sensor readings from the simulated state, formulas as in synth/machines.py."""
    running, progress = state["running"], state["progress"]
    wear = np.minimum(state["age"] / spec["service_hours"][:, None], 2.5)
    fault_vib = np.take_along_axis(4.8 + 2.7 * table[:, :, FAULT_VIB], state["life"], axis=1)
    fault_temp = np.take_along_axis(12.0 + 13.0 * table[:, :, FAULT_TEMP], state["life"], axis=1)
    healthy = ((spec["vibration"] * factors[:, 0])[:, None] * (0.75 + 0.35 * stress)
               * (1 + 0.25 * wear + 0.35 * wear**2))
    vibration = np.where(
        running,
        healthy * np.exp(0.06 * normals[VIB_LOG]) + np.maximum(fault_vib - healthy, 1.0)
        * progress**2.5 + np.abs(0.03 * normals[VIB_ADD]),
        np.clip(np.abs(0.05 + 0.02 * normals[OFF_VIB]), 0.0, 0.09))
    room = cal["room"][None, :]
    target = np.where(running, room + (spec["temp_rise"] * factors[:, 1])[:, None]
                      * (0.45 + 0.55 * stress) + 3.0 * wear + fault_temp * progress**1.8, room)
    rate = np.where(running, 0.55, 0.3)
    kick = np.where(running, 0.3 * normals[TEMP_N], 0.0)
    temperature = np.empty_like(target)
    temp = target[:, 0].copy()
    for h in range(target.shape[1]):       # the bearing warms and cools with a lag
        temp += (target[:, h] - temp) * rate[:, h] + kick[:, h]
        temperature[:, h] = temp
    rated = (spec["current"] * factors[:, 2])[:, None]
    current = np.where(running, np.maximum(
        rated * (0.3 + 0.7 * stress) * (1 + 0.03 * wear + 0.15 * progress**2)
        + 0.015 * rated * normals[AMP_N], 0.01), 0.0)
    hours = len(cal["stamps"])
    text = {c: pd.array(np.repeat(machines[c].to_numpy(), hours), dtype="str")
            for c in ("machine_id", "machine_type", "factory")}
    d = SENSOR_DECIMALS
    return pd.DataFrame({
        "timestamp": np.tile(cal["stamps"], len(machines)), **text,
        "vibration_mm_s": np.round(vibration.ravel(), d["vibration_mm_s"]),
        "bearing_temp_c": np.round(temperature.ravel(), d["bearing_temp_c"]),
        "motor_current_a": np.round(current.ravel(), d["motor_current_a"]),
        "run_hours": state["run_hours"].ravel()})


def _events(machines: pd.DataFrame, seed: int, spec: dict[str, np.ndarray], table: np.ndarray,
            downtime: np.ndarray, stamps: np.ndarray,
            events: list[tuple[np.ndarray, int, str, np.ndarray]]) -> pd.DataFrame:
    """The work orders: one row per planned service or breakdown repair."""
    fake = faker_for(seed, "technicians")
    crews = {f: [make_person(fake).name for _ in range(2)] for f in schema.FACTORIES}
    fleet = list(machines.itertuples(index=False))
    records = []
    for index, h, kind, life in events:
        for i, k in zip(index.tolist(), life.tolist(), strict=True):
            machine_id, machine_type, factory = fleet[i]
            u = table[i, k]
            notes = (REPAIR_NOTES if kind == "breakdown" else SERVICE_NOTES)[machine_type]
            if kind == "breakdown":
                low, high = TYPES[machine_type].repair_cost
                cost = low + (high - low) * u[COST]
            else:
                cost = spec["service_cost"][i] * (0.8 + 0.5 * u[COST])
            crew = crews[factory]
            records.append({
                "timestamp": stamps[h], "machine_id": machine_id, "event_type": kind,
                "description": notes[int(u[NOTE] * len(notes))],
                "downtime_hours": float(downtime[i, k, int(kind == "breakdown")]),
                "cost_php": round(float(cost), 2), "technician": crew[int(u[TECH] * len(crew))]})
    columns = [c.name for c in schema.MAINTENANCE_LOG] + ["timestamp"]
    frame = pd.DataFrame(records, columns=columns)
    frame["timestamp"] = pd.to_datetime(frame["timestamp"]).astype("datetime64[ns]")
    frame["date"] = frame["timestamp"].dt.normalize()
    for name in ("machine_id", "event_type", "description", "technician"):
        frame[name] = frame[name].astype("str")
    frame[["downtime_hours", "cost_php"]] = frame[["downtime_hours", "cost_php"]].astype(float)
    return frame.sort_values(["timestamp", "machine_id"], kind="stable", ignore_index=True)
