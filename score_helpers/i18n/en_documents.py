"""English: the documents the document assistant drafts (IDs `app.document_assistant.
document.<kind>`, `.field.<name>`, `.hint.<name>` and `.write_in.<language>`).

These are the English the prompts use too: score_helpers.drafting.prompts takes its
DOCUMENT_TITLES and FIELD_HINTS from here, so the form and the prompt never disagree.
The Filipino twins are in fil_documents.py.
"""

from __future__ import annotations

DOCUMENT_TITLES: dict[str, str] = {
    "eit_minutes": "EIT meeting minutes",
    "grievance_procedure": "Grievance procedure",
    "grievance_acknowledgement": "Grievance acknowledgement letter",
    "toolbox_talk": "Toolbox talk",
    "five_s_announcement": "5S announcement",
    "suggestion_memo": "Suggestion scheme memo",
    "shift_handover": "Shift handover summary",
}

# What a person puts in each field; used in error messages and in the notebooks' forms.
FIELD_HINTS: dict[str, str] = {
    "meeting_date": "the date of the meeting, e.g. '12 March 2025'",
    "attendees": "who attended, by role, e.g. line leader, QC inspector, 2 sewing operators",
    "notes": "the rough notes as typed, in any order",
    "factory": "the factory or company name",
    "next_meeting": "the date of the next meeting",
    "company": "the company name",
    "contact_role": "the role who receives grievances, e.g. 'HR officer'",
    "response_days": "working days to answer a grievance, e.g. 5",
    "appeal_role": "the role who hears an appeal, e.g. 'Plant manager'",
    "union": "the union or worker representative, if there is one",
    "recipient": "who the letter is for (name or role)",
    "date_received": "the date the grievance was received",
    "issue_summary": "one or two neutral sentences on what the grievance is about",
    "grievance_id": "the grievance number in the log, e.g. 'GR-2025-024'",
    "handled_by": "the role who will handle it now, e.g. 'HR officer' (no names)",
    "next_step": "what happens next, e.g. 'a meeting with you and the payroll officer'",
    "next_step_by": "the date the next step happens by, e.g. '20 May 2025'",
    "topic": "the safety topic, e.g. 'Safe use of the forklift'",
    "hazards": "the hazards on this topic at your workplace",
    "controls": "how the team controls the hazards",
    "incident": "a recent incident or near miss, without names",
    "duration_minutes": "how long the talk takes, e.g. 10",
    "area": "the work area, e.g. 'Sewing line 2'",
    "activity": "the 5S activity, e.g. 'Sort (Seiri) red-tag day'",
    "date": "the date of the activity",
    "time": "the time of the activity, e.g. '8:00'",
    "what_to_bring": "what workers should bring or wear",
    "purpose": "why the scheme exists, in a sentence",
    "how_to_submit": "how a worker hands in a suggestion, e.g. 'box near the canteen'",
    "review_period": "how often suggestions are reviewed, e.g. 'every two weeks'",
    "reward": "the recognition or reward for suggestions used",
    "shift": "the shift being handed over, e.g. 'Night shift, 14 May'",
    "line": "the line or area",
    "open_issues": "problems the next shift must follow up",
}

# How each field is named above its box ('meeting_date' → 'Meeting date').
FIELD_LABELS: dict[str, str] = {
    name: name.replace("_", " ").capitalize() for name in FIELD_HINTS}

# The languages a draft can be written in (the values of prompts.LANGUAGES' keys).
WRITE_IN: dict[str, str] = {"English": "English", "Filipino": "Filipino",
                            "Taglish": "Taglish"}

SECTIONS: dict[str, dict[str, str]] = {
    "app.document_assistant.document": DOCUMENT_TITLES,
    "app.document_assistant.field": FIELD_LABELS,
    "app.document_assistant.hint": FIELD_HINTS,
    "app.document_assistant.write_in": WRITE_IN,
}
