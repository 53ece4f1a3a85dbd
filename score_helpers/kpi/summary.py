"""The QCDMS table: every KPI per group and period, from whatever daily columns a file has.

    from score_helpers import data, kpi
    weekly = kpi.qcdms_summary(data.load("garments_daily"), by="line", period="W")
    mine = kpi.qcdms_summary(own_file, by=["line", "department"], period="M")

Counts are summed per group and period first, and each KPI is a ratio of those sums. A
KPI whose columns the file lacks is NaN (kpi.availability says which columns each needs).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from score_helpers.data import frame_checks as _v
from score_helpers.kpi import productivity as _p
from score_helpers.kpi.availability import available_kpis, present_columns
from score_helpers.kpi.formulas import (
    KPI_COLUMNS,
    OPTIONAL_KPI_COLUMNS,
    KpiInfo,
    absenteeism_rate,
    cost_per_unit,
    defect_rate,
    dpmo,
    first_pass_yield,
    frequency_rate,
    incidence_rate,
    labour_productivity,
    oee,
    on_time_delivery,
    severity_rate,
    turnover_rate,
)
from score_helpers.kpi.productivity import PRODUCTIVITY_KPI_COLUMNS

# Every KPI column qcdms_summary can return, in the order it returns them.
ALL_KPI_COLUMNS: dict[str, KpiInfo] = {**KPI_COLUMNS, **PRODUCTIVITY_KPI_COLUMNS,
                                       **OPTIONAL_KPI_COLUMNS}

_SUMMED = ("units_produced", "defects", "units_reworked", "units_scrapped", "planned_minutes",
           "downtime_minutes", "orders_due", "orders_on_time", "material_cost_php",
           "labour_cost_php", "overhead_cost_php", "headcount", "scheduled_worker_days",
           "days_absent", "separations", "hours_worked", "incidents", "lost_time_injuries",
           "days_lost")
_PRODUCTIVITY_INPUTS = ("smv", "target_units", "target_productivity", "actual_productivity",
                        "overtime_minutes", "overtime_hours", "idle_minutes", "idle_workers",
                        "bottleneck_minutes")
_NUMERIC = (*_SUMMED, "ideal_cycle_time_min", *_PRODUCTIVITY_INPUTS)
# Sums shown with the productivity KPIs (see _row_measures).
_PRODUCTIVITY_SUMS = ("earned_minutes", "worker_minutes", "overtime_hours",
                      "idle_worker_minutes")


def qcdms_summary(df: pd.DataFrame, by: str | Sequence[str] = ("factory", "line"),
                  period: str | None = "W", opportunities_per_unit: float | None = None,
                  productivity: bool | None = None) -> pd.DataFrame:
    """Every QCDMS KPI per group and period, from a daily frame (schema.DAILY_OWN_FILE).

    `by` is a column or columns to group on (may be empty; a dimension such as
    'department', 'shift' or 'product' too); `period` is 'D', 'W', 'M'/'ME', 'Q' or 'Y'
    (weeks start on Monday), or None for the whole range. Only `date` and the `by`
    columns are required. The result has the group columns, `period_start` (unless period
    is None), the summed counts, the KPI columns of KPI_COLUMNS, then the productivity
    KPIs of kpi.productivity (PRODUCTIVITY_KPI_COLUMNS, after the sums they use) when
    `productivity` is True, or (None, the default) when the frame has the columns of at
    least one of them, and last `dpmo` when opportunities_per_unit is given.

    Absent columns: every KPI column listed above is always there, and it is NaN when
    its input columns are absent (kpi.availability.KPI_INPUTS), as are the sums of absent
    count columns, so the shape depends only on the arguments and on whether the file
    has productivity columns. A column with no value at all counts as absent.

    Counts are summed first and each KPI is a ratio of the sums: defect rate for a week =
    Σ defects ÷ Σ units_produced. The mean of daily ratios would weigh a 50-piece day the
    same as a 5,000-piece day, so it misstates the week (and a day with no production has
    no ratio at all). Definitions, per group and period:
    - good units = units_produced − units_scrapped (cost per unit, labour productivity);
    - first-pass good = units_produced − defects (OEE quality);
      first-pass yield uses units_reworked + units_scrapped;
    - total cost = material + labour + overhead (PHP; NaN if one is absent);
    - OEE performance uses Σ(ideal_cycle_time_min × units_produced), since products differ;
    - average headcount = mean over the days of the group's total daily headcount, and
      turnover is for the period, not annualised;
    - frequency rate counts lost-time injuries (DOLE AEDR, ILO), severity rate days lost,
      incidence rate all recordable incidents (OSHA 200,000 hours); all use Σ hours_worked;
    - worker minutes = Σ hours_worked × 60; without hours_worked, Σ(headcount ×
      planned_minutes) + the overtime minutes when the file has overtime;
    - efficiency = Σ(units_produced × smv) ÷ worker minutes;
    - output vs target = Σ units_produced ÷ Σ target_units; without those, the mean
      actual_productivity ÷ the mean target_productivity, both weighted by headcount
      (each row once without headcount);
    - overtime per worker = Σ overtime hours (overtime_hours, else overtime_minutes ÷ 60)
      ÷ Σ headcount (worker-days);
    - idle time share = Σ(idle_minutes × idle_workers) ÷ worker minutes; without
      idle_workers the whole line is taken as idle (idle_minutes × headcount);
    - line balance efficiency = Σ smv ÷ Σ(headcount × bottleneck_minutes), each row (a
      line and day, or a department of it) counted once.
    A group with a zero denominator gets NaN for that KPI. Missing (in a column that has
    values), negative or text values in the number columns raise an error naming the
    column and the first row.
    """
    keys = [by] if isinstance(by, str) else list(by)
    _v.require_columns(df, [*keys, "date"])
    have = present_columns(df)
    numeric = [c for c in _NUMERIC if c in have]
    _v.require_clean_numbers(df, numeric)
    summed = [c for c in _SUMMED if c in have]
    measures = _row_measures(df, have)
    work = pd.concat([df[keys], df[summed], measures], axis=1)
    work["_date"] = _v.as_dates(df["date"])
    group = list(keys)
    if period is not None:
        work["period_start"] = _v.period_start(work["_date"], period)
        group.append("period_start")
    if not group:
        work["_all"] = 0
        group = ["_all"]
    grouped = work.groupby(group, sort=True, dropna=False, observed=True)
    sums = grouped[[*summed, *measures.columns]].sum()
    days = grouped["_date"].nunique()

    def t(name: str) -> pd.Series:
        """The group sums of one column, NaN throughout when the frame lacks it."""
        return sums[name] if name in sums else pd.Series(np.nan, index=sums.index, name=name)

    good_units = t("units_produced") - t("units_scrapped")
    total_cost = t("material_cost_php") + t("labour_cost_php") + t("overhead_cost_php")
    average_headcount = _v.divide(t("headcount"), days)
    ideal_cycle = _v.divide(t("ideal_minutes"), t("units_produced"))
    if "ideal_minutes" in sums:  # a group that made nothing had no ideal time to lose
        ideal_cycle = ideal_cycle.fillna(0.0)
    shown = [c for c in _SUMMED if c != "headcount" and not c.endswith("_php")]
    out = pd.DataFrame({c: t(c) for c in shown}, index=sums.index).assign(
        working_days=days, good_units=good_units, total_cost_php=total_cost,
        average_headcount=average_headcount)
    with_productivity = productivity if productivity is not None else any(
        name in PRODUCTIVITY_KPI_COLUMNS for name in available_kpis(have))
    if with_productivity:
        for name in _PRODUCTIVITY_SUMS:
            out[name] = t(name)
    out["defect_rate"] = defect_rate(t("defects"), t("units_produced"))
    out["first_pass_yield"] = first_pass_yield(
        t("units_produced"), t("units_reworked") + t("units_scrapped"))
    out["cost_per_unit"] = cost_per_unit(total_cost, good_units)
    out["on_time_delivery"] = on_time_delivery(t("orders_on_time"), t("orders_due"))
    parts = oee(t("planned_minutes"), t("downtime_minutes"), ideal_cycle, t("units_produced"),
                t("units_produced") - t("defects"))
    out[list(parts.columns)] = parts
    out["absenteeism_rate"] = absenteeism_rate(t("days_absent"), t("scheduled_worker_days"))
    out["turnover_rate"] = turnover_rate(t("separations"), average_headcount)
    out["labour_productivity"] = labour_productivity(good_units, t("hours_worked"))
    out["frequency_rate"] = frequency_rate(t("lost_time_injuries"), t("hours_worked"))
    out["severity_rate"] = severity_rate(t("days_lost"), t("hours_worked"))
    out["incidence_rate"] = incidence_rate(t("incidents"), t("hours_worked"))
    if with_productivity:
        # The sums are already Σ(units × SMV) and Σ(headcount × bottleneck), so the
        # per-piece factor of each formula is 1.
        out["sewing_efficiency"] = _p.sewing_efficiency(t("earned_minutes"), 1.0,
                                                        t("worker_minutes"))
        out["productivity_vs_target"] = _p.productivity_vs_target(t("plan_actual"),
                                                                  t("plan_target"))
        out["overtime_per_worker"] = _p.overtime_per_worker(t("overtime_hours"),
                                                            t("headcount"))
        out["idle_time_share"] = _p.idle_time_share(t("idle_worker_minutes"),
                                                    t("worker_minutes"))
        out["line_balance_efficiency"] = _p.line_balance_efficiency(
            t("balance_smv"), t("balance_paced_minutes"), 1.0)
    if opportunities_per_unit is not None:
        out["dpmo"] = dpmo(t("defects"), t("units_produced"), opportunities_per_unit)
    out = out.reset_index()
    return out.drop(columns="_all") if "_all" in out.columns else out


def _row_measures(df: pd.DataFrame, have: set[str]) -> pd.DataFrame:
    """Per row, the products the KPIs sum (ideal minutes, earned minutes, worker minutes,
    overtime hours, idle worker-minutes, plan actual and target, line balance), each only
    when its columns are present (the first complete choice of availability.KPI_INPUTS)."""
    def col(name: str) -> pd.Series:
        return df[name].astype("float64")

    def has(*names: str) -> bool:
        return set(names) <= have

    rows: dict[str, pd.Series] = {}
    if has("ideal_cycle_time_min", "units_produced"):
        rows["ideal_minutes"] = col("ideal_cycle_time_min") * col("units_produced")
    if has("units_produced", "smv"):
        rows["earned_minutes"] = col("units_produced") * col("smv")
    if has("overtime_hours"):
        rows["overtime_hours"] = col("overtime_hours")
    elif has("overtime_minutes"):
        rows["overtime_hours"] = col("overtime_minutes") / 60
    if has("hours_worked"):
        rows["worker_minutes"] = col("hours_worked") * 60
    elif has("headcount", "planned_minutes"):
        overtime = rows["overtime_hours"] * 60 if "overtime_hours" in rows else 0.0
        rows["worker_minutes"] = col("headcount") * col("planned_minutes") + overtime
    if has("idle_minutes", "idle_workers"):
        rows["idle_worker_minutes"] = col("idle_minutes") * col("idle_workers")
    elif has("idle_minutes", "headcount"):
        rows["idle_worker_minutes"] = col("idle_minutes") * col("headcount")
    if has("units_produced", "target_units"):
        rows["plan_actual"], rows["plan_target"] = col("units_produced"), col("target_units")
    elif has("actual_productivity", "target_productivity"):
        weight = col("headcount") if has("headcount") else 1.0
        rows["plan_actual"] = weight * col("actual_productivity")
        rows["plan_target"] = weight * col("target_productivity")
    if has("smv", "headcount", "bottleneck_minutes"):
        rows["balance_smv"] = col("smv")
        rows["balance_paced_minutes"] = col("headcount") * col("bottleneck_minutes")
    return pd.DataFrame(rows, index=df.index)
