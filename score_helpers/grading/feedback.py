"""Feedback pages for participants: plain, self-contained HTML (inline CSS, no network).

    feedback/<participant>/<assignment>.html   each question: ✔, or ✘ with its message
    feedback/<participant>/index.html          every file the participant handed in

Built only from the results (questions.csv) and the question titles in the autograded
notebooks: never from the notebook's code, so no hidden test, traceback or expected
value can appear.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from pathlib import Path

from score_helpers.grading.messages import say
from score_helpers.grading.names import safe_folder_name
from score_helpers.grading.results import (
    ERROR,
    GRADED,
    NOT_A_NOTEBOOK,
    TAMPERED,
    TIMEOUT,
    UNKNOWN_ASSIGNMENT,
    NotebookResult,
    QuestionResult,
    question_name,
)

GRADED_LIKE = (GRADED, TIMEOUT, TAMPERED)
LEADING_MARK = re.compile(r"^\s*[✔✘…]\s*")
STYLE = """
body{font-family:"Segoe UI",Roboto,Helvetica,Arial,sans-serif;max-width:860px;margin:24px auto;
padding:0 16px;color:#1f2328;line-height:1.5}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em}
.score{font-size:1.25em;font-weight:600;margin:.4em 0 1em}
.note{background:#fff8e6;border-left:4px solid #b35900;padding:8px 12px;margin:12px 0}
.q{border:1px solid #d0d7de;border-radius:6px;padding:10px 14px;margin:10px 0}
.q.ok{border-left:6px solid #1a7f37}.q.no{border-left:6px solid #b35900}
.q .head{display:flex;justify-content:space-between;gap:12px;font-weight:600}
.mark{font-size:1.1em;margin-right:6px}.ok .mark{color:#1a7f37}.no .mark{color:#b35900}
.msg{margin-top:6px;white-space:pre-wrap}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:6px 8px;
text-align:left}.muted{color:#57606a;font-size:.9em}footer{margin-top:2em;color:#57606a;
font-size:.85em}
"""
PARTICIPANT_STATUS = {TIMEOUT: "fb_status_timeout", TAMPERED: "fb_status_tampered",
                      ERROR: "fb_status_error", NOT_A_NOTEBOOK: "fb_status_not_a_notebook",
                      UNKNOWN_ASSIGNMENT: "fb_status_unknown_assignment"}


def page(title: str, body: str) -> str:
    """A complete HTML page with the shared inline style."""
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
            f"<body>{body}<footer>{html.escape(say('fb_footer'))}</footer></body></html>\n")


def question_titles(notebook_path: Path) -> dict[str, str]:
    """Question → its heading in the notebook ('q1' → 'Q1 · Defect rate (2 points)').

    The heading is the last markdown heading above the question's grade cell. The key
    "" holds the notebook's own title, its first heading.
    """
    try:
        notebook = json.loads(notebook_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    titles, heading = {}, ""
    for cell in notebook.get("cells", []):
        source = "".join(cell.get("source", ""))
        if cell.get("cell_type") == "markdown" and source.lstrip().startswith("#"):
            heading = source.lstrip().splitlines()[0].lstrip("#").strip()
            titles.setdefault("", heading)
        meta = cell.get("metadata", {}).get("nbgrader", {})
        grade_id = meta.get("grade_id") or ""
        answer = re.match(r"(q\d+)_", grade_id)  # an answer cell names its question too
        questions = {answer.group(1)} if answer else set()
        if meta.get("grade") and grade_id:
            questions.add(question_name(grade_id))
        for question in questions:
            if heading and question not in titles:
                titles[question] = heading
    return titles


def is_older_copy(row: NotebookResult, rows: Iterable[NotebookResult]) -> bool:
    """True for a copy that was not graded because a newer one of the same notebook was."""
    return row.status == ERROR and any(
        other is not row and other.status in GRADED_LIKE and other.assignment == row.assignment
        and other.notebook == row.notebook for other in rows)


def _status_note(row: NotebookResult) -> str:
    key = PARTICIPANT_STATUS.get(row.status)
    return f'<p class="note">{html.escape(say(key))}</p>' if key else ""


def points_text(points: float, max_points: float) -> str:
    """'0 of 2 points', '1 of 1 point'."""
    key = "fb_points_one" if max_points == 1 else "fb_points"
    return say(key, points=points, max_points=max_points)


def _question_block(question: QuestionResult, title: str) -> str:
    passed = question.passed
    mark, label = ("✔", say("fb_passed")) if passed else ("✘", say("fb_not_passed"))
    text = LEADING_MARK.sub("", question.message)  # the heading already shows ✘
    message = "" if passed or not text else f'<div class="msg">{html.escape(text)}</div>'
    points = points_text(question.points, question.max_points)
    return (f'<div class="q {"ok" if passed else "no"}"><div class="head"><span>'
            f'<span class="mark" aria-label="{label}">{mark}</span>{html.escape(title)}</span>'
            f'<span class="muted">{html.escape(points)}</span></div>{message}</div>')


def assignment_page(participant: str, assignment: str, rows: list[NotebookResult],
                    titles: dict[str, dict[str, str]]) -> str:
    """The feedback page of one participant's assignment (one section per notebook)."""
    heading = say("fb_assignment_title", assignment=assignment, participant=participant)
    parts = [f"<h1>{html.escape(heading)}</h1>"]
    older = [row for row in rows if is_older_copy(row, rows)]
    shown = [row for row in rows if not any(row is other for other in older)]
    for row in shown:
        notebook_title = titles.get(row.notebook, {}).get("")
        if notebook_title:
            parts.append(f"<h2>{html.escape(notebook_title)}</h2>")
        if len(shown) > 1 or row.status not in GRADED_LIKE:
            parts.append(f'<p class="muted">{html.escape(say("fb_file", file=row.file))}</p>')
        if row.status in GRADED_LIKE and row.score is not None and row.max_score is not None:
            score = say("fb_score", score=row.score, max_score=row.max_score)
            parts.append(f'<p class="score">{html.escape(score)}</p>')
        parts.append(_status_note(row))
        for question in row.questions:
            label = titles.get(row.notebook, {}).get(question.question, question.question)
            parts.append(_question_block(question, label))
    if older:
        files = ", ".join(row.file for row in older)
        parts.append(f'<p class="muted">{html.escape(say("fb_older_copies", files=files))}</p>')
    return page(heading, "\n".join(parts))


def index_page(participant: str, rows: list[NotebookResult], links: dict[str, str]) -> str:
    """The participant's index: one line per file handed in, with its score or status."""
    lines = []
    for row in rows:
        label = html.escape(row.assignment or row.file)
        if row.assignment in links:
            label = f'<a href="{html.escape(links[row.assignment])}">{label}</a>'
        if row.status in GRADED_LIKE and row.score is not None and row.max_score is not None:
            result = html.escape(points_text(row.score, row.max_score))
        elif is_older_copy(row, rows):
            result = html.escape(say("fb_older_copy_short"))
        else:
            result = html.escape(say("fb_not_graded"))
        lines.append(f"<tr><td>{label}</td><td>{result}</td>"
                     f'<td class="muted">{html.escape(row.file)}</td></tr>')
    body = (f"<h1>{html.escape(say('fb_title', participant=participant))}</h1>"
            f"<p>{html.escape(say('fb_index_intro'))}</p><table>{''.join(lines)}</table>")
    return page(say("fb_title", participant=participant), body)


def participant_folder(out_dir: Path, row: NotebookResult) -> Path:
    """feedback/<participant>/: the display name, made safe for Windows."""
    return out_dir / "feedback" / safe_folder_name(row.participant)


def write_feedback(out_dir: Path, rows: list[NotebookResult]) -> list[Path]:
    """Write every participant's pages under out_dir/feedback; return the paths."""
    written: list[Path] = []
    by_participant: dict[str, list[NotebookResult]] = {}
    for row in rows:
        by_participant.setdefault(row.participant_id or row.participant, []).append(row)
    for participant_rows in by_participant.values():
        first = participant_rows[0]
        folder = participant_folder(out_dir, first)
        folder.mkdir(parents=True, exist_ok=True)
        links: dict[str, str] = {}
        for assignment in sorted({row.assignment for row in participant_rows if row.assignment}):
            rows_here = [row for row in participant_rows if row.assignment == assignment]
            titles = {row.notebook: question_titles(
                out_dir / "autograded" / row.participant_id / assignment / f"{row.notebook}.ipynb")
                for row in rows_here if row.notebook}
            path = folder / f"{safe_folder_name(assignment)}.html"
            path.write_text(assignment_page(first.participant, assignment, rows_here, titles),
                            encoding="utf-8")
            links[assignment] = path.name
            written.append(path)
        index = folder / "index.html"
        index.write_text(index_page(first.participant, participant_rows, links),
                         encoding="utf-8")
        written.append(index)
    return written
