"""Is a dated mention the time of a happening, or a non-event?

A sentence can hold a date without telling of anything that happened then: «منذ 2011»
starts an ongoing state, «ارتفع التضخم في 2019 إلى 3%» dates a figure, «كأس العالم 2018»
names a tournament, «أظهرت دراسة … العام الماضي» is the period of a study, «كل التوقعات تشير إلى أن
إطلاقه سيكون في فبراير» a forecast. `non_event_reason` says which, from the cues of
lexicon/non_event_cues.tsv, each counted only where it governs the mention: right before it,
earlier in its clause, in its clause, or closing a short line. One pass over the sentence's
words; the table's matcher is built once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Mention
from ..tense import looks_future
from ..terms import LEXICON, TermMatcher, Word, read_table, words
from .sentences import CLAUSE_END

REASONS = ("boundary", "statistic", "dateline", "label", "generic", "hypothetical", "negated")

NEGATION_REACH = 4  # a negation further before the mention denies another verb
NAME_REACH = 5  # «جائزة أفضل لاعب في العالم لسنة 2018»، «مؤشر التطور الاجتماعي العالمي للعام الحالي»
# «كان أمينا عاما للجنة الأولمبية الدولية بين 1989 و2003», not «كانت أسر الضحايا سعت إلى تحميل السلطة … المسؤولية
# عن ست وقائع إطلاق نار بين عامي 2002 و2004» (a «كان» that far is an auxiliary of another verb)
STATE_REACH = 10
NAMED_YEAR_REACH = 2  # «معاهدة صداقة عام 1955»
LIST_REACH = 8  # a list's name is longer: «قائمة فوربس للنساء الأكثر نفوذا بالعالم لعام 2008»
MEASURE_REACH = 10  # a measure word further from the mention measures something else
DATELINE_MAX_WORDS = 16
ALTERNATIVE_REACH = 4  # «في يوم المحاربين القدامى أو الرابع من يوليو»: «أو» this near joins two dates
MODAL_REACH = 6  # «يمكن أن تدخل حيز التنفيذ في سبتمبر», not «قد يكون تركيز ترامب منصبا على … قمته في 12 حزيران»
INTEND_REACH = 12
# «على أن يبدأ تسليم الطائرات في 2020» is a term for a year; «على أن يبحث اجتماع الرباط في مايو المقبل» a meeting
TERM_MIN_DAYS = 364  # a year's span, first to last day
TREND_REACH = 3  # «ارتفاع أسعار النفط سيعزز»: the future verb right after the measure
LEAD_WORDS = 2  # «وفي النصف الأول من العام الجاري، سجلت …»: a clause of the mention and this few words opens a sentence
# and its measure word opens the next clause: «بلغت قيمة الصادرات», not «فرضت الحكومة سعرا موحدا» (an object)
LEAD_MEASURE_REACH = 3
LONE_MENTION_WORDS = 1  # a clause with this few words besides the mention borrows the one before
RANK_REACH = 2  # «حلت أبل في المركز الأول عام 2018»، «حل رابعا العام 2017»: the rank right before the period
THEN_REACH = 3  # «قبل خمس سنوات»: a count of years this near after «قبل» is a time long past
NOWADAYS_REACH = 3  # «أصبحت سماعات الأذن اليوم خفيفة»: a state word this near a bare «اليوم» makes it «nowadays»
# «خلال الأسبوعين المقبلين» may hold scheduled matches; «خلال السنوات الثلاث المقبلة» only a plan or forecast
FUTURE_WINDOW_DAYS = 31
PAST_WINDOW_DAYS = 366  # «خلال السنوات الخمس الماضية»: a past window longer than this holds a trend, not a happening

# «2016»، «2016م»: a year standing alone, the form a name carries as its label
BARE_YEAR = re.compile(r"^\s*\d{4}\s*م?\s*$")
PERCENT = re.compile(r"\d\s*%|%\s*\d")
NUMBER = re.compile(r"^[بل]?\d+(?:ر\d+)?$")  # «23», «6ر23» (a Tunisian agency's decimal), «ب9ر7»
YEAR = re.compile(r"^(1[89]|20)\d\d$")
LARGE = frozenset({"الف", "الاف", "مليون", "ملايين", "مليار", "مليارات"})
QUOTES = "\"»”'"
OPEN_QUOTES = "\"«“'"
# «كانت تأمل في الحصول على طلبية خلال معرض دبي في نوفمبر»: a past hope, the happening was held
PAST_BE = frozenset({"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا"})
# a hope whose clause turns to another verb: «يسعى القادة إلى إنقاذ الاتفاق الذي أبرم في 2015»
INTEND_BREAKS = frozenset({"الذي", "التي", "الذين", "اللذين", "لانه", "لانها", "لان", "عند", "عندما", "حيث",
                           "المقرر", "المقرره", "المزمع", "المزمعه"})
FUTURE_RELATIONS = frozenset({"المقبل", "المقبله", "القادم", "القادمه", "المقبلين", "القادمين", "غدا"})

# tables whose words put a sentence on a given day (against opening hours, habits)
DAY_TABLES = ("weekdays.tsv", "relative_days.tsv", "months.tsv", "relations.tsv")


@dataclass(frozen=True)
class Cue:
    reason: str
    where: str
    first: int  # word indices in the sentence
    last: int


def non_event_reason(text: str, sentence: tuple[int, int], mention: Mention) -> str | None:
    """None when the sentence tells of a happening at the mention's time, else why not."""
    s_start, s_end = sentence
    body = text[s_start:s_end]
    sentence_words = words(body)
    m_start, m_end = mention.start - s_start, mention.end - s_start
    inside = [i for i, w in enumerate(sentence_words) if w.end > m_start and w.start < m_end]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    cues = [
        Cue(reason, where, hit.first, hit.last)
        for hit in _matcher().find(sentence_words)
        for reason, where in (label.split("/") for label in hit.value.split("|"))
        # a cue inside the mention is part of the date, unless it opens it («بداية من شهر ماي»)
        if not (first <= hit.first and hit.last <= last) or (hit.first == first and hit.last < last)
    ]
    clause_of = _clause_index(body, sentence_words)
    return _Sentence(body, sentence_words, clause_of, cues, mention, m_start, first, last).reason()


