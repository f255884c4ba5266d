"""Mentions -> events: one pass per article, then one order-free merge over all of them.

For each DATE/TIME mention with a span: is its sentence telling a happening (detect)? If so,
a draft with a headline title and actor (titles), a place (places), an event word (the
trigger table), and what merging compares. Drafts that tell one happening become one event
(merge), with several sources when several articles told it.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from ..model import Article, Event, Mention, Source
from ..normalize import normalize as default_normalize
from ..terms import LEXICON, TermMatcher, Word, read_table, stem, triggers, words
from . import merge
from .detect import non_event_reason
from .draft_words import (
    EMPTY, content_stem, frozen_set, nearest_hit, squash_map, squashed_offsets, word_index, words_within,
)
from .merged_event import importance, merged_event
from .places import countries_named, country_zone, locate
from .places.home import outlet_home
from .sentences import TextGeometry
from .titles import headline


# Finer grains first, so a day sorts before the month that starts on it.
GRAIN_ORDER = ("day", "weekend", "week", "month", "quarter", "season", "half", "year", "decade", "century")

_CLOCK = re.compile(r"T(\d{2}:\d{2})(Z?)")  # «الساعة 8 ت غ» ends in Z: UTC, whatever the place
_FIGURE = re.compile(r"\d+(?:[.,:\-–/]\d+)*")  # 6-1, 3.5, 1,200: a score or a figure is one token
_CALENDAR_LETTERS = {"م", "ه", "هـ"}  # «1436 هـ الموافق 2015 م»: era letters a date may leave behind it
TWIN_GAP_WORDS = 3  # words between a clock time and its UTC twin («بتوقيت باريس،»)
_TRIM = " \t\r\n.,،؛;:!?؟…-–—"
# A sentence opening with where (and through whom) it was filed: «دبي، الإمارات العربية المتحدة (CNN)-- …»,
# «الرباط - …», «تونس 11 ديسمبر 2016 (وات) - …»: a place of one or two words, or up to six with the
# agency in brackets, then a dash (not a score's «3 - 1», not an aside «إن الاجتماع - الذي عقد أمس -»)
_DATELINE_WORD = r"[^\s.!?؟\d()-]++[\s،,]*+"  # possessive: no exponential backtracking on long openings
_DATELINE = re.compile(r"\s*(?:(?:" + _DATELINE_WORD + r"){1,2}|(?:" + _DATELINE_WORD + r"){0,6}"
                       r"(?:\d[\d\s]*[^\s\d.!?؟()-]+[\s،,]*\d*\s*)?\([^()\n]{1,20}\)\s*)(?:--|-|–|—)(?![\d-])\s*")


def _range_words(normalize: Callable[[str], str]) -> frozenset[str]:
    rows = read_table(LEXICON / "clock_ranges.tsv")
    return frozenset(normalize(row["word"]) for row in rows if row.get("word"))


def _day_words(normalize: Callable[[str], str]) -> frozenset[str]:
    """Weekdays, relative days and months: a clock time holding one tells its own day."""
    rows = [row for name in ("weekdays.tsv", "relative_days.tsv", "months.tsv") for row in read_table(LEXICON / name)]
    return frozenset(normalize(word) for row in rows if row.get("word") for word in row["word"].split())


@dataclass(frozen=True)
class Steps:
    """The decisions an event builder delegates: each one a plain function, replaceable in tests."""

    non_event_reason: Callable  # (text, sentence bounds, mention) -> reason or None
    headline: Callable  # (text, sentence bounds, mention, article_title=, lead=, time_spans=) -> Title(text, actor)
    locate: Callable  # (text, sentence bounds, (start, end), headline= the article's title, home= a local
    # outlet's country, background= a happening well before the news days) -> Place | None
    country_zone: Callable  # alpha-2 -> IANA zone or None

    @classmethod
    def default(cls) -> "Steps":
        return cls(non_event_reason, headline, locate, country_zone)


BACKGROUND_DAYS = 60  # a happening ending this long before the article came out is its story's background


def _background(span, published) -> bool:
    """«الحراك الريفي الذي انطلق … قبل ثمانية أشهر», «المنظومة التي تم العمل بها قبل الثورة في 2010»: a happening
    over well before the article's news days is background to its story."""
    return bool(span and published and (published - span[1]).days > BACKGROUND_DAYS)


