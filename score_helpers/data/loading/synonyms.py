"""The other names factories give our columns, in English and Filipino (Taglish).

Each entry is written as `columns.normalise` leaves a header: lower case, words joined by
'_', units in brackets dropped ('No. of Workers' → 'no_of_workers', 'Sira (pcs)' → 'sira').
A header that is exactly a schema name never needs an entry. Add a name here when a
factory's file uses one we do not know yet, and a test in tests/test_column_mapping.py.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

SLIP_CUTOFF = 0.85   # similarity above which a header is a typing slip of another name

SYNONYMS: dict[str, tuple[str, ...]] = {
    # --- daily production (schema.DAILY_PRODUCTION and DAILY_PRODUCTION_EXTRA) -----------
    "date": ("day_date", "production_date", "work_date", "petsa", "araw_petsa", "fecha",
             "date_of_production", "prod_date", "transaction_date"),
    "factory": ("plant", "site", "planta", "pabrika", "company", "factory_name"),
    "line": ("team", "team_no", "team_number", "group", "group_no", "line_no", "line_number",
             "line_name", "sewing_line", "production_line", "prod_line", "linya", "grupo",
             "cell", "work_cell", "section_line", "area", "location", "lugar"),
    "product": ("style", "style_no", "style_number", "item", "item_code", "sku", "model",
                "product_name", "produkto", "order", "order_no", "article"),
    "department": ("dept", "section", "departamento", "seksyon", "area", "process"),
    "shift": ("shift_name", "shift_code", "turno", "shift_no"),
    "units_produced": ("output", "qty", "quantity", "pcs", "pieces", "total_output",
                       "actual_output", "output_pcs", "produced", "production", "units",
                       "good_and_bad", "total_pcs", "nagawa", "bilang_nagawa", "gawa",
                       "produksyon", "output_qty", "actual_qty"),
    "defects": ("rejects", "reject", "rejected", "defect", "defective", "sira", "mali",
                "sirang_piraso", "reject_qty", "rejects_pcs", "defect_qty", "bad", "no_good",
                "ng", "qc_rejects", "failed"),
    "units_reworked": ("rework", "reworked", "repairs", "repaired", "inayos", "rework_qty"),
    "units_scrapped": ("scrap", "scrapped", "waste", "tapon", "itinapon", "scrap_qty"),
    "planned_minutes": ("planned_time", "available_minutes", "shift_minutes",
                        "planned_production_time"),
    "downtime_minutes": ("downtime", "down_time", "breakdown_minutes", "stop_minutes",
                         "hinto", "sira_makina_minutes"),
    "ideal_cycle_time_min": ("ideal_cycle_time", "cycle_time", "standard_cycle_time"),
    "orders_due": ("orders", "shipments_due", "due_orders"),
    "orders_on_time": ("on_time", "on_time_orders", "shipped_on_time"),
    "headcount": ("no_of_workers", "workers", "operators", "no_of_operators", "manpower",
                  "man_power", "mp", "obrero", "manggagawa", "bilang_ng_manggagawa",
                  "number_of_workers", "head_count", "tao"),
    "scheduled_worker_days": ("scheduled_workers", "scheduled"),
    "days_absent": ("absent", "absences", "absentees", "lumiban", "wala", "liban"),
    "separations": ("resigned", "resignations", "left", "umalis"),
    "hours_worked": ("man_hours", "manhours", "total_hours", "oras_trabaho", "work_hours"),
    "incidents": ("injuries", "accidents", "aksidente", "incident"),
    "near_misses": ("near_miss", "muntikan"),
    "lost_time_injuries": ("lti", "ltis", "lost_time"),
    "days_lost": ("lost_days", "days_away"),
    "smv": ("sam", "standard_minute_value", "standard_minutes", "std_min", "smv_min"),
    "target_units": ("target", "target_output", "target_qty", "target_pcs", "plan",
                     "planned_output", "plan_qty", "daily_target", "quota", "takda"),
    "target_productivity": ("targeted_productivity", "target_efficiency", "target_eff"),
    "actual_productivity": ("productivity", "actual_efficiency", "actual_eff"),
    "overtime_minutes": ("over_time", "ot_minutes", "ot_min", "overtime_min"),
    "overtime_hours": ("ot", "ot_hours", "ot_hrs", "overtime", "overtime_hrs", "obertaym"),
    "idle_minutes": ("idle_time", "idle", "idle_min", "waiting_time", "tambay_minutes"),
    "idle_workers": ("idle_men", "idle_operators", "idle_manpower"),
    "wip": ("work_in_progress", "work_in_process", "wip_pcs"),
    "style_changes": ("no_of_style_change", "style_change", "changeovers", "changeover"),
    "incentive_php": ("incentive", "incentives", "bonus", "insentibo"),
    "bottleneck_minutes": ("bottleneck", "bottleneck_time", "max_cycle_time"),
    # --- machine sensors (schema.MACHINE_SENSORS) ------------------------------------------
    "timestamp": ("time", "datetime", "date_time", "time_stamp", "reading_time", "oras",
                  "logged_at", "recorded_at", "date_and_time"),
    "machine_id": ("machine", "machine_no", "machine_tag", "asset", "asset_id", "tag",
                   "equipment", "equipment_id", "makina"),
    "machine_type": ("type", "equipment_type", "asset_type"),
    "vibration_mm_s": ("vibration", "vib", "vibration_rms", "velocity", "vibration_velocity",
                       "vibration_mm_s_rms", "vib_mm_s", "uga", "vib_rms", "vel_rms"),
    "bearing_temp_c": ("temperature", "temp", "bearing_temp", "bearing_temperature",
                       "temp_c", "temperature_c", "init", "brg_temp"),
    "motor_current_a": ("current", "amps", "amperes", "motor_current", "current_a",
                        "motor_amps", "load_current", "amp"),
    "run_hours": ("running_hours", "hours_run", "operating_hours", "hour_meter"),
    # --- incident and near-miss reports (schema.INCIDENT_REPORTS) --------------------------
    "report_id": ("report_no", "ir_no", "report_number", "no", "ref", "reference",
                  "control_no", "numero"),
    "report_type": ("type_of_report", "classification", "uri", "event_type",
                    "incident_type", "type", "near_miss_or_incident", "incident_or_near_miss",
                    "uri_ng_report"),
    "hazard_category": ("hazard", "category", "hazard_type", "kategorya", "panganib"),
    "description": ("what_happened", "details", "narrative", "nangyari", "ano_ang_nangyari",
                    "paglalarawan", "remarks", "incident_description", "report"),
    "reported_by": ("reporter", "name", "reported", "nag_report", "pangalan"),
    # --- a suggestion box log (schema.SUGGESTIONS) -------------------------------------------
    "suggestion_id": ("ref_no", "slip_no", "suggestion_no", "control_no", "no", "ref"),
    "date_submitted": ("date_received", "date", "date_filed", "date_submitted", "petsa",
                       "submitted", "received"),
    "employee_id": ("emp_no", "employee_no", "employee_number", "id_no", "id", "name",
                    "submitted_by", "pangalan"),
    "pillar": ("category", "type", "kategorya", "area_of_improvement"),
    "suggestion": ("idea", "suggestions", "mungkahi", "details", "description"),
    "date_answered": ("date_replied", "reply_date", "date_of_reply", "date_responded",
                      "answered", "petsa_ng_sagot"),
}


def close_other_name(text: str, names: Iterable[str],
                     cutoff: float = SLIP_CUTOFF) -> tuple[str, str] | None:
    """(other name, column) when `text` (a header as `columns.normalise` leaves it) looks
    like a typing slip of a known other name of one of `names`: 'rejcts' gives
    ('rejects', 'defects'). None when nothing is that close."""
    best: tuple[float, str, str] | None = None
    for name in names:
        for other in SYNONYMS.get(name, ()):
            matcher = difflib.SequenceMatcher(None, text, other)
            if matcher.real_quick_ratio() < cutoff or matcher.quick_ratio() < cutoff:
                continue
            ratio = matcher.ratio()
            if ratio >= cutoff and (best is None or ratio > best[0]):
                best = (ratio, other, name)
    return None if best is None else (best[1], best[2])
