"""English: the review checklist of an AI draft (IDs `drafting.review.<key>`).

score_helpers/drafting/review.py reads them (`review_checklist(..., lang="en")`); the
problem keys are those of score_helpers/drafting/fact_check.py. Plain words: say which
line and what to look at, never who is to blame. The Filipino is in fil_review.py.
"""

from __future__ import annotations

REVIEW: dict[str, str] = {
    "title": "Review checklist",
    "all_ok": "Nothing flagged. Still read the whole draft before you share it.",
    "fix": "Fix the ✘ lines, then read the whole draft again.",
    # --- the labels of the checks ---------------------------------------------------------
    "label.placeholders": "Placeholders",
    "label.sections": "Sections",
    "label.personal": "Personal data",
    "label.numbers": "Numbers",
    "label.dates": "Dates",
    "label.attendees": "Attendees",
    "label.names": "Names and roles",
    "label.due_dates": "Due dates",
    # --- what each check found ------------------------------------------------------------
    "placeholders_bad": "fill in {found}",
    "placeholders_ok": "no blanks left to fill in",
    "sections_bad": "missing heading(s): {found}",
    "sections_ok": "all {count} headings are there",
    "personal_bad": "remove or check: {found}",
    "personal_ok": "no phone number, ID number, e-mail address or name to remove",
    "numbers_bad": "not in your inputs, check: {found}",
    "numbers_ok": "every number is in your inputs",
    "dates_ok": "every date you typed is in the draft, and no other date",
    "attendees_ok": "everyone you listed is in the draft",
    "names_ok": "every name is one you typed, with the role you typed",
    "due_dates_ok": "each due date is next to its action",
    # --- the fact problems (keys of fact_check.Problem) ------------------------------------
    "date_invented": "line {line}: '{date}' is not a date you typed",
    "date_missing": "'{date}' (from {field}) is not in the draft",
    "attendee_missing": "'{who}' is not in the draft: add them to the attendance",
    "name_invented": "line {line}: '{name}' is not a name you typed",
    "role_changed": "line {line}: {name} is '{role}' here, but you typed '{typed}'",
    "due_missing": "the due date '{date}' for {who} is not in the draft",
    "due_moved": "line {line}: {who} has '{found}' here, but you typed '{date}'",
    "due_apart": "line {line}: '{date}' is there, but not next to {who}",
    # --- the kinds of personal data --------------------------------------------------------
    "kind.PHONE": "mobile number",
    "kind.LANDLINE": "phone number",
    "kind.SSS": "SSS number",
    "kind.PHILHEALTH": "PhilHealth number",
    "kind.PAGIBIG": "Pag-IBIG number",
    "kind.UMID": "UMID number",
    "kind.TIN": "TIN",
    "kind.EMAIL": "e-mail address",
    "kind.NAME": "name",
}

SECTIONS: dict[str, dict[str, str]] = {"drafting.review": REVIEW}
