"""Productions of ranges written with both ends: days of a month, days across two months, months,
years, and the first or last N months of a year.
"""
from __future__ import annotations

import re

from ..partial import Partial
from .dates import p_date_parts
from .values import group, month_of, number, ordinal, relation, year_of
from .words import _key


def p_day_range(m: re.Match) -> Partial | None:
    start = p_date_parts(m)
    if start is None:
        return None
    last = ordinal(m["day2"])
    if start.day is None or last is None or not start.day < last <= 31:
        return None
    return start.with_(until=start.with_(day=last, weekday=None))


def p_cross_month_range(m: re.Match) -> Partial | None:
    first_month, calendar = month_of(m["month1"])
    last_month, calendar2 = month_of(m["month"])
    first_day, last_day = ordinal(m["day1"]), ordinal(m["day"])
    if calendar != calendar2 or not first_day or not last_day or first_day > 31 or last_day > 31:
        return None
    if (first_month, first_day) == (last_month, last_day) or first_month == last_month and first_day > last_day:
        return None  # «9 مارس حتى 1 مارس» is not a range
    if group(m, "from") is None and m["to"] not in ("-", "الى"):
        return None  # «المنتهي في 30 سبتمبر حتى 4 نوفمبر» (extended until), «5 مايو و9 يونيو» (a list)
    year, year_calendar = year_of(m)
    rel = relation(group(m, "rel"))
    last = Partial("date", calendar=calendar, year=year, year_calendar=year_calendar, month=last_month,
                   day=last_day, relation=rel)
    # a year written once belongs to the end: «30 ديسمبر حتى 4 يناير 2023» starts in 2022
    first_year = year - 1 if year is not None and first_month > last_month else year
    return last.with_(month=first_month, day=first_day, year=first_year, until=last)


def p_month_range(m: re.Match) -> Partial | None:
    """«من يناير إلى مارس 2021»: the year (or relation) written once belongs to the end."""
    last = p_date_parts(m)
    first_month, calendar = month_of(m["month1"])
    if last is None or calendar != last.calendar or first_month == last.month:
        return None
    year = last.year - 1 if last.year is not None and first_month > last.month else last.year
    return last.with_(month=first_month, year=year, until=last)


def p_year_range(m: re.Match) -> Partial | None:
    if m["sep"] == "و" and group(m, "from") != "بين":
        return None  # «أعوام 2008 و2012» lists years; «بين 2008 و2012» is a range
    first, last = int(m["y1"]), int(m["y2"])
    if not first < last <= first + 100:
        return None
    if m["sep"] == "/" and 1300 <= first <= 1500 or year_of(m, "y2")[1] == "hijri":
        return None  # «1436/1437هـ»: a Hijri year pair is read as Hijri years, one by one
    return Partial("date", year=first, until=Partial("date", year=last))


def p_first_months(m: re.Match) -> Partial | None:
    """«الأشهر الثلاثة الأولى من العام» (2022-01/2022-03), «الـ9 أشهر الأولى من العام الحالي», «الأشهر
    الستة الأخيرة من 2017»: months of the DCT's year, of the year written, or of the related year."""
    raw = group(m, "num") or group(m, "num2")
    count = 2.0 if group(m, "dual") else number(raw) if raw else None  # «الشهرين الأولين من السنة»
    if count is None or not count.is_integer() or not 1 < count < 12:
        return None
    count = int(count)
    year = int(group(m, "year") or group(m, "year2") or 0) or None
    year_rel = None if year else relation(group(m, "rel"))
    first, last = (1, count) if _key(group(m, "which") or group(m, "which2")).startswith("الاول") else (13 - count, 12)
    start = Partial("date", month=first, year=year, year_calendar="gregorian" if year else None, year_relation=year_rel)
    return start.with_(until=start.with_(month=last))
