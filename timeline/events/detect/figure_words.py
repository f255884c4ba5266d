"""The words around a figure: rates, counts, thousands, brackets and clause starts, for figures' checks."""
from __future__ import annotations

from typing import Callable

from .reaches import LARGE, NUMBER, PERCENT, TIME_PREPOSITIONS, YEAR
from .tables import _counts, _datish, _number_words, _ordinal_words
from .where import Cue, Where


class FigureWords(Where):
    """Reading figures in a sentence's words: a rate, a count, thousands, words outside brackets."""

    def _rate_in(self, start: int, stop: int, counted: Callable[[Cue], bool]) -> bool:
        """A rate between the body's offsets `start` and `stop` («%»), or a percent word after a count at a cue
        `counted` accepts («بنسبة 89 في المئة»)."""
        return bool(PERCENT.search(self.body, start, stop)) or any(
            counted(c) and c.first > 0 and _counts(self.words[c.first - 1].norm)
            for c in self._found("percent", "clause", bool))

    def _rate_before(self, at: int) -> bool:
        """A rate ends right before word `at`: «15%»، «15 بالمئة»، «15 في المائة»."""
        if at < 1:
            return False
        if any(c.last == at - 1 and c.first > 0 and _counts(self.words[c.first - 1].norm)
               for c in self._found("percent", "clause", bool)):
            return True
        return bool(PERCENT.search(self.body, self.words[at - 1].start, self.words[at].start))

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

    def _plain_words(self, lo: int, hi: int) -> int:
        """Words of `lo`..`hi` outside brackets that are neither the mention's nor time words nor a preposition of time
        («وخلال الربع الثاني من العام الجاري (من أبريل إلى يونيو)» has none besides the mention's)."""
        return sum(word.norm not in TIME_PREPOSITIONS for word in self._unbracketed(lo, hi)
                   if not _datish(word.norm) and word.norm not in _ordinal_words())

    def _ordinal_or_number(self, at: int) -> bool:
        norm = self.words[at].norm
        return bool(NUMBER.match(norm)) or norm in _ordinal_words()

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

    def _verb_between(self, lo: int, hi: int) -> bool:
        """A cue of a told happening between words `lo` and `hi`: the period dates that verb, not the measure."""
        return bool(self._found("event", "earlier", lambda c: lo < c.first < hi))
