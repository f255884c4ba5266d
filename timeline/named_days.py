"""Named months, feasts and weekdays: the year or week a bare one falls in, from its tense and the DCT."""
from __future__ import annotations

from datetime import date, timedelta
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from . import calendar_math as cm
from .partial import Partial
from .resolved import DEICTIC, YEAR_STEP, Resolved, with_part


def month_year(month: int, relation: str | None, tense: str | None, ref_year: int, ref_month: int,
               month_ending: bool = False, no_cue_ahead: int = 12) -> int:
    """Rules 1 and 2: the year of a month named without one, seen from (ref_year, ref_month).

    `month_ending`: the DCT is in the last days of its month, so a past-tense sentence about
    the very next month (the new crescent, next month's start) still means this year's.
    `no_cue_ahead`: with no tense at all, a month more than this many months ahead is last year's."""
    relation = DEICTIC.get(relation, relation)
    if relation in ("NEXT", "AFTER_NEXT"):  # «مارس بعد المقبل»: the one after the next
        return (ref_year if month > ref_month else ref_year + 1) + (relation == "AFTER_NEXT")
    if relation in ("PREV", "ENDED", "BEFORE_PREV"):
        return (ref_year if month < ref_month else ref_year - 1) - (relation == "BEFORE_PREV")
    if relation == "THIS":
        return ref_year
    if tense == "FUTURE" and month < ref_month:
        return ref_year + 1
    if tense == "PAST" and month > ref_month and not (month_ending and month == ref_month + 1):
        return ref_year - 1
    if tense is None and month - ref_month > no_cue_ahead:
        return ref_year - 1
    return ref_year


def gregorian_month(p: Partial, dct: date, no_cue_ahead: int | None = None) -> Resolved:
    explicit = p.year is not None
    if explicit:
        year = p.year
    elif p.year_relation is not None:
        year = dct.year + YEAR_STEP[p.year_relation]
    elif p.day is not None and p.relation in ("PREV", "ENDED", "NEXT") and not (p.month == 2 and p.day == 29):
        # «13 يونيو الماضي» written on 16 June is this year's: compare days, not months
        this_year = date(dct.year, p.month, min(p.day, cm.month_span(dct.year, p.month)[1].day))
        if p.relation == "NEXT":
            year = dct.year if this_year > dct else dct.year + 1
        else:
            year = dct.year if this_year < dct else dct.year - 1
    elif p.day is not None and p.relation is None and _days_from(dct, p.month, p.day) in NEAR_DAYS.get(p.tense, ()):
        # «بعث بمراسلة بتاريخ 31 ماي وينتظر تدخلا» written on 2 June: a day this close is this year's,
        # whatever the tense says (a year away would be the news of another year)
        year = dct.year
    else:
        # the last days of a month look ahead to the next one only from a verb before it (a report of
        # what is coming), not from the verb a fronted month belongs to («وفي أبريل، أبلغ ترامب …»)
        year = month_year(p.month, p.relation, p.tense, dct.year, dct.month, dct.day >= 25 and not p.tense_after,
                          NO_CUE_AHEAD_MONTHS if no_cue_ahead is None else no_cue_ahead)
    if p.day is not None:
        day = date(year, p.month, p.day)
        return Resolved("DATE", day.isoformat(), span=(day, day), grain="day", explicit_year=explicit)
    resolved = Resolved("DATE", f"{year:04d}-{p.month:02d}", span=cm.month_span(year, p.month), grain="month",
                        explicit_year=explicit)
    return with_part(resolved, p.part, by_days=True)


NEAR_DAY_REACH = 31
# the days from the DCT to this year's day-and-month that the tense cannot push a year away
NEAR_DAYS = {"FUTURE": range(-NEAR_DAY_REACH, 0), "PAST": range(1, NEAR_DAY_REACH + 1)}


def _days_from(dct: date, month: int, day: int) -> int | None:
    try:
        return (date(dct.year, month, day) - dct).days
    except ValueError:  # 29 February, 31 April
        return None


def _hijri_year_of(p: Partial, dct: date) -> int:
    if p.year is not None:
        if p.year_calendar == "hijri":
            return p.year
        return cm.hijri_year_with_month_in(p.year, p.month)
    hy, hm, hd = cm.to_hijri(dct)
    if p.year_relation is not None:
        return hy + YEAR_STEP[p.year_relation]
    if p.occasion:  # «بمناسبة شهر رمضان»: the nearest one, ahead or just past
        return min((hy - 1, hy, hy + 1), key=lambda year: _days_away(cm.hijri_month_span(year, p.month), dct))
    return month_year(p.month, p.relation, p.tense, hy, hm, hd >= 27 and not p.tense_after)


