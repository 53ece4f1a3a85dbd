"""Exercises for module 01 · Real-time QCDMS KPI tracking (nbgrader assignment `01_kpi_tracking`).

Eight questions for supervisors and workers: compute two KPIs of March (defect rate, cost
per good unit), OEE from a shift board with a calculator, which loss to tackle first, and
two numbers read from the module's charts (weeks that missed the delivery target, the share
of the biggest defect causes), plus two click-to-answer questions on reading the numbers.
The data, the shift board and the chart readings are in `kpi_tracking_data.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from score_helpers import kpi
from score_helpers.exercises.choice import ChoiceExercise, TrueFalseExercise
from score_helpers.exercises.core import collect_questions, question
from score_helpers.exercises.kinds import ValueExercise
from score_helpers.exercises.kpi_tracking_data import (
    BOARD,
    MARCH,
    MEAN_OF_DAILY,
    MESSAGES,
    MODULE,
    ChartReading,
    between,
    line_cost,
    march_line,
    missed_weeks,
    pareto_share,
    top_defects,
)
from score_helpers.exercises.safety_checks import FixedValueExercise


@question
class DefectRateLineA(ValueExercise):
    """Q1 · Line A's defect rate in March 2025."""

    points = 2
    answer_name = "defect_rate_a"
    hints = (
        "Defect rate = defects ÷ units produced, for the same days.",
        "Add up each column of `line_a` with .sum(), then divide once: "
        "line_a[\"defects\"].sum() / line_a[\"units_produced\"].sum()",
    )
    solution = 'defect_rate_a = line_a["defects"].sum() / line_a["units_produced"].sum()'
    common_mistakes = {
        "good_units": "Divide by all units produced, not only the good ones.",
        "mean_of_daily": MEAN_OF_DAILY,
        "whole_period": "That uses every day in the data, not only March 2025. Use the "
                        "filtered table `line_a`.",
        "all_lines": "That is the defect rate of all three lines. Keep only Line A.",
        "upside_down": "You divided the units by the defects. Put the defects on top: "
                       "defects ÷ units produced.",
    }

    def expected(self, ns: Mapping[str, Any]) -> float:
        line = march_line(ns, "Line A")
        return kpi.defect_rate(line["defects"].sum(), line["units_produced"].sum())

    def mistake_good_units(self, ns: Mapping[str, Any]) -> float:
        line = march_line(ns, "Line A")
        return line["defects"].sum() / (line["units_produced"].sum() - line["defects"].sum())

    def mistake_mean_of_daily(self, ns: Mapping[str, Any]) -> float:
        line = march_line(ns, "Line A")
        return float((line["defects"] / line["units_produced"]).mean())

    def mistake_whole_period(self, ns: Mapping[str, Any]) -> float:
        line = ns["production"][ns["production"]["line"] == "Line A"]
        return line["defects"].sum() / line["units_produced"].sum()

    def mistake_all_lines(self, ns: Mapping[str, Any]) -> float:
        march = between(ns["production"], *MARCH)
        return march["defects"].sum() / march["units_produced"].sum()

    def mistake_upside_down(self, ns: Mapping[str, Any]) -> float:
        line = march_line(ns, "Line A")
        return line["units_produced"].sum() / line["defects"].sum()


@question
class RatioOfSums(ChoiceExercise):
    """Q2 · Two days together: a ratio of sums."""

    answer_name = "q2_answer"
    prompt = ("Monday: 2 defects in 20 pieces (10 %). Tuesday: 8 defects in 800 pieces "
              "(1 %). What is the defect rate of the two days together?")
    options = {
        "A": "5.5 %",
        "B": "About 1.2 %",
        "C": "11 %",
        "D": "1 %",
    }
    correct = "B"
    hints = (
        "Which day made more pieces? Should a 20-piece day count as much as an 800-piece day?",
        "Add the defects of both days, add the pieces of both days, then divide once.",
    )
    solution = 'q2_answer = "B"  # (2 + 8) ÷ (20 + 800): add the counts, then divide once'
    common_mistakes = {
        "A": "That is the average of the two daily percentages. It counts the 20-piece "
             "Monday as much as the 800-piece Tuesday. Add the counts first, then divide.",
        "C": "You added the two percentages. Add the defects and the pieces instead, then "
             "divide once.",
        "D": "That is Tuesday alone. Monday's pieces and defects count too.",
    }


