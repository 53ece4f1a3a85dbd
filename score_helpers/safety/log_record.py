"""Check one safety report before it goes into the log (score_helpers.safety.log).

    from score_helpers.safety.log_record import check_record
    check_record({"date": "2024-03-04", "report_type": "near_miss", ...})   # dict of text

Every problem is a ValueError that names the field and says what to write instead, so
the app can show it as it is. risk_score and risk_level are always computed
(hirac.risk_rating), never taken from the record; saved_at is the time of the check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

from score_helpers.safety.frames import CASE_TYPES, report_type_word
from score_helpers.safety.hirac import risk_rating
from score_helpers.safety.osh_reports import LOSES_DAYS
from score_helpers.safety.triage import CATEGORIES, REVIEW_BELOW

REQUIRED = ("date", "report_type", "hazard_category", "description", "suggested_category",
            "confidence", "likelihood", "severity")
OPTIONAL = ("factory", "line", "days_lost", "needs_review")


def _text(record: Mapping[str, object], key: str, required: bool) -> str:
    """One line of text: line breaks become spaces. (A leading = + - @ is made safe for
    Excel when the line is written, by data.safe_csv.)"""
    value = record.get(key, "")
    if value is None or (isinstance(value, float) and pd.isna(value)):
        value = ""
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text; got {value!r}.")
    value = " ".join(value.split())
    if required and not value:
        raise ValueError(f"{key} is empty: type what happened first.")
    return value


def _date(value: object) -> dt.date:
    how = "write it as yyyy-mm-dd, e.g. 2024-03-04"
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(f"date {value!r} is not a date I can read: {how}.") from None
    else:
        raise ValueError(f"date must be a date; {how}; got {value!r}.")
    if day > dt.date.today() + dt.timedelta(days=1):
        raise ValueError(f"date {day.isoformat()} is in the future: check the year and month.")
    return day


def _category(record: Mapping[str, object], key: str) -> str:
    value = record.get(key)
    if value not in CATEGORIES:
        raise ValueError(f"{key} {value!r} is not a hazard category; use one of: "
                         f"{', '.join(CATEGORIES)}.")
    return str(value)


def _report_type(value: object) -> str:
    kind = report_type_word(value)
    if kind not in CASE_TYPES:
        raise ValueError(f"report_type {value!r} is not a type of report; use one of: "
                         f"{', '.join(CASE_TYPES)}.")
    return kind


def _whole(key: str, value: object, low: int = 0) -> int:
    ok = isinstance(value, int) and not isinstance(value, bool)
    ok = ok or (isinstance(value, float) and value.is_integer())
    if not ok or int(value) < low:  # type: ignore[call-overload]
        raise ValueError(f"{key} must be a whole number, {low} or more; got {value!r}.")
    return int(value)  # type: ignore[call-overload]


def check_record(record: Mapping[str, object]) -> dict[str, str]:
    """The record as the log's text fields, checked; ValueError naming the field if not.

    Needed: date, report_type, hazard_category (the category the person confirmed),
    description, suggested_category, confidence (0–1), likelihood and severity (1–5).
    Optional: factory, line, days_lost (default 0; only lost-time injuries and fatalities
    and illnesses
    lose days), needs_review (default: confidence below safety_triage.REVIEW_BELOW).
    risk_score and risk_level come from hirac.risk_rating; saved_at is the time now.
    """
    if not isinstance(record, Mapping):
        raise ValueError(f"A report must be a dict of fields; got {type(record).__name__}.")
    unknown = sorted(set(record) - set(REQUIRED) - set(OPTIONAL) - {"risk_score",
                                                                     "risk_level"})
    if unknown:
        raise ValueError(f"Unknown field(s) {', '.join(map(repr, unknown))}; a report has: "
                         f"{', '.join(REQUIRED + OPTIONAL)} (check the spelling).")
    missing = [key for key in REQUIRED if key not in record]
    if missing:
        raise ValueError(f"The report has no {', '.join(map(repr, missing))}.")
    description = _text(record, "description", required=True)
    kind = _report_type(record["report_type"])
    days = _whole("days_lost", record.get("days_lost", 0))
    if days and kind not in LOSES_DAYS:
        raise ValueError(f"days_lost is {days} but the report is a {kind}; only lost-time "
                         "injuries, fatalities and illnesses lose days. Correct the type or "
                         "the days.")
    confidence = record["confidence"]
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) \
            or not 0 <= confidence <= 1:
        raise ValueError(f"confidence must be a number from 0 to 1; got {confidence!r}.")
    review = record.get("needs_review", confidence < REVIEW_BELOW)
    if not isinstance(review, bool):
        raise ValueError(f"needs_review must be True or False; got {review!r}.")
    rating = risk_rating(likelihood=record["likelihood"], severity=record["severity"])
    return {
        "date": _date(record["date"]).isoformat(), "factory": _text(record, "factory", False),
        "line": _text(record, "line", False), "report_type": kind,
        "hazard_category": _category(record, "hazard_category"), "description": description,
        "days_lost": str(days), "suggested_category": _category(record, "suggested_category"),
        "confidence": f"{float(confidence):.3f}", "needs_review": str(review),
        "likelihood": str(rating.likelihood), "severity": str(rating.severity),
        "risk_score": str(rating.score), "risk_level": rating.level,
        "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }
