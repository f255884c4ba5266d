"""Productions of recurring times (SETs: «كل أسبوع»، «سنويا»، «مرتين في الشهر»، «6 مارس من كل عام») and of
vague references («قريبا»، «حاليا»).
"""
from __future__ import annotations

import re

from .. import lexicon
from ..normalize import normalize
from ..partial import Partial
from .fragments import FRAGMENTS
from .values import _NEXT_WORD, group, month_of, number, ordinal, start_of, unit_and_count, word_before
from .words import DAY_PARTS, SEASONS, SETS, VAGUE, WEEKDAYS, WEEKDAYS_BARE, _key


# a count just before «في اليوم»: a number and up to three words («230 ألف متر مكعب»), or a rate word
COUNT_BEFORE = re.compile(normalize(
    r"(?:(?<![\d.,])\d\S*(?:\s+\S+){0,3}|(?:مره|مرات|مرتين|مرتان|ضعف|%|بالمئه|بالمائه|المئه|المائه|يوما|ساعه|ساعات|"
    r"طن|دولار|يورو|درهم|دينار|ريال|برميل|واحده|واحدا|مليون|مليار)\S*)\s+$"))  # «مليون برميل في اليوم»، «بمقدار450 ألف»


def p_per_unit(m: re.Match) -> Partial | None:
    """«مرتين في الأسبوع»، «250 يوما في العام»: a count per unit is a SET."""
    if not COUNT_BEFORE.search(m.string, max(0, start_of(m) - 40), start_of(m)):
        return None
    return Partial("set", value=SET_UNITS[_key(m["unit"]).removeprefix("ال")])


NOT_BEFORE_SET = set(lexicon.words("not_before_set"))


def p_set_word(m: re.Match) -> Partial | None:
    if word_before(m.string, start_of(m)) in NOT_BEFORE_SET:
        return None  # «على أساس سنوي» compares with last year; nothing recurs
    return Partial("set", value=SETS[_key(m["word"])])


SET_UNITS = {"يوم": "P1D", "اسبوع": "P1W", "شهر": "P1M", "عام": "P1Y", "سنه": "P1Y", "ساعه": "PT1H"}


_WEEKDAY_WORDS = re.compile(FRAGMENTS["WD"] + "|" + FRAGMENTS["WDBARE"])


def p_every(m: re.Match) -> Partial | None:
    if group(m, "dual"):  # «كل أسبوعين»
        unit, count = unit_and_count(m["dual"])
        return Partial("set", amount=2, unit=unit) if count == 2 and unit != "night" else None
    if group(m, "num"):
        unit, count = unit_and_count(m["nunit"])
        amount = number(m["num"])
        if amount is None or count == 1 or unit in ("night",):
            return None
        return Partial("set", amount=amount, unit=unit)
    if group(m, "wd"):
        days = _WEEKDAY_WORDS.findall(m["wd"])
        numbers = [WEEKDAYS.get(d, WEEKDAYS_BARE.get(d)) for d in days]
        if len(numbers) == 1:
            return Partial("set", value=f"XXXX-WXX-{numbers[0]}")
        return Partial("set", value="P1W")
    if group(m, "season"):
        return Partial("set", value=f"XXXX-{SEASONS[_key(m['season'])]}")
    if group(m, "dp"):  # «كل صباح»، «كل ليلة»: each such part of a day
        return Partial("set", value="XXXX-XX-XXT" + DAY_PARTS[_key(m["dp"])]["part"])
    return Partial("set", value=SET_UNITS[_key(m["unit"])])


def p_every_year_date(m: re.Match) -> Partial | None:
    month, calendar = month_of(m["month"])
    if calendar != "gregorian":
        return Partial("set", value="P1Y")
    if group(m, "day"):
        day = ordinal(m["day"])
        return Partial("set", value=f"XXXX-{month:02d}-{day:02d}") if day and day <= 31 else None
    return Partial("set", value=f"XXXX-{month:02d}")


def p_vague(m: re.Match) -> Partial | None:
    if _key(m["word"]) == "قريبا":
        following = _NEXT_WORD.match(m.string, m.end(), m.end() + 10)
        # «قريبا من الفوز» is "close to"; «سيشن قريبا من القواعد» (a future verb first) is "soon"
        if following and following.group(1) == "من" and not word_before(m.string, start_of(m)).startswith("س"):
            return None
    return Partial("vague", value=VAGUE[_key(m["word"])])
