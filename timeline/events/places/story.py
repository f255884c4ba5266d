"""The place of the article's own story (its dateline, the one place of its headline or of its first
sentence) and when a sentence goes on with that story."""
from __future__ import annotations

import re

_ARABIC_LETTERS = re.compile("[\u0621-\u064A]")
from functools import lru_cache

from ... import lexicon
from ...normalize import normalize
from ...terms import LEXICON, Word, read_table, words
from ..sentences import TextGeometry
from .attachment import _ON, _SEAT, _STRONG
from .candidates import _Candidate, _candidates
from .gazetteer import Gazetteer, Place, _bare


_VISIT = ("زار", "يزور", "تزور", "سيزور")


# speech verbs and report nouns: a time in their clause dates the saying, whose place is not the told one's
_SPEECH = {normalize(w) for w in (
    "قال قالت قالوا يقول تقول ردت أعلن أعلنت يعلن تعلن أكد أكدت يؤكد تؤكد ذكر ذكرت يذكر تذكر أفاد أفادت "
    "أوضح أوضحت أضاف أضافت كشف كشفت صرح صرحت نشر نشرت أورد أوردت أشار أشارت اعتبر اعتبرت أعرب أعربت "
    "أبلغ أبلغت يبلغ بينت نقل نقلت بيان بلاغ تقرير تصريح تصريحات أعتقد يعتقد تعتقد نعتقد أظن يرى ترى أرى "
    "توقع توقعت يتوقع تتوقع").split()}  # a forecast is a saying too («توقعت "يونيسف" ارتفاع الحالات في اليمن»)


def _speech(norm: str) -> bool:
    return norm in _SPEECH or (norm[:1] in "وف" and norm[1:] in _SPEECH)


# a time told from the news day: a weekday or a relative day («أمس», «اليوم», «غدا»): the one-word rows
# of the engine's tables
_CURRENT_WORDS = frozenset(normalize(row["word"]) for table in ("weekdays.tsv", "relative_days.tsv")
                           for row in read_table(LEXICON / table) if row.get("word") and " " not in row["word"].strip())


def _dateline(g: Gazetteer, text: str) -> Place | None:
    """«الرباط - …», «تونس 11 ديسمبر 2016 (وات) -», «فلان - سبق - عسير:»: the city the news is filed from."""
    head = text[:160].split("\n", 1)[0]
    # a news desk's dateline (CNN's Dubai, Atlanta) says where it was written, not where it happened; the same
    # outlet's correspondent filing from elsewhere («موسكو، روسيا (CNN)--») does say where
    desk_only = any(b in head for b in g.bureaus)
    parts = re.split(r"\s*[-–—/:(]+\s*", head)
    if len(parts) < 2:
        # «الطائف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس»: a line of its own, the city, the date and the agency
        # with no dash; the city must be followed by the date (the loop below checks it)
        parts = _wire_line(text, head)
        if not parts:
            return None
    for part in parts[:1] if desk_only else parts[:3]:
        ws = words(part)
        if not ws:
            continue
        hits = g.find(ws)
        if hits and hits[0].first == 0 and hits[0].clitic == "":
            after = ws[hits[0].last + 1:]
            rest = part[ws[hits[0].last].end:].lstrip()
            if not after or after[0].norm.isdigit() or (rest.startswith("،") and len(after) <= 4):
                if desk_only and (" ".join(w.norm for w in ws[:hits[0].last + 1]) in g.desks
                                  or hits[0].entry.kind == "country"):
                    return None
                place = hits[0].entry.place
                if hits[0].entry.kind == "country":
                    return place
                # shown as the dateline writes it («القاهرة», not the library's «القاهره»)
                return Place(part[ws[0].start: ws[hits[0].last].end], *(
                    place.country, place.country_name, place.lat, place.lon, place.tz))
    return None


@lru_cache(maxsize=1)
def _agency_codes() -> frozenset[str]:
    """The news agencies' codes closing a dateline («واس», «وات», «أ ف ب»): the dateline rows of
    lexicon/non_event_cues.tsv."""
    return frozenset(" ".join(w.norm for w in words(row["word"]))
                     for row in lexicon.table("non_event_cues") if row["reason"] == "dateline")


