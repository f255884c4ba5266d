"""The places a sentence names, each with how it hangs on the sentence (attachment.py): the gazetteer's
names, a head word and a name the gazetteer lacks, a capital or a coast told by a nationality, a gathering
named by its host's nationality, a head word pointing back to a place named before, and chains of places
told as one («منطقة X في محافظة Y»)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...normalize import normalize
from ...terms import Word, words
from .attachment import (_ADVERB, _BEFORE_AFTER, _CRAFT, _NAMED, _NOUN_CLITICS, _STRONG, _attachment, _coming_from,
                         _held_at, _institution_acting, _named_after, _named_for, _transferred, _visited)
from .gazetteer import _ARABIC, _MAGHREBI, Gazetteer, Place, _bare, _Hit


_NAME_PREFIXES = {normalize(w) for w in (
    "عين سيدي بني بن أولاد آيت أبو بئر رأس جبل سوق وادي واد دار تل أم قصر حمام سان سانت كفر دير بيت منزل برج حاسي "
    "خميس سبت أحد ثلاثاء أربعاء جمعة").split()}


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
    #   | pointed («البلاد» pointing back to the country its sentence names)
    held: int | None = None  # an origin told by a relative clause: the index of its relative pronoun (`_held_at`)
    gathering: bool = False  # a country hosting a gathering named after it («مونديال روسيا», «المونديال الروسي»):


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


SENTENCES_REMEMBERED = 64  # the candidates of the last sentences: every mention of a sentence asks for the same ones


def _candidates(g: Gazetteer, text: str, base: int, ws: list[Word]) -> list[_Candidate]:
    """The candidates of the sentence ws (starting at `base` in text): worked out once for all its mentions,
    remembered for a few sentences only (a bounded cache, so a long-running server does not grow)."""
    return list(_sentence_candidates(g, text, base, tuple(ws)))


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def _sentence_candidates(g: Gazetteer, text: str, base: int, ws: tuple[Word, ...]) -> tuple[_Candidate, ...]:
    return tuple(_find_candidates(g, text, base, list(ws)))


def _find_candidates(g: Gazetteer, text: str, base: int, ws: list[Word]) -> list[_Candidate]:
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
            if not code and kind == "land" and attach in ("in", "host") and w.norm[len(clitic):] == _THE_COUNTRY:
                pointed = _country_pointed_at(g, text, base, ws, i)  # «العراق ستخوض خامس انتخابات عامة في البلاد»
                if pointed is not None:
                    # (like a gathering named by its host: no story's place, and a town of it the sentence places is finer)
                    out.append(_Candidate(g.country_place(pointed), i, i, attach, _POINTED, gathering=True))
                continue
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


_THE_COUNTRY = normalize("البلاد")
_POINTED = "pointed"  # the kind of a candidate «البلاد» pointing back to the country its sentence names


def _country_pointed_at(g: Gazetteer, text: str, base: int, ws: list[Word], i: int) -> str | None:
    """«البلاد» with no nationality after it is the country the text points back to: the one country its sentence
    names («العراق ستخوض خامس انتخابات عامة في البلاد»). None or two: which one is meant is not told (the text
    before often names others: «قضت محكمة الاستئناف في البلاد» after a word on the United States, in a story of
    Lebanon); a nationality adjective is often a visitor's («وشهدت البلاد زيارة الرئيس الفرنسي»)."""
    named = {h.entry.place.country for h in g.find(ws) if h.entry.kind == "country"}
    return next(iter(named)) if len(named) == 1 else None


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


NAME_REACH = 3  # words after a definite head word («المحكمة العليا البريطانية») that may still name its place
AGAIN_REACH = 1500  # characters before the sentence within which «القطاع» still points back to «قطاع غزة»


_LONGEST_CLITIC_FIRST = tuple(sorted(_NOUN_CLITICS, key=len, reverse=True))  # «وب» before «و»


@lru_cache(maxsize=4)
def _clitic_before(g: Gazetteer, kind: str) -> dict[str, str]:
    """Every spelling of a head word of the lexicon kind `again` («القطاع») or `held` («المونديال», written with
    its ال) with a proclitic, mapped to that proclitic: one look-up per word instead of trying each proclitic.
    The longest proclitic wins, as the words are read («وبالقطاع» is «وب» + «القطاع»)."""
    heads, article = (g.again, "") if kind == "again" else (g.held, "ال")
    found: dict[str, str] = {}
    for clitic in reversed(_LONGEST_CLITIC_FIRST):  # a longer proclitic written later overrides a shorter one
        for head in heads:
            found[clitic + article + head] = clitic
    return found


_SECTOR = _bare(normalize("القطاع"))  # the head word of a sector of the economy
_IN_WORDS = {normalize(w) for w in "في وفي".split()}
SECTOR_REACH = 2  # words from a sector noun to the nationality saying whose it is («القطاع الخاص الألماني»)


def _named_again(g: Gazetteer, text: str, base: int, ws: list[Word], i: int) -> _Candidate | None:
    """«وكانت دبابات إسرائيلية قد ضربت، الأربعاء، عدة مواقع لحماس في القطاع»: a definite head word (lexicon kind
    again) after «في / بـ» with no name of its own is the place the article named before with the same head
    word («قطاع غزة», «مدينة حلب»): the last one, in the sentences before."""
    norm = ws[i].norm
    clitic = _clitic_before(g, "again").get(norm)
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
    if i and not clitic and g.word_kind(ws[i - 1].norm)[0] == "visit":
        attach = "host"  # «كما أنه عاد وزار المدينة في أيلول/سبتمبر 2016»: the town named before is visited
    if attach not in ("in", "host"):
        return None
    head = _bare(norm[len(clitic):])
    if head in _TOWN_HEADS:  # «جنازة رابين في القدس، كما أنه عاد وزار المدينة»: the town the sentence named before it
        town = next((h for h in reversed(g.find(ws[:i])) if h.entry.kind == "city"
                     and _attachment(g, ws, h.first, h.clitic) in ("in", "to", "host")), None)
        if town is not None:
            return _Candidate(_written(text[base:], ws, town, 0), i, i, attach, "area")
    place = _last_named(g, text[max(0, base - AGAIN_REACH): base + ws[i].start], head)
    return _Candidate(place, i, i, attach, "area") if place is not None else None


_TOWN_HEADS = {_bare(normalize(w)) for w in "المدينة البلدة القرية".split()}  # heads a town named bare points back to


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
    clitic = _clitic_before(g, "held").get(norm)
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
