"""A title opening on a verb whose subject it leaves to the reader, the protagonist's to take."""

from __future__ import annotations

from ...terms import normalize_word as normalize
from .borrowed_subject import _after_relative
from .protagonist import NOUN_ENDINGS
from .tokens import (
    ARTICLE, PREPOSITIONS, PREPOSITION_ARTICLE, QUANTITY, VOWEL_MARKS, _Token, _bare, _before_time_words, _conjoined,
    _is_function, _lead_words, _phrase_at, _purpose, without_marks,
)


DAMMA = "\u064f"  # «عُثر»: a passive verb, whose subject is what follows


def _opens_on_subjectless_verb(tokens: list[_Token], kept: list[int]) -> bool:
    """Does the title open where its sentence or a clause does (past time words and particles: «، ثم عاد إلى …»,
    «كما أنه حصل على …») on a past verb and then a
    preposition, so that no subject stands between them («وانتقل للعمل مع …», «واضطر إلى إلغاء …»)? Not a passive
    («خصص له معرض», «عُثر على»), a verb that is no happening («ليس»), nor in a quotation."""
    if len(kept) < 3:
        return False
    if not _at_clause_start(tokens, kept[0]):
        return False
    before = _before_time_words(tokens, kept[0])
    if _after_relative(tokens, before):
        return False  # «بغياب نجمه محمد صلاح، …، والذي أصيب في كتفه»: the verb is the clause of the noun before الذي
    first, second = tokens[kept[0]], tokens[kept[1]]
    norm = first.norm[1:] if _conjoined(first) else first.norm
    surface = first.surface[1:] if _conjoined(first) else first.surface
    if _imperfect_on_own_object(tokens, kept, norm) and not _in_quotation(tokens, kept[0]):
        return True  # «عندما يترك منصبه كرئيس للفيفا»: no subject between the verb and the object it owns
    if norm.startswith(ARTICLE) or norm[:1].isdigit() or _is_function(first) or first.stop or first.opens_quote \
            or _purpose(first.norm) or norm in QUANTITY or not 3 <= len(norm) <= 6 or norm.endswith(NOUN_ENDINGS) \
            or surface[1:2] == DAMMA or _phrase_at(tokens, kept[0], "report", proclitic=True) \
            or any(_phrase_at(tokens, kept[0], role, proclitic=True) for role in ("adjunct", "impersonal", "copula")) \
            or norm[:1] in "يتن" and len(norm) >= 4 or norm[:1] == "س" and norm[1:2] in "يتنا" or norm == "سبق" \
            or norm[:1] in "بل" and len(norm) >= 5 \
            or _in_quotation(tokens, kept[0]):
        # (an imperfect «يشارك في بطولته X» names its subject after; «سبق للإيطالي أن» after ل; «لتصل», «بالنظر»
        # are no past verbs; a quotation speaks of its own speaker)
        return False
    return not second.norm[:1].isdigit() and second.norm != "امام" and (
        _bare(second.norm) in PREPOSITIONS or second.norm.startswith(PREPOSITION_ARTICLE))


def _in_quotation(tokens: list[_Token], index: int) -> bool:
    """Is tokens[index] inside a quotation (one opened before it and not closed)? A quoted name before it («أغاني
    أزنافور اغنية "She"، كما أنه حصل …») is closed: the sentence speaks on of its own subject."""
    inside = False
    for token in tokens[:index]:
        inside = (inside or token.opens_quote) and not token.closes_quote
    return inside or tokens[index].opens_quote


IMPERFECT_LETTERS = (4, 6)  # «يترك», «سيترك», «يستهل»: a masculine imperfect, with its «will» (not «يستعرضان»)


def _imperfect_on_own_object(tokens: list[_Token], kept: list[int], norm: str) -> bool:
    """«يترك منصبه …», «سيترك منصبه في الفيفا», «يستهل مشواره …»: a masculine imperfect opening the title, then its
    object owning a masculine pronoun (a noun, not a preposition's «له», «عليه»). An imperfect's subject may follow it
    («يشارك في بطولته الأولى X»), but not past an object that points back to it: the subject is the one the article
    is about. After the object, a preposition («في», «كرئيس»): «يستقبل ملعبه الجديد أول مباراة» tells of the stadium,
    the owning noun the subject and an object after it. Not an impersonal, copula or adjunct verb, nor one of saying."""
    verb = norm[1:] if norm[:1] == "س" else norm
    if not (verb[:1] == "ي" and IMPERFECT_LETTERS[0] <= len(verb) <= IMPERFECT_LETTERS[1]) or verb.endswith(("ون", "ان")):
        return False
    if _phrase_at(tokens, kept[0], "report", proclitic=True) \
            or any(_phrase_at(tokens, kept[0], role, proclitic=True) for role in ("adjunct", "impersonal", "copula")):
        return False
    owned = tokens[kept[1]]
    after = 2
    while after < len(kept) and tokens[kept[after]].norm.startswith(ARTICLE):
        after += 1  # its adjectives («فريقه السابق»)
    following = tokens[kept[after]].norm if after < len(kept) else None
    if following and not (_bare(following) in PREPOSITIONS or following.startswith(PREPOSITION_ARTICLE)
                          or following[:1] == "ك" and len(following) >= 4):
        return False  # «يستقبل ملعبه الجديد أول مباراة»: the owned noun is the subject, its object after it
    return without_marks(owned.surface).endswith("ه") and not owned.norm.endswith("يه") and len(owned.norm) >= 5 \
        and not owned.norm.startswith(ARTICLE) and not _is_function(owned) and _bare(owned.norm) not in PREPOSITIONS \
        and not owned.norm[:1].isdigit()


def _at_clause_start(tokens: list[_Token], index: int) -> bool:
    """Is tokens[index] the first word of the sentence or of a clause after a comma, past time words and particles?"""
    before = index - 1
    while before >= 0 and not tokens[before].stop and (tokens[before].time or _lead_words(tokens, before)):
        before -= 1
    return before < 0 or tokens[before].stop


def _agrees(name: str, verb: str) -> bool:
    """A name spelt feminine («روسيا», «فاطمة») takes a verb in ت («حصلت»), not «حصل»."""
    return not VOWEL_MARKS.sub("", name).endswith(("ا", "ة")) or normalize(verb).endswith("ت")
