"""How a place a sentence names hangs on it: in, to, from, host, named after (a gathering or an attack),
a seat (a town's institution acting), a craft's destination, or not at all. Read from the words around
the place: a preposition, host or visit verb before it, a route's or a craft's ends, a club's or paper's
name. candidates.py finds the places; this module says what each one is to the happening."""
from __future__ import annotations

import re

from ...normalize import normalize
from ...terms import Word
from .gazetteer import Gazetteer, _Hit


_STRONG = ("in", "to", "host", "named")


_NAMED = "named"  # a gathering or attack named after its place (`_named_for`): there, when the time dates it


_CLAUSE_BREAK = re.compile(r"[،؛,;:.!?\"«»()]")


_SEAT = "seat"  # a town's institution acting («قررت محكمة جنايات القاهرة»): there, for its own clause only


_CRAFT = "craft"  # a craft's destination («طائرة متجهة إلى لويسفيل بولاية كنتاكي»): unattached, the whole chain too


_ADVERB = "adverb"  # attached by a compass word alone: «in» for a town or country, none for a continent («بطولة غرب آسيا»)


SKIP_REACH = 5  # words skipped between a preposition and its place («في إحدى مستشفيات العاصمة المصرية القاهرة»)


_SKIP_BACK = ("head", "area", "cap", "dir", "land", "inst", "one", "part")  # «في مطار قرطاج», «في إحدى مستشفيات القاهرة»,
# «في شوارع المدينة», «في معظم أنحاء سوريا»


_ON = normalize("على")


_BETWEEN = normalize("بين")
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
        if kind in _SHORE and _shore_of(g, ws, j, first, kind):
            # «في بحر ليبيا», «قبالة ساحل إسرائيل»: on the sea or coast of the place named (not after «على»: «العثور على
            # رسالة … على شواطئ أستراليا» in a headline would place the story's background there too)
            if "ب" in cl:
                return "in"
            j, steps = j - 1, steps + 1
            continue
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
        if ws[j].norm == _ON and j + 1 < first and _edge(g, ws[j + 1].norm):
            return "in"  # «على حدود قطاع غزة», «على مشارف مدينة عفرين»: at the edge of that place
        if ws[j].norm == _BETWEEN and j > 1 and _edge(g, ws[j - 1].norm) \
                and (ws[j - 2].norm == _ON or g.word_kind(ws[j - 2].norm)[0] == "in"):
            # «المواجهات الدامية على الحدود بين قطاع غزة وإسرائيل»: the territory or town named first on the border;
            # a border between two countries («بين إسرائيل وقطاع غزة», «بين الولايات المتحدة والمكسيك») is on no one side
            hit = next((h for h in g.find(ws[first: first + 4]) if h.first == 0), None)
            return "in" if hit is not None and hit.entry.kind != "country" else None
        if ws[j].norm == _ON and j + 1 <= first and ws[j + 1].norm in g.venues:
            return "in"  # «على ملعب رادس», «على أرضية ملعب أنفيلد»: played there
        if j + 1 < first and g.word_kind(ws[j + 1].norm) == ("dir", "") and not ws[j + 1].norm.startswith("ال") \
                and kind not in ("qual", "distance") and not ws[j].norm.isdigit():
            # «تظاهروا السبت وسط تل أبيب», «انفجار جنوب بغداد»: a compass word as an adverb of place (not
            # «بتوقيت شرق الولايات المتحدة», «350 كلم شمال المدينة»)
            return _ADVERB
        return None
    return None


_EDGES = {normalize(w) for w in "حدود الحدود مشارف أطراف تخوم".split()}


def _edge(g: Gazetteer, norm: str) -> bool:
    """A word of the edge of a place («حدود», «الحدود», «مشارف»; with no proclitic)."""
    return norm in _EDGES


# a sea or coast word before a name (lexicon/place_cues.tsv): `shore` before any place the gazetteer knows
# («قبالة ساحل إسرائيل»), `sea` only right before a country («في بحر ليبيا»; «بحر قزوين» is the Caspian, not Qazvin)
_SHORE = ("shore", "sea")


def _shore_of(g: Gazetteer, ws: list[Word], j: int, first: int, kind: str) -> bool:
    """Does the sea or coast word at j name the coast of the place starting at `first`? Right before it, and for
    a sea word only a country."""
    if j + 1 != first:
        return False
    if kind == "shore":
        return True
    hit = g.find(ws[first:first + 4])
    return bool(hit) and hit[0].first == 0 and hit[0].entry.kind == "country"


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


_AGAINST = {normalize(w) for w in "على ضد".split()}


_BEFORE_AFTER = {normalize(w) for w in "بعد وبعد عقب وعقب إثر اثر وإثر أعقاب قبل وقبل منذ ومنذ".split()}


_NOUN_CLITICS = ("", "و", "ب", "ل", "وب", "ول", "ف", "فب", "فل")


def _held_word(words_set: set[str], norm: str) -> bool:
    return any(norm.startswith(c) and norm[len(c):] in words_set for c in _NOUN_CLITICS)


def _struck(g: Gazetteer, norm: str) -> bool:
    """«غارات», «الضربات», «وهجوم»: a word of attack (kind strike), bare or definite, with its proclitic."""
    return _held_word(g.strikes, norm) or any(norm.startswith(c + "ال") and norm[len(c) + 2:] in g.strikes
                                              for c in _NOUN_CLITICS)


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
