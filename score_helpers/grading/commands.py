"""`score-lab grade` and `score-lab feedback`: the class grading commands.

    score-lab grade SUBMISSIONS_DIR --out OUT_DIR [--timeout 30] [--workers N]
    score-lab feedback --out OUT_DIR
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from score_helpers.grading.messages import TrainerError, say


def _positive_int(name: str) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(say("trainer_positive", name=name)) from None
        if value < 1:
            raise argparse.ArgumentTypeError(say("trainer_positive", name=name))
        return value
    return parse


def _grade(args: argparse.Namespace) -> int:
    from score_helpers.grading import pipeline

    started = time.monotonic()
    try:
        summary = pipeline.grade_class(Path(args.submissions), Path(args.out),
                                       timeout=args.timeout, workers=args.workers)
    except TrainerError as error:
        print(error)
        return 1
    except KeyboardInterrupt:
        print(say("trainer_stopped"))
        return 130
    print(say("trainer_done", graded=summary.graded, files=len(summary.rows),
              seconds=time.monotonic() - started, out=summary.out_dir))
    if summary.needs_look:
        print(say("trainer_needs_look", count=summary.needs_look,
                  csv=summary.out_dir / "grades.csv"))
    return 0


def _feedback(args: argparse.Namespace) -> int:
    from score_helpers.grading import pipeline

    try:
        summary = pipeline.regenerate_feedback(Path(args.out))
    except TrainerError as error:
        print(error)
        return 1
    participants = len({row.participant_id or row.participant for row in summary.rows})
    print(say("trainer_feedback_done", participants=participants,
              report=summary.out_dir / "report.html"))
    return 0


def register_cli(subparsers: Any) -> None:
    """Add the `grade` and `feedback` sub-commands to score-lab's parser."""
    grade = subparsers.add_parser(
        "grade", help="grade a folder of participant notebooks with nbgrader",
        description="Grade every notebook in SUBMISSIONS_DIR with nbgrader and write "
                    "grades.csv, questions.csv, feedback pages and a class report to OUT_DIR. "
                    "The original files are never changed.")
    grade.add_argument("submissions", metavar="SUBMISSIONS_DIR",
                       help="one sub-folder per participant, or loose .ipynb files")
    grade.add_argument("--out", required=True, metavar="OUT_DIR",
                       help="folder for the results (outside SUBMISSIONS_DIR)")
    grade.add_argument("--timeout", type=_positive_int("--timeout"), default=30,
                       metavar="SECONDS", help="time limit for each cell (default 30)")
    grade.add_argument("--workers", type=_positive_int("--workers"), default=None,
                       metavar="N", help="notebooks graded at once (default: CPUs + 1)")
    grade.set_defaults(handler=_grade)

    feedback = subparsers.add_parser(
        "feedback", help="write the feedback pages and class report again",
        description="Write the feedback pages and report.html again from the results in "
                    "OUT_DIR, without grading anything.")
    feedback.add_argument("--out", required=True, metavar="OUT_DIR",
                          help="the folder score-lab grade wrote to")
    feedback.set_defaults(handler=_feedback)
