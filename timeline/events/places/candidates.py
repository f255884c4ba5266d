"""The places a sentence names, with how each hangs on it (in, to, from, host, or not at all):
a preposition or host word before it, a head word and a name the gazetteer lacks, chains of places."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...normalize import normalize
from ...terms import Word, words
from .gazetteer import _ARABIC, _MAGHREBI, Gazetteer, Place, _bare, _Hit


# --- how a place hangs on the sentence

_STRONG = ("in", "to", "host", "named")


_NAMED = "named"  # a gathering or attack named after its place (`_named_for`): there, when the time dates it


_CLAUSE_BREAK = re.compile(r"[،؛,;:.!?\"«»()]")


_SEAT = "seat"  # a town's institution acting («قررت محكمة جنايات القاهرة»): there, for its own clause only


_CRAFT = "craft"  # a craft's destination («طائرة متجهة إلى لويسفيل بولاية كنتاكي»): unattached, the whole chain too


_ADVERB = "adverb"  # attached by a compass word alone: «in» for a town or country, none for a continent («بطولة غرب آسيا»)


SKIP_REACH = 5  # words skipped between a preposition and its place («في إحدى مستشفيات العاصمة المصرية القاهرة»)


_SKIP_BACK = ("head", "area", "cap", "dir", "land", "inst", "one")  # «في مطار قرطاج», «في إحدى مستشفيات القاهرة»


_NAME_PREFIXES = {normalize(w) for w in (
    "عين سيدي بني بن أولاد آيت أبو بئر رأس جبل سوق وادي واد دار تل أم قصر حمام سان سانت كفر دير بيت منزل برج حاسي "
    "خميس سبت أحد ثلاثاء أربعاء جمعة").split()}


_ON = normalize("على")


_BETWEEN = normalize("بين")


_HEAD_OF = (normalize("رأس"), normalize("راس"))  # a city name followed by «رأسه» is an idiom


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
    held: int | None = None  # an origin told by a relative clause: the index of its relative pronoun (`_held_at`)
    gathering: bool = False  # a country hosting a gathering named after it («مونديال روسيا», «المونديال الروسي»):
    # where that gathering is, not where the article's story is (a headline's topic, «تهدد مونديال قطر»)


def _attachment(g: Gazetteer, ws: list[Word], first: int, clitic: str) -> str | None:
    """How the place starting at word `first` hangs on the sentence: in, to, from, host, or None."""
    if "ب" in clitic:
        return None if first and g.word_kind(ws[first - 1].norm)[0] == "qual" else "in"
    if clitic.endswith("ل"):  # «لأمريكا الشمالية» is mostly a genitive; «بزيارة لموسكو» a destination
        return "to" if first and g.word_kind(ws[first - 1].norm)[0] == "trip" else None
    j, steps = first - 1, 0
    while j >= 0 and steps < SKIP_REACH:
        kind, cl = g.word_kind(ws[j].norm)
        if kind in _SKIP_BACK or (kind is None and g.nisba_country(ws[j].norm)) or (kind == "body" and "ب" in cl):
            # «بالمحكمة الابتدائية سوسة»: a body the happening is at, named after its town
            if "ب" in cl:
                return None if j and g.word_kind(ws[j - 1].norm)[0] == "qual" else "in"
            if cl.endswith("ل"):
                return "to" if j and g.word_kind(ws[j - 1].norm)[0] == "trip" else None
            j, steps = j - 1, steps + 1
            continue
        if kind == "from" and ws[j + 1].norm in _DIVISIONS and j and _placed_before(g, ws, j):
            return "in"  # «المدرسة الإعدادية بدوارهيشر من ولاية منوبة»: the governorate of the town it is at
        if kind == "from" and g.head_country.get(ws[j + 1].norm):
            return None  # «بحي خالد بن الوليد من معتمدية دوار هيشر»: of a district, no origin
        if kind is None and steps == 0 and _held_word(g.held, ws[j].norm) and j and \
                g.word_kind(ws[j - 1].norm)[0] == "in":
            j, steps = j - 1, steps + 1  # «في أولمبياد ريو دي جانيرو», «في مهرجان كان»: at the gathering, there
            continue
        if kind == "from" and _route_origin(g, ws, j):
            return "in"  # «بتسيير رحلاتها من مطار الجوف»: a new route is launched at the airport it starts from
        if kind == "from" and j and g.word_kind(ws[j - 1].norm)[0] == "part":
            j, steps = j - 2, steps + 1  # «في أجزاء من جنوب غرب إنجلترا»: a part of the place, not an origin
            continue
        if kind == "enter":
            # «دخلت مدينة دمت», «دخل مستشفى رام الله»; not «دخل العراق في فراغ» (its subject)
            return "host" if g.word_kind(ws[j + 1].norm)[0] in ("head", "area", "inst") else None
        if kind == "office" and not cl and steps == 0:
            return "in"  # «تسلم السادات رئاسة جمهورية مصر العربية»: the office is held there
        if kind in ("in", "to", "from", "host"):
            if kind in ("in", "to") and j and g.word_kind(ws[j - 1].norm)[0] == "qual":
                return None
            if kind == "to" and j and g.word_kind(ws[j - 1].norm)[0] == "join":
                return None  # «انضمت إلى المحكمة الجنائية الدولية»: a membership, no trip
            if kind == "to" and (_craft_bound(g, ws, j) or _route_bound(g, ws, j)):
                return _CRAFT  # «على متن طائرة متجهة إلى لويسفيل»: where the craft was going, not where it happened
            if kind == "in" and _in_an_origin(g, ws, j):
                return "from"  # «انتقل من بلدة فقيرة في باكستان»: where the town of origin lies
            if kind == "host" and (cl.endswith("ل") or "ب" in cl):
                return None  # «الجبهة الشعبية لتحرير فلسطين»: a name, «لاستضافة»: a purpose; «اعترف العراق
                # باستقلال الكويت», «رحب باستضافة قطر»: what is recognised or welcomed, done elsewhere
            return kind
        if ws[j].norm == _ON and j and (g.word_kind(ws[j - 1].norm)[0] == "host" or (
                j > 1 and g.word_kind(ws[j - 2].norm)[0] == "host" and not g.word_kind(ws[j - 1].norm)[0]
                and not g.find(ws[j - 1: j]))):
            return "host"  # «السيطرة على مدينة زنجبار», «بعد سيطرة الجماعة على العاصمة اليمنية صنعاء»
        if ws[j].norm == _BETWEEN and steps == 0 and any(g.word_kind(ws[k].norm)[0] == "operate"
                                                         for k in range(max(0, j - ROUTE_REACH * 3), j)):
            return "in"  # «ستبدأ العربية بتسيير رحلاتها اعتبارا من يوم الخميس … بين تبوك والشارقة»: from its first town
        if ws[j].norm == _ON and j and _struck(g, ws[j - 1].norm):
            return "host"  # «شن الطيران غارات على جنوب قطاع غزة», «ضربات على سوريا»: the place struck is where it happens
        if ws[j].norm == _ON and j + 1 <= first and ws[j + 1].norm in g.venues:
            return "in"  # «على ملعب رادس», «على أرضية ملعب أنفيلد»: played there
        if j + 1 < first and g.word_kind(ws[j + 1].norm) == ("dir", "") and not ws[j + 1].norm.startswith("ال") \
                and kind not in ("qual", "distance") and not ws[j].norm.isdigit():
            # «تظاهروا السبت وسط تل أبيب», «انفجار جنوب بغداد»: a compass word as an adverb of place (not
            # «بتوقيت شرق الولايات المتحدة», «350 كلم شمال المدينة»)
            return _ADVERB
        return None
    return None


ROUTE_REACH = 4  # words between a word of operating flights and the «من» of their airport («تشغيل الرحلات الدولية من»)


def _route_origin(g: Gazetteer, ws: list[Word], j: int) -> bool:
    """Is the «من» at j the airport a route is operated from («حق تشغيل الرحلات الدولية من مطار الجوف», «بتسيير
    رحلاتها من مطار الجوف»)? A word of operating (lexicon kind operate) a few words before, an airport or port
    (an inst word) right after."""
    if j + 1 >= len(ws) or g.word_kind(ws[j + 1].norm)[0] != "inst":
        return False
    return any(g.word_kind(ws[k].norm)[0] == "operate" for k in range(max(0, j - ROUTE_REACH), j))


def _route_bound(g: Gazetteer, ws: list[Word], j: int) -> bool:
    """Is the «إلى» at j the far end of a route operated from an airport («… من مطار الجوف الإقليمي إلى مطار
    القاهرة الدولي»)? Its «من» is a route's origin."""
    return any(g.word_kind(ws[k].norm)[0] == "from" and _route_origin(g, ws, k)
               for k in range(max(0, j - ROUTE_REACH - 2), j))


