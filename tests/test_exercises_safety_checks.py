"""Module 04's exercises: each question passes with its solution, waits on its blank, and
fails each typical mistake with that mistake's own message, never the expected value.
The real nbgrader grades a right, a mistaken and a blank notebook at the end, released from
solutions/ into a temporary folder (so the test sees the solution as it is now)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import nbformat
import pytest

from score_helpers import kpi
from score_helpers.exercises import ____
from score_helpers.exercises import safety_checks as s
from score_helpers.exercises import safety_checks_data as d
from score_helpers.safety import hirac, osh_reports
from tests.conftest import REPO
from tests.exercise_checks import (
    assert_mistake,
    assert_not_attempted,
    assert_right,
    grade_class,
)

MARCH = d.march_reports()
YEAR = d.reports_2024()
SUGGESTIONS = d.triage_suggestions()
CAVITE = d.cavite_2024()
HOURS = 200 * 250 * 8
LOST_TIME = int((YEAR["report_type"] == "lost_time").sum())
CAVITE_HOURS = 500_000
CAVITE_LOST = int(CAVITE.loc[CAVITE["report_type"] == "lost_time", "days_lost"].sum())
DEATHS = int((CAVITE["report_type"] == "fatality").sum())
CAVITE_DAYS = CAVITE_LOST + 6000 * DEATHS          # days lost or charged (OSHS Rule 1050)
REPORT = ("At 7:40 on Tuesday, in the packing area near Gate 2, a forklift reversed out of the "
          "loading bay while a packer was walking behind it with a box. The reversing alarm "
          "did not sound, and the forklift stopped about one metre from the packer. The packer "
          "could have been hit and crushed.")


@pytest.fixture(autouse=True)
def private_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_PROGRESS_DIR", str(tmp_path / "progress"))
    monkeypatch.setenv("SCORE_CONFIG_DIR", str(tmp_path / "config"))


def count(frame: Any, *kinds: str) -> int:
    return int(frame["report_type"].isin(kinds).sum())


def ids(frame: Any) -> list[str]:
    return frame["report_id"].tolist()


QUESTIONS = {q.question: q for q in s.QUESTIONS}
RIGHT: dict[str, dict[str, Any]] = {
    "q1": {"lost_time_injuries": (MARCH["report_type"] == "lost_time").sum()},
    "q2": {"frequency_rate": kpi.ltifr(LOST_TIME, HOURS)},
    "q3": {"severity_rate": kpi.severity_rate(CAVITE_DAYS, CAVITE_HOURS)},
    "q4": {"forklift_risk": hirac.risk_rating(likelihood=2, severity=5)},
    "q5": {"q5_answer": "B"},
    "q6": {"review_ids": ids(SUGGESTIONS[SUGGESTIONS["confidence"] < 0.6])},
    "q7": {"strongest_first": ["D", "C", "B", "A"]},
    "q8": {"near_miss_report": REPORT},
}
BLANK = {question: {name: ____ for name in answer} for question, answer in RIGHT.items()}
CONF = SUGGESTIONS["confidence"]

# (question, wrong answer, words its message must contain), one per typical mistake.
MISTAKES: list[tuple[str, dict[str, Any], str]] = [
    ("q1", {"lost_time_injuries": count(MARCH, "lost_time", "near_miss")},
     "You counted the near misses too"),
    ("q1", {"lost_time_injuries": count(MARCH, "lost_time", "first_aid")},
     "You counted the first-aid cases too"),
    ("q1", {"lost_time_injuries": count(MARCH, "lost_time", "recordable")},
     "medical treatment cases (\"recordable\") too"),
    ("q1", {"lost_time_injuries": count(MARCH, "lost_time", "first_aid", "recordable")},
     "You counted every injury"),
    ("q1", {"lost_time_injuries": len(MARCH)}, "every report of the month"),
    ("q1", {"lost_time_injuries": count(MARCH, "near_miss")}, "the number of near misses"),
    ("q1", {"lost_time_injuries": MARCH["days_lost"].sum()}, "the number of days lost"),
    ("q2", {"frequency_rate": kpi.incidence_rate(LOST_TIME, HOURS)}, "OSHA's base of 200,000"),
    ("q2", {"frequency_rate": kpi.ltifr(count(YEAR, "lost_time", "near_miss"), HOURS)},
     "You counted the near misses as injuries"),
    ("q2", {"frequency_rate": kpi.ltifr(count(YEAR, "lost_time", "first_aid", "recordable"),
                                        HOURS)}, "first-aid and medical treatment cases too"),
    ("q2", {"frequency_rate": kpi.ltifr(len(YEAR), HOURS)}, "every report of the year"),
    ("q2", {"frequency_rate": kpi.ltifr(LOST_TIME, 200 * 250)}, "by worker-days, not hours"),
    ("q2", {"frequency_rate": kpi.ltifr(LOST_TIME, 250 * 8)}, "the hours of one worker"),
    ("q2", {"frequency_rate": LOST_TIME / HOURS}, "the rate per single hour"),
    ("q3", {"severity_rate": kpi.severity_rate(CAVITE_LOST, CAVITE_HOURS)},
     "the AEDR charges it 6,000 days"),
    ("q3", {"severity_rate": kpi.severity_rate(6000 * len(CAVITE), CAVITE_HOURS)},
     "A worker who healed and came back counts the days actually lost"),
    ("q3", {"severity_rate": kpi.severity_rate(6000 * DEATHS, CAVITE_HOURS)},
     "You left out the days lost by the two workers"),
    ("q3", {"severity_rate": CAVITE_DAYS * 200_000 / CAVITE_HOURS}, "OSHA's base of 200,000"),
    ("q3", {"severity_rate": CAVITE_DAYS / CAVITE_HOURS}, "the rate per single hour"),
    ("q3", {"severity_rate": kpi.ltifr(len(CAVITE), CAVITE_HOURS)},
     "That is the frequency rate"),
    ("q3", {"severity_rate": CAVITE_DAYS / len(CAVITE)}, "That is the days per case"),
    ("q4", {"forklift_risk": hirac.risk_rating(likelihood=5, severity=2)},
     "Likelihood and severity are swapped"),
    ("q4", {"forklift_risk": 10}, "A score alone does not show which number is which"),
    ("q4", {"forklift_risk": hirac.risk_rating(likelihood=4, severity=5)},
     "Look again at the likelihood"),
    ("q4", {"forklift_risk": hirac.risk_rating(likelihood=2, severity=4)},
     "Look again at the severity"),
    ("q5", {"q5_answer": "A"}, "below our 0.6 rule"),
    ("q5", {"q5_answer": "C"}, "read the same day, not at the next meeting"),
    ("q5", {"q5_answer": "D"}, "only hides the doubt"),
    ("q6", {"review_ids": 4}, "a list of report IDs"),
    ("q6", {"review_ids": ["R-102", "R-999"]}, "not in `suggestions`"),
    ("q6", {"review_ids": ids(SUGGESTIONS[CONF >= 0.6])}, "the model is sure about. A person"),
    ("q6", {"review_ids": ids(SUGGESTIONS[CONF <= 0.6])}, "exactly 0.6 meets the rule"),
    ("q6", {"review_ids": ids(SUGGESTIONS[CONF < 0.5])}, "not below 0.5"),
    ("q6", {"review_ids": ["R-102", "R-104"]}, "A suggestion below 0.6 is missing"),
    ("q6", {"review_ids": [*ids(SUGGESTIONS[CONF < 0.6]), "R-101"]},
     "You added a suggestion the model is sure about"),
    ("q7", {"strongest_first": 4}, "the four letters in quotes"),
    ("q7", {"strongest_first": ["D", "C", "B"]}, "Use each of the letters A, B, C and D once"),
    ("q7", {"strongest_first": ["A", "B", "C", "D"]}, "That is the weakest first"),
    ("q7", {"strongest_first": ["A", "D", "C", "B"]}, "the last line of defence"),
    ("q7", {"strongest_first": ["D", "A", "C", "B"]}, "it belongs at the end of the list"),
    ("q7", {"strongest_first": ["C", "D", "B", "A"]}, "substitution comes before engineering"),
    ("q7", {"strongest_first": ["B", "D", "C", "A"]}, "depend on people remembering them"),
    ("q7", {"strongest_first": ["D", "B", "C", "A"]}, "Engineering comes before administrative"),
]
TEXT_MISTAKES: list[tuple[str, str]] = [   # (wrong report, words its message must contain)
    (REPORT.replace("a packer", "Jun"), "a person's name"),
    (REPORT.replace("a forklift reversed", "Mario carelessly reversed the forklift"),
     "a person's name"),
    (REPORT + " The packer was careless and did not look.", "words that blame someone"),
    (REPORT + " Kasalanan ng driver ito.", "words that blame someone"),
    ("A forklift came very close to a packer today but luckily it stopped in time and "
     "nobody was hurt at all.", "where it happened"),
    ("Something happened in the packing area near Gate 2 this morning at 7:40 and the "
     "alarm was silent. Please fix it soon.", "what happened"),
    ("At 7:40 in the packing area near Gate 2 a forklift reversed out of the loading bay "
     "behind a packer and stopped one metre away.", "what could have happened"),
    ("Forklift, packing area.", "at least 15 words"),
]


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
    assert_mistake(QUESTIONS[question], answer, message, partial_credit=question == "q4")


@pytest.mark.parametrize("index", range(len(TEXT_MISTAKES)))
def test_the_report_names_what_is_missing_or_wrong(index: int) -> None:
    text, message = TEXT_MISTAKES[index]
    assert_mistake(s.q8, {"near_miss_report": text}, message, partial_credit=True)


def test_the_mistake_list_covers_every_declared_mistake() -> None:
    for name, exercise in QUESTIONS.items():
        texts = [m for q, _, m in MISTAKES if q == name]
        for key, message in exercise.common_mistakes.items():
            assert any(text in message for text in texts), f"{name}.{key} is not tested"
    rules = (*s.q8.must_include, *s.q8.must_not_include)
    for rule in rules:
        assert any(text in rule.part for _, text in TEXT_MISTAKES), rule.part


def test_each_mistake_message_is_different() -> None:
    for exercise in QUESTIONS.values():
        messages = list(exercise.common_mistakes.values())
        assert len(messages) == len(set(messages)), exercise


def test_every_mistake_fails_the_grade_cell_with_nothing_or_partial_credit() -> None:
    """A swap earns nothing; one number off on the matrix earns half (the other is right)."""
    swapped = {"forklift_risk": hirac.risk_rating(likelihood=5, severity=2)}
    assert s.q4.evaluate(swapped).points == 0
    half = s.q4.evaluate({"forklift_risk": hirac.risk_rating(likelihood=3, severity=5)})
    assert (half.status, half.points) == ("not_yet", 1)
    both_off = s.q4.evaluate({"forklift_risk": hirac.risk_rating(likelihood=3, severity=3)})
    assert both_off.points == 0 and len(both_off.details) == 2


def test_the_report_earns_partial_credit_for_each_part_written() -> None:
    named = s.q8.evaluate({"near_miss_report": REPORT.replace("a packer", "Jun")})
    assert named.points == pytest.approx(s.q8.points * 2 / 3, abs=0.01)
    no_outcome = TEXT_MISTAKES[6][0]
    assert s.q8.evaluate({"near_miss_report": no_outcome}).points == pytest.approx(
        s.q8.points * 2 / 3, abs=0.01)
    blamed = REPORT.replace("a packer", "Jun") + " Jun was careless."
    assert s.q8.evaluate({"near_miss_report": blamed}).points == pytest.approx(
        s.q8.points / 3, abs=0.01)
    for too_little in ("Forklift.", "Nobody was named and nobody was blamed in this text, "
                                    "which says nothing at all about the morning."):
        with pytest.raises(AssertionError):     # no names and no blame alone earn nothing
            s.q8.grade({"near_miss_report": too_little})


@pytest.mark.parametrize("text, passed", [
    (REPORT, True),
    ("Kaninang 7:40 sa packing area malapit sa Gate 2, umatras ang forklift habang may "
     "dumadaang packer sa likod. Hindi tumunog ang alarm. Muntik masagasaan ang packer.", True),
    ("No-blame report: at the loading bay by Gate 2 a reversing forklift came within a metre "
     "of a packer; nobody is to blame, but the packer could have been crushed.", True),
    (REPORT.replace("a packer", "Jun"), False),
    ("June 3: in the packing area a forklift reversed close to a packer; the packer could "
     "have been hit. The alarm did not sound at all that morning.", True),  # June is a month
    (REPORT + " It was the driver's fault.", False),
    (REPORT.replace("did not sound", "was faulty"), True),    # a faulty alarm blames no one
])
def test_no_blame_rules_read_taglish_and_negation(text: str, passed: bool) -> None:
    assert s.q8.evaluate({"near_miss_report": text}).passed is passed


@pytest.mark.parametrize("answer", [
    ["R-102", "R-104", "R-106", "R-108"], {"r-108", "R-102", "R-106", "R-104"},
    "R-102, R-104, R-106, R-108", SUGGESTIONS[CONF < 0.6],
    SUGGESTIONS.loc[CONF < 0.6, "report_id"],
])
def test_review_ids_may_be_a_list_a_set_text_or_the_rows(answer: Any) -> None:
    assert s.q6.evaluate({"review_ids": answer}).passed


@pytest.mark.parametrize("answer", ["DCBA", "D, C, B, A", ("d", "c", "b", "a")])
def test_the_order_may_be_typed_as_text_or_a_tuple(answer: Any) -> None:
    assert s.q7.evaluate({"strongest_first": answer}).passed


def test_the_osh_reports_tables_give_the_same_answers() -> None:
    """The DOLE tables agree with the exercises: their (rounded) rates pass, and the AEDR
    table charges the Cavite death its 6,000 days by itself."""
    rates = osh_reports.aedr_rates(YEAR, HOURS, year=d.YEAR)
    assert s.q2.evaluate({"frequency_rate": rates.at[0, "Frequency rate (per 1,000,000 hours)"]
                          }).passed
    cavite = osh_reports.aedr_rates(CAVITE, CAVITE_HOURS, year=2024).iloc[0]
    assert cavite["Days charged (deaths, permanent disabilities)"] == 6000
    assert cavite["Days lost"] == CAVITE_LOST
    assert s.q3.evaluate({"severity_rate": cavite["Severity rate (per 1,000,000 hours)"]}).passed
    wair = osh_reports.wair_summary(MARCH, "2025-03").set_index("Type of case")
    assert s.q1.evaluate({"lost_time_injuries": wair.at["Lost-time injury",
                                                        "Number of cases"]}).passed


def test_the_fixed_tables_follow_the_course_rules() -> None:
    from score_helpers.safety import hirac_suggest
    from score_helpers.safety import triage as safety_triage

    assert d.REVIEW_BELOW == safety_triage.REVIEW_BELOW
    assert set(SUGGESTIONS["category"]) <= set(safety_triage.CATEGORIES)
    assert (CONF == d.REVIEW_BELOW).any()                      # a case exactly at the limit
    assert d.FORKLIFT["severity"] == hirac_suggest.TYPICAL_SEVERITY["vehicle_forklift"][0]
    assert hirac.LIKELIHOOD_WORDS[d.FORKLIFT["likelihood"]] == "unlikely"
    assert d.FORKLIFT["likelihood"] != d.FORKLIFT["severity"]   # so a swap can be seen
    order = [hirac.HIERARCHY.index(d.CONTROLS[letter]) for letter in d.STRONGEST_FIRST]
    assert order == sorted(order)
    assert d.EMPLOYEE_HOURS == HOURS and d.YEAR == 2024
    assert set(YEAR["date"].dt.year) == {2024} and len(YEAR) == sum(d.CASES_2024.values())
    assert set(MARCH["date"].dt.to_period("M").astype(str)) == {"2025-03"}
    # every count the questions tell apart is different
    q1_values = [s.q1.expected({})] + [getattr(s.q1, f"mistake_{k}")({})
                                       for k in s.q1.common_mistakes]
    assert len(set(q1_values)) == len(q1_values)


def _shown_numbers(value: float) -> set[str]:
    return {f"{value:g}", f"{value:.1f}", f"{value:.2f}", f"{value:,.0f}"}


def test_feedback_never_reveals_the_expected_value() -> None:
    texts = [QUESTIONS[q].evaluate(a).text() for q, a, _ in MISTAKES if q in ("q1", "q2", "q3")]
    texts += [s.q1.evaluate({"lost_time_injuries": v}).text() for v in (3, "2", 2.5)]
    texts += [s.q2.evaluate({"frequency_rate": v}).text() for v in (8, "7.5", 0.075)]
    texts += [s.q3.evaluate({"severity_rate": v}).text() for v in (90, "95", 12000.5)]
    numbers = set()
    for question in ("q1", "q2", "q3"):
        numbers |= _shown_numbers(QUESTIONS[question].expected({}))
    for text in texts:
        feedback = text.replace("'2'", "").replace("'7.5'", "").replace("'95'", "")
        for number in numbers:
            assert not re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d,]|\.\d)", feedback), (
                number, text)
    texts += [QUESTIONS[q].evaluate(a).text() for q, a, _ in MISTAKES]
    texts += [s.q8.evaluate({"near_miss_report": t}).text() for t, _ in TEXT_MISTAKES]
    for text in texts:
        for secret in ("R-102", "R-104", "R-106", "R-108", "likelihood=2", "severity=5",
                       '"D", "C", "B", "A"', "BEGIN SOLUTION", "Well done"):
            assert secret not in text, (secret, text)


def test_the_mix_of_question_kinds_and_points() -> None:
    from score_helpers.exercises import ChoiceExercise, TextExercise, ValueExercise

    kinds = [type(e).__mro__ for e in QUESTIONS.values()]
    assert sum(ChoiceExercise in mro for mro in kinds) == 1
    assert sum(ValueExercise in mro for mro in kinds) == 3
    assert sum(TextExercise in mro for mro in kinds) == 1
    assert sum(e.points for e in QUESTIONS.values()) == 11


# --- What participants read and type -----------------------------------------------------

SOLUTION = REPO / "solutions" / s.MODULE / "safety_checks.ipynb"
SOLUTION_REGION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)
PROGRAMMER_IDIOMS = ("def ", "lambda", ".loc[", "==", "<", ">", ".sum(", ".tolist(", ".isin(",
                     "Timedelta", " | {")


def test_no_answer_asks_for_programmer_idioms() -> None:
    """Each answer is a number, a calculator sum, a list read from a table, a letter or a
    text: no function to define, no mask to type, no method chain."""
    notebook = nbformat.read(SOLUTION, as_version=4)
    answers = [region for cell in notebook.cells if cell.cell_type == "code"
               for region in SOLUTION_REGION.findall(cell.source)]
    assert len(answers) == 9                     # eight questions, Q2 in two steps
    for answer in answers:
        for idiom in PROGRAMMER_IDIOMS:
            assert idiom not in answer, (idiom, answer)
    for exercise in QUESTIONS.values():
        for idiom in PROGRAMMER_IDIOMS[:5]:
            assert idiom not in exercise.solution_text, (exercise, idiom)


def test_participants_are_told_the_severity_rate_counts_days_charged() -> None:
    """DOLE's AEDR: days lost *or charged*, 6,000 days for a death (OSHS Rule 1050)."""
    notebook = nbformat.read(SOLUTION, as_version=4)
    q3 = next(c.source for c in notebook.cells if c.source.startswith("## Q3 "))
    assert "charged" in q3 and "6,000 days" in q3 and "Rule 1050" in q3
    assert all("charged" in hint for hint in s.q3.hints)
    assert "6,000" in s.q3.hints[0]
    assert "charges it 6,000 days" in s.q3.common_mistakes["days_lost_only"]


