"""Statistics: a figure, a measure, a ranking or a study for the period: «ارتفع التضخم في 2019 إلى 3%»."""
from __future__ import annotations

from typing import Callable

from ...tense import looks_future
from .reaches import (
    ANNOUNCE_REACH, APPROXIMATELY, FIGURE_CLAUSE_WORDS, LARGE, LEAD_MEASURE_REACH, LEAD_WORDS, MEASURE_REACH, NUMBER,
    NAME_REACH, OPEN_QUOTES, PERCENT, PERIOD_OF_MEASURE_REACH, QUARTER_GRAINS, QUOTES, RANK_REACH, RELATIVE_OPENINGS, RESTATING,
    ASIDE_HAPPENING_EDGES, QUARTER_DAYS, THAT, YEAR_DAYS,
    TIME_PREPOSITIONS, TREND_NOUN_REACH, YEAR,
)
from .tables import _count_words, _counts, _datish, _number_words, _ordinal_words, _unit_words
from .where import Cue, Where, _is_day


RANGE_WORDS = frozenset({"من", "الي", "حتي", "بين", "نفس", "ذات"})  # «(من 13 يوليو إلى 11 أغسطس من نفس العام)»
COUNT_REACH = 4  # words between a count noun and the «لـ» period it is for («عدد القتلى والجرحى لشهر يوليو»)