CRAFT_REACH = 3  # words between a plane or a flight and the word of heading before «إلى»: «طائرة تابعة، متجهة»


def _craft_bound(g: Gazetteer, ws: list[Word], j: int) -> bool:
    """Is the «إلى» at j the destination of a plane, ship or flight heading there («على متن طائرة تابعة، متجهة إلى
    لويسفيل», «تخصيص رحلة مباشرة إلى كوريا الشمالية»)? Only after a word of heading or a direct flight
    (lexicon kind heading), so «بعثة … متجهة إلى أوغندا» (a team going to play) and «رحلة إلى» (a trip) stay."""
    if not j or g.word_kind(ws[j - 1].norm)[0] != "heading":
        return False
    return any(g.word_kind(ws[k].norm)[0] in ("craft", "trip") for k in range(max(0, j - 1 - CRAFT_REACH), j - 1))


ORIGIN_REACH = 3  # words between «من» and the «في» of its town: «من بلدة فقيرة في باكستان»


def _in_an_origin(g: Gazetteer, ws: list[Word], j: int) -> bool:
    """Is the «في» at j inside a «من» + town phrase, saying where the origin lies («من مدينة كينيلورث في
    مقاطعة …», «من بلدة فقيرة في باكستان»)? The «من» must open a town or area word, with no verb between."""
    for k in range(j - 1, max(-1, j - 1 - ORIGIN_REACH), -1):
        kind, clitic = g.word_kind(ws[k].norm)
        if kind in ("head", "area") and not clitic:
            return k > 0 and g.word_kind(ws[k - 1].norm) == ("from", "")
        if kind is not None:
            return False
    return False


