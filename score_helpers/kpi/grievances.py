"""Grievance handling: the escalation path, and the Morale pillar's second KPI.

    from score_helpers import data, kpi
    log = data.load("grievances")
    kpi.median_acknowledgement_days(log)          # days from filed to acknowledged
    kpi.acknowledged_within(log, days=5)          # share acknowledged within 5 days
    kpi.resolution_rate(log)                      # share resolved
    kpi.open_backlog(log)                         # open grievances by status
    kpi.next_escalation_step("eit_hr").key        # 'management'

Absenteeism and turnover show whether people stay; how fast and how fairly their
grievances are answered shows whether they trust the workplace. ILO Recommendation No. 130
(Examination of Grievances, 1967) asks that grievances be examined "without delay" at the
lowest level first, then higher up, with a time limit at each step.

A log is a DataFrame with `date_filed`, `date_acknowledged`, `date_resolved` (blank while
open) and `status` (received, acknowledged, escalated or resolved), as datasets/grievances.csv.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from score_helpers.data import DataError
from score_helpers.kpi import logs

STATUSES: tuple[str, ...] = ("received", "acknowledged", "escalated", "resolved")
OPEN_STATUSES: tuple[str, ...] = STATUSES[:3]


@dataclass(frozen=True)
class EscalationStep:
    """One step of the escalation path: who handles the grievance, how long, on what basis."""

    key: str
    who: str
    time_limit: str
    source: str


ESCALATION_PATH: tuple[EscalationStep, ...] = (
    EscalationStep("supervisor", "the worker's immediate supervisor", "a few working days",
                   "ILO Recommendation No. 130 (1967): a grievance is first taken up between "
                   "the worker and the immediate supervisor"),
    EscalationStep("eit_hr", "the EIT or the HR officer", "the company's procedure, e.g. "
                   "5 working days", "ILO Recommendation No. 130: if not settled, a higher "
                   "level within the undertaking; ILO SCORE Module 1, Workplace Cooperation"),
    EscalationStep("management", "management (the plant or general manager)",
                   "the company's procedure", "ILO Recommendation No. 130: the next "
                   "higher level of management"),
    EscalationStep("lmc_union", "the labour-management council, or the union through the "
                   "grievance machinery of the CBA", "as the CBA says; unsettled grievances "
                   "go to voluntary arbitration within 7 calendar days",
                   "Labor Code of the Philippines, Art. 273 [260] (grievance machinery and "
                   "voluntary arbitration) and Art. 267 [255] (labour-management councils)"),
    EscalationStep("sena", "DOLE's Single Entry Approach (SEnA)", "30 calendar days of "
                   "conciliation-mediation", "RA 10396 (2013), which made conciliation-"
                   "mediation through SEnA mandatory before a labour case is filed"),
)
ESCALATION_STEPS: tuple[str, ...] = tuple(step.key for step in ESCALATION_PATH)


def escalation_step(key: str) -> EscalationStep:
    """The EscalationStep called `key`; ValueError listing the keys for an unknown one."""
    for step in ESCALATION_PATH:
        if step.key == str(key).strip().lower():
            return step
    raise ValueError(f"step: unknown escalation step {key!r}. Use one of "
                     f"{', '.join(ESCALATION_STEPS)}.")


def next_escalation_step(grievance: str | pd.Series | dict) -> EscalationStep | None:
    """Where a grievance goes next if it is not settled where it is now.

    `grievance` is a step key ('eit_hr') or one row of the log (its `escalation_step` and
    `status`). None when it is resolved, or already at SEnA, the last step inside the path
    (after SEnA: voluntary arbitration or the NLRC, outside the factory).
    Path: supervisor → EIT or HR → management → labour-management council or union (CBA)
    → DOLE SEnA (ILO Recommendation No. 130; Labor Code Art. 273 [260]; RA 10396).
    """
    if isinstance(grievance, str):
        current = grievance
    else:
        row = dict(grievance)
        if "escalation_step" not in row:
            raise ValueError("grievance: a row of the log needs 'escalation_step' (and "
                             "'status'), e.g. log.iloc[0], or give a step such as 'eit_hr'.")
        if str(row.get("status", "")).strip().lower() == "resolved":
            return None
        current = str(row["escalation_step"])
    index = ESCALATION_STEPS.index(escalation_step(current).key)
    return ESCALATION_PATH[index + 1] if index + 1 < len(ESCALATION_PATH) else None


def log_error(message: str, column: str | None, source: str = "log") -> DataError:
    """A DataError about the grievance log `source`, naming the column at fault."""
    return logs.log_error(message, column, source, "grievances.csv")


def _dates(log: pd.DataFrame, column: str, source: str) -> pd.Series:
    """A date column parsed; blanks become NaT; a cell that is not a date is a DataError."""
    raw = log[column]
    blank = raw.isna() | raw.astype(str).str.strip().isin(["", "nan", "NaT", "None"])
    parsed = pd.to_datetime(raw.where(~blank), errors="coerce", format="mixed")
    bad = parsed.isna() & ~blank
    if bad.any():
        row = log.index[bad.to_numpy().argmax()]
        raise log_error(f"row {row!r}: {raw[row]!r} is not a date; write it as yyyy-mm-dd.",
                     column, source)
    return parsed


def checked_log(log: object, source: str = "log") -> pd.DataFrame:
    """The log with its dates parsed and its status in lower case, after checking it.

    TypeError if it is not a DataFrame; DataError for a missing column, a cell that is not
    a date, a blank filing date, an unknown status, or an acknowledgement or resolution
    dated before the filing.
    """
    needed = ("date_filed", "date_acknowledged", "date_resolved", "status")
    frame = logs.log_copy(log, source, needed, "grievances.csv", "grievance KPIs")
    for column in needed[:3]:
        frame[column] = _dates(frame, column, source)
    if frame["date_filed"].isna().any():
        row = frame.index[frame["date_filed"].isna().to_numpy().argmax()]
        raise log_error(f"row {row!r} has no filing date.", "date_filed", source)
    frame["status"] = frame["status"].astype(str).str.strip().str.lower()
    unknown = ~frame["status"].isin(STATUSES)
    if unknown.any():
        row = frame.index[unknown.to_numpy().argmax()]
        raise log_error(f"row {row!r}: status {log.at[row, 'status']!r} is not one of "
                     f"{', '.join(STATUSES)}.", "status", source)
    for column in needed[1:3]:
        early = frame[column] < frame["date_filed"]
        if early.any():
            row = frame.index[early.to_numpy().argmax()]
            raise log_error(f"row {row!r}: {column} is before date_filed; check both dates.",
                         column, source)
    return frame


def _positive_days(days: float, name: str) -> float:
    if isinstance(days, bool) or not isinstance(days, int | float) or not days > 0:
        raise ValueError(f"{name} must be a number of days above 0, e.g. {name}=5; "
                         f"got {days!r}.")
    return float(days)


def acknowledgement_days(log: pd.DataFrame) -> pd.Series:
    """Days from filing to acknowledgement, one per grievance (NaN while not acknowledged).

    acknowledgement days = date_acknowledged − date_filed, in calendar days
    (ILO Recommendation No. 130, 1967: grievances are examined without delay).
    """
    frame = checked_log(log)
    return (frame["date_acknowledged"] - frame["date_filed"]).dt.days.rename(
        "acknowledgement_days")


def median_acknowledgement_days(log: pd.DataFrame) -> float:
    """The median response time: the middle of the acknowledgement days.

    median over acknowledged grievances of (date_acknowledged − date_filed), in days
    (ILO Recommendation No. 130, 1967). The median is not pulled up by one very late case.
    """
    days = acknowledgement_days(log).dropna()
    if days.empty:
        raise log_error("no grievance in the log has a date_acknowledged yet.",
                     "date_acknowledged", "log")
    return float(days.median())


def as_of_date(frame: pd.DataFrame, as_of: object = None) -> pd.Timestamp:
    """`as_of` as a date, or the latest date written anywhere in a checked log."""
    if as_of is not None:
        try:
            return pd.Timestamp(as_of)
        except (TypeError, ValueError):
            raise ValueError(f"as_of must be a date such as '2025-12-31', not {as_of!r}."
                             ) from None
    columns = frame[["date_filed", "date_acknowledged", "date_resolved"]]
    return pd.Timestamp(columns.max().max())


def acknowledged_within(log: pd.DataFrame, days: float = 5,
                        as_of: date | str | None = None) -> float:
    """Share of grievances acknowledged within `days` of filing.

    share = grievances with (date_acknowledged − date_filed) ≤ days ÷ grievances due
    A grievance not yet acknowledged counts as late once `days` have passed by `as_of`
    (default: the latest date in the log); before that it is not due and left out.
    (ILO Recommendation No. 130, 1967: time limits at each step of the procedure.)
    """
    limit = _positive_days(days, "days")
    frame = checked_log(log)
    waited = acknowledgement_days(frame)
    pending = waited.isna()
    overdue = pending & ((as_of_date(frame, as_of) - frame["date_filed"]).dt.days > limit)
    due = ~pending | overdue
    if not due.any():
        raise log_error("no grievance is due yet: none was acknowledged and none has waited "
                     f"more than {days:g} days.", "date_acknowledged", "log")
    return float((waited <= limit).sum() / due.sum())


def resolution_rate(log: pd.DataFrame, within_days: float | None = None) -> float:
    """Share of grievances resolved (within `within_days` of filing, when given).

    resolution rate = resolved grievances ÷ all grievances in the log
    (ILO Recommendation No. 130, 1967; Labor Code of the Philippines, Art. 273 [260]:
    the grievance machinery settles grievances, or they go to voluntary arbitration.)
    """
    frame = checked_log(log)
    if frame.empty:
        raise log_error("the log has no grievances.", None, "log")
    resolved = (frame["status"] == "resolved") & frame["date_resolved"].notna()
    if within_days is not None:
        limit = _positive_days(within_days, "within_days")
        resolved &= (frame["date_resolved"] - frame["date_filed"]).dt.days <= limit
    return float(resolved.sum() / len(frame))


def open_backlog(log: pd.DataFrame) -> pd.Series:
    """Open grievances by status: received, acknowledged, escalated (zeros included).

    backlog = count of grievances whose status is not 'resolved'
    (RA 10396 (2013): a case that leaves the factory goes to SEnA's 30-day conciliation.)
    """
    status = checked_log(log)["status"]
    return status[status != "resolved"].value_counts().reindex(
        list(OPEN_STATUSES), fill_value=0).rename("open grievances")


def days_waiting(log: pd.DataFrame, as_of: date | str | None = None) -> pd.Series:
    """Days each open grievance has waited since filing, by `as_of` (NaN when resolved).

    days waiting = as_of − date_filed, in calendar days; `as_of` defaults to the latest
    date in the log, so the same file always gives the same numbers.
    """
    frame = checked_log(log)
    waited = (as_of_date(frame, as_of) - frame["date_filed"]).dt.days.astype("float")
    return waited.where(frame["status"] != "resolved").rename("days_waiting")


__all__ = ["ESCALATION_PATH", "ESCALATION_STEPS", "OPEN_STATUSES", "STATUSES",
           "EscalationStep", "acknowledged_within", "acknowledgement_days", "as_of_date",
           "checked_log", "days_waiting", "escalation_step", "log_error",
           "median_acknowledgement_days",
           "next_escalation_step", "open_backlog", "resolution_rate"]
