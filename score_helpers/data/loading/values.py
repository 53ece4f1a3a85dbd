"""Turning text cells into numbers: counts (whole numbers >= 0) and amounts (decimals >= 0).

Accepted as written in Philippine spreadsheets: thousands separators ('1,234', '1 200.5'),
pesos ('₱12,450.50', 'PHP 1,200', 'P500'), accounting negatives ('(500)', reported as
negative) and, in semicolon-separated files, a decimal comma ('12,5').
Every function is vectorised: the slow, careful path runs only on cells that fail the
fast one.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.problems import quote

EXCEL_ERRORS = re.compile(
    r"#(?:VALUE!|DIV/0!|REF!|NAME\?|N/A|NUM!|NULL!|SPILL!|CALC!|FIELD!|GETTING_DATA)",
    re.IGNORECASE)
_CURRENCY_BEFORE = r"^([+-]?)\s*(?:₱|php|p)\.?\s*"
_CURRENCY_AFTER = r"\s*(?:₱|php)\.?$"
_GROUPED_COMMA = r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?"
_GROUPED_SPACE = r"[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?"
_DECIMAL_COMMA = r"[+-]?\d{1,3}(?:[. \u00a0\u202f]\d{3})*,\d+|[+-]?\d+,\d+"
_DASHES = {"-", "–", "—"}

Issues = dict[int, str]  # spreadsheet row -> message for one column


def parse_numbers(text: pd.Series, *, whole: bool, money: bool = False,
                  decimal_comma: bool = False) -> tuple[pd.Series, Issues]:
    """Parse a column of text cells (already stripped) to float; blanks become NaN without
    an issue.

    `whole` requires whole numbers (counts); `money` also accepts peso signs.
    Returns the values and, for each bad cell, a message (by spreadsheet row).
    """
    values = pd.to_numeric(text, errors="coerce").astype("float64")
    blank = text.eq("")
    retry = ~blank & ~np.isfinite(values)
    if retry.any():
        values.loc[retry] = _clean_numbers(text[retry], money, decimal_comma)
    issues: Issues = {}
    bad = ~blank & ~np.isfinite(values)
    for row, value in text[bad].items():
        issues[row] = _bad_number_message(value, whole, money, decimal_comma)
    values = values.where(~bad)
    if whole:
        fraction = values.notna() & (values % 1 != 0)
        for row, value in text[fraction].items():
            issues[row] = msg.NOT_WHOLE_HAS_DECIMALS.format(value=quote(value))
    negative = values < 0
    for row, value in text[negative].items():
        issues.setdefault(row, msg.NEGATIVE.format(value=quote(value)))
    return values, issues


def _clean_numbers(text: pd.Series, money: bool, decimal_comma: bool) -> pd.Series:
    """The careful path: strip currency, separators and accounting brackets, then parse."""
    work = text.str.replace(r"\s+", " ", regex=True)
    in_brackets = work.str.fullmatch(r"\(.*\)")
    work = work.where(~in_brackets, work.str.slice(1, -1).str.strip())
    if money:
        work = work.str.replace(_CURRENCY_BEFORE, r"\1", regex=True, flags=re.IGNORECASE)
        work = work.str.replace(_CURRENCY_AFTER, "", regex=True, flags=re.IGNORECASE)
    grouped = work.str.fullmatch(_GROUPED_COMMA) | work.str.fullmatch(_GROUPED_SPACE)
    work = work.where(~grouped, work.str.replace(r"[, \u00a0\u202f]", "", regex=True))
    if decimal_comma:
        comma = ~grouped & work.str.fullmatch(_DECIMAL_COMMA)
        fixed = work.str.replace(r"[. \u00a0\u202f]", "", regex=True).str.replace(",", ".")
        work = work.where(~comma, fixed)
    values = pd.to_numeric(work, errors="coerce").astype("float64")
    return values.where(~in_brackets, -values)


def _parses(text: str, money: bool, decimal_comma: bool) -> bool:
    value = _clean_numbers(pd.Series([text], dtype=object), money, decimal_comma).iloc[0]
    return bool(np.isfinite(value))


def _bad_number_message(value: str, whole: bool, money: bool, decimal_comma: bool) -> str:
    """Why a cell is not a number, with a hint for the usual slips."""
    if EXCEL_ERRORS.fullmatch(value):
        return msg.EXCEL_ERROR.format(value=quote(value))
    hint = ""
    if value in _DASHES:
        hint = msg.HINT_DASH
    elif re.search(r"\d", value) and _parses(value.translate(str.maketrans("Oo", "00")),
                                             money, decimal_comma):
        hint = msg.HINT_LETTER_O
    elif re.search(r"\d", value) and _parses(value.translate(str.maketrans("lI", "11")),
                                             money, decimal_comma):
        hint = msg.HINT_LETTER_L
    elif "%" in value:
        hint = msg.HINT_PERCENT
    elif re.search(r"\d", value) and re.search(r"[A-Za-z]", value):
        hint = msg.HINT_TEXT_WITH_NUMBER
    elif re.search(r"\d[.,]\d+[.,]", value):
        hint = msg.HINT_TWO_SEPARATORS
    template = msg.NOT_WHOLE_NUMBER if whole else msg.NOT_A_NUMBER
    return template.format(value=quote(value), hint=hint)


def excel_error_issues(text: pd.Series) -> Issues:
    """Spreadsheet formula errors ('#VALUE!') in a column of stripped text."""
    errors = text.str.fullmatch(EXCEL_ERRORS.pattern, flags=re.IGNORECASE)
    return {row: msg.EXCEL_ERROR.format(value=quote(value))
            for row, value in text[errors.fillna(False).astype(bool)].items()}
