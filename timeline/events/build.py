"""Mentions -> events: the sentence around each placed time, what happens there, and where.

An event is built from the sentence (and, for its title, the clause) holding a DATE or
TIME mention with a span. The same happening told twice, in one article or in several,
becomes one event with several sources. Events come out in chronological order.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..model import Article, Event, Mention, Source
from ..normalize import normalize as default_normalize
from ..terms import TermMatcher, Word, places, triggers, words

# Finer grains first, so a day sorts before the month that starts on it.
GRAIN_ORDER = ("day", "weekend", "week", "month", "quarter", "season", "half", "year", "decade", "century")

MIN_TITLE_WORDS = 10  # a clause shorter than this borrows its neighbours («عقدت يوم 8 مارس الجاري بالرباط»)
MAX_TITLE_WORDS = 20

# A sentence ends at a newline, or at . ! ? ؟ … ؛ followed by space (not inside 3.5 or 8.3.2022).
_SENTENCE_END = re.compile(r"\n+|(?<=[.!?؟…؛])\s+")
# A clause ends at the Arabic comma, or a Latin comma, colon or semicolon followed by space.
_CLAUSE_END = re.compile(r"[،؛]\s*|[,:;]\s+")
_TRIM = " \t\r\n.,،؛;:!?؟…-–—"
_LEADING_PARTICLES = {default_normalize(w) for w in ("أن", "إن", "وأن", "بأن", "كما", "ثم", "و")}
_CLOCK = re.compile(r"T(\d{2}:\d{2})")

# Words that say nothing about which happening a sentence tells of (dedupe compares the rest).
_STOPWORDS = {
    default_normalize(w)
    for w in (
        "في من على إلى عن مع أن إن الذي التي الذين هذا هذه ذلك تلك كان كانت قد ضد بين كما أيضا "
        "خلال يوم بعد قبل حتى منذ عند لدى وذلك التي إلا أو ثم لم لن ما لا هو هي هم وقد وكان وأن "
        "أكثر أقل حول عبر"
    ).split()
}
_STEM_PREFIXES = tuple(default_normalize(p) for p in ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"))


@dataclass
class _Draft:
    """An event while it is being gathered: mutable, with what dedupe compares."""

    span: tuple
    grain: str
    time: str | None
    title: str
    sentence: str
    highlights: tuple[tuple[int, int], ...]
    category: str | None
    place: str | None
    content: frozenset[str]
    sentence_key: tuple  # (article index, sentence start): mentions in one sentence fold together
    order: tuple  # (article index, field rank, mention start): source order
    mod: str | None
    approximate: bool
    mentions: list[Mention] = field(default_factory=list)
    mention_sources: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    def absorb(self, other: "_Draft") -> None:
        self.mentions += other.mentions
        self.mention_sources += other.mention_sources
        for source in other.sources:
            if source.id not in {s.id for s in self.sources}:
                self.sources.append(source)
        self.category = self.category or other.category
        self.place = self.place or other.place
        self.time = self.time or other.time
        self.approximate = self.approximate or other.approximate
        self.content |= other.content
        if other.sentence_key == self.sentence_key:
            self.highlights = tuple(sorted(set(self.highlights) | set(other.highlights)))

    def freeze(self) -> Event:
        return Event(
            title=self.title,
            sentence=self.sentence,
            span=self.span,
            grain=self.grain,
            mentions=tuple(self.mentions),
            mention_sources=tuple(self.mention_sources),
            sources=tuple(self.sources),
            highlights=self.highlights,
            category=self.category,
            place=self.place,
            mod=self.mod,
            approximate=self.approximate,
            time=self.time,
        )


class EventBuilder:
    """Holds the trigger and place tables; `build` turns articles and their mentions into events."""

    def __init__(
        self,
        normalize: Callable[[str], str] = default_normalize,
        trigger_matcher: TermMatcher | None = None,
        place_matcher: TermMatcher | None = None,
    ):
        self.normalize = normalize
        self.triggers = trigger_matcher or triggers(normalize)
        self.places = place_matcher or places(normalize)

    def build(self, items: Iterable[tuple[Article, list[Mention]]]) -> list[Event]:
        drafts: list[_Draft] = []
        by_time: dict[tuple, list[_Draft]] = {}  # (span, grain) -> drafts, the only ones that can match
        for article_index, (article, mentions) in enumerate(items):
            source = Source.of(article)
            # Body before headline: the body's sentence is the fuller one to quote.
            for mention in sorted(mentions, key=lambda m: (m.field == "title", m.start)):
                if not is_event_mention(mention):
                    continue
                text = article.title if mention.field == "title" else article.text
                draft = self._draft(article_index, source, text, mention)
                key = (draft.span, draft.grain)
                twin = next((d for d in by_time.get(key, ()) if self._same(d, draft)), None)
                if twin:
                    twin.absorb(draft)
                else:
                    by_time.setdefault(key, []).append(draft)
                    drafts.append(draft)
        drafts.sort(key=lambda d: (d.span[0], _grain_rank(d.grain), d.time or "", d.order))
        return [d.freeze() for d in drafts]

    def _draft(self, article_index: int, source: Source, text: str, mention: Mention) -> _Draft:
        s_start, s_end = sentence_at(text, mention.start)
        sentence = text[s_start:s_end]
        t_start, t_end = title_scope(text, s_start, s_end, mention.start, mention.end)
        scope_words = words(text[t_start:t_end], self.normalize)
        mention_at = _word_index(scope_words, mention.start - t_start)
        sentence_words = words(sentence, self.normalize)

        category = _nearest(self.triggers.find(scope_words), mention_at) or _nearest(
            self.triggers.find(sentence_words), _word_index(sentence_words, mention.start - s_start)
        )
        place = _nearest(self.places.find(scope_words), mention_at)
        highlights = ((mention.start - s_start, min(mention.end, s_end) - s_start),)
        clock = _CLOCK.search(mention.value) if mention.type == "TIME" else None
        return _Draft(
            span=mention.span,
            grain=mention.grain if mention.grain in GRAIN_ORDER else "day",
            time=clock.group(1) if clock else None,
            title=make_title(text[t_start:t_end], mention.start - t_start, mention.end - t_start),
            sentence=_squash(sentence),
            highlights=_squashed_offsets(sentence, highlights),
            category=category,
            place=place,
            content=self._content(scope_words, mention.start - t_start, mention.end - t_start),
            sentence_key=(article_index, mention.field, s_start),
            order=(article_index, 0 if mention.field != "title" else 1, mention.start),
            mod=mention.mod,
            approximate=mention.approximate,
            mentions=[mention],
            mention_sources=[source.id],
            sources=[source],
        )

    def _content(self, scope_words: list[Word], m_start: int, m_end: int) -> frozenset[str]:
        """Stems of the clause's content words, leaving out the time expression itself."""
        return frozenset(
            _stem(w.norm)
            for w in scope_words
            if not (m_start <= w.start < m_end) and w.norm not in _STOPWORDS and not w.norm.isdigit()
            and len(_stem(w.norm)) >= 3
        )

    @staticmethod
    def _same(a: _Draft, b: _Draft) -> bool:
        """Same happening? Same span and grain, nothing contradicts, and two signals agree.

        One signal is not enough: two different meetings can fall in the same month.
        """
        if a.time and b.time and a.time != b.time:
            return False
        if a.sentence_key == b.sentence_key:
            return True  # a Gregorian date and its Hijri twin, or a date and the clock time beside it
        if (a.place and b.place and a.place != b.place) or (a.category and b.category and a.category != b.category):
            return False
        signals = (
            bool(a.category and a.category == b.category)
            + bool(a.place and a.place == b.place)
            + (len(a.content & b.content) >= 2)
        )
        return signals >= 2


