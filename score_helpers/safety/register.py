"""A factory's own incident or near-miss register, triaged in bulk for the committee to confirm.

    from score_helpers.safety import register, log as safety_log
    frame = register.read_register(content, name="register.xlsx", mapping=mapping,
                                   header_row=4)                  # one row per report
    triaged = register.triage_register(frame, model,
                                       known=register.logged(safety_log.read_log(path)))
    records = [(row.number, register.log_record(row, category=row.triage.category,
                                                report_type="near_miss", day=row.date))
               for row in triaged.rows]                           # what the person chose
    register.add_to_log(path, records)        # every record checked first, then appended

A register is kept by hand, so its cells may be blank: only the report text (`description`)
must be there, and a row without it is left out and named (`Triaged.blank`). Its type
column says what the safety officer wrote ('Near miss', 'NEAR MISS', 'Incident');
`report_type_guess` reads the clear ones and leaves the rest ('Incident' says someone may
be hurt, not how badly) for a person to choose.

Privacy (RA 10173, NPC Circular 16-03: keep only what the purpose needs): the log has no
'reported by' column, so the reporters' names are never copied; names and phone numbers
inside the texts are replaced by [NAME] and [PHONE] (privacy.redact, with the reporters'
names as the roster) before the text is triaged, shown or saved.
The AI suggests the category; nothing is added until a person confirms each row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from score_helpers import privacy
from score_helpers.data import FilePreview, load_kpi_csv, schema, suggestion_for
from score_helpers.safety import hirac_suggest
from score_helpers.safety.frames import CASE_TYPES, report_type_word
from score_helpers.safety.log import append_report
from score_helpers.safety.log_record import check_record
from score_helpers.safety.osh_reports import LOSES_DAYS
from score_helpers.safety.triage import Triage, TriageModel

# The register's columns: those of incident_reports.csv but the category (the committee
# decides it here), each one optional cell by cell; only the report text must be there.
REGISTER_COLUMNS: tuple[schema.Column, ...] = tuple(
    dataclasses.replace(column, required=False) for column in schema.INCIDENT_REPORTS
    if column.name != "hazard_category")
REQUIRED = ("description",)
# Words in a register's type column → the log's report type (checked in this order).
TYPE_WORDS: tuple[tuple[str, str], ...] = (
    (r"near|muntik|\bnm\b", "near_miss"),
    (r"first.?aid|\bfa\b|paunang.?lunas", "first_aid"),
    (r"lost.?time|\blti\b|nawalan.?ng.?araw", "lost_time"),
    (r"medical|recordable|\bmtc\b|doctor|hospital|ospital", "recordable"),
    (r"illness|sakit", "illness"),
    (r"fatal|namatay", "fatality"),
)


@dataclass(frozen=True)
class RegisterRow:
    """One report of the register with the AI's suggestion, before a person decides."""

    number: str              # the register's own No. (else its place among the reports)
    date: dt.date | None     # None when the register leaves it blank
    factory: str
    line: str
    register_type: str       # the type as the register writes it
    report_type: str         # report_type_guess of it; "" = a person must choose
    description: str         # one line, names and phone numbers replaced
    days_lost: int
    triage: Triage
    replaced: int            # how many names or numbers were replaced in the text
    in_log: bool             # the same date and text are already in the log


@dataclass(frozen=True)
class Triaged:
    """The register's reports, triaged, and the numbers of the rows with no text."""

    rows: tuple[RegisterRow, ...]
    blank: tuple[str, ...]


def read_register(source: Any, *, name: str | None = None,
                  mapping: Mapping[str, str] | None = None,
                  header_row: int | None = None) -> pd.DataFrame:
    """The register as a checked frame (data.load_kpi_csv on REGISTER_COLUMNS): one row per
    report, in the register's order. DataError naming the cell for a date it cannot read."""
    return load_kpi_csv(source, columns=REGISTER_COLUMNS, required=REQUIRED, mapping=mapping,
                        header_row=header_row, name=name, announce=False)


def private_preview(preview: FilePreview) -> FilePreview:
    """The file's preview with names and phone numbers in its examples replaced, so the
    column-mapping step shows what each column holds but not who (the examples of the
    column that looks like 'reported by' are the roster)."""
    mapping = suggestion_for(preview.headers, REGISTER_COLUMNS).mapping
    roster = [name for header, column in mapping.items() if column == "reported_by"
              for name in preview.samples.get(header, ())]
    samples = {header: tuple(privacy.redact(value, roster).text for value in values)
               for header, values in preview.samples.items()}
    return dataclasses.replace(preview, samples=samples)


