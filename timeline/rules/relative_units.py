"""Productions of units counted from the publication date or from a date the text told:
«العام الماضي»، «نهاية الشهر»، «العاشر من الشهر القادم»، «الخميس من الأسبوع المقبل»، «اليوم نفسه»،
nth weekdays and days, weeks of a month or year.
"""
from __future__ import annotations

import re

from .. import lexicon
from ..normalize import normalize
from ..partial import Partial
from .dates import p_date_parts
from .values import _NEXT_WORD, group, ordinal, part_of_match, relation, start_of, unit_of, word_before
from .words import PARTS, WEEKDAYS, WEEKDAYS_BARE, _key


NOT_BEFORE_YEAR_WORD = set(lexicon.words("not_before_year_word"))

NOT_AFTER_YEAR_WORD = {normalize(word) for word in lexicon.words("not_after_year_word")}
SANA = normalize("السنة")  # the year as «السنة», which a following word may make the Sunna
EVENT_AFTER = re.compile(r"\s+ل(?!ذلك|ذاك|هذا|هذه|تلك)\w")


def p_relative_unit(m: re.Match) -> Partial | None:
    unit_word = _key(group(m, "unit") or m["unit2"])
    if unit_word == "العام" and word_before(m.string, start_of(m)) in NOT_BEFORE_YEAR_WORD:
        return None  # «الأمين العام السابق» is the former secretary-general
    following = _NEXT_WORD.match(m.string, m.end(), m.end() + 30)
    if unit_word == SANA and following and following.group(1) in NOT_AFTER_YEAR_WORD:
        return None  # «هذه السنة الحميدة» is a custom, the Sunna
    rel = relation(group(m, "rel"))
    if rel in ("PRECEDING", "FOLLOWING") and EVENT_AFTER.match(m.string, m.end()):
        return None  # «اليوم الموالي للقمة» counts from an event the text does not date
    unit = unit_of(unit_word)
    rel = rel or "THIS"
    part = part_of_match(m)
    if group(m, "half") and unit != "month":
        return None  # «النصف الأول من العام الجاري» is the quarter rule's half of a year
    year = int(m["year"]) if group(m, "year") else None
    if unit == "week" and part == "END":
        return Partial("date", unit="weekend", relation=rel)
    if year is not None and unit == "year":
        # «هذا العام 1436/1437هـ»: after العام a number of the Hijri range is a Hijri year (as «عام 1436»)
        calendar = "hijri" if 1300 <= year <= 1500 else "gregorian"
        return Partial("date", year=year, year_calendar=calendar, part=part)
    return Partial("date", unit=unit, relation=rel, part=part)


def p_day_of_month_unit(m: re.Match) -> Partial | None:
    """«العاشر من الشهر القادم»، «15 من الشهر الجاري»، «الثامن من الشهر نفسه»، «يوم 29 من نفس الشهر»."""
    day = ordinal(m["day"])
    if day is None or not 1 <= day <= 31:
        return None
    if group(m, "same") or group(m, "same2"):
        rel = "SAME"
    elif group(m, "this") or group(m, "this2"):
        rel = "THIS"
    else:
        rel = relation(m["rel"])
        if rel not in ("NEXT", "PREV", "THIS", "PRECEDING", "FOLLOWING"):
            return None
    return Partial("date", unit="month", relation=rel, day=day)


NTH = {normalize(w): n for w, n in (("أول", 1), ("ثاني", 2), ("ثالث", 3), ("رابع", 4), ("خامس", 5), ("آخر", -1))}


def p_nth_weekday(m: re.Match) -> Partial | None:
    """«ثاني خميس من نوفمبر»، «آخر جمعة من الشهر»، «أول أحد من الشهر المقبل»، «الأحد الأخير من مارس».
    (Weekday first, only الأخير: «الخميس الثالث من أكتوبر» is Thursday 3 October, a day_month.)"""
    text = _key(group(m, "wd") or m["wdl"])
    weekday = WEEKDAYS.get(text) or WEEKDAYS_BARE.get(text)
    nth = (-1 if group(m, "lastw") else NTH[_key(m["nth"])], weekday)
    if group(m, "unit"):
        return Partial("date", unit="month", relation=relation(group(m, "urel")) or "THIS", nth_weekday=nth)
    month = p_date_parts(m, introduced=True)
    return month.with_(nth_weekday=nth) if month is not None and month.calendar == "gregorian" else None


def p_day_of(m: re.Match) -> Partial | None:
    """«آخر يوم من شهر أكتوبر»، «اليوم الأخير من العام»، «أول يوم من الشهر المقبل»: a day counted in a month or year
    (nth_weekday with weekday 0: any day)."""
    nth = (1 if _key(group(m, "nth") or m["nth2"]) in ("اول", "الاول") else -1, 0)
    if group(m, "unit"):
        unit = "month" if _key(m["unit"]) == "الشهر" else "year"
        rel = relation(group(m, "urel")) or "THIS"
        return None if rel in ANAPHORIC_RELATIONS else Partial("date", unit=unit, relation=rel, nth_weekday=nth)
    if group(m, "wyear"):
        return Partial("date", year=int(m["wyear"]), year_calendar="gregorian", nth_weekday=nth)
    month = p_date_parts(m, introduced=True)  # «آخر يوم من رمضان»: a Hijri month's too, as approximate as the month
    return month.with_(nth_weekday=nth) if month is not None else None


