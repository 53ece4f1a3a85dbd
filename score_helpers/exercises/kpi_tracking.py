"""Exercises for module 01 · Real-time QCDMS KPI tracking (nbgrader assignment `01_kpi_tracking`).

Eight questions: compute (defect rate, cost per good unit, frequency rate), a small OEE
function with hidden cases, two charts checked on the data they draw (Chart.data, never
the pixels), and two click-to-answer questions on reading the numbers. Every expected
value is computed from `production` and `causes` as loaded by the setup cell, so the
checks do not trust the participant's own filtered tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import pandas as pd

from score_helpers import kpi
from score_helpers.exercises.choice import ChoiceExercise, TrueFalseExercise
from score_helpers.exercises.core import collect_questions, question
from score_helpers.exercises.kinds import Case, FunctionExercise, ValueExercise, values_match
from score_helpers.kpi import charts as plots
from score_helpers.plot_style import Chart

MODULE = "01_kpi_tracking"
MARCH = ("2025-03-01", "2025-03-31")
QUARTER = ("2025-01-06", "2025-03-29")  # 12 full weeks, Monday 6 January to Saturday 29 March
YEAR = 2024

# Sentences for the chart questions (the engine's own are in score_helpers/i18n); their
# Filipino is keyed `01_kpi_tracking.message.<key>` (see exercises/strings.py).
MESSAGES: dict[str, str] = {
    "not_a_chart": "`{name}` should be a chart. Make it with {call} and run the cell.",
    "chart_look_again": ("The chart draws different numbers. Look at which rows you gave it, "
                         "and at the KPI and the target."),
}

# Messages shared by several questions.
MEAN_OF_DAILY = ("That is the average of the daily rates. Add up the counts for the whole "
                 "month first, then divide once: a small day must not count as much as a "
                 "big one.")


def between(frame: pd.DataFrame, start: str, end: str) -> pd.DataFrame:
    """The rows of `frame` dated from `start` to `end`, both days included."""
    return frame[frame["date"].between(start, end)]


def march_line(ns: Mapping[str, Any], line: str) -> pd.DataFrame:
    """March 2025 of one line, from the unfiltered `production` table."""
    march = between(ns["production"], *MARCH)
    return march[march["line"] == line]


class ChartExercise(ValueExercise):
    """The answer is a Chart from score_helpers.kpi.charts; it is checked on `chart.data`.

    `expected(ns)` and each `mistake_<key>(ns)` return the data frame a chart would draw.
    """

    chart_call: ClassVar[str] = "plots.…(…)"

    def matches(self, answer: Any, expected: Any) -> bool:
        drawn = answer.data if isinstance(answer, Chart) else answer
        return values_match(drawn, expected, self.rel_tolerance, self.abs_tolerance)

    def explain(self, ns: Mapping[str, Any], answer: Any, expected: Any) -> str:
        mistakes = {key: self._is_mistake(key, ns, answer) for key in self.common_mistakes}
        message = self.mistake_message(mistakes)
        if message:
            return message
        if not isinstance(answer, (Chart, pd.DataFrame)):
            return self.module_message(MESSAGES, "not_a_chart", name=self.answer_name,
                                       call=self.chart_call)
        return self.module_message(MESSAGES, "chart_look_again")


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

    @staticmethod
    def _cost(line: pd.DataFrame) -> pd.Series:
        return line["material_cost_php"] + line["labour_cost_php"] + line["overhead_cost_php"]

    def expected(self, ns: Mapping[str, Any]) -> float:
        line = march_line(ns, "Line B")
        good = line["units_produced"].sum() - line["units_scrapped"].sum()
        return kpi.cost_per_unit(self._cost(line).sum(), good)

    def mistake_all_units(self, ns: Mapping[str, Any]) -> float:
        line = march_line(ns, "Line B")
        return self._cost(line).sum() / line["units_produced"].sum()

    def mistake_defects_out(self, ns: Mapping[str, Any]) -> float:
        line = march_line(ns, "Line B")
        return self._cost(line).sum() / (line["units_produced"].sum() - line["defects"].sum())

    def mistake_mean_of_daily(self, ns: Mapping[str, Any]) -> float:
        line = march_line(ns, "Line B")
        return float((self._cost(line) / (line["units_produced"] - line["units_scrapped"])).mean())

    def mistake_whole_period(self, ns: Mapping[str, Any]) -> float:
        line = ns["production"][ns["production"]["line"] == "Line B"]
        return self._cost(line).sum() / (line["units_produced"].sum()
                                         - line["units_scrapped"].sum())


@question
class FrequencyRate2024(ValueExercise):
    """Q4 · The lost-time injury frequency rate of 2024."""

    points = 2
    answer_name = "frequency_2024"
    hints = (
        "Frequency rate = lost-time injuries × 1,000,000 ÷ hours worked (ILO; DOLE's AEDR).",
        "year_2024[\"lost_time_injuries\"].sum() * 1_000_000 / year_2024[\"hours_worked\"].sum()",
    )
    solution = ('frequency_2024 = year_2024["lost_time_injuries"].sum() * 1_000_000 '
                '/ year_2024["hours_worked"].sum()')
    common_mistakes = {
        "base_200000": "That uses 200,000 hours, the base of the US OSHA rate. The ILO and "
                       "DOLE's AEDR use 1,000,000 hours.",
        "no_base": "That is injuries per single hour: a tiny number nobody can read. "
                   "Multiply by 1,000,000 to get injuries per million hours worked.",
        "all_incidents": "Count the lost-time injuries only, not every recordable incident.",
        "days_lost": "That is the severity rate: days lost. The frequency rate counts injuries.",
        "whole_period": "That uses 2024 and 2025. Keep only 2024: use the table `year_2024`.",
    }

    @staticmethod
    def _year(ns: Mapping[str, Any]) -> pd.DataFrame:
        production = ns["production"]
        return production[production["date"].dt.year == YEAR]

    @staticmethod
    def _rate(frame: pd.DataFrame, column: str, base: float) -> float:
        return frame[column].sum() * base / frame["hours_worked"].sum()

    def expected(self, ns: Mapping[str, Any]) -> float:
        year = self._year(ns)
        return kpi.frequency_rate(year["lost_time_injuries"].sum(), year["hours_worked"].sum())

    def mistake_base_200000(self, ns: Mapping[str, Any]) -> float:
        return self._rate(self._year(ns), "lost_time_injuries", 200_000)

    def mistake_no_base(self, ns: Mapping[str, Any]) -> float:
        return self._rate(self._year(ns), "lost_time_injuries", 1)

    def mistake_all_incidents(self, ns: Mapping[str, Any]) -> float:
        return self._rate(self._year(ns), "incidents", 1_000_000)

    def mistake_days_lost(self, ns: Mapping[str, Any]) -> float:
        return self._rate(self._year(ns), "days_lost", 1_000_000)

    def mistake_whole_period(self, ns: Mapping[str, Any]) -> float:
        return self._rate(ns["production"], "lost_time_injuries", 1_000_000)


@question
class OeeFunction(FunctionExercise):
    """Q5 · A function for OEE from a day's counts."""

    points = 2
    function_name = "oee"
    cases = (
        Case((450, 45, 0.55, 600, 576), "oee(450, 45, 0.55, 600, 576)"),
        Case((480, 0, 0.85, 400, 390), "oee(480, 0, 0.85, 400, 390)"),
    )
    hidden_cases = (
        Case((450, 0, 0.5, 1000, 950), "oee(450, 0, 0.5, 1000, 950)"),     # performance > 100 %
        Case((540, 90, 0.65, 500, 500), "oee(540, 90, 0.65, 500, 500)"),
        Case((450, 50, 1.0, 420, 400), "oee(450, 50, 1.0, 420, 400)"),     # performance > 100 %
    )
    hints = (
        "Availability = run minutes ÷ planned minutes. Performance = ideal cycle time × "
        "units ÷ run minutes, at most 1. Quality = good units ÷ units.",
        "performance = min(ideal_cycle_min * units / run_minutes, 1) keeps it at 100 % or less.",
    )
    solution = ("availability = run_minutes / planned_minutes\n"
                "performance = min(ideal_cycle_min * units / run_minutes, 1)\n"
                "quality = good_units / units")
    common_mistakes = {
        "no_cap": "Performance cannot be above 100 %: cap it with min(…, 1). A higher value "
                  "means the ideal cycle time is set too slow.",
        "downtime_share": "Availability is the share of the planned time the line ran: run "
                          "minutes ÷ planned minutes, not downtime ÷ planned minutes.",
        "performance_on_planned": "Performance compares with the run time (planned minus "
                                  "downtime), not with the planned time.",
        "without_quality": "Multiply all three factors: availability × performance × quality.",
    }

    def reference(self, planned: float, down: float, ideal: float, units: float,
                  good: float) -> float:
        return kpi.oee(planned, down, ideal, units, good).oee

    def mistake_no_cap(self, planned: float, down: float, ideal: float, units: float,
                       good: float) -> float:
        run = planned - down
        return run / planned * (ideal * units / run) * (good / units)

    def mistake_downtime_share(self, planned: float, down: float, ideal: float, units: float,
                               good: float) -> float:
        run = planned - down
        return down / planned * min(ideal * units / run, 1) * (good / units)

    def mistake_performance_on_planned(self, planned: float, down: float, ideal: float,
                                       units: float, good: float) -> float:
        run = planned - down
        return run / planned * min(ideal * units / planned, 1) * (good / units)

    def mistake_without_quality(self, planned: float, down: float, ideal: float, units: float,
                                good: float) -> float:
        run = planned - down
        return run / planned * min(ideal * units / run, 1)


