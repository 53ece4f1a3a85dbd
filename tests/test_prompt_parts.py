"""The prompt grader judges what each part of a prompt does, not its cue words.

Its yardstick is two hand-written sets of prompts in tests/data/prompts/, each labelled by a
person before the grader read it: `prompts.csv` (80 prompts, written before the grader) and
`prompts_second_batch.csv` (30 more, written and labelled after a first version of it, as a
fresh check). English, Filipino and Taglish, as supervisors type them: typos, lower case, no
punctuation, SMS, cue-word lists and half-prompts.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from score_helpers.drafting import prompts
from score_helpers.drafting.prompt_parts import (
    PARTS,
    REASON_PREFIX,
    REASONS,
    PartCheck,
    check_prompt,
    parts_present,
)
from score_helpers.i18n import tables

DATA = Path(__file__).parent / "data" / "prompts"
SETS = ("prompts.csv", "prompts_second_batch.csv")


def labelled(name: str) -> list[dict[str, object]]:
    """The rows of one labelled set: id, language, kind, the expected parts and the text."""
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["parts"] = set(str(row["expected"]).split()) - {"-"}
    return rows


ALL = [row for name in SETS for row in labelled(name)]


def agreement(rows: list[dict[str, object]]) -> dict[str, float]:
    """For each part, the share of prompts where the grader agrees with the person's label."""
    found = [parts_present(str(row["text"])) for row in rows]
    return {part: sum(got[part] == (part in row["parts"]) for got, row in zip(found, rows,
                                                                               strict=True))
            / len(rows) for part in PARTS}


def test_the_labelled_sets_are_big_varied_and_well_formed() -> None:
    assert len(labelled("prompts.csv")) >= 40
    for row in ALL:
        assert row["parts"] <= set(PARTS), row["id"]
        assert row["language"] in {"en", "fil", "taglish"}, row["id"]
    languages = {row["language"] for row in ALL}
    assert languages == {"en", "fil", "taglish"}
    assert sum(row["kind"] == "cue words" for row in ALL) >= 8
    assert len({row["id"] for row in ALL}) == len(ALL)


@pytest.mark.parametrize("name", SETS)
def test_the_grader_agrees_with_a_person_on_each_part(name: str) -> None:
    rows = labelled(name)
    scores = agreement(rows)
    assert all(score >= 0.9 for score in scores.values()), scores
    assert sum(scores.values()) / len(scores) >= 0.95, scores


@pytest.mark.parametrize("prompt", [
    "You are. Here are. Write. Bullet. Do not.",
    "you are here are write bullet do not",
    "YOU ARE, HERE ARE, WRITE, BULLETS, DO NOT",
    "Role: . Context: . Task: . Format: . Constraints: .",
    "Role Context Task Format Constraints",
    "Ikaw ay. Heto ang. Gumawa. Bullet. Huwag.",
    "Ikaw ang. Narito ang. Isulat. Talahanayan. Wag.",
    "Act as a. Facts: . Draft a. Table. Only.",
    "You are the. Here is the. Write the. Use. Don't the.",
])
def test_a_list_of_cue_words_earns_nothing(prompt: str) -> None:
    checks = check_prompt(prompt)
    assert not any(check.present for check in checks.values()), checks


def test_every_cue_word_row_of_the_sets_scores_zero() -> None:
    rows = [row for row in ALL if row["kind"] == "cue words"]
    assert rows
    for row in rows:
        assert not any(parts_present(str(row["text"])).values()), row["text"]


def test_natural_filipino_and_taglish_full_prompts_score_five_of_five() -> None:
    rows = [row for row in ALL if row["language"] in {"fil", "taglish"}
            and row["parts"] == set(PARTS)]
    assert len(rows) >= 8
    for row in rows:
        assert all(parts_present(str(row["text"])).values()), row["text"]


@pytest.mark.parametrize("prompt, present", [
    ("Write about 5S day.", set()),                       # no document named
    ("You are helpful. Write something nice.", set()),    # no job, no document
    ("Ikaw ang bahala.", set()),                           # "it's up to you" is not a role
    ("Isulat ang bilang ng absent.", set()),        # "bilang ng" = "the number of", no role
    ("Our rule: people stay inside the yellow lines. Write a toolbox talk.",
     {"task"}),                                            # a factory rule, not one for the AI
    ("The drivers don't sound the horn at corners.", set()),   # a fact, not a command
    ("No one was hurt. Write a memo.", {"task"}),
    ("Write a talk. 3 spare parts were broken.", {"task", "context"}),
    ("write a memo bullet", {"task"}),
    ("Gumawa ng memo para sa Line 2.", {"task"}),           # one number is an audience, no fact
])
def test_words_that_look_like_a_part_but_do_not_do_its_job(prompt: str,
                                                           present: set[str]) -> None:
    assert {part for part, ok in parts_present(prompt).items() if ok} == present


def test_chat_messages_are_read_like_one_text() -> None:
    text = ("You are the HR officer. Yesterday 5 operators on Line 2 were late. Write a memo "
            "in 3 bullets. Do not add names.")
    assert check_prompt([{"role": "system", "content": text}]) == check_prompt(text)
    assert all(parts_present(text).values())


@pytest.mark.parametrize("kind", sorted(prompts.DOCUMENT_TYPES))
@pytest.mark.parametrize("language", sorted(prompts.LANGUAGES))
def test_every_built_prompt_has_all_five_parts(kind: str, language: str) -> None:
    doc = prompts.DOCUMENT_TYPES[kind]
    fields = {name: "Line 2, 12 March 2025: 3 needle guards missing"
              for name in doc.required_fields}
    assert all(prompts.prompt_parts(prompts.build_prompt(kind, language=language,
                                                         **fields)).values())


def test_each_part_shows_the_prompts_own_words_as_evidence() -> None:
    prompt = ("Ikaw ang HR officer ng pabrika. Noong Lunes, 5 manggagawa sa Line 2 ang "
              "nag-reklamo. Gumawa ka ng paalala, naka-bullet. Huwag maglagay ng pangalan.")
    checks = check_prompt(prompt)
    assert "hr officer" in checks["role"].evidence
    assert "paalala" in checks["task"].evidence
    assert "naka-bullet" in checks["format"].evidence
    assert "pangalan" in checks["constraints"].evidence
    assert checks["role"].reason("en") == f"Found: “{checks['role'].evidence}”"


def test_missing_and_bare_parts_say_what_to_add_in_english_and_filipino() -> None:
    bare = check_prompt("You are. Here are. Write. Bullet. Do not.")
    missing = check_prompt("hello")
    filipino = tables.filipino()
    for part in PARTS:
        assert bare[part].started and bare[part].reason_key == f"prompt_{part}_bare"
        assert not missing[part].started and missing[part].reason_key == f"prompt_{part}_missing"
        for check in (bare[part], missing[part]):
            english, tagalog = check.reason("en"), check.reason("fil")
            assert english == REASONS[check.reason_key] and tagalog != english
            assert filipino[REASON_PREFIX + check.reason_key] == tagalog
    assert len({check.reason("en") for check in (*bare.values(), *missing.values())}) == 10


def test_reasons_name_what_to_add_never_a_ready_prompt() -> None:
    ready = ("safety officer", "forklift", "Gate 2", "only the facts", "200 words", "pangalan")
    for check in (PartCheck(part, False, started=bare) for part in PARTS for bare in (0, 1)):
        for lang in ("en", "fil"):
            sentence = check.reason(lang)
            assert sentence and not any(words in sentence for words in ready), sentence
