"""How the fleet simulator scales: rows per second at 1×, 10× and 100× the default fleet.

Run from the repository root:  python benchmarks/maintenance_sim.py

1× is the default fleet of score_helpers.maintenance.simulator.simulate_fleet: 6 machines for
90 days (12,960 hourly rows); 10× and 100× simulate 60 and 600 machines over the same
days. The ratios compare time per row with the 1× run made in the same process: near 1
(or below, as the hour-by-hour loop is shared by all machines) means linear scaling.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_helpers.maintenance import simulator as maintenance_sim

MACHINES, DAYS = 6, 90
SCALES = (1, 10, 100)
REPEATS = 3


def best_time(n_machines: int) -> tuple[float, int, int]:
    """Best wall time of REPEATS simulations, with the sensor rows and breakdowns made."""
    best, rows, breakdowns = float("inf"), 0, 0
    for _ in range(REPEATS):
        start = time.perf_counter()
        fleet = maintenance_sim.simulate_fleet(n_machines=n_machines, days=DAYS)
        best = min(best, time.perf_counter() - start)
        rows, breakdowns = len(fleet.sensors), len(maintenance_sim.failures(fleet))
    return best, rows, breakdowns


def main() -> None:
    print(f"Fleet: {MACHINES} machines × {DAYS} days at 1×, seed 2025")
    print(f"pandas {pd.__version__}, numpy {np.__version__}; best of {REPEATS} runs\n")
    print(f"{'scale':>6} {'machines':>9} {'rows':>11} {'breakdowns':>11} {'seconds':>9} "
          f"{'rows/s':>11} {'µs/row':>8} {'vs 1×':>7}")
    baseline = None
    for scale in SCALES:
        seconds, rows, breakdowns = best_time(MACHINES * scale)
        per_row = seconds / rows * 1e6
        baseline = baseline or per_row
        print(f"{scale:>5}× {MACHINES * scale:>9,} {rows:>11,} {breakdowns:>11,} "
              f"{seconds:>9.3f} {rows / seconds:>11,.0f} {per_row:>8.3f} "
              f"{per_row / baseline:>7.2f}")


if __name__ == "__main__":
    main()
