"""Which KPIs a file's columns allow, and which columns would add the one a pillar lacks.

    from score_helpers.kpi import availability
    availability.available_kpis(df)                 # ['defect_rate', 'productivity_vs_target', …]
    availability.best_per_pillar(df)                # {'Q': 'defect_rate', 'C': None, …}
    availability.enabling_columns("C", df)          # ('units_produced', 'units_scrapped', …)

A factory's own daily file rarely has every column of the practice data. KPI_INPUTS says,
for each KPI column of kpi.qcdms_summary, the alternative sets of daily columns it can be
computed from (besides `date` and the group columns); the first set that is complete is
the one the summary uses. `columns` may be column names or a DataFrame; a DataFrame column
with no value at all counts as absent, as in the summary. No words for people here: the
dashboard says these things in its own language.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

import pandas as pd

from score_helpers.kpi.formulas import PILLARS

_OEE = ("planned_minutes", "downtime_minutes", "ideal_cycle_time_min", "units_produced",
        "defects")
_COSTS = ("material_cost_php", "labour_cost_php", "overhead_cost_php")

# Alternatives in order of preference (the summary takes the first complete one):
# worked time from hours_worked before headcount × planned_minutes, the idle workers
# counted before assuming the whole line stood idle, pieces against planned pieces before
# the productivity figures. dpmo is not listed: it also needs the opportunities per unit,
# an argument of qcdms_summary rather than a column.
KPI_INPUTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "defect_rate": (("units_produced", "defects"),),
    "first_pass_yield": (("units_produced", "units_reworked", "units_scrapped"),),
    "cost_per_unit": (("units_produced", "units_scrapped", *_COSTS),),
    "on_time_delivery": (("orders_due", "orders_on_time"),),
    "availability": (("planned_minutes", "downtime_minutes"),),
    "performance": (("planned_minutes", "downtime_minutes", "ideal_cycle_time_min",
                     "units_produced"),),
    "quality": (("units_produced", "defects"),),
    "oee": (_OEE,),
    "absenteeism_rate": (("scheduled_worker_days", "days_absent"),),
    "turnover_rate": (("headcount", "separations"),),
    "labour_productivity": (("units_produced", "units_scrapped", "hours_worked"),),
    "frequency_rate": (("hours_worked", "lost_time_injuries"),),
    "severity_rate": (("hours_worked", "days_lost"),),
    "incidence_rate": (("hours_worked", "incidents"),),
    "sewing_efficiency": (("units_produced", "smv", "hours_worked"),
                          ("units_produced", "smv", "headcount", "planned_minutes")),
    "productivity_vs_target": (("units_produced", "target_units"),
                               ("actual_productivity", "target_productivity")),
    "overtime_per_worker": (("headcount", "overtime_hours"),
                            ("headcount", "overtime_minutes")),
    "idle_time_share": (("idle_minutes", "idle_workers", "hours_worked"),
                        ("idle_minutes", "headcount", "hours_worked"),
                        ("idle_minutes", "idle_workers", "headcount", "planned_minutes"),
                        ("idle_minutes", "headcount", "planned_minutes")),
    "line_balance_efficiency": (("smv", "headcount", "bottleneck_minutes"),),
}

# Per QCDMS pillar, the KPIs to show in order of preference. SCORE counts productivity
# under Cost (more output from the same paid time is what lowers the cost of a piece) and
# meeting the plan under Delivery. Idle time and line balance are productivity losses, so
# they follow under Cost, after the broader measures. Overtime per worker sits under
# Morale: long hours day after day wear people out before they show in the cost. The OEE
# parts (availability, performance, quality) are left out: OEE itself stands for them.
PILLAR_CHOICES: dict[str, tuple[str, ...]] = {
    "Q": ("defect_rate", "first_pass_yield"),
    "C": ("cost_per_unit", "sewing_efficiency", "labour_productivity", "oee",
          "idle_time_share", "line_balance_efficiency"),
    "D": ("on_time_delivery", "productivity_vs_target"),
    "M": ("absenteeism_rate", "turnover_rate", "overtime_per_worker"),
    "S": ("frequency_rate", "incidence_rate", "severity_rate"),
}


def present_columns(columns: Iterable[str] | pd.DataFrame) -> set[str]:
    """The column names that count as present: all names given, or a DataFrame's columns
    that hold at least one value (every column of a frame with no rows)."""
    if isinstance(columns, pd.DataFrame):
        if columns.empty:
            return {str(c) for c in columns.columns}
        return {str(c) for c in columns.columns[columns.notna().any().to_numpy()]}
    if isinstance(columns, str):
        raise TypeError("columns must be a list of column names or a DataFrame, not one "
                        f"string ({columns!r}); write [{columns!r}].")
    return {str(c) for c in columns}


def chosen_inputs(kpi_name: str,
                  columns: Iterable[str] | pd.DataFrame) -> tuple[str, ...] | None:
    """The first complete set of KPI_INPUTS[kpi_name] in `columns` (the one the summary
    uses), or None when the KPI cannot be computed."""
    have = present_columns(columns)
    return next((inputs for inputs in _inputs(kpi_name) if set(inputs) <= have), None)


def available_kpis(columns: Iterable[str] | pd.DataFrame) -> list[str]:
    """The KPIs of KPI_INPUTS that these columns allow, in KPI_INPUTS order."""
    have = present_columns(columns)
    return [name for name, options in KPI_INPUTS.items()
            if any(set(inputs) <= have for inputs in options)]


def missing_for(kpi_name: str, columns: Iterable[str] | pd.DataFrame) -> tuple[str, ...]:
    """The fewest columns to add so that `kpi_name` can be computed; () when it already
    can. Of two equally short sets, the one KPI_INPUTS prefers."""
    have = present_columns(columns)
    gaps = [tuple(c for c in inputs if c not in have) for inputs in _inputs(kpi_name)]
    return min(gaps, key=len)


def best_per_pillar(columns: Iterable[str] | pd.DataFrame) -> dict[str, str | None]:
    """Per pillar (Q, C, D, M, S) the first KPI of PILLAR_CHOICES these columns allow, or
    None when they allow none of them."""
    possible = set(available_kpis(columns))
    return {pillar: next((k for k in choices if k in possible), None)
            for pillar, choices in PILLAR_CHOICES.items()}


def enabling_columns(pillar: str, columns: Iterable[str] | pd.DataFrame) -> tuple[str, ...]:
    """The fewest columns to add so that one of the pillar's KPIs (PILLAR_CHOICES) can be
    computed; () when one already can. Of two equally short sets, the one for the KPI the
    pillar prefers. `pillar` is a letter of kpi.PILLARS or its name."""
    text = str(pillar).strip()
    key = next((k for k, name in PILLARS.items()
                if text.upper() == k or text.lower() == name.lower()), None)
    if key is None:
        raise ValueError(f"pillar must be one of {', '.join(PILLARS)} (or its name: "
                         f"{', '.join(PILLARS.values())}), not {pillar!r}.")
    gaps = [missing_for(kpi_name, columns) for kpi_name in PILLAR_CHOICES[key]]
    return min(gaps, key=len)


def _inputs(kpi_name: str) -> tuple[tuple[str, ...], ...]:
    """KPI_INPUTS[kpi_name], or a ValueError naming the KPI and the nearest known name."""
    options = KPI_INPUTS.get(kpi_name)
    if options is None:
        close = difflib.get_close_matches(str(kpi_name), KPI_INPUTS, n=1)
        hint = f" Did you mean '{close[0]}'?" if close else ""
        raise ValueError(f"kpi_name '{kpi_name}' is not a KPI computed from daily columns."
                         f"{hint} Use one of: {', '.join(KPI_INPUTS)}.")
    return options
