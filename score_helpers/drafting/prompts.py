"""Prompts for SCORE workplace documents: the AI drafts, people review.

    messages = build_prompt("toolbox_talk", topic="Forklift safety",
                            hazards="Blind corners", controls="Horn at corners")
    reply = chat(messages)                       # score_helpers.llm.chat
    review_checklist(reply.text, fields, "toolbox_talk")   # see score_helpers.drafting.review

Each prompt follows the same five parts: role, context, task, format and constraints.
The system message holds the role and the constraints; the user message holds the context
(the facts a person typed in), the task and the format with the section headings the draft
must have. `prompt_parts` tells which of the five parts a prompt has, and `check_prompt`
why (see `prompt_parts.py`), so an exercise can grade a participant's own prompt.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from score_helpers.drafting.prompt_parts import check_prompt, parts_present
from score_helpers.i18n import en_documents

TO_CONFIRM = "[TO CONFIRM]"
LANGUAGES: dict[str, str] = {
    "English": "Write in plain, simple English.",
    "Filipino": "Write in Filipino (Tagalog), in plain words a production worker uses. "
                "Keep the section headings exactly as given, in English.",
    "Taglish": "Write in Taglish: the everyday mix of Filipino and English spoken on the "
               "factory floor. Keep the section headings exactly as given, in English.",
}
CONSTRAINTS: tuple[str, ...] = (
    "Use only the facts given in the context.",
    "Do not invent names, numbers or dates.",
    f"Where information is missing, write {TO_CONFIRM} instead of guessing.",
    "Use plain language and short sentences.",
    "Do not blame any person or group; describe what happened and what to do next.",
)


@dataclass(frozen=True)
class DocumentType:
    """One kind of SCORE document the AI can draft, with what it needs and what it gives."""

    kind: str
    title: str
    required_fields: tuple[str, ...]
    optional_fields: tuple[str, ...]
    sections: tuple[str, ...]
    role: str
    task: str
    format: str

    @property
    def fields(self) -> tuple[str, ...]:
        """Every field this document accepts, required first."""
        return self.required_fields + self.optional_fields


# What a person puts in each field; used in error messages and in the notebooks' forms (the
# English of the string tables, score_helpers/i18n/en_documents.py, whose Filipino the app shows).
FIELD_HINTS: dict[str, str] = en_documents.FIELD_HINTS

TITLES = en_documents.DOCUMENT_TITLES
_ROLE = ("You are a writing assistant for an Enterprise Improvement Team (EIT) in a Philippine "
         "SME factory taking part in the ILO SCORE programme. ")
DOCUMENT_TYPES: dict[str, DocumentType] = {d.kind: d for d in (
    DocumentType(
        "eit_minutes", TITLES["eit_minutes"], ("meeting_date", "attendees", "notes"),
        ("factory", "next_meeting"),
        ("Attendance", "Discussion", "Decisions", "Action items", "Next meeting"),
        _ROLE + "You turn rough notes into clear minutes that managers and workers trust.",
        "Write the minutes of the EIT meeting from the rough notes.",
        "Under each heading use short bullet points. Under 'Action items' give what, who "
        "and by when for each action."),
    DocumentType(
        "grievance_procedure", TITLES["grievance_procedure"],
        ("company", "contact_role", "response_days"), ("appeal_role", "union"),
        ("Purpose", "Who can use it", "Steps", "Timelines",
         "Confidentiality and no retaliation"),
        _ROLE + "You write fair workplace procedures that workers can follow.",
        "Write the company's grievance procedure for workers.",
        "Number the steps. Keep it to one page."),
    DocumentType(
        "grievance_acknowledgement", TITLES["grievance_acknowledgement"],
        ("recipient", "date_received", "issue_summary", "contact_role"),
        ("response_days", "grievance_id", "handled_by", "next_step", "next_step_by"),
        ("Acknowledgement", "What happens next", "Contact"),
        _ROLE + "You write respectful, neutral letters to workers.",
        "Write a letter acknowledging that the worker's grievance was received.",
        "A short letter of three short paragraphs, one under each heading. Take no side."),
    DocumentType(
        "toolbox_talk", TITLES["toolbox_talk"], ("topic", "hazards", "controls"),
        ("incident", "duration_minutes"),
        ("Why this matters", "The hazards", "How we stay safe", "Questions for the team"),
        _ROLE + "You help supervisors give short safety talks at the start of a shift.",
        "Write a toolbox talk the supervisor can read aloud on the topic.",
        "Spoken style, short sentences, bullet points; end with two or three questions."),
    DocumentType(
        "five_s_announcement", TITLES["five_s_announcement"], ("area", "activity", "date"),
        ("time", "what_to_bring"),
        ("What", "When and where", "What we ask of you", "Why"),
        _ROLE + "You write friendly notices for the factory notice board.",
        "Write a notice announcing the 5S activity.",
        "A notice of under 150 words with the headings in bold."),
    DocumentType(
        "suggestion_memo", TITLES["suggestion_memo"],
        ("purpose", "how_to_submit", "review_period"), ("reward", "contact_role"),
        ("Purpose", "How to submit", "What happens next", "Recognition"),
        _ROLE + "You write memos that invite every worker to share ideas.",
        "Write a memo launching or reminding workers of the suggestion scheme.",
        "A one-page memo with short paragraphs under each heading."),
    DocumentType(
        "shift_handover", TITLES["shift_handover"], ("shift", "line", "notes"),
        ("open_issues",),
        ("Output and quality", "Safety", "Equipment", "Open issues for next shift"),
        _ROLE + "You summarise shift handover notes so the next shift starts well informed.",
        "Summarise the shift handover notes for the incoming shift.",
        "Bullet points under each heading; at most 120 words."),
)}


def _suggest(word: str, options: Sequence[str]) -> str:
    """' Did you mean 'x'?' for the closest option, or '' when none is close."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.5)
    return f" Did you mean '{close[0]}'?" if close else ""