@question
class OnTimeTrend(ChartExercise):
    """Q6 · Weekly on-time delivery of each line, with the 95 % target."""

    points = 2
    answer_name = "otd_chart"
    chart_call = "plots.trend_with_target(…)"
    hints = (
        "plots.trend_with_target needs the weekly table, the KPI's column name and the target.",
        "Write the target as a fraction: 0.95 for 95 %. The KPI column is \"on_time_delivery\".",
    )
    solution = 'otd_chart = plots.trend_with_target(weekly, "on_time_delivery", target=0.95)'
    common_mistakes = {
        "target_as_percent": "Write the target as a fraction: 0.95 for 95 %.",
        "amber_target": "0.90 is where amber ends. The green target for on-time delivery is 95 %.",
        "whole_period": "That chart covers every week in the data. Use the 12 weeks of "
                        "`quarter`, through the table `weekly`.",
    }

    @staticmethod
    def _weekly(frame: pd.DataFrame) -> pd.DataFrame:
        return kpi.qcdms_summary(frame, by="line", period="W")

    def _drawn(self, frame: pd.DataFrame, target: float) -> pd.DataFrame:
        chart = plots.trend_with_target(self._weekly(frame), "on_time_delivery", target=target)
        return chart.data

    def expected(self, ns: Mapping[str, Any]) -> pd.DataFrame:
        return self._drawn(between(ns["production"], *QUARTER), 0.95)

    def mistake_target_as_percent(self, ns: Mapping[str, Any]) -> pd.DataFrame:
        return self._drawn(between(ns["production"], *QUARTER), 95)

    def mistake_amber_target(self, ns: Mapping[str, Any]) -> pd.DataFrame:
        return self._drawn(between(ns["production"], *QUARTER), 0.90)

    def mistake_whole_period(self, ns: Mapping[str, Any]) -> pd.DataFrame:
        return self._drawn(ns["production"], 0.95)


