"""Measures and rates for a period: a rate reached, a comparison base, a course, a measured period."""
from __future__ import annotations

from .figure_words import FigureWords
from .reaches import (
    ASIDE_HAPPENING_EDGES, LARGE, LEAD_MEASURE_REACH, LEAD_WORDS, NUMBER, PERCENT, PERIOD_OF_MEASURE_REACH,
    QUARTER_DAYS, RELATIVE_OPENINGS, RESTATING, THAT, TREND_NOUN_REACH, YEAR, YEAR_DAYS,
)
from .tables import _counts, _unit_words
from .where import _is_day


class FigureRates(FigureWords):
    """Statistics that measure: «ارتفع التضخم في 2019 إلى 3%»."""

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

    def _share_next(self) -> bool:
        """«وخلال الربع الثاني من العام الجاري (من أبريل إلى يونيو)، نجحت الشركة في الاستحواذ على 15 بالمئة من سوق
        الهواتف»: a clause of time words alone opening the sentence dates the share of a whole told in the next clause
        (a rate right before «من سوق»، «من إجمالي»); a rate in the mention's own clause is caught by _percent."""
        lo, hi = self.scope
        if lo != 0 or hi + 1 >= len(self.words) or self._plain_words(lo, hi) > LEAD_WORDS:
            return False
        end = self._next_clause_end()
        return any(self._rate_before(c.first) for c in self._found("share", "after", lambda c: hi < c.first <= end))

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

    def _moved_over_a_window(self) -> bool:
        """«وقد محى الدولار خلال الأسبوعين الماضيين كل خسائره»، «ارتفعت أسعار النفط خلال الأيام الماضية»: a market or
        a measure moving through the last days or weeks, told with no date of its own, is a trend over that window,
        no happening then (the window governed by «خلال»، «طوال», a measure word in its clause)."""
        if self.mention.value != "PAST_REF" or not self._found("window", "before", self._governs):
            return False
        return bool(self._found("measure", "clause", self._in_scope) or self._found("measure", "noun", self._in_scope))

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

    def _compared_next(self) -> list:
        """«ليبلغ سعر صرف الدولار 81 ألف ريال في السوق السوداء، يوم الأربعاء، مقارنة بحوالي 43 ألف ريال»: a comparison
        opening the clause right after the mention's compares the figure of its time."""
        at = self.scope[1] + 1
        return self._found("statistic", "clause", lambda c: c.first == at) if at < len(self.words) else []

    def _since_between(self, cue) -> bool:
        """«في أعلى حصيلة … منذ اندلاع الحرب عام 2001»: a «منذ» between the cue and the mention opens another happening,
        which the mention dates."""
        lo, hi = sorted((cue.last, self.first))
        return any(lo < c.first < hi for c in self._found("boundary", "before", bool))