def build_events(items: Iterable[tuple[Article, list[Mention]]], normalize: Callable[[str], str] = default_normalize) -> list[Event]:
    """Events from (article, its mentions) pairs, deduplicated and in chronological order."""
    return EventBuilder(normalize).build(items)


def is_event_mention(mention: Mention) -> bool:
    """Only placed dates and times are events: durations, sets and vague references are not."""
    return mention.type in ("DATE", "TIME") and mention.span is not None


def event_id(event: Event) -> str:
    """A stable identity: when and what, and the earliest citation by source id.

    Sorting the citations makes the id independent of the order the articles were read in.
    """
    first = min(
        (source_id, m.field, m.start) for source_id, m in zip(event.mention_sources, event.mentions)
    )
    key = "|".join(
        str(part)
        for part in (event.span[0], event.span[1], event.grain, event.time, event.category, event.place, *first)
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


# --- text geometry -----------------------------------------------------------------------


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """[start, end) of the sentence holding `offset`, without surrounding space."""
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        if boundary.start() > offset:
            return _strip(text, start, boundary.start())
        start = boundary.end()
    return _strip(text, start, len(text))


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    result, cursor = [], start
    for boundary in _CLAUSE_END.finditer(text, start, end):
        result.append((cursor, boundary.start()))
        cursor = boundary.end()
    result.append((cursor, end))
    return [c for c in result if c[1] > c[0]]


def title_scope(text: str, s_start: int, s_end: int, m_start: int, m_end: int) -> tuple[int, int]:
    """The clause holding the mention, widened by neighbouring clauses while it is too short."""
    parts = clauses(text, s_start, s_end)
    first = next((i for i, (a, b) in enumerate(parts) if a <= m_start < b), 0)
    last = next((i for i, (a, b) in enumerate(parts) if a < m_end <= b), first)
    last = max(first, last)

    def size(i, j):
        return len(text[parts[i][0] : parts[j][1]].split())

    while size(first, last) < MIN_TITLE_WORDS and (first > 0 or last < len(parts) - 1):
        if first > 0:
            first -= 1
        else:
            last += 1
    return parts[first][0], parts[last][1]


def make_title(scope: str, m_start: int, m_end: int, max_words: int = MAX_TITLE_WORDS) -> str:
    """The clause as a short headline: whole words only, the time expression always kept."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", scope)]
    if not tokens:
        return ""
    first, last = 0, len(tokens) - 1
    while first < last and _bare(scope[slice(*tokens[first])]) in _LEADING_PARTICLES and tokens[first][1] <= m_start:
        first += 1
    if last - first + 1 > max_words:
        m_first = next((i for i, t in enumerate(tokens) if t[1] > m_start), first)
        m_last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i][0] < m_end), last)
        # Keep the expression, then as many words before it as fit, then after.
        window_first = max(first, min(m_first, m_last - max_words + 1))
        window_first = max(first, min(window_first, last - max_words + 1))
        cut_before, cut_after = window_first > first, window_first + max_words - 1 < last
        first, last = window_first, min(last, window_first + max_words - 1)
    else:
        cut_before = cut_after = False
    title = _squash(scope[tokens[first][0] : tokens[last][1]]).strip(_TRIM)
    return ("… " if cut_before else "") + title + (" …" if cut_after else "")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _squash(text: str) -> str:
    """One line, single spaces: article text may carry \\r\\n, tabs or runs of spaces."""
    return " ".join(text.split())


def _squashed_offsets(sentence: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Move offsets into `sentence` to the same places in `_squash(sentence)`."""
    mapping, squashed, previous_space = [], 0, True
    stripped_start = len(sentence) - len(sentence.lstrip())
    for index, ch in enumerate(sentence):
        mapping.append(squashed)
        if index < stripped_start:
            continue
        if ch.isspace():
            if not previous_space:
                squashed += 1
            previous_space = True
        else:
            squashed += 1
            previous_space = False
    mapping.append(squashed)
    return tuple((mapping[a], min(mapping[b], len(_squash(sentence)))) for a, b in sorted(spans))


def _bare(token: str) -> str:
    return default_normalize(token.strip(_TRIM + "\"'«»()"))


def _stem(norm: str) -> str:
    for prefix in _STEM_PREFIXES:
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 3:
            return norm[len(prefix) :]
    return norm


def _word_index(scope_words: list[Word], offset: int) -> int:
    return next((i for i, w in enumerate(scope_words) if w.end > offset), len(scope_words))


def _nearest(hits, at: int) -> str | None:
    """The label of the hit closest to word `at`; on a tie the one before it (Arabic puts the noun first)."""
    if not hits:
        return None
    return min(hits, key=lambda h: (min(abs(h.first - at), abs(h.last - at)), h.first > at)).value


def _grain_rank(grain: str) -> int:
    return GRAIN_ORDER.index(grain) if grain in GRAIN_ORDER else len(GRAIN_ORDER)


__all__ = ["EventBuilder", "build_events", "event_id", "is_event_mention", "sentence_at", "make_title"]
