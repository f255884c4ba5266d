"""Happening nouns and those a possessive pronoun makes an owned happening («انسحابها»)."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .first_person import _verbal_noun_form
from .tokens import ARTICLE, _roles, without_marks


def _owned_happening(word: str) -> str | None:
    """«بيعه» -> «بيع», «اجتماعهم» -> «اجتماع»: a happening's verbal noun without the pronoun it ends on, or None (a
    verb and its object: «أبلغه», «نظمتها»; a noun that is no happening: «صوته»)."""
    from .owned_nouns import _owned_noun
    from .render import _without_conjunction
    plain = without_marks(_without_conjunction(word))
    owned = _owned_noun(word) or next((plain[: -len(suffix)] for suffix in ("هم", "ها", "ه") if plain.endswith(suffix)
                                       and normalize(plain[: -len(suffix)]) in _owned_nouns()), None)  # «بيعه»
    if not owned or not _happening_noun(normalize(owned)) or (normalize(owned),) in _roles().get("not_verbal", {}):
        return None
    return owned


@lru_cache(maxsize=1)
def _owned_nouns() -> frozenset[str]:
    from .tokens import _roles_words
    nouns = {normalize(row["noun"]) for row in lexicon.table("title_verbal_nouns")}
    return frozenset(nouns | {normalize(word) for word in _roles_words("owned")})


def _happening_noun(norm: str) -> bool:
    """A verbal noun: the table's («بيع», «دخول», «زواج») or a derived form's pattern («تعيين», «انضمام», «مغادرة»,
    «إعارة», «إرسال», «تعافي»)."""
    return norm in _owned_nouns() or _verbal_noun_form(norm) or not norm.startswith(ARTICLE) and len(norm) == 5 \
        and (norm[:1] == "ا" and norm[3:4] == "ا" or norm[:1] == "ت" and norm[2:3] == "ا")  # «إعارة», «تعافي»
