"""Exercises for module 05 · Dashboards and the action plan (nbgrader assignment
`05_dashboards_and_action_plan`).

Six questions on turning KPIs into a plan people own: the biggest gap when units differ
(a calculator is enough), a 5-whys chain that reaches the process (not a person), the three
cells of a plan row a person must fill (owner, due date, reviewer), an action that fits its
KPI, the dashboard part that answers a question, and the review of a whole plan. Every
answer is a name, a date, a click or a list of row numbers. Answers are judged against the
fixed tables of `dashboards_action_plan_data.py`; no model is called.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from score_helpers.exercises import dashboards_action_plan_data as d
from score_helpers.exercises.choice import ChoiceExercise
from score_helpers.exercises.core import (
    CORRECT,
    NOT_ATTEMPTED,
    NOT_YET,
    Exercise,
    Result,
    collect_questions,
    is_blank,
    question,
)
from score_helpers.exercises.document_drafting import ProblemsExercise
from score_helpers.exercises.messages import say

MODULE = "05_dashboards_and_action_plan"


@question
class BiggestGap(ProblemsExercise):
    """Q1 · The KPI with the biggest gap against its target."""

    points = 2
    answer_name = "biggest_gap"
    hints = (
        "The units differ: a percent and a rate per million hours cannot be compared "
        "directly. Measure each gap in steps: how far the value is past green, divided by "
        "the distance from green to amber.",
        "For a KPI where lower is better: (value − target) ÷ (amber − target). Where higher "
        "is better: (target − value) ÷ (target − amber). A negative number means the KPI "
        "beats its target. Give the name in the kpi column of the biggest one.",
    )
    solution = ("# Steps past green, KPI by KPI (a calculator is enough):\n"
                "#   defect rate       (3.0 - 2.0) / (4.0 - 2.0) = 0.5\n"
                "#   on-time delivery  (95 - 86) / (95 - 90)     = 1.8\n"
                "#   OEE               80 % beats its target 75 %: no gap\n"
                "#   absenteeism       (5 - 3) / (6 - 3)         = 0.67\n"
                "#   LTIFR             (12 - 0) / (10 - 0)       = 1.2\n"
                'biggest_gap = "on_time_delivery"')
    common_mistakes = {
        "not_text": "`biggest_gap` should be the KPI's name in quotes, as in the kpi column, "
                    "such as \"defect_rate\".",
        "not_a_kpi": "That is not one of the KPIs in `gaps`. Copy the name from its kpi "
                     "column.",
        "raw_difference": "That KPI has the biggest plain difference, but its unit is "
                          "different (injuries per million hours). Compare the gaps in "
                          "steps from green to amber instead.",
        "beats_target": "That KPI is better than its target: higher is better for it, and "
                        "the value is above the target. It has no gap at all.",
        "smallest_gap": "That KPI misses its target, but only by a little: half a step "
                        "from green to amber. Another KPI is much further off.",
        "other_gap": "That KPI misses its target, but another one is further off. Work out "
                     "the steps from green to amber for each KPI.",
    }

    def problems(self, answer: Any) -> list[str]:
        if not isinstance(answer, str):
            return ["not_text"]
        name = answer.strip().lower().replace(" ", "_").replace("-", "_")
        labels = {row["label"].lower().replace(" ", "_").replace("-", "_"): row["kpi"]
                  for row in d.gaps_table().to_dict("records")}
        name = labels.get(name, name)
        if name == d.BIGGEST_GAP:
            return []
        if name not in d.GAP_VALUES:
            return ["not_a_kpi"]
        return [{d.RAW_DIFFERENCE: "raw_difference", d.BEATS_TARGET: "beats_target",
                 d.SMALLEST_GAP: "smallest_gap"}.get(name, "other_gap")]


@question
class WhyChainChoice(ChoiceExercise):
    """Q2 · Which 5-whys chain reaches a root cause the team can fix?"""

    answer_name = "q2_answer"
    prompt = "Which chain should go into the Enterprise Improvement Plan?"
    options = {
        "A": "Skipped stitches → the needles were blunt → the operator did not check them "
             "→ the operator is careless.",
        "B": "Skipped stitches → the needles were blunt → needles are changed only when they "
             "break → there is no needle-change schedule and no spares at the line.",
        "C": "Skipped stitches → the machines are old → buy new sewing machines for the "
             "whole line.",
        "D": "Skipped stitches → the needles were blunt → change the needles on Line B "
             "today.",
    }
    correct = "B"
    hints = (
        "A good chain ends at something in the process the team can change: a schedule, a "
        "tool, a training, a layout.",
        "Read the last step of each chain. Does it blame a person, jump to a solution, "
        "or stop while the same cause can come back next month?",
    )
    solution = 'q2_answer = "B"  # it ends at a process cause: no schedule, no spares'
    common_mistakes = {
        "A": "That chain stops at a person. \"Careless\" fixes nothing: ask why a careful "
             "person could still miss blunt needles (no schedule, no spares, no check).",
        "C": "That is a solution, not a cause, and a costly one. Ask why first: would new "
             "machines with blunt needles skip fewer stitches?",
        "D": "New needles are a good quick fix, but that chain stops one why too early: "
             "new needles get blunt too. Ask why blunt needles stayed in the machines.",
    }


@question
class FillThePlanRow(Exercise):
    """Q3 · Fill in the cells of the plan row that only a person can fill."""

    points = 3          # one point per cell: owner, due date, reviewer
    answer_names = d.ROW_CELLS
    hints = (
        "Read the row and the check under it. Two cells are empty, and one holds a date "
        "that has already passed.",
        "owner: one role who makes sure the action happens, such as a supervisor. due_date: "
        "a day after 7 April 2025, written \"YYYY-MM-DD\". reviewed_by: the person or role "
        "who read and checked the row.",
    )
    solution = ('owner = "Line B supervisor"\n'
                'due_date = "2025-05-05"\n'
                'reviewed_by = "EIT: production manager and worker representative"')
    common_mistakes = {
        "owner": "The row still has no owner. Name who makes sure the action happens; a "
                 "role such as a supervisor is enough.",
        "whole_team": "When everyone owns an action, nobody does. Name one role who makes "
                      "sure it happens; the others still help.",
        "no_due_date": "The row still has no due date. Choose a day after 7 April 2025, the "
                       "day of the plan.",
        "past_date": "The due date is not after 7 April 2025, the day of the plan. A date "
                     "in the past cannot be met: choose a later one.",
        "bad_date": "The due date is not a date the plan can read. Write it as YYYY-MM-DD "
                    "(year-month-day).",
        "reviewed_by": "Nobody has reviewed the row yet. Write who checked it: the AI "
                       "drafted it, a person decides.",
        "ai_reviewer": "The AI drafted this row, so it cannot be its own reviewer. Write the "
                       "person or role who read and checked it.",
    }

    def evaluate(self, ns: Mapping[str, Any]) -> Result:
        cells = {name: ns.get(name) for name in self.answer_names}
        typed = {name: value for name, value in cells.items()
                 if not (value is None or is_blank(value) or not str(value).strip())}
        if not typed:
            return self.result(NOT_ATTEMPTED, say("not_attempted"))
        found = d.row_cell_problems(typed)
        if not found:
            return self.result(CORRECT, say("correct"))
        earned = self.points * (len(self.answer_names) - len(found)) / len(self.answer_names)
        message = (say("correct_partial", earned=earned, possible=self.points) if earned
                   else say("not_yet"))
        return self.result(NOT_YET, message, earned=earned,
                           details=tuple(self.mistake_text(key) for key in found))


@question
class ActionMatchesKpi(ChoiceExercise):
    """Q4 · The row whose KPI does not fit its action."""

    answer_name = "q4_answer"
    prompt = "In which row will the KPI to watch NOT show whether the action worked?"
    options = {
        "A": "Action: change needles every Monday; keep spare needles at the line → KPI: "
             "defect rate.",
        "B": "Action: pair each new operator with an experienced buddy for her first month "
             "→ KPI: defect rate.",
        "C": "Action: the warehouse delivers the next day's fabric to cutting by 4 pm → KPI: "
             "on-time delivery.",
        "D": "Action: post the shift rota a week ahead, so people can arrange transport and "
             "childcare → KPI: defect rate.",
    }
    correct = "D"
    hints = (
        "For each row ask: if the action works, which number changes first?",
        "Name the problem each action solves (blunt needles, a new operator's rejects, late "
        "fabric, people who cannot plan their week), then the KPI that counts that problem.",
    )
    solution = 'q4_answer = "D"  # an early rota moves absenteeism, not the defect rate'
    common_mistakes = {
        "A": "Blunt needles cause skipped stitches, which are defects: the defect rate is "
             "the right KPI for this action.",
        "B": "A buddy shows a new operator how to set up and check her work, so she makes "
             "fewer rejects: the defect rate fits this action. The EIT minutes of module 02 "
             "paired a new operator with a buddy for that reason.",
        "C": "Fabric on time lets cutting start on time, so orders ship on time: on-time "
             "delivery fits this action.",
    }


@question
class WidgetChoice(ChoiceExercise):
    """Q5 · The dashboard widget that answers the line leader's question."""

    answer_name = "q5_answer"
    prompt = ("The line leader asks: \"We started changing needles every Monday six weeks "
              "ago. Is our defect rate getting better?\" Which part of the dashboard "
              "answers her?")
    options = {
        "A": "The defect-rate card: the latest week's value and its light.",
        "B": "The trend chart of the defect rate, week by week, with the target line.",
        "C": "The Pareto chart of Line B's defect causes.",
        "D": "The line picker, to compare Line B with Line A this week.",
    }
    correct = "B"
    hints = (
        "\"Getting better\" is about change over time, not about one week.",
        "Which widget shows the weeks before and after the change side by side?",
    )
    solution = 'q5_answer = "B"  # a trend over the weeks shows before and after the change'
    common_mistakes = {
        "A": "A card shows one week only. One good or bad week can be luck: to see "
             "\"better\", look at the weeks before and after the change.",
        "C": "A Pareto chart ranks the causes of defects, biggest first. It says what to fix "
             "next, not whether the defect rate is falling week after week.",
        "D": "Comparing two lines shows which one is better this week, not whether Line B "
             "got better since the change. Look at Line B's own weeks.",
    }


