"""The day of a clock time (its sentence's, its story's, or none) and when a bare hour is in the evening."""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from . import lexicon
from .match import Found
from .normalize import normalize
from .resolved import Resolved
from .sentence_bounds import FULL_STOP, last_stop_before


SENTENCE_REACH = 400  # characters read back for the sentence before an expression (sentence_bounds: why not TextGeometry)


LATE_PARTS = ("TEV", "TNI")  # a sentence dated «مساء اليوم» or «الليلة» …
LATE_HOURS = range(6, 12)  # … puts its bare 6 to 11 o'clock in the evening (1 to 5 at night may be after midnight)


def bare_hour(p, utc: bool = False) -> bool:
    """A clock hour with no part of the day of its own («الساعة الثامنة», not «الثامنة صباحا»); `utc`: one told in
    GMT counts too («الساعة السابعة إلا ربع بتوقيت غرينتش»)."""
    return p.hour in LATE_HOURS and p.day_part is None and not p.pm and (utc or not p.utc) and p.day_offset is None


# A bare hour (1 to 11, no part of the day) told after a clock time at or past noon of the same day, in the
# same sentence or the one before it, is later that day when its afternoon reading comes at or after that
# time: an evening programme goes on («الساعة السابعة و45 دقيقة مساء … في الساعة التاسعة و29 دقيقة» is
# 21:29). Its morning reading would go back in time; one that cannot follow (22:00 then «الثانية») stays.
AFTERNOON_FROM = 12
AFTERNOON_REACH_SENTENCES = 1
CLOCK_VALUE = re.compile(r"T(\d\d):(\d\d)")


def later_than_afternoon_clock(item: Found, partial, value: Resolved | None,
                                last_clock: tuple[Found, Resolved] | None) -> bool:
    if (value is None or last_clock is None or partial.hour is None or not 1 <= partial.hour <= 11
            or partial.day_part is not None or partial.pm or partial.utc or partial.day_offset is not None):
        return False
    earlier, earlier_value = last_clock
    if (earlier.paragraph != item.paragraph or item.sentence - earlier.sentence > AFTERNOON_REACH_SENTENCES
            or earlier_value.span != value.span):
        return False
    hour, minute = (int(part) for part in CLOCK_VALUE.search(earlier_value.value).groups())
    return hour >= AFTERNOON_FROM and (partial.hour + 12, partial.minute or 0) >= (hour, minute)


def dated_days_by_sentence(found, resolved) -> dict[int, tuple[list[int], list[date]]]:
    """For each sentence, the starts of its dated days (in text order) and the days."""
    days: dict[int, tuple[list[int], list[date]]] = {}
    for item, value in zip(found, resolved):
        # a part of a day («مساء غد السبت») dates the clock time beside it as well as a date does
        if value is not None and value.grain in ("day", "time") and value.type in ("DATE", "TIME") and value.span[0] == value.span[1]:
            starts, values = days.setdefault(item.sentence, ([], []))
            starts.append(item.start)
            values.append(value.span[0])
    return days


DAY_RIGHT_AFTER = 8  # «الساعة العاشرة صباح 11 إبريل»: a day written right after a time is its day


def day_of_sentence(item: Found, days_by_sentence) -> date | None:
    """A clock time takes its day from the dated day of its sentence before it, or from one written right after
    it («الساعة العاشرة صباح 11 إبريل»): a later day is the next item's («… الساعة 16:00 … الجولة الثانية: 01 مارس»).

    The days are in text order: a bisection finds the two around the time, so a long sentence of
    many times and days costs no more than its length."""
    if item.sentence not in days_by_sentence:
        return None
    starts, values = days_by_sentence[item.sentence]
    i = bisect_left(starts, item.start)
    if i == 0:
        return values[0]
    if i == len(starts) or starts[i] - item.end > DAY_RIGHT_AFTER:
        return values[i - 1]
    return values[i]



STORY_DAY_PARAGRAPHS = 2  # «يؤدي الوزير غدا الخميس زيارة …» + «كما يشرف على الافتتاح على الساعة الثامنة مساء»
STORY_DAY_REACH = 7  # the coming days of the news week; a date weeks away starts no programme of hours


# a sentence opening with «وكان/وكانت …» tells what had happened before: the story's past day goes on
_PLUPERFECT = re.compile(normalize(r"[\s\"«“]*[وف]?(?:قد\s+)?(?:كان|كانت|كانوا)(?!\w)"))


# «يوم الكارثة»، «يوم الحادث»: the day of a happening the text does not date (lexicon happening_days.tsv)
HAPPENING_DAY = re.compile(r"(?<!\w)يوم\s+(?:{})(?!\w)".format(
    "|".join(sorted((re.escape(normalize(w)) for w in lexicon.words("happening_days")), key=len, reverse=True))))


