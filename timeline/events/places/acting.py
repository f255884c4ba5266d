"""The country of a sentence told by who acts or speaks in it, for a time with no attached place near it:
an official body of one country, a seat of government, a movement, the country itself or its capital
speaking, a national team playing at home — and a statesman of another country speaking, which parts a
sentence from the article's story. Kept apart from the choice among attached places (scene.py)."""
from __future__ import annotations

from ...normalize import normalize
from ...terms import Word
from .candidates import _Candidate
from .gazetteer import Gazetteer, Place, _bare
from .story import _VISIT, _speech


BODY_REACH = 16  # words between an acting official body and the time


NAME_REACH = 3  # words of a body's name between it and its nationality adjective («وزارة الشؤون الإسلامية السعودية»)


COORDINATED_REACH = 2  # more words for a name joining two nouns («وزارة العمل والتنمية الاجتماعية السعودية»)


OFFICIAL_REACH = 3  # words between an official and the «لـ» of his body («المتحدث الرسمي للبنك السعودي»)


_BESIDE = {normalize(w) for w in "لدى لدي عند من عن على مع ضد".split()}


def _is_capital(g: Gazetteer, place: Place) -> bool:
    capital = g.capital_place(place.country) if place.country else None
    return bool(capital and place.lat is not None and abs(capital.lat - place.lat) < 0.3
                and abs(capital.lon - place.lon) < 0.3)


def _speaks_elsewhere(g: Gazetteer, ws: list[Word], story: Place) -> bool:
    """«وقال لودريان "سأطلب الاثنين …"» in a story set in Syria, «وقالت موغيريني»: a statesman of another
    country or an international body speaking speaks where he is, not where the article's story is."""
    for k, w in enumerate(ws):
        norm = w.norm[1:] if w.norm[:1] in "وف" and w.norm[1:] in g.speakers else w.norm
        if g.speakers.get(norm, story.country) == story.country:
            continue
        for j in range(k - 1, max(-1, k - 4), -1):  # a speech verb right before, not across «أن» («أوضح ترجمان أن الشركة»)
            if _speech(ws[j].norm):
                return True
            if g.word_kind(ws[j].norm)[0] == "say":
                break
    return False


def _feminine_verb(g: Gazetteer, norm: str) -> bool:
    """«رحبت», «ولم تتمكن», «وقررت»: a verb agreeing with a country, its subject (a country is feminine)."""
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if g.word_kind(norm)[0] or bare.startswith("ال") or len(bare) < 4:
        return False
    return bare.endswith("ت") or (bare.startswith("ت") and not bare.endswith(("ه", "ات")))


def _present_feminine(g: Gazetteer, norm: str) -> bool:
    """«روسيا تعترف», «إيران ترفض»: a present verb agreeing with the country before it, its subject."""
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    return (not g.word_kind(norm)[0] and bare.startswith("ت") and 4 <= len(bare) <= 6
            and not bare.endswith(("ه", "ات", "ين")) and not g.nisba_country(bare) and not g.find([Word(bare, 0, len(bare))]))


_SPOKESMAN = {normalize(w) for w in "المتحدث المتحدثة الناطق الناطقة متحدث متحدثة ناطق ناطقة".split()}


_IN_NAME = normalize("باسم")


_FROM_ABOUT = normalize("عن")


_ISSUED = {normalize(w) for w in "صدر الصادر صادر الصادرة صدرت".split()}  # a statement issued (by a seat)


_STATEMENT = {normalize(w) for w in "بيان بلاغ".split()}  # «بيان الكرملين»


