"""Module 01's exercises: each question passes with its solution, waits on its blank, and
fails each typical mistake with that mistake's own message, never the expected value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from score_helpers import data, kpi
from score_helpers.exercises import ____
from score_helpers.exercises import kpi_tracking as k
from score_helpers.kpi import charts as plots
from tests.exercise_checks import assert_mistake, assert_not_attempted, assert_right

MARCH = ("2025-03-01", "2025-03-31")
QUARTER = ("2025-01-06", "2025-03-29")


@pytest.fixture(autouse=True)
def private_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_PROGRESS_DIR", str(tmp_path / "progress"))
    monkeypatch.setenv("SCORE_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(scope="module")
def setup() -> dict[str, Any]:
    """The notebook's variables after the setup cell and the given lines of each question."""
    production = data.load("garments_daily")
    causes = data.load("defect_causes")
    march = production[production["date"].between(*MARCH)]
    quarter = production[production["date"].between(*QUARTER)]
    garment_causes = causes[causes["factory"] == "garments"]
    march_causes = garment_causes[garment_causes["date"].between(*MARCH)]
    line_b = march[march["line"] == "Line B"]
    return {
        "production": production, "causes": causes, "march": march,
        "line_a": march[march["line"] == "Line A"], "line_b": line_b,
        "total_cost": (line_b["material_cost_php"] + line_b["labour_cost_php"]
                       + line_b["overhead_cost_php"]).sum(),
        "year_2024": production[production["date"].dt.year == 2024],
        "quarter": quarter, "weekly": kpi.qcdms_summary(quarter, by="line", period="W"),
        "garment_causes": garment_causes, "march_causes": march_causes,
    }


# --- The participant's answers: right, blank and typical mistakes -----------------------------

def oee_right(planned: float, down: float, ideal: float, units: float, good: float) -> float:
    run = planned - down
    return run / planned * min(ideal * units / run, 1) * (good / units)


def oee_no_cap(planned: float, down: float, ideal: float, units: float, good: float) -> float:
    run = planned - down
    return run / planned * (ideal * units / run) * (good / units)


def oee_downtime_share(planned: float, down: float, ideal: float, units: float,
                       good: float) -> float:
    run = planned - down
    return down / planned * min(ideal * units / run, 1) * (good / units)


def oee_on_planned(planned: float, down: float, ideal: float, units: float, good: float) -> float:
    run = planned - down
    return run / planned * min(ideal * units / planned, 1) * (good / units)


def oee_without_quality(planned: float, down: float, ideal: float, units: float,
                        good: float) -> float:
    run = planned - down
    return run / planned * min(ideal * units / run, 1)


def oee_blank(planned: float, down: float, ideal: float, units: float, good: float) -> float:
    """What the participant version holds: three blanks inside the function."""
    run_minutes = planned - down  # noqa: F841 - as in the notebook
    availability = ____
    performance = ____
    quality = ____
    return availability * performance * quality


def rate(frame: pd.DataFrame, column: str, base: float) -> float:
    return frame[column].sum() * base / frame["hours_worked"].sum()


def cost(frame: pd.DataFrame) -> pd.Series:
    return frame["material_cost_php"] + frame["labour_cost_php"] + frame["overhead_cost_php"]


