"""The English words of the grievance log view of module 02 (widgets/grievance_log/).

They are module 02's `MESSAGES` (IDs `02_document_drafting.message.<key>`), so they sit in
the string tables with their Filipino in `score_helpers/i18n/fil_exercises_02.py`, and
tests/test_i18n.py and tests/test_fil_exercises.py keep the two languages in step. An app
that shows the log later can move them to `app.grievance_log.` in en_apps.py/fil_apps.py.
"""

from __future__ import annotations

LOG_WORDS: dict[str, str] = {
    "log_title": "Grievance log",
    "log_counts": "Open: {received} received · {acknowledged} acknowledged · {escalated} "
                  "escalated. Resolved: {resolved}.",
    "log_status": "Status",
    "log_category": "Category",
    "log_all": "All",
    "log_show_personal": "Show names and ID numbers",
    "log_hidden_note": "Names, SSS and mobile numbers are hidden, and the concern is "
                       "redacted (Data Privacy Act, RA 10173). Show them only to the person "
                       "handling the case.",
    "log_empty": "No grievance matches these filters.",
    "log_col_id": "Grievance",
    "log_col_filed": "Filed",
    "log_col_category": "Category",
    "log_col_status": "Status",
    "log_col_waiting": "Days waiting",
    "log_col_step": "Now with",
    "log_col_next": "Next step if not settled",
    "log_col_concern": "Concern",
    "log_col_name": "Name",
    "log_col_sss": "SSS number",
    "log_col_mobile": "Mobile number",
    "log_status_received": "received",
    "log_status_acknowledged": "acknowledged",
    "log_status_escalated": "escalated",
    "log_status_resolved": "resolved",
    "log_step_supervisor": "immediate supervisor",
    "log_step_eit_hr": "EIT or HR",
    "log_step_management": "management",
    "log_step_lmc_union": "labour-management council or union (CBA)",
    "log_step_sena": "DOLE SEnA (30-day conciliation)",
    "log_step_none": "—",
    "log_category_wages": "wages",
    "log_category_overtime": "overtime",
    "log_category_facilities": "facilities",
    "log_category_supervision": "supervision",
    "log_category_scheduling": "scheduling",
    "log_category_safety": "safety",
    "log_category_harassment": "harassment",
}
