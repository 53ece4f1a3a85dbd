"""The columns of every bundled dataset: one definition shared by the generator, the
loader, the KPI library and the data dictionary (datasets/README.md).

A column is described once here with its type, unit and meaning. `datasets/README.md`
shows the same tables; a test keeps the two in sync.
"""

from __future__ import annotations

from dataclasses import dataclass

# Column kinds understood by the loader.
DATE = "date"            # calendar date, stored as ISO yyyy-mm-dd
TIMESTAMP = "timestamp"  # date and time, stored as ISO yyyy-mm-dd HH:MM
TEXT = "text"            # free or categorical text
COUNT = "count"          # whole number >= 0
AMOUNT = "amount"        # decimal number >= 0 (money, minutes, hours, sensor values)


@dataclass(frozen=True)
class Column:
    """One column of a dataset: its name, kind, unit and plain-language meaning."""

    name: str
    kind: str
    unit: str
    meaning: str
    required: bool = True

    @property
    def type_label(self) -> str:
        """The type as the data dictionary shows it."""
        return {DATE: "date", TIMESTAMP: "datetime", TEXT: "text",
                COUNT: "int ≥ 0", AMOUNT: "float ≥ 0"}[self.kind]


def _c(name: str, kind: str, unit: str, meaning: str, required: bool = True) -> Column:
    return Column(name, kind, unit, meaning, required)


# Daily production per line: the QCDMS raw counts. One row per factory, line and
# working day. Keys: (factory, line, date).
DAILY_PRODUCTION: tuple[Column, ...] = (
    _c("date", DATE, "—", "the working day the row describes"),
    _c("factory", TEXT, "—", "factory profile: garments, food or electronics"),
    _c("line", TEXT, "—", "production line name, e.g. 'Line A'"),
    _c("product", TEXT, "—", "main product made on the line that day"),
    # Quality
    _c("units_produced", COUNT, "pieces",
       "all pieces finished on the line that day, good or defective"),
    _c("defects", COUNT, "pieces", "pieces that failed inspection the first time"),
    _c("units_reworked", COUNT, "pieces", "defective pieces repaired and passed"),
    _c("units_scrapped", COUNT, "pieces", "defective pieces thrown away"),
    # Delivery and OEE
    _c("planned_minutes", AMOUNT, "minutes", "planned production time: shift minus planned breaks"),
    _c("downtime_minutes", AMOUNT, "minutes",
       "unplanned stops within the planned time (breakdowns, waiting for material)"),
    _c("ideal_cycle_time_min", AMOUNT, "minutes per piece",
       "fastest realistic time to make one piece on the line"),
    _c("orders_due", COUNT, "orders", "customer orders (or shipments) due that day"),
    _c("orders_on_time", COUNT, "orders", "of the orders due, those shipped complete and on time"),
    # Cost
    _c("material_cost_php", AMOUNT, "PHP", "cost of materials used that day"),
    _c("labour_cost_php", AMOUNT, "PHP", "wages and overtime for the line that day"),
    _c("overhead_cost_php", AMOUNT, "PHP", "share of power, rent and supervision for the day"),
    # Morale
    _c("headcount", COUNT, "workers", "workers assigned to the line that day"),
    _c("scheduled_worker_days", COUNT, "worker-days", "workers scheduled to work that day"),
    _c("days_absent", COUNT, "worker-days", "scheduled workers absent without prior leave"),
    _c("separations", COUNT, "workers", "workers who left the company that day"),
    # Safety
    _c("hours_worked", AMOUNT, "hours", "hours actually worked by everyone on the line"),
    _c("incidents", COUNT, "cases", "recordable injuries or illnesses (with or without lost time)"),
    _c("near_misses", COUNT, "reports", "near-miss reports: nobody hurt, but it could have been"),
    _c("lost_time_injuries", COUNT, "cases",
       "injuries that kept the worker away for at least one full day"),
    _c("days_lost", COUNT, "days",
       "calendar days lost to lost-time injuries that started that day"),
)

DAILY_KEY = ("factory", "line", "date")

