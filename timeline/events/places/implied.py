"""Places a sentence points to without naming them in full: «the capital» alone (the story's or a local
outlet's home country's), a name the gazetteer lacks with no country told (in the story's country, or a
local outlet's home), and a head word before a name that cannot be read (a place all the same, so the
sentence does not go on with the article's story)."""
from __future__ import annotations

from ...normalize import normalize
from ...terms import Word, words
from .candidates import _Candidate
from .gazetteer import Gazetteer, Place
from .home import _names_home
from .story import _story_place


_REGION_ADJECTIVES = {normalize(w) for w in (
    "الجنوبية الشمالية الشرقية الغربية الجنوبي الشمالي الشرقي الغربي الوسطى".split())}


def _in_home(g: Gazetteer, text: str, headline: str, place: Place, home: str) -> Place:
    """«بحي عين عودة», «في محافظة ضباء»: a name the gazetteer lacks, with no country told, in a local outlet's
    article that names no other country more than its home, is in that home (a continent or a region spanning
    countries, «أوروبا», is known to the gazetteer and stays countryless)."""
    if g.find(words(place.name)) or not _names_home(g, text, headline, home, once=False):
        return place
    return Place(place.name, home, g.country_names.get(home), None, None, g.zone(home))


def _capital_alone(g: Gazetteer, text: str, headline: str, ws: list[Word], caps: list[int], weak: list[int],
                   cands: list[_Candidate], home: str | None) -> Place | None:
    """«افتتحت، الثلاثاء بالعاصمة، أشغال المؤتمر», «بعد المحادثات مساء الجمعة وصباح السبت في العاصمة»:
    «the capital» alone (at word caps[0]) is the capital of the article's story country, or of a local
    outlet's home when the article is its home's news — unless its clause names another country's place."""
    story, _ = _story_place(g, text, headline)
    code = story.country if story is not None and story.country else None
    if code is None and home and _names_home(g, text, headline, home, once=False):  # «بالعاصمة» in local news
        code = home
    if code is None or any(c.place.country not in (None, code) for c in cands if weak[c.first] == weak[caps[0]]):
        return None
    return g.capital_place(code)


def _capital_word(g: Gazetteer, ws: list[Word], i: int) -> bool:
    """«بالعاصمة», «في العاصمة» with no name or nationality after it."""
    kind, clitic = g.word_kind(ws[i].norm)
    if kind != "cap" or not ("ب" in clitic or (i and g.word_kind(ws[i - 1].norm)[0] == "in")):
        return False
    following = ws[i + 1].norm if i + 1 < len(ws) else ""
    return not (g.nisba_country(following) or g.find(ws[i + 1: i + 2]) or following in _REGION_ADJECTIVES
                or g.word_kind(following)[0] == "in" and i + 2 < len(ws) and g.find(ws[i + 2: i + 3]))


def _local(g: Gazetteer, text: str, headline: str, place: Place, cands: list[_Candidate]) -> Place:
    """«ببئر القصعة», «بوادي عتود بمركز مربه» with no country said: a name the gazetteer lacks is a local
    place, in the country of the article's own story (its dateline, headline or first sentence) — unless
    the sentence names a place of another country («على ملعب النادي بمدينة حرمة … معسكر في تركيا»)."""
    story, _ = _story_place(g, text, headline)
    if not story or not story.country or any(c.place.country not in (None, story.country) for c in cands):
        return place
    return Place(place.name, story.country, story.country_name, None, None, story.tz)


def _unread_place(g: Gazetteer, ws: list[Word], cands: list[_Candidate]) -> bool:
    """«يشيع جثمانه في مسقط رأسه بمحافظة الغربية»: a head word attached by في / بـ before a name the
    gazetteer lacks and that cannot be taken as written (an adjective-like «الغربية») still places the
    sentence somewhere: it does not go on with the article's story."""
    named = {k for c in cands for k in range(c.first, c.last + 1)}
    for i, w in enumerate(ws[:-1]):
        kind, clitic = g.word_kind(w.norm)
        if kind != "head" or i + 1 in named or w.norm[len(clitic):].startswith("ال") \
                or ws[i + 1].norm in g.stop_after_head or g.word_kind(ws[i + 1].norm)[0]:
            continue  # «في مدينة الأشباح»: no place name
        if "ب" in clitic or (i and g.word_kind(ws[i - 1].norm)[0] == "in"):
            return True
    return False
