"""Rules: (name, pattern, produce) records built from the lexicon tables.

A pattern runs over normalised text (normalize.py); `{NAME}` placeholders expand to
alternations of lexicon words. produce(match) returns a Partial (see partial.py) or None to
reject the match; it never sees the publication date. The named group `m`, when a pattern has
one, is the mention's extent (context words outside it are evidence, not part of the value).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from typing import Callable

from . import lexicon
from .diskcache import kept
from .normalize import LETTER, normalize
from .partial import Partial


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    produce: Callable[[re.Match], Partial | None]
    # How far (characters) a match may start before, and end after, a trigger word it contains.
    reach: tuple[int, int] = (70, 90)
    triggers: tuple[str, ...] = ()  # word classes (see TRIGGERS) one of which any match must contain
    hits_needed: int = 1  # how many trigger words any match holds at least (two months in a range)
    # Word classes any match also holds, at least `needs_hits` of them (a day number before a month).
    # Unlike triggers, they only let a window through; NUMBER is any number.
    needs: tuple[str, ...] = ()
    needs_hits: int = 1

    @cached_property
    def has_extent(self) -> bool:
        """Does the pattern mark the mention with a group `m` (context words around it are evidence)?"""
        return "(?P<m>" in self.pattern


# A proclitic (و، ف، ب، ل، ك) may stick to a mention's first word; it is not part of the mention.
CLITIC_PATTERN = "[وف]?[بلك]?|في"
CLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك", "في")  # what CLITIC_PATTERN reads


# ---------------------------------------------------------------- lexicon lookups

def word_alternation(words) -> str:
    """An alternation of lexicon words compiled as a trie, one branch per next letter.

    The engine then never re-reads a shared prefix (hundreds of month spellings start with
    «ا»); being greedy, it still prefers the longest word, like a longest-first alternation."""
    root: dict = {}
    for word in {w for w in words if w}:
        node = root
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return "(?:" + _trie_branches(root) + ")"


def _trie_branches(node: dict) -> str:
    branches = [(r"\s+" if letter == " " else re.escape(letter)) + _trie_branches(child)
                for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def _key(text: str) -> str:
    """A matched phrase as a table key: single spaces."""
    return text if text.isalnum() else " ".join(text.split())


MONTHS = {row["word"]: row for row in lexicon.table("months")}
WEEKDAYS = {w: int(v) for w, v in lexicon.words("weekdays").items()}
WEEKDAYS_BARE = {w[2:]: d for w, d in WEEKDAYS.items()}  # «كل يوم جمعة»
RELATIVE_DAYS = {w: int(v) for w, v in lexicon.words("relative_days").items()}
RELATIONS = lexicon.words("relations")
UNITS = {row["word"]: row for row in lexicon.table("units")}
NUMBERS = lexicon.words("numbers")
ORDINALS = {w: int(v) for w, v in lexicon.words("ordinals").items()}
PARTS = lexicon.words("parts")
MONTH_HALVES = lexicon.words("month_halves")  # «النصف الثاني من ديسمبر»: H1 / H2 of a month
DAY_PARTS = {row["word"]: row for row in lexicon.table("day_parts")}
SEASONS = lexicon.words("seasons")
DECADES = {w: int(v) for w, v in lexicon.words("decades").items()}
CENTURIES = {row["word"]: row for row in lexicon.table("centuries")}
FEASTS = {row["word"]: row for row in lexicon.table("feasts")}
SETS = lexicon.words("sets")
VAGUE = lexicon.words("vague")
LASTING_VERBS = lexicon.words("lasting_verbs")

UNIT_STEMS = {"يوم": "day", "اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year"}
HOUR_WORDS = {row["word"]: int(row["value"]) for row in lexicon.table("ordinals") if row["kind"] == "hour"}
DAY_ORDINALS = {row["word"]: int(row["value"]) for row in lexicon.table("ordinals")
                if row["kind"] == "day" and int(row["value"]) < 20}
# «الخامس والعشرين»، «الحادي والعشرون» (nominative): the tens a day ordinal is composed with
DAY_TENS = {row["word"]: int(row["value"]) for row in lexicon.table("ordinals")
            if row["kind"] == "day" and int(row["value"]) >= 20}

FEMININE_UNITS = {word: value for word, value in HOUR_WORDS.items() if 1 <= value <= 9}  # «السابعة» of «السابعة والعشرين»

N = r"[0-9]"
FRAGMENTS = {
    "MONTH": word_alternation(MONTHS),
    "WD": word_alternation(WEEKDAYS),
    "WDBARE": word_alternation(WEEKDAYS_BARE),
    "RELDAY": word_alternation(RELATIVE_DAYS),
    "REL": word_alternation(RELATIONS),
    "UNIT": word_alternation(UNITS),
    "PART": word_alternation(PARTS),
    "HALF": word_alternation(MONTH_HALVES),
    "DAYPART": word_alternation(DAY_PARTS),
    "SEASON": word_alternation(SEASONS),
    "DECADE": word_alternation(DECADES),
    "CENTURY": word_alternation(CENTURIES),
    "FEAST": word_alternation(FEASTS).replace(r"\s+", r"[\s\"«»“”']+"),  # «يوم "المحاربين القدامى"»
    "SETWORD": word_alternation(SETS),
    "VAGUE": word_alternation(VAGUE),
    "LASTING": word_alternation(LASTING_VERBS),
    "NUMW": word_alternation(NUMBERS),
    # «الخامس والعشرين», and «الخامس العشرين» as hurried copy writes it; «الثالث عشرة» with the feminine ten
    # and «ليلة السابعة والعشرين من رمضان»: a night's day in the feminine (never the tens alone, 20)
    "ORDDAY": word_alternation(DAY_ORDINALS) + r"(?:\s+عشره?|\s+(?:و\s*)?" + word_alternation(DAY_TENS) + ")?|"
              + word_alternation(FEMININE_UNITS) + r"\s+و\s*" + word_alternation(DAY_TENS) + "|" + word_alternation(DAY_TENS),
    "HOURW": word_alternation(HOUR_WORDS) + r"(?:\s+عشره?)?",
}
FRAGMENTS["NUM"] = r"(?:\d+(?:[.,]\d+)?(?!\d)|{NUMW}(?:\s+(?:و\s*)?{NUMW}){{0,3}})".format(**FRAGMENTS)
FRAGMENTS["DAYN"] = r"(?:(?<!\d)[0-3]?\d(?![\d:/])|{ORDDAY})".format(**FRAGMENTS)
FRAGMENTS["YEAR"] = r"(?<![\d.,])(?:1[0-9]|20)\d\d(?!\d|[.,]\d)"
FRAGMENTS["YSUF"] = r"(?:\s*(?:م|ه|ميلادي|ميلاديه|هجري|هجريه|للهجره|للميلاد)(?!\w))?"
# «عامين ونصف»، «شهر ونصف شهر»، «قرن ونصف»: a half or a quarter after a unit
FRAGMENTS["FRAC"] = r"(?:\s+و\s*(?P<frac>نصف|النصف|ربع|الربع)(?:\s+(?:ال)?(?:يوم|اسبوع|شهر|عام|سنه|ساعه|قرن|عقد))?)?"
FRAGMENTS["FRAC2"] = FRAGMENTS["FRAC"].replace("?P<frac>", "?P<frac2>")
# the word between the two ends of a range; «إلى غاية» and «لغاية» (until) are Maghrebi
FRAGMENTS["TO"] = r"(?:-|(?:الى|حتى)(?:\s+غايه)?|لغايه|و)"
FRAGMENTS["UNITDEF"] = r"(?:ال|ل)(?:اسبوع|شهر|عام|سنه)"


def month_x(name: str) -> str:
    """A month, with an optional second name in dual notation: كانون الأول/ديسمبر، أيار (مايو)، فبراير شباط."""
    return r"(?P<{n}>{{MONTH}})(?:\s*/\s*{{MONTH}}|\s*\(\s*{{MONTH}}\s*\)|\s+{{MONTH}}(?!\s*[/(]))?".format(n=name)


def year_x(name: str) -> str:
    """An explicit year after a date: «2022»، «من عام 2014م»، «، 1436هـ»."""
    return (r"\s*[,،]?\s*(?:من\s+)?(?:(?:ال|ل)?(?:عام|سنه)\s+)?(?P<{n}>{{YEAR}})(?P<{n}suf>{{YSUF}})"
            .format(n=name))


YEAR_REL = (r"\s+(?:من\s+)?(?:(?:ال|ل)(?:عام|سنه)\s+(?:(?P<yrel>{REL})|(?P<ysame>نفسه|نفسها|ذاته|ذاتها))"
            r"|(?P<ythis>هذا|هذه)\s+(?:العام|السنه)|(?P<ysame2>ذلك|تلك|ذات|نفس)\s+(?:العام|السنه))")


# ---------------------------------------------------------------- value parsing

_NUMBER_WORDS_SPLIT = re.compile(r"\s+")
_GLUED_AND = re.compile(r"\s*و")
_ORDINAL_WORDS_SPLIT = re.compile(r"\s+و?\s*|\s*و(?=ال)")
_NEXT_WORD = re.compile(r"\s*(\w+)")
_NEXT_QUOTED_WORD = re.compile(r"\s*[\"«“']?\s*(\w+)")  # the next word, a quote mark opening before it or not
_WORDS = re.compile(r"\w+")
_CLAUSE_END = re.compile(r"\s*(?:[.،,)\n]|$)")


def number(text: str) -> float | None:
    """Digits or number words («خمسة وعشرين» = 25, «ثلاثة عشر» = 13); None for vague «عدة»."""
    text = _key(text)
    if text[0].isdigit():
        return float(text.replace(",", "."))
    total = 0.0
    words = _number_words(text)
    if len(words) == 1 and words[0] in ONE_WORDS:
        return None  # «حالة واحدة عام 2010»: one follows its noun («عام واحد»), it never counts the next one
    for word in words:
        value = NUMBERS.get(word)
        if value is None or value == "few":
            return None
        if word in THOUSANDS:
            if not 0 < total < 1000 and word == "الاف":
                return None  # «آلاف السنين» alone is "thousands", not a count
            if 0 < total < 1000:  # «سبعة آلاف» = 7000
                total *= 1000
                continue
        total += float(value)
    return total


THOUSANDS = {"الف", "الاف"}
ONE_WORDS = {"واحد", "واحده"}


def _number_words(text: str) -> list[str]:
    """The words of «خمسة وعشرين», «خمسةوعشرين»: split at و only where و is not part of a word
    («ثلاثون», «أربعون» end in ون)."""
    words = []
    for word in _NUMBER_WORDS_SPLIT.split(text):
        if not word:
            continue
        if word in NUMBERS:
            words.append(word)
        elif word[0] == "و" and word[1:] in NUMBERS:
            words.append(word[1:])
        else:
            words += [part for part in _GLUED_AND.split(word) if part]
    return words


def ordinal(text: str) -> int | None:
    text = _key(text)
    if text.isdigit():
        return int(text)
    total = 0
    for word in _ORDINAL_WORDS_SPLIT.split(text):
        if word == "عشر" or word == "عشره":
            total += 10
        elif word in ORDINALS:
            total += ORDINALS[word]
        elif word:
            return None
    return total or None


def month_of(text: str) -> tuple[int, str]:
    row = MONTHS[_key(text)]
    return int(row["month"]), row["calendar"]


def year_of(m: re.Match, name: str = "year") -> tuple[int | None, str | None]:
    """The explicit year of a match and its calendar (hijri when marked هـ/هجري or in Hijri range)."""
    text = group(m, name)
    if not text:
        return None, None
    year = int(text)
    suffix = (group(m, name + "suf") or "").strip()
    if suffix == "ه" or "هجر" in suffix or (suffix == "" and 1300 <= year <= 1500):
        return year, "hijri"
    return year, "gregorian"


def relation(text: str | None) -> str | None:
    return RELATIONS.get(_key(text)) if text else None


def unit_of(text: str) -> str:
    stem = _key(text)
    for prefix in ("ال", "ل"):
        if stem.startswith(prefix) and stem[len(prefix):] in UNIT_STEMS:
            return UNIT_STEMS[stem[len(prefix):]]
    return UNIT_STEMS[stem]


def start_of(m: re.Match) -> int:
    """Where the written expression starts, proclitic included (the matcher reads a character before it)."""
    return m.start("clitic")


def word_before(text: str, start: int) -> str:
    """The word right before `start` (within 30 characters), or ""."""
    words = _WORDS.findall(text, max(0, start - 30), start)
    return words[-1] if words else ""


def group(m: re.Match, name: str) -> str | None:
    """Group `name` of the match, None when the pattern has no such group or it did not take part."""
    try:
        return m[name]
    except IndexError:  # no such group: a production shared by rules of different patterns
        return None


# ---------------------------------------------------------------- productions

def part_of_match(m: re.Match) -> str | None:
    """START / MID / END of a part word, or H1 / H2 of «النصف الأول/الثاني من» a month."""
    if group(m, "half"):
        return MONTH_HALVES.get(_key(m["half"]))
    return PARTS.get(_key(group(m, "part"))) if group(m, "part") else None


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


def p_day_range(m: re.Match) -> Partial | None:
    start = p_date_parts(m)
    if start is None:
        return None
    last = ordinal(m["day2"])
    if start.day is None or last is None or not start.day < last <= 31:
        return None
    return start.with_(until=start.with_(day=last, weekday=None))


def p_cross_month_range(m: re.Match) -> Partial | None:
    first_month, calendar = month_of(m["month1"])
    last_month, calendar2 = month_of(m["month"])
    first_day, last_day = ordinal(m["day1"]), ordinal(m["day"])
    if calendar != calendar2 or not first_day or not last_day or first_day > 31 or last_day > 31:
        return None
    if (first_month, first_day) == (last_month, last_day) or first_month == last_month and first_day > last_day:
        return None  # «9 مارس حتى 1 مارس» is not a range
    if group(m, "from") is None and m["to"] not in ("-", "الى"):
        return None  # «المنتهي في 30 سبتمبر حتى 4 نوفمبر» (extended until), «5 مايو و9 يونيو» (a list)
    year, year_calendar = year_of(m)
    rel = relation(group(m, "rel"))
    last = Partial("date", calendar=calendar, year=year, year_calendar=year_calendar, month=last_month,
                   day=last_day, relation=rel)
    # a year written once belongs to the end: «30 ديسمبر حتى 4 يناير 2023» starts in 2022
    first_year = year - 1 if year is not None and first_month > last_month else year
    return last.with_(month=first_month, day=first_day, year=first_year, until=last)


def p_month_range(m: re.Match) -> Partial | None:
    """«من يناير إلى مارس 2021»: the year (or relation) written once belongs to the end."""
    last = p_date_parts(m)
    first_month, calendar = month_of(m["month1"])
    if last is None or calendar != last.calendar or first_month == last.month:
        return None
    year = last.year - 1 if last.year is not None and first_month > last.month else last.year
    return last.with_(month=first_month, year=year, until=last)


def p_year_range(m: re.Match) -> Partial | None:
    if m["sep"] == "و" and group(m, "from") != "بين":
        return None  # «أعوام 2008 و2012» lists years; «بين 2008 و2012» is a range
    first, last = int(m["y1"]), int(m["y2"])
    if not first < last <= first + 100:
        return None
    if m["sep"] == "/" and 1300 <= first <= 1500 or year_of(m, "y2")[1] == "hijri":
        return None  # «1436/1437هـ»: a Hijri year pair is read as Hijri years, one by one
    return Partial("date", year=first, until=Partial("date", year=last))


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
NATIONS_NOWADAYS = {normalize(row["word"]) for row in lexicon.table("places") if row["kind"] == "country"}


def _nowadays(m: re.Match, before: str, following: re.Match | None) -> bool:
    """«اليوم» between a clause's subject and its present-tense verb, or in «ما هو عليه اليوم», means nowadays
    (rule 14). Not after a verb: «أعلنت الوزارة اليوم تمديد …» is today (a verbal noun after it)."""
    if AS_IT_IS.search(m.string, max(0, start_of(m) - 25), start_of(m)):
        return True
    if following is None or not PRESENT_VERB.fullmatch(verb := following.group(1)) or verb.endswith(NOT_VERB_END) \
            or VERBAL_NOUN.fullmatch(verb) or verb in RELATIVE_DAYS or verb == "يوم":
        return False
    subject = before[1:] if before[:1] in "وف" and len(before) > 4 else before
    if not ((subject.startswith("ال") and len(subject) >= 4) or subject in NATIONS_NOWADAYS):
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
_QUOTE_CLOSE = re.compile(r"\s*[\"”»]")
_SHORT_QUOTE_OPEN = re.compile(r"[\"“«]\s*(?:[^\W\d]+\s+)?$")


_HOUR_BEFORE = re.compile(r"(?:\d|{HOURW})\s+(?:من\s+)?$".format(**FRAGMENTS))


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
        row = DAY_PARTS[normalize("بعد الزوال")]
    if row and row["pm"] and hour < 12 and not (row["part"] == "NI" and hour < 6) and not (
            row["part"] == "MI" and hour >= 11):
        hour += 12
    weekday = WEEKDAYS.get(_key(group(m, "wd"))) if group(m, "wd") else None
    offset = RELATIVE_DAYS[_key(m["relday"])] if group(m, "relday") else None
    return Partial("time", hour=hour % 24 if hour == 24 else hour, minute=minute, weekday=weekday,
                   day_offset=offset, day_part=row["part"] if row else None, utc=bool(group(m, "utc")))


NOT_BEFORE_YEAR_WORD = set(lexicon.words("not_before_year_word"))
NOT_BEFORE_HOUR_WORD = set(lexicon.words("not_before_hour_word"))
NOT_AFTER_YEAR_WORD = {normalize(word) for word in lexicon.words("not_after_year_word")}
EVENT_AFTER = re.compile(r"\s+ل(?!ذلك|ذاك|هذا|هذه|تلك)\w")


def p_relative_unit(m: re.Match) -> Partial | None:
    unit_word = _key(group(m, "unit") or m["unit2"])
    if unit_word == "العام" and word_before(m.string, start_of(m)) in NOT_BEFORE_YEAR_WORD:
        return None  # «الأمين العام السابق» is the former secretary-general
    following = _NEXT_WORD.match(m.string, m.end(), m.end() + 30)
    if unit_word == normalize("السنة") and following and following.group(1) in NOT_AFTER_YEAR_WORD:
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


def p_holy_month(m: re.Match) -> Partial:
    """«الشهر الفضيل»، «شهر الصيام»، «هذا الشهر الكريم»: رمضان."""
    return Partial("date", calendar="hijri", month=9, relation="THIS" if group(m, "this") else None)


def p_numeric_month(m: re.Match) -> Partial | None:
    """«شهر 3»، «شهر 11 المقبل»، «شهر 6 2019»: a month by its number."""
    year, year_calendar = year_of(m)
    part = PARTS.get(_key(group(m, "part"))) if group(m, "part") else None
    return Partial("date", month=int(m["mo"]), year=year, year_calendar=year_calendar,
                   relation=relation(group(m, "rel")), part=part)


# «من الساعة الثامنة إلى العاشرة مساء»: the first hour of a range has the day part written after the second
# when it comes before it on the clock
# «من الساعة 5:30 إلى السابعة مساء»، «عند الساعة 8:30 وحتى 9:45 مساء» (و before إلى/حتى, glued or not)
_CLOCK_RANGE_END = re.compile(normalize((r"\s+(?:(?:و\s*)?(?:الى|حتى|لغايه)|و)\s+(?:(?:ال)?ساعه\s+)?(?:(?P<hn>[0-2]?\d)(?:[:.][0-5]\d)?(?![\d:.])|(?P<hw>{HOURW}))"
                                     r"(?:\s+و\s*(?:النصف|نصف|الربع|ربع|الثلث|ثلث))?\s+(?:من\s+)?(?P<dp>{DAYPART})(?!\w)").format(**FRAGMENTS)))


EVENING = DAY_PARTS[normalize("مساء")]
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


def p_year(m: re.Match) -> Partial | None:
    year, calendar = year_of(m)
    keyword = group(m, "kw")
    part = PARTS.get(_key(group(m, "part"))) if group(m, "part") else None
    suffix = (m["yearsuf"] or "").strip()
    if BCE_AFTER.match(m.string, m.end()):
        return None
    if calendar == "hijri" and not suffix and not keyword and HIJRI_TWIN_AFTER.match(m.string, m.end()):
        return Partial("date", year=year, year_calendar="hijri", part=part)  # «عام (1423) الموافق (2002م)»
    if not keyword and not suffix and not part:
        if quantity_after(m.string, m.end()) or quantity_before(m.string, m.start("year")):
            return None  # «أكثر من 1100 كلغ»، «1080×1920 بيكسل»
        if _plan_label(m):
            return None  # «مؤتمر الاستثمار تونس 2020»: a plan named after its horizon
        if not bare_year_ok(m):
            return None
    if calendar == "hijri" and not suffix and not keyword:
        calendar = "gregorian"  # a bare 13xx/14xx number is more often a count than a Hijri year
    return Partial("date", year=year, year_calendar=calendar, part=part)


PLAN_HEADS = {normalize(w) for w in lexicon.words("plan_heads")}
_NATIONS = {normalize(row["word"]) for row in lexicon.table("places") if row["kind"] == "country"}


def _plan_label(m: re.Match) -> bool:
    """A year right after a country name with a plan word a few words before it: «تونس 2020», «مصر 2030»."""
    before = _WORDS.findall(m.string, max(0, start_of(m) - 80), start_of(m))
    if not before or before[-1] not in _NATIONS:
        return False
    return any(_bare(word) in PLAN_HEADS for word in before[-5:-1])


def _bare(word: str) -> str:
    """The word without و/ف and ل/ب before it, when that leaves a plan word («للاستثمار» → «استثمار»)."""
    for cut in (0, 1, 2):
        if word[cut:] in PLAN_HEADS:
            return word[cut:]
    return word


# a Hijri-range number followed by its Gregorian twin («1423 الموافق 2002») or by a second Hijri year
# marked هـ («1436/1437هـ») is a Hijri year
# (LETTER: sre's categories, which compile in microseconds; a class of ranges takes 2 ms)
HIJRI_TWIN_AFTER = re.compile(r"\s*\)?\s*(?:الموافق|/\s*1[34]\d\d\s*ه(?!" + LETTER + "))")


YEAR_INTRO = {normalize(w) for w in (
    "في", "منذ", "حتى", "إلى", "الى", "بين", "قبل", "بعد", "خلال", "من", "بحلول", "ومنذ", "وفي", "لعام",
    "مونديال", "كأس", "كاس", "أولمبياد", "اولمبياد", "دورة", "نسخة", "موسم", "رؤية", "مطلع", "نهاية",
    "بداية", "أواخر", "أوائل", "منتصف", "وحتى", "عامي", "سنتي", "أعوام", "سنوات", "و", "مواليد")}
EVENT_BEFORE_YEAR = {normalize(w) for w in (
    "كأس", "كاس", "بطولة", "مونديال", "أولمبياد", "اولمبياد", "دورة", "نسخة", "موسم", "رؤية", "انتخابات", "ميزانية",
    "موازنة", "قانون", "المالية")} | {normalize(w) for w in lexicon.words("edition_heads")}
QUANTITY_WORDS = lexicon.table("quantity_words")
QUANTITY_AFTER = {row["word"] for row in QUANTITY_WORDS if row["side"] == "after"}
QUANTITY_BEFORE = {row["word"] for row in QUANTITY_WORDS if row["side"] == "before"}
_QUANTITY_ENDINGS = ("ات", "ا", "ين", "ون", "ان", "ه")
# the word (or the sign) after a number, past a closing bracket or quote: «(1305) مشروعات»
_AFTER_NUMBER = re.compile(r"[\s)\]\"»”']*(%|[^\s\d.,،;:!?؟()\[\]\"»«”“']+)(?:\s+([^\s\d.,،;:!?؟()]+))?")
# «1080×1920»، «1920 x 1080»: two numbers joined by a times sign are a size
_TIMES_AFTER = re.compile(r"\s*[×xX*]\s*\d")
_TIMES_BEFORE = re.compile(r"\d\s*[×xX*]\s*$")
# «1186 و1155 قبل الميلاد»، «1200 ق.م»: a year before the common era has no place on the calendar
BCE_AFTER = re.compile(normalize(r"(?:\s*(?:و|-|الى|إلى|حتى)\s*\d+)*\s*(?:قبل\s+الميلاد|ق\s*\.\s*م(?!\w))"))
PLAUSIBLE_BARE_YEARS = range(1800, 2100)  # a bare number with only a preposition before it


def quantity_after(text: str, end: int) -> bool:
    """Does a unit, currency or counted noun (quantity_words.tsv) follow the number ending at `end`,
    or a times sign joining it to another number?"""
    if _TIMES_AFTER.match(text, end):
        return True
    m = _AFTER_NUMBER.match(text, end, end + 40)
    if m is None:
        return False
    word = m.group(1)
    if word in QUANTITY_AFTER or (m.group(2) and word + " " + m.group(2) in QUANTITY_AFTER):
        return True
    return any(word.endswith(ending) and word[:-len(ending)] in QUANTITY_AFTER for ending in _QUANTITY_ENDINGS)


def quantity_before(text: str, start: int) -> bool:
    """Does a word introducing an amount (quantity_words.tsv, side before) or a times sign come
    right before the number starting at `start`?"""
    if _TIMES_BEFORE.search(text, max(0, start - 8), start):
        return True
    before = _WORDS.findall(text, max(0, start - 40), start)
    return bool(before) and (before[-1] in QUANTITY_BEFORE or " ".join(before[-2:]) in QUANTITY_BEFORE
                             or " ".join(before[-3:]) in QUANTITY_BEFORE)


YEAR_LIST_NEXT = re.compile(r"\s*و\s*(?:1[0-9]|20)\d\d(?!\d)")


def _unprefixed(word: str) -> str:
    """A word without its one-letter proclitic when the rest is an edition word («لكاس» → «كاس»)."""
    return word[1:] if word[:1] in "وفلبك" and word[1:] in EVENT_BEFORE_YEAR else word


def bare_year_ok(m: re.Match) -> bool:
    """A four-digit number alone is a year only after a date-introducing word, in a plausible range,
    never next to a unit or a counted noun (those are checked for every year, in p_year)."""
    if int(m["year"]) not in PLAUSIBLE_BARE_YEARS:
        return False
    if YEAR_LIST_NEXT.match(m.string, m.end()):
        return True  # «(1958 و1962 و1970)»: the first of a list of years
    before = _WORDS.findall(m.string, max(0, start_of(m) - 40), start_of(m))
    if before and before[-1] in YEAR_INTRO or any(_unprefixed(word) in EVENT_BEFORE_YEAR for word in before[-3:]):
        return True  # «في 2015»، «لكأس العالم 2018»، «وانتخابات 2018»
    following = m.string[m.end():m.end() + 2]
    return bool(before) and bool(_CLAUSE_END.match(following))



AGE_AFTER = re.compile(normalize(r"\s+من\s+(?:ال)?عمر"))
HIJRI_CENTURY_AFTER = re.compile(normalize(r"\s+(?:من\s+)?القرن\s+الهجري"))


# an age named earlier in the sentence: «في أواخر سن المراهقة وأوائل العشرينات», «في الثلاثينات من العمر … في الخمسينات»
AGE_EARLIER = re.compile(normalize(r"(?<!\w)(?:[وفبل]?(?:ال)?سن|من\s+(?:ال)?عمر(?:ه|ها|هم|هن)?)(?![\w\d])[^.!?؟\n\d\"«»]*$"))  # no age number, no quote between


def p_decade(m: re.Match) -> Partial | None:
    if AGE_AFTER.match(m.string, m.end()):
        return None  # «في العشرينات من عمره» is an age
    if not group(m, "century") and AGE_EARLIER.search(m.string, max(0, start_of(m) - 150), start_of(m)):
        return None
    if HIJRI_CENTURY_AFTER.match(m.string, m.end()):
        return None  # «ثمانينيات القرن الهجري الماضي» are Hijri years (the 1380s), not the Gregorian 1980s
    tens = DECADES[_key(m["decade"])]
    century = None
    century_relative = None
    if group(m, "century"):
        row = CENTURIES[_key(m["century"])]
        if row["relative"]:
            century_relative = int(row["relative"])
        else:
            century = int(row["century"])
    part = PARTS.get(_key(group(m, "part"))) if group(m, "part") else None
    first = Partial("date", decade=tens, century=century, century_relative=century_relative, part=part)
    if group(m, "decade2"):  # «سبعينيات وثمانينيات القرن الماضي»: one range
        last = DECADES[_key(m["decade2"])]
        if last <= tens or part:
            return None
        return first.with_(until=first.with_(decade=last))
    return first


def p_century(m: re.Match) -> Partial:
    row = CENTURIES[_key(m["century"])]
    part = PARTS.get(_key(group(m, "part"))) if group(m, "part") else None
    if row["relative"]:
        return Partial("date", century_relative=int(row["relative"]), part=part)
    return Partial("date", century=int(row["century"]), part=part)


QUARTER_NUMBERS = {normalize(w): n for w, n in (("الأول", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الأخير", 4),
                                                 ("الأولى", 1), ("الثانية", 2), ("الأخيرة", 4))}
HALF_WORDS = {"النصف", "السداسي", "السداسيه"}  # «السداسي الأول» (Maghreb) is the first half


# «… في الربع الأول من العام إلى 100 مليون في الربع الثاني»: a bare quarter continues a period just named
_PERIOD_BEFORE = re.compile(r"(?:الربع|الثلاثي|النصف|السداسي)\s+(?:الاول|الثاني|الثالث|الرابع|الاخير)[^.!?؟\n]*$")
# «… في الربع الأول من السنة.» earlier in the article: its later bare quarters are the year's too
# («ونما الناتج 1.2% في الربع الأول متسارعا»), not a game's
_YEAR_PERIOD_EARLIER = re.compile(r"(?:الربع|الثلاثي|النصف|السداسي)\s+(?:الاول|الثاني|الثالث|الرابع|الاخير)\s+(?:فقط\s+)?"
                                  r"(?:من\s+|ل)?(?:(?:ال|ل)?(?:عام|سنه)|(?:19|20)\d\d)")


_BUSINESS_REACH = 80  # characters each side, inside the sentence
_OF_OTHER = re.compile(r"\s+من\s")
_SENTENCE_MARK = re.compile(r"[.!?؟](?=\s|$)|\n")  # not the point of «1.2%»


@lru_cache(maxsize=1)
def _business_cue() -> re.Pattern:
    words = "|".join(sorted({normalize(w) for w in lexicon.words("business_period_cues")}, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:[وف]?[بل]?)(?:" + words + r")(?!\w)")


def _business_near(m: re.Match) -> bool:
    """Does the sentence speak of an economy or a company's figures near the bare quarter?"""
    text, start, end = m.string, start_of(m), m.end()
    before = _SENTENCE_MARK.split(text[max(0, start - _BUSINESS_REACH):start])[-1]
    after = _SENTENCE_MARK.split(text[end:end + _BUSINESS_REACH])[0]
    if _OF_OTHER.match(after):  # «السداسية الأولى من الفترة 1993/2015»، «الربع الثاني من المباراة»
        return False
    cue = _business_cue()
    return cue.search(before) is not None or cue.search(after) is not None


