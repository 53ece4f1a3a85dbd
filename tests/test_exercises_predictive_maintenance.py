"""Module 03's exercises: each question passes with its solution, waits on its blank, and
fails each typical mistake with that mistake's own message, never the expected value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from score_helpers import data
from score_helpers.exercises import ____
from score_helpers.exercises import predictive_maintenance as p
from score_helpers.exercises import predictive_maintenance_data as d
from score_helpers.lessons import predictive_maintenance as lessons
from tests.exercise_checks import assert_mistake, assert_not_attempted, assert_right


@pytest.fixture(autouse=True)
def private_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_PROGRESS_DIR", str(tmp_path / "progress"))
    monkeypatch.setenv("SCORE_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(scope="module")
def setup() -> dict[str, Any]:
    """The notebook's variables after the setup cell and the given lines of each question."""
    sensors, log = data.load("machine_sensors"), data.load("maintenance_log")
    return {"sensors": sensors, "log": log,
            "caught": 54, "missed": 36, "false_alarm_hours": 126, "quiet_hours": 2784,
            "breakdown_php": 35_500, "planned_php": 10_250, "false_alarm_php": 500,
            "breakdowns": 2, "planned_jobs": 5, "false_alarms": 14}


# --- The participant's answers: right, blank and typical mistakes -----------------------------

