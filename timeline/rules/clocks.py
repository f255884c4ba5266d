"""Production of clock times: digits or hour words, a half or a quarter, a part of the day (written after
the hour, or after the hour that ends a range) and the day the time falls on.
"""
from __future__ import annotations

import re

from .. import lexicon
from ..normalize import normalize
from ..partial import Partial
from .fragments import FRAGMENTS
from .values import group, number, ordinal, start_of, word_before
from .words import DAY_PARTS, RELATIVE_DAYS, WEEKDAYS, _key


# «الليلة في التاسعة»، «مساء اليوم عند الثامنة»، «يوم الأحد في العاشرة»: a day, then في/عند and an hour word
_DAY_THEN_AT = re.compile(r"(?<!\w)(?:{RELDAY}|{DAYPART}|{WD}|الليله)\s+(?:في|عند)\s+$".format(**FRAGMENTS))


def _after_day_at(m: re.Match) -> bool:
    """Is the hour word written right after a day and في/عند (so it is a clock hour, not a rank or an age)?"""
    start = start_of(m)
    return _DAY_THEN_AT.search(m.string, max(0, start - 40), start) is not None


def p_clock(m: re.Match) -> Partial | None:
    has_clock_word = "ساعه" in m.group(0)
    if group(m, "hh"):
        if m["sep"] != ":" and not has_clock_word:
            return None  # «10.30» alone is a number; «الساعة 10.30» is a time
        hour, minute = int(m["hh"]), int(m["mm"])
    elif group(m, "hn"):
        hour, minute = int(m["hn"]), 0
    else:
        hour, minute = ordinal(m["hw"]) or 0, 0
    if not (has_clock_word or group(m, "hh") or (group(m, "hw") and (group(m, "dp") or _after_day_at(m)))):
        return None
    if has_clock_word and group(m, "hw") and "الساعه" not in m.group(0):
        return None  # «النصف ساعة الأولى»: the first half hour; a clock hour in words is «الساعة الأولى»
    if not has_clock_word and group(m, "hw") and word_before(m.string, start_of(m)) in NOT_BEFORE_HOUR_WORD:
        return None  # «في نسخته التاسعة مساء الأربعاء»: the ninth edition, on Wednesday evening
    if group(m, "frac"):
        frac = m["frac"]
        minute = 30 if "نصف" in frac else 15 if "ربع" in frac else 20 if "ثلث" in frac else minute
        if group(m, "mins"):
            minute = int(number(m["mins"]) or 0)
    if group(m, "minus"):
        hour, minute = hour - 1, 60 - (15 if "ربع" in m["minus"] else 20)
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    row = DAY_PARTS.get(_key(m["dp"])) if group(m, "dp") else _range_end_part(m, hour)
    if row is None and _AFTERNOON_OF_DAY.match(m.string, m.end()):
        row = AFTERNOON
    if row and row["pm"] and hour < 12 and not (row["part"] == "NI" and hour < 6) and not (
            row["part"] == "MI" and hour >= 11):
        hour += 12
    weekday = WEEKDAYS.get(_key(group(m, "wd"))) if group(m, "wd") else None
    offset = RELATIVE_DAYS[_key(m["relday"])] if group(m, "relday") else None
    return Partial("time", hour=hour % 24 if hour == 24 else hour, minute=minute, weekday=weekday,
                   day_offset=offset, day_part=row["part"] if row else None, utc=bool(group(m, "utc")))


NOT_BEFORE_HOUR_WORD = set(lexicon.words("not_before_hour_word"))

# «من الساعة الثامنة إلى العاشرة مساء»: the first hour of a range has the day part written after the second
# when it comes before it on the clock
# «من الساعة 5:30 إلى السابعة مساء»، «عند الساعة 8:30 وحتى 9:45 مساء» (و before إلى/حتى, glued or not)
_CLOCK_RANGE_END = re.compile(normalize((r"\s+(?:(?:و\s*)?(?:الى|حتى|لغايه)|و)\s+(?:(?:ال)?ساعه\s+)?(?:(?P<hn>[0-2]?\d)(?:[:.][0-5]\d)?(?![\d:.])|(?P<hw>{HOURW}))"
                                     r"(?:\s+و\s*(?:النصف|نصف|الربع|ربع|الثلث|ثلث))?\s+(?:من\s+)?(?P<dp>{DAYPART})(?!\w)").format(**FRAGMENTS)))


EVENING = DAY_PARTS[normalize("مساء")]
AFTERNOON = DAY_PARTS[normalize("بعد الزوال")]
# «الساعة الثالثة بعد زوال اليوم الاثنين»: the afternoon of a day written after it; the day stays a DATE of its own
# (the date+time rule), so the words are read, not taken into the clock time's extent
_AFTERNOON_OF_DAY = re.compile(normalize(r"\s+(?:من\s+)?بعد\s+زوال\s+(?:يوم\s+)?(?:{RELDAY}|{WD})(?!\w)".format(**FRAGMENTS)))


def _range_end_part(m: re.Match, hour: int) -> dict | None:
    """The day part (a day_parts row) of the hour that ends a clock range begun at `hour`, if it is pm and later."""
    end = _CLOCK_RANGE_END.match(m.string, m.end())
    if end is None:
        return None
    row = DAY_PARTS[_key(end["dp"])]
    end_hour = int(end["hn"]) if end["hn"] else ordinal(end["hw"]) or 0
    if row["pm"]:
        return row if hour < end_hour <= 12 else None
    # «من الساعة الثامنة حتى الخامسة صباحا» (a curfew): a later hour before a morning one began the evening before
    return EVENING if row["part"] == "MO" and end_hour < hour < 12 else None
