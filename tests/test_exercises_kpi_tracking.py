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
from tests.conftest import REPO
from tests.exercise_checks import (
    assert_mistake,
    assert_not_attempted,
    assert_right,
    grade_class,
)

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

def cost(frame: pd.DataFrame) -> pd.Series:
    return frame["material_cost_php"] + frame["labour_cost_php"] + frame["overhead_cost_php"]


def answers(s: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each question's right answer, written the way the solution notebook writes it."""
    a, b = s["line_a"], s["line_b"]
    return {
        "q1": {"defect_rate_a": a["defects"].sum() / a["units_produced"].sum()},
        "q2": {"q2_answer": "B"},
        "q3": {"cost_per_unit_b": s["total_cost"] / (b["units_produced"].sum()
                                                     - b["units_scrapped"].sum())},
        "q4": {"oee_shift": (405 / 450) * (0.85 * 400 / 405) * (380 / 400)},
        "q5": {"q5_answer": "B"},
        "q6": {"weeks_missed_c": 9},
        "q7": {"top_three_share": (178 + 151 + 116) / 595},
        "q8": {"q8_answer": False},
    }


BLANK = {
    "q1": {"defect_rate_a": ____}, "q2": {"q2_answer": ____}, "q3": {"cost_per_unit_b": ____},
    "q4": {"oee_shift": ____}, "q5": {"q5_answer": ____}, "q6": {"weeks_missed_c": ____},
    "q7": {"top_three_share": ____}, "q8": {"q8_answer": ____},
}


def mistakes(s: dict[str, Any]) -> list[tuple[str, dict[str, Any], str]]:
    """(question, wrong answer, words its message must contain), one per typical mistake."""
    a, b, p, march = s["line_a"], s["line_b"], s["production"], s["march"]
    all_a = p[p["line"] == "Line A"]
    all_b = p[p["line"] == "Line B"]
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
        # Q4: the shift board, 450 planned, 45 down, 0.85 min/pair, 400 made, 380 good
        ("q4", {"oee_shift": (0.85 * 400 / 405) * (380 / 400)}, "You left out availability"),
        ("q4", {"oee_shift": (405 / 450) * (0.85 * 400 / 405)}, "the 20 rejects vanished"),
        ("q4", {"oee_shift": (405 / 450) * (0.85 * 400 / 450) * (380 / 400)},
         "not with the planned time"),
        ("q4", {"oee_shift": (405 / 450 + 0.85 * 400 / 405 + 380 / 400) / 3},
         "You averaged the three factors"),
        ("q4", {"oee_shift": (45 / 450) * (0.85 * 400 / 405) * (380 / 400)},
         "not downtime ÷ planned time"),
        ("q4", {"oee_shift": (405 / 450) * (0.85 * 400 / 405) * (20 / 400)},
         "not the rejects ÷ total count"),
        ("q4", {"oee_shift": 71.8}, "It looks like a percent"),
        ("q5", {"q5_answer": "A"}, "The stops are the loss everyone sees"),
        ("q5", {"q5_answer": "C"}, "Rejects hurt, but compare first"),
        ("q5", {"q5_answer": "D"}, "world class is about 85 %"),
        # Q6: Line C missed the target in 9 weeks; A in 11, B in 10; 30 circles in all
        ("q6", {"weeks_missed_c": 3}, "weeks that reached the target"),
        ("q6", {"weeks_missed_c": 30}, "circles of all three lines"),
        ("q6", {"weeks_missed_c": 11}, "Line A's circles"),
        ("q6", {"weeks_missed_c": 10}, "Line B's circles"),
        ("q6", {"weeks_missed_c": 12}, "every week of the chart"),
        ("q6", {"weeks_missed_c": plots.trend_with_target(s["weekly"], "on_time_delivery",
                                                          target=0.95)},
         "holds the chart itself"),
        # Q7: Line A's March bars 178, 151, 116, 45, 41, 34, 30 (595 defects)
        ("q7", {"top_three_share": 178 / 595}, "the biggest cause alone"),
        ("q7", {"top_three_share": (178 + 151) / 595}, "That is two causes"),
        ("q7", {"top_three_share": 0.82}, "That is four causes"),
        ("q7", {"top_three_share": 178 + 151 + 116}, "a number of defects"),
        ("q7", {"top_three_share": (193 + 91 + 36) / 408}, "Line B's share"),
        ("q7", {"top_three_share": 0.77}, "all three lines together"),
        ("q7", {"top_three_share": 75}, "It looks like a percent"),
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


@pytest.mark.parametrize("index", range(38))
def test_typical_mistake_gets_its_own_message(index: int, setup: dict[str, Any],
                                              typical: list[tuple[str, dict[str, Any], str]],
                                              ) -> None:
    question, answer, message = typical[index]
    assert_mistake(QUESTIONS[question], setup | answer, message)


def test_the_mistake_list_covers_every_declared_mistake(
        typical: list[tuple[str, dict[str, Any], str]]) -> None:
    assert len(typical) == 38
    for name, exercise in QUESTIONS.items():
        texts = [m for q, _, m in typical if q == name]
        for key, message in exercise.common_mistakes.items():
            assert any(text in message for text in texts), f"{name}.{key} is not tested"


def test_each_mistake_message_is_different() -> None:
    for exercise in QUESTIONS.values():
        messages = list(exercise.common_mistakes.values())
        assert len(messages) == len(set(messages)), exercise


def test_feedback_never_reveals_the_expected_value(
        setup: dict[str, Any], typical: list[tuple[str, dict[str, Any], str]]) -> None:
    expected = {q: QUESTIONS[q].expected(setup) for q in ("q1", "q3", "q4", "q7")}
    shown = set()
    for value in expected.values():
        shown |= {f"{value:.{d}f}" for d in (1, 2, 3, 4)} | {f"{value * 100:.1f}",
                                                              f"{value * 100:.0f} %"}
    shown |= {f"₱{expected['q3']:,.2f}", "9 weeks", " 9 ", "(178 + 151 + 116)", "445"}
    texts = [QUESTIONS[q].evaluate(setup | a).text() for q, a, _ in typical]
    texts += [k.q1.evaluate(setup | {"defect_rate_a": v}).text() for v in (0.5, 7, "x")]
    texts += [k.q4.evaluate(setup | {"oee_shift": v}).text() for v in (0.5, "x")]
    texts += [k.q6.evaluate(setup | {"weeks_missed_c": v}).text() for v in (5, "9")]
    for text in texts:
        for value in shown:
            if value not in {"0.0", "0.00", "0.7", "1.0"}:
                assert value not in text, (value, text)
        assert '"B"' not in text and "BEGIN SOLUTION" not in text


def test_the_shift_board_gives_the_oee_of_kpi_oee_and_a_calculator_may_round() -> None:
    """Q4's answer is kpi.oee of the board (Nakajima's definition); the factors rounded to
    two decimals on a calculator still pass, and a factor cut to one decimal does not."""
    from score_helpers.exercises.kpi_tracking_data import BOARD

    assert k.q4.expected({}) == pytest.approx(kpi.oee(450, 45, 0.85, 400, 380).oee)
    assert k.q4.expected({}) == pytest.approx(0.85 * 380 / 450)
    assert list(BOARD.table()["value"]) == [450, 45, 0.85, 400, 380]
    assert k.q4.evaluate({"oee_shift": 0.90 * 0.84 * 0.95}).passed
    assert k.q4.evaluate({"oee_shift": "0.72"}).status == "not_yet"
    assert k.q4.evaluate({"oee_shift": 0.72}).passed             # the OEE rounded to 72 %
    assert not k.q4.evaluate({"oee_shift": 0.9 * 0.8 * 0.95}).passed   # performance as 0.8


def test_the_smallest_factor_of_the_board_is_the_option_marked_right() -> None:
    """Q5's right option names the smallest OEE factor, and the losses in minutes agree."""
    from score_helpers.exercises.kpi_tracking_data import BOARD

    availability, performance, quality = BOARD.factors()
    by_option = {"A": availability, "B": performance, "C": quality}
    assert min(by_option, key=by_option.get) == k.q5.correct
    stops = BOARD.downtime_minutes
    slow = BOARD.run_minutes - BOARD.ideal_cycle_min * BOARD.total_count
    rejects = (BOARD.total_count - BOARD.good_count) * BOARD.ideal_cycle_min
    assert slow > stops > rejects


def test_the_chart_readings_are_what_the_module_charts_show(setup: dict[str, Any]) -> None:
    """Q6 counts the circled weeks of the trend chart; Q7 reads the Pareto line at the
    third bar, both as the notebook draws them."""
    drawn = plots.trend_with_target(setup["weekly"], "on_time_delivery", target=0.95).data
    line_c = drawn[drawn["line"] == "Line C"]
    assert k.q6.expected(setup) == int(line_c["beyond_target"].sum())
    assert k.q6.expected(setup) == int((line_c["on_time_delivery"] < 0.95).sum())
    mc = setup["march_causes"]
    pareto = plots.pareto(mc[mc["line"] == "Line A"]).data
    assert list(pareto["defects"])[:3] == [178, 151, 116] and pareto["defects"].sum() == 595
    assert k.q7.expected(setup) == pytest.approx(pareto["cumulative_share"].iloc[2])


def test_the_mix_of_question_kinds_and_points() -> None:
    from score_helpers.exercises import ChoiceExercise, FunctionExercise, ValueExercise
    from score_helpers.exercises.kpi_tracking_data import ChartReading

    kinds = [type(e).__mro__ for e in QUESTIONS.values()]
    assert sum(ChoiceExercise in mro for mro in kinds) == 3
    assert sum(FunctionExercise in mro for mro in kinds) == 0
    assert sum(ChartReading in mro for mro in kinds) == 2
    assert sum(ValueExercise in mro for mro in kinds) == 5
    assert sum(e.points for e in QUESTIONS.values()) == 12


# --- The real nbgrader, on filled-in participant notebooks ---------------------------------

NOTEBOOK_RIGHT = {
    "q1_answer": 'line_a["defects"].sum() / line_a["units_produced"].sum()',
    "q2_answer": '"B"',
    "q3_answer": 'total_cost / (line_b["units_produced"].sum() - line_b["units_scrapped"].sum())',
    "q4_answer": "0.718",
    "q5_answer": '"B"',
    "q6_answer": "9",
    "q7_answer": "0.75",
    "q8_answer": "False",
}
NOTEBOOK_MISTAKES = {
    "q4_answer": "(405 / 450) * (0.85 * 400 / 405)",
    "q5_answer": '"A"',
    "q6_answer": "3",
    "q7_answer": "0.82",
}


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Three participants' notebooks, released from solutions/ into a temporary folder and
    graded by `score-lab grade`: question rows by name."""
    import shutil

    from score_helpers.grading import release

    root = tmp_path_factory.mktemp("class01")
    shutil.copytree(REPO / "solutions" / k.MODULE, root / "solutions" / k.MODULE)
    release.release_all(out_dir=root / "released", solutions_dir=root / "solutions")
    released = root / "released" / k.MODULE / "kpi_tracking.ipynb"
    return grade_class(released, {"Ana Cruz": NOTEBOOK_RIGHT,
                                  "Ben Santos": NOTEBOOK_RIGHT | NOTEBOOK_MISTAKES,
                                  "Jose Reyes": {}}, root / "graded")


def test_nbgrader_gives_full_marks_zero_and_the_mistakes_messages(
        graded_class: dict[str, dict[str, Any]]) -> None:
    ana, ben, jose = (graded_class[n] for n in ("Ana Cruz", "Ben Santos", "Jose Reyes"))
    assert (ana["status"], ana["score"], ana["max_score"]) == ("graded", "12", "12")
    assert (jose["status"], jose["score"]) == ("graded", "0")
    assert all("ot attempted yet" in jose[q]["message"] for q in QUESTIONS)
    assert ben["q4"]["points"] == "0" and "20 rejects vanished" in ben["q4"]["message"]
    assert ben["q5"]["points"] == "0" and "loss everyone sees" in ben["q5"]["message"]
    assert ben["q6"]["points"] == "0" and "reached the target" in ben["q6"]["message"]
    assert ben["q7"]["points"] == "0" and "four causes" in ben["q7"]["message"]
    assert ben["score"] == str(12 - 2 - 1 - 1 - 2)
