"""Exercises for module 02 · Drafting workplace documents with AI (`02_document_drafting`).

Nine questions, all graded on what a person writes or decides, never on a model's output
(the notebook does not call the AI at all): a prompt with its five parts, a redacted
grievance, two click-to-answer questions on temperature, the errors in a flawed AI draft of
EIT minutes, a prompt built from a template without personal data, a reflection, and the
grievance workflow: the share acknowledged within 5 days, and the next escalation step.
The sample texts, and the small readers that find facts in an answer, are in
`document_drafting_data.py`; the base of the written-answer questions and the body of Q1
(graded by `score_helpers.drafting.prompt_parts`) in `document_drafting_prompt.py`; the
bodies of the two grievance questions in `document_drafting_grievances.py`.
"""

from __future__ import annotations

import re
from typing import Any

from score_helpers import privacy
from score_helpers.drafting import prompt_parts, prompts
from score_helpers.exercises import document_drafting_data as texts
from score_helpers.exercises.choice import ChoiceExercise, TrueFalseExercise
from score_helpers.exercises.core import collect_questions, question
from score_helpers.exercises.document_drafting_grievances import (
    AcknowledgedOnTimeQuestion,
    NextEscalationStepQuestion,
)
from score_helpers.exercises.document_drafting_prompt import (
    FivePartPromptQuestion,
    ProblemsExercise,
)
from score_helpers.exercises.kinds import ReflectionExercise

MODULE = "02_document_drafting"
# The grievance log view's words (widgets/) and the prompt grader's reasons (drafting/).
MESSAGES: dict[str, str] = dict(prompt_parts.REASONS)
ACKNOWLEDGEMENT = prompts.DOCUMENT_TYPES["grievance_acknowledgement"]


@question
class FivePartPrompt(FivePartPromptQuestion):
    """Q1 · Your own prompt for a toolbox talk on forklift safety, with all five parts."""


@question
class RedactGrievance(ProblemsExercise):
    """Q2 · The grievance with its personal data removed and its facts kept."""

    points = 2
    answer_name = "redacted"
    hints = (
        "privacy.redact(text, roster=…) removes phone, ID and e-mail by itself. It finds "
        "names only when you give it the list of names.",
        "Give it the list `workers` as the roster, and keep the .text of the result.",
    )
    solution = "redacted = privacy.redact(grievance, roster=workers).text"
    common_mistakes = {
        "not_text": "`redacted` should be text: the grievance after privacy.redact(…).",
        "unchanged": "Nothing was removed: this is still the whole grievance. Run it through "
                     "privacy.redact(…) and keep the result.",
        "facts_lost": "Some ordinary facts are gone: the date, the peso amount or the line. "
                      "The AI needs them to draft a reply. Remove only the personal data.",
        "name": "The worker's name is still there. redact() only knows the names you give "
                "it: pass the list of workers as the roster.",
        "phone": "A mobile number is still there. It is personal information under "
                 "RA 10173: remove it.",
        "sss": "The SSS number is still there. It is sensitive personal information under "
               "RA 10173: remove it.",
        "email": "The e-mail address is still there. It points to the worker: remove it.",
    }

    def problems(self, answer: Any) -> list[str]:
        if not isinstance(answer, str | privacy.Redaction):
            return ["not_text"]
        text = str(answer)
        if text.strip() == texts.GRIEVANCE:
            return ["unchanged"]
        found = [] if all(f in text for f in texts.FACTS_TO_KEEP) else ["facts_lost"]
        return found + texts.personal_data_left(text)


