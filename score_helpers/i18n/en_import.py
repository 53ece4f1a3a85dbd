"""English: the column-mapping step of every app that reads a factory's own file
(IDs `app.column_mapper.<key>`) and our columns in plain words (IDs `data.column.<name>`).
"""

from __future__ import annotations

COLUMN_MAPPER: dict[str, str] = {
    "title": "2 · Which column is which?",
    "intro": "We guessed which of your columns is which. Check each one and change it if "
             "we guessed wrong. Choose 'Not used' for a column the app does not need.",
    "your_column": "Your column",
    "examples": "Examples from your file",
    "means": "It is",
    "not_used": "Not used",
    "no_examples": "(empty)",
    "confirm": "Use these columns",
    "header_row": "Column names found in row {row}.",
    "rows": "{rows} rows of data.",
    "missing_one": "Still needed: {columns}. Choose which of your columns it is.",
    "missing_many": "Still needed: {columns}. Choose which of your columns they are.",
    "twice": "{name} is chosen for {headers}. Choose it for one column only.",
    "remember": "Remember this for files with the same columns",
    "saved": "Saved: the next file with these columns is read the same way.",
    "guessed_saved": "We used the choices you saved for files with these columns.",
}

COLUMNS: dict[str, str] = {
    # daily production
    "date": "Date (the working day)",
    "factory": "Factory or plant",
    "line": "Line or team",
    "product": "Product or style",
    "department": "Department or section",
    "shift": "Shift",
    "units_produced": "Pieces made (output)",
    "defects": "Defects or rejects (pieces)",
    "units_reworked": "Pieces reworked",
    "units_scrapped": "Pieces scrapped",
    "planned_minutes": "Planned production minutes",
    "downtime_minutes": "Downtime minutes",
    "ideal_cycle_time_min": "Ideal cycle time (minutes per piece)",
    "orders_due": "Orders due",
    "orders_on_time": "Orders shipped on time",
    "material_cost_php": "Material cost (PHP)",
    "labour_cost_php": "Labour cost (PHP)",
    "overhead_cost_php": "Overhead cost (PHP)",
    "headcount": "Number of workers",
    "scheduled_worker_days": "Workers scheduled",
    "days_absent": "Workers absent",
    "separations": "Workers who left the company",
    "hours_worked": "Hours worked (all workers)",
    "incidents": "Injuries or illnesses recorded",
    "near_misses": "Near misses reported",
    "lost_time_injuries": "Lost-time injuries",
    "days_lost": "Days lost to injuries",
    "smv": "Standard minutes per piece (SMV or SAM)",
    "target_units": "Target pieces",
    "target_productivity": "Target productivity (fraction)",
    "actual_productivity": "Actual productivity (fraction)",
    "overtime_minutes": "Overtime (minutes)",
    "overtime_hours": "Overtime (hours)",
    "idle_minutes": "Idle time (minutes)",
    "idle_workers": "Idle workers",
    "wip": "Work in progress (pieces)",
    "style_changes": "Style changes",
    "incentive_php": "Incentive (PHP)",
    "bottleneck_minutes": "Slowest operation (minutes per piece)",
    # machine sensors
    "timestamp": "Date and time of the reading",
    "machine_id": "Machine",
    "machine_type": "Type of machine",
    "vibration_mm_s": "Vibration (mm/s)",
    "bearing_temp_c": "Bearing temperature (°C)",
    "motor_current_a": "Motor current (A)",
    "run_hours": "Running hours",
    # incident reports
    "report_id": "Report number",
    "report_type": "Type of report",
    "hazard_category": "Hazard category",
    "description": "What happened (the report)",
    "reported_by": "Reported by",
}

SECTIONS: dict[str, dict[str, str]] = {"app.column_mapper": COLUMN_MAPPER,
                                       "data.column": COLUMNS}