def answers(s: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each question's right answer, written the way the solution notebook writes it."""
    return {
        "q1": {"q1_answer": "C"},
        "q2": {"q2_answer": "B"},
        "q3": {"q3_answer": "B"},
        "q4": {"q4_answer": "B"},
        "q5": {"recall": s["caught"] / (s["caught"] + s["missed"])},
        "q6": {"q6_answer": "C"},
        "q7": {"predictive_cost": s["breakdowns"] * s["breakdown_php"]
               + s["planned_jobs"] * s["planned_php"] + s["false_alarms"] * s["false_alarm_php"]},
        "q8": {"who_decides": "The maintenance technician gets the alert and goes to check "
                              "the machine. With the line supervisor, they decide when to stop "
                              "it for the repair."},
    }


BLANK = {
    "q1": {"q1_answer": ____}, "q2": {"q2_answer": ____}, "q3": {"q3_answer": ____},
    "q4": {"q4_answer": ____}, "q5": {"recall": ____}, "q6": {"q6_answer": ____},
    "q7": {"predictive_cost": ____}, "q8": {"who_decides": ____},
}


def mistakes(s: dict[str, Any]) -> list[tuple[str, dict[str, Any], str]]:
    """(question, wrong answer, words its message must contain), one per typical mistake."""
    c, m, fa, q = s["caught"], s["missed"], s["false_alarm_hours"], s["quiet_hours"]
    b, pj, fal = s["breakdowns"], s["planned_jobs"], s["false_alarms"]
    bp, pp, fp = s["breakdown_php"], s["planned_php"], s["false_alarm_php"]
    return [
        ("q1", {"q1_answer": "A"}, "Zone A is below 0.71"),
        ("q1", {"q1_answer": "B"}, "where zone C starts, at 1.8"),
        ("q1", {"q1_answer": "D"}, "Zone D starts at 4.5"),
        ("q2", {"q2_answer": "A"}, "the red band, zone D"),
        ("q2", {"q2_answer": "C"}, "still in the blue band"),
        ("q2", {"q2_answer": "D"}, "Look again at the bands"),
        ("q3", {"q3_answer": "A"}, "far above the lowest"),
        ("q3", {"q3_answer": "C"}, "compare its days of warning"),
        ("q3", {"q3_answer": "D"}, "cheapest on paper"),
        ("q4", {"q4_answer": "A"}, "not by accuracy"),
        ("q4", {"q4_answer": "C"}, "no alert level to lower"),
        ("q4", {"q4_answer": "D"}, "More accuracy is not the goal"),
        ("q5", {"recall": (c + q) / (c + m + fa + q)}, "That is the accuracy"),
        ("q5", {"recall": c / (c + fa)}, "That is the precision"),
        ("q5", {"recall": m / (c + m)}, "the share that was missed"),
        ("q5", {"recall": c / (c + m + fa + q)}, "You divided by all the hours"),
        ("q6", {"q6_answer": "A"}, "the heat still gets away"),
        ("q6", {"q6_answer": "B"}, "look at its speed"),
        ("q6", {"q6_answer": "D"}, "compare its temperature difference with 8.6 K"),
        ("q7", {"predictive_cost": b * bp + pj * pp}, "You left out the false alarms"),
        ("q7", {"predictive_cost": b * bp + fal * fp}, "You left out the planned repairs"),
        ("q7", {"predictive_cost": (b + pj) * bp + fal * fp}, "not the breakdown price"),
    ]


QUESTIONS = {q.question: q for q in p.QUESTIONS}
N_MISTAKES = 22


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


@pytest.mark.parametrize("index", range(N_MISTAKES))
def test_typical_mistake_gets_its_own_message(index: int, setup: dict[str, Any],
                                              typical: list[tuple[str, dict[str, Any], str]],
                                              ) -> None:
    question, answer, message = typical[index]
    assert_mistake(QUESTIONS[question], setup | answer, message)


def test_the_mistake_list_covers_every_declared_mistake(
        typical: list[tuple[str, dict[str, Any], str]]) -> None:
    assert len(typical) == N_MISTAKES
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
    expected = {"q5": p.q5.expected(setup), "q7": p.q7.expected(setup)}
    shown = set()
    for value in expected.values():
        shown |= {f"{value:.{n}f}" for n in (0, 1, 2)} | {f"{value:,.0f}", f"{value * 100:.0f}"}
    texts = [QUESTIONS[q].evaluate(setup | a).text() for q, a, _ in typical]
    texts += [p.q5.evaluate(setup | {"recall": v}).text() for v in (5, "x", 0.5)]
    for text in texts:
        for value in shown:
            if value not in {"0", "1", "0.0", "1.0", "60"}:
                assert value not in text, (value, text)
        assert "BEGIN SOLUTION" not in text
    # A choice's feedback never names the right option or its words.
    for name, right_words in (("q1", "plan maintenance soon"), ("q2", "Monday"),
                              ("q3", "start of zone C"), ("q6", "Run C")):
        exercise = QUESTIONS[name]
        for wrong in exercise.common_mistakes:
            text = exercise.evaluate({exercise.answer_name: wrong}).text()
            assert right_words not in text and f'"{exercise.correct}"' not in text, (name, text)


# --- The facts the choices rest on, read from the committed data -----------------------------

def test_q2_the_chart_shows_about_four_days_of_zone_c_warning(setup: dict[str, Any]) -> None:
    chart = lessons.last_days_chart(setup["sensors"], setup["log"], d.CHART_MACHINE,
                                    d.CHART_DAYS)
    rows, end = chart.data, chart.data["timestamp"].max()
    assert end == pd.Timestamp("2025-03-14 17:00")                       # Friday afternoon
    first_c = rows.loc[rows["zone"].isin(["C", "D"]), "timestamp"].min()
    first_d = rows.loc[rows["zone"] == "D", "timestamp"].min()
    assert first_c.strftime("%a %d %b") == "Mon 10 Mar"                  # option B
    assert 3.5 <= (end - first_c) / pd.Timedelta(days=1) <= 4.5          # "about 4 days"
    assert first_d.strftime("%a %d %b") == "Thu 13 Mar"                  # option A: zone D
    friday_7 = rows[rows["timestamp"].dt.strftime("%d %b") == "07 Mar"]
    assert set(friday_7["zone"]) == {"B"}                                # option C is wrong
    assert "Monday evening, 10 March" in p.q2.options["B"]


def test_q3_the_cost_table_makes_1_8_the_answer(setup: dict[str, Any]) -> None:
    table = lessons.limit_table(setup["sensors"], setup["log"], d.LIMITS_MM_S)
    table = table.set_index("threshold_mm_s")
    lowest = table["total_cost_php"].min()
    close = table[table["total_cost_php"] <= lowest + d.CLOSE_TO_LOWEST_PHP]
    chosen = close["median_warning_days"].idxmax()
    assert chosen == 1.8 and p.q3.options[p.q3.correct].startswith("1.8 mm/s")
    assert table["total_cost_php"].idxmin() == 4.6                       # option D's claim
    assert table.loc[4.6, "median_warning_days"] < 1                     # "less than a day"
    assert table.loc[1.0, "total_cost_php"] > lowest + 10 * d.CLOSE_TO_LOWEST_PHP
    assert 3.0 in close.index                                            # C is close, warns later
    assert {f"{limit:.1f} mm/s" for limit in d.LIMITS_MM_S} == {
        option.split(":")[0] for option in p.q3.options.values()}


def test_q6_only_run_c_is_a_heat_dissipation_failure() -> None:
    from score_helpers.maintenance import ai4i

    runs = pd.DataFrame([{"Type": "M", "Air temperature [K]": air,
                          "Process temperature [K]": process, "Rotational speed [rpm]": rpm,
                          "Torque [Nm]": 40.0, "Tool wear [min]": 0}
                         for air, process, rpm in d.HDF_RUNS.values()], index=list(d.HDF_RUNS))
    flags = ai4i.failure_rules(runs)["HDF"]
    assert flags[flags].index.tolist() == [p.q6.correct]
    for key, (air, process, rpm) in d.HDF_RUNS.items():
        assert f"difference {process - air:.1f} K" in p.q6.options[key]
        assert f"{rpm:,} rpm" in p.q6.options[key]


def test_the_fixed_numbers_tell_the_story_the_questions_need() -> None:
    assert sum(d.COUNTS.values()) == 3000
    warning = d.COUNTS["caught"] + d.COUNTS["missed"]
    assert warning / 3000 == pytest.approx(0.03)  # rare failures: accuracy looks high anyway
    assert d.JOBS["false_alarms"] > 0
    from score_helpers.maintenance import cost as costs

    hourly = costs.EXAMPLE_COSTS["downtime_cost_php_per_hour"] + costs.EXAMPLE_COSTS[
        "labour_php_per_hour"]
    assert d.PRICES["breakdown_php"] == costs.EXAMPLE_COSTS["repair_parts_php"] + 10 * hourly
    assert d.PRICES["planned_php"] == costs.EXAMPLE_COSTS["planned_parts_php"] + 3 * hourly
    assert d.PRICES["false_alarm_php"] == costs.EXAMPLE_COSTS["false_alarm_visit_php"]


@pytest.mark.parametrize("text, passed", [
    ("The technician gets the alert, checks the machine and decides with the supervisor.",
     True),
    ("The alert should stop the machine automatically so nobody has to decide anything.",
     False),
    ("It should not stop automatically: the supervisor checks it first and plans the repair.",
     True),
    ("Nobody, it is just a computer message on a screen somewhere.", False),
])
def test_who_decides_wants_a_person_not_an_automatic_stop(text: str, passed: bool) -> None:
    assert p.q8.evaluate({"who_decides": text}).passed is passed


def test_an_automatic_stop_is_named_in_the_feedback() -> None:
    text = ("The technician gets the alert and the system stops the machine automatically "
            "until someone checks it.")
    result = p.q8.evaluate({"who_decides": text})
    assert not result.passed
    assert "stops the machine by itself" in result.text()


def test_the_mix_of_question_kinds() -> None:
    from score_helpers.exercises import (
        ChoiceExercise,
        FunctionExercise,
        TextExercise,
        ValueExercise,
    )

    kinds = [type(e).__mro__ for e in QUESTIONS.values()]
    assert sum(ChoiceExercise in mro for mro in kinds) == 5
    assert sum(FunctionExercise in mro for mro in kinds) == 0   # no `def` for participants
    assert sum(ValueExercise in mro for mro in kinds) == 2
    assert sum(TextExercise in mro for mro in kinds) == 1
    assert sum(e.points for e in QUESTIONS.values()) == 12


# --- Real nbgrader: the solution gets full marks, a blank notebook zero ------------------------

NOTEBOOK_RIGHT = {
    "q1_answer": '"C"', "q2_answer": '"B"', "q3_answer": '"B"', "q4_answer": '"B"',
    "q5_answer": "caught / (caught + missed)", "q6_answer": '"C"',
    "q7_answer": ("breakdowns * breakdown_php + planned_jobs * planned_php "
                  "+ false_alarms * false_alarm_php"),
    "q8_answer": ('"The maintenance technician gets the alert and goes to check the machine. '
                  'With the line supervisor, they decide when to stop it."'),
}
NOTEBOOK_MISTAKES = {"q2_answer": '"A"', "q3_answer": '"D"', "q6_answer": '"D"'}


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Module 03's participant notebook, released by nbgrader from solutions/ right now."""
    import shutil

    from score_helpers.grading import release
    from tests.conftest import REPO

    root = tmp_path_factory.mktemp("release03")
    shutil.copytree(REPO / "solutions" / p.MODULE, root / "solutions" / p.MODULE)
    release.release_all(out_dir=root / "exercises", solutions_dir=root / "solutions")
    return root / "exercises" / p.MODULE / "predictive_maintenance.ipynb"


def test_every_answer_cell_is_filled_by_the_right_answers(released: Path) -> None:
    import json

    cells = json.loads(released.read_text(encoding="utf-8"))["cells"]
    answer_ids = {cell["metadata"]["nbgrader"]["grade_id"] for cell in cells
                  if cell.get("metadata", {}).get("nbgrader", {}).get("solution")}
    assert answer_ids == set(NOTEBOOK_RIGHT)
    text = released.read_text(encoding="utf-8")
    assert "pd.Timedelta" not in text and "def " not in text      # nothing to program


def test_nbgrader_gives_full_marks_zero_and_the_mistakes_messages(
        released: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    from tests.exercise_checks import grade_class

    graded = grade_class(released, {"Ana Cruz": NOTEBOOK_RIGHT,
                                    "Ben Santos": NOTEBOOK_RIGHT | NOTEBOOK_MISTAKES,
                                    "Jose Reyes": {}}, tmp_path_factory.mktemp("class03"))
    ana, ben, jose = (graded[n] for n in ("Ana Cruz", "Ben Santos", "Jose Reyes"))
    assert (ana["status"], ana["score"], ana["max_score"]) == ("graded", "12", "12")
    assert (jose["status"], jose["score"]) == ("graded", "0")
    assert "ot attempted yet" in jose["q2"]["message"]
    assert ben["q2"]["points"] == "0" and "the red band, zone D" in ben["q2"]["message"]
    assert ben["q3"]["points"] == "0" and "cheapest on paper" in ben["q3"]["message"]
    assert ben["q6"]["points"] == "0" and "with 8.6 K" in ben["q6"]["message"]
    assert ben["score"] == "6"
