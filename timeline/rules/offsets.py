"""Productions of offsets from the publication date: «قبل ثلاثة أيام»، «بعد أسبوع» (not those counted from
an event), and «الأيام الثلاثة الماضية» (the past or next N units).
"""
from __future__ import annotations

import re

from .. import lexicon
from ..normalize import LETTER, normalize
from ..partial import Partial
from .values import _fraction, _repeats_unit, group, number, relation, unit_and_count
from .words import _key


def p_offset(m: re.Match) -> Partial | None:
    unit, count = unit_and_count(m["unit"])
    amount = number(m["num"]) if group(m, "num") else count
    if amount is None or unit in ("hour", "minute", "night") or (unit == "decade" and not group(m, "num")):
        return None  # «بعد عقد اجتماع» is "after holding a meeting"
    amount += _fraction(m)
    if not group(m, "num") and _repeats_unit(m, m["unit"]):
        return None  # «يوما بعد يوم», «عاما بعد عام»: little by little, no date
    sign = -1 if m["dir"].startswith("قبل") else 1
    anchored = bool(group(m, "after_it"))
    from_now = FROM_NOW.match(m.string, m.end()) is not None
    if sign > 0 and not anchored and not from_now and amount * YEARS_IN.get(unit, 0) > FAR_OFFSET_YEARS:
        return None  # «بعد نحو 500 عام»: counted from an event, a duration (the duration rule takes it)
    if not anchored and not from_now and FROM_EVENT.match(m.string, m.end()) is not None:
        return None  # «بعد 12 سنة منذ تخليه عن الدراسة»، «قبل عامين من الانتخابات»: counted from an event
    if not anchored and SPENT_AFTER_OFFSET.match(m.string, m.end()) is not None:
        return None  # «بعد تسعة أعوام أمضاها مع النادي»: time spent, a length (the duration rule takes it)
    return Partial("date", offset=(sign * amount, unit), anchored=anchored)


# A forward offset longer than this, not counted «من الآن», is a duration after an event (README, Decisions)
FAR_OFFSET_YEARS = 30
YEARS_IN = {"year": 1, "decade": 10, "century": 100, "month": 1 / 12}
# «منذ/على/من» + the event counted from; not «على يد» (at the hands of), «من قبل» (by), «من جديد» (again)
FROM_EVENT = re.compile(normalize(r"\s+(?:منذ|على|من)(?!" + LETTER + r")(?!\s+(?:يد|يدي|قبل|جديد)(?!" + LETTER + "))"))
SPENT_AFTER_OFFSET = re.compile(r"\s+و?(?:" + "|".join(
    re.escape(word) for word in sorted(lexicon.words("spent_after_offset"), key=len, reverse=True)) + ")(?!" + LETTER + ")")
FROM_NOW = re.compile(normalize(r"(?:\s+(?:فقط|تقريبا))?\s+من\s+(?:الان|اليوم|الحين)(?!" + LETTER + ")"))  # «من الحين» (Maghreb)

_ARTICLE_IN_NUMBER = re.compile(r"(?<=\s)ال|(?<=\sو)ال|(?<=\sو\s)ال")  # «الثماني والأربعين» → «ثماني وأربعين»


def p_past_or_next_n(m: re.Match) -> Partial | None:
    unit, count = unit_and_count(m["unit"])
    raw = group(m, "num") or group(m, "num2")
    amount = number(_ARTICLE_IN_NUMBER.sub("", " " + raw).strip()) if raw else count
    if group(m, "defnum") and _key(m["unit"]).startswith("ال"):
        return None  # «الثلاث سنوات القادمة», but «بالمائة السنة الفارطة» is a percent, then last year
    rel_text = _key(m["rel"])
    rel = relation(rel_text) or ("PREV" if rel_text.startswith(("الاخير", "اخير")) else None)
    rel = {"PRECEDING": "PREV", "FOLLOWING": "NEXT"}.get(rel, rel)  # «الأيام السابقة»
    if unit == "hour" and amount and amount >= 24 and amount % 24 == 0 and raw and rel in ("NEXT", "PREV"):
        # «خلال الساعات الثماني والأربعين الماضية»، «الـ24 ساعة الماضية»: whole days back or ahead, as
        # «اليومين الماضيين» (the hours before publication, day by day)
        return Partial("next_n" if rel == "NEXT" else "past_n", amount=int(amount // 24), unit="day")
    if rel not in ("NEXT", "PREV") or unit in ("hour", "minute", "night"):
        return None
    if amount is None:  # «الأيام المقبلة»: no number, no calendar span
        return Partial("vague", value="FUTURE_REF" if rel == "NEXT" else "PAST_REF")
    if amount == 1 and not raw:
        return None  # «الشهر الماضي» is a relative unit, handled by its own rule
    if count == 1 and group(m, "num2") and not group(m, "num2").startswith("ال"):
        return None  # «شهر 3 المقبل» is March
    if unit == "day" and _key(group(m, "num2") or "") == "الاحد":
        return None  # «يوم الأحد المقبل» is Sunday, not «the one next day»
    if amount >= 1000:
        return None  # «كأس العالم 2022 يوم الأحد المقبل»: a year before a unit, not a count
    return Partial("next_n" if rel == "NEXT" else "past_n", amount=amount, unit=unit)
