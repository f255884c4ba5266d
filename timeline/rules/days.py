"""Productions of days named from the publication date (rule 14, 15): «اليوم»، «أمس الخميس»، «الليلة»،
a weekday; and the uses of «اليوم»/«الأمس» that are no day (nowadays, then and now, a name, a
day counted in a sequence).
"""
from __future__ import annotations

import re

from .. import lexicon
from ..normalize import normalize
from ..partial import Partial
from .fragments import FRAGMENTS
from .values import _NEXT_QUOTED_WORD, _NEXT_WORD, _QUOTE_CLOSE, group, relation, start_of, word_before
from .words import DAY_PARTS, NATIONS, RELATIVE_DAYS, WEEKDAYS, _key


NOT_AFTER_RELATIVE_DAY = set(lexicon.words("not_after_relative_day"))
NOT_BEFORE_RELATIVE_DAY = {normalize(word) for word in lexicon.words("not_before_relative_day")}


YESTERDAY_AND = re.compile(r"(?<!يوم )الامس\s+(?:و\s*)?$")
YESTERDAY_PAIR = re.compile(r"\s+و\s*(?:ال)?يوم(?!\w)")
NEAR_PAST = re.compile(r"\s+القريب(?!\w)")
# «بالأمس كانوا خداما للحجاج، اليوم هم ضيوف الرحمن»، «وبالأمس كانوا في …، واليوم نراهم في …»: then and now,
# each opening its clause, in one sentence
THEN_OPENS = re.compile(r"(?:^|[.،,:!?؟\"«»“”(\n]\s*)$")
NOW_AFTER_THEN = re.compile(r"[^.!?؟\n]{1,100}?[،,]\s*(?:و\s*)?اليوم(?!\w)|[^.!?؟\n]{1,100}?\s+واليوم(?!\w)")
THEN_BEFORE_NOW = re.compile(r"(?:^|[.،,:!?؟\"«»“”(\n]\s*)[وف]?بالامس(?!\w)[^.!?؟\n]{1,100}(?:[،,]\s*(?:و\s*)?|\s+و)$")


# «أقل مما هي عليه اليوم»: as things stand nowadays
AS_IT_IS = re.compile(r"(?:ما|عما|مما)\s+(?:(?:هو|هي|هم|كان|كانت|كانوا)\s+)?(?:عليه|عليها|عليهم)\s+$")
# «سوريا اليوم تمثل أخطر تهديد»، «الحل اليوم يقع على عاتق روسيا»: a subject, «اليوم», then its present verb
PRESENT_VERB = re.compile(r"[يت]\w{2,}")
NOT_VERB_END = ("ا", "ات", "ي")  # «تنفيذا»، «تحديات»، «تاريخي»: nouns
VERBAL_NOUN = re.compile(r"ت\w\wي\w|ت\w\wيه")  # «تمديد»، «تسليم»، «تسوية» (form II verbal nouns)
# what may open the clause whose subject stands before «اليوم»: «"سوريا …»، «إن الحل …»، «، والمغرب …»
CLAUSE_OPENS = re.compile(r"(?:^|[.،,:!?؟\"«“(\n]|(?<!\w)(?:ان|لكن|بل|حيث))\s*[وف]?$")


def _nowadays(m: re.Match, before: str, following: re.Match | None) -> bool:
    """«اليوم» between a clause's subject and its present-tense verb, or in «ما هو عليه اليوم», means nowadays
    (rule 14). Not after a verb: «أعلنت الوزارة اليوم تمديد …» is today (a verbal noun after it)."""
    if AS_IT_IS.search(m.string, max(0, start_of(m) - 25), start_of(m)):
        return True
    if following is None or not PRESENT_VERB.fullmatch(verb := following.group(1)) or verb.endswith(NOT_VERB_END) \
            or VERBAL_NOUN.fullmatch(verb) or verb in RELATIVE_DAYS or verb == "يوم":
        return False
    subject = before[1:] if before[:1] in "وف" and len(before) > 4 else before
    if not ((subject.startswith("ال") and len(subject) >= 4) or subject in NATIONS):
        return False
    subject_at = m.string.rfind(before, max(0, start_of(m) - 40), start_of(m))
    return CLAUSE_OPENS.search(m.string, max(0, subject_at - 12), subject_at) is not None


