"""The fixed numbers and text rules behind module 03's exercises (`predictive_maintenance.py`).
The notebook shows the same numbers to participants; tests check them against the data."""

from __future__ import annotations

from score_helpers.exercises.kinds import Rule

# Q2: the machine whose last days the chart shows (lessons.last_days_chart), and how many.
CHART_MACHINE = "CMP-02"      # the air compressor that broke down on 14 March 2025
CHART_DAYS = 8
# Q3: the limits of the cost table (lessons.limit_table) and the EIT's rule: a total cost
# within CLOSE_TO_LOWEST_PHP of the lowest in the table, then the earliest warning.
LIMITS_MM_S = (1.0, 1.8, 3.0, 4.6)
CLOSE_TO_LOWEST_PHP = 3_000
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


# Q6: four AI4I runs (air K, process K, rpm); only C is a heat dissipation failure.
HDF_RUNS = {"A": (300.1, 311.2, 1290), "B": (302.4, 310.6, 1420),
            "C": (301.0, 309.2, 1350), "D": (298.0, 306.9, 1365)}


def hdf_option(key: str) -> str:
    """Q6's option text for run `key`: its temperatures, their difference and its speed."""
    air, process, rpm = HDF_RUNS[key]
    return (f"Run {key}: air {air:.1f} K, process {process:.1f} K (difference "
            f"{process - air:.1f} K), {rpm:,} rpm")