# the divisions a town belongs to: «من ولاية منوبة» after a town names its governorate
_DIVISIONS = {normalize(w) for w in "ولاية معتمدية محافظة إقليم عمالة جهة مقاطعة".split()}


def _placed_before(g: Gazetteer, ws: list[Word], j: int) -> bool:
    """A word with «بـ» or after «في» right before the «من» at j: «بدوارهيشر من ولاية منوبة»."""
    before = ws[j - 1].norm
    kind, clitic = g.word_kind(before)
    if kind in ("back", "trip", "visit"):
        return False
    return (before.startswith("ب") and len(before) > 3 and before not in _NOT_PLACED) or (
        j > 1 and g.word_kind(ws[j - 2].norm)[0] == "in")


_NOT_PLACED = {normalize(w) for w in "بعد بعيدا بدلا بالقرب بالرغم بسبب".split()}


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
    return raw.replace("_", " ").replace(" #", " ").strip("\"«»#").rstrip("0123456789").translate(_MAGHREBI)  # «سوسة1»: a court's number  # «الرڨاب» shown as «الرقاب»


_IN = normalize("في")


def _in_a_group_name(g: Gazetteer, ws: list[Word], first: int, clitic: str) -> bool:
    """Is the place at `first` part of a group's name going on with «في» (lexicon kind name_in: «الدولة الإسلامية في
    العراق والشام»)?"""
    if clitic or first < 2 or ws[first - 1].norm != _IN:
        return False
    one = ws[first - 2].norm
    two = ws[first - 3].norm + " " + one if first >= 3 else ""
    return one in g.names_in or two in g.names_in


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
        if _in_a_group_name(g, ws, h.first, h.clitic):  # «لتنظيم الدولة الإسلامية في العراق والشام»: named, no scene
            out.append(_Candidate(place, h.first, h.last, None, "org"))
            continue
        if h.entry.kind == "city" and _named_after(g, ws, h):  # «ريال مدريد», «واشنطن بوست»: named, no scene
            out.append(_Candidate(place, h.first, h.last, None, "org"))
            continue
        attach = _attachment(g, ws, h.first, h.clitic)
        if attach == _ADVERB:
            attach = None if h.entry.kind == "continent" else "in"
        held = None
        if attach == "in" and _coming_from(g, text, base, ws, h.first):
            attach, held = "from", _held_at(g, ws, h.first)
        attach = attach or _named_for(g, ws, h) or _institution_acting(g, ws, h) or _visited(g, text, base, ws, h)
        after_inst = h.first and g.word_kind(ws[h.first - 1].norm)[0] == "inst"  # «دورة برشلونة»: the city's tournament
        is_club = g.cue.get(ws[h.first].norm[len(h.clitic):]) == "club"
        if h.entry.kind == "city" and is_club and attach == "to" and _transferred(g, ws, h.first):
            out.append(_Candidate(place, h.first, h.last, None, "org"))  # «انتقل بيكر إلى ليفربول»: the club
            continue
        if h.entry.kind == "city" and attach not in _STRONG and is_club and not after_inst:
            out.append(_Candidate(place, h.first, h.last, None, "org"))  # «لغوارديولا وليفربول»: the club
            continue
        if h.entry.kind != "country" and h.entry.as_written:  # a city or region: named as the article writes it
            place = Place(_as_written(text, base, ws, h.first, h.last, h.clitic), *(
                place.country, place.country_name, place.lat, place.lon, place.tz))
        stated = g.nisba_country(ws[h.last + 1].norm) if h.entry.kind == "city" and h.last + 1 < len(ws) else None
        if stated and stated != place.country and ws[h.last + 1].norm.endswith("ه"):
            # «بمدينة ميرلو الهولندية»: the article says whose town it is; a namesake elsewhere is not meant
            place = Place(place.name, stated, g.country_names.get(stated), None, None, g.zone(stated))
        if h.entry.attached_only and attach not in ("in", "to", "host", _CRAFT):
            continue  # «جنيف» after «في» is Geneva; a far town's name alone is too often a word or a person
        out.append(_Candidate(place, h.first, h.last, attach, h.entry.kind, held,
                              gathering=attach == _NAMED and h.entry.kind == "country"))
    for i, w in enumerate(ws[:-1]):
        gathering = _gathering_of_nation(g, ws, i) if i + 1 not in covered else None
        if gathering is not None:
            out.append(gathering)
            continue
        kind, clitic = g.word_kind(w.norm)
        if i + 1 in covered or kind not in ("cap", "land", "head", "area", "prefix"):
            continue
        attach = _attachment(g, ws, i, clitic)
        attach = "in" if attach == _ADVERB else attach
        if kind == "prefix":  # after a head word («منطقة عين الكريمة») the head names it
            after_head = i and not clitic and g.word_kind(ws[i - 1].norm)[0] in ("head", "area")
            named = _prefixed_name(g, text, base, ws, i, clitic, covered) if attach in _STRONG and not after_head else None
            if named:
                out.append(_Candidate(named, i, i + 1, attach, "name"))
            continue
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
            name_end = _quoted_end(text, base, ws, i + 1, name_end)
            code = g.head_country.get(head) or g.head_country.get(_bare(head))
            stated = g.nisba_country(ws[name_end + 1].norm) if name_end + 1 < len(ws) else None
            if stated and ws[name_end + 1].norm.endswith("ه"):
                code = stated  # «في مدينة فيرغسن الأميركية»: the article says whose town it is
            name = _as_written(text, base, ws, i + 1, name_end, "")
            place = Place(name, code, g.country_names.get(code) if code else None, None, None, g.zone(code))
            out.append(_Candidate(place, i + 1, name_end, attach, "area" if kind == "area" else "name"))
    for i in range(len(ws)):
        again = _named_again(g, text, base, ws, i) if i not in covered and i + 1 not in covered else None
        if again is not None:
            out.append(again)
    out.sort(key=lambda c: c.first)
    return [_town_told_before(g, text, base, ws, c) for c in _chains(g, ws, out)]