ANAPHORIC_RELATIONS = ("PRECEDING", "FOLLOWING")  # «الأسبوع السابق»: counted from a date the text gave, not here


def p_weekday_of_week(m: re.Match) -> Partial | None:
    """«الخميس من الأسبوع المقبل»، «يوم الأحد من الأسبوع الماضي»، «الاثنين من هذا الأسبوع»: the day of that name
    in that (ISO) week, not the nearest one («الخميس المقبل» said on a Tuesday is in two days)."""
    rel = relation(group(m, "rel")) or "THIS"
    weekday = WEEKDAYS[_key(m["wd"])]
    if rel in ANAPHORIC_RELATIONS or weekday in WEEK_START_DAYS:
        return None
    return Partial("date", weekday=weekday, unit="week", relation=rel)


# weeks start on Saturday or Sunday in much of the Arab world, on Monday in ISO weeks: «الأحد من الأسبوع المقبل»
# is in five days or in twelve; such a day is left to the weekday rule and its nearest-day reading
WEEK_START_DAYS = (6, 7)


WEEK_NUMBERS = {normalize(w): n for w, n in (("الأول", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الأخير", -1))}


def p_week_of(m: re.Match) -> Partial | None:
    """«الأسبوع الأخير من شهر يونيو 2019» (its last seven days), «آخر أسبوع في سبتمبر», «الأسبوع الثاني من عام 2020» (ISO week 2)."""
    n = WEEK_NUMBERS[_key(m["n"])] if group(m, "n") else 1 if _key(m["n2"]) == "اول" else -1  # «آخر أسبوع من»
    if group(m, "wyear"):
        return Partial("date", year=int(m["wyear"]), year_calendar="gregorian", week_of=n) if n > 0 else None
    month = p_date_parts(m, introduced=True)
    return month.with_(week_of=n) if month is not None and month.calendar == "gregorian" else None


def p_same_unit(m: re.Match) -> Partial | None:
    """«اليوم نفسه»، «في ذلك اليوم»، «هذا اليوم»، «يومها»، «العام ذاته»: the unit of the date just told."""
    if group(m, "night") or group(m, "night2"):  # «في تلك الليلة»: the night of the day just told, not tonight
        return Partial("date", unit="night", relation="SAME")
    text = group(m, "unit") or group(m, "unit2") or group(m, "unit3") or m["unit4"]
    if _key(text) == "العام" and word_before(m.string, start_of(m)) in NOT_BEFORE_YEAR_WORD:
        return None
    # «هذا اليوم» may point back to any day the article told; «ذلك اليوم»، «اليوم نفسه» to one nearby
    return Partial("date", unit=unit_of(text), relation="SAME_THIS" if group(m, "unit3") else "SAME")


def p_weekend(m: re.Match) -> Partial:
    return Partial("date", unit="weekend", relation=relation(group(m, "rel")) or ("THIS" if group(m, "this") else None))


def p_part_of_unit(m: re.Match) -> Partial | None:
    """«مطلع العام»، «نهاية الشهر»: a part of the publication date's own unit."""
    unit = unit_of(m["unit"])
    if group(m, "half"):
        if unit != "month":
            return None  # a half of a year is the quarter rule's
        return Partial("date", unit=unit, relation="THIS", part=part_of_match(m))
    part = PARTS.get(_key(m["part"]), "MID")  # «نص الشهر» (colloquial) is its middle
    if unit == "week":
        return Partial("date", unit="weekend", relation=None) if part == "END" else None
    return Partial("date", unit=unit, relation="THIS", part=part)


def p_unit_in_context(m: re.Match) -> Partial | None:
    unit = unit_of(m["unit"])
    if unit == "year" and _key(m.group(0)).startswith(("طيله", "طوال")):
        return None  # «توازي أرباحها طيلة العام»، «يتم عرضها طوال السنة»: all year round, no calendar year
    return Partial("date", unit=unit, relation="THIS")


def p_same_period(m: re.Match) -> Partial | None:
    """«نفس الفترة من عام 2017»، «الفترة نفسها من السنة الماضية»: the period its sentence named, in that year."""
    year = group(m, "year") or group(m, "year2")
    rel = relation(group(m, "rel"))
    if year is None and rel not in ("PREV", "NEXT", "THIS", "BEFORE_PREV"):
        return None
    return Partial("date", year=int(year) if year else None, year_calendar="gregorian" if year else None,
                   year_relation=None if year else rel, same_period=True)


def p_same_day(m: re.Match) -> Partial:
    return Partial("date", year=int(m["year"]), same_day_as_anchor=True)
