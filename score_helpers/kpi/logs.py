"""Checks shared by the KPIs computed from a log a factory keeps (grievances, suggestions).

A log is a DataFrame with one row per case; these check its type and its columns before a
KPI reads it, and make the DataError that names the log, the column and how to fix it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from score_helpers.data import DataError
from score_helpers.data.loading.problems import Problem


def log_error(message: str, column: str | None, source: str, dataset: str) -> DataError:
    """A DataError about the log `source`, naming the column at fault and the dataset's
    entry in datasets/README.md (`dataset`, e.g. 'grievances.csv') that describes it."""
    return DataError([Problem(source, column, None, message)],
                     f"Fix the log (see datasets/README.md, {dataset}) and run the cell again.")


def log_copy(log: object, source: str, needed: Sequence[str], dataset: str,
             kpis: str) -> pd.DataFrame:
    """A copy of `log` after checking it is a DataFrame with every `needed` column.

    TypeError when it is not a DataFrame (e.g. a file name was passed); DataError naming
    the missing columns and what the `kpis` (e.g. 'grievance KPIs') need.
    """
    if not isinstance(log, pd.DataFrame):
        name = dataset.removesuffix(".csv")
        raise TypeError(f"{source} must be a pandas DataFrame, e.g. data.load('{name}'), "
                        f"not {type(log).__name__}.")
    missing = [column for column in needed if column not in log.columns]
    if missing:
        raise log_error(f"missing column(s) {', '.join(map(repr, missing))}; the {kpis} "
                        f"need {', '.join(needed)}.", missing[0], source, dataset)
    return log.copy()