def _dateline_end(sentence_text: str) -> int:
    """Where a dateline opening the sentence ends (0 when there is none)."""
    m = _DATELINE.match(sentence_text)
    return m.end() if m else 0


class EventBuilder:
    """Holds the tables and steps; `build` turns articles and their mentions into events."""

    def __init__(
        self,
        normalize: Callable[[str], str] = default_normalize,
        trigger_matcher: TermMatcher | None = None,
        steps: Steps | None = None,
    ):
        self.normalize = normalize
        # (triggers() and triggers(default_normalize) are two entries of its cache: the titles ask the first)
        self.triggers = trigger_matcher or (triggers() if normalize is default_normalize else triggers(normalize))
        self.steps = steps or Steps.default()
        self.range_words = _range_words(normalize)
        self.day_words = _day_words(normalize)
        self.twin_links = frozenset(" ".join(normalize(w) for w in row["word"].split())
                                    for row in read_table(LEXICON / "date_twins.tsv") if row.get("word"))
        self.pointers = frozenset(normalize(row["word"]) for row in read_table(LEXICON / "pointers.tsv") if row.get("word"))
        # «مدينة»، «محافظة»، «العاصمة»: the nouns naming a kind of place go with its name when merging counts words
        self.place_heads = self._content([w for row in read_table(LEXICON / "place_cues.tsv")
                                          if row.get("word") and row.get("kind") in ("head", "cap")
                                          for w in words(row["word"], normalize)])
        self._name_words_seen: dict = {}  # name (or ("place", name)) -> its stems
        self.skipped: Counter[str] = Counter()  # non-events by reason, for reports
        self._last_words: tuple[str | None, list[Word]] = (None, [])
        self._last_countries: tuple[str | None, frozenset[str]] = (None, frozenset())

    def build(self, items: Iterable[tuple[Article, list[Mention]]], cache=None) -> list[Event]:
        """`cache` (get(article) -> drafts or None, put(article, drafts)) keeps each article's
        drafts between builds: they depend on the article alone, merging on all of them."""
        drafts: list[merge.Draft] = []
        for article, mentions in items:
            found = cache.get(article) if cache is not None else None
            if found is None:
                found = self.article_drafts(article, mentions)
                if cache is not None:
                    cache.put(article, found)
            drafts += found
        groups = merge.group(drafts)
        events = [merged_event(group) for group in groups]
        events.sort(key=lambda e: (e.span[0], _grain_rank(e.grain), e.time or "", _first_citation(e)))
        return events

    def article_drafts(self, article: Article, mentions: Sequence[Mention]) -> list[merge.Draft]:
        source = Source.of(article)
        body, headline_geometry = TextGeometry(article.text), None
        body_spans = {m.span for m in mentions if m.field != "title" and is_event_mention(m)}
        # the time expressions titles leave out (durations are content: «في خمسة أسابيع»)
        time_spans = {field: sorted((m.start, m.end) for m in mentions if m.field == field and m.type != "DURATION")
                      for field in ("text", "title")}
        drafts: list[merge.Draft] = []
        last_of_span: dict[tuple, Mention] = {}  # the latest dated mention of each span, in reading order
        drafted: dict[tuple, tuple] = {}  # (field, start) of a drafted mention -> its draft's order
        for mention in sorted(mentions, key=lambda m: (m.field == "title", m.start)):
            if not is_event_mention(mention):
                continue
            before = last_of_span.get((mention.field, mention.span))
            last_of_span[(mention.field, mention.span)] = mention
            if mention.field == "title":
                if mention.span in body_spans:
                    continue  # the body tells it with a fuller sentence
                headline_geometry = headline_geometry or TextGeometry(article.title)
                geometry, text = headline_geometry, article.title
            else:
                geometry, text = body, article.text
            sentence = geometry.sentence_at(mention.start)
            reason = self.steps.non_event_reason(text, sentence.bounds, mention)
            if reason:
                self.skipped[reason] += 1
                continue
            draft = self._draft(article, source, text, geometry, sentence, mention, time_spans[mention.field])
            previous = drafts[-1] if drafts else None
            if previous and self._closes_range(text, previous, draft):
                previous.end_time = draft.time
                previous.mentions.append(mention)
                continue
            if previous and self._date_twin(text, previous, draft):
                previous.mentions.append(mention)  # «25 شوال 1436 هـ الموافق 10 اغسطس 2015 م»: one day, two calendars
                continue
            if previous and self._utc_twin(text, previous, draft):
                previous.mentions.append(mention)  # «الساعة 22:30 (19:30 بتوقيت غرينتش)»: one time, said twice
                continue
            if before is not None and self._day_told_before(text, sentence, mention, mentions):
                draft.anchor = drafted.get((before.field, before.start))
            drafted[(mention.field, mention.start)] = draft.order
            drafts.append(draft)
        return drafts

    def _day_told_before(self, text: str, sentence, mention: Mention, mentions: Sequence[Mention]) -> bool:
        """A clock time whose day its sentence does not tell («وستنطلق الفعاليات على الساعة العاشرة»), or a
        day pointed at («في هذا اليوم», «ذلك اليوم»): the day comes from the text before it. («في اليوم نفسه»
        is not one: news uses it to bring in another happening of that day.)"""
        if mention.type == "DATE" and mention.grain == "day":
            return any(w.norm in self.pointers for w in words(mention.text, self.normalize))
        if mention.type != "TIME" or not _CLOCK.search(mention.value):
            return False
        if any(m is not mention and m.field == mention.field and m.span and sentence.start <= m.start < sentence.end
               for m in mentions):
            return False  # «يوم الخميس على الساعة العاشرة»: the sentence has its own date
        return not any(w.norm in self.day_words for w in self._words(mention.text))

    def _date_twin(self, text: str, first: merge.Draft, second: merge.Draft) -> bool:
        """Two dates of one sentence joined by «الموافق» or «المصادف» (brackets, commas and the calendar
        letters م / هـ aside): the text says they are one day, whatever each resolved to."""
        if first.sentence_key != second.sentence_key:
            return False
        between = text[first.mentions[-1].end : second.mentions[0].start]
        tokens = [self.normalize(t) for t in re.findall(r"[^\s()،,.\-]+", between)]
        return " ".join(t for t in tokens if t not in _CALENDAR_LETTERS) in self.twin_links

    def _utc_twin(self, text: str, first: merge.Draft, second: merge.Draft) -> bool:
        """«الساعة 20:45 بتوقيت باريس، 18:45 توقيت غرينتش», «22:30 (19:30 ت غ)»: a local clock time and the
        same moment in UTC right after it (minutes apart by whole quarter hours: zones differ so)."""
        if not (first.time and second.time and second.clock_zone == "UTC" and first.clock_zone is None):
            return False
        if first.sentence_key != second.sentence_key or first.span != second.span or first.end_time:
            return False
        between = text[first.mentions[-1].end : second.mentions[0].start]
        tokens = [t for t in re.findall(r"[^\s()،,]+", between)]
        if len(tokens) > TWIN_GAP_WORDS:
            return False
        minutes = [int(t[:2]) * 60 + int(t[3:]) for t in (first.time, second.time)]
        return (minutes[0] - minutes[1]) % 15 == 0

    def _draft(self, article, source, text, geometry, sentence, mention, time_spans) -> merge.Draft:
        s_start, s_end = sentence.bounds
        sentence_text = text[s_start:s_end]
        sentence_words = self._words(sentence_text)
        category = self._category(text, geometry, sentence, mention, sentence_words)
        lead = mention.field == "title" or geometry.is_lead(sentence)
        title = self.steps.headline(text, sentence.bounds, mention, article_title=article.title, lead=lead,
                                    time_spans=time_spans)
        place = self.steps.locate(text, sentence.bounds, (mention.start, mention.end), headline=article.title,
                                  home=outlet_home(article.url),
                                  background=_background(mention.span, article.published_date))
        clock = _CLOCK.search(mention.value) if mention.type == "TIME" else None
        inside = [mention.start - s_start <= w.start < mention.end - s_start for w in sentence_words]
        told_from = _dateline_end(sentence_text)  # «دبي، الإمارات العربية المتحدة (CNN)--» is no shared story
        content_words = [w for w, is_time in zip(sentence_words, inside) if not is_time and w.start >= told_from]
        # the time expression is one token, so «ماي المقبل» and «مايو المقبل» copies still match
        shingle_words = [
            "<time>" if is_time else w.norm
            for index, (w, is_time) in enumerate(zip(sentence_words, inside))
            if not (is_time and index and inside[index - 1])
        ]
        m_start, m_end = mention.start - s_start, mention.end - s_start
        clauses = geometry.clauses(sentence)
        at = next((i for i, (a, b) in enumerate(clauses) if a <= mention.start < b), None)
        c_start, c_end = (clauses[at][0] - s_start, clauses[at][1] - s_start) if at is not None else (0, s_end - s_start)
        if at and not any(c_start <= w.start < c_end for w in content_words):
            # «… الزلزال القوي الذي ضرب البلاد، الجمعة الماضية، في مقبرة»: a date alone between commas dates the clause before
            c_start = clauses[at - 1][0] - s_start
        event_hits = self.triggers.find(sentence_words)
        figures = frozen_set(_FIGURE.findall(sentence_text[:m_start] + " " + sentence_text[m_end:]))
        clause_figures = frozen_set(_FIGURE.findall(sentence_text[c_start:m_start] + " " + sentence_text[m_end:c_end]))
        return merge.Draft(
            source=source,
            mentions=[mention],
            span=mention.span,
            grain=mention.grain if mention.grain in GRAIN_ORDER else "day",
            time=clock.group(1) if clock else None,
            sentence_key=(source.id, mention.field, s_start),
            order=(source.id, 0 if mention.field != "title" else 1, mention.start),
            title=title.text,
            actor=title.actor,
            sentence=squash_map(sentence_text)[1],
            highlights=squashed_offsets(sentence_text, ((mention.start - s_start, min(mention.end, s_end) - s_start),)),
            category=category,
            event_words=frozen_set(hit.value for hit in event_hits),
            clause_event_words=frozen_set(hit.value for hit in event_hits
                                       if c_start <= sentence_words[hit.first].start < c_end),
            place=place,
            content=self._content(content_words),
            clause_content=self._content([w for w in content_words if c_start <= w.start < c_end]),
            shingles=merge.shingles(shingle_words),
            numbers=figures,
            clause_numbers=clause_figures,
            countries=self._countries(sentence_text, sentence_words),
            pointed=self._pointed(sentence_words),
            actor_words=self._name_words(title.actor),
            place_words=self._place_words(place.name) if place else EMPTY,
            lead=lead,
            clock_zone="UTC" if clock and clock.group(2) else None,
            outlet_zone=article.timezone or (self.steps.country_zone(article.country) if article.country else None),
        )

    def _category(self, text, geometry, sentence, mention, sentence_words) -> str | None:
        """The event word of the mention's clause, else of the clause before it (Arabic names the
        happening first: «خلال ندوة صحافية …، عقدت يوم 8 مارس»), else the nearest in the sentence."""
        clauses = geometry.clauses(sentence)
        at = next((i for i, (a, b) in enumerate(clauses) if a <= mention.start < b), 0)
        for index in (at, at - 1):
            if 0 <= index < len(clauses):
                start, end = clauses[index]
                clause_words = words_within(sentence_words, start - sentence.start, end - sentence.start)
                if clause_words is None:
                    clause_words = words(text[start:end], self.normalize)
                    offset = mention.start - start
                else:
                    offset = mention.start - sentence.start  # the sentence's words keep the sentence's offsets
                hits = self.triggers.find(clause_words)
                if hits:
                    return nearest_hit(hits, word_index(clause_words, offset))
        return nearest_hit(self.triggers.find(sentence_words), word_index(sentence_words, mention.start - sentence.start))

    def _words(self, sentence_text: str) -> list[Word]:
        """The words of a sentence, computed once for all its mentions (a list of dates can hold hundreds)."""
        if self._last_words[0] != sentence_text:
            self._last_words = (sentence_text, words(sentence_text, self.normalize))
        return self._last_words[1]

    def _pointed(self, sentence_words: list[Word]) -> frozenset[str]:
        """Stems of the event words a demonstrative points at («وتفتتح هذه التظاهرة يوم الأربعاء»): the
        sentence tells again a happening named before."""
        after = [sentence_words[i + 1] for i, w in enumerate(sentence_words[:-1]) if w.norm in self.pointers]
        return frozen_set(stem(w.norm) for w in after if self.triggers.find([w]))

    def _countries(self, sentence_text: str, sentence_words: list[Word]) -> frozenset[str]:
        """The countries the sentence names, once for all its mentions."""
        if self._last_countries[0] != sentence_text:
            self._last_countries = (sentence_text, frozen_set(countries_named(sentence_words)))
        return self._last_countries[1]

    def _name_words(self, name: str | None) -> frozenset[str]:
        """The stems a name (a doer, a place) adds to the overlap counts, so merging can tell them from the story's."""
        if not name:
            return EMPTY
        if name not in self._name_words_seen:  # a story names its few doers and places again and again
            self._name_words_seen[name] = self._content(words(name, self.normalize))
        return self._name_words_seen[name]

    def _place_words(self, name: str) -> frozenset[str]:
        """A place's name stems and the nouns naming a kind of place («مدينة دوما»)."""
        key = ("place", name)
        if key not in self._name_words_seen:
            self._name_words_seen[key] = self._name_words(name) | self.place_heads
        return self._name_words_seen[key]

    def _content(self, content_words: list[Word]) -> frozenset[str]:
        stems = (content_stem(w.norm) for w in content_words)
        return frozen_set(s for s in stems if s is not None)

    def _closes_range(self, text: str, first: merge.Draft, second: merge.Draft) -> bool:
        """«من الساعة العاشرة إلى الساعة الثانية»: two clock times of one sentence joined by إلى/حتى/-."""
        if not (first.time and second.time and first.end_time is None):
            return False
        if first.sentence_key != second.sentence_key or first.span != second.span:
            return False
        between = text[first.mentions[-1].end : second.mentions[0].start]
        tokens = [self.normalize(t) for t in re.findall(r"[^\s]+", between.strip(_TRIM))]
        return len(tokens) <= 2 and all(t in self.range_words for t in tokens) or between.strip() in ("-", "–", "—")


def build_events(items: Iterable[tuple[Article, list[Mention]]], normalize: Callable[[str], str] = default_normalize,
                 cache=None) -> list[Event]:
    """Events from (article, its mentions) pairs, merged and in chronological order."""
    return EventBuilder(normalize).build(items, cache)


def is_event_mention(mention: Mention) -> bool:
    """Only placed dates and times can be events: durations, sets and vague references are not."""
    return mention.type in ("DATE", "TIME") and mention.span is not None


def event_id(event: Event) -> str:
    """A stable identity: when, and the earliest citation by source id (independent of read order)."""
    first = _first_citation(event)
    key = "|".join(str(part) for part in (event.span[0], event.span[1], event.grain, event.time, *first))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _first_citation(event: Event) -> tuple:
    return min((source_id, m.field, m.start) for source_id, m in zip(event.mention_sources, event.mentions))


def _grain_rank(grain: str) -> int:
    return GRAIN_ORDER.index(grain) if grain in GRAIN_ORDER else len(GRAIN_ORDER)


__all__ = ["EventBuilder", "Steps", "build_events", "event_id", "importance", "is_event_mention"]