def _town_told_before(g: Gazetteer, text: str, base: int, ws: list[Word], c: _Candidate) -> _Candidate:
    """«… بجامعة هارفارد في بوسطن … وعميدة البرنامج في جامعة هارفارد»: an institution the table places in
    a town (kind landmark), named again alone, is in the town the article wrote after it before."""
    if not _landmark_placed(g, ws, c):
        return c
    before = words(text[max(0, base - AGAIN_REACH): base + ws[c.first].start])
    hits = g.find(before)
    town = None
    for h1, h2 in zip(hits, hits[1:]):
        if h1.entry.place == c.place and h2.entry.kind == "city" and h2.entry.place.country == c.place.country \
                and h2.entry.place.name != c.place.name and (h2.first == h1.last + 1 and h2.clitic == "ب"
                                                             or h2.first == h1.last + 2 and before[h1.last + 1].norm in _IN_WORDS):
            town = h2.entry.place
    return c if town is None else _Candidate(town, c.first, c.last, c.attach, c.kind, c.held, c.gathering)


_AGAINST = {normalize(w) for w in "على ضد".split()}


_BEFORE_AFTER = {normalize(w) for w in "بعد وبعد عقب وعقب إثر اثر وإثر أعقاب قبل وقبل منذ ومنذ".split()}


_NOUN_CLITICS = ("", "و", "ب", "ل", "وب", "ول", "ف", "فب", "فل")


def _held_word(words_set: set[str], norm: str) -> bool:
    return any(norm.startswith(c) and norm[len(c):] in words_set for c in _NOUN_CLITICS)


def _struck(g: Gazetteer, norm: str) -> bool:
    """«غارات», «الضربات», «وهجوم»: a word of attack (kind strike), bare or definite, with its proclitic."""
    return _held_word(g.strikes, norm) or any(norm.startswith(c + "ال") and norm[len(c) + 2:] in g.strikes
                                              for c in _NOUN_CLITICS)


NAME_REACH = 3  # words after a definite head word («المحكمة العليا البريطانية») that may still name its place
AGAIN_REACH = 1500  # characters before the sentence within which «القطاع» still points back to «قطاع غزة»


_SECTOR = _bare(normalize("القطاع"))  # the head word of a sector of the economy
_IN_WORDS = {normalize(w) for w in "في وفي".split()}
SECTOR_REACH = 2  # words from a sector noun to the nationality saying whose it is («القطاع الخاص الألماني»)