# «تنطلق المباراة على الساعة السابعة إلا ربع»: a match or a show held in the evening (lexicon evening_events.tsv)
_EVENING_HAPPENING = re.compile(r"(?<!\w)[وفلب]?(?:{})(?!\w)".format(
    "|".join(sorted((re.escape(normalize(w)) for w in lexicon.words("evening_events")), key=len, reverse=True))))
_MORNING = re.compile(normalize(r"(?<!\w)(?:ال)?(?:صباح|صباحا|فجر|فجرا|ظهر|ظهرا|الظهيره|زوال)(?!\w)"))


def evening_happening(text: str, item: Found) -> bool:
    """A match or a show told before the clock time in its sentence, and no morning word: its bare hour is in the
    evening (HeidelTime reads a bare hour as written; the event gold dates «الساعة الثامنة إلا ربع» of a match 19:45)."""
    lo = last_stop_before(text, item.start, SENTENCE_REACH)
    before = normalize(text[lo:item.start])
    return _EVENING_HAPPENING.search(before) is not None and _MORNING.search(before) is None


# «في اليوم الرابع»، «برنامج اليوم الثاني»: a programme's day counted from its opening (lexicon programme_days.tsv);
# «لليوم الثاني» (glued «ل») and «… على التوالي» count days running up to today, no programme day
_PROGRAMME_DAY = re.compile(r"(?<![\wل])[وفب]?اليوم\s+(?:{})(?!\w)(?!\s+(?:على\s+التوالي|تواليا))".format(
    "|".join(sorted((re.escape(normalize(w)) for w in lexicon.words("programme_days")), key=len, reverse=True))))




def on_a_programme_day(text: str, start: int, end: int) -> bool:
    """«وفي اليوم الرابع، … من الساعة 5:30 إلى السابعة مساءً»: a programme day N between start and end (within the
    sentence of end) is a day the text does not date."""
    # a programme's day heads its sentence, whose lines may be hard-wrapped: only a stop ends it here
    lo = max(start, end - SENTENCE_REACH, last_stop_before(text, end, SENTENCE_REACH, FULL_STOP))
    return _PROGRAMME_DAY.search(normalize(text[lo:end])) is not None


def on_a_happening_day(text: str, item: Found) -> bool:
    """A clock time after «يوم الكارثة» in its sentence is on that undated day."""
    lo = last_stop_before(text, item.start, SENTENCE_REACH)
    return HAPPENING_DAY.search(normalize(text[lo:item.start])) is not None


def _opens_pluperfect(text: str, item: Found) -> bool:
    lo = last_stop_before(text, item.start, SENTENCE_REACH)
    return _PLUPERFECT.match(normalize(text[lo:item.start])) is not None


def story_day(text: str, item: Found, found: list[Found], resolved: list, dct: date) -> date | None:
    """A clock time in a sentence with no day of its own takes the coming day a programme was announced
    for a paragraph or two before it: the hours of a programme follow its day. Only a day ahead: after a
    past day («بدأ التصويت أمس السبت … وينتهي التصويت في السابعة مساء») the text goes back to the news
    day as often as not, unless the clock time's own verb is past. A bare «13:11» is no such time (the wire's
    timestamp after «انتهى»)."""
    if not any(ch.isalpha() for ch in item.text):
        return None
    told_before = _opens_pluperfect(text, item)
    for earlier, value in zip(reversed(found), reversed(resolved)):
        if earlier.start >= item.start or value is None:
            continue
        if item.paragraph - earlier.paragraph > STORY_DAY_PARAGRAPHS:
            return None
        if value.type in ("DATE", "TIME") and value.span is not None and value.span[0] == value.span[1] \
                and not value.value.endswith("_REF") and (value.type == "TIME" or value.grain == "day"):
            day = value.span[0]
            if 0 < (day - dct).days <= STORY_DAY_REACH:
                return day
            # «وكان المبتعث لقي مصرعه صباح السبت الماضي … وكانت الشرطة باشرت الحادث … عند الساعة السادسة
            # والنصف»: a sentence told in the pluperfect goes on with the past day just told
            # «… باتجاه قريته يوم السبت الماضي … وتقول الأسر إنها تعرضت إلى هجوم في الساعة 15:00»: a clock time
            # told in the past goes on with the past day just told too, when that day was named (not counted:
            # «لامسته قبل يوم … وفي الساعة 06:18 كانت الليرة …» is the morning of the report)
            past = told_before or item.partial.tense == "PAST" and earlier.partial.offset is None
            return day if past and 0 < (dct - day).days <= STORY_DAY_REACH else None
    return None