def _days_away(span: tuple[date, date], dct: date) -> int:
    first, last = span
    return 0 if first <= dct <= last else min(abs((first - dct).days), abs((dct - last).days))


def hijri_month(p: Partial, dct: date) -> Resolved:
    hijri_year = _hijri_year_of(p, dct)
    if p.day is not None:
        day = cm.hijri_to_gregorian(hijri_year, p.month, p.day)
        return Resolved("DATE", day.isoformat(), span=(day, day), grain="day", approximate=True,
                        explicit_year=p.year is not None)
    first, last = cm.hijri_month_span(hijri_year, p.month)
    resolved = Resolved("DATE", f"{first.isoformat()}/{last.isoformat()}", span=(first, last), grain="month",
                        approximate=True, explicit_year=p.year is not None)
    return with_part(resolved, p.part, by_days=True)


SIGHTING_DAYS = 2  # a Hijri feast may fall a day or two off the Umm al-Qura table, by country


def feast_value(p: Partial, dct: date) -> Resolved:
    hijri = p.calendar == "hijri"

    def on(year: int) -> date:
        if p.feast_rule in ("easter", "orthodox_easter"):
            first = easter(year, EASTER_WESTERN if p.feast_rule == "easter" else EASTER_ORTHODOX)
        elif p.feast_rule == "last_friday":  # يوم القدس: the last Friday of رمضان
            last = cm.hijri_month_span(year, p.month)[1] if hijri else cm.month_span(year, p.month)[1]
            first = last - timedelta(days=(last.isoweekday() - 5) % 7)
        elif hijri:
            first = cm.hijri_to_gregorian(year, p.month, p.feast_day)
        else:
            first = date(year, p.month, p.feast_day)
        return first + timedelta(days=p.feast_nth - 1)

    if p.year is not None:
        year = p.year if (p.year_calendar == "hijri") == hijri else (
            cm.hijri_year_with_month_in(p.year, p.month) if hijri else p.year)
    else:
        year = cm.to_hijri(dct)[0] if hijri else dct.year
        this = on(year)
        # «نداءات تدعو إلى جعل موعد عيد الفطر يوما للاحتجاج» the day after it: the calls were made before the
        # feast, which the sighting may have moved by a day or two; it is not next year's
        just_past = dct - timedelta(days=SIGHTING_DAYS if hijri else 0)
        if p.relation == "NEXT" and this <= dct or p.tense == "FUTURE" and p.relation is None and this < just_past:
            year += 1
        elif p.relation == "PREV" and this >= dct or (
                p.tense == "PAST" and p.relation is None and this > dct + timedelta(days=7)):
            year -= 1
    day = on(year)
    if p.weekday is not None:  # the weekday the text gives it: the sighting's day, a day or two off the table
        day = next((day + timedelta(days=shift) for shift in (0, -1, 1, -2, 2)
                    if (day + timedelta(days=shift)).isoweekday() == p.weekday), day)
    return Resolved("DATE", day.isoformat(), span=(day, day), grain="day", approximate=hijri,
                    explicit_year=p.year is not None)


def weekday_date(weekday: int, relation: str | None, tense: str | None, dct: date) -> date:
    """Rule 3: المقبل = first strictly after the DCT, الماضي = latest strictly before;
    a bare weekday follows the tense (the DCT itself included); with no cue the latest on or before
    the DCT, unless that is six days back and the next one is tomorrow."""
    relation = DEICTIC.get(relation, relation)
    ahead = (weekday - dct.isoweekday()) % 7
    behind = (dct.isoweekday() - weekday) % 7
    if relation in ("NEXT", "AFTER_NEXT"):
        return dct + timedelta(days=(ahead or 7) + 7 * (relation == "AFTER_NEXT"))
    if relation in ("PREV", "ENDED", "BEFORE_PREV"):
        return dct - timedelta(days=(behind or 7) + 7 * (relation == "BEFORE_PREV"))
    if relation == "THIS":
        return dct + timedelta(days=weekday - dct.isoweekday())
    if tense == "FUTURE":
        return dct + timedelta(days=ahead)
    if tense == "PAST":
        return dct - timedelta(days=behind)
    return dct - timedelta(days=behind) if behind <= ahead + NO_CUE_PAST_BIAS else dct + timedelta(days=ahead)


# news tells of what happened: a Gregorian month with no tense cue more than half a year ahead
# («بعد انخفاض بنسبة 1.4% في ديسمبر» written in February) is the last one
NO_CUE_AHEAD_MONTHS = 6


NO_CUE_PAST_BIAS = 3  # news tells of the week gone by: a bare weekday with no cue is past unless it is tomorrow
