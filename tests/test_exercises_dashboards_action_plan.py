"""Module 05's exercises: each question passes with its solution, waits on its blank, and
fails each typical mistake with that mistake's own message, never the expected value.
Question 4 agrees with module 02's minutes (a buddy for a new operator is about her
rejects). The real nbgrader grades a right, a mistaken and a blank notebook at the end."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from score_helpers import action_plan as ap
from score_helpers.exercises import ____
from score_helpers.exercises import dashboards_action_plan as s
from score_helpers.exercises import dashboards_action_plan_data as d
from score_helpers.i18n.fil_exercises_05 import FIL_EXERCISES_05
from score_helpers.lessons import document_drafting as module_02
from tests.conftest import REPO
from tests.exercise_checks import (
    assert_mistake,
    assert_not_attempted,
    assert_right,
    grade_class,
)

GAPS = d.gaps_table()
FIXED = {"owner": "Line B supervisor", "due_date": "2025-05-05", "reviewed_by": "EIT chair"}


@pytest.fixture(autouse=True)
def private_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_PROGRESS_DIR", str(tmp_path / "progress"))
    monkeypatch.setenv("SCORE_CONFIG_DIR", str(tmp_path / "config"))


QUESTIONS = {q.question: q for q in s.QUESTIONS}
RIGHT: dict[str, dict[str, Any]] = {
    "q1": {"biggest_gap": "on_time_delivery"},
    "q2": {"q2_answer": "B"},
    "q3": FIXED,
    "q4": {"q4_answer": "D"},
    "q5": {"q5_answer": "B"},
    "q6": {"rows_to_fix": [2, 3, 5]},
}
BLANK = {question: {name: ____ for name in answer} for question, answer in RIGHT.items()}
MISTAKES: list[tuple[str, dict[str, Any], str]] = [
    ("q1", {"biggest_gap": 3}, "the KPI's name in quotes"),
    ("q1", {"biggest_gap": "defects"}, "not one of the KPIs in `gaps`"),
    ("q1", {"biggest_gap": "frequency_rate"}, "the biggest plain difference"),
    ("q1", {"biggest_gap": "oee"}, "It has no gap at all"),
    ("q1", {"biggest_gap": "defect_rate"}, "only by a little"),
    ("q1", {"biggest_gap": "absenteeism_rate"}, "another one is further off"),
    ("q2", {"q2_answer": "A"}, "That chain stops at a person"),
    ("q2", {"q2_answer": "C"}, "That is a solution, not a cause"),
    ("q2", {"q2_answer": "D"}, "stops one why too early"),
    ("q3", FIXED | {"owner": " "}, "The row still has no owner"),
    ("q3", FIXED | {"owner": "Everyone"}, "When everyone owns an action"),
    ("q3", FIXED | {"owner": "the team."}, "When everyone owns an action"),
    ("q3", FIXED | {"due_date": ____}, "The row still has no due date"),
    ("q3", FIXED | {"due_date": d.ROW_TO_FIX["due_date"]}, "is not after 7 April 2025"),
    ("q3", FIXED | {"due_date": "2025-04-07"}, "is not after 7 April 2025"),
    ("q3", FIXED | {"due_date": "next month"}, "is not a date the plan can read"),
    ("q3", FIXED | {"reviewed_by": ""}, "Nobody has reviewed the row yet"),
    ("q3", FIXED | {"reviewed_by": "the AI"}, "cannot be its own reviewer"),
    ("q3", FIXED | {"reviewed_by": "ChatGPT"}, "cannot be its own reviewer"),
    ("q4", {"q4_answer": "A"}, "the defect rate is the right KPI"),
    ("q4", {"q4_answer": "B"}, "paired a new operator with a buddy"),
    ("q4", {"q4_answer": "C"}, "on-time delivery fits"),
    ("q5", {"q5_answer": "A"}, "A card shows one week only"),
    ("q5", {"q5_answer": "C"}, "ranks the causes of defects"),
    ("q5", {"q5_answer": "D"}, "Comparing two lines"),
    ("q6", {"rows_to_fix": "rows"}, "a list of row numbers"),
    ("q6", {"rows_to_fix": [1, 2, 4]}, "Count the rows from 1"),
    ("q6", {"rows_to_fix": [2, 3, 9]}, "use numbers from 1 to 5"),
    ("q6", {"rows_to_fix": [2, 5]}, "blames a person is missing"),
    ("q6", {"rows_to_fix": [3, 5]}, "already past is missing"),
    ("q6", {"rows_to_fix": [2, 3]}, "nobody reviewed is missing"),
    ("q6", {"rows_to_fix": [1, 2, 3, 5]}, "a row that is fine as it is"),
]
PARTIAL = {"q3", "q6"}


@pytest.mark.parametrize("question", QUESTIONS)
def test_solution_passes(question: str) -> None:
    assert_right(QUESTIONS[question], RIGHT[question])


@pytest.mark.parametrize("question", QUESTIONS)
def test_blank_is_not_attempted_rather_than_wrong(question: str) -> None:
    assert_not_attempted(QUESTIONS[question], BLANK[question])


def test_a_missing_answer_is_not_attempted() -> None:
    for exercise in QUESTIONS.values():
        assert exercise.evaluate({}).status == "not_attempted", exercise


@pytest.mark.parametrize("index", range(len(MISTAKES)))
def test_typical_mistake_gets_its_own_message(index: int) -> None:
    question, answer, message = MISTAKES[index]
    assert_mistake(QUESTIONS[question], answer, message, partial_credit=question in PARTIAL)


def test_the_mistake_list_covers_every_declared_mistake() -> None:
    for name, exercise in QUESTIONS.items():
        texts = [m for q, _, m in MISTAKES if q == name]
        for key, message in exercise.common_mistakes.items():
            assert any(text in message for text in texts), f"{name}.{key} is not tested"


def test_each_mistake_message_is_different() -> None:
    for exercise in QUESTIONS.values():
        messages = list(exercise.common_mistakes.values())
        assert len(messages) == len(set(messages)), exercise


@pytest.mark.parametrize("answer", ["on_time_delivery", " On-time delivery ", "ON_TIME_DELIVERY",
                                    GAPS.loc[1, "kpi"]])
def test_the_gap_may_be_named_by_column_or_label(answer: str) -> None:
    assert s.q1.evaluate({"biggest_gap": answer}).passed


def test_the_biggest_gap_is_the_most_steps_and_the_trap_is_the_biggest_plain_difference() -> None:
    steps = {kpi: d.how_far_off(kpi) for kpi in d.GAP_VALUES}
    assert max(steps, key=steps.get) == d.BIGGEST_GAP
    assert steps[d.BEATS_TARGET] < 0 < steps[d.SMALLEST_GAP] == min(v for v in steps.values()
                                                                    if v > 0)
    plain = (GAPS["value"] - GAPS["target"]).abs()
    assert GAPS.loc[plain.idxmax(), "kpi"] == d.RAW_DIFFERENCE != d.BIGGEST_GAP


def test_each_cell_of_the_row_is_worth_one_point() -> None:
    one = s.q3.evaluate({"owner": "Line B supervisor", "due_date": ____, "reviewed_by": ____})
    assert one.status == "not_yet" and one.points == 1
    two = s.q3.evaluate(FIXED | {"reviewed_by": "Gemini"})
    assert two.status == "not_yet" and two.points == 2
    assert s.q3.evaluate(FIXED | {"owner": "all", "due_date": "2025-01-31",
                                  "reviewed_by": "AI"}).points == 0


@pytest.mark.parametrize("cells", [
    FIXED | {"due_date": "2026-01-31"},                    # any day after the story's Monday
    FIXED | {"due_date": "5 May 2025"},                    # a date written in words
    FIXED | {"owner": "Rhea's line leader"},               # a role or a name
    FIXED | {"reviewed_by": "AI draft checked by the EIT chair"},    # a person checked it
    FIXED | {"reviewed_by": "Maintenance technician"},
])
def test_any_owner_future_date_and_person_who_reviewed_passes(cells: dict[str, Any]) -> None:
    assert s.q3.evaluate(cells).passed, s.q3.evaluate(cells).text()


def test_the_row_the_exercise_accepts_passes_the_plan_check_and_a_wrong_one_does_not() -> None:
    """Q3 and `check_action_plan` judge dates the same way: they can never disagree."""
    assert ap.check_action_plan(ap.plan_rows([d.filled_row(FIXED)]), today=d.TODAY).ok
    for cells in (FIXED | {"due_date": "2025-03-15"}, FIXED | {"reviewed_by": ""},
                  FIXED | {"owner": ""}):
        assert not ap.check_action_plan(ap.plan_rows([d.filled_row(cells)]), today=d.TODAY).ok
        assert not s.q3.evaluate(cells).passed


# --- Q4 agrees with module 02: a buddy for a new operator is about her rejects -------------

def test_module_02_minutes_pair_a_new_operator_with_a_buddy_because_of_her_rejects() -> None:
    items = [item for item in re.split(r"\n- ", module_02.ROUGH_NOTES) if "buddy" in item]
    assert items, "module 02's notes no longer pair anyone with a buddy: review Q4 of module 05"
    for item in items:
        assert "reject" in item and "new" in item, item
    shown = (REPO / "modules" / "02_document_drafting.ipynb").read_text(encoding="utf-8")
    assert "ROUGH_NOTES" in shown, "module 02 no longer shows its EIT notes"
    lesson = (REPO / "modules" / "05_dashboards_and_action_plan.ipynb").read_text(encoding="utf-8")
    quoted = re.search(r'rejects were \\"([^"\\]+)\\"', lesson)
    assert quoted and quoted[1] in module_02.ROUGH_NOTES, "module 05 quotes module 02's notes"


def test_q4_counts_a_buddy_for_a_new_operator_as_a_fit_for_the_defect_rate() -> None:
    q4 = s.q4
    buddy = [key for key, text in q4.options.items() if "buddy" in text]
    assert buddy, "Q4 should keep the buddy row: it is the believable trap"
    for key in buddy:
        assert key != q4.correct, "a buddy for a new operator DOES move the defect rate"
        assert q4.options[key].endswith("KPI: defect rate.")
        assert "defect rate fits" in q4.common_mistakes[key]
        assert "buddy" in FIL_EXERCISES_05[f"{s.MODULE}.q4.option.{key}"]
        assert "defect rate" in FIL_EXERCISES_05[f"{s.MODULE}.q4.mistake.{key}"]
    mismatch = q4.options[q4.correct]
    assert "rota" in mismatch and mismatch.endswith("KPI: defect rate.")


def test_the_wrong_options_are_believable_not_jokes() -> None:
    """No option a class rules out at a glance: every wrong chain of Q2 names a real
    cause or fix, and every wrong part of Q5 is a real part of a dashboard."""
    for text in s.q2.options.values():
        assert text.count("→") >= 1 and "luck" not in text
    assert "Pareto" in s.q5.options["C"] and "picker" in s.q5.options["D"]


@pytest.mark.parametrize("answer", [[2, 3, 5], (5, 3, 2), {2, 3, 5}, "2, 3, 5", ["2", "3", "5"]])
def test_rows_may_be_a_list_a_tuple_a_set_or_text(answer: Any) -> None:
    assert s.q6.evaluate({"rows_to_fix": answer}).passed


def test_the_plan_check_finds_exactly_the_rows_of_question_6() -> None:
    found = ap.check_action_plan(d.plan_to_review(), today=d.TODAY)
    rows = {int(p.split(":")[0].removeprefix("Row ")) for p in found.problems}
    assert rows == set(d.ROWS_TO_FIX)
    assert ap.check_action_plan(ap.plan_rows([d.filled_row(FIXED)]), today=d.TODAY).ok


def test_feedback_never_reveals_the_answer() -> None:
    texts = [QUESTIONS[q].evaluate(a).text() for q, a, _ in MISTAKES]
    for text in texts:
        for secret in ("on_time_delivery", "[2, 3, 5]", "2025-05-05", "BEGIN SOLUTION",
                       "Well done", "Option B", "Option D", "answer is", "rota"):
            assert secret not in text, (secret, text)


# --- The real nbgrader, on filled-in participant notebooks ---------------------------------

NOTEBOOK_RIGHT = {
    "q1_answer": '"on_time_delivery"',
    "q2_answer": '"B"',
    "q3_owner": '"Line B supervisor"',
    "q3_due_date": '"2025-05-05"',
    "q3_reviewed_by": '"EIT chair"',
    "q4_answer": '"D"',
    "q5_answer": '"B"',
    "q6_answer": "[2, 3, 5]",
}
NOTEBOOK_MISTAKES = {
    "q1_answer": '"frequency_rate"',
    "q2_answer": '"A"',
    "q3_due_date": '"2025-03-15"',            # the AI's date, already past
    "q4_answer": '"B"',
    "q6_answer": "[1, 2, 4]",
}


RELEASED = REPO / "exercises" / s.MODULE / "dashboards_and_action_plan.ipynb"


def test_every_answer_cell_of_the_released_notebook_is_filled_by_the_right_answers() -> None:
    """The answers below reach every blank: a new answer cell cannot go ungraded here."""
    cells = json.loads(RELEASED.read_text(encoding="utf-8"))["cells"]
    answer_ids = {cell["metadata"]["nbgrader"]["grade_id"] for cell in cells
                  if cell.get("metadata", {}).get("nbgrader", {}).get("solution")}
    assert answer_ids == set(NOTEBOOK_RIGHT)


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Three participants' notebooks graded by `score-lab grade`: question rows by name."""
    released = RELEASED
    return grade_class(released, {"Ana Cruz": NOTEBOOK_RIGHT,
                                  "Ben Santos": NOTEBOOK_RIGHT | NOTEBOOK_MISTAKES,
                                  "Jose Reyes": {}}, tmp_path_factory.mktemp("class05"))


def test_nbgrader_gives_full_marks_zero_and_the_mistakes_messages(
        graded_class: dict[str, dict[str, Any]]) -> None:
    ana, ben, jose = (graded_class[n] for n in ("Ana Cruz", "Ben Santos", "Jose Reyes"))
    assert (ana["status"], ana["score"], ana["max_score"]) == ("graded", "10", "10")
    assert (jose["status"], jose["score"]) == ("graded", "0")
    assert "ot attempted yet" in jose["q1"]["message"]
    assert ben["q1"]["points"] == "0" and "plain difference" in ben["q1"]["message"]
    assert ben["q2"]["points"] == "0" and "stops at a person" in ben["q2"]["message"]
    assert float(ben["q3"]["points"]) == 2 and "7 April 2025" in ben["q3"]["message"]
    assert ben["q4"]["points"] == "0" and "buddy" in ben["q4"]["message"]
    assert ben["q6"]["points"] == "0" and "from 1" in ben["q6"]["message"]
