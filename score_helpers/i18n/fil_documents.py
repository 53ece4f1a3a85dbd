"""Filipino: the documents the document assistant drafts, as a supervisor names them
(same IDs and keys as en_documents.py). EIT, toolbox talk, grievance, shift, line, 5S and
HR stay in English, as trainer/filipino_glossary.md says; the examples stay as typed.
"""

from __future__ import annotations

DOCUMENT_TITLES: dict[str, str] = {
    "eit_minutes": "Minutes ng EIT meeting",
    "grievance_procedure": "Proseso ng grievance",
    "grievance_acknowledgement": "Sulat na natanggap ang grievance",
    "toolbox_talk": "Toolbox talk",
    "five_s_announcement": "Anunsyo ng 5S",
    "suggestion_memo": "Memo tungkol sa suggestion box",
    "shift_handover": "Buod ng turnover ng shift",
}

FIELD_HINTS: dict[str, str] = {
    "meeting_date": "petsa ng meeting, hal. '12 March 2025'",
    "attendees": "sino ang dumalo, ayon sa posisyon, hal. line leader, QC inspector, 2 "
                 "sewing operator",
    "notes": "ang notes mo kung paano mo tinype, kahit hindi sunud-sunod",
    "factory": "pangalan ng pabrika o kumpanya",
    "next_meeting": "petsa ng susunod na meeting",
    "company": "pangalan ng kumpanya",
    "contact_role": "sino (posisyon) ang tumatanggap ng grievance, hal. 'HR officer'",
    "response_days": "ilang araw ng trabaho bago sagutin ang grievance, hal. 5",
    "appeal_role": "sino (posisyon) ang didinig sa apela, hal. 'Plant manager'",
    "union": "ang union o kinatawan ng mga manggagawa, kung mayroon",
    "recipient": "para kanino ang sulat (pangalan o posisyon)",
    "date_received": "petsa kung kailan natanggap ang grievance",
    "issue_summary": "isa o dalawang pangungusap, walang kinakampihan, kung tungkol saan "
                     "ang grievance",
    "grievance_id": "numero ng grievance sa log, hal. 'GR-2025-024'",
    "handled_by": "sino (posisyon) ang hahawak nito ngayon, hal. 'HR officer' (walang "
                  "pangalan)",
    "next_step": "ano ang susunod na mangyayari, hal. 'meeting ninyo ng payroll officer'",
    "next_step_by": "hanggang kailan gagawin ang susunod na hakbang, hal. '20 May 2025'",
    "topic": "paksa tungkol sa safety, hal. 'Tamang paggamit ng forklift'",
    "hazards": "mga hazard sa paksang ito sa lugar ninyo",
    "controls": "paano kinokontrol ng team ang mga hazard",
    "incident": "isang kamakailang aksidente o near miss, walang pangalan",
    "duration_minutes": "ilang minuto ang talk, hal. 10",
    "area": "ang lugar ng trabaho, hal. 'Sewing line 2'",
    "activity": "ang gagawing 5S, hal. 'Sort (Seiri) red-tag day'",
    "date": "petsa ng activity",
    "time": "oras ng activity, hal. '8:00'",
    "what_to_bring": "ano ang dapat dalhin o isuot ng mga manggagawa",
    "purpose": "bakit may suggestion scheme, sa isang pangungusap",
    "how_to_submit": "paano magbibigay ng suggestion ang manggagawa, hal. 'kahon malapit sa "
                     "canteen'",
    "review_period": "gaano kadalas sinusuri ang mga suggestion, hal. 'tuwing dalawang "
                     "linggo'",
    "reward": "ang pagkilala o premyo sa mga suggestion na ginamit",
    "shift": "ang shift na ite-turnover, hal. 'Night shift, 14 May'",
    "line": "ang line o lugar",
    "open_issues": "mga problemang dapat i-follow up ng susunod na shift",
}

FIELD_LABELS: dict[str, str] = {
    "meeting_date": "Petsa ng meeting",
    "attendees": "Mga dumalo",
    "notes": "Notes",
    "factory": "Pabrika",
    "next_meeting": "Susunod na meeting",
    "company": "Kumpanya",
    "contact_role": "Sino ang kakausapin (posisyon)",
    "response_days": "Ilang araw bago sumagot",
    "appeal_role": "Sino ang didinig sa apela (posisyon)",
    "union": "Union",
    "recipient": "Para kay",
    "date_received": "Petsa ng pagtanggap",
    "issue_summary": "Buod ng grievance",
    "grievance_id": "Numero ng grievance",
    "handled_by": "Hahawak nito (posisyon)",
    "next_step": "Susunod na hakbang",
    "next_step_by": "Hanggang kailan ang susunod na hakbang",
    "topic": "Paksa",
    "hazards": "Mga hazard",
    "controls": "Mga kontrol",
    "incident": "Aksidente o near miss",
    "duration_minutes": "Haba ng talk (minuto)",
    "area": "Lugar",
    "activity": "Activity",
    "date": "Petsa",
    "time": "Oras",
    "what_to_bring": "Dadalhin o isusuot",
    "purpose": "Layunin",
    "how_to_submit": "Paano magbigay ng suggestion",
    "review_period": "Gaano kadalas sinusuri",
    "reward": "Pagkilala o premyo",
    "shift": "Shift",
    "line": "Line",
    "open_issues": "Mga dapat i-follow up",
}

WRITE_IN: dict[str, str] = {"English": "Ingles", "Filipino": "Filipino",
                            "Taglish": "Taglish"}

SECTIONS: dict[str, dict[str, str]] = {
    "app.document_assistant.document": DOCUMENT_TITLES,
    "app.document_assistant.field": FIELD_LABELS,
    "app.document_assistant.hint": FIELD_HINTS,
    "app.document_assistant.write_in": WRITE_IN,
}
