"""Resolution: a partial value + the publication date (DCT) -> TIMEX3 value, mod, span, grain.

The news strategy of RESOLUTION.md: relative words count from the DCT, bare months and
weekdays follow the sentence's tense, and offsets can count from a date given earlier in the
text. No regular expressions here; Hijri dates go through hijridate (Umm al-Qura).
"""
from __future__ import annotations

from datetime import date, timedelta

from . import calendar_math as cm
from .named_days import feast_value, gregorian_month, hijri_month, weekday_date
from .partial import Partial
from .relative_units import (
    clock_time, decade_value, duration_value, offset_value, past_or_next, quarter_value, relative_unit,
    season_value, with_weekday,
)
from .resolved import ANAPHORIC, DEICTIC, Resolved, Unresolvable, with_part, year_value


def resolve(p: Partial, dct: date, anchor: Resolved | None = None, sentence_day: date | None = None) -> Resolved | None:
    """Resolve one partial value. `anchor` is the date an offset or «نفس اليوم» counts from;
    `sentence_day` the day a clock time without its own date falls on."""
    try:
        if p.kind == "duration":
            return duration_value(p)
        if p.kind == "set":
            if p.value is None:  # «كل خمس سنوات»: every N units
                return Resolved("SET", duration_value(p).value)
            return Resolved("SET", p.value)
        if p.kind == "vague":
            return Resolved("DATE", p.value)
        if p.kind in ("past_n", "next_n"):
            return past_or_next(p, dct)
        if p.kind == "time" and p.month is not None:  # «مساء الاثنين 5 ديسمبر»: the written date's day, at that part
            day = date_value(p.with_(kind="date", day_part=None), dct, anchor)
            if day is None:
                return None
            return clock_time(p.with_(day_offset=None, weekday=None), dct, day.span[0])._replace(approximate=day.approximate)
        if p.kind == "time":
            return clock_time(p, dct, sentence_day)
        return date_value(p, dct, anchor)
    except (ValueError, OverflowError, KeyError) as error:
        raise Unresolvable(str(error)) from error


def date_value(p: Partial, dct: date, anchor: Resolved | None, no_cue_ahead: int | None = None) -> Resolved | None:
    if p.nth_weekday is not None or p.week_of is not None:
        return _inside(p, dct, anchor)
    if p.until is not None:
        return _range(p, dct, anchor)
    if p.offset is not None:
        return offset_value(p, dct, anchor)
    if p.same_day_as_anchor:
        if anchor is None or anchor.grain != "day":
            return year_value(p.year, None)
        day = date(p.year, anchor.span[0].month, anchor.span[0].day)
        return Resolved("DATE", day.isoformat(), span=(day, day), grain="day", explicit_year=True)
    if p.day_offset is not None:
        day = with_weekday(dct + timedelta(days=p.day_offset), p.weekday)
        return Resolved("DATE", day.isoformat(), span=(day, day), grain="day")
    if (p.month is not None or p.season is not None) and p.relation in ANAPHORIC and p.relation != "SAME" \
            and p.year is None and anchor is not None and anchor.span:
        # «قبل إعارته في الشتاء التالي» after «يناير 2014»: the next one after the date the text gave, not after today
        return date_value(p.with_(relation=DEICTIC[p.relation]), anchor.span[0], None, no_cue_ahead)
    if p.feast_day is not None:
        return feast_value(p, dct)
    if p.month is not None:
        return hijri_month(p, dct) if p.calendar == "hijri" else gregorian_month(p, dct, no_cue_ahead)
    if p.weekday is not None and p.unit == "week":  # «الخميس من الأسبوع المقبل»: that day of that week
        day = relative_unit(p.with_(weekday=None), dct).span[0] + timedelta(days=p.weekday - 1)
        return Resolved("DATE", day.isoformat(), span=(day, day), grain="day")
    if p.weekday is not None:
        day = weekday_date(p.weekday, p.relation, p.tense, dct)
        return Resolved("DATE", day.isoformat(), span=(day, day), grain="day")
    if p.quarter is not None or p.half is not None:
        return quarter_value(p, dct)
    if p.season is not None:
        return season_value(p, dct)
    if p.decade is not None:
        return decade_value(p, dct)
    if p.century is not None or p.century_relative is not None:
        century = p.century if p.century is not None else dct.year // 100 + p.century_relative
        return with_part(Resolved("DATE", f"{century:02d}", span=(date(century * 100, 1, 1), date(century * 100 + 99, 12, 31)),
                                   grain="century"), p.part, by_days=False)
    if p.unit is not None:
        return relative_unit(p, dct, anchor)
    if p.year is not None:
        if p.year_calendar == "hijri":
            first, last = cm.hijri_year_span(p.year)
            return with_part(Resolved("DATE", f"{first.isoformat()}/{last.isoformat()}", span=(first, last), grain="year",
                                       approximate=True, explicit_year=True), p.part, by_days=False)
        return year_value(p.year, p.part)
    return None


def _inside(p: Partial, dct: date, anchor: Resolved | None) -> Resolved:
    """A weekday or week counted inside a month or year: «ثاني خميس من نوفمبر», «آخر جمعة من الشهر»,
    «الأسبوع الأخير من يونيو 2019» (its last seven days), «الأسبوع الثاني من عام 2020» (ISO week 2)."""
    # a weekday or week counted in a month names a date by rule, as schedules do: no past default
    outer = date_value(p.with_(nth_weekday=None, week_of=None), dct, anchor, no_cue_ahead=12)
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


def _range(p: Partial, dct: date, anchor: Resolved | None) -> Resolved:
    last_partial = p.until.with_(tense=p.tense)
    if (last_partial.relation in ("PREV", "ENDED", "NEXT", "AFTER_NEXT") and p.year is None and last_partial.year is None
            and p.calendar == "gregorian" and p.month and last_partial.month and p.month != last_partial.month):
        # «بين جانفي وماي الماضيين»، «من 26 أوت إلى 6 سبتمبر المقبل»: the relation places the end; the start
        # is the month before it (read alone, «26 أوت المقبل» written on 29 August would be a year ahead)
        last = date_value(last_partial, dct, anchor)
        year = last.span[0].year - (1 if p.month > last_partial.month else 0)
        first = date_value(p.with_(until=None, relation=None, year=year, year_calendar="gregorian"), dct, anchor)
        return Resolved("DATE", f"{first.value}/{last.value}", span=(first.span[0], last.span[1]), grain=first.grain)
    first = date_value(p.with_(until=None), dct, anchor)
    if last_partial.year is None and first.span and p.calendar != "gregorian":
        # «14 ربيع الأول حتى 18 ذي القعدة»: the end is the first such Hijri day from the start on
        last_partial = last_partial.with_(tense="FUTURE", relation=None)
        last = date_value(last_partial, first.span[0], anchor)
        return _joined(first, last, p)
    if last_partial.year is None and first.span and p.decade is None:
        # the end takes the start's year (written or borrowed from the sentence) unless the months wrap
        last_partial = last_partial.with_(year=first.span[0].year + (1 if (last_partial.month or 0) < (p.month or 0) else 0),
                                          relation=None)
    last = date_value(last_partial, dct, anchor)
    if first.span and last.span and last.span[1] < first.span[0] and p.calendar != "gregorian":
        # «3 محرم حتى 9 جمادى الآخرة العام 2011 ميلادي»: a Gregorian year puts Jumada II before
        # Muharram; the end is the first such Hijri day from the start on
        last = date_value(last_partial.with_(year=None, year_calendar=None, tense="FUTURE", relation=None),
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
