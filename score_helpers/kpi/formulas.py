"""QCDMS KPIs (Quality, Cost, Delivery, Morale, Safety) for Enterprise Improvement Teams.

Every helper takes numbers or pandas Series (aligned by index, and a number and a Series mix)
and returns a fraction (0.034, not 3.4 %) or a rate. A number gives a float and a bad number
raises an error that names the argument; a Series gives a Series, with NaN (never inf) where
its denominator is 0. A missing value (NaN) gives NaN. Each docstring gives the formula
and its source.
`kpi.summary.qcdms_summary` turns a daily production frame into all of them per group and
period; KPI_COLUMNS and PILLARS say how to show them. Productivity KPIs (SMV efficiency,
output vs target, overtime, idle time, line balance) are in kpi.productivity.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from score_helpers.data import frame_checks as _v
from score_helpers.data.frame_checks import Value

_NO_UNITS = "with no units made there is nothing to measure"
_NO_HOURS = "with no hours worked there is no rate"


# ---- Quality ---------------------------------------------------------------------------

def defect_rate(defects: Value, units_produced: Value) -> float | pd.Series:
    """Share of pieces that failed inspection the first time.

    defect rate = defects ÷ units_produced (DPU with one defect counted per piece).
    """
    return _v.ratio("defects", defects, "units_produced", units_produced, at_most=True,
                    why="a day with no production has no defect rate", result="defect_rate")


def first_pass_yield(units_produced: Value, units_reworked_or_scrapped: Value) -> float | pd.Series:
    """Share of pieces right the first time, without rework or scrap.

    FPY = 1 − units_reworked_or_scrapped ÷ units_produced (standard quality definition).
    """
    rate = _v.ratio("units_reworked_or_scrapped", units_reworked_or_scrapped, "units_produced",
                    units_produced, at_most=True, why=_NO_UNITS, result="first_pass_yield")
    return 1 - rate


def dpmo(defects: Value, units: Value, opportunities_per_unit: Value) -> float | pd.Series:
    """Defects per million opportunities (six sigma is 3.4 DPMO).

    DPMO = defects ÷ (units × opportunities_per_unit) × 1,000,000 (standard six-sigma metric).
    """
    found, units_v, opportunities = _v.checked(defects=defects, units=units,
                                               opportunities_per_unit=opportunities_per_unit)
    for name, value in (("units", units_v), ("opportunities_per_unit", opportunities)):
        if not isinstance(value, pd.Series):
            _v.positive(name, value, "with no opportunities for a defect there is no DPMO")
    chances = units_v * opportunities
    _v.not_more("defects", found, "units × opportunities_per_unit", chances)
    out = _v.divide(found * 1_000_000, chances)
    return out.rename("dpmo") if isinstance(out, pd.Series) else out


# ---- Cost, delivery, labour -------------------------------------------------------------

def cost_per_unit(total_cost: Value, good_units: Value) -> float | pd.Series:
    """Cost of each good (saleable) piece, in the currency of total_cost (PHP).

    cost per unit = total_cost ÷ good_units (unit cost of goods; scrap spreads over good pieces).
    """
    return _v.ratio("total_cost", total_cost, "good_units", good_units,
                    why="with no good units there is no cost per unit", result="cost_per_unit")


def on_time_delivery(orders_on_time: Value, orders_due: Value) -> float | pd.Series:
    """Share of due orders shipped complete and on time (OTD).

    OTD = orders_on_time ÷ orders_due (standard supply-chain definition).
    """
    return _v.ratio("orders_on_time", orders_on_time, "orders_due", orders_due, at_most=True,
                    why="with no orders due there is no on-time rate", result="on_time_delivery")


def labour_productivity(good_units: Value, labour_hours: Value) -> float | pd.Series:
    """Good pieces made per hour worked.

    labour productivity = good_units ÷ labour_hours (output per hour; OECD, ILOSTAT).
    """
    return _v.ratio("good_units", good_units, "labour_hours", labour_hours,
                    why=_NO_HOURS, result="labour_productivity")


# ---- OEE ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class OEE:
    """OEE and its three factors, as fractions; unpacks as a, p, q, oee = oee(...)."""

    availability: float
    performance: float
    quality: float
    oee: float

    def __iter__(self) -> Iterator[float]:
        return iter((self.availability, self.performance, self.quality, self.oee))

    def as_dict(self) -> dict[str, float]:
        """The four values by name, e.g. for a table or JSON."""
        return asdict(self)

    def __str__(self) -> str:
        return (f"OEE {self.oee:.1%} = availability {self.availability:.1%} × performance "
                f"{self.performance:.1%} × quality {self.quality:.1%}")


def oee(planned_minutes: Value, downtime_minutes: Value, ideal_cycle_time_min: Value,
        total_count: Value, good_count: Value) -> OEE | pd.DataFrame:
    """Overall equipment effectiveness: availability × performance × quality (oee.com).

    run time = planned_minutes − downtime_minutes
    availability = run time ÷ planned_minutes
    performance = ideal_cycle_time_min × total_count ÷ run time, capped at 1
    quality = good_count ÷ total_count;  OEE = availability × performance × quality
    World class is about 0.85 (Nakajima's TPM); typical plants run at 0.40–0.60. A
    performance above 1 before the cap means the ideal cycle time is set too slow.
    Numbers give an `OEE`; any Series gives a DataFrame with those four columns, NaN where
    there is no run time (performance has no value) or nothing was made.
    """
    planned, down, ideal, total, good = _v.checked(
        planned_minutes=planned_minutes, downtime_minutes=downtime_minutes,
        ideal_cycle_time_min=ideal_cycle_time_min, total_count=total_count,
        good_count=good_count)
    _v.not_more("downtime_minutes", down, "planned_minutes", planned)
    _v.not_more("good_count", good, "total_count", total)
    run = planned - down
    is_series = any(isinstance(v, pd.Series) for v in (planned, down, ideal, total, good))
    if not is_series:
        _v.positive("planned_minutes", planned, "with no planned time there is no OEE")
        if run <= 0:
            raise ValueError(
                f"downtime_minutes equals the planned time ({_v.fmt(planned)} minutes): the "
                "line never ran, so performance and OEE have no value; leave that day out or "
                "check the downtime entry.")
        _v.positive("total_count", total, "with nothing made, quality (good ÷ total) has no value")
    availability = _v.divide(run, planned)
    performance = np.minimum(_v.divide(ideal * total, run), 1.0)
    quality = _v.divide(good, total)
    parts = (availability, performance, quality, availability * performance * quality)
    if not is_series:
        return OEE(*(float(p) for p in parts))
    index = next(v.index for v in parts if isinstance(v, pd.Series))
    names = ("availability", "performance", "quality", "oee")
    return pd.DataFrame(dict(zip(names, parts, strict=True)), index=index)


# ---- Morale ------------------------------------------------------------------------------

def absenteeism_rate(days_absent: Value, scheduled_worker_days: Value) -> float | pd.Series:
    """Share of scheduled worker-days lost to unscheduled absence.

    absenteeism = days_absent ÷ scheduled_worker_days (standard HR definition).
    """
    return _v.ratio("days_absent", days_absent, "scheduled_worker_days", scheduled_worker_days,
                    at_most=True, why="with nobody scheduled there is no absenteeism",
                    result="absenteeism_rate")


def turnover_rate(separations: Value, average_headcount: Value) -> float | pd.Series:
    """Share of the workforce that left during the period (not annualised).

    turnover = separations ÷ average_headcount (standard HR definition).
    """
    return _v.ratio("separations", separations, "average_headcount", average_headcount,
                    why="with no workers there is no turnover", result="turnover_rate")


# ---- Safety ------------------------------------------------------------------------------

def frequency_rate(injuries: Value, hours_worked: Value) -> float | pd.Series:
    """Injuries per 1,000,000 hours worked.

    frequency rate = injuries × 1,000,000 ÷ hours_worked
    (ILO 16th ICLS (1998); DOLE's AEDR counts disabling injuries on the same base.)
    """
    return _v.ratio("injuries", injuries, "hours_worked", hours_worked, scale=1_000_000,
                    why=_NO_HOURS, result="frequency_rate")


def ltifr(lost_time_injuries: Value, hours_worked: Value) -> float | pd.Series:
    """Lost-time injury frequency rate: injuries per 1,000,000 hours worked.

    LTIFR = lost_time_injuries × 1,000,000 ÷ hours_worked
    (ILO 16th ICLS (1998) frequency rate; the same base as DOLE's annual AEDR form.)
    """
    _v.checked(lost_time_injuries=lost_time_injuries)
    return frequency_rate(lost_time_injuries, hours_worked)


def severity_rate(days_lost: Value, hours_worked: Value) -> float | pd.Series:
    """Days lost or charged for injuries per 1,000,000 hours worked.

    severity rate = days_lost × 1,000,000 ÷ hours_worked (DOLE Annual Exposure Data Report,
    form DOLE/BWC/HSD-IP-6b). DOLE counts days lost *or charged*: a death or a permanent
    total disability is charged 6,000 days and a permanent partial disability the days of
    the schedule (OSH Standards Rule 1050, after ANSI Z16.1), so pass the total of days lost
    and days charged; `score_helpers.safety.aedr_rates` adds the charges from the case list.
    """
    return _v.ratio("days_lost", days_lost, "hours_worked", hours_worked, scale=1_000_000,
                    why=_NO_HOURS, result="severity_rate")


def incidence_rate(cases: Value, hours_worked: Value, base: float = 200_000) -> float | pd.Series:
    """Recordable cases per 100 full-time workers a year (OSHA incidence rate, TRIR).

    incidence rate = cases × base ÷ hours_worked, base = 200,000 hours
    = 100 full-time workers × 40 hours × 50 weeks (OSHA convention; the ILO uses 1,000,000).
    """
    scale = _v.number("base", base)
    _v.positive("base", scale, "the base sets the hours the rate is quoted per")
    return _v.ratio("cases", cases, "hours_worked", hours_worked, scale=scale,
                    why=_NO_HOURS, result="incidence_rate")


# ---- How to show each KPI column ------------------------------------------------------------

@dataclass(frozen=True)
class KpiInfo:
    """How to show a KPI column: its label, QCDMS pillar, unit and which way is good."""

    label: str
    pillar: str  # Q, C, D, M or S (PILLARS)
    unit: str
    higher_is_better: bool


PILLARS = {"Q": "Quality", "C": "Cost", "D": "Delivery", "M": "Morale", "S": "Safety"}

# The KPI columns of qcdms_summary, in order. OEE and labour productivity sit under Cost:
# more good output from the same time and people is what lowers the cost of a piece.
KPI_COLUMNS: dict[str, KpiInfo] = {
    "defect_rate": KpiInfo("Defect rate", "Q", "fraction", False),
    "first_pass_yield": KpiInfo("First-pass yield", "Q", "fraction", True),
    "cost_per_unit": KpiInfo("Cost per good unit", "C", "PHP per unit", False),
    "on_time_delivery": KpiInfo("On-time delivery", "D", "fraction", True),
    "availability": KpiInfo("OEE availability", "C", "fraction", True),
    "performance": KpiInfo("OEE performance", "C", "fraction", True),
    "quality": KpiInfo("OEE quality", "C", "fraction", True),
    "oee": KpiInfo("OEE", "C", "fraction", True),
    "absenteeism_rate": KpiInfo("Absenteeism rate", "M", "fraction", False),
    "turnover_rate": KpiInfo("Turnover rate (period)", "M", "fraction", False),
    "labour_productivity": KpiInfo("Labour productivity", "C", "good units per hour", True),
    "frequency_rate": KpiInfo("Lost-time injury frequency", "S", "per 1,000,000 hours", False),
    "severity_rate": KpiInfo("Severity rate", "S", "days lost per 1,000,000 hours", False),
    "incidence_rate": KpiInfo("Incidence rate (TRIR)", "S", "per 200,000 hours", False),
}
# Only present when qcdms_summary gets opportunities_per_unit; it then comes last.
OPTIONAL_KPI_COLUMNS: dict[str, KpiInfo] = {
    "dpmo": KpiInfo("Defects per million opportunities", "Q", "per 1,000,000", False),
}
