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
from dataclasses import dataclass, replace
from datetime import date

from ...model import Mention
from ...terms import words
from .figures import Figures
from .habits import Habits
from .names import Names
from .outlook import Outlook
from .tables import _matcher
from .where import Cue, _clause_index

REASONS = ("boundary", "statistic", "dateline", "label", "generic", "hypothetical", "negated")


def non_event_reason(text: str, sentence: tuple[int, int], mention: Mention) -> str | None:
    """None when the sentence tells of a happening at the mention's time, else why not."""
    s_start, s_end = sentence
    # «#انتخابات_الرئاسة لعام 2016»: a hashtag's words are words (same length, offsets kept)
    body = text[s_start:s_end].replace("_", " ")
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
    checked = _Sentence(body, sentence_words, clause_of, cues, mention, m_start, first, last)
    found = checked.reason()
    if found is None and not checked._found("event", "after", lambda c: c.first == last + 1):
        earlier = _coordinated_year(body, mention, m_start)
        if earlier is not None and non_event_reason(text, sentence, earlier) == "label":
            # «حقوق البث لكأسي العالم 2026 و2030»: a year coordinated with a year that names something names it too
            # (the earlier year's own reason is the label's); not one a clause after tells of («تكرار سيناريو 1974
            # و1982 حين حلت ثالثة»)
            return "label"
    return found


_COORDINATED_YEAR = re.compile(r"(?<!\d)(\d{4})\s*و\s*$")


def _coordinated_year(body: str, mention: Mention, m_start: int) -> Mention | None:
    """«2026 و2030»: the bare year written right before «و» and the mention, a bare year too."""
    if not (len(mention.text) == 4 and mention.text.isdigit()):
        return None
    before = _COORDINATED_YEAR.search(body, max(0, m_start - 12), m_start)
    if before is None:
        return None
    start = mention.start - (m_start - before.start(1))
    year = int(before.group(1))
    return replace(mention, text=before.group(1), start=start, end=start + 4, value=before.group(1),
                   span=(date(year, 1, 1), date(year, 12, 31)))


@dataclass
class _Sentence(Names, Figures, Outlook, Habits):
    """The checks of names.py, figures.py, outlook.py and habits.py, strongest first."""

    def reason(self) -> str | None:
        for check in (self._dateline, self._phrase, self._boundary, self._label, self._window,
                      self._negated_or_hypothetical, self._edge_of_a_longer_period, self._statistic, self._forecast,
                      self._generic, self._thing_named):
            found = check()
            if found:
                return found
        return None


__all__ = ["REASONS", "non_event_reason"]
