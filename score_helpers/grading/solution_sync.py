"""Keep each solution notebook's counted parts in step with its exercise set.

What the exercise set already says is never typed by hand in a solution notebook:

- the setup cell's import line, `from score_helpers.exercises.<set> import q1, …, qN`;
- the points of each grade cell `qN_test` (the question's `points`);
- the "(2 points)" at the end of each question heading `## QN · …`;
- the question count in the notebook's one-line summary ("> Eight questions on …");
- the form of each grade cell: `q1.grade()` typed in a grade cell becomes
  `grade("00_welcome", "q1")` from score_helpers.exercises.locked, which takes the
  question fresh from the package instead of trusting the notebook's name `q1`.

`score-lab release` brings every solution notebook in step before nbgrader generates
exercises/ from it, so adding a question means writing its class and its solution cell,
then running the release. tests/test_release.py checks the committed notebooks are in step.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from score_helpers.exercises.core import Exercise
from score_helpers.exercises.sets import questions_in

NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty")
IMPORT_LINE = re.compile(r"^from (score_helpers\.exercises\.\w+) import q\d+(?:, *q\d+)*[ \t]*$",
                         re.MULTILINE)
HEADING = re.compile(r"^(## Q(\d+) · .*?)\((\d+) points?\)[ \t]*$", re.MULTILINE)
GRADE_CALL = re.compile(r"\b(q\d+)\.grade\((hidden=True)?\)")
LOCKED_IMPORT = "from score_helpers.exercises.locked import grade"
COUNT = re.compile(r"^(> )(" + "|".join(NUMBER_WORDS) + r"|\d+)\b(?=(?: \w+)? questions?\b)",
                   re.IGNORECASE | re.MULTILINE)


def count_words(count: int, like: str) -> str:
    """`count` as a word ('Eight'), capitalised like `like`; digits past twenty."""
    if count >= len(NUMBER_WORDS):
        return str(count)
    word = NUMBER_WORDS[count]
    return word.capitalize() if like[:1].isupper() else word


def points_words(points: int | float) -> str:
    """'(1 point)', '(2 points)'."""
    number = int(points) if float(points).is_integer() else points
    return f"({number} point{'' if number == 1 else 's'})"


def exercise_module_of(notebook: Any) -> str:
    """The dotted exercise module a solution notebook declares in its metadata."""
    declared = notebook.metadata.get("score_ai_lab", {}).get("exercises")
    if not declared:
        raise ValueError("The notebook has no metadata score_ai_lab.exercises naming its "
                         "exercise module (e.g. score_helpers.exercises.welcome): add it.")
    return str(declared)


def locked_grade_cell(source: str, assignment: str) -> str:
    """A grade cell's `qN.grade()` calls as `grade("<assignment>", "qN")`, with the import
    after the cell's docstring line."""
    source = GRADE_CALL.sub(
        lambda m: f'grade("{assignment}", "{m.group(1)}"' + (", hidden=True)" if m.group(2)
                                                              else ")"), source)
    if "grade(" in source and LOCKED_IMPORT not in source:
        first, _, rest = source.partition("\n")
        source = (f"{first}\n{LOCKED_IMPORT}\n{rest}" if first.startswith('"""')
                  else f"{LOCKED_IMPORT}\n{source}")
    return source


def sync_notebook(notebook: Any, questions: Sequence[Exercise], dotted: str) -> list[str]:
    """Bring `notebook` (nbformat, changed in place) in step with `questions`; return one
    line per change made (empty when it was already in step)."""
    changes: list[str] = []
    assignment = notebook.metadata.get("score_ai_lab", {}).get("assignment") or questions[0].module
    by_number = {index: q for index, q in enumerate(questions, start=1)}
    names = ", ".join(f"q{n}" for n in by_number)
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        source = cell.source
        if cell.cell_type == "code" and meta.get("grade_id") == "setup":
            source = IMPORT_LINE.sub(
                lambda m: f"from {m.group(1)} import {names}" if m.group(1) == dotted
                else m.group(0), source)
        if meta.get("grade") and str(meta.get("grade_id", "")).endswith("_test"):
            number = int(str(meta["grade_id"]).removeprefix("q").removesuffix("_test"))
            question = by_number.get(number)
            if question is None:
                raise ValueError(f"Grade cell {meta['grade_id']} has no question q{number} in "
                                 f"{dotted}: add its class there, or remove the cell.")
            source = locked_grade_cell(source, assignment)
            if meta.get("points") != question.points:
                changes.append(f"{meta['grade_id']}: points {meta.get('points')} → "
                               f"{question.points}")
                meta["points"] = question.points
        if cell.cell_type == "markdown":
            source = HEADING.sub(lambda m: _heading(m, by_number), source)
            source = COUNT.sub(lambda m: m.group(1) + count_words(len(questions), m.group(2)),
                               source)
        if source != cell.source:
            changes.append(f"{meta.get('grade_id') or cell.cell_type}: "
                           f"{_first_difference(cell.source, source)}")
            cell.source = source
    return changes


def _heading(match: re.Match[str], by_number: dict[int, Exercise]) -> str:
    question = by_number.get(int(match.group(2)))
    if question is None:
        return match.group(0)
    return f"{match.group(1)}{points_words(question.points)}"


def _first_difference(old: str, new: str) -> str:
    for before, after in zip(old.splitlines(), new.splitlines(), strict=False):
        if before != after:
            return f"{before.strip()!r} → {after.strip()!r}"
    return "text updated"


def sync_file(path: Path) -> list[str]:
    """Bring one solution notebook file in step with its exercise set; write it only when
    something changed. Returns the changes."""
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    dotted = exercise_module_of(notebook)
    changes = sync_notebook(notebook, questions_in(importlib.import_module(dotted)), dotted)
    if changes:
        nbformat.write(notebook, path)
    return changes


def sync_solutions(solutions_dir: Path) -> dict[Path, list[str]]:
    """Every solution notebook under `solutions_dir` brought in step: {path: its changes}."""
    return {path: changes for path in sorted(solutions_dir.glob("*/*.ipynb"))
            if (changes := sync_file(path))}