@question
class ReviewThePlan(ProblemsExercise):
    """Q6 · Which rows of the plan must be fixed before it is shared?"""

    points = 2
    answer_name = "rows_to_fix"
    shared_keys = ("missed_blame", "missed_past_date", "missed_reviewer", "extra")
    hints = (
        "Every row needs an owner, a due date after 7 April 2025, a KPI that exists, a "
        "reviewer, and a root cause that does not blame a person.",
        "ap.check_action_plan(plan, today=\"2025-04-07\") names the rows for you. Row "
        "numbers start at 1, as in the check.",
    )
    solution = 'rows_to_fix = [2, 3, 5]'
    common_mistakes = {
        "not_numbers": "`rows_to_fix` should be a list of row numbers in square brackets, "
                       "such as [1, 4].",
        "zero_based": "Count the rows from 1, as the check does, not from 0.",
        "not_a_row": "The plan has five rows: use numbers from 1 to 5.",
        "missed_blame": "A row whose root cause blames a person is missing. The 5 whys stop "
                        "at the process, never at a person.",
        "missed_past_date": "A row whose due date is already past is missing. Compare each "
                            "date with 7 April 2025.",
        "missed_reviewer": "A row that nobody reviewed is missing. Look at the reviewed_by "
                           "column.",
        "extra": "You added a row that is fine as it is: it has everything the review "
                 "asks for.",
    }

    def problems(self, answer: Any) -> list[str]:
        return d.review_problems(answer)


QUESTIONS = collect_questions(MODULE, globals())  # q1, q2, … in the order written

__all__ = ["MODULE", "QUESTIONS", *(q.question for q in QUESTIONS)]
