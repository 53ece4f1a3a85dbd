"""Grade a whole class: recognise the files, autograde them with nbgrader in parallel,
then write grades.csv, questions.csv, the feedback pages and the class report.

    OUT_DIR/grades.csv          one row per input file, whatever happened to it
    OUT_DIR/questions.csv       one row per question of every graded notebook
    OUT_DIR/feedback/<name>/    <assignment>.html per assignment, and index.html
    OUT_DIR/report.html         the class summary, with plots
    OUT_DIR/autograded/         nbgrader's autograded notebooks (for `score-lab feedback`)
    OUT_DIR/logs/               nbgrader's log for each notebook it could not grade
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from score_helpers.grading.autograde import NotebookTask, Outcome, Task, autograde_all
from score_helpers.grading.course import build_course, place_submission
from score_helpers.grading.feedback import write_feedback
from score_helpers.grading.identify import Catalogue, Submission, identify_all, load_catalogue
from score_helpers.grading.messages import TrainerError, say
from score_helpers.grading.report import write_report
from score_helpers.grading.results import (
    ERROR,
    GRADED,
    TAMPERED,
    TIMEOUT,
    NotebookResult,
    question_results,
    read_results,
    write_grades,
    write_questions,
)
from score_helpers.grading.sandbox import BUBBLEWRAP, sandbox_mode
from score_helpers.paths import REPO_DIR

MARKER = ".score-lab-grades"  # says an output folder was written by score-lab grade
MANAGED = ("feedback", "autograded", "logs")  # folders a new run deletes and writes again
OUR_NAMES = ("grades.csv", "questions.csv", "report.html", *MANAGED)
DEFAULT_TIMEOUT = 30


@dataclass(frozen=True)
class Summary:
    """What a grading run did, for the closing lines on the terminal."""

    rows: list[NotebookResult]
    out_dir: Path

    @property
    def graded(self) -> int:
        """Files that were autograded (graded, timeout or tampered)."""
        return sum(row.status in (GRADED, TIMEOUT, TAMPERED) for row in self.rows)

    @property
    def needs_look(self) -> int:
        """Files whose status is not plain `graded`."""
        return sum(row.status != GRADED for row in self.rows)


def default_workers() -> int:
    """One worker per CPU, plus one.

    A worker's kernel waits on messages part of the time (start-up, replies), so one
    extra worker keeps every CPU busy: on 2 CPUs, 3 workers grade a class about 20%
    faster than 2 (see benchmarks/grading.py).
    """
    return (os.cpu_count() or 1) + 1


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_folders(submissions_dir: Path, out_dir: Path) -> None:
    """Raise TrainerError, in plain words, for a folder problem the trainer can fix."""
    if not submissions_dir.exists():
        raise TrainerError(say("trainer_no_folder", folder=submissions_dir))
    if not submissions_dir.is_dir():
        raise TrainerError(say("trainer_not_a_folder", folder=submissions_dir))
    if _inside(out_dir.resolve(), submissions_dir.resolve()):
        suggestion = submissions_dir.resolve().parent / f"{submissions_dir.resolve().name}-results"
        raise TrainerError(say("trainer_out_inside", out=out_dir, folder=submissions_dir,
                               suggestion=suggestion))
    if any(_inside(submissions_dir.resolve(), (out_dir / name).resolve())
           for name in MANAGED):
        raise TrainerError(say("trainer_submissions_in_out", folder=submissions_dir,
                               out=out_dir))
    if out_dir.exists() and not (out_dir / MARKER).exists():
        clashes = [name for name in OUR_NAMES if (out_dir / name).exists()]
        if clashes:
            raise TrainerError(say("trainer_out_not_ours", out=out_dir,
                                   names=", ".join(clashes)))


def _prepare_out_dir(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / MARKER).write_text("Written by score-lab grade.\n", encoding="utf-8")
    for name in MANAGED:
        if (out_dir / name).exists():
            shutil.rmtree(out_dir / name)


def _tasks(submissions: list[Submission], locked: dict[tuple[str, str],
           dict[str, str]]) -> list[Task]:
    groups: dict[tuple[str, str], list[NotebookTask]] = {}
    for sub in submissions:
        assert sub.assignment and sub.notebook
        groups.setdefault((sub.participant_id, sub.assignment), []).append(NotebookTask(
            sub.notebook, sub.relative, locked[sub.assignment, sub.notebook], sub.size))
    return [Task(pid, assignment, tuple(notebooks))
            for (pid, assignment), notebooks in groups.items()]


def _max_score(catalogue: Catalogue, sub: Submission) -> float | None:
    if sub.assignment and sub.notebook:
        spec = catalogue.spec(sub.assignment, sub.notebook)
        return spec.max_score if spec else None
    if sub.assignment:
        return sum(spec.max_score for spec in catalogue.notebooks(sub.assignment)) or None
    return None


def result_row(sub: Submission, outcome: Outcome | None, catalogue: Catalogue,
               timeout: int) -> NotebookResult:
    """The grades.csv row of one input file, from what identify and autograde found."""
    row = NotebookResult(sub.participant, sub.assignment or "", None, _max_score(catalogue, sub),
                         sub.status or ERROR, sub.participant_id, sub.notebook or "",
                         sub.relative, sub.message)
    if sub.status is not None or outcome is None:
        return row
    if not outcome.graded:
        row.message = outcome.error
        return row
    row.questions = question_results(outcome.scores, outcome.messages, timeout)
    row.score = sum(points for points, _ in outcome.scores.values())
    row.max_score = sum(maximum for _, maximum in outcome.scores.values())
    notes = []
    if outcome.deleted:
        notes.append(say("trainer_tampered_deleted", cells=", ".join(outcome.deleted)))
    if outcome.changed:
        notes.append(say("trainer_tampered_changed", cells=", ".join(outcome.changed)))
    if outcome.timed_out:
        notes.append(say("trainer_timeout", seconds=timeout, where=", ".join(outcome.timed_out)))
    row.status = TAMPERED if outcome.deleted or outcome.changed else (
        TIMEOUT if outcome.timed_out else GRADED)
    row.message = " ".join(notes)
    return row


def _autograde(submissions: list[Submission], catalogue: Catalogue, solutions_dir: Path,
               out_dir: Path, timeout: int, workers: int, progress: bool
               ) -> dict[tuple[str, str, str], Outcome]:
    """Autograde the recognised submissions in a temporary course; keep its results."""
    outcomes: dict[tuple[str, str, str], Outcome] = {}
    if not submissions:
        return outcomes
    with tempfile.TemporaryDirectory(prefix="score-grade-",
                                     ignore_cleanup_errors=True) as temp:
        course = build_course(Path(temp) / "course", solutions_dir,
                              {sub.assignment for sub in submissions if sub.assignment})
        locked = {}
        for sub in submissions:
            assert sub.assignment and sub.notebook
            place_submission(course, sub.file, sub.participant_id, sub.assignment, sub.notebook)
            if (sub.assignment, sub.notebook) not in locked:
                locked[sub.assignment, sub.notebook] = course.locked_checksums(
                    sub.assignment, sub.notebook)
        tasks = _tasks(submissions, locked)
        for task, results, error in autograde_all(course, tasks, timeout=timeout,
                                                  workers=workers, progress=progress):
            for nb in task.notebooks:
                key = (task.participant_id, task.assignment, nb.notebook)
                found = [r for r in results or [] if r.notebook == nb.notebook]
                outcomes[key] = found[0] if found else Outcome(
                    *key, graded=False, error=say("trainer_worker_failed", error=error))
        for name in ("autograded", "logs"):
            if (course.root / name).exists():  # copyfile: nbgrader's read-only flag stays behind
                shutil.copytree(course.root / name, out_dir / name,
                                copy_function=shutil.copyfile)
    return outcomes


def grade_class(submissions_dir: Path, out_dir: Path, *, timeout: int = DEFAULT_TIMEOUT,
                workers: int | None = None, progress: bool = True,
                solutions_dir: Path | None = None) -> Summary:
    """Grade every file in submissions_dir into out_dir; see the module docstring.

    The original files are only read. Raises TrainerError for a folder problem.
    """
    submissions_dir, out_dir = Path(submissions_dir), Path(out_dir)
    solutions = Path(solutions_dir or REPO_DIR / "solutions")
    check_folders(submissions_dir, out_dir)
    catalogue = load_catalogue(solutions)
    if not catalogue.specs:
        raise TrainerError(say("trainer_no_assignments", folder=solutions))
    found = identify_all(submissions_dir, catalogue)
    if not found:
        raise TrainerError(say("trainer_empty_folder", folder=submissions_dir))
    to_grade = [sub for sub in found if sub.status is None]
    if progress:
        print(say("trainer_found", files=len(found), to_grade=len(to_grade)), flush=True)
        print(say("trainer_sandbox_on" if sandbox_mode() == BUBBLEWRAP
                  else "trainer_sandbox_off"), flush=True)
    _prepare_out_dir(out_dir)
    outcomes = _autograde(to_grade, catalogue, solutions, out_dir, timeout,
                          workers or default_workers(), progress)
    rows = [result_row(sub, outcomes.get((sub.participant_id, sub.assignment or "",
                                          sub.notebook or "")), catalogue, timeout)
            for sub in found]
    # The graded copy comes last for each participant and assignment: tools that keep
    # the last row per participant (the trainer dashboard) then show the graded one.
    rows.sort(key=lambda row: (row.participant.casefold(), row.assignment,
                               row.status in (GRADED, TIMEOUT, TAMPERED), row.file))
    write_grades(out_dir / "grades.csv", rows)
    write_questions(out_dir / "questions.csv", rows)
    write_feedback(out_dir, rows)
    write_report(out_dir, rows, date.today())
    return Summary(rows, out_dir)


def regenerate_feedback(out_dir: Path) -> Summary:
    """Write the feedback pages and report again from grades.csv, questions.csv and
    the autograded notebooks in out_dir, without running anything."""
    out_dir = Path(out_dir)
    if not (out_dir / "grades.csv").exists():
        raise TrainerError(say("trainer_out_missing", out=out_dir))
    rows = read_results(out_dir / "grades.csv", out_dir / "questions.csv")
    if (out_dir / "feedback").exists():
        shutil.rmtree(out_dir / "feedback")
    write_feedback(out_dir, rows)
    graded_on = date.fromtimestamp((out_dir / "grades.csv").stat().st_mtime)
    write_report(out_dir, rows, graded_on)
    return Summary(rows, out_dir)
