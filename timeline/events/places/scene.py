"""THE place of the happening a time mention dates: the attached place nearest the mention in its
clause, else an official body of one country acting, else the article's story place."""
from __future__ import annotations

import re
from dataclasses import replace

from ...normalize import normalize
from ...terms import LEXICON, Word, read_table, words
from .candidates import _NAMED, _ON, _RELATIVE, _SEAT, _STRONG, _Candidate, _candidates
from .gazetteer import Gazetteer, Place, _bare, gazetteer
from .home import _names_home, home_place
from .founded import founded_in
from .previous import named_again, told_before
from .story import _SPEECH, _VISIT, _speech, _visit_told, _bare_capital, _current, _first_sentence_start, _story_place, _tells_the_story


MAX_DISTANCE = 25  # words between a mention and its place, beyond which they are not linked


_CLAUSE_END = re.compile(r"[،؛,;:]")


# conjunctions before أن that make it «after / before / since that», not reported speech
_NOT_SPEECH = {normalize(w) for w in "بعد قبل منذ حتى دون بدون رغم وبعد وقبل ومنذ".split()}


# words that date a reported clause on their own: its place belongs to that date, not the saying's
_OWN_TIME = {normalize(w) for w in (
    "أمس امس اليوم غدا الليلة البارحة الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد "
    "يوم عام العام سنة شهر الشهر الأسبوع منذ الحين يناير فبراير مارس أبريل ابريل مايو ماي يونيو يونيه جوان "
    "يوليو يوليوز جويلية أغسطس غشت أوت سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز "
    "آب أيلول تشرين").split()}



# month names (lexicon/months.tsv): a month told without its year may take the year written after the place
# («بمظاهرة الميدان في تموز/يوليو بدمشق العام 2011» is one date)
_MONTHS = {_bare(normalize(row["word"])) for row in read_table(LEXICON / "months.tsv") if row.get("word")}


FRONTED_WORDS = 3  # «وفي محافظة عدن،»: the words a fronted place may start after


_REGION_ADJECTIVES = {normalize(w) for w in (
    "الجنوبية الشمالية الشرقية الغربية الجنوبي الشمالي الشرقي الغربي الوسطى".split())}


BODY_REACH = 16  # words between an acting official body and the time


NAME_REACH = 3  # words of a body's name between it and its nationality adjective («وزارة الشؤون الإسلامية السعودية»)


COORDINATED_REACH = 2  # more words for a name joining two nouns («وزارة العمل والتنمية الاجتماعية السعودية»)


OFFICIAL_REACH = 3  # words between an official and the «لـ» of his body («المتحدث الرسمي للبنك السعودي»)


_BESIDE = {normalize(w) for w in "لدى لدي عند من عن على مع ضد".split()}


CLOSING_REACH = 20  # words from the time to a place set off by a comma at the sentence's end («…، في إسبانيا.»)
DEPART_REACH = 3  # words between a verb of setting off, its time and the «من» of where it sets off

_IN_WORDS = {normalize(w) for w in "في وفي".split()}
FRONTED_REACH = 6  # words after a fronted «في» time («في العام الماضي،») within which its clause's place counts
OWN_YEAR_REACH = 2  # words after a place within which a year is the place's own («في قبرص عام 2016»)
OWN_PHRASE = 4  # words after a place that still belong to its own phrase (a time of its own)
SOFT_REACH = 15  # words across «بعد أن» (a told time, not speech) within which a place still links


# words opening a clause fronted before the main one («ومنذ لقائه … في يونيو، بدا …»)
# and relative pronouns: «أبو الفتوح، الذي انشق … في 2011، من أبرز السياسيين في مصر» is a parenthesis
_FRONTED = {normalize(w) for w in (
    "بعد قبل منذ وبعد وقبل ومنذ فبعد فقبل خلال وخلال عند وعند حين وحين الذي التي الذين اللذين اللتين اللواتي").split()}


_AFTER_THAT = {normalize(w) for w in "بعدما وبعدما عقب وعقب".split()}  # «بعدما استعادت القوات العراقية الموصل»


# words opening a fronted clause of another time («وبعد عمله في موناكو، افتتح …»; not «خلال زيارته إلى القاهرة،»:
# what happens during it happens there)
_EARLIER = {normalize(w) for w in "بعد قبل منذ عقب إثر اثر وبعد وقبل ومنذ وعقب وإثر واثر فبعد فقبل".split()}


