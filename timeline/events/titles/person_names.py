"""The name a person noun («اللاعب») has in the article before it."""

from __future__ import annotations

from ...terms import normalize_word as normalize
from .tokens import (
    ARTICLE, PREPOSITIONS, PREPOSITION_ARTICLE, _bare, _is_function, _mark_time, _phrase_at, _roles, _tokens,
    _verb_like,
)


PERSON_NAME_WORDS = 3  # «محمد علي», «لوكا مودريتش», «عبد الله بن علي»
PERSON_ADJECTIVES = 2  # «اللاعب الكرواتي الشاب لوكا مودريتش»: definite words between the noun and the name


def _person_named(words: list[str], position: int, before: str) -> str | None:
    """The name of the one person a bare noun («الشاب», «الضحية», «اللاعب»: the lexicon's person words) stands for:
    the text before names one such person only («الشاب محمد علي», «اللاعب الكرواتي لوكا مودريتش»); None when it
    names none or several, or when the noun is qualified or named in the title already («الشاب الذي …», «الشاب خالد»)."""
    norm = normalize(words[position])
    bare = norm[1:] if norm[:1] in "وف" and (norm[1:],) in _roles().get("person", {}) else norm
    if (bare,) not in _roles().get("person", {}) or not before:
        return None
    from .tokens import _present_forms
    following = normalize(words[position + 1]) if position + 1 < len(words) else ""
    said = following[:1] in "يت" and len(following) >= 4 or following in _present_forms() \
        or _bare(following) in PREPOSITIONS and (following != "من" or position) or following.startswith(PREPOSITION_ARTICLE)
    if not said or len(words) - position < 3:
        return None  # «الفنان الراحل», «الشاب الذي», «المتهم حميد»: qualified or named; a verb or its complement must
        # follow («الشاب من القصرين» is where he is from, unless a verb opens the title: «تمكن الشاب من الفرار»)
    names = _person_names(bare, before)
    if len(names) != 1:
        return None
    name = next(iter(names.values()))
    title_words = {normalize(word) for word in words}
    return None if any(normalize(word) in title_words for word in name.split()) else name


def _person_names(noun: str, text: str) -> dict[str, str]:
    """Names the text gives the noun, by their normalised first word: «الشاب [المغربي] محمد علي»."""
    tokens = _tokens(text, 0, len(text))
    _mark_time(tokens, text, 0, (0, 0))
    names: dict[str, str] = {}
    for index, token in enumerate(tokens):
        norm = token.norm[1:] if token.norm[:1] in "وفبل" and token.norm[1:] == noun else token.norm
        if norm != noun or token.stop:
            continue
        head = tokens[index - 1].norm if index else ""
        if (head,) in _roles().get("kin", {}) or (head,) in _roles().get("office", {}):
            continue  # «والد الضحية سامي الهمامي», «محامي المتهم …»: the name is the head's
        first = index + 1
        while first < len(tokens) and first - index <= PERSON_ADJECTIVES and tokens[first].norm.startswith(ARTICLE) \
                and not tokens[first - 1].stop and not _is_function(tokens[first]):
            first += 1  # «المغربي», «الدولي السابق»
        name = []
        for token_ in tokens[first : first + PERSON_NAME_WORDS]:
            if token_.time or _is_function(token_) or token_.norm.startswith(ARTICLE) and not name \
                    or token_.norm.startswith(PREPOSITION_ARTICLE) or token_.norm[:1].isdigit() or len(token_.norm) < 2 \
                    or token_.opens_quote and name or tokens[first - 1].stop and not name \
                    or _phrase_at(tokens, tokens.index(token_), "report", proclitic=True) \
                    or _phrase_at(tokens, tokens.index(token_), "that") or token_.norm[:1] in "يت" and len(token_.norm) >= 4 and name:
                break
            name.append(token_.surface.strip("،,.\"«»"))
            if token_.stop or token_.closes_quote:
                break
        if any(normalize(word).endswith(("ها", "هم")) or normalize(word).endswith("يا") and len(normalize(word)) >= 5
               for word in name) or name and _no_name(normalize(name[0])):
            continue  # «وعائلتها», «اعلاميا», «ستكون»: a conjunct, an adverb or a verb, no name
        if name and not (len(name) == 1 and (normalize(name[0])[:1] in "يت" and len(normalize(name[0])) >= 4
                                             or _verb_like(tokens[first]))):
            names.setdefault(normalize(name[0]), " ".join(name))
    return names


def _no_name(norm: str) -> bool:
    """«وعائلتها», «ستكون»: a word after a conjunction or a future verb opens no name."""
    return norm[:1] == "و" or norm[:1] == "س" and norm[1:2] in "يتنا" and len(norm) >= 5
