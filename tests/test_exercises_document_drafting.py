"""Module 02's exercises: each question passes with its solution, waits on its blank, and
fails each typical mistake with that mistake's own message, never the expected value.
Nothing here, and nothing in the notebooks, calls a language model."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import nbformat
import pytest

from score_helpers import data, kpi, privacy
from score_helpers.drafting import prompts, review
from score_helpers.exercises import ____
from score_helpers.exercises import document_drafting as d
from score_helpers.exercises import document_drafting_data as texts
from tests.conftest import REPO
from tests.exercise_checks import assert_mistake, grade_class

PROMPT = ("You are the safety officer of a garment factory. Here are the facts: a reversing "
          "forklift nearly hit a packer at the blind corner by Gate 2. Write a toolbox talk on "
          "forklift safety. Format: bullet points under three headings, under 200 words. "
          "Use only the facts given; do not invent names or numbers.")
LETTER = {"recipient": "the worker", "date_received": "12 March 2025",
          "issue_summary": "Pay for the 16–28 February cut-off was short by PHP 1,250.",
          "contact_role": "HR officer", "response_days": 5}
NO_CONTEXT = ("You are the safety officer of a garment factory. Write a toolbox talk on "
              "forklift safety. Format: bullet points, under 200 words. Do not invent names.")
NO_ROLE = PROMPT.replace("You are the safety officer of a garment factory. ", "")
NO_TASK = PROMPT.replace("Write a toolbox talk on forklift safety. ", "")
CUE_WORDS = "You are. Here are. Write. Bullet. Do not."
FILIPINO = ("Ikaw ang safety officer ng pabrika namin. Noong Martes, muntik nang mabangga ng "
            "forklift na paatras ang isang packer sa kanto malapit sa Gate 2, at sira ang "
            "reverse alarm nito. Gumawa ka ng toolbox talk para sa morning shift bukas, "
            "naka-bullet sa tatlong heading, hindi hihigit sa 200 salita. Gamitin lang ang "
            "facts na ito at huwag kang mag-imbento ng pangalan o petsa.")
TAGLISH_SMS = ("pls gawa ka ng toolbox talk, ikaw yung safety officer. last week muntik "
               "masagasaan ng forklift yung packer sa gate 2 kasi sira yung reverse alarm. "
               "naka bullet, max 150 words. facts lang na to gamitin, wag mag imbento")
ROSTER_REDACTED = privacy.redact(texts.GRIEVANCE, roster=texts.WORKERS).text
GRIEVANCES = data.load("grievances")
WAITED = kpi.acknowledgement_days(GRIEVANCES)


def letter(kind: str = "grievance_acknowledgement", **changes: Any) -> list[dict[str, str]]:
    """The messages of build_prompt for the letter, with some fields changed."""
    return prompts.build_prompt(kind, **(LETTER | changes))


@pytest.fixture(autouse=True)
def private_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_PROGRESS_DIR", str(tmp_path / "progress"))
    monkeypatch.setenv("SCORE_CONFIG_DIR", str(tmp_path / "config"))


QUESTIONS = {q.question: q for q in d.QUESTIONS}
RIGHT = {
    "q1": {"my_prompt": PROMPT},
    "q2": {"redacted": ROSTER_REDACTED},
    "q3": {"q3_answer": "B"},
    "q4": {"q4_answer": False},
    "q5": {"wrong_lines": {2, 5, 6, 8}},
    "q6": {"letter_prompt": letter()},
    "q7": {"why_review": "The AI can invent a deadline, so someone who was there reads it."},
    "q8": {"share_on_time": kpi.acknowledged_within(GRIEVANCES, days=5)},
    "q9": {"q9_answer": "B"},
}
BLANK = {question: {answer: ____ for answer in right} for question, right in RIGHT.items()}

# (question, wrong answer, words its message must contain), one per typical mistake.
MISTAKES: list[tuple[str, dict[str, Any], str]] = [
    ("q1", {"my_prompt": 42}, "inside quotes"),
    ("q1", {"my_prompt": NO_ROLE}, "(the role)"),
    ("q1", {"my_prompt": NO_CONTEXT}, "(the context)"),
    ("q1", {"my_prompt": NO_TASK}, "(the task)"),
    ("q1", {"my_prompt": PROMPT.replace("Format: bullet points under three headings, under "
                                        "200 words. ", "")}, "(the format)"),
    ("q1", {"my_prompt": PROMPT.replace("Use only the facts given; do not invent names or "
                                        "numbers.", "")}, "(the constraints)"),
    ("q1", {"my_prompt": PROMPT.replace("Use only the facts given; do not invent names or "
                                        "numbers.", "Do not use long words.")},
     "stay with your facts"),
    ("q2", {"redacted": privacy.redact(texts.GRIEVANCE).text}, "as the roster"),
    ("q2", {"redacted": texts.GRIEVANCE}, "Nothing was removed"),
    ("q2", {"redacted": "[REDACTED]"}, "ordinary facts are gone"),
    ("q2", {"redacted": ["a", "list"]}, "should be text"),
    ("q2", {"redacted": ROSTER_REDACTED.replace("[PHONE]", "0917 555 0142")},
     "mobile number is still there"),
    ("q2", {"redacted": ROSTER_REDACTED.replace("[SSS]", "34-5678901-2")},
     "SSS number is still there"),
    ("q2", {"redacted": ROSTER_REDACTED.replace("[EMAIL]", "ysabel.quilantang@example.com")},
     "e-mail address is still there"),
    ("q3", {"q3_answer": "A"}, "ideas, such as names for a 5S campaign"),
    ("q3", {"q3_answer": "C"}, "less likely words now and then"),
    ("q3", {"q3_answer": "D"}, "fewer mistakes to find"),
    ("q4", {"q4_answer": True}, "not the right answer"),
    ("q4", {"q4_answer": "Tama"}, "not the right answer"),
    ("q5", {"wrong_lines": {2, 6, 8}}, "That is what the checklist found"),
    ("q5", {"wrong_lines": {5, 6, 8}}, "A number in the draft differs"),
    ("q5", {"wrong_lines": {2, 6, 8, 4}}, "decision that the draft leaves out"),
    ("q5", {"wrong_lines": {2, 5, 8}}, "deadline the notes do not give"),
    ("q5", {"wrong_lines": {2, 5, 6}}, "person who is not in the notes"),
    ("q5", {"wrong_lines": {2, 5, 6, 8, 7}}, "matches the notes"),
    ("q5", {"wrong_lines": set()}, "You marked no statement"),
    ("q5", {"wrong_lines": {2, 5, 6, 12}}, "statements 1 to 9"),
    ("q5", {"wrong_lines": 2.5}, "curly brackets"),
    ("q6", {"letter_prompt": "Write a letter to Ysabel"}, "build_prompt(…) gives back"),
    ("q6", {"letter_prompt": prompts.build_prompt(
        "grievance_procedure", company="Tahi Pinoy", contact_role="HR officer",
        response_days=5)}, "another kind of document"),
    ("q6", {"letter_prompt": letter(recipient="Ysabel Quilantang")}, "name is in the prompt"),
    ("q6", {"letter_prompt": letter(recipient="Ms. Quilantang")}, "name is in the prompt"),
    ("q6", {"letter_prompt": letter(issue_summary="Short pay. Text 0917 555 0142.")},
     "phone number, SSS number or e-mail"),
    ("q6", {"letter_prompt": letter(issue_summary="Short pay, SSS 34-5678901-2.")},
     "phone number, SSS number or e-mail"),
    ("q6", {"letter_prompt": letter(date_received="10 March 2025")}, "got her short pay"),
    ("q6", {"letter_prompt": letter(date_received="28 February 2025")},
     "date received does not match"),
    ("q6", {"letter_prompt": letter(contact_role="Line supervisor")},
     "contact role does not match"),
    ("q6", {"letter_prompt": letter(issue_summary="A problem at work.")},
     "does not say what the grievance is about"),
    ("q6", {"letter_prompt": letter(response_days=15)}, "response days do not match"),
    ("q8", {"share_on_time": 100 * kpi.acknowledged_within(GRIEVANCES, days=5)},
     "not as a percentage"),
    ("q8", {"share_on_time": float((WAITED <= 5).sum() / WAITED.notna().sum())},
     "do not leave it out"),
    ("q8", {"share_on_time": kpi.acknowledged_within(GRIEVANCES, days=3)}, "not 3"),
    ("q8", {"share_on_time": float((WAITED < 5).sum() / len(GRIEVANCES))},
     "on day 5 is still within"),
    ("q8", {"share_on_time": kpi.resolution_rate(GRIEVANCES)}, "resolution rate"),
    ("q8", {"share_on_time": kpi.median_acknowledgement_days(GRIEVANCES)},
     "median number of days"),
    ("q9", {"q9_answer": "A"}, "SEnA is the last step"),
    ("q9", {"q9_answer": "C"}, "not around the same step"),
    ("q9", {"q9_answer": "D"}, "after management"),
]


# --- Tests ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question", QUESTIONS)
def test_solution_passes(question: str) -> None:
    exercise = QUESTIONS[question]
    result = exercise.evaluate(RIGHT[question])
    assert result.passed, result.text()
    assert result.points == exercise.points
    assert exercise.grade(RIGHT[question]) is None
    assert exercise.grade(RIGHT[question], hidden=True) is None


@pytest.mark.parametrize("question", QUESTIONS)
def test_blank_is_not_attempted_rather_than_wrong(question: str) -> None:
    result = QUESTIONS[question].evaluate(BLANK[question])
    assert result.status == "not_attempted", result.text()
    assert result.points == 0
    with pytest.raises(AssertionError, match="Not attempted yet"):
        QUESTIONS[question].grade(BLANK[question])


def test_a_missing_or_empty_answer_is_not_attempted() -> None:
    for name, exercise in QUESTIONS.items():
        assert exercise.evaluate({}).status == "not_attempted", exercise
        answer = next(iter(RIGHT[name]))
        assert exercise.evaluate({answer: "   "}).status in {"not_attempted", "not_yet"}
    assert d.q1.evaluate({"my_prompt": "  "}).status == "not_attempted"


@pytest.mark.parametrize("index", range(len(MISTAKES)),
                         ids=[f"{q}-{m[:24]}" for q, _, m in MISTAKES])
def test_typical_mistake_gets_its_own_message(index: int) -> None:
    question, answer, message = MISTAKES[index]
    assert_mistake(QUESTIONS[question], answer, message, partial_credit=True)


def test_the_mistake_list_covers_every_declared_mistake() -> None:
    for name, exercise in QUESTIONS.items():
        texts_ = [m for q, _, m in MISTAKES if q == name]
        for key, message in exercise.common_mistakes.items():
            assert any(text in message for text in texts_), f"{name}.{key} is not tested"


def test_each_mistake_message_is_different() -> None:
    for exercise in QUESTIONS.values():
        messages = list(exercise.common_mistakes.values())
        assert len(messages) == len(set(messages)), exercise


def test_feedback_never_reveals_the_expected_value() -> None:
    shown = ("{2, 5, 6, 8}", "2, 5, 6", "grievance_acknowledgement", "12 March", "HR officer",
             "roster=workers", "Low, 0 to 0.3", '"B"', "BEGIN SOLUTION", "3.1",
             f"{kpi.acknowledged_within(GRIEVANCES, days=5):.2}", "Management: the plant")
    texts_ = [QUESTIONS[q].evaluate(a).text() for q, a, _ in MISTAKES]
    texts_ += [d.q5.evaluate({"wrong_lines": {n}}).text() for n in texts.DRAFT_LINES]
    for text in texts_:
        for value in shown:
            assert value not in text, (value, text)


def test_q1_gives_half_a_point_for_each_part_and_grades_it_as_partial_credit(
        capsys: pytest.CaptureFixture[str]) -> None:
    two_missing = NO_ROLE.replace("Write a toolbox talk on forklift safety. ", "")
    result = d.q1.evaluate({"my_prompt": two_missing})
    assert result.status == "not_yet"
    assert result.points == 2.0
    assert "2 of 3 points" in result.message
    assert "(the role)" in result.text() and "(the task)" in result.text()
    assert d.q1.grade({"my_prompt": two_missing}) == 2.0
    assert "(the role)" in capsys.readouterr().out
    with pytest.raises(AssertionError):  # text that is no prompt at all earns nothing
        d.q1.grade({"my_prompt": "hello"})


def test_q1_accepts_other_wordings_and_filipino_cues() -> None:
    tagalog = ("Ikaw ay isang safety officer. Konteksto: muntik nang mabangga ng forklift ang "
               "isang packer sa Gate 2. Isulat ang toolbox talk sa tatlong bullet points. "
               "Huwag mag-imbento ng pangalan o numero.")
    assert d.q1.evaluate({"my_prompt": tagalog}).passed
    for rule in ("Stick to the facts. Never use long words.", "Don't make up any numbers.",
                 "If something is missing, write TO CONFIRM."):
        text = PROMPT.replace("Use only the facts given; do not invent names or numbers.", rule)
        assert d.q1.evaluate({"my_prompt": text}).passed, rule


@pytest.mark.parametrize("prompt", [FILIPINO, TAGLISH_SMS])
def test_q1_gives_a_natural_filipino_or_taglish_prompt_full_points(prompt: str) -> None:
    result = d.q1.evaluate({"my_prompt": prompt})
    assert result.passed and result.points == d.q1.points, result.text()


def test_q1_gives_a_list_of_cue_words_nothing_and_says_what_each_part_must_do() -> None:
    result = d.q1.evaluate({"my_prompt": CUE_WORDS})
    assert result.status == "not_yet" and result.points == 0
    text = result.text()
    for words in ("'You are' alone is not enough: name the job",
                  "write what happened, where, when", "Name the document",
                  "say how many bullet points", "say what the AI must not do"):
        assert words in text, words
    with pytest.raises(AssertionError):
        d.q1.grade({"my_prompt": CUE_WORDS})


def test_q1_names_only_the_part_that_is_missing() -> None:
    only_format = FILIPINO.replace("naka-bullet sa tatlong heading, hindi hihigit sa 200 "
                                   "salita", "para sa lahat")
    text = d.q1.evaluate({"my_prompt": only_format}).text()
    assert "(the format)" in text
    assert not any(f"(the {part})" in text for part in ("role", "context", "task",
                                                        "constraints"))


def test_q2_accepts_the_redaction_itself_and_careful_hand_redaction() -> None:
    assert d.q2.evaluate({"redacted": privacy.redact(texts.GRIEVANCE, roster=texts.WORKERS)}).passed
    by_hand = texts.GRIEVANCE
    for pieces in texts.PERSONAL_DATA.values():
        for piece in pieces:
            by_hand = by_hand.replace(piece, "***")
    assert d.q2.evaluate({"redacted": by_hand}).passed


def test_q2_names_every_kind_of_personal_data_left() -> None:
    result = d.q2.evaluate({"redacted": texts.GRIEVANCE + " "})
    assert "Nothing was removed" in result.text()
    forgot_roster = d.q2.evaluate({"redacted": privacy.redact(texts.GRIEVANCE).text}).text()
    assert "name is still there" in forgot_roster
    assert "mobile" not in forgot_roster and "SSS" not in forgot_roster


def test_q5_data_plants_real_errors_and_the_checklist_flags_the_number_date_and_name() -> None:
    notes, lines = texts.MEETING_NOTES, texts.AI_DRAFT.splitlines()
    statement = {int(m.group(1)): line for line in lines if (m := re.match(r"(\d)\. ", line))}
    assert sorted(statement) == list(texts.DRAFT_LINES)
    assert "2.1" in statement[2] and "2.1" not in notes and "3.1" in notes
    assert "AGREED buy new one" in notes and "talk about" in statement[5]
    assert "15 March" in statement[6] and "15 Mar" not in notes and "no date yet" in notes
    assert "Santos" in statement[8] and "Santos" not in notes
    checklist = review.review_checklist(texts.AI_DRAFT, {"notes": notes}, "eit_minutes")
    flagged = {item.label for item in checklist.items if not item.ok}
    assert flagged == {"Numbers", "Dates", "Names and roles"}
    details = {item.label: item.detail for item in checklist.items}
    assert "'2.1 %'" in details["Numbers"] and "15 March" in details["Dates"]
    assert "Santos" in details["Names and roles"]
    flagged_lines = {n for n, line in statement.items()
                     if "2.1" in line or "15 March" in line or "Santos" in line}
    assert flagged_lines == set(texts.CHECKLIST_FLAGS)


def test_q5_accepts_a_list_or_typed_numbers() -> None:
    for answer in ([2, 5, 6, 8], (8, 6, 5, 2), "2, 5, 6 and 8", frozenset({2, 5, 6, 8})):
        assert d.q5.evaluate({"wrong_lines": answer}).passed, answer


@pytest.mark.parametrize("changes", [
    {"date_received": "March 12, 2025"}, {"date_received": "2025-03-12"},
    {"date_received": "03/12/2025"}, {"date_received": "Mar. 12"},
    {"recipient": "Sewing operator, Line 3"}, {"contact_role": "Human Resources"},
    {"issue_summary": "Kulang ang sahod sa cut-off."}, {"response_days": "5 working days"},
])
def test_q6_accepts_other_right_wordings(changes: dict[str, Any]) -> None:
    assert d.q6.evaluate({"letter_prompt": letter(**changes)}).passed, changes


def test_q6_accepts_another_language_and_leaving_out_the_optional_field() -> None:
    filipino = prompts.build_prompt("grievance_acknowledgement", language="Filipino",
                                    **LETTER)
    assert d.q6.evaluate({"letter_prompt": filipino}).passed
    fields = {k: v for k, v in LETTER.items() if k != "response_days"}
    no_days = prompts.build_prompt("grievance_acknowledgement", **fields)
    assert d.q6.evaluate({"letter_prompt": no_days}).passed


def test_q6_lists_every_problem_at_once() -> None:
    wrong = letter(recipient="Ysabel Quilantang", date_received="10 March 2025",
                   contact_role="Supervisor", issue_summary="Text her at 0917 555 0142.")
    text = d.q6.evaluate({"letter_prompt": wrong}).text()
    for words in ("name is in the prompt", "phone number", "got her short pay",
                  "contact role", "what the grievance is about"):
        assert words in text


def test_the_notebooks_never_call_a_language_model() -> None:
    for folder in ("solutions", "exercises"):
        path = REPO / folder / d.MODULE / "document_drafting.ipynb"
        code = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells
                         if c.cell_type == "code")
        assert not re.search(r"\bllm\b|\bchat\(|openai", code), path


def test_the_mix_of_question_kinds_and_points() -> None:
    from score_helpers.exercises import ChoiceExercise, ReflectionExercise

    kinds = [type(e).__mro__ for e in QUESTIONS.values()]
    assert sum(ChoiceExercise in mro for mro in kinds) == 3
    assert sum(ReflectionExercise in mro for mro in kinds) == 1
    assert sum(d.ProblemsExercise in mro for mro in kinds) == 4
    assert sum(e.points for e in QUESTIONS.values()) == 14


# --- The real nbgrader, on filled-in participant notebooks ---------------------------------

@pytest.fixture(scope="module")
def graded_class(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Ana right, Ben partly right, Cora only cue words in Q1, Dina a Filipino Q1, Jose blank,
    graded by `score-lab grade`."""
    from score_helpers.grading.sample_answers import DOCUMENT_DRAFTING_RIGHT

    right = {**DOCUMENT_DRAFTING_RIGHT, "q8_answer": "kpi.acknowledged_within(grievances, days=5)",
             "q9_answer": '"B"'}
    partial = {**right, "q1_answer": '"You are a safety officer. Write a '
                                                        'talk about forklifts."',
               "q2_answer": "privacy.redact(grievance).text", "q5_answer": "{2, 6, 8}"}
    cue_words = {**right, "q1_answer": repr(CUE_WORDS)}
    filipino = {**right, "q1_answer": repr(FILIPINO)}
    released = REPO / "exercises" / d.MODULE / "document_drafting.ipynb"
    return grade_class(released, {"Ana Cruz": right, "Ben Santos": partial,
                                  "Cora Lim": cue_words, "Dina Bautista": filipino,
                                  "Jose Reyes": {}}, tmp_path_factory.mktemp("class02"))


