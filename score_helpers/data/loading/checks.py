"""Rules across cells of a row, and across rows: defects not above units produced, no day
entered twice, one spelling per line name. They run on parsed values (numbers and dates)."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from score_helpers.data import schema
from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.problems import Problems, quote

# (parts that are added up, the column they cannot exceed, why: a messages.py name)
ROW_RULES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("defects",), "units_produced", "REASON_DEFECTS"),
    (("units_reworked", "units_scrapped"), "defects", "REASON_REWORK_SCRAP"),
    (("orders_on_time",), "orders_due", "REASON_ORDERS"),
    (("days_absent",), "scheduled_worker_days", "REASON_ABSENT"),
    (("downtime_minutes",), "planned_minutes", "REASON_DOWNTIME"),
    (("lost_time_injuries",), "incidents", "REASON_LTI"),
)


def key_for(columns: Iterable[schema.Column]) -> tuple[str, ...]:
    """The columns that identify a row (schema.DATASET_KEYS): (factory, line, date) for
    daily production data, (factory, line, date, cause) for defects by cause, also for a
    subset of the dataset's columns that holds the key; none for the other datasets, where
    rows may repeat a day (several incidents on one line in one day are normal)."""
    names = {column.name for column in columns}
    for dataset, key in schema.DATASET_KEYS.items():
        if set(key) <= names <= {column.name for column in schema.DATASETS[dataset]}:
            return key
    if set(schema.DAILY_KEY) <= names <= {column.name for column in schema.DAILY_OWN_FILE}:
        # A factory's own daily file: several rows of one line and day are fine when a
        # department, shift or product column tells them apart.
        return (*schema.DAILY_KEY, *schema.DAILY_DIMENSIONS)
    return ()


def check_row_rules(frame: pd.DataFrame, headers: dict[str, str], problems: Problems) -> None:
    """Report rows where a part is larger than its whole (e.g. defects > units produced)."""
    for parts, whole, reason in ROW_RULES:
        present = [part for part in parts if part in frame]
        if not present or whole not in frame:
            continue
        small = frame[present].astype("float64").sum(axis=1, min_count=len(present))
        large = frame[whole].astype("float64")
        for row in frame.index[(small > large).to_numpy()]:
            problems.add(msg.MORE_THAN.format(
                small=" + ".join(quote(headers[part]) for part in present),
                small_value=_number(small[row]), large=quote(headers[whole]),
                large_value=_number(large[row]), reason=msg.text(reason)),
                column=headers[present[0]], row=row)


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def check_duplicates(frame: pd.DataFrame, key: tuple[str, ...], headers: dict[str, str],
                     problems: Problems) -> None:
    """Report rows entered twice: exactly the same, or the same key (e.g. line and day).

    A key column that tells rows apart (department, shift, product in a factory's own
    daily file) counts only when the file has it; two blank cells in it are the same.
    The message names the key columns and the values the rows share.
    """
    exact_pairs: set[tuple[int, int]] = set()
    if len(frame.columns) and frame.duplicated(keep=False).any():
        repeated = frame[frame.duplicated(keep=False)]
        for rows in _groups(repeated, list(frame.columns)):
            for later in rows[1:]:
                exact_pairs.add((rows[0], later))
                problems.add(msg.DUPLICATE_ROW.format(first=rows[0]), row=later)
    names = [name for name in key if name in frame]
    if not names:
        return
    dimensions = [name for name in key if name in schema.DAILY_DIMENSIONS]
    keyed = frame[names].dropna(subset=[name for name in names if name not in dimensions])
    repeated = keyed[keyed.duplicated(keep=False)]
    if repeated.empty:
        return
    words = [msg.key_word(name) or quote(headers[name]) for name in names]
    what = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {msg.AND} {words[-1]}"
    # Rows of one line and day may be different shifts in a file that does not say so.
    split = bool(dimensions) and not any(name in frame for name in dimensions)
    template = msg.DUPLICATE_KEY_SPLIT if split else msg.DUPLICATE_KEY
    for rows in _groups(repeated, names):
        values = ", ".join(_show(frame.at[rows[0], name]) for name in names)
        for later in rows[1:]:
            if (rows[0], later) not in exact_pairs:
                problems.add(template.format(first=rows[0], what=what, values=values),
                             row=later)


def _groups(frame: pd.DataFrame, by: list[str]) -> list[list[int]]:
    """Row numbers of each group of equal rows, in file order."""
    if frame.empty:
        return []
    grouped = frame.groupby(by, dropna=False, sort=False).groups
    return sorted(sorted(int(row) for row in rows) for rows in grouped.values())


def _show(value: object) -> str:
    """A key value as the message shows it: a date as 2025-03-05, text in quotes."""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else str(value)
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return "''"
    return quote(value)


def check_spelling(frame: pd.DataFrame, names: Iterable[str], headers: dict[str, str],
                   problems: Problems) -> None:
    """Report names written two ways ('line a' and 'Line A'): they would count as two lines."""
    for name in names:
        if name not in frame:
            continue
        values = frame[name].dropna().astype(str)
        folded = values.str.lower().str.replace(r"[\s_\-.]+", " ", regex=True).str.strip()
        spellings = pd.DataFrame({"value": values, "folded": folded})
        variants = spellings.groupby("folded")["value"].nunique()
        for group in variants[variants > 1].index:
            members = spellings.loc[spellings["folded"] == group, "value"]
            usual = members.value_counts().index[0]
            for row, value in members[members != usual].items():
                problems.add(msg.SPELLING_VARIANT.format(value=quote(value), usual=quote(usual)),
                             column=headers[name], row=row)