def test_the_judgement_question_has_believable_options() -> None:
    """Q5's wrong options are things a busy supervisor might do, not absurd ones, and each
    message names what to look at without naming the right option."""
    wrong = {key: text for key, text in s.q5.options.items() if key != s.q5.correct}
    assert set(wrong) == set(s.q5.common_mistakes)
    for key, text in wrong.items():
        assert not re.search(r"delete|ignore|throw", text, re.I), text
        assert s.q5.correct not in re.findall(r"\b[A-D]\b", s.q5.common_mistakes[key])
        assert "safety officer" not in s.q5.common_mistakes[key]


# --- The real nbgrader, on filled-in participant notebooks ---------------------------------

# What a participant types: numbers read from the tables, sums as on a calculator.
NOTEBOOK_RIGHT = {
    "q1_answer": str(int((MARCH["report_type"] == "lost_time").sum())),
    "q2_hours": "200 * 250 * 8",
    "q2_answer": f"{LOST_TIME} * 1_000_000 / employee_hours",
    "q3_answer": f"({' + '.join(map(str, CAVITE['days_lost'][CAVITE['days_lost'] > 0]))} "
                 "+ 6000) * 1_000_000 / cavite_hours",
    "q4_answer": "hirac.risk_rating(likelihood=2, severity=5)",
    "q5_answer": '"B"',
    "q6_answer": repr(ids(SUGGESTIONS[SUGGESTIONS["confidence"] < 0.6])),
    "q7_answer": '["D", "C", "B", "A"]',
    "q8_answer": repr(REPORT),
}
NOTEBOOK_MISTAKES = {
    "q1_answer": str(count(MARCH, "lost_time", "near_miss")),
    "q2_answer": f"{LOST_TIME} * 200_000 / employee_hours",
    "q3_answer": f"{CAVITE_LOST} * 1_000_000 / cavite_hours",
    "q4_answer": "hirac.risk_rating(likelihood=5, severity=2)",
    "q5_answer": '"C"',
    "q8_answer": repr(REPORT.replace("a packer", "Jun")),
}