@question
class CostPerGoodUnitLineB(ValueExercise):
    """Q3 · Line B's cost per good unit in March 2025, in pesos."""

    points = 2
    answer_name = "cost_per_unit_b"
    hints = (
        "Cost per good unit = total cost ÷ good units. Good units = units produced − units "
        "scrapped: a reworked piece was repaired and is sold.",
        "total_cost / (line_b[\"units_produced\"].sum() - line_b[\"units_scrapped\"].sum())",
    )
    solution = ('cost_per_unit_b = total_cost / (line_b["units_produced"].sum() '
                '- line_b["units_scrapped"].sum())')
    common_mistakes = {
        "all_units": "Divide by the good units: units produced minus units scrapped. "
                     "Scrapped pieces cannot be sold, so the good pieces carry their cost.",
        "defects_out": "Reworked pieces were repaired and sold. Subtract only the scrapped "
                       "units, not all the defects.",
        "mean_of_daily": MEAN_OF_DAILY,
        "whole_period": "That uses every day of Line B in the data, not only March 2025. "
                        "Use the filtered table `line_b`.",
    }

    def expected(self, ns: Mapping[str, Any]) -> float:
        line = march_line(ns, "Line B")
        good = line["units_produced"].sum() - line["units_scrapped"].sum()
        return kpi.cost_per_unit(line_cost(line).sum(), good)

    def mistake_all_units(self, ns: Mapping[str, Any]) -> float:
        line = march_line(ns, "Line B")
        return line_cost(line).sum() / line["units_produced"].sum()

    def mistake_defects_out(self, ns: Mapping[str, Any]) -> float:
        line = march_line(ns, "Line B")
        return line_cost(line).sum() / (line["units_produced"].sum() - line["defects"].sum())

    def mistake_mean_of_daily(self, ns: Mapping[str, Any]) -> float:
        line = march_line(ns, "Line B")
        return float((line_cost(line) / (line["units_produced"] - line["units_scrapped"])).mean())

    def mistake_whole_period(self, ns: Mapping[str, Any]) -> float:
        line = ns["production"][ns["production"]["line"] == "Line B"]
        return line_cost(line).sum() / (line["units_produced"].sum()
                                         - line["units_scrapped"].sum())


@question
class OeeShiftBoard(FixedValueExercise):
    """Q4 · OEE of one shift, from the line's board."""

    points = 2
    answer_name = "oee_shift"
    rel_tolerance = 0.007        # factors rounded to two decimals on a calculator still pass
    abs_tolerance = 0.0
    hints = (
        "Availability = run time ÷ planned time, where run time = planned time − downtime. "
        "Performance = ideal cycle time × total count ÷ run time. Quality = good count ÷ "
        "total count.",
        "Run time = 450 − 45 = 405 minutes. Then multiply the three factors: "
        "(405 / 450) × (0.85 × 400 / 405) × (380 / 400).",
    )
    solution = "oee_shift = (405 / 450) * (0.85 * 400 / 405) * (380 / 400)"
    common_mistakes = {
        "no_availability": "You left out availability: the 45 minutes of stops count too. "
                           "Multiply all three factors.",
        "quality_total": "Quality compares the good count with the total count. You used "
                         "the total count for the good pairs, so the 20 rejects vanished.",
        "performance_on_planned": "Performance compares with the run time (planned time "
                                  "minus downtime), not with the planned time.",
        "averaged": "You averaged the three factors. OEE multiplies them: availability × "
                    "performance × quality.",
        "downtime_share": "Availability is the share of the planned time the line ran: run "
                          "time ÷ planned time, not downtime ÷ planned time.",
        "defect_share": "Quality is the share of good pairs: good count ÷ total count, not "
                        "the rejects ÷ total count.",
    }
    right = BOARD.oee()
    wrong = BOARD.mistakes()


@question
class BiggestLoss(ChoiceExercise):
    """Q5 · Where does this shift lose the most?"""

    answer_name = "q5_answer"
    prompt = ("Line B's team wants a higher OEE next month and can work on one loss first. "
              "Going by the three factors of this shift, which one?")
    options = {
        "A": "The 45 minutes of stops: the needle-bar jam and the wait for cut pieces "
             "(availability).",
        "B": "Running slower than the ideal cycle time, with short stops nobody writes "
             "down (performance).",
        "C": "The 20 pairs that failed inspection (quality).",
        "D": "None: the shift is already above what typical plants reach, so nothing needs "
             "work.",
    }
    correct = "B"
    hints = (
        "Work out the three factors of the shift board. The smallest factor is the "
        "biggest loss.",
        "You can also count minutes: the stops cost 45 minutes. The pairs made needed "
        "0.85 × 400 minutes of the 405 run minutes. The rejects cost 20 × 0.85 minutes.",
    )
    solution = ('q5_answer = "B"  # performance is the smallest factor: 340 of 405 run '
                'minutes made pairs')
    common_mistakes = {
        "A": "The stops are the loss everyone sees, but they are not always the biggest. "
             "Work out all three factors (or the minutes each one loses) and compare.",
        "C": "Rejects hurt, but compare first: work out quality, availability and "
             "performance, and look for the smallest factor.",
        "D": "Typical plants run at 40–60 %, but world class is about 85 %. The factors "
             "show where the next gain is: find the smallest one.",
    }


