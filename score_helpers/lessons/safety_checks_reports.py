"""Teaching helpers for module 04, sections on HIRAC and DOLE reporting.

    from score_helpers import data
    from score_helpers.safety import hirac
    from score_helpers.lessons import safety_checks_reports as report_lessons
    hirac.hirac_table(report_lessons.SLICER_CLEANING)     # a worked HIRAC worksheet
    hours = report_lessons.hours_worked_in(data.load("garments_daily"), 2024)
    report_lessons.rate_bases(data.load("incident_reports"), hours, 2024, factory="garments")
    report_lessons.with_a_death(data.load("incident_reports"), "2024-06-14", factory="garments")

The risk matrix lives in hirac and the DOLE tables in osh_reports; this module adds a worked
example and puts the rates side by side. The committee rates risks; nothing here decides.
"""

from __future__ import annotations

import pandas as pd

from score_helpers import kpi
from score_helpers.data import frame_checks as _v
from score_helpers.safety import osh_reports

OSHA_BASE = 200_000        # 100 full-time workers × 40 h × 50 weeks (OSHA)
ILO_BASE = 1_000_000       # ILO 16th ICLS (1998) and DOLE's AEDR

# HIRAC worksheet for one task: cleaning the banana-chip slicer in the food factory.
# Unplugging and lockout-tagout are procedures (administrative); the interlock is engineering.
SLICER_CLEANING: list[dict[str, object]] = [
    {"hazard": "Fingers cut on the slicer blade while wiping it",
     "likelihood": 3, "severity": 4,
     "controls": [("engineering", "Blade guard stays on; clean with the blade-cover tool"),
                  ("administrative", "Written cleaning steps posted at the slicer"),
                  ("PPE", "Cut-resistant gloves")],
     "residual_likelihood": 2, "residual_severity": 4},
    {"hazard": "Slicer starts while being cleaned",
     "likelihood": 2, "severity": 5,
     "controls": [("engineering", "Interlock on the cleaning hatch: the slicer cannot "
                                  "start while the hatch is open"),
                  ("administrative", "Unplug before cleaning and keep the plug in sight"),
                  ("administrative", "Lockout-tagout: one lock, one key, one person")],
     "residual_likelihood": 1, "residual_severity": 5},
    {"hazard": "Slipping on the wet floor around the slicer",
     "likelihood": 4, "severity": 3,
     "controls": [("engineering", "Anti-slip mat and a floor drain"),
                  ("administrative", "Mop and put up a wet-floor sign after washing"),
                  ("PPE", "Rubber boots with a good grip")],
     "residual_likelihood": 2, "residual_severity": 3},
    {"hazard": "Skin or eye splash from the cleaning chemical",
     "likelihood": 3, "severity": 3,
     "controls": [("substitution", "A milder food-safe detergent"),
                  ("administrative", "Dilute as the label says; keep the safety data sheet"),
                  ("PPE", "Goggles and rubber gloves")],
     "residual_likelihood": 1, "residual_severity": 3},
]



# ---- 6. AEDR rates -------------------------------------------------------------------------

def hours_worked_in(daily: pd.DataFrame, year: int) -> float:
    """Employee-hours worked in `year`: the sum of the daily 'hours_worked' column.

    daily: one factory's daily production table, such as data.load("garments_daily")
    (each establishment files its own AEDR). ValueError naming the year when the table
    has no day in it.
    """
    _v.require_columns(daily, ["date", "hours_worked"])
    dates = pd.to_datetime(daily["date"])
    days = daily[dates.dt.year == year]
    if days.empty:
        years = sorted(dates.dt.year.unique())
        raise ValueError(f"The daily table has no day in {year!r}; it covers "
                         f"{', '.join(map(str, years))}.")
    return float(days["hours_worked"].sum())


def with_a_death(incidents: pd.DataFrame, date: str, *, factory: str) -> pd.DataFrame:
    """A copy of `incidents` with one made-up fatality added on `date` at `factory`, for the
    what-if of section 6: osh_reports.aedr_rates charges it 6,000 days (OSHS Rule 1050).
    The made-up row has days_lost 0 and the description "made-up case for the what-if";
    the course's data files are never changed."""
    _v.require_columns(incidents, ["date", "report_type", "days_lost"])
    death = {column: pd.NA for column in incidents.columns}
    death.update({"date": pd.Timestamp(date), "report_type": "fatality", "days_lost": 0,
                  "factory": factory, "description": "made-up case for the what-if"})
    if "report_id" in incidents.columns:
        death["report_id"] = "WHAT-IF-1"
    added = pd.DataFrame([death], columns=incidents.columns)
    return pd.concat([incidents, added.astype(incidents.dtypes.to_dict(), errors="ignore")],
                     ignore_index=True)


def rate_bases(incidents: pd.DataFrame, hours_worked: float, year: int, *,
               factory: str | None = None) -> pd.DataFrame:
    """The same year's disabling injuries as a rate on the two bases in use.

    per 1,000,000 hours: DOLE AEDR and ILO 16th ICLS (1998), kpi.frequency_rate;
    per 200,000 hours: OSHA (USA), 100 full-time workers × 40 h × 50 weeks,
    kpi.incidence_rate. Same injuries, same hours: the first is always 5 × the second,
    so never compare rates written on different bases.
    """
    aedr = osh_reports.aedr_rates(incidents, hours_worked, year, factory=factory)
    injuries = int(aedr["Disabling injuries (lost-time + fatal)"].iloc[0])
    return pd.DataFrame({
        "Disabling injuries": [injuries, injuries],
        "Hours worked": [hours_worked, hours_worked],
        "Rate": [round(float(kpi.frequency_rate(injuries, hours_worked)), 2),
                 round(float(kpi.incidence_rate(injuries, hours_worked, base=OSHA_BASE)), 2)],
    }, index=pd.Index([f"per {ILO_BASE:,} hours (DOLE AEDR, ILO)",
                       f"per {OSHA_BASE:,} hours (OSHA, USA)"], name="base"))