def p_quarter(m: re.Match) -> Partial | None:
    """«الربع الأول من العام الجاري»، «النصف الأول 2018»، «الربع الثالث فقط من العام» (the DCT's year or
    the sentence's, RESOLUTION.md rule 9), «نهاية النصف الأول 2018» (its last third)."""
    which = QUARTER_NUMBERS[_key(m["n"])]
    year, _ = year_of(m)
    rel = relation(group(m, "rel")) or ("THIS" if group(m, "this") else None)
    if year is None and rel is None and not group(m, "of_year"):
        if not (_PERIOD_BEFORE.search(m.string, max(0, start_of(m) - 150), start_of(m))
                or _YEAR_PERIOD_EARLIER.search(m.string, 0, start_of(m)) or _business_near(m)):
            return None  # «الربع الأول» alone may be a game's quarter
    part = PARTS.get(_key(group(m, "part"))) if group(m, "part") else None
    if m["kind"] in HALF_WORDS:
        if which > 2 and not _key(m["n"]).startswith("الاخير"):
            return None
        return Partial("date", half=min(which, 2), year=year, relation=rel, part=part)
    return Partial("date", quarter=which, year=year, relation=rel, part=part)


def p_season(m: re.Match) -> Partial | None:
    year, _ = year_of(m)
    rel = relation(group(m, "rel")) or ("THIS" if group(m, "this") else None)
    if year is None and rel is None:
        return None
    return Partial("date", season=SEASONS[_key(m["season"])], year=year, relation=rel)


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


