"""A printable certificate of completion for one participant, from the gradebook or the log.

    score-lab certificate --participant "Ana Cruz" --trainer "Maria Santos"
    score-lab certificate --participant "Ana Cruz" --lang fil     # or SCORE_LANG=fil

The certificate is one self-contained HTML file (A4 landscape, no fonts, images or
links to fetch): open it in any browser and print it. It is a SCORE AI Lab training
certificate issued by the trainer, not an official ILO certificate.
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import html
import re
import sys
from pathlib import Path

import pandas as pd

from score_helpers.exercises.progress import progress_dir, read_events, slug
from score_helpers.grading import classroom
from score_helpers.i18n import LANGUAGES, language, tables, text

DEFAULT_GRADES = Path("out") / "grades.csv"
DEFAULT_FOLDER = Path("certificates")
ACRONYMS = {"ai", "kpi", "kpis", "qcdms", "eit", "eits", "llm", "oee", "sme", "osh"}

STYLE = """
@page { size: A4 landscape; margin: 8mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html, body { margin: 0; }
body { font-family: Georgia, "Times New Roman", Times, serif; color: #222; }
.certificate { width: 281mm; height: 194mm; margin: 0 auto; padding: 12mm 20mm;
  border: 3mm double #1f4e79; text-align: center; display: flex; flex-direction: column; }
.programme { font-size: 14pt; letter-spacing: 3px; text-transform: uppercase; color: #1f4e79; }
h1 { font-size: 30pt; font-weight: normal; margin: 3mm 0 5mm; color: #1f4e79; }
.name { font-size: 26pt; font-style: italic; margin: 3mm auto; padding: 0 12mm 1mm;
  border-bottom: 1px solid #888; display: inline-block; }
p { margin: 2mm 0; font-size: 12.5pt; }
table { margin: 4mm auto; border-collapse: collapse; font-size: 11.5pt; }
th, td { border-bottom: 1px solid #bbb; padding: 1.5mm 6mm; text-align: left; }
th { color: #1f4e79; }
.signatures { margin-top: auto; display: flex; justify-content: space-between; gap: 30mm; }
.signature { flex: 1; border-top: 1px solid #222; padding-top: 2mm; font-size: 11pt; }
.note { font-size: 8.5pt; color: #555; margin-top: 5mm; }
@media screen { body { background: #e9e9e9; padding: 10mm 0; }
  .certificate { background: #fff; box-shadow: 0 0 4mm #aaa; } }
"""


class UnknownParticipantError(ValueError):
    """No grades and no progress for this name; the message suggests close spellings."""


def module_title(module: str) -> str:
    """'00_welcome' → '00 · Welcome'; '01_kpi_tracking' → '01 · KPI tracking'."""
    match = re.match(r"^(\d+)[_ ](.+)$", str(module))
    if not match:
        return str(module)
    words = [w.upper() if w.lower() in ACRONYMS else w for w in match.group(2).split("_")]
    text = " ".join(words)
    return f"{match.group(1)} · {text[:1].upper()}{text[1:]}"


def say(key: str, lang: str | None = None, **values: object) -> str:
    """The certificate's sentence `certificate.<key>` (score_helpers/i18n) in `lang`."""
    return text(f"certificate.{key}", lang, **values)


def long_date(day: datetime.date, lang: str | None = None) -> str:
    """2025-08-14 → '14 August 2025' ('14 Agosto 2025' in Filipino), whatever the
    computer's locale."""
    month = say("months", lang).split()[day.month - 1]
    return say("long_date", lang, day=day.day, month=month, year=day.year)


def parse_date(value: datetime.date | str | None) -> datetime.date:
    """A date from YYYY-MM-DD text; None is today. Bad text raises ValueError with the fix."""
    if value is None:
        return datetime.date.today()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError as error:
        raise ValueError(say("bad_date", value=value)) from error


def _rows_for(frame: pd.DataFrame | None, key: str) -> pd.DataFrame:
    if frame is None or frame.empty:
        return pd.DataFrame()
    return frame[frame["participant"].astype(str).map(slug) == key]


def _unknown(participant: str, grades: pd.DataFrame | None,
             events: pd.DataFrame | None, lang: str | None) -> UnknownParticipantError:
    names = {str(name) for frame in (grades, events) if frame is not None and not frame.empty
             for name in frame["participant"].dropna().unique()}
    folded = {name.casefold(): name for name in sorted(names)}
    close = difflib.get_close_matches(participant.casefold(), list(folded), n=3, cutoff=0.6)
    if close:
        return UnknownParticipantError(say(
            "unknown", lang, name=participant, matches=", ".join(folded[c] for c in close)))
    return UnknownParticipantError(say("unknown_no_match", lang, name=participant))


def _status_words(status: str, lang: str) -> str:
    """A grading status in words, e.g. 'not graded: the file was not a notebook'."""
    if f"certificate.status_{status}" in tables.english():
        return say(f"status_{status}", lang)
    return classroom.GRADE_STATUS_WORDS.get(status, status or say("status_not_graded", lang))


def _grade_rows(rows: pd.DataFrame, lang: str) -> str:
    rows = rows.drop_duplicates("assignment", keep="last").sort_values("assignment")
    lines = []
    for row in rows.itertuples(index=False):
        status = str(row.status).strip().lower()
        if (status in classroom.SCORED_STATUSES and pd.notna(row.score)
                and pd.notna(row.max_score)):
            result = say("score", lang, score=float(row.score),
                         max_score=float(row.max_score))
            if status != "graded":
                result += f" ({_status_words(status, lang)})"
        else:
            word = _status_words(status, lang)
            result = word[:1].upper() + word[1:]
        lines.append(f"<tr><td>{html.escape(module_title(row.assignment))}</td>"
                     f"<td>{html.escape(result)}</td></tr>")
    return (f"<table><thead><tr><th>{say('module', lang)}</th><th>{say('result', lang)}</th>"
            f"</tr></thead><tbody>{''.join(lines)}</tbody></table>")


def _log_rows(mine: pd.DataFrame, everyone: pd.DataFrame, lang: str) -> str:
    totals = everyone.groupby("module")["question"].nunique()
    correct = classroom.question_status(mine).groupby("module")["correct"].sum()
    lines = [f"<tr><td>{html.escape(module_title(module))}</td><td>"
             + html.escape(say("questions", lang, correct=int(correct.get(module, 0)),
                               total=int(totals[module])))
             + "</td></tr>" for module in sorted(correct.index)]
    return (f"<table><thead><tr><th>{say('module', lang)}</th><th>{say('practice', lang)}</th>"
            f"</tr></thead><tbody>{''.join(lines)}</tbody></table>")


def certificate_html(participant: str, grades: pd.DataFrame | Path | str | None = None,
                     events: pd.DataFrame | None = None, date: datetime.date | str | None = None,
                     trainer_line: str | None = None, programme: str = "SCORE AI Lab",
                     lang: str | None = None) -> str:
    """A printable, self-contained HTML certificate of completion for `participant`.

    Lists the participant's modules with their scores from `grades` (a grades.csv path or
    frame; an ungraded notebook is shown as such), or, without grades, the practice
    questions correct per module from the progress log `events`. Names match ignoring
    case and punctuation. An unknown name raises UnknownParticipantError (a ValueError)
    that suggests close spellings. `lang` is 'en' or 'fil' (default: SCORE_LANG).
    """
    lang = language(lang)
    trainer_line = say("trainer", lang) if trainer_line is None else trainer_line
    if isinstance(grades, str | Path):
        grades = classroom.read_grades(grades)
    key = slug(participant)
    graded = _rows_for(grades, key)
    logged = _rows_for(events, key)
    if graded.empty and logged.empty:
        raise _unknown(participant, grades, events, lang)
    # the spelling in the log (typed by the participant), else the gradebook's
    name = str((logged if not logged.empty else graded)["participant"].iloc[0])
    table = _grade_rows(graded, lang) if not graded.empty else _log_rows(logged, events, lang)
    esc = html.escape
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{esc(say('title', lang))}: {esc(name)}</title>
<style>{STYLE}</style></head>
<body><main class="certificate">
<div class="programme">{esc(programme)}</div>
<h1>{esc(say('title', lang))}</h1>
<p>{esc(say('certifies', lang))}</p>
<div><span class="name">{esc(name)}</span></div>
<p>{esc(say('took_part', lang, programme=programme))}</p>
{table}
<p class="date">{esc(say('date', lang, date=long_date(parse_date(date), lang)))}</p>
<div class="signatures">
<div class="signature">{esc(trainer_line)}</div>
<div class="signature">{esc(say('eit', lang))}</div>
</div>
<p class="note">{esc(say('note', lang))}</p>
</main></body></html>
"""


def _date_argument(value: str) -> datetime.date:
    try:
        return parse_date(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def run_cli(args: argparse.Namespace) -> int:
    """The `certificate` sub-command: write the file, say where; exit code 1 on a problem."""
    try:
        grades = args.grades or (DEFAULT_GRADES if DEFAULT_GRADES.is_file() else None)
        events = read_events(args.progress or progress_dir())
        lang = language(args.lang)
        trainer = (say("trainer_named", lang, name=args.trainer) if args.trainer
                   else say("trainer", lang))
        page = certificate_html(args.participant, grades=grades, events=events,
                                date=args.date, trainer_line=trainer, lang=lang)
        out = Path(args.out) if args.out else DEFAULT_FOLDER / f"{slug(args.participant)}.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
    except (ValueError, OSError) as problem:
        print(say("failed", args.lang, problem=problem), file=sys.stderr)
        return 1
    print(say("wrote", lang, name=args.participant, path=out))
    return 0


def register_cli(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `certificate` sub-command to score-lab's sub-parsers; return its parser."""
    parser = subparsers.add_parser("certificate",
                                   help="write a printable certificate for one participant")
    parser.add_argument("--participant", required=True, metavar="NAME",
                        help="the participant's name, as in the grades file or progress log")
    parser.add_argument("--grades", metavar="PATH",
                        help=f"the gradebook (default: {DEFAULT_GRADES} if it exists)")
    parser.add_argument("--progress", metavar="DIR",
                        help="the progress folder (default: SCORE_PROGRESS_DIR or yours)")
    parser.add_argument("--out", metavar="PATH",
                        help=f"where to write the HTML (default: {DEFAULT_FOLDER}/<name>.html)")
    parser.add_argument("--date", type=_date_argument, metavar="YYYY-MM-DD",
                        help="the date on the certificate (default: today)")
    parser.add_argument("--trainer", metavar="NAME", help="the trainer's name, under the line")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default=None,
                        help="the certificate's language: en or fil (default: SCORE_LANG, "
                             "else English)")
    parser.set_defaults(handler=run_cli)
    return parser