@question
class MinutesTemperature(ChoiceExercise):
    """Q3 · The temperature for minutes drafted from rough notes."""

    answer_name = "q3_answer"
    prompt = ("Your EIT asks the AI to turn the rough notes of today's meeting into minutes. "
              "Which temperature do you set?")
    options = {
        "A": "High, about 1: the wording sounds more natural, less like a machine",
        "B": "Low, 0 to 0.3: the most likely words, much the same each time",
        "C": "Medium, about 0.7: some variety, a common setting for chat",
        "D": "It does not matter: a person checks the draft anyway",
    }
    correct = "B"
    hints = ("Temperature sets how much the AI may wander from the most likely words.",
             "Minutes must say what the notes say, no more. Little wandering or a lot?")
    solution = 'q3_answer = "B"  # minutes repeat the facts: low temperature'
    common_mistakes = {
        "A": "A high temperature does vary the wording, but the AI also drifts from the "
             "notes. It suits ideas, such as names for a 5S campaign; minutes must stay with "
             "the notes.",
        "C": "Medium lets the AI pick less likely words now and then. Minutes should say the "
             "facts the same plain way every time.",
        "D": "A person still checks, yes. But the setting that keeps the draft close to the "
             "notes leaves fewer mistakes to find.",
    }


@question
class ZeroIsNotCorrect(TrueFalseExercise):
    """Q4 · True or false: at temperature 0 the AI's draft is always correct."""

    answer_name = "q4_answer"
    prompt = "True or false: with the temperature at 0, the AI's draft is always correct."
    correct = "False"
    hints = ("At temperature 0 the AI always picks its most likely next word. Is the most "
             "likely word always the true one?",)
    solution = "q4_answer = False  # steady is not the same as right"
    common_mistakes = {
        "True": "Temperature 0 makes the AI give the same answer each time, not the right "
                "answer. It can still copy a number wrong or invent a deadline, so a person "
                "checks every draft.",
    }


@question
class FindTheErrors(ProblemsExercise):
    """Q5 · The statements of the AI draft that do not match the meeting notes."""

    points = 2
    answer_name = "wrong_lines"
    hints = (
        "Put the notes and the draft side by side. For each statement ask: do the notes "
        "say this, and say it the same way?",
        "Look for four kinds of error: a number changed, a decision lost, a deadline made "
        "up, and a person who was never mentioned.",
    )
    solution = "wrong_lines = {2, 5, 6, 8}"
    common_mistakes = {
        "not_numbers": "`wrong_lines` should hold statement numbers in curly brackets, "
                       "such as {3, 4}.",
        "out_of_range": "The draft has statements 1 to 9. Use only those numbers.",
        "none_marked": "You marked no statement. AI drafts often have errors: read each "
                       "statement next to the notes.",
        "checklist_only": "That is what the checklist found: numbers, dates and names that "
                          "are not in the notes. Read each statement against the notes to "
                          "find the rest.",
        "wrong_number": "A number in the draft differs from the notes. Compare the numbers "
                        "one by one.",
        "lost_decision": "The notes record a decision that the draft leaves out or turns "
                         "around. Find what the team AGREED and check the draft says it.",
        "invented_deadline": "One action has a deadline the notes do not give: the AI made "
                             "it up. Check every date and every 'by' against the notes.",
        "invented_person": "The draft names a person who is not in the notes: the AI "
                           "invented them. Check every name.",
        "marked_correct": "You marked a statement that matches the notes. Read it again next "
                          "to the notes: the AI gets many statements right.",
    }

    def problems(self, answer: Any) -> list[str]:
        marked = texts.statement_numbers(answer)
        if marked is None:
            return ["not_numbers"]
        if not marked:
            return ["none_marked"]
        if not marked <= set(texts.DRAFT_LINES):
            return ["out_of_range"]
        if marked == texts.CHECKLIST_FLAGS:
            return ["checklist_only"]
        found = [kind for line, kind in texts.PLANTED_ERRORS.items() if line not in marked]
        return found + (["marked_correct"] if marked - set(texts.PLANTED_ERRORS) else [])