@dataclass
class _Sentence:
    body: str
    words: list[Word]
    clause_of: list[int]
    cues: list[Cue]
    mention: Mention
    m_start: int  # the mention's offset in the sentence
    first: int  # its first and last word
    last: int

    def __post_init__(self) -> None:
        self.scope = _scope(self.clause_of, self.first, self.last)
        # «في24 أيلول»: the particle written onto the date governs it, not the word before
        self.glued = self.words[self.first].start < self.m_start

    def reason(self) -> str | None:
        for check in (self._dateline, self._phrase, self._boundary, self._label, self._window,
                      self._negated_or_hypothetical, self._edge_of_a_longer_period, self._statistic, self._forecast,
                      self._generic):
            found = check()
            if found:
                return found
        return None

    # --- where a cue stands

    def _found(self, reason: str, where: str, test) -> list[Cue]:
        return [c for c in self.cues if c.reason == reason and c.where == where and test(c)]

    def _in_scope(self, cue: Cue) -> bool:
        return self.scope[0] <= cue.first and cue.last <= self.scope[1]

    def _opens(self, cue: Cue) -> bool:
        return cue.first == self.first and cue.last < self.last

    def _governs(self, cue: Cue) -> bool:
        """Right before the mention in its clause (or only «نحو»، «حوالي» between), or opening it."""
        if self._opens(cue):
            return True
        if self.glued or cue.last >= self.first or self.clause_of[cue.last] != self.clause_of[self.first]:
            return False
        return cue.last == self.first - 1 or any(
            s.first == cue.last + 1 and s.last == self.first - 1 for s in self._found("skip", "before", bool)
        )

    def _earlier(self, cue: Cue) -> bool:
        return cue.last < self.first and self._in_scope(cue)

    def _near_before(self, reach: int):
        return lambda cue: cue.last < self.first and self.first - cue.last <= reach and self._in_scope(cue)

    def _bare_today(self) -> bool:
        """The mention is «اليوم» alone, no weekday or date with it."""
        return self.first == self.last and self.words[self.first].norm.endswith("اليوم")

    def _opens_clause(self, first: int) -> bool:
        return first == 0 or self.clause_of[first - 1] != self.clause_of[first]

    # --- the reasons, strongest first

    def _dateline(self) -> str | None:
        if len(self.words) > DATELINE_MAX_WORDS:
            return None
        closing = self._found("dateline", "end", lambda c: c.last == len(self.words) - 1)
        return "dateline" if closing else None

    def _phrase(self) -> str | None:
        """A listed phrase that holds the mention and more: «روسيا اليوم» (a channel), «في عالمنا اليوم»
        (nowadays), «من اليوم فصاعدا» (from now on), «برميل في اليوم» (a rate)."""
        for cue in self.cues:
            if cue.where == "spans" and cue.first <= self.first and self.last <= cue.last \
                    and (cue.first, cue.last) != (self.first, self.last):
                return cue.reason
        return None

    def _window(self) -> str | None:
        """«خلال السنوات الخمس المقبلة»: coming months or years are the window of a plan or forecast;
        «خلال السنوات الخمس الماضية»: years past hold a trend or a state, not one happening; so do years a
        post was held."""
        if not self.mention.span:
            return None
        days = (self.mention.span[1] - self.mention.span[0]).days
        if self.mention.value == "FUTURE_REF" and days > FUTURE_WINDOW_DAYS:
            return "hypothetical"
        if self.mention.value == "PAST_REF" and days > PAST_WINDOW_DAYS:
            return "generic"
        # «كان أمينا عاما للجنة الأولمبية بين 1989 و2003»، «أشرف على النادي لثلاثة مواسم بين 2013 و2016»: a post
        # held or a life led over years is a state, not a happening (a war over years is: no state word)
        if days > PAST_WINDOW_DAYS and self._found("state", "earlier", self._near_before(STATE_REACH)):
            return "generic"
        return None

    def _boundary(self) -> str | None:
        since = self._found("boundary", "before", self._governs)
        starting = self._found("start", "before", self._governs)
        # «ابتداء من الساعة السابعة»: a clock time is when the happening starts, not a state's
        if starting and self.mention.type != "TIME" and not self._found("launch", "clause", self._in_scope):
            since = starting
        # «من ١ ذو القعدة وحتى الآن»: the start of a period running to now
        since = since or self._found("boundary", "after", lambda c: c.first == self.last + 1)
        if not since:
            return "boundary" if self._edge_of_a_period() else None
        told = self._found("event", "after", lambda c: c.first == self.last + 1)
        return None if told else "boundary"

    def _edge_of_a_period(self) -> bool:
        """«أول لقب بعد 1998»، «قبل 2020»، «على الأرجح بعد 25 من مايو»: a bare year or a numbered day
        right after «بعد/قبل» is the edge of a period («بعد ظهر الخميس» is an afternoon, no number)."""
        numbered = BARE_YEAR.match(self.mention.text) or (_is_day(self.mention) and any(ch.isdigit() for ch in self.mention.text))
        return bool(numbered) and self._after_before()

    def _edge_of_a_longer_period(self) -> str | None:
        """«المحاكم بيننا بعد رمضان»، «قبل عام 2028»، «قبل سبتمبر المقبل»: a month, year or feast right after
        «بعد/قبل» is the edge of a period too (checked after conditions: «لو … بعد رمضان» is a hypothesis;
        «بعد منتصف الليل» is a clock time)."""
        if self.mention.type == "TIME" or _is_day(self.mention):
            return None
        return "boundary" if self._after_before() else None

    def _after_before(self) -> bool:
        return bool(
            self._found("around", "before", lambda c: c.last == self.first - 1 and self._governs(c)))

    def _label(self) -> str | None:
        if self._titled_year():
            return "label"
        if self.mention.type == "TIME":
            return None  # «بعثة الهلال فجر اليوم»: a clock time names nothing
        if self._found("label", "before", self._governs) or self._names_a_year():
            return "label"
        # «جائزة أفضل لاعب في العالم لسنة 2018»: the year a named thing is for
        if self._lam_prefixed() and self._found("label", "before", self._near_before(NAME_REACH)):
            return "label"
        # «على قائمة فوربس للنساء الأكثر نفوذا بالعالم لعام 2008»: the year a ranking is for
        if self._lam_prefixed() and self._found("list", "before", self._near_before(LIST_REACH)):
            return "label"
        # «اتفاقية فك الاشتباك لعام 1974»: the year in a treaty's name
        if self._lam_prefixed() and self._found("named", "before", self._near_before(NAME_REACH)):
            return "label"
        if self._named_year():
            return "label"
        if self._quoted_name():
            return "label"
        return None

    def _named_year(self) -> bool:
        """«معاهدة عام 1955»، «معاهدة صداقة عام 1955»: a year right after a treaty's word (one word may stand
        between, not a preposition) names the treaty."""
        if self.mention.grain != "year" or self.glued:
            return False
        prepositions = {c.last for c in self._found("event", "before", lambda c: c.last < self.first)}
        return any(not any(c.last < at < self.first for at in prepositions)
                   for c in self._found("named", "before", self._near_before(NAMED_YEAR_REACH)))

    def _quoted_name(self) -> bool:
        """«لصحيفة "اليوم"»: a quoted time word right after a newspaper or channel word is its name."""
        opening = self.body[: self.m_start].rstrip()
        closing = self.body[self.m_start + self.mention.end - self.mention.start :].lstrip()
        if not (opening[-1:] in OPEN_QUOTES and closing[:1] in QUOTES):
            return False
        return bool(self._found("press", "before", self._near_before(2)))

    def _names_a_year(self) -> bool:
        """«كأس القارات 2017»، «ريو دي جانيرو 2016م»: a bare year glued to a name."""
        if not BARE_YEAR.match(self.mention.text) or self.first == 0 or self.glued:
            return False
        before = self.words[self.first - 1]
        if self.body[before.end : self.words[self.first].start].strip() or before.norm.isdigit():
            return False  # punctuation or a number between: a list or a range, not a name
        return not [c for c in self.cues if c.where == "before" and c.last == self.first - 1]

    def _titled_year(self) -> bool:
        """«بأغنيات مثل "ريسبكت" (1967)»: a year in brackets right after a title or a name."""
        if not BARE_YEAR.match(self.mention.text) or self.first == 0:
            return False
        opening = self.body[: self.m_start].rstrip()
        closing = self.body[self.mention.end - self.mention.start + self.m_start :].lstrip()
        if not (opening.endswith("(") and closing.startswith(")")):
            return False
        before = opening[:-1].rstrip()
        if before[-1:] in QUOTES:
            return True
        # not «عام 1395هـ (1975م)»، «الموافق (2002م)»: the same date in another calendar
        previous = self.words[self.first - 1]
        return not (previous.norm in _day_words() or previous.norm in ("الموافق", "الموافقه", "ه")
                    or any(ch.isdigit() for ch in previous.norm)
                    or [c for c in self.cues if c.reason == "event" and c.last == self.first - 1])

    def _negated_or_hypothetical(self) -> str | None:
        cancels = [c.last for c in self._found("event", "earlier", self._earlier)]
        framing = self._found("modal", "earlier", self._near_before(MODAL_REACH))
        framing += [c for c in self._found("modal", "verb", self._near_before(MODAL_REACH - 1)) if self._may_verb(c.last + 1)]
        for cue in framing:
            if not any(cue.last < at < self.first for at in cancels):
                return "hypothetical"  # «العرض يمكن أن يتم في الرابع من يوليو»
        for reason in ("hypothetical", "negated"):
            for cue in self._found(reason, "earlier", self._earlier):
                near = reason == "hypothetical" or self.first - cue.last <= NEGATION_REACH
                if near and not any(cue.last < at < self.first for at in cancels):
                    return reason
        return None

    def _may_verb(self, at: int) -> bool:
        """«قد يعقد»، «قد يدفع»: a present verb of the يـ form after «قد», a possibility (a نـ or تـ one may be a past
        verb: «قد ندد»، «قد تفقد»، «قد تمت»)."""
        norm = self.words[at].norm if at < self.first else ""
        return len(norm) >= 3 and norm[0] == "ي"

    def _statistic(self) -> str | None:
        if self._counted_up_to():
            return "statistic"
        compared = self._found("statistic", "clause", self._in_scope)
        told = self._found("event", "earlier",
                           lambda c: c.last < self.first and self.clause_of[c.last] >= self.clause_of[self.first] - 1)
        if _is_day(self.mention) and told:
            # «وجاء في الدراسة التي نشرتها الصحيفة، الخميس، أن … مقارنة بالمعدل»: the day it was told
            compared = [c for c in compared if c.last < self.first]
        if compared or self._found("statistic", "before", self._governs):
            return "statistic"
        percent = self._percent()
        measures = [c for c in self._found("measure", "clause", self._in_scope)
                    if min(abs(c.last - self.first), abs(c.first - self.last)) <= MEASURE_REACH]
        if _is_day(self.mention):
            # a day is the time of a statement unless its clause reports a figure
            spoken = self._found("event", "earlier", self._earlier)
            reported = measures and (percent or self._figure(self.scope, with_unit=True))
            return "statistic" if reported and not spoken else None
        if percent or self._ranked():
            return "statistic"
        if self._study() or self._counted_near() or self._forecast_of_a_measure() or self._measured_period() \
                or self._future_figure():
            return "statistic"
        if self._lam_prefixed() and any(c.last < self.first for c in measures):
            return "statistic"  # «مؤشر التطور الاجتماعي العالمي للعام الحالي»: the period a measure is for
        if self._leads_a_measure():
            return "statistic"
        # the figure may open the next clause: «قائمة الارتفاعات خلال الأسبوع، أسهم … بنسبة 13%»
        reach = (self.scope[0], self._next_clause_end())
        return "statistic" if measures and self._figure(reach, with_unit=False) else None

    def _leads_a_measure(self) -> bool:
        """«وفي النصف الأول من العام الجاري، سجلت نيو مبيعات بقيمة 7 ملايين دولار»، «وفي 2017، بلغت قيمة الصادرات
        5,3 مليار يورو»: a period opening the sentence in a clause of its own dates the measure opening the next
        clause (not «وفي الشهر الماضي، فرضت الولايات المتحدة رسوما بنسبة 25 في المئة على بضائع بلغت قيمتها …»:
        the measure word is in a later phrase)."""
        lo, hi = self.scope
        if lo != 0 or hi + 1 >= len(self.words) or self._outside_brackets(lo, hi) > LEAD_WORDS:
            return False
        following = self.clause_of[hi + 1]
        end = hi + 1
        while end + 1 < len(self.words) and self.clause_of[end + 1] == following:
            end += 1
        if not self._found("measure", "clause", lambda c: hi < c.first < hi + 1 + LEAD_MEASURE_REACH and c.last <= end):
            return False
        stop = self.words[end + 1].start if end + 1 < len(self.words) else len(self.body)
        return self._figure((hi + 1, end), with_unit=True) or bool(PERCENT.search(self.body, self.words[hi + 1].start, stop)) \
            or any(hi < c.first <= end and c.first > 0 and _counts(self.words[c.first - 1].norm)
                   for c in self._found("percent", "clause", bool))

    def _outside_brackets(self, lo: int, hi: int) -> int:
        """How many words of `lo`..`hi` stand outside the mention and outside brackets: «(من أبريل إلى يونيو)»."""
        count, depth, at = 0, 0, 0
        for i in range(lo, hi + 1):
            word = self.words[i]
            between = self.body[at : word.start]
            depth = max(0, depth + between.count("(") - between.count(")"))
            at = word.end
            if depth == 0 and not self.first <= i <= self.last:
                count += 1
        return count

    def _ranked(self) -> bool:
        """«حل رابعا العام 2017»، «وحلت أبل في المركز الأول عام 2018»: the period a ranking is for (a day is
        a race's or a match's: _statistic only asks for a period)."""
        if self._found("rank", "adverb", self._near_before(RANK_REACH)):
            return True
        for cue in self._found("rank", "noun", self._in_scope):
            after = cue.last + 1
            if after < self.first and self.first - after <= RANK_REACH and self._ordinal_or_number(after):
                return True
        return False

    def _ordinal_or_number(self, at: int) -> bool:
        norm = self.words[at].norm
        return bool(NUMBER.match(norm)) or norm in _ordinal_words()

    def _counted_up_to(self) -> bool:
        """«بلغت العائدات السياحية، الى يوم 20 جانفي 2017، حوالي 75،4 م د»، «سجلت 600 حادثة إطلاق نار من بداية
        العام إلى السابع من أكتوبر»: a measure or a counted figure running up to the date, a statistic (not
        «تأخير القضية إلى يوم 5 جويلية»: no figure)."""
        if not self._found("range_end", "before", self._governs):
            return False
        if self._found("event", "after", lambda c: c.first == self.last + 1):
            return False  # «وتعود حيثيات القضية إلى يوم 19 جانفي عندما قدّم أحد الحرفاء … ورقة من فئة 20 دينار»
        return bool(self._found("measure", "clause", self._in_scope)) or self._figure(self.scope, with_unit=True)

    def _measured_period(self) -> bool:
        """«تفوقت عليها في مبيعات الربع الثاني»، «أرباح 2017»: a measure word governing the period."""
        return bool(self._found("measure", "clause", lambda c: c.last == self.first - 1 and not self.glued))

    def _future_figure(self) -> bool:
        """«سيبلغ عدد السكان 10 ملايين نسمة عام 2030»، «ستصل الاستثمارات إلى 5 مليارات دولار في 2020»: a future
        verb and a counted figure in the clause of a period: a forecast or target figure, not a happening."""
        future = any(looks_future(self.words[i].norm) for i in range(self.scope[0], self.first))
        return future and self._figure(self.scope, with_unit=True)

    def _study(self) -> bool:
        """«أظهرت دراسة أجرتها المؤسسة العام الماضي أن …»: the period a study or poll covers."""
        framed = [c for c in self._found("study", "clause", self._in_scope) if c.first < self.first]
        return bool(framed) and not self._found("release", "earlier", self._earlier)

    def _counted_near(self) -> bool:
        """A level or change in the clause, and a counted figure near the period: «تراجعت القراءة
        النهائية لمؤشر الخدمات … إلى 53.0 نقطة من 53.9 في مارس»، «انتحر ما يقارب من 45 ألف أمريكي في عام 2016»."""
        lo, hi = max(self.scope[0], self.first - MEASURE_REACH), min(self.scope[1], self.last + MEASURE_REACH)
        if self._found("measure", "clause", self._in_scope) and self._figure((lo, hi), with_unit=True):
            return True
        if self.mention.grain not in ("month", "quarter", "season", "half", "year", "decade", "century"):
            return False
        # an approximate count of thousands for a year or a month, in digits or in words («نحو سبعة ملايين
        # سائح في عام 2018», not «قتل 45 شخصا في هجوم يوم الأحد»)
        return any(lo <= c.first <= hi and self._thousands_at(c.last + 1, in_words=c.last < self.first)
                   for c in self._found("approx", "clause", self._in_scope))

    def _thousands_at(self, at: int, in_words: bool) -> bool:
        """«45 ألف»، and with in_words «سبعة ملايين»، «مليون»: a count of thousands or more at word `at`.

        A count in words only before the period: «يزور البرج نحو سبعة ملايين سائح في عام 2018»; one after it
        tells what the happening did («اندلعت في 2013 … ودفعت نحو أربعة ملايين إلى الفرار»)."""
        if at + 1 >= len(self.words) or self.first <= at <= self.last:
            return False
        norm, following = self.words[at].norm, self.words[at + 1].norm
        if NUMBER.match(norm) and following in LARGE:
            return True
        return in_words and (norm in LARGE or norm in _number_words() and following in LARGE)

    def _forecast_of_a_measure(self) -> bool:
        """«من المتوقع أن يرفع البنك سعر الفائدة خلال العام الحالي»: a forecast for a period."""
        expected = [c for c in self._found("expect", "earlier", self._earlier) if self._then_that(c)]
        return any(e.last < m.first and m.last < self.first
                   for e in expected for m in self._found("measure", "clause", self._in_scope))

    def _forecast(self) -> str | None:
        """«كل التوقعات تشير إلى أن إطلاقه سيكون في فبراير 2019»: a predicted period, not a happening."""
        if self._alternative_dates():
            return "hypothetical"
        if _is_day(self.mention):
            return None  # «توقع الوزير الأحد أن …»، «يعتزم الوزير زيارة باريس الأحد»: a day told or planned
        if self._intended():
            return "hypothetical"
        if self._trend_forecast():
            return "statistic"
        for cue in self._found("forecast", "earlier", self._earlier):
            noun = self.words[cue.first].norm.startswith(("ال", "توقعات", "تكهنات", "ترجيحات", "احتمال"))
            if noun or self._then_that(cue):
                return "hypothetical"
        return None

    def _intended(self) -> bool:
        """«تخطط لضخ استثمارات خلال الـ5 سنوات المقبلة»، «تسعى إلى البدء … ابتداء من الصيف المقبل»:
        a hope, aim or plan for a period is no happening (a planned day is: _forecast keeps it)."""
        if self.mention.span and (self.mention.span[1] - self.mention.span[0]).days < 8:
            return False  # «تخطط فيسبوك لإطلاع المشرعين هذا الأسبوع»: a planned week is scheduled
        if self._found("scheduled", "earlier", self._earlier):
            return False  # «الانتخابات المقررة في مايو 2019»
        cancels = [c.last for c in self._found("event", "earlier", self._earlier)]
        framing = self._found("intend", "earlier", self._near_before(INTEND_REACH))
        if self.mention.span and (self.mention.span[1] - self.mention.span[0]).days >= TERM_MIN_DAYS:
            framing += self._found("term", "earlier", self._near_before(INTEND_REACH))
        for cue in framing:
            between = {w.norm for w in self.words[cue.last + 1 : self.first]}
            past = cue.first > 0 and self.words[cue.first - 1].norm in PAST_BE
            if not past and not between & INTEND_BREAKS and not any(cue.last < at < self.first for at in cancels):
                return True
        return False

    def _alternative_dates(self) -> bool:
        """«يمكن أن يتم في يوم المحاربين القدامى أو الرابع من يوليو»، «خلال هذا الشهر أو الأشهر المقبلة»:
        one of two dates offered, so neither is the time of a happening."""
        norms = [w.norm for w in self.words]
        after = self.last + 1
        ahead = [c for c in self.cues if c.reason in ("hypothetical", "modal", "intend", "forecast", "expect")
                 and c.last < self.first]
        if not ahead and not any(looks_future(n) or n in FUTURE_RELATIONS for n in norms):
            return False  # «قتل يوم الخميس أو الجمعة»: an uncertain past day is still a happening
        if after + 1 < len(norms) and norms[after] == "او" and any(
                _datish(n) for n in norms[after + 1 : after + 3]):
            return True
        for at in range(max(0, self.first - ALTERNATIVE_REACH), self.first):
            if norms[at] == "او" and self.clause_of[at] == self.clause_of[self.first]:
                return any(_datish(n) for n in norms[max(0, at - ALTERNATIVE_REACH) : at])
        return False

    def _trend_forecast(self) -> bool:
        """«ارتفاع أسعار النفط سيعزز الفوائض على مدى الأشهر الـ18 القادمة»: a measure, then a future
        verb, then a period: what a trend will do, a forecast."""
        measures = [c.last for c in self._found("measure", "clause", self._in_scope) if c.last < self.first]
        if not measures:
            return False
        return any(looks_future(self.words[i].norm) for m in measures
                   for i in range(m + 1, min(m + 1 + TREND_REACH, self.first)))

    def _then_that(self, cue: Cue) -> bool:
        """«أن» between the cue and the mention: the mention dates what is predicted."""
        return any(w.norm in ("ان", "بان") for w in self.words[cue.last + 1 : self.first])

    def _generic(self) -> str | None:
        if self._nowadays() or self._then_and_now():
            return "generic"
        if self._on_a_day():
            return None
        if self._opening_hours():
            return "generic"
        # a feast's habit anywhere in a sentence naming no day: «يحتفل أهل مراكش، كباقي المدن المغربية، بعيد الفطر»
        habit = self._bare_feast() and self._found("generic", "habit", lambda c: not self.first <= c.first <= self.last)
        if not habit and not self._found("generic", "clause", self._in_scope):
            return None
        # only a bare feast, month or weekday: «كل عام … 15 يوليو 2018» or «… الخميس المقبل» is one day
        mention_words = {w.norm for w in self.words[self.first : self.last + 1]}
        anchored = any(ch.isdigit() for ch in self.mention.text) or mention_words & _anchor_words()
        return None if anchored else "generic"

    def _then_and_now(self) -> bool:
        """«وبالأمس كانوا في مساجد المنطقة الشرقية، واليوم نراهم في مساجد معسكراتنا»: a bare «بالأمس» and a bare
        «اليوم» each opening a clause of one sentence set then against now, a figure of speech, no days."""
        own = self.words[self.first].norm
        if self._bare_today() and (self._found("generic", "then", lambda c: c.last < self.first) or self._years_ago()):
            return True  # «لقب قبل عقود بـ … فهل يلقب اليوم بـ …»
        if self.first != self.last or not own.endswith(("اليوم", "الامس")) or not self._opens_clause(self.first):
            return False
        return any(self._opens_clause(c.first) and c.first == c.last and self.words[c.first].norm[-4:] != own[-4:]
                   for c in self._found("generic", "contrast", lambda c: not self.first <= c.first <= self.last))

    def _years_ago(self) -> bool:
        """«بالنظر إلى حال البلاد قبل خمس سنوات»: «قبل» and a count of years or more before the mention, a time
        long past (after it, «سأنشر اليوم قصة قديمة، قبل عامين …», a story told today)."""
        long_units = _long_unit_words()
        return any(w.norm in ("قبل", "وقبل") and any(n.norm in long_units for n in self.words[i + 1 : i + 1 + THEN_REACH])
                   for i, w in enumerate(self.words[: self.first]))

    def _nowadays(self) -> bool:
        """«لا يوجد اليوم تنظيم يدعى داعش»، «سوريا اليوم تمثل أخطر تهديد»، «أصبحت قواتنا المسلحة اليوم في
        أعلى مستوى»: a bare «اليوم» beside a word of a state is «nowadays», not the day of a happening."""
        if not self._bare_today():
            return False
        near = [c for c in self._found("generic", "nowadays", self._in_scope)
                if c.last < self.first and self.first - c.last <= NOWADAYS_REACH
                or c.first > self.last and c.first - self.last <= NOWADAYS_REACH]
        # «سوريا اليوم هي …», not «سنعبر تونس اليوم ونحن مؤهلين»: a pronoun after «و» opens a circumstance
        following = self._found("generic", "nowadays_next", lambda c: c.first == self.last + 1
                                and not self.words[c.first].norm.startswith(("و", "ف")))
        # «لا تحزن اليوم»، «اليوم لا أنظر»: a denied or lasting present right beside it
        still = self._found("generic", "still", lambda c: c.first == self.last + 1 and self._present_at(c.last + 1)
                            or c.last == self.first - 2 and self._present_at(self.first - 1)
                            or c.last == self.first - 1)
        return bool(near or following or still)

    def _present_at(self, at: int) -> bool:
        """A present verb: «أنظر»، «تحزن»، «يقول» (not a future سـ one)."""
        if at >= len(self.words):
            return False
        norm = self.words[at].norm
        return norm[:1] in ("ا", "ي", "ت", "ن") and len(norm) >= 3 and not looks_future(norm)

    def _bare_feast(self) -> bool:
        """«عيد الفطر»، «شهر رمضان»: a feast or Ramadan named alone (_generic checks it has no year or anchor)."""
        text = " ".join(w.norm for w in self.words[self.first : self.last + 1])
        return any(feast in text for feast in _feast_names())

    def _opening_hours(self) -> bool:
        """«من الساعة العاشرة صباحا إلى الثانية بعد الزوال» with no day: hours kept every day."""
        if self.mention.type != "TIME":
            return False
        opens = self._found("range", "before", self._governs)
        closes = self._found("range", "before", self._earlier) and self._found("range_end", "before", self._governs)
        return bool(opens or closes)

    # --- helpers

    def _lam_prefixed(self) -> bool:
        """«للعام الحالي»، «لسنة 2018»: the mention says what period something is for."""
        norm = self.words[self.first].norm
        bare = norm[2:] if norm.startswith("لل") else norm[1:]  # ل + العام contracts to للعام
        return norm.startswith("ل") and bare in _unit_words()

    def _on_a_day(self) -> bool:
        """A weekday, relative day, month or relation word outside the mention: a given day."""
        days = _day_words()
        return any(w.norm in days for i, w in enumerate(self.words) if not self.first <= i <= self.last)

    def _percent(self) -> bool:
        """A rate in the mention's clause: «2.9%»، «85 بالمئة»."""
        lo, hi = self.scope
        end = self.words[hi + 1].start if hi + 1 < len(self.words) else len(self.body)
        if PERCENT.search(self.body, self.words[lo].start, end):
            return True
        return any(c.first > 0 and _counts(self.words[c.first - 1].norm)
                   for c in self._found("percent", "clause", self._in_scope))

    def _figure(self, span: tuple[int, int], with_unit: bool) -> bool:
        """A number outside the mention in words `span`; with_unit: one that counts something."""
        lo, hi = span
        units = {c.first for c in self.cues if c.reason in ("unit", "percent") and lo <= c.first <= hi}
        for i in range(lo, hi + 1):
            if self.first <= i <= self.last:
                continue
            norm = self.words[i].norm
            counted = i + 1 in units or (self._next_norm(i) in LARGE and i + 2 in units)
            if not NUMBER.match(norm) or (YEAR.match(norm) and not counted):
                continue
            if not with_unit or counted or self._next_norm(i) in LARGE:
                return True
        return False

    def _next_norm(self, i: int) -> str:
        return self.words[i + 1].norm if i + 1 < len(self.words) else ""

    def _next_clause_end(self) -> int:
        hi = self.scope[1]
        following = self.clause_of[hi] + 1
        while hi + 1 < len(self.words) and self.clause_of[hi + 1] <= following:
            hi += 1
        return hi


