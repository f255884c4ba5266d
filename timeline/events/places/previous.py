"""A gathering named again: «ومنذ انطلاق المسابقة في 6 أوت 2016» after «شهدت منافسات الدورة الأولمبية الـ32 في
ريودي جانيرو»: a definite gathering noun right before the time (lexicon/place_cues.tsv, kind gathering) is the
gathering the sentence before told of, and happens where that sentence placed it."""
from __future__ import annotations

from functools import lru_cache

from ...terms import Word, words
from ..sentences import TextGeometry
from .candidates import _candidates
from .gazetteer import Gazetteer, Place, _bare


GATHERING_REACH = 5  # words between a gathering noun of the sentence before and the place it is at


@lru_cache(maxsize=8)
def _geometry(text: str) -> TextGeometry:
    return TextGeometry(text)


def _gathering(g: Gazetteer, norm: str, *, bare: bool = True) -> bool:
    """A gathering noun (with no proclitic unless `bare` is False: «للمعرض الدولي للكتاب في الرباط»)."""
    kind, clitic = g.word_kind(norm)
    return kind == "gathering" and (not clitic or not bare)


def named_again(g: Gazetteer, ws: list[Word], m_first: int) -> bool:
    """«انطلاق المسابقة في 6 أوت», «افتتاح المهرجان الشهر المقبل»: a definite gathering noun with no name of
    its own (nothing between it and the time but a word of kind time_link: «في», «يوم»): one already told of."""
    k = m_first - 1
    if k >= 0 and ws[k].norm in g.time_links:
        k -= 1
    return k >= 0 and ws[k].norm.startswith("ال") and _gathering(g, ws[k].norm)


def told_before(g: Gazetteer, text: str, sentence: tuple[int, int]) -> Place | None:
    """The one place the sentence before attaches anything to, attached to a gathering it names: «منافسات الدورة
    الأولمبية الـ32 في ريودي جانيرو»."""
    geometry = _geometry(text)
    here = geometry.sentence_at(sentence[0])
    if not here.index:
        return None
    start, end = geometry.sentence(here.index - 1).bounds  # (a paragraph is often one sentence: no need to share one)
    ws = words(text[start:end])
    placed = [c for c in _candidates(g, text, start, ws) if c.attach in ("in", "host")]
    if len({c.place.name for c in placed}) != 1:
        return None  # «أقيمت الدورة الأولى في تونس والثانية في الجزائر»: which one?
    if not any(_gathering(g, "ال" + _bare(w.norm)) or _gathering(g, w.norm, bare=False)
               for c in placed for w in ws[max(0, c.first - GATHERING_REACH): c.first]):  # «منافسات», «الدورة», «للمعرض»
        return None
    return placed[0].place
