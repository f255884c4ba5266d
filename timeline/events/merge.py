"""Same happening? Which dated mentions, in one article or in several, tell one event.

Every decision is made on a pair of mentions and is symmetric, and groups are the
connected pairs (union-find), so the result does not depend on the order the articles
were read in. Candidate pairs come from blocks (same span and grain) and, for wire copy,
from MinHash locality-sensitive hashing of the sentences' word shingles, so the cost
grows with the number of true candidates rather than with every pair of the corpus.

The evidence needed grows with the distance between the mentions:
- the same sentence and the same time: one event (a date and its Hijri twin, «اليوم الجمعة»);
- another sentence of the same article, the same day or month: one event when the two share
  much of their vocabulary (five content words, and a fifth of the shorter sentence's): the story
  told again further down; or, for a day, an event word in common, three content words, no other
  doer and no other figures in the dates' clauses (the earthquake «الذي ضرب سولاويزي الجمعة» told again
  with other words and other tolls); or, for a day, the two dates' clauses (a date alone between commas
  dates the clause before it) holding an event word of one kind and a quarter of their words in common,
  neither saying it tells another one («غارة أخرى», lexicon/another_words.tsv), nor two places;
- within one article, also: the clauses around the two dates sharing words in a sentence sharing a
  quarter of its words (the lead retold lower down, whatever other event words the sentences hold),
  unless the two name different countries; a clock time whose sentence tells no day of its own, with
  the happening told just before it; a day pointed at («في هذا اليوم», «بذلك اليوم»), in its sentence or
  after, with the day told just before it, whatever its sentence's event words; an event word after a
  demonstrative («هذه التظاهرة») with the sentence naming it; a range of a few days with its first day;
  a night across two days with its first day only when the story is told again in many words;
- within one sentence, also: a part of the day and a clock time inside it; a range of days and the day it
  starts on; a local clock time and its UTC twin, and a date and its «الموافق» twin, are one mention
  already (build.py);
- identical or near-identical sentences (wire copy), same span: one event on that evidence alone;
- differently worded sentences need an event word in common AND the same actor or place AND
  shared content words besides the place's name and (when two doers are named and not shown to be
  one) many more, besides the doers' names; a category and a city alone are never enough, and only
  events of a day or finer merge this way (two different decisions can fall in the same year);
- another outlet's edit of one sentence (half the near-duplicate share of word runs, most of the
  words) needs no actor or place: the edit may have lost them;
- never across different clock times, nor a morning and an evening (or a clock time outside a part of the day).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from sys import intern
from typing import Iterable, Sequence

from .. import lexicon
from ..model import Mention, Source
from ..normalize import normalize
from ..terms import stem
from .sentences import CLAUSE_MARK

NEAR_DUPLICATE = 0.7  # Jaccard similarity of word 3-shingles for wire copy
SHARED_WORDS = 2  # content words two differently worded sentences must share (besides the event word)
NEAR_DUPLICATE_EDIT = NEAR_DUPLICATE / 2  # word 3-shingles another outlet's edit of a sentence keeps, with ...
SHARED_WORDS_RETOLD_ACROSS = 8  # ... this many content words, and ...
SHARED_SHARE_RETOLD_ACROSS = 0.5  # ... this share of the shorter sentence's: evidence enough without a doer or place
SHARED_WORDS_OTHER_DOERS = 5  # ... when each names a doer and they are not shown to be one (two spokesmen, two
# parties of one country the same day): the place alone then ties them, and needs the story told in many words
FINE_GRAINS = frozenset({"day", "time"})  # grains that may merge on differently worded evidence
ARTICLE_GRAINS = FINE_GRAINS | {"month"}  # within one article, sentences of one month may tell one story
SHARED_WORDS_IN_ARTICLE = 5  # content words two sentences of one article share when they tell one happening
SHARED_WORDS_SAME_EVENT_WORD = 3  # ... or, on one day, an event word in common, no other doer and no other figures
SHARED_SHARE_IN_ARTICLE = 0.2  # ... and the share of the shorter sentence's words they are (long sentences
# of a round-up share five words by chance: Taiz fighting and Hodeidah air raids on one day)
SHARED_SHARE_RETOLD = 0.25  # ... a share that outweighs event words told apart (a retold lead) ...
SHARED_WORDS_IN_CLAUSE = 2  # ... when the clauses holding the two dates share this many words
SHARED_SHARE_NO_EVENT_WORD = 0.4  # ... with three words, when one sentence names no event word
# the clock hours each TIMEX3 part of day covers (night runs past midnight)
PART_HOURS = {"MO": (5, 12), "MI": (11, 14), "AF": (12, 18), "EV": (16, 24), "NI": (19, 5)}
START_WORDS = frozenset({"افتتاح"})  # event-word categories that say a happening starts, not which one
RANGE_DAYS = 31  # a range of days shorter than this may be told again by its first day
SHARED_WORDS_NIGHT = 8  # content words a night across two days and its first day share when they tell one happening
# (five is what a raid that night and tanks firing that day share in a short Gaza dispatch)
WINDOW = 24  # earlier drafts of a block each draft is compared with (keeps merging linear)
_PERMUTATIONS = 64
_SEED = 20260101  # fixed: the same input gives the same groups


@dataclass
class Draft:
    """One dated event mention, with what merging compares."""

    source: Source
    mentions: list[Mention]  # the dated mention, and the end of its clock range when it has one
    span: tuple
    grain: str
    time: str | None
    sentence_key: tuple  # (source id, field, sentence start)
    order: tuple  # (source id, field rank, mention start): a total, input-independent order
    title: str
    sentence: str
    highlights: tuple[tuple[int, int], ...]
    category: str | None
    event_words: frozenset[str]  # the categories of every event word of the sentence
    actor: str | None
    place: object | None  # places.Place
    content: frozenset[str]  # stems of the sentence's content words, the time words left out
    clause_content: frozenset[str]  # the same, of the mention's clause only
    shingles: frozenset[str]  # word 3-shingles of the normalised sentence, the time expression one token
    numbers: frozenset[str] = frozenset()  # figures of the sentence besides its date (scores, tolls)
    clause_numbers: frozenset[str] = frozenset()  # the same, of the mention's clause only
    clause_event_words: frozenset[str] = frozenset()  # the categories of the event words of the mention's clause
    countries: frozenset[str] = frozenset()  # countries the sentence names (places, nationality adjectives)
    lead: bool = False
    end_time: str | None = None  # a clock range («من العاشرة إلى الثانية») is one draft
    outlet_zone: str | None = None  # the zone of the article's outlet, for clock times with no place
    clock_zone: str | None = None  # the zone the text states for its clock time («بتوقيت غرينتش»: UTC)
    pointed: frozenset[str] = frozenset()  # stems of event words after a demonstrative («هذه التظاهرة»)
    anchor: tuple | None = None  # for a clock time whose sentence tells no day: the order of the draft that told it
    actor_words: frozenset[str] = frozenset()  # stems of the doer's name («النيابة العسكرية»: عسكريه، نيابه)
    place_words: frozenset[str] = frozenset()  # stems of the place's name, and of the nouns naming a kind of place («مدينة دوما»)


class _UnionFind:
    """Groups that refuse to join when they would hold two different clock times."""

    def __init__(self, clocks: Sequence[str | None]):
        self.parent = list(range(len(clocks)))
        self.clock = list(clocks)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.clock[ra] and self.clock[rb] and self.clock[ra] != self.clock[rb]:
            return  # a date beside two clock times must not chain them into one event
        low, high = min(ra, rb), max(ra, rb)
        self.parent[high] = low
        self.clock[low] = self.clock[low] or self.clock[high]


def group(drafts: Sequence[Draft]) -> list[list[Draft]]:
    """The drafts gathered into happenings; each group sorted by `order`, groups by their first."""
    drafts = sorted(drafts, key=lambda d: d.order)
    links = _UnionFind([d.time for d in drafts])
    for a, b in _candidate_pairs(drafts):
        # a pair already joined (met again in another block, or through others) has nothing to add
        if links.find(a) != links.find(b) and same_happening(drafts[a], drafts[b]):
            links.union(a, b)
    groups: dict[int, list[Draft]] = defaultdict(list)
    for index, draft in enumerate(drafts):
        groups[links.find(index)].append(draft)
    return [groups[root] for root in sorted(groups)]


def same_happening(a: Draft, b: Draft) -> bool:
    if a.span != b.span and not _range_and_its_start(a, b):
        return False
    if not _same_grain(a, b) or (a.time and b.time and a.time != b.time) or _apart_parts_of_day(a, b):
        return False
    if _told_back(a, b):
        return True  # «يوم 20 يونيو الجاري، … الذين خرجوا للاحتجاج في هذا اليوم»: the day, or clock time, told before
    if a.sentence_key == b.sentence_key:
        # one clause: a date and its Hijri twin. Two clauses tell two happenings («تزوج بعد مرور
        # عامين، وله منها ابنة ولدت في عام 2007») unless they share a word («بتخصيص خطبة الجمعة غدا
        # عن حادث التفجير، … بتخصيص خطبة يوم الجمعة غدا»), or a few days start on the day told
        # («بدأت روسيا التدريبات، الثلاثاء، … حيث ستستمر تلك الفعاليات من 11 إلى 17 سبتمبر»)
        return (not _clause_break_between(a, b) or bool(a.clause_content & b.clause_content)
                or _clock_in_its_part_of_day(a, b) or _clock_in_its_part_of_day(b, a)
                or _range_and_its_start(a, b))
    if _jaccard(a.shingles, b.shingles) >= NEAR_DUPLICATE:
        return True
    if a.source.id == b.source.id:
        if (a.grain in FINE_GRAINS and (a.pointed & b.content or b.pointed & a.content) and not _different_figures(a, b)
                and not _different_countries(a, b) and not _different_actors(a, b)):
            return True  # «تنظم الجمعية من 18 إلى 22 فيفري الدورة الرابعة لتظاهرة …» … «وتفتتح هذه التظاهرة يوم الأربعاء 18 فيفري»
        # one article returning to its story: the same day (or month) and much of the same vocabulary
        shared = len(a.content & b.content)
        smaller = min(len(a.content), len(b.content)) or 1
        if a.grain in FINE_GRAINS and a.actor and b.actor and _same_name(a.actor, b.actor):
            return True  # «قال نتانياهو الخميس …» … «وقال نتانياهو بهذا الشأن الخميس»: one speech, one day
        if (a.grain in ARTICLE_GRAINS and shared >= SHARED_WORDS_IN_ARTICLE and shared / smaller >= SHARED_SHARE_RETOLD
                and len(a.clause_content & b.clause_content) >= SHARED_WORDS_IN_CLAUSE and not _different_figures(a, b)
                and not _different_countries(a, b)):
            # the lead told again lower down, the words around the date the same («توفيت الخميس المغنية الأمريكية
            # أريثا فرانكلين …» … «رحلت عن عالمنا يوم الخميس المغنية الأمريكية أريثا فرانكلين …»): that outweighs
            # the sentences' other event words (a prize won in the career the second sentence recalls). Words
            # shared elsewhere in the sentences (a boilerplate «قوات موالية للرئيس صالح») do not count
            return True
        if a.event_words and b.event_words and not a.event_words & b.event_words:
            return False  # a statement and a recall of an ambassador, told the same day
        in_clauses = len(a.clause_content & b.clause_content)
        if (a.grain in FINE_GRAINS and a.clause_event_words & b.clause_event_words and in_clauses >= SHARED_WORDS_IN_CLAUSE
                and in_clauses >= SHARED_SHARE_RETOLD * min(len(a.clause_content), len(b.clause_content))
                and not _different_clause_figures(a, b)
                and not _different_countries(a, b) and not _different_actors(a, b)
                and not _two_places(a.place, b.place)
                and not _told_as_another(a, b)):
            # the clauses of the two dates telling the same kind of happening in much the same words: «الزلزال الذي ضرب
            # جزيرة سولاويزي الجمعة» … «ضحايا الزلزال القوي الذي ضرب البلاد، الجمعة الماضية» (not «غارة أخرى اليوم
            # الخميس», nor the liberation of another governorate the same day)
            return True
        if (a.grain in FINE_GRAINS and shared >= SHARED_WORDS_SAME_EVENT_WORD
                and (a.event_words & b.event_words or (not (a.event_words and b.event_words) and not _different_countries(a, b)
                                                       and shared / smaller >= SHARED_SHARE_NO_EVENT_WORD))
                and not _different_clause_figures(a, b) and not _different_actors(a, b)
                and not _told_as_another(a, b)):
            # «الزلزال الذي ضرب جزيرة سولاويزي الجمعة» … «الزلزال القوي الذي ضرب البلاد، الجمعة الماضية»; or one
            # side with no event word but half its words shared: «تغلبت تونس على إيران بهدف نظيف الجمعة الماضي» …
            # «تغلبوا في مباراتهم الأولى على إيران بهدف نظيف أيضا يوم الجمعة الماضي»
            return True
        return a.grain in ARTICLE_GRAINS and shared >= SHARED_WORDS_IN_ARTICLE and shared / smaller >= SHARED_SHARE_IN_ARTICLE
    if a.grain not in FINE_GRAINS:
        return False
    if not a.event_words & b.event_words:
        return False  # no event word in common («أعلن ترامب انسحابه» and «قرار ترامب الانسحاب» share انسحاب)
    if _different_figures(a, b):
        return False  # 6-1 and 1-0 are two matches, 45 and 12 dead two attacks
    if _retold_elsewhere(a, b):
        return True
    same_who = bool(a.actor and b.actor and _same_name(a.actor, b.actor) and _names_someone(min(a.actor, b.actor, key=len)))
    same_where = bool(a.place and b.place and a.place.name == b.place.name)
    if not (same_who or same_where):
        return False
    return len(_shared_story(a, b, same_who)) >= (SHARED_WORDS if same_who or not (a.actor and b.actor)
                                                  else SHARED_WORDS_OTHER_DOERS)


def _retold_elsewhere(a: Draft, b: Draft) -> bool:
    """«سعى الرئيس التركي … بعدما وجه الرئيس الأمريكي دونالد ترامب، السبت، الشكر لأردوغان على إطلاق سراح القس» and
    «وكان الرئيس التركي …، قد سعى إلى … بعدما وجه الرئيس الأمريكي دونالد ترامب، السبت، الشكر له على إطلاق سراح
    القس»: one sentence edited by another outlet (most of its words and many of its runs of words kept, below the
    near-duplicate line) needs no doer or place to tie it: the edit may have lost them. Sentences that only share
    words (Libya cutting its ties with Qatar, and four other states cutting theirs the same morning) are not one."""
    shared = len(a.content & b.content)
    smaller = min(len(a.content), len(b.content)) or 1
    return (shared >= SHARED_WORDS_RETOLD_ACROSS and shared / smaller >= SHARED_SHARE_RETOLD_ACROSS
            and _jaccard(a.shingles, b.shingles) >= NEAR_DUPLICATE_EDIT and not _different_actors(a, b))


def _shared_story(a: Draft, b: Draft, same_who: bool) -> frozenset[str]:
    """The content words two articles share besides the tie that made them candidates: a town's name on one
    day is shared by every happening there («قافلة … من دوما» and «هجوم كيميائي … في مدينة دوما»), and the words of
    two doers not shown to be one («المتحدث الرسمي» of an election committee and of a bank) say nothing
    either. A few days of one span in one place (a tournament's dates) are specific enough to keep the place."""
    shared = a.content & b.content
    if a.span[0] == a.span[1]:
        shared -= a.place_words | b.place_words
    if not same_who:
        shared -= a.actor_words | b.actor_words
    return shared


def _two_places(a, b) -> bool:
    """Two different places — not a country and a town or region in it («ضرب جزيرة سولاويزي الجمعة» … «عمال
    الإنقاذ في إندونيسيا»: the same earthquake told at two grains)."""
    if not (a and b) or a.name == b.name:
        return False
    return not (a.country and a.country == b.country and (a.name == a.country_name or b.name == b.country_name))


def _apart_parts_of_day(a: Draft, b: Draft) -> bool:
    """«أجرى الفريق صباح أمس مرانه الأخير في معسكره» and «وصلت البعثة مساء أمس قادمة من معسكرها»: a morning
    and an evening are two times of the day, as two clock times are; so are a morning and a clock time
    outside it («قصفت قوات النظام صباح أمس» … «تعرضت بعد منتصف ليل الاحد- الاثنين مناطق … لقصف»)."""
    hours = [_part_hours(d) for d in (a, b)]
    if all(hours):
        return not any(_hour_in(hour, hours[1]) for hour in _hours_of(hours[0]))
    for part, hours_of_part, other in ((a, hours[0], b), (b, hours[1], a)):
        if hours_of_part and other.time:
            return not _hour_in(int(other.time[:2]), hours_of_part)
    return False


def _part_hours(draft: Draft) -> tuple[int, int] | None:
    """The clock hours the draft's part of the day covers, when it tells one and no clock time."""
    if draft.time or not draft.mentions:
        return None
    value = draft.mentions[0].value
    return PART_HOURS.get(value[-2:]) if "T" in value else None


def _hours_of(hours: tuple[int, int]) -> list[int]:
    low, high = hours
    return list(range(low, high)) if low < high else list(range(low, 24)) + list(range(0, high))


def _hour_in(hour: int, hours: tuple[int, int]) -> bool:
    low, high = hours
    return low <= hour < high if low < high else hour >= low or hour < high


def _clock_in_its_part_of_day(part: Draft, clock: Draft) -> bool:
    """«كان المقيم مساء الأحد الماضي يقوم بعمله …، وفي حدود الساعة التاسعة مساءً …»: a part of the day and,
    further in the sentence, a clock time within it tell one moment."""
    hours = _part_hours(part)
    return bool(hours and clock.time) and _hour_in(int(clock.time[:2]), hours)


def _range_and_its_start(a: Draft, b: Draft) -> bool:
    """Within one article, a few days and their first day («من 11 إلى 17 سبتمبر» … «بدأت روسيا التدريبات
    الثلاثاء»; «يومي 8 و9 مارس» … «استهل الوزير الزيارة اليوم الأربعاء») may tell one happening: the
    evidence rules then decide as for one date."""
    if a.source.id != b.source.id or a.grain not in FINE_GRAINS or b.grain not in FINE_GRAINS:
        return False
    one_day, days = (a, b) if a.span[0] == a.span[1] else (b, a)
    if not (one_day.span[0] == one_day.span[1] == days.span[0] and days.span[1] != days.span[0]
            and (days.span[1] - days.span[0]).days < RANGE_DAYS and days.mentions):
        return False
    if days.mentions[0].type == "DATE":
        return True
    # a night across two days («ليل الأربعاء الخميس») is one time, not days a happening runs over: its
    # Wednesday is mostly another happening's day (tanks firing on Wednesday, an air raid that night). The
    # night's first day tells it only with the story told again: «اغتيل ثلاثة روس كانوا يحملون بطاقات صحفية
    # ليل الاثنين الثلاثاء» … «في الثلاثين من تموز/يوليو، … قتل ثلاثة مواطنين روس يحملون بطاقات صحفية»
    return days.mentions[0].value.endswith("NI") and _night_retold(one_day, days)


def _night_retold(day: Draft, night: Draft) -> bool:
    """Do a night and its first day tell one happening in many of the same words (the same kind, no
    other doer, country or figures)?"""
    shared = len(day.content & night.content)
    smaller = min(len(day.content), len(night.content)) or 1
    return (shared >= SHARED_WORDS_NIGHT and shared / smaller >= SHARED_SHARE_NO_EVENT_WORD
            and bool(day.event_words & night.event_words) and not _different_countries(day, night)
            and not _different_actors(day, night) and not _different_figures(day, night))


def _told_back(a: Draft, b: Draft) -> bool:
    """Is one of the two a day pointed at («في هذا اليوم», «بذلك اليوم») or a clock time with no day of its
    sentence, anchored on the other (build.py), and does it fit it? A day pointed at is the day told: the
    demonstrative says so, whatever the event words of its sentence («يحتفل تويتر اليوم، 23 أغسطس، بعيد
    ميلاد الهاشتاغ» … «وأطلق تويتر هاشتاغ احتفاء بهذا اليوم»); a clock time must tell the same kind of
    happening (a match told, then a press conference at ten)."""
    if a.anchor != b.order and b.anchor != a.order:
        return False
    later, first = (a, b) if a.anchor == b.order else (b, a)
    if later.time:
        return _clock_fits_its_day(later, first)
    return not _different_actors(later, first) and not _different_figures(later, first)


def _clock_fits_its_day(clock: Draft, day: Draft) -> bool:
    """«… يوم الخميس» then «وستنطلق الفعاليات على الساعة العاشرة»: the clock time of the happening told
    just before, unless it tells another kind of happening (a match told, then a press conference at ten)
    or another doer. A start («تنطلق», «افتتاح») is the start of what was told."""
    words = clock.event_words - START_WORDS
    if words and day.event_words and not words & day.event_words:
        return False
    return not _different_actors(clock, day) and not _different_figures(clock, day)


def _told_as_another(a: Draft, b: Draft) -> bool:
    """Does a date's clause say its happening is another one («إن غارة أخرى اليوم الخميس قتلت أربعة أطفال»)?"""
    return bool((a.clause_content | b.clause_content) & _another_words())


@lru_cache(maxsize=1)
def _another_words() -> frozenset[str]:
    """Stems of the words saying a happening is another one of its kind («غارة أخرى»، «هجوم آخر»)."""
    return frozenset(stem(row["word"]) for row in lexicon.table("another_words") if row.get("word"))


def _different_actors(a: Draft, b: Draft) -> bool:
    """Two doers named, and not the same one."""
    return bool(a.actor and b.actor and not _same_name(a.actor, b.actor))


def _different_countries(a: Draft, b: Draft) -> bool:
    """«أجرى الملك اتصالا هاتفيا أمس الأول بالرئيس المصري» and «تلقى الملك اتصالا هاتفيا أمس الأول من الرئيس
    الفرنسي»: the same words around the date, two calls with two countries."""
    return bool(a.countries and b.countries and not a.countries & b.countries)


def _different_figures(a: Draft, b: Draft) -> bool:
    return bool(a.numbers and b.numbers and not a.numbers & b.numbers)


def _different_clause_figures(a: Draft, b: Draft) -> bool:
    """Within one article, a happening told again with an event word in common differs by the figures of the
    clauses holding the dates (two matches' scores, two attacks' tolls), not by the figures the sentences add
    about it: «انتشال جثث 34 طالب …، ونجم عن الزلزال الذي ضرب جزيرة سولاويزي الجمعة» … «دفن أكثر من 800 قتيل من
    ضحايا الزلزال القوي الذي ضرب البلاد، الجمعة الماضية» tell one earthquake."""
    return bool(a.clause_numbers and b.clause_numbers and not a.clause_numbers & b.clause_numbers)


def _candidate_pairs(drafts: Sequence[Draft]) -> Iterable[tuple[int, int]]:
    """Pairs worth comparing, in a fixed order: within a block (one sentence and span; one article
    and span; one span and event word) each draft meets the WINDOW drafts before it, so the pairs
    grow with the drafts, not their square (a text repeating one date a thousand times); groups
    still form through the chain. Near-duplicate sentences come from LSH.

    A pair may come twice (from two blocks, or from a block and LSH); comparing it again changes
    nothing (the decision is pure, and a group's clock time never changes once set), so no set of
    the pairs seen is kept (its memory grew with the pairs)."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for index, draft in enumerate(drafts):
        blocks[("sentence", draft.sentence_key, draft.span)].append(index)
        if draft.grain in ARTICLE_GRAINS:
            blocks[("article", draft.source.id, draft.span)].append(index)
        if draft.grain in FINE_GRAINS:
            blocks[("first day", draft.source.id, draft.span[0])].append(index)  # a range and its start
            for word in sorted(draft.event_words):
                blocks[("fine", draft.span, word)].append(index)
    for members in blocks.values():
        for i, b in enumerate(members):
            for a in members[max(0, i - WINDOW) : i]:
                yield a, b
    yield from _near_duplicates(drafts)


def _near_duplicates(drafts: Sequence[Draft]) -> Iterable[tuple[int, int]]:
    """Identical sentences of one span chain to each other; the distinct ones go through LSH,
    each taking at most WINDOW candidates."""
    by_span: dict[tuple, dict[frozenset, list[int]]] = defaultdict(dict)
    for index, draft in enumerate(drafts):
        by_span[draft.span].setdefault(draft.shingles, []).append(index)
    for by_text in by_span.values():
        for same in by_text.values():
            yield from zip(same, same[1:])
        firsts = [same[0] for same in by_text.values()]
        if len(firsts) < 2:
            continue
        if len(firsts) <= 8:  # a handful: compare directly
            for i, a in enumerate(firsts):
                for b in firsts[i + 1 :]:
                    yield a, b
            continue
        from datasketch import MinHash, MinHashLSH  # here: it loads scipy, which `extract` never needs

        lsh = MinHashLSH(num_perm=_PERMUTATIONS, params=_lsh_bands())
        signatures = {}
        for index in firsts:
            signature = MinHash(num_perm=_PERMUTATIONS, seed=_SEED)
            signature.update_batch([s.encode("utf-8") for s in sorted(drafts[index].shingles)])
            signatures[index] = signature
            lsh.insert(index, signature)
        for index in firsts:
            for other in sorted(o for o in lsh.query(signatures[index]) if o > index)[:WINDOW]:
                yield index, other


@lru_cache(maxsize=1)
def _lsh_bands() -> tuple[int, int]:
    """The bands and rows datasketch chooses for the threshold (a costly search: done once)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=NEAR_DUPLICATE, num_perm=_PERMUTATIONS)
    return lsh.b, lsh.r


