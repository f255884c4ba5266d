"""extract(): match, then resolve each match in text order with what the text said before it."""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, datetime

from . import calendar_math as cm
from . import lexicon
from .match import Found, find
from .model import Article, Mention
from .normalize import normalize
from .partial import Partial
from .sentence_bounds import FULL_STOP, last_stop_before
from .resolve import ANAPHORIC, YEAR_STEP, Resolved, Unresolvable, resolve, weekday_date


def extract(text: str, published: date | datetime, title: str = "") -> list[Mention]:
    """Every time expression of an article, resolved against its publication date.

    Mentions in `title` come first, with field="title" and offsets into the title.
    """
    dct = published.date() if isinstance(published, datetime) else published
    mentions = _resolve_all(title, dct, "title") if title else []
    return mentions + _resolve_all(text, dct, "text")


def extract_article(article: Article) -> list[Mention]:
    return extract(article.text, article.published_date, article.title)


def _resolve_all(text: str, dct: date, field: str) -> list[Mention]:
    found = find(text)
    if not found:
        return []
    sentence_dates = _explicit_dates_by_sentence(text, found)
    sentence_years: dict[int, int] = {}  # the first Gregorian year written so far in each sentence
    resolved: list[Resolved | None] = []
    last_date: tuple[Found, Resolved, bool] | None = None  # (where, value, counts from the text, not the DCT)
    last_day: Resolved | None = None
    last_day_item: Found | None = None
    story: tuple[Found, date] | None = None  # the last month written with its year («أوت 2011»), not after «منذ»
    shared_pairs: list[int] = []  # indexes of items that took the relation of the unit coordinated after them
    for item in found:
        partial = item.partial
        relation = _shared_relation(text, len(resolved), found)
        if relation is not None:
            # «في حزيران/يونيو وتموز/يوليو المقبلين»، «الثلاثاء والأربعاء القادمين»: the plural relates both
            partial = partial.with_(relation=relation)
            shared_pairs.append(len(resolved))
        anchor = None
        if partial.offset is not None and last_date is not None:
            where, value, textual = last_date
            # a story's «بعد ثلاث سنوات» counts from its last (past) year; «قبل ثلاث سنوات» (ago) from the DCT;
            # a target year ahead («بحلول عام 2030») starts no story: «فبعد حوالي ثلاث سنوات» counts from the DCT
            narrative = partial.offset[0] > 0 and item.paragraph - where.paragraph <= 1
            if partial.anchored or (textual and narrative and value.span[0].year < dct.year):
                anchor = value
            elif _after_dated_day(item, partial, where, value, dct):
                anchor = value
        if partial.same_day_as_anchor:
            anchor = last_day
        near = last_date is not None and item.paragraph - last_date[0].paragraph <= 1
        if (partial.unit == "day" and partial.relation in ("PRECEDING", "FOLLOWING") and last_day_item is not None
                and _HAPPENING_DAY.search(normalize(text[last_day_item.end:item.start]))):
            # «خرجت يوم الحادث تصرخ … حتى وصلهم الخبر في اليوم التالي»: the day after a happening's day the text
            # does not date, no calendar day
            resolved.append(None)
            continue
        if (partial.unit is not None or partial.season is not None or partial.month is not None) \
                and partial.relation in ANAPHORIC and near:
            anchor = last_date[1]  # «وفي العام التالي» after «عام 2010»; «في الشتاء التالي» after «يناير 2014»
        elif partial.unit == "day" and partial.relation in ("PRECEDING", "FOLLOWING"):
            if (last_day_item is not None and item.paragraph - last_day_item.paragraph <= SAME_DAY_PARAGRAPHS
                    and not _coarser_date_since(text, last_date, last_day_item, last_day)):
                anchor = last_day  # «والثلاثاء، واصل التجار الإضراب … وفي اليوم السابق، دارت مواجهات»
            else:
                # nor after an earlier period told since the last day («مسيرة أمس السبت … غرق الأسبوع الماضي …
                # "حتى وصلتنا خبارو اليوم التالي"»)
                # «حتى وصلتنا خبارو اليوم التالي» in a story with no day told nearby: the day after what the text
                # does not date, no calendar day (never the day after publication)
                resolved.append(None)
                continue
        if partial.relation in ("SAME", "SAME_THIS"):  # «اليوم نفسه»: the day (month, year) told last, nearby
            anchor = None
            if partial.unit == "day":
                # «هذا اليوم» points back to the day the article told, however far; «اليوم نفسه» to one nearby
                if last_day_item is not None and (partial.relation == "SAME_THIS"
                                                  or item.paragraph - last_day_item.paragraph <= SAME_DAY_PARAGRAPHS):
                    anchor = last_day
                if partial.relation == "SAME" and last_day_item is not None and (
                        _coarser_date_since(text, last_date, last_day_item, last_day)
                        or _on_a_programme_day(text, last_day_item.end, item.start)):
                    # «قبل عامين بالضبط، لعب المنتخب … وخرجنا يومها بهزيمة»: «يومها» is the day of the date told
                    # last; a year or a month holds no one day (rule 8: no invented date), nor does «اليوم ذاته»
                    # after «برنامج اليوم الثاني», a day the text does not date
                    anchor = None
            elif near:
                anchor = last_date[1]
        if partial.year_relation in ANAPHORIC and near and partial.calendar == "gregorian":
            # «في سبتمبر من العام التالي» after «ديسمبر 2016» is September 2017
            year = last_date[1].span[0].year + ANAPHORIC[partial.year_relation]
            partial = partial.with_(year=year, year_calendar="gregorian", year_relation=None)
        if (partial.kind == "date" and partial.month is not None and partial.year is None
                and partial.relation is None and partial.year_relation is None):
            if _continues_range(text, item, found, resolved):
                # «30 سبتمبر حتى 4 نوفمبر»: the second date follows the first, it does not start a new tense
                previous = resolved[-1].span[1]
                year = previous.year + (1 if partial.month < previous.month else 0)
                partial = partial.with_(year=year, year_calendar=partial.calendar)
            elif item.sentence in sentence_dates:
                year = _sentence_year(partial, sentence_dates[item.sentence])
                if year is not None:
                    partial = partial.with_(year=year, year_calendar=partial.calendar)
            elif _continues_story(item, partial, story, dct):
                # «نادى أوباما في أوت 2011 برحيل الأسد. وبحلول سبتمبر …»: a past story goes on in its year
                partial = partial.with_(year=story[1].year, year_calendar="gregorian")
        if ((partial.quarter is not None or partial.half is not None) and partial.year is None
                and partial.relation is None and item.sentence in sentence_years):
            # «النصف الأول من عام 2017 … وفي الربع الأول من العام ذاته»: the year the sentence gave before it
            partial = partial.with_(year=sentence_years[item.sentence])
        if partial.same_period:
            period = _sentence_period(item, found, resolved)
            value = _same_period(partial, period, dct)
            resolved.append(value)
            continue
        written = item.partial
        if (written.kind == "date" and written.year is not None and written.calendar == "gregorian"
                and (written.year_calendar or "gregorian") == "gregorian"):
            sentence_years.setdefault(item.sentence, written.year)
            if written.month is not None and written.until is None and not _after_since(text, item):
                story = (item, date(written.year, written.month, 1))
        if (partial.offset is not None and partial.offset[0] > 0 and anchor is None and not partial.anchored
                and partial.tense == "PAST" and not _in_reported_clause(text, item)):
            # «وتوفي بعد يومين في المستشفى»: a story's «بعد» counts from a happening the text does not date, not
            # from the publication: a length of time, as the gold keeps «بعد أسبوع من فوزه» (never a date ahead)
            amount, unit = partial.offset
            resolved.append(resolve(Partial("duration", amount=amount, unit=unit), dct))
            continue
        if item.rule == "this_feast":  # «خطبة هذا العيد»: the feast named last, if the article named one
            resolved.append(next((value for earlier, value in zip(reversed(found[:len(resolved)]), reversed(resolved))
                                  if earlier.rule == "feast" and value is not None and value.grain == "day"), None))
            continue
        if (item.rule == "tonight" and partial.tense == "PAST" and partial.day_offset == 0
                and not _FROM_TONIGHT.search(normalize(text[max(0, item.start - 25):item.start]))):
            # «جرى تحريرها الليلة»، «قتل ثلاثة أشخاص الليلة»: news tells the night that ended the morning it is
            # written, the one before the publication day
            partial = partial.with_(day_offset=-1)
        until = _range_start_day(text, item, found, resolved)
        if until is not None:
            # «من مساء اليوم الجمعة إلى غاية يوم الأحد»: the end of a range is the first such day after its start
            partial, base = partial.with_(tense="FUTURE"), until
        else:
            base = dct
            if partial.day_offset is not None:
                # «قال ترامب، الجمعة: "صدقت اليوم على …"»: a quoted «اليوم» is the day the words were said
                base = _quote_frame_day(text, item, found, resolved) or dct
        try:
            # a clock time waits for its sentence's day; «مساء غد السبت» names its own day
            value = None if partial.kind == "time" and not _names_its_day(partial) else resolve(partial, base, anchor)
        except Unresolvable:
            value = None
        resolved.append(value)
        if value is not None and value.span is not None and value.type == "DATE" and not value.value.endswith("_REF"):
            textual = value.explicit_year or (anchor is not None and last_date is not None and last_date[2])
            # «أول حدث كبير منذ كأس العالم 2006»: a point of comparison tells no story to count on from
            last_date = (item, value, textual and not _after_since(text, item))
            if value.grain == "day":
                last_day, last_day_item = value, item
    _order_shared_days(found, resolved, shared_pairs)
    _dated_by_next(text, found, resolved)
    _feast_on_named_day(text, found, resolved)
    days_by_sentence = _days_by_sentence(found, resolved)
    late_sentences = {item.sentence for item, value in zip(found, resolved)
                      if value is not None and value.value.endswith(LATE_PARTS)}
    mentions = []
    last_clock: tuple[Found, Resolved] | None = None  # the last clock time told, for a bare hour after it
    for item, value in zip(found, resolved):
        if item.partial.kind == "time" and value is None:
            partial = item.partial
            if item.sentence in late_sentences and _bare_hour(partial) \
                    or _bare_hour(partial, utc=True) and _evening_happening(text, item):
                # «المباراة الليلة على الساعة الثامنة إلا ربع»، «تنطلق المباراة على الساعة السابعة إلا ربع»: 19:45, 18:45
                partial = partial.with_(hour=partial.hour + 12)
            try:
                day = _sentence_day(item, days_by_sentence)
                if day is None and _on_a_programme_day(text, 0, item.start):
                    continue  # «وفي اليوم الرابع … من الساعة 5:30»: day N of a programme, not a day the text dates
                if day is None:
                    day = _story_day(text, item, found, resolved, dct)
                if day is None and _on_a_happening_day(text, item):
                    continue  # «يوم الكارثة في الساعة السابعة»: the undated day of a happening, not today
                value = resolve(partial, dct, sentence_day=day)
                if _later_than_afternoon_clock(item, partial, value, last_clock):
                    # «من الخامسة والنصف إلى السابعة مساء … أما عند الساعة الثامنة في اليوم ذاته»: 20:00
                    value = resolve(partial.with_(hour=partial.hour + 12), dct, sentence_day=day)
            except Unresolvable:
                value = None
        if value is None:
            continue
        if value.type == "TIME" and _CLOCK_VALUE.search(value.value):
            last_clock = (item, value)
        if item.rule == "offset" and value.type == "DURATION":  # the length without its «بعد» (extent rule)
            lead = _OFFSET_LEAD.match(item.text)
            item = item._replace(start=item.start + lead.end(), text=item.text[lead.end():]) if lead else item
        mentions.append(Mention(text=item.text, start=item.start, end=item.end, type=value.type, value=value.value,
                                mod=value.mod, span=value.span, grain=value.grain, approximate=value.approximate,
                                field=field, rule=item.rule))
    return _clock_of_a_set(text, _join_part_ranges(text, mentions))