# words starting a later happening mid-clause («أسس … في سنة 2005 بعد ذلك التحق بجامعة ستانفورد»)
_THEN = {normalize(w) for w in "ثم وثم لاحقا ولاحقا لاحقاً ولاحقاً".split()}
_THAT = {normalize(w) for w in "ذلك ذالك".split()}
_AFTER = {normalize(w) for w in "بعد وبعد".split()}


def _then_between(ws: list[Word], start: int, end: int) -> bool:
    """«ثم», «لاحقا» or «بعد ذلك» among ws[start:end]: what follows is a later happening."""
    return any(ws[k].norm in _THEN or (ws[k].norm in _AFTER and k + 1 < end and ws[k + 1].norm in _THAT)
               for k in range(start, end))


def _own_time(norm: str) -> bool:
    """A word that dates a clause by itself: «أمس», «الخميس», «يونيو», a year."""
    # the list holds «الجمعة», «الاثنين» with their article and «يوم», «سنة» without: try the word both ways
    return (norm in _OWN_TIME or _bare(norm) in _OWN_TIME
            or (norm[:1] in "وفبل" and (norm[1:] in _OWN_TIME or _bare(norm[1:]) in _OWN_TIME))
            or (norm.isdigit() and len(norm) == 4))


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
                if "؛" in gap or ";" in gap or (w.norm.startswith("و") and len(w.norm) > 2 and not g.names.get(w.norm)
                                                   and g.cue.get(w.norm) != "on"):
                    s_id += 1
            if g.cue.get(w.norm) == "say" and ws[k - 1].norm not in _NOT_SPEECH:  # «بعد أن دهس»: not speech
                w_id, s_id, q_id = w_id + 1, s_id + 1, q_id + 1
            elif g.cue.get(w.norm) == "say":
                soft.append(k)
        weak.append(w_id)
        strong.append(s_id)
        said.append(q_id)
    return weak, strong, said, soft


def locate(text: str, sentence: tuple[int, int], mention: tuple[int, int], *, headline: str = "",
           home: str | None = None, background: bool = False) -> Place | None:
    """The place of the happening that the time mention at `mention` dates, or None. `headline`: the
    article's title (with its dateline and first sentence it tells where the article's own story is);
    `home`: the country of a local outlet (`home.outlet_home`), where its news happens unless told otherwise;
    `background`: the happening was over well before the article's news days (its story's background)."""
    place = _scene(text, sentence, mention, headline, home, background)
    if place is not None and home and not place.country:
        return _in_home(gazetteer(), text, headline, place, home)
    if place is not None or not home:
        return place
    g = gazetteer()
    ws = words(text[sentence[0]:sentence[1]])
    if not ws:
        return None
    cands = _candidates(g, text, sentence[0], ws)
    story, _ = _story_place(g, text, headline)
    return home_place(g, text, headline, ws, cands, home, story, lambda country: (
        _tells_the_story(g, ws, country, cands) and not _speaks_elsewhere(g, ws, country)
        and not _unread_place(g, ws, cands)))


def _in_home(g: Gazetteer, text: str, headline: str, place: Place, home: str) -> Place:
    """«بحي عين عودة», «في محافظة ضباء»: a name the gazetteer lacks, with no country told, in a local outlet's
    article that names no other country more than its home, is in that home (a continent or a region spanning
    countries, «أوروبا», is known to the gazetteer and stays countryless)."""
    if g.find(words(place.name)) or not _names_home(g, text, headline, home, once=False):
        return place
    return Place(place.name, home, g.country_names.get(home), None, None, g.zone(home))


def _capital_alone(g: Gazetteer, text: str, headline: str, ws: list[Word], caps: list[int], weak: list[int],
                   cands: list[_Candidate], home: str | None) -> Place | None:
    """«افتتحت، الثلاثاء بالعاصمة، أشغال المؤتمر», «بعد المحادثات مساء الجمعة وصباح السبت في العاصمة»:
    «the capital» alone (at word caps[0]) is the capital of the article's story country, or of a local
    outlet's home when the article is its home's news — unless its clause names another country's place."""
    story, _ = _story_place(g, text, headline)
    code = story.country if story is not None and story.country else None
    if code is None and home and _names_home(g, text, headline, home, once=False):  # «بالعاصمة» in local news
        code = home
    if code is None or any(c.place.country not in (None, code) for c in cands if weak[c.first] == weak[caps[0]]):
        return None
    return g.capital_place(code)


