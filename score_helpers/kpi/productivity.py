"""Productivity KPIs that factories' own daily files carry: efficiency against the standard
minute value (SMV), output against the plan, overtime, idle time and line balance.

Same rules as kpi.formulas: numbers or pandas Series (aligned by index, and a number and a
Series mix); a fraction comes back as a fraction (0.62, not 62 %); a number gives a float
and a bad number (text, negative, a zero denominator) raises an error naming the argument;
a Series gives a Series with NaN (never inf) where its denominator is 0, and NaN in gives
NaN out. kpi.qcdms_summary adds these KPIs (PRODUCTIVITY_KPI_COLUMNS) when a file has
their columns (kpi.availability.KPI_INPUTS).

Sources: G. Kanawaty (ed.), Introduction to Work Study, 4th (revised) ed., ILO, Geneva,
1992 (ISBN 92-2-107108-1), called "ILO Work Study" below; M. P. Groover, Automation,
Production Systems, and Computer-Integrated Manufacturing (chapter on manual assembly
lines), called "Groover" below.
"""

from __future__ import annotations

import pandas as pd

from score_helpers.data import frame_checks as _v
from score_helpers.data.frame_checks import Value
from score_helpers.kpi.formulas import KpiInfo

_NO_MINUTES = "with no minutes worked there is no efficiency"


def _renamed(out: float | pd.Series, result: str) -> float | pd.Series:
    return out.rename(result) if isinstance(out, pd.Series) else out


def sewing_efficiency(units_produced: Value, smv: Value,
                      worker_minutes: Value) -> float | pd.Series:
    """Earned minutes ÷ worked minutes: the garment industry's "line efficiency".

    efficiency = units_produced × smv ÷ worker_minutes
               = Σ(units × SMV) ÷ (operators × minutes worked)
    The standard minute value (SMV, also SAM) is the standard time of one piece, set by
    time study or predetermined times; pieces × SMV are the standard minutes the line
    earned, against the minutes its people were paid to work (ILO Work Study, Part Three
    "Work measurement": standard time and the use of time standards). 1.0 means the line
    worked exactly at standard pace with no loss. A value above 1 is possible (a loose
    SMV, or pieces not counted against their own SMV) and is not capped.
    """
    units, minutes_per_piece, worked = _v.checked(units_produced=units_produced, smv=smv,
                                                  worker_minutes=worker_minutes)
    if not isinstance(worked, pd.Series):
        _v.positive("worker_minutes", worked, _NO_MINUTES)
    return _renamed(_v.divide(units * minutes_per_piece, worked), "sewing_efficiency")


def productivity_vs_target(actual: Value, target: Value) -> float | pd.Series:
    """How much of the plan was made: 1.0 = on target, 0.9 = 10 % short, 1.05 = 5 % over.

    productivity vs target = actual ÷ target, with both on the same basis: pieces made ÷
    pieces planned, or the productivity reached ÷ the productivity planned. This is plan
    (schedule) attainment; the target is the factory's own plan, so no outside standard
    sets its level. SCORE counts meeting the plan under Delivery.
    """
    return _v.ratio("actual", actual, "target", target,
                    why="with no target there is nothing to compare against",
                    result="productivity_vs_target")


def overtime_per_worker(overtime_hours: Value, worker_days: Value) -> float | pd.Series:
    """Overtime hours per worker per day worked.

    overtime per worker = overtime_hours ÷ worker_days (worker-days = Σ daily headcount);
    a file that keeps minutes gives overtime_hours = overtime_minutes ÷ 60.
    Normal hours are 8 a day (Labor Code of the Philippines, Art. 83; ILO Hours of Work
    (Industry) Convention, 1919 (No. 1)); work beyond them is overtime with a premium
    (Labor Code Art. 87). Long overtime day after day wears people out: a Morale KPI.
    """
    return _v.ratio("overtime_hours", overtime_hours, "worker_days", worker_days,
                    why="with no workers there is no overtime per worker",
                    result="overtime_per_worker")


def idle_time_share(idle_worker_minutes: Value, worker_minutes: Value) -> float | pd.Series:
    """Share of the worked minutes lost to idleness (no work, machine stop, waiting).

    idle time share = idle_worker_minutes ÷ worker_minutes, where idle worker-minutes =
    idle_minutes × idle_workers (in qcdms_summary: × headcount when the file does not say
    how many were idle, since idle_minutes is time the line stood idle). Idle time is
    "ineffective time" in ILO Work Study (Part One: time lost through shortcomings of
    management or of the worker). Idle minutes cannot exceed worked minutes.
    """
    return _v.ratio("idle_worker_minutes", idle_worker_minutes, "worker_minutes",
                    worker_minutes, at_most=True, why=_NO_MINUTES, result="idle_time_share")


def line_balance_efficiency(smv: Value, operators: Value,
                            bottleneck_minutes: Value) -> float | pd.Series:
    """How evenly the work of one piece is spread over the line's stations.

    line balance efficiency = smv ÷ (operators × bottleneck_minutes)
    = total work content ÷ (stations × the slowest station's cycle time): the balance
    efficiency of Groover (Eb = Twc ÷ (w × Ts)) and ILO Work Study's line balancing. The
    line makes one piece per bottleneck cycle, so every operator is paid for
    bottleneck_minutes per piece while the piece needs only smv minutes of work; the rest
    is waiting built into the layout (balance delay = 1 − efficiency). A value above 1
    means the SMV, the operators or the bottleneck time do not fit together.
    """
    work, people, slowest = _v.checked(smv=smv, operators=operators,
                                       bottleneck_minutes=bottleneck_minutes)
    for name, value in (("operators", people), ("bottleneck_minutes", slowest)):
        if not isinstance(value, pd.Series):
            _v.positive(name, value, "with no stations or no cycle time there is no balance")
    return _renamed(_v.divide(work, people * slowest), "line_balance_efficiency")


# The productivity KPI columns of qcdms_summary, in order (after KPI_COLUMNS). Efficiency,
# idle time and line balance sit under Cost with labour productivity and OEE (more output
# from the same paid minutes); meeting the plan under Delivery; overtime under Morale.
PRODUCTIVITY_KPI_COLUMNS: dict[str, KpiInfo] = {
    "sewing_efficiency": KpiInfo("Line efficiency (SMV)", "C", "fraction", True),
    "productivity_vs_target": KpiInfo("Output vs target", "D", "fraction", True),
    "overtime_per_worker": KpiInfo("Overtime per worker", "M", "hours per worker-day",
                                   False),
    "idle_time_share": KpiInfo("Idle time share", "C", "fraction", False),
    "line_balance_efficiency": KpiInfo("Line balance efficiency", "C", "fraction", True),
}