def _wire_line(text: str, head: str) -> list[str]:
    """A first line standing alone and closing with an agency's code: [the line before the code, the code]."""
    if not text.startswith(head + "\n"):
        return []
    ws = words(head)
    codes = _agency_codes()
    for size in (3, 2, 1):
        if len(ws) > size and " ".join(w.norm for w in ws[-size:]) in codes:
            return [head[:ws[-size].start].rstrip(), head[ws[-size].start:]]
    return []


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
        lead = words(text[start:end])
        attached = [c for c in _candidates(g, text, start, lead)
                    if c.attach in _STRONG and c.kind != "continent" and not c.gathering and not _planned(g, text, start, lead, c)
                    and not _on_venue(g, lead, c)]
        if len({c.place.name for c in attached}) == 1:
            first = attached[0].place
    if first and top and first.name == top.name:
        return top, "headline"  # «… في مصر» in both: the headline's place, for the story's background too
    if first and top and top.name == top.country_name and top.country == first.country and first.name != top.name:
        return first, "lead_country"  # the lead's town in the headline's country: the country for the background
    if first and (not top or (top.country == first.country and top.name == top.country_name)):
        return first, "lead"
    return top, "headline"


def _on_venue(g: Gazetteer, ws: list[Word], c: _Candidate) -> bool:
    """«بعد أن كان بطل مباراة فريقه … والتي جرت الثلاثاء على ملعب أنفيلد»: a match's stadium in the first
    sentence places that match, not the article's story (a player's season, an award)."""
    return any(ws[k].norm == _ON and ws[k + 1].norm in g.venues for k in range(max(0, c.first - 3), c.first))


PLAN_REACH = 8  # words between a plan word and the place it plans («تخطط فيسبوك لاطلاع المشرعين في واشنطن»)


def _planned(g: Gazetteer, text: str, base: int, ws: list[Word], c: _Candidate) -> bool:
    """«رفضت لجنة الانضباط … للمشاركة في نهائي كأس السوبر والمزمع إقامته في لندن»: a place after a word of
    a plan, in its clause, is where something is planned, not where the story is; after «من بينها» it is one
    example among many («مئات الدول … من بينها مستشفيات في بريطانيا»)."""
    for k in range(c.first - 1, max(-1, c.first - 1 - PLAN_REACH), -1):
        if g.word_kind(ws[k].norm)[0] in ("plan", "among"):
            return True
        if re.search(r"[،؛,;:.]", text[base + ws[k].end: base + ws[k + 1].start]):
            return False
    return False


@lru_cache(maxsize=8)
def _geometry(text: str) -> TextGeometry:
    return TextGeometry(text)


def _visit_told(g: Gazetteer, text: str, sentence: tuple[int, int]) -> Place | None:
    """«وقال تيلرسون اليوم الجمعة إن …» followed by «وأبلغ تيلرسون الصحفيين أثناء زيارة لجيبوتي …»: a statement
    made during a visit, told in the sentence itself or the next one (also a statement), was made there — the
    visit in the saying part, before any quote or «أن»; a visit told in what is said is someone else's."""
    geometry = _geometry(text)
    here = geometry.sentence_at(sentence[0])
    spans = [sentence]
    if here.index + 1 < len(geometry):
        spans.append(geometry.sentence(here.index + 1).bounds)
    for n, (start, end) in enumerate(spans):
        ws = words(text[start:end])
        if n and not any(_speech(w.norm) for w in ws):
            return None
        for k, w in enumerate(ws[:-2]):
            if g.word_kind(w.norm)[0] != "during" or not _bare(ws[k + 1].norm).startswith("زيار"):
                continue
            if re.search('["«“]', text[start: start + w.start]) or any(g.word_kind(v.norm)[0] == "say" for v in ws[:k]):
                return None  # «وأضاف "ولد الشيخ التقى خلال زيارة إلى القاهرة …"»: a visit told, not the saying's
            visited = [c for c in _candidates(g, text, start, ws) if c.attach == "to" and k + 1 < c.first <= k + 4]
            if visited:
                return visited[0].place
    return None


# «هذا الأسبوع», «الأسبوع الجاري»: the news week is the news days too
_THIS = frozenset(normalize(w) for w in "هذا هذه الجاري الحالي".split())
_NEWS_SPANS = frozenset(normalize(w) for w in "الأسبوع الاسبوع".split())