def _seat_speaking(g: Gazetteer, ws: list[Word], m_first: int, strong: list[int], said: list[int],
                   cands: list[_Candidate]) -> Place | None:
    """«وأكد "الإليزيه" يوم الجمعة الماضي، أن فرنسا لا تخطط … في شمال سوريا», «وقال شون سبايسر المتحدث باسم
    البيت الأبيض يوم السبت إن …»: a seat of government speaking (lexicon/place_cues.tsv, kind seat) speaks at
    home — the countries its words name are what it speaks of, not where — unless its own clause tells a trip."""
    for c in cands:
        if c.attach not in (None, "from", "to") or not c.place.country or strong[c.first] != strong[m_first] \
                or said[c.first] != said[m_first] or abs(c.first - m_first) > BODY_REACH:
            continue
        name = " ".join(w.norm for w in ws[c.first: c.last + 1])
        if name.startswith("لل") and "ا" + name[1:] in g.seats:
            name, clitic = "ا" + name[1:], "ل"  # «للكرملين»: ل + الكرملين
        else:
            clitic = name[:1] if name[:1] in "وف" and name[1:] in g.seats else ""
            name = name[len(clitic):]
        if name not in g.seats:
            continue
        before = ws[c.first - 1].norm if c.first else ""
        if clitic == "ل":  # «في بيان للكرملين»: the seat's statement
            speaks = _bare(before) in _STATEMENT
        elif c.attach == "to":  # «توجه إلى الكرملين»: a destination, no speaking
            speaks = False
        elif before == _IN_NAME and c.first >= 2 and ws[c.first - 2].norm in _SPOKESMAN:  # «المتحدث باسم البيت الأبيض»
            speaks = any(_speech(w.norm) for w in ws[max(0, c.first - 7): c.first - 2])
        elif before == _FROM_ABOUT and c.first >= 2:  # «في بيان رسمي صدر عن الكرملين»: issued by the seat
            speaks = _bare(ws[c.first - 2].norm) in _ISSUED
        elif c.attach == "from":  # «عاد من الكرملين»: an origin, no speaking
            speaks = False
        else:
            speaks = _speech(before) or _bare(before) in _STATEMENT or (c.last + 1 < len(ws) and _speech(ws[c.last + 1].norm))
        own = [w for k, w in enumerate(ws) if said[k] == said[c.first]]
        if speaks and not any(g.word_kind(w.norm)[0] == "trip" or _bare(w.norm).startswith(_VISIT) for w in own):
            return g.country_place(c.place.country)
    return None


def _acting_group(g: Gazetteer, ws: list[Word], i: int) -> str | None:
    """«أعلنت جماعة انصار الله», «وقال الحوثيون»: a movement of one country (kind group) speaking, the subject
    of the speech verb before it (past a word like «جماعة») or after it, or of a present verb agreeing with it
    («والحوثيون يرفضون» is not caught: only «تـ» verbs): its country."""
    first = ws[i].norm[1:] if ws[i].norm[:1] in "وف" and ws[i].norm[1:] in g.groups else ws[i].norm
    code = g.groups.get(first) or (g.groups.get(first + " " + ws[i + 1].norm) if i + 1 < len(ws) else None)
    if not code:
        return None
    two = first + " " + ws[i + 1].norm in g.groups if i + 1 < len(ws) else False
    after = i + (2 if two else 1)
    if (after < len(ws) and _speech(ws[after].norm)) or (first != ws[i].norm and i + 1 < len(ws) and _present_feminine(g, ws[i + 1].norm)):
        return code
    for k in (i - 1, i - 2):  # not any «…ت» word before it: «تقطع إمدادات الحوثيين» is no verb
        if k >= 0 and _speech(ws[k].norm):
            return code
        if k >= 0 and g.word_kind(ws[k].norm)[0] not in (None, "body"):
            return None
    return None


def _official_of(g: Gazetteer, ws: list[Word], i: int) -> bool:
    """«المتحدث الرسمي للبنك السعودي للتسليف», «الأمين العام المساعد للاتحاد العام التونسي للشغل»: the body
    after «لـ» is the one its official (lexicon/place_cues.tsv, kind official) speaks for, as if it acted."""
    for k in range(i - 1, max(-1, i - 1 - OFFICIAL_REACH), -1):
        kind = g.word_kind(ws[k].norm)[0]
        if kind == "official":
            return True
        if kind is not None or g.find(ws[k: k + 1]) or g.nisba_country(ws[k].norm):
            return False
    return False


def _home_side(g: Gazetteer, ws: list[Word], m_first: int, strong: list[int], cands: list[_Candidate]) -> Place | None:
    """«بنظيره الروسي صاحب الأرض», «أمام فرنسا صاحبة الأرض»: a national team (a nationality adjective) or a
    country right before a phrase of the home side (lexicon kind home_side), in the time's clause, is the host:
    the match is played in that country (a club, «واتفورد، صاحب الأرض», is not caught: no nation)."""
    for k in range(1, len(ws) - 1):
        if strong[k] != strong[m_first] or ws[k].norm + " " + ws[k + 1].norm not in g.home_sides:
            continue
        code = g.nisba_country(ws[k - 1].norm) or next(
            (c.place.country for c in cands if c.kind == "country" and c.last == k - 1), None)
        if code:
            return g.country_place(code)
    return None


