"""Calendar arithmetic the resolver needs: month shifts, ISO weeks, thirds of periods, Hijri months."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

Span = tuple[date, date]


def month_span(year: int, month: int) -> Span:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_date(day: date, amount: int, unit: str) -> date:
    """day moved by amount units (months and years clamp the day of the month)."""
    if unit in ("day", "night"):
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    months = {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit] * amount
    year, month = add_months(day.year, day.month, months)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def iso_week_span(year: int, week: int) -> Span:
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


def week_of(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def part_of(span: Span, part: str, by_days: bool) -> Span:
    """START, MID or END third of a period: days 1-10/11-20/21-end of a month, thirds of longer periods by months;
    H1 / H2, a month's halves."""
    first, last = span
    if part in ("H1", "H2"):  # «النصف الثاني من ديسمبر»: days 1-15 or 16 to the end of a month
        middle = first + timedelta(days=14)
        return (first, middle) if part == "H1" else (middle + timedelta(days=1), last)
    if by_days:
        if part == "START":
            return first, min(last, first + timedelta(days=9))
        if part == "MID":
            return first + timedelta(days=10), min(last, first + timedelta(days=19))
        return first + timedelta(days=20), last
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    third = months // 3
    if part == "START":
        y, m = add_months(first.year, first.month, third - 1)
        return first, month_span(y, m)[1]
    if part == "MID":
        y1, m1 = add_months(first.year, first.month, third)
        y2, m2 = add_months(first.year, first.month, 2 * third - 1)
        return date(y1, m1, 1), month_span(y2, m2)[1]
    y, m = add_months(first.year, first.month, 2 * third)
    return date(y, m, 1), last


def plain(day) -> date:
    return date(day.year, day.month, day.day)


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    return plain(Hijri(year, month, day).to_gregorian())


def hijri_month_span(year: int, month: int) -> Span:
    start = Hijri(year, month, 1)
    first = plain(start.to_gregorian())
    return first, first + timedelta(days=start.month_length() - 1)


def hijri_year_span(year: int) -> Span:
    return hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year + 1, 1, 1) - timedelta(days=1)


def to_hijri(day: date) -> tuple[int, int, int]:
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    return h.year, h.month, h.day


def hijri_year_with_month_in(gregorian_year: int, month: int) -> int:
    """The Hijri year whose month `month` begins in the given Gregorian year."""
    estimate = round((gregorian_year - 622) * 33 / 32)
    for year in range(estimate - 2, estimate + 3):
        if hijri_to_gregorian(year, month, 1).year == gregorian_year:
            return year
    return estimate


def nearest_year(near: date, calendar: str, month: int, day: int | None) -> int:
    """The year (of `calendar`) whose month/day falls nearest to the Gregorian day `near`:
    «28 رمضان 1436 الموافق 15 يوليو» gives 15 July the Gregorian year of 28 Ramadan 1436."""
    def on(year: int) -> date:
        if calendar == "hijri":
            return hijri_to_gregorian(year, month, min(day or 1, 29))
        return date(year, month, min(day or 1, month_span(year, month)[1].day))

    around = to_hijri(near)[0] if calendar == "hijri" else near.year
    return min(range(around - 1, around + 2), key=lambda year: abs((on(year) - near).days))


SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_span(year: int, season: str) -> Span:
    start_month = SEASON_MONTHS[season]
    first = date(year, start_month, 1)
    y, m = add_months(year, start_month, 2)
    return first, month_span(y, m)[1]