def _clock_of_a_set(text: str, mentions: list[Mention]) -> list[Mention]:
    """«استقبال المواطنين الساعة الواحدة ظهر كل يوم اثنين»: a clock time right before a recurrence is its clock, one
    SET (TimeML: XXXX-WXX-1T13:00), not a time of the day the sentence tells."""
    joined: list[Mention] = []
    for mention in mentions:
        clock = joined[-1] if joined else None
        if (clock is not None and clock.type == "TIME" and mention.type == "SET" and "T" in clock.value
                and not text[clock.end:mention.start].strip()):
            at = clock.value[clock.value.index("T"):]
            base = mention.value if mention.value.startswith("X") else "XXXX-XX-XX"
            joined[-1] = Mention(text=text[clock.start:mention.end], start=clock.start, end=mention.end, type="SET",
                                 value=base + at, field=mention.field, rule="clock_set")
            continue
        joined.append(mention)
    return joined


# «بين نهاية 2006 ومطلع 2007»، «من أواخر مارس إلى بداية أبريل»: a range whose ends are parts of periods is one
# mention from the first day of the first to the last day of the second (RESOLUTION.md: a range is one mention)
_RANGE_OPEN = re.compile(normalize(r"(?:^|\s)(?:[وف]?(?:ما\s+)?بين|[وف]?من|[وف]?في\s+الفترة\s+(?:ما\s+)?بين)\s*$"))
_RANGE_JOIN = {normalize(word): opener for word, opener in (("و", "بين"), ("إلى", "من"), ("حتى", "من"))}


