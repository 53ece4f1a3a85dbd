"""Daily QCDMS rows per production line: quality, cost, delivery, morale and safety.

Every line gets its own random stream, so the lines (and the factories) never shift one
another. The levels come from the factory profile; on top of them:

- a Christmas peak (September ramp-up, October to December full): more overtime and output,
  a few more defects, a bit less on-time delivery;
- the EIT effect in 2025: defects, downtime, absenteeism and injuries fall slowly while
  near-miss reporting rises (a reporting culture grows);
- Mondays and the first working day after a payday (15th, 30th) have more absences;
- a few typhoon days each rainy season hit every factory at once (absences, power cuts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from score_helpers.data import schema
from score_helpers.data.synth.calendar import after_payday, working_days
from score_helpers.data.synth.common import END, START, rng_for
from score_helpers.data.synth.profiles import (
    OVERTIME_PREMIUM,
    PAID_HOURS_PER_DAY,
    FactoryProfile,
    minimum_wage,
)

DECIMALS = {"planned_minutes": 1, "downtime_minutes": 1, "ideal_cycle_time_min": 2,
            "material_cost_php": 2, "labour_cost_php": 2, "overhead_cost_php": 2,
            "hours_worked": 1}
SHIFT_MINUTES = 450.0   # 8 paid hours + 1 h lunch, minus two 15-minute breaks
COLUMNS = [column.name for column in schema.DAILY_PRODUCTION]


@dataclass(frozen=True)
class Calendar:
    """The working days with the day-level drivers every line shares."""

    days: list[date]
    weekday: np.ndarray
    week: np.ndarray        # running week number, for the product of the week
    peak: np.ndarray        # 0 off-season, 0.5 in September, 1 from October to December
    trend: np.ndarray       # 0 in 2024, rising from 0 to 1 through 2025 (the EIT at work)
    after_pay: np.ndarray   # first working day after a payday
    typhoon: np.ndarray     # typhoon days (the same for every factory)
    wage: np.ndarray        # NCR minimum daily wage in force
    year2025: np.ndarray


def make_calendar(seed: int) -> Calendar:
    """The working days of 2024-2025 and their shared drivers (typhoons from `seed`)."""
    days = working_days(START, END)
    ordinal = np.array([d.toordinal() for d in days])
    month = np.array([d.month for d in days])
    peak = np.select([month == 9, month >= 10], [0.5, 1.0], 0.0)
    start_2025 = date(2025, 1, 1).toordinal()
    trend = np.clip((ordinal - start_2025) / 365.0, 0.0, 1.0)
    typhoon = np.zeros(len(days), dtype=bool)
    rng = rng_for(seed, "weather")
    for year in (2024, 2025):
        season = np.flatnonzero([d.year == year and 7 <= d.month <= 10 for d in days])
        for first in rng.choice(season[:-1], size=3, replace=False):
            typhoon[first: first + rng.integers(1, 3)] = True
    return Calendar(
        days=days,
        weekday=np.array([d.weekday() for d in days]),
        week=(ordinal - ordinal[0] + days[0].weekday()) // 7,
        peak=peak, trend=trend, after_pay=after_payday(days), typhoon=typhoon,
        wage=np.array([minimum_wage(d) for d in days]),
        year2025=np.array([d.year == 2025 for d in days]),
    )


def _workforce(start: int, cal: Calendar, rng: np.random.Generator) -> tuple[np.ndarray, ...]:
    """Headcount and separations: a few leavers a year, hiring on Mondays back to a
    slowly drifting target, with extra hires for the peak."""
    n = len(cal.days)
    drift = np.cumsum(rng.normal(0.0, 0.12, n))
    target = np.rint(start + drift + round(start * 0.07) * cal.peak).astype(int)
    month = np.array([d.month for d in cal.days])
    leaves = rng.random(n) < 0.009 + 0.012 * (month == 1)   # contracts end after the peak
    headcount = np.empty(n, dtype=int)
    current = start
    for i in range(n):
        if cal.weekday[i] == 0 and current < target[i] - 1:
            current += min(3, target[i] - current)
        current = int(np.clip(current, 20, 60))
        headcount[i] = current
        current -= int(leaves[i])
    return headcount, leaves.astype(int)


def _days_lost(lost_time: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Calendar days lost, 1-30 for each lost-time injury, summed per day."""
    days = np.zeros(len(lost_time), dtype=int)
    for i in np.flatnonzero(lost_time):
        draws = np.clip(np.rint(rng.lognormal(np.log(5.0), 0.8, lost_time[i])), 1, 30)
        days[i] = int(draws.sum())
    return days


