"""Philippine regular holidays, working days and paydays."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter Sunday: the anonymous Meeus/Jones/Butcher algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _last_monday(year: int, month: int) -> date:
    next_month = date(year + (month == 12), month % 12 + 1, 1)
    last = next_month - timedelta(days=1)
    return last - timedelta(days=last.weekday())


def regular_holidays(year: int) -> dict[date, str]:
    """The fixed and movable Philippine regular holidays of `year` (RA 9492 and EO 292 list).

    Eid'l Fitr and Eid'l Adha are also regular holidays, but their dates are proclaimed
    each year; like the special non-working days, they are left out here.
    """
    easter = easter_sunday(year)
    holidays = {
        date(year, 1, 1): "New Year's Day",
        easter - timedelta(days=3): "Maundy Thursday",
        easter - timedelta(days=2): "Good Friday",
        date(year, 4, 9): "Araw ng Kagitingan (Day of Valor)",
        date(year, 5, 1): "Labor Day",
        date(year, 6, 12): "Independence Day",
        _last_monday(year, 8): "National Heroes Day",
        date(year, 11, 30): "Bonifacio Day",
        date(year, 12, 25): "Christmas Day",
        date(year, 12, 30): "Rizal Day",
    }
    return dict(sorted(holidays.items()))


def holidays_between(start: date, end: date) -> dict[date, str]:
    """Every regular holiday from `start` to `end`, inclusive."""
    found: dict[date, str] = {}
    for year in range(start.year, end.year + 1):
        found.update({d: n for d, n in regular_holidays(year).items() if start <= d <= end})
    return found


def is_working_day(day: date) -> bool:
    """Monday to Saturday, and not a regular holiday."""
    return day.weekday() != 6 and day not in regular_holidays(day.year)


def working_days(start: date, end: date) -> list[date]:
    """Every Monday-to-Saturday day from `start` to `end` that is not a regular holiday."""
    holidays = holidays_between(start, end)
    days, day = [], start
    while day <= end:
        if day.weekday() != 6 and day not in holidays:
            days.append(day)
        day += timedelta(days=1)
    return days


def paydays(start: date, end: date) -> list[date]:
    """Semi-monthly paydays: the 15th and the 30th (the last day in February)."""
    found = []
    for year in range(start.year, end.year + 1):
        for month in range(1, 13):
            last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
            for day in (15, min(30, last)):
                if start <= date(year, month, day) <= end:
                    found.append(date(year, month, day))
    return found


def after_payday(days: list[date]) -> np.ndarray:
    """True for the first working day after each payday (absences run higher then)."""
    ordinals = np.array([d.toordinal() for d in days])
    flags = np.zeros(len(days), dtype=bool)
    for pay in paydays(days[0] - timedelta(days=31), days[-1]):
        position = np.searchsorted(ordinals, pay.toordinal(), side="right")
        if position < len(days):
            flags[position] = True
    return flags