def _join_part_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    joined: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        if second is not None and (first.mod or second.mod) and _is_part_range(text, first, second):
            span = (first.span[0], second.span[1])
            joined.append(Mention(text=text[first.start:second.end], start=first.start, end=second.end, type="DATE",
                                  value=f"{span[0].isoformat()}/{span[1].isoformat()}", span=span, grain="day",
                                  approximate=first.approximate or second.approximate, field=first.field,
                                  rule="part_range"))
            index += 2
            continue
        joined.append(first)
        index += 1
    return joined


def _is_part_range(text: str, first: Mention, second: Mention) -> bool:
    if first.type != "DATE" or second.type != "DATE" or first.span is None or second.span is None:
        return False
    if first.grain not in ("month", "year") or second.grain not in ("month", "year"):
        return False
    if not first.span[1] < second.span[0] or second.span[0].year - first.span[1].year > 10:
        return False
    join = normalize(text[first.end:second.start]).strip()
    opener = _RANGE_JOIN.get(join)
    if opener is None:
        return False
    before = normalize(text[max(0, first.start - 25):first.start])
    m = _RANGE_OPEN.search(before)
    return m is not None and (opener == "بين") == ("بين" in m.group(0))


SHARED_RELATIONS = {row["word"] for row in lexicon.table("relations") if row.get("shared") == "yes"}
COORDINATORS = {normalize(word) for word in ("و", "أو", "او")}