def document_type(kind: str) -> DocumentType:
    """The DocumentType for `kind`; a ValueError lists the kinds and suggests the closest."""
    if kind in DOCUMENT_TYPES:
        return DOCUMENT_TYPES[kind]
    raise ValueError(f"Unknown document kind '{kind}'.{_suggest(kind, list(DOCUMENT_TYPES))} "
                     f"Kinds: {', '.join(DOCUMENT_TYPES)}.")


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str | list | tuple) and not
                             (value.strip() if isinstance(value, str) else value))


def _show(value: object) -> str:
    """A field value as prompt text: a list or tuple becomes bullet lines."""
    if isinstance(value, list | tuple):
        return "".join(f"\n  - {item}" for item in value)
    return f" {value}"


def build_prompt(kind: str, *, language: str = "English",
                 **fields: object) -> list[dict[str, str]]:
    """Chat messages asking a model to draft a `kind` document from the given fields.

    The system message holds the role and the constraints; the user message the context
    (one line per field), the task and the format with the required section headings.
    Raises ValueError for an unknown kind, language or field, or a missing required field.
    """
    doc = document_type(kind)
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language '{language}'.{_suggest(language, list(LANGUAGES))}"
                         f" Languages: {', '.join(LANGUAGES)}.")
    unknown = [name for name in fields if name not in doc.fields]
    if unknown:
        raise ValueError("; ".join(
            f"'{doc.kind}' has no field '{name}'.{_suggest(name, doc.fields)}"
            for name in unknown) + f" Fields: {', '.join(doc.fields)}.")
    missing = [name for name in doc.required_fields if _is_blank(fields.get(name))]
    if missing:
        raise ValueError(f"{doc.title} needs: " + "; ".join(
            f"'{name}' ({FIELD_HINTS.get(name, 'fill it in')})" for name in missing) + ".")
    constraints = "\n".join(f"- {rule}" for rule in (*CONSTRAINTS, LANGUAGES[language]))
    system = f"{doc.role}\n\nConstraints:\n{constraints}"
    context = "\n".join(f"- {name.replace('_', ' ').capitalize()}:{_show(value)}"
                        for name, value in fields.items() if not _is_blank(value))
    headings = "\n".join(f"- {heading}" for heading in doc.sections)
    user = (f"Context (the only facts you may use):\n{context}\n\n"
            f"Task: {doc.task}\n\n"
            f"Format: {doc.format} Use exactly these section headings, in this order:\n"
            f"{headings}")
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def prompt_parts(messages: str | Sequence[Mapping[str, str]]) -> dict[str, bool]:
    """Which of the five parts (role, context, task, format, constraints) a prompt has.

    `messages` is a plain string (a participant's own prompt) or chat messages. A part
    counts only when it does its job (a role names who the model is, the context gives
    facts, …), so a list of cue words such as "You are. Write." earns nothing. The rules,
    and the reason to show for each part, are in `score_helpers.drafting.prompt_parts`
    (`check_prompt`).
    """
    return parts_present(messages)


__all__ = ["CONSTRAINTS", "DOCUMENT_TYPES", "FIELD_HINTS", "LANGUAGES", "TO_CONFIRM",
           "DocumentType", "build_prompt", "check_prompt", "document_type", "prompt_parts"]