def shingles(norm_words: Sequence[str], size: int = 3) -> frozenset[str]:
    if len(norm_words) < size:
        return frozenset([" ".join(norm_words)]) if norm_words else frozenset()
    # interned: the drafts of one sentence (a list of dates holds a hundred) share their shingles' text
    return frozenset(intern(" ".join(norm_words[i : i + size])) for i in range(len(norm_words) - size + 1))


def _clause_break_between(a: Draft, b: Draft) -> bool:
    """Is there a clause mark between the two mentions of one sentence?"""
    (a_start, a_end), (b_start, b_end) = a.highlights[0], b.highlights[0]
    gap = a.sentence[min(a_end, b_end) : max(a_start, b_start)]
    return CLAUSE_MARK.search(gap) is not None


def _jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _same_grain(a: Draft, b: Draft) -> bool:
    return a.grain == b.grain or {a.grain, b.grain} <= FINE_GRAINS


def _names_someone(actor: str) -> bool:
    """«المتحدث الرسمي»، «الوزير»، «رئيس الوزراء» name no one by themselves: two articles' spokesmen of one day
    are not one speaker. A name with a proper noun, an office with a longer complement or with a nationality
    («الرئيس الأميركي») does."""
    from .places.gazetteer import gazetteer  # here: the gazetteer loads only for a build

    words = normalize(actor).split()
    if not words:
        return False
    offices, generics = _role_words()
    if len(words) > 2 or not (words[0] in generics or words[0] in offices
                              or (words[0].startswith("ال") and words[0][2:] in offices)):
        return True
    return len(words) == 2 and gazetteer().nisba_country(words[1]) is not None  # «الرئيس الأميركي» is one man


@lru_cache(maxsize=1)
def _role_words() -> tuple[frozenset[str], frozenset[str]]:
    """The title table's office nouns (رئيس، متحدث) and generic nouns (الشركة، المتحدث)."""
    rows = lexicon.table("title_words")
    return (frozenset(row["word"] for row in rows if row.get("role") == "office"),
            frozenset(row["word"] for row in rows if row.get("role") == "generic"))


def _same_name(a: str, b: str) -> bool:
    """«الرئيس الفرنسي إيمانويل ماكرون» and «ماكرون» are one actor; «المنتخب التونسي» and
    «المنتخب الإسباني» are not."""
    a, b = " ".join(a.split()), " ".join(b.split())
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "
