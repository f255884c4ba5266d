"""A title opening on a past news verb and the country acting, told the headline way: the country first, the verb in
the present («شنت إسرائيل عشرات الغارات …» -> «إسرائيل تشن عشرات الغارات …», «وافقت كندا على توقيع …» -> «كندا
توافق على توقيع …»), as editors write a state's act; so is its capital standing for it after a feminine verb («أعلنت واشنطن فرض
عقوبات» -> «واشنطن تعلن فرض عقوبات»).

present_tense.py tells a name after the verb as its subject only before a complement's particle, and not a name in «ا»
(«كندا», «روسيا»: read as an accusative there); a country the gazetteer knows is a name whatever its ending, and a
country right after a verb is the subject unless the verb's object is often a place (title_place_objects.tsv: «زار
روسيا» may be "[he] visited Russia"). Only the lexicon's «present» verbs; a title stays as it is when the country has
its own adjective after it («مصر الجديدة»), a relative clause («التي …»), a second actor («وتركيا») or a verb joined
after (the present would clash with it), or when the present takes it past MAX_CHARS."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import Word
from ...terms import normalize_word as normalize
from .present_tense import present_of
from .verbal_nouns import _joined_verb
from .tokens import ARTICLE, MAX_CHARS, _function_word, _present_forms, _roles_words




@lru_cache(maxsize=1)
def _place_object_verbs() -> frozenset[str]:
    """The forms (normalised, masculine and feminine) of the verbs whose object is often a country."""
    return frozenset(form for row in lexicon.table("title_place_objects")
                     for form in (normalize(row["verb"]), normalize(row["verb"]) + "ت"))


def _country_after_verb(norms: list[str]) -> int | None:
    """The index after a country named right after the verb (norms[0]), with no proclitic, or None. A capital
    stands for its state after a feminine verb, as news write it («أعلنت واشنطن», «شنت أنقرة»); not another city
    («شهدت دوما»: the place of the happening) nor a capital after a masculine verb (a person's name may look like one)."""
    from ..places import gazetteer
    found = gazetteer()
    hits = found.find([Word(norm, 0, 0) for norm in norms[1:5]])
    hit = hits[0] if hits else None
    if hit is None or hit.first != 0 or hit.clitic:
        return None
    if hit.entry.kind == "city":
        place = hit.entry.place
        capital = found.capital_place(place.country) if place.country else None
        if not (norms[0].endswith("ت") and capital and normalize(capital.name) == normalize(place.name)):
            return None
    elif hit.entry.kind != "country":
        return None
    return hit.last + 2


def country_first(text: str) -> str:
    """«شنت إسرائيل عشرات الغارات» -> «إسرائيل تشن عشرات الغارات»; any other title as it is."""
    words = text.split()
    if len(words) < 3 or ": " in text:
        return text
    norms = [normalize(word) for word in words]
    forms = _present_forms(True)
    verb = norms[0]
    if verb not in forms or verb in _place_object_verbs() or present_of(words[0]) is None:
        return text
    end = _country_after_verb(norms)
    if end is None or end >= len(words):
        return text  # «أعلنت مصر»: nothing told after the country
    following = norms[end]
    if following.startswith(ARTICLE) and not _function_word(following) and following.endswith(("يه", "ي")):
        return text  # «روسيا الاتحادية», «مصر الجديدة»: the country's own adjective, a name going on
    if following in _roles_words("relative"):
        return text  # «أعلنت إريتريا التي كانت …»: the country's relative clause, its verb later
    if following[:1] == "و" and len(following) >= 4 or following in forms and following not in _roles_words("present_noun"):
        return text  # «بدأت روسيا وتركيا …»: a second actor; «… أعلنت» another verb
    if _joined_verb(norms[end:]):
        return text  # «أعلنت واشنطن الإجراء وحظرت …»: a past verb joined after it would clash with the present
    told = " ".join(words[1:end] + [present_of(words[0])] + words[end:])
    return told if len(told) <= max(MAX_CHARS, len(text)) else text


__all__ = ["country_first"]
