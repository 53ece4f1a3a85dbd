"""Filipino: the review checklist of an AI draft (the same keys as en_review.py).

Taglish gaya ng sinasabi ng supervisor sa floor: "draft", "line", "due date", "attendance"
ay nananatiling English. Walang sinisisi; sinasabi lang kung aling line ang titingnan.
"""

from __future__ import annotations

REVIEW: dict[str, str] = {
    "title": "Review checklist",
    "all_ok": "Walang na-flag. Basahin pa rin ang buong draft bago ito i-share.",
    "fix": "Ayusin ang mga line na may ✘, tapos basahin ulit ang buong draft.",
    # --- the labels of the checks ---------------------------------------------------------
    "label.placeholders": "Mga blangko",
    "label.sections": "Mga heading",
    "label.personal": "Personal data",
    "label.numbers": "Mga numero",
    "label.dates": "Mga petsa",
    "label.attendees": "Mga dumalo",
    "label.names": "Mga pangalan at role",
    "label.due_dates": "Mga due date",
    # --- what each check found ------------------------------------------------------------
    "placeholders_bad": "punan ang {found}",
    "placeholders_ok": "wala nang blangkong kailangang punan",
    "sections_bad": "kulang na heading: {found}",
    "sections_ok": "kumpleto ang {count} heading",
    "personal_bad": "tanggalin o i-check: {found}",
    "personal_ok": "walang phone number, ID number, e-mail o pangalang kailangang tanggalin",
    "numbers_bad": "wala sa tinype mo, i-check: {found}",
    "numbers_ok": "lahat ng numero ay galing sa tinype mo",
    "dates_ok": "nasa draft ang bawat petsang tinype mo, at walang ibang petsa",
    "attendees_ok": "nasa draft ang lahat ng inilista mong dumalo",
    "names_ok": "lahat ng pangalan ay tinype mo, at tama ang role nila",
    "due_dates_ok": "bawat due date ay katabi ng action nito",
    # --- the fact problems (keys of fact_check.Problem) ------------------------------------
    "date_invented": "line {line}: hindi mo tinype ang petsang '{date}'",
    "date_missing": "wala sa draft ang '{date}' (galing sa {field})",
    "attendee_missing": "wala sa draft si '{who}': idagdag sa attendance",
    "name_invented": "line {line}: hindi mo tinype ang pangalang '{name}'",
    "role_changed": "line {line}: '{role}' si {name} dito, pero '{typed}' ang tinype mo",
    "due_missing": "wala sa draft ang due date na '{date}' ni {who}",
    "due_moved": "line {line}: '{found}' ang nakalagay kay {who}, pero '{date}' ang tinype mo",
    "due_apart": "line {line}: nandito ang '{date}', pero hindi katabi ni {who}",
    # --- the kinds of personal data --------------------------------------------------------
    "kind.PHONE": "cellphone number",
    "kind.LANDLINE": "telepono",
    "kind.SSS": "SSS no.",
    "kind.PHILHEALTH": "PhilHealth no.",
    "kind.PAGIBIG": "Pag-IBIG MID no.",
    "kind.UMID": "UMID CRN",
    "kind.TIN": "TIN no.",
    "kind.EMAIL": "e-mail",
    "kind.NAME": "pangalan",
}

SECTIONS: dict[str, dict[str, str]] = {"drafting.review": REVIEW}
