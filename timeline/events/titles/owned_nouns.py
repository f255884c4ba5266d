"""Verbal nouns with an owner's pronoun («تعيينه») and the words a title names as their owner."""

from __future__ import annotations

from ...terms import normalize_word as normalize
from .render import _without_conjunction
from .tokens import (
    ARTICLE, PREPOSITION_ARTICLE, _Token, _is_function, _lead_words, _phrase_at, _verb_like, without_marks,
)


def _owned_noun(word: str) -> str | None:
    """A verbal noun without its pronoun: «لقائه» -> «لقاء», «خسارته» -> «خسارة», «انضمامه» -> «انضمام»."""
    word = without_marks(_without_conjunction(word))  # diacritics, tatweel
    norm = normalize(word)
    suffix = next((end for end in ("ها", "هم", "ه") if word.endswith(end)), None)  # not ة («محاولة»)
    if suffix is None or norm.startswith(ARTICLE) or len(norm) - len(suffix) < 4 or _is_function(_Token(0, 0, word, norm)):
        return None
    stem_ = word[: -len(suffix)]
    if stem_.endswith("ئ"):
        stem_ = stem_[:-1] + "اء" if not stem_.endswith("ائ") else stem_[:-1] + "ء"  # «لقائه» -> «لقاء»
    elif stem_.endswith("ت") and not (len(stem_) == 5 and stem_[0] == "ت" and stem_[3] == "ي"):
        stem_ = stem_[:-1] + "ة"
    return stem_


def _owner(tokens: list[_Token], first: int, last: int) -> tuple[int, ...]:
    """Whose a dated verbal noun is when it ends on a pronoun («منذ لقائه مع كيم»): the subject of the sentence's main
    clause, a verb then a name or a definite noun phrase — after the phrase when the sentence opens on it, else at its
    start. Only a one-word name before a particle or comma, or up to three definite words; else no one."""
    if not _owned_noun(tokens[first].surface):
        return ()
    opening = next((i for i, t in enumerate(tokens) if not t.time and not _lead_words(tokens, i)), None)
    if opening is None:
        return ()
    if opening >= first - 1:  # the sentence opens on the phrase: the main clause follows its comma
        opening = last + 1
        while opening < len(tokens) and (tokens[opening].time or _lead_words(tokens, opening)):
            opening += 1
    if opening + 1 >= len(tokens) or first - 1 <= opening <= last:
        return ()
    verb = tokens[opening]
    if verb.norm.startswith(ARTICLE) or _is_function(verb) or verb.stop or not _verb_like(verb) \
            or _phrase_at(tokens, opening, "report", proclitic=True):
        return ()
    subject = []
    for index in range(opening + 1, min(len(tokens), opening + 4)):
        token = tokens[index]
        if token.time or _is_function(token) or not token.norm.startswith(ARTICLE) or len(token.norm) <= 3:
            break
        subject.append(index)
        if token.stop:
            break
    if subject:
        return tuple(subject) if first > subject[-1] or first < opening else ()
    name = tokens[opening + 1]
    following = tokens[opening + 2] if opening + 2 < len(tokens) else None
    if name.time or _is_function(name) or len(name.norm) < 3 or name.norm[:1].isdigit() or name.norm.startswith(PREPOSITION_ARTICLE) \
            or not (name.stop or following is None or _is_function(following) or following.norm.endswith("ا")
                    and not following.norm.startswith(ARTICLE)):
        return ()
    return (opening + 1,) if not first - 1 <= opening + 1 <= last else ()


def _derived_in_ta(word: str) -> str | None:
    """«انطلاقته» -> «انطلاقة», «استضافتها» -> «استضافة»: a derived verbal noun in ة (انفعال, افتعال, استفعال: an alif
    first and before its last letter) without its pronoun, or None. (Read here, where the title's length is kept, not
    for the protagonist, whose name would push a title past MAX_CHARS.)"""
    owned = _owned_noun(word)
    norm = normalize(owned) if owned else ""
    return owned if norm.endswith("ه") and len(norm) >= 7 and norm[:1] == "ا" and norm[-3:-2] == "ا" else None
