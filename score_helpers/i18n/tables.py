"""The one string table per language, assembled from the section files.

English: en_engine.py, en_dashboard.py, en_apps.py, en_trainer.py, en_gallery.py and
en_grading.py (and the others imported below), plus the exercise strings generated from
the exercise classes, which stay the source of truth (score_helpers/exercises/strings.py
registers them here).
Filipino: the fil_*.py files of the same names and fil_exercises.py.
A section file holds `SECTIONS = {prefix: {key: sentence}}`; the ID is `prefix.key`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping

from score_helpers.i18n import (
    en_apps,
    en_dashboard,
    en_documents,
    en_engine,
    en_gallery,
    en_grading,
    en_grievance_log,
    en_import,
    en_llm,
    en_loader,
    en_review,
    en_trainer,
    fil_apps,
    fil_dashboard,
    fil_documents,
    fil_engine,
    fil_exercises,
    fil_gallery,
    fil_grading,
    fil_grievance_log,
    fil_import,
    fil_llm,
    fil_loader,
    fil_review,
    fil_trainer,
)

ENGLISH_SECTIONS = (en_engine.SECTIONS, en_dashboard.SECTIONS, en_apps.SECTIONS,
                    en_trainer.SECTIONS, en_gallery.SECTIONS, en_grading.SECTIONS,
                    en_import.SECTIONS, en_loader.SECTIONS, en_review.SECTIONS,
                    en_llm.SECTIONS, en_documents.SECTIONS, en_grievance_log.SECTIONS)
FILIPINO_SECTIONS = (fil_engine.SECTIONS, fil_dashboard.SECTIONS, fil_apps.SECTIONS,
                     fil_trainer.SECTIONS, fil_gallery.SECTIONS, fil_grading.SECTIONS,
                     fil_import.SECTIONS, fil_loader.SECTIONS, fil_review.SECTIONS,
                     fil_llm.SECTIONS, fil_documents.SECTIONS,
                     fil_grievance_log.SECTIONS)


def flatten(sections: Iterable[Mapping[str, Mapping[str, str]]]) -> dict[str, str]:
    """{prefix: {key: sentence}} sections → {"prefix.key": sentence}; a repeated ID is an
    error that names it."""
    table: dict[str, str] = {}
    for section in sections:
        for prefix, entries in section.items():
            for key, sentence in entries.items():
                name = f"{prefix}.{key}"
                if name in table:
                    raise ValueError(f"The string ID {name!r} is defined twice in "
                                     "score_helpers/i18n: keep one of them.")
                table[name] = sentence
    return table


@functools.cache
def english() -> dict[str, str]:
    """The English table without the exercises (cheap: imports no exercise module)."""
    return flatten(ENGLISH_SECTIONS)


# Tables of English strings that live beside their code, added by the packages that own
# them (the exercise engine registers the strings generated from its classes): i18n itself
# imports nothing above it.
_GENERATED_ENGLISH: list[Callable[[], Mapping[str, str]]] = []


def register_english(source: Callable[[], Mapping[str, str]]) -> None:
    """Add a generated English table (called once per owner, e.g. by score_helpers.exercises);
    `source` is called on the first look-up that needs it."""
    if source not in _GENERATED_ENGLISH:
        _GENERATED_ENGLISH.append(source)
        english_exercises.cache_clear()


@functools.cache
def english_exercises() -> dict[str, str]:
    """The generated English strings (the exercises', from their classes)."""
    table: dict[str, str] = {}
    for source in _GENERATED_ENGLISH:
        table.update(source())
    return table


def english_all() -> dict[str, str]:
    """The whole English table: the section files and every exercise string."""
    return {**english(), **english_exercises()}


@functools.cache
def filipino() -> dict[str, str]:
    """The whole Filipino table: the section files and fil_exercises.FIL_EXERCISES."""
    return {**flatten(FILIPINO_SECTIONS), **fil_exercises.FIL_EXERCISES}


def english_entry(key: str) -> str:
    """The English sentence `key`; KeyError naming the ID and where to add it."""
    found = english().get(key)
    if found is None:
        found = english_exercises().get(key)
    if found is None:
        raise KeyError(f"No English sentence with the ID {key!r}. Add it to a section of "
                       "score_helpers/i18n/en_*.py (and its Filipino to fil_*.py).")
    return found


def tables() -> dict[str, dict[str, str]]:
    """Both whole tables by language code: {'en': …, 'fil': …}."""
    return {"en": english_all(), "fil": filipino()}
