"""The data behind module 01's exercises: the periods, the rows each question reads, the
shift board of the OEE question, and the numbers read from the two charts.

Every expected value is computed from `production` and `causes` as the setup cell loads
them (never from the participant's own filtered tables), or from the fixed shift board.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

import pandas as pd

from score_helpers import kpi
from score_helpers.exercises.kinds import ValueExercise
from score_helpers.kpi import charts as plots
from score_helpers.plot_style import Chart

MODULE = "01_kpi_tracking"
MARCH = ("2025-03-01", "2025-03-31")
QUARTER = ("2025-01-06", "2025-03-29")  # 12 full weeks, Monday 6 January to Saturday 29 March
ON_TIME_TARGET = 0.95
CHART_LINE = "Line C"      # question 6 counts this line's missed weeks
PARETO_LINE = "Line A"     # question 7 reads this line's Pareto chart
TOP_CAUSES = 3

# Sentences of the exercises that are not a question's own (their Filipino is keyed
# `01_kpi_tracking.message.<key>`, see exercises/strings.py).
MESSAGES: dict[str, str] = {
    "not_a_chart": "`{name}` holds the chart itself. Read the number from the chart, then "
                   "write only that number, e.g. `{name} = 3`.",
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


def line_cost(line: pd.DataFrame) -> pd.Series:
    """Each day's materials + labour + overhead, in pesos."""
    return line["material_cost_php"] + line["labour_cost_php"] + line["overhead_cost_php"]


# --- Question 4: one shift of Line B, as the supervisor writes it on the board --------------

@dataclass(frozen=True)
class ShiftBoard:
    """One shift's OEE counts, as written on the line's whiteboard."""

    planned_minutes: float = 450     # 8:00 to 17:00 minus lunch and two breaks
    downtime_minutes: float = 45     # needle-bar jam 30 min, waiting for cut pieces 15 min
    ideal_cycle_min: float = 0.85    # the fastest realistic minutes per pair of denim pants
    total_count: int = 400           # pairs made
    good_count: int = 380            # pairs right the first time

    @property
    def run_minutes(self) -> float:
        """Planned time minus the stops."""
        return self.planned_minutes - self.downtime_minutes

    def factors(self) -> tuple[float, float, float]:
        """(availability, performance, quality) as kpi.oee computes them."""
        result = kpi.oee(self.planned_minutes, self.downtime_minutes, self.ideal_cycle_min,
                         self.total_count, self.good_count)
        return result.availability, result.performance, result.quality

    def oee(self) -> float:
        """Availability × performance × quality (Nakajima, Introduction to TPM, 1988)."""
        availability, performance, quality = self.factors()
        return availability * performance * quality

    def mistakes(self) -> dict[str, float]:
        """The OEE a typical slip gives, by the key of question 4's mistake message."""
        availability, performance, quality = self.factors()
        on_planned = self.ideal_cycle_min * self.total_count / self.planned_minutes
        return {
            "no_availability": performance * quality,
            "quality_total": availability * performance,
            "performance_on_planned": availability * on_planned * quality,
            "averaged": (availability + performance + quality) / 3,
            "downtime_share": self.downtime_minutes / self.planned_minutes * performance
            * quality,
            "defect_share": availability * performance * (1 - quality),
        }

    def table(self) -> pd.DataFrame:
        """The board as the notebook shows it: one row per figure, in words."""
        rows = [("Planned production time", self.planned_minutes, "minutes"),
                ("Downtime (stops)", self.downtime_minutes, "minutes"),
                ("Ideal cycle time", self.ideal_cycle_min, "minutes per pair"),
                ("Total count", self.total_count, "pairs"),
                ("Good count (right the first time)", self.good_count, "pairs")]
        return pd.DataFrame(rows, columns=["Line B, Tuesday day shift", "value", "unit"])


BOARD = ShiftBoard()


# --- Questions 6 and 7: the numbers the two charts show -------------------------------------

def weekly_on_time(production: pd.DataFrame) -> pd.DataFrame:
    """What the on-time delivery chart of the quarter draws (one row per line and week)."""
    weekly = kpi.qcdms_summary(between(production, *QUARTER), by="line", period="W")
    return plots.trend_with_target(weekly, "on_time_delivery", target=ON_TIME_TARGET).data


def missed_weeks(production: pd.DataFrame, line: str | None = CHART_LINE) -> int:
    """Weeks below the target (the circled points) of `line`, or of every line (None)."""
    drawn = weekly_on_time(production)
    if line is not None:
        drawn = drawn[drawn["line"] == line]
    return int(drawn["beyond_target"].sum())


def march_causes(causes: pd.DataFrame, line: str | None = PARETO_LINE) -> pd.DataFrame:
    """The garment factory's March 2025 defect causes, of `line` or of every line (None)."""
    rows = between(causes[causes["factory"] == "garments"], *MARCH)
    return rows if line is None else rows[rows["line"] == line]


def pareto_share(causes: pd.DataFrame, count: int = TOP_CAUSES,
                 line: str | None = PARETO_LINE) -> float:
    """The share of all defects that the `count` biggest causes make together."""
    drawn = plots.pareto(march_causes(causes, line)).data
    return float(drawn["cumulative_share"].iloc[count - 1])


def top_defects(causes: pd.DataFrame, count: int = TOP_CAUSES) -> int:
    """The defects of the `count` biggest causes of the Pareto line, added up."""
    return int(plots.pareto(march_causes(causes)).data["defects"].iloc[:count].sum())


class ChartReading(ValueExercise):
    """A number read from a chart the notebook shows; the chart itself is not the answer.

    `reading(ns)` is the right number; `wrong[key](ns)` the number each mistake reads.
    """

    wrong: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], float]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for key, read in cls.wrong.items():     # the engine reads mistake_<key>(ns)
            setattr(cls, f"mistake_{key}", lambda self, ns, read=read: read(ns))

    def explain(self, ns: Mapping[str, Any], answer: Any, expected: Any) -> str:
        if isinstance(answer, Chart):
            return self.module_message(MESSAGES, "not_a_chart", name=self.answer_name)
        return super().explain(ns, answer, expected)
