"""Words read as verbs by their spelling (news Arabic carries no vowels): an imperfect, a perfect's ending, a
verb the lexicon knows; and whether a statement's title was cut before its verb. Shared by the cut and its tidying."""

from __future__ import annotations

from .tokens import ARTICLE, _Token, _construct_head, _is_function, _phrase_at, _present_forms, _roles_words


def _imperfect_long(token: _Token) -> bool:
    """«يقضي», «ويواصل»: ي opening a word of four to six letters (not «تقرير»: ت opens verbal nouns too), not a plural."""
    norm = token.norm[1:] if token.norm[:1] in "وف" and token.norm[1:2] == "ي" else token.norm
    return norm[:1] == "ي" and 4 <= len(norm) <= 6 and not norm.endswith(("ه", "ات", "ين")) and not _is_function(token)


def _imperfect_plural(norm: str) -> bool:
    """«يتقدمن», «يتمكنون»: a word spelt like an imperfect verb with a plural ending (not «تدريبات», «المشاركين»)."""
    return norm[:1] in "يت" and 4 <= len(norm) <= 7 and norm.endswith(("ن", "ون", "وا")) and not norm.endswith(("ين", "ات"))


def _predicate(token: _Token) -> bool:
    """A word spelt like a finite verb, a news verb the lexicon knows (its past verbs spelt as no other: «نما»,
    «بدأ»), or the future («سيتم», «ستنطلق»)."""
    norm = token.norm
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    return not _is_function(token) and not token.time and (
        _looks_verbal(norm) or _imperfect(token) or bare in _present_forms() or bare in _roles_words("verb")
        or bare[:1] == "س" and bare[1:2] in "يتن" and len(bare) >= 4 or token.norm in VERB_PARTICLES)


VERB_PARTICLES = {"سوف", "قد", "لن", "لم", "لا", "ما", "كان", "كانت", "يكون", "تكون", "سيتم", "يتم", "تم"}  # «سوف يتضمن»: one verb


def _imperfect(token: _Token) -> bool:
    """A word spelt like an imperfect verb («يضم», «تبلغ», «يبلغ»): ي or ت, four to five letters, not a verbal noun
    of the form تفعيل («تشغيل») nor a number."""
    norm = token.norm
    return norm[:1] in "يت" and 3 <= len(norm) <= 5 and norm[3:4] != "ي" and not norm.endswith(("ه", "ات")) \
        and not _is_function(token) and not token.time and norm not in _roles_words("not_imperfect")  # «ترامب»


def _looks_verbal(norm: str) -> bool:
    """A word spelt like a finite verb: a perfect's feminine or plural ending on a short undefined word («سيطرت»,
    «تنامت», «شرعوا»), or a short word after «and» («ووافق», «وأحرز»); a noun may look so too, which costs a shorter title."""
    if norm.startswith(ARTICLE) or norm[:1] in "بلو" and norm[1:3] == ARTICLE or norm.isdigit() or len(norm) > 6:
        return False
    return norm.endswith("ت") and len(norm) >= 4 or norm.endswith("وا") or norm[:1] == "و" and 4 <= len(norm) <= 5 \
        and not norm.endswith(("ه", "ات", "ا", "ي"))


def _cut_before_verb(tokens: list[_Token], words: list[int]) -> bool:
    """Does a statement's title hold no verb of its own (nor a pronoun of copula: «الهدف … هو تحقيق …») while the
    statement goes on to one right after it (a subject alone)?"""
    if not words or words[-1] + 1 >= len(tokens) \
            or any(_predicate(tokens[i]) or _phrase_at(tokens, i, "copula_pronoun") for i in words) \
            or any(_verb_after_subject(tokens, i) for i in words[1:]):
        return False
    for index in range(words[-1] + 1, min(len(tokens), words[-1] + 1 + CUT_VERB_REACH)):
        if tokens[index].stop or _phrase_at(tokens, index, "that", proclitic=True) or _phrase_at(tokens, index, "opens", proclitic=True):
            return False  # «… ضخما وأن الوزارة تنظر»: a second statement, not this one's verb
        if _predicate(tokens[index]):
            return True
    return False


def _own_subject(tokens: list[_Token], first: int) -> bool:
    """Does a statement open on a subject of its own, a definite noun or a construct («فصل العائلات», «المفاوضات»),
    not a predicate whose subject is the speaker («مستمرة في …», «لديها مخاوف»)?"""
    token = tokens[first]
    return not _is_function(token) and (token.norm.startswith(ARTICLE) or _construct_head(tokens, first)) \
        and not token.norm.endswith(("ها", "هم"))


CUT_VERB_REACH = 4  # words after the cut where the statement's verb stands


def _verb_after_subject(tokens: list[_Token], index: int) -> bool:
    """«الجيش استهدف بنيران …»: an undefined word right after a definite noun, before a preposition, is no adjective
    of it (an adjective of a definite noun is definite) but its verb, though spelt as no other."""
    token, before = tokens[index], tokens[index - 1]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return before.norm.startswith(ARTICLE) and not _is_function(before) and not before.stop and not before.time \
        and not token.norm.startswith(ARTICLE) and not _is_function(token) and not token.norm[:1].isdigit() \
        and token.norm[:1] not in "بلو" and not token.time and after is not None \
        and (_is_function(after) or after.norm[:1] in "بل" and not after.norm.startswith(ARTICLE))