def p_relative_day(m: re.Match) -> Partial | None:
    """«اليوم»، «أمس الخميس»، «يوم أمس (الثلاثاء)» (the weekday wins when they disagree: rule 15)."""
    offset = RELATIVE_DAYS[_key(m["relday"])]
    written_weekday = group(m, "wd") or group(m, "wdp") or group(m, "wdc")
    weekday = WEEKDAYS.get(_key(written_weekday)) if written_weekday else None
    following = _NEXT_WORD.match(m.string, m.end(), m.end() + 30)
    if offset == -1 and (group(m, "clitic") or "").endswith("ل") and not group(m, "dp"):
        return None  # «لامس» (touched) is not «لأمس»
    before = word_before(m.string, start_of(m))
    # «الأمس» as the past: «بين الأمس واليوم»، «بالأمس القريب»، «أعداء الأمس» (not_before_relative_day.tsv)
    if _key(m["relday"]) == "الامس" and (YESTERDAY_PAIR.match(m.string, m.end()) or NEAR_PAST.match(m.string, m.end())):
        return None
    if offset == 0 and YESTERDAY_AND.search(m.string, max(0, start_of(m) - 12), start_of(m)):
        return None  # «بين الأمس واليوم»: then and now
    if weekday is None and _is_then_and_now(m, offset):
        return None
    if before[:1] in "وفلب" and before[1:] in NOT_BEFORE_RELATIVE_DAY:
        before = before[1:]  # «لأجيال الغد»
    if weekday is None and before in NOT_BEFORE_RELATIVE_DAY:
        return None
    if weekday is None and _quoted_name(m):
        return None
    if weekday is None and offset == 0 and not group(m, "dp") and _nowadays(m, before, following):
        return None
    if weekday is None and offset == 0 and not group(m, "dp") and _SEQUENCE_DAY.match(m.string, m.end()):
        return None  # «في اليوم الحادي عشر»، «اليوم الـ11 للإضراب»: a day counted in a sequence, not today
    quoted_following = _NEXT_QUOTED_WORD.match(m.string, m.end(), m.end() + 30)
    if weekday is None and quoted_following and quoted_following.group(1) in NOT_AFTER_RELATIVE_DAY:
        return None  # «متمنين أن يأتي اليوم "الذي يطرد فيه السوريون روسيا"»: a quote mark opening after it changes nothing
    day_part = DAY_PARTS[_key(m["dp"])]["part"] if group(m, "dp") else None
    kind = "time" if day_part else "date"
    return Partial(kind, day_offset=offset, weekday=weekday, day_part=day_part,
                   midnight=bool(group(m, "mid")) and day_part == "NI")


# «اليوم» followed by an ordinal («الحادي عشر»، «العشرين»، «الخامس والعشرين») or «الـ» and a number counts the
# days of a festival, a war or a strike: the day has no place on the calendar without the sequence's start
# (README: «Ordinal days of a sequence»). «اليوم 17 من شهر رمضان» is a date: the longer day_month match wins.
_SEQUENCE_DAY = re.compile(r"\s+(?:(?:{ORDDAY})(?!\w)|ال\s*\d)".format(**FRAGMENTS))  # (tatweel is normalised away)

_SHORT_QUOTE_OPEN = re.compile(r"[\"“«]\s*(?:[^\W\d]+\s+)?$")


def _quoted_name(m: re.Match) -> bool:
    """«لـ "اليوم"» (the newspaper), «"صورة اليوم"», «"حظك اليوم"»: a quotation of one or two words ending on the
    relative day is a name or a title (RESOLUTION.md rule 14), not a day."""
    start = m.start("relday")
    return (_QUOTE_CLOSE.match(m.string, m.end()) is not None
            and _SHORT_QUOTE_OPEN.search(m.string, max(0, start - 20), start) is not None)


def _is_then_and_now(m: re.Match, offset: int) -> bool:
    """«بالأمس …، اليوم …» opening two clauses of a sentence contrast then and now: no days."""
    if offset == -1 and _key(m["relday"]) == "الامس" and (group(m, "clitic") or "").endswith("ب"):
        return bool(THEN_OPENS.search(m.string, max(0, start_of(m) - 3), start_of(m))
                    and NOW_AFTER_THEN.match(m.string, m.end()))
    if offset == 0 and _key(m["relday"]) == "اليوم":
        return THEN_BEFORE_NOW.search(m.string, max(0, start_of(m) - 130), m.start("relday")) is not None
    return False


def p_tonight(m: re.Match) -> Partial:
    """«الليلة» is tonight, «الليلة الماضية» last night."""
    return Partial("time", day_offset=-1 if group(m, "rel") else 0, day_part="NI")


THIS_DAY_PARTS = {normalize(w): part for w, part in (("الصباح", "MO"), ("المساء", "EV"), ("الليلة", "NI"))}


def p_this_day_part(m: re.Match) -> Partial:
    return Partial("time", day_offset=0, day_part=THIS_DAY_PARTS[_key(m["dp"])])


def p_weekday(m: re.Match) -> Partial | None:
    weekday = WEEKDAYS[_key(m["wd"])]
    rel = relation(group(m, "rel"))
    day_part = DAY_PARTS[_key(m["dp"])]["part"] if group(m, "dp") else None
    kind = "time" if day_part else "date"
    if group(m, "wd2"):
        # «ليل الاثنين الثلاثاء»: the night across two days (rule 11); two days not in a row are no night
        if day_part != "NI" or WEEKDAYS[_key(m["wd2"])] != weekday % 7 + 1:
            return Partial(kind, weekday=weekday, relation=rel, day_part=day_part)
        tense = "FUTURE" if group(m, "feast_day") or group(m, "feast_said") else None
        return Partial("time", weekday=weekday, relation=rel, day_part="NI", night_pair=True,
                       midnight=bool(group(m, "mid")), tense=tense)
    if group(m, "mid") and day_part == "NI":
        return Partial("time", weekday=weekday, relation=rel, day_part="NI", midnight=True,
                       day_offset=RELATIVE_DAYS[_key(m["relday"])] if group(m, "relday") else None)
    if group(m, "relday"):
        return Partial(kind, day_offset=RELATIVE_DAYS[_key(m["relday"])], weekday=weekday, day_part=day_part)
    # «الإثنين أول أيام العيد»: a feast day announced is the coming one, whatever the reporting verb
    tense = "FUTURE" if group(m, "feast_day") or group(m, "feast_said") else None
    return Partial(kind, weekday=weekday, relation=rel, day_part=day_part, tense=tense)
