"""The grievance log as a table a person reads: filtered, waiting days, next step, private.

`log_table` keeps the rows of one status and category, adds the days each open grievance
has waited and where it goes next on the escalation path (kpi.grievances), and hides
names, SSS and mobile numbers and redacts the concern (privacy.redact) unless
`show_personal=True` (RA 10173: only the person handling the case needs them).
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from score_helpers import privacy
from score_helpers.kpi import grievances as handling
from score_helpers.widgets.grievance_log.labels import label, word

PERSONAL = {"employee_name": "col_name", "sss_number": "col_sss", "mobile_number": "col_mobile"}


def _choice(value: str | None, allowed: list[str], name: str) -> str | None:
    if value is None or str(value).strip().lower() in ("", "all"):
        return None
    wanted = str(value).strip().lower()
    if wanted not in allowed:
        raise ValueError(f"{name}: {value!r} is not in the log. Use one of "
                         f"{', '.join(allowed)}, or None for all.")
    return wanted


def log_table(log: pd.DataFrame, *, status: str | None = None, category: str | None = None,
              show_personal: bool = False, lang: str | None = None,
              as_of: date | str | None = None) -> pd.DataFrame:
    """The log's rows of one `status` and `category` (None: all), in `lang`'s words.

    Columns: grievance, filed, category, status, days waiting (open ones, by `as_of`,
    default the latest date in the log), now with, next step if not settled, and the
    concern redacted; the name, SSS and mobile number only with `show_personal=True`.
    """
    frame = handling.checked_log(log)
    for column in ("grievance_id", "category", "escalation_step", "description"):
        if column not in frame.columns:
            raise handling.log_error(f"missing column {column!r}; the log view needs it.",
                                     column)
    wanted_status = _choice(status, list(handling.STATUSES), "status")
    wanted_category = _choice(category, sorted(frame["category"].astype(str).unique()),
                              "category")
    waiting = handling.days_waiting(frame, as_of)
    keep = pd.Series(True, index=frame.index)
    if wanted_status:
        keep &= frame["status"] == wanted_status
    if wanted_category:
        keep &= frame["category"] == wanted_category
    rows = frame[keep]
    names = [n for n in frame.get("employee_name", pd.Series(dtype=str)).dropna().astype(str)]

    def next_step(row: pd.Series) -> str:
        step = handling.next_escalation_step(row)
        return word(lang, "step", step.key if step else "none")

    concern = rows["description"].astype(str)
    if not show_personal:
        concern = concern.map(lambda text: privacy.redact(text, roster=names).text)
    table = pd.DataFrame({
        label(lang, "col_id"): rows["grievance_id"],
        label(lang, "col_filed"): rows["date_filed"].dt.strftime("%Y-%m-%d"),
        label(lang, "col_category"): rows["category"].map(lambda c: word(lang, "category", c)),
        label(lang, "col_status"): rows["status"].map(lambda s: word(lang, "status", s)),
        label(lang, "col_waiting"): waiting[keep].astype("Int64"),
        label(lang, "col_step"): rows["escalation_step"].map(lambda s: word(lang, "step", s)),
        label(lang, "col_next"): rows.apply(next_step, axis=1) if len(rows) else [],
        label(lang, "col_concern"): concern,
    })
    if show_personal:
        for column, key in PERSONAL.items():
            if column in rows.columns:
                table[label(lang, key)] = rows[column].to_numpy()
    return table.reset_index(drop=True)


def status_counts(log: pd.DataFrame, lang: str | None = None) -> str:
    """One sentence: how many grievances are received, acknowledged, escalated, resolved."""
    status = handling.checked_log(log)["status"].value_counts()
    return label(lang, "counts", **{s: int(status.get(s, 0)) for s in handling.STATUSES})


__all__ = ["PERSONAL", "log_table", "status_counts"]