def _shared_relation(text: str, index: int, found: list[Found]) -> str | None:
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


def _order_shared_days(found: list[Found], resolved: list, shared_pairs: list[int]) -> None:
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
SENTENCE_REACH = 400  # characters read back for the sentence before an expression (sentence_bounds: why not TextGeometry)
REPORTED_REACH = 200  # … for the clause that may report it
# «ابتداء من منتصف الليلة»، «حتى الليلة»: a start or an end ahead, whatever the announcing verb's tense
_FROM_TONIGHT = re.compile(normalize(r"(?<!\w)(?:من|منتصف|حتى|ابتداء|اعتبارا|بداية)\s+(?:\S+\s+)?$"))
_OFFSET_LEAD = re.compile(r"بعد\s*(?:مرور\s+)?")
# a complementiser or a reporting «قال» between the clause's start and the offset: «أعلن أن القرار يدخل حيز
# التنفيذ بعد أسبوعين» reports what will be, whatever the reporting verb's tense
_REPORTED = re.compile(normalize(r"(?<!\w)(?:[وف]?(?:أن|إن|ان)|بأن|لأن)(?!\w)"))


# a present verb just before the offset tells of what is to come: «والذي ينتهي تعاقده مع تشيلسي بعد 18 شهرا»
# (تـ also opens past verbs of forms V and VI: «وتوفي بعد يومين»، «تم»، «تعرض»، «تمكن»، «تلقى»، «تولى»)
_PRESENT_NEAR = re.compile(r"(?<!\w)[وف]?(?:ي\w{2,}|ت(?!م(?!\w)|وفي|عرض|مكن|لقي|ولي)\w{2,})(?:\s+\S+){0,4}\s*$")