def unit_and_count(text: str) -> tuple[str, int | None]:
    row = UNITS[_key(text).removeprefix("ال") if _key(text) not in UNITS else _key(text)]
    return row["unit"], int(row["count"]) if row["count"] else None


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


_WORD_BEFORE_END = re.compile(r"(\w+)\s+$")


def _repeats_unit(m: re.Match, unit_text: str) -> bool:
    """Is the word right before the expression (nothing but a space between) its unit word again,
    with or without the accusative alif: «يوما بعد يوم», «عاما بعد عام»?"""
    before = _WORD_BEFORE_END.search(m.string, max(0, start_of(m) - 20), start_of(m))
    if before is None:
        return False
    word, unit_word = _key(before.group(1)), _key(unit_text)
    return word in (unit_word, unit_word + "ا")


# A forward offset longer than this, not counted «من الآن», is a duration after an event (README, Decisions)
FAR_OFFSET_YEARS = 30
YEARS_IN = {"year": 1, "decade": 10, "century": 100, "month": 1 / 12}
# «منذ/على/من» + the event counted from; not «على يد» (at the hands of), «من قبل» (by), «من جديد» (again)
FROM_EVENT = re.compile(normalize(r"\s+(?:منذ|على|من)(?!" + LETTER + r")(?!\s+(?:يد|يدي|قبل|جديد)(?!" + LETTER + "))"))
SPENT_AFTER_OFFSET = re.compile(r"\s+و?(?:" + "|".join(
    re.escape(word) for word in sorted(lexicon.words("spent_after_offset"), key=len, reverse=True)) + ")(?!" + LETTER + ")")
