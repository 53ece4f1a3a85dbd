"""Real-time KPI tracking: the QCDMS formulas, their targets and the KPI charts.

    from score_helpers import data, kpi
    weekly = kpi.qcdms_summary(data.load("garments_daily"), by="line", period="W")
    kpi.defect_rate(12, 480)                        # 0.025

Inside:
- `formulas`      every QCDMS KPI formula with its source, and how to show each KPI column;
- `productivity`  the productivity KPIs of factories' own files (SMV efficiency, output vs
                  target, overtime, idle time, line balance);
- `summary`       `qcdms_summary`: every KPI per group and period, from whatever columns a
                  file has (all three re-exported here);
- `availability`  which KPIs a file's columns allow, the best per pillar, what to add;
- `grievances`    the grievance escalation path and the Morale pillar's second KPI:
                  acknowledgement (response) time, resolution rate, open backlog;
- `suggestions`   the suggestion scheme, Morale too: participation, answered within N days,
                  implementation rate, and a factory's own suggestion box log;
- `logs`          the checks both read a factory's log with (its type, its columns);
- `targets`       targets, traffic lights and the KPI names and units;
- `axes`          how a KPI is written on a chart axis (%, ₱, plain numbers);
- `charts`        module 01's charts (trend, QCDMS panel, Pareto, heatmap, weekly changes),
                  with the control chart from `control_chart`.
This package uses data and the shared plot style; it knows no model, widget or exercise.
"""

from score_helpers.kpi.formulas import (
    KPI_COLUMNS,
    OEE,
    OPTIONAL_KPI_COLUMNS,
    PILLARS,
    KpiInfo,
    absenteeism_rate,
    cost_per_unit,
    defect_rate,
    dpmo,
    first_pass_yield,
    frequency_rate,
    incidence_rate,
    labour_productivity,
    ltifr,
    oee,
    on_time_delivery,
    severity_rate,
    turnover_rate,
)
from score_helpers.kpi.grievances import (
    ESCALATION_PATH,
    ESCALATION_STEPS,
    acknowledged_within,
    acknowledgement_days,
    days_waiting,
    median_acknowledgement_days,
    next_escalation_step,
    open_backlog,
    resolution_rate,
)
from score_helpers.kpi.productivity import (
    PRODUCTIVITY_KPI_COLUMNS,
    idle_time_share,
    line_balance_efficiency,
    overtime_per_worker,
    productivity_vs_target,
    sewing_efficiency,
)
from score_helpers.kpi.suggestions import (
    average_workers,
    load_suggestion_log,
    suggestion_implementation_rate,
    suggestion_participation,
    suggestions_answered_within,
)
from score_helpers.kpi.summary import ALL_KPI_COLUMNS, qcdms_summary

__all__ = ["ALL_KPI_COLUMNS", "ESCALATION_PATH", "ESCALATION_STEPS", "KPI_COLUMNS", "OEE",
           "OPTIONAL_KPI_COLUMNS", "PILLARS", "PRODUCTIVITY_KPI_COLUMNS", "KpiInfo",
           "absenteeism_rate", "acknowledged_within", "acknowledgement_days", "average_workers",
           "cost_per_unit", "days_waiting", "defect_rate", "dpmo", "first_pass_yield",
           "frequency_rate", "idle_time_share", "incidence_rate", "labour_productivity",
           "line_balance_efficiency", "load_suggestion_log", "ltifr",
           "median_acknowledgement_days", "next_escalation_step", "oee", "on_time_delivery",
           "open_backlog", "overtime_per_worker", "productivity_vs_target", "qcdms_summary",
           "resolution_rate", "severity_rate", "sewing_efficiency",
           "suggestion_implementation_rate", "suggestion_participation",
           "suggestions_answered_within", "turnover_rate"]
