"""Filled-in copies of the participant notebooks, for tests, benchmarks and demos.

A participant replaces each `____` blank (left by nbgrader where a solution region was)
with an answer; `fill_answers` does the same to a notebook's JSON, by the answer cell's
nbgrader grade_id.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

BLANK_LINE = re.compile(r"(?m)^(\s*)____\s*$")

# The right answers of the module 00 warm-up, as a participant would type them.
WARMUP_RIGHT: dict[str, str] = {
    "q1_answer": "defects / units_produced",
    "q2_answer": '"B"',
    "q3_answer": "True",
    "q4_answer": "608",
    "q5_answer": '"B"',
    "q6_answer": '"AI could draft our toolbox talks from the near-miss log. '
                 'Deciding who works overtime stays with people."',
}

# The right answers of module 02's document drafting exercises (14 points).
DOCUMENT_DRAFTING_RIGHT: dict[str, str] = {
    "q1_answer": '"You are a safety officer. Here are the facts: a forklift nearly hit a packer '
                 'at Gate 2. Write a toolbox talk in bullet points. Use only the facts given."',
    "q2_answer": "privacy.redact(grievance, roster=workers).text",
    "q3_answer": '"B"',
    "q4_answer": "False",
    "q5_answer": "{2, 5, 6, 8}",
    "q6_answer": 'prompts.build_prompt("grievance_acknowledgement", recipient="the worker", '
                 'date_received="12 March 2025", issue_summary="Short pay for the February '
                 'cut-off.", contact_role="HR officer", response_days=5)',
    "q7_answer": '"The AI can change a number, so someone who was at the meeting reads it."',
    "q8_answer": "kpi.acknowledged_within(grievances, days=5)",
    "q9_answer": '"B"',
}


def fill_answers(notebook: Mapping[str, Any], answers: Mapping[str, str]) -> dict[str, Any]:
    """A copy of a notebook (as JSON) whose blank in each answer cell holds `answers[id]`."""
    filled = copy.deepcopy(dict(notebook))
    for cell in filled["cells"]:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            source = "".join(cell["source"])
            cell["source"] = BLANK_LINE.sub(
                lambda match, answer=answers[grade_id]: match.group(1) + answer, source, 1)
    return filled
