"""The predictive-maintenance lab's figures in one run (issue 6).

Run from the repository root:  python benchmarks/maintenance.py

1. The fleet simulator's rows per second at 1×, 10× and 100× the default fleet, with the
   per-row time as a ratio of the 1× run (benchmarks/maintenance_sim.py).
2. The failure model on a held-out later period of a simulated fleet (12 machines, 180
   days; trained before 1 May 2025 with a 48-hour gap, tested from 1 May): precision,
   recall, breakdowns caught, false alarms and median lead time, next to the accuracy of
   a model that always says "never fails" (the ratio shows why accuracy lies).
3. How often failure_rules agrees with ai4i_process's own labels: 100.00 % for HDF, PWF
   and OSF (benchmarks/ai4i_agreement.py).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ai4i_agreement
import maintenance_sim as sim_benchmark

from score_helpers.maintenance import evaluation as maintenance_eval
from score_helpers.maintenance import model as maintenance_model
from score_helpers.maintenance import simulator as maintenance_sim

HOURS = 48


def model_on_held_out_period() -> None:
    """Train on the past of a simulated fleet, score the later period, print the figures."""
    started = time.perf_counter()
    fleet = maintenance_sim.simulate_fleet(n_machines=12, days=180, seed=2025)
    features = maintenance_model.add_features(fleet.sensors, fleet.events)
    labels = maintenance_sim.label_fails_within(fleet, HOURS)
    train, test = maintenance_model.time_split(features, "2025-05-01", gap_hours=HOURS)
    model = maintenance_model.train_failure_model(train, labels)
    result = maintenance_eval.evaluate(model, test, labels, fleet.sensors, HOURS)
    seconds = time.perf_counter() - started
    print(f"\nFailure model, warning window {HOURS} h, held-out period from 2025-05-01 "
          f"({len(train):,} training hours, {len(test):,} test hours, {seconds:.1f} s):")
    print(f"  precision {result.precision:.1%} · recall {result.recall:.1%} · breakdowns "
          f"caught {result.caught} of {result.breakdowns} · false alarms "
          f"{result.false_alarms} · median lead {result.median_lead_hours:.0f} h")
    print(f"  accuracy {result.accuracy:.1%} vs 'never fails' {result.baseline_accuracy:.1%} "
          f"(ratio {result.baseline_accuracy / result.accuracy:.3f}×, and it catches 0)")


def main() -> None:
    """All three parts, in one process."""
    sim_benchmark.main()
    model_on_held_out_period()
    print()
    ai4i_agreement.main()


if __name__ == "__main__":
    main()
