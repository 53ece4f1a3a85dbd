"""The Filipino exercise strings (score_helpers/i18n/fil_exercises*.py) against the English.

Every English exercise ID has a Filipino entry and no other ID does; each entry keeps its
English's {placeholders}, `code spans`, code names, numbers and quoted values, so the
Filipino can neither drop a detail a participant needs nor add a value (an answer) that
the English does not show. An entry may equal its English only when it is code.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from score_helpers.exercises.strings import english_exercise_strings
from score_helpers.i18n import localise
from score_helpers.i18n.fil_exercises import FIL_EXERCISES

ENGLISH = english_exercise_strings()
SHARED = sorted(set(ENGLISH) & set(FIL_EXERCISES))

# The parts a translation must keep exactly, each as a multiset.
KEPT = {
    "placeholder": re.compile(r"\{[^{}]*\}"),
    "code span": re.compile(r"`[^`]+`"),
    "number": re.compile(r"\d+(?:[.,_]\d+)*"),
    "snake_case name": re.compile(r"\b\w*[a-z]\w*_\w+\b"),
    "dotted name": re.compile(r"\b[A-Za-z_]\w*\.[A-Za-z_]\w*"),
    "method call": re.compile(r"\.\w+\("),
    "operator": re.compile(r"<=|>=|==|[<>×÷±]"),
    # A quoted value of up to four words: a column, a category, an ID, a prompt phrase.
    "quoted value": re.compile(r'"(?:[^"\s]+\s?){1,4}"|(?:(?<=\s)|^)\'[^\'\n]+\'(?=[\s.,:;)]|$)'),
}
CODE_LIKE = re.compile(r"[=_(]")


def kept_parts(text: str, pattern: re.Pattern[str]) -> Counter[str]:
    """The occurrences of `pattern` in `text`, counted."""
    return Counter(pattern.findall(text))


def test_the_filipino_ids_are_exactly_the_english_exercise_ids() -> None:
    missing = sorted(set(ENGLISH) - set(FIL_EXERCISES))
    extra = sorted(set(FIL_EXERCISES) - set(ENGLISH))
    assert (missing, extra) == ([], []), (
        f"Exercise strings without Filipino (add them to score_helpers/i18n/"
        f"fil_exercises_*.py): {missing}. Filipino IDs with no English: {extra}")


def test_the_table_covers_every_module_and_kind() -> None:
    modules = Counter(key.split(".")[0] for key in FIL_EXERCISES)
    assert modules == Counter(key.split(".")[0] for key in ENGLISH)
    kinds = {key.split(".")[2] for key in FIL_EXERCISES if ".message." not in key}
    assert {"title", "hint", "mistake", "option", "prompt"} <= kinds


@pytest.mark.parametrize("key", SHARED)
def test_entry_keeps_what_must_stay_the_same(key: str) -> None:
    english, filipino = ENGLISH[key], FIL_EXERCISES[key]
    assert filipino.strip() == filipino and filipino, f"{key}: empty or padded"
    for name, pattern in KEPT.items():
        want, got = kept_parts(english, pattern), kept_parts(filipino, pattern)
        assert want == got, (f"{key}: the {name}s differ. Missing: "
                             f"{sorted((want - got).elements())}; added: "
                             f"{sorted((got - want).elements())}")


@pytest.mark.parametrize("key", SHARED)
def test_entry_is_translated_unless_it_is_code(key: str) -> None:
    english, filipino = ENGLISH[key], FIL_EXERCISES[key]
    if filipino == english:
        assert CODE_LIKE.search(english) or not re.search(r"[A-Za-z]{2}", english), (
            f"{key} is still the English sentence: {english!r}")


def test_the_checks_catch_a_changed_number_and_a_lost_code_span() -> None:
    """The comparisons above can fail: a value and a name changed by hand are caught."""
    english = "Use the table `year_2024`: multiply by 1,000,000."
    assert kept_parts(english, KEPT["number"]) != kept_parts(
        "Gamitin ang table na `year_2024`: i-multiply sa 100,000.", KEPT["number"])
    assert kept_parts(english, KEPT["code span"]) != kept_parts(
        "Gamitin ang table ng 2024: i-multiply sa 1,000,000.", KEPT["code span"])


def test_filipino_is_what_a_participant_sees() -> None:
    """The exercise table reaches score_helpers.i18n: SCORE_LANG=fil shows these entries."""
    for key in SHARED:
        assert localise(key, ENGLISH[key], "fil") == FIL_EXERCISES[key]
        assert localise(key, ENGLISH[key], "en") == ENGLISH[key]
