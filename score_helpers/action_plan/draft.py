"""An AI first draft of the Enterprise Improvement Plan, read back into the EIP table.

    from score_helpers.action_plan import draft as apd
    draft = apd.draft_action_plan(gaps, factory_name="Tahi Pinoy Apparel")
    draft              # the table, and a plain note on how it was made
    draft.text         # exactly what the model wrote

The model sees only the gaps (labelled, rounded numbers): no raw records, no names. It
suggests root causes and actions; owner, due date and reviewer are left for people. A
small model often writes text that is not a table: then the plan falls back to the table
filled from the gaps (`action_plan.prefilled_plan`) and the note says so plainly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from score_helpers import llm
from score_helpers.action_plan.plan import EIP_COLUMNS, prefilled_plan, problem_text
from score_helpers.drafting.prompts import CONSTRAINTS

DRAFT_TEMPERATURE = 0.2
DRAFT_MAX_TOKENS = 300
ROLE = ("You are a helper of an Enterprise Improvement Team (EIT) in a small factory in the "
        "Philippines. You suggest root causes and actions for KPI problems. People decide.")
EXAMPLE = ("Needles are changed only when they break", "Change needles every week on a schedule")
FORMAT = ("Answer with one line per problem, exactly in this form, and nothing else:\n"
          "Problem number | Root cause | Action\n"
          f"Example:\n1 | {EXAMPLE[0]} | {EXAMPLE[1]}")
TASK = ("For each problem below, suggest the most likely root cause in the process (not a "
        "person) and one practical action the team can take within a month.")
PARSED = ("The model's suggestions were read into the table. They are only suggestions: "
          "check each root cause with the 5 whys on the shop floor, then fill in the owner, "
          "the due date and who reviewed it.")
FALLBACK = ("The model's answer could not be read as a table, so the table below is filled "
            "from the KPI gaps only. The root cause, action, owner, due date and reviewer "
            "are empty: your team fills them in.")
UNREACHABLE = ("The model could not be reached ({why}), so the table below is filled from "
               "the KPI gaps only, with empty cells for your team to fill.")
_LINE = re.compile(r"^\s*(?:problem\s*)?#?\s*(\d{1,2})\s*[.):|-]?\s*\|\s*(.+?)\s*\|\s*(.+?)"
                   r"\s*\|?\s*$", re.IGNORECASE)
_JUNK = re.compile(r"^[\s\-|:*_.]*$|^(root cause|action)\b", re.IGNORECASE)


def build_plan_prompt(gaps: pd.DataFrame, n: int = 3, factory_name: str | None = None,
                      by: str = "line") -> list[dict[str, str]]:
    """The chat messages: role and rules (system); context, task and format (user)."""
    if gaps.empty:
        raise ValueError("There is no gap to plan for: every KPI meets its target. "
                         "Well done; pick a stricter target if the team wants one.")
    where = factory_name or "our factory"
    period = (f" from {gaps.attrs['start']} to {gaps.attrs['end']}"
              if "start" in gaps.attrs else "")
    problems = "\n".join(f"{number}. {problem_text(gap, by)}" for number, gap
                         in enumerate(gaps.head(n).to_dict("records"), start=1))
    context = f"The KPIs of {where}{period} missed their targets:\n{problems}"
    system = " ".join((ROLE, *CONSTRAINTS))
    return [{"role": "system", "content": system},
            {"role": "user", "content": "\n\n".join((context, TASK, FORMAT))}]


def parse_plan(text: str, gaps: pd.DataFrame, n: int = 3, by: str = "line"
               ) -> pd.DataFrame | None:
    """The model's lines 'number | root cause | action' as an EIP table, or None when no
    line can be read. Problem and KPI always come from the gaps, never from the model."""
    plan = prefilled_plan(gaps, n=n, by=by)
    found = 0
    for line in str(text).splitlines():
        match = _LINE.match(line.strip().strip("`").lstrip("|"))
        if not match:
            continue
        index = int(match.group(1)) - 1
        cause, action = (_clean(match.group(2)), _clean(match.group(3)))
        if (not 0 <= index < len(plan) or _JUNK.match(cause) or _JUNK.match(action)
                or (cause, action) == EXAMPLE):     # the example copied is no suggestion
            continue
        if plan.at[index, "root_cause"]:
            continue                       # keep the first suggestion for each problem
        plan.at[index, "root_cause"], plan.at[index, "action"] = cause, action
        found += 1
    return plan if found else None


def _clean(cell: str) -> str:
    return cell.strip().strip("*_`\"'").strip()


@dataclass(frozen=True, eq=False)
class PlanDraft:
    """An AI-drafted EIP table, what the model wrote, and whether the table came from it."""

    table: pd.DataFrame
    text: str
    from_model: bool
    note: str
    provider: str = ""
    model: str = ""
    seconds: float = 0.0

    def __str__(self) -> str:
        return f"{self.note}\n\n{self.table.to_string(index=False)}"

    def _repr_html_(self) -> str:
        import html

        shown = self.table.rename(columns=EIP_COLUMNS)
        colour = "#1a7f37" if self.from_model else "#b35900"
        who = (f"<small style='color:#555'>{html.escape(self.provider)} · "
               f"{html.escape(self.model)} · {self.seconds:.1f} s</small>" if self.provider
               else "")
        return (f"<div class='score-plan-draft'><div style='border-left:4px solid {colour};"
                f"padding:4px 10px'>{html.escape(self.note)}</div>"
                f"{shown.to_html(index=False, na_rep='')}{who}</div>")


def draft_action_plan(gaps: pd.DataFrame, n: int = 3, provider: llm.Provider | None = None,
                      *, factory_name: str | None = None, by: str = "line",
                      **chat_options: Any) -> PlanDraft:
    """Ask the language model (llm.chat, the configured provider) for root causes and
    actions for the `n` worst gaps, and read its answer into the EIP table.

    Never fails because of the model: an unreadable answer or an unreachable model gives
    the prefilled table and a note that says so.
    """
    messages = build_plan_prompt(gaps, n=n, factory_name=factory_name, by=by)
    options: Mapping[str, Any] = {"temperature": DRAFT_TEMPERATURE,
                                  "max_tokens": DRAFT_MAX_TOKENS, "seed": 2025} | chat_options
    try:
        reply = llm.chat(messages, provider=provider, **options)
    except llm.LLMError as error:
        return PlanDraft(prefilled_plan(gaps, n=n, by=by), "", False,
                         UNREACHABLE.format(why=str(error).rstrip(".")))
    table = parse_plan(reply.text, gaps, n=n, by=by)
    parsed = table is not None
    return PlanDraft(table if parsed else prefilled_plan(gaps, n=n, by=by), reply.text,
                     parsed, PARSED if parsed else FALLBACK, reply.provider, reply.model,
                     reply.seconds)


__all__: Sequence[str] = ("FALLBACK", "PARSED", "PlanDraft", "build_plan_prompt",
                          "draft_action_plan", "parse_plan")
