"""Tables for DOLE's OSH reports: the monthly WAIR and the yearly AEDR rates.

    from score_helpers import data
    from score_helpers.safety import osh_reports
    reports = data.load("incident_reports")
    osh_reports.wair_summary(reports, "2024-03", factory="garments")
    osh_reports.aedr_rates(reports, hours_worked=1_250_000, year=2024, factory="garments")

RA 11058 (2018) and its rules, DOLE D.O. 198-18, ask every establishment for
- the WAIR (work accident/illness report), due monthly by the 30th, even with no accidents;
- the AEDR (Annual Exposure Data Report, form DOLE/BWC/HSD-IP-6b), due yearly, with
  frequency rate = disabling injuries × 1,000,000 ÷ employee-hours worked and
  severity rate = days lost × 1,000,000 ÷ employee-hours worked
  (ILO 16th ICLS (1998) base of 1,000,000 hours, not OSHA's 200,000).
The rates come from score_helpers.kpi (ltifr, severity_rate); nothing is computed twice.
The input is a frame like datasets/incident_reports.csv: columns 'date', 'report_type'
(near_miss, first_aid, recordable, lost_time; 'fatality' and 'illness' are accepted too),
'days_lost', and 'factory' when it holds more than one establishment.
"""

from __future__ import annotations

import datetime as dt
import numbers

import pandas as pd

from score_helpers import kpi
from score_helpers.safety import frames as safety_frames

CASE_TYPES = safety_frames.CASE_TYPES     # report_type → the words on the report
# Disabling injuries for the AEDR: the worker lost at least one full day, or died.
DISABLING = ("lost_time", "fatality")
# An occupational illness can cost days too; it is reported, but it is not an injury.
LOSES_DAYS = (*DISABLING, "illness")
INJURIES = ("first_aid", "recordable", "lost_time", "fatality")
REQUIRED = ("date", "report_type", "days_lost")
SOURCE, DATASET = "incidents", "incident_reports"


def _clean(incidents: pd.DataFrame, factory: str | None) -> pd.DataFrame:
    """Checked copy: dates parsed, report types normalised, one factory; DataError if not."""
    where = {"source": SOURCE, "dataset": DATASET}
    frame = safety_frames.checked_copy(incidents, required=REQUIRED, purpose="the report",
                                       **where)
    frame["report_type"] = types = safety_frames.report_types(frame, **where)
    days = pd.to_numeric(frame["days_lost"], errors="coerce")
    if days.isna().any() or (days < 0).any():
        row = frame.index[(days.isna() | (days < 0)).to_numpy().argmax()]
        raise safety_frames.frame_error(
            f"row {row!r} has {frame.at[row, 'days_lost']!r}; days lost must be a whole "
            "number 0 or more.", column="days_lost", **where)
    wrong = (days > 0) & ~types.isin(LOSES_DAYS)
    if wrong.any():
        row = frame.index[wrong.to_numpy().argmax()]
        raise safety_frames.frame_error(
            f"row {row!r} is a {types[row]} with {days[row]:g} days lost; only lost-time "
            "injuries, fatalities and illnesses lose days. Correct the type or the days.",
            column="days_lost", **where)
    frame["days_lost"] = days
    frame = safety_frames.one_factory(frame, factory, **where)
    if factory is None and "factory" in frame.columns:
        names = sorted(frame["factory"].dropna().astype(str).unique())
        if len(names) > 1:
            raise ValueError(f"incidents holds {len(names)} factories ({', '.join(names)}), but "
                             f"each establishment files its own report: add factory="
                             f"{names[0]!r} (or another).")
    return frame


def _month(month: object) -> pd.Period:
    """'2024-03', pd.Period or a date → the monthly Period; ValueError naming `month`."""
    how = "write the month as 'yyyy-mm', e.g. '2024-03'"
    if isinstance(month, pd.Period):
        return month.asfreq("M")
    if isinstance(month, (dt.date, pd.Timestamp)):
        return pd.Period(month, freq="M")
    if not isinstance(month, str):
        raise ValueError(f"month must be text: {how}; got {month!r}.")
    text = month.strip()
    try:
        parsed = dt.datetime.strptime(text, "%Y-%m")
    except ValueError:
        raise ValueError(f"month {month!r} is not a month I can read: {how}.") from None
    return pd.Period(parsed, freq="M")


