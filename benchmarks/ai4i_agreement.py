"""How ai4i_process scales, and how well failure_rules reproduces the generator's labels.

Run from the repository root:  python benchmarks/ai4i_agreement.py

Part 1 times score_helpers.maintenance.ai4i.ai4i_process at 10k, 100k and 1M rows (best of a
few runs). The ratio compares time per row with the 10k run made in the same process: near 1 (or
below, as fixed costs spread) means linear scaling.

Part 2 runs failure_rules on the 10k frame. HDF, PWF and OSF are deterministic rules, so
they must agree on 100.00 % of rows. TWF is only a window (tool wear ≥ 200 min): it shows
the share of generated TWF rows inside the window, and how many window rows are failures.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_helpers.maintenance import ai4i

SIZES = (10_000, 100_000, 1_000_000)
REPEATS = {10_000: 5, 100_000: 3, 1_000_000: 1}


def best_time(n: int) -> float:
    """Best wall time of REPEATS[n] runs of ai4i_process(n)."""
    best = float("inf")
    for _ in range(REPEATS[n]):
        start = time.perf_counter()
        ai4i.ai4i_process(n)
        best = min(best, time.perf_counter() - start)
    return best


def scaling() -> None:
    print(f"pandas {pd.__version__}, numpy {np.__version__}\n")
    print(f"{'rows':>10} {'runs':>5} {'seconds':>9} {'rows/s':>12} {'µs/row':>8} {'vs 10k':>7}")
    baseline = None
    for n in SIZES:
        seconds = best_time(n)
        per_row = seconds / n * 1e6
        baseline = baseline or per_row
        print(f"{n:>10,} {REPEATS[n]:>5} {seconds:>9.3f} {n / seconds:>12,.0f} {per_row:>8.2f} "
              f"{per_row / baseline:>7.2f}")


def agreement(n: int = 10_000) -> None:
    df = ai4i.ai4i_process(n)
    rules = ai4i.failure_rules(df)
    print(f"\nfailure_rules vs the generator's labels, {n:,} rows (seed 2020)\n")
    print(f"{'mode':>5} {'labelled':>9} {'by rule':>8}  agreement")
    for mode in ("HDF", "PWF", "OSF"):
        labels = df[mode].astype(bool)
        share = (rules[mode] == labels).mean() * 100
        print(f"{mode:>5} {labels.sum():>9,} {rules[mode].sum():>8,}  {share:6.2f} % of rows")
    twf = df["TWF"].astype(bool)
    inside = rules.loc[twf, "TWF"].mean() * 100
    precision = twf[rules["TWF"]].mean() * 100
    print(f"{'TWF':>5} {twf.sum():>9,} {rules['TWF'].sum():>8,}  {inside:6.2f} % within window "
          f"(wear ≥ {ai4i.TWF_WINDOW[0]} min); {precision:.2f} % of window rows are TWF")


def main() -> None:
    scaling()
    agreement()


if __name__ == "__main__":
    main()