FROM_NOW = re.compile(normalize(r"(?:\s+(?:فقط|تقريبا))?\s+من\s+(?:الان|اليوم|الحين)(?!" + LETTER + ")"))  # «من الحين» (Maghreb)


def p_first_months(m: re.Match) -> Partial | None:
    """«الأشهر الثلاثة الأولى من العام» (2022-01/2022-03), «الـ9 أشهر الأولى من العام الحالي», «الأشهر
    الستة الأخيرة من 2017»: months of the DCT's year, of the year written, or of the related year."""
    raw = group(m, "num") or group(m, "num2")
    count = 2.0 if group(m, "dual") else number(raw) if raw else None  # «الشهرين الأولين من السنة»
    if count is None or not count.is_integer() or not 1 < count < 12:
        return None
    count = int(count)
    year = int(group(m, "year") or group(m, "year2") or 0) or None
    year_rel = None if year else relation(group(m, "rel"))
    first, last = (1, count) if _key(group(m, "which") or group(m, "which2")).startswith("الاول") else (13 - count, 12)
    start = Partial("date", month=first, year=year, year_calendar="gregorian" if year else None, year_relation=year_rel)
    return start.with_(until=start.with_(month=last))


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


def _fraction(m: re.Match) -> float:
    """«ونصف» 0.5, «وربع» 0.25 after a unit, else 0."""
    frac = group(m, "frac") or group(m, "frac2")
    return 0 if not frac else 0.5 if "نصف" in frac else 0.25


FRACTION_OF = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}


def p_fraction_of_unit(m: re.Match) -> Partial | None:
    """«نصف ساعة» PT30M, «ربع قرن» P25Y, «نصف قرن» P50Y."""
    unit, _ = unit_and_count(m["unit"])
    amount = FRACTION_OF[m["frac"]]
    if unit == "hour":
        return Partial("duration", amount=round(60 * amount), unit="minute")
    return Partial("duration", amount=amount, unit=unit)

# ---------------------------------------------------------------- the rules

# Words too common to trigger a rule when an entry has a rarer one («بعد غد» runs on «غد»).
_COMMON = {normalize(w) for w in ("بعد", "قبل", "أول", "الأول", "يوم", "من", "في", "إلى", "حتى", "على", "عن")}


