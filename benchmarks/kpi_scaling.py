"""How kpi.qcdms_summary scales: time per row at 1×, 10× and 100× the bundled daily data.

Run from the repository root:  python benchmarks/kpi_scaling.py

It loads datasets/{garments,food,electronics}_daily.csv through score_helpers.data.load
(a data error stops the benchmark rather than being hidden). Each copy of the data gets
its own line names, so the number of groups grows with the rows. The ratios compare time
per row with the 1× run made in the same process: near 1 (or below, as fixed costs
spread) means linear scaling.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_helpers import data, kpi

DATASETS = ("garments_daily", "food_daily", "electronics_daily")
SCALES = (1, 10, 100)
REPEATS = 3


def base_frame() -> pd.DataFrame:
    """The three bundled daily datasets, validated by score_helpers.data, in one frame."""
    return pd.concat([data.load(name) for name in DATASETS], ignore_index=True)


def replicate(df: pd.DataFrame, copies: int) -> pd.DataFrame:
    """`copies` copies of df, each with its own line names, so groups grow with rows."""
    if copies == 1:
        return df
    return pd.concat([df.assign(line=df["line"].astype(str) + f" /{k}") for k in range(copies)],
                     ignore_index=True)


def best_time(df: pd.DataFrame) -> tuple[float, int]:
    """Best wall time of REPEATS runs of the weekly summary, and its number of rows."""
    best, rows = float("inf"), 0
    for _ in range(REPEATS):
        start = time.perf_counter()
        summary = kpi.qcdms_summary(df, by=("factory", "line"), period="W")
        best = min(best, time.perf_counter() - start)
        rows = len(summary)
    return best, rows


def main() -> None:
    base = base_frame()
    print(f"Data: bundled datasets {', '.join(DATASETS)}; {len(base):,} rows at 1×")
    print(f"pandas {pd.__version__}, numpy {np.__version__}; best of {REPEATS} runs\n")
    print(f"{'scale':>6} {'rows':>10} {'groups':>8} {'seconds':>9} {'µs/row':>8} {'vs 1×':>7}")
    baseline = None
    for scale in SCALES:
        df = replicate(base, scale)
        seconds, groups = best_time(df)
        per_row = seconds / len(df) * 1e6
        baseline = baseline or per_row
        print(f"{scale:>5}× {len(df):>10,} {groups:>8,} {seconds:>9.3f} {per_row:>8.2f} "
              f"{per_row / baseline:>7.2f}")


if __name__ == "__main__":
    main()