# Columns a factory's own daily file often has beside the practice data's: what tells
# several rows of one line and day apart, and the productivity figures garment, food and
# electronics plants keep. All optional; `load_kpi_csv` reads them when present, and the
# KPIs that need them (kpi.productivity) appear only then.
DAILY_DIMENSIONS: tuple[str, ...] = ("department", "shift", "product")
DAILY_PRODUCTION_EXTRA: tuple[Column, ...] = (
    _c("department", TEXT, "—", "department or section, e.g. 'sewing', 'finishing', 'packing'",
       required=False),
    _c("shift", TEXT, "—", "shift, e.g. 'day', 'night', 'A'", required=False),
    _c("smv", AMOUNT, "minutes per piece",
       "standard minute value (SMV, also SAM): the standard time to make one piece",
       required=False),
    _c("target_units", COUNT, "pieces", "pieces planned for the line that day",
       required=False),
    _c("target_productivity", AMOUNT, "fraction",
       "planned productivity as a fraction (0.80 means 80 %)", required=False),
    _c("actual_productivity", AMOUNT, "fraction",
       "productivity reached, as a fraction, on the same basis as the target",
       required=False),
    _c("overtime_minutes", AMOUNT, "minutes",
       "overtime worked by everyone on the line that day, in minutes", required=False),
    _c("overtime_hours", AMOUNT, "hours",
       "overtime worked by everyone on the line that day, in hours", required=False),
    _c("idle_minutes", AMOUNT, "minutes",
       "minutes the line stood idle (no work, machine stop, waiting)", required=False),
    _c("idle_workers", COUNT, "workers", "workers who were idle during the idle time",
       required=False),
    _c("wip", COUNT, "pieces", "pieces waiting between operations (work in progress)",
       required=False),
    _c("style_changes", COUNT, "changes", "style or product changeovers on the line that day",
       required=False),
    _c("incentive_php", AMOUNT, "PHP", "production incentive paid to the line that day",
       required=False),
    _c("bottleneck_minutes", AMOUNT, "minutes per piece",
       "cycle time of the slowest operation (station) on the line", required=False),
)
# What a factory's own daily file may hold: the practice data's columns and the extras.
DAILY_OWN_FILE: tuple[Column, ...] = (*DAILY_PRODUCTION, *DAILY_PRODUCTION_EXTRA)

# Defects by cause, for Pareto charts: each daily row's defects split by what was wrong.
# One row per factory, line, working day and cause; a cause with no defects that day has
# no row. The causes of a day add up exactly to that day's `defects` in the daily file.
DEFECT_CAUSES: tuple[Column, ...] = (
    _c("date", DATE, "—", "the working day, as in the daily file"),
    _c("factory", TEXT, "—", "factory profile: garments, food or electronics"),
    _c("line", TEXT, "—", "production line name, e.g. 'Line A'"),
    _c("cause", TEXT, "—", "what was wrong with the piece, as the inspector wrote it"),
    _c("defects", COUNT, "pieces",
       "pieces that failed inspection the first time with this as the main cause"),
)

DEFECT_CAUSES_KEY = ("factory", "line", "date", "cause")

# Hourly machine sensor history for the predictive-maintenance lab.
MACHINE_SENSORS: tuple[Column, ...] = (
    _c("timestamp", TIMESTAMP, "—", "start of the hour the reading averages"),
    _c("machine_id", TEXT, "—", "machine tag, e.g. 'SEW-01'"),
    _c("machine_type", TEXT, "—", "sewing_machine, air_compressor or packaging_motor"),
    _c("factory", TEXT, "—", "factory profile the machine belongs to"),
    _c("vibration_mm_s", AMOUNT, "mm/s RMS", "vibration velocity measured on the bearing housing"),
    _c("bearing_temp_c", AMOUNT, "°C", "bearing housing temperature"),
    _c("motor_current_a", AMOUNT, "A", "motor current drawn"),
    _c("run_hours", AMOUNT, "hours", "running hours since the last maintenance"),
)

# Maintenance work orders for the same machines.
MAINTENANCE_LOG: tuple[Column, ...] = (
    _c("date", DATE, "—", "day the work was done"),
    _c("machine_id", TEXT, "—", "machine tag, as in machine_sensors"),
    _c("event_type", TEXT, "—", "planned (preventive service) or breakdown (unplanned repair)"),
    _c("description", TEXT, "—", "what the technician found and did"),
    _c("downtime_hours", AMOUNT, "hours", "hours the machine could not run"),
    _c("cost_php", AMOUNT, "PHP", "parts and labour for the job"),
    _c("technician", TEXT, "—", "who did the work (synthetic name)"),
)

# Near-miss and incident reports, free text, labelled with a hazard category.
INCIDENT_REPORTS: tuple[Column, ...] = (
    _c("report_id", TEXT, "—", "report number, e.g. 'IR-2024-0001'"),
    _c("date", DATE, "—", "day of the event"),
    _c("factory", TEXT, "—", "factory profile"),
    _c("line", TEXT, "—", "line or area where it happened"),
    _c("report_type", TEXT, "—", "near_miss, first_aid, recordable or lost_time"),
    _c("hazard_category", TEXT, "—", "hazard category label (see the list below)"),
    _c("description", TEXT, "—", "what happened, as the worker wrote it (English or Taglish)"),
    _c("reported_by", TEXT, "—", "name of the reporter (synthetic)"),
    _c("days_lost", COUNT, "days", "calendar days away from work (0 unless lost_time)"),
)

