"""Benchmark: `score-lab grade` against plain sequential `nbgrader autograde` on one class.

Builds a synthetic class from exercises/00_welcome/warmup.ipynb: about 40% perfect,
40% with one to three typical mistakes, 20% mostly blank. Then grades it twice, in the
same run and from the same files:

  (a) `score-lab grade SUBMISSIONS --out OUT` (a subprocess, as a trainer runs it:
      identify, generate, parallel autograde, CSVs, feedback pages and report);
  (b) `nbgrader autograde 00_welcome` in a standard course folder (a subprocess, one
      process for all students; generate_assignment is done before the clock starts).

It prints both times, the speed-up ratio, and a warning line if any participant's total
differs between the two.

    .venv/bin/python benchmarks/grading.py [--participants 30] [--workers N] [--repeat 3]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from score_helpers.grading.sample_answers import WARMUP_RIGHT, fill_answers

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
EXERCISE = REPO / "exercises" / "00_welcome" / "warmup.ipynb"
ASSIGNMENT = "00_welcome"
RIGHT = WARMUP_RIGHT
TARGET = 1.8   # issue 18: grading ≥ 1.8× sequential nbgrader on 2 cores, every paired run
MISTAKES = {
    "q1_answer": ["units_produced / defects", "defects / (units_produced - defects)",
                  "defects / units_produced * 100"],
    "q2_answer": ['"A"', '"C"', '"D"'],
    "q3_answer": ["False"],
    "q4_answer": ["len(production)"],
    "q5_answer": ['"A"', '"C"', '"D"'],
    "q6_answer": ['"AI helps"'],
}
FIRST = ["Ana", "Jose", "Maria", "Juan", "Liza", "Mark", "Grace", "Paolo", "Rosa", "Ramon",
         "Joy", "Carlo", "Divina", "Emil", "Fe"]
LAST = ["Cruz", "Reyes", "Santos", "Garcia", "Mendoza", "Bautista", "dela Cruz", "Ramos",
        "Aquino", "Villanueva", "Castro", "Torres"]


def slug(name: str) -> str:
    """The participant id score-lab grade derives from a name."""
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def synthetic_class(size: int, seed: int = 2025) -> dict[str, dict]:
    """name → notebook: ~40% perfect, ~40% with 1-3 typical mistakes, ~20% mostly blank."""
    rng = random.Random(seed)
    blank = json.loads(EXERCISE.read_text(encoding="utf-8"))
    names = rng.sample([f"{first} {last}" for first in FIRST for last in LAST], size)
    notebooks = {}
    for index, name in enumerate(names):
        kind = index % 5
        if kind in (0, 1):
            answers = dict(RIGHT)
        elif kind in (2, 3):
            answers = dict(RIGHT)
            for question in rng.sample(sorted(MISTAKES), rng.randint(1, 3)):
                answers[question] = rng.choice(MISTAKES[question])
        else:
            kept = rng.sample(sorted(RIGHT), rng.randint(0, 1))
            answers = {question: RIGHT[question] for question in kept}
        notebooks[name] = fill_answers(blank, answers)
    return notebooks


def write_submissions(notebooks: dict[str, dict], folder: Path) -> None:
    """As they arrive: folders per participant, and loose files named in several ways."""
    for index, (name, notebook) in enumerate(notebooks.items()):
        text = json.dumps(notebook, indent=1)
        style = index % 3
        if style == 0:
            path = folder / name / "warmup.ipynb"
        elif style == 1:
            path = folder / f"{name.replace(' ', '_')}-00_welcome (2).ipynb"
        else:
            path = folder / f"warmup - {name}.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def nbgrader_course(notebooks: dict[str, dict], root: Path) -> None:
    """A standard nbgrader course folder, generated, with every student submitted."""
    shutil.copytree(REPO / "solutions", root / "source")
    (root / "nbgrader_config.py").write_text(
        "c = get_config()\n"
        "c.CourseDirectory.source_directory = 'source'\n"
        "c.CourseDirectory.release_directory = 'release'\n"
        "c.CourseDirectory.db_url = 'sqlite:///gradebook.db'\n"
        "c.ClearSolutions.code_stub = {'python': '____'}\n"
        "c.Execute.timeout = 30\n", encoding="utf-8")
    run([str(BIN / "nbgrader"), "generate_assignment", ASSIGNMENT, "--force"], root)
    for name, notebook in notebooks.items():
        target = root / "submitted" / slug(name) / ASSIGNMENT / "warmup.ipynb"
        target.parent.mkdir(parents=True)
        target.write_text(json.dumps(notebook, indent=1), encoding="utf-8")


def run(command: list[str], cwd: Path) -> float:
    """Run a command quietly; return its wall time in seconds (fails loudly)."""
    env = {**os.environ, "SCORE_PROGRESS": "off",
           "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return elapsed


def nbgrader_totals(root: Path) -> dict[str, float]:
    """student id → total score, from the nbgrader course's gradebook."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        return {sub.student_id: float(sub.score)
                for sub in gradebook.assignment_submissions(ASSIGNMENT)}