def _in_reported_clause(text: str, item: Found) -> bool:
    lo = last_stop_before(text, item.start, REPORTED_REACH)
    before = normalize(text[lo:item.start])
    clause = re.split(r"[،,]", before)[-1]
    return _REPORTED.search(before) is not None or _PRESENT_NEAR.search(clause) is not None


def _after_dated_day(item: Found, partial, where: Found, value: Resolved, dct: date) -> bool:
    """«أعيد انتخابه يوم 29 مايو الماضي لكنه أعلن تنحيه بعد أربعة أيام»: a few days or weeks after a past day the
    same sentence names count from that day (RESOLUTION.md: an expression anchored to another date)."""
    return (where.sentence == item.sentence and partial.offset[0] > 0 and partial.offset[1] in SHORT_UNITS
            and value.grain == "day" and where.partial.day_offset is None and value.span[0] < dct)


LATE_PARTS = ("TEV", "TNI")  # a sentence dated «مساء اليوم» or «الليلة» …
LATE_HOURS = range(6, 12)  # … puts its bare 6 to 11 o'clock in the evening (1 to 5 at night may be after midnight)


def _bare_hour(p, utc: bool = False) -> bool:
    """A clock hour with no part of the day of its own («الساعة الثامنة», not «الثامنة صباحا»); `utc`: one told in
    GMT counts too («الساعة السابعة إلا ربع بتوقيت غرينتش»)."""
    return p.hour in LATE_HOURS and p.day_part is None and not p.pm and (utc or not p.utc) and p.day_offset is None


# A bare hour (1 to 11, no part of the day) told after a clock time at or past noon of the same day, in the
# same sentence or the one before it, is later that day when its afternoon reading comes at or after that
# time: an evening programme goes on («الساعة السابعة و45 دقيقة مساء … في الساعة التاسعة و29 دقيقة» is
# 21:29). Its morning reading would go back in time; one that cannot follow (22:00 then «الثانية») stays.
AFTERNOON_FROM = 12
AFTERNOON_REACH_SENTENCES = 1
_CLOCK_VALUE = re.compile(r"T(\d\d):(\d\d)")


