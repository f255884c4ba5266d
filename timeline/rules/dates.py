"""Productions of calendar dates written with a month: a day and month (with a weekday, a year or a
relation), a bare month and the word it needs before it, numeric dates, «شهر 3».
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from ..normalize import normalize
from ..partial import Partial
from .fragments import FRAGMENTS
from .values import _WORDS, group, month_of, number, ordinal, part_of_match, relation, start_of, word_before, year_of
from .words import DAY_PARTS, MONTHS, PARTS, WEEKDAYS, _key


def p_date_parts(m: re.Match, introduced: bool = False) -> Partial | None:
    """Day? + month + (year | relation)?, with a weekday or relative day in front. `introduced`: the match
    itself puts a date word before the month («آخر أحد من مارس»), which needs no other context then."""
    month, calendar = month_of(m["month"])
    day = ordinal(m["day"]) if group(m, "day") else None
    if day is not None and not 1 <= day <= (30 if calendar == "hijri" else 31):
        return None
    year, year_calendar = year_of(m)
    rel = relation(group(m, "rel")) or ("THIS" if group(m, "ythis") else None)
    year_rel = relation(group(m, "yrel")) or ("SAME" if group(m, "ysame") or group(m, "ysame2") else None)
    part = part_of_match(m)
    if day is None and part is None and year is None and rel is None and year_rel is None:
        if not introduced and not month_context_ok(m):
            return None
    weekday = WEEKDAYS.get(_key(group(m, "wd"))) if group(m, "wd") else None
    if group(m, "ndays"):  # «الأيام الخمسة الأولى من شهر رمضان»: its days 1 to 5
        count = number(m["ndays"])
        if count is None or not count.is_integer() or not 1 < count <= 15 or day is not None:
            return None
        first = Partial("date", calendar=calendar, year=year, year_calendar=year_calendar, month=month, day=1,
                        relation=rel, year_relation=year_rel)
        return first.with_(until=first.with_(day=int(count)))
    # «عقود برنت تسليم يوليو»: a futures contract's delivery month is the coming one, whatever the verb
    before = word_before(m.string, start_of(m))
    # «لشحنات سبتمبر»، «رفعت أسعار شحنات النفط الخام إلى آسيا في أيلول»: the delivery word a few words back
    delivery = year is None and rel is None and (before in DELIVERY or not DELIVERY.isdisjoint(
        _WORDS.findall(m.string, max(0, start_of(m) - 45), start_of(m))[-6:]))
    # «المعدة للتسويق بمناسبة شهر رمضان»: a holy month as the occasion is the nearest one (a week ahead)
    occasion = year is None and rel is None and calendar == "hijri" and day is None and before in OCCASION
    return _with_day_part(m, Partial("date", calendar=calendar, year=year, year_calendar=year_calendar, month=month,
                                     day=day, relation=rel, year_relation=year_rel, part=part, weekday=weekday,
                                     tense="FUTURE" if delivery else None, occasion=occasion))


_HOUR_BEFORE = re.compile(r"(?:\d|{HOURW})\s+(?:من\s+)?$".format(**FRAGMENTS))


def _with_day_part(m: re.Match, partial: Partial | None) -> Partial | None:
    """A written date with a part of the day before its weekday («مساء الاثنين 5 ديسمبر») is a TIME of that day;
    None when a clock hour owns that part («الساعة العاشرة صباح 11 إبريل»: the date is read without it)."""
    if not group(m, "dpw") or partial.day is None:
        return partial
    start = m.start("dpw")
    if _HOUR_BEFORE.search(m.string, max(0, start - 30), start):
        return None
    return partial.with_(kind="time", day_part=DAY_PARTS[_key(m["dpw"])]["part"])


MONTH_INTRO = {normalize(w) for w in (
    "في", "منذ", "خلال", "حتى", "بحلول", "من", "إلى", "الى", "بين", "قبل", "بعد", "شهر", "طيلة",
    "طوال", "مطلع", "أواخر", "أوائل", "منتصف", "نهاية", "بداية", "و", "أو", "لشهر", "بشهر", "وفي",
    "شهري", "لشهري", "بشهري", "وحتى", "ومنذ", "تسليم", "لتسليم", "دورة", "جلسة", "أيام", "بتاريخ")}


DELIVERY = {normalize(w) for w in ("تسليم", "لتسليم", "شحنات", "لشحنات")}  # (no longer tense cues: «أعلنت أمس تسليم أسدي …»)
# «رفعت أرامكو أسعار البيع لشحنات سبتمبر»: the loading month priced is the coming one, as a delivery month
OCCASION = {normalize(w) for w in ("بمناسبة", "لمناسبة", "مناسبة", "بحلول", "حلول", "قبيل", "استعدادا", "لاستقبال",
                                   "واستعدادا", "وبمناسبة", "بقدوم", "قدوم")}

# «رمضان الكريم»، «رمضان المبارك»: an epithet after a Hijri month makes it the month
HIJRI_EPITHET_AFTER = re.compile(normalize(r"\s+(?:الكريم|المبارك|الفضيل|المعظم|الأبرك)(?!\w)"))


def month_context_ok(m: re.Match) -> bool:
    """A bare ambiguous month (ماي، مارس، رمضان، صفر …) needs a word before it that introduces a date."""
    row = MONTHS[_key(m["month"])]
    if row["calendar"] == "hijri" and (group(m, "epithet") or HIJRI_EPITHET_AFTER.match(m.string, m.end())):
        return True
    written = m.group("m") if "m" in m.re.groupindex else m.string[start_of(m):m.end()]
    has_shahr = written.startswith("شهر")
    dual = "/" in written or "(" in written
    if row["ambiguous"] == "" or dual:
        return True
    if has_shahr:
        return True
    if row["ambiguous"] == "strict" or (group(m, "clitic") or "").lstrip("وف"):
        return False  # «من باب» is not «من آب»
    before = m.string[max(0, start_of(m) - 12):start_of(m)].split()
    if before and group(m, "clitic") == "و" and before[-1] in MONTHS:
        return True  # «في فبراير ومارس»: the second month of a list
    # «وخلال نيسان»، «ومنذ آب»: the date word may carry its own و/ف
    return bool(before) and (before[-1] in MONTH_INTRO or before[-1][:1] in "وف" and before[-1][1:] in MONTH_INTRO)


def p_numeric_date(m: re.Match) -> Partial | None:
    day, month, year = int(m["d"]), int(m["mo"]), int(m["y"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if 1300 <= year <= 1500:  # «30/10/1436 هـ» is a Hijri date
        if day > 30:
            return None
        return _with_day_part(m, Partial("date", calendar="hijri", year=year, year_calendar="hijri", month=month, day=day))
    return _with_day_part(m, Partial("date", year=year, month=month, day=day))


# a month's names of every system, to know a misspelt one by its twin in brackets («21 نسيان (إبريل) 2018»)
MONTH_NAMES_BY_NUMBER: dict[int, list[str]] = {}
for _word, _row in MONTHS.items():
    MONTH_NAMES_BY_NUMBER.setdefault(int(_row["month"]), []).append(normalize(_word))
TWIN_SIMILARITY = 0.75  # a one-letter slip in a five-letter name still passes; another word does not


def p_day_misspelt_month(m: re.Match) -> Partial | None:
    """«21 نسيان (إبريل) 2018»: a day, a misspelt month name and its twin in brackets is the twin's date."""
    twin = m["misspelt"]
    month, _ = month_of(m["month"])
    if not any(sorted(twin) == sorted(name) or SequenceMatcher(None, twin, name).ratio() >= TWIN_SIMILARITY
               for name in MONTH_NAMES_BY_NUMBER[month]):
        return None
    return p_date_parts(m)


def p_numeric_month(m: re.Match) -> Partial | None:
    """«شهر 3»، «شهر 11 المقبل»، «شهر 6 2019»: a month by its number."""
    year, year_calendar = year_of(m)
    part = PARTS.get(_key(group(m, "part"))) if group(m, "part") else None
    return Partial("date", month=int(m["mo"]), year=year, year_calendar=year_calendar,
                   relation=relation(group(m, "rel")), part=part)