def _current(mention_words: list[Word]) -> bool:
    """A time told from the news day (a weekday, «أمس», «اليوم», «هذا الأسبوع»): the story's own happening,
    not its background («انطلقت شهرته في عام 2000» is not where the news is)."""
    norms = {w.norm[1:] if w.norm[:1] in "وبل" and w.norm[1:] in _NEWS_SPANS else w.norm for w in mention_words}
    return any(w.norm in _CURRENT_WORDS or (w.norm[:1] in "وبل" and w.norm[1:] in _CURRENT_WORDS)
               for w in mention_words) or bool(norms & _THIS and norms & _NEWS_SPANS)


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
    if any(c.attach not in (None, _SEAT) or c.place.country != story.country for c in cands):
        return False  # «بعد العودة من سويسرا»: the sentence places something elsewhere, or another country
    for i, w in enumerate(ws):
        if g.word_kind(w.norm)[0] == "trip" or _bare(w.norm).startswith(_VISIT):
            return False
        code = g.nation(ws, i)
        if code and code != story.country and not _persons_nationality(g, ws, i) and not _private_persons(g, ws, i):
            return False
    return True


# auxiliaries and particles that follow a body's nationality adjective («دار الإفتاء المصرية كانت قد أصدرت»): no name
_NOT_NAMES = {normalize(w) for w in "كان كانت كانوا قد لم لن لا ما قامت قام".split()}


def _name_like(g: Gazetteer, w: Word) -> bool:
    return (bool(_ARABIC_LETTERS.search(w.norm)) and not w.norm.startswith(("ال", "و")) and not w.norm.isdigit()
            and w.norm not in _NOT_NAMES
            and not g.word_kind(w.norm)[0] and not g.nisba_country(w.norm) and w.norm not in _CURRENT_WORDS
            and not g.find([w]))


def _persons_nationality(g: Gazetteer, ws: list[Word], i: int) -> bool:
    """«ورأت البريطانية آيمي فولر», «المغنية الأمريكية أريثا فرانكلين»: a nationality before a person's
    first and last name tells who the person is, not that the sentence happens in that country; an
    official's («الرئيس الأمريكي دونالد ترامب», «وزير الخارجية الأمريكي») still does."""
    if not ws[i].norm.startswith("ال") or i + 2 >= len(ws) or not (_name_like(g, ws[i + 1]) and _name_like(g, ws[i + 2])):
        return False
    if any(w.norm.endswith(("ة", "ه")) for w in ws[i + 1: i + 3]):
        return False  # «القرار الأمريكي إعادة فرض العقوبات»: verbal nouns, not a name
    if any(_speech(w.norm) for w in ws[max(0, i - 3): i + 5]):
        return False  # «وقال المهاجم الأرجنتيني غونزالو إغوايين»: he speaks where he is, not where the story is
    return not any(g.word_kind(w.norm)[0] in ("body", "speaker") or w.norm in g.speakers for w in ws[max(0, i - 3): i])


def _private_persons(g: Gazetteer, ws: list[Word], i: int) -> bool:
    """«بدأ رجل الأعمال الباكستاني الطموح يتهاوى», «الشاب التونسي»: a nationality right after a noun of a private
    person (lexicon kind person) tells who the person is, even with no name after it — unless he speaks
    («وقال الشاب التونسي»: he speaks where he is)."""
    if not i or any(_speech(w.norm) for w in ws[max(0, i - 4): i + 4]):
        return False
    one = ws[i - 1].norm
    if one in g.persons or (one[:1] in "وف" and one[1:] in g.persons):
        return True
    if i < 2:
        return False
    two = ws[i - 2].norm
    two = two[1:] if two[:1] in "وف" and two[1:] + " " + one in g.persons else two
    return two + " " + one in g.persons


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
             if c.attach != "from" and c.kind != "continent" and not c.gathering and not _quoted(headline, ws, c)
             and (c.kind != "country" or c.attach in _STRONG or _labels(headline, ws, c))
             and not _acts(g, headline, ws, c)]
    # «المنستير : المؤبّد لقاتل صديقه في زرمدين»: a town or region labelling the headline is its dateline, finer
    # than any other place the headline tells (a country label gives way to its town: «العراق: تفجير … في كركوك»)
    label = next((c for c in cands if c.kind != "country" and _labels(headline, ws, c)), None)
    if label is not None:
        return label.place
    names = {c.place.name for c in cands}
    if len(names) == 1:
        return cands[0].place
    return None if named else _headline_body_country(g, ws)