@question
class AcknowledgementPrompt(ProblemsExercise):
    """Q6 · A prompt from the acknowledgement-letter template, with no personal data."""

    points = 2
    answer_name = "letter_prompt"
    hints = (
        "Find the kind of document for a letter to one worker in prompts.DOCUMENT_TYPES. "
        "Its required fields are recipient, date_received, issue_summary and contact_role.",
        "Take each value from the story. For the recipient write a role such as \"the "
        "worker\": her name, phone and SSS number stay out of the prompt.",
    )
    solution = ('letter_prompt = prompts.build_prompt("grievance_acknowledgement", '
                'recipient="the worker",\n    date_received="12 March 2025", '
                'issue_summary="Pay for the 16–28 February cut-off was short by PHP 1,250.",'
                '\n    contact_role="HR officer", response_days=5)')
    common_mistakes = {
        "not_messages": "`letter_prompt` should be the messages that prompts.build_prompt(…) "
                        "gives back. Put the call after the = sign.",
        "wrong_kind": "That prompt is for another kind of document. This letter tells one "
                      "worker that her grievance was received: find that kind.",
        "name": "A name is in the prompt. Write the worker's role as the recipient and leave "
                "other names out; you add her name by hand after you review the letter.",
        "numbers": "The prompt has the worker's phone number, SSS number or e-mail. The "
                   "letter does not need them: leave them out.",
        "date_noticed": "That is the day she got her short pay. Use the day the HR office "
                        "received the grievance.",
        "wrong_date": "The date received does not match the story. When did the HR office "
                      "receive the grievance?",
        "wrong_contact": "The contact role does not match the story. Who answers grievances?",
        "issue_off": "The issue summary does not say what the grievance is about. Say it in "
                     "a few neutral words.",
        "wrong_days": "The response days do not match the story. How many working days "
                      "does the HR office take to answer?",
    }

    def problems(self, answer: Any) -> list[str]:
        text = texts.messages_text(answer)
        if text is None:
            return ["not_messages"]
        if ACKNOWLEDGEMENT.task not in text:
            return ["wrong_kind"]
        fields = texts.prompt_fields(text)
        kinds = privacy.redact("\n".join(fields.values()), roster=texts.WORKERS).counts()
        found = ["name"] if "NAME" in kinds else []
        found += ["numbers"] if set(kinds) - {"NAME"} else []
        date = fields.get("date received", "")
        if not texts.names_day(date, texts.DATE_RECEIVED):
            found.append("date_noticed" if texts.names_day(date, texts.DATE_NOTICED)
                         else "wrong_date")
        if not texts.mentions_any(texts.CONTACT_WORDS, fields.get("contact role", "")):
            found.append("wrong_contact")
        if not texts.mentions_any(texts.ISSUE_WORDS, fields.get("issue summary", "")):
            found.append("issue_off")
        days = re.findall(r"\d+", fields.get("response days", str(texts.RESPONSE_DAYS)))
        if days != [str(texts.RESPONSE_DAYS)]:
            found.append("wrong_days")
        return found


@question
class WhyReview(ReflectionExercise):
    """Q7 · Why a person reviews every AI draft before it is shared."""

    answer_name = "why_review"
    min_words = 8
    hints = ("Think of question 5: what would have happened if the team had posted that "
             "draft without reading it?",)
    solution = 'why_review = "..."  # any honest answer of a sentence or two counts'
    example_answer = ("Example: the AI can change a number or invent a deadline, and the "
                      "minutes carry the team's name. A person who was at the meeting reads "
                      "the draft against the notes, so workers and managers can trust it.")



@question
class AcknowledgedOnTime(AcknowledgedOnTimeQuestion):
    """Q8 · The share of grievances acknowledged within 5 days."""


@question
class NextEscalationStep(NextEscalationStepQuestion):
    """Q9 · Where an unsettled grievance goes next on the escalation path."""

QUESTIONS = collect_questions(MODULE, globals())  # q1, q2, … in the order written

__all__ = ["MODULE", "ProblemsExercise", "QUESTIONS", *(q.question for q in QUESTIONS)]