@lru_cache(maxsize=1)
def _matcher() -> TermMatcher:
    """One matcher for the whole table; a term listed twice carries all its (reason, where).

    Longer spellings go in first, so a listed «للغاية» wins over ل + «لغاية».
    """
    labels: dict[str, list[str]] = {}
    for row in read_table(LEXICON / "non_event_cues.tsv"):
        if row.get("word"):
            labels.setdefault(row["word"], []).append(f"{row['reason']}/{row['where']}")
    ordered = sorted(labels.items(), key=lambda item: -len(item[0]))
    return TermMatcher((word, "|".join(dict.fromkeys(found))) for word, found in ordered)


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    found = set()
    for name in DAY_TABLES:
        for row in read_table(LEXICON / name):
            single = words(row.get("word", ""))
            if len(single) == 1:  # a word of «كانون الثاني» or «بعد المقبل» alone names no day
                found.add(single[0].norm)
    found |= {clitic + word for word in found for clitic in ("و", "ب", "ل", "ف") if not word.startswith("ال")}
    found |= {clitic + word for word in list(found) for clitic in ("و", "ف", "ب", "وب") if word.startswith("ال")}
    return frozenset(found)


def _datish(norm: str) -> bool:
    """A word that can open a date: a number, a unit, a weekday, a month or a relation word."""
    if any(ch.isdigit() for ch in norm):
        return True
    bare = norm[1:] if norm[:1] in ("و", "ف", "ب", "ل") and len(norm) > 3 else norm
    bare = bare[2:] if bare.startswith("ال") else bare
    return norm in _day_words() or bare in _day_words() or bare in _unit_words() or norm in _unit_words()


