"""THE place of the happening a time mention dates: the attached place nearest the mention in its
clause, else an official body of one country acting, else the article's story place.

This module chooses among the candidates (candidates.py); the clauses it reads are numbered in clauses.py,
the country acting or speaking is found in acting.py, and places told without a full name in implied.py."""
from __future__ import annotations

from dataclasses import replace

from ...normalize import normalize
from ...terms import LEXICON, Word, read_table, words
from .acting import _acting_country, _home_side, _is_capital, _seat_speaking, _speaks_elsewhere
from .attachment import _NAMED, _ON, _RELATIVE, _SEAT, _STRONG
from .candidates import _POINTED, _Candidate, _candidates
from .clauses import _clause_ids, _in_relative_clause, _own_time, _then_between
from .gazetteer import Gazetteer, Place, _bare, gazetteer
from .home import home_place
from .founded import founded_in
from .goes_on import speaker_goes_on, told_next
from .implied import _REGION_ADJECTIVES, _capital_alone, _capital_word, _in_home, _local, _unread_place
from .previous import named_again, told_before
from .story import _SPEECH, _speech, _visit_told, _bare_capital, _current, _first_sentence_start, _story_place, _tells_the_story


MAX_DISTANCE = 25  # words between a mention and its place, beyond which they are not linked



# month names (lexicon/months.tsv): a month told without its year may take the year written after the place
# («بمظاهرة الميدان في تموز/يوليو بدمشق العام 2011» is one date)
_MONTHS = {_bare(normalize(row["word"])) for row in read_table(LEXICON / "months.tsv") if row.get("word")}


FRONTED_WORDS = 3  # «وفي محافظة عدن،»: the words a fronted place may start after


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
    # «البلاد» pointing back is what home_place reads itself («شهدتها البلاد»): not a place told elsewhere
    cands = [c for c in _candidates(g, text, sentence[0], ws) if c.kind != _POINTED]
    story, _ = _story_place(g, text, headline)
    return home_place(g, text, headline, ws, cands, home, story, lambda country: (
        _tells_the_story(g, ws, country, cands) and not _speaks_elsewhere(g, ws, country)
        and not _unread_place(g, ws, cands)))


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
            if len(between) == 1 or _past_apposition(g, ws, weak, m_last, c.first):
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
    if _current(ws[m_first: m_last + 1]) and not any(c.attach in _STRONG for c in cands):
        going_on = told_next(g, text, sentence)  # «… في بيان مشترك اليوم» then «وجاء الإعلان على لسان توسك، الذي
        if going_on is not None:  # ترأس قمة … في العاصمة البلغارية صوفيا»: the next sentence places the same happening
            return going_on
    if any(_speech(w.norm) and strong[k] == strong[m_first] and said[k] == said[m_first] for k, w in enumerate(ws)):
        spoken_at = speaker_goes_on(g, text, sentence, _speech)  # «أعلن … تركي المالكي ضبط أسلحة» then «وقال المالكي
        if spoken_at is not None:  # خلال مؤتمر صحفي في الرياض»: the same speaker goes on where he spoke
            return spoken_at
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



APPOSITION_WORDS = 3  # words of a name in apposition between two commas («، عمر المختار،»)


def _past_apposition(g: Gazetteer, ws: list[Word], weak: list[int], m_last: int, first: int) -> bool:
    """«ألقت إيطاليا القبض على "شيخ المجاهدين"، عمر المختار، بليبيا»: the place right after the comma closing a
    short name in apposition goes on with the time's clause — the only clause between them is that name (no
    time, place or clause-opening word in it)."""
    start = first  # the place opens its clause, after its head word if any («، بمدينة صفاقس»)
    while start > m_last + 1 and first - start < 2 and weak[start - 1] == weak[first] \
            and g.word_kind(ws[start - 1].norm)[0] in ("head", "area", "cap", "dir", "inst"):
        start -= 1
    if weak[first] - weak[m_last] != 2 or start <= m_last + 1 or weak[start - 1] == weak[first]:
        return False
    name = [k for k in range(m_last + 1, start) if weak[k] == weak[first] - 1]
    if not name or len(name) > APPOSITION_WORDS or name[-1] != start - 1:
        return False
    return not any(_own_time(ws[k].norm) or ws[k].norm in _FRONTED or g.word_kind(ws[k].norm)[0] is not None
                   or g.find(ws[k: k + 1]) or ws[k].norm.isdigit() for k in name)


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


def _names_country(g: Gazetteer, ws: list[Word], cands: list[_Candidate], code: str | None) -> bool:
    """The sentence names the country `code` or one of its places («وفي الانتخابات اللبنانية التي أجريت»)."""
    return bool(code) and (any(c.place.country == code for c in cands)
                           or any(g.nation(ws, i) == code for i in range(len(ws))))


def _is_country(g: Gazetteer, place: Place) -> bool:
    country = g.country_place(place.country) if place.country else None
    return bool(country and country.name == place.name)
