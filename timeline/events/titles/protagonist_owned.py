"""A title's owned happening or appointment told by the protagonist's name, and the name in full."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .happening_nouns import _happening_noun, _owned_happening
from .protagonist import NOUN_ENDS, WORD, _full_name, _gender, _says
from .subjectless_verbs import _at_clause_start
from .tokens import ARTICLE, _Token, _conjoined, _is_function, _roles, without_marks


PRONOUN_GENDER = {"ها": "f", "هم": None, "ه": "m"}  # «انسحابها», «بيعه»; «اجتماعهم» is a group no one name tells


def _owned_by_protagonist(noun: str, article: str, protagonist: str, near: str, before: str) -> str | None:
    """«بيعه إلى روما» in an article on Mohamed Salah -> «بيع محمد صلاح»: the verbal noun a title opens on, its pronoun
    given to the article's protagonist, or None. Only a happening's noun (a derived form's pattern or the table's
    «owned» nouns), not a verb and its object («أبلغه», «نظمتها»); only a protagonist named in the sentence before
    it or in the sentence before, whom the text tells of the pronoun's gender (never a name the text does not make
    sure of: no office noun, «نائب»)."""
    from .render import _without_conjunction
    plain = without_marks(_without_conjunction(noun))
    owned = _owned_happening(noun)
    if not owned:
        return None
    gender = next((g for suffix, g in PRONOUN_GENDER.items() if plain.endswith(suffix)), None)
    if gender is None:
        return None
    norm = normalize(protagonist)
    if (norm,) in _office_words() or (norm[len(ARTICLE):],) in _office_words():
        return None
    if not _named_near(norm, near, before, OWNER_SENTENCES):
        return None
    if _gender(article, protagonist, near) != gender:
        return None
    return f"{owned} {_full_name(article, protagonist)}"


OWNER_SENTENCES = 1  # a pronoun's owner is named in its sentence or the one before
APPOINTED_SENTENCES = 3  # one appointed, in a few sentences before: a life told sentence after sentence


def _named_near(norm: str, near: str, before: str, sentences: int) -> bool:
    """Is the name in `near` (its sentence before the word) or in the last `sentences` sentences of `before`?"""
    if _says(near, norm):
        return True
    text = before.rstrip()
    for _ in range(sentences):
        cut = max(text.rfind(mark, 0, len(text) - 1) for mark in ".!?؟\n")
        if _says(text[cut + 1 :], norm):
            return True
        if cut < 0:
            return False
        text = text[: cut + 1].rstrip()
    return False


@lru_cache(maxsize=1)
def _office_words() -> dict:
    return _roles().get("office", {})


@lru_cache(maxsize=1)
def _appointment_nouns() -> dict[str, str]:
    return {normalize(row["verb"]): row["noun"] for row in lexicon.table("title_appointed")}


def _appointed(tokens: list[_Token], kept: list[int], article: str, protagonist: str, near: str, before: str) -> str | None:
    """«عين وزيرا للدولة مكلفا بالفنون» in an article on Boris Johnson -> «تعيين بوريس جونسون»: the verbal noun and
    the protagonist's name for a title opening, where a clause does, on a verb of appointment (the table's) right
    before its post, an undefined accusative; the protagonist named in that sentence or the one before, of the verb's
    gender as the text tells it. None otherwise."""
    if len(kept) < 2 or not (_at_clause_start(tokens, kept[0]) or _after_temporal_that(tokens, kept[0])):
        return None
    first, post = tokens[kept[0]], tokens[kept[1]]
    norm = first.norm[1:] if _conjoined(first) and first.norm[1:] in _appointment_nouns() else first.norm
    feminine = norm.endswith("ت") and norm[:-1] in _appointment_nouns()
    noun = _appointment_nouns().get(norm[:-1] if feminine else norm)
    if noun is None or first.opens_quote or any(t.opens_quote for t in tokens[: kept[0]]):
        return None
    following = tokens[kept[2]].norm if len(kept) > 2 else ""
    accusative = post.norm.endswith("ا") and not post.norm.endswith(("ها", "نا")) \
        or post.surface.endswith("ة") and following.startswith("ل") and not post.stop  # «انتخب عمدة للعاصمة لندن»
    if post.time or post.stop and kept[1] != kept[-1] or _is_function(post) or post.norm.startswith(ARTICLE) \
            or not accusative or len(post.norm) < 4 or post.norm[:1].isdigit():
        return None  # «عين وزيرا», «انتخب رئيسا»: the post, not «عين المدرب», «عين في …»
    norm_name = normalize(protagonist)
    if (norm_name,) in _office_words() or not _named_near(norm_name, near, before, APPOINTED_SENTENCES):
        return None
    if _gender(article, protagonist, near) != ("f" if feminine else "m"):
        return None
    return f"{noun} {_full_name(article, protagonist)}"


def _after_temporal_that(tokens: list[_Token], index: int) -> bool:
    """Does «منذ أن», «بعد أن», «قبل أن» (or «بعدما») end right before tokens[index]? The clause it opens tells a
    happening of the main clause's subject («واشتهر جونسون … منذ أن انتخب عمدة للعاصمة لندن»)."""
    from .borrowed_subject import _after_clause_opener
    from .tokens import _roles_words
    opener = tokens[index - 2].norm if index >= 2 else ""
    if tokens[index - 1].norm == "ان" and (opener in _roles_words("temporal") or opener[:1] == "و" and opener[1:] in _roles_words("temporal")):
        return True
    return _after_clause_opener(tokens, index)


