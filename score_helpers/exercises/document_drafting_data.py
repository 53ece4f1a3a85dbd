"""The sample texts of module 02's exercises, and the small readers that find facts in an
answer: a grievance, EIT meeting notes, a flawed AI draft of their minutes, and the story
behind an acknowledgement letter. Every person, number and address here is made up.

The checks in `document_drafting.py` read these constants, never the participant's copy, so
an answer is always judged against the text the notebook showed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

# --- Q2 · A grievance to redact, and the names the factory knows ----------------------------
# The worker's name is uncommon and follows no marker such as "si", so privacy.redact finds
# it only with the roster: the point of the question.
WORKER = "Ysabel Quilantang"
WORKERS: tuple[str, ...] = (WORKER, "Ramon Aquino", "Liza Santos")
GRIEVANCE = (
    "Magandang araw po. Ysabel Quilantang po ito, sewing operator sa Line 3. On 10 March 2025 "
    "I got my pay for the 16–28 February cut-off and it was short by PHP 1,250. "
    "SSS no. ko 34-5678901-2. "
    "Pakitext po ako sa 0917 555 0142 o i-email sa ysabel.quilantang@example.com."
)
# The personal data in GRIEVANCE, by kind, as written there.
PERSONAL_DATA: dict[str, tuple[str, ...]] = {
    "name": ("Ysabel", "Quilantang"),
    "phone": ("0917 555 0142",),
    "sss": ("34-5678901-2",),
    "email": ("ysabel.quilantang@example.com",),
}
# Ordinary facts the AI needs to draft a reply; redaction must keep them.
FACTS_TO_KEEP: tuple[str, ...] = ("10 March 2025", "1,250", "Line 3")

# --- Q5 · Rough notes of an EIT meeting and an AI draft with planted errors ---------------
MEETING_NOTES = """\
EIT mtg 12 Mar 2025, Line 2
present: line leader, QC inspector, 2 sewing operators, HR officer
- defect rate Line 2: Jan 4.2% -> Feb 3.1%. thanks to operators for thread-trimming check
- exhaust fan cutting area broken again, hot + dusty
- Jun (maintenance) to check if spare motor in store, no date yet
- canteen water dispenser: AGREED buy new one, max PHP 6,500
- Liza (HR) get 2 quotations by 19 Mar
- next mtg 26 Mar, 2 pm"""

AI_DRAFT = """\
Attendance
1. Present: the line leader, the QC inspector, two sewing operators and the HR officer.
Discussion
2. The defect rate of Line 2 fell from 4.2 % in January to 2.1 % in February.
3. The team thanked the sewing operators for the new thread-trimming check.
4. The exhaust fan in the cutting area is broken again; the area is hot and dusty.
Decisions
5. The team will talk about the canteen water dispenser again next month.
Action items
6. Jun (maintenance) will replace the fan motor by 15 March.
7. Liza (HR) will get two quotations for a new water dispenser by 19 March.
8. Mr. Santos, the plant manager, will approve the budget for new fans.
Next meeting
9. 26 March, 2 pm."""

DRAFT_LINES = range(1, 10)
# The wrong statements, each with the kind of error planted in it.
PLANTED_ERRORS: dict[int, str] = {
    2: "wrong_number",       # the notes say 3.1 %
    5: "lost_decision",      # the notes record the decision to buy a new dispenser
    6: "invented_deadline",  # the notes say "check", with no date yet
    8: "invented_person",    # nobody called Santos is in the notes
}
# The statements the reviewer's checklist flags on its own: a number, a date and a name
# that are not in the notes.
CHECKLIST_FLAGS = frozenset({2, 6, 8})

# --- Q6 · The story behind the acknowledgement letter ---------------------------------------
DATE_RECEIVED = 12   # March 2025: the day the HR office received the grievance
DATE_NOTICED = 10    # March 2025: the day the worker got her short pay (not the one to use)
CONTACT_WORDS = (r"\bHR\b", r"human resources?")
ISSUE_WORDS = (r"\bpay\b", r"\bpaid\b", r"payslip", r"salary", r"wage", r"sahod", r"sweldo",
               r"suweldo", r"cut-?off")
RESPONSE_DAYS = 5


# --- Readers: facts in a participant's answer -------------------------------------------------
def messages_text(answer: Any) -> str | None:
    """The text of chat messages (a list of {"role", "content"}), or None if it is not that."""
    if not isinstance(answer, list | tuple) or not answer:
        return None
    if not all(isinstance(m, Mapping) and isinstance(m.get("content"), str) for m in answer):
        return None
    return "\n".join(m["content"] for m in answer)


def prompt_fields(text: str) -> dict[str, str]:
    """The fields in the context of a build_prompt message: '- Date received: …' becomes
    {'date received': '…'}; the items of a list field are joined with spaces."""
    context = text.partition("Context (the only facts you may use):")[2].partition("\n\nTask:")[0]
    fields: dict[str, str] = {}
    name = None
    for line in context.splitlines():
        head = re.match(r"- ([A-Z][a-z ]*):(.*)$", line)
        if head:
            name = head.group(1).lower()
            fields[name] = head.group(2).strip()
        elif name and line.startswith("  - "):
            fields[name] += " " + line[4:]
    return fields


def names_day(text: str, day: int) -> bool:
    """True when the text gives this day of March 2025: '12 March', 'Mar. 12', '2025-03-12',
    '03/12/2025' or '12/03/2025'."""
    patterns = (rf"\b0?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?mar", rf"\bmar[a-z]*\.?\s+0?{day}\b",
                rf"\b2025-03-{day:02d}\b", rf"\b0?3/0?{day}/(?:20)?25\b",
                rf"\b0?{day}/0?3/(?:20)?25\b")
    return mentions_any(patterns, text)


def mentions_any(patterns: Iterable[str], text: str) -> bool:
    """True when any of the regular expressions occurs in the text, ignoring case."""
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


def personal_data_left(text: str) -> list[str]:
    """The kinds of PERSONAL_DATA ('name', 'phone', 'sss', 'email') still written in the text."""
    return [kind for kind, pieces in PERSONAL_DATA.items()
            if any(re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", text) for piece in pieces)]


def statement_numbers(answer: Any) -> set[int] | None:
    """The statement numbers in an answer: a set, list or tuple of whole numbers, one number,
    or text such as "2, 5"; None for anything else."""
    if isinstance(answer, bool):
        return None
    if isinstance(answer, int):
        return {answer}
    if isinstance(answer, str):
        return {int(n) for n in re.findall(r"\d+", answer)} or None
    if isinstance(answer, set | frozenset | list | tuple) and all(
            isinstance(n, int) and not isinstance(n, bool) for n in answer):
        return set(answer)
    return None
