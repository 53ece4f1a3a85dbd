"""The factory's safety log: one CSV row per saved report, safe against crashes.

    from score_helpers.safety import log as safety_log
    path = safety_log.default_log_path()      # $SCORE_SAFETY_LOG, else ./safety_log.csv
    safety_log.append_report(path, {"date": "2024-03-04", "factory": "garments",
        "line": "Line A", "report_type": "near_miss", "hazard_category": "cut_sharp",
        "description": "Muntik mahiwa sa cutter", "suggested_category": "cut_sharp",
        "confidence": 0.91, "likelihood": 3, "severity": 2})
    log = safety_log.read_log(path)           # a DataFrame; log.attrs["damaged_lines"]

The file opens in Excel (UTF-8 with a byte-order mark, so ñ and ₱ show). Its columns use
the names of datasets/incident_reports.csv where they mean the same (date, factory, line,
report_type, hazard_category = the category the person confirmed, description,
days_lost), so a factory's log feeds osh_reports.wair_summary and
safety_weekly.weekly_summary as it is. The app adds what the AI suggested and the rating
the person chose: suggested_category, confidence, needs_review, likelihood, severity,
risk_score, risk_level, and saved_at (local time, with its UTC offset).

Nothing saved is lost when the laptop crashes or the power goes off:
- the file is born with its header, whole: the header is written to a temporary file,
  flushed to disk, then linked to the log's name, which fails if a log is already there
  (O_EXCL where links are not possible), so two writers never write two headers;
- each report is one line (line breaks in the text become spaces), turned into bytes by
  data.safe_csv (so a description starting with = + - @ gets a leading ' and never runs
  as a formula in Excel; read_log takes it off again) and written with a single os.write
  on an O_APPEND descriptor, then
  os.fsync: reports from several windows or processes never mix, and "Saved" is only
  shown once the line is on the disk;
- a crash during the write can leave only the start of one line (a "torn" line). The
  next save first adds the missing line break, so the torn piece never merges with the
  new report.
What read_log does with a torn line, as a factory would expect: every complete report is
kept, and the torn piece is left out and named (its line number in the file, header = 1)
in `log.attrs["damaged_lines"]` and in a SafetyLogWarning. The report on it was never
saved (nobody saw "Saved"), so it can be typed again. A line is complete when it has every
column and ends with a whole saved_at time: saved_at is the last column, so a cut-off
line always fails that test. A complete line whose values are wrong (edited by hand, say
'three' as likelihood) is a DataError naming the row and column, to fix in Excel.
On Windows, appends from two programs at the very same moment are not guaranteed apart
(Windows has no atomic append); one app per laptop is fine.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import uuid
import warnings
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from score_helpers.data import DataError, safe_csv
from score_helpers.data.loading.problems import Problems
from score_helpers.safety.log_record import check_record

__all__ = ["COLUMNS", "SafetyLogWarning", "append_report", "check_record", "damaged_message",
           "default_log_path", "read_log"]

COLUMNS = ("date", "factory", "line", "report_type", "hazard_category", "description",
           "days_lost", "suggested_category", "confidence", "needs_review", "likelihood",
           "severity", "risk_score", "risk_level", "saved_at")
FILE_NAME = "safety_log.csv"
ENV_VAR = "SCORE_SAFETY_LOG"
ENCODING = "utf-8"
BOM = b"\xef\xbb\xbf"          # Excel reads the file as UTF-8 only with this mark
NEWLINE = b"\r\n"              # RFC 4180 line ending; Excel and pandas read it
O_BINARY = getattr(os, "O_BINARY", 0)   # Windows: no newline translation
SAVED_AT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")
INTEGERS = ("days_lost", "likelihood", "severity", "risk_score")


class SafetyLogWarning(UserWarning):
    """The log has lines that are not whole reports (cut off by a crash); they are left out."""


def default_log_path() -> Path:
    """Where the app saves the log: $SCORE_SAFETY_LOG if set, else safety_log.csv in the
    current folder (for the Voila app, the apps/ folder), as the KPI dashboard saves
    its targets.json: easy to find and to open in Excel."""
    override = os.environ.get(ENV_VAR, "").strip()
    return Path(override).expanduser() if override else Path.cwd() / FILE_NAME


# ---- writing -------------------------------------------------------------------------------

def _csv_bytes(values: list[str]) -> bytes:
    """One CSV line (with its line ending) as bytes, quoted by the csv module, no cell a
    formula (data.safe_csv)."""
    return safe_csv.csv_text([values], lineterminator=NEWLINE.decode()).encode(ENCODING)


HEADER = BOM + _csv_bytes(list(COLUMNS))


def _sync_folder(folder: Path) -> None:
    """Make a new file's name durable too (POSIX); Windows cannot open a folder."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _new_file_with_header(path: Path) -> None:
    """Create `path` holding the header, flushed to disk; FileExistsError if it exists
    (O_EXCL: of two writers, only one creates it)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_BINARY, 0o644)
    try:
        os.write(fd, HEADER)
        os.fsync(fd)
    finally:
        os.close(fd)


def _create(path: Path) -> None:
    """Create the log with its whole header unless it exists; never two headers."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    _new_file_with_header(temporary)
    try:
        os.link(temporary, path)            # fails if the log is there: exclusive
    except FileExistsError:
        pass
    except OSError:                         # no hard links here (e.g. a FAT USB stick)
        with contextlib.suppress(FileExistsError):
            _new_file_with_header(path)
    finally:
        os.unlink(temporary)
    _sync_folder(path.parent)