def _capital_word(g: Gazetteer, ws: list[Word], i: int) -> bool:
    """«بالعاصمة», «في العاصمة» with no name or nationality after it."""
    kind, clitic = g.word_kind(ws[i].norm)
    if kind != "cap" or not ("ب" in clitic or (i and g.word_kind(ws[i - 1].norm)[0] == "in")):
        return False
    following = ws[i + 1].norm if i + 1 < len(ws) else ""
    return not (g.nisba_country(following) or g.find(ws[i + 1: i + 2]) or following in _REGION_ADJECTIVES
                or g.word_kind(following)[0] == "in" and i + 2 < len(ws) and g.find(ws[i + 2: i + 3]))


def _scene(text: str, sentence: tuple[int, int], mention: tuple[int, int], headline: str,
           home: str | None = None, background: bool = False) -> Place | None:
    """The place the sentence or the article's story gives the happening, or None."""
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
            # «في العام الماضي، نشرت جامعة غلاسكو …»: a fronted time with its «في» alone is a clause holding only the time
            # (only for a place attached right after it: «وفي الشهر الماضي، أثار ترامب غضبا … بقراره نقل السفارة
            # الأمريكية في إسرائيل» is no happening in Israel, nor a destination «على مغادرتها إلى منطقة سناح»)
            near = c.attach in ("in", "host", _SEAT) and c.first - m_last <= FRONTED_REACH
            lead = m_first - 1 if m_first and near and ws[m_first - 1].norm in _IN_WORDS else m_first
            time_alone = all(lead <= k <= m_last for k in own)
            if time_alone and len(between) == 2 and strong[m_last] == strong[c.first]:
                return True
            if strong[m_last] == strong[c.first]:  # «صباح الأحد، مخازن … في مدينة كركوك»: a comma inside the clause
                # (or a trip's destination: «وبدأ الرئيس الصيني الخميس، زيارته للإمارات»)
                trip = c.attach == "to" and g.word_kind(ws[c.first - 1].norm)[0] == "trip"  # not «إلى أوروبا», «زار»
                if _on_venue(g, ws, c.first) and c.first - m_last <= VENUE_REACH and not any(
                        _own_time(w.norm) for w in ws[m_last + 1: c.first]):
                    return True  # «تغلب … اليوم الأحد في الجولة الثالثة من المجموعة الثانية، على ملعب استاد فيشت»: the
                    # match's stadium, told after its round and a comma, is where the dated match is played
                return (c.attach in ("in", "host") or trip) and c.first - m_last <= 12 and continued(c)
            return reported(c)
        if any(c.last < k <= m_first for k in soft) and distance(c) > SOFT_REACH:
            return False  # «وصلت البعثة إلى لندن … بعد أن اختتم معسكره … أمام النصر غدا»
        if weak[c.last] != weak[m_first] and any(g.word_kind(ws[k].norm)[0] == "as_told" and _speech(ws[k + 1].norm)
                                                 for k in range(c.last + 1, m_first - 1)):
            return False  # «ونجم عن الزلزال الذي ضرب جزيرة سولاويزي الجمعة، كما أعلن الصليب الأحمر الثلاثاء»: a saying
            # opened by «كما» is told apart from the clause before, which does not place it
        if weak[c.last] != weak[m_first]:
            opening = next(k for k in range(c.last + 1) if weak[k] == weak[c.last])
            if ws[opening].norm in _EARLIER and not (opening in soft or opening + 1 in soft):  # «قبل أن يصل إلى الخرطوم، في 22»: its own
                return False  # «وبعد عمله لفترة في نيويورك ثم في موناكو، افتتح … مطعما العام 1995»: the fronted
                # clause's place is that earlier happening's, not the one the time dates
        return strong[c.last] == strong[m_first]

    def continued(c: _Candidate) -> bool:
        """The comma goes on with the same happening: the time's clause is not a fronted one
        («ومنذ لقائه في يونيو، بدا …») and no other time comes between («، قبل ثلاثة أيام من …»)."""
        opening = next(k for k in range(m_first + 1) if weak[k] == weak[m_first])
        time_alone = opening == m_first - 1 and ws[opening].norm not in _RELATIVE  # «وفي 3 مايو 2013، شنت …»
        if not time_alone and (ws[opening].norm in _FRONTED or (opening < m_first and ws[opening].norm in ("في", "وفي"))):
            return False
        if m_last + 1 >= len(ws) or text[s_start + ws[m_last].end: s_start + ws[m_last + 1].start].strip() not in ("،", ","):
            return False  # only a time closing its clause right at the comma («صباح الأحد، مخازن …»)
        # a time of the place's own phrase («في كركوك يوم 5 مايو»); a time further on in the clause dates another
        # happening told there («حكما … ضد شاب من مواليد 1992 كان قد قتل صديقه في شهر جويلية 2015»)
        later = [w for k, w in enumerate(ws) if m_last < k <= c.last + OWN_PHRASE and weak[k] == weak[c.first]
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
        clause places the noun it describes, not a happening told before it or after the clause."""
        if c.attach != "host":
            return False
        verb = next((k for k in range(c.first - 1, max(c.first - 4, 0), -1) if g.word_kind(ws[k].norm)[0] == "host"), None)
        if verb is None or ws[verb - 1].norm not in _FRONTED:
            return False
        if c.first <= m_last:  # «التي شهدتها مدينة تاجروين خلال جانفي 2016 وتأخير القضية إلى يوم 5 جويلية»:
            return any(w.norm.startswith("و") and len(w.norm) > 3 for w in ws[c.last + 1: m_first])  # a new clause
        return verb - 1 - m_last > 2  # «كأس 2017 التي استضافتها»: its own noun

    def relative(c: _Candidate) -> bool:
        """«ثم فيلم "بو لولاد" عام 2014 الذي توج بجائزة … في مهرجان أبوظبي»: a relative clause right after
        the time describes what the time dates (the film of 2014); its place is not where that happened."""
        if c.first <= m_last + 1 or c.attach == "host":
            return False
        if ws[m_last + 1].norm in _RELATIVE and strong[m_last + 1] == strong[c.first]:
            return True
        # «نفت الجماعة الجمعة الاتهامات التي وجهها التحالف الذي تقوده السعودية في اليمن»: a relative clause
        # with a country as its own subject places its own verb, not the happening the time dates
        if any(ws[k].norm in _RELATIVE and any(o.kind == "country" and o.attach is None and k < o.first and o.last < c.first
                                               for o in cands) for k in range(m_last + 1, c.first)):
            return True
        # «أخرج عام 2006 أول أفلامه ثم فيلم "بو لولاد" عام 2014 … في مهرجان أبوظبي»: another year between
        return any(ws[k].norm.isdigit() and len(ws[k].norm) == 4  # not a label («كأس العالم 2018 بروسيا»)
                   and (_own_time(ws[k - 1].norm) or ws[k - 1].norm in ("في", "وفي")) for k in range(m_last + 1, c.first))

    def later_trip(c: _Candidate) -> bool:
        """«انهار اتفاق سلام أبرم في 2015 عقب فرار مشار إلى جنوب أفريقيا», «انتصرت في ديسمبر بعدما استعادت القوات
        الموصل»: a destination or a town taken after «عقب / بعد / بعدما» is another happening's, not the one the time dates."""
        return c.attach in ("to", "host") and c.first > m_last and any(
            g.word_kind(w.norm)[0] == "after" or w.norm in _AFTER_THAT for w in ws[m_last + 1: c.first])

    def then_later(c: _Candidate) -> bool:
        """«أسس … يوتيوب في سنة 2005 بعد ذلك التحق بجامعة ستانفورد»: a place after «ثم / لاحقا / بعد ذلك» that
        comes after the time is where a later happening is, not the one the time dates."""
        # in the time's own comma clause only («منذ أكثر من شهرين، حيث كانت البداية من تطاوين ثم توسعت … بولاية
        # قبلي»: a clause after the comma tells how the dated happening spread)
        end = next((k for k in range(m_last + 1, c.first) if weak[k] != weak[m_last]), c.first)
        return c.first > m_last and _then_between(ws, m_last + 1, end)

    def planned(c: _Candidate) -> bool:
        """«رفضت لجنة الانضباط اليوم الثلاثاء رفع الإيقاف … للمشاركة في نهائي كأس السوبر والمزمع إقامته في
        لندن»: a place after a word of a plan that comes after the time is where something else is planned;
        the time before the plan word dates another happening («والمزمع إقامته في لندن في 12 أغسطس» is)."""
        return c.first > m_last and any(g.word_kind(w.norm)[0] == "plan" for w in ws[m_last + 1: c.first])

    def helped(c: _Candidate) -> bool:
        """«قدم ولي العهد اليوم الجمعة 66.7 ملايين دولار لمواجهة وباء الكوليرا في اليمن», «سيتم تفعيل قانون غدا
        الجمعة لحماية مصالح الشركات الأوروبية في إيران»: a place after a word of helping (kind aid) that comes after
        the time is where the help goes, not where the dated act is; so is a place after a word of another happening
        at the same time (kind along: «بلغت ذروتها الاثنين … بالتزامن مع افتتاح السفارة الأميركية في القدس»)."""
        return c.first > m_last and any(g.word_kind(w.norm)[0] in ("aid", "along") for w in ws[m_last + 1: c.first])

    def prepared(c: _Candidate) -> bool:
        """«يبدأ المنتخب معسكرا إعداديا في الرياض، … تأهبا للمشاركة في بطولة غرب آسيا المقرر لها سبتمبر المقبل»: a
        place before a word of preparing, with the time after it, is where the preparation is, not the later
        happening the time dates (a trip's destination is where that happening is: «متجهة إلى أوغندا استعدادا لملاقاة»)."""
        return c.attach != "to" and c.last < m_first and any(
            g.word_kind(w.norm)[0] == "purpose" for w in ws[c.last + 1: m_first])

    def set_off(c: _Candidate) -> bool:
        """«بعد رحلة مطولة إنطلقت عشية يوم أمس من مطار تونس قرطاج»: the time between a verb of setting off and
        its «من» dates the departure, which happens at the place it sets off from."""
        if c.attach != "from" or not 0 < c.first - m_last <= DEPART_REACH:
            return False
        before = ws[max(0, m_first - DEPART_REACH): m_first]
        return any(g.word_kind(w.norm)[0] == "depart" for w in before) and any(
            g.word_kind(w.norm)[0] == "from" for w in ws[m_last + 1: c.first])

    def held_then(c: _Candidate) -> bool:
        """«بعد عودتهم من المعسكر الخارجي الذي أقيم في مدينة ميلانو الإيطالية مطلع الأسبوع الجاري»: a time inside
        the relative clause telling where they come from dates that clause's happening (the camp), held there."""
        return c.held is not None and c.held < m_first and len(set(weak[c.held: m_last + 1])) == 1

    def named_near(c: _Candidate) -> bool:
        """«أصيب أمس في هجمات بروكسيل», «وفاز ببطولة تركيا، عام 2007،»: a gathering or attack named after its place
        dates with a time in its own clause (or a time alone between commas right after it); not across a comma
        («القبض على والد منفذ هجوم مانشستر، أمس الأربعاء، في العاصمة طرابلس»: the arrest is elsewhere)."""
        if c.attach != _NAMED or weak[c.first] == weak[m_first]:
            return True
        own = [k for k, w in enumerate(weak) if w == weak[m_first]]
        if not all(m_first <= k <= m_last for k in own):
            return False
        if c.first > m_last:
            # «توج جوكوفيتش، الأحد، بلقب أميركا المفتوحة»: a time alone between commas after the verb goes on
            # with the gathering that opens the clause right after it
            return weak[c.first] - weak[m_last] == 1 and c.first - m_last <= NAMED_AFTER_REACH
        return weak[m_first] - weak[c.last] == 1 \
            and not any(c2.attach in ("in", "to", "host") and weak[c2.first] == weak[m_first] + 1 for c2 in cands)

    def during(c: _Candidate) -> bool:
        """«أعلن مطورون، الأربعاء، عن مشروعات …، خلال مشاركتهم في معرض "سيتي سكيب جلوبال"»: a clause opened by «خلال /
        أثناء / على هامش» after a comma tells where the act the time dates was done (a statement too: «وقال الوزير الاثنين
        إن …، خلال مشاركته في مؤتمر … في تل أبيب»), unless another time comes between."""
        if c.first <= m_last or c.attach not in ("in", "host", _NAMED) or c.first - m_last > DURING_REACH:
            return False
        opening = next(k for k in range(c.first + 1) if weak[k] == weak[c.first])
        if opening <= m_last:
            return False  # the time's own clause («خلال الأسبوع الماضي في …» is same_clause's)
        head = ws[opening + 1] if ws[opening].norm == _ON and opening + 1 < c.first else ws[opening]  # «على هامش»
        return g.word_kind(head.norm)[0] == "during" and not any(
            _own_time(w.norm) for w in ws[m_last + 1: c.first])

    def closing(c: _Candidate) -> bool:
        """«وسيشهد الأسبوع المقبل أيضا مباريات العودة لكل من …، في إسبانيا.»: a «في / بـ» phrase set off by a comma
        that ends the sentence closes the dated clause, so its place is the dated happening's (not past another time,
        reported speech or a «؛»)."""
        if c.first <= m_last or c.attach != "in" or c.last != len(ws) - 1 or c.first - m_last > CLOSING_REACH:
            return False
        opening = next(k for k in range(c.first + 1) if weak[k] == weak[c.first])
        if opening <= m_last or (opening != c.first and ws[opening].norm not in _IN_WORDS):
            return False
        return strong[m_last] == strong[c.first] and not any(
            _own_time(w.norm) for w in ws[m_last + 1: c.first])

    def hosted_then(c: _Candidate) -> bool:
        """«بشعار كأس العالم 2018، والذي ستستضيفه روسيا الصيف المقبل، وذلك بعد أن حط كأس البطولة في المدينة الإماراتية،
        الأربعاء»: a relative clause's host verb before the time, past a comma, places the noun it describes (the
        gathering), not the happening the time dates."""
        if c.attach != "host" or c.last >= m_first or weak[c.last] == weak[m_first]:
            return False
        verb = next((k for k in range(c.first - 1, max(c.first - 4, -1), -1) if g.word_kind(ws[k].norm)[0] == "host"), None)
        if not verb:
            return False
        pronoun = ws[verb - 1].norm
        return pronoun in _RELATIVE or (pronoun[:1] in "وف" and pronoun[1:] in _RELATIVE)

    def dated_apart(c: _Candidate) -> bool:
        """«أعلنت مصر، مساء السبت، نجاح … لاسترداد المتهم باختطاف طائرة مصرية في قبرص عام 2016»: a place after the
        time with a year of its own right after it («في قبرص عام 2016») is where that earlier happening was."""
        if c.first <= m_last:
            return False
        told = ws[m_first: m_last + 1]
        if not any(w.norm.isdigit() and len(w.norm) == 4 for w in told) and any(_bare(w.norm) in _MONTHS for w in told):
            return False  # «في تموز/يوليو بدمشق العام 2011»: the year after the place is the month's own
        for k in range(c.last + 1, min(len(ws), c.last + 1 + OWN_YEAR_REACH)):
            w = ws[k].norm
            if w.isdigit() and len(w) == 4 and k > c.last + 1 and _own_time(ws[k - 1].norm):  # not «مونديال روسيا 2018»
                return not (m_first <= k <= m_last)
        return False

    cands = [replace(c, attach="in") if set_off(c) or held_then(c) else c for c in cands]
    found = [c for c in cands if (c.attach in _STRONG or c.attach == _SEAT) and distance(c) <= MAX_DISTANCE
             and (same_clause(c) or fronted(c) or during(c) or closing(c))
             and not (c.first <= m_first and m_last <= c.last) and not described(c) and not relative(c) and not later_trip(c)
             and not planned(c) and not prepared(c) and named_near(c) and not helped(c) and not then_later(c)
             and not dated_apart(c) and not hosted_then(c)]
    # «the capital» alone, attached in the mention's clause and nearer than any named place
    caps = sorted((k for k, w in enumerate(ws) if _capital_word(g, ws, k) and strong[k] == strong[m_first]
                   and max(0, k - m_last, m_first - k) <= MAX_DISTANCE and not m_first <= k <= m_last),
                  key=lambda k: max(0, k - m_last, m_first - k))
    if caps and not any(distance(c) <= max(0, caps[0] - m_last, m_first - caps[0]) for c in found) \
            and (not found or weak[caps[0]] == weak[m_first]):
        capital = _capital_alone(g, text, headline, ws, caps, weak, cands, home)
        if capital is not None:
            return capital
    bare = _story_town_named_bare(g, text, headline, ws, m_first, strong)
    if bare is not None and not any(distance(c) <= max(0, bare[1] - m_last, m_first - bare[1]) for c in found):
        return bare[0]  # «شارك مئات الاشخاص السبت في فيرغسن» under «مسيرة في مدينة فيرغسن الاميركية»
    if found:
        # «تأهل ظهر السبت إلى نصف نهائي مونديال روسيا … في مدينة سامارا»: the gathering's country gives way to
        # a town of it the sentence also places
        finer = [c for c in found if not c.gathering]
        found = [c for c in found if not c.gathering or not any(f.place.country == c.place.country for f in finer)]
        chosen = min(found, key=lambda c: (weak[c.last] != weak[m_first], distance(c), c.first > m_last))
        chosen = _town_of_region(g, ws, weak, cands, chosen)
        if chosen.place.country or chosen.kind not in ("name", "area"):
            return chosen.place
        return _local(g, text, headline, chosen.place, cands)
    if named_again(g, ws, m_first):
        before = told_before(g, text, sentence)  # «ومنذ انطلاق المسابقة في 6 أوت» after its place was told
        if before is not None:
            return before
    if any(_speech(w.norm) for w in ws[: m_first + 1]):
        visit = _visit_told(g, text, sentence)  # «وأبلغ تيلرسون الصحفيين أثناء زيارة لجيبوتي»
        if visit:
            return visit
    host = _home_side(g, ws, m_first, strong, cands)
    if host is not None:
        return host  # «أطاح المنتخب المكسيكي بنظيره الروسي صاحب الأرض … اليوم السبت»: played in Russia
    # a place of an earlier happening («باختطاف طائرة مصرية في قبرص عام 2016») does not hide the country acting
    current = [c for c in cands if not dated_apart(c)]
    acting = _seat_speaking(g, ws, m_first, strong, said, cands) or _acting_country(g, ws, m_first, m_last, strong, current) \
        or founded_in(g, text, headline, ws, m_first)
    story, source = _story_place(g, text, headline)
    if story and source == "lead_country" and s_start > _first_sentence_start(text) and not _current(ws[m_first: m_last + 1]):
        story, source = g.country_place(story.country), "headline"  # «مخيم في جزيرة ليسبوس» + «… في اليونان»
    source = "lead" if source == "lead_country" else source
    if background and story and source in ("dateline", "headline") and not _is_country(g, story) \
            and _in_relative_clause(ws, weak, m_first) and not _names_country(g, ws, cands, story.country):
        return acting  # «مسيرة ببروكسيل …» then «الحراك الريفي الذي انطلق … قبل ثمانية أشهر»: a relative clause
        # dating an earlier happening is background told of something else, not the story city's news (a story
        # country still goes on: «الحرب التي اندلعت في كانون الأول 2013» in South Sudan)
    if not story or (source == "lead" and (s_start <= _first_sentence_start(text) or not _current(ws[m_first: m_last + 1]))):
        return acting  # the first sentence's place is its own, not a story told around it
    if acting and (acting.country != story.country or not (source == "dateline" or _is_capital(g, story))):
        return acting  # a national body acts at home; in a story set in its capital or filed from a city,
        # that city is finer («أمير منطقة الرياض يستقبل محافظ الهيئة السعودية»)
    # the story's own place named in the sentence, not across reported speech («قالت الوزارة اليوم أن
    # الوحدات بقبلي تمكنت أمس …» dates the saying), does not part the sentence from the story
    own = [c for c in cands if c.attach in ("in", "to", "host", _NAMED) and c.place.name == story.name and said[c.first] == said[m_first]]
    if _tells_the_story(g, ws, story, [c for c in cands if c not in own]) and not _speaks_elsewhere(g, ws, story) \
            and not _unread_place(g, ws, cands):
        return _bare_capital(g, ws, story) or story
    return acting



DURING_REACH = 20  # words from a time to a place in the «خلال / على هامش» clause after it
NAMED_AFTER_REACH = 3  # words from a time alone between commas to the gathering right after the comma («، بلقب أميركا»)
VENUE_REACH = 16  # words between a match's time and its stadium told after a comma («على ملعب …»)
_VENUE_LEAD = 4  # words before a place within which «على ملعب / على استاد» opens it


def _on_venue(g: Gazetteer, ws: list[Word], first: int) -> bool:
    """The place at `first` is a stadium named after «على ملعب / على استاد» («على ملعب استاد "فيشت"»)."""
    return any(ws[j].norm == _ON and ws[j + 1].norm in g.venues for j in range(max(0, first - _VENUE_LEAD), first - 1))


TOWN_REACH = 3  # words between a town and the compass word placing it in its country («مطار حماة العسكري وسط سوريا»)


def _town_of_region(g: Gazetteer, ws: list[Word], weak: list[int], cands: list[_Candidate], chosen: _Candidate) -> _Candidate:
    """«هزت سلسلة انفجارات مطار حماة العسكري وسط سوريا»: a country placed by a compass word right after a
    town of it (its object) says where that town lies; the happening is in the town, the finer place."""
    if chosen.kind != "country" or not chosen.first or g.word_kind(ws[chosen.first - 1].norm)[0] != "dir":
        return chosen
    for c in cands:
        if c.kind == "city" and c.attach is None and c.place.country == chosen.place.country \
                and 0 < chosen.first - c.last <= TOWN_REACH and weak[c.last] == weak[chosen.first] \
                and not any(g.find(ws[k: k + 1]) or g.word_kind(ws[k].norm)[0] not in (None, "dir", "inst")
                            for k in range(c.last + 1, chosen.first)):
            return c
    return chosen


def _local(g: Gazetteer, text: str, headline: str, place: Place, cands: list[_Candidate]) -> Place:
    """«ببئر القصعة», «بوادي عتود بمركز مربه» with no country said: a name the gazetteer lacks is a local
    place, in the country of the article's own story (its dateline, headline or first sentence) — unless
    the sentence names a place of another country («على ملعب النادي بمدينة حرمة … معسكر في تركيا»)."""
    story, _ = _story_place(g, text, headline)
    if not story or not story.country or any(c.place.country not in (None, story.country) for c in cands):
        return place
    return Place(place.name, story.country, story.country_name, None, None, story.tz)


def _story_town_named_bare(g: Gazetteer, text: str, headline: str, ws: list[Word], m_first: int,
                           strong: list[int]) -> tuple[Place, int] | None:
    """«شارك مئات الاشخاص السبت في فيرغسن في مسيرة» under the headline «مسيرة في مدينة فيرغسن الاميركية»: a town the
    gazetteer lacks, which the article's story names with its head word, is met bare after «في / بـ» in the time's
    clause (nearer than any place attached there): the happening is in it. With the word's index."""
    story, _ = _story_place(g, text, headline)
    if story is None or story.lat is not None or _is_country(g, story):
        return None
    name = normalize(story.name)
    if " " in name or g.find(words(story.name)):
        return None  # only a name taken as written: a known place is a candidate of its own
    for k, w in enumerate(ws):
        if strong[k] != strong[m_first] or abs(k - m_first) > MAX_DISTANCE:
            continue
        if (w.norm == name and k and ws[k - 1].norm in _IN_WORDS) or w.norm in ("ب" + name, "وب" + name):
            return story, k
    return None


def _unread_place(g: Gazetteer, ws: list[Word], cands: list[_Candidate]) -> bool:
    """«يشيع جثمانه في مسقط رأسه بمحافظة الغربية»: a head word attached by في / بـ before a name the
    gazetteer lacks and that cannot be taken as written (an adjective-like «الغربية») still places the
    sentence somewhere: it does not go on with the article's story."""
    named = {k for c in cands for k in range(c.first, c.last + 1)}
    for i, w in enumerate(ws[:-1]):
        kind, clitic = g.word_kind(w.norm)
        if kind != "head" or i + 1 in named or w.norm[len(clitic):].startswith("ال") \
                or ws[i + 1].norm in g.stop_after_head or g.word_kind(ws[i + 1].norm)[0]:
            continue  # «في مدينة الأشباح»: no place name
        if "ب" in clitic or (i and g.word_kind(ws[i - 1].norm)[0] == "in"):
            return True
    return False


RELATIVE_REACH = 12  # words between a relative pronoun and the time its clause tells


def _in_relative_clause(ws: list[Word], weak: list[int], m_first: int) -> bool:
    """«الحراك الريفي الذي انطلق مع مقتل محسن فكري … قبل ثمانية أشهر»: the time is in a relative clause (a
    relative pronoun before it, in its comma clause, a few words back)."""
    return any(ws[k].norm in _RELATIVE and weak[k] == weak[m_first] for k in range(max(0, m_first - RELATIVE_REACH), m_first))


def _names_country(g: Gazetteer, ws: list[Word], cands: list[_Candidate], code: str | None) -> bool:
    """The sentence names the country `code` or one of its places («وفي الانتخابات اللبنانية التي أجريت»)."""
    return bool(code) and (any(c.place.country == code for c in cands)
                           or any(g.nation(ws, i) == code for i in range(len(ws))))


def _is_country(g: Gazetteer, place: Place) -> bool:
    country = g.country_place(place.country) if place.country else None
    return bool(country and country.name == place.name)


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
