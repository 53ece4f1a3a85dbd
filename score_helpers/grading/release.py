"""`score-lab release`: bring solutions/ in step with the exercise sets, then generate
exercises/ from it with nbgrader's generate_assignment."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from score_helpers.grading import ensure_tools_on_path
from score_helpers.grading.solution_sync import sync_solutions
from score_helpers.paths import REPO_DIR


class ReleaseError(RuntimeError):
    """nbgrader could not generate an assignment; the message carries its log."""


def assignments(solutions_dir: Path | None = None) -> list[str]:
    """The assignment names: one folder per curriculum module in solutions/."""
    root = solutions_dir or REPO_DIR / "solutions"
    return sorted(p.name for p in root.iterdir()
                  if p.is_dir() and any(p.glob("*.ipynb")) and not p.name.startswith("."))


def nbgrader_config(course_root: Path, db_path: Path, source: str = "solutions",
                    release: str = "exercises") -> object:
    """The nbgrader configuration for a course folder: our layout and the ____ stub."""
    from traitlets.config import Config

    config = Config()
    config.CourseDirectory.root = str(course_root)
    config.CourseDirectory.source_directory = source
    config.CourseDirectory.release_directory = release
    config.CourseDirectory.db_url = f"sqlite:///{db_path}"
    config.ClearSolutions.code_stub = {"python": "____"}
    config.ClearSolutions.text_stub = "Write your answer here."
    return config


def generate(course_root: Path, assignment: str, db_path: Path, *, source: str = "solutions",
             release: str = "exercises") -> None:
    """Run nbgrader's generate_assignment for one assignment of the course at course_root."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    ensure_tools_on_path()
    config = nbgrader_config(course_root, db_path, source, release)
    api = NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
    outcome = api.generate_assignment(assignment, force=True, create=True)
    if not outcome.get("success"):
        raise ReleaseError(f"nbgrader could not generate {assignment}:\n"
                           f"{outcome.get('log')}\n{outcome.get('error')}")


def release_all(out_dir: Path | None = None, solutions_dir: Path | None = None, *,
                update_solutions: bool = False,
                report: Callable[[str], None] | None = None) -> list[Path]:
    """Generate every assignment's participant notebooks into out_dir (default exercises/).

    First each solution notebook is brought in step with its exercise set (import line,
    points, headings, question count; see solution_sync). With `update_solutions` the
    notebooks that changed are written back to the solutions folder (what `score-lab
    release` does), and `report` gets one line per change. The work happens in a temporary
    course folder, and the gradebook database nbgrader needs is thrown away afterwards.
    """
    solutions = solutions_dir or REPO_DIR / "solutions"
    target = out_dir or REPO_DIR / "exercises"
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="score-release-") as temp:
        course = Path(temp)
        shutil.copytree(solutions, course / "solutions",
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
        for synced, changes in sync_solutions(course / "solutions").items():
            relative = synced.relative_to(course / "solutions")
            for change in changes:
                (report or (lambda line: None))(f"solutions/{relative}: {change}")
            if update_solutions:
                shutil.copyfile(synced, solutions / relative)
        for assignment in assignments(course / "solutions"):
            generate(course, assignment, course / "gradebook.db")
            built = course / "exercises" / assignment
            destination = target / assignment
            if destination.exists():
                shutil.rmtree(destination)
            shutil.copytree(built, destination)
            written += sorted(destination.rglob("*.ipynb"))
    return written
