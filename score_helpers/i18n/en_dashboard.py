"""English: every word the KPI dashboard shows (IDs `app.kpi_dashboard.<key>`).

    text("app.kpi_dashboard.weeks_many", n=13)       # '13 weeks'

Messages from the data loader (a DataError) come from the loader's own tables
(`data.loader.*`), in the app's language. Placeholders in braces are filled with
str.format.
"""

from __future__ import annotations

KPI_DASHBOARD: dict[str, str] = {
    # Page and controls
    "app_title": "QCDMS KPI dashboard",
    "app_subtitle": "Quality, Cost, Delivery, Morale and Safety for the lines and weeks "
                    "you choose.",
    "language": "Language",
    "data_source": "Data",
    "profile_garments": "Garments factory",
    "profile_food": "Food processing",
    "profile_electronics": "Electronics",
    "your_file": "Your file: {file}",
    "upload_button": "Upload your file",
    "upload_help": "CSV or Excel (.xlsx) up to {limit} MB: one row per line (or team) and "
                   "day. Next you check which of its columns is which.",
    "step_choose": "Choose your file",
    "step_columns": "Check the columns",
    "step_kpis": "See your KPIs",
    "mapping_cancel": "Cancel",
    "filter_all": "All",
    "lines": "Lines",
    "weeks": "Weeks",
    "pick_a_line": "Tick at least one line. The numbers below are still for the lines "
                   "chosen before.",
    "period": "{first} to {last} · {weeks} · {lines}",
    "weeks_one": "1 week",
    "weeks_many": "{n} weeks",
    "all_lines": "all lines",
    "updating": "Updating…",
    "drawing": "Drawing the chart…",
    "no_rows": "There are no rows for these lines and weeks.",
    # Uploads
    "upload_too_big": "{file} is {size} MB. The dashboard reads files up to {limit} MB. "
                      "Keep only the months you need (for example the last year), save "
                      "the file and upload it again.",
    "upload_loaded": "{file}: {rows} rows, {lines} lines, {first} to {last}.",
    "upload_failed": "{file} could not be used. The dashboard still shows the data from "
                     "before.",
    "causes_problem": "The 'defect_causes' sheet has problems, so there is no Pareto chart.",
    "missing_pillars": "No KPI for {pillars} in this file: each of those cards says which "
                       "columns would give it one.",
    "mapping_not_saved": "The column choices could not be saved ({why}).",
    "problems_like_these": "{count} problems like these:",
    "problems_more": "… and {n} more like these.",
    "problems_more_kinds": "… and {n} other kinds of problem.",
    "unexpected": "Something went wrong ({error}). The dashboard still shows the view "
                  "from before.",
    # Months (the KPI snapshot's month chooser): "Dec 2025"
    "month_label": "{month} {year}",
    "month_1": "Jan",
    "month_2": "Feb",
    "month_3": "Mar",
    "month_4": "Apr",
    "month_5": "May",
    "month_6": "Jun",
    "month_7": "Jul",
    "month_8": "Aug",
    "month_9": "Sep",
    "month_10": "Oct",
    "month_11": "Nov",
    "month_12": "Dec",
    # Pillars, KPIs and lights
    "pillar_Q": "Quality",
    "pillar_C": "Cost",
    "pillar_D": "Delivery",
    "pillar_M": "Morale",
    "pillar_S": "Safety",
    "kpi_defect_rate": "Defect rate",
    "kpi_cost_per_unit": "Cost per good unit",
    "kpi_on_time_delivery": "On-time delivery",
    "kpi_absenteeism_rate": "Absenteeism rate",
    "kpi_frequency_rate": "Lost-time injury rate (LTIFR)",
    "kpi_first_pass_yield": "First-pass yield",
    "kpi_sewing_efficiency": "Line efficiency (SMV)",
    "kpi_labour_productivity": "Good pieces per hour worked",
    "kpi_oee": "OEE",
    "kpi_idle_time_share": "Idle time share",
    "kpi_line_balance_efficiency": "Line balance efficiency",
    "kpi_productivity_vs_target": "Output against target",
    "kpi_turnover_rate": "Turnover rate",
    "kpi_overtime_per_worker": "Overtime per worker",
    "kpi_incidence_rate": "Injury and illness rate (TRIR)",
    "kpi_severity_rate": "Severity rate",
    "unit_frequency_rate": "per 1,000,000 hours",
    "unit_labour_productivity": "good pieces per hour",
    "unit_overtime_per_worker": "hours per worker per day",
    "unit_incidence_rate": "per 200,000 hours",
    "unit_severity_rate": "days lost per 1,000,000 hours",
    "light_green": "On target",
    "light_amber": "Watch",
    "light_red": "Act now",
    "light_no_data": "No data",
    "light_no_target": "No target yet",
    "card_target": "Target {op} {green} · Watch {op} {amber}",
    "card_usual": "Usual week: {usual}",
    "card_not_in_file": "Not in this file",
    "card_needs": "To see this, add a column for: {columns}.",
    "card_no_target": "Set a target under Targets, below.",
    "cards_note": "Each card is for the whole period chosen: counts are added up first, "
                  "then divided.",
    # Charts
    "trend_heading": "Weekly trend",
    "trend_title": "{label} per week",
    "target_legend": "Target {value}",
    "beyond_target": "Missed target",
    "trend_no_data": "There is no {label} to chart for these lines and weeks.",
    "trend_no_kpi": "Your file has no {pillar} KPI yet: its card says which columns to add.",
    "trend_no_target": "Set a target for {label} (Targets, below) to see its trend against "
                       "the target.",
    "pareto_heading": "Defects by cause (Pareto)",
    "pareto_title_one": "1 cause makes {share} of the defects",
    "pareto_title_many": "{count} causes make {share} of the defects",
    "pareto_axis": "Defects (pieces)",
    "pareto_cumulative": "Cumulative share",
    "pareto_needs_causes": "A Pareto chart needs the defects by cause: add a sheet named "
                           "'defect_causes' to your Excel file, with the columns date, "
                           "line, cause and defects.",
    "pareto_not_filtered": "Defects by cause are kept per line and day, not per department, "
                           "shift or product: clear the filter to see the Pareto chart.",
    "pareto_no_defects": "No defects by cause were recorded for these lines and weeks.",
    "download_csv": "Download the KPI table (CSV)",
    "download_png": "Download this chart (PNG)",
    # What changed this week
    "changes_heading": "What changed this week",
    "changes_week": "Week of {week} against the week before, line by line, the biggest "
                    "worsening first.",
    "changes_none": "Choose at least two weeks to compare a week with the one before.",
    "changes_more": "… and {n} more.",
    "change_sentence": "{group}: {label} {verb} from {before} to {after} ({direction}).",
    "change_steady": "{group}: {label} held steady at {after}.",
    "change_no_data": "{group}: no {label} for both weeks to compare.",
    "verb_rose": "rose",
    "verb_fell": "fell",
    "direction_better": "better",
    "direction_worse": "worse",
    # Targets
    "targets_heading": "Targets",
    "targets_help": "Green: on target. Amber: watch. Beyond amber: act now. Rates in %, "
                    "cost as a multiple of the usual week (1.05 = 5 % above it).",
    "green": "Green",
    "amber": "Amber",
    "unit_percent": "%",
    "unit_times_usual": "× usual week",
    "save_targets": "Save targets",
    "reset_targets": "Default targets",
    "targets_saved": "Saved in {path}. The dashboard loads them when it starts.",
    "targets_loaded": "Targets from {path}.",
    "targets_default": "Default targets: agree your own in the EIT and save them.",
    "targets_bad_file": "{problem} The default targets are used.",
    "targets_save_failed": "Could not save {path}: {why}",
    "targets_order_lower": "{label}: green must be lower than amber or equal to it (lower "
                           "is better).",
    "targets_order_higher": "{label}: green must be higher than amber or equal to it "
                            "(higher is better).",
    "targets_bad_percent": "{label}: write a percentage from 0 to 100.",
    "targets_negative": "{label}: write a number of 0 or more.",
}

SECTIONS: dict[str, dict[str, str]] = {"app.kpi_dashboard": KPI_DASHBOARD}
