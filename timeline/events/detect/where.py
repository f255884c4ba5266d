"""Where a cue stands against the mention: governing it, earlier in its clause, near it; a sentence's clauses."""
from __future__ import annotations

from dataclasses import dataclass

from ...model import Mention
from ...terms import Word
from ..sentences import CLAUSE_END
from .reaches import LARGE, LONE_MENTION_WORDS, NUMBER, PERCENT, THAT, YEAR
from .tables import _count_words, _counts, _day_words, _feast_names, _unit_words


@dataclass(frozen=True)
class Cue:
    reason: str
    where: str
    first: int  # word indices in the sentence
    last: int


@dataclass
class Where:
    """A sentence, its cues and a mention: where a cue stands against the mention, and the helpers the checks share."""

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

    def _then_that(self, cue: Cue) -> bool:
        """«أن» between the cue and the mention: the mention dates what is predicted («وتتوقع أنه قد يبدأ المركزي في
        تخفيض سعر الفائدة في نوفمبر القادم»: with a pronoun too)."""
        return any(w.norm in THAT for w in self.words[cue.last + 1 : self.first])

    def _lam_prefixed(self) -> bool:
        """«للعام الحالي»، «لسنة 2018»، «لهذا العام»: the mention says what period something is for."""
        norm = self.words[self.first].norm
        if norm in ("لهذا", "لهذه") and self.first < self.last:
            unit = self.words[self.first + 1].norm
            return unit.removeprefix("ال") in _unit_words()  # «جائزة رابطة الكتاب لهذا العام»
        bare = norm[2:] if norm.startswith("لل") else norm[1:]  # ل + العام contracts to للعام
        return norm.startswith("ل") and bare in _unit_words()

    def _bare_feast(self) -> bool:
        """«عيد الفطر»، «شهر رمضان»: a feast or Ramadan named alone (_generic checks it has no year or anchor)."""
        text = " ".join(w.norm for w in self.words[self.first : self.last + 1])
        return any(feast in text for feast in _feast_names())

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
            # «وسجلت خمس حالات عام 2007»: a count in words is a figure too
            if not (NUMBER.match(norm) or norm in _count_words()) or (YEAR.match(norm) and not counted):
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