def release_this_module(root: Path) -> Path:
    """The participant notebook nbgrader makes from solutions/ now, in `root`."""
    from score_helpers.grading.release import generate
    from score_helpers.grading.solution_sync import sync_solutions

    shutil.copytree(SOLUTION.parent, root / "solutions" / s.MODULE)
    assert sync_solutions(root / "solutions") == {}, "run score-lab release: solutions/ is stale"
    generate(root, s.MODULE, root / "gradebook.db")
    return root / "exercises" / s.MODULE / SOLUTION.name


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Three participants' notebooks graded by `score-lab grade`: question rows by name."""
    released = release_this_module(tmp_path_factory.mktemp("release04"))
    return grade_class(released, {"Ana Cruz": NOTEBOOK_RIGHT,
                                  "Ben Santos": NOTEBOOK_RIGHT | NOTEBOOK_MISTAKES,
                                  "Jose Reyes": {}}, tmp_path_factory.mktemp("class04"))


def test_nbgrader_gives_full_marks_zero_and_the_mistakes_messages(
        graded_class: dict[str, dict[str, Any]]) -> None:
    ana, ben, jose = (graded_class[n] for n in ("Ana Cruz", "Ben Santos", "Jose Reyes"))
    assert (ana["status"], ana["score"], ana["max_score"]) == ("graded", "11", "11")
    assert (jose["status"], jose["score"]) == ("graded", "0")
    assert "ot attempted yet" in jose["q1"]["message"]
    assert ben["q1"]["points"] == "0" and "near misses too" in ben["q1"]["message"]
    assert ben["q2"]["points"] == "0" and "200,000" in ben["q2"]["message"]
    assert ben["q3"]["points"] == "0" and "6,000 days" in ben["q3"]["message"]
    assert ben["q4"]["points"] == "0" and "swapped" in ben["q4"]["message"]
    assert ben["q5"]["points"] == "0" and "same day" in ben["q5"]["message"]
    assert 0 < float(ben["q8"]["points"]) < 2 and "name" in ben["q8"]["message"]
    for row in graded_class.values():
        for question in QUESTIONS:
            assert "hidden=True" not in row[question]["message"]
