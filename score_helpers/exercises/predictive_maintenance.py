"""Exercises for module 03 · Predictive maintenance (nbgrader assignment
`03_predictive_maintenance`).

Eight questions a supervisor or worker answers with a click, a number or a sentence, each
aimed at a mistake that makes a maintenance model look better than it is: the ISO 10816
zone of a reading, the days of warning read off a chart, an alert limit chosen from the
cost curve, why accuracy lies when failures are rare, recall from counts, the AI4I
heat-dissipation rule read off a table, the cost of the predictive policy with its false
alarms, and who decides when an alert fires. The facts the choices rest on (the chart, the
cost table) come from the committed data; tests check them against it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from score_helpers.exercises import predictive_maintenance_data as d
from score_helpers.exercises.choice import ChoiceExercise
from score_helpers.exercises.core import collect_questions, question
from score_helpers.exercises.kinds import TextExercise, ValueExercise

MODULE = "03_predictive_maintenance"


@question
class IsoZone(ChoiceExercise):
    """Q1 · The ISO 10816 zone of one vibration reading."""

    answer_name = "q1_answer"
    prompt = ("A sewing machine (a small class I machine) reads 2.3 mm/s r.m.s. of "
              "vibration. In which ISO 10816 zone is it?")
    options = {"A": "Zone A: like a new machine", "B": "Zone B: fine for long-term running",
               "C": "Zone C: plan maintenance soon", "D": "Zone D: severe, can cause damage"}
    correct = "C"
    hints = (
        "The zone edges for small machines are 0.71, 1.8 and 4.5 mm/s. A reading exactly "
        "on an edge counts in the higher zone.",
        "Zone C is 1.8 mm/s or more, and below 4.5 mm/s. Where is 2.3?",
    )
    solution = 'q1_answer = "C"  # 2.3 mm/s is 1.8 or more, and below 4.5'
    common_mistakes = {
        "A": "Zone A is below 0.71 mm/s. 2.3 mm/s is much higher.",
        "B": "Zone B ends where zone C starts, at 1.8 mm/s. 2.3 mm/s is past that edge.",
        "D": "Zone D starts at 4.5 mm/s. 2.3 mm/s is not there yet.",
    }


@question
class WarningDays(ChoiceExercise):
    """Q2 · Read the chart: how much warning did the compressor CMP-02 give?"""

    points = 2
    answer_name = "q2_answer"
    prompt = ("The chart shows CMP-02's vibration over its last 8 days. It broke down on "
              "Friday 14 March in the afternoon (the red cross). How long before the "
              "breakdown did the vibration first reach zone C (the orange band)?")
    options = {
        "A": "About 1 day: it reached zone C on Thursday 13 March.",
        "B": "About 4 days: it reached zone C on Monday evening, 10 March.",
        "C": "About 7 days: it was already in zone C on Friday 7 March.",
        "D": "No warning: it stayed in zone B until the day it broke down.",
    }
    correct = "B"
    hints = (
        "Zone C is the orange band: 1.8 mm/s or more, below 4.5 mm/s. Find the first day "
        "the blue line enters it.",
        "Follow the line from the left. Where does it leave the blue band (zone B) for "
        "good? Count the days from there to the red cross.",
    )
    solution = 'q2_answer = "B"  # zone C from Monday night: about 4 days before Friday'
    common_mistakes = {
        "A": "Thursday is when the line enters the red band, zone D: the last warning "
             "before damage. The question asks for zone C, the orange band below it.",
        "C": "On Friday 7 March the line is still in the blue band, zone B. Look for the "
             "first day it goes above the 1.8 mm/s edge.",
        "D": "Look again at the bands: the orange one is zone C, the red one zone D. The "
             "line climbs through both over several days before the red cross.",
    }


@question
class ChooseLimit(ChoiceExercise):
    """Q3 · Choose the alert limit from the cost curve."""

    points = 2
    answer_name = "q3_answer"
    prompt = ("The EIT agreed on a rule: the limit's total cost must be close to the lowest "
              "in the table (within ₱3,000), and among those limits, take the one that "
              "warns the earliest. Which alert limit do you propose?")
    options = {
        "A": "1.0 mm/s: the lowest limit, to be safe",
        "B": "1.8 mm/s: the start of zone C",
        "C": "3.0 mm/s: the middle of zone C",
        "D": "4.6 mm/s: the lowest total cost in the table",
    }
    correct = "B"
    hints = (
        "First find the lowest total cost in the table. Which limits cost at most ₱3,000 "
        "more than that?",
        "Among those limits, compare the median days of warning: more days means more "
        "time to order the part and plan the repair.",
    )
    solution = 'q3_answer = "B"  # close to the lowest cost, and the most days of warning'
    common_mistakes = {
        "A": "Look at the total cost of this limit: it is far above the lowest in the "
             "table. Count its false alarms: each one sends a technician to a healthy "
             "machine.",
        "C": "This limit is close to the lowest cost, but compare its days of warning "
             "with the other limits that are also close to the lowest cost.",
        "D": "It is the cheapest on paper, but it warns less than a day ahead, and one "
             "step higher the breakdowns come back. The rule asks for the earliest "
             "warning among the limits close to the lowest cost.",
    }


@question
class AccuracyLies(ChoiceExercise):
    """Q4 · A model that is right on 97 % of the hours."""

    answer_name = "q4_answer"
    prompt = ("Only 3 in every 100 running hours come before a breakdown. A model answers "
              "\"no breakdown coming\" for every hour, and is right 97 % of the time. "
              "What do you say?")
    options = {
        "A": "Good: 97 % accuracy is high, let us use it.",
        "B": "Useless: it never warns, so it catches none of the breakdowns.",
        "C": "Good enough, if we lower the alert level a little.",
        "D": "We need a model above 99 % accuracy.",
    }
    correct = "B"
    hints = (
        "How many breakdowns does a model that never warns catch?",
        "When failures are rare, always saying 'no failure' gives a high accuracy for free. "
        "Look at the breakdowns caught (recall) instead.",
    )
    solution = 'q4_answer = "B"  # accuracy is high for free when failures are rare'
    common_mistakes = {
        "A": "With 3 % warning hours, always saying 'no breakdown' is right 97 % of the "
             "time and catches nothing. Judge a model by the breakdowns it catches and "
             "the false alarms it raises, not by accuracy.",
        "C": "A model that never warns has no alert level to lower: it catches none of "
             "the breakdowns, whatever the setting.",
        "D": "More accuracy is not the goal: when failures are rare it mostly counts the "
             "quiet hours. Count the breakdowns caught and the false alarms instead.",
    }


@question
class RecallFromCounts(ValueExercise):
    """Q5 · Recall: the share of warning hours the model caught."""

    points = 1
    answer_name = "recall"
    hints = (
        "Recall = warning hours caught ÷ all warning hours. All warning hours = the ones "
        "caught + the ones missed.",
        "recall = caught / (caught + missed)",
    )
    solution = "recall = caught / (caught + missed)"
    common_mistakes = {
        "accuracy": "That is the accuracy: it counts the quiet hours too, so it looks good "
                    "even for a model that never warns. Recall looks only at the warning "
                    "hours: caught ÷ (caught + missed).",
        "precision": "That is the precision: how many alarms were real. Recall asks how "
                     "many warning hours were caught: divide by caught + missed.",
        "miss_rate": "That is the share that was missed. Recall is the share caught.",
        "of_all_hours": "You divided by all the hours. Divide by the warning hours only: "
                        "caught + missed.",
    }

    def expected(self, ns: Mapping[str, Any]) -> float:
        return d.COUNTS["caught"] / (d.COUNTS["caught"] + d.COUNTS["missed"])

    def mistake_accuracy(self, ns: Mapping[str, Any]) -> float:
        return (d.COUNTS["caught"] + d.COUNTS["quiet_hours"]) / sum(d.COUNTS.values())

    def mistake_precision(self, ns: Mapping[str, Any]) -> float:
        return d.COUNTS["caught"] / (d.COUNTS["caught"] + d.COUNTS["false_alarm_hours"])

    def mistake_miss_rate(self, ns: Mapping[str, Any]) -> float:
        return d.COUNTS["missed"] / (d.COUNTS["caught"] + d.COUNTS["missed"])

    def mistake_of_all_hours(self, ns: Mapping[str, Any]) -> float:
        return d.COUNTS["caught"] / sum(d.COUNTS.values())


@question
class HeatDissipationRule(ChoiceExercise):
    """Q6 · The AI4I rule for a heat dissipation failure (HDF), read off a table."""

    points = 2
    answer_name = "q6_answer"
    prompt = ("Four runs of the AI4I milling machine, with the temperature difference "
              "(process − air, as the table shows it) and the speed. Which run is a heat "
              "dissipation failure?")
    options = {key: d.hdf_option(key) for key in d.HDF_RUNS}
    correct = "C"
    hints = (
        "HDF needs BOTH: a temperature difference of 8.6 K or less, AND a speed below "
        "1380 rpm.",
        "Check each run twice: first its difference against 8.6 K, then its speed "
        "against 1380 rpm. Only one run passes both.",
    )
    solution = 'q6_answer = "C"  # 8.2 K (8.6 or less) and 1350 rpm (below 1380)'
    common_mistakes = {
        "A": "Run A turns slowly, but look at its temperature difference: the heat still "
             "gets away. Both conditions must be true at once.",
        "B": "Run B's temperature difference is small, but look at its speed: both "
             "conditions must be true at once.",
        "D": "Run D is slow, but compare its temperature difference with 8.6 K.",
    }


@question
class PredictiveCost(ValueExercise):
    """Q7 · What the predictive policy cost in one quarter, in pesos."""

    points = 2
    answer_name = "predictive_cost"
    hints = (
        "Every job costs money: each breakdown, each planned repair, and each false alarm "
        "(a technician's visit to a healthy machine).",
        "breakdowns × breakdown_php + planned_jobs × planned_php + false_alarms × "
        "false_alarm_php",
    )
    solution = ("predictive_cost = (breakdowns * breakdown_php + planned_jobs * planned_php\n"
                "                   + false_alarms * false_alarm_php)")
    common_mistakes = {
        "no_false_alarms": "You left out the false alarms. Each one sends a technician to "
                           "a healthy machine, and that visit costs money too: add false "
                           "alarms × false_alarm_php.",
        "no_planned": "You left out the planned repairs. A breakdown caught in time still "
                      "needs a planned job: add planned jobs × planned_php.",
        "caught_as_breakdowns": "A breakdown caught in time becomes a planned job at the "
                                "planned price, not the breakdown price.",
    }

    @staticmethod
    def _cost(breakdowns: float, planned: float, false_alarms: float) -> float:
        return (breakdowns * d.PRICES["breakdown_php"] + planned * d.PRICES["planned_php"]
                + false_alarms * d.PRICES["false_alarm_php"])

    def expected(self, ns: Mapping[str, Any]) -> float:
        return self._cost(*d.JOBS.values())

    def mistake_no_false_alarms(self, ns: Mapping[str, Any]) -> float:
        return self._cost(d.JOBS["breakdowns"], d.JOBS["planned_jobs"], 0)

    def mistake_no_planned(self, ns: Mapping[str, Any]) -> float:
        return self._cost(d.JOBS["breakdowns"], 0, d.JOBS["false_alarms"])

    def mistake_caught_as_breakdowns(self, ns: Mapping[str, Any]) -> float:
        return self._cost(d.JOBS["breakdowns"] + d.JOBS["planned_jobs"], 0, d.JOBS["false_alarms"])


@question
class WhoDecides(TextExercise):
    """Q8 · When an alert fires, who decides what happens?"""

    points = 1
    answer_name = "who_decides"
    min_words = 8
    must_include = (d.PERSON, d.ACTION)
    must_not_include = (d.AUTO_STOP,)
    hints = (
        "The alert is a message to a person, not a switch. Who in your factory gets it?",
        "Name the person (technician, line supervisor …) and say what they do first, "
        "for example: check the machine and decide whether to stop it.",
    )
    solution = ('who_decides = ("The maintenance technician gets the alert, goes to the '
                'machine and checks it. Together with the line supervisor, they decide '
                'when to stop it for repair.")')
    common_mistakes = {}


QUESTIONS = collect_questions(MODULE, globals())  # q1, q2, … in the order written

__all__ = ["MODULE", "QUESTIONS", *(q.question for q in QUESTIONS)]
