"""Productions of feasts and the holy month: a feast by name (Christmas and Easter of the Eastern
churches, not a birthday) and «هذا الشهر الفضيل» (Ramadan).
"""
from __future__ import annotations

import re

from ..normalize import normalize
from ..partial import Partial
from .values import group, relation, start_of, year_of
from .words import FEASTS, WEEKDAYS, _key


def p_holy_month(m: re.Match) -> Partial:
    """«الشهر الفضيل»، «شهر الصيام»، «هذا الشهر الكريم»: رمضان."""
    return Partial("date", calendar="hijri", month=9, relation="THIS" if group(m, "this") else None)


NTH_DAY = {normalize(w): n for w, n in (("أول", 1), ("ثاني", 2), ("ثالث", 3), ("رابع", 4))}


# «عيد الميلاد لدى الطوائف الشرقية»، «الأقباط الأرثوذكس»: Christmas on 7 January (rule 12)
EASTERN_CHURCH = re.compile(normalize(r"ارثوذكس|الشرقيه|الشرقي(?!\w)|الاقباط|القبطي|الروم|الكنائس الشرقيه"))
_QUOTES = re.compile(r"[\"«»“”']")


# «عيد الميلاد الـ11 للهاشتاغ»، «عيد الميلاد الخمسين»، «عيد الميلاد لابنه»: a birthday, not Christmas
# (a year after it, «عيد الميلاد 2020», is Christmas of that year)
BIRTHDAY_AFTER = re.compile(r"\s*(?:ال\s*)?ـ?\s*\d{1,3}(?!\d)|\s+(?:ال\w+ين|ال\w+ون)(?!\w)|\s+ل(?!لمسيح|لسيد)\w")


def p_feast(m: re.Match) -> Partial | None:
    row = FEASTS[_key(_QUOTES.sub(" ", m["feast"]))]
    year, year_calendar = year_of(m)
    nth = NTH_DAY.get(_key(group(m, "nth"))) if group(m, "nth") else 1
    month, day, rule = int(row["month"]), int(row["day"]), row.get("rule") or None
    if row["word"] == "عيد الميلاد" and BIRTHDAY_AFTER.match(m.string, m.end("feast")):
        return None
    if ((month, day) == (12, 25) or rule == "easter") and EASTERN_CHURCH.search(
            m.string, max(0, start_of(m) - 60), m.end() + 60):
        month, day, rule = (1, 7, rule) if rule is None else (month, day, "orthodox_easter")
    return Partial("date", calendar=row["calendar"], month=month, feast_day=day, feast_rule=rule,
                   feast_nth=nth, year=year, year_calendar=year_calendar, relation=relation(group(m, "rel")),
                   # «ستحتفي بعيد الفطر يوم الاثنين المقبل»: the country's feast day is the weekday named (rule 15)
                   weekday=WEEKDAYS[_key(m["fwd"])] if group(m, "fwd") else None)
