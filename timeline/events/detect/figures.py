"""Statistics: a figure, a measure, a ranking or a study for the period: «ارتفع التضخم في 2019 إلى 3%»."""
from __future__ import annotations

from ...tense import looks_future
from .figure_counts import FigureCounts
from .figure_rates import FigureRates
from .reaches import ANNOUNCE_REACH, MEASURE_REACH, NAME_REACH
from .where import _is_day


COUNT_REACH = 4  # words between a count noun and the «لـ» period it is for («عدد القتلى والجرحى لشهر يوليو»)


class Figures(FigureCounts, FigureRates):
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

    def _announced_then(self) -> bool:
        """«أعلنت الولايات المتحدة في بداية العام عن نيتها فرض رسوم بنسبة 25 في المئة»: a statement verb a few words
        before the «في» of the period, no measure word between: the period is when it was said."""
        preposition = self.first if self.glued else self.first - 1
        if preposition < 1 or not self.glued and self.words[preposition].norm != "في":
            return False
        measured = [c.first for c in self._found("measure", "clause", self._in_scope)]
        return any(preposition - c.last <= ANNOUNCE_REACH and not any(c.last < at < self.first for at in measured)
                   for c in self._found("event", "announce", lambda c: c.last < preposition and self._in_scope(c)))

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

    def _study(self) -> bool:
        """«أظهرت دراسة أجرتها المؤسسة العام الماضي أن …»: the period a study or poll covers."""
        # «… عبر إجراء مسح لقزحية العين … نظامها المنتظر إطلاقه هذا الصيف»: a launch between dates the launch
        launches = [c.first for c in self._found("launch", "clause", self._in_scope)]
        framed = [c for c in self._found("study", "clause", self._in_scope)
                  if c.first < self.first and not any(c.last < at < self.first for at in launches)]
        return bool(framed) and not self._found("release", "earlier", self._earlier)

    def _future_figure(self) -> bool:
        """«سيبلغ عدد السكان 10 ملايين نسمة عام 2030»، «ستصل الاستثمارات إلى 5 مليارات دولار في 2020»: a future
        verb and a counted figure in the clause of a period: a forecast or target figure, not a happening."""
        future = any(looks_future(self.words[i].norm) for i in range(self.scope[0], self.first))
        return future and self._figure(self.scope, with_unit=True)


def _open_quote_before(body: str, at: int) -> int:
    """Where the quotation holding offset `at` opens, or -1 when `at` stands outside quotes."""
    depth_plain = body.count('"', 0, at) % 2  # «"» opens and closes alike
    best = body.rfind('"', 0, at) if depth_plain else -1
    for opening, closing in (("«", "»"), ("“", "”")):
        start = body.rfind(opening, 0, at)
        if start > best and body.find(closing, start, at) < 0:
            best = start
    return best