def _named_again(g: Gazetteer, text: str, base: int, ws: list[Word], i: int) -> _Candidate | None:
    """«وكانت دبابات إسرائيلية قد ضربت، الأربعاء، عدة مواقع لحماس في القطاع»: a definite head word (lexicon kind
    again) after «في / بـ» with no name of its own is the place the article named before with the same head
    word («قطاع غزة», «مدينة حلب»): the last one, in the sentences before."""
    norm = ws[i].norm
    clitic = next((c for c in sorted(_NOUN_CLITICS, key=len, reverse=True)
                   if norm.startswith(c) and norm[len(c):] in g.again), None)
    if clitic is None:
        return None
    following = ws[i + 1].norm if i + 1 < len(ws) else ""
    attach = _attachment(g, ws, i, clitic)
    if following in g.not_again or (following.startswith("ال") and following.endswith(("ي", "يه"))):
        # «في القطاع الخاص», «في القطاع السياحي»: a sector, no place — unless a nationality says whose
        # («النمو في القطاع الخاص الألماني تباطأ»: in Germany)
        nation = next(((k, code) for k in (i + 1, i + 2) if k < len(ws) and k - i <= SECTOR_REACH
                       for code in [g.nisba_country(ws[k].norm)] if code and ws[k].norm.startswith("ال")), None)
        if nation is None or attach not in ("in", "host") or _bare(norm[len(clitic):]) != _SECTOR:
            return None  # («في المدينة الإماراتية» is a town named before, not the country)
        return _Candidate(g.country_place(nation[1]), i, nation[0], attach, "country")
    if i and not clitic and g.word_kind(ws[i - 1].norm)[0] == "facing":
        attach = "in"  # «ومثل أمام المحكمة»: at the court named before
    if attach not in ("in", "host"):
        return None
    place = _last_named(g, text[max(0, base - AGAIN_REACH): base + ws[i].start], _bare(norm[len(clitic):]))
    return _Candidate(place, i, i, attach, "area") if place is not None else None


def _last_named(g: Gazetteer, before: str, head: str) -> Place | None:
    """The place named last in `before` right after the head word («قطاع غزة» for «قطاع»)."""
    ws = words(before)
    for k in range(len(ws) - 2, -1, -1):
        if any(ws[k].norm in (c + head, c + "ال" + head) for c in _NOUN_CLITICS):
            if ws[k].norm.endswith("ال" + head):  # «أمام المحكمة العليا البريطانية», «المحكمة الابتدائية بسوسة»
                hits = [h for h in g.find(ws[k + 1: k + 1 + NAME_REACH]) if h.entry.kind != "continent"
                        and h.clitic in ("", "ب")]
                if hits:
                    return _written(before, ws, hits[0], k + 1)
                code = next((g.nisba_country(w.norm) for w in ws[k + 1: k + 1 + NAME_REACH]
                             if g.nisba_country(w.norm)), None)
                if code:
                    return g.country_place(code)
                continue
            near = ws[k: k + 1 + NAME_REACH + 2]
            hits = [h for h in g.find(near) if h.entry.kind != "continent"
                    and (h.first <= 1 or _attachment(g, near, h.first, h.clitic) == "in")]
            if hits and (hits[0].first == 0 or hits[0].clitic in ("", "ب")):
                # «قطاع غزة» whole, «مدينة حلب»'s town, the town of «مسجد الكتبية التاريخي بمدينة مراكش»
                return _written(before, ws, hits[0], k)
    return None


def _written(text: str, ws: list[Word], h: _Hit, offset: int) -> Place:
    """The place of a hit among ws[offset:], a town or region shown as the article writes it."""
    place = h.entry.place
    if h.entry.kind == "country" or not h.entry.as_written:
        return place
    return Place(_as_written(text, 0, ws, offset + h.first, offset + h.last, h.clitic), *(
        place.country, place.country_name, place.lat, place.lon, place.tz))


def _gathering_of_nation(g: Gazetteer, ws: list[Word], i: int) -> _Candidate | None:
    """«في المونديال الروسي», «بالأولمبياد البرازيلي»: a definite gathering word (kind held) with one nationality
    after it is held in that country («المونديال الروسي» is the World Cup in Russia) — in it after «في / بـ», named
    after it otherwise; not after «بعد / منذ» (an earlier happening), nor with a second nationality
    («القمة الأمريكية الكورية»: who meets, not where)."""
    norm = ws[i].norm
    clitic = next((c for c in sorted(_NOUN_CLITICS, key=len, reverse=True)
                   if norm.startswith(c + "ال") and norm[len(c) + 2:] in g.held), None)
    if clitic is None or i + 1 >= len(ws):
        return None
    code = g.nisba_country(ws[i + 1].norm) if ws[i + 1].norm.startswith("ال") else None
    second = ws[i + 2].norm if i + 2 < len(ws) else ""
    if not code or g.nisba_country(second) or (second.startswith("ال") and second.endswith("يه")):
        return None  # «القمة الأمريكية الكورية»: a second nationality the gazetteer may not know
    if i and ws[i - 1].norm in _BEFORE_AFTER:
        return None
    attach = _attachment(g, ws, i, clitic)
    attach = "in" if attach == _ADVERB else attach
    if attach not in _STRONG:
        attach = None if attach else _NAMED
    return _Candidate(g.country_place(code), i, i + 1, attach, "country", gathering=True)