def _trigger_word(entry: str) -> str:
    """The word of an entry that a match of it must contain: its longest uncommon word."""
    words = entry.split()
    return max([w for w in words if w not in _COMMON] or words, key=len)


def _trigger_words(words) -> set[str]:
    return {_trigger_word(entry) for entry in words}


def _trigger_offset(words) -> int:
    """How far into an entry its trigger word can start («عيد الأضحى المبارك»: 4), for a rule's reach."""
    return max(entry.index(_trigger_word(entry)) for entry in words)


# «الأيام الأخيرة»: words that close a past-N expression like a relation
LAST = ("الاخيره", "الاخيرين", "الاخير", "الاخيرتين")
# «لمدة شهر»، «منذ عام»: words before a bare unit that make it a one-unit duration
DURATION_INTRO = ("لمده", "مده", "طيله", "طوال", "قرابه", "نحو", "حوالي", "خلال", "غضون", "منذ",
                  "مرور", "بعد", "قبل", "مدار", "مدي")  # «على مدار أسبوع»، «على مدى شهر»  # «بعد يوم من الهجوم»: the offset rule leaves event-anchored ones

# «اليوم، 23 أغسطس»: a relative day before a written date is one mention with it; the date wins (rule 15)
# «مساء أمس الجمعة 29 ماي»، «فجر السبت 14 نيسان/أبريل»: a part of the day before the weekday makes the date a TIME
# (not before a bare day: «ليلة 27 رمضان» stays the feast's DATE; not «منتصف ليل …»: midnight)
WD_PREFIX = (r"(?:(?<!منتصف )(?P<dpw>{DAYPART})\s+(?:من\s+)?(?:يوم\s+)?(?=(?:{RELDAY}\s+)?(?:يوم\s+)?{WD}))?"
             r"(?:(?:يوم\s+)?{RELDAY}\s*[,،]?\s*(?=\d|{ORDDAY}|(?:يوم\s+)?{WD}))?"
             r"(?:(?:(?P<relday>{RELDAY})\s+)?(?:يوم\s+)?(?P<wd>{WD})(?:\s+{REL})?\s*[,،]?\s*"
             r"(?:(?:الموافق|الموافقه)\s+(?:ل\s*)?)?)?")
NUMERIC_DATE = r"(?:(?:يوم|اليوم)\s+)?(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<mo>[01]?\d)\s*(?P=sep)\s*(?P<y>\d{{4}}|\d\d)(?![\d/]){YSUF}"
# «1440/5/12هـ»، «2019/01/18م»: year first, as Gulf agencies write it (a URL's «/2018/01/24/» is no date)
YEAR_FIRST_DATE = (r"(?<![\d/])(?:(?:يوم|اليوم)\s+)?(?P<y>(?:19|20|13|14)\d\d)\s*(?P<sep>[/-])\s*(?P<mo>[01]?\d)\s*(?P=sep)"
                   r"\s*(?P<d>[0-3]?\d)(?![\d/]){YSUF}")
YEAR_OR_REL = "(?:" + year_x("year") + r"|\s+(?P<rel>{REL})|" + YEAR_REL + ")?"

