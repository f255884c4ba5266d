"""The home country of a local outlet, and when a sentence of its article happens there.

A local outlet (Hespress, Jawhara FM, a Saudi paper) names its own country by a pointing word: «رغم
الحركية التي شهدتها البلاد», «تعطل التكييف في أكثر من مستشفى في مناطق المملكة». A sentence placing its
happening there («في / بـ / شهدت» + «البلاد», or «المملكة» alone in a kingdom's paper), or with a ministry
of no named nation acting («أصدرت وزارة الشؤون الثقافية»), naming no other place, nation or trip, in an
article that names its home country at least as often as all others together, happens in that country.
Pan-Arab outlets have no home, and their «البلاد» is no one's.

Measured on the dev gold: the outlet's country for every sentence of a local article that places
nothing (a memoir «طيلة شهر رمضان», a club's board «يوم غد», a minister's interview) is not where
an editor puts the happening (place accuracy 0.808 -> 0.747): only the pointing words count."""
from __future__ import annotations

import re
from functools import lru_cache

from ...normalize import normalize
from ...terms import LEXICON, Word, read_table, words
from .candidates import _Candidate
from .gazetteer import Gazetteer, Place


# Arab countries' own web domains: a paper under one is that country's local press (a foreign
# country's domain is not: bbc.co.uk is a pan-Arab service)
_ARAB_DOMAINS = frozenset("ma tn dz ly eg sd sa ae qa kw bh om ye jo lb sy iq ps mr".split())


# a kingdom's paper says «المملكة» alone for its own country («في مناطق المملكة»)
_KINGDOMS = frozenset("SA MA JO BH".split())
_KINGDOM = normalize("المملكة")
_COUNTRY = normalize("البلاد")


# nouns between «في» and the pointing word: «في مناطق المملكة», «في مختلف أنحاء البلاد»
_SPREAD = frozenset(normalize(w) for w in "مناطق أنحاء ربوع مختلف كافة كامل جميع مدن ولايات جهات محافظات داخل".split())


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    return {row["host"].lower(): row["country"].upper() for row in read_table(LEXICON / "outlets.tsv")
            if row.get("host") and row.get("country")}


