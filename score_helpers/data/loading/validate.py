"""From a RawTable of text cells to a checked DataFrame with proper types, or one DataError
that lists every problem found."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from score_helpers.data import schema
from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.checks import (
    check_duplicates,
    check_row_rules,
    check_spelling,
    key_for,
)
from score_helpers.data.loading.columns import match_columns
from score_helpers.data.loading.dates import parse_dates
from score_helpers.data.loading.problems import Problems
from score_helpers.data.loading.reading import RawTable
from score_helpers.data.loading.values import Issues, excel_error_issues, parse_numbers

_EMPTY_MESSAGE = {schema.COUNT: "EMPTY_COUNT", schema.AMOUNT: "EMPTY_AMOUNT",  # msg names
                  schema.DATE: "EMPTY_DATE", schema.TIMESTAMP: "EMPTY_DATE",
                  schema.TEXT: "EMPTY_TEXT"}


def validate(table: RawTable, columns: Iterable[schema.Column], required: Iterable[str],
             dayfirst: bool = True, mapping: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Check and convert a table; raise one DataError listing every problem found.

    Returns schema columns first (schema order, typed), then the file's other columns
    (text as read), sorted by the row key when there is one, with a fresh RangeIndex.
    """
    columns = tuple(columns)
    problems = Problems(table.file)
    match = match_columns(table, columns, required, problems, mapping)
    if match.header_misplaced:  # every other message would only confuse
        problems.raise_if_any()
    problems.items[:0] = table.problems
    if table.text.empty:
        problems.add(msg.HEADER_ONLY)
        problems.raise_if_any(msg.FIX_HEADER_ONLY if len(problems) == 1 else None)
    rows = table.text.drop(index=list(table.split_rows))

    parsed: dict[str, pd.Series] = {}
    for column in columns:
        if column.name in match.positions:
            header = match.headers[column.name]
            values, issues = _parse_column(rows[match.positions[column.name]], column,
                                           dayfirst, table.decimal_comma, header, problems)
            for row, message in sorted(issues.items()):
                problems.add(message, column=header, row=row)
            parsed[column.name] = values
    frame = pd.DataFrame(parsed, index=rows.index)

    for position, header in match.extras.items():  # other columns: as written, blank = NA
        frame[header] = table.raw.loc[rows.index, position].where(rows[position].ne(""))

    key = key_for(columns)
    check_row_rules(frame, match.headers, problems)
    check_duplicates(frame, key, match.headers, problems)
    check_spelling(frame, [name for name in key if name != "date"], match.headers, problems)
    problems.raise_if_any()

    frame = _final_types(frame, columns)
    sort_by = [name for name in key if name in frame]
    if sort_by:
        frame = frame.sort_values(sort_by, kind="stable")
    return frame.reset_index(drop=True)


def _parse_column(text: pd.Series, column: schema.Column, dayfirst: bool, decimal_comma: bool,
                  header: str, problems: Problems) -> tuple[pd.Series, Issues]:
    """Parse one column of stripped text by its kind; blanks in a required schema column
    are issues."""
    issues: Issues
    if column.kind in (schema.COUNT, schema.AMOUNT):
        values, issues = parse_numbers(text, whole=column.kind == schema.COUNT,
                                       money=column.kind == schema.AMOUNT,
                                       decimal_comma=decimal_comma)
    elif column.kind in (schema.DATE, schema.TIMESTAMP):
        values, issues, column_issue = parse_dates(
            text, dayfirst=dayfirst, keep_time=column.kind == schema.TIMESTAMP)
        if column_issue:
            problems.add(column_issue, column=header)
    else:
        values = text.where(text.ne(""))
        issues = excel_error_issues(text)
    if column.required:
        empty = msg.text(_EMPTY_MESSAGE[column.kind])
        for row in text.index[text.eq("").to_numpy()]:
            issues[row] = empty
    return values, issues


def _final_types(frame: pd.DataFrame, columns: tuple[schema.Column, ...]) -> pd.DataFrame:
    """int64 counts (nullable Int64 if an optional count has blanks), float64 amounts."""
    for column in columns:
        if column.name in frame and column.kind == schema.COUNT:
            values = frame[column.name]
            frame[column.name] = values.astype("Int64" if values.isna().any() else "int64")
    return frame