def _later_than_afternoon_clock(item: Found, partial, value: Resolved | None,
                                last_clock: tuple[Found, Resolved] | None) -> bool:
    if (value is None or last_clock is None or partial.hour is None or not 1 <= partial.hour <= 11
            or partial.day_part is not None or partial.pm or partial.utc or partial.day_offset is not None):
        return False
    earlier, earlier_value = last_clock
    if (earlier.paragraph != item.paragraph or item.sentence - earlier.sentence > AFTERNOON_REACH_SENTENCES
            or earlier_value.span != value.span):
        return False
    hour, minute = (int(part) for part in _CLOCK_VALUE.search(earlier_value.value).groups())
    return hour >= AFTERNOON_FROM and (partial.hour + 12, partial.minute or 0) >= (hour, minute)


SAME_DAY_PARAGRAPHS = 3  # «وأعلنت بكين في اليوم ذاته» may come a few short news paragraphs after the day
PERIOD_GRAINS = ("month", "quarter", "half", "season", "day")


def _sentence_period(item: Found, found: list[Found], resolved: list) -> Resolved | None:
    """The last period of at least a month written before `item` in its sentence («النصف الأول 2018»)."""
    for earlier, value in zip(reversed(found[:len(resolved)]), reversed(resolved)):
        if earlier.sentence != item.sentence:
            return None
        if value is not None and value.type == "DATE" and value.span is not None and not value.value.endswith("_REF") \
                and value.grain in PERIOD_GRAINS and value.span[0].year == value.span[1].year \
                and (value.grain != "day" or value.span[0] != value.span[1]):
            return value
    return None


def _same_period(partial, period: Resolved | None, dct: date) -> Resolved | None:
    """«نفس الفترة من عام 2017» after «بنهاية النصف الأول 2018»: January to June 2017. A period ending
    a part (نهاية، حتى نهاية) runs from the start of its year (the year to date), as statistics do."""
    year = partial.year if partial.year is not None else dct.year + YEAR_STEP[partial.year_relation]
    bare = resolve(Partial("date", year=year, year_calendar="gregorian"), dct)
    if period is None:
        return bare
    first, last = period.span
    if period.mod == "END":
        first = date(first.year, 1, 1)
    try:
        first, last = first.replace(year=year), last.replace(year=year)
    except ValueError:  # 29 February
        return bare
    return Resolved("DATE", _period_value(first, last), span=(first, last), grain="month", explicit_year=True)


def _period_value(first: date, last: date) -> str:
    whole_months = first.day == 1 and last == cm.month_span(last.year, last.month)[1]
    if not whole_months:
        return f"{first.isoformat()}/{last.isoformat()}"
    if first.month == last.month:
        return f"{first.year:04d}-{first.month:02d}"
    if (first.month, last.month) in ((1, 6), (7, 12)):
        return f"{first.year:04d}-H{1 if first.month == 1 else 2}"
    if first.month % 3 == 1 and last.month == first.month + 2:
        return f"{first.year:04d}-Q{(first.month + 2) // 3}"
    return f"{first.year:04d}-{first.month:02d}/{last.year:04d}-{last.month:02d}"


RANGE_LINKS = {"حتى", "الى", "إلى", "و", "-", "او", "أو", "ثم"}


def _continues_range(text: str, item: Found, found: list[Found], resolved: list) -> bool:
    """Is this date written right after another date of its calendar, joined by حتى/إلى/و?"""
    index = len(resolved)
    if index == 0 or resolved[-1] is None or resolved[-1].grain not in ("day", "month"):
        return False
    previous = found[index - 1]
    if item.partial.calendar != previous.partial.calendar:
        return False
    gap = text[previous.end:item.start].split()
    return len(gap) == 1 and gap[0] in RANGE_LINKS


QUOTE_MARKS = (('"', '"'), ("«", "»"), ("“", "”"))
SENTENCE_ENDS = (". ", "! ", "؟ ", "? ")  # (a reporting clause is found by rfind over the text: a stop and its space)
QUOTE_FRAME_REACH = 200  # characters before a quotation where its reporting clause («وقال …، الجمعة:») stands


def _quote_frame_day(text: str, item: Found, found: list[Found], resolved: list) -> date | None:
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


