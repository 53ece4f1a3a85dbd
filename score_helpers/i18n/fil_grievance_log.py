"""The grievance log view's words in Filipino, as an HR officer or EIT member says them
(English in en_grievance_log.py)."""

from __future__ import annotations

SECTIONS: dict[str, dict[str, str]] = {
    "app.grievance_log": {
        "title": "Log ng mga grievance",
        "counts":
            "Bukas pa: {received} bagong received · {acknowledged} acknowledged · "
            "{escalated} escalated. Tapos na: {resolved}.",
        "status": "Status ng kaso",
        "category": "Kategorya",
        "all": "Lahat",
        "show_personal": "Ipakita ang pangalan at ID numbers",
        "hidden_note":
            "Nakatago ang pangalan, SSS at mobile number, at redacted ang reklamo (Data "
            "Privacy Act, RA 10173). Ipakita lang sa taong humahawak ng kaso.",
        "empty": "Walang grievance na tugma sa mga filter na ito.",
        "col_id": "Grievance no.",
        "col_filed": "Petsa ng filing",
        "col_category": "Kategorya",
        "col_status": "Status ng kaso",
        "col_waiting": "Ilang araw nang naghihintay",
        "col_step": "Hawak ngayon ng",
        "col_next": "Susunod kung hindi naayos",
        "col_concern": "Reklamo",
        "col_name": "Pangalan",
        "col_sss": "SSS no.",
        "col_mobile": "Mobile no.",
        "status_received": "received pa lang",
        "status_acknowledged": "acknowledged na",
        "status_escalated": "na-escalate",
        "status_resolved": "resolved na",
        "step_supervisor": "direct supervisor",
        "step_eit_hr": "EIT o HR",
        "step_management": "management (plant manager)",
        "step_lmc_union": "labor-management council o union (CBA)",
        "step_sena": "DOLE SEnA (30 araw na conciliation)",
        "step_none": "—",
        "category_wages": "sahod",
        "category_overtime": "overtime (OT)",
        "category_facilities": "pasilidad (CR, canteen, locker)",
        "category_supervision": "pakikitungo ng supervisor",
        "category_scheduling": "schedule at leave",
        "category_safety": "kaligtasan (safety)",
        "category_harassment": "pambabastos o harassment",
    },
}
