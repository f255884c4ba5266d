"""A title opening on a past news verb and the person acting, told the headline way: the person first, the verb in
the present («زار مايك بومبيو الرياض» -> «مايك بومبيو يزور الرياض», «أصدر الشيخ خليفة بن زايد مرسوما» -> «الشيخ
خليفة بن زايد يصدر مرسوما»), as editors write.

present_tense.py tells a name after the verb as its subject only before a complement's particle: elsewhere the name's end is
not sure, so the object may be read into it («أعلن الرئيس الأمريكي دونالد ترامب انسحاب واشنطن»: is «انسحاب» more of
the name?) or the name into the object («بشار الأسد»: is «الأسد» the object?). Here the name's end is sure when:
- the name is one the news names often (title_person_names.tsv, kind «name»): what follows it is the object;
- or the words after an office or honorific («الرئيس الإريتري», «الشيخ», «المشير»: title_words.tsv's office and
  honorific, title_person_names.tsv's «title») or two name words end before a particle opening the verb's
  complement («إلى», «على», «عن», «بـ») or an object in the accusative («مرسوما», «اعتذارا»); a name closing on a
  patronym («بن سعود») before a definite object; after a verb of visiting, a name before a place (gazetteer).
Not before a definite word otherwise: a surname may take the article («محمد أنور السادات»), an object its genitive.
Not a name joined by «و» to a second actor («التقى كير ومشار»), a plural («مطورون»), a relative clause or another
verb after it; the verb is one of the lexicon's «present» verbs (tense.present_of). Over MAX_CHARS with its office,
the person is told by the name alone; still over, the title stays."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import Word
from ...terms import normalize_word as normalize
from .country_subject import _place_object_verbs
from .first_person import _verbal_noun_form
from .present_tense import NAME_WORDS, _intransitive, present_of
from .verbal_nouns import _joined_verb, _subject_follows, _verbal_nouns
from .tokens import ARTICLE, MAX_CHARS, SUBJECT_WORDS, _function_word, _present_forms, _roles, _roles_words, _waw_root_word


NAME_LINKS = {"بن", "ابن", "بنت", "ابو", "ابي", "عبد", "ال"}  # «خليفة بن زايد», «عبد العزيز»: the next word is the name's
COMPLEMENT_PARTICLES = {"الي", "علي", "عن", "ان", "بان", "مع", "في", "حول", "امام"}  # normalised
PLURAL_ENDS = ("ات", "ون")  # «مطورون عقاريون», «تكهنات»: no one person


@lru_cache(maxsize=1)
def _names() -> dict[tuple[str, ...], str]:
    """The known names (normalised words) -> their kind; and the rank nouns («title»)."""
    return {tuple(row["word"].split()): row["kind"] for row in lexicon.table("title_person_names")}


@lru_cache(maxsize=1)
def _happening_nouns() -> frozenset[str]:
    """The verbal nouns of the happening verbs («قرار» is none, «إعلان», «زيارة» are), normalised: no name's word."""
    return frozenset(normalize(row["noun"]) for row in lexicon.table("title_verbal_nouns") if row.get("noun"))


def _heads(norm: str) -> bool:
    """Does the word head a person's name: an office («الرئيس», «وزير»), an honorific («الشيخ») or a rank («المشير»)?"""
    bare = norm.removeprefix(ARTICLE)
    return (bare,) in _roles().get("office", {}) or norm in _roles_words("honorific") \
        or _names().get((norm,)) == "title"


def _known_at(norms: list[str], at: int) -> int:
    """The words of the longest known name at `at`, or 0."""
    for size in range(4, 0, -1):
        if _names().get(tuple(norms[at : at + size])) == "name":
            return size
    return 0


def _office_end(norms: list[str]) -> int:
    """The index after the office or rank words opening the subject at 1 («الرئيس الأمريكي», «وزير الخارجية
    الأمريكي», «نائب القائد العام للحرس الثوري الإيراني العميد»), or 1 when none opens it."""
    if len(norms) < 3 or not _heads(norms[1]):
        return 1
    end = 2
    while end < len(norms) and end <= SUBJECT_WORDS and not _function_word(norms[end]) \
            and (norms[end].startswith(ARTICLE) or norms[end].startswith("لل") or _heads(norms[end])):
        end += 1
    return end


def _name_end(norms: list[str], at: int) -> tuple[int, bool]:
    """The index after the undefined name words at `at` (up to NAME_WORDS; a link and the word after it, which may
    take the article, are counted as one: «خليفة بن زايد», «أحمد أبو الغيط», «عبد العزيز»), or `at` when none; and
    whether the name ends on a link's word («بن سعود»: a patronym closes a name)."""
    end, counted, linked = at, 0, False
    while end < len(norms) and counted < NAME_WORDS:
        norm = norms[end]
        if norm in NAME_LINKS and end + 1 < len(norms) and (end > at or norm == "عبد"):
            end += 1
            while end + 1 < len(norms) and norms[end] in NAME_LINKS:  # «بن عبد العزيز»
                end += 1
            end, counted, linked = end + 1, counted + 1, True
            continue
        if _function_word(norm) or norm[:1].isdigit() or norm.startswith(ARTICLE) or norm.endswith(PLURAL_ENDS) \
                or norm.endswith(("ا", "ه")) or norm[:1] in "بلو" and not norm.startswith("بو") or norm in _present_forms() \
                or len(norm) < 2 or _verbal_noun_form(norm) or norm in _happening_nouns():
            break  # (not «أعلن الرئيس الأمريكي تعيين …», «قرار …»: a verbal noun is the object, no name)
        end, counted, linked = end + 1, counted + 1, False
    return end, linked


