"""A nickname opening a title («ابن مايوركا أحرز لقبه الحادي عشر», «الفرعون المصري أبعدته …») says who only to a
fan: the title takes the name the epithet table gives it (title_epithets.tsv), when the article names that person
too (no name the article never says is put in)."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .tokens import EXTEND_CHARS

EPITHET_REACH = 3  # the nickname starts among the title's first words («بعد فوز ابن مايوركا …»)


@lru_cache(maxsize=1)
def _epithets() -> dict[tuple[str, ...], str]:
    return {tuple(normalize(word) for word in row["epithet"].split()): row["name"] for row in lexicon.table("title_epithets")}


def epithet_named(text: str, near: str) -> str:
    """«ابن مايوركا أحرز لقبه» -> «رافائيل نادال أحرز لقبه» when `near` (the headline, the text before and the
    sentence) names Nadal; the longest epithet first («البرغوث الأرجنتيني» before «البرغوث»)."""
    words = text.split()
    norms = [normalize(word.strip("،,:")) for word in words]
    named = {normalize(word.strip("،,.:\"«»()")) for word in near.split()}
    for position in range(min(EPITHET_REACH, len(words))):
        for epithet in sorted(_epithets(), key=len, reverse=True):
            if tuple(norms[position : position + len(epithet)]) != epithet:
                continue
            name = _epithets()[epithet]
            if normalize(name.split()[-1]) not in named or normalize(name.split()[-1]) in norms:
                return text  # the article never names them, or the title does already
            told = " ".join(words[:position] + [name] + words[position + len(epithet) :])
            return told if len(told) <= EXTEND_CHARS else text
    return text
