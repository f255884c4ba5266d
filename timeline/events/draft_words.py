"""The words a draft compares: content stems without stopwords or pronouns, clause words, squashed offsets."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from ..normalize import normalize as default_normalize
from ..terms import Word, stem
from .sentences import squash


# Words that say nothing about which happening a sentence tells of (merging compares the rest).
_PRONOUN_SUFFIXES = ("هما", "ها", "هم", "هن")  # longest first
_STOPWORDS = {
    default_normalize(w)
    for w in (
        "في من على إلى عن مع أن إن الذي التي الذين هذا هذه ذلك تلك كان كانت قد ضد بين كما أيضا "
        "خلال يوم بعد قبل حتى منذ عند لدى وذلك التي إلا أو ثم لم لن ما لا هو هي هم وقد وكان وأن "
        "أكثر أقل حول عبر قال وقال أضاف وأضاف اليوم أمس غدا الماضي المقبل الجاري"
    ).split()
}


def squashed_offsets(sentence: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Move offsets into `sentence` to the same places in `squash(sentence)`."""
    mapping, squashed = squash_map(sentence)
    length = len(squashed)
    return tuple((mapping[a], min(mapping[b], length)) for a, b in sorted(spans))


@lru_cache(maxsize=64)
def squash_map(sentence: str) -> tuple[tuple[int, ...], str]:
    """For each offset of `sentence` its offset in `squash(sentence)`, and that text: computed once
    for all the mentions of a sentence (a list of dates holds a hundred), whose drafts then share
    one copy of it."""
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
    return tuple(mapping), squash(sentence)


EMPTY: frozenset = frozenset()


@lru_cache(maxsize=1 << 16)  # (news repeats its words: each drafted sentence's, twice)
def content_stem(norm: str) -> str | None:
    """The stem a content word adds to the overlap counts, or None for a stopword, a figure or a short stem."""
    if norm in _STOPWORDS or norm.isdigit():
        return None
    stemmed = _without_pronoun(stem(norm))
    return stemmed if len(stemmed) >= 3 else None


def _without_pronoun(stemmed: str) -> str:
    """A stem without an attached third-person pronoun, for overlap counts: «الزلزال الذي ضرب الجزيرة» …
    «المناطق التي ضربها زلزال» share «ضرب». (Not ه: after normalising it is also the feminine ending.)"""
    for suffix in _PRONOUN_SUFFIXES:
        if stemmed.endswith(suffix) and len(stemmed) - len(suffix) >= 3:
            return stemmed[: -len(suffix)]
    return stemmed


def frozen_set(items: Iterable) -> frozenset:
    """A frozenset, the empty ones shared (each new empty set takes 216 bytes, and a draft has four)."""
    return frozenset(items) or EMPTY


def words_within(sentence_words: list[Word], start: int, end: int) -> list[Word] | None:
    """The sentence's words inside [start, end) (offsets in the sentence), which are the words of that
    clause when no word crosses its ends (clause marks and spaces are no word characters): the clause
    is not cut into words again. None when one crosses."""
    inside = []
    for word in sentence_words:
        if word.end <= start:
            continue
        if word.start >= end:
            break
        if word.start < start or word.end > end:
            return None
        inside.append(word)
    return inside


def word_index(sentence_words: list[Word], offset: int) -> int:
    return next((i for i, w in enumerate(sentence_words) if w.end > offset), len(sentence_words))


def nearest_hit(hits, at: int) -> str | None:
    """The label of the hit closest to word `at`; on a tie the one before it (Arabic puts the noun first)."""
    if not hits:
        return None
    return min(hits, key=lambda h: (min(abs(h.first - at), abs(h.last - at)), h.first > at)).value