class Figures(Where):
    """Statistics: figures, measures, ranks and studies for a period."""

    def _statistic(self) -> str | None:
        if not _is_day(self.mention) and self._found("statistic", "sum", lambda c: c.last == self.first - 1
                                                      and self._governs(c)):
            return "statistic"  # «نتائج الربع الثاني»، «دروس السنة الماضية»: what a period yielded
        if self._deeds_counted():
            return "statistic"
        if self._counted_up_to() or self._period_a_report_is_for() or self._figure_continued() or self._course() \
                or self._comparison_base() or self._steady_measure() or self._result_reached() \
                or self._bracketed_after_a_count() or self._measured_around_an_aside() or self._subject_reaching_a_rate():
            return "statistic"
        compared = self._found("statistic", "clause", self._in_scope) + self._compared_next()
        expected = self._found("statistic", "expected", self._in_scope)
        compared += [c for c in expected if c.last < self.first] if _is_day(self.mention) else expected
        if not _is_day(self.mention):
            compared += [c for c in self._found("statistic", "record", self._in_scope) if not self._since_between(c)]
        told = self._found("event", "earlier",
                           lambda c: c.last < self.first and self.clause_of[c.last] >= self.clause_of[self.first] - 1)
        if _is_day(self.mention) and told:
            # «وجاء في الدراسة التي نشرتها الصحيفة، الخميس، أن … مقارنة بالمعدل»: the day it was told
            compared = [c for c in compared if c.last < self.first]
        if compared or self._found("statistic", "before", self._governs):
            return "statistic"
        percent = self._percent()
        # «ارتفع عدد متابعيه بمعدل ثلاثة أضعاف منذ انتخابه رئيسا في أيار/مايو 2017»: a «منذ» between the measure and
        # the mention starts the measured stretch; the mention dates the happening that opened it (not «أدنى مستوى
        # منذ الـ 5 من يونيو»: nothing but the article between, the mention is the boundary)
        since = [c.last for c in self._found("boundary", "before", lambda c: self.first - c.last > 2)]
        measures = [c for c in self._found("measure", "clause", self._in_scope)
                    if min(abs(c.last - self.first), abs(c.first - self.last)) <= MEASURE_REACH
                    and not any(c.last < at < self.first for at in since)]
        if _is_day(self.mention):
            # a day is the time of a statement unless its clause reports a figure; a statement verb right after the
            # day is said then too («والثلاثاء قالت "هواوي" إنها حققت مبيعات أعلى بنسبة 15 بالمئة»), and a figure
            # before a start verb belongs to another predicate («وتصل نسبة الرسوم إلى 25 بالمئة وسيبدأ تطبيقها في 23
            # آب»: the day dates the start)
            spoken = self._found("event", "earlier", self._earlier) \
                or self._found("event", "announce", lambda c: c.first == self.last + 1)
            starts = [c.first for c in self._found("launch", "clause", lambda c: c.last < self.first)]
            measures = [c for c in measures if not any(c.last < at for at in starts)]
            reported = measures and (percent or self._figure(self.scope, with_unit=True))
            return "statistic" if reported and not spoken or self._days_leading_a_rate() else None
        if self._announced_then():
            return None  # the period it was said in, whatever figures it tells
        if percent or self._lone_before_a_rate() or self._ranked() or self._share_next() or self._counted_for_a_quarter() or self._moved_over_a_window():
            return "statistic"
        if self._study() or self._counted_near() or self._forecast_of_a_measure() or self._measured_period() \
                or self._future_figure() or self._figure_before_the_period() or self._tally() \
                or self._count_through_many_happenings() or self._period_witnessed_a_count():
            return "statistic"
        if self._lam_prefixed() and any(c.last < self.first for c in measures):
            return "statistic"  # «مؤشر التطور الاجتماعي العالمي للعام الحالي»: the period a measure is for
        if self._lam_prefixed() and self._found("report", "clause", self._near_before(NAME_REACH)):
            return "statistic"  # «بحسب تقرير بوسطن كونسلتينغ غروب للعام الجاري»: the period a report is for
        if self._lam_prefixed() and self._found("count", "before", self._near_before(COUNT_REACH)):
            return "statistic"  # «رصدت عدد القتلى والجرحى لشهر يوليو الماضي»: the period a count is for
        if self._restated_as_a_rate():
            return "statistic"
        if self._leads_a_measure():
            return "statistic"
        # the figure may open the next clause: «قائمة الارتفاعات خلال الأسبوع، أسهم … بنسبة 13%»
        reach = (self.scope[0], self._next_clause_end())
        return "statistic" if measures and self._figure(reach, with_unit=False) else None

    def _measured_around_an_aside(self) -> bool:
        """«وانخفضت حالات الإصابة، التي شخصت في عيادات الصحة الجنسية بين عامي 2009 و2017، لدى الفتيات … بنسبة 89 في
        المئة»: a period of a year or more in a relative clause set off between the verb of a measure (the clause right
        before it) and the rate that verb reaches (the clause right after it) is the period of that figure, no happening
        (not past a word of another happening's edge in the aside, ASIDE_HAPPENING_EDGES: «بعد»، «منذ»، «قبل» …:
        «الذين جاؤوا بعد افتتاح المتحف عام 2015» dates the opening)."""
        if _is_day(self.mention) or (self.mention.span[1] - self.mention.span[0]).days < YEAR_DAYS:
            return False
        clause = self.clause_of[self.first]
        lo, hi = self.scope
        if self.words[lo].norm not in RELATIVE_OPENINGS or clause == 0:
            return False
        if any(w.norm in ASIDE_HAPPENING_EDGES for w in self.words[lo : self.first]):
            return False
        measured = any(self.clause_of[c.first] == clause - 1 for c in self.cues
                       if c.reason == "measure" and c.where == "clause")
        after = [i for i, _ in enumerate(self.words) if self.clause_of[i] == clause + 1]
        if not measured or not after:
            return False
        end = self.words[after[-1] + 1].start if after[-1] + 1 < len(self.words) else len(self.body)
        return self._rate_in(self.words[after[0]].start, end, lambda c: self.clause_of[c.first] == clause + 1)

    def _subject_reaching_a_rate(self) -> bool:
        """«ولفت المتحدث الى ان السداسية الأولى من سنة 2015 تزامنت مع استعادة … لنسقها، لتبلغ نسبة نمو الواردات، نحو 6ر4
        بالمائة»: a period of a quarter or more told as the subject of its clause (opening it, or right after «أن»), a
        verb of a figure reached later in the sentence and a rate after that verb: the period the figure is for."""
        if _is_day(self.mention) or (self.mention.span[1] - self.mention.span[0]).days < QUARTER_DAYS:
            return False
        lo = self.scope[0]
        # «ان السداسية الأولى … تزامنت»: the period opens its clause or what «أن» says
        opening = self.first == lo or (self.first > lo and self.words[self.first - 1].norm in THAT)
        if not opening:
            return False
        return any(self._rate_in(self.words[cue.last].end, len(self.body), lambda c, cue=cue: c.first > cue.last)
                   for cue in self._found("statistic", "result", lambda c: c.first > self.last))

    def _rate_in(self, start: int, stop: int, counted: Callable[[Cue], bool]) -> bool:
        """A rate between the body's offsets `start` and `stop` («%»), or a percent word after a count at a cue
        `counted` accepts («بنسبة 89 في المئة»)."""
        return bool(PERCENT.search(self.body, start, stop)) or any(
            counted(c) and c.first > 0 and _counts(self.words[c.first - 1].norm)
            for c in self._found("percent", "clause", bool))

    def _result_reached(self) -> bool:
        """«انخفضت الصادرات بنحو 56%، لتصل إلى أقل من نصف مليون طن خلال الفترة بين يناير ومايو 2018»، «ليصل عدد الأجانب
        الذين اعتنقوا الإسلام خلال هذا الشهر الفضيل، بعد اختيار أسماء عربية، إلى ستة»: a verb of a figure reached earlier in
        the clause of a period, a figure after it anywhere in the sentence, is a tally or a level for the period (not a
        day; not past a «بعد» or «منذ», whose happening the mention dates: «لتصل إلى اشتباكات بعد سقوط النظام في 2001»)."""
        if _is_day(self.mention):
            return False
        edges = [c.first for c in self.cues if c.reason in ("boundary", "around")]
        for cue in self._found("statistic", "result", self._earlier):
            if any(cue.last < at < self.first for at in edges):
                continue
            if self._figure((cue.last + 1, len(self.words) - 1), with_unit=False) or any(
                    self.words[i].norm in LARGE for i in range(cue.last + 1, len(self.words))
                    if not self.first <= i <= self.last):
                return True
        return False

    def _lone_before_a_rate(self) -> bool:
        """«كما شهد نشاط النقل الجوي، مع موفى شهر فيفري 2017، عودة لحركة المسافرين بنسبة 1ر15 بالمائة»: a period alone
        between commas splits one predicate; a rate in the clause right after it is the period's figure (a period only:
        «قال الوزير، الأحد، إن النمو بلغ 3%» dates the statement)."""
        own = self.clause_of[self.first]
        if self.scope[0] == self._clause_start(self.first) or self.scope[1] + 1 >= len(self.words):
            return False  # the mention's clause did not borrow the one before: not alone
        if self.clause_of[self.scope[1] + 1] != own + 1:
            return False
        # the clause before tells a measure («سجلت الصادرات»، «شهد نشاط النقل»), not a decision («وقررت الحكومة، في يونيو
        # الماضي، زيادة أسعار الوقود بنسبة 50%» dates the decision)
        borrowed = range(self.scope[0], self._clause_start(self.first))
        if not any(c.first in borrowed for c in self.cues if c.reason in ("measure", "witness")):
            return False
        lo, hi = self.scope[1] + 1, self._next_clause_end()
        stop = self.words[hi + 1].start if hi + 1 < len(self.words) else len(self.body)
        return self._rate_in(self.words[lo].start, stop, lambda c: lo <= c.first <= hi)

    def _bracketed_after_a_count(self) -> bool:
        """«تلقي أكثر من 72 ألف طلب تنفيذ، (من 13 يوليو 2018 إلى 11 أغسطس من نفس العام)، بزيادة نسبتها 32%»: a range
        in brackets of time words alone, after a count of thousands or a rate in its sentence, is the period of that figure."""
        opening = self.body.rfind("(", 0, self.m_start)
        if opening < 0 or ")" in self.body[opening : self.m_start]:
            return False
        closing = self.body.find(")", self.m_start)
        inside = [w for w in self.words if opening < w.start and (closing < 0 or w.end <= closing)]
        if closing < 0 or not all(_datish(w.norm) or w.norm in RANGE_WORDS for w in inside):
            return False
        if not any(w.norm in ("الي", "حتي", "بين") for w in inside):
            return False  # «بعدها بثلاثة أشهر (15 افريل) أهدت …»: one day restated, not a period counted through
        before = [i for i, w in enumerate(self.words) if w.end <= opening]
        counted = any(NUMBER.match(self.words[i].norm) and self._next_norm(i) in LARGE for i in before)
        return counted or bool(PERCENT.search(self.body, 0, opening))

    def _comparison_base(self) -> bool:
        """«ليبلغ 8ر7043 م د موفى جويلية 2015، مقابل 1ر7687 م د، نهاية جويلية 2014»، «لتصل إلى 97 سفينة عام 2023، بدلا من
        49 سفينة عام 2014»: a clause opening with «مقابل» or «بدلا من» and a figure before the period compares that
        period's figure, the basis of a statistic."""
        lo = self.scope[0]
        if lo == self.first and lo > 0:
            # «مقابل 9ر67 بالمائة، موفى شهر جويلية 2014 وبحساب القطاعات …»: the period opens the clause after the figure
            lo = self._clause_start(lo - 1)
        opening = self._found("statistic", "base", lambda c: c.first == lo and c.last < self.first)
        return any(self._counts_between(c.last + 1, self.first) for c in opening)

    def _steady_measure(self) -> bool:
        """«لاحظ الموفد استقرار أسعار المواد الغذائية في اليوم 17 من شهر رمضان»: a measure told as steady, right before
        the «في» of the day or the period (its complement between), is a state of prices, no happening (a move is one)."""
        preposition = self.first if self.glued else self.first - 1
        if preposition < 1 or not self.glued and self.words[preposition].norm not in ("في", "خلال"):
            return False
        measures = {c.first for c in self._found("measure", "clause", bool)}
        return any(c.last + 1 in measures and preposition - c.last <= PERIOD_OF_MEASURE_REACH
                   for c in self._found("statistic", "steady", lambda c: c.last < preposition and self._in_scope(c)))

    def _course(self) -> bool:
        """«بعدما بدأ العام 2018 بشكل إيجابي»، «بدأ الربع الثاني على أسس أضعف»: a period a start or end verb governs,
        the manner it went right after it, is the period's trend (its subject or its object), not a happening then;
        a day is («بدأ اليوم تنفيذ المرحلة الأولى»), and so is a period with no manner («أن تبدأ هذا الخريف»)."""
        if _is_day(self.mention) or not self._found("course", "before", self._governs):
            return False
        after = self.last + 1
        same_clause = self.clause_of[self.last]
        if self._found("course", "after", lambda c: c.first == after and self.clause_of[c.first] == same_clause):
            return True
        if after < len(self.words) and self.words[after].norm == "علي":
            after += 1  # «على ارتفاع»، «على مكاسب»
        return any(c.first == after and self.clause_of[c.first] == same_clause
                   for c in self.cues if c.reason == "measure" and c.where in ("clause", "noun"))

    def _days_leading_a_rate(self) -> bool:
        """«وخلال الأسبوع الممتد من 8 إلى 14 مارس، تراجعت الاحتياطيات بنسبة 1,2 في المائة»: a run of days opening the
        sentence in time words alone dates the change of a measure told with a rate in the next clause (not one day:
        the event gold counts a day's move of a market, «وفي يوم الجمعة، ارتفع الدولار 1%»)."""
        span = self.mention.span
        lo, hi = self.scope
        if not span or span[0] == span[1] or lo != 0 or hi + 1 >= len(self.words) \
                or self._plain_words(lo, hi) > LEAD_WORDS:
            return False
        end = self._next_clause_end()
        stop = self.words[end + 1].start if end + 1 < len(self.words) else len(self.body)
        # the measure opens the next clause («تراجعت الاحتياطيات»), not an object later («زار … وافتتح مشاريع بنسبة إنجاز …»)
        measured = self._found("measure", "clause", lambda c: hi < c.first < hi + 1 + LEAD_MEASURE_REACH and c.last <= end)
        rated = self._rate_in(self.words[hi + 1].start, stop, lambda c: hi < c.first <= end)
        return bool(measured and rated)

    def _announced_then(self) -> bool:
        """«أعلنت الولايات المتحدة في بداية العام عن نيتها فرض رسوم بنسبة 25 في المئة»: a statement verb a few words
        before the «في» of the period, no measure word between: the period is when it was said."""
        preposition = self.first if self.glued else self.first - 1
        if preposition < 1 or not self.glued and self.words[preposition].norm != "في":
            return False
        measured = [c.first for c in self._found("measure", "clause", self._in_scope)]
        return any(preposition - c.last <= ANNOUNCE_REACH and not any(c.last < at < self.first for at in measured)
                   for c in self._found("event", "announce", lambda c: c.last < preposition and self._in_scope(c)))

    def _share_next(self) -> bool:
        """«وخلال الربع الثاني من العام الجاري (من أبريل إلى يونيو)، نجحت الشركة في الاستحواذ على 15 بالمئة من سوق
        الهواتف»: a clause of time words alone opening the sentence dates the share of a whole told in the next clause
        (a rate right before «من سوق»، «من إجمالي»); a rate in the mention's own clause is caught by _percent."""
        lo, hi = self.scope
        if lo != 0 or hi + 1 >= len(self.words) or self._plain_words(lo, hi) > LEAD_WORDS:
            return False
        end = self._next_clause_end()
        return any(self._rate_before(c.first) for c in self._found("share", "after", lambda c: hi < c.first <= end))

    def _counted_for_a_quarter(self) -> bool:
        """«باعت الشركة 12 مليون هاتف في الربع الثالث»، «وفي الربع الثاني، باعت سامسونغ 70 مليون جهاز»: a count of
        thousands or more for a quarter or a half of a year is a result for that period, as companies report it (in the
        clause, or in the next one when the period leads the sentence in time words alone)."""
        if self.mention.grain not in QUARTER_GRAINS:
            return False
        lo, hi = self.scope
        if lo == 0 and hi + 1 < len(self.words) and self._plain_words(lo, hi) <= LEAD_WORDS:
            hi = self._next_clause_end()
        return any(not self.first <= i <= self.last and NUMBER.match(self.words[i].norm)
                   and not YEAR.match(self.words[i].norm) and self._next_norm(i) in LARGE for i in range(lo, hi + 1))

    def _plain_words(self, lo: int, hi: int) -> int:
        """Words of `lo`..`hi` outside brackets that are neither the mention's nor time words nor a preposition of time
        («وخلال الربع الثاني من العام الجاري (من أبريل إلى يونيو)» has none besides the mention's)."""
        return sum(word.norm not in TIME_PREPOSITIONS for word in self._unbracketed(lo, hi)
                   if not _datish(word.norm) and word.norm not in _ordinal_words())

    def _rate_before(self, at: int) -> bool:
        """A rate ends right before word `at`: «15%»، «15 بالمئة»، «15 في المائة»."""
        if at < 1:
            return False
        if any(c.last == at - 1 and c.first > 0 and _counts(self.words[c.first - 1].norm)
               for c in self._found("percent", "clause", bool)):
            return True
        return bool(PERCENT.search(self.body, self.words[at - 1].start, self.words[at].start))

    def _since_between(self, cue) -> bool:
        """«في أعلى حصيلة … منذ اندلاع الحرب عام 2001»: a «منذ» between the cue and the mention opens another happening,
        which the mention dates."""
        lo, hi = sorted((cue.last, self.first))
        return any(lo < c.first < hi for c in self._found("boundary", "before", bool))

    def _restated_as_a_rate(self) -> bool:
        """«مقابل 66 مؤسسة خلال شهر أكتوبر الماضي، أي بنسبة انخفاض تقدر 21 بالمائة»، «مقابل 2094 مليون دينار خلال السنة
        الحالية، أي بتراجع قدره 3.8 بالمائة»: «أي» right after the period restates a figure for it as a rate or a change."""
        at = self.last + 1
        if at + 1 >= len(self.words) or self.words[at].norm not in RESTATING:
            return False
        end = self._next_clause_end()
        return bool(self._found("measure", "clause", lambda c: at < c.first <= at + 2)) and (
            bool(PERCENT.search(self.body, self.words[at].start, self.words[end].end))
            or any(at < c.first <= end for c in self._found("percent", "clause", bool)))

    def _compared_next(self) -> list:
        """«ليبلغ سعر صرف الدولار 81 ألف ريال في السوق السوداء، يوم الأربعاء، مقارنة بحوالي 43 ألف ريال»: a comparison
        opening the clause right after the mention's compares the figure of its time."""
        at = self.scope[1] + 1
        return self._found("statistic", "clause", lambda c: c.first == at) if at < len(self.words) else []

    def _tally(self) -> bool:
        """«وخلال العام 2017، زار 374 ألف سائح صيني أبوظبي»، «مرور الرياض يرصد 8 آلاف مخالفة خلال الشهر»، «تفاقم عدد
        جرائم القتل خلال العام الماضي إلى 500 ألف جريمة»: a count through a window («خلال»، «طوال») tallies many
        happenings, none of them at that time: a count of doers or deeds right after the clause's verb, or one with a
        measure word (not one actor's deed through the window, «جمع حوالي 250 ألف عملة ذهبية خلال عشرة أشهر»; not a
        value, «وقعت خلال الشهر الماضي صفقة بقيمة 2 مليار دولار»; not «في»: «قتل 226 ألف شخص في زلزال 2004»)."""
        if not self._found("window", "before", self._governs):
            return False
        lo, hi = self.scope
        own = hi  # counts after it, in the next clause, are only totals with a measure word
        if self._outside_brackets(lo, hi) <= LEAD_WORDS and hi + 1 < len(self.words):
            lo = own = hi + 1  # «وخلال العام 2017، زار 374 ألف سائح …»: the clause after it
            own = hi = self._next_clause_end()
        if self.last == hi and hi + 1 < len(self.words):
            # «وذكر التقرير أنه خلال النصف الثاني من 2017، تم إيقاف ما مجموعه 274460 حسابا»
            hi = self._next_clause_end()
        measured = self._found("measure", "clause", lambda c: lo <= c.first and c.last <= hi)
        values = {c.last for c in self._found("value", "before", bool)}
        for i in range(lo, hi + 1):
            norm = self.words[i].norm
            if self.first <= i <= self.last or not NUMBER.match(norm) or i - 1 in values:
                continue
            approx = [c for c in self._found("approx", "clause", lambda c: c.last == i - 1)]
            if YEAR.match(norm) and self._next_norm(i) not in LARGE:
                continue
            if measured and any(c.last == i - 1 for c in measured):
                return True  # «ما مجموعه 274460 حسابا»: a total
            # the count's first word right after the clause's verb (its first word, a «و» or «ف» on it): «تعرضت 52
            # مؤسسة خلال شهر نوفمبر إلى صعوبات»، «زار 374 ألف سائح»
            if i <= own and (approx[0].first if approx else i) - 1 == self._clause_start(i):
                return True
            if measured and (self._next_norm(i) in LARGE or approx):
                return True
        return False

    def _moved_over_a_window(self) -> bool:
        """«وقد محى الدولار خلال الأسبوعين الماضيين كل خسائره»، «ارتفعت أسعار النفط خلال الأيام الماضية»: a market or
        a measure moving through the last days or weeks, told with no date of its own, is a trend over that window,
        no happening then (the window governed by «خلال»، «طوال», a measure word in its clause)."""
        if self.mention.value != "PAST_REF" or not self._found("window", "before", self._governs):
            return False
        return bool(self._found("measure", "clause", self._in_scope) or self._found("measure", "noun", self._in_scope))

    def _count_through_many_happenings(self) -> bool:
        """«حوالي 2300 مدني سقطوا بين قتيل وجريح في عمليات انتحارية وهجمات في أفغانستان عام 2017»: a count before a
        plural of happenings («هجمات»، «غارات»، «حوادث») dated by a period tallies many happenings, none of them then
        (not «قتل 226 ألف شخص في زلزال 2004»: one quake; a day is a day's attacks, «هجمات متزامنة يوم الأحد»)."""
        plural = self._found("many", "clause", lambda c: c.last < self.first and self._in_scope(c))
        if not plural:
            return False
        return self._counts_between(self.scope[0], plural[0].first)

    def _period_witnessed_a_count(self) -> bool:
        """«وشهد شهر رمضان رفض 103 إرساليات»، «شهدت سنة 2016 تجديد 8 عقود»: a period that «witnessed» a count of
        deeds tallies them (not «يشهد الأسبوع المقبل مباريات قوية»: no count, the happenings of that week)."""
        if not self._found("witness", "before", self._governs):
            return False
        return self._counts_between(self.last + 1, self.scope[1] + 1)

    def _deeds_counted(self) -> bool:
        """«تحرير 222 مخالفة اقتصادية خلال شهر …»، «نفذت فرق المراقبة خلال الأيام الخمسة الأولى من شهر رمضان 831 زيارة»،
        «نابل: 788 مخالفة اقتصادية خلال شهر رمضان»: a number of inspections, offences or patrols in the clause of a
        period longer than a week (or the clause after it) tallies the period's deeds; a day's raid stays a happening."""
        if _is_day(self.mention):
            return False  # nor a few days' campaign («خلال الأيام الخمسة الأولى من شهر رمضان 831 زيارة»: readers count it)
        lo, hi = self.scope[0], self._next_clause_end()
        return any(c.first > lo and self._counts_at(c.first - 1)
                   for c in self._found("tally", "counted", lambda c: lo <= c.first <= hi))

    def _counts_at(self, at: int) -> bool:
        """A count at word `at`: a number other than a year («222»، «ب118»، «(8837)»), or thousands («8 آلاف»)."""
        norm = self.words[at].norm
        if norm in LARGE and at > 0:
            norm = self.words[at - 1].norm
        digits = "".join(ch for ch in norm if ch.isdigit())
        return bool(digits) and norm.lstrip("بل(").rstrip(")").isdigit() and not YEAR.match(digits)

    def _counts_between(self, lo: int, hi: int) -> bool:
        """Is a number other than a year among the words lo..hi-1?"""
        return any(NUMBER.match(w.norm) and not YEAR.match(w.norm) for w in self.words[lo:hi])

    def _clause_start(self, at: int) -> int:
        while at > 0 and self.clause_of[at - 1] == self.clause_of[at]:
            at -= 1
        return at

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
        return sum(1 for _ in self._unbracketed(lo, hi))

    def _unbracketed(self, lo: int, hi: int):
        """The words of `lo`..`hi` outside brackets and outside the mention."""
        depth, at = 0, 0
        for i in range(lo, hi + 1):
            word = self.words[i]
            between = self.body[at : word.start]
            depth = max(0, depth + between.count("(") - between.count(")"))
            at = word.end
            if depth == 0 and not self.first <= i <= self.last:
                yield word

    def _figure_continued(self) -> bool:
        """«وسجلت خمس حالات عام 2007، وست حالات في 2008، وثلاث حالات في 2009»، «فقد بلغت عائدات الفيلم، وهو الجزء
        الثامن في السلسلة، نحو 532.5 مليون دولار في عطلة عيد الفصح»: a short clause opening with a figure, no verb of its
        own, goes on with a measure told earlier in the sentence: the period of that figure."""
        lo, hi = self.scope
        others = [i for i in range(lo, hi + 1) if not self.first <= i <= self.last and not self.words[i].norm.isdigit()]
        if lo == 0 or len(others) > FIGURE_CLAUSE_WORDS:  # digits aside: «532.5» is two words
            return False
        opening = lo + 1 if self.words[lo].norm in APPROXIMATELY else lo
        norm = self.words[opening].norm
        bare = norm[1:] if norm.startswith("و") and len(norm) > 2 else norm
        if opening >= self.first or not (NUMBER.match(bare) or bare in _count_words()):
            return False
        return bool(self._found("measure", "clause", lambda c: c.last < lo))

    def _period_a_report_is_for(self) -> bool:
        """«وفق ما أبرزه التقرير الشهري للوضع الطاقي بتونس والخاص بشهر أفريل من سنة 2017»: the period a report is for,
        the period of its figures (not «الدورة الثالثة الخاصة بسنة 2017»: an edition held that year)."""
        before = self.first - 1
        if not self.glued and before >= 0 and self.words[before].norm in ("ب", "ل"):
            before -= 1  # «الخاص ب شهر أفريل»: the particle written apart
        if any(self._found("report", "clause", lambda r: self._in_scope(r) and r.last < c.first)
               for c in self._found("statistic", "for", lambda c: c.last == before)):
            return True
        return self._in_a_report_title()

    def _in_a_report_title(self) -> bool:
        """«وفق تقرير صادر عن الوزارة حول "الوضع الاجتماعي بالبلاد خلال شهر نوفمبر 2016"»: a period in the quoted title
        of a report, opened right after «حول», is the period the report is about."""
        opening = _open_quote_before(self.body, self.m_start)
        if opening < 0:
            return False
        inside = [i for i, w in enumerate(self.words) if opening < w.start < self.m_start]
        at = (inside[0] if inside else self.first) - 1
        return at >= 1 and bool(self._found("statistic", "about", lambda c: c.last == at)) \
            and bool(self._found("report", "clause", lambda r: r.last < at))

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
        if self._found("measure", "clause", lambda c: c.last == self.first - 1 and not self.glued):
            return True
        # «وأظهرت قفزة في إنفاق المستهلكين خلال شهر رمضان»، «بتراجع أكبر في العجز التجاري في نهاية السنة الحالية»: a
        # measure noun, its complement, then «في» or «خلال» and the period
        preposition = self.first - 1 if not self.glued else self.first
        if preposition < 1 or self.words[preposition].norm not in ("في", "خلال") and not self.glued:
            return False
        if self.words[self.scope[0]].norm in RELATIVE_OPENINGS:
            return False  # «…سيطرت على محطتين، والتي تشكل مصدر غالبية صادرات ليبيا في شهر يونيو 2018»: the main verb's date
        # «يشير إلى تراجع حاد في الأجور الحقيقية بمصر خلال العام الماضي»: a trend's noun reaches over a longer complement
        return any(c.last < preposition and preposition - c.last <= reach and not self._verb_between(c.last, preposition)
                   for where, reach in (("noun", PERIOD_OF_MEASURE_REACH), ("trend", TREND_NOUN_REACH))
                   for c in self._found("measure", where, self._in_scope))

    def _figure_before_the_period(self) -> bool:
        """«ارتفعت القراءة … إلى 57.6 في فبراير شباط من 59.0 في يناير»، «نما قطاع الخدمات بأبطأ وتيرة في 19 شهراً في أبريل»:
        a figure, or a count of months or years, right before the «في» of the period, a measure in the clause: the
        period of that figure (a year is no figure: «1958 و1962»)."""
        preposition = self.first if self.glued else self.first - 1
        if preposition < 1 or not self.glued and self.words[preposition].norm not in ("في", "خلال"):
            return False
        before = self.words[preposition - 1].norm
        counted = before in _unit_words() and preposition >= 2 and _counts(self.words[preposition - 2].norm)
        figure = NUMBER.match(before) and not YEAR.match(before)
        return bool(figure or counted) and bool(self._found("measure", "clause", self._in_scope))

    def _verb_between(self, lo: int, hi: int) -> bool:
        """A cue of a told happening between words `lo` and `hi`: the period dates that verb, not the measure."""
        return bool(self._found("event", "earlier", lambda c: lo < c.first < hi))

    def _future_figure(self) -> bool:
        """«سيبلغ عدد السكان 10 ملايين نسمة عام 2030»، «ستصل الاستثمارات إلى 5 مليارات دولار في 2020»: a future
        verb and a counted figure in the clause of a period: a forecast or target figure, not a happening."""
        future = any(looks_future(self.words[i].norm) for i in range(self.scope[0], self.first))
        return future and self._figure(self.scope, with_unit=True)

    def _study(self) -> bool:
        """«أظهرت دراسة أجرتها المؤسسة العام الماضي أن …»: the period a study or poll covers."""
        # «… عبر إجراء مسح لقزحية العين … نظامها المنتظر إطلاقه هذا الصيف»: a launch between dates the launch
        launches = [c.first for c in self._found("launch", "clause", self._in_scope)]
        framed = [c for c in self._found("study", "clause", self._in_scope)
                  if c.first < self.first and not any(c.last < at < self.first for at in launches)]
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
        """«من المتوقع أن يرفع البنك سعر الفائدة خلال العام الحالي»: a forecast for a period; «يتوقع وصول نحو مئة ألف
        سائح للمدينة في نهاية الأسبوع»: an expected count of thousands for it."""
        expected = [c for c in self._found("expect", "earlier", self._earlier) if self._then_that(c)]
        if any(e.last < m.first and m.last < self.first
               for e in expected for m in self._found("measure", "clause", self._in_scope)):
            return True
        expecting = [c for c in self._found("expect", "earlier", self._earlier) if c.first > 0 or self._then_that(c)]
        return any(e.last < a.first and a.last < self.first and self._thousands_at(a.last + 1, in_words=True)
                   for e in expecting for a in self._found("approx", "clause", self._in_scope))


def _open_quote_before(body: str, at: int) -> int:
    """Where the quotation holding offset `at` opens, or -1 when `at` stands outside quotes."""
    depth_plain = body.count('"', 0, at) % 2  # «"» opens and closes alike
    best = body.rfind('"', 0, at) if depth_plain else -1
    for opening, closing in (("«", "»"), ("“", "”")):
        start = body.rfind(opening, 0, at)
        if start > best and body.find(closing, start, at) < 0:
            best = start
    return best
