"""extract(): match, then resolve each match in text order with what the text said before it."""
from __future__ import annotations

from datetime import date, datetime

from .clock_days import (
    CLOCK_VALUE, HAPPENING_DAY, LATE_PARTS, bare_hour, dated_days_by_sentence, day_of_sentence, evening_happening,
    later_than_afternoon_clock, on_a_happening_day, on_a_programme_day, story_day,
)
from .day_anchors import (
    FROM_TONIGHT, OFFSET_LEAD, SAME_DAY_PARAGRAPHS, after_dated_day, coarser_date_since, dated_by_next,
    feast_on_named_day, in_reported_clause, names_its_day, order_shared_days, quote_frame_day, range_start_day,
    shared_relation,
)
from .joined_mentions import clock_of_a_set, join_part_ranges
from .match import Found, find
from .model import Article, Mention
from .normalize import normalize
from .partial import Partial
from .resolve import resolve
from .resolved import ANAPHORIC, Resolved, Unresolvable
from .year_context import (
    after_since, continues_range, continues_story, explicit_dates_by_sentence, same_period, sentence_period,
    sentence_year,
)


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
    sentence_dates = explicit_dates_by_sentence(text, found)
    sentence_years: dict[int, int] = {}  # the first Gregorian year written so far in each sentence
    resolved: list[Resolved | None] = []
    last_date: tuple[Found, Resolved, bool] | None = None  # (where, value, counts from the text, not the DCT)
    last_day: Resolved | None = None
    last_day_item: Found | None = None
    story: tuple[Found, date] | None = None  # the last month written with its year («أوت 2011»), not after «منذ»
    shared_pairs: list[int] = []  # indexes of items that took the relation of the unit coordinated after them
    for item in found:
        partial = item.partial
        relation = shared_relation(text, len(resolved), found)
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
            elif after_dated_day(item, partial, where, value, dct):
                anchor = value
        if partial.same_day_as_anchor:
            anchor = last_day
        near = last_date is not None and item.paragraph - last_date[0].paragraph <= 1
        if (partial.unit == "day" and partial.relation in ("PRECEDING", "FOLLOWING") and last_day_item is not None
                and HAPPENING_DAY.search(normalize(text[last_day_item.end:item.start]))):
            # «خرجت يوم الحادث تصرخ … حتى وصلهم الخبر في اليوم التالي»: the day after a happening's day the text
            # does not date, no calendar day
            resolved.append(None)
            continue
        if (partial.unit is not None or partial.season is not None or partial.month is not None) \
                and partial.relation in ANAPHORIC and near:
            anchor = last_date[1]  # «وفي العام التالي» after «عام 2010»; «في الشتاء التالي» after «يناير 2014»
        elif partial.unit == "day" and partial.relation in ("PRECEDING", "FOLLOWING"):
            if (last_day_item is not None and item.paragraph - last_day_item.paragraph <= SAME_DAY_PARAGRAPHS
                    and not coarser_date_since(text, last_date, last_day_item, last_day)):
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
                        coarser_date_since(text, last_date, last_day_item, last_day)
                        or on_a_programme_day(text, last_day_item.end, item.start)):
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
            if continues_range(text, item, found, resolved):
                # «30 سبتمبر حتى 4 نوفمبر»: the second date follows the first, it does not start a new tense
                previous = resolved[-1].span[1]
                year = previous.year + (1 if partial.month < previous.month else 0)
                partial = partial.with_(year=year, year_calendar=partial.calendar)
            elif item.sentence in sentence_dates:
                year = sentence_year(partial, sentence_dates[item.sentence])
                if year is not None:
                    partial = partial.with_(year=year, year_calendar=partial.calendar)
            elif continues_story(item, partial, story, dct):
                # «نادى أوباما في أوت 2011 برحيل الأسد. وبحلول سبتمبر …»: a past story goes on in its year
                partial = partial.with_(year=story[1].year, year_calendar="gregorian")
        if ((partial.quarter is not None or partial.half is not None) and partial.year is None
                and partial.relation is None and item.sentence in sentence_years):
            # «النصف الأول من عام 2017 … وفي الربع الأول من العام ذاته»: the year the sentence gave before it
            partial = partial.with_(year=sentence_years[item.sentence])
        if partial.same_period:
            period = sentence_period(item, found, resolved)
            value = same_period(partial, period, dct)
            resolved.append(value)
            continue
        written = item.partial
        if (written.kind == "date" and written.year is not None and written.calendar == "gregorian"
                and (written.year_calendar or "gregorian") == "gregorian"):
            sentence_years.setdefault(item.sentence, written.year)
            if written.month is not None and written.until is None and not after_since(text, item):
                story = (item, date(written.year, written.month, 1))
        if (partial.offset is not None and partial.offset[0] > 0 and anchor is None and not partial.anchored
                and partial.tense == "PAST" and not in_reported_clause(text, item)):
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
                and not FROM_TONIGHT.search(normalize(text[max(0, item.start - 25):item.start]))):
            # «جرى تحريرها الليلة»، «قتل ثلاثة أشخاص الليلة»: news tells the night that ended the morning it is
            # written, the one before the publication day
            partial = partial.with_(day_offset=-1)
        until = range_start_day(text, item, found, resolved)
        if until is not None:
            # «من مساء اليوم الجمعة إلى غاية يوم الأحد»: the end of a range is the first such day after its start
            partial, base = partial.with_(tense="FUTURE"), until
        else:
            base = dct
            if partial.day_offset is not None:
                # «قال ترامب، الجمعة: "صدقت اليوم على …"»: a quoted «اليوم» is the day the words were said
                base = quote_frame_day(text, item, found, resolved) or dct
        try:
            # a clock time waits for its sentence's day; «مساء غد السبت» names its own day
            value = None if partial.kind == "time" and not names_its_day(partial) else resolve(partial, base, anchor)
        except Unresolvable:
            value = None
        resolved.append(value)
        if value is not None and value.span is not None and value.type == "DATE" and not value.value.endswith("_REF"):
            textual = value.explicit_year or (anchor is not None and last_date is not None and last_date[2])
            # «أول حدث كبير منذ كأس العالم 2006»: a point of comparison tells no story to count on from
            last_date = (item, value, textual and not after_since(text, item))
            if value.grain == "day":
                last_day, last_day_item = value, item
    order_shared_days(found, resolved, shared_pairs)
    dated_by_next(text, found, resolved)
    feast_on_named_day(text, found, resolved)
    days_by_sentence = dated_days_by_sentence(found, resolved)
    late_sentences = {item.sentence for item, value in zip(found, resolved)
                      if value is not None and value.value.endswith(LATE_PARTS)}
    mentions = []
    last_clock: tuple[Found, Resolved] | None = None  # the last clock time told, for a bare hour after it
    for item, value in zip(found, resolved):
        if item.partial.kind == "time" and value is None:
            partial = item.partial
            if item.sentence in late_sentences and bare_hour(partial) \
                    or bare_hour(partial, utc=True) and evening_happening(text, item):
                # «المباراة الليلة على الساعة الثامنة إلا ربع»، «تنطلق المباراة على الساعة السابعة إلا ربع»: 19:45, 18:45
                partial = partial.with_(hour=partial.hour + 12)
            try:
                day = day_of_sentence(item, days_by_sentence)
                if day is None and on_a_programme_day(text, 0, item.start):
                    continue  # «وفي اليوم الرابع … من الساعة 5:30»: day N of a programme, not a day the text dates
                if day is None:
                    day = story_day(text, item, found, resolved, dct)
                if day is None and on_a_happening_day(text, item):
                    continue  # «يوم الكارثة في الساعة السابعة»: the undated day of a happening, not today
                value = resolve(partial, dct, sentence_day=day)
                if later_than_afternoon_clock(item, partial, value, last_clock):
                    # «من الخامسة والنصف إلى السابعة مساء … أما عند الساعة الثامنة في اليوم ذاته»: 20:00
                    value = resolve(partial.with_(hour=partial.hour + 12), dct, sentence_day=day)
            except Unresolvable:
                value = None
        if value is None:
            continue
        if value.type == "TIME" and CLOCK_VALUE.search(value.value):
            last_clock = (item, value)
        if item.rule == "offset" and value.type == "DURATION":  # the length without its «بعد» (extent rule)
            lead = OFFSET_LEAD.match(item.text)
            item = item._replace(start=item.start + lead.end(), text=item.text[lead.end():]) if lead else item
        mentions.append(Mention(text=item.text, start=item.start, end=item.end, type=value.type, value=value.value,
                                mod=value.mod, span=value.span, grain=value.grain, approximate=value.approximate,
                                field=field, rule=item.rule))
    return clock_of_a_set(text, join_part_ranges(text, mentions))
