"""Exercises for module 03 · Predictive maintenance (nbgrader assignment
`03_predictive_maintenance`).

Eight questions, each aimed at a mistake that makes a maintenance model look better than it
is: the ISO 10816 zone of a reading, the hours of warning before a breakdown, a split by
time (a random split leaks the future), why accuracy lies when failures are rare, recall
from counts, the AI4I heat-dissipation rule with the comparisons the right way round, the
cost of the predictive policy with its false alarms, and who decides when an alert fires.
Expected values come from `sensors` and `log` as loaded by the setup cell, or from the
constants below that the notebook prints; no model is trained.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import pandas as pd

from score_helpers.exercises import predictive_maintenance_data as d
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
from score_helpers.exercises.kinds import Case, FunctionExercise, TextExercise, ValueExercise
from score_helpers.exercises.messages import say
from score_helpers.maintenance import ai4i
from score_helpers.maintenance import model as mm

MODULE = "03_predictive_maintenance"


@question
class IsoZone(ChoiceExercise):
    """Q1 · The ISO 10816 zone of one vibration reading."""

    answer_name = "q1_answer"
    prompt = ("A sewing machine (a small class I machine) reads 2.3 mm/s of vibration. "
              "In which ISO 10816 zone is it?")
    options = {"A": "Zone A: like a new machine", "B": "Zone B: fine for long-term running",
               "C": "Zone C: plan maintenance soon", "D": "Zone D: severe, can cause damage"}
    correct = "C"
    hints = (
        "The zone edges for small machines are 0.71, 1.8 and 4.5 mm/s.",
        "Zone C starts above 1.8 mm/s and ends at 4.5 mm/s. Where is 2.3?",
    )
    solution = 'q1_answer = "C"  # 2.3 mm/s is above 1.8 and not above 4.5'
    common_mistakes = {
        "A": "Zone A ends at 0.71 mm/s. 2.3 mm/s is much higher.",
        "B": "Zone B ends at 1.8 mm/s. 2.3 mm/s is above that edge.",
        "D": "Zone D starts above 4.5 mm/s. 2.3 mm/s is not there yet.",
    }


@question
class WarningHours(ValueExercise):
    """Q2 · Hours of warning before the compressor CMP-02 broke down."""

    points = 2
    answer_name = "warning_hours"
    hints = (
        "Find the first reading of `cmp2` in zone C: vibration of 1.8 mm/s or more. "
        "Then count the clock hours from it to `breakdown_hour`.",
        "first_c = cmp2.loc[cmp2[\"vibration_mm_s\"] >= 1.8, \"timestamp\"].min(), then "
        "(breakdown_hour - first_c) / pd.Timedelta(hours=1)",
    )
    solution = ('first_c = cmp2.loc[cmp2["vibration_mm_s"] >= 1.8, "timestamp"].min()\n'
                'warning_hours = (breakdown_hour - first_c) / pd.Timedelta(hours=1)')
    common_mistakes = {
        "zone_d": "That is the warning from zone D (4.5 mm/s), the last alarm before damage. "
                  "The question asks from the first reading in zone C: 1.8 mm/s or more.",
        "last_reading": "That starts from the last zone C reading, the hour it broke down. "
                        "Use the first one: .min() of the times, not .max().",
        "readings_counted": "You counted the readings in zone C. The machine is off at "
                            "night, so count the clock hours from the first zone C reading "
                            "to the breakdown instead.",
        "in_days": "That looks like days. Give the warning in hours: divide by "
                   "pd.Timedelta(hours=1).",
        "time_span": "That is a time span, not a number. Divide it by pd.Timedelta(hours=1) "
                     "to get the hours.",
    }

    def _span(self, ns: Mapping[str, Any], limit: float = d.ZONE_C_MM_S,
              last: bool = False) -> pd.Timedelta:
        rows, hour = d.warning_rows(ns["sensors"], ns["log"])
        times = rows.loc[rows["vibration_mm_s"] >= limit, "timestamp"]
        return hour - (times.max() if last else times.min())

    def expected(self, ns: Mapping[str, Any]) -> float:
        return self._span(ns) / pd.Timedelta(hours=1)

    def mistake_zone_d(self, ns: Mapping[str, Any]) -> float:
        return self._span(ns, limit=d.ZONE_D_MM_S) / pd.Timedelta(hours=1)

    def mistake_last_reading(self, ns: Mapping[str, Any]) -> float:
        return self._span(ns, last=True) / pd.Timedelta(hours=1)

    def mistake_readings_counted(self, ns: Mapping[str, Any]) -> int:
        rows, _ = d.warning_rows(ns["sensors"], ns["log"])
        return int((rows["vibration_mm_s"] >= d.ZONE_C_MM_S).sum())

    def mistake_in_days(self, ns: Mapping[str, Any]) -> float:
        return self._span(ns) / pd.Timedelta(days=1)

    def mistake_time_span(self, ns: Mapping[str, Any]) -> pd.Timedelta:
        return self._span(ns)


@question
class SplitByTime(Exercise):
    """Q3 · Learn from the past, test on the future: split `features` by time."""

    points = 2
    names: ClassVar[tuple[str, str]] = ("train", "test")
    hints = (
        "A model in the factory only ever knows the past. Put every hour before 1 March "
        "2025 in `train` and every hour from 1 March on in `test`.",
        "train = features[features[\"timestamp\"] < \"2025-03-01\"]; for `test`, use >= "
        "with the same date.",
    )
    solution = ('train = features[features["timestamp"] < "2025-03-01"]\n'
                'test = features[features["timestamp"] >= "2025-03-01"]')
    common_mistakes = {
        "not_table": "`train` and `test` should both be tables: rows of `features`.",
        "random": "Some training hours come after test hours: the future leaked into "
                  "training. Neighbouring hours look almost the same, so the model has "
                  "already seen the breakdowns it is tested on. Split by time instead: the "
                  "past for training, the later hours for the test.",
        "swapped": "`train` holds the later hours and `test` the earlier ones. Learn from "
                   "the past and test on the future.",
        "wrong_rows": "Split all the rows of `features` at 1 March 2025: each hour goes in "
                      "exactly one part, before the date in `train`, from the date on in "
                      "`test`.",
    }

    def evaluate(self, ns: Mapping[str, Any]) -> Result:
        missing = [name for name in self.names if name not in ns]
        if missing:
            return self.result(NOT_ATTEMPTED, say("not_attempted_missing", name=missing[0]))
        train, test = (ns[name] for name in self.names)
        if is_blank(train) or is_blank(test) or train is None or test is None:
            return self.result(NOT_ATTEMPTED, say("not_attempted"))
        problem = self.problem(ns, train, test)
        if problem is None:
            return self.result(CORRECT, say("correct"))
        return self.result(NOT_YET, say("not_yet"), details=(self.mistake_text(problem),))

    def problem(self, ns: Mapping[str, Any], train: Any, test: Any) -> str | None:
        """The key of what is wrong with the split, or None when it is right."""
        return d.split_problem(mm.add_features(ns["sensors"], ns["log"]), train, test)


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
class HeatDissipationRule(FunctionExercise):
    """Q6 · The AI4I rule for a heat dissipation failure (HDF)."""

    points = 2
    function_name = "is_hdf"
    cases = (
        Case((302.0, 310.2, 1350), "is_hdf(302.0, 310.2, 1350)"),
        Case((298.9, 309.1, 1410), "is_hdf(298.9, 309.1, 1410)"),
        Case((300.8, 309.0, 1500), "is_hdf(300.8, 309.0, 1500)"),
        Case((299.0, 310.0, 1300), "is_hdf(299.0, 310.0, 1300)"),
    )
    hidden_cases = (
        Case((301.5, 309.9, 1380), "is_hdf(301.5, 309.9, 1380)"),   # speed exactly at 1380
        Case((300.0, 308.6, 1300), "is_hdf(300.0, 308.6, 1300)"),   # difference exactly 8.6
        Case((303.1, 311.0, 1379), "is_hdf(303.1, 311.0, 1379)"),
    )
    hints = (
        "HDF happens when the process is too close in temperature to the air (less than "
        "8.6 K apart) AND the spindle turns slowly (less than 1380 rpm). Both must be true.",
        "return (process_k - air_k < 8.6) and (rpm < 1380)",
    )
    solution = "return (process_k - air_k < 8.6) and (rpm < 1380)"
    common_mistakes = {
        "greater": "The comparisons point the wrong way. Heat builds up when the "
                   "difference is SMALL and the speed is LOW: use < for both.",
        "at_or_below": "Exactly 1380 rpm, or exactly 8.6 K, is not a failure in the "
                       "published rule: use <, not <=.",
        "either": "Both conditions must be true at once: use `and`, not `or`.",
        "air_minus_process": "Take the air temperature away from the process temperature: "
                             "process_k - air_k. The process is the warmer one.",
    }

    def reference(self, air_k: float, process_k: float, rpm: float) -> bool:
        difference = round(process_k - air_k, 6)      # as ai4i.failure_rules
        return bool(difference < ai4i.HDF_TEMP_DIFF_K and rpm < ai4i.HDF_SPEED_RPM)

    def mistake_greater(self, air_k: float, process_k: float, rpm: float) -> bool:
        return bool(process_k - air_k > 8.6 and rpm > 1380)

    def mistake_at_or_below(self, air_k: float, process_k: float, rpm: float) -> bool:
        return bool(process_k - air_k <= 8.6 and rpm <= 1380)   # as typed: no rounding

    def mistake_either(self, air_k: float, process_k: float, rpm: float) -> bool:
        return bool(process_k - air_k < 8.6 or rpm < 1380)

    def mistake_air_minus_process(self, air_k: float, process_k: float, rpm: float) -> bool:
        return bool(air_k - process_k < 8.6 and rpm < 1380)


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
