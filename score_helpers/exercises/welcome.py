"""Warm-up exercises for module 00 · Welcome (nbgrader assignment `00_welcome`).

A short mix: two fill-in-the-blank values, two click-to-answer questions, one small
function (with hidden tests) and one free reflection.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from score_helpers import kpi
from score_helpers.exercises.choice import ChoiceExercise, TrueFalseExercise
from score_helpers.exercises.core import collect_questions, question
from score_helpers.exercises.kinds import Case, FunctionExercise, ReflectionExercise, ValueExercise

MODULE = "00_welcome"


@question
class DefectRateWarmUp(ValueExercise):
    """Q1 · The defect rate of 12 defects in 480 pieces."""

    points = 2
    answer_name = "defect_rate"
    hints = (
        "Defect rate = defects ÷ units produced.",
        "In Python, ÷ is written /. Use the two variables: defects / units_produced",
    )
    solution = "defect_rate = defects / units_produced"
    common_mistakes = {
        "upside_down": "You divided the units by the defects. Put the defects on top: "
                       "defects ÷ units produced.",
        "good_units": "Divide by all units produced, not only the good ones.",
    }

    def expected(self, ns: Mapping[str, Any]) -> float:
        return kpi.defect_rate(ns["defects"], ns["units_produced"])

    def mistake_upside_down(self, ns: Mapping[str, Any]) -> float:
        return ns["units_produced"] / ns["defects"]

    def mistake_good_units(self, ns: Mapping[str, Any]) -> float:
        return ns["defects"] / (ns["units_produced"] - ns["defects"])


@question
class HumanDecision(ChoiceExercise):
    """Q2 · Which decision must stay with people?"""

    answer_name = "q2_answer"
    prompt = "Which of these must stay a human decision?"
    options = {
        "A": "Sorting 300 near-miss reports into hazard types",
        "B": "Stopping the line because a bearing sounds wrong",
        "C": "Drafting the minutes of the EIT meeting",
        "D": "Adding up a month of defect counts",
    }
    correct = "B"
    hints = ("Ask: who is responsible if this goes wrong, and who can hear and feel the machine?",)
    solution = 'q2_answer = "B"  # stopping the line is a safety decision people make'
    common_mistakes = {
        "A": "AI sorts reports well. A person then checks the sorting. Which option is a "
             "safety decision on the spot?",
        "C": "AI can draft minutes. A person reviews them before they are shared. Which "
             "option is a decision about safety?",
        "D": "Adding up counts is a good job for a computer. Which option needs someone "
             "who can hear the machine?",
    }


@question
class ConfidentlyWrong(TrueFalseExercise):
    """Q3 · True or false: AI can give a confident answer that is wrong."""

    answer_name = "q3_answer"
    prompt = "True or false: AI can give a confident answer that is wrong."
    correct = "True"
    hints = ("Think about how AI learns: it guesses from examples.",)
    solution = "q3_answer = True"
    common_mistakes = {
        "False": "AI guesses from examples. It can sound sure and still be wrong. That is why "
                 "a person checks every draft and every number.",
    }


@question
class RowsForLineB(ValueExercise):
    """Q4 · How many days of records does Line B have?"""

    answer_name = "rows_line_b"
    hints = (
        "Each row is one line on one day. Count the rows where the line is 'Line B'.",
        'production["line"] == "Line B" marks those rows with True; .sum() counts them.',
    )
    solution = 'rows_line_b = (production["line"] == "Line B").sum()'
    common_mistakes = {
        "all_rows": "That counts every line. Count only the rows of Line B.",
    }

    def expected(self, ns: Mapping[str, Any]) -> int:
        return int((ns["production"]["line"] == "Line B").sum())

    def mistake_all_rows(self, ns: Mapping[str, Any]) -> int:
        return len(ns["production"])


@question
class AsPercent(FunctionExercise):
    """Q5 · A function that turns a fraction into a percent."""

    function_name = "as_percent"
    cases = (Case((0.025,), "as_percent(0.025)"), Case((0.5,), "as_percent(0.5)"))
    hidden_cases = (Case((0.0,), "as_percent(0)"), Case((1.0,), "as_percent(1)"),
                    Case((0.0034,), "as_percent(0.0034)"))
    hints = ("A fraction of 0.025 is 2.5 percent.", "Multiply the fraction by 100.")
    solution = "def as_percent(fraction):\n    return fraction * 100"
    common_mistakes = {
        "divided": "Multiply by 100 to get a percent; dividing makes the number smaller.",
    }

    def reference(self, fraction: float) -> float:
        return fraction * 100

    def mistake_divided(self, fraction: float) -> float:
        return fraction / 100


@question
class AiAtMyWorkplace(ReflectionExercise):
    """Q6 · One task AI could help with, and one decision that stays with people."""

    answer_name = "my_reflection"
    min_words = 8
    hints = ("Think of a task you do every week that is mostly typing or adding up.",)
    solution = 'my_reflection = "..."  # any honest answer of a sentence or two counts'
    example_answer = ("Example: AI could draft the weekly toolbox talk from our near-miss "
                      "reports, so our safety officer has more time on the floor. Deciding "
                      "who does overtime must stay with people, talking with the team.")


QUESTIONS = collect_questions(MODULE, globals())  # q1, q2, … in the order written

__all__ = ["MODULE", "QUESTIONS", *(q.question for q in QUESTIONS)]