@question
class ParetoLineA(ChartExercise):
    """Q7 · A Pareto chart of Line A's defect causes in March 2025."""

    points = 2
    answer_name = "pareto_a"
    chart_call = "plots.pareto(…)"
    hints = (
        "Keep only the rows of Line A in `march_causes`, then give them to plots.pareto.",
        "march_causes[march_causes[\"line\"] == \"Line A\"] keeps Line A's rows.",
    )
    solution = 'pareto_a = plots.pareto(march_causes[march_causes["line"] == "Line A"])'
    common_mistakes = {
        "all_lines": "That chart adds up the causes of all three lines. Keep only Line A.",
        "whole_period": "That chart uses Line A's causes of every month. Keep only March "
                        "2025: start from `march_causes`.",
        "all_factories": "That chart mixes in the Line A of the food and electronics "
                         "factories. Keep only the garments factory.",
    }

    @staticmethod
    def _causes(ns: Mapping[str, Any], *, factory: bool = True, period: bool = True,
                line: bool = True) -> pd.DataFrame:
        rows = ns["causes"]
        if factory:
            rows = rows[rows["factory"] == "garments"]
        if period:
            rows = between(rows, *MARCH)
        if line:
            rows = rows[rows["line"] == "Line A"]
        return plots.pareto(rows).data

    def expected(self, ns: Mapping[str, Any]) -> pd.DataFrame:
        return self._causes(ns)

    def mistake_all_lines(self, ns: Mapping[str, Any]) -> pd.DataFrame:
        return self._causes(ns, line=False)

    def mistake_whole_period(self, ns: Mapping[str, Any]) -> pd.DataFrame:
        return self._causes(ns, period=False)

    def mistake_all_factories(self, ns: Mapping[str, Any]) -> pd.DataFrame:
        return self._causes(ns, factory=False)


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

__all__ = ["MODULE", "ChartExercise", "QUESTIONS", *(q.question for q in QUESTIONS)]