def report_type_guess(value: object) -> str:
    """The log's report type for a register's word ('NEAR MISS', 'near-miss', 'LTI' …);
    "" when it does not say ('Incident', 'Aksidente', blank): a person chooses."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    kind = report_type_word(value)
    if kind in CASE_TYPES:
        return kind
    words = str(value).lower()
    return next((kind for pattern, kind in TYPE_WORDS if re.search(pattern, words)), "")


def logged(log: pd.DataFrame) -> set[tuple[str, str]]:
    """(date yyyy-mm-dd, description) of every report in a log (safety_log.read_log)."""
    return {(pd.Timestamp(day).date().isoformat(), str(text))
            for day, text in zip(log["date"], log["description"], strict=True)}


def _cell(frame: pd.DataFrame, column: str, index: object) -> str:
    if column not in frame.columns or pd.isna(frame.at[index, column]):
        return ""
    return " ".join(str(frame.at[index, column]).split())


def triage_register(frame: pd.DataFrame, model: TriageModel,
                    known: Iterable[tuple[str, str]] = ()) -> Triaged:
    """Suggest a category for every report of the register (read_register) in one go.

    Names (the reporters' own, as the roster, and names after Mr., Kuya, Ate …) and phone
    numbers in the texts are replaced first. `known`: the (date, text) pairs already in
    the log (`logged`), so a register imported again is marked `in_log`.
    """
    known = set(known)
    roster = sorted({_cell(frame, "reported_by", i) for i in frame.index} - {""})
    kept, blank, texts = [], [], []
    for place, index in enumerate(frame.index, start=1):
        number = _cell(frame, "report_id", index) or str(place)
        text = _cell(frame, "description", index)
        if text:
            kept.append((number, index, privacy.redact(text, roster)))
        else:
            blank.append(number)
    texts = [redaction.text for _, _, redaction in kept]
    rows = []
    for (number, index, redaction), triage in zip(kept, model.classify_each(texts),
                                                  strict=True):
        day = frame.at[index, "date"] if "date" in frame.columns else pd.NaT
        date = None if pd.isna(day) else pd.Timestamp(day).date()
        days = frame.at[index, "days_lost"] if "days_lost" in frame.columns else 0
        register_type = _cell(frame, "report_type", index)
        rows.append(RegisterRow(
            number=number, date=date, factory=_cell(frame, "factory", index),
            line=_cell(frame, "line", index), register_type=register_type,
            report_type=report_type_guess(register_type), description=redaction.text,
            days_lost=0 if pd.isna(days) else int(days), triage=triage,
            replaced=len(redaction.findings),
            in_log=date is not None and (date.isoformat(), redaction.text) in known))
    return Triaged(tuple(rows), tuple(blank))


def log_record(row: RegisterRow, *, category: str, report_type: str,
               day: dt.date) -> dict[str, object]:
    """The log's record (safety_log.append_report) of a row as the person confirmed it: the
    category and the type they chose; the rating is hirac_suggest's first guess for them."""
    rating = hirac_suggest.suggest_rating(category, report_type).rating
    return {"date": day, "factory": row.factory, "line": row.line,
            "report_type": report_type,
            "days_lost": row.days_lost if report_type in LOSES_DAYS else 0,
            "description": row.description, "hazard_category": category,
            "suggested_category": row.triage.category,
            "confidence": row.triage.confidence, "needs_review": row.triage.needs_review,
            "likelihood": rating.likelihood, "severity": rating.severity}


def add_to_log(path: str | Path, records: Sequence[tuple[str, Mapping[str, object]]]) -> int:
    """Append the confirmed (number, record) pairs to the log at `path`; how many.

    Every record is checked first (log_record.check_record): one ValueError naming each
    wrong row's number, and then nothing is written.
    """
    problems = []
    for number, record in records:
        try:
            check_record(record)
        except ValueError as error:
            problems.append(f"No. {number}: {error}")
    if problems:
        raise ValueError("\n".join(problems))
    for _number, record in records:
        append_report(path, record)
    return len(records)