def _is_place(norm: str) -> bool:
    from ..places import gazetteer
    hits = gazetteer().find([Word(norm, 0, 0)])
    return bool(hits) and not hits[0].clitic and hits[0].entry.kind in ("country", "city")


def _sure_end(norms: list[str], end: int, size: int, office: bool, linked: bool = False) -> bool:
    """Does the unknown name of `size` words (after an office when `office`) surely end at `end`? Not before a
    definite word: a surname may take the article («محمد أنور السادات», «عمر البشير»), an object its genitive («تسلم
    عباس مقاليد السلطة»)."""
    following = norms[end]
    if norms[0] in _place_object_verbs() and _is_place(following):
        return True  # «زار علييف أنقرة»: a visit's object is a place (not «ودع فريق ليفربول»: a club's town)
    if not (office or size >= 2):
        return False  # «طالب محرز بمغادرة …»: one word alone may be a noun («طالب» student) or the object
    if following in COMPLEMENT_PARTICLES or following[:1] == "ب" and len(following) >= 4 and not following.startswith("بو"):
        return True  # «وصل الرئيس الإريتري إيسياس أفورقي إلى إثيوبيا», «طالب وليد الطبطبائي باتخاذ …»
    if linked and following.startswith(ARTICLE) and len(following) >= 4 and not _function_word(following):
        return True  # «تابع الأمير عبدالعزيز بن سعود الحفل السنوي»: a patronym closes the name
    return size >= 2 and following.endswith("ا") and len(following) >= 4 and not following.startswith(ARTICLE) \
        and not _function_word(following)  # (not «افتتح وزير الصحة مستشفى جهويا»: a noun and its adjective)  # «أصدر الشيخ خليفة بن زايد مرسوما», «قدم مارك زوكربيرغ اعتذارا»


def _oblique(verb: str) -> bool:
    """A verb whose complement opens on a preposition («تعرض», «تعرضت»): nothing definite after its subject is its object."""
    return _intransitive(verb) or any(_names().get((form,)) == "oblique" for form in (verb, verb[:-1] if verb.endswith("ت") else verb))


def person_first(text: str) -> str:
    """«زار مايك بومبيو الرياض» -> «مايك بومبيو يزور الرياض»; any other title as it is."""
    words = text.split()
    if len(words) < 3 or ": " in text:
        return text
    norms = [normalize(word) for word in words]
    present = present_of(words[0])
    if present is None or norms[0][:1] == "و" and norms[0][1:] in _present_forms(True) or _joined_verb(norms[1:]):
        return text  # (not «ودعت»: «and she called» or «bade farewell»)
    if norms[0] in _verbal_nouns(opening=True) and _subject_follows(words, norms):
        return text  # «عاد مارك زوكربيرغ …» is told «عودة مارك زوكربيرغ …» (tense._verbal_noun)
    office = _office_end(norms)
    start, end, known = office, office, 0
    for at in range(1, office + 1):  # a known name may hold definite words («بشار الأسد», «الباجي قايد السبسي»)
        known = _known_at(norms, at)
        if known:
            start, end = at, at + known
            break
    if not known:
        end, linked = _name_end(norms, office)
        if end == office or end >= len(norms) or not _sure_end(norms, end, end - office, office > 1, linked):
            return text
    if end >= len(words) or end - 1 > SUBJECT_WORDS + NAME_WORDS:
        return text
    following = norms[end]
    if following in _roles_words("relative") or following[:1] == "و" and len(following) >= 4 and not _waw_root_word(following) \
            or following in _present_forms() or following[:1].isdigit() or following.startswith("ابو") \
            or following.startswith(ARTICLE) and not _function_word(following) and _oblique(norms[0]):
        return text  # (not «هاجم أوزيل 29 عاما»: an age; «محمود عباس أبومازن»: a kunya; «روجر فيدرر المصنف الأول»)  # «التقى كير ومشار»: a second actor; «… التي»: its relative clause, its verb later
    if any(norm.endswith(PLURAL_ENDS) and not norm.startswith(ARTICLE) for norm in norms[1:end]):
        return text
    for subject in (words[1:end], words[start:end]):
        told = " ".join(subject + [present] + words[end:])
        if len(told) <= max(MAX_CHARS, len(text)):
            return told
    return text


__all__ = ["person_first"]
