"""What a relative day counts from: the day told before, the quotation's frame, a shared relation, a feast."""
from __future__ import annotations

import re
from datetime import date

from . import lexicon
from .match import Found
from .normalize import normalize
from .named_days import weekday_date
from .resolved import Resolved
from .sentence_bounds import last_stop_before
from .year_context import after_since


SHARED_RELATIONS = {row["word"] for row in lexicon.table("relations") if row.get("shared") == "yes"}
COORDINATORS = {normalize(word) for word in ("و", "أو", "او")}


def shared_relation(text: str, index: int, found: list[Found]) -> str | None:
    """The relation a unit takes from the next one when a dual or plural relation word ends that one and only
    «و»/«أو» stands between them: two months, or two weekdays (lexicon relations.tsv, column shared)."""
    if index + 1 >= len(found):
        return None
    item, following = found[index], found[index + 1]
    p, q = item.partial, following.partial
    if (p.kind != "date" or p.relation is not None or p.year is not None or p.day_offset is not None
            or q.kind != "date" or q.relation is None or item.sentence != following.sentence):
        return None
    if not ((p.weekday is not None and q.weekday is not None and p.month is None and q.month is None)
            or (p.month is not None and q.month is not None and p.day is None and q.day is None
                and p.calendar == q.calendar)):
        return None
    if normalize(text[item.end:following.start]).strip() not in COORDINATORS:
        return None
    words = normalize(following.text).split()
    return q.relation if words and words[-1] in SHARED_RELATIONS else None


def order_shared_days(found: list[Found], resolved: list, shared_pairs: list[int]) -> None:
    """Two weekdays sharing a relation follow each other: «الثلاثاء والأربعاء القادمين» written on a Tuesday are
    next week's Tuesday and the Wednesday after it (not tomorrow); «السبت والأحد الماضيين» written on a Sunday are
    the Saturday and Sunday of the week before. The later one moves on (NEXT) or the earlier one back (PREV).
    Months keep the relation's own reading (rule 1): «شهري يناير ومارس الماضيين» written on 1 March 2017 is
    January 2017 and March 2016, as the example corpus has it."""
    for index in shared_pairs:
        first, second = resolved[index], resolved[index + 1]
        if (first is None or second is None or first.grain != "day" or second.grain != "day"
                or found[index].partial.weekday is None or first.span[0] < second.span[0]):
            continue
        ahead = found[index + 1].partial.relation in ("NEXT", "AFTER_NEXT")
        moved, other = (index + 1, first) if ahead else (index, second)
        day = weekday_date(found[moved].partial.weekday, "NEXT" if ahead else "PREV", None, other.span[0])
        resolved[moved] = resolved[moved]._replace(value=day.isoformat(), span=(day, day))


SHORT_UNITS = ("day", "week")


REPORTED_REACH = 200  # … for the clause that may report it
# «ابتداء من منتصف الليلة»، «حتى الليلة»: a start or an end ahead, whatever the announcing verb's tense
FROM_TONIGHT = re.compile(normalize(r"(?<!\w)(?:من|منتصف|حتى|ابتداء|اعتبارا|بداية)\s+(?:\S+\s+)?$"))
OFFSET_LEAD = re.compile(r"بعد\s*(?:مرور\s+)?")
# a complementiser or a reporting «قال» between the clause's start and the offset: «أعلن أن القرار يدخل حيز
# التنفيذ بعد أسبوعين» reports what will be, whatever the reporting verb's tense
_REPORTED = re.compile(normalize(r"(?<!\w)(?:[وف]?(?:أن|إن|ان)|بأن|لأن)(?!\w)"))


# a present verb just before the offset tells of what is to come: «والذي ينتهي تعاقده مع تشيلسي بعد 18 شهرا»
# (تـ also opens past verbs of forms V and VI: «وتوفي بعد يومين»، «تم»، «تعرض»، «تمكن»، «تلقى»، «تولى»)
_PRESENT_NEAR = re.compile(r"(?<!\w)[وف]?(?:ي\w{2,}|ت(?!م(?!\w)|وفي|عرض|مكن|لقي|ولي)\w{2,})(?:\s+\S+){0,4}\s*$")


def in_reported_clause(text: str, item: Found) -> bool:
    lo = last_stop_before(text, item.start, REPORTED_REACH)
    before = normalize(text[lo:item.start])
    clause = re.split(r"[،,]", before)[-1]
    return _REPORTED.search(before) is not None or _PRESENT_NEAR.search(clause) is not None


def after_dated_day(item: Found, partial, where: Found, value: Resolved, dct: date) -> bool:
    """«أعيد انتخابه يوم 29 مايو الماضي لكنه أعلن تنحيه بعد أربعة أيام»: a few days or weeks after a past day the
    same sentence names count from that day (RESOLUTION.md: an expression anchored to another date)."""
    return (where.sentence == item.sentence and partial.offset[0] > 0 and partial.offset[1] in SHORT_UNITS
            and value.grain == "day" and where.partial.day_offset is None and value.span[0] < dct)


SAME_DAY_PARAGRAPHS = 3  # «وأعلنت بكين في اليوم ذاته» may come a few short news paragraphs after the day


QUOTE_MARKS = (('"', '"'), ("«", "»"), ("“", "”"))
SENTENCE_ENDS = (". ", "! ", "؟ ", "? ")  # (a reporting clause is found by rfind over the text: a stop and its space)
QUOTE_FRAME_REACH = 200  # characters before a quotation where its reporting clause («وقال …، الجمعة:») stands


