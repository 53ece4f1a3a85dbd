"""The fixed tables of module 05's exercises: one line's KPI gaps, a plan row to fix and a
plan to review. They never change, so the answers do not depend on the course datasets."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from score_helpers import action_plan as ap
from score_helpers.kpi.targets import DEFAULT_TARGETS, kpi_info

TODAY = "2025-04-07"      # the story's Monday: every due date must come after it

# Line B of a garment factory, March 2025: value of each KPI; targets are the course's.
GAP_VALUES: dict[str, float] = {
    "defect_rate": 0.030, "on_time_delivery": 0.86, "oee": 0.80,
    "absenteeism_rate": 0.05, "frequency_rate": 12.0,
}
BIGGEST_GAP = "on_time_delivery"
RAW_DIFFERENCE = "frequency_rate"     # the biggest plain difference: other units
BEATS_TARGET = "oee"                  # better than its target: no gap at all
SMALLEST_GAP = "defect_rate"


def gaps_table() -> pd.DataFrame:
    """Line B's KPIs in March: value, green target and amber limit."""
    rows = []
    for kpi, value in GAP_VALUES.items():
        target = DEFAULT_TARGETS[kpi]
        rows.append({"kpi": kpi, "label": kpi_info(kpi).label, "value": value,
                     "target": target.green, "amber": target.amber,
                     "higher_is_better": target.higher_is_better})
    return pd.DataFrame(rows)


def how_far_off(kpi: str) -> float:
    """The gap in steps from green to amber (positive: worse than the target)."""
    target = DEFAULT_TARGETS[kpi]
    sign = -1.0 if target.higher_is_better else 1.0
    return sign * (GAP_VALUES[kpi] - target.green) / abs(target.amber - target.green)


# Q3: a row the AI drafted. The participant types its three missing or wrong cells.
ROW_TO_FIX: dict[str, Any] = {
    "problem": "Line B: defect rate 3.0 % in March (target 2.0 %)",
    "root_cause": "No needle-change schedule and no spare needles at the line",
    "action": "Change needles every Monday; keep a box of spare needles at the line",
    "owner": "",
    "due_date": "2025-03-15",
    "kpi": "defect_rate",
    "reviewed_by": "",
}
ROW_CELLS = ("owner", "due_date", "reviewed_by")
# An owner that names everybody names nobody (module 05, section 9: one role owns a row).
WHOLE_TEAM = frozenset({
    "everyone", "everybody", "all", "all of us", "team", "the team", "whole team",
    "the whole team", "eit", "the eit", "line b", "the line", "all workers", "all operators",
    "operators", "the operators", "workers", "lahat", "tayong lahat", "lahat kami",
    "buong team", "buong line", "line b team",
})
# Words that name the AI itself, not a person who checked its draft.
AI_WORDS = frozenset({"ai", "a.i", "chatgpt", "gpt", "model", "the model", "language model",
                      "copilot", "gemini", "smollm", "computer", "the ai", "ang ai"})
FILLER = frozenset({"the", "by", "ang", "ng", "si", "reviewed", "checked", "draft", "tool",
                    "assistant", "language", "app"})
EMPTY_CELL = {"owner": "owner", "due_date": "no_due_date", "reviewed_by": "reviewed_by"}


def filled_row(cells: Mapping[str, Any]) -> dict[str, Any]:
    """ROW_TO_FIX with the participant's owner, due date and reviewer typed in."""
    return ROW_TO_FIX | {cell: cells.get(cell, "") for cell in ROW_CELLS}


def row_cell_problems(cells: Mapping[str, Any]) -> list[str]:
    """Q3: one problem key per cell still wrong, in the row's order (none: the row is ready).

    The dates follow the plan's own check (`action_plan.row_issues` on the story's day),
    so the exercise and `check_action_plan` can never disagree."""
    issues = dict(ap.row_issues(filled_row(cells), TODAY))
    found = []
    for cell in ROW_CELLS:
        text = str(cells.get(cell) or "").strip()
        words = text.casefold().rstrip(".!")
        if not text:
            found.append(EMPTY_CELL[cell])
        elif cell == "owner" and words in WHOLE_TEAM:
            found.append("whole_team")
        elif cell == "due_date" and ("past_date" in issues or "bad_date" in issues):
            found.append("past_date" if "past_date" in issues else "bad_date")
        elif cell == "reviewed_by" and _names_only_the_ai(words):
            found.append("ai_reviewer")
    return found


def _names_only_the_ai(words: str) -> bool:
    """True when a reviewer's name is only the AI (with filler words), never a person."""
    if words in AI_WORDS:
        return True
    tokens = [t for t in re.split(r"[\s,:;/&+()-]+", words) if t]
    return bool(tokens) and all(t in AI_WORDS or t in FILLER for t in tokens) and any(
        t in AI_WORDS for t in tokens)


# Q6: a plan of five rows to review on TODAY.
PLAN_ROWS: list[dict[str, str]] = [
    {"problem": "Line B: defect rate 3.0 %", "root_cause": "No needle-change schedule",
     "action": "Change needles every Monday", "owner": "Line B supervisor",
     "due_date": "2025-05-05", "kpi": "defect_rate", "reviewed_by": "EIT chair"},
    {"problem": "Line A: on-time delivery 86 %", "root_cause": "Fabric reaches cutting late",
     "action": "Warehouse delivers fabric by 4 pm the day before", "owner": "Warehouse lead",
     "due_date": "2025-03-31", "kpi": "on_time_delivery", "reviewed_by": "Planner"},
    {"problem": "Line C: OEE 58 %", "root_cause": "The operator was careless",
     "action": "Log every stop over 5 minutes", "owner": "Line C supervisor",
     "due_date": "2025-05-19", "kpi": "oee", "reviewed_by": "Maintenance technician"},
    {"problem": "Line A: absenteeism 5 %", "root_cause": "Shift rota posted only the day before",
     "action": "Post the rota a week ahead", "owner": "HR officer",
     "due_date": "2025-04-28", "kpi": "absenteeism_rate", "reviewed_by": "Worker representative"},
    {"problem": "Cutting: 2 lost-time injuries", "root_cause": "Blade guards removed to clear jams",
     "action": "Jam-clearing tool at each cutter; guards locked", "owner": "Safety officer",
     "due_date": "2025-04-21", "kpi": "frequency_rate", "reviewed_by": ""},
]
ROWS_TO_FIX = (2, 3, 5)
ROW_MISTAKES = {3: "missed_blame", 2: "missed_past_date", 5: "missed_reviewer"}  # if left out


def plan_to_review() -> pd.DataFrame:
    """The five-row plan of question 6."""
    return ap.plan_rows(PLAN_ROWS)


def review_problems(answer: Any) -> list[str]:
    """Q6: the problem keys of a list of row numbers."""
    numbers = _numbers(answer)
    if numbers is None:
        return ["not_numbers"]
    right = set(ROWS_TO_FIX)
    if numbers == {n - 1 for n in right}:
        return ["zero_based"]
    if not numbers <= set(range(1, len(PLAN_ROWS) + 1)):
        return ["not_a_row"]
    found = [key for row, key in ROW_MISTAKES.items() if row not in numbers]
    return [*found, "extra"] if numbers - right else found


def _numbers(answer: Any) -> set[int] | None:
    if isinstance(answer, str):
        parts = [p for p in answer.replace(",", " ").split() if p]
    elif isinstance(answer, (list, tuple, set, pd.Series)):
        parts = list(answer)
    else:
        return None
    try:
        return {int(p) for p in parts}
    except (TypeError, ValueError):
        return None
