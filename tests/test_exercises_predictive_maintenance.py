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
from score_helpers.maintenance import model as mm
from tests.exercise_checks import assert_mistake, assert_not_attempted, assert_right

HOUR = pd.Timedelta(hours=1)


@pytest.fixture(autouse=True)
def private_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_PROGRESS_DIR", str(tmp_path / "progress"))
    monkeypatch.setenv("SCORE_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(scope="module")
def setup() -> dict[str, Any]:
    """The notebook's variables after the setup cell and the given lines of each question."""
    sensors, log = data.load("machine_sensors"), data.load("maintenance_log")
    breaks = mm.breakdown_times(sensors, log)
    hour = breaks.loc[breaks["machine_id"] == "CMP-02", "timestamp"].max()
    cmp2 = sensors[(sensors["machine_id"] == "CMP-02") & (sensors["timestamp"] >= "2025-03-01")
                   & (sensors["timestamp"] <= hour)]
    return {"sensors": sensors, "log": log, "features": mm.add_features(sensors, log),
            "breakdown_hour": hour, "cmp2": cmp2,
            "caught": 54, "missed": 36, "false_alarm_hours": 126, "quiet_hours": 2784,
            "breakdown_php": 35_500, "planned_php": 10_250, "false_alarm_php": 500,
            "breakdowns": 2, "planned_jobs": 5, "false_alarms": 14}


# --- The participant's answers: right, blank and typical mistakes -----------------------------

def hdf_right(air_k: float, process_k: float, rpm: float) -> bool:
    return (process_k - air_k < 8.6) and (rpm < 1380)


def hdf_greater(air_k: float, process_k: float, rpm: float) -> bool:
    return (process_k - air_k > 8.6) and (rpm > 1380)


def hdf_at_or_below(air_k: float, process_k: float, rpm: float) -> bool:
    return (process_k - air_k <= 8.6) and (rpm <= 1380)


def hdf_either(air_k: float, process_k: float, rpm: float) -> bool:
    return (process_k - air_k < 8.6) or (rpm < 1380)


def hdf_air_minus_process(air_k: float, process_k: float, rpm: float) -> bool:
    return (air_k - process_k < 8.6) and (rpm < 1380)


def hdf_blank(air_k: float, process_k: float, rpm: float) -> Any:
    """What the participant version holds: `return (____)`."""
    return ____


def first_reading(s: dict[str, Any], limit: float, last: bool = False) -> pd.Timestamp:
    rows = s["cmp2"]
    times = rows.loc[rows["vibration_mm_s"] >= limit, "timestamp"]
    return times.max() if last else times.min()


def answers(s: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each question's right answer, written the way the solution notebook writes it."""
    f = s["features"]
    return {
        "q1": {"q1_answer": "C"},
        "q2": {"warning_hours": (s["breakdown_hour"] - first_reading(s, 1.8)) / HOUR},
        "q3": {"train": f[f["timestamp"] < "2025-03-01"],
               "test": f[f["timestamp"] >= "2025-03-01"]},
        "q4": {"q4_answer": "B"},
        "q5": {"recall": s["caught"] / (s["caught"] + s["missed"])},
        "q6": {"is_hdf": hdf_right},
        "q7": {"predictive_cost": s["breakdowns"] * s["breakdown_php"]
               + s["planned_jobs"] * s["planned_php"] + s["false_alarms"] * s["false_alarm_php"]},
        "q8": {"who_decides": "The maintenance technician gets the alert and goes to check "
                              "the machine. With the line supervisor, they decide when to stop "
                              "it for the repair."},
    }


BLANK = {
    "q1": {"q1_answer": ____}, "q2": {"warning_hours": ____},
    "q3": {"train": ____, "test": ____}, "q4": {"q4_answer": ____}, "q5": {"recall": ____},
    "q6": {"is_hdf": hdf_blank}, "q7": {"predictive_cost": ____}, "q8": {"who_decides": ____},
}


def mistakes(s: dict[str, Any]) -> list[tuple[str, dict[str, Any], str]]:
    """(question, wrong answer, words its message must contain), one per typical mistake."""
    f, hour = s["features"], s["breakdown_hour"]
    shuffled = f.sample(frac=0.8, random_state=7)
    c, m, fa, q = s["caught"], s["missed"], s["false_alarm_hours"], s["quiet_hours"]
    b, pj, fal = s["breakdowns"], s["planned_jobs"], s["false_alarms"]
    bp, pp, fp = s["breakdown_php"], s["planned_php"], s["false_alarm_php"]
    return [
        ("q1", {"q1_answer": "A"}, "Zone A ends at 0.71"),
        ("q1", {"q1_answer": "B"}, "Zone B ends at 1.8"),
        ("q1", {"q1_answer": "D"}, "Zone D starts above 4.5"),
        ("q2", {"warning_hours": (hour - first_reading(s, 4.5)) / HOUR}, "zone D (4.5 mm/s)"),
        ("q2", {"warning_hours": (hour - first_reading(s, 1.8, last=True)) / HOUR},
         "not .max()"),
        ("q2", {"warning_hours": int((s["cmp2"]["vibration_mm_s"] >= 1.8).sum())},
         "You counted the readings"),
        ("q2", {"warning_hours": (hour - first_reading(s, 1.8)) / pd.Timedelta(days=1)},
         "That looks like days"),
        ("q2", {"warning_hours": hour - first_reading(s, 1.8)}, "That is a time span"),
        ("q3", {"train": shuffled, "test": f.drop(shuffled.index)}, "the future leaked"),
        ("q3", {"train": f[f["timestamp"] >= "2025-03-01"],
                "test": f[f["timestamp"] < "2025-03-01"]}, "`train` holds the later hours"),
        ("q3", {"train": f[f["timestamp"] < "2025-02-01"],
                "test": f[f["timestamp"] >= "2025-02-01"]}, "each hour goes in exactly one"),
        ("q3", {"train": "before March", "test": "March"}, "should both be tables"),
        ("q4", {"q4_answer": "A"}, "not by accuracy"),
        ("q4", {"q4_answer": "C"}, "no alert level to lower"),
        ("q4", {"q4_answer": "D"}, "More accuracy is not the goal"),
        ("q5", {"recall": (c + q) / (c + m + fa + q)}, "That is the accuracy"),
        ("q5", {"recall": c / (c + fa)}, "That is the precision"),
        ("q5", {"recall": m / (c + m)}, "the share that was missed"),
        ("q5", {"recall": c / (c + m + fa + q)}, "You divided by all the hours"),
        ("q6", {"is_hdf": hdf_greater}, "point the wrong way"),
        ("q6", {"is_hdf": hdf_either}, "use `and`, not `or`"),
        ("q6", {"is_hdf": hdf_air_minus_process}, "process_k - air_k"),
        ("q7", {"predictive_cost": b * bp + pj * pp}, "You left out the false alarms"),
        ("q7", {"predictive_cost": b * bp + fal * fp}, "You left out the planned repairs"),
        ("q7", {"predictive_cost": (b + pj) * bp + fal * fp}, "not the breakdown price"),
    ]


QUESTIONS = {q.question: q for q in p.QUESTIONS}
N_MISTAKES = 25


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


def test_one_blank_part_of_the_split_is_not_attempted(setup: dict[str, Any],
                                                      right: dict[str, dict[str, Any]]) -> None:
    ns = setup | right["q3"] | {"test": ____}
    assert p.q3.evaluate(ns).status == "not_attempted"


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
            if name == "q6" and key == "at_or_below":
                continue  # only the hidden cases at the limits can see it: tested below
            assert any(text in message for text in texts), f"{name}.{key} is not tested"


def test_each_mistake_message_is_different() -> None:
    for exercise in QUESTIONS.values():
        messages = list(exercise.common_mistakes.values())
        assert len(messages) == len(set(messages)), exercise


def test_a_random_split_is_caught_whatever_the_share(setup: dict[str, Any]) -> None:
    """The leak is found from the times alone, for any random pick of rows."""
    f = setup["features"]
    for share, seed in ((0.5, 1), (0.7, 2), (0.9, 3)):
        train = f.sample(frac=share, random_state=seed)
        assert d.split_problem(f, train, f.drop(train.index)) == "random"


def test_the_library_time_split_passes(setup: dict[str, Any]) -> None:
    train, test = mm.time_split(setup["features"], "2025-03-01")
    assert p.q3.evaluate(setup | {"train": train, "test": test}).passed


def test_feedback_never_reveals_the_expected_value(
        setup: dict[str, Any], typical: list[tuple[str, dict[str, Any], str]]) -> None:
    expected = {"q2": p.q2.expected(setup), "q5": p.q5.expected(setup),
                "q7": p.q7.expected(setup)}
    shown = set()
    for value in expected.values():
        shown |= {f"{value:.{n}f}" for n in (0, 1, 2)} | {f"{value:,.0f}", f"{value * 100:.0f}"}
    texts = [QUESTIONS[q].evaluate(setup | a).text() for q, a, _ in typical]
    texts += [p.q2.evaluate(setup | {"warning_hours": v}).text() for v in (5, "x", 0.5)]
    texts += [p.q6.evaluate({"is_hdf": f}).text() for f in (hdf_at_or_below, lambda *a: True)]
    texts.append(p.q6.evaluate_hidden({"is_hdf": hdf_at_or_below}).text())
    for text in texts:
        for value in shown:
            if value not in {"0", "1", "0.0", "1.0", "60"}:
                assert value not in text, (value, text)
        assert '"C"' not in text and '"B"' not in text and "BEGIN SOLUTION" not in text


def test_hidden_cases_catch_a_function_that_only_fits_the_visible_ones() -> None:
    visible = {case.args: hdf_right(*case.args) for case in p.q6.cases}

    def only_visible(*args: float) -> bool:
        return visible[args]

    assert p.q6.evaluate({"is_hdf": only_visible}).passed
    with pytest.raises(AssertionError):
        p.q6.grade({"is_hdf": only_visible}, hidden=True)


def test_hidden_cases_catch_or_equal_at_the_limit_with_its_message() -> None:
    assert p.q6.evaluate({"is_hdf": hdf_at_or_below}).passed  # the visible cases cannot tell
    result = p.q6.evaluate_hidden({"is_hdf": hdf_at_or_below})
    assert not result.passed
    assert "use <, not <=" in result.text()
    with pytest.raises(AssertionError, match="use <, not <="):
        p.q6.grade({"is_hdf": hdf_at_or_below}, hidden=True)


def test_the_rule_matches_the_ai4i_module_on_every_case() -> None:
    from score_helpers.maintenance import ai4i

    for case in (*p.q6.cases, *p.q6.hidden_cases):
        air, process, rpm = case.args
        frame = pd.DataFrame({"Type": ["M"], "Air temperature [K]": [air],
                              "Process temperature [K]": [process],
                              "Rotational speed [rpm]": [rpm], "Torque [Nm]": [40.0],
                              "Tool wear [min]": [0]})
        assert bool(ai4i.failure_rules(frame)["HDF"].iloc[0]) is p.q6.reference(*case.args)


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
    assert sum(ChoiceExercise in mro for mro in kinds) == 2
    assert sum(FunctionExercise in mro for mro in kinds) == 1
    assert sum(ValueExercise in mro for mro in kinds) == 3
    assert sum(TextExercise in mro for mro in kinds) == 1
    assert p.q6.hidden_cases
    assert sum(e.points for e in QUESTIONS.values()) == 12