def score_lab_totals(out: Path) -> dict[str, float]:
    """participant id → total score, from score-lab's grades.csv."""
    with (out / "grades.csv").open(encoding="utf-8") as handle:
        return {row["participant_id"]: float(row["score"] or 0) for row in csv.DictReader(handle)}


def main() -> int:
    """Build the class, time both graders, compare their totals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=30)
    parser.add_argument("--workers", type=int, default=None, help="score-lab grade --workers")
    parser.add_argument("--repeat", type=int, default=3,
                        help="paired runs (each grader once per pair); the median is printed")
    args = parser.parse_args()
    notebooks = synthetic_class(args.participants)
    ours_times, theirs_times = [], []
    with tempfile.TemporaryDirectory(prefix="score-bench-") as temp:
        work = Path(temp)
        write_submissions(notebooks, work / "submissions")
        for attempt in range(args.repeat):
            course, out = work / f"course-{attempt}", work / f"out-{attempt}"
            nbgrader_course(notebooks, course)
            command = [str(BIN / "score-lab"), "grade", str(work / "submissions"),
                       "--out", str(out)]
            if args.workers:
                command += ["--workers", str(args.workers)]
            # Alternate which runs first, so a slow spell of the machine hits both.
            if attempt % 2:
                ours_times.append(run(command, work))
            theirs_times.append(run([str(BIN / "nbgrader"), "autograde", ASSIGNMENT], course))
            if not attempt % 2:
                ours_times.append(run(command, work))
        ours, theirs = statistics.median(ours_times), statistics.median(theirs_times)
        ratios = [t / o for t, o in zip(theirs_times, ours_times, strict=True)]
        print(f"class: {len(notebooks)} participants, {os.cpu_count()} CPUs, "
              f"workers: {args.workers or 'default'}")
        print(f"(a) score-lab grade:                {ours:6.1f} s  "
              f"(runs: {', '.join(f'{t:.1f}' for t in ours_times)})")
        print(f"(b) nbgrader autograde, sequential: {theirs:6.1f} s  "
              f"(runs: {', '.join(f'{t:.1f}' for t in theirs_times)})")
        verdict = "meets" if min(ratios) >= TARGET else "MISSES"
        print(f"speed-up (b)/(a): {statistics.median(ratios):.2f}x median of paired runs "
              f"({', '.join(f'{r:.2f}' for r in ratios)}); lowest {min(ratios):.2f}x "
              f"({verdict} the ≥ {TARGET}x target in every paired run)")
        expected, found = nbgrader_totals(course), score_lab_totals(out)
        differ = sorted(pid for pid in expected.keys() | found.keys()
                        if expected.get(pid) != found.get(pid))
        if differ:
            print(f"WARNING: totals differ for {len(differ)} participant(s): "
                  + ", ".join(f"{pid} nbgrader={expected.get(pid)} score-lab={found.get(pid)}"
                              for pid in differ))
        else:
            print(f"totals agree for all {len(expected)} participants "
                  f"(class mean {statistics.mean(expected.values()):.2f} points)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
