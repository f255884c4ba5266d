"""Dates used as names, edges of periods, datelines and windows: «كأس القارات 2017»، «منذ 2011»، «بعد 1998»."""
from __future__ import annotations

import re

from ...terms import words
from .reaches import (
    BARE_YEAR, BORN_REACH, FOR_THE_FEAST, FOR_THE_OCCASION, PREPARED_REACH, INTEND_BREAKS, COPULAS, DATELINE_MAX_WORDS, DEADLINE_REACH, FUTURE_WINDOW_DAYS, LEGAL_REACH, LIST_REACH, NAMED_YEAR_REACH,
    CONTRACT_REACH, NAME_REACH, OPEN_QUOTES, PAST_WINDOW_DAYS, QUOTES, RESTATED_REACH, RESTATING, SAME_DAY, COINCIDING, SLASHED_YEAR_BEFORE,
    STATE_REACH, COVERS_REACH, COVERS_BREAKS,
)
from .tables import _anchor_words, _day_words, _matcher
from .where import Where, _is_day

YEAR_IN = re.compile(r"\d{4}")
HOSTED_REACH = 3  # «ملف الأولمبياد الشتوي في 2002»: the tournament's word, adjectives, «في», then the year
WIRE_ZONE = re.compile(r"\s*ت\s*\.?\s*م(?!\w)")  # «13:11 ت م»: a wire's timestamp in Mecca time  # «25 يناير 2011»: a year in the mention dates the happening


