"""The Enterprise Improvement Plan: KPI gaps, 5 whys, the AI's first draft and its export.

    from score_helpers import action_plan as ap
    gaps = ap.kpi_gaps(weekly)                 # the KPIs furthest from target, comparable
    plan = ap.prefilled_plan(gaps)             # problem, root cause, action, owner, due, KPI
    ap.check_action_plan(plan)                 # ✔ / ✘ per row: owner, date, KPI, no blame

Inside:
- `plan`    gaps, 5 whys and the plan checks (re-exported here);
- `draft`   the AI's first draft of the plan, with a pre-filled fallback;
- `export`  CSV, Markdown and Word, marked DRAFT until reviewed.
It builds on kpi, llm and drafting; it knows no widget, exercise or grading code.
"""

from score_helpers.action_plan.plan import (
    EIP_COLUMNS,
    PlanCheck,
    WhyChain,
    check_action_plan,
    due_in,
    five_whys,
    kpi_gaps,
    plan_rows,
    prefilled_plan,
    problem_text,
    row_issues,
    row_problems,
    worst_per_kpi,
)

__all__ = ["EIP_COLUMNS", "PlanCheck", "WhyChain", "check_action_plan", "due_in",
           "five_whys", "kpi_gaps", "plan_rows", "prefilled_plan", "problem_text",
           "row_issues", "row_problems", "worst_per_kpi"]
