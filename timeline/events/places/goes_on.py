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
from .gazetteer import Gazetteer, Place, _bare


GOES_ON_REACH = 25  # words from the opening of the next sentence to the place it attaches


@lru_cache(maxsize=1)
def _roles() -> dict[str, frozenset[str]]:
    table = read_table(LEXICON / "place_goes_on.tsv")
    return {role: frozenset(normalize(r["word"]) for r in table if r.get("role") == role)
            for role in ("verb", "pointer", "link", "say_link", "occasion")}


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


SPEAKER_WORDS = 5  # words of the speaker between the verb of saying and the link word («وقال وزير الخارجية عادل الجبير»)
OCCASION_REACH = 3  # words between the link word and the occasion («خلال مؤتمر», «على هامش أعمال ندوة»)
NAME_LENGTH = 3  # a word of the speaker shorter than this («بن», «آل») does not say who speaks


def speaker_goes_on(g: Gazetteer, text: str, sentence: tuple[int, int], speech) -> Place | None:
    """«أعلن المتحدث باسم تحالف دعم الشرعية، تركي المالكي، ضبط أسلحة» then «وقال المالكي خلال مؤتمر صحفي في الرياض،
    إن …»: the next sentence has the same speaker (named again, or not named) go on at an occasion (lexicon role
    occasion) it places; that is where the dated saying was made. `speech`: is a word a verb of saying."""
    geometry = _geometry(text)
    here = geometry.sentence_at(sentence[0])
    if here.index + 1 >= len(geometry):
        return None
    start, end = geometry.sentence(here.index + 1).bounds
    ws = words(text[start:end])
    roles = _roles()
    if len(ws) < 4 or not ws[0].norm.startswith("و") or not speech(ws[0].norm):
        return None
    link = next((k for k in range(1, min(len(ws), SPEAKER_WORDS + 2)) if ws[k].norm in roles["say_link"]), None)
    if link is None:
        return None
    if not any(w.norm in roles["occasion"] or _bare(w.norm) in roles["occasion"]
               for w in ws[link + 1: link + 1 + OCCASION_REACH]):
        return None
    told = {_bare(w.norm) for w in words(text[sentence[0]:sentence[1]])}
    speaker = [w for w in ws[1:link] if len(_bare(w.norm)) >= NAME_LENGTH]
    if speaker and not any(_bare(w.norm) in told for w in speaker):
        return None  # «وقال وزير الخارجية …» after a sentence of someone else: another speaker
    if any(speech(w.norm) for w in ws[1:link]):
        return None
    placed = [c for c in _candidates(g, text, start, ws) if c.attach in ("in", "host") and link < c.first <= GOES_ON_REACH]
    if not placed:
        return None
    first = min(placed, key=lambda c: c.first)
    if any(mark in text[start + ws[link].start: start + ws[first.first].start] for mark in "،,؛;:\"«»“”"):
        return None  # «وقال المالكي خلال مؤتمر صحفي، إن الحوثيين … في صعدة», «في مستهل اجتماع لحكومته "في ما يتعلق
        # بجنوب سوريا"»: a place of what he told, not where he spoke
    return first.place