def _counts(norm: str) -> bool:
    """A figure, in digits or in words: «23», «6ر23», «سبعة» (in «سبعة في المائة»)."""
    return bool(NUMBER.match(norm)) or norm in _number_words()


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    return frozenset(w.norm for row in read_table(LEXICON / "numbers.tsv") for w in words(row.get("word", "")))


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return frozenset(w.norm for row in read_table(LEXICON / "units.tsv") for w in words(row.get("word", "")))


@lru_cache(maxsize=1)
def _feast_names() -> tuple[str, ...]:
    """Feasts (lexicon/feasts.tsv) and Ramadan, normalised: a mention holding one names a recurring occasion."""
    names = {" ".join(w.norm for w in words(row.get("word", ""))) for row in read_table(LEXICON / "feasts.tsv")}
    return tuple(sorted(n for n in names | {"رمضان"} if n))


@lru_cache(maxsize=1)
def _long_unit_words() -> frozenset[str]:
    """Units of a year or longer: سنوات، أعوام، عقود …"""
    return frozenset(w.norm for row in read_table(LEXICON / "units.tsv") if row.get("unit") in ("year", "decade", "century")
                     for w in words(row.get("word", "")))


@lru_cache(maxsize=1)
def _ordinal_words() -> frozenset[str]:
    return frozenset(w.norm for row in read_table(LEXICON / "ordinals.tsv") for w in words(row.get("word", "")))