def answers(s: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each question's right answer, written the way the solution notebook writes it."""
    a, b, y = s["line_a"], s["line_b"], s["year_2024"]
    mc = s["march_causes"]
    return {
        "q1": {"defect_rate_a": a["defects"].sum() / a["units_produced"].sum()},
        "q2": {"q2_answer": "B"},
        "q3": {"cost_per_unit_b": s["total_cost"] / (b["units_produced"].sum()
                                                     - b["units_scrapped"].sum())},
        "q4": {"frequency_2024": rate(y, "lost_time_injuries", 1_000_000)},
        "q5": {"oee": oee_right},
        "q6": {"otd_chart": plots.trend_with_target(s["weekly"], "on_time_delivery",
                                                    target=0.95)},
        "q7": {"pareto_a": plots.pareto(mc[mc["line"] == "Line A"])},
        "q8": {"q8_answer": False},
    }


BLANK = {
    "q1": {"defect_rate_a": ____}, "q2": {"q2_answer": ____}, "q3": {"cost_per_unit_b": ____},
    "q4": {"frequency_2024": ____}, "q5": {"oee": oee_blank}, "q6": {"otd_chart": ____},
    "q7": {"pareto_a": ____}, "q8": {"q8_answer": ____},
}


def mistakes(s: dict[str, Any]) -> list[tuple[str, dict[str, Any], str]]:
    """(question, wrong answer, words its message must contain), one per typical mistake."""
    a, b, y, p = s["line_a"], s["line_b"], s["year_2024"], s["production"]
    march, mc, gc = s["march"], s["march_causes"], s["garment_causes"]
    all_a = p[p["line"] == "Line A"]
    all_b = p[p["line"] == "Line B"]
    causes_a_march = s["causes"][s["causes"]["date"].between(*MARCH)]
    return [
        ("q1", {"defect_rate_a": a["defects"].sum() / (a["units_produced"].sum()
                                                       - a["defects"].sum())},
         "not only the good ones"),
        ("q1", {"defect_rate_a": (a["defects"] / a["units_produced"]).mean()},
         "average of the daily rates"),
        ("q1", {"defect_rate_a": all_a["defects"].sum() / all_a["units_produced"].sum()},
         "not only March 2025"),
        ("q1", {"defect_rate_a": march["defects"].sum() / march["units_produced"].sum()},
         "all three lines"),
        ("q1", {"defect_rate_a": a["units_produced"].sum() / a["defects"].sum()},
         "Put the defects on top"),
        ("q1", {"defect_rate_a": 100 * a["defects"].sum() / a["units_produced"].sum()},
         "It looks like a percent"),
        ("q2", {"q2_answer": "A"}, "average of the two daily percentages"),
        ("q2", {"q2_answer": "C"}, "You added the two percentages"),
        ("q2", {"q2_answer": "D"}, "That is Tuesday alone"),
        ("q3", {"cost_per_unit_b": s["total_cost"] / b["units_produced"].sum()},
         "Divide by the good units"),
        ("q3", {"cost_per_unit_b": s["total_cost"] / (b["units_produced"].sum()
                                                      - b["defects"].sum())},
         "Subtract only the scrapped units"),
        ("q3", {"cost_per_unit_b": (cost(b) / (b["units_produced"] - b["units_scrapped"])).mean()},
         "average of the daily rates"),
        ("q3", {"cost_per_unit_b": cost(all_b).sum() / (all_b["units_produced"].sum()
                                                        - all_b["units_scrapped"].sum())},
         "every day of Line B"),
        ("q4", {"frequency_2024": rate(y, "lost_time_injuries", 200_000)}, "200,000 hours"),
        ("q4", {"frequency_2024": rate(y, "lost_time_injuries", 1)}, "Multiply by 1,000,000"),
        ("q4", {"frequency_2024": rate(y, "incidents", 1_000_000)}, "lost-time injuries only"),
        ("q4", {"frequency_2024": rate(y, "days_lost", 1_000_000)}, "severity rate"),
        ("q4", {"frequency_2024": rate(p, "lost_time_injuries", 1_000_000)}, "Keep only 2024"),
        ("q5", {"oee": oee_downtime_share}, "not downtime ÷ planned minutes"),
        ("q5", {"oee": oee_on_planned}, "not with the planned time"),
        ("q5", {"oee": oee_without_quality}, "Multiply all three factors"),
        ("q6", {"otd_chart": plots.trend_with_target(s["weekly"], "on_time_delivery",
                                                     target=95)}, "0.95 for 95 %"),
        ("q6", {"otd_chart": plots.trend_with_target(s["weekly"], "on_time_delivery",
                                                     target=0.90)}, "where amber ends"),
        ("q6", {"otd_chart": plots.trend_with_target(
            kpi.qcdms_summary(p, by="line", period="W"), "on_time_delivery", target=0.95)},
         "every week in the data"),
        ("q6", {"otd_chart": "a chart"}, "should be a chart"),
        ("q6", {"otd_chart": plots.trend_with_target(s["weekly"], "defect_rate", target=0.95)},
         "draws different numbers"),
        ("q7", {"pareto_a": plots.pareto(mc)}, "all three lines"),
        ("q7", {"pareto_a": plots.pareto(gc[gc["line"] == "Line A"])}, "of every month"),
        ("q7", {"pareto_a": plots.pareto(causes_a_march[causes_a_march["line"] == "Line A"])},
         "food and electronics"),
        ("q8", {"q8_answer": True}, "normal day-to-day variation"),
        ("q8", {"q8_answer": "Tama"}, "normal day-to-day variation"),
    ]


QUESTIONS = {q.question: q for q in k.QUESTIONS}


@pytest.fixture(scope="module")
def right(setup: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return answers(setup)


@pytest.fixture(scope="module")
def typical(setup: dict[str, Any]) -> list[tuple[str, dict[str, Any], str]]:
    return mistakes(setup)


# --- Tests ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question", QUESTIONS)
def test_solution_passes(question: str, setup: dict[str, Any],
                         right: dict[str, dict[str, Any]]) -> None:
    assert_right(QUESTIONS[question], setup | right[question])


@pytest.mark.parametrize("question", QUESTIONS)
def test_blank_is_not_attempted_rather_than_wrong(question: str, setup: dict[str, Any]) -> None:
    assert_not_attempted(QUESTIONS[question], setup | BLANK[question])


def test_a_missing_answer_is_not_attempted(setup: dict[str, Any]) -> None:
    for exercise in QUESTIONS.values():
        assert exercise.evaluate(setup).status == "not_attempted", exercise


@pytest.mark.parametrize("index", range(31))
def test_typical_mistake_gets_its_own_message(index: int, setup: dict[str, Any],
                                              typical: list[tuple[str, dict[str, Any], str]],
                                              ) -> None:
    question, answer, message = typical[index]
    assert_mistake(QUESTIONS[question], setup | answer, message)


def test_the_mistake_list_covers_every_declared_mistake(
        typical: list[tuple[str, dict[str, Any], str]]) -> None:
    assert len(typical) == 31
    for name, exercise in QUESTIONS.items():
        texts = [m for q, _, m in typical if q == name]
        for key, message in exercise.common_mistakes.items():
            if name == "q5" and key == "no_cap":
                continue  # only the hidden cases can see it: tested below
            assert any(text in message for text in texts), f"{name}.{key} is not tested"


def test_each_mistake_message_is_different() -> None:
    for exercise in QUESTIONS.values():
        messages = list(exercise.common_mistakes.values())
        assert len(messages) == len(set(messages)), exercise


def test_feedback_never_reveals_the_expected_value(
        setup: dict[str, Any], typical: list[tuple[str, dict[str, Any], str]]) -> None:
    expected = {
        "q1": k.q1.expected(setup), "q3": k.q3.expected(setup), "q4": k.q4.expected(setup)}
    shown = set()
    for value in expected.values():
        shown |= {f"{value:.{d}f}" for d in (1, 2, 3, 4)} | {f"{value * 100:.1f}"}
    shown |= {f"{expected['q1'] * 100:.1f} %", f"₱{expected['q3']:,.2f}"}
    texts = [QUESTIONS[q].evaluate(setup | a).text() for q, a, _ in typical]
    texts += [k.q1.evaluate(setup | {"defect_rate_a": v}).text() for v in (0.5, 7, "x")]
    texts += [k.q5.evaluate({"oee": f}).text() for f in (oee_no_cap, lambda *a: 0.5)]
    texts.append(k.q5.evaluate_hidden({"oee": oee_no_cap}).text())
    for text in texts:
        for value in shown:
            if value not in {"0.0", "0.00"}:
                assert value not in text, (value, text)
        assert '"B"' not in text and "BEGIN SOLUTION" not in text


def test_chart_questions_check_the_data_drawn(setup: dict[str, Any],
                                              right: dict[str, dict[str, Any]]) -> None:
    """The data frame behind the chart counts, not the picture: the same data passes."""
    chart = right["q7"]["pareto_a"]
    assert k.q7.evaluate(setup | {"pareto_a": chart.data.copy()}).passed
    redrawn = plots.pareto(setup["march_causes"][setup["march_causes"]["line"] == "Line A"],
                           title="My own title")
    assert k.q7.evaluate(setup | {"pareto_a": redrawn}).passed


def test_hidden_cases_catch_a_function_that_only_fits_the_visible_ones() -> None:
    visible = {case.args: oee_right(*case.args) for case in k.q5.cases}

    def only_visible(*args: float) -> float:
        return visible[args]

    assert k.q5.evaluate({"oee": only_visible}).passed
    with pytest.raises(AssertionError):
        k.q5.grade({"oee": only_visible}, hidden=True)


def test_hidden_cases_catch_a_missing_cap_with_its_message() -> None:
    assert k.q5.evaluate({"oee": oee_no_cap}).passed  # the visible cases cannot tell
    result = k.q5.evaluate_hidden({"oee": oee_no_cap})
    assert not result.passed
    assert "cap it with min" in result.text()
    with pytest.raises(AssertionError, match="cap it with min"):
        k.q5.grade({"oee": oee_no_cap}, hidden=True)


def test_the_mix_of_question_kinds() -> None:
    from score_helpers.exercises import ChoiceExercise, FunctionExercise, ValueExercise

    kinds = [type(e).__mro__ for e in QUESTIONS.values()]
    assert sum(ChoiceExercise in mro for mro in kinds) == 2
    assert sum(FunctionExercise in mro for mro in kinds) == 1
    assert sum(k.ChartExercise in mro for mro in kinds) == 2
    assert sum(ValueExercise in mro for mro in kinds) == 5
    assert k.q5.hidden_cases
