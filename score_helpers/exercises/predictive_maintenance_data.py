"""The fixed numbers, text rules and small readers behind module 03's exercises
(`predictive_maintenance.py`). The notebook shows the same numbers to participants."""

from __future__ import annotations

from typing import Any

import pandas as pd

from score_helpers.exercises.kinds import Rule
from score_helpers.maintenance import model as mm

MACHINE = "CMP-02"            # the air compressor that broke down on 14 March 2025
ZONE_C_MM_S = mm.ZONE_FLOOR["C"]
ZONE_D_MM_S = mm.ZONE_FLOOR["D"]
TRAIN_UNTIL = pd.Timestamp("2025-03-01")
# Q5: hour-by-hour counts of a model on 3,000 held-out hours (3 % warning hours).
COUNTS = {"caught": 54, "false_alarm_hours": 126, "missed": 36, "quiet_hours": 2784}
# Q7: one quarter of the predictive policy on a bigger line, and the example prices
# (maintenance_cost.EXAMPLE_COSTS: a breakdown = ₱8,000 parts + 10 h × (₱2,500 + ₱250);
# a planned job = ₱2,000 parts + 3 h × (₱2,500 + ₱250); a false alarm visit = ₱500).
JOBS = {"breakdowns": 2, "planned_jobs": 5, "false_alarms": 14}
PRICES = {"breakdown_php": 35_500, "planned_php": 10_250, "false_alarm_php": 500}

# Q8: who decides when an alert fires.
PERSON = Rule("the person who gets the alert (for example the technician or the supervisor)",
              (r"technician", r"supervisor", r"mechanic", r"operator", r"team leader",
               r"maintenance", r"person", r"people", r"engineer", r"manager", r"\bI\b",
               r"\bwe\b", r"worker"))
ACTION = Rule("what that person does first (for example checks the machine)",
              (r"check", r"inspect", r"look", r"listen", r"feel", r"measure", r"decide",
               r"plan", r"schedule", r"confirm", r"visit", r"go to", r"tingn"))
AUTO_STOP = Rule("an alert that stops the machine by itself. The alert goes to a person, and "
                 "people decide when to stop",
                 (r"(?<!not )(?<!never )(?<!n't )\bstops? (?:the machine |it )?"
                  r"(?:automatically|by itself)", r"(?<!no )\bauto-?stop"))


def warning_rows(sensors: pd.DataFrame, log: pd.DataFrame) -> tuple[pd.DataFrame, pd.Timestamp]:
    """MACHINE's sensor rows from 1 March 2025 up to its breakdown hour, and that hour."""
    breaks = mm.breakdown_times(sensors, log)
    hour = breaks.loc[breaks["machine_id"] == MACHINE, "timestamp"].max()
    rows = sensors[(sensors["machine_id"] == MACHINE) & (sensors["timestamp"] >= "2025-03-01")
                   & (sensors["timestamp"] <= hour)]
    return rows, hour


def split_problem(features: pd.DataFrame, train: Any, test: Any) -> str | None:
    """What is wrong with a train/test split of `features`: 'not_table', 'swapped',
    'random' (training hours after test hours: the future leaked) or 'wrong_rows'
    (not every row, once, cut at TRAIN_UNTIL); None when it is right."""
    frames = (train, test)
    if not all(isinstance(f, pd.DataFrame) and "timestamp" in f.columns for f in frames):
        return "not_table"
    if not (train.empty or test.empty):
        if train["timestamp"].min() >= test["timestamp"].max():
            return "swapped"
        if train["timestamp"].max() >= test["timestamp"].min():
            return "random"
    before = features["timestamp"] < TRAIN_UNTIL
    right = (sorted(train.index) == sorted(features.index[before])
             and sorted(test.index) == sorted(features.index[~before]))
    return None if right else "wrong_rows"
