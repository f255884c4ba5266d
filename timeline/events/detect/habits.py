"""Generic text: habits, «اليوم» meaning nowadays, then against now, opening hours."""
from __future__ import annotations

from ...tense import looks_future
from .reaches import LIST_BULLETS, SEEMING_REACH, TIMETABLE_CLOCKS, INTEND_BREAKS, NOT_KNOWN_FOR, NOWADAYS_REACH, PAST_BE, RELATIVE_PRONOUNS, STATE_THEN_REACH, THEN_REACH, WHEN
from .tables import _anchor_words, _day_words, _long_unit_words
from .where import Where, _is_day


class Habits(Where):
    """Habits, nowadays, then against now, opening hours."""

    def _generic(self) -> str | None:
        if self._found("generic", "judged", lambda c: c.last == self.first - 1 and self._governs(c)):
            return "generic"  # «ويعد هذا الشهر الفرصة الوحيدة لرصده»: the time is the subject judged
        if self._nowadays() or self._authors_today() or self._then_and_now() or self._repeated() or self._custom() \
                or self._known_for() or self._completes_a_month() or self._state_years_ago() or self._weekly_closure() \
                or self._verbless_after() or self._weather_state() or self._timetable():
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

    def _weather_state(self) -> bool:
        """«صبيحة 13 يونيو عام 2018، تبدو درجة حرارة الطقس دافئة في موسكو»: a weather word beside a verb of seeming,
        in the mention's clause (or the clause right after a mention opening the sentence), sets a scene: a state
        described, no happening (rain that falls is one: no seeming verb)."""
        lo, hi = self.scope
        if self.first - lo <= 1 and self.last == hi and hi + 1 < len(self.words):  # «صبيحة 13 يونيو عام 2018،»
            hi = self._next_clause_end()
        seems = self._found("generic", "seems", lambda c: lo <= c.first and c.last <= hi)
        weather = self._found("generic", "weather", lambda c: lo <= c.first and c.last <= hi)
        return any(0 < w.first - s.last <= SEEMING_REACH or 0 < s.first - w.last <= SEEMING_REACH
                   for s in seems for w in weather)

    def _timetable(self) -> bool:
        """«*العرض الأول الساعة 11 صباحا *العرض الثاني على الساعة 15:00 *العرض الثالث على الساعة 17:00»: a clock time
        after a show named with its ordinal, in a bulleted list or among three or more «الساعة», is a timetable's;
        two shows told in prose keep their day's event («ليكون العرض الأول على الساعة 17:00 و الثاني على الساعة
        19:00» after the days of the screening: readers count them with the days); the programme
        keeps its dates («من 28 نوفمبر إلى 1 ديسمبر 2016 عرض أحدث الأفلام»)."""
        if self.mention.type != "TIME":
            return False
        shows = self._found("generic", "showtime", lambda c: c.last < self.first)
        # «*العرض الأول الساعة 11 صباحا»: a list's item (its bullet opens a sentence) naming no day of its own
        listed = [c for c in shows if c.first == 0 or self.body[: self.words[c.first].start].rstrip().endswith(LIST_BULLETS)]
        if listed and not self._on_a_day():
            return True
        return bool(shows) and sum(w.norm.endswith("الساعه") for w in self.words) >= TIMETABLE_CLOCKS

    def _custom(self) -> bool:
        """«تعود المتحدثة عن طباع زوجها خلال شهر رمضان المنصرم»، «وجرت العادة بإقامة الحفل في البلد الفائز للعام
        السابق»: a custom or a temper told for a period is what is usual then, no happening (a day is one: «كما جرت
        العادة سابقا، في 13 يونيو المقبل»; a relative clause tells another verb: «عاداته التي غيرها في 2015»)."""
        if _is_day(self.mention):
            return False
        return any(not {w.norm for w in self.words[c.last + 1 : self.first]} & INTEND_BREAKS
                   for c in self._found("generic", "custom", self._earlier))

    def _known_for(self) -> bool:
        """«ويعرف بيركوف بأداء أدوار الشر … في الثمانينات»، «تشتهر المدينة بصناعة الفخار منذ القرن الماضي»: what someone
        is known for over a period is a trait, no happening then (not «يعرف باسم»: a name; not a day; not past a
        relative pronoun, which tells another verb)."""
        if _is_day(self.mention):
            return False
        for cue in self._found("generic", "known", self._earlier):
            # the subject may stand between the verb and its «بـ» complement: «ويعرف بيركوف بأداء»
            complement = [w.norm for w in self.words[cue.last + 1 : min(cue.last + 3, self.first)]]
            known = [n for n in complement if n.startswith("ب") and len(n) > 3 and n not in NOT_KNOWN_FOR]
            if known and not {w.norm for w in self.words[cue.last + 1 : self.first]} & INTEND_BREAKS:
                return True
        return False

    def _completes_a_month(self) -> bool:
        """«وعليه يكون الأحد المكمل لشهر رمضان»: the day that completes a lunar month, and the month it completes, are
        facts of the calendar told after a moon sighting, not happenings (the feast after them is one)."""
        return bool(self._found("generic", "completes", lambda c: c.first == self.last + 1
                                or c.last < self.first and self.first - c.last <= 2))

    def _state_years_ago(self) -> bool:
        """«قبل ست سنوات كان المستهلك لا يعرف معنى منتج عضوي»، «المجتمع السعودي قبل 40 عاما، أي قبل قيام الثورة، كان
        مجتمعا معتدلا»: years ago set against now, with «كان» telling how things were, is a state then, no happening
        (not «كان قد»: «قبل عامين كان قد أعلن …» tells what was done)."""
        opening = self.words[self.first].norm
        if opening not in ("قبل", "وقبل") or not any(w.norm in _long_unit_words()
                                                    for w in self.words[self.first : self.last + 1]):
            return False
        # across commas: «قبل 40 عاما، أي قبل قيام الثورة، كان مجتمعا معتدلا»
        lo, hi = self.scope[0], len(self.words) - 1
        for at in range(max(lo, self.first - STATE_THEN_REACH), min(hi, self.last + STATE_THEN_REACH) + 1):
            if self.first <= at <= self.last or self.words[at].norm not in PAST_BE:
                continue
            # «كان الوزير قد أعلن»: a pluperfect tells what was done
            following = {w.norm for w in self.words[at + 1 : at + 3]}
            between = {w.norm for w in self.words[min(at, self.last) + 1 : max(at, self.first)]}
            # «قبل 50 عاما، وبالتحديد في مايو 1968 حين كانت الاحتجاجات تجتاح فرنسا»: «حين» opens a happening
            if "قد" not in following and not between & (INTEND_BREAKS | WHEN):
                return True
        return False

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

    def _repeated(self) -> bool:
        """«تكررت في مساجد المنطقة أكثر من مرة خلال الأشهر الستة الماضية»، «شهدت المدينة هجمات متكررة طوال العام
        الماضي»: a happening told as repeated through a window is a run of happenings, none of them at that time (not
        «انقطاع متكرر شهدته المدينة في شهر رمضان»: repeated cuts in Ramadan are told as what happened then; not
        «حاولت الميليشيات عدة مرات استهدافهما، وكانت آخرها قبل أسبوعين»: the last one, in a clause of its own; not
        «دعا مرارا إلى إلغاء الاتفاق الذي أبرم في عام 2015»: a relative clause tells another verb)."""
        if _is_day(self.mention) or not self._found("window", "before", self._governs):
            return False
        return any(not {w.norm for w in self.words[c.last + 1 : self.first]} & INTEND_BREAKS
                   for c in self._found("generic", "repeat", self._earlier))

    def _years_ago(self) -> bool:
        """«بالنظر إلى حال البلاد قبل خمس سنوات»: «قبل» and a count of years or more before the mention, a time
        long past (not after it: «وتلقى الرئيس اليوم اتصالا، قبل عامين من انتهاء ولايته»)."""
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
        # «… أن بنك الزيتونة يعتبر البنك المؤهل أكثر من أي مؤسسة بنكية أخرى للخوصصة اليوم.»: closing its sentence
        # after a state word of its clause, however far, with no statement verb or relative clause between (not
        # «باتت تتخلف … عن اليابان والسنغال اللذين تعادلا 2-2 في وقت سابق اليوم»), «اليوم» is nowadays too
        closing = self.last == len(self.words) - 1 and any(
            not self._found("event", "earlier", lambda e: c.last < e.first < self.first)
            and not any(w.norm in RELATIVE_PRONOUNS for w in self.words[c.last + 1 : self.first])
            for c in self._found("generic", "nowadays", lambda c: c.last < self.first and self._in_scope(c)))
        return bool(near or following or still or closing)

    def _authors_today(self) -> bool:
        """«سأنشر اليوم "فضيحة" قصة قديمة»، «وحين أكتب - اليوم - عن تجربتي»، «سأقول اليوم ما يلي»: a first-person verb
        of writing or telling right beside a bare «اليوم» is the author's own column of today, no happening told."""
        return self._bare_today() and bool(self._found(
            "generic", "author", lambda c: c.last == self.first - 1 or c.first == self.last + 1))

    def _weekly_closure(self) -> bool:
        """«ضربة سوسة الجمعة الماضي التي تزامنت مع إغلاق نهاية الأسبوع للبورصة»: a closure right before a bare weekend
        (no anchor, no digit) is the closure kept every weekend, a standing state, no happening then."""
        mention_words = {w.norm for w in self.words[self.first : self.last + 1]}
        if self.mention.grain != "weekend" and not {"نهايه", "الاسبوع"} <= mention_words:
            return False
        if any(ch.isdigit() for ch in self.mention.text) or mention_words & _anchor_words():
            return False
        return not self.glued and bool(self._found("generic", "standing", lambda c: c.last == self.first - 1))

    def _verbless_after(self) -> bool:
        """«لأقول إنه في العام 2018 الطهاة هم أكثر من مجرد وصفات طبخ»: a period, then a subject and a pronoun of «is»
        in its clause: how things are then, a verbless statement, no happening (not a day)."""
        at = self.last + 2
        if _is_day(self.mention) or at >= len(self.words) or self.clause_of[at] != self.clause_of[self.last]:
            return False
        return bool(self._found("generic", "copula", lambda c: c.first == at))

    def _present_at(self, at: int) -> bool:
        """A present verb: «أنظر»، «تحزن»، «يقول» (not a future سـ one)."""
        if at >= len(self.words):
            return False
        norm = self.words[at].norm
        return norm[:1] in ("ا", "ي", "ت", "ن") and len(norm) >= 3 and not looks_future(norm)

    def _opening_hours(self) -> bool:
        """«من الساعة العاشرة صباحا إلى الثانية بعد الزوال» with no day: hours kept every day."""
        if self.mention.type != "TIME":
            return False
        days = _day_words()
        if any(w.norm in days for w in self.words[self.first : self.last + 1]):
            return False  # «وفي وقت سابق من صباح اليوم»: the time names its day, a happening's
        opens = self._found("range", "before", self._governs)
        closes = self._found("range", "before", self._earlier) and self._found("range_end", "before", self._governs)
        return bool(opens or closes)
