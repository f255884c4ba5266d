"""Productions of lengths of time: «ثلاثة أيام»، «عامين ونصف»، «شهرا»، «نصف ساعة»; and the ages and
titles that only look like them («(30 عاما)»، «فيلم "33 يوم"»).
"""
from __future__ import annotations

import re

from ..normalize import normalize
from ..partial import Partial
from .values import _QUOTE_CLOSE, _fraction, _repeats_unit, group, number, start_of, unit_and_count
from .words import UNITS, _key


AGE_BEFORE = re.compile(normalize(
    r"(?:العمر|عمره|عمرها|عمرهم|عمر|يناهز|ناهز|سن|سنه|ابن|ابنة|البالغ|البالغة|يبلغ|تبلغ|يبلغن|يبلغون|بعمر|ذات|ذو|ذي|عن|تحت)"
    r"(?:\s+(?:نحو|حوالي|قرابة))?\s*$"))


# an age whose verb or noun stands a few words before the number: «يبلغ سن الفتاة التي … 33 عاما»، «تبلغ فيروز
# (واسمها الحقيقي …) 82 عاما»، «خفض سن القيد إلى 18 عاما»; not a length («بلغت مدة العقد 5 سنوات»,
# «بلغت خسائره خلال 5 سنوات»: a preposition among the words governs the number)
_AGE_GAP_WORD = r"(?!(?:خلال|منذ|في|على|مدي|مدار|طوال|طيله|بعد|قبل|لمده|حتي|عن|من|مقابل)\s)[^\d\s.،,:;!?؟()]+\s+"
AGE_CLAUSE = re.compile(normalize(
    r"(?<!\w)(?:[وف]?[يت]?بلغ[تن]?\s+(?!(?:ال)?(?:مده|فتره|قيمه|حجم|مدته|مدتها|عدد|نسبه|طول|عرض|ارتفاع|عمق|مساحه|وزن|سعر|ثمن|كلفه|تكلفه|تكاليف|قيمته|قيمتها)(?!\w))(?:" + _AGE_GAP_WORD
    + r"|\([^()\d]{0,50}\)\s+){1,8}|(?:[وفبل]?(?:ال)?سن)\s+(?:[^\d\s.،,:;!?؟()]+\s+){0,8})(?:(?:نحو|حوالي|قرابه)\s+)?$"))


def p_duration(m: re.Match) -> Partial | None:
    unit, count = unit_and_count(m["unit"])
    if group(m, "defnum") and count is not None:
        return None  # «الثلاثة عقود» is a length, «أصابعه العشرة سنة 2002» a count and a year
    amount = number(m["num"]) if group(m, "num") else count
    if amount is None or amount <= 0 or _key(group(m, "num") or "") in ("احد", "احدي"):
        return None  # «أحد أشهر الطهاة» is "one of the most famous"
    if unit in ("decade", "century") and amount > 30:
        return None  # «في 2016 عقد المجلس …»: a year, then the verb «عقد» (held)
    if group(m, "frac"):
        amount += 0.5 if "نصف" in m["frac"] else 0.25
    if AGE_BEFORE.search(m.string[max(0, start_of(m) - 20):start_of(m)]) or _in_parenthesis_age(m) or _quoted_alone(m):
        return None
    if unit == "year" and amount < 120 and AGE_CLAUSE.search(m.string, max(0, start_of(m) - 90), start_of(m)):
        return None
    if unit == "year" and amount < 120 and (AGES_NAMED_BEFORE.search(m.string, max(0, start_of(m) - 50), start_of(m))
                                            or _comma_apposition(m)):
        return None
    return Partial("duration", amount=amount, unit=unit)


_OPEN_QUOTE_BEFORE = re.compile(r"[\"“«]\s*$")


def _quoted_alone(m: re.Match) -> bool:
    """«فيلم "33 يوم"»، «برنامج "60 دقيقة"»، «براون «18 عاما»»: a count of units alone between quotes is a title or
    an age after a name, not a length of time."""
    return (_OPEN_QUOTE_BEFORE.search(m.string, max(0, start_of(m) - 3), start_of(m)) is not None
            and _QUOTE_CLOSE.match(m.string, m.end()) is not None)


# ages named a few words before the number: «تتراوح أعمارهم بين 14 و24 سنة»، «متوسط العمر في طاقم شركته 26 عاما»،
# «بالرغم من بلوغها الـ36 عاما» (not the bare name عمر)
AGES_NAMED_BEFORE = re.compile(normalize(
    r"(?<!\w)[وفبل]?(?:ال)?(?:أعمار|أعمارهم|أعمارهن|أعمارها|العمر|عمره|عمرها|عمرهم|عمرهن|بلوغه|بلوغها|بلوغهم)(?!\w)"
    r"[^.!?؟\n]{0,40}$"))
_APPOSITION_BEFORE = re.compile(r"[^\W\d]\s*[،,]\s*$")
_APPOSITION_AFTER = re.compile(r"\s*[،,]")


def _comma_apposition(m: re.Match) -> bool:
    """«وقال الحريري، 39 عاماً، في حديث …»، «الطالب هاري فينسنت، 19 عاما، انتهك …»: years set off by commas right
    after a name are an age."""
    return (_APPOSITION_BEFORE.search(m.string, max(0, start_of(m) - 4), start_of(m)) is not None
            and _APPOSITION_AFTER.match(m.string, m.end()) is not None)


def _in_parenthesis_age(m: re.Match) -> bool:
    """«(30 عاما)» right after a name is an age."""
    return m.string[max(0, start_of(m) - 1):start_of(m)] == "(" and m.string[m.end():m.end() + 1] == ")" \
        and UNITS.get(_key(m["unit"]), {}).get("unit") == "year"


def p_dual_duration(m: re.Match) -> Partial | None:
    unit, count = unit_and_count(m["unit"])
    if count != 2 or AGE_BEFORE.search(m.string[max(0, start_of(m) - 20):start_of(m)]):
        return None
    return Partial("duration", amount=2 + _fraction(m), unit=unit)


def p_single_duration(m: re.Match) -> Partial | None:
    """«يوم واحد»، «سنة واحدة»: one unit."""
    unit, count = unit_and_count(m["unit"])
    return Partial("duration", amount=1, unit=unit) if count == 1 else None


FRACTION_OF = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}


def p_fraction_of_unit(m: re.Match) -> Partial | None:
    """«نصف ساعة» PT30M, «ربع قرن» P25Y, «نصف قرن» P50Y."""
    unit, _ = unit_and_count(m["unit"])
    amount = FRACTION_OF[m["frac"]]
    if unit == "hour":
        return Partial("duration", amount=round(60 * amount), unit="minute")
    return Partial("duration", amount=amount, unit=unit)


def p_single_duration_any(m: re.Match) -> Partial | None:
    text = group(m, "unit") or group(m, "unit2")
    unit, count = unit_and_count(text)
    if count != 1 or unit == "decade" and not group(m, "frac"):
        return None
    if _repeats_unit(m, text):
        return None  # «يوما بعد يوم», «عاما بعد عام»: little by little, no length of time
    return Partial("duration", amount=1 + _fraction(m), unit=unit)