def test_nbgrader_gives_full_marks_partial_credit_and_friendly_messages(
        graded_class: dict[str, dict[str, Any]]) -> None:
    ana, ben, jose = (graded_class[n] for n in ("Ana Cruz", "Ben Santos", "Jose Reyes"))
    assert (ana["status"], ana["score"], ana["max_score"]) == ("graded", "14", "14")
    assert ben["q1"]["points"] == "1" and "(the context)" in ben["q1"]["message"]
    assert ben["q2"]["points"] == "0" and "as the roster" in ben["q2"]["message"]
    assert "what the checklist found" in ben["q5"]["message"]
    assert ben["score"] == "8"  # q1 1 of 3, q2 0, q5 0, the rest full
    assert (jose["status"], jose["score"]) == ("graded", "0")
    cora, dina = graded_class["Cora Lim"], graded_class["Dina Bautista"]
    assert cora["q1"]["points"] == "0" and cora["score"] == "11"   # cue words earn nothing
    assert "'You are' alone is not enough" in cora["q1"]["message"]
    assert dina["q1"]["points"] == "3" and dina["score"] == "14"   # natural Filipino: full
    for row in (graded_class[n] for n in graded_class):
        for question in (f"q{n}" for n in range(1, 10)):
            assert "hidden=True" not in row[question]["message"]