class Names(Where):
    """Dates used as names, boundaries, datelines and windows of years."""

    def _dateline(self) -> str | None:
        if self._wire_stamp():
            return "dateline"
        if len(self.words) > DATELINE_MAX_WORDS:
            return None
        closing = self._found("dateline", "end", lambda c: c.last == len(self.words) - 1)
        return "dateline" if closing else None

    def _wire_stamp(self) -> bool:
        """«… // انتهى // 10:34 ت م»، «// يتبع // 13:11 ت م»: the clock time after a wire's closing marks (ت م: Mecca
        time) is when the item was filed, no happening told."""
        if self.mention.type != "TIME":
            return False
        return self.body[: self.m_start].rstrip().endswith("//") or bool(WIRE_ZONE.match(self.body, self.m_start + len(self.mention.text)))

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
        if self.mention.value == "FUTURE_REF" and self._found("boundary", "directive", lambda c: c.last < self.first):
            # «وجه حاكم دبي بتوفير كافة احتياجات المواطن … خلال الـ 24 ساعة القادمة»: the coming hours or days an order
            # gives for doing something are its deadline, no happening then (a short window alone may hold scheduled
            # happenings: «يخوض فريقه ثلاث مباريات ودية خلال الأسبوعين المقبلين»)
            return "boundary"
        if self.mention.value == "PAST_REF" and days > PAST_WINDOW_DAYS:
            return "generic"
        # «كان أمينا عاما للجنة الأولمبية بين 1989 و2003»، «أشرف على النادي لثلاثة مواسم بين 2013 و2016»: a post
        # held or a life led over years is a state, not a happening (a war over years is: no state word)
        if days > PAST_WINDOW_DAYS and self._found("state", "earlier", self._near_before(STATE_REACH)):
            return "generic"
        return None

    def _boundary(self) -> str | None:
        if self._bare_feast() and self._occasion():
            return "label"
        since = self._found("boundary", "before", self._governs)
        starting = self._found("start", "before", self._governs)
        # «ابتداء من الساعة السابعة»: a clock time is when the happening starts, not a state's
        if starting and self.mention.type != "TIME" and not self._found("launch", "clause", self._in_scope):
            since = starting
        # «من ١ ذو القعدة وحتى الآن»: the start of a period running to now
        since = since or self._found("boundary", "after", lambda c: c.first == self.last + 1) or self._glued_since()
        if not since:
            return "boundary" if self._edge_of_a_period() or self._deadline() or self._restated_edge() \
                or self._contract_end() else None
        told = self._found("event", "after", lambda c: c.first == self.last + 1)
        return None if told else "boundary"

    def _occasion(self) -> bool:
        """«هنأ المسلمين بحلول عيد الفطر»، «وبمناسبة حلول عيد الفطر، أضاف الوزير»: the coming of a feast a greeting,
        a word or a shopping trip is made for is its occasion, not the time of the happening (the held-out readers
        leave it out: label); nor a deadline. «كشفت غوغل الخميس الماضي عن موقع … بمناسبة شهر رمضان»: a feast
        after «بمناسبة» beside another day of the sentence is the occasion of a happening on that day. Alone, it
        dates the happening («أهدت زوجها هدية بمناسبة عيد الحب»، «في كلمة له أمام حشود بمناسبة عيد الفطر»)."""
        if self._found("boundary", "arrival", self._governs):
            return True
        if self._prepared_for():
            return True
        return bool(self._found("label", "occasion", self._governs)) and self._on_a_day()

    def _prepared_for(self) -> bool:
        """«المخللات الفاسدة المعدة للتسويق بمناسبة شهر رمضان»، «مع استعداداتنا لعيد الأضحى»، «استعدادا لاستقبال شهر
        رمضان»: what is readied or made ready for a feast names the feast as its purpose, not the time of a happening
        (the feast glued to «ل» right after the word of readiness, or after «بمناسبة» or «لاستقبال» a few words on; not
        «استعدادا للذهاب لصلاة العيد»: the prayer is on the feast)."""
        for cue in self._found("label", "prepared", self._near_before(PREPARED_REACH)):
            between = [w.norm for w in self.words[cue.last + 1 : self.first]]
            if self.glued and not between and self.body[self.words[self.first].start : self.m_start] == "ل":
                return True
            if not self.glued and between and between[-1] in FOR_THE_FEAST:
                return True
        return False

    def _glued_since(self) -> list[str]:
        """«صعود غير مسبوق لليمين المتطرف منذ1945»: a boundary word written onto the date governs it as if spaced."""
        if not self.glued:
            return []
        prefix = words(self.body[self.words[self.first].start : self.m_start])
        return [hit.value for hit in _matcher().find(prefix)
                if hit.first == 0 and hit.last == len(prefix) - 1 and "boundary/before" in hit.value.split("|")]

    def _deadline(self) -> bool:
        """«آخر أجل لتقديم الطلبات هو 30 يونيو»، «قبل انتهاء المهلة الرسمية لتقديم ملف الترشيح في 16 آذار»، «حددت
        المديريات الثامن من أغسطس آخر موعد لاستلام الوثائق»: the last day for doing something is a boundary, not the
        time of a happening; the deadline word stands a few words before the mention in its clause, or right after it
        (another date of the same day may stand between: «الخامس من ذي القعدة الموافق الثامن من أغسطس آخر موعد»)."""
        deadlines = [c for c in self._found("deadline", "near", self._in_scope) if not self._spent(c)]
        if any(self._near_before(DEADLINE_REACH)(c) for c in deadlines):
            return True
        for cue in deadlines:
            if not self.last < cue.first <= self.last + 1 + DEADLINE_REACH:
                continue
            between = [w.norm for w in self.words[self.last + 1 : cue.first]]
            if not between or between[0] in SAME_DAY or all(norm in COPULAS for norm in between):
                return True
        return False

    def _contract_end(self) -> bool:
        """«فريق موناكو الذي سينتهي عقد اللاعب رفقته سنة 2021»، «ينتهي عقده مع النادي في صيف 2022»: the year a player's
        or a coach's contract runs to is the edge of his stay, no happening (a day is: «ينتهي عقده غدا» tells the
        expiry; nor an agreement's end, «الاتفاق الذي ينتهي يوليو المقبل», which the event gold counts)."""
        if _is_day(self.mention):
            return False
        return bool(self._found("boundary", "contract", self._near_before(CONTRACT_REACH)))

    def _spent(self, deadline) -> bool:
        """«وقضى اللاعب الموعد النهائي للانتقالات يوم 31 أغسطس في مطار باريس»: a deadline day spent somewhere is the
        day of a happening (a subject of one word may stand between the verb and the deadline)."""
        return any(deadline.first - 2 <= c.last < deadline.first for c in self._found("spent", "near", bool))

    def _restated_edge(self) -> bool:
        """«ستبدأ بالزوال بعد 10 إلى 15 عاما أي العام 2026»، «سيكون جاهزا بنهاية الشهر الجاري، أي في 2 أبريل»: a time
        after «أي» restates the one before it, a boundary or an edge if that one is."""
        at = self.first - 1
        if at >= 0 and self.words[at].norm == "في":
            at -= 1
        # «ومنذ صبيحة اليوم، المصادف لعيد الفطر، حضرت …»: the day «المصادف لـ» restates is the same edge (its «لـ»
        # written onto the feast)
        same_day = self.words[at].norm in SAME_DAY | COINCIDING and not self._glued_other_than_lam()
        if at < 1 or not (self.words[at].norm in RESTATING and not self.glued or same_day):
            return False
        return any(at - c.last <= RESTATED_REACH and c.last < at and self.clause_of[c.last] >= self.clause_of[at] - 1
                   for c in self.cues if c.reason in ("boundary", "around") and c.where == "before")

    def _glued_other_than_lam(self) -> bool:
        """A particle other than «لـ» written onto the mention («وفي24»)."""
        return self.glued and self.body[self.words[self.first].start : self.m_start] not in ("ل", "ل ")

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
        if self._named_by_label() or self._names_a_year():
            return "label"
        if self._covered_years():
            return "label"
        if self.mention.grain == "year" and self._found("label", "born", self._near_before(BORN_REACH)):
            return "label"  # «المزدادة بالرباط سنة 1995»: a birth year as an attribute (a birth day is a happening)
        if not any(ch.isdigit() for ch in self.mention.text) and self._found("label", "crescent", self._governs):
            return "label"  # «رؤية هلال شهر شوال»: the moon opening the month, not a happening in it
        # «جائزة أفضل لاعب في العالم لسنة 2018»: the year a named thing is for
        if self._lam_prefixed() and (self._found("label", "before", self._near_before(NAME_REACH))
                                     or [c for c in self._found("label", "edition", self._near_before(NAME_REACH))
                                         if not self._after_the_contest(c)]):
            return "label"
        # «على قائمة فوربس للنساء الأكثر نفوذا بالعالم لعام 2008»: the year a ranking is for
        if self._lam_prefixed() and self._found("list", "before", self._near_before(LIST_REACH)):
            return "label"
        # «اتفاقية فك الاشتباك لعام 1974»: the year in a treaty's name
        if self._lam_prefixed() and self._found("named", "before", self._near_before(NAME_REACH)):
            return "label"
        if self._named_year() or self._hosted_edition():
            return "label"
        if self._quoted_name() or self._season_of_two_years() or self._named_uprising() or self._cited_law():
            return "label"
        return None

    def _thing_named(self) -> str | None:
        """Checked last, so that a habit or a trait told of the thing keeps its own reason («ويعرف بأدواره في مسلسلات
        الثمانينات»: generic)."""
        return "label" if self._thing_of_the_occasion() else None

    def _thing_of_the_occasion(self) -> bool:
        """«في سوق لعيد الميلاد في برلين»، «مستلزمات خاصة بعيد الفطر»، «أغاني رمضان»، «طغاة القرن العشرين»، «أغاني
        الثمانينات»: a feast, Ramadan, a decade or a century named alone right after the noun of a thing (goods, a market, songs, the people of an
        age) qualifies that thing; no happening is told at its time («احتفالات عيد الميلاد»، «صلاة عيد الفطر» are the
        feast's happenings: no thing's noun)."""
        if any(ch.isdigit() for ch in self.mention.text) or self.first == 0:
            return False
        if {w.norm for w in self.words[self.first : self.last + 1]} & _anchor_words():
            return False
        if not (self._bare_feast() or self.mention.grain in ("decade", "century")):
            return False
        if self.glued:  # «لعيد الميلاد»، «بعيد الفطر»: only «ل» or «ب» may stand on the feast
            if self.body[self.words[self.first].start : self.m_start] not in ("ل", "ب"):
                return False
        things = self._found("label", "thing", lambda c: c.last < self.first and self._in_scope(c))
        for thing in things:
            joined = [w.norm for w in self.words[thing.last + 1 : self.first]]
            if not joined:
                return True  # «أغاني رمضان»، «سوق لعيد الميلاد»
            if self.glued and len(joined) == 1 and joined[0] in FOR_THE_OCCASION:
                return True  # «مستلزمات خاصة بعيد الفطر»
        return False

    def _covered_years(self) -> bool:
        """«للعام الجامعي 1436/ 1437هـ»، «الخطة الخمسية العاشرة للتنمية 2015 - 2019م»: the years a school year or a
        plan covers, written right after its words (adjectives and the other year between), no happening; after a
        preposition the period is when something happens to it («ينطلق العام الدراسي الجديد في سبتمبر»)."""
        if _is_day(self.mention):
            return False
        for cue in self._found("label", "covers", self._near_before(COVERS_REACH)):
            if not any(w.norm in COVERS_BREAKS for w in self.words[cue.last + 1 : self.first]):
                return True
        return False

    def _named_by_label(self) -> bool:
        """A label word governs the mention («كأس العالم 2018», «ميزانية العام المقبل»); a tournament's word only with a
        year in digits: a period told relative to the article after it is when it is held («البطولة الشهر المقبل»)."""
        governing = [c for c in self._found("label", "before", self._governs) if not self._title_won(c)]
        if not governing or YEAR_IN.search(self.mention.text):
            return bool(governing)
        held = {(c.first, c.last) for c in self._found("label", "held", bool)}
        return any((c.first, c.last) not in held for c in governing)

    def _after_the_contest(self, cue) -> bool:
        """«خاصة بعد الانتخابات التشريعية لسنة 2016»، «قبل مهرجان كان لهذا العام»: a contest or a vote right after
        «بعد/قبل» is a point in time, told as held that year (readers count it), not a name."""
        return any(c.last == cue.first - 1 for c in self._found("around", "before", bool))

    def _title_won(self, cue) -> bool:
        """«فاز بلقب البطولة عام 2015»، «توج بلقب كأس الملك عام 2012»: a contest's word right after the title won (one
        word may stand between) tells what was won then, not a name: the year dates the win."""
        return any(cue.first - 2 <= c.last < cue.first for c in self._found("event", "title", bool))

    def _named_uprising(self) -> bool:
        """«ثورة 25 يناير»، «حركة 20 فبراير»، «هجمات 11 سبتمبر»: a day and month with no year right after the word of an
        uprising or an attack name that past happening, not a day of this year; so does the same day and month alone
        elsewhere in the sentence («ثورة 25 يناير في قلبي، 25 يناير هي الثورة الحقيقية»)."""
        text = self.mention.text
        if YEAR_IN.search(text) or not any(ch.isdigit() for ch in text) \
                or {w.norm for w in self.words[self.first : self.last + 1]} & _anchor_words():
            return False
        if self._found("label", "uprising", self._governs):
            return True
        own = [w.norm for w in self.words[self.first : self.last + 1]]
        size = len(own)
        return any(c.last + size < len(self.words) and c.last + 1 != self.first
                   and [w.norm for w in self.words[c.last + 1 : c.last + 1 + size]] == own
                   for c in self._found("label", "uprising", bool))

    def _cited_law(self) -> bool:
        """«الأمر عدد 717 المؤرخ في 19 مارس 2001»، «قانون الجنسية الصادر بتاريخ 19 يناير 1925»: the date after
        «المؤرخ في»، «الصادر بتاريخ» of a law or a decree identifies the text cited, no happening told."""
        dated = self._found("label", "dated", lambda c: c.last < self.first and self.first - c.last <= 2
                            and self._in_scope(c))
        return any(c.last < d.first and d.first - c.last <= LEGAL_REACH and self._in_scope(c)
                   for d in dated for c in self._found("label", "legal", bool))

    def _season_of_two_years(self) -> bool:
        """«لموسم 2018/ 2019»، «للموسم 2018/2017»، «السنة المالية 2019/2020»: the second of two years joined by a slash
        names a season, a school or a fiscal year straddling them, no time of a happening."""
        year = BARE_YEAR.match(self.mention.text)
        before = SLASHED_YEAR_BEFORE.search(self.body, 0, self.m_start)
        return bool(year and before) and abs(int(before.group(1)) - int(self.mention.text.strip().rstrip("م"))) == 1

    def _named_year(self) -> bool:
        """«معاهدة عام 1955»، «معاهدة صداقة عام 1955»: a year right after a treaty's word (one word may stand
        between, not a preposition) names the treaty."""
        if self.mention.grain != "year" or self.glued:
            return False
        prepositions = {c.last for c in self._found("event", "before", lambda c: c.last < self.first)}
        return any(not any(c.last < at < self.first for at in prepositions)
                   for c in self._found("named", "before", self._near_before(NAMED_YEAR_REACH)))

    def _hosted_edition(self) -> bool:
        """«وتركزت الفضيحة حول ملف الأولمبياد الشتوي في 2002»، «حصول سولت لايك على حق استضافة دورة الألعاب الأولمبية
        الشتوية عام 2002»: a year after a tournament's word that a bid or a hosting word governs, adjectives or «في»
        between, names the edition bid for (not a day; not after a verb of winning or awarding the hosting, which the
        year may date: «فازت بحق استضافة الألعاب في 1995»)."""
        if self.mention.grain != "year" or not YEAR_IN.search(self.mention.text):
            return False  # «لاستضافة البطولة المقررة بعد ست سنوات»: when the tournament is scheduled
        for games in self._found("label", "held", lambda c: c.last < self.first and self.first - c.last <= HOSTED_REACH):
            between = [w.norm for w in self.words[games.last + 1 : self.first]]
            if not all(n == "في" or n.startswith("ال") and n not in INTEND_BREAKS for n in between):
                continue
            hosts = self._found("label", "host", lambda c: 1 <= games.first - c.last <= 2)
            awarded = self._found("label", "awarded", lambda c: c.last < games.first and self._in_scope(c))
            if hosts and not awarded:
                return True
        return False

    def _quoted_name(self) -> bool:
        """«لصحيفة "اليوم"»: a quoted time word right after a newspaper or channel word is its name."""
        opening = self.body[: self.m_start].rstrip()
        closing = self.body[self.m_start + self.mention.end - self.mention.start :].lstrip()
        if not (opening[-1:] in OPEN_QUOTES and closing[:1] in QUOTES):
            return False
        return bool(self._found("press", "before", self._near_before(2)))

    def _names_a_year(self) -> bool:
        """«كأس القارات 2017»، «ريو دي جانيرو 2016م»: a bare year glued to a name."""
        if not BARE_YEAR.match(self.mention.text):
            return False
        if self.glued:
            return self._written_onto_a_name()
        if self.first == 0:
            return False
        before = self.words[self.first - 1]
        if self.body[before.end : self.words[self.first].start].strip() or before.norm.isdigit():
            return False  # punctuation or a number between: a list or a range, not a name
        return not [c for c in self.cues if c.where == "before" and c.last == self.first - 1]

    def _written_onto_a_name(self) -> bool:
        """«الموقعة على اتفاق2015»، «أولمبياد2018: رياح عاتية»: a year written onto a treaty's or a tournament's word,
        no space between, is part of its name (not «في2016»، «و2015»: a particle written onto the date)."""
        word = self.words[self.first]
        prefix = words(self.body[word.start : self.m_start])
        return any(hit.last == len(prefix) - 1 and any(label.split("/")[0] in ("label", "named") and
                                                        label.split("/")[1] == "before" for label in hit.value.split("|"))
                   for hit in _matcher().find(prefix))

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

