"""How kpi.qcdms_summary scales: time per row at 1×, 10× and 100× the bundled daily data.

Run from the repository root:  python benchmarks/kpi_scaling.py

It loads datasets/{garments,food,electronics}_daily.csv (through score_helpers.data.load
when that works, else pandas), or builds a synthetic frame with the schema columns when
the files are not there yet. Each copy of the data gets its own line names, so the number
of groups grows with the rows. The ratios compare time per row with the 1× run made in
the same process: near 1 (or below, as fixed costs spread) means linear scaling.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_helpers import kpi, paths, schema

DATASETS = ("garments_daily", "food_daily", "electronics_daily")
SCALES = (1, 10, 100)
REPEATS = 3


def load_one(name: str) -> pd.DataFrame | None:
    """One bundled daily dataset, or None if it is not there (yet)."""
    try:
        from score_helpers import data

        return data.load(name)
    except Exception:  # the loader is optional here: fall back to plain pandas
        path = paths.dataset_path(name)
        return pd.read_csv(path, parse_dates=["date"]) if path.exists() else None


def synthetic_daily(days: int = 312, lines: int = 4, seed: int = 2025) -> pd.DataFrame:
    """A consistent daily frame with every schema.DAILY_PRODUCTION column (Mon–Sat days)."""
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2024-01-01", periods=days, freq="C", weekmask="Mon Tue Wed Thu Fri Sat")
    keys = pd.MultiIndex.from_product(
        [schema.FACTORIES, [f"Line {chr(65 + i)}" for i in range(lines)], dates],
        names=["factory", "line", "date"]).to_frame(index=False)
    n = len(keys)
    planned = np.full(n, 480.0)
    downtime = rng.uniform(0, 90, n).round(1)
    cycle = rng.choice([0.4, 0.5, 0.8], n)
    units = rng.integers(300, 900, n)
    defects = rng.binomial(units, 0.04)
    scrapped = rng.binomial(defects, 0.3)
    due = rng.integers(0, 6, n)
    headcount = rng.integers(20, 40, n)
    hours = headcount * 8.0
    lost_time = rng.binomial(1, 0.01, n)
    return keys.assign(
        product="synthetic", units_produced=units, defects=defects,
        units_reworked=defects - scrapped, units_scrapped=scrapped,
        planned_minutes=planned, downtime_minutes=downtime, ideal_cycle_time_min=cycle,
        orders_due=due, orders_on_time=rng.binomial(due, 0.9),
        material_cost_php=units * 55.0, labour_cost_php=headcount * 695.0,
        overhead_cost_php=rng.uniform(2000, 4000, n).round(2), headcount=headcount,
        scheduled_worker_days=headcount, days_absent=rng.binomial(headcount, 0.05),
        separations=rng.binomial(1, 0.02, n), hours_worked=hours,
        incidents=rng.binomial(1, 0.03, n) + lost_time, near_misses=rng.poisson(0.3, n),
        lost_time_injuries=lost_time, days_lost=lost_time * rng.integers(1, 10, n),
    )[[column.name for column in schema.DAILY_PRODUCTION]]


def base_frame() -> tuple[pd.DataFrame, str]:
    """The three bundled datasets concatenated, or the synthetic stand-in."""
    frames = [load_one(name) for name in DATASETS]
    if all(frame is not None for frame in frames):
        return pd.concat(frames, ignore_index=True), "bundled datasets " + ", ".join(DATASETS)
    return synthetic_daily(), "synthetic frame (bundled datasets not found)"


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
    base, source = base_frame()
    print(f"Data: {source}; {len(base):,} rows at 1×")
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
