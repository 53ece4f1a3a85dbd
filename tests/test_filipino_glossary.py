"""Every Filipino table (score_helpers/i18n/fil_*.py) against trainer/filipino_glossary.md.

Three rules, read from the glossary itself so that a new row is checked at once:
- no phrase of the "Not this" column appears in any Filipino string;
- a checked "Keep in English" term (KPI, near miss, defect rate, LTIFR, OEE, target…)
  in an English string stays in English in its Filipino twin;
- a label for a rate (defect rate, LTIFR, TRIR…) is never worded as a count: no
  "bilang ng", and it says "rate", "dalas", "bawat", "porsiyento" or "%".
Each table file is its own test, so a failure names the file, the ID and the fix.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from pathlib import Path

import pytest

from score_helpers.exercises.strings import english_exercise_strings
from score_helpers.i18n import tables

REPO = Path(__file__).resolve().parents[1]
GLOSSARY = REPO / "trainer" / "filipino_glossary.md"
I18N = REPO / "score_helpers" / "i18n"
TABLE_FILES = sorted(path.stem for path in I18N.glob("fil_*.py"))
REQUIRED_TERMS = {"KPI", "near miss", "defect rate", "LTIFR", "OEE", "target"}

ENGLISH_RATE = re.compile(r"\b(?:rates?|LTIFR|TRIR)\b", re.IGNORECASE)
FILIPINO_RATE = re.compile(r"rate|dalas|bawat|porsiyento|%", re.IGNORECASE)
COUNT_WORDING = re.compile(r"\bbilang ng\b", re.IGNORECASE)
LABEL_LENGTH = 80  # longer English is a sentence, which may talk about counts as well
FORMULA = re.compile(r"[=÷]")  # "Defect rate = defects ÷ units": its parts are counts


def section(markdown: str, heading: str) -> str:
    """The text under the `## heading…` line, up to the next `## ` heading."""
    match = re.search(rf"^## {re.escape(heading)}.*?$(.*?)(?=^## |\Z)", markdown,
                      re.MULTILINE | re.DOTALL)
    assert match, f"{GLOSSARY.name} has no '## {heading}' section"
    return match.group(1)


def glossary_rows(markdown: str) -> list[list[str]]:
    """The rows of the "Say it this way" table, each as its three cells."""
    rows = [line.strip().strip("|").split("|")
            for line in section(markdown, "Say it this way").splitlines()
            if line.strip().startswith("|")]
    cells = [[cell.strip() for cell in row] for row in rows[2:]]  # header, separator
    assert all(len(row) == 3 for row in cells), "every glossary row needs three cells"
    return cells


def rejected_phrases(markdown: str) -> dict[str, str]:
    """Each "Not this" phrase (lower case) → the Filipino the glossary says instead."""
    return {phrase.strip().lower(): say_instead
            for _, say_instead, not_this in glossary_rows(markdown)
            for phrase in not_this.split(" / ") if phrase.strip()}


def checked_terms(markdown: str) -> list[str]:
    """The comma-separated terms of "Keep in English (checked)" (its last paragraph)."""
    paragraph = section(markdown, "Keep in English (checked)").strip().split("\n\n")[-1]
    return [term.strip().rstrip(".") for term in paragraph.replace("\n", " ").split(",")
            if term.strip()]


def term_pattern(term: str) -> re.Pattern[str]:
    """`term` as a whole word or phrase, any case, space or hyphen, plural allowed."""
    words = r"[ -]".join(re.escape(word) for word in term.split())
    return re.compile(rf"(?<!\w){words}(?:e?s)?(?!\w)", re.IGNORECASE)


def one_table(stem: str) -> dict[str, str]:
    """The Filipino strings defined in score_helpers/i18n/<stem>.py, by full ID (the
    merging file fil_exercises.py defines none of its own)."""
    module = importlib.import_module(f"score_helpers.i18n.{stem}")
    if hasattr(module, "SECTIONS"):
        return tables.flatten([module.SECTIONS])
    suffix = stem.removeprefix("fil_").upper()
    own = getattr(module, f"FIL_{suffix}", None) if suffix[-1].isdigit() else None
    return dict(own or {})


def rejected_in(filipino: Mapping[str, str], rejected: Mapping[str, str]) -> list[str]:
    """One line per Filipino string that uses a rejected phrase."""
    found = []
    for key, sentence in filipino.items():
        flat = " ".join(sentence.split())
        for phrase, say_instead in rejected.items():
            if re.search(rf"(?<!\w){re.escape(phrase)}", flat, re.IGNORECASE):
                found.append(f"{key}: '{phrase}' (say: {say_instead}) in {flat!r}")
    return found


def english_dropped(filipino: Mapping[str, str], english: Mapping[str, str],
                    terms: list[str]) -> list[str]:
    """One line per Filipino string whose English has a checked term that it lost."""
    found = []
    for key, sentence in filipino.items():
        for term in terms:
            pattern = term_pattern(term)
            if pattern.search(english.get(key, "")) and not pattern.search(sentence):
                found.append(f"{key}: keep '{term}' in English: {sentence!r}")
    return found


def rates_as_counts(filipino: Mapping[str, str], english: Mapping[str, str]) -> list[str]:
    """One line per label of a rate whose Filipino reads as a count or names no rate."""
    found = []
    for key, sentence in filipino.items():
        source = english.get(key, "")
        if (len(source) > LABEL_LENGTH or FORMULA.search(source)
                or not ENGLISH_RATE.search(source)):
            continue
        if COUNT_WORDING.search(sentence) or not FILIPINO_RATE.search(sentence):
            found.append(f"{key}: '{source}' is a rate (say rate, dalas or bawat …, "
                         f"never bilang ng): {sentence!r}")
    return found


MARKDOWN = GLOSSARY.read_text(encoding="utf-8")
REJECTED = rejected_phrases(MARKDOWN)
TERMS = checked_terms(MARKDOWN)
ENGLISH = {**tables.english(), **english_exercise_strings()}


def test_the_glossary_is_short_and_names_what_the_checks_need() -> None:
    assert 40 <= len(glossary_rows(MARKDOWN)) <= 80
    assert len(REJECTED) >= 10
    assert set(TERMS) >= REQUIRED_TERMS, f"checked terms: {TERMS}"
    assert "lampas sa target" in REJECTED


def test_every_table_file_is_read() -> None:
    ids = set().union(*(one_table(stem) for stem in TABLE_FILES))
    assert ids == set(tables.filipino())


@pytest.mark.parametrize("stem", TABLE_FILES)
def test_no_filipino_string_uses_a_phrase_the_glossary_rejects(stem: str) -> None:
    found = rejected_in(one_table(stem), REJECTED)
    assert not found, f"{stem}.py (see {GLOSSARY.name}):\n" + "\n".join(found)


@pytest.mark.parametrize("stem", TABLE_FILES)
def test_checked_terms_stay_in_english(stem: str) -> None:
    found = english_dropped(one_table(stem), ENGLISH, TERMS)
    assert not found, f"{stem}.py (see {GLOSSARY.name}):\n" + "\n".join(found)


@pytest.mark.parametrize("stem", TABLE_FILES)
def test_a_rate_is_never_called_a_count(stem: str) -> None:
    found = rates_as_counts(one_table(stem), ENGLISH)
    assert not found, f"{stem}.py (see {GLOSSARY.name}):\n" + "\n".join(found)


def test_the_checks_catch_the_strings_issue_17_found() -> None:
    old = {"app.kpi_dashboard.beyond_target": "Lampas sa target",
           "app.kpi_dashboard.kpi_frequency_rate": "Aksidenteng may nawalang araw (LTIFR)",
           "app.kpi_dashboard.kpi_defect_rate": "Porsiyento ng depekto"}
    assert [line.split(":")[0] for line in rejected_in(old, REJECTED)] == list(old)
    assert english_dropped(old, ENGLISH, TERMS) == [
        "app.kpi_dashboard.kpi_defect_rate: keep 'defect rate' in English: "
        "'Porsiyento ng depekto'"]
    assert [line.split(":")[0] for line in rates_as_counts(old, ENGLISH)] == [
        "app.kpi_dashboard.kpi_frequency_rate"]
    assert rates_as_counts({"app.kpi_dashboard.kpi_frequency_rate": "Bilang ng LTI"},
                           ENGLISH)
