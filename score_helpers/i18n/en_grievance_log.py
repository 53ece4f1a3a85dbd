"""The grievance log view's words in English (widgets/grievance_log/; module 02 shows it).

IDs `app.grievance_log.<key>`; the Filipino is in fil_grievance_log.py, and
tests/test_i18n.py keeps the two in step.
"""

from __future__ import annotations

SECTIONS: dict[str, dict[str, str]] = {
    "app.grievance_log": {
        "title": "Grievance log",
        "counts":
            "Open: {received} received · {acknowledged} acknowledged · {escalated} "
            "escalated. Resolved: {resolved}.",
        "status": "Status",
        "category": "Category",
        "all": "All",
        "show_personal": "Show names and ID numbers",
        "hidden_note":
            "Names, SSS and mobile numbers are hidden, and the concern is redacted (Data "
            "Privacy Act, RA 10173). Show them only to the person handling the case.",
        "empty": "No grievance matches these filters.",
        "col_id": "Grievance",
        "col_filed": "Filed",
        "col_category": "Category",
        "col_status": "Status",
        "col_waiting": "Days waiting",
        "col_step": "Now with",
        "col_next": "Next step if not settled",
        "col_concern": "Concern",
        "col_name": "Name",
        "col_sss": "SSS number",
        "col_mobile": "Mobile number",
        "status_received": "received",
        "status_acknowledged": "acknowledged",
        "status_escalated": "escalated",
        "status_resolved": "resolved",
        "step_supervisor": "immediate supervisor",
        "step_eit_hr": "EIT or HR",
        "step_management": "management",
        "step_lmc_union": "labour-management council or union (CBA)",
        "step_sena": "DOLE SEnA (30-day conciliation)",
        "step_none": "—",
        "category_wages": "wages",
        "category_overtime": "overtime",
        "category_facilities": "facilities",
        "category_supervision": "supervision",
        "category_scheduling": "scheduling",
        "category_safety": "safety",
        "category_harassment": "harassment",
    },
}