def _named_for(g: Gazetteer, ws: list[Word], h: _Hit) -> str | None:
    """«الدورة 69 لمهرجان كان», «أيام قرطاج السينمائية», «فاز ببطولة تركيا», «في هجمات بروكسيل», «هجمات مدينة
    بوسطن»: a gathering (kind held) or an attack (kind strike) named after a place happens there — the gathering
    at a town or country, the attack at a town only («هجوم أنقرة على عفرين» names the attacker)."""
    if h.last > h.first and _held_word(g.held, ws[h.first].norm):
        k = h.first  # a table row holding its gathering word («لمهرجان كان»)
    elif h.clitic not in ("", "و") or h.entry.kind == "continent":
        return None
    else:
        k = h.first - 1
        while k >= 0 and h.first - k <= 2 and g.word_kind(ws[k].norm) in (("head", ""), ("inst", "")) \
                and h.entry.kind != "country" and not _held_word(g.held, ws[k].norm):
            k -= 1  # «هجمات مدينة بوسطن», «حفل أمانة محافظة الطائف»
        if k < 0:
            return None
        against = h.last + 1 < len(ws) and ws[h.last + 1].norm in _AGAINST  # «هجوم أنقرة على عفرين»: the attacker
        if not (_held_word(g.held, ws[k].norm) or (_held_word(g.strikes, ws[k].norm) and not against
                                                   and h.entry.kind in ("city", "region"))):
            return None
    if k and ws[k - 1].norm in _BEFORE_AFTER:
        return None  # «خاصة بعد مؤتمر سوسة», «منذ هجمات باريس»: another, earlier happening named as a landmark in time
    return _NAMED


def _institution_acting(g: Gazetteer, ws: list[Word], h: _Hit) -> str | None:
    """«قررت محكمة جنايات القاهرة أمس», «أعلنت شرطة دبي»: a town's court, police or airport acting,
    the subject of a verb (or opening the sentence), acts in that town; it places its own clause, it does
    not part the sentence from the article's story."""
    if h.clitic or h.entry.kind != "city":
        return None
    if h.entry.place.lat is not None and g.word_kind(ws[h.first].norm)[0] in ("body", "inst") and \
            (h.first == 0 or _feminine_past(g, ws[h.first - 1].norm)):
        return _SEAT  # «أعلنت جامعة الملك خالد»: an institution whose name holds no town stands in its town
    for k in (h.first - 1, h.first - 2):
        if k < 0:
            return None
        kind, clitic = g.word_kind(ws[k].norm)
        if kind in ("body", "inst") and not clitic:
            if k == 0 or _feminine_past(g, ws[k - 1].norm):
                return _SEAT
            if g.word_kind(ws[k - 1].norm)[0] == "facing":
                return "in"  # «ومثل المتهم أمام محكمة جنايات القاهرة»: at the town's court
            return None
        if kind or k != h.first - 1 or g.nisba_country(ws[k].norm):
            return None  # «استعادت القوات العراقية الموصل»: the town is the object
    return None


def _feminine_past(g: Gazetteer, norm: str) -> bool:
    """«قررت», «وأعلنت»: a verb whose subject is the feminine institution after it."""
    return norm.endswith("ت") and len(norm) >= 4 and not g.word_kind(norm)[0]


BACK_REACH = 7  # words between a «من» after a word of coming or returning and a place it still holds


def _coming_from(g: Gazetteer, text: str, base: int, ws: list[Word], first: int) -> bool:
    """«بعد عودتهم من المعسكر الخارجي في سويسرا», «قادمة من قاعدة مشاة البحرية في بوفورت»: a place
    inside the «من» phrase of coming or returning, with no clause break before it, is where they come from."""
    for k in range(first - 1, max(0, first - 1 - BACK_REACH), -1):
        if _CLAUSE_BREAK.search(text[base + ws[k].end: base + ws[k + 1].start]):
            return False
        if g.word_kind(ws[k].norm)[0] == "from":
            return k > 0 and g.word_kind(ws[k - 1].norm)[0] == "back"
    return False


