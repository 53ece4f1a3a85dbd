"""Recognising who handed in which assignment, from folder and file names as they arrive,
from the notebook's metadata and, when names say nothing, from its content."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from score_helpers.grading.identify import Catalogue, identify_all, load_catalogue
from score_helpers.grading.names import (
    name_keys,
    parse_name,
    participant_id,
    safe_folder_name,
    strip_copy_markers,
)
from tests.conftest import REPO

EXERCISE = REPO / "exercises" / "00_welcome" / "warmup.ipynb"
KEYS = name_keys({"00_welcome": ["warmup"], "01_kpi_tracking": ["kpi_practice"]})


@pytest.mark.parametrize(("name", "participant", "assignment", "notebook"), [
    ("Ana_Cruz-00_welcome (2)", "Ana Cruz", "00_welcome", None),
    ("warmup - Jose Reyes", "Jose Reyes", "00_welcome", "warmup"),
    ("Copy of warmup", "", "00_welcome", "warmup"),
    ("warmup-checkpoint", "", "00_welcome", "warmup"),
    ("maria_santos-warmup-checkpoint", "Maria Santos", "00_welcome", "warmup"),
    ("MARIA DELA CRUZ - warm up", "Maria Dela Cruz", "00_welcome", "warmup"),
    ("Liza de la Paz warmpu", "Liza de la Paz", "00_welcome", "warmup"),  # a typo
    ("Copy of Copy of warmup (3)", "", "00_welcome", "warmup"),
    ("Pedro Ramos - Copy", "Pedro Ramos", None, None),
    ("José Reyes 01 kpi tracking", "José Reyes", "01_kpi_tracking", None),
    ("kpi_practice_final_Grace_Aquino", "Grace Aquino", "01_kpi_tracking", "kpi_practice"),
    ("Warren Buffet", "Warren Buffet", None, None),  # close to no key: stays a name
    ("ana cruz", "Ana Cruz", None, None),
])
def test_file_and_folder_names_split_into_participant_and_assignment(
        name: str, participant: str, assignment: str | None, notebook: str | None) -> None:
    parts = parse_name(name, KEYS)
    assert parts.participant == participant
    first = parts.targets[0] if parts.targets else None
    assert (first.assignment if first else None) == assignment
    assert (first.notebook if first else None) == notebook


@pytest.mark.parametrize(("stem", "clean", "marked"), [
    ("warmup (2)", "warmup", True),
    ("Copy of warmup", "warmup", True),
    ("warmup-checkpoint", "warmup", True),
    ("warmup - Copy (2)", "warmup", True),
    ("warmup.ipynb", "warmup", True),
    ("warmup", "warmup", False),
])
def test_copy_markers_are_stripped(stem: str, clean: str, marked: bool) -> None:
    assert strip_copy_markers(stem) == (clean, marked)


@pytest.mark.parametrize(("name", "expected"), [
    ("Ana Cruz", "ana-cruz"), ("José dela Cruz", "jose-dela-cruz"), ("  ", "participant"),
    ("ANA_CRUZ", "ana-cruz"),
])
def test_participant_ids_are_safe_and_stable(name: str, expected: str) -> None:
    assert participant_id(name) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Ana Cruz", "Ana Cruz"), ('What? "me"', "What_ _me_"), ("CON", "CON_"), ("a/b", "a_b"),
])
def test_feedback_folder_names_work_on_windows(name: str, expected: str) -> None:
    assert safe_folder_name(name) == expected


@pytest.fixture
def catalogue(tmp_path: Path) -> Catalogue:
    """The real 00_welcome plus a second assignment whose cells are all different."""
    solutions = tmp_path / "solutions"
    shutil.copytree(REPO / "solutions" / "00_welcome", solutions / "00_welcome")
    other = json.loads(EXERCISE.read_text(encoding="utf-8"))
    for cell in other["cells"]:
        meta = cell["metadata"].get("nbgrader")
        if meta:
            meta["grade_id"] = "kpi_" + meta["grade_id"]
    (solutions / "01_kpi_tracking").mkdir()
    (solutions / "01_kpi_tracking" / "kpi_practice.ipynb").write_text(json.dumps(other))
    return load_catalogue(solutions)


def _write(path: Path, content: bytes | str | dict, mtime: float | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, dict):
        content = json.dumps(content)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    if mtime is not None:
        os.utime(path, (mtime, mtime))


def _warmup(**metadata: object) -> dict:
    notebook = json.loads(EXERCISE.read_text(encoding="utf-8"))
    notebook["metadata"].update(metadata)
    return notebook


@pytest.mark.parametrize(("relative", "participant", "assignment"), [
    ("Ana Cruz/warmup.ipynb", "Ana Cruz", "00_welcome"),
    ("Ana Cruz/00_welcome/warmup.ipynb", "Ana Cruz", "00_welcome"),  # nbgrader's own layout
    ("00_welcome/Pedro Ramos.ipynb", "Pedro Ramos", "00_welcome"),  # a folder per assignment
    ("Ben_Santos-00_welcome (2).ipynb", "Ben Santos", "00_welcome"),
    ("warmup - Jose Reyes.ipynb", "Jose Reyes", "00_welcome"),
    ("Copy of warmup.ipynb", "Unnamed (Copy of warmup.ipynb)", "00_welcome"),
    ("Liza Reyes/Untitled1.ipynb", "Liza Reyes", "00_welcome"),  # only the content says
    ("Mark Torres/01_kpi_tracking.ipynb", "Mark Torres", "00_welcome"),  # content wins
    ("Rosa Garcia/warmup.ipynb.txt", "Rosa Garcia", "00_welcome"),  # a browser's extension
])
def test_each_file_is_recognised_from_folder_name_and_content(
        tmp_path: Path, catalogue: Catalogue, relative: str, participant: str,
        assignment: str) -> None:
    _write(tmp_path / "in" / relative, _warmup())
    [found] = identify_all(tmp_path / "in", catalogue)
    assert (found.participant, found.assignment, found.notebook, found.status) == (
        participant, assignment, "warmup", None)


def test_metadata_names_the_assignment_when_the_file_name_does_not(tmp_path: Path,
                                                                   catalogue: Catalogue) -> None:
    kpi = json.loads((tmp_path / "solutions" / "01_kpi_tracking" / "kpi_practice.ipynb")
                     .read_text())
    kpi["metadata"]["score_ai_lab"] = {"assignment": "01_kpi_tracking"}
    _write(tmp_path / "in" / "Joy Castro" / "notebook.ipynb", kpi)
    [found] = identify_all(tmp_path / "in", catalogue)
    assert (found.assignment, found.notebook) == ("01_kpi_tracking", "kpi_practice")


@pytest.mark.parametrize(("content", "status", "words"), [
    (b"{not json", "not_a_notebook", "not a Jupyter notebook"),
    (b"PK\x03\x04 word document bytes", "not_a_notebook", "Word, Excel or zip"),
    (b'{"cells": "no"}', "not_a_notebook", "not a Jupyter notebook"),
    (b"\xff\xfe\x00garbage", "not_a_notebook", "not a Jupyter notebook"),
    ((REPO / "modules" / "00_welcome.ipynb").read_bytes(), "unknown_assignment", "none of the"),
])
def test_files_that_cannot_be_graded_say_why(tmp_path: Path, catalogue: Catalogue, content: bytes,
                                             status: str, words: str) -> None:
    _write(tmp_path / "in" / "Ana Cruz" / "00_welcome.ipynb", content)
    [found] = identify_all(tmp_path / "in", catalogue)
    assert found.status == status
    assert words in found.message
    assert found.participant == "Ana Cruz"


def test_the_newest_copy_is_graded_and_older_copies_are_listed(tmp_path: Path,
                                                               catalogue: Catalogue) -> None:
    _write(tmp_path / "in" / "Ana Cruz" / "warmup.ipynb", _warmup(), mtime=1_000_000)
    _write(tmp_path / "in" / "ana_cruz-warmup (2).ipynb", _warmup(), mtime=2_000_000)
    _write(tmp_path / "in" / "Jose Reyes.ipynb", _warmup(), mtime=1_000_000)
    found = {sub.relative: sub for sub in identify_all(tmp_path / "in", catalogue)}
    assert len(found) == 3
    newest, older = found["ana_cruz-warmup (2).ipynb"], found["Ana Cruz/warmup.ipynb"]
    assert newest.status is None and older.status == "error"
    assert "ana_cruz-warmup (2).ipynb" in older.message
    assert newest.participant == older.participant == "Ana Cruz"  # one spelling per person
    assert found["Jose Reyes.ipynb"].status is None


def test_hidden_files_and_os_clutter_are_skipped(tmp_path: Path, catalogue: Catalogue) -> None:
    _write(tmp_path / "in" / "Ana Cruz" / "warmup.ipynb", _warmup())
    _write(tmp_path / "in" / "Ana Cruz" / ".ipynb_checkpoints" / "warmup-checkpoint.ipynb",
           _warmup())
    _write(tmp_path / "in" / ".DS_Store", b"\x00")
    _write(tmp_path / "in" / "Thumbs.db", b"\x00")
    _write(tmp_path / "in" / "Ana Cruz" / "notes.txt", "my notes")
    found = identify_all(tmp_path / "in", catalogue)
    assert sorted(sub.relative for sub in found) == ["Ana Cruz/notes.txt",
                                                     "Ana Cruz/warmup.ipynb"]
    assert {sub.relative: sub.status for sub in found}["Ana Cruz/notes.txt"] == "not_a_notebook"
