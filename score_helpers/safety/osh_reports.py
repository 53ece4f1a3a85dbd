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
  severity rate = days lost or charged × 1,000,000 ÷ employee-hours worked
  (ILO 16th ICLS (1998) base of 1,000,000 hours, not OSHA's 200,000), where a death or a
  permanent disability is charged a fixed number of days (time_charges: OSHS Rule 1050).
The rates come from score_helpers.kpi (ltifr, severity_rate); nothing is computed twice.
The input is a frame like datasets/incident_reports.csv: columns 'date', 'report_type'
(near_miss, first_aid, recordable, lost_time; 'fatality' and 'illness' are accepted too),
'days_lost', optionally 'days_charged' (a permanent disability's scheduled charge), and
'factory' when it holds more than one establishment.
"""

from __future__ import annotations

import datetime as dt
import numbers

import pandas as pd

from score_helpers import kpi
from score_helpers.safety import frames as safety_frames
from score_helpers.safety import time_charges

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
    frame["days_lost"] = _days(frame, types, "days_lost", where)
    frame["days_charged"] = _days(frame, types, "days_charged", where)
    frame = safety_frames.one_factory(frame, factory, **where)
    if factory is None and "factory" in frame.columns:
        names = sorted(frame["factory"].dropna().astype(str).unique())
        if len(names) > 1:
            raise ValueError(f"incidents holds {len(names)} factories ({', '.join(names)}), but "
                             f"each establishment files its own report: add factory="
                             f"{names[0]!r} (or another).")
    return frame


# column → (its word, the report types that may have such days, the rule in words)
_DAY_COLUMNS = {
    "days_lost": ("lost", LOSES_DAYS, "only lost-time injuries, fatalities and illnesses lose "
                                      "days. Correct the type or the days."),
    "days_charged": ("charged", DISABLING, "only deaths and lost-time injuries that left a "
                                           "permanent disability are charged days (OSHS Rule "
                                           "1050)."),
}


def _days(frame: pd.DataFrame, types: pd.Series, column: str,
          where: dict[str, str]) -> pd.Series:
    """`column` ('days_lost', or the optional 'days_charged', 0 where absent or empty) as
    numbers; DataError naming the row for a negative or unreadable number, or for days on a
    report type that cannot have them (_DAY_COLUMNS)."""
    word, allowed, rule = _DAY_COLUMNS[column]
    raw = frame[column] if column in frame.columns else pd.Series(0, index=frame.index)
    days = pd.to_numeric(raw, errors="coerce")
    if column == "days_charged":
        days = days.where(raw.notna() & (raw != ""), 0)
    bad = days.isna() | (days < 0)
    if bad.any():
        row = frame.index[bad.to_numpy().argmax()]
        raise safety_frames.frame_error(
            f"row {row!r} has {raw[row]!r}; days {word} must be a whole number 0 or more.",
            column=column, **where)
    wrong = (days > 0) & ~types.isin(allowed)
    if wrong.any():
        row = frame.index[wrong.to_numpy().argmax()]
        raise safety_frames.frame_error(
            f"row {row!r} is a {types[row]} with {days[row]:g} days {word}; {rule}",
            column=column, **where)
    return days.astype(float)


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

    frequency rate = disabling injuries × 1,000,000 ÷ hours_worked            (kpi.ltifr)
    severity rate  = days lost or charged × 1,000,000 ÷ hours_worked  (kpi.severity_rate)
    (ILO 16th ICLS (1998); DOLE AEDR; OSHS Rule 1050; base 1,000,000 employee-hours.)
    Disabling injuries are lost-time injuries and fatalities; near misses, first aid and
    medical treatment cases do not count. Each disabling case adds its days lost, or its
    charge instead (time_charges.days_for_severity): 6,000 days for a death, and the value
    of its optional 'days_charged' column for a permanent disability (the scheduled charge
    of Rule 1050, or 6,000 for a permanent total disability).
    hours_worked: employee-hours of the whole year (> 0), e.g. from the payroll.
    Returns one row with labelled columns. ValueError naming hours_worked or year.
    """
    if isinstance(year, bool) or not isinstance(year, numbers.Integral) \
            or not 1900 <= int(year) <= 2100:
        raise ValueError(f"year must be a whole number such as 2024; got {year!r}.")
    frame = _clean(incidents, factory)
    frame = frame[frame["date"].dt.year == int(year)]
    cases = frame[frame["report_type"].isin(DISABLING)]
    injuries = len(cases)
    counted = [time_charges.days_for_severity(kind, lost, charge) for kind, lost, charge
               in zip(cases["report_type"], cases["days_lost"], cases["days_charged"],
                      strict=True)]
    is_charged = (cases["days_charged"] > 0) | cases["report_type"].isin(
        time_charges.CHARGED_TYPES)
    days_lost = int(cases.loc[~is_charged, "days_lost"].sum())
    days_counted = int(sum(counted))
    frequency = kpi.ltifr(injuries, hours_worked)
    severity = kpi.severity_rate(days_counted, hours_worked)
    return pd.DataFrame({
        "Year": [int(year)],
        "Employee-hours worked": [float(hours_worked)],
        "Disabling injuries (lost-time + fatal)": [injuries],
        "Days lost": [days_lost],
        "Days charged (deaths, permanent disabilities)": [days_counted - days_lost],
        "Days lost or charged": [days_counted],
        "Frequency rate (per 1,000,000 hours)": [round(float(frequency), 2)],
        "Severity rate (per 1,000,000 hours)": [round(float(severity), 2)],
    })