_RELATIVE = {normalize(w) for w in "الذي التي الذين اللذين اللتين اللواتي".split()}


def _held_at(g: Gazetteer, ws: list[Word], first: int) -> int | None:
    """«بعد عودتهم من المعسكر الخارجي الذي أقيم في مدينة ميلانو»: a relative pronoun between the «من» of coming
    and the place says where the thing they come from was held (its index), a place for a time told in that clause
    (not one before the «من»: «الذين عادوا من المعسكر في ميلانو» came from there)."""
    for k in range(first - 1, max(-1, first - 1 - BACK_REACH), -1):
        if g.word_kind(ws[k].norm)[0] == "from":
            return None
        if ws[k].norm in _RELATIVE:
            return k
    return None


VISIT_REACH = 6  # words between a verb of visiting and its object place («وزار فريق من صندوق النقد الدولي تونس»)


def _visited(g: Gazetteer, text: str, base: int, ws: list[Word], h: _Hit) -> str | None:
    """«وزار فريق من صندوق النقد الدولي تونس», «يزور الرئيس الفرنسي الصين»: the first place after a verb
    of visiting, with no «في / إلى», clause break or other place between, is where the visit happens
    («من» may open the visitors: «فريق من صندوق النقد»; one comma may close their name: «زار الوزير مايك بومبيو، الرياض»)."""
    if h.clitic:
        return None
    commas = 0
    for k in range(h.first - 1, max(-1, h.first - 1 - VISIT_REACH), -1):
        gap = text[base + ws[k].end: base + ws[k + 1].start]
        if _CLAUSE_BREAK.search(gap):
            if gap.strip() not in ("،", ",") or commas:
                return None
            commas += 1  # «زار وزير الخارجية الأمريكي مايك بومبيو، الرياض»: a comma closing the visitor's name
        kind, clitic = g.word_kind(ws[k].norm)
        if kind == "visit":
            return "to"
        if kind in ("take", "hit") and h.entry.kind in ("city", "region") and not commas:
            return "host"  # «شنت القوات عملية عسكرية لاستعادة الحديدة»: the town taken back is where the fighting is;
            # «الزلزال الذي ضرب جزيرة سولاويزي الجمعة»: the town struck is where it struck
        if kind == "host" and not clitic.endswith("ل") and not commas and h.entry.kind == "city" and not h.entry.as_written:
            return "host"  # «اقتحمت مجموعات المستوطنين الإسرائيليين المسجد الأقصى»: a landmark, object of a host verb
        if kind in ("in", "to", "host", "say", "trip") or g.find(ws[k: k + 1]):
            return None
    return None


TRANSFER_REACH = 4  # words from a word of a player's transfer to the club's name: «وانتقل لاعب الوسط الألماني إلى»


def _transferred(g: Gazetteer, ws: list[Word], first: int) -> bool:
    """A word of a player's transfer or loan («انتقل», «إعارته», «بيعه») shortly before the «إلى» of a town
    whose name alone is its club: the player joins the club, he makes no trip to the town."""
    return any(g.word_kind(ws[k].norm)[0] == "transfer" for k in range(max(0, first - TRANSFER_REACH - 1), first))


def _named_after(g: Gazetteer, ws: list[Word], h: _Hit) -> bool:
    """A city in the name of a club or newspaper: after an org word, before an org tail, or before a masculine
    nationality adjective (a city is feminine: «برشلونة الإسبانية» is the city, «برشلونة الإسباني» the club)."""
    if h.first and not h.clitic and g.word_kind(ws[h.first - 1].norm)[0] == "org":
        return True
    if h.last + 1 >= len(ws):
        return False
    after = ws[h.last + 1].norm
    return g.cue.get(after) == "org_tail" or (bool(g.nisba_country(after)) and not after.endswith("ه"))


def _prefixed_name(g: Gazetteer, text: str, base: int, ws: list[Word], i: int, clitic: str,
                   covered: set[int]) -> Place | None:
    """«ببئر القصعة», «بوادي عتود», «في جبل البحوث»: a word that opens a place's name (well, valley, mountain,
    saint) and the word after it name a place the gazetteer lacks; its country is told by a feminine
    nationality adjective after it, or by the larger place of its chain («بوادي عتود بمركز مربه»)."""
    if i in covered or i + 2 > len(ws):
        return None
    after = ws[i + 1].norm
    if after in g.stop_after_head or _captured_name(g, ws, i + 1, covered) != i + 1:
        return None  # «بعين الاعتبار»: an idiom; «في جبل من …»: no name
    name = _as_written(text, base, ws, i, i + 1, clitic)
    stated = g.nisba_country(ws[i + 2].norm) if i + 2 < len(ws) and ws[i + 2].norm.endswith("ه") else None
    return Place(name, stated, g.country_names.get(stated) if stated else None, None, None, g.zone(stated))


