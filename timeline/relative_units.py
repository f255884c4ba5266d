"""Relative units, quarters, seasons, decades, offsets, «past N» spans, clock times and durations."""
from __future__ import annotations

from datetime import date, timedelta

from . import calendar_math as cm
from .named_days import weekday_date
from .partial import Partial
from .resolved import ANAPHORIC, GRAIN_ORDER, RELATION_STEP, UNIT_LETTER, Resolved, Unresolvable, with_part, year_value


DAYS_IN = {"day": 1, "night": 1, "week": 7, "month": 30, "year": 365, "decade": 3652, "century": 36524}


def relative_unit(p: Partial, dct: date, anchor: Resolved | None = None) -> Resolved:
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
        return relative_unit(p.with_(relation="THIS"), base)
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
        return relative_unit(p.with_(relation="NEXT" if step > 0 else "PREV"), base)
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
        return with_part(Resolved("DATE", f"{year:04d}-{month:02d}", span=cm.month_span(year, month), grain="month"),
                          p.part, by_days=True)
    if p.unit == "quarter":  # «الربع الحالي»، «الربع السابق» (after a quarter the text named)
        year, month = cm.add_months(dct.year, 1 + 3 * ((dct.month - 1) // 3), 3 * step)
        return quarter_value(Partial("date", quarter=1 + (month - 1) // 3, year=year), dct)
    if p.unit == "year":
        resolved = year_value(dct.year + step, p.part)
        return Resolved(resolved.type, resolved.value, resolved.mod, resolved.span, resolved.grain)
    raise ValueError(f"unknown unit {p.unit}")


def quarter_value(p: Partial, dct: date) -> Resolved:
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
    return with_part(resolved, p.part, by_days=False)  # «نهاية النصف الأول»: the half's last third


def season_value(p: Partial, dct: date) -> Resolved:
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


def decade_value(p: Partial, dct: date) -> Resolved:
    if p.century is not None:
        century = p.century
    elif p.century_relative is not None:
        century = dct.year // 100 + p.century_relative
    else:
        century = dct.year // 100 if dct.year // 100 * 100 + p.decade * 10 <= dct.year else dct.year // 100 - 1
    first_year = century * 100 + p.decade * 10
    resolved = Resolved("DATE", f"{first_year // 10:03d}", span=(date(first_year, 1, 1), date(first_year + 9, 12, 31)),
                        grain="decade", explicit_year=True)
    return with_part(resolved, p.part, by_days=False)


def offset_value(p: Partial, dct: date, anchor: Resolved | None) -> Resolved:
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
    resolved = year_value(moved.year, None)
    return Resolved(resolved.type, resolved.value, span=resolved.span, grain="year")


def past_or_next(p: Partial, dct: date) -> Resolved:
    amount = int(round(p.amount))
    if p.kind == "past_n":
        first, last = cm.shift_date(dct, -amount, p.unit), dct - timedelta(days=1)
        return Resolved("DATE", "PAST_REF", span=(first, last), grain="day")
    first, last = dct + timedelta(days=1), cm.shift_date(dct, amount, p.unit)
    return Resolved("DATE", "FUTURE_REF", span=(first, last), grain="day")


def with_weekday(day: date, weekday: int | None) -> date:
    """«يوم أمس (الثلاثاء)»: when a relative day and the weekday named with it disagree, the weekday
    wins: the day of that name nearest to the relative day (RESOLUTION.md rule 15)."""
    if weekday is None or day.isoweekday() == weekday:
        return day
    shift = (weekday - day.isoweekday()) % 7
    return day + timedelta(days=shift if shift <= 3 else shift - 7)


def clock_time(p: Partial, dct: date, sentence_day: date | None) -> Resolved:
    if p.day_offset is not None:
        day = with_weekday(dct + timedelta(days=p.day_offset), p.weekday)
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


def duration_value(p: Partial) -> Resolved:
    if p.unit in ("decade", "century") and not float(p.amount).is_integer():
        p = p.with_(amount=p.amount * (10 if p.unit == "decade" else 100), unit="year")  # «قرن ونصف» P150Y
    amount = int(p.amount) if float(p.amount).is_integer() else p.amount
    if p.unit in ("hour", "minute"):
        return Resolved("DURATION", f"PT{amount}{'H' if p.unit == 'hour' else 'M'}")
    return Resolved("DURATION", f"P{amount}{UNIT_LETTER[p.unit]}")
