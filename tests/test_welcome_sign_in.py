"""Sign-in (issue 17): module 00 asks for the participant's own name, whoami refuses the blank
and the course's example names without saving anything, and the trainer dashboard never
shows an example name as a participant (it says how many entries it left out)."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from score_helpers.exercises import ____, progress
from score_helpers.exercises.participant_names import (
    is_sample_name,
    refusal_message,
    without_sample_names,
)
from score_helpers.widgets.trainer_dashboard import render_dashboard
from tests.conftest import REPO
from tests.test_progress import folders  # noqa: F401 - private progress/config folders

NOTEBOOK = REPO / "modules" / "00_welcome.ipynb"
REFUSED = [____, "____", "  ____  ", ..., "...", "???", "Ana Cruz", "  ana   CRUZ ",
           "ANA CRUZ.", "Juan dela Cruz", "Juan Dela Cruz", "Juan de la Cruz", "Your Name",
           "your name here", "Pangalan", "Ána Crúz"]
ACCEPTED = ["Rosa Dizon", "Ana B. Cruz", "Juanito Cruz", "Maria Clara Reyes", "Niño Castillo"]


# ---- which names are refused ------------------------------------------------------------------

@pytest.mark.parametrize("name", REFUSED, ids=repr)
def test_the_blank_and_example_names_are_sample_names(name: object) -> None:
    assert is_sample_name(name)


@pytest.mark.parametrize("name", ACCEPTED)
def test_real_names_are_not_sample_names(name: str) -> None:
    assert not is_sample_name(name)
    assert refusal_message(name) is None


@pytest.mark.parametrize("name", REFUSED, ids=repr)
@pytest.mark.usefixtures("folders")
def test_whoami_refuses_kindly_and_saves_nothing(name: object, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    message = progress.whoami(name)  # type: ignore[arg-type]
    printed = capsys.readouterr().out
    assert message in printed and "own first and last name" in message
    assert "Hello" not in message
    assert not (tmp_path / "config").exists(), "nothing may be saved for an example name"
    progress.record("00_welcome", "q1", "check", result="correct")
    written = [path.stem for path in (tmp_path / "progress").glob("*.jsonl")]
    assert written and all(not is_sample_name(stem.replace("-", " ")) for stem in written)


@pytest.mark.usefixtures("folders")
def test_an_example_name_is_named_and_a_real_one_gets_a_way_out(tmp_path: Path) -> None:
    message = progress.whoami("Juan dela Cruz")
    assert '"Juan dela Cruz" is an example name' in message
    assert "middle initial" in message
    assert progress.whoami("Juan P. dela Cruz").startswith("Hello, Juan P. dela Cruz!")
    saved = json.loads((tmp_path / "config" / "participant.json").read_text(encoding="utf-8"))
    assert saved == {"name": "Juan P. dela Cruz"}


@pytest.mark.usefixtures("folders")
def test_a_refusal_keeps_the_name_saved_before() -> None:
    progress.whoami("Rosa Dizon")
    progress.whoami(____)  # Run All again later: the blank is still in the cell
    assert progress.current_participant() == "Rosa Dizon"


@pytest.mark.usefixtures("folders")
def test_an_example_name_saved_by_an_older_course_is_ignored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "participant.json").write_text('{"name": "Ana Cruz"}')
    monkeypatch.setattr(progress.getpass, "getuser", lambda: "worker7")
    assert progress.current_participant() == "worker7"


@pytest.mark.usefixtures("folders")
def test_the_refusal_in_filipino(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_LANG", "fil")
    assert progress.whoami("____").startswith("Wala pang naka-save na pangalan.")
    assert "Halimbawang pangalan lang" in progress.whoami("Ana Cruz")
    assert not (tmp_path / "config").exists()


# ---- the trainer dashboard ----------------------------------------------------------------------

def _event(name: str, question: str, result: str = "correct", minute: int = 0) -> dict:
    return {"time": f"2025-08-14T01:{minute:02d}:00Z", "participant": name,
            "module": "00_welcome", "question": question, "event": "check",
            "result": result, "hint": None}


def _write_log(folder: Path, *events: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for event in events:
        path = folder / f"{progress.slug(event['participant'])}.jsonl"
        with path.open("a", encoding="utf-8") as log:
            log.write(json.dumps(event) + "\n")


def test_the_dashboard_leaves_example_names_out_and_says_how_many(tmp_path: Path) -> None:
    folder = tmp_path / "progress"
    _write_log(folder, _event("Rosa Dizon", "q1"), _event("Ana Cruz", "q1", minute=1),
               _event("Ana Cruz", "q2", "not_yet", minute=2), _event("Your Name", "q1", minute=3),
               _event("Ben Santos", "q2", "not_yet", minute=4))
    grades = tmp_path / "grades.csv"
    grades.write_text("participant,assignment,score,max_score,status\n"
                      "Rosa Dizon,00_welcome,7,7,graded\nJuan dela Cruz,00_welcome,2,7,graded\n",
                      encoding="utf-8")
    view = render_dashboard(folder, grades)
    for shown in ("Rosa Dizon", "Ben Santos"):
        assert f">{shown}</th>" in view.grid
    for hidden in ("Ana Cruz", "Your Name", "Juan dela Cruz"):
        assert hidden not in view.grid and hidden not in view.stuck
    assert "2 participants" in view.status and "2 events" in view.status
    note = next(note for note in view.notes if "example names" in note)
    assert note.startswith("Not shown (4 in all): entries under example names "
                           "(Ana Cruz, Your Name, Juan dela Cruz)")


def test_a_log_of_real_names_has_no_note(tmp_path: Path) -> None:
    _write_log(tmp_path, _event("Rosa Dizon", "q1"))
    view = render_dashboard(tmp_path)
    assert view.notes == [] and ">Rosa Dizon</th>" in view.grid


def test_without_sample_names_keeps_the_read_counts() -> None:
    import pandas as pd

    frame = pd.DataFrame({"participant": ["Ana Cruz", "Rosa Dizon", "____"]})
    frame.attrs["skipped_lines"] = 2
    kept, names, count = without_sample_names(frame)
    assert list(kept["participant"]) == ["Rosa Dizon"] and kept.attrs["skipped_lines"] == 2
    assert (names, count) == (["Ana Cruz", "____"], 2)


# ---- module 00 itself ---------------------------------------------------------------------------

def test_the_name_cell_is_a_blank_to_fill_not_a_sample_name() -> None:
    cells = nbformat.read(NOTEBOOK, as_version=4).cells
    name_cell = next(c.source for c in cells if "whoami(" in c.source and c.cell_type == "code")
    assert 'my_name = "____"' in name_cell and "whoami(my_name)" in name_cell
    for cell in cells:
        assert 'whoami("' not in cell.source, "the notebook must not sign anyone in by itself"


def test_running_module_00_from_top_to_bottom_saves_no_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run All (as nbval does) leaves no name and no progress line behind."""
    config, logs = tmp_path / "config", tmp_path / "progress"
    monkeypatch.setenv("SCORE_CONFIG_DIR", str(config))
    monkeypatch.setenv("SCORE_PROGRESS_DIR", str(logs))
    monkeypatch.delenv("SCORE_PARTICIPANT", raising=False)
    monkeypatch.delenv("SCORE_PROGRESS", raising=False)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    name_cell = next(c for c in notebook.cells if "whoami(my_name)" in c.source)
    shown = "".join(output.get("text", "") for output in name_cell.outputs)
    assert "No name saved yet" in shown
    assert not (config / "participant.json").exists()
    assert not logs.exists() or not any(logs.iterdir())