def _dated_by_next(text: str, found: list[Found], resolved: list) -> None:
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


def _feast_on_named_day(text: str, found: list[Found], resolved: list) -> None:
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


STORY_SENTENCES = 2  # a story's year carries over this many sentences of its paragraph


def _continues_story(item: Found, partial, story: tuple[Found, date] | None, dct: date) -> bool:
    """Does a month without a year go on with a past story told just before, in the same paragraph
    and not before the story's month (a later month of that year), or the month right before it (a day told back
    from the story's day: «في 2 أكتوبر 2009 … تمت في 29 سبتمبر (أي قبل ثلاثة أيام من التصويت)»)?"""
    if story is None or partial.calendar != "gregorian" or partial.tense == "FUTURE":
        return False
    where, first = story
    return (first.year < dct.year and item.paragraph == where.paragraph
            and 0 < item.sentence - where.sentence <= STORY_SENTENCES and partial.month >= first.month - 1)


SINCE_WORDS = {"منذ", "ومنذ"}
SINCE_REACH = 4  # words between «منذ» and the date it governs («منذ كأس العالم 2006»)


def _after_since(text: str, item: Found) -> bool:
    words = text[max(0, item.start - 60):item.start].split()[-SINCE_REACH:]
    return any(word in SINCE_WORDS for word in words)


def _names_its_day(p) -> bool:
    return p.hour is None and (p.day_offset is not None or p.weekday is not None or p.day is not None)


RANGE_END_WORDS = {"حتى", "الى", "إلى", "غاية", "غايه", "لغاية", "لغايه"}


def _range_start_day(text: str, item: Found, found: list[Found], resolved: list) -> date | None:
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


# a date after «منذ» or a comparison word is a point of comparison, not the sentence's year: «زارها إلى موفى
# جانفي 182 ألف سائح (زيادة مقارنة مع جانفي 2016)» is January of the DCT's year
_COMPARED_BEFORE = re.compile(r"(?<!\w)(?:منذ|مقارن[ةه]\s*(?:بـ?|مع)|بالمقارن[ةه]\s*(?:بـ?|مع)|مقابل|قياسا\s*(?:بـ?|على|إلى))\s*$")


def _explicit_dates_by_sentence(text: str, found: list[Found]) -> dict[int, dict[str, tuple[int, date]]]:
    """For each sentence and calendar, the first date written with its year: (year, its first Gregorian
    day). A day-and-month without a year takes the year another date of its sentence states,
    unless that date is a point of comparison («أعلى مستوى منذ مارس 2015»)."""
    dates: dict[int, dict[str, tuple[int, date]]] = {}
    for item in found:
        p = item.partial
        if p.kind != "date" or p.year is None or p.month is None or p.until is not None:
            continue
        if (p.year_calendar or "gregorian") != p.calendar or item.sentence in dates and p.calendar in dates[item.sentence]:
            continue
        if _COMPARED_BEFORE.search(text, max(0, item.start - 16), item.start):
            continue
        try:
            first = (cm.hijri_to_gregorian(p.year, p.month, p.day or 1) if p.calendar == "hijri"
                     else date(p.year, p.month, p.day or 1))
        except (ValueError, OverflowError):
            continue
        dates.setdefault(item.sentence, {})[p.calendar] = (p.year, first)
    return dates


def _sentence_year(partial, dates: dict[str, tuple[int, date]]) -> int | None:
    """The year of a day-and-month from the dates of its sentence: a date of its own calendar gives its
    year; a date of the other calendar (the twin after الموافق) gives the year that falls nearest to it."""
    if partial.calendar in dates:
        return dates[partial.calendar][0]
    for _, near in dates.values():
        try:
            return cm.nearest_year(near, partial.calendar, partial.month, partial.day)
        except (ValueError, OverflowError):
            return None
    return None


def _days_by_sentence(found, resolved) -> dict[int, tuple[list[int], list[date]]]:
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


