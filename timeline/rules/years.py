"""Productions of years and the periods counted in them: a year (and when a bare four-digit number is
one, not a quantity or a label), decades, centuries, quarters and halves, seasons.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..normalize import LETTER, normalize
from ..partial import Partial
from .values import _CLAUSE_END, _WORDS, group, relation, start_of, year_of
from .words import CENTURIES, DECADES, NATIONS, PARTS, SEASONS, _key


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


def _plan_label(m: re.Match) -> bool:
    """A year right after a country name with a plan word a few words before it: «تونس 2020», «مصر 2030»."""
    before = _WORDS.findall(m.string, max(0, start_of(m) - 80), start_of(m))
    if not before or before[-1] not in NATIONS:
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