@lru_cache(maxsize=1)
def _anchor_words() -> frozenset[str]:
    """Words that tie a mention to a known time: المقبل، الماضي، اليوم، أمس …"""
    return frozenset(
        w.norm for name in ("relations.tsv", "relative_days.tsv")
        for row in read_table(LEXICON / name) for w in words(row.get("word", ""))
    )


def _is_day(mention: Mention) -> bool:
    """A clock time or a single day (its grain, or else its span, says so)."""
    if mention.type == "TIME":
        return True
    if mention.grain == "day":
        # «الـ3 سنوات الأخيرة» counted in days is a period, not a day
        return not mention.span or (mention.span[1] - mention.span[0]).days <= 7
    if mention.grain is None and mention.span:
        return mention.span[0] == mention.span[1]
    return False


def _clause_index(body: str, sentence_words: list[Word]) -> list[int]:
    """The clause number of each word (clauses split at commas, colons, semicolons)."""
    breaks = [m.start() for m in CLAUSE_END.finditer(body)]
    result, clause = [], 0
    for word in sentence_words:
        while clause < len(breaks) and breaks[clause] < word.start:
            clause += 1
        result.append(clause)
    return result


def _scope(clause_of: list[int], first: int, last: int) -> tuple[int, int]:
    """Word range of the mention's clause; a mention alone between commas joins the clause before."""
    lo, hi = first, last
    while lo > 0 and clause_of[lo - 1] == clause_of[first]:
        lo -= 1
    while hi + 1 < len(clause_of) and clause_of[hi + 1] == clause_of[last]:
        hi += 1
    if (first - lo) + (hi - last) <= LONE_MENTION_WORDS and lo > 0:
        previous = clause_of[lo - 1]
        while lo > 0 and clause_of[lo - 1] == previous:
            lo -= 1
    return lo, hi


__all__ = ["REASONS", "non_event_reason"]