def _coarser_date_since(text: str, last_date: tuple[Found, Resolved, bool] | None, last_day_item: Found,
                        last_day: Resolved) -> bool:
    """A date told after the last day told, and wholly before it, is coarser than a day: the text went back to an
    earlier year or month («سأنشر اليوم قصة … قبل عامين»; a day updates both, so a later last date is a week, month
    or year). A later period («وقال في الأول من آب "هذا الأسبوع …"») leaves the day told the one to point back to,
    and so does a point of comparison («منذ اكتشافه في 2015 يمكن مشاهدته … من ذلك اليوم»)."""
    return (last_date is not None and last_date[0].start > last_day_item.start
            and last_date[1].span[1] < last_day.span[0] and not _after_since(text, last_date[0]))


def _sentence_day(item: Found, days_by_sentence) -> date | None:
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
_HAPPENING_DAY = re.compile(r"(?<!\w)يوم\s+(?:{})(?!\w)".format(
    "|".join(sorted((re.escape(normalize(w)) for w in lexicon.words("happening_days")), key=len, reverse=True))))


# «تنطلق المباراة على الساعة السابعة إلا ربع»: a match or a show held in the evening (lexicon evening_events.tsv)
_EVENING_HAPPENING = re.compile(r"(?<!\w)[وفلب]?(?:{})(?!\w)".format(
    "|".join(sorted((re.escape(normalize(w)) for w in lexicon.words("evening_events")), key=len, reverse=True))))
_MORNING = re.compile(normalize(r"(?<!\w)(?:ال)?(?:صباح|صباحا|فجر|فجرا|ظهر|ظهرا|الظهيره|زوال)(?!\w)"))


def _evening_happening(text: str, item: Found) -> bool:
    """A match or a show told before the clock time in its sentence, and no morning word: its bare hour is in the
    evening (HeidelTime reads a bare hour as written; the event gold dates «الساعة الثامنة إلا ربع» of a match 19:45)."""
    lo = last_stop_before(text, item.start, SENTENCE_REACH)
    before = normalize(text[lo:item.start])
    return _EVENING_HAPPENING.search(before) is not None and _MORNING.search(before) is None


# «في اليوم الرابع»، «برنامج اليوم الثاني»: a programme's day counted from its opening (lexicon programme_days.tsv);
# «لليوم الثاني» (glued «ل») and «… على التوالي» count days running up to today, no programme day
_PROGRAMME_DAY = re.compile(r"(?<![\wل])[وفب]?اليوم\s+(?:{})(?!\w)(?!\s+(?:على\s+التوالي|تواليا))".format(
    "|".join(sorted((re.escape(normalize(w)) for w in lexicon.words("programme_days")), key=len, reverse=True))))




def _on_a_programme_day(text: str, start: int, end: int) -> bool:
    """«وفي اليوم الرابع، … من الساعة 5:30 إلى السابعة مساءً»: a programme day N between start and end (within the
    sentence of end) is a day the text does not date."""
    # a programme's day heads its sentence, whose lines may be hard-wrapped: only a stop ends it here
    lo = max(start, end - SENTENCE_REACH, last_stop_before(text, end, SENTENCE_REACH, FULL_STOP))
    return _PROGRAMME_DAY.search(normalize(text[lo:end])) is not None


def _on_a_happening_day(text: str, item: Found) -> bool:
    """A clock time after «يوم الكارثة» in its sentence is on that undated day."""
    lo = last_stop_before(text, item.start, SENTENCE_REACH)
    return _HAPPENING_DAY.search(normalize(text[lo:item.start])) is not None


def _opens_pluperfect(text: str, item: Found) -> bool:
    lo = last_stop_before(text, item.start, SENTENCE_REACH)
    return _PLUPERFECT.match(normalize(text[lo:item.start])) is not None


def _story_day(text: str, item: Found, found: list[Found], resolved: list, dct: date) -> date | None:
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
