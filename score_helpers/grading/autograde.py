"""Autograde many submissions at once with nbgrader, in a pool of worker processes.

Each worker is started once and grades many submissions: nbgrader is imported once
per worker (inherited from the trainer's process where the platform can fork), and
each worker has its own copy of the gradebook database, so no two processes ever
write to the same SQLite file. Every submission runs through nbgrader's own
`Autograde` converter: output clearing, restoring of locked cells, execution with a
per-cell timeout, and saving of the grades.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from score_helpers.grading import ensure_tools_on_path, release
from score_helpers.grading.course import Course
from score_helpers.grading.messages import say
from score_helpers.grading.results import gradebook_scores, read_autograded

DEAD_KERNEL_SIGNS = ("DeadKernelError", "Kernel died")
_WORKER: dict[str, Any] = {}  # set in each worker process by _start_worker


@dataclass(frozen=True)
class NotebookTask:
    """One notebook to grade, with the checksums of the locked cells participants got."""

    notebook: str
    file: str
    locked: dict[str, str]
    size: int = 0


@dataclass(frozen=True)
class Task:
    """Everything one participant handed in for one assignment: one nbgrader autograde."""

    participant_id: str
    assignment: str
    notebooks: tuple[NotebookTask, ...]


@dataclass
class Outcome:
    """What grading one notebook gave: scores and messages, or why it failed."""

    participant_id: str
    assignment: str
    notebook: str
    graded: bool
    scores: dict[str, tuple[float, float]] = field(default_factory=dict)
    messages: dict[str, str] = field(default_factory=dict)
    timed_out: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    error: str = ""


def tamper_check(submitted: Path, locked: dict[str, str]) -> tuple[list[str], list[str]]:
    """The locked cells a participant deleted, and those whose content changed.

    Compares nbgrader's checksum of each submitted locked cell with the checksum in the
    released notebook (the gradebook's own checksum includes the hidden tests, which
    participants never had, so it cannot be used for this).
    """
    import nbformat
    from nbgrader.utils import compute_checksum

    notebook = json.loads(submitted.read_text(encoding="utf-8-sig"))
    seen: dict[str, str] = {}
    for cell in notebook.get("cells", []):
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if grade_id in locked and grade_id not in seen:
            source = cell.get("source", "")  # saved as a list of lines, read as one text
            cell = {**cell, "source": "".join(source) if isinstance(source, list) else source}
            try:
                seen[grade_id] = compute_checksum(nbformat.from_dict(cell))
            except Exception:  # broken nbgrader metadata counts as a change
                seen[grade_id] = ""
    deleted = [grade_id for grade_id in locked if grade_id not in seen]
    changed = [grade_id for grade_id, checksum in seen.items() if checksum != locked[grade_id]]
    return deleted, changed


def _start_worker(course_root: str, timeout: int, log_path: str) -> None:
    """Prepare a worker process: quiet output, no progress events, its own gradebook."""
    os.environ["SCORE_PROGRESS"] = "off"
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.dup2(log, 2)  # kernels inherit this: their warnings go to the log, not the terminal
    ensure_tools_on_path()
    course = Course(Path(course_root))
    db_path = course.root / f"gradebook-worker-{os.getpid()}.db"
    shutil.copyfile(course.db_path, db_path)
    config = release.nbgrader_config(course.root, db_path, "source", "release")
    config.Execute.timeout = timeout
    config.Execute.shutdown_kernel = "immediate"  # a graded kernel has nothing to save
    config.Autograde.create_student = True
    from nbgrader.converters import Autograde  # imported once per worker
    from nbgrader.preprocessors import Execute

    from score_helpers.grading.execute import SandboxedExecute

    steps = Autograde().autograde_preprocessors   # nbgrader's own list, in its order
    config.Autograde.autograde_preprocessors = [SandboxedExecute if step is Execute else step
                                                for step in steps]

    _WORKER.update(course=course, config=config, db_url=f"sqlite:///{db_path}",
                   timeout=timeout, converter=Autograde)


def run_nbgrader(participant_id: str, assignment: str) -> dict[str, Any]:
    """nbgrader autograde for one participant's assignment; its success flag and log."""
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.utils import capture_log

    config = _WORKER["config"]
    coursedir = CourseDirectory(config=config)
    coursedir.assignment_id = assignment
    coursedir.student_id = participant_id
    app = _WORKER["converter"](coursedir=coursedir, config=config)
    app.force = True
    return capture_log(app)


def grade_task(task: Task) -> list[Outcome]:
    """Grade one Task in this worker: tamper check, nbgrader autograde, read the results."""
    course: Course = _WORKER["course"]
    checks = {nb.notebook: tamper_check(course.submitted(task.participant_id, task.assignment,
                                                         nb.notebook), nb.locked)
              for nb in task.notebooks}
    run = run_nbgrader(task.participant_id, task.assignment)
    log_text = f"{run.get('log', '')}\n{run.get('error', '')}"
    outcomes = []
    for nb in task.notebooks:
        deleted, changed = checks[nb.notebook]
        outcome = Outcome(task.participant_id, task.assignment, nb.notebook, False,
                          deleted=deleted, changed=changed)
        graded = course.autograded / task.participant_id / task.assignment / f"{nb.notebook}.ipynb"
        if run.get("success") and graded.exists():
            outcome.graded = True
            outcome.scores = gradebook_scores(_WORKER["db_url"], task.participant_id,
                                              task.assignment, nb.notebook)
            outcome.messages, outcome.timed_out = read_autograded(graded, _WORKER["timeout"])
        else:
            log_file = course.root / "logs" / f"{task.participant_id}-{task.assignment}.log"
            log_file.parent.mkdir(parents=True, exist_ok=True)
            log_file.write_text(log_text, encoding="utf-8")
            outcome.error = (say("trainer_kernel_stopped")
                             if any(sign in log_text for sign in DEAD_KERNEL_SIGNS)
                             else say("trainer_autograde_failed",
                                      log=f"logs/{log_file.name}"))
        outcomes.append(outcome)
    return outcomes


def _context() -> multiprocessing.context.BaseContext:
    """Fork where the platform can (workers inherit the imported nbgrader); else spawn."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def autograde_all(course: Course, tasks: Sequence[Task], *, timeout: int, workers: int,
                  progress: bool = True) -> Iterator[tuple[Task, list[Outcome] | None, str]]:
    """Grade every task in a pool of `workers` processes, largest files first.

    Yields (task, outcomes, "") as each finishes, or (task, None, error) when the
    worker itself failed; a tqdm bar shows progress on the terminal.
    """
    from tqdm import tqdm

    if not tasks:
        return
    log_path = str(course.root / "workers.log")
    ordered = sorted(tasks, key=lambda t: -sum(nb.size for nb in t.notebooks))
    with ProcessPoolExecutor(max_workers=max(1, min(workers, len(ordered))),
                             mp_context=_context(), initializer=_start_worker,
                             initargs=(str(course.root), timeout, log_path)) as pool:
        futures: dict[Future[list[Outcome]], Task] = {pool.submit(grade_task, t): t
                                                      for t in ordered}
        with tqdm(total=len(futures), desc=say("trainer_progress"), unit="notebook",
                  disable=not progress, file=sys.stderr, dynamic_ncols=True) as bar:
            for future in as_completed(futures):
                task = futures[future]
                try:
                    yield task, future.result(), ""
                except Exception as error:  # a worker crashed: report it, keep going
                    yield task, None, f"{type(error).__name__}: {error}"
                bar.update(1)