def _line(profile: FactoryProfile, line_no: int, cal: Calendar,
          rng: np.random.Generator) -> pd.DataFrame:
    """One line's rows for every working day."""
    n = len(cal.days)
    line = profile.lines[line_no]
    weights = np.array(profile.line_products[line])
    product_of_week = rng.choice(len(profile.products), size=cal.week[-1] + 1,
                                 p=weights / weights.sum())
    product = product_of_week[cal.week]
    ideal = np.array([p.ideal_cycle_time_min for p in profile.products])[product]
    unit_cost = np.array([p.material_cost_php for p in profile.products])[product]
    skill = rng.normal(0.0, 0.02)

    # Time: overtime is common in the peak.
    overtime = np.where((rng.random(n) < 0.10 + 0.55 * cal.peak) & ~cal.typhoon,
                        rng.choice([60, 90, 120], size=n, p=[0.5, 0.3, 0.2]), 0)
    planned = SHIFT_MINUTES + overtime

    # Morale: headcount, leave, absences.
    headcount, separations = _workforce(profile.headcount[line_no], cal, rng)
    scheduled = headcount - rng.binomial(headcount, 0.02)            # minus approved leave
    absence_rate = (0.040 + 0.022 * (cal.weekday == 0) + 0.02 * cal.after_pay
                    + 0.006 * cal.peak - 0.012 * cal.trend + 0.13 * cal.typhoon
                    + rng.normal(0.0, 0.005) + rng.normal(0.0, 0.006, n))
    absent = rng.binomial(scheduled, np.clip(absence_rate, 0.005, 0.5))
    present = scheduled - absent

    # OEE: availability, performance; units follow from them (performance <= 0.97).
    availability = (0.885 + 0.035 * cal.trend - 0.012 * cal.peak - 0.25 * cal.typhoon
                    + rng.normal(0.0, 0.03, n)
                    - (rng.random(n) < 0.03) * rng.uniform(0.1, 0.3, n))
    availability = np.clip(availability, 0.45, 0.985)
    downtime = np.round(planned * (1.0 - availability), 1)
    run_time = planned - downtime
    performance = ((0.765 + 0.045 * cal.trend + skill + profile.peak_boost * cal.peak
                    + rng.normal(0.0, 0.04, n)) * (0.8 + 0.2 * present / headcount / 0.94))
    performance = np.clip(performance, 0.4, 0.97)
    units = np.floor(performance * run_time / ideal).astype(int)

    # Quality.
    defect_rate = (profile.defect_rate * (1 + 0.2 * cal.peak) * (1 - 0.28 * cal.trend)
                   * rng.lognormal(0.0, 0.25, n))
    defects = rng.binomial(units, np.clip(defect_rate, 0.002, 0.2))
    reworked = rng.binomial(defects, profile.rework_share)

    # Delivery.
    orders_due = 1 + rng.poisson(profile.orders_per_day * (1 + 0.25 * cal.peak))
    on_time_rate = (profile.on_time_rate - 0.05 * cal.peak + 0.025 * cal.trend
                    - 0.5 * np.maximum(0.0, 0.85 - availability)
                    - 0.15 * cal.typhoon + rng.normal(0.0, 0.02, n))
    orders_on_time = rng.binomial(orders_due, np.clip(on_time_rate, 0.3, 0.995))

    # Cost: no work, no pay for absences; overtime at +25 %.
    rate = cal.wage * profile.wage_premium
    overtime_workers = np.where(overtime > 0, rng.binomial(present, 0.85), 0)
    overtime_hours = overtime_workers * overtime / 60.0
    hours_worked = present * PAID_HOURS_PER_DAY + overtime_hours
    labour = present * rate + overtime_hours * rate / PAID_HOURS_PER_DAY * OVERTIME_PREMIUM
    inflation = 1 + 0.04 * cal.year2025
    material = units * unit_cost * inflation * rng.normal(1.0, 0.03, n)
    overhead = (profile.overhead_php * planned / SHIFT_MINUTES * (1 + 0.03 * cal.year2025)
                * rng.normal(1.0, 0.04, n))

    # Safety: injuries scale with hours worked and fall in 2025; near-miss reports rise.
    exposure = hours_worked / 320.0
    incidents = rng.poisson(0.0125 * exposure * (1 + 0.25 * cal.peak) * (1 - 0.4 * cal.trend))
    lost_time = rng.binomial(incidents, 0.25)
    near_misses = rng.poisson(0.048 * (1 + 0.1 * cal.peak) * (1 + 0.9 * cal.trend))

    return pd.DataFrame({
        "date": [d.isoformat() for d in cal.days],
        "factory": profile.key,
        "line": line,
        "product": [profile.products[i].name for i in product],
        "units_produced": units,
        "defects": defects,
        "units_reworked": reworked,
        "units_scrapped": defects - reworked,
        "planned_minutes": planned.astype(float),
        "downtime_minutes": downtime,
        "ideal_cycle_time_min": ideal,
        "orders_due": orders_due,
        "orders_on_time": orders_on_time,
        "material_cost_php": np.round(material, 2),
        "labour_cost_php": np.round(labour, 2),
        "overhead_cost_php": np.round(overhead, 2),
        "headcount": headcount,
        "scheduled_worker_days": scheduled,
        "days_absent": absent,
        "separations": separations,
        "hours_worked": np.round(hours_worked, 1),
        "incidents": incidents,
        "near_misses": near_misses,
        "lost_time_injuries": lost_time,
        "days_lost": _days_lost(lost_time, rng),
    }, columns=COLUMNS)