def quote_frame_day(text: str, item: Found, found: list[Found], resolved: list) -> date | None:
    """The day of the reporting clause of the quotation a relative day stands in, if that clause names one.

    A quotation is open when its paragraph has an odd number of " before the expression, or more
    «/“ than »/”; its clause is the text just before the opening mark, back to the paragraph's start."""
    paragraph_start = text.rfind("\n", 0, item.start) + 1
    before = text[paragraph_start:item.start]
    opening = -1
    for mark, closing in QUOTE_MARKS:
        if (before.count(mark) % 2 == 1) if mark == closing else before.count(mark) > before.count(closing):
            opening = max(opening, paragraph_start + before.rfind(mark))
    if opening < 0:
        return None
    # the clause starts after the last quotation closed before this one, and after its sentence's start
    frame_start = max(paragraph_start, opening - QUOTE_FRAME_REACH,
                      *(text.rfind(mark, 0, opening) + 1 for pair in QUOTE_MARKS for mark in pair),
                      *(text.rfind(end, 0, opening) + 1 for end in SENTENCE_ENDS))
    for earlier, value in zip(reversed(found[:len(resolved)]), reversed(resolved)):
        if earlier.end > opening:
            continue
        if earlier.start < frame_start:
            return None
        if value is not None and value.grain in ("day", "time") and value.span is not None \
                and value.type in ("DATE", "TIME") and value.span[0] == value.span[1]:
            return value.span[0]
    return None


DATE_APPOSITION = {"", "في", "،", ","}


def dated_by_next(text: str, found: list[Found], resolved: list) -> None:
    """«سيترأس وفدا إلى أثيوبيا غدا في 14 تموز/يوليو»: a relative day followed by the date it stood for
    (a quoted tweet, a statement of the day before) is that date."""
    for index in range(len(found) - 1):
        item, following = found[index], found[index + 1]
        if item.partial.kind != "date" or item.partial.day_offset is None or resolved[index] is None:
            continue
        later = resolved[index + 1]
        if (following.partial.day is not None and following.partial.month is not None and later is not None
                and later.grain == "day" and text[item.end:following.start].strip() in DATE_APPOSITION):
            resolved[index] = later


# «اليوم الاثنين الذي يصادف عيد الفطر»، «صبيحة اليوم، المصادف لعيد الفطر»: the feast is the day named before it
# (the country's sighting, not the Umm al-Qura table: rule 15, the written day wins)
_EQUATED = re.compile(normalize(r"\s*[،,]?\s*(?:الذي|التي)?\s*(?:يصادف|يوافق|تصادف|توافق|المصادف|الموافق|المصادفة|الموافقة)\s*ل?\s*"))


def feast_on_named_day(text: str, found: list[Found], resolved: list) -> None:
    for index in range(len(found) - 1):
        item, feast = found[index], found[index + 1]
        day, value = resolved[index], resolved[index + 1]
        if (feast.partial.feast_day is None or day is None or value is None or day.span is None
                or day.span[0] != day.span[1] or not _EQUATED.fullmatch(normalize(text[item.end:feast.start]))):
            continue
        named = day.span[0]
        if abs((named - value.span[0]).days) <= 2:  # the sighting moves a feast by a day or two, not more
            table_day = value.span[0]
            equated = Resolved("DATE", named.isoformat(), span=(named, named), grain="day")
            # the article's other mentions of that feast («مسيرة يوم عيد الفطر») fall on the day it named too
            for other, (item2, value2) in enumerate(zip(found, resolved)):
                if (item2.rule == "feast" and value2 is not None and value2.span == (table_day, table_day)
                        and item2.partial.feast_nth == 1):
                    resolved[other] = equated


def names_its_day(p) -> bool:
    return p.hour is None and (p.day_offset is not None or p.weekday is not None or p.day is not None)


RANGE_END_WORDS = {"حتى", "الى", "إلى", "غاية", "غايه", "لغاية", "لغايه"}


def range_start_day(text: str, item: Found, found: list[Found], resolved: list) -> date | None:
    """The day a bare weekday's range starts on, when the weekday ends a range («… إلى غاية يوم الأحد»)."""
    p = item.partial
    if p.kind != "date" or p.weekday is None or p.relation is not None or p.month is not None:
        return None
    index = len(resolved)
    if index == 0 or resolved[-1] is None or resolved[-1].grain not in ("day", "time") or found[index - 1].sentence != item.sentence:
        return None
    gap = text[found[index - 1].end : item.start].split()
    if not gap or len(gap) > 2 or not all(word in RANGE_END_WORDS for word in gap):
        return None
    return resolved[-1].span[1]


def coarser_date_since(text: str, last_date: tuple[Found, Resolved, bool] | None, last_day_item: Found,
                        last_day: Resolved) -> bool:
    """A date told after the last day told, and wholly before it, is coarser than a day: the text went back to an
    earlier year or month («سأنشر اليوم قصة … قبل عامين»; a day updates both, so a later last date is a week, month
    or year). A later period («وقال في الأول من آب "هذا الأسبوع …"») leaves the day told the one to point back to,
    and so does a point of comparison («منذ اكتشافه في 2015 يمكن مشاهدته … من ذلك اليوم»)."""
    return (last_date is not None and last_date[0].start > last_day_item.start
            and last_date[1].span[1] < last_day.span[0] and not after_since(text, last_date[0]))
