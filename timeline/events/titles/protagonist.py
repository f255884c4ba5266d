"""Who an article is about, for a sentence that opens on a verb whose subject it leaves to the reader
(«وانتقل للعمل مع سي أن أن في عام 2013» in an article on Anthony Bourdain): the name its headline gives that its
text repeats most. A name never takes the article (not «حريق», read «الحريق» elsewhere), nor opens on a present
verb's prefix («يحذر»), nor is a time word («رمضان»)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .tokens import (
    ARTICLE, PREPOSITION_ARTICLE, PREPOSITIONS, QUANTITY, _Token, _bare, _conjoined, _is_function, _lead_words,
    _mark_time, _phrase_at, _present_forms, _purpose, _tokens)


MIN_MENTIONS = 3  # a name the text says fewer times is not what the article is about
WORD = re.compile(r"[^\W\d_]+")
ATTACHED = ("", "و", "ب", "ل", "وب", "ول", "ف")  # «وبوردين», «لبوردين»: the name with a particle
DEFINITE = ("ال", "وال", "بال", "لل", "فال", "كال")
NOUN_ENDINGS = ("ه", "ات", "ون", "ين", "وا", "اء", "يه", "ا")  # feminine, plural, dual, accusative: not a bare verb
DAMMA = "\u064f"  # «عُثر»: a passive verb, whose subject is what follows


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    return frozenset(normalize(row["word"]) for row in lexicon.table("months"))


@lru_cache(maxsize=16)
def _protagonist(text: str, headline: str) -> str | None:
    """The headline's word the article repeats most (MIN_MENTIONS times or more), never with the article."""
    counts = Counter(normalize(word) for word in WORD.findall(text))
    best, best_count = None, MIN_MENTIONS - 1
    tokens = _tokens(headline, 0, len(headline))
    _mark_time(tokens, headline, 0, (0, 0))
    for token in tokens:
        norm = token.norm
        if token.time or norm in _month_names() or len(norm) < 3 or norm[:1].isdigit() or norm.startswith((ARTICLE,) + PREPOSITION_ARTICLE) or _is_function(token) \
                or norm[:1] in "يت" and len(norm) >= 4 or norm in _present_forms() \
                or any(counts[prefix + norm] for prefix in DEFINITE):
            continue
        count = sum(counts[prefix + norm] for prefix in ATTACHED)
        if count > best_count:
            best, best_count = token.surface, count
    return best


def _opens_on_subjectless_verb(tokens: list[_Token], kept: list[int]) -> bool:
    """Does the title open where its sentence or a clause does (past time words and particles: «، ثم عاد إلى …»,
    «كما أنه حصل على …») on a past verb and then a
    preposition, so that no subject stands between them («وانتقل للعمل مع …», «واضطر إلى إلغاء …»)? Not a passive
    («خصص له معرض», «عُثر على»), a verb that is no happening («ليس»), nor in a quotation."""
    if len(kept) < 3:
        return False
    if not _at_clause_start(tokens, kept[0]):
        return False
    first, second = tokens[kept[0]], tokens[kept[1]]
    norm = first.norm[1:] if _conjoined(first) else first.norm
    surface = first.surface[1:] if _conjoined(first) else first.surface
    if norm.startswith(ARTICLE) or norm[:1].isdigit() or _is_function(first) or first.stop or first.opens_quote \
            or _purpose(first.norm) or norm in QUANTITY or not 3 <= len(norm) <= 6 or norm.endswith(NOUN_ENDINGS) \
            or surface[1:2] == DAMMA or _phrase_at(tokens, kept[0], "report", proclitic=True) \
            or any(_phrase_at(tokens, kept[0], role, proclitic=True) for role in ("adjunct", "impersonal", "copula")) \
            or norm[:1] in "يتن" and len(norm) >= 4 or norm[:1] == "س" and norm[1:2] in "يتنا" or norm == "سبق" \
            or norm[:1] in "بل" and len(norm) >= 5 \
            or any(t.opens_quote for t in tokens[: kept[0]]):
        # (an imperfect «يشارك في بطولته X» names its subject after; «سبق للإيطالي أن» after ل; «لتصل», «بالنظر»
        # are no past verbs; a quotation speaks of its own speaker)
        return False
    return not second.norm[:1].isdigit() and second.norm != "امام" and (
        _bare(second.norm) in PREPOSITIONS or second.norm.startswith(PREPOSITION_ARTICLE))


def _at_clause_start(tokens: list[_Token], index: int) -> bool:
    """Is tokens[index] the first word of the sentence or of a clause after a comma, past time words and particles?"""
    before = index - 1
    while before >= 0 and not tokens[before].stop and (tokens[before].time or _lead_words(tokens, before)):
        before -= 1
    return before < 0 or tokens[before].stop


def _agrees(name: str, verb: str) -> bool:
    """A name spelt feminine («روسيا», «فاطمة») takes a verb in ت («حصلت»), not «حصل»."""
    return not re.sub("[\u064b-\u0652]", "", name).endswith(("ا", "ة")) or normalize(verb).endswith("ت")