def generate_daily(profile: FactoryProfile, seed: int, cal: Calendar | None = None
                   ) -> pd.DataFrame:
    """Every working day of 2024-2025 for every line of `profile`, sorted by date and line."""
    cal = cal or make_calendar(seed)
    lines = [_line(profile, i, cal, rng_for(seed, f"daily/{profile.key}/{line}"))
             for i, line in enumerate(profile.lines)]
    frame = pd.concat(lines, ignore_index=True)
    frame = frame.sort_values(["date", "line"], kind="stable", ignore_index=True)
    problems = consistency_problems(frame)
    if problems:
        raise AssertionError(f"{profile.key}: generated rows break rules: {problems}")
    return frame


def consistency_problems(frame: pd.DataFrame) -> list[str]:
    """The consistency rules a clean daily row must keep, each with how many rows break it."""
    f = frame
    run_time = f["planned_minutes"] - f["downtime_minutes"]
    rules = {
        "defects <= units_produced": f["defects"] <= f["units_produced"],
        "reworked + scrapped == defects":
            f["units_reworked"] + f["units_scrapped"] == f["defects"],
        "downtime < planned": f["downtime_minutes"] < f["planned_minutes"],
        "performance <= 1": f["ideal_cycle_time_min"] * f["units_produced"] <= run_time + 1e-9,
        "orders_on_time <= orders_due": f["orders_on_time"] <= f["orders_due"],
        "orders_due >= 1": f["orders_due"] >= 1,
        "days_absent <= scheduled": f["days_absent"] <= f["scheduled_worker_days"],
        "scheduled <= headcount": f["scheduled_worker_days"] <= f["headcount"],
        "lost_time_injuries <= incidents": f["lost_time_injuries"] <= f["incidents"],
        "days_lost == 0 without lost time": (f["lost_time_injuries"] > 0) | (f["days_lost"] == 0),
    }
    return [f"{rule}: {int((~ok).sum())} rows" for rule, ok in rules.items() if not ok.all()]
