"""The year an expression without one takes from its sentence, its story, the range or the period before it."""
from __future__ import annotations

import re
from datetime import date

from . import calendar_math as cm
from .match import Found
from .partial import Partial
from .resolve import resolve
from .resolved import YEAR_STEP, Resolved


PERIOD_GRAINS = ("month", "quarter", "half", "season", "day")


def sentence_period(item: Found, found: list[Found], resolved: list) -> Resolved | None:
    """The last period of at least a month written before `item` in its sentence («النصف الأول 2018»)."""
    for earlier, value in zip(reversed(found[:len(resolved)]), reversed(resolved)):
        if earlier.sentence != item.sentence:
            return None
        if value is not None and value.type == "DATE" and value.span is not None and not value.value.endswith("_REF") \
                and value.grain in PERIOD_GRAINS and value.span[0].year == value.span[1].year \
                and (value.grain != "day" or value.span[0] != value.span[1]):
            return value
    return None


def same_period(partial, period: Resolved | None, dct: date) -> Resolved | None:
    """«نفس الفترة من عام 2017» after «بنهاية النصف الأول 2018»: January to June 2017. A period ending
    a part (نهاية، حتى نهاية) runs from the start of its year (the year to date), as statistics do."""
    year = partial.year if partial.year is not None else dct.year + YEAR_STEP[partial.year_relation]
    bare = resolve(Partial("date", year=year, year_calendar="gregorian"), dct)
    if period is None:
        return bare
    first, last = period.span
    if period.mod == "END":
        first = date(first.year, 1, 1)
    try:
        first, last = first.replace(year=year), last.replace(year=year)
    except ValueError:  # 29 February
        return bare
    return Resolved("DATE", _period_value(first, last), span=(first, last), grain="month", explicit_year=True)


def _period_value(first: date, last: date) -> str:
    whole_months = first.day == 1 and last == cm.month_span(last.year, last.month)[1]
    if not whole_months:
        return f"{first.isoformat()}/{last.isoformat()}"
    if first.month == last.month:
        return f"{first.year:04d}-{first.month:02d}"
    if (first.month, last.month) in ((1, 6), (7, 12)):
        return f"{first.year:04d}-H{1 if first.month == 1 else 2}"
    if first.month % 3 == 1 and last.month == first.month + 2:
        return f"{first.year:04d}-Q{(first.month + 2) // 3}"
    return f"{first.year:04d}-{first.month:02d}/{last.year:04d}-{last.month:02d}"


RANGE_LINKS = {"حتى", "الى", "إلى", "و", "-", "او", "أو", "ثم"}


def continues_range(text: str, item: Found, found: list[Found], resolved: list) -> bool:
    """Is this date written right after another date of its calendar, joined by حتى/إلى/و?"""
    index = len(resolved)
    if index == 0 or resolved[-1] is None or resolved[-1].grain not in ("day", "month"):
        return False
    previous = found[index - 1]
    if item.partial.calendar != previous.partial.calendar:
        return False
    gap = text[previous.end:item.start].split()
    return len(gap) == 1 and gap[0] in RANGE_LINKS


STORY_SENTENCES = 2  # a story's year carries over this many sentences of its paragraph


def continues_story(item: Found, partial, story: tuple[Found, date] | None, dct: date) -> bool:
    """Does a month without a year go on with a past story told just before, in the same paragraph
    and not before the story's month (a later month of that year), or the month right before it (a day told back
    from the story's day: «في 2 أكتوبر 2009 … تمت في 29 سبتمبر (أي قبل ثلاثة أيام من التصويت)»)?"""
    if story is None or partial.calendar != "gregorian" or partial.tense == "FUTURE":
        return False
    where, first = story
    return (first.year < dct.year and item.paragraph == where.paragraph
            and 0 < item.sentence - where.sentence <= STORY_SENTENCES and partial.month >= first.month - 1)


SINCE_WORDS = {"منذ", "ومنذ"}
SINCE_REACH = 4  # words between «منذ» and the date it governs («منذ كأس العالم 2006»)


def after_since(text: str, item: Found) -> bool:
    words = text[max(0, item.start - 60):item.start].split()[-SINCE_REACH:]
    return any(word in SINCE_WORDS for word in words)


# a date after «منذ» or a comparison word is a point of comparison, not the sentence's year: «زارها إلى موفى
# جانفي 182 ألف سائح (زيادة مقارنة مع جانفي 2016)» is January of the DCT's year
_COMPARED_BEFORE = re.compile(r"(?<!\w)(?:منذ|مقارن[ةه]\s*(?:بـ?|مع)|بالمقارن[ةه]\s*(?:بـ?|مع)|مقابل|قياسا\s*(?:بـ?|على|إلى))\s*$")


def explicit_dates_by_sentence(text: str, found: list[Found]) -> dict[int, dict[str, tuple[int, date]]]:
    """For each sentence and calendar, the first date written with its year: (year, its first Gregorian
    day). A day-and-month without a year takes the year another date of its sentence states,
    unless that date is a point of comparison («أعلى مستوى منذ مارس 2015»)."""
    dates: dict[int, dict[str, tuple[int, date]]] = {}
    for item in found:
        p = item.partial
        if p.kind != "date" or p.year is None or p.month is None or p.until is not None:
            continue
        if (p.year_calendar or "gregorian") != p.calendar or item.sentence in dates and p.calendar in dates[item.sentence]:
            continue
        if _COMPARED_BEFORE.search(text, max(0, item.start - 16), item.start):
            continue
        try:
            first = (cm.hijri_to_gregorian(p.year, p.month, p.day or 1) if p.calendar == "hijri"
                     else date(p.year, p.month, p.day or 1))
        except (ValueError, OverflowError):
            continue
        dates.setdefault(item.sentence, {})[p.calendar] = (p.year, first)
    return dates


def sentence_year(partial, dates: dict[str, tuple[int, date]]) -> int | None:
    """The year of a day-and-month from the dates of its sentence: a date of its own calendar gives its
    year; a date of the other calendar (the twin after الموافق) gives the year that falls nearest to it."""
    if partial.calendar in dates:
        return dates[partial.calendar][0]
    for _, near in dates.values():
        try:
            return cm.nearest_year(near, partial.calendar, partial.month, partial.day)
        except (ValueError, OverflowError):
            return None
    return None
