"""Resolution: a partial value + the publication date (DCT) -> TIMEX3 value, mod, span, grain.

The news strategy of RESOLUTION.md: relative words count from the DCT, bare months and
weekdays follow the sentence's tense, and offsets can count from a date given earlier in the
text. No regular expressions here; Hijri dates go through hijridate (Umm al-Qura).
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from . import calendar_math as cm
from .partial import Partial

RELATION_STEP = {"NEXT": 1, "PREV": -1, "THIS": 0, "AFTER_NEXT": 2, "BEFORE_PREV": -2, "PRECEDING": -1, "FOLLOWING": 1}
YEAR_STEP = {**RELATION_STEP, "ENDED": -1}
DEICTIC = {"PRECEDING": "PREV", "FOLLOWING": "NEXT"}  # «مارس السابق» with no anchor rule of its own  # «من العام المنقضي» is last year
UNIT_LETTER = {"day": "D", "night": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}


class Resolved(NamedTuple):  # (a tuple: made in C, where a frozen dataclass sets each field through __setattr__)
    type: str
    value: str
    mod: str | None = None
    span: tuple[date, date] | None = None
    grain: str | None = None
    approximate: bool = False
    explicit_year: bool = False  # the text itself gave the year: a possible anchor for later offsets


class Unresolvable(ValueError):
    """The partial value does not name a real calendar date (31 February, a Hijri year out of range)."""


def resolve(p: Partial, dct: date, anchor: Resolved | None = None, sentence_day: date | None = None) -> Resolved | None:
    """Resolve one partial value. `anchor` is the date an offset or «نفس اليوم» counts from;
    `sentence_day` the day a clock time without its own date falls on."""
    try:
        if p.kind == "duration":
            return _duration(p)
        if p.kind == "set":
            if p.value is None:  # «كل خمس سنوات»: every N units
                return Resolved("SET", _duration(p).value)
            return Resolved("SET", p.value)
        if p.kind == "vague":
            return Resolved("DATE", p.value)
        if p.kind in ("past_n", "next_n"):
            return _past_or_next(p, dct)
        if p.kind == "time" and p.month is not None:  # «مساء الاثنين 5 ديسمبر»: the written date's day, at that part
            day = _date(p.with_(kind="date", day_part=None), dct, anchor)
            if day is None:
                return None
            return _time(p.with_(day_offset=None, weekday=None), dct, day.span[0])._replace(approximate=day.approximate)
        if p.kind == "time":
            return _time(p, dct, sentence_day)
        return _date(p, dct, anchor)
    except (ValueError, OverflowError, KeyError) as error:
        raise Unresolvable(str(error)) from error


# ---------------------------------------------------------------- dates

def _date(p: Partial, dct: date, anchor: Resolved | None, no_cue_ahead: int | None = None) -> Resolved | None:
    if p.nth_weekday is not None or p.week_of is not None:
        return _inside(p, dct, anchor)
    if p.until is not None:
        return _range(p, dct, anchor)
    if p.offset is not None:
        return _offset(p, dct, anchor)
    if p.same_day_as_anchor:
        if anchor is None or anchor.grain != "day":
            return _year(p.year, None)
        day = date(p.year, anchor.span[0].month, anchor.span[0].day)
        return Resolved("DATE", day.isoformat(), span=(day, day), grain="day", explicit_year=True)
    if p.day_offset is not None:
        day = _with_weekday(dct + timedelta(days=p.day_offset), p.weekday)
        return Resolved("DATE", day.isoformat(), span=(day, day), grain="day")
    if (p.month is not None or p.season is not None) and p.relation in ANAPHORIC and p.relation != "SAME" \
            and p.year is None and anchor is not None and anchor.span:
        # «قبل إعارته في الشتاء التالي» after «يناير 2014»: the next one after the date the text gave, not after today
        return _date(p.with_(relation=DEICTIC[p.relation]), anchor.span[0], None, no_cue_ahead)
    if p.feast_day is not None:
        return _feast(p, dct)
    if p.month is not None:
        return _hijri_month(p, dct) if p.calendar == "hijri" else _gregorian_month(p, dct, no_cue_ahead)
    if p.weekday is not None and p.unit == "week":  # «الخميس من الأسبوع المقبل»: that day of that week
        day = _relative_unit(p.with_(weekday=None), dct).span[0] + timedelta(days=p.weekday - 1)
        return Resolved("DATE", day.isoformat(), span=(day, day), grain="day")
    if p.weekday is not None:
        day = weekday_date(p.weekday, p.relation, p.tense, dct)
        return Resolved("DATE", day.isoformat(), span=(day, day), grain="day")
    if p.quarter is not None or p.half is not None:
        return _quarter(p, dct)
    if p.season is not None:
        return _season(p, dct)
    if p.decade is not None:
        return _decade(p, dct)
    if p.century is not None or p.century_relative is not None:
        century = p.century if p.century is not None else dct.year // 100 + p.century_relative
        return _with_part(Resolved("DATE", f"{century:02d}", span=(date(century * 100, 1, 1), date(century * 100 + 99, 12, 31)),
                                   grain="century"), p.part, by_days=False)
    if p.unit is not None:
        return _relative_unit(p, dct, anchor)
    if p.year is not None:
        if p.year_calendar == "hijri":
            first, last = cm.hijri_year_span(p.year)
            return _with_part(Resolved("DATE", f"{first.isoformat()}/{last.isoformat()}", span=(first, last), grain="year",
                                       approximate=True, explicit_year=True), p.part, by_days=False)
        return _year(p.year, p.part)
    return None


def _year(year: int, part: str | None) -> Resolved:
    resolved = Resolved("DATE", f"{year:04d}", span=(date(year, 1, 1), date(year, 12, 31)), grain="year", explicit_year=True)
    return _with_part(resolved, part, by_days=False)


HALF_PARTS = ("H1", "H2")  # «النصف الأول/الثاني من» a month (lexicon month_halves.tsv)


def _with_part(resolved: Resolved, part: str | None, by_days: bool) -> Resolved:
    if not part:
        return resolved
    if part in HALF_PARTS:  # a month's half has no TIMEX3 mod: its value is the range of its days
        first, last = cm.part_of(resolved.span, part, by_days)
        return Resolved(resolved.type, f"{first.isoformat()}/{last.isoformat()}", None, (first, last), resolved.grain,
                        resolved.approximate, resolved.explicit_year)
    return Resolved(resolved.type, resolved.value, part, cm.part_of(resolved.span, part, by_days), resolved.grain,
                    resolved.approximate, resolved.explicit_year)


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


def _gregorian_month(p: Partial, dct: date, no_cue_ahead: int | None = None) -> Resolved:
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
    return _with_part(resolved, p.part, by_days=True)


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


def _hijri_month(p: Partial, dct: date) -> Resolved:
    hijri_year = _hijri_year_of(p, dct)
    if p.day is not None:
        day = cm.hijri_to_gregorian(hijri_year, p.month, p.day)
        return Resolved("DATE", day.isoformat(), span=(day, day), grain="day", approximate=True,
                        explicit_year=p.year is not None)
    first, last = cm.hijri_month_span(hijri_year, p.month)
    resolved = Resolved("DATE", f"{first.isoformat()}/{last.isoformat()}", span=(first, last), grain="month",
                        approximate=True, explicit_year=p.year is not None)
    return _with_part(resolved, p.part, by_days=True)


SIGHTING_DAYS = 2  # a Hijri feast may fall a day or two off the Umm al-Qura table, by country


def _feast(p: Partial, dct: date) -> Resolved:
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


def _inside(p: Partial, dct: date, anchor: Resolved | None) -> Resolved:
    """A weekday or week counted inside a month or year: «ثاني خميس من نوفمبر», «آخر جمعة من الشهر»,
    «الأسبوع الأخير من يونيو 2019» (its last seven days), «الأسبوع الثاني من عام 2020» (ISO week 2)."""
    # a weekday or week counted in a month names a date by rule, as schedules do: no past default
    outer = _date(p.with_(nth_weekday=None, week_of=None), dct, anchor, no_cue_ahead=12)
    first, last = outer.span
    if p.nth_weekday is not None:
        n, weekday = p.nth_weekday
        if weekday == 0:  # «آخر يوم من أكتوبر»: any day, counted from either end
            day = first + timedelta(days=n - 1) if n > 0 else last + timedelta(days=n + 1)
        elif n > 0:
            day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
        else:
            day = last - timedelta(days=(last.isoweekday() - weekday) % 7)
        if not first <= day <= last:
            raise Unresolvable("no such weekday in the month")
        return Resolved("DATE", day.isoformat(), span=(day, day), grain="day", approximate=outer.approximate,
                        explicit_year=outer.explicit_year)
    if outer.grain == "year":
        first_day, last_day = cm.iso_week_span(first.year, p.week_of)
        return Resolved("DATE", f"{first.year:04d}-W{p.week_of:02d}", span=(first_day, last_day), grain="week",
                        explicit_year=True)
    start = last - timedelta(days=6) if p.week_of < 0 else first + timedelta(days=7 * (p.week_of - 1))
    end = min(start + timedelta(days=6), last)
    return Resolved("DATE", f"{start.isoformat()}/{end.isoformat()}", span=(start, end), grain="week",
                    explicit_year=outer.explicit_year)


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
DAYS_IN = {"day": 1, "night": 1, "week": 7, "month": 30, "year": 365, "decade": 3652, "century": 36524}
NO_CUE_PAST_BIAS = 3  # news tells of the week gone by: a bare weekday with no cue is past unless it is tomorrow
ANAPHORIC = {"PRECEDING": -1, "FOLLOWING": 1, "SAME": 0}
GRAIN_ORDER = {"night": 0, "day": 0, "weekend": 1, "week": 1, "month": 2, "quarter": 3, "half": 3, "season": 3, "year": 4}


def _relative_unit(p: Partial, dct: date, anchor: Resolved | None = None) -> Resolved:
    if p.relation in ("SAME", "SAME_THIS"):
        # «اليوم نفسه»، «في ذلك اليوم»، «يومها»، «العام ذاته»: the unit of the date the text just gave;
        # with no such date (or one coarser than the unit) nothing can be placed
        if anchor is None or anchor.span is None or GRAIN_ORDER.get(anchor.grain, 9) > GRAIN_ORDER[p.unit]:
            raise Unresolvable("no date to refer back to")
        base = anchor.span[0]
        if p.unit == "night":
            return Resolved("TIME", f"{base.isoformat()}TNI", span=(base, base), grain="time")
        if p.unit == "day":
            return Resolved("DATE", base.isoformat(), span=(base, base), grain="day")
        return _relative_unit(p.with_(relation="THIS"), base)
    if p.relation in ANAPHORIC:
        # «العام السابق»، «اليوم التالي»: one unit from the date the text just gave, else from the DCT
        if anchor is not None and anchor.span and GRAIN_ORDER.get(anchor.grain, 9) > GRAIN_ORDER[p.unit]:
            # «سينضمون في اليوم التالي» after «كأس آسيا 2019»: the day after which day? none the text gave
            raise Unresolvable("the date just told is coarser than the unit counted from it")
        base = anchor.span[0] if anchor is not None and anchor.span else dct
        step = ANAPHORIC[p.relation]
        if p.unit == "day":
            day = base + timedelta(days=step)
            return Resolved("DATE", day.isoformat(), span=(day, day), grain="day")
        return _relative_unit(p.with_(relation="NEXT" if step > 0 else "PREV"), base)
    step = RELATION_STEP.get(p.relation, 0)
    if p.unit in ("week", "weekend"):
        if p.relation == "ENDED":  # «الأسبوع المنقضي»: the week now closing when written at its end
            step = 0 if dct.isoweekday() >= 5 else -1
        if p.unit == "weekend" and p.relation is None:
            step = -1 if p.tense == "PAST" and dct.isoweekday() < 6 else 0
        year, week = cm.week_of(dct + timedelta(weeks=step))
        first, last = cm.iso_week_span(year, week)
        if p.unit == "weekend":
            return Resolved("DATE", f"{year:04d}-W{week:02d}-WE", span=(last - timedelta(days=1), last), grain="weekend")
        resolved = Resolved("DATE", f"{year:04d}-W{week:02d}", span=(first, last), grain="week")
        if p.part == "START":
            return Resolved("DATE", resolved.value, "START", (first, first + timedelta(days=1)), "week")
        if p.part == "MID":
            return Resolved("DATE", resolved.value, "MID", (first + timedelta(days=2), first + timedelta(days=3)), "week")
        return resolved
    if p.relation == "ENDED":
        step = -1
    if p.unit == "month":
        year, month = cm.add_months(dct.year, dct.month, step)
        if p.day is not None:  # «العاشر من الشهر القادم»، «الثامن من الشهر نفسه»
            day = date(year, month, p.day)
            return Resolved("DATE", day.isoformat(), span=(day, day), grain="day")
        return _with_part(Resolved("DATE", f"{year:04d}-{month:02d}", span=cm.month_span(year, month), grain="month"),
                          p.part, by_days=True)
    if p.unit == "quarter":  # «الربع الحالي»، «الربع السابق» (after a quarter the text named)
        year, month = cm.add_months(dct.year, 1 + 3 * ((dct.month - 1) // 3), 3 * step)
        return _quarter(Partial("date", quarter=1 + (month - 1) // 3, year=year), dct)
    if p.unit == "year":
        resolved = _year(dct.year + step, p.part)
        return Resolved(resolved.type, resolved.value, resolved.mod, resolved.span, resolved.grain)
    raise ValueError(f"unknown unit {p.unit}")


def _quarter(p: Partial, dct: date) -> Resolved:
    year = p.year if p.year is not None else dct.year + RELATION_STEP.get(p.relation, 0)
    if p.half is not None:
        first_month, length, value = 1 + 6 * (p.half - 1), 6, f"{year:04d}-H{p.half}"
        grain = "half"
    else:
        first_month, length, value = 1 + 3 * (p.quarter - 1), 3, f"{year:04d}-Q{p.quarter}"
        grain = "quarter"
    last_year, last_month = cm.add_months(year, first_month, length - 1)
    resolved = Resolved("DATE", value, span=(date(year, first_month, 1), cm.month_span(last_year, last_month)[1]),
                        grain=grain, explicit_year=p.year is not None)
    return _with_part(resolved, p.part, by_days=False)  # «نهاية النصف الأول»: the half's last third


def _season(p: Partial, dct: date) -> Resolved:
    if p.year is not None:
        year = p.year
    else:
        year = dct.year
        first, last = cm.season_span(year, p.season)
        if p.relation == "NEXT":
            while first <= dct:
                year += 1
                first, last = cm.season_span(year, p.season)
        elif p.relation == "PREV":
            while last >= dct:
                year -= 1
                first, last = cm.season_span(year, p.season)
    return Resolved("DATE", f"{year:04d}-{p.season}", span=cm.season_span(year, p.season), grain="season",
                    explicit_year=p.year is not None)


def _decade(p: Partial, dct: date) -> Resolved:
    if p.century is not None:
        century = p.century
    elif p.century_relative is not None:
        century = dct.year // 100 + p.century_relative
    else:
        century = dct.year // 100 if dct.year // 100 * 100 + p.decade * 10 <= dct.year else dct.year // 100 - 1
    first_year = century * 100 + p.decade * 10
    resolved = Resolved("DATE", f"{first_year // 10:03d}", span=(date(first_year, 1, 1), date(first_year + 9, 12, 31)),
                        grain="decade", explicit_year=True)
    return _with_part(resolved, p.part, by_days=False)


def _range(p: Partial, dct: date, anchor: Resolved | None) -> Resolved:
    last_partial = p.until.with_(tense=p.tense)
    if (last_partial.relation in ("PREV", "ENDED", "NEXT", "AFTER_NEXT") and p.year is None and last_partial.year is None
            and p.calendar == "gregorian" and p.month and last_partial.month and p.month != last_partial.month):
        # «بين جانفي وماي الماضيين»، «من 26 أوت إلى 6 سبتمبر المقبل»: the relation places the end; the start
        # is the month before it (read alone, «26 أوت المقبل» written on 29 August would be a year ahead)
        last = _date(last_partial, dct, anchor)
        year = last.span[0].year - (1 if p.month > last_partial.month else 0)
        first = _date(p.with_(until=None, relation=None, year=year, year_calendar="gregorian"), dct, anchor)
        return Resolved("DATE", f"{first.value}/{last.value}", span=(first.span[0], last.span[1]), grain=first.grain)
    first = _date(p.with_(until=None), dct, anchor)
    if last_partial.year is None and first.span and p.calendar != "gregorian":
        # «14 ربيع الأول حتى 18 ذي القعدة»: the end is the first such Hijri day from the start on
        last_partial = last_partial.with_(tense="FUTURE", relation=None)
        last = _date(last_partial, first.span[0], anchor)
        return _joined(first, last, p)
    if last_partial.year is None and first.span and p.decade is None:
        # the end takes the start's year (written or borrowed from the sentence) unless the months wrap
        last_partial = last_partial.with_(year=first.span[0].year + (1 if (last_partial.month or 0) < (p.month or 0) else 0),
                                          relation=None)
    last = _date(last_partial, dct, anchor)
    if first.span and last.span and last.span[1] < first.span[0] and p.calendar != "gregorian":
        # «3 محرم حتى 9 جمادى الآخرة العام 2011 ميلادي»: a Gregorian year puts Jumada II before
        # Muharram; the end is the first such Hijri day from the start on
        last = _date(last_partial.with_(year=None, year_calendar=None, tense="FUTURE", relation=None),
                     first.span[0], anchor)
    if first.span and last.span and last.span[1] < first.span[0]:
        raise Unresolvable(f"a range that ends before it starts: {first.value} to {last.value}")
    return _joined(first, last, p)


def _joined(first: Resolved, last: Resolved, p: Partial) -> Resolved:
    if p.month is None and p.year is not None or (first.grain in ("month", "decade") and not first.approximate):
        value = f"{first.value}/{last.value}"  # years 2015/2017, months 2021-01/2021-03
    else:
        value = f"{first.span[0].isoformat()}/{last.span[1].isoformat()}"
    return Resolved("DATE", value, span=(first.span[0], last.span[1]), grain=first.grain,
                    approximate=first.approximate, explicit_year=first.explicit_year)


def _offset(p: Partial, dct: date, anchor: Resolved | None) -> Resolved:
    amount, unit = p.offset
    base = anchor.span[0] if anchor is not None and anchor.span else dct
    if float(amount).is_integer():
        moved = cm.shift_date(base, int(amount), unit)
    else:  # «قبل شهر ونصف الشهر»: a fraction moves by days (a month of 30, a year of 365)
        moved = base + timedelta(days=round(amount * DAYS_IN[unit]))
    if unit in ("day", "night"):
        return Resolved("DATE", moved.isoformat(), span=(moved, moved), grain="day")
    if unit == "week":
        year, week = cm.week_of(moved)
        return Resolved("DATE", f"{year:04d}-W{week:02d}", span=cm.iso_week_span(year, week), grain="week")
    if unit == "month" and not (anchor is not None and anchor.grain == "year"):
        return Resolved("DATE", f"{moved.year:04d}-{moved.month:02d}", span=cm.month_span(moved.year, moved.month),
                        grain="month")
    resolved = _year(moved.year, None)
    return Resolved(resolved.type, resolved.value, span=resolved.span, grain="year")


def _past_or_next(p: Partial, dct: date) -> Resolved:
    amount = int(round(p.amount))
    if p.kind == "past_n":
        first, last = cm.shift_date(dct, -amount, p.unit), dct - timedelta(days=1)
        return Resolved("DATE", "PAST_REF", span=(first, last), grain="day")
    first, last = dct + timedelta(days=1), cm.shift_date(dct, amount, p.unit)
    return Resolved("DATE", "FUTURE_REF", span=(first, last), grain="day")


# ---------------------------------------------------------------- times and lengths

def _with_weekday(day: date, weekday: int | None) -> date:
    """«يوم أمس (الثلاثاء)»: when a relative day and the weekday named with it disagree, the weekday
    wins: the day of that name nearest to the relative day (RESOLUTION.md rule 15)."""
    if weekday is None or day.isoweekday() == weekday:
        return day
    shift = (weekday - day.isoweekday()) % 7
    return day + timedelta(days=shift if shift <= 3 else shift - 7)


def _time(p: Partial, dct: date, sentence_day: date | None) -> Resolved:
    if p.day_offset is not None:
        day = _with_weekday(dct + timedelta(days=p.day_offset), p.weekday)
    elif p.weekday is not None:
        day = weekday_date(p.weekday, p.relation, p.tense, dct)
    else:
        day = sentence_day or dct
    if p.midnight:  # «منتصف ليل الأحد-الاثنين»، «منتصف ليل أمس»: midnight belongs to the later day (rule 11)
        day += timedelta(days=1)
        return Resolved("TIME", f"{day.isoformat()}T00:00", span=(day, day), grain="time")
    if p.hour is not None:
        value = f"{day.isoformat()}T{p.hour:02d}:{(p.minute or 0):02d}" + ("Z" if p.utc else "")
    else:
        value = f"{day.isoformat()}T{p.day_part}"
    if p.night_pair:  # «ليل الاثنين الثلاثاء»: the first day's night, over both days (rule 11)
        return Resolved("TIME", value, span=(day, day + timedelta(days=1)), grain="time")
    return Resolved("TIME", value, span=(day, day), grain="time")


def _duration(p: Partial) -> Resolved:
    if p.unit in ("decade", "century") and not float(p.amount).is_integer():
        p = p.with_(amount=p.amount * (10 if p.unit == "decade" else 100), unit="year")  # «قرن ونصف» P150Y
    amount = int(p.amount) if float(p.amount).is_integer() else p.amount
    if p.unit in ("hour", "minute"):
        return Resolved("DURATION", f"PT{amount}{'H' if p.unit == 'hour' else 'M'}")
    return Resolved("DURATION", f"P{amount}{UNIT_LETTER[p.unit]}")
