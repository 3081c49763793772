"""Solar Hijri (Jalali) and lunar Hijri dates turned into Gregorian days.

Iranian outlets date their pages in the Solar Hijri calendar ("۱۰ آذر ۱۳۹۴"); Arab outlets often
add the lunar Hijri date ("19 صفر 1437 هـ").  The Jalali arithmetic uses the 33-year leap rule,
exact for the years 1178-1634 SH (1799-2256 CE); the lunar calendar is Umm al-Qura's, via
``hijridate``, which covers 1343-1500 AH (1924-2077 CE).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

Calendar = Literal["gregorian", "jalali", "hijri"]

_NOWRUZ_1394 = date(2015, 3, 21)  # 1 Farvardin 1394, the anchor of the Jalali arithmetic


def jalali_is_leap(year: int) -> bool:
    return (25 * year + 11) % 33 < 8


@lru_cache(maxsize=256)
def _nowruz(year: int) -> date:
    """The Gregorian day of 1 Farvardin of a Jalali year."""
    day, current = _NOWRUZ_1394, 1394
    while current < year:
        day += timedelta(days=366 if jalali_is_leap(current) else 365)
        current += 1
    while current > year:
        current -= 1
        day -= timedelta(days=366 if jalali_is_leap(current) else 365)
    return day


def _jalali_month_length(year: int, month: int) -> int:
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if jalali_is_leap(year) else 29


def jalali_to_gregorian(year: int, month: int, day: int) -> date | None:
    if not (1178 <= year <= 1634 and 1 <= month <= 12 and 1 <= day <= _jalali_month_length(year, month)):
        return None
    days_before_month = sum(_jalali_month_length(year, m) for m in range(1, month))
    return _nowruz(year) + timedelta(days=days_before_month + day - 1)


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    import hijridate  # loaded with the first lunar Hijri date, which most pages never give

    try:
        return date(*hijridate.Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def to_gregorian(calendar: Calendar, year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a date in ``calendar``; None when no such day exists."""
    if calendar == "jalali":
        return jalali_to_gregorian(year, month, day)
    if calendar == "hijri":
        return hijri_to_gregorian(year, month, day)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def calendar_of_year(year: int, language: str | None, hijri_marked: bool = False) -> Calendar:
    """Which calendar a bare numeric year belongs to (1300-1500 is both Jalali and Hijri)."""
    if year >= 1600:
        return "gregorian"
    if hijri_marked or (language or "").startswith("ar"):
        return "hijri"
    return "jalali"
