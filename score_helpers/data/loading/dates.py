"""Turning text cells into dates, whatever way a spreadsheet wrote them.

Accepted, also mixed in one column: ISO '2025-03-05', '05/03/2025' (also with '-' or '.'),
'5-Mar-2025', '5 March 2025', 'March 5, 2025', 'Wednesday, March 5, 2025', English and
Filipino month names ('5 Marso 2025'), Excel real dates, Excel serial numbers ('45721'),
each with an optional time ('14:30', '2:30 PM').

Day or month first? For '05/03/2025' the column decides: a value like '25/03/2025' proves
day-first, one like '03/25/2025' proves month-first; both at once is a problem; with no
proof the caller's `dayfirst` is used (True by default: the Philippine way of writing dates
in factory records is day/month/year).
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pandas as pd

from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.problems import quote
from score_helpers.data.loading.values import EXCEL_ERRORS, Issues

EARLIEST = pd.Timestamp("2000-01-01")
FUTURE_MARGIN = pd.Timedelta(days=366)
_EXCEL_EPOCH = "1899-12-30"  # Excel's day 0 (it counts 1900 as a leap year)

_ISO_FAST = r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_TIME = (r"^(?P<date>.*?)(?:[ T]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})"
         r"(?:\.\d+)?)?\s*(?:(?P<ampm>[AaPp])\.?\s*[Mm]\.?)?)?$")
_WEEKDAY = r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
_YMD = r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})"
_NUMERIC = r"(?P<first>\d{1,2})[-/.](?P<second>\d{1,2})[-/.](?P<year>\d{4}|\d{2})"
_DAY_NAME = (r"(?P<day>\d{1,2})(?:st|nd|rd|th)?[\s\-/.,]*(?P<name>[^\W\d_]+)\.?[\s\-/.,]*"
             r"(?P<year>\d{4}|\d{2})")
_NAME_DAY = (r"(?P<name>[^\W\d_]+)\.?[\s\-/.]*(?P<day>\d{1,2})(?:st|nd|rd|th)?[\s\-/.,]+"
             r"(?P<year>\d{4}|\d{2})")
_SERIAL = r"\d{5}(?:\.\d+)?"

_MONTH_WORDS = (  # English full and short names, then Filipino and Spanish spellings
    ("january", "jan", "enero"), ("february", "feb", "pebrero", "febrero"),
    ("march", "mar", "marso", "marzo"), ("april", "apr", "abril"), ("may", "mayo"),
    ("june", "jun", "hunyo", "junio"), ("july", "jul", "hulyo", "julio"),
    ("august", "aug", "agosto"), ("september", "sep", "sept", "setyembre", "septiembre"),
    ("october", "oct", "oktubre", "octubre"), ("november", "nov", "nobyembre", "noviembre"),
    ("december", "dec", "disyembre", "diciembre"),
)
MONTHS = {word: number for number, words in enumerate(_MONTH_WORDS, 1) for word in words}


def parse_dates(text: pd.Series, *, dayfirst: bool = True, keep_time: bool = False,
                today: date | None = None) -> tuple[pd.Series, Issues, str | None]:
    """Parse a column of text cells (already stripped) to datetime64[ns]; blanks become NaT
    without an issue.

    Returns the dates, a message for each bad cell (by spreadsheet row), and a message
    for the whole column when it mixes day-first and month-first dates (else None).
    `keep_time=False` drops any time of day (a DATE column); True keeps it (TIMESTAMP).
    """
    result = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    fast = text.str.fullmatch(_ISO_FAST)
    if fast.any():
        parsed = pd.to_datetime(text[fast], format="ISO8601", errors="coerce")
        result.loc[fast] = parsed.astype("datetime64[ns]")
    slow = ~fast & text.ne("")
    recognised = fast.copy()
    column_issue = None
    if slow.any():
        values, shaped, column_issue, excused = _parse_slow(text[slow], dayfirst)
        result.loc[slow] = values
        recognised.loc[slow] = shaped
    else:
        excused = pd.Series(False, index=text.index)
    if not keep_time:
        result = result.dt.normalize()
    issues = _issues(text, result, recognised, excused.reindex(text.index, fill_value=False),
                     today or date.today())
    return result, issues, column_issue


def _parse_slow(text: pd.Series, dayfirst: bool) -> tuple[pd.Series, pd.Series, str | None,
                                                          pd.Series]:
    """Every other format. Returns dates, 'had a date shape', the mixed-order message and
    the rows excused from a row message because the mixed-order message covers them."""
    parts = text.str.extract(_TIME, flags=re.DOTALL)
    body = parts["date"].str.replace(_WEEKDAY, "", regex=True, flags=re.IGNORECASE).str.strip()
    year = pd.Series(np.nan, index=text.index)
    month, day = year.copy(), year.copy()

    def fill(found: pd.DataFrame, new_year: pd.Series, new_month: pd.Series,
             new_day: pd.Series) -> None:
        take = found.notna().all(axis=1) & year.isna()
        year.loc[take] = new_year[take]
        month.loc[take] = new_month[take]
        day.loc[take] = new_day[take]

    ymd = body.str.extract(f"^{_YMD}$").astype(float)
    fill(ymd, ymd["year"], ymd["month"], ymd["day"])

    numeric = body.str.extract(f"^{_NUMERIC}$").astype(float)
    first, second = numeric["first"], numeric["second"]
    day_proof = (first > 12) & (first <= 31) & (second <= 12)
    month_proof = (second > 12) & (second <= 31) & (first <= 12)
    column_issue = None
    excused = pd.Series(False, index=text.index)
    if day_proof.any() and month_proof.any():
        day_row, month_row = day_proof.idxmax(), month_proof.idxmax()
        column_issue = msg.MIXED_DATE_ORDER.format(
            day_row=day_row, day_value=quote(text[day_row]),
            month_row=month_row, month_value=quote(text[month_row]))
        excused = month_proof if dayfirst else day_proof
    use_dayfirst = bool(day_proof.any()) if day_proof.any() != month_proof.any() else dayfirst
    numeric_year = _full_year(numeric["year"])
    if use_dayfirst:
        fill(numeric, numeric_year, second, first)
    else:
        fill(numeric, numeric_year, first, second)

    for pattern in (_DAY_NAME, _NAME_DAY):
        named = body.str.extract(f"^{pattern}$")
        named_month = named["name"].str.lower().map(MONTHS).astype(float)
        found = named.assign(name=named_month)
        fill(found, _full_year(named["year"].astype(float)), named_month,
             named["day"].astype(float))

    dates = _from_parts(year, month, day)
    serial = body.str.fullmatch(_SERIAL).fillna(False).astype(bool) & year.isna()
    if serial.any():
        days = pd.to_numeric(body[serial], errors="coerce")
        dates.loc[serial] = pd.to_datetime(days, unit="D", origin=_EXCEL_EPOCH).astype(
            "datetime64[ns]")
    dates = _add_time(dates, parts)
    shaped = year.notna() | serial
    return dates, shaped, column_issue, excused


def _full_year(year: pd.Series) -> pd.Series:
    """Two-digit years are 20xx: factory records start after 2000."""
    return year.where(year >= 100, year + 2000)


def _from_parts(year: pd.Series, month: pd.Series, day: pd.Series) -> pd.Series:
    """Dates from numeric parts; NaT where the parts are missing or not a real date."""
    dates = pd.Series(pd.NaT, index=year.index, dtype="datetime64[ns]")
    complete = year.notna() & month.notna() & day.notna()
    if complete.any():
        parts = pd.DataFrame({"year": year[complete], "month": month[complete],
                              "day": day[complete]}).astype("int64")
        dates.loc[complete] = pd.to_datetime(parts, errors="coerce").astype("datetime64[ns]")
    return dates


def _add_time(dates: pd.Series, parts: pd.DataFrame) -> pd.Series:
    """Add the time of day where one was written; an impossible time makes the cell NaT."""
    has_time = parts["hour"].notna()
    if not has_time.any():
        return dates
    hour = parts["hour"].astype(float)
    minute = parts["minute"].astype(float)
    second = parts["second"].astype(float).fillna(0)
    ampm = parts["ampm"].str.lower()
    with_ampm = ampm.notna()
    bad_ampm = with_ampm & ((hour < 1) | (hour > 12))
    hour = hour.where(~with_ampm, hour % 12 + np.where(ampm == "p", 12, 0))
    bad = has_time & (bad_ampm | (hour > 23) | (minute > 59) | (second > 59))
    offset = pd.to_timedelta(hour.fillna(0) * 3600 + minute.fillna(0) * 60 + second, unit="s")
    return (dates + offset.where(has_time, pd.Timedelta(0))).where(~bad)


def _issues(text: pd.Series, dates: pd.Series, recognised: pd.Series, excused: pd.Series,
            today: date) -> Issues:
    """A message for each cell that is not a date, not a real date, or out of range."""
    issues: Issues = {}
    failed = text.ne("") & dates.isna() & ~excused
    for row, value in text[failed].items():
        if EXCEL_ERRORS.fullmatch(value):
            issues[row] = msg.EXCEL_ERROR.format(value=quote(value))
        elif recognised[row]:
            issues[row] = msg.NOT_A_REAL_DATE.format(value=quote(value))
        else:
            issues[row] = msg.NOT_A_DATE.format(value=quote(value))
    for row, value in text[dates < EARLIEST].items():
        issues[row] = msg.DATE_TOO_OLD.format(value=quote(value))
    latest = pd.Timestamp(today) + FUTURE_MARGIN
    for row, value in text[dates > latest].items():
        issues[row] = msg.DATE_IN_FUTURE.format(value=quote(value))
    return issues