RULES: list[Rule] = [
    Rule("numeric_date", NUMERIC_DATE, p_numeric_date, reach=(8, 30), triggers=('NUMERIC',)),
    Rule("iso_date", r"(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?!\d)", p_numeric_date, reach=(8, 16), triggers=('ISO',)),
    Rule("year_first_date", YEAR_FIRST_DATE, p_numeric_date, reach=(8, 20), triggers=('NUMERIC', 'ISO')),
    # «يوم الخميس 18/1/2019»، «أمس الأربعاء 20 - 10 - 1436هـ»: the weekday is part of the date, as before a month name
    # (rules of their own, around weekdays: numbers with a date separator are too many to look 45 characters back)
    Rule("weekday_numeric_date", WD_PREFIX + NUMERIC_DATE, p_numeric_date, reach=(25, 50), triggers=('WD',), needs=('NUMBER',)),
    Rule("weekday_year_first_date", WD_PREFIX + YEAR_FIRST_DATE, p_numeric_date, reach=(25, 50), triggers=('WD',),
         needs=('NUMBER',)),
    Rule("every_year_date", r"(?:(?P<day>{DAYN})\s+(?:من\s+)?)?(?:شهر\s+)?" + month_x("month")
         + r"\s+من\s+كل\s+(?:عام|سنه)", p_every_year_date, reach=(75, 10), triggers=('EVERY',), needs=('MONTH',)),
    Rule("cross_month_range", r"(?:(?P<from>من|بين)\s+)?(?P<day1>{DAYN})\s+(?:من\s+)?(?P<month1>{MONTH})(?:\s*/\s*{MONTH}|\s*\(\s*{MONTH}\s*\))?\s*(?P<to>{TO})\s*"
         r"(?P<day>{DAYN})\s+(?:من\s+)?" + month_x("month") + r"(?:" + year_x("year") + r"|\s+(?P<rel>{REL}))?",
         p_cross_month_range, reach=(40, 70), triggers=('MONTH',), hits_needed=2,
         needs=('NUMBER', 'DAY_ORDINAL'), needs_hits=2),
    Rule("year_range", r"(?:(?P<from>من|بين)\s+)?(?:(?:ال|ل)?(?:عام|سنه|عامي|سنتي)\s*)?(?P<y1>{YEAR})\s*(?P<sep>-|/|الى|حتى|و)\s*"
         r"(?:(?:عام|سنه)\s+)?(?P<y2>{YEAR})(?![\d/])(?P<y2suf>{YSUF})", p_year_range, reach=(30, 30), triggers=('YEAR',), hits_needed=2),
    Rule("day_month", WD_PREFIX + r"(?:(?:يوم|اليوم)\s+)?(?P<day>{DAYN})\s*(?:من\s+)?(?:شهر\s+)?" + month_x("month")
         + YEAR_OR_REL, p_date_parts, reach=(70, 60), triggers=('MONTH',),
         needs=('NUMBER', 'DAY_ORDINAL')),
    Rule("day_misspelt_month", r"(?:(?:يوم|اليوم)\s+)?(?P<day>{DAYN})\s+(?P<misspelt>" + LETTER + r"{{3,9}})\s*\(\s*"
         r"(?P<month>{MONTH})\s*\)" + YEAR_OR_REL, p_day_misspelt_month, reach=(40, 60), triggers=('MONTH',),
         needs=('NUMBER', 'DAY_ORDINAL')),
    Rule("day_range", r"(?:(?:من|بين|يومي|ايام)\s+)?(?:{WD}(?:\s*(?:و|،|,)\s*{WD})*\s+)?(?P<day>{DAYN})(?:\s*[و،,]?\s*{DAYN})*\s*(?:-|(?:و\s*)?(?:(?:الى|حتى)(?:\s+غايه)?|لغايه)|و|ل(?=\s*\d))\s*(?:(?:يوم|اليوم)\s+)?(?P<day2>{DAYN})\s+"
         r"(?:من\s+)?(?:شهر\s+)?" + month_x("month") + YEAR_OR_REL, p_day_range, reach=(60, 60), triggers=('MONTH',),
         needs=('NUMBER', 'DAY_ORDINAL'), needs_hits=2),
    # «من شهري سبتمبر إلى نوفمبر»: after من/بين the dual شهري names the two ends (alone, «شهري مايو ويونيو» lists two)
    Rule("month_range", r"(?:من|بين)\s+(?:شهري?\s+)?(?P<month1>{MONTH})(?:\s*/\s*{MONTH}|\s*\(\s*{MONTH}\s*\))?\s*{TO}\s*(?:شهر\s+)?" + month_x("month")
         + YEAR_OR_REL, p_month_range, reach=(25, 60), triggers=('MONTH',), hits_needed=2),
    Rule("month", r"(?:(?P<part>{PART})\s+(?:من\s+)?|(?P<half>{HALF})\s+من\s+|(?:ال)?ايام\s+(?:ال)?(?P<ndays>{NUMW}|[1-9]|1[0-5])\s+الاولي\s+من\s+)?(?:شهر\s+)?" + month_x("month")
         + r"(?P<epithet>\s+(?:الكريم|المبارك|الفضيل|المعظم|الابرك)(?!\w))?" + YEAR_OR_REL, p_date_parts, reach=(30, 60), triggers=('MONTH',)),
    Rule("same_period", r"(?:(?:نفس|ذات)\s+الفتره|الفتره\s+(?:نفسها|ذاتها|المماثله))\s+من\s+(?:(?:ال)?(?:عام|سنه)\s+"
         r"(?:(?P<year>{YEAR})|(?P<rel>{REL}))|(?P<year2>{YEAR}))", p_same_period, reach=(20, 40), triggers=('PERIOD',)),
    Rule("same_day_of_year", r"(?:نفس|ذات)\s+(?:ال)?(?:يوم|تاريخ)\s+من\s+(?:(?:ال)?(?:عام|سنه)\s+)?(?P<year>{YEAR})",
         p_same_day, reach=(0, 40), triggers=('SAME',)),
    Rule("year", r"(?:(?P<part>{PART})(?:\s+(?:من\s+)?|(?=\d)))?(?:(?P<kw>(?:ال|ل)?(?:عام|سنه))\s+)?(?P<year>{YEAR})(?P<yearsuf>{YSUF})",
         p_year, reach=(30, 15), triggers=('YEAR',)),
    Rule("day_of_month_unit", WD_PREFIX + r"(?:(?:يوم|اليوم)\s+)?(?P<day>{DAYN})\s+من\s+(?:شهر\s+)?(?:الشهر\s+(?:(?P<rel>{REL})|(?P<same>نفسه|ذاته)|(?P<this>هذا))"
         r"|(?P<same2>نفس|ذات)\s+الشهر|(?P<this2>هذا)\s+الشهر)(?!\w)",
         p_day_of_month_unit, reach=(75, 30), triggers=('RELUNIT',), needs=('NUMBER', 'DAY_ORDINAL')),
    Rule("holy_month", r"(?P<this>هذا|هذه)\s+(?:ال)?شهر\s+(?:الفضيل|الصيام|الصوم|الكريم|المبارك)(?!\w)",
         p_holy_month, reach=(15, 25), triggers=('HOLY_EPITHET',)),
    Rule("numeric_month", r"(?:(?P<part>{PART})\s+(?:من\s+)?)?شهر\s+(?P<mo>1[0-2]|0?[1-9])(?![\d.,:/%])"
         r"(?:\s+(?P<rel>{REL})|" + year_x("year") + r")?", p_numeric_month, reach=(30, 30), triggers=('HOLY',),
         needs=('NUMBER',)),
    Rule("nth_weekday", r"(?:(?P<nth>اول|ثاني|ثالث|رابع|خامس|اخر)\s+(?:يوم\s+)?(?P<wd>{WDBARE}|{WD})|(?:يوم\s+)?(?P<wdl>{WD})\s+(?P<lastw>الاخير|الاخيره))\s+(?:من|في)\s+"
         r"(?:(?:شهر\s+)?" + month_x("month") + YEAR_OR_REL + r""
         r"|(?P<unit>الشهر)(?:\s+(?P<urel>{REL}))?)", p_nth_weekday, reach=(25, 60), triggers=('WD',), needs=('NTH', 'LAST')),
    Rule("day_of", r"(?:(?P<nth>اول|اخر)\s+يوم|(?:ال)?يوم\s+(?P<nth2>الاول|الاخير))\s+(?:من|في)\s+(?:(?:شهر\s+)?" + month_x("month")
         + YEAR_OR_REL + r"|(?P<unit>الشهر|العام|السنه)(?:\s+(?P<urel>{REL})|(?!\s+ال))"
         r"|(?:ال)?(?:عام|سنه)\s+(?P<wyear>{YEAR}))", p_day_of, reach=(15, 60), triggers=('FIRST_LAST_DAY',), needs=('UNIT',)),
    Rule("weekday_of_week", r"(?:يوم\s+)?(?P<wd>{WD})\s+(?:من\s+)?(?:هذا\s+الاسبوع|الاسبوع\s+(?P<rel>{REL}))(?!\w)",
         p_weekday_of_week, reach=(10, 40), triggers=('WD',), needs=('RELUNIT',)),
    Rule("week_of", r"(?:(?:ال)?اسبوع\s+(?P<n>الاول|الثاني|الثالث|الرابع|الاخير)|(?P<n2>اول|اخر)\s+اسبوع)\s+(?:(?:من|في)\s+)?(?:(?:شهر\s+)?" + month_x("month")
         + YEAR_OR_REL + r"|(?:ال)?(?:عام|سنه)\s+(?P<wyear>{YEAR}))",
         p_week_of, reach=(10, 60), triggers=('WEEK',)),
    Rule("same_unit", r"(?:(?P<unit>(?:ال)(?:يوم|اسبوع|شهر|عام|سنه))\s+(?:نفسه|ذاته|عينه|نفسها|ذاتها)"
         r"|(?:نفس|ذات|ذلك|تلك)\s+(?P<unit2>(?:ال)(?:يوم|اسبوع|شهر|عام|سنه))(?!\s+(?:من|{REL}|ال))"
         r"|(?<!مثل )هذا\s+(?P<unit3>اليوم)(?!\s+(?:ال|{REL}))|(?P<unit4>يوم)(?:ها|ذاك|ئذ)"
         r"|(?:تلك|نفس|ذات)\s+(?P<night>الليله)(?!\s+(?:من|{REL}|ال))|(?P<night2>الليله)\s+(?:نفسها|ذاتها))(?!\w)",
         p_same_unit, reach=(10, 20), triggers=('RELDAY', 'RELUNIT', 'SAME', 'THAT', 'TONIGHT')),
    Rule("relative_day", r"(?:(?P<mid>منتصف)\s+(?=ليل|الليل))?(?:(?P<dp>{DAYPART})\s+(?:من\s+)?(?:يوم\s+)?)?(?P<relday>{RELDAY})(?:\s+(?P<wd>{WD})|\s*\(\s*(?P<wdp>{WD})\s*\)|\s*[،,]\s*(?P<wdc>{WD})(?=\s*[،,]))?", p_relative_day, reach=(25, 30), triggers=('RELDAY',)),
    Rule("tonight", r"(?<!تلك )(?<!نفس )(?<!ذات )الليله(?:\s+(?P<rel>الماضيه|البارحه))?(?!\s+(?:ال|{REL}))", p_tonight, reach=(5, 20), triggers=("TONIGHT",)),
    Rule("this_day_part", r"(?:هذا|هذه)\s+(?P<dp>الصباح|المساء|الليله)", p_this_day_part, reach=(10, 5), triggers=('DEFINITE_DAYPART',)),
    Rule("weekday", r"(?:(?P<mid>منتصف)\s+(?=ليل|الليل))?(?:(?P<dp>{DAYPART})\s+(?:يوم\s+)?)?(?:يوم\s+)?(?P<wd>{WD})"
         r"(?(dp)(?:(?:\s*[-–]\s*|\s+(?:و\s*|الى\s+|على\s+)?)(?:يوم\s+)?(?P<wd2>{WD}))?)(?:\s+(?P<rel>{REL}))?"
         r"(?:\s+(?P<relday>{RELDAY}))?(?:(?P<feast_day>\s+(?:اول|ثاني|ثالث)\s+ايام\s+(?:العيد|{FEAST}))"
         r"|(?=(?P<feast_said>\s+(?:هو|هي|سيكون|يكون)\s+(?:(?:اول|ثاني|ثالث)\s+)?ايام\s+(?:العيد|{FEAST}))))?",
         p_weekday, reach=(25, 50), triggers=('WD',)),
    Rule("clock", r"(?:(?:ال)?ساعه\s+)?(?:(?P<hh>[0-2]?\d)(?P<sep>[:.,])(?P<mm>[0-5]\d)(?::[0-5]\d)?(?!\d)|(?P<hn>[0-2]?\d)(?![\d:.,])|(?P<hw>{HOURW}))"
         r"(?:\s+و\s*(?P<frac>النصف|نصف|الربع|ربع|الثلث|ثلث|(?P<mins>\d{{1,2}}|{NUMW}(?:\s+(?:و\s*)?{NUMW}){{0,2}})\s+(?:دقيقه|دقائق)))?"
         # «السابعة إلى ربع»: «إلى» for «إلا» before a quarter or a third that no word follows as a noun
         # («وصل إلى ربع النهائي» is a quarter-final)
         r"(?:\s+(?:الا|إلا|الي(?=\s+(?:ربع|الربع|ثلث|الثلث)(?!\s+(?:ال)?نهائي)))\s+(?P<minus>ربعا|ربع|الربع|ثلثا|ثلث|الثلث))?"
         r"(?:\s+(?:من\s+)?(?:(?:هذا|هذه)\s+)?(?P<dp>{DAYPART}))?"
         # «الثالثة من اليوم التالي»: the next day of the story, not today (the clock stops before it)
         r"(?:\s+(?:من\s+)?(?:يوم\s+)?(?P<relday>{RELDAY})(?!\s+(?:التالي|الموالي|اللاحق|السابق)))?(?:\s+(?P<wd>{WD}))?"
         r"(?P<utc>\s+(?:ب?(?:ال)?توقيت\s+(?:غرينتش|غرينيتش|جرينتش|جرينيتش|العالمي)|ت\s*\.?\s*غ(?!\w)|gmt|GMT|utc|UTC))?", p_clock, reach=(12, 70), triggers=('CLOCK', 'HHMM')),
    Rule("day_after_anchor", r"(?:ال)?(?P<unit>يوم)\s+(?P<rel>التالي|الموالي|اللاحق|السابق)", p_relative_unit,
         reach=(10, 15), triggers=('RELDAY',), needs=('REL',)),
    Rule("relative_unit", r"(?:(?P<part>{PART})\s+(?:من\s+)?|(?P<half>{HALF})\s+من\s+(?=ال))?(?:(?P<this>هذا|هذه)\s+(?P<unit>(?:ال)(?:اسبوع|شهر|عام|سنه))|"
         r"(?P<unit2>{UNITDEF})\s+(?:(?P<rel>{REL})|هذا|هذه))(?:\s+(?P<year>{YEAR}))?", p_relative_unit, reach=(25, 30), triggers=('RELUNIT',)),
    Rule("weekend", r"(?:عطله\s+)?نهايه\s+(?:ال)?اسبوع(?:\s+(?P<rel>{REL})|\s+(?P<this>هذا))?", p_weekend, reach=(10, 25), triggers=('WEEKEND',), needs=('UNIT',)),
    Rule("part_of_unit", r"(?:(?P<part>{PART}|نص)\s+(?:من\s+)?|(?P<half>{HALF})\s+من\s+)(?P<unit>(?:ال)(?:اسبوع|شهر|عام|سنه))(?!\s+(?:ال|{YEAR}))", p_part_of_unit, reach=(20, 20), triggers=('PART', 'RELUNIT', 'COLLOQUIAL_PART'), hits_needed=2),
    Rule("unit_in_context", r"(?:خلال|طيله|طوال|لاحق\s+من|متاخر\s+من|وقت\s+سابق\s+من)\s+(?P<m>(?P<unit>(?:ال)(?:اسبوع|شهر|عام|سنه)))(?!\s+ال|\s*\d)",
         p_unit_in_context, reach=(25, 25), triggers=('RELUNIT', 'UNIT_CONTEXT'), hits_needed=2),
    Rule("quarter", r"(?:(?P<part>{PART})\s+(?:من\s+)?)?(?P<kind>الربع|الثلاثي|النصف|السداسي|السداسيه)\s+(?P<n>الاولي|الثانيه|الاخيره|الاول|الثاني|الثالث|الرابع|الاخير)(?!\w)(?:\s+فقط)?"
         r"(?:\s+(?:من\s+)?(?:(?:(?:ال|لل)?(?:عام|سنه)\s+(?P<rel>{REL}))|(?P<this>هذا|هذه)\s+(?:العام|السنه)|(?:(?:ال|ل)?(?:عام|سنه)\s+)?(?P<year>{YEAR})(?P<yearsuf>{YSUF}))"
         r"|\s+(?P<of_year>(?:من\s+(?:ال)?|لل)(?:عام|سنه)(?:\s+المالي(?:ه)?)?))?", p_quarter, reach=(30, 40), triggers=('QUARTER',)),
    # «الربع السابق» after «الربع الأول» (the one before it), «الربع الحالي من العام»: a quarter counted like a unit
    Rule("relative_quarter", r"الربع\s+(?P<rel>{REL})(?:\s+(?:من\s+(?:ال)?|لل)(?:عام|سنه)(?:\s+(?:الحالي|الجاري))?)?",
         lambda m: Partial("date", unit="quarter", relation=relation(m["rel"])), reach=(10, 40), triggers=('QUARTER',),
         needs=('REL',)),
    Rule("season", r"(?:فصل\s+)?(?:(?P<this>هذا|هذه)\s+)?(?P<season>{SEASON})(?:\s+(?P<rel>{REL})|" + year_x("year") + r")?", p_season, reach=(15, 25), triggers=('SEASON',)),
    Rule("decade", r"(?:(?P<part>{PART})\s+(?:من\s+)?)?(?:(?:سنوات|عقد|حقبه)\s+)?(?:ال)?(?P<decade>{DECADE})(?:\s+و\s*(?:ال)?(?P<decade2>{DECADE}))?(?:\s+(?:من\s+)?(?P<century>{CENTURY}))?",
         p_decade, reach=(30, 40), triggers=('DECADE',)),
    # «في بداية الألفية الجديدة»، «مطلع الألفية الثالثة»: the first decade of the 2000s (as the gold reads it)
    Rule("millennium_start", r"(?:بدايه|مطلع|اوائل|فجر)\s+(?:من\s+)?(?:ال)?الفيه\s+(?:الجديده|الثالثه|الحاليه)(?!\w)",
         lambda m: Partial("date", decade=0, century=20), reach=(5, 40), triggers=('PART',)),
    Rule("century", r"(?:(?P<part>{PART})\s+(?:من\s+)?)?(?P<century>{CENTURY})", p_century, reach=(25, 20), triggers=('CENTURY',)),
    Rule("feast", r"(?:(?P<nth>اول|ثاني|ثالث|رابع)\s+ايام\s+)?(?P<feast>{FEAST})(?:\s+(?P<rel>{REL})|"
         + year_x("year") + r"|\s+(?:(?:المبارك|السعيد)\s+)?(?:يوم\s+)?(?P<fwd>{WD})(?:\s+{REL})?(?!\s*\d))?", p_feast, reach=(14 + _trigger_offset(FEASTS), 30),
         triggers=('FEAST',)),
    Rule("offset", r"(?P<dir>قبل|بعد)(?P<after_it>ها|ه\s+ب|ها\s+ب)?\s*(?:مرور\s+|حوالي\s+|نحو\s+)?(?:(?P<num>{NUM})(?:\s+|(?<=\d)))?(?P<unit>{UNIT})(?:\s+(?:واحد|واحده)(?!\w))?(?P<offfrac>(?>{FRAC}))"
         r"(?!(?:\s+(?:فقط|تقريبا|بالضبط|كامله|كاملين|كاملا|واحد|واحده))?\s+(?:من\s+(?!(?:الان|اليوم|الحين)(?!\w))|على\s+(?!(?:يد|ايدي)(?!\w)))|\s+{REL})",
         p_offset, reach=(0, 60), triggers=('OFFSET',), needs=('UNIT',)),
    Rule("first_months", r"(?:(?:ال\s*)?(?:(?P<num>{NUM})\s+(?:ال)?(?:اشهر|شهور)|(?:ال)?(?:اشهر|شهور)\s+(?:ال)?(?P<num2>{NUMW}))\s+"
         r"(?P<which>الاولي|الاخيره)|(?:ال)?(?P<dual>شهرين|شهران)\s+(?P<which2>الاولين|الاوليين|الاولان|الاخيرين|الاخيران))\s+من\s+(?:(?:ال)?(?:عام|سنه)(?:\s+(?P<rel>{REL}))?(?:\s+(?P<year>{YEAR}))?|(?P<year2>{YEAR}))",
         p_first_months, reach=(25, 60), triggers=('UNIT',), needs=('FIRST_LAST',)),
    Rule("past_or_next_n", r"(?:(?P<defnum>ال\s*|ل)?(?P<num>{NUM})\s+)?(?P<unit>(?:ال)?{UNIT})(?:\s+(?P<num2>(?:ال)?(?:\d+|{NUMW}(?:\s+و\s*(?:ال)?{NUMW})?)))?\s+"
         r"(?P<rel>{REL}|" + "|".join(LAST) + ")", p_past_or_next_n, reach=(70, 20), triggers=('REL', 'LAST'), needs=('UNIT',)),
    Rule("duration", r"(?:(?:اكثر|اقل|ازيد)\s+من\s+)?(?:(?P<defnum>ال|ل)(?=[^\W\d]))?(?P<num>{NUM})(?:\s+|(?<=\d))(?P<unit>{UNIT}){FRAC}", p_duration, reach=(45, 30), triggers=('UNIT',),
         needs=('NUMBER', 'NUMBER_WORD')),
    Rule("dual_duration", r"(?:(?:اكثر|اقل|ازيد)\s+من\s+)?(?P<unit>{UNIT}){FRAC}", p_dual_duration, reach=(15, 30), triggers=('DUAL_UNIT',)),
    Rule("one_unit", r"(?P<unit>{UNIT})\s+(?:واحد|واحده)(?!\w)", p_single_duration, reach=(15, 15), triggers=('UNIT',), needs=('ONE',)),
    Rule("fraction_of_unit", r"(?:(?:اكثر|اقل|ازيد)\s+من\s+)?(?P<frac>نصف|ربع|ثلث)\s+(?P<unit>ساعه|قرن|عقد)(?!\s+(?:ال|{WD}))",
         p_fraction_of_unit, reach=(20, 10), triggers=('UNIT',), needs=('FRACTION',)),
    Rule("single_duration", r"(?:(?:اكثر|اقل|ازيد)\s+من\s+(?P<m1>(?P<unit>{UNIT}){FRAC2})|(?:" + "|".join(DURATION_INTRO) + r")\s+"
         r"(?P<m>(?P<unit2>{UNIT}){FRAC}))(?!\s+(?:{MONTH}|ال))", lambda m: p_single_duration_any(m), reach=(0, 25), triggers=('DURATION_INTRO',), needs=('UNIT',)),
    # «وكان لافتا في خطبة هذا العيد …»: the feast the article named before it (engine.py; none named: no date)
    Rule("this_feast", r"(?:هذا|هذه)\s+(?:العيد|الاعياد)(?!\s+(?:ال|{REL}))", lambda m: Partial("date", relation="SAME_THIS"),
         reach=(10, 15), triggers=('THE_FEAST',)),
    # «قبل الإعلان النهائي لقوائم المرشحين بأسبوع»، «قبل انطلاق الموسم بشهر»: the gap between two happenings,
    # one unit glued to بـ after «قبل/بعد» and the happening (a length, as «بيومين»; not «قبل ذلك بأسبوع», anchored)
    Rule("gap_before_event", r"(?:قبل|بعد)\s+(?!(?:ذلك|ذاك|تلك)(?!\w))(?:[^\W\d]+\s+){{1,4}}?ب(?!ال)(?P<m>(?P<unit2>{UNIT}){FRAC})"
         r"(?!\w|\s+(?:{MONTH}|ال|من))", lambda m: p_single_duration_any(m), reach=(60, 25), triggers=('GAP_UNIT',)),
    # «استغرق تصوير الفيلم شهرا»، «واستمر الاجتماع ساعة»: one unit after a verb of lasting (and its subject: a
    # definite word, or a construct ending in one)
    Rule("lasting", r"(?:{LASTING})(?:\s+(?:[^\W\d]+\s+)?ال[^\W\d]+)?\s+(?:ل\s*)?(?P<m>(?P<unit2>{UNIT})(?:\s+واحد[اه]?(?!\w))?{FRAC})(?!\s+(?:{MONTH}|ال))",
         lambda m: p_single_duration_any(m), reach=(30, 35), triggers=('LASTING',), needs=('UNIT',)),
    # «هبط المؤشر لأدنى مستوياته في عام»، «بلغ الدولار أدنى سعر في أسبوع»: the span a record is counted over
    Rule("record_in_unit", r"(?:ادني|اعلي)\s+(?:[^\W\d]+\s+){{1,3}}?في\s+(?P<m>(?P<unit2>{UNIT}){FRAC})(?!\s*(?:\d|ال|{MONTH}))",
         lambda m: p_single_duration_any(m), reach=(50, 25), triggers=('RECORD',), needs=('UNIT',)),
    Rule("every", r"كل\s+(?:(?P<num>{NUM})\s+(?P<nunit>{UNIT})|(?P<dual>{UNIT})(?=\s|$|[^\w])(?<=ين)|(?:يوم\s+)?(?P<wd>(?:{WD}|{WDBARE})(?:\s*(?:و|،|,)\s*(?:{WD}|{WDBARE}))*)(?:\s+من\s+كل\s+اسبوع)?|"
         r"(?P<season>{SEASON})|(?P<unit>يوم|اسبوع|شهر|عام|سنه|ساعه)(?!\s+(?:{WD}|{WDBARE}))|(?P<dp>صباح|مساء|ليله|ظهر|عصر|فجر)(?!\s+(?:{WD}|{RELDAY}|ال)))",
         p_every, reach=(5, 60), triggers=('EVERY',), needs=('WD', 'SEASON', 'UNIT', 'EVERY_DAYPART')),
    Rule("per_unit", r"(?P<m>في\s+(?P<unit>(?:ال)(?:اسبوع|شهر|عام|سنه|يوم)))(?!\s*(?:ال|{REL}|\d|[,،]?\s*{YEAR}|نفس|ذات))",
         p_per_unit, reach=(10, 5), triggers=('RELUNIT', 'RELDAY')),
    Rule("set_word", r"(?P<word>{SETWORD})", p_set_word, reach=(30, 30), triggers=('SETWORD',)),
    Rule("vague", r"(?P<word>{VAGUE})", p_vague, reach=(30, 30), triggers=('VAGUE',)),
]


