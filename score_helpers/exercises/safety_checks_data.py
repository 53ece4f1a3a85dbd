"""The small fixed tables, text rules and answer readers behind module 04's exercises
(`safety_checks.py`).

The notebook shows the same tables to participants. They are made up for the exercises and
never change, so an answer does not depend on the regenerated `incident_reports.csv`:
- `march_reports()`: one month of reports at a food-processing plant (Q1);
- `reports_2024()`: the same plant's cases of a whole year, for the frequency rate (Q2);
- `cavite_2024()`: the company's second plant, whose year had a death, for the severity
  rate with the days charged (Q3);
- `triage_suggestions()`: the triage model's suggestions for eight new reports (Q6).
The `*_problems` functions name what is wrong with an answer by the keys of the exercise's
`common_mistakes`; `report_share` gives the points of a near-miss report.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from score_helpers.exercises.kinds import Rule

# --- Q1 · One month of reports --------------------------------------------------------------
_MARCH: tuple[tuple[str, str, str, str, int], ...] = (
    # (date, line, report_type, description, days_lost)
    ("2025-03-03", "Packing", "near_miss", "Muntik madulas sa basang sahig malapit sa chiller.", 0),
    ("2025-03-04", "Cooking", "first_aid", "Small burn on the wrist from the fryer, cold water "
                                           "and ointment.", 0),
    ("2025-03-05", "Warehouse", "near_miss", "A box fell from the top rack, nobody under it.", 0),
    ("2025-03-06", "Cutting", "lost_time", "Deep cut on the hand while cleaning the slicer; "
                                           "stitches, off work.", 3),
    ("2025-03-07", "Packing", "near_miss", "Forklift reversed without alarm past the packers.", 0),
    ("2025-03-10", "Cooking", "recordable", "Hot oil splash on the arm, treated at the clinic.", 0),
    ("2025-03-11", "Cutting", "first_aid", "Small cut on the finger, band-aid lang.", 0),
    ("2025-03-12", "Warehouse", "near_miss", "Pallet jack rolled down the ramp by itself.", 0),
    ("2025-03-14", "Packing", "near_miss", "Extension cord across the walkway, may natapilok.", 0),
    ("2025-03-17", "Cooking", "near_miss", "Gas smell near burner 3, valve closed at once.", 0),
    ("2025-03-19", "Warehouse", "lost_time", "Back strain lifting sacks of flour without help.", 6),
    ("2025-03-20", "Cutting", "near_miss", "Guard of the slicer left open after cleaning.", 0),
    ("2025-03-24", "Packing", "first_aid", "Eye irritation from cleaning spray, eyes rinsed.", 0),
    ("2025-03-26", "Cooking", "recordable", "Sprained ankle on the wet steps, saw a doctor.", 0),
    ("2025-03-28", "Warehouse", "near_miss", "Blocked fire exit behind stacked crates.", 0),
)


def march_reports() -> pd.DataFrame:
    """The reports of March 2025 at the plant: one row per report (15 rows)."""
    frame = pd.DataFrame(_MARCH, columns=["date", "line", "report_type", "description",
                                          "days_lost"])
    frame.insert(0, "report_id", [f"M-{n:02d}" for n in range(1, len(frame) + 1)])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


MARCH_DAYS_LOST = sum(row[-1] for row in _MARCH)


def march_count(*kinds: str) -> int:
    """How many reports of March have one of these report types."""
    return sum(row[2] in kinds for row in _MARCH)


# --- Q2 · The year 2024, for the AEDR frequency rate -------------------------------------
YEAR = 2024
CASES_2024 = {"near_miss": 41, "first_aid": 25, "recordable": 6, "lost_time": 3}
DAYS_LOST_2024 = (4, 9, 25)            # one number per lost-time injury
PAYROLL = {"workers": 200, "days_worked": 250, "hours_per_day": 8}
EMPLOYEE_HOURS = PAYROLL["workers"] * PAYROLL["days_worked"] * PAYROLL["hours_per_day"]
WORKER_DAYS = PAYROLL["workers"] * PAYROLL["days_worked"]
HOURS_PER_WORKER = PAYROLL["days_worked"] * PAYROLL["hours_per_day"]
AEDR_BASE = 1_000_000                  # DOLE AEDR and ILO 16th ICLS (1998)
OSHA_BASE = 200_000                    # OSHA: 100 full-time workers × 40 h × 50 weeks


def reports_2024() -> pd.DataFrame:
    """Every report of 2024 at the plant (75 rows): date, report_type and days_lost.

    Dates are spread over the year by a fixed rule, so the table never changes.
    """
    rows = []
    for type_number, (kind, count) in enumerate(CASES_2024.items()):
        for n in range(count):
            offset = (n * 53 + type_number * 11) % 360
            day = pd.Timestamp(f"{YEAR}-01-02") + pd.Timedelta(days=offset)
            days = DAYS_LOST_2024[n] if kind == "lost_time" else 0
            rows.append({"date": day, "report_type": kind, "days_lost": days})
    frame = pd.DataFrame(rows).sort_values("date", kind="stable").reset_index(drop=True)
    frame.insert(0, "report_id", [f"Y-{n:03d}" for n in range(1, len(frame) + 1)])
    return frame


def cases(*kinds: str) -> int:
    """How many reports of 2024 have one of these report types."""
    return sum(CASES_2024[kind] for kind in kinds)


def per_hours(count: float, hours: float = EMPLOYEE_HOURS, base: float = AEDR_BASE) -> float:
    """count × base ÷ hours: a rate per `base` hours (the AEDR's when left as is)."""
    return count * base / hours


# The messages of the mistakes with hours and the base (Q2; Q3 shares the base ones).
HOURS_MESSAGES = {
    "osha_base": "That uses OSHA's base of 200,000 hours. DOLE's AEDR, like the ILO, gives "
                 "the rate per 1,000,000 employee-hours: multiply by 1,000,000.",
    "worker_days": "You divided by worker-days, not hours. Employee-hours = workers × days "
                   "worked × hours per day.",
    "hours_per_worker": "You divided by the hours of one worker. Use the hours of all the "
                        "workers together: workers × days worked × hours per day.",
    "no_base": "That is the rate per single hour: a tiny number nobody can read. Multiply by "
               "1,000,000 to get the rate per million employee-hours.",
}


def hours_mistakes(count: float) -> dict[str, float]:
    """The wrong rates of `count` with the wrong base or the wrong hours (HOURS_MESSAGES)."""
    return {"osha_base": per_hours(count, base=OSHA_BASE),
            "worker_days": per_hours(count, WORKER_DAYS),
            "hours_per_worker": per_hours(count, HOURS_PER_WORKER),
            "no_base": per_hours(count, base=1)}


# --- Q3 · The second plant's year with a death, for the AEDR severity rate -----------------
CAVITE_HOURS = 500_000                 # employee-hours of 2024, from its payroll
DEATH_CHARGE = 6_000                   # days charged for a death (OSHS Rule 1050; ANSI Z16.1)
_CAVITE: tuple[tuple[str, str, int, str], ...] = (
    # (date, report_type, days_lost, description)
    ("2024-02-19", "lost_time", 12, "Back strain lifting a sack of resin; off work 12 days."),
    ("2024-06-03", "lost_time", 18, "Wrist broken in a fall from the loading dock; off work "
                                    "18 days."),
    ("2024-10-22", "fatality", 0, "Fall from the mezzanine where the guardrail was missing; "
                                  "the worker died the same day."),
)
CAVITE_DAYS = tuple(row[2] for row in _CAVITE if row[1] == "lost_time")   # (12, 18)
CAVITE_DAYS_LOST = sum(CAVITE_DAYS)
CAVITE_CASES = len(_CAVITE)


def cavite_2024() -> pd.DataFrame:
    """The disabling cases of 2024 at the company's second plant (3 rows): report_id, date,
    report_type, days_lost and description. The death has 0 days lost: it is charged."""
    frame = pd.DataFrame(_CAVITE, columns=["date", "report_type", "days_lost", "description"])
    frame.insert(0, "report_id", [f"C-{n}" for n in range(1, len(frame) + 1)])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def cavite_rate(days: float, base: float = AEDR_BASE) -> float:
    """days × base ÷ CAVITE_HOURS: a rate of the Cavite plant (per 1,000,000 hours as is)."""
    return per_hours(days, CAVITE_HOURS, base)


def severity_mistakes() -> dict[str, float]:
    """The wrong severity rates of Q3, by the key of its common mistake."""
    counted = CAVITE_DAYS_LOST + DEATH_CHARGE
    return {"days_lost_only": cavite_rate(CAVITE_DAYS_LOST),
            "every_case_charged": cavite_rate(DEATH_CHARGE * CAVITE_CASES),
            "charge_only": cavite_rate(DEATH_CHARGE),
            "osha_base": cavite_rate(counted, base=OSHA_BASE),
            "no_base": cavite_rate(counted, base=1),
            "frequency_instead": cavite_rate(CAVITE_CASES),
            "days_per_injury": counted / CAVITE_CASES}


# --- Q4 · The forklift at the loading bay ---------------------------------------------------
FORKLIFT = {"likelihood": 2, "severity": 5}    # "unlikely" but it can kill


def rating_problems(likelihood: int, severity: int) -> list[str]:
    """What is wrong with a rating of the forklift: 'swapped', or 'likelihood_off' and/or
    'severity_off'; [] when both numbers are right."""
    right = (FORKLIFT["likelihood"], FORKLIFT["severity"])
    if (likelihood, severity) != right and (severity, likelihood) == right:
        return ["swapped"]
    return ((["likelihood_off"] if likelihood != right[0] else [])
            + (["severity_off"] if severity != right[1] else []))

# --- Q6 · Triage suggestions --------------------------------------------------------------
REVIEW_BELOW = 0.6          # the same rule as safety_triage.REVIEW_BELOW
_SUGGESTIONS: tuple[tuple[str, float], ...] = (
    ("slip_trip_fall", 0.91), ("electrical", 0.42), ("cut_sharp", 0.60),
    ("chemical", 0.58), ("vehicle_forklift", 0.77), ("other", 0.35),
    ("fire_hot_surface", 0.66), ("housekeeping", 0.59),
)


def triage_suggestions() -> pd.DataFrame:
    """The triage model's suggestion for eight new reports: report_id, category, confidence."""
    frame = pd.DataFrame(_SUGGESTIONS, columns=["category", "confidence"])
    frame.insert(0, "report_id", [f"R-{n}" for n in range(101, 101 + len(frame))])
    return frame


def ids_below(limit: float, *, or_equal: bool = False) -> set[str]:
    """The report IDs of the suggestions less sure than `limit` (or equal, if asked)."""
    frame = triage_suggestions()
    low = frame["confidence"] <= limit if or_equal else frame["confidence"] < limit
    return set(frame.loc[low, "report_id"])


def report_ids(answer: Any) -> set[str] | None:
    """The report IDs in an answer: a list, set, tuple or Series of IDs, a table with a
    'report_id' column, or text such as "R-102, R-104"; None for anything else."""
    if isinstance(answer, pd.DataFrame):
        return set(answer["report_id"].astype(str)) if "report_id" in answer else None
    if isinstance(answer, pd.Series):
        answer = answer.tolist()
    if isinstance(answer, str):
        return {m.upper() for m in re.findall(r"r-\d+", answer, re.IGNORECASE)} or None
    if isinstance(answer, list | set | frozenset | tuple) and all(
            isinstance(x, str) for x in answer):
        return {x.strip().upper() for x in answer}
    return None


def review_problems(answer: Any) -> list[str]:
    """What is wrong with the list of suggestions to review: 'not_ids', 'unknown_ids',
    'reversed' (the confident ones), 'at_the_limit' (<= 0.6), 'below_half' (< 0.5), or
    'missed' and/or 'extra'; [] when it holds exactly those below REVIEW_BELOW."""
    ids = report_ids(answer)
    if ids is None:
        return ["not_ids"]
    every, expected = set(triage_suggestions()["report_id"]), ids_below(REVIEW_BELOW)
    if ids == expected:
        return []
    if ids - every:
        return ["unknown_ids"]
    named = {"reversed": every - expected, "below_half": ids_below(0.5),
             "at_the_limit": ids_below(REVIEW_BELOW, or_equal=True)}
    for key, wrong in named.items():
        if ids == wrong:
            return [key]
    return (["missed"] if expected - ids else []) + (["extra"] if ids - expected else [])


# --- Q7 · Controls for a solvent used in spot-cleaning -------------------------------------
CONTROLS = {
    "A": "PPE",             # masks and gloves
    "B": "administrative",  # training, a sign, one hour a day each
    "C": "engineering",     # an exhaust hood
    "D": "substitution",    # a water-based spot remover
}
STRONGEST_FIRST = ("D", "C", "B", "A")


def order_problems(answer: Any) -> list[str]:
    """The first thing wrong with an order of the controls (a list of letters or text such
    as "DCBA"): 'not_letters', 'not_four', 'reversed', 'ppe_first', 'ppe_not_last',
    'engineering_first', 'admin_first' or 'admin_over_engineering'; [] when it is right."""
    if isinstance(answer, str):
        answer = re.findall(r"[A-Za-z]", answer)
    if not isinstance(answer, list | tuple) or not all(isinstance(x, str) for x in answer):
        return ["not_letters"]
    order = tuple(x.strip().upper() for x in answer)
    if sorted(order) != sorted(CONTROLS):
        return ["not_four"]
    if order == STRONGEST_FIRST:
        return []
    kind = [CONTROLS[letter] for letter in order]
    checks = (("reversed", order == STRONGEST_FIRST[::-1]), ("ppe_first", kind[0] == "PPE"),
              ("ppe_not_last", kind[-1] != "PPE"),
              ("engineering_first", kind[0] == "engineering"),
              ("admin_first", kind[0] == "administrative"), ("admin_over_engineering", True))
    return [next(key for key, found in checks if found)]

# --- Q8 · A no-blame near-miss report ------------------------------------------------------
NAMES = ("Jun", "Mario")          # the packer and the forklift driver in the story
WHAT = Rule("what happened (the forklift reversing close to a person)",
            (r"forklift", r"reversed?", r"reversing", r"backed", r"backing", r"umatras"))
WHERE = Rule("where it happened (the packing area, by Gate 2)",
             (r"packing", r"gate\s*2", r"gate two", r"loading", r"warehouse", r"bodega"))
COULD = Rule("what could have happened (who could have been hurt, and how)",
             (r"could", r"might", r"would have", r"muntik", r"pwede", r"puwede", r"baka",
              r"hurt", r"injur", r"crush", r"\bhit", r"nabangga", r"masagasaan", r"kill"))
NAME = Rule("a person's name. Write the role instead (a packer, the forklift driver): a "
            "report is about the hazard, and names are personal data under RA 10173",
            tuple(rf"\b{name}\b" for name in NAMES))
BLAME = Rule("words that blame someone (careless, fault, pabaya …). Describe what happened "
             "and why it could happen; a no-blame report makes people keep reporting",
             (r"careless", r"(?<!no )(?<!no-)(?<!not to )(?<!nobody is to )blame",
              r"(?<!no )\bfault\b", r"negligen", r"stupid", r"pabaya", r"kasalanan", r"tanga",
              r"bobo", r"not paying attention", r"did not look", r"didn't look",
              r"should have been careful", r"walang ingat", r"lazy", r"tamad"))
MIN_WORDS = 15


def report_share(text: str) -> float:
    """The share of the points a near-miss report earns: one third for each part written
    (WHAT, WHERE, COULD), less one third for a name and for blame; 0 under MIN_WORDS words,
    so a text earns nothing only for leaving out names and blame."""
    if len(text.split()) < MIN_WORDS:
        return 0.0
    written = sum(rule.found_in(text) for rule in (WHAT, WHERE, COULD))
    wrong = sum(rule.found_in(text) for rule in (NAME, BLAME))
    return max(0, written - wrong) / 3
