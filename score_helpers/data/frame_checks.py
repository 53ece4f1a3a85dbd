"""Argument checks for the KPI helpers (score_helpers.kpi), with errors a participant can act on.

Every check names the argument (or column) at fault and says what to look at. Values are
Python or numpy numbers, or pandas Series; a Series is checked row by row and the first
offending row label is named.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

Number = int | float | np.integer | np.floating
Value = Number | pd.Series


def fmt(value: float) -> str:
    """A number as a participant would write it: 12, 0.5, 1,000,000."""
    return format(value, ",.10g")


def number(name: str, value: object) -> float | pd.Series:
    """`value` as a float, or as a float64 Series; TypeError naming `name` if it is not numeric."""
    if isinstance(value, pd.Series):
        return _numeric_series(name, value)
    if value is pd.NA:
        return float("nan")
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        hint = " Convert text with float(...) first." if isinstance(value, str) else ""
        raise TypeError(
            f"{name} must be a number or a pandas Series of numbers, "
            f"not {type(value).__name__} ({value!r}).{hint}"
        )
    return float(value)


def _numeric_series(name: str, series: pd.Series) -> pd.Series:
    if pd.api.types.is_bool_dtype(series.dtype):
        raise TypeError(f"{name} holds True/False values, not numbers; use a column of counts.")
    if pd.api.types.is_numeric_dtype(series.dtype):
        return series.astype("float64")
    is_number = series.map(lambda v: v is None or v is pd.NA or (
        isinstance(v, numbers.Real) and not isinstance(v, bool))).to_numpy(dtype=bool)
    if not is_number.all():
        position = int(np.argmin(is_number))
        raise TypeError(
            f"{name} must hold numbers, but row {series.index[position]!r} holds "
            f"{series.iloc[position]!r}. Convert the column with pd.to_numeric(...) first."
        )
    return pd.to_numeric(series).astype("float64")


def non_negative(name: str, value: float | pd.Series) -> None:
    """ValueError naming `name` (and the first bad row of a Series) if any value is below 0."""
    reason = "counts, costs, minutes and hours cannot be negative; check the entry."
    if isinstance(value, pd.Series):
        bad = (value < 0).to_numpy()
        if bad.any():
            position = int(np.argmax(bad))
            more = f" ({int(bad.sum())} negative rows in all)" if bad.sum() > 1 else ""
            raise ValueError(
                f"{name} must be 0 or more, but row {value.index[position]!r} has "
                f"{fmt(value.iloc[position])}{more}: {reason}"
            )
    elif value < 0:
        raise ValueError(f"{name} must be 0 or more (got {fmt(value)}): {reason}")


def positive(name: str, value: float, why: str) -> None:
    """ValueError naming `name` if the scalar denominator is 0 or negative (NaN passes)."""
    if value < 0:
        raise ValueError(
            f"{name} must be more than 0 (got {fmt(value)}): it cannot be negative; "
            "check the entry."
        )
    if value == 0:
        raise ValueError(
            f"{name} must be more than 0 (got 0): {why}; leave that day out or check the entry."
        )


def not_more(part_name: str, part: Value, whole_name: str, whole: Value) -> None:
    """ValueError naming both arguments where `part` is larger than a non-zero `whole`.

    A zero `whole` is left to the division, which gives NaN for that row.
    """
    bad = np.asarray((part > whole + 1e-9 * abs(whole)) & (whole != 0))
    if not bad.any():
        return
    where = ""
    if bad.ndim:
        position = int(np.argmax(bad))
        index = next(v.index for v in (part, whole) if isinstance(v, pd.Series))
        where = f" at row {index[position]!r}"
        part, whole = (v.iloc[position] if isinstance(v, pd.Series) else v for v in (part, whole))
    raise ValueError(
        f"{part_name} ({fmt(part)}) is more than {whole_name} ({fmt(whole)}){where}: "
        f"{part_name} is part of {whole_name}, so it cannot be larger; check both entries."
    )


def checked(**named: object) -> list[float | pd.Series]:
    """Convert each value, reject negatives, and align any Series on the union of their index."""
    values = [number(name, value) for name, value in named.items()]
    for name, value in zip(named, values, strict=True):
        non_negative(name, value)
    series = [v for v in values if isinstance(v, pd.Series)]
    index = series[0].index if series else None
    for other in series[1:]:
        if not other.index.equals(index):
            index = index.union(other.index)
    if index is not None:
        values = [v.reindex(index) if isinstance(v, pd.Series) else v for v in values]
    return values


def divide(numerator: Value, denominator: Value) -> float | pd.Series:
    """numerator ÷ denominator, NaN (never inf, never a warning) where the denominator is 0."""
    if isinstance(denominator, pd.Series):
        return numerator / denominator.where(denominator > 0)
    return numerator / denominator if denominator > 0 else numerator * float("nan")


def ratio(num_name: str, numerator: object, den_name: str, denominator: object, *,
          why: str, result: str, at_most: bool = False, scale: float = 1.0) -> float | pd.Series:
    """Checked numerator × scale ÷ denominator, the shape shared by most KPI helpers.

    A scalar denominator of 0 raises (with `why`); a zero in a Series gives NaN. With
    `at_most`, a numerator larger than the denominator raises, naming both.
    """
    den = number(den_name, denominator)
    if not isinstance(den, pd.Series):
        positive(den_name, den, why)
    num, den = checked(**{num_name: numerator, den_name: den})
    if at_most:
        not_more(num_name, num, den_name, den)
    out = divide(num * scale, den)
    return out.rename(result) if isinstance(out, pd.Series) else out


# ---- Checks on a daily frame (used by kpi.qcdms_summary) --------------------------------

def require_columns(df: pd.DataFrame, columns: Iterable[str]) -> None:
    """ValueError listing, in plain words, every column `df` is missing."""
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"df must be a pandas DataFrame, not {type(df).__name__}.")
    missing = [c for c in dict.fromkeys(columns) if c not in df.columns]
    if missing:
        raise ValueError(
            f"The data is missing {len(missing)} column(s) the summary needs: "
            f"{', '.join(missing)}. Check the column names (see datasets/README.md)."
        )


def require_clean_numbers(df: pd.DataFrame, columns: Sequence[str]) -> None:
    """TypeError/ValueError naming the column and first row that is text, missing or negative."""
    text = [c for c in columns if not pd.api.types.is_numeric_dtype(df[c].dtype)
            or pd.api.types.is_bool_dtype(df[c].dtype)]
    if text:
        raise TypeError(
            f"These columns must hold numbers but do not: {', '.join(text)}. "
            "Load the file with score_helpers.data.load or convert with pd.to_numeric."
        )
    values = df[list(columns)]
    for problem, mask in (("missing values", values.isna()), ("negative values", values < 0)):
        counts = mask.sum()
        if counts.any():
            column = counts.index[counts.to_numpy().nonzero()[0][0]]
            row = df.index[int(np.argmax(mask[column].to_numpy()))]
            raise ValueError(
                f"Column '{column}' has {int(counts[column])} {problem}, the first at row "
                f"{row!r}. Fix or drop those rows first: a sum would hide them."
            )


def as_dates(dates: pd.Series) -> pd.Series:
    """The 'date' column as datetimes; ValueError if some entries are missing or not dates."""
    if not pd.api.types.is_datetime64_any_dtype(dates.dtype):
        try:
            dates = pd.to_datetime(dates)
        except (ValueError, TypeError) as error:
            raise ValueError(
                f"Column 'date' must hold dates written yyyy-mm-dd ({error})."
            ) from error
    missing = dates.isna().to_numpy()
    if missing.any():
        raise ValueError(
            f"Column 'date' has {int(missing.sum())} missing dates, the first at row "
            f"{dates.index[int(np.argmax(missing))]!r}. Fill or drop those rows first."
        )
    return dates


_PERIOD_ALIASES = {"ME": "M", "MS": "M", "QE": "Q", "QS": "Q", "YE": "Y", "YS": "Y",
                   "A": "Y", "AS": "Y"}


def period_start(dates: pd.Series, period: str) -> pd.Series:
    """First day of the period ('D', 'W' (Monday), 'M'/'ME', 'Q', 'Y') holding each date."""
    alias = str(period).upper()
    alias = _PERIOD_ALIASES.get(alias, alias)
    try:
        return dates.dt.to_period(alias).dt.start_time
    except (ValueError, TypeError) as error:
        raise ValueError(
            f"period must be 'D', 'W', 'M', 'Q' or 'Y' (a pandas offset alias), or None "
            f"for the whole range; got {period!r}."
        ) from error