QUOTED_REACH = 4  # words of a quoted name after a head word: «ببلدية "بوا دو كولومب"»

_OPEN_QUOTES, _CLOSE_QUOTES = "\"«“", "\"»”"


def _quoted_end(text: str, base: int, ws: list[Word], first: int, last: int) -> int:
    """«ولد … ببلدية "بوا دو كولومب"»: a name the gazetteer lacks written in quotes after its head word is the
    whole quoted name (its last word before the closing quote), not its first word alone."""
    start = base + ws[first].start
    if not text[:start].rstrip(" ").endswith(tuple(_OPEN_QUOTES)):
        return last
    for k in range(first, min(len(ws), first + QUOTED_REACH)):
        if text[base + ws[k].end: base + ws[k].end + 1] in _CLOSE_QUOTES:
            return k if all(_ARABIC.search(w.norm) and not w.norm.isdigit() for w in ws[first: k + 1]) else last
    return last


def _captured_name(g: Gazetteer, ws: list[Word], i: int, covered: set[int]) -> int | None:
    """Last word of a place name written after a head word and missing from the gazetteer."""
    w = ws[i].norm
    if w[:1] == "و" and w[1:] in g.stop_after_head:
        return None  # «في مدن وبلدات إقليمية»: a second head word, not a name
    if (not w or w.isdigit() or not _ARABIC.search(w) or w in g.stop_after_head or g.word_kind(w)[0] not in (None, "prefix")
            or g.nisba_country(w) or w.endswith("يه") or len(_bare(w)) < 3 or w.startswith("لل")):
        return None
    if w in _NAME_PREFIXES and i + 1 < len(ws) and i + 1 not in covered \
            and g.word_kind(ws[i + 1].norm)[0] in (None, "prefix"):
        return i + 1
    return i


def _chains(g: Gazetteer, ws: list[Word], cands: list[_Candidate]) -> list[_Candidate]:
    """«منطقة X في محافظة Y الواقعة في شمال Z»: one place, the finest, attached as the chain is."""
    result, k = [], 0
    while k < len(cands):
        end = k
        while end + 1 < len(cands) and _linked(g, ws, cands[end].last + 1, cands[end + 1].first) \
                and _within(g, ws, cands[end], cands[end + 1]):
            end += 1
        group = cands[k: end + 1]
        attach = next((a for a in _STRONG if any(c.attach == a for c in group)), group[0].attach)
        if group[0].attach == _CRAFT:
            attach = None
        finest = min(group, key=lambda c: _RANK.get(c.kind, 1))
        finest = next((c for c in group if c.first > finest.first and c.kind == "city"
                       and _landmark_placed(g, ws, finest)), finest)  # «بجامعة هارفارد في بوسطن»: the town written
        place = finest.place
        known = next((c.place for c in group if c.place.country), None)
        if not place.country and known:  # «مدينة دوردان بضواحي باريس»: in the larger place's country
            place = Place(place.name, known.country, known.country_name, None, None, known.tz)
        held = next((c.held for c in group if c.held is not None), None)
        result.append(_Candidate(place, group[0].first, group[-1].last, attach, finest.kind, held,
                                 gathering=all(c.gathering for c in group)))
        k = end + 1
    return result


def _landmark_placed(g: Gazetteer, ws: list[Word], c: _Candidate) -> bool:
    """The city candidate c comes from the table's landmarks (a building or institution of several words,
    «جامعة هارفارد»), not from a town's own name: a town written after it in its chain is finer."""
    return c.kind == "city" and (c.place.name, c.place.country or "") in g.landmark_towns \
        and not g.find(ws[c.first: c.first + 1])


def _within(g: Gazetteer, ws: list[Word], place: _Candidate, larger: _Candidate) -> bool:
    """The second place of a chain holds the first: not another country («تمثلان تونس في تايوان»), not a
    second item of a list («أبها ولندن»: its conjunction و is no part of its name)."""
    if place.place.country and larger.place.country and place.place.country != larger.place.country:
        return False
    first = ws[larger.first].norm
    if g.cue.get(first) in ("head", "area"):
        return True  # «في ولاية مونتانا»: و is the head word's own letter
    return not (first.startswith("و") and not normalize(larger.place.name).startswith("و"))


def _linked(g: Gazetteer, ws: list[Word], start: int, stop: int) -> bool:
    if stop - start > 4 or stop < start:
        return False
    for w in ws[start:stop]:
        kind, _ = g.word_kind(w.norm)
        if kind not in ("in", "from", "head", "area", "dir", "cap") and w.norm not in _CONNECTORS:
            return False
    return True