def outlet_home(url: str | None) -> str | None:
    """The home country (ISO alpha-2) of the local outlet at `url`, or None (pan-Arab, unknown)."""
    host = re.match(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", (url or "").strip().lower())
    if not host:
        return None
    labels = host.group(1).split(".")
    table = _outlets()
    for k in range(len(labels) - 1):  # «m.hespress.com» is hespress.com
        code = table.get(".".join(labels[k:]))
        if code:
            return code
    return labels[-1].upper() if labels[-1] in _ARAB_DOMAINS else None


def _names_home(g: Gazetteer, text: str, headline: str, home: str, *, once: bool = True) -> bool:
    """The article names its home country (a place of it, its nation, «المملكة» in a kingdom) at least as
    often as all other countries together (and, with `once`, at least once): its news is local."""
    ours, theirs = _country_counts(g, text, headline, home)
    return ours >= theirs and (ours >= 1 or not once)


@lru_cache(maxsize=8)
def _country_counts(g: Gazetteer, text: str, headline: str, home: str) -> tuple[int, int]:
    """How often the article names its home country, and how often any other."""
    ours = theirs = 0
    for part in (headline, text):
        ws = words(part)
        for hit in g.find(ws):
            code = hit.entry.place.country
            if code and not hit.entry.attached_only:  # «عدد هام»: a far town's name alone is mostly a word
                ours, theirs = ours + (code == home), theirs + (code != home)
        for i, w in enumerate(ws):
            code = g.nation(ws, i)
            if code:
                ours, theirs = ours + (code == home), theirs + (code != home)
            elif home in _KINGDOMS and _bare_kingdom(g, ws, i):
                ours += 1
    return ours, theirs


def _bare_kingdom(g: Gazetteer, ws: list[Word], i: int) -> bool:
    """«المملكة», «بالمملكة» with no name or nationality after it («المملكة المتحدة», «المملكة المغربية»)."""
    if ws[i].norm not in _KINGDOM_FORMS:
        return False
    following = ws[i + 1].norm if i + 1 < len(ws) else ""
    return not (g.nisba_country(following) or following in _NOT_HOME_KINGDOM)


_KINGDOM_FORMS = frozenset([_KINGDOM] + [c + _KINGDOM for c in ("و", "ب", "وب", "ف", "فب")]
                           + [c + _KINGDOM[1:] for c in ("ل", "ول")])  # «للمملكة»
_NOT_HOME_KINGDOM = frozenset(normalize(w) for w in ("المتحدة", "العربية", "الأردنية", "الهاشمية"))


def _points_home(g: Gazetteer, ws: list[Word], home: str) -> bool:
    """The sentence places something in «البلاد» (or «المملكة» alone, in a kingdom): after «في / بـ»,
    a host verb («شهدتها البلاد») or a noun of spread after «في» («في مناطق المملكة»)."""
    for i, w in enumerate(ws):
        for clitic in ("", "و", "ف", "ب", "وب", "فب"):
            bare = w.norm[len(clitic):] if w.norm.startswith(clitic) else None
            if bare == _COUNTRY or (bare == _KINGDOM and home in _KINGDOMS and _bare_kingdom(g, ws, i)):
                break
        else:
            continue
        if "ب" in clitic:
            return True
        for k in range(i - 1, max(-1, i - 4), -1):
            kind = g.word_kind(ws[k].norm)[0]
            if kind in ("in", "host"):
                return True
            if ws[k].norm not in _SPREAD and not (ws[k].norm[:1] == "ب" and ws[k].norm[1:] in _SPREAD):
                break
            if ws[k].norm[:1] == "ب":
                return True
    return False


def _ministry_acts(g: Gazetteer, ws: list[Word]) -> bool:
    """«قررت وزارة التربية الوطنية», «تفتح وزارة الحج اليوم النظام», «ستطلق الهيئة الوطنية للاتصالات»: a ministry
    or authority (lexicon/place_cues.tsv, kind ministry) with no nation after it acting (after a verb, or opening
    the sentence) in a local outlet's article is the home government's. The ministry, not the minister: a minister
    travels and speaks abroad («أفاد وزير المالية في لقاء إعلامي» held in Washington), a ministry decides at home."""
    for i, w in enumerate(ws):
        bare = w.norm[1:] if w.norm[:1] in "وف" and w.norm[1:] in g.ministries else w.norm
        if bare not in g.ministries:
            continue
        if any(g.nisba_country(v.norm) for v in ws[i + 1: i + 5]):
            return False  # «وزارة الخارجية الأمريكية»: a body of that nation (the acting rule's)
        if any(g.speakers.get(v.norm) == "" for v in ws[i + 1: i + 5]):
            return False  # «الهيئة الأوروبية للأدوية», «الهيئة الدولية للصليب الأحمر»: an international body
        if i == 0 or _feminine_verb(g, ws[i - 1].norm):
            return True
    return False


def _election_told(g: Gazetteer, ws: list[Word]) -> bool:
    """«اقترح إجراء الانتخابات البلدية يوم 24 ديسمبر», «موعد الانتخابات التشريعية»: an election (lexicon kind
    election) with no nation or place after it, in a local outlet's article, is the home country's own (an
    election is held country-wide; a foreign one is named: «الانتخابات الفرنسية», «الانتخابات في العراق»)."""
    for i, w in enumerate(ws):
        bare = w.norm[1:] if w.norm[:1] in "وبل" and w.norm[1:] in g.elections else w.norm
        if bare not in g.elections:
            continue
        after = ws[i + 1: i + 4]
        if any(g.nisba_country(v.norm) or g.find([v]) for v in after):
            continue
        return True
    return False


def _feminine_verb(g: Gazetteer, norm: str) -> bool:
    """«قررت», «وأعلنت», «تفتح», «ستطلق»: a verb agreeing with the (feminine) ministry after it."""
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if len(bare) < 4 or bare.startswith("ال") or g.word_kind(norm)[0] or g.nisba_country(bare):
        return False
    return bare.endswith("ت") and not bare.endswith("ات") or bare.startswith(("ت", "ست")) and not bare.endswith(("ه", "ات"))


def home_place(g: Gazetteer, text: str, headline: str, ws: list[Word], cands: list[_Candidate], home: str | None,
               story: Place | None, goes_on) -> Place | None:
    """The outlet's home country for a sentence that places its happening in «البلاد / المملكة», when the
    article is local news: its story (if it has one) is in the home country, it names home at least as
    often as elsewhere, and the sentence goes on with it (`goes_on(place)`: no other place or nation)."""
    if not home or not (_points_home(g, ws, home) or _ministry_acts(g, ws) or _election_told(g, ws)):
        return None
    country = g.country_place(home)
    if country is None or (story is not None and story.country and story.country != home):
        return None
    if not _names_home(g, text, headline, home) or not goes_on(country):
        return None
    return country
