"""Tense cues: the words that tell whether a sentence speaks of the past or of the future.

Bare months and weekdays («في مارس»، «يوم الخميس») take the tense of the cue nearest to them
(resolve.py). Cues are listed words (lexicon/tense.tsv, relations, relative days) and, as a
guess marked FUTURE?, imperfect verbs with the future prefix سـ.
"""
from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .rules import RELATIONS, RELATIVE_DAYS

# سيعقد، وستنظم: the candidates a scan reports; looks_future() decides
FUTURE_VERB_PATTERN = r"[وف]?س[يتنا]\w{2,}"


@lru_cache(maxsize=1)
def cue_words() -> dict[str, str]:
    """Every cue word, with its و/ف forms, and its tense (FUTURE or PAST)."""
    tense: dict[str, str | None] = dict(lexicon.words("tense"))
    for word, value in RELATIONS.items():
        tense.setdefault(word, "FUTURE" if value == "NEXT" else "PAST" if value in ("PREV", "ENDED") else None)
    for word, offset in RELATIVE_DAYS.items():
        if " " not in word and offset:
            tense.setdefault(word, "FUTURE" if offset > 0 else "PAST")
    listed = {word: value for word, value in tense.items() if value}
    with_conjunction = {conjunction + word: value for word, value in listed.items() for conjunction in "وف"
                        if len(word) > 2}  # «والمقبل»; a listed word wins over a conjunction reading
    return {**with_conjunction, **listed}


@lru_cache(maxsize=1)
def _not_future() -> frozenset[str]:
    return frozenset(lexicon.words("not_future"))


def looks_future(token: str) -> bool:
    """سيعقد، ستنظم، سنواصل: the future prefix سـ on an imperfect verb."""
    if token[:1] in "وف" and token[1:2] == "س":
        token = token[1:]
    # a final ا or ة is a noun or a name (سيريكا، سيارة), not an imperfect verb
    return (len(token) >= 5 and token[0] == "س" and token[1] in "يتنا" and token[-1] not in "اه"
            and token not in _not_future())


def nearest_tense(cues: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The tense of the cue nearest to the expression [start, end) (a cue before it wins a tie)."""
    best = None
    for cue_start, cue_end, tense in cues:
        if start <= cue_start < end or (tense == "FUTURE?" and cue_start >= end):
            continue  # a guessed سـ verb counts only before the expression, where the verb of its clause stands
        tense = tense.rstrip("?")
        distance = start - cue_end if cue_end <= start else cue_start - end + 0.5
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None
