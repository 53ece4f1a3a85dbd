"""Real-time KPI tracking: the QCDMS formulas, their targets and the KPI charts.

    from score_helpers import data, kpi
    weekly = kpi.qcdms_summary(data.load("garments_daily"), by="line", period="W")
    kpi.defect_rate(12, 480)                        # 0.025

Inside:
- `formulas`  every KPI formula with its source (re-exported here) and `qcdms_summary`;
- `targets`   targets, traffic lights and the KPI names and units;
- `axes`      how a KPI is written on a chart axis (%, ₱, plain numbers);
- `charts`    module 01's charts (trend, QCDMS panel, Pareto, heatmap, weekly changes).
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
    qcdms_summary,
    severity_rate,
    turnover_rate,
)

__all__ = ["KPI_COLUMNS", "OEE", "OPTIONAL_KPI_COLUMNS", "PILLARS", "KpiInfo",
           "absenteeism_rate", "cost_per_unit", "defect_rate", "dpmo", "first_pass_yield",
           "frequency_rate", "incidence_rate", "labour_productivity", "ltifr", "oee",
           "on_time_delivery", "qcdms_summary", "severity_rate", "turnover_rate"]
