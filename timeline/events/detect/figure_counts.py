"""Counts for a period: tallies, deeds counted, ranks, a count up to a day or for a quarter."""
from __future__ import annotations

from .figure_words import FigureWords
from .reaches import (
    APPROXIMATELY, FIGURE_CLAUSE_WORDS, LARGE, LEAD_WORDS, MEASURE_REACH, NUMBER, PERCENT, QUARTER_GRAINS,
    RANK_REACH, YEAR,
)
from .tables import _count_words, _datish
from .where import _is_day


RANGE_WORDS = frozenset({"من", "الي", "حتي", "بين", "نفس", "ذات"})  # «(من 13 يوليو إلى 11 أغسطس من نفس العام)»


class FigureCounts(FigureWords):
    """Statistics that count: «زار 374 ألف سائح صيني أبوظبي خلال العام 2017»."""

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

    def _counted_up_to(self) -> bool:
        """«بلغت العائدات السياحية، الى يوم 20 جانفي 2017، حوالي 75،4 م د»، «سجلت 600 حادثة إطلاق نار من بداية
        العام إلى السابع من أكتوبر»: a measure or a counted figure running up to the date, a statistic (not
        «تأخير القضية إلى يوم 5 جويلية»: no figure)."""
        if not self._found("range_end", "before", self._governs):
            return False
        if self._found("event", "after", lambda c: c.first == self.last + 1):
            return False  # «وتعود حيثيات القضية إلى يوم 19 جانفي عندما قدّم أحد الحرفاء … ورقة من فئة 20 دينار»
        return bool(self._found("measure", "clause", self._in_scope)) or self._figure(self.scope, with_unit=True)

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
