"""The trainer dashboard: who has tried each question, who got it right, who is stuck now.

Reads the participants' progress logs (a folder of *.jsonl files, usually a shared
folder) and, if there is one, the gradebook grades.csv. Press Refresh to read them again.
Lines and grades under a blank or an example name ("Ana Cruz", "Your Name"; see
score_helpers.exercises.participant_names) are never shown as a participant: a note says
how many were left out.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from score_helpers.exercises import questions_of
from score_helpers.exercises.participant_names import without_sample_names
from score_helpers.exercises.progress import progress_dir, read_events
from score_helpers.grading import classroom
from score_helpers.i18n import tables, text

# Every sentence a trainer reads is in score_helpers/i18n (IDs `app.trainer_dashboard.<key>`,
# English and Filipino). Every function takes `lang` ('en' or 'fil'; None: SCORE_LANG); the
# notebook passes page_language(): the page's ?lang=, else SCORE_LANG.
SYMBOLS = {"correct": "✔", "tried": "…", "stuck": "!", "none": "·"}

STYLE = """<style>
.trainer-scroll { overflow-x: auto; max-width: 100%; }
.trainer-grid { border-collapse: collapse; font-size: 14px; margin: 4px 0; }
.trainer-grid th, .trainer-grid td { border: 1px solid #ccc; padding: 3px 9px; text-align: center; }
.trainer-grid thead th { background: #f2f2f2; }
.trainer-grid th.name { text-align: left; font-weight: normal; background: #fff;
  position: sticky; left: 0; white-space: nowrap; }
.trainer-grid td.correct, .trainer-legend .correct { background: #d5efe5; color: #00583b; }
.trainer-grid td.tried, .trainer-legend .tried { background: #fdebc6; color: #6b4700; }
.trainer-grid td.stuck, .trainer-legend .stuck { background: #f7cdb9; color: #7a2600;
  font-weight: bold; outline: 2px solid #d55e00; outline-offset: -2px; }
.trainer-grid td.none, .trainer-legend .none { color: #777; }
.trainer-grid td.grade { white-space: nowrap; font-variant-numeric: tabular-nums; }
.trainer-grid sup { font-size: 70%; margin-left: 2px; color: #333; font-weight: normal; }
.trainer-legend span { display: inline-block; min-width: 1.6em; text-align: center;
  border: 1px solid #ccc; margin: 0 4px 0 10px; }
.trainer-stuck-box { border-left: 4px solid #d55e00; background: #fff7f2; padding: 4px 12px; }
.trainer-stuck-box.calm { border-left-color: #009e73; background: #f3faf7; }
.trainer-stuck-box h4 { margin: 4px 0; }
.trainer-note { background: #fff8d6; border: 1px solid #e6c300; padding: 6px 12px; }
</style>"""


def say(key: str, lang: str | None = None, **values: object) -> str:
    """The dashboard's sentence `app.trainer_dashboard.<key>` in `lang` (None: SCORE_LANG)."""
    return text(f"app.trainer_dashboard.{key}", lang, **values)


def plural(kind: str, count: int, lang: str | None = None) -> str:
    """'1 try', '3 tries' (entries `<kind>_one` and `<kind>_many`)."""
    return say(f"{kind}_one", lang) if count == 1 else say(f"{kind}_many", lang, n=count)


def _grade_words(status: str, short: bool, lang: str | None = None) -> str:
    """A grading status in words: short for the grid cell, long for its tooltip."""
    key = f"app.trainer_dashboard.grade_short_{status}" if short else f"certificate.status_{status}"
    return text(key, lang) if key in tables.english() else str(status)


@dataclass
class DashboardView:
    """Everything the dashboard shows, as HTML strings."""

    status: str
    notes: list[str]
    stuck: str
    grid: str


def _hint_marks(row: tuple | None) -> str:
    """A small number for the hints used and S when the solution was viewed."""
    if row is None:
        return ""
    marks = [str(row.hints_used)] if row.hints_used else []
    marks += ["S"] if row.solution_viewed else []
    return f"<sup>{' '.join(marks)}</sup>" if marks else ""


def _grade_cell(grade: pd.Series | None, lang: str | None = None) -> str:
    if grade is None or pd.isna(grade["status"]):
        return f"<td class='grade' title='{say('no_grade', lang)}'>—</td>"
    if grade["status"] in classroom.SCORED_STATUSES and pd.notna(grade["score"]):
        text = f"{grade['score']:g}/{grade['max_score']:g}"
        if grade["status"] != "graded":
            text += f" ({_grade_words(grade['status'], True, lang)})"
    else:
        text = _grade_words(grade["status"], True, lang)
    word = _grade_words(grade["status"], False, lang)
    return f"<td class='grade' title='{html.escape(word, quote=True)}'>{html.escape(text)}</td>"


def grid_html(status: pd.DataFrame, stuck: pd.DataFrame | None = None,
              overview: pd.DataFrame | None = None, lang: str | None = None) -> str:
    """The class grid: a row per participant, a column per question grouped by module.

    Each cell has a symbol (✔ … ! ·) as well as a colour, hints as a small number and S
    when the solution was viewed. With `overview` (merge_grades) each module ends with
    a Grade column.
    """
    with_grades = overview is not None and overview["status"].notna().any()
    names = set(status["participant"])
    names |= set(overview["participant"]) if overview is not None else set()
    participants = sorted(names, key=str.casefold)
    modules: dict[str, list[str]] = {}
    for module, question in status[["module", "question"]].drop_duplicates().itertuples(False):
        modules.setdefault(module, []).append(question)
    if with_grades:
        for module in overview["module"].dropna():
            modules.setdefault(module, [])
    for module, questions in modules.items():  # show questions nobody has started, too
        questions.extend(q for q in questions_of(module) if q not in questions)
    modules = {m: sorted(qs, key=classroom.question_order) for m, qs in sorted(modules.items())}
    cells = {(r.participant, r.module, r.question): r for r in status.itertuples(index=False)}
    stuck_keys = set() if stuck is None else set(stuck[classroom.KEYS].itertuples(False, None))
    grades = ({} if not with_grades else
              {(r["participant"], r["module"]): r for _, r in overview.iterrows()})
    extra = 1 if with_grades else 0
    top = "".join(f"<th colspan='{len(qs) + extra}'>{html.escape(m)}</th>"
                  for m, qs in modules.items())
    second = "".join("".join(f"<th>{html.escape(q)}</th>" for q in qs)
                     + (f"<th>{say('grade', lang)}</th>" if with_grades else "")
                     for qs in modules.values())
    rows = []
    for name in participants:
        tds = []
        for module, questions in modules.items():
            for question in questions:
                row = cells.get((name, module, question))
                state = ("stuck" if (name, module, question) in stuck_keys
                         else "correct" if row is not None and row.correct
                         else "tried" if row is not None and row.attempted else "none")
                title = say("cell_title", lang,
                    name=name, module=module, question=question,
                    state=say(f"state_{state}", lang))
                if row is not None and row.checks:
                    title += f" · {plural('check', int(row.checks), lang)}"
                marks = _hint_marks(row)
                tds.append(f"<td class='{state}' title='{html.escape(title, quote=True)}'>"
                           f"{SYMBOLS[state]}{marks}</td>")
            if with_grades:
                tds.append(_grade_cell(grades.get((name, module)), lang))
        rows.append(f"<tr><th class='name'>{html.escape(name)}</th>{''.join(tds)}</tr>")
    legend = say("legend", lang, **{k: f"<span class='{k}'>{s}</span>"
                                          for k, s in SYMBOLS.items()})
    return (f"<div class='trainer-scroll'><table class='trainer-grid'><thead><tr>"
            f"<th rowspan='2' class='name'>{say('participant', lang)}</th>{top}</tr>"
            f"<tr>{second}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
            f"<p class='trainer-legend'>{legend}</p>")


def stuck_html(stuck: pd.DataFrame, lang: str | None = None) -> str:
    """The "Stuck now" panel: one plain sentence per stuck participant, most stuck first."""
    title = f"<h4>{say('stuck_title', lang)}</h4>"
    if stuck.empty:
        return (f"<div class='trainer-stuck-box calm'>{title}<p>{say('nobody_stuck', lang)}"
                "</p></div>")
    lines = "".join(
        "<li>" + html.escape(say("stuck_line", lang,
            name=row.participant, tries=plural("try", int(row.checks), lang), module=row.module,
            question=row.question, minutes=plural("minute", int(row.minutes_stuck), lang),
            hints=(plural("hint", int(row.hints_used), lang) if row.hints_used
                   else say("no_hints", lang))))
        + "</li>" for row in stuck.itertuples(index=False))
    return f"<div class='trainer-stuck-box'>{title}<ul>{lines}</ul></div>"


def render_dashboard(folder: Path | str, grades_csv: Path | str | None = None,
                     now: datetime | pd.Timestamp | None = None,
                     clock_text: str | None = None, lang: str | None = None) -> DashboardView:
    """Read the logs (and the grades file, if given) and build what the dashboard shows,
    in `lang` ('en' or 'fil'; None: SCORE_LANG).

    Problems become plain notes, never exceptions: a missing folder, no events yet, or a
    grades file that is missing or broken.
    """
    folder = Path(folder)
    notes: list[str] = []
    logged = read_events(folder)
    if not folder.is_dir():
        notes.append(say("no_folder", lang, folder=folder))
    elif logged.empty:
        notes.append(say("no_events", lang, folder=folder))
    events, left_out, left_count = without_sample_names(logged)
    status = classroom.question_status(events)
    stuck = classroom.stuck_participants(events, now=now)
    overview = None
    if grades_csv:
        try:
            overview = classroom.merge_grades(status, Path(grades_csv).expanduser())
        except classroom.GradesError as problem:
            notes.append(say("grades_problem", lang, problem=problem))
        else:
            overview, graded_names, graded_count = without_sample_names(overview)
            left_out += [name for name in graded_names if name not in left_out]
            left_count += graded_count
    if left_count:
        notes.append(text("engine.progress.sample_left_out", lang, count=left_count,
                          names=", ".join(left_out)))
    people = set(status["participant"]) | (set() if overview is None
                                           else set(overview["participant"]))
    parts = [plural("participant", len(people), lang), plural("event", len(events), lang)]
    if events.attrs.get("skipped_lines"):
        parts[-1] += " · " + say("skipped", lang, count=events.attrs["skipped_lines"])
    status_text = say("status", lang,
        time=clock_text or datetime.now().strftime("%H:%M"), participants=parts[0],
        events=parts[1])
    grid = grid_html(status, stuck, overview, lang) if people else ""
    return DashboardView(status_text, notes, stuck_html(stuck, lang), grid)


def _notes_html(notes: list[str]) -> str:
    return "".join(f"<p class='trainer-note'>{html.escape(note)}</p>" for note in notes)


def build_app(progress_folder: Path | str | None = None, grades_csv: Path | str | None = None,
              now: Callable[[], pd.Timestamp] | None = None,
              lang: str | None = None) -> widgets.VBox:
    """The dashboard in `lang` (None: SCORE_LANG): its title, folder and grades boxes, a
    Refresh button, the stuck panel and the grid.

    Defaults: the folder is $SCORE_PROGRESS_DIR (or the per-user progress folder) and the
    grades file is $SCORE_GRADES_CSV (optional). `now` is a clock, for tests.
    """
    folder_box = widgets.Text(value=str(progress_folder or progress_dir()),
                              description=say("folder_label", lang), continuous_update=False,
                              style={"description_width": "initial"},
                              layout=widgets.Layout(width="55%"))
    grades_box = widgets.Text(value=str(grades_csv or os.environ.get("SCORE_GRADES_CSV", "")),
                              description=say("grades_label", lang), continuous_update=False,
                              placeholder=say("grades_placeholder", lang),
                              style={"description_width": "initial"},
                              layout=widgets.Layout(width="35%"))
    refresh_button = widgets.Button(description=say("refresh", lang), icon="refresh",
                                    button_style="primary")
    status, notes, stuck, grid = (widgets.HTML() for _ in range(4))
    for widget, name in ((folder_box, "trainer-folder"), (grades_box, "trainer-grades"),
                         (refresh_button, "trainer-refresh"), (status, "trainer-status"),
                         (notes, "trainer-notes"), (stuck, "trainer-stuck")):
        widget.add_class(name)

    def refresh(*_: object) -> None:
        refresh_button.disabled = True
        try:
            view = render_dashboard(folder_box.value.strip(), grades_box.value.strip() or None,
                                    now=now() if now else None, lang=lang)
            status.value, notes.value = view.status, _notes_html(view.notes)
            stuck.value, grid.value = view.stuck, view.grid
        except Exception as error:  # a live class: say what happened, keep the app running
            notes.value = _notes_html([say("unexpected", lang, error=error)])
        finally:
            refresh_button.disabled = False

    refresh_button.on_click(refresh)
    folder_box.observe(refresh, names="value")
    grades_box.observe(refresh, names="value")
    refresh()
    title = (f"<h2 class='trainer-title'>{html.escape(say('title', lang))}</h2>"
             f"<p class='trainer-intro'>{html.escape(say('intro', lang))}</p>")
    return widgets.VBox([widgets.HTML(STYLE + title), widgets.HBox([folder_box, grades_box,
                                                            refresh_button]),
                         status, notes, stuck, grid])
