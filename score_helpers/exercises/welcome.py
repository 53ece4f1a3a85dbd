"""Warm-up exercises for module 00 · Welcome (nbgrader assignment `00_welcome`).

A short mix for supervisors and workers: a sum like on a calculator, a number read from a
table, three click-to-answer questions (one a judgement on what stays with people, one
reading a week's defect rates) and one free reflection. Nobody writes code beyond `/`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from score_helpers import kpi
from score_helpers.exercises.choice import ChoiceExercise, TrueFalseExercise
from score_helpers.exercises.core import collect_questions, question
from score_helpers.exercises.kinds import ReflectionExercise, ValueExercise

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
    prompt = ("Your EIT wants to use AI. Each option below has to do with people or safety. "
              "Which one must stay a human decision, with the AI giving information at most?")
    options = {
        "A": "Sorting 300 near-miss reports by hazard type before the OSH committee meets",
        "B": "Stopping Line 2 when the AI says a bearing may fail this week",
        "C": "Writing the first draft of the reply to a worker's grievance",
        "D": "Translating the new safety notice into Filipino for the notice board",
    }
    correct = "B"
    hints = ("For each option ask: is this a draft or a sorting that a person checks "
             "afterwards, or a decision that someone must make and answer for?",)
    solution = 'q2_answer = "B"  # a safety call on the line: people decide, the AI only warns'
    common_mistakes = {
        "A": "AI sorts reports well, and the OSH committee still reads them and confirms "
             "each type. Sorting is preparation. Which option is a decision someone must "
             "make and answer for?",
        "C": "A draft is not a decision: management and the workers' representatives decide "
             "what the reply promises, and sign it. Which option is a decision, not a draft?",
        "D": "The AI can draft a translation, and a person who knows the floor checks it "
             "before it goes up. Which option is a decision that someone answers for?",
    }


@question
class ConfidentlyWrong(TrueFalseExercise):
    """Q3 · True or false: an AI answer that sounds sure can still be wrong."""

    answer_name = "q3_answer"
    prompt = ("True or false: an AI draft of the minutes that reads clearly and sounds sure "
              "can still have a wrong number in it.")
    correct = "True"
    hints = ("Think about how AI writes: it guesses the next words from many examples. Does "
             "a guess that sounds sure come with a check?",)
    solution = "q3_answer = True"
    common_mistakes = {
        "False": "Think about how the AI writes: it guesses from examples. It can sound sure "
                 "and still be wrong. That is why a person checks every draft and every "
                 "number against the notes.",
    }


@question
class RowsForLineB(ValueExercise):
    """Q4 · How many days of records does Line B have?"""

    answer_name = "rows_line_b"
    hints = (
        "Each row of `production` is one line on one day. The table above counts the rows "
        "of each line.",
        "Find the row of Line B in the table and type its number, without quotes.",
    )
    solution = 'rows_line_b = counts["Line B"]  # or type the number shown for Line B'
    common_mistakes = {
        "all_rows": "That counts every line together. Type only the number for Line B.",
        "lines": "That is the number of lines. Type how many days (rows) Line B has.",
    }

    def expected(self, ns: Mapping[str, Any]) -> int:
        return int((ns["production"]["line"] == "Line B").sum())

    def mistake_all_rows(self, ns: Mapping[str, Any]) -> int:
        return len(ns["production"])

    def mistake_lines(self, ns: Mapping[str, Any]) -> int:
        return int(ns["production"]["line"].nunique())


@question
class WorstDayOfTheWeek(ChoiceExercise):
    """Q5 · Read the table: which day had the highest defect rate?"""

    answer_name = "q5_answer"
    prompt = ("Look at Line A's week in the table above. On which day was the defect rate "
              "highest?")
    options = {
        "A": "Tuesday",     # the most defects (tests check these against the table)
        "B": "Thursday",    # the highest defect rate
        "C": "Saturday",    # the fewest pieces
        "D": "No day stands out: the rates are all close",
    }
    correct = "B"
    hints = (
        "The defect rate is defects per piece made. Read the column 'defect rate (%)', not "
        "the column 'defects'.",
    )
    solution = 'q5_answer = "B"  # the biggest number in the defect rate column'
    common_mistakes = {
        "A": "That day had the most defects, but it also made the most pieces. Compare the "
             "column 'defect rate (%)': defects per piece made.",
        "C": "That half day made the fewest pieces. Fewer pieces is not more defects per "
             "piece: look at the column 'defect rate (%)'.",
        "D": "Most days are close, but one day's rate is clearly above the rest. In a week "
             "of 2,900 pieces, one point more is almost 30 more rejects. Look down the "
             "column 'defect rate (%)' again.",
    }


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
