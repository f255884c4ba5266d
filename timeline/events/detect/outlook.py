"""What did not or may not happen: negations, conditions, possibilities, forecasts and plans."""
from __future__ import annotations

from ...tense import looks_future
from .reaches import (
    ALTERNATIVE_REACH, CALLED_OFF_REACH, FEAST_TIME_WORDS, FIRST_PERSON_FORECASTS, FUTURE_RELATIONS, INTEND_BREAKS, INTEND_REACH,
    MODAL_PERIOD_REACH, MODAL_REACH, NEGATED_PASSIVE_REACH,
    NEGATION_REACH, PASSING_REACH, TIME_NOUNS,
    PAST_BE, TERM_MIN_DAYS, TREND_REACH, DENIAL_BREAKS, DENIED_OPENINGS, THAT,
)
from .tables import _datish
from .where import Where, _is_day


class Outlook(Where):
    """Negations, conditions, possibilities, forecasts and plans."""

    def _negated_or_hypothetical(self) -> str | None:
        cancels = [c.last for c in self._found("event", "earlier", self._earlier)]
        # a possibility reaches further over a period than over a day: «يمكن أن يكلف الاقتصاد العالمي ما يصل إلى 16
        # تريليون دولار بين عامي 2010 و2030» (not past another happening: «قد تؤمن … منذ رحيل فيرجوسون عام 2013»)
        reach = MODAL_REACH if _is_day(self.mention) else MODAL_PERIOD_REACH
        framing = [c for c in self._found("modal", "earlier", self._near_before(reach)) if self._framed_from(c)]
        framing += [c for c in self._found("modal", "verb", self._near_before(reach - 1))
                    if self._may_verb(c.last + 1) and self._framed_from(c)]
        for cue in framing:
            if not any(cue.last < at < self.first for at in cancels):
                return "hypothetical"  # «العرض يمكن أن يتم في الرابع من يوليو»
        # «وهل يؤهله أداؤه للتنافس على الجائزة في 2018؟»: a question about what may happen (a bare «اليوم» in one is
        # nowadays, _generic's; a relative clause tells a happening of its own: «هل سيكون اللاعب جاهزا لكأس العالم التي
        # تنطلق في 14 يونيو»)
        if not self._bare_today() and any(
                not any(cue.last < at < self.first for at in cancels)
                and not {w.norm for w in self.words[cue.last + 1 : self.first]} & INTEND_BREAKS
                for cue in self._found("hypothetical", "question", self._earlier)):
            return "hypothetical"
        # «موضحا أنه لن يتم بحث مسالة توسيع الاتحاد الخميس»: the denied «يتم» governs its verbal noun's phrase
        if any(not any(cue.last < at < self.first for at in cancels)
               for cue in self._found("negated", "passive", self._near_before(NEGATED_PASSIVE_REACH))):
            return "negated"
        if self._passed_without() or self._denied() or self._thing_called_off():
            return "negated"
        if not _is_day(self.mention) and self._found("negated", "halted", self._near_before(NEGATION_REACH)):
            return "negated"  # «فيما توقفت دورة المتدربين هذا العام»: a recurring edition not held then
        for reason in ("hypothetical", "negated"):
            for cue in self._found(reason, "earlier", self._earlier):
                near = reason == "hypothetical" or self.first - cue.last <= NEGATION_REACH
                # «إذا حدث في ذروة التسوق يوم السبت»: a happening verb right after «إذا» is the condition's own
                own = cue.last + 1 if reason == "hypothetical" else -1
                if near and not any(cue.last < at < self.first and at != own for at in cancels):
                    return reason
        return None

    def _thing_called_off(self) -> bool:
        """«ألغت الجمعية احتفالاتها السنوية الخاصة بعيد الفطر»، «ألغت الوزارة الامتحانات الخاصة بشهر يونيو»: a calling-off verb
        earlier in the clause, and the mention tied to what is called off (a «ب» or «ل» written onto it, or a feast in
        construct, «إلغاء احتفالات عيد الفطر»): the time of what will not be held. A bare time dates the calling off
        itself («ألغت كوريا الشمالية الأسبوع الماضي اجتماعا»، «إلغاء مهرجان كان العام 1968»); a relative pronoun or
        «عندما» between opens another happening («إلغاء الاتفاق الذي أبرم في عام 2015»)."""
        tied = self.glued and self.words[self.first].norm[:1] in ("ب", "ل")
        if not tied and self._bare_feast() and self.first > 0:
            tied = self.words[self.first - 1].norm not in FEAST_TIME_WORDS
        if not tied:
            return False
        # the verb may end the clause before, its subject set off by commas: «ألغت جمعية "علماء الهند" الإسلامية،
        # احتفالاتها السنوية الخاصة بعيد الفطر»
        own = self.clause_of[self.first]
        return any(not {w.norm for w in self.words[c.last + 1 : self.first]} & INTEND_BREAKS
                   for c in self._found("negated", "called_off", lambda c: c.last < self.first
                                        and self.first - c.last <= CALLED_OFF_REACH
                                        and own - 1 <= self.clause_of[c.last] <= own))

    def _denied(self) -> bool:
        """«أعلنت أرامكو، الجمعة، عدم صحة ما يتداول بشأن زيادة أسعار البنزين، السبت»، «نفت الوزارة أن يكون الوزير قد
        استقال الأحد»، «نفى الاتهامات الموجهة له باغتصاب سيدة عام 2009»: a denial, then what it denies opening (a «أن»،
        a «ما»، a claim) before the mention: the mention dates the denied happening, the denial is the event (a mention
        before the denied content dates the denial: «نفت السفارة الأحد صحة الأنباء»; a relative clause, «عندما» or an
        affirming statement verb between turns to another verb: «نفى الأنباء التي نشرتها وسائل إعلام …»)."""
        if self._described_before():
            return False
        claims = {c.first for c in self._found("negated", "claim", bool)}
        affirmed = {c.first for c in self._found("event", "announce", bool)}
        for cue in self._found("negated", "denial", lambda c: c.last < self.first):
            start = cue.last + 1
            if not self._in_scope(cue):
                # «نفى رونالدو، الأربعاء، الاتهامات الموجهة له …»: past a clause of the day the denial was made, what
                # it denies opens the mention's clause
                start = self.scope[0]
                if not self._only_time_clauses(cue.last + 1, start):
                    continue
            openers = [i for i in range(start, self.first)
                       if self.words[i].norm in THAT or self.words[i].norm in DENIED_OPENINGS or i in claims]
            if not openers or openers[0] != start and not self._in_scope(cue):
                continue
            between = range(openers[0], self.first)
            # «لا صحة لما نشر عن …»: the verb of «ما» is the claim's own
            told = range(openers[0] + 2, self.first) if self.words[openers[0]].norm in DENIED_OPENINGS else between
            if not {self.words[i].norm for i in between} & DENIAL_BREAKS and not affirmed & set(told):
                return True
        return False

    def _only_time_clauses(self, lo: int, hi: int) -> bool:
        """Words lo..hi-1 end the denial's clause (any words) and then hold only clauses of time words."""
        first_clause = self.clause_of[lo - 1]
        return all(self.clause_of[i] == first_clause or _datish(self.words[i].norm) for i in range(lo, hi))

    def _described_before(self) -> bool:
        """«أن تكون الأرقام المتداولة يوم أمس … صحيحة»: a participle right before the mention dates what it describes,
        which happened (the figures did circulate)."""
        at = self.first - 1
        norm = self.words[at].norm if at >= 0 and not self.glued else ""
        return norm.startswith("الم") and len(norm) > 5

    def _passed_without(self) -> bool:
        """«تمر أيام الجمعة والسبت والأحد دون إطلاق رصاصة واحدة»، «ومر يوم الأحد بدون حوادث»: days that passed
        without a happening tell its absence (a passing verb near the mention, «دون» after both in the clause)."""
        passing = [c for c in self._found("negated", "passing", self._in_scope) if self._time_passed(c)]
        return any(max(p.last, self.last) < w.first and self._in_scope(w)
                   for p in passing for w in self._found("negated", "without", bool))

    def _time_passed(self, cue) -> bool:
        """The passing verb's subject is the time itself: only time words between them, at most PASSING_REACH
        («تمر أيام الجمعة والسبت والأحد»، «ساعات يوم السبت مرت»; not «مر الموكب يوم السبت»: a procession passed)."""
        if cue.last < self.first:
            between = self.words[cue.last + 1 : self.first]
        elif cue.first > self.last:
            between = self.words[self.last + 1 : cue.first]
        else:
            return False
        return len(between) <= PASSING_REACH and all(_datish(w.norm) or w.norm in TIME_NOUNS for w in between)

    def _framed_from(self, cue) -> bool:
        """No relative pronoun, «عندما» or time preposition between the cue and the mention: those open another
        happening, which the mention dates («الذي أبرم في 2015»، «منذ رحيله عام 2013»)."""
        if self.first - cue.last <= MODAL_REACH:
            return True
        between = range(cue.last + 1, self.first)
        return not {self.words[i].norm for i in between} & INTEND_BREAKS and not any(
            c.first in between for c in self.cues if c.reason in ("boundary", "around"))

    def _may_verb(self, at: int) -> bool:
        """«قد يعقد»، «قد يدفع»: a present verb of the يـ form after «قد», a possibility (a نـ or تـ one may be a past
        verb: «قد ندد»، «قد تفقد»، «قد تمت»), or a تـ one of a shape no past verb has (_present_ta)."""
        norm = self.words[at].norm if at < self.first else ""
        return len(norm) >= 3 and norm[0] == "ي" or _present_ta(norm)

    def _forecast(self) -> str | None:
        """«كل التوقعات تشير إلى أن إطلاقه سيكون في فبراير 2019»: a predicted period, not a happening."""
        if self._alternative_dates() or self._proposed() or self._called_off() or self._plotted() \
                or self._weather_ahead():
            return "hypothetical"
        if _is_day(self.mention):
            return None  # «توقع الوزير الأحد أن …»، «يعتزم الوزير زيارة باريس الأحد»: a day told or planned
        if self._intended():
            return "hypothetical"
        if self._trend_forecast():
            return "statistic"
        if self._outlook():
            return "hypothetical"
        for cue in self._found("forecast", "earlier", self._earlier):
            noun = self.words[cue.first].norm.startswith(("ال", "توقعات", "تكهنات", "ترجيحات", "احتمال"))
            # «وأتوقع عودة نصف مليون منهم خلال الأسابيع الثلاثة المقبلة»: the speaker's own prediction frames its
            # complement as a noun does
            spoken = self.words[cue.first].norm.removeprefix("و") in FIRST_PERSON_FORECASTS
            if noun or spoken or self._then_that(cue):
                return "hypothetical"
        return None

    def _weather_ahead(self) -> bool:
        """«ويستمر هطول الأمطار على محافظتي ظفار والوسطى خلال ال 24 ساعة القادمة»، «تشير التوقعات إلى انحسار موجة
        أمطار الصيف خلال 24 ساعة القادمة»: weather in the clause of a coming window (a word of «next» in the mention)
        is a forecast; rain that fell, told with no coming window, is a happening («هطلت أمطار غزيرة أمس»)."""
        if not any(w.norm in FUTURE_RELATIONS for w in self.words[self.first : self.last + 1]):
            return False
        return bool(self._found("forecast", "weather", lambda c: self._in_scope(c) and not self.first <= c.first <= self.last))

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
            # a past hope dates a happening that was held («كانت تأمل في الحصول على طلبية خلال معرض دبي في نوفمبر»),
            # not the aim it was for («وكان يعتزم العودة بهدف قضاء شهر رمضان مع العائلة»)
            aimed = any(cue.last < c.first < self.first for c in self._found("intend", "purpose", bool)) \
                or any(c.first == cue.first for c in self._found("intend", "resolve", bool))
            past = cue.first > 0 and self.words[cue.first - 1].norm in PAST_BE and not aimed
            # «لا ينوي البقاء في منصبه بعد انتهاء ولايته في فبراير»: a «بعد» or «منذ» between opens another happening
            edged = any(cue.last < c.first < self.first for c in self.cues if c.reason in ("boundary", "around"))
            if not past and not edged and not between & INTEND_BREAKS \
                    and not any(cue.last < at < self.first for at in cancels):
                return True
        return False

    def _plotted(self) -> bool:
        """«يخططون لاستهداف ملكة بريطانيا مطلع الأسبوع المقبل»، «هدفت لتفجير تظاهرات للمعارضة في 30 يونيو»: the time of a
        plotted attack, a day too, is no happening (not past a relative pronoun: «المخطط الذي كشف عنه أمس»)."""
        return any(not {w.norm for w in self.words[c.last + 1 : self.first]} & INTEND_BREAKS
                   for c in self._found("plot", "earlier", self._near_before(INTEND_REACH)))

    def _called_off(self) -> bool:
        """«بعد أن كانت مقررة في نهاية السنة»، «السباق الذي كان مقررا الاثنين … أرجئ»: a past schedule called off or
        moved; for a day, only with a word of calling off or putting off in the sentence («وكان مقررا أن يصل صباح الجمعة،
        لكنه تأخر قليلا ووصل»: late, he came that day)."""
        if not self._found("past_schedule", "earlier", self._earlier):
            return False
        return not _is_day(self.mention) or bool(self._found("cancel", "any", bool))

    def _proposed(self) -> bool:
        """«اقترح حزبه إجراء الانتخابات البلدية يوم 24 ديسمبر القادم»، «دعوا إلى تنظيمها يوم 24 ديسمبر 2017»: the date
        a proposal or a call puts forward is no happening, a day as well as a period (not «اقترحت المفوضية الأوروبية
        اليوم الاثنين حظر المنتجات»، «الذي اقترح الثلاثاء إجراء انتخابات»: the day the proposal was made; so the
        mention must be a coming one, or follow the holding of what is proposed: «إجراء»، «تنظيم»، «عقد»)."""
        coming = any(w.norm in FUTURE_RELATIONS for w in self.words[self.first : self.last + 1])
        for cue in self._found("propose", "earlier", self._near_before(INTEND_REACH)):
            between = {w.norm for w in self.words[cue.last + 1 : self.first]}
            if between & INTEND_BREAKS:
                continue
            if coming or self._found("holding", "clause", lambda c: cue.last < c.first and c.last < self.first):
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

    def _outlook(self) -> bool:
        """«أكد أن اقتصاد البلاد سيدخل بعد نحو شهرين من الآن مرحلة تعاف»: a future verb before a period and a word of
        the economy's state (recovery, slump) in its clause: a prediction of a state, no happening."""
        if not self._found("forecast", "outlook", self._in_scope):
            return False
        return any(looks_future(self.words[i].norm) for i in range(self.scope[0], self.first))

    def _trend_forecast(self) -> bool:
        """«ارتفاع أسعار النفط سيعزز الفوائض على مدى الأشهر الـ18 القادمة»: a measure, then a future
        verb, then a period: what a trend will do, a forecast."""
        measures = [c.last for c in self._found("measure", "clause", self._in_scope) if c.last < self.first]
        if not measures:
            return False
        return any(looks_future(self.words[i].norm) for m in measures
                   for i in range(m + 1, min(m + 1 + TREND_REACH, self.first)))


def _present_ta(norm: str) -> bool:
    """A تـ verb only a present can be: «ترتفع»، «تحتاج» (تـ?تـ, form VIII), «تنسحب»، «تنعكس» (تنـ of five letters,
    form VII), «تستغرق»، «تستمر» (تستـ, form X); past verbs of تـ are تفعّل or تفاعل («تفقد»، «تناولت»، «تمتعت»:
    a past one ending in ت is left out)."""
    if not norm.startswith("ت") or norm.endswith(("ت", "وا")):
        return False
    if norm.startswith("تست") and len(norm) >= 5:
        return True
    if len(norm) >= 5 and norm[2] == "ت":
        return True
    return len(norm) == 5 and norm[1] == "ن" and norm[2] != "ا"