def _headline_body_country(g: Gazetteer, ws: list[Word]) -> Place | None:
    """«محكمة مصرية تقضي بعدم اختصاصها», «وزير العدل التركي: …», «المركزي السوداني يخفض قيمة الجنيه»: a
    headline naming no place whose happening is an official body of one country acting is set in that
    country (no other nation named: «وزير الخارجية الأمريكي يلتقي نظيره الروسي» is no one's)."""
    nations = {g.nation(ws, i) for i in range(len(ws))} - {None}
    if len(nations) != 1:
        return None
    code = next(iter(nations))
    for i, w in enumerate(ws):
        kind, clitic = g.word_kind(w.norm)
        if kind != "body" or clitic not in ("", "و"):
            continue
        for j in range(i + 1, min(i + 4, len(ws))):
            if g.nisba_country(ws[j].norm) == code:
                return g.country_place(code)
            if g.word_kind(ws[j].norm)[0] not in (None, "body"):
                break
    return None


def _quoted(text: str, ws: list[Word], c: _Candidate) -> bool:
    before, after = text[:ws[c.first].start].rstrip()[-1:], text[ws[c.last].end:].lstrip()[:1]
    return before in ("«", '"') and after in ("»", '"')


def _labels(headline: str, ws: list[Word], c: _Candidate) -> bool:
    """«العراق: تفجير انتحاري يستهدف …»: a place opening the headline before a colon is its dateline."""
    return c.first == 0 and headline[ws[c.last].end:].lstrip().startswith(":")


def _acts(g: Gazetteer, headline: str, ws: list[Word], c: _Candidate) -> bool:
    """A city in the headline that acts is no scene: a capital as the subject of a verb or after a
    deed its government does or suffers is that government («واشنطن ترفع شكوى», «وموسكو تعتبر القرار»,
    «لرسوم واشنطن الجمركية», «تدعو واشنطن»); a city heading a masculine verb is a club («ليفربول يكشف
    قميصه»; a city takes a feminine one). «أمانة الرياض تنفذ» (a body of the city) and «الرياض تحتضن»
    (a host verb) stay scenes."""
    if c.attach is not None or c.kind != "city":
        return False
    written = " ".join(w.norm for w in ws[c.first: c.last + 1])
    if normalize(c.place.name).replace(" ", "") not in written.replace(" ", ""):
        return False  # a landmark («الكرملين يعلن»): the body is at home there
    capital = g.capital_place(c.place.country) if c.place.country else None
    is_capital = bool(capital and c.place.lat is not None and abs(capital.lat - c.place.lat) < 0.3
                      and abs(capital.lon - c.place.lon) < 0.3)
    if is_capital and c.first and g.word_kind(ws[c.first - 1].norm)[0] == "deed":
        return True
    if c.last + 1 >= len(ws):
        return False
    before = headline[:ws[c.first].start].rstrip()
    if not (c.first == 0 or (ws[c.first].norm.startswith("و") and not written.startswith(normalize(c.place.name)))
            or before.endswith((":", "..", "."))):
        return False  # a genitive («مرور الرياض يرصد»): its subject is the noun before
    if headline[ws[c.last].end: ws[c.last + 1].start].strip():
        return False  # «لندن : بيركوف يؤدي …»: a label, the city is where the news is
    verb = ws[c.last + 1].norm
    kind = g.word_kind(verb)[0]
    if kind not in (None, "deed", "from") or g.nisba_country(verb):
        return False  # «الرياض تحتضن»: a host verb
    if is_capital and (kind == "from" or verb.startswith(("ت", "ست"))):
        return True  # «موسكو تريد», «موسكو عن عقوبات …: …»; not «بين أثينا وسكوبيي على …»
    return len(verb) >= 4 and verb.startswith(("ي", "سي"))
