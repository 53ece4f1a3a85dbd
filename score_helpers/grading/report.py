"""The class report: one self-contained HTML page for the trainer (plots inlined as PNG).

Counts by status, a participants × assignments score table with links to each
participant's feedback, the score distribution, and the questions most often missed.
"""

from __future__ import annotations

import base64
import html
import io
from collections import Counter
from datetime import date
from pathlib import Path

from score_helpers.grading.feedback import GRADED_LIKE, page, participant_folder
from score_helpers.grading.messages import say
from score_helpers.grading.results import GRADED, STATUSES, NotebookResult

TOP_MISSED = 10
REPORT_STYLE = """
<style>.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:.85em;
background:#eaeef2}.badge.graded{background:#dafbe1}.badge.timeout,.badge.tampered{
background:#fff1c2}.badge.error,.badge.not_a_notebook,.badge.unknown_assignment{
background:#ffe2e0}img{max-width:100%;height:auto;border:1px solid #d0d7de;border-radius:6px}
td.num{text-align:right;font-variant-numeric:tabular-nums}body{max-width:1000px}
table.narrow{width:auto}table.narrow td,table.narrow th{padding-right:24px}</style>
"""


def _png(figure: object) -> str:
    """A matplotlib figure as an <img> with a base64 data URI."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img src="data:image/png;base64,{encoded}" alt="">'


def _percent(row: NotebookResult) -> float | None:
    if row.status in GRADED_LIKE and row.score is not None and row.max_score:
        return 100 * row.score / row.max_score
    return None


def distribution_plot(rows: list[NotebookResult]) -> str:
    """Histogram of the graded notebooks' scores, in percent of the points."""
    from matplotlib.figure import Figure  # no pyplot: no GUI backend, Agg for PNG

    percents = [p for p in (_percent(row) for row in rows) if p is not None]
    figure = Figure(figsize=(7, 3.2))
    axes = figure.subplots()
    axes.hist(percents, bins=[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100.001],
              color="#2f6f9f", edgecolor="white")
    axes.set_xlim(0, 100)
    axes.set_xlabel(say("report_distribution_axis"))
    axes.set_ylabel(say("report_participants_axis"))
    axes.yaxis.get_major_locator().set_params(integer=True)
    if not percents:
        axes.text(50, 0.5, say("report_no_data"), ha="center", va="center")
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)


def missed_plot(rows: list[NotebookResult]) -> str:
    """Horizontal bars: the questions most participants did not pass."""
    from matplotlib.figure import Figure

    missed = Counter(f"{row.assignment} · {question.question}" for row in rows
                     if row.status in GRADED_LIKE for question in row.questions
                     if not question.passed)
    top = missed.most_common(TOP_MISSED)[::-1]
    figure = Figure(figsize=(7, 0.6 + 0.35 * max(len(top), 3)))
    axes = figure.subplots()
    axes.barh([label for label, _ in top], [count for _, count in top], color="#b35900")
    axes.set_xlabel(say("report_missed_axis"))
    axes.xaxis.get_major_locator().set_params(integer=True)
    if not top:
        axes.text(0.5, 0.5, say("report_no_data"), ha="center", va="center",
                  transform=axes.transAxes)
        axes.set_yticks([])
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)


def _status_table(rows: list[NotebookResult]) -> str:
    counts = Counter(row.status for row in rows)
    lines = [f'<tr><td><span class="badge {status}">{status}</span></td>'
             f'<td class="num">{counts[status]}</td>'
             f"<td>{html.escape(say(f'report_status_meaning_{status}'))}</td></tr>"
             for status in STATUSES if counts[status]]
    return (f"<table class='narrow'><tr><th>{html.escape(say('report_status'))}</th>"
            f"<th>{html.escape(say('report_count'))}</th><th></th></tr>{''.join(lines)}</table>")


def _needs_look_table(rows: list[NotebookResult]) -> str:
    flagged = [row for row in rows if row.status != GRADED]
    if not flagged:
        return ""
    lines = [f"<tr><td>{html.escape(row.participant)}</td><td>{html.escape(row.file)}</td>"
             f'<td><span class="badge {row.status}">{row.status}</span></td>'
             f"<td>{html.escape(row.message)}</td></tr>" for row in flagged]
    head = "".join(f"<th>{html.escape(say(key))}</th>" for key in
                   ("report_participant", "report_file", "report_status", "report_message"))
    return (f"<h2>{html.escape(say('report_needs_look'))}</h2>"
            f"<table><tr>{head}</tr>{''.join(lines)}</table>")


def _cell(row: NotebookResult) -> str:
    if row.status in GRADED_LIKE and row.score is not None and row.max_score is not None:
        text = f"{row.score:g} / {row.max_score:g}"
        return text if row.status == GRADED else (
            f'{text} <span class="badge {row.status}">{row.status}</span>')
    return f'<span class="badge {row.status}">{row.status}</span>'


def _score_table(out_dir: Path, rows: list[NotebookResult]) -> str:
    assignments = sorted({row.assignment for row in rows if row.assignment})
    columns = [*assignments, ""] if any(not row.assignment for row in rows) else assignments
    people: dict[str, list[NotebookResult]] = {}
    for row in rows:
        people.setdefault(row.participant_id or row.participant, []).append(row)
    header = "".join(f"<th>{html.escape(a or say('report_not_recognised'))}</th>"
                     for a in columns)
    lines = []
    for person_rows in sorted(people.values(), key=lambda r: r[0].participant.casefold()):
        first = person_rows[0]
        link = participant_folder(out_dir, first).relative_to(out_dir) / "index.html"
        cells = []
        for assignment in columns:
            here = [row for row in person_rows if row.assignment == assignment]
            graded = [row for row in here if row.status in GRADED_LIKE]
            here = graded or here  # an older copy beside a graded one is listed above
            cells.append(f"<td>{'<br>'.join(_cell(row) for row in here)}</td>")
        lines.append(f"<tr><td>{html.escape(first.participant)} <a class='muted' "
                     f"href='{html.escape(link.as_posix())}'>{say('report_feedback')}</a>"
                     f"</td>{''.join(cells)}</tr>")
    return (f"<table><tr><th>{html.escape(say('report_participant'))}</th>{header}</tr>"
            f"{''.join(lines)}</table>")


def write_report(out_dir: Path, rows: list[NotebookResult], graded_on: date) -> Path:
    """Write out_dir/report.html (a class graded on `graded_on`) and return its path."""
    participants = len({row.participant_id or row.participant for row in rows})
    intro = say("report_intro", files=len(rows), participants=participants,
                date=graded_on.isoformat())
    body = (f"{REPORT_STYLE}<h1>{html.escape(say('report_title'))}</h1>"
            f"<p>{html.escape(intro)}</p>"
            f"<h2>{html.escape(say('report_statuses'))}</h2>{_status_table(rows)}"
            f"{_needs_look_table(rows)}"
            f"<h2>{html.escape(say('report_scores'))}</h2>{_score_table(out_dir, rows)}"
            f"<h2>{html.escape(say('report_distribution'))}</h2>{distribution_plot(rows)}"
            f"<h2>{html.escape(say('report_missed'))}</h2>{missed_plot(rows)}")
    path = out_dir / "report.html"
    path.write_text(page(say("report_title"), body), encoding="utf-8")
    return path
