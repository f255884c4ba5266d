"""A relative clause of occurrence after a place is the happening's, not the place's: «مباراة منتخب بلاده أمام
كرواتيا التي جرت الأحد», «بطولة الأولمبياد الشتوية في بيونغتشانغ في كوريا الجنوبية التي انتهت في فبراير».

A country or a city does not take place, end or begin (relative_happenings.tsv's verbs); when the words right
before the relative pronoun are a place the gazetteer knows, after a preposition of place or opposition
(title_words.tsv, place_link), the clause describes the nearest happening's noun before them (an event trigger:
«مباراة», «بطولة», «قمة»), and the title is told of it («انتهاء بطولة الأولمبياد الشتوية …»), not of the place
(«كوريا الجنوبية انتهت»). Without such a noun close by, the place stays what the clause describes."""

from __future__ import annotations

from functools import lru_cache

from ...terms import Word, triggers, words
from .tokens import _Token, _is_function, _phrase_at, _roles_words

HAPPENING_REACH = 6  # words back from the preposition to the happening's noun («مباراة منتخب بلاده أمام»)
PLACE_WORDS = 4  # a place's name before the relative pronoun («كوريا الجنوبية»)


def happening_before_place(tokens: list[_Token], start: int, pronoun: int) -> int | None:
    """Where the happening's noun phrase starts when tokens[start:pronoun] is a place after a place link and the
    clause after the pronoun opens on a verb of occurrence; else None."""
    from .embedded_phrases import _occurrence_verbs  # (embedded_phrases reads the clause machinery's modules)
    if start < 2 or pronoun + 1 >= len(tokens) or pronoun - start > PLACE_WORDS \
            or tokens[pronoun + 1].norm not in _occurrence_verbs():
        return None
    link = tokens[start - 1]
    if link.norm not in _place_links() or link.stop or link.time:
        return None
    if not _whole_place(tokens[start:pronoun]):
        return None
    for index in range(start - 2, max(-1, start - 2 - HAPPENING_REACH), -1):
        token = tokens[index]
        if token.stop or token.time or token.opens_quote or _phrase_at(tokens, index, "relative", proclitic=True) \
                or _phrase_at(tokens, index, "opens", proclitic=True):
            return None
        if _is_function(token) and token.norm not in _place_links():
            return None  # («… على أن … في تونس التي»: a particle ends the phrase)
        if not _is_function(token) and _trigger(token):
            head = tokens[index - 1] if index else None
            if head is not None and not (head.stop or head.time or _is_function(head)) \
                    and not head.norm.startswith("ال") and _trigger(head):
                return index - 1  # «بطولة الأولمبياد»: the happening's construct head
            return index
    return None


@lru_cache(maxsize=1)
def _place_links() -> frozenset[str]:
    return frozenset(_roles_words("place_link"))


def _whole_place(phrase: list[_Token]) -> bool:
    from ..places import gazetteer  # (the places package is loaded only for these rare clauses)
    hits = gazetteer().find([Word(token.norm, 0, 0) for token in phrase])
    return bool(hits) and hits[0].first == 0 and hits[0].last == len(phrase) - 1 and not hits[0].clitic \
        and hits[0].entry.kind in ("country", "city")


def _trigger(token: _Token) -> bool:
    norm = token.norm[1:] if token.norm[:1] in "وفبل" and len(token.norm) > 4 else token.norm
    return any(hit.value for hit in triggers().find(words(token.surface))) or norm != token.norm and \
        any(hit.value for hit in triggers().find(words(token.surface[1:])))
