"""Whose a verbal noun's pronoun is when no verb before it says: the name right before it («وتأتي تصريحات ابراهيمي بعد
اجتماعه» -> «اجتماع ابراهيمي»), a reader's nearest referent."""

from __future__ import annotations

from collections import Counter

from .first_person import _verbal_noun_form
from .tokens import ARTICLE, _Token, _is_function, _phrase_at, _present_forms, _roles, _verb_like


GAP_WORDS = 3  # particles, time words or «تم» between the name and the verbal noun («السليمان (21عاما)، تم إيقافه»)
NAME_REPEATS = 2  # a name the article says at least this often (one mention may be any noun)
GAP_WORDS_ALLOWED = frozenset({"تم", "وتم", "تمت", "وتمت"})  # a passive's auxiliary: the name before it is its object
NOUN_ENDS = ("ة", "ات", "ون", "ين", "اء", "ها", "هم", "ه")  # «تصريحات», «الحكومة»: a common noun, no name
DEFINITE = ("ال", "وال", "بال", "لل", "فال", "ولل")
PREFIXES = ("", "و", "ب", "ل", "ف")


def name_right_before(tokens: list[_Token], at: int, pronoun: str, counts: Counter, article: str) -> str | None:
    """The name a reader gives tokens[at]'s pronoun: the nearest word before it, past at most GAP_WORDS particles,
    time words or «تم» and no comma, that is a name the article repeats (undefined, or a definite surname after an
    undefined given name: «يوسف عبدالله السليمان»), of the pronoun's gender as the text tells it; said in full as
    the article says it. None when anything else stands between (a noun may be the owner: «اقتناء هذا العمل بعد
    تقديمه»), or for «هم» (a group no one name tells)."""
    from .protagonist import _full_name, _gender
    if pronoun not in ("ه", "ها"):
        return None
    index, gap = at - 1, 0
    while index >= 0 and gap <= GAP_WORDS:
        token = tokens[index]
        surface = token.surface.strip("()[]،,")
        if token.time or not surface or surface[:1].isdigit() or token.norm in GAP_WORDS_ALLOWED \
                or _is_function(token) and not token.stop:
            index, gap = index - 1, gap + 1
            continue
        break
    if index < 0 or gap > GAP_WORDS:
        return None
    name = _name_word(tokens, index, counts)
    if not name:
        return None
    near = " ".join(t.surface for t in tokens[:at])
    if _gender(article, name, near) != ("f" if pronoun == "ها" else "m"):
        return None
    return _full_name(article, name)


def _name_word(tokens: list[_Token], index: int, counts: Counter) -> str | None:
    """tokens[index] as a name the article repeats (NAME_REPEATS times), or None: no function, office, verbal noun,
    verb or common noun's ending; undefined and never said with the article, or a definite surname whose given name,
    undefined, is right before it."""
    token = tokens[index]
    norm = token.norm[1:] if token.norm[:1] in "وبلف" and counts[token.norm[1:]] else token.norm
    surface = token.surface.strip("()[]،,.\"«»")
    surface = surface[1:] if norm != token.norm else surface
    if len(norm) < 3 or _is_function(token) or token.opens_quote or token.closes_quote or _verbal_noun_form(norm) \
            or (norm,) in _roles().get("office", {}) or (norm,) in _roles().get("person", {}) \
            or norm.endswith(NOUN_ENDS) or surface.endswith("ة") or norm[:1] in "يت" and len(norm) >= 4:
        return None
    if norm.startswith(ARTICLE):
        bare = norm[len(ARTICLE):]
        if index == 0 or tokens[index - 1].stop or sum(counts[p + norm] for p in PREFIXES) + counts["لل" + bare] < NAME_REPEATS:
            return None
        given = tokens[index - 1]
        if len(given.norm) < 3 or given.norm.startswith(ARTICLE) or _is_function(given) or given.time \
                or given.norm.endswith(("ة", "ات", "ون", "ين")) or _verbal_noun_form(given.norm) or _verb_like(given) \
                or (given.norm,) in _roles().get("office", {}) or counts[ARTICLE + given.norm]:
            return None
        return surface
    if sum(counts[p + norm] for p in PREFIXES) < NAME_REPEATS or any(counts[p + norm] for p in DEFINITE) \
            or norm in _present_forms() or _phrase_at(tokens, index, "report", proclitic=True):
        return None  # (a verb the lexicon knows; a name may look like one, «هايلي»: its gender cues decide after)
    return surface