def wair_summary(incidents: pd.DataFrame, month: str | pd.Period | dt.date, *,
                 factory: str | None = None) -> pd.DataFrame:
    """The month's cases by type and the days lost, for the WAIR (DOLE D.O. 198-18).

    One row per type (near miss, first aid, medical treatment, lost-time injury,
    fatality), a total of the injury cases, then occupational illnesses (report_type
    'illness': the report's other half), columns 'Number of cases' and 'Days lost'.
    Near misses are listed (they warn before someone is hurt) but are not injuries: they
    never count as lost-time injuries and are left out of 'Total injuries'. A month with no
    cases still gives the table, all zeros: the WAIR is due even then.
    month: 'yyyy-mm'. factory: required when incidents holds several establishments.
    DataError naming the column for a missing or wrong column; ValueError for the month.
    """
    period = _month(month)
    frame = _clean(incidents, factory)
    frame = frame[frame["date"].dt.to_period("M") == period]
    counts = frame["report_type"].value_counts().reindex(list(CASE_TYPES), fill_value=0)
    days = frame.groupby("report_type")["days_lost"].sum().reindex(list(CASE_TYPES),
                                                                      fill_value=0)
    table = pd.DataFrame({"Type of case": list(CASE_TYPES.values()),
                          "Number of cases": counts.astype(int).to_numpy(),
                          "Days lost": days.astype(int).to_numpy()})
    injuries = table[[kind in INJURIES for kind in CASE_TYPES]]
    total = pd.DataFrame({"Type of case": ["Total injuries (excluding near misses)"],
                          "Number of cases": [int(injuries["Number of cases"].sum())],
                          "Days lost": [int(injuries["Days lost"].sum())]})
    illness = table["Type of case"] == CASE_TYPES["illness"]
    table = pd.concat([table[~illness], total, table[illness]], ignore_index=True)
    table.attrs["month"] = str(period)
    table.attrs["factory"] = factory
    return table


def aedr_rates(incidents: pd.DataFrame, hours_worked: float, year: int, *,
               factory: str | None = None) -> pd.DataFrame:
    """The year's frequency and severity rates for the AEDR (form DOLE/BWC/HSD-IP-6b).

    frequency rate = disabling injuries × 1,000,000 ÷ hours_worked   (kpi.ltifr)
    severity rate  = days lost × 1,000,000 ÷ hours_worked            (kpi.severity_rate)
    (ILO 16th ICLS (1998); DOLE AEDR; base 1,000,000 employee-hours.)
    Disabling injuries are lost-time injuries and fatalities; near misses, first aid and
    medical treatment cases do not count. Days lost are taken as written in 'days_lost':
    for a death or a permanent disability enter the days charged under OSHS Rule 1050.
    hours_worked: employee-hours of the whole year (> 0), e.g. from the payroll.
    Returns one row with labelled columns. ValueError naming hours_worked or year.
    """
    if isinstance(year, bool) or not isinstance(year, numbers.Integral) \
            or not 1900 <= int(year) <= 2100:
        raise ValueError(f"year must be a whole number such as 2024; got {year!r}.")
    frame = _clean(incidents, factory)
    frame = frame[frame["date"].dt.year == int(year)]
    disabling = frame["report_type"].isin(DISABLING)
    injuries = int(disabling.sum())
    days_lost = int(frame.loc[disabling, "days_lost"].sum())
    frequency = kpi.ltifr(injuries, hours_worked)
    severity = kpi.severity_rate(days_lost, hours_worked)
    return pd.DataFrame({
        "Year": [int(year)],
        "Employee-hours worked": [float(hours_worked)],
        "Disabling injuries (lost-time + fatal)": [injuries],
        "Days lost": [days_lost],
        "Frequency rate (per 1,000,000 hours)": [round(float(frequency), 2)],
        "Severity rate (per 1,000,000 hours)": [round(float(severity), 2)],
    })