# Grievance log entries, with personal data for the privacy lessons.
GRIEVANCES: tuple[Column, ...] = (
    _c("grievance_id", TEXT, "—", "grievance number, e.g. 'GR-2024-001'"),
    _c("date_filed", DATE, "—", "day the grievance was filed"),
    _c("factory", TEXT, "—", "factory profile"),
    _c("employee_name", TEXT, "—", "worker who filed it (synthetic, personal data)"),
    _c("sss_number", TEXT, "—", "SSS number ##-#######-# (synthetic, sensitive personal data)"),
    _c("mobile_number", TEXT, "—", "mobile number 09XX-XXX-XXXX (synthetic, personal data)"),
    _c("category", TEXT, "—",
       "wages, overtime, safety, harassment, facilities, scheduling or supervision"),
    _c("description", TEXT, "—", "the grievance in the worker's words"),
    _c("status", TEXT, "—",
       "received (not yet acknowledged), acknowledged, escalated (still open, moved up the "
       "escalation path) or resolved"),
    _c("days_to_resolve", AMOUNT, "days", "days from filing to resolution; blank while open",
       required=False),
    _c("date_acknowledged", DATE, "—",
       "day the worker was told the grievance was received; blank while only received",
       required=False),
    _c("date_resolved", DATE, "—", "day the grievance was resolved; blank while open",
       required=False),
    _c("escalation_step", TEXT, "—",
       "step of the escalation path it reached: supervisor, eit_hr, management, lmc_union "
       "or sena (DOLE's Single Entry Approach)"),
)

# The suggestion box log of the garments factory: one row per slip (Morale: do people speak
# up, and are they answered?). The KPIs are in score_helpers/kpi/suggestions.py.
SUGGESTIONS: tuple[Column, ...] = (
    _c("suggestion_id", TEXT, "—", "slip number, e.g. 'SG-2025-001'"),
    _c("date_submitted", DATE, "—", "day the slip went into the box"),
    _c("line", TEXT, "—", "line of the worker who wrote it, e.g. 'Line A'"),
    _c("employee_id", TEXT, "—",
       "employee number of the worker, e.g. 'E-1012'; blank when the slip is anonymous",
       required=False),
    _c("pillar", TEXT, "—", "what it would improve: quality, cost, delivery, morale or safety"),
    _c("suggestion", TEXT, "—", "the idea in the worker's own words"),
    _c("status", TEXT, "—",
       "received (not answered yet), accepted (answered yes, not done yet), implemented "
       "or not_adopted (answered no, with the reason)"),
    _c("date_answered", DATE, "—",
       "day the worker was given the answer; blank while received", required=False),
)

# Safety checklists: the daily PPE check and the weekly 5S walk, one row per item checked.
# One row per factory, line, day, checklist and item; a day with no check has no rows.
SAFETY_CHECKLISTS: tuple[Column, ...] = (
    _c("date", DATE, "—", "the working day the checklist was done"),
    _c("factory", TEXT, "—", "factory profile: garments, food or electronics"),
    _c("line", TEXT, "—", "production line name, e.g. 'Line A'"),
    _c("checklist", TEXT, "—",
       "ppe (daily check of personal protective equipment) or 5s (weekly 5S walk)"),
    _c("item", TEXT, "—", "the check, as the plain sentence printed on the form"),
    _c("result", TEXT, "—",
       "pass, fail or n/a (the item did not apply that day; left out of the score)"),
    _c("checked_by", TEXT, "—",
       "role of the person who checked: line leader, supervisor, EIT member or safety "
       "officer (no names)"),
)

SAFETY_CHECKLISTS_KEY = ("factory", "line", "date", "checklist", "item")
CHECKLIST_RESULTS: tuple[str, ...] = ("pass", "fail", "n/a")

HAZARD_CATEGORIES: tuple[str, ...] = (
    "slip_trip_fall", "caught_in_machinery", "cut_sharp", "electrical", "chemical",
    "fire_hot_surface", "ergonomic_manual_handling", "falling_object", "ppe_noncompliance",
    "housekeeping", "vehicle_forklift", "other",
)

FACTORIES: tuple[str, ...] = ("garments", "food", "electronics")

# Every bundled dataset: name (file stem in datasets/) -> its columns.
DATASETS: dict[str, tuple[Column, ...]] = {
    "garments_daily": DAILY_PRODUCTION,
    "food_daily": DAILY_PRODUCTION,
    "electronics_daily": DAILY_PRODUCTION,
    "defect_causes": DEFECT_CAUSES,
    "garments_daily_raw": DAILY_PRODUCTION,
    "machine_sensors": MACHINE_SENSORS,
    "maintenance_log": MAINTENANCE_LOG,
    "incident_reports": INCIDENT_REPORTS,
    "grievances": GRIEVANCES,
    "safety_checklists": SAFETY_CHECKLISTS,
    "suggestions": SUGGESTIONS,
}

# The columns that identify one row, for the datasets that have them: the loader reports a
# key entered twice. The others may repeat (several incidents on one line in one day).
DATASET_KEYS: dict[str, tuple[str, ...]] = {
    "garments_daily": DAILY_KEY,
    "food_daily": DAILY_KEY,
    "electronics_daily": DAILY_KEY,
    "defect_causes": DEFECT_CAUSES_KEY,
    "garments_daily_raw": DAILY_KEY,
    "safety_checklists": SAFETY_CHECKLISTS_KEY,
}


def columns_by_name(columns: tuple[Column, ...]) -> dict[str, Column]:
    """Map column name to its Column, keeping the schema order."""
    return {column.name: column for column in columns}