def p_single_duration_any(m: re.Match) -> Partial | None:
    text = group(m, "unit") or group(m, "unit2")
    unit, count = unit_and_count(text)
    if count != 1 or unit == "decade" and not group(m, "frac"):
        return None
    if _repeats_unit(m, text):
        return None  # «يوما بعد يوم», «عاما بعد عام»: little by little, no length of time
    return Partial("duration", amount=1 + _fraction(m), unit=unit)





# Word classes for the prefilter (scan.py): a rule runs only in windows around words of its
# trigger classes, and only where the words its `needs` classes name are there too. A class lists
# the longest word of each lexicon entry; scan.py adds the proclitic forms. The number shapes
# NUMBER (any number), NUMERIC (a number before a date separator), YEAR (four digits), ISO (four
# digits and a hyphen) and HHMM are recognised in scan.py.
TRIGGERS: dict[str, set[str]] = {
    "MONTH": _trigger_words(MONTHS),
    "WD": set(WEEKDAYS) | set(WEEKDAYS_BARE),
    "RELDAY": _trigger_words(RELATIVE_DAYS),
    "UNIT": set(UNITS) | {"ال" + w for w in UNITS},
    "RELUNIT": {"الاسبوع", "الشهر", "العام", "السنه", "لعام", "لسنه", "لشهر", "لاسبوع"},
    "PART": _trigger_words(PARTS),
    "SEASON": set(SEASONS),
    "DECADE": set(DECADES) | {"ال" + w for w in DECADES},
    "CENTURY": {"القرن"},
    "FEAST": _trigger_words(FEASTS),
    "SETWORD": set(SETS),
    "VAGUE": _trigger_words(VAGUE),
    "CLOCK": {"ساعه", "الساعه"} | _trigger_words(HOUR_WORDS),
    "QUARTER": {"الربع", "النصف", "الثلاثي", "السداسي", "السداسيه"},
    "EVERY": {"كل"},
    "EVERY_DAYPART": {"صباح", "مساء", "ليله", "ظهر", "عصر", "فجر"},  # «كل صباح»
    "WEEKEND": {"نهايه"},
    "COLLOQUIAL_PART": {"نص"},
    "SAME": {"نفس", "ذات"},
    "PERIOD": {"الفتره"},
    "HOLY": {"شهر"},
    "HOLY_EPITHET": {"الفضيل", "الصيام", "الصوم", "الكريم", "المبارك"},
    "NTH": {"اول", "ثاني", "ثالث", "رابع", "خامس", "اخر"},
    "FIRST_LAST": {"الاولي", "الاخيره", "الاولين", "الاوليين", "الاولان", "الاخيرين", "الاخيران"},  # «الأشهر الثلاثة الأولى»: any first_months match holds one
    "WEEK": {"اسبوع", "الاسبوع"},
    "FIRST_LAST_DAY": {"اول", "اخر", "الاول", "الاخير"},  # «أول يوم من»، «اليوم الأخير من»
    "THAT": {normalize(w) for w in ("يومها", "يومذاك", "يومئذ")},
    "TONIGHT": {"الليله"},
    "THE_FEAST": {"العيد", "الاعياد"},
    "GAP_UNIT": {"ب" + w for w, row in UNITS.items() if row["count"] == "1" and not w.startswith("ال")},  # «بأسبوع»
    "DEFINITE_DAYPART": {"الليله", "الصباح", "المساء"},
    "NUMBER_WORD": set(NUMBERS) | {"ال" + w for w in NUMBERS},  # «الثلاثة عقود»
    "DAY_ORDINAL": set(DAY_ORDINALS) | set(DAY_TENS),
    "UNIT_CONTEXT": {"خلال", "طيله", "طوال", "لاحق", "متاخر", "سابق"},
    "OFFSET": {"قبل", "بعد", "قبلها", "بعدها", "قبله", "بعده"},
    "REL": _trigger_words(RELATIONS),
    "LAST": set(LAST),
    "DUAL_UNIT": {w for w, row in UNITS.items() if row["count"] == "2"},
    "DURATION_INTRO": set(DURATION_INTRO) | {"اكثر", "اقل", "ازيد"},  # and «أكثر من شهر»
    "ONE": {"واحد", "واحده"},
    "LASTING": set(LASTING_VERBS),
    "RECORD": {"ادني", "اعلي"},
    "FRACTION": {"نصف", "ربع", "ثلث"},
}