def append_report(path: str | Path, record: Mapping[str, object]) -> None:
    """Add one checked report to the log at `path` (created with its header if needed).

    One os.write of the whole line on an O_APPEND descriptor, then os.fsync: after this
    returns the report is on the disk. If the file does not end with a line break (a
    crash cut the last line), the break is written first, in the same write.
    ValueError naming the field for a bad record (see check_record); nothing is written.
    """
    row = check_record(record)
    line = _csv_bytes([row[c] for c in COLUMNS])
    path = Path(path)
    _create(path)
    fd = os.open(path, os.O_RDWR | os.O_APPEND | O_BINARY)
    try:
        size = os.fstat(fd).st_size
        if size == 0:                           # emptied by hand: give it a header again
            line = HEADER + line
        else:
            os.lseek(fd, size - 1, os.SEEK_SET)
            if os.read(fd, 1) != b"\n":
                line = NEWLINE + line
        written = os.write(fd, line)
        if written != len(line):
            raise OSError(f"Only part of the report was written to {path} (disk full?).")
        os.fsync(fd)
    finally:
        os.close(fd)


# ---- reading -------------------------------------------------------------------------------

def _empty() -> pd.DataFrame:
    log = pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS})
    log["date"] = pd.to_datetime(log["date"])
    log.attrs["damaged_lines"] = []
    return log


def _complete(fields: list[str] | None) -> bool:
    return (fields is not None and len(fields) == len(COLUMNS)
            and SAVED_AT.fullmatch(fields[-1].strip()) is not None)


def _parse(line: str) -> list[str] | None:
    try:
        rows = list(csv.reader([line], strict=True))
    except csv.Error:
        return None
    return rows[0] if len(rows) == 1 else None


def read_log(path: str | Path) -> pd.DataFrame:
    """The saved reports of the log at `path`, one row each, oldest first.

    A log not yet created gives an empty table with the columns. Lines that are not whole
    reports (cut off by a crash) are left out; their line numbers (header = line 1) are in
    `attrs["damaged_lines"]` and a SafetyLogWarning says which. Every complete report is
    kept. DataError naming the file for a file that is not a safety log, and the row and
    column for a complete row with a wrong value.
    """
    path = Path(path)
    if not path.exists():
        return _empty()
    text = path.read_bytes().decode(ENCODING, errors="replace").removeprefix("\ufeff")
    lines = text.split("\n")
    header = _parse(lines[0].rstrip("\r")) if lines[0].strip() else None
    if header is None or [h.strip() for h in header] != list(COLUMNS):
        raise _not_a_log(path)
    rows, damaged = [], []
    for number, raw in enumerate(lines[1:], start=2):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        fields = _parse(line)
        if _complete(fields):
            rows.append((number, [safe_csv.restore(f).strip() for f in fields]))
        else:
            damaged.append(number)
    if damaged:
        warnings.warn(damaged_message(path, damaged), SafetyLogWarning, stacklevel=2)
    log = _typed(path, rows) if rows else _empty()
    log.attrs["damaged_lines"] = damaged
    return log


def _not_a_log(path: Path) -> DataError:
    problems = Problems(path.name)
    problems.add(f"the first line must be the safety log's header: {', '.join(COLUMNS)}.",
                 row=1)
    return problems.error("Choose the safety log the app saved, or set SCORE_SAFETY_LOG to a "
                          "new file name.")


def damaged_message(path: str | Path, lines: list[int]) -> str:
    """The plain sentence about lines left out of the log."""
    which = ", ".join(map(str, lines))
    word = "line" if len(lines) == 1 else "lines"
    return (f"{Path(path).name}: {word} {which} cut off (the computer stopped while saving?) "
            f"and left out. Every complete report is kept. If a report is missing, type it "
            f"again.")


def _typed(path: Path, rows: list[tuple[int, list[str]]]) -> pd.DataFrame:
    """The rows as a typed frame; DataError naming row and column for a wrong value."""
    log = pd.DataFrame([fields for _, fields in rows], columns=list(COLUMNS))
    numbers = pd.Series([n for n, _ in rows])
    problems = Problems(path.name)
    dates = pd.to_datetime(log["date"], format="%Y-%m-%d", errors="coerce")
    for i in log.index[dates.isna()]:
        problems.add(f"{log.at[i, 'date']!r} is not a date yyyy-mm-dd.", "date", numbers[i])
    converted: dict[str, pd.Series] = {}
    for column in (*INTEGERS, "confidence"):
        values = pd.to_numeric(log[column], errors="coerce")
        bad = values.isna() | ((values % 1 != 0) if column in INTEGERS else False)
        for i in log.index[bad]:
            problems.add(f"{log.at[i, column]!r} is not a number.", column, numbers[i])
        converted[column] = values
    review = log["needs_review"].str.lower()
    for i in log.index[~review.isin(["true", "false"])]:
        problems.add(f"{log.at[i, 'needs_review']!r} must be True or False.", "needs_review",
                     numbers[i])
    if problems:
        raise problems.error("Fix the cell in the log (Excel: keep it saved as CSV) and load "
                             "it again.")
    log["date"] = dates
    for column in INTEGERS:
        log[column] = converted[column].astype(int)
    log["confidence"] = converted["confidence"].astype(float)
    log["needs_review"] = review == "true"
    return log