NATIONALITY_REACH = 3  # words between a nationality adjective and the surname it qualifies («النائب الكندي مارك هولاند»)


def _foreign_statesman(g: Gazetteer, ws: list[Word], i: int, code: str) -> bool:
    """Is word i a statesman of a country other than `code` (lexicon kind speaker)? Not a namesake whose own
    nationality is told just before him («النائب الكندي مارك هولاند» is no French president)."""
    w = ws[i].norm
    country = g.speakers.get(w[1:] if w[:1] in "وفلب" and w[1:] in g.speakers else w)
    if country in (None, "", code):
        return False
    if not i or ws[i - 1].norm.startswith("ال") or g.nisba_country(ws[i - 1].norm):
        return True  # «وزارة الخارجية المصرية الأحد ترامب»: the adjective is the ministry's, not his
    told = {g.nisba_country(v.norm) for v in ws[max(0, i - NATIONALITY_REACH): i - 1] + ws[i + 1: i + 2 + NATIONALITY_REACH]}
    told.discard(None)
    # «الرئيس الأمريكي دونالد ترامب»: his own; «مارك هولاند، عضو البرلمان الكندي»: another man's
    return not told or country in told or code not in told


COMPANY_REACH = 2  # words between a company word and the country naming it («الخطوط الجوية السعودية»)


def _company_named(g: Gazetteer, ws: list[Word], first: int) -> bool:
    """«الخطوط الجوية السعودية», «اتصالات تونس»: the country at word `first` ends a company's name (lexicon kind
    company), with no other cue word between."""
    for k in range(first - 1, max(-1, first - 1 - COMPANY_REACH), -1):
        kind = g.word_kind(ws[k].norm)[0]
        if kind == "company":
            return True
        if kind is not None:
            return False
    return False


CALL_REACH = 8  # words between a verb of calling on someone and the body it calls on


def _called_on(g: Gazetteer, ws: list[Word], head: int, m_first: int, m_last: int, strong: list[int]) -> bool:
    """«دعا البرلمان الأوروبي الخميس السلطات المغربية إلى الإفراج», «طالبت منظمة العفو الدولية الأربعاء السلطات التونسية»:
    a body after a verb of calling on (lexicon kind call: a word as written, no proclitic) with a subject between them (words other than the time) is
    the one called on, the verb's object: it does not act, and the call is made where its subject is."""
    for k in range(head - 1, max(-1, head - 1 - CALL_REACH), -1):
        if strong[k] != strong[head]:
            return False
        if ws[k].norm in g.calls:
            return any(not m_first <= n <= m_last for n in range(k + 1, head))
    return False


def _person_word(g: Gazetteer, norm: str) -> bool:
    """«بمواطن أمريكي», «الشاب»: a noun of a private person (lexicon kind person), with any proclitic."""
    return any(norm.startswith(clitic) and norm[len(clitic):] in g.persons for clitic in ("", "و", "ف", "ب", "ل", "وب", "ول"))


