"""Class progress: status per question, who is stuck now, the gradebook merge, the sample class."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from score_helpers.exercises.progress import read_events, slug
from score_helpers.grading import classroom
from score_helpers.grading.sample_class import write_sample_class
from score_helpers.widgets.trainer_dashboard import render_dashboard

NOW = pd.Timestamp("2025-08-14T06:00:00Z")
MODULE = "00_welcome"


def event(minutes_ago: float, participant: str, question: str, kind: str = "check",
          result: str | None = None, hint: int | None = None) -> dict[str, object]:
    """One progress-log line, `minutes_ago` before NOW."""
    time = (NOW - pd.Timedelta(minutes=minutes_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"time": time, "participant": participant, "module": MODULE, "question": question,
            "event": kind, "result": result, "hint": hint}


def log(folder: Path, *entries: dict[str, object]) -> pd.DataFrame:
    """Write the entries as progress files (one per participant) and read them back."""
    folder.mkdir(parents=True, exist_ok=True)
    for entry in entries:
        path = folder / f"{slug(str(entry['participant']))}.jsonl"
        with path.open("a", encoding="utf-8") as file:
            file.write(json.dumps(entry) + "\n")
    return read_events(folder)


def test_question_status_counts_attempts_hints_and_solutions(tmp_path: Path) -> None:
    events = log(tmp_path,
                 event(50, "Ana Cruz", "q1", result="not_attempted"),
                 event(45, "Ana Cruz", "q1", result="not_yet"),
                 event(44, "Ana Cruz", "q1", "hint", hint=1),
                 event(43, "Ana Cruz", "q1", "hint", hint=2),
                 event(40, "Ana Cruz", "q1", result="correct"),
                 event(30, "Ana Cruz", "q10", result="not_attempted"),
                 event(20, "Jose Santos", "q2", "hint"),
                 event(19, "Jose Santos", "q2", "solution"))
    status = classroom.question_status(events).set_index(["participant", "question"])
    ana = status.loc[("Ana Cruz", "q1")]
    assert (ana["attempted"], ana["correct"], ana["checks"], ana["hints_used"],
            ana["solution_viewed"]) == (True, True, 3, 2, False)
    assert ana["last_activity"] == NOW - pd.Timedelta(minutes=40)
    blank = status.loc[("Ana Cruz", "q10")]
    assert not blank["attempted"] and not blank["correct"] and blank["checks"] == 1
    jose = status.loc[("Jose Santos", "q2")]
    assert jose["hints_used"] == 1 and jose["solution_viewed"] and jose["checks"] == 0
    assert list(status.index.get_level_values("question")) == ["q1", "q10", "q2"]
    assert classroom.question_status(read_events(tmp_path / "none")).empty


def test_questions_sort_as_numbers() -> None:
    assert sorted(["q10", "q2", "q1"], key=classroom.question_order) == ["q1", "q2", "q10"]


def test_who_is_stuck_now(tmp_path: Path) -> None:
    events = log(tmp_path,
                 # Ana: right after four tries: not stuck
                 *(event(m, "Ana Cruz", "q2", result="not_yet") for m in (12, 10, 8, 6)),
                 event(4, "Ana Cruz", "q2", result="correct"),
                 # Jose: three tries in the window, two hints, nothing right: stuck
                 event(11, "Jose Santos", "q3", result="not_yet"),
                 event(10, "Jose Santos", "q3", "hint", hint=1),
                 event(9, "Jose Santos", "q3", "hint", hint=2),
                 event(7, "Jose Santos", "q3", result="not_yet"),
                 event(2, "Jose Santos", "q3", result="not_yet"),
                 # Liza: struggled an hour ago, outside the window: not stuck now
                 *(event(m, "Liza Aquino", "q1", result="not_yet") for m in (70, 65, 60, 55)),
                 # Ramon: only two tries: not stuck yet
                 event(5, "Ramon Garcia", "q4", result="not_yet"),
                 event(3, "Ramon Garcia", "q4", result="not_yet"),
                 # Maria: right earlier, then changed her answer and failed four times: stuck
                 event(30, "Maria Reyes", "q1", result="correct"),
                 *(event(m, "Maria Reyes", "q1", result="not_yet") for m in (14, 13, 5, 1)))
    stuck = classroom.stuck_participants(events, now=NOW)
    assert list(stuck["participant"]) == ["Maria Reyes", "Jose Santos"]  # most tries first
    jose = stuck.set_index("participant").loc["Jose Santos"]
    assert (jose["module"], jose["question"], jose["checks"], jose["hints_used"],
            jose["minutes_stuck"]) == (MODULE, "q3", 3, 2, 11)
    assert list(stuck.columns) == classroom.STUCK_COLUMNS


def test_stuck_window_and_threshold_are_parameters(tmp_path: Path) -> None:
    events = log(tmp_path, *(event(m, "Liza Aquino", "q1", result="not_yet")
                             for m in (70, 65, 60, 55)))
    assert classroom.stuck_participants(events, now=NOW).empty
    wide = classroom.stuck_participants(events, now=NOW, window_minutes=90)
    assert list(wide["checks"]) == [4] and list(wide["minutes_stuck"]) == [70]
    assert classroom.stuck_participants(events, now=NOW, window_minutes=90, min_checks=5).empty


def test_merge_grades_joins_the_gradebook_and_questions_beside_it(tmp_path: Path) -> None:
    events = log(tmp_path / "progress",
                 event(9, "Ana Cruz", "q1", result="correct"),
                 event(8, "Ana Cruz", "q2", result="correct"),
                 event(7, "Jose Santos", "q1", result="not_yet"))
    pd.DataFrame({"participant": ["ana_cruz", "Jose Santos", "Liza Aquino"],
                  "assignment": [MODULE] * 3, "score": [4, None, 2],
                  "max_score": [10, 10, 10], "status": ["graded", "timeout", "graded"]},
                 ).to_csv(tmp_path / "grades.csv", index=False)
    pd.DataFrame({"participant": ["ana_cruz"] * 2, "assignment": [MODULE] * 2,
                  "question": ["q1", "q2"], "points": [2, 0], "max_points": [2, 2],
                  "passed": [True, False]}).to_csv(tmp_path / "questions.csv", index=False)
    overview = classroom.merge_grades(classroom.question_status(events), tmp_path / "grades.csv")
    assert list(overview.columns) == classroom.OVERVIEW_COLUMNS
    rows = overview.set_index("participant")
    assert list(rows.index) == ["Ana Cruz", "Jose Santos", "Liza Aquino"]  # the log's spelling
    assert rows.loc["Ana Cruz", "questions_correct"] == 2
    assert rows.loc["Ana Cruz", "questions_passed"] == 1
    assert rows.loc["Ana Cruz", "score"] == 4 and rows.loc["Ana Cruz", "status"] == "graded"
    assert rows.loc["Jose Santos", "status"] == "timeout"
    assert pd.isna(rows.loc["Jose Santos", "score"])
    assert rows.loc["Liza Aquino", "questions_correct"] == 0  # graded, but no log here


def test_merge_grades_without_a_gradebook_still_counts_the_log(tmp_path: Path) -> None:
    events = log(tmp_path, event(9, "Ana Cruz", "q1", result="correct"))
    overview = classroom.merge_grades(classroom.question_status(events), None)
    assert overview.to_dict("records")[0]["questions_correct"] == 1
    assert pd.isna(overview.loc[0, "status"])


@pytest.mark.parametrize(("content", "problem"), [
    (b"participant,assignment,score\nAna,00_welcome,3\n", "no column max_score, status"),
    (b"\x00\x01\xff\xfe garbage", "could not be read"),
    (b"", "could not be read"),
])
def test_a_broken_gradebook_is_named_with_its_problem(tmp_path: Path, content: bytes,
                                                      problem: str) -> None:
    path = tmp_path / "grades.csv"
    path.write_bytes(content)
    with pytest.raises(classroom.GradesError, match=problem) as error:
        classroom.read_grades(path)
    assert str(path) in str(error.value)
    with pytest.raises(classroom.GradesError, match="was not found"):
        classroom.read_grades(tmp_path / "missing.csv")


def test_the_sample_class_has_exactly_one_stuck_participant(tmp_path: Path) -> None:
    grades_path = write_sample_class(tmp_path, now=NOW)
    events = read_events(tmp_path)
    assert events["participant"].nunique() == 12 == len(list(tmp_path.glob("*.jsonl")))
    assert events["time"].max() <= NOW
    stuck = classroom.stuck_participants(events, now=NOW)
    assert len(stuck) == 1
    assert stuck.loc[0, "checks"] >= 3 and stuck.loc[0, "minutes_stuck"] <= 15
    grades = classroom.read_grades(grades_path)
    assert set(grades["participant"]) == set(events["participant"])
    assert {"graded", "timeout"} <= set(grades["status"])
    status = classroom.question_status(events)
    assert status["correct"].any() and (status["attempted"] & ~status["correct"]).any()
    again = tmp_path / "again"
    write_sample_class(again, now=NOW)
    assert read_events(again).equals(events)  # same seed, same class


def test_the_dashboard_escapes_names_and_explains_problems(tmp_path: Path) -> None:
    log(tmp_path / "progress", event(5, "<b>Ana</b> & Co", "q1", result="correct"))
    (tmp_path / "grades.csv").write_text("just,one,column\n1,2,3\n")
    view = render_dashboard(tmp_path / "progress", tmp_path / "grades.csv", now=NOW,
                            clock_text="14:05")
    assert "&lt;b&gt;Ana&lt;/b&gt; &amp; Co" in view.grid and "<b>Ana</b>" not in view.grid
    assert "class='trainer-grid'" in view.grid and "✔" in view.grid
    assert view.status == "Last refreshed 14:05 · 1 participant · 1 event"
    assert any("grades.csv" in note and "only" in note for note in view.notes)
    assert "Nobody is stuck right now." in view.stuck
    missing = render_dashboard(tmp_path / "nowhere")
    assert "does not exist yet" in missing.notes[0] and missing.grid == ""