@question
class MissedWeeksLineC(ChartReading):
    """Q6 · Read the trend: Line C's weeks below the on-time delivery target."""

    points = 1
    answer_name = "weeks_missed_c"
    hints = (
        "A circle marks each week below the dashed 95 % target line. The legend gives "
        "each line's colour.",
        "Count only the circled points of Line C, from 6 January to 24 March.",
    )
    solution = "weeks_missed_c = 9  # the circled points of Line C"
    common_mistakes = {
        "weeks_met": "You counted the weeks that reached the target. Count the weeks below "
                     "the dashed line: the circled points.",
        "all_lines": "That counts the circles of all three lines. Count only Line C's "
                     "points: the legend gives its colour.",
        "line_a": "Those look like Line A's circles. Count only Line C's points: the "
                  "legend gives its colour.",
        "line_b": "Those look like Line B's circles. Count only Line C's points: the "
                  "legend gives its colour.",
        "all_weeks": "That is every week of the chart. Count only the weeks below the "
                     "target: the circled points.",
    }

    wrong = {"weeks_met": lambda ns: 12 - missed_weeks(ns["production"]),
             "all_lines": lambda ns: missed_weeks(ns["production"], None),
             "line_a": lambda ns: missed_weeks(ns["production"], "Line A"),
             "line_b": lambda ns: missed_weeks(ns["production"], "Line B"),
             "all_weeks": lambda ns: 12}

    def expected(self, ns: Mapping[str, Any]) -> int:
        return missed_weeks(ns["production"])


@question
class ParetoTopThree(ChartReading):
    """Q7 · Read the Pareto chart: the share of Line A's three biggest defect causes."""

    points = 2
    answer_name = "top_three_share"
    rel_tolerance = 0.015        # read from the chart's line or worked out from its bars
    abs_tolerance = 0.0
    hints = (
        "Read the cumulative line at the third bar, or add the three tallest bars and "
        "divide by all of Line A's defects (all the bars together).",
        "Each bar has its count on top. Share = (first + second + third bar) ÷ (all seven "
        "bars), as a fraction: 0.5 for 50 %.",
    )
    solution = "top_three_share = (178 + 151 + 116) / 595  # the three tallest bars ÷ all bars"
    common_mistakes = {
        "top_one": "That is the biggest cause alone. Add the second and third causes too.",
        "top_two": "That is two causes. Add the third cause too.",
        "top_four": "That is four causes, the share in the chart's title. Stop at the third "
                    "cause.",
        "count_not_share": "That is a number of defects. Divide it by all of Line A's "
                           "defects to get a share.",
        "line_b": "That is Line B's share. Read the chart of Line A.",
        "all_lines": "That is the share for all three lines together. Read the chart of "
                     "Line A only.",
    }

    wrong = {"top_one": lambda ns: pareto_share(ns["causes"], 1),
             "top_two": lambda ns: pareto_share(ns["causes"], 2),
             "top_four": lambda ns: pareto_share(ns["causes"], 4),
             "count_not_share": lambda ns: top_defects(ns["causes"]),
             "line_b": lambda ns: pareto_share(ns["causes"], line="Line B"),
             "all_lines": lambda ns: pareto_share(ns["causes"], line=None)}

    def expected(self, ns: Mapping[str, Any]) -> float:
        return pareto_share(ns["causes"])


@question
class InsideTheLimits(TrueFalseExercise):
    """Q8 · True or false: a day inside the control limits needs its own investigation."""

    answer_name = "q8_answer"
    prompt = ("True or false: on a control chart, a day inside the limits that is worse "
              "than the day before needs its own investigation.")
    correct = "False"
    hints = (
        "The limits (mean ± 3σ) show how much the numbers move on ordinary days.",
        "Which points does the control chart mark as unusual?",
    )
    solution = "q8_answer = False  # inside the limits is normal variation; look outside them"
    common_mistakes = {
        "True": "Days inside the limits are normal day-to-day variation. Chasing each one "
                "wastes the team's effort and can make things worse. Look for the points "
                "outside the limits, and for the trend over weeks.",
    }


QUESTIONS = collect_questions(MODULE, globals())  # q1, q2, … in the order written

__all__ = ["MESSAGES", "MODULE", "QUESTIONS", *(q.question for q in QUESTIONS)]