def _named_in_full(title: str, article: str, headline: str, protagonist: str) -> str:
    """«بوردين ينتقل للعمل مع سي أن أن» -> «أنتوني بوردين ينتقل …»: the protagonist a title names by one word, named as
    the text names them first and most often (the words before it: «أنتوني بوردين», «محمد صلاح»), when the text
    tells a gender of theirs (a person or a body, not a place's genitive: «مطار عدن») and the words are no noun of
    which the name would be a genitive («منتخب إنكلترا», «مخازن صناديق»)."""
    from .tokens import MAX_CHARS
    words = title.split()
    norm = normalize(protagonist)
    at = next((i for i, word in enumerate(words) if normalize(word) == norm), None)
    if at is None:
        return title
    given = _full_name(article, protagonist).split()[:-1]
    if not given or any(normalize(word).endswith(NOUN_ENDS) or normalize(word).startswith(ARTICLE)
                                      or (normalize(word),) in _roles().get("office", {})
                                      or (ARTICLE + normalize(word),) in _roles().get("generic", {})
                                      or _happening_noun(normalize(word)) or _broken_plural(normalize(word))
                                      for word in given):
        return title
    told = [normalize(w) for w in words[max(0, at - len(given)) : at]]
    if told and (told[-1].endswith(("ان", "ون", "ين")) or [w[1:] if w[:1] in "وبلف" else w for w in told[-1:]]
                 == [normalize(given[-1])] or told == [normalize(w) for w in given]):
        return title  # named in full already («لسوق عكاظ»), or a family's name («الأخوان واينستين»)
    text_words = [normalize(word) for word in WORD.findall(article)]
    if any(ARTICLE + normalize(word) in text_words or normalize(word) + "ا" in text_words for word in given):
        return title  # «اسم مقدونيا»: the text says «الاسم» or «اسما» too, a common noun, no given name
    first = next((i for i, word in enumerate(text_words) if word == norm), None)
    if first is None or text_words[max(0, first - len(given)) : first] != [normalize(w) for w in given]:
        return title  # a name is given in full where the text first names its bearer
    if _gender(article, protagonist) is None:
        return title
    named = " ".join(words[:at] + given + words[at:])
    return named if len(named) <= MAX_CHARS else title


def _broken_plural(norm: str) -> bool:
    """«مخازن», «مصانع», «مفاتيح»: the مفاعل plural of a place or tool noun, never a given name."""
    return 5 <= len(norm) <= 6 and norm[:1] == "م" and norm[2:3] == "ا"