def _acting_country(g: Gazetteer, ws: list[Word], m_first: int, m_last: int, strong: list[int],
                    cands: list[_Candidate]) -> Place | None:
    """«أعلنت وزارة الداخلية السعودية يوم الأحد …»: an official body of one country acts in the
    mention's clause, and the sentence names no other place and no trip: that country."""
    if any(g.word_kind(w.norm)[0] == "trip" or _bare(w.norm).startswith(_VISIT) for w in ws):
        return None  # «زار الرئيس الفرنسي الصين»: the body travels
    clause = strong[m_first]
    codes = set()
    named = {c.first: c.place.country for c in cands if c.kind == "country" and c.attach is None and not ws[c.first].norm.startswith("و")}
    for i, w in enumerate(ws):
        kind, clitic = g.word_kind(w.norm)
        group = _acting_group(g, ws, i) if strong[i] == clause and abs(i - m_first) <= BODY_REACH else None
        if group:
            codes.add(group)
        if strong[i] != clause or abs(i - m_first) > BODY_REACH or kind != "body" or not (
                clitic in ("", "و", "ف") or (clitic == "ل" and _official_of(g, ws, i))):
            continue
        head = i
        while head and g.word_kind(ws[head - 1].norm)[0] == "body" and not g.word_kind(ws[head - 1].norm)[1]:
            head -= 1  # «مع وكالة الأمن القومي الأميركية»: a body inside another's name goes with its head
        if head and (g.word_kind(ws[head - 1].norm)[0] in ("in", "to", "from") or ws[head - 1].norm in _BESIDE):
            continue  # «بموافقة مكتب … لدى وزارة الخزانة الأمريكية»: the body is not the one acting
        if _called_on(g, ws, head, m_first, m_last, strong):
            continue  # «دعا البرلمان الأوروبي الخميس السلطات المغربية إلى …»: the body called on does not act
        end, j = i + NAME_REACH + 1, i
        while j + 1 < min(end, len(ws)):
            j += 1
            if m_first <= j <= m_last or _person_word(g, ws[j].norm):
                break  # «التقى الوزير أمس بمواطن أمريكي»: a nationality past the time or a private person is not the body's
            if ws[j].norm.startswith("وال") and not g.nisba_country(ws[j].norm):
                end += COORDINATED_REACH  # «وزارة العمل والتنمية الاجتماعية السعودية»: a name of two nouns
            # «وزارة الداخلية السعودية»; a country's name ends a construct chain, «بنك المغرب», «رئيسة وزراء
            # بريطانيا», with no definite word between («الرئيس الخميس دعم سوريا»: an object)
            code = g.nisba_country(ws[j].norm) or (named.get(j) if all(not w.norm.startswith("ال") for w in ws[i + 1: j])
                                                   else None)
            if code:
                codes.add(code)
                break
            if g.word_kind(ws[j].norm)[0] not in (None, "body", "land") or ws[j].norm.isdigit():
                break  # (a land noun names the body's field: «وزارة البيئة والمياه والزراعة السعودية»)
    for c in cands:  # «أعلنت السعودية الأحد …», «أما سلطنة عمان فأعلنت …», «روسيا تعترف»: a country speaking or acting
        if _company_named(g, ws, c.first):
            continue  # «وكانت الخطوط الجوية السعودية أعلنت»: a company named after its country speaks
        if c.kind == "country" and c.attach is None and strong[c.first] == clause and abs(c.first - m_first) <= BODY_REACH \
                and ((c.first and (_speech(ws[c.first - 1].norm) or _feminine_verb(g, ws[c.first - 1].norm)))
                     or (c.last + 1 < len(ws) and (_speech(ws[c.last + 1].norm) or _present_feminine(g, ws[c.last + 1].norm)))):
            codes.add(c.place.country)
        # «وأعلنت واشنطن في الأول من أغسطس», «فالبيت الأبيض أعلن»: a capital (or its seat of government)
        # speaking is its government
        if c.kind == "city" and c.attach is None and c.place.country and strong[c.first] == clause \
                and abs(c.first - m_first) <= BODY_REACH and _is_capital(g, c.place) \
                and ((c.first and _speech(ws[c.first - 1].norm)) or (c.last + 1 < len(ws) and _speech(ws[c.last + 1].norm))):
            codes.add(c.place.country)
    if len(codes) != 1:
        return None
    code = codes.pop()
    if any(strong[i] == clause and g.nation(ws, i) not in (None, code) for i, w in enumerate(ws)):
        return None  # «التقى وزير الخارجية الأمريكي نظيره الروسي»: two countries meet
    if any(strong[i] == clause and _foreign_statesman(g, ws, i, code) and not any(_speech(v.norm) for v in ws[:i])
           for i in range(len(ws))):
        return None  # «حيدر العبادي رئيس وزراء العراق قد التقى مع ترامب»: a statesman of another country meets
        # him, at home or abroad: the sentence does not say which (one named in what a body says is its words' matter)
    if any(c.place.country not in (None, code) for c in cands):
        return None  # another country's place is named: which one is meant is not clear (even as an object:
        # the dev gold leaves «أعلنت كندا … اتفاق مع الولايات المتحدة» placeless)
    return g.country_place(code)
