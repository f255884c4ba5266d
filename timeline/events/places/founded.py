"""Where a body was founded: «و"مانوران" تأسست في 1919» after «الشركة الفرنسية … "مانوران"», «وتمر الأكاديمية التي
أسست في العام 1786» under the headline «الأكاديمية السويدية تعلن …»: a body whose founding the sentence dates, with
no place of its own, was founded in the country the article gives it by a nationality adjective right after its
name («الأكاديمية السويدية») or right before it («الفرنسية "مانوران"»). Words of founding: lexicon/place_cues.tsv,
kind founded."""
from __future__ import annotations

from collections import Counter

from ...terms import Word, words
from .gazetteer import Gazetteer, Place

_RELATIVE = frozenset(("التي", "الذي", "التى"))


def founded_in(g: Gazetteer, text: str, headline: str, ws: list[Word], m_first: int) -> Place | None:
    """The country of the body whose founding the time at word m_first dates (the founding word a few words
    before the time), or None."""
    verb = next((k for k in range(m_first - 1, max(-1, m_first - 4), -1) if g.word_kind(ws[k].norm)[0] == "founded"),
                None)
    if verb is None or verb == 0:
        return None
    subject = verb - 1
    if ws[subject].norm in _RELATIVE and subject:
        subject -= 1  # «الأكاديمية التي أسست»
    name = ws[subject].norm
    if len(name) < 4 or g.word_kind(name)[0] or g.nisba_country(name):
        return None
    counts: Counter[str] = Counter()
    for part in (headline, text):
        pws = words(part)
        for i, w in enumerate(pws):
            if w.norm != name and not (w.norm[:1] in "وبل" and w.norm[1:] == name):
                continue
            for k in (i + 1, i - 1):
                code = g.nisba_country(pws[k].norm) if 0 <= k < len(pws) else None
                if code:
                    counts[code] += 1
    if len(counts) != 1:
        return None  # none told, or several («البلجيكية "نيو لاشوسيه"» beside it): whose?
    return g.country_place(next(iter(counts)))
