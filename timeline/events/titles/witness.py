"""«وسيشهد الأسبوع المقبل مباريات العودة …»: a verb of witnessing whose subject is the time expression says nothing
once the title drops the time words («سيشهد مباريات العودة»); its object is the happening («مباريات العودة …»).
Where a definite noun follows the time words, it is the verb's own subject («وتشهد الاثنين الجمعية الوطنية نقاشا»)
and the verb stays."""

from __future__ import annotations

from .tokens import ARTICLE, PROCLITICS, _Token, _phrase_at


def without_time_subject_verb(tokens: list[_Token], kept: list[int]) -> list[int]:
    """The title's words without an opening «يشهد/شهدت/سيشهد …» whose subject was the dropped time expression."""
    if len(kept) < 2 or not _phrase_at(tokens, kept[0], "time_subject", proclitic=True):
        return kept
    after = kept[0] + 1
    if after >= kept[1] or not tokens[after].time or tokens[kept[0]].stop:
        return kept  # no time words right after the verb: its subject is the noun that follows it
    if any(tokens[i].stop for i in range(kept[0], kept[1])):
        return kept
    following = tokens[kept[1]].norm
    if following.startswith(ARTICLE) or following[:1] in PROCLITICS and following[1:].startswith(ARTICLE):
        return kept  # «وتشهد الاثنين الجمعية الوطنية نقاشا»: the time words were an adverb
    return kept[1:]
