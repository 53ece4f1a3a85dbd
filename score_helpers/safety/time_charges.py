"""Days charged for deaths and permanent disabilities, for the AEDR severity rate.

    from score_helpers.safety import time_charges
    time_charges.DEATH_OR_PERMANENT_TOTAL                 # 6000 days
    time_charges.scheduled_charge("one eye (loss of sight)")   # 1800 days
    time_charges.charges_table()                          # the charges as a table

DOLE's Annual Exposure Data Report gives the severity rate as the days lost **or charged**
per 1,000,000 employee-hours (OSH Standards, Rule 1050, which follows ANSI Z16.1,
"Method of recording and measuring work injury experience"):
- a temporary total disability (the worker heals and comes back) counts the days actually
  lost;
- a death or a permanent total disability is charged 6,000 days, however many days were
  lost;
- a permanent partial disability (a finger, an eye, a hand lost or its use lost) is charged
  the days of the schedule, instead of the days actually lost.
SCHEDULED_CHARGES holds a few common lines of that schedule; the full table, with every
finger joint and toe, is in Rule 1050: read it there before filing a real report.
"""

from __future__ import annotations

import pandas as pd

DEATH_OR_PERMANENT_TOTAL = 6_000        # days charged (OSHS Rule 1050; ANSI Z16.1)

# Permanent partial disability → days charged (OSHS Rule 1050; ANSI Z16.1 schedule).
SCHEDULED_CHARGES: dict[str, int] = {
    "thumb, at the distal phalanx (the tip)": 300,
    "index finger, at the distal phalanx (the tip)": 100,
    "index finger, at the middle phalanx": 200,
    "index finger, at the proximal phalanx": 400,
    "hand at the wrist": 3_000,
    "arm above the elbow": 4_500,
    "foot at the ankle": 2_400,
    "leg above the knee": 4_500,
    "one eye (loss of sight)": 1_800,
    "both eyes (loss of sight, one accident)": 6_000,
    "one ear (complete deafness)": 600,
    "both ears (complete deafness, one accident)": 3_000,
}
# report_type values charged DEATH_OR_PERMANENT_TOTAL days on their own.
CHARGED_TYPES = ("fatality",)


def scheduled_charge(injury: str) -> int:
    """The days charged for a permanent partial disability, from SCHEDULED_CHARGES.

    injury: one of its keys, in any case. ValueError listing the keys for anything else
    (the full schedule is in OSHS Rule 1050).
    """
    key = str(injury).strip().lower()
    if key not in SCHEDULED_CHARGES:
        raise ValueError(f"{injury!r} is not in this short schedule. Use one of: "
                         f"{'; '.join(SCHEDULED_CHARGES)}; or read the days in the full "
                         "table of OSHS Rule 1050.")
    return SCHEDULED_CHARGES[key]


def days_for_severity(report_type: str, days_lost: float, days_charged: float = 0) -> float:
    """The days one case adds to the AEDR severity rate.

    days lost or charged = days_charged when it is more than 0 (a permanent disability's
    scheduled charge, written by the safety officer); else 6,000 for a death
    (DEATH_OR_PERMANENT_TOTAL); else the days actually lost (OSHS Rule 1050; ANSI Z16.1).
    """
    if days_charged > 0:
        return float(days_charged)
    if report_type in CHARGED_TYPES:
        return float(DEATH_OR_PERMANENT_TOTAL)
    return float(days_lost)


def charges_table() -> pd.DataFrame:
    """Death, permanent total disability and the scheduled charges, as one table.

    Columns 'Case' and 'Days charged'; the first two rows are charged 6,000 days.
    """
    cases = {"death": DEATH_OR_PERMANENT_TOTAL,
             "permanent total disability": DEATH_OR_PERMANENT_TOTAL, **SCHEDULED_CHARGES}
    return pd.DataFrame({"Case": list(cases), "Days charged": list(cases.values())})
