"""Module 02's worked examples: the prompts of sections 2 and 3, the meeting's rough notes
and the form fields of section 5, and the flawed minutes of section 7 with what is wrong in
them. Made up: Tahi Pinoy Apparel is the course's practice factory.

`score_helpers.lessons.document_drafting` re-exports them; the lesson's helpers live there.
"""

from __future__ import annotations

# ---- Sections 2 and 3: one request, three prompts ----------------------------------------------
WEAK_PROMPT = "Write about 5S day."
BETTER_PROMPT = ("Write a notice announcing a 5S red-tag day. Details: Line B, Saturday "
                 "15 March 2025, 8:00 to 10:00, bring gloves.")
BEST_PROMPT = (
    "You are a writing assistant for a garment factory's Enterprise Improvement Team. "
    "Write a notice announcing a 5S red-tag day. Details: Line B, Saturday 15 March 2025, "
    "8:00 to 10:00, bring gloves, unneeded items go to the red-tag area next to the "
    "stockroom. Format: a title and three bullet points. Do not invent names, dates or "
    "prizes.")
PROMPT_STEPS: dict[str, str] = {"1 · weak": WEAK_PROMPT, "2 · better": BETTER_PROMPT,
                                "3 · best": BEST_PROMPT}
# Cue words with nothing behind them, and the same notice asked for as a supervisor would
# type it in Filipino: the grader reads what each part does, so the first earns nothing.
CUE_WORDS_ONLY = "You are. Here are. Write. Bullet. Do not."
PROMPT_IN_FILIPINO = (
    "Ikaw ang tagasulat ng EIT ng pabrika namin. Sa Sabado, 15 Marso 2025, 8:00 hanggang "
    "10:00, may 5S red-tag day sa Line B; magdala ng gloves. Gumawa ka ng paalala para sa "
    "notice board, may pamagat at tatlong bullet. Huwag kang mag-imbento ng pangalan, petsa "
    "o premyo.")
# The facts of the red-tag day, and how a draft may write each one (case does not matter).
NOTICE_FACTS: dict[str, str] = {
    "Line B": r"line b\b",
    "15 March": r"15(?:th)?\s+(?:of\s+)?march|march\s+15",
    "8:00": r"\b8(?::00)?\s*(?:am|a\.m\.)|\b8:00",
    "10:00": r"\b10(?::00)?\s*(?:am|a\.m\.)|\b10:00",
    "gloves": r"\bgloves?\b",
    "red-tag area by the stockroom": r"stockroom|stock room",
}

# ---- Section 5: rough notes of an EIT meeting, and a grievance procedure -----------------------
ROUGH_NOTES = """\
EIT mtg, canteen, 3pm
- Line B defects up again, mostly skipped stitches (QC: 46 pcs last week)
- mechanic: needles dull, only changed when broken
- AGREED: change needles every 4 hrs on Line B + log sheet on each machine.
  Mechanic to start Mon 17 Mar
- op Rhea (new on Line B) had many of the rejects -> not her fault, no training yet.
  Line leader to pair her w/ a buddy
- ops not told why line stops -> supervisor to explain at Mon toolbox talk
- 5S red-tag day Line B Sat 15 Mar 8:00-10:00, bring gloves
- canteen fan broken again, HR to follow up w/ admin by Fri
- next mtg ??"""
MINUTES_FIELDS: dict[str, object] = {
    "meeting_date": "12 March 2025",
    "attendees": ["Production supervisor", "Line B leader", "Mechanic", "QC inspector",
                  "HR officer", "Two worker representatives from Line B"],
    "notes": ROUGH_NOTES,
    "factory": "Tahi Pinoy Apparel Corp.",
}
# Names in the rough notes that must not appear in the minutes (no names, no blame).
NOT_IN_MINUTES: tuple[str, ...] = ("Rhea",)
PROCEDURE_FIELDS: dict[str, object] = {
    "company": "Tahi Pinoy Apparel Corp.",
    "contact_role": "HR officer",
    "response_days": 5,
    "appeal_role": "Labour-management council (LMC)",
    "union": "Worker representatives on the LMC",
}

# ---- Section 7: a flawed draft of the minutes above, as a model might write it -----------------
FLAWED_MINUTES = """\
**Attendance**
- Production supervisor, Line B leader, mechanic, QC inspector, HR officer
- Two worker representatives from Line B

**Discussion**
- Line B defects went up by 25 % last week, mostly skipped stitches.
- Rhea caused most of the rejects on Line B.
- Needles are dull because the mechanic changes them only when they break.

**Decisions**
- Change needles every 2 hours on Line B.
- Line B will work overtime on Sunday to catch up.

**Action items**
- Mechanic: start the needle log sheet, by Monday 17 March.
- Supervisor: explain line stops at the Monday toolbox talk.
- HR officer: follow up the canteen fan with admin, by Friday.
- Line leader: pair the new operator with a buddy, by [TO CONFIRM]."""
# (what is wrong, does the checklist flag it?)
FLAWED_PROBLEMS: tuple[tuple[str, bool], ...] = (
    ("'25 %' is invented: the notes give 46 pieces, not a percentage.", True),
    ("'every 2 hours' is wrong: the team agreed every 4 hours.", True),
    ("It names Rhea and blames her; the notes say it was not her fault.", True),
    ("'Overtime on Sunday' is a decision nobody made.", False),
    ("The 5S red-tag day on Saturday 15 March is left out.", True),
    ("The 'Next meeting' heading is missing.", True),
    ("'[TO CONFIRM]': the model rightly did not guess the date; a person fills it in.", True),
)
PROBLEM_HEADER, CAUGHT_HEADER = "what is wrong", "flagged by the checklist?"
CAUGHT, ONLY_PEOPLE = "✔ yes", "✘ no: only a person who was there can see it"

# ---- Section 11: the acknowledgement letter's facts (no name: the worker stays private) --------
LETTER_FIELDS: dict[str, object] = {
    "recipient": "the worker who filed grievance GR-2025-024", "grievance_id": "GR-2025-024",
    "date_received": "10 May 2025",
    "issue_summary": "SSS contributions not remitted since April.",
    "contact_role": "HR officer", "handled_by": "HR officer", "response_days": 5,
    "next_step": "HR checks the SSS remittance records with payroll and meets the worker",
    "next_step_by": "17 May 2025",
}
