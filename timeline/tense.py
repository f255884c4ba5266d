"""Tense cues: the words that tell whether a sentence speaks of the past or of the future.

Bare months and weekdays («في مارس»، «يوم الخميس») take the tense of the cue nearest to them
(resolve.py). Cues are listed words (lexicon/tense.tsv, relations, relative days) and, as a
guess marked FUTURE?, imperfect verbs with the future prefix سـ.
"""
from __future__ import annotations

from bisect import bisect_left
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
        tense.setdefault(word, "FUTURE" if value in ("NEXT", "AFTER_NEXT")
                         else "PAST" if value in ("PREV", "ENDED", "BEFORE_PREV") else None)
    for word, offset in RELATIVE_DAYS.items():
        if " " not in word and offset:
            tense.setdefault(word, "FUTURE" if offset > 0 else "PAST")
    listed = {word: value for word, value in tense.items() if value}
    with_conjunction = {conjunction + word: value for word, value in listed.items() for conjunction in "وف"
                        if len(word) > 2}  # «والمقبل»; a listed word wins over a conjunction reading
    return {**with_conjunction, **listed}  # NONE: read whole, no cue (scan.py drops it)


@lru_cache(maxsize=1)
def _not_future() -> frozenset[str]:
    return frozenset(lexicon.words("not_future"))


def looks_future(token: str) -> bool:
    """سيعقد، ستنظم، سنواصل: the future prefix سـ on an imperfect verb."""
    if token[:1] in "وف" and token[1:2] == "س":
        token = token[1:]
    # a final ا or ة is a noun or a name (سيريكا، سيارة), not an imperfect verb
    if len(token) < 5 or token[0] != "س" or token[1] not in "يتنا" or token in _not_future():
        return False
    # a final ا or ة is a noun or a name (سيارة، سيريكا), unless the word without سـ is a listed verb (سيواجه)
    return token[-1] not in "اه" or cue_words().get(token[1:]) == "FUTURE"


AFTER_WEIGHT = 3
# cues that count only before the expression: a guessed سـ verb (the verb of its clause stands before
# it), a preposition opening an adjunct of its own («العراق ستخوض الانتخابات، السبت، منذ سقوط …»), and a word of
# purpose whose match lies ahead («… لخوض أول مبارياتهم يوم الاثنين», not «وصل يوم الأحد استعدادا للمباراة»)
BEFORE_ONLY = ("FUTURE?", "PAST_BEFORE", "FUTURE_BEFORE")


def _tense(cue_tense: str) -> str:
    if cue_tense in ("PAST_BEFORE", "FUTURE_BEFORE"):
        return cue_tense.removesuffix("_BEFORE")
    return cue_tense.rstrip("?")


# a cue more than this many characters after the expression belongs to another clause: «توجهت بعثة الأحد إلى
# رأس لانوف لتقييم الأضرار وتحديد موعد استئناف الإنتاج» (a past trip, موعد of a purpose clause); dev/dev2 unchanged,
# corpus: five bare weekdays of past reports read right, none worse
AFTER_REACH = 30
IMMEDIATE_VERB_GAP = 2  # «الخميس، سيزور»: a comma and a space


def firm_after(cues: list[tuple[int, int, str]]) -> list[int]:
    """For each cue index i, the first index >= i whose cue is not a guessed سـ verb (len(cues) if none):
    nearest_tense then skips a run of guessed verbs in one step."""
    result = [len(cues)] * (len(cues) + 1)
    for i in range(len(cues) - 1, -1, -1):
        result[i] = i if cues[i][2] not in BEFORE_ONLY else result[i + 1]
    return result


def nearest_tense(cues: list[tuple[int, int, str]], cue_starts: list[int], sentence: tuple[int, int],
                  start: int, end: int, firm: list[int] | None = None) -> str | None:
    """The tense of the cue of the sentence nearest to the expression [start, end) (see nearest_cue)."""
    return nearest_cue(cues, cue_starts, sentence, start, end, firm)[0]


def nearest_cue(cues: list[tuple[int, int, str]], cue_starts: list[int], sentence: tuple[int, int],
                start: int, end: int, firm: list[int] | None = None,
                set_off: bool = False, closed: bool = False) -> tuple[str | None, bool]:
    """The tense of the cue of the sentence nearest to the expression [start, end), and whether
    that cue comes after it (the verb a fronted time adjunct belongs to: «وفي أبريل، أبلغ …»).

    `cues` are the text's cues in order, `cue_starts` their starts. A cue inside the expression
    does not count; a guessed سـ verb counts only before it, where the verb of its clause stands;
    a cue before wins a tie, and one after weighs its distance by AFTER_WEIGHT. Cues never
    overlap, so only two need looking at. `set_off`: a comma stands right before the expression; `closed`: one
    right after it too. A date set off by commas on both sides is an adjunct of the verb before it («كشف مايك بنس،
    نائب الرئيس، الخميس، عن موعد تدشين …»): with a cue before it, the cues after it are another clause's."""
    lo, hi = sentence
    best = None
    before = bisect_left(cue_starts, start) - 1
    if before >= 0 and cues[before][2] == "CLAUSE":
        before -= 1  # «من المقرر أن …»: the words before a complementiser give the tense of its clause
    if before >= 0 and cue_starts[before] >= lo:
        cue_start, cue_end, tense = cues[before]
        # a cue running into the expression («وغدا» read as a cue, «غدا» the mention) is nearest of all
        distance = start - cue_end if cue_end <= start else cue_start - end + 0.5
        best = (distance, _tense(tense))
    after = bisect_left(cue_starts, end)
    if (not set_off and after < len(cues) and cues[after][2] == "FUTURE?" and cue_starts[after] < hi
            and cue_starts[after] - end <= IMMEDIATE_VERB_GAP):
        # «والخميس، سيزور الأمير …»: a سـ verb right after a day is that day's verb, unless the day is
        # set off by commas after the verb it belongs to («الذي صدر، الإثنين، ستوقف …»)
        distance = (cue_starts[after] - end) * AFTER_WEIGHT + 0.5
        if best is None or distance < best[0]:
            best = (distance, "FUTURE", True)
    elif firm is not None:
        after = firm[after]
    if set_off and closed and best is not None:
        return (None, False) if best[1] == "CLAUSE" else (best[1], False)
    while after < len(cues) and cue_starts[after] < hi and cues[after][2] in BEFORE_ONLY:
        after += 1
    # a complementiser after the expression opens another clause («كشف …، الأحد، أن البنك يعتزم …»):
    # the cues past it are not the expression's
    if (after < len(cues) and cue_starts[after] < hi and cues[after][2] != "CLAUSE"
            and cue_starts[after] - end <= AFTER_REACH):
        # the verb that governs a time adjunct usually comes before it («أصدر الرئيس، الأحد، مرسوما
        # ينظم…»): a cue after the expression counts at three times its distance
        distance = (cue_starts[after] - end) * AFTER_WEIGHT + 0.5
        if best is None or distance < best[0]:
            best = (distance, _tense(cues[after][2]), True)
    if best is None or best[1] == "CLAUSE":  # two complementisers in a row tell no tense
        return None, False
    return best[1], len(best) > 2