def expand(pattern: str) -> str:
    """The regular expression of a rule: placeholders filled, literal words normalised like the text."""
    return normalize(pattern.format(**FRAGMENTS))


# ---------------------------------------------------------------- compiled patterns, kept on disk

def compile_cached(patterns: list[str], name: str) -> list[re.Pattern]:
    """re.compile() of each pattern, with what the regex compiler makes of them kept on disk.

    The rules and the scan's word list are large alternations: the re module's parser and compiler
    (pure Python) take 0.15 s over them, a sixth of `timeline extract` on 1,400 articles. A compiled
    pattern cannot be pickled, but the compiler's output can (code words, group names): it is kept
    (diskcache.kept) and handed to _sre.compile() as re.compile() would, in a few milliseconds.
    Whatever goes wrong falls back on re.compile()."""
    try:
        import _sre
        from array import array

        if array(_CODE_WORD).itemsize != _sre.CODESIZE:  # pragma: no cover - an unusual build
            raise ValueError("no array type for the code words")
        key = "\0".join([str(_sre.MAGIC), str(_sre.CODESIZE), "code words as bytes", *patterns])
        parts = kept(name, key, lambda: [_sre_parts(pattern) for pattern in patterns],
                     valid=lambda stored: isinstance(stored, list) and len(stored) == len(patterns))
        # the code words are kept as the bytes of an array: read back 2x faster than a list of ints
        return [_sre.compile(pattern, flags, array(_CODE_WORD, code).tolist(), *rest)
                for pattern, (flags, code, *rest) in zip(patterns, parts)]
    except Exception:  # pragma: no cover - another regex compiler, or a stored value _sre refuses
        return [re.compile(pattern) for pattern in patterns]


_CODE_WORD = "I"  # array type code of sre's code words (CODESIZE 4 bytes)


def _sre_parts(pattern: str) -> tuple:
    """What re._compiler.compile() passes to _sre.compile() after the pattern, as plain values
    (private modules of CPython 3.11+: any change there makes compile_cached fall back on re.compile)."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, 0)
    code = _compiler._code(parsed, 0)
    state = parsed.state
    indexgroup = [None] * state.groups
    for group_name, index in state.groupdict.items():
        indexgroup[index] = group_name
    from array import array

    return (int(state.flags), array(_CODE_WORD, code).tobytes(), state.groups - 1, dict(state.groupdict),
            tuple(indexgroup))
