"""The next sentence going on with the same happening: «وقالت دول الاتحاد الأوروبي … في بيان مشترك اليوم إنها …»
then «وجاء الإعلان على لسان دونالد توسك، الذي ترأس قمة استثنائية في العاصمة البلغارية صوفيا»: a sentence opening
with a past verb pointing back at what was told (lexicon/place_goes_on.tsv) and a word of its circumstances tells
where it happened; when the dated sentence places nothing, that place is the happening's."""
from __future__ import annotations

from functools import lru_cache

from ...normalize import normalize
from ...terms import LEXICON, read_table, words
from ..sentences import TextGeometry
from .candidates import _candidates
from .gazetteer import Gazetteer, Place


GOES_ON_REACH = 25  # words from the opening of the next sentence to the place it attaches


@lru_cache(maxsize=1)
def _roles() -> dict[str, frozenset[str]]:
    table = read_table(LEXICON / "place_goes_on.tsv")
    return {role: frozenset(normalize(r["word"]) for r in table if r.get("role") == role)
            for role in ("verb", "pointer", "link")}


@lru_cache(maxsize=8)
def _geometry(text: str) -> TextGeometry:
    return TextGeometry(text)


def told_next(g: Gazetteer, text: str, sentence: tuple[int, int]) -> Place | None:
    """The first place the next sentence attaches (in, or a host's scene) when it opens «وجاء ذلك خلال / في / على
    …», else None."""
    geometry = _geometry(text)
    here = geometry.sentence_at(sentence[0])
    if here.index + 1 >= len(geometry):
        return None
    start, end = geometry.sentence(here.index + 1).bounds
    ws = words(text[start:end])
    roles = _roles()
    if len(ws) < 4 or ws[0].norm not in roles["verb"] or ws[1].norm not in roles["pointer"] \
            or ws[2].norm not in roles["link"]:
        return None
    placed = [c for c in _candidates(g, text, start, ws) if c.attach in ("in", "host") and c.first <= GOES_ON_REACH]
    return min(placed, key=lambda c: c.first).place if placed else None
