"""A title opening on a verb of announcing, asking or deciding tells that verb's object: the description of the
subject set off between them (a relative clause, «وهي …», a time phrase after the date) is left out so the object
is told («أعلنت إريتريا، التي كانت منفذ إثيوبيا على البحر …، استقلالها» -> «أعلنت إريتريا استقلالها»)."""

from __future__ import annotations

from .tokens import MAX_CHARS, _Clause, _Token, _bare, _is_function, _lead_words, _phrase_at
from .lead import _continues_object


VERB_REACH = 3  # words before the verb in its clause («وفي 1993 أعلنت», «وقد أعلن», «بدورها أعلنت»)
DESCRIPTION_CLAUSES = 2  # «، وهي الوكالة الدولية، التي تراقب هذا النوع من الأسلحة،»
DESCRIPTION_WORDS = 3  # a shorter clause («، التي تشمل:») introduces what follows it, no description
OBJECT_WORDS = 2  # of the object, at least this much must fit in a title with the verb's clause
OBJECT_COMPLEMENTS = {"عن", "الي"}  # «أعلن … عن إصابته», «دعا … إلى …»: the object told by a preposition


def _verb_at(tokens: list[_Token], clause: _Clause) -> int | None:
    for index in range(clause.first, min(clause.last, clause.first + VERB_REACH) + 1):
        if _phrase_at(tokens, index, "object_verb", proclitic=True) and not _is_function(tokens[index]):
            return index
    return None


def _opens_object(tokens: list[_Token], clause: _Clause) -> bool:
    return _continues_object(tokens, clause) or _bare(tokens[clause.first].norm) in OBJECT_COMPLEMENTS


def _fits(tokens: list[_Token], words: list[int]) -> bool:
    return sum(len(tokens[i].surface) + 1 for i in words) - 1 <= MAX_CHARS


def past_subject_description(tokens: list[_Token], clauses: list[_Clause], first: int, last: int) -> int:
    """The core's last clause once the subject's description before the verb's object is skipped (its words
    marked skip), or `last` as it was when there is no such description or the object would not fit anyway."""
    verb = _verb_at(tokens, clauses[first])
    if verb is None or any(c.frame for c in clauses[first : last + 1]):
        return last
    head = [i for i in range(verb, clauses[first].last + 1) if not tokens[i].time and not tokens[i].skip]
    # a description in clauses of its own: «أعلنت إريتريا، [التي كانت …]، استقلالها»
    end = first
    while end + 1 < len(clauses) and end - first < DESCRIPTION_CLAUSES \
            and _phrase_at(tokens, clauses[end + 1].first, "description_opener", proclitic=True):
        end += 1
    if end > first and last <= end and end + 1 < len(clauses) \
            and all(sum(not t.time for t in tokens[c.first : c.last + 1]) >= DESCRIPTION_WORDS for c in clauses[first + 1 : end + 1]) \
            and not clauses[end + 1].frame \
            and _opens_object(tokens, clauses[end + 1]):
        object_words = list(range(clauses[end + 1].first, clauses[end + 1].first + OBJECT_WORDS))
        if not _fits(tokens, head + object_words):
            return last
        for clause in clauses[first + 1 : end + 1]:
            for token in tokens[clause.first : clause.last + 1]:
                token.skip = True
        return end + 1
    # a time phrase after the date, inside the verb's clause: «أعلن الفيشاوى في 3 أكتوبر [بعد تسلمه درع …]، عن إصابته»
    if last != first or last + 1 >= len(clauses) or clauses[last + 1].frame or not _opens_object(tokens, clauses[last + 1]):
        return last
    for position in range(verb + 2, clauses[first].last):
        if _phrase_at(tokens, position, "description_opener") and tokens[position - 1].time \
                and not tokens[verb + 1].time and not _lead_words(tokens, position - 1):
            kept = [i for i in head if i < position]
            object_words = list(range(clauses[last + 1].first, clauses[last + 1].first + OBJECT_WORDS))
            if not _fits(tokens, kept + object_words):
                return last
            for token in tokens[position : clauses[first].last + 1]:
                token.skip = True
            return last + 1
    return last
