"""A title's width, and what a title over its length loses before the cut: the wider places a place is told
within, short asides set off by commas (or closed by the date), an office before the name in apposition."""

from __future__ import annotations

from .tokens import ARTICLE, PREPOSITIONS, _Token, _bare, _is_function, _phrase_at
from .offices import _name_after_office


ADMIN_UNITS = {"ولايه", "معتمديه", "محافظه", "اقليم", "عماله", "دائره", "بلديه", "قضاء", "مقاطعه"}
FROM_HEADS = {"قادم", "قادما", "قادمه", "القادم", "القادمه", "الفرار", "فر", "فرار", "هرب", "هروب", "الهروب", "انتقل", "انطلاقا",
              "نقل", "عاد", "رحل", "وصل", "نزح", "خرج", "طرد", "ترحيل", "نقله"}  # «الفرار من ولاية …»: where from
PLACE_PREFIXES = {"دوار", "حي", "سيدي", "بني", "عين", "بير", "بئر", "وادي", "راس", "برج", "منزل", "سيدي", "جبل", "سوق", "حمام", "قصر", "ابو", "ام"}


def _without_place_chain(tokens: list[_Token], kept: list[int]) -> list[int]:
    """A title over its length loses the wider places a place is told within before it loses its object:
    «الوحدات الأمنية بمعتمدية الرديف من ولاية قفصة من القبض على شاب» -> «… بمعتمدية الرديف من القبض على شاب»."""
    for position in range(2, len(kept) - 2):
        if tokens[kept[position]].norm != "من" or tokens[kept[position + 1]].norm not in ADMIN_UNITS \
                or _is_function(tokens[kept[position - 1]]) or tokens[kept[position - 1]].norm in FROM_HEADS:
            continue
        end = position + 3  # the unit and its name: one word, or two after «دوار», «حي», «سيدي» …
        if end < len(kept) and tokens[kept[end - 1]].norm in PLACE_PREFIXES and not tokens[kept[end - 1]].stop:
            end += 1
        if end < len(kept) and _bare(tokens[kept[end]].norm) not in {"الي", "حتي"}:  # «من ولاية سوسة إلى …»: where from
            return kept[:position] + kept[end:]
    return kept


ASIDE_WORDS = 5  # «، بمجلس نواب الشعب،», «، خلال اجتماعها عشية اليوم،»: a short phrase set off by commas
# where or during what: not a complement the verb needs («إلى بيونغ يانغ», «عن اختيار», «أمام اليونان», «على أن»)
ASIDE_OPENERS = {"في", "خلال", "لدي", "عبر", "وسط", "ضمن", "اثناء"}


def _comma_before(tokens: list[_Token], kept: list[int], position: int) -> bool:
    """Is there a comma (or other clause stop) between kept[position - 1] and kept[position], time words between?"""
    return any(t.stop for t in tokens[kept[position - 1] : kept[position]])


def _clause_resumes(tokens: list[_Token], index: int) -> bool:
    """Does the clause go on at tokens[index] after an aside, rather than a source, another clause or a conjunct
    («، بحسب تصريح …», «، وهي وحدة …»), before which the phrase is the clause's own complement?"""
    token = tokens[index]
    return not (token.norm[:1] == "و" or _phrase_at(tokens, index, "opens", proclitic=True)
                or _phrase_at(tokens, index, "adjunct", proclitic=True) and _bare(token.norm) not in PREPOSITIONS
                or _phrase_at(tokens, index, "source", proclitic=True)
                or _phrase_at(tokens, index, "report", proclitic=True) and not _is_function(token) or token.opens_quote)


def _without_asides(tokens: list[_Token], kept: list[int], budget: int) -> list[int]:
    """A title over its length loses the short prepositional phrases set off by commas inside its clause before the
    window cuts its opening verb and subject: «لم تتوصل لجنة التوافقات، بمجلس نواب الشعب، خلال اجتماعها عشية
    اليوم الأربعاء، إلى الحسم في …» -> «لم تتوصل لجنة التوافقات إلى الحسم في …». An aside: after two words or more,
    opening on a preposition of place or circumstance (or ب on a noun), up to ASIDE_WORDS words, with more of the
    clause after it. A phrase the date closed is set off as a comma sets it off, up to DATED_ASIDE_WORDS words, when
    the clause resumes on its object («دعا الشاهد في تصريح إعلامي مقتضب بقصر الحكومة بالقصبة [مساء اليوم]، الشعب
    التونسي إلى …», «أعلنت الخطوط الجوية السعودية على موقعها على تويتر [الأربعاء]، إعادة تشغيل …»)."""
    reported = bool(kept) and bool(_phrase_at(tokens, kept[0], "report", proclitic=True)) and not _is_function(tokens[kept[0]])
    position = 2
    width = _width(_edges(tokens, kept), 0, len(kept))  # (measured again only when an aside goes, not per word)
    while position < len(kept) - 1 and width > budget:
        opener = tokens[kept[position]]
        norm = opener.norm
        prepositional = _bare(norm) in ASIDE_OPENERS or norm[:1] == "ب" and len(norm) >= 4 and not _is_function(opener)
        end = next((q for q in range(position, min(len(kept) - 1, position + ASIDE_WORDS))
                    if _comma_before(tokens, kept, q + 1)), None)
        resumed = end is not None and _clause_resumes(tokens, kept[end + 1])
        set_off = _comma_before(tokens, kept, position)
        balanced = False
        if not (resumed and set_off):
            # a reporting verb's complement («أعلن وزراء مالية مجموعة السبع في ختام اجتماعهم [السبت]، عن خيبتهم …»,
            # «كشف المتحدث … في تصريح له [أمس] عن نتائج …») is what was reported: the dated phrase before it goes
            # (with no comma after the date too)
            dated = next((q for q in range(position, min(len(kept) - 1, position + DATED_ASIDE_WORDS))
                          if _date_between(tokens, kept, q + 1)
                          or reported and _reported_complement(tokens[kept[q + 1]]) and _date_between(tokens, kept, q + 1, comma=False)), None)
            if dated is not None and (prepositional or _bare(norm) == "علي") and _clause_resumes(tokens, kept[dated + 1]) \
                    and (_opens_object(tokens, kept[dated + 1]) or reported and _reported_complement(tokens[kept[dated + 1]])):
                end, resumed, set_off, prepositional = dated, True, True, True
                quoted = sum(tokens[kept[q]].opens_quote for q in range(position, end + 1))
                # «في تصريح لمراسلة الجوهرة "اف ام" [اليوم] عن …»: a quoted name wholly inside the dated aside goes with it
                balanced = quoted == sum(tokens[kept[q]].closes_quote for q in range(position, end + 1)) and quoted <= 1
        if set_off and prepositional and not opener.opens_quote and resumed \
                and (balanced or not any(tokens[kept[q]].opens_quote or tokens[kept[q]].closes_quote for q in range(position, end + 1))):
            kept = kept[:position] + kept[end + 1 :]
            width = _width(_edges(tokens, kept), 0, len(kept))
            continue
        position += 1
    return kept


DATED_ASIDE_WORDS = 7  # «في تصريح إعلامي مقتضب بقصر الحكومة بالقصبة»


def _date_between(tokens: list[_Token], kept: list[int], position: int, comma: bool = True) -> bool:
    """Did the date stand between kept[position - 1] and kept[position], a comma after it («… بالقصبة مساء اليوم، الشعب»)?
    `comma`: the comma is needed."""
    between = tokens[kept[position - 1] + 1 : kept[position]]
    return bool(between) and any(t.time for t in between) \
        and (not comma or any(t.stop for t in tokens[kept[position - 1] : kept[position]]))


REPORTED_COMPLEMENTS = {"عن", "الي"}  # «أعلن … عن», «كشف … عن», «أشار … إلى»: what a reporting verb reports


def _reported_complement(token: _Token) -> bool:
    return _bare(token.norm) in REPORTED_COMPLEMENTS


def _opens_object(tokens: list[_Token], index: int) -> bool:
    """Does the clause resume on its object («الشعب التونسي», «الرفع من …», «إعادة تشغيل …»), not on another
    prepositional phrase («بنسبة أقل من …») or a conjunct?"""
    norm = tokens[index].norm
    if _is_function(tokens[index]) or norm.endswith("ا"):
        return False  # (an adverbial accusative, «تنديدا بعمليات …», is no object)
    return norm.startswith(ARTICLE) or norm[:1] == "ا" and len(norm) >= 5  # «الشعب», «الرفع», «إعادة تشغيل»


OFFICE_REACH = 8  # words from an office noun to the comma closing the name in apposition


def _without_office(tokens: list[_Token], kept: list[int]) -> list[int]:
    """A title over its length names a person without their office when it gives their name in apposition:
    «اتهم وزير الخارجية الأمريكي، مايك بومبيو، النظام الإيراني …» -> «اتهم مايك بومبيو النظام الإيراني …»."""
    for position in range(len(kept) - 2):
        for end in range(position + 2, min(len(kept) - 1, position + OFFICE_REACH)):
            if not tokens[kept[end]].stop:
                continue  # (the name ends on a comma, with words after it that the office would push out)
            start = _name_after_office(tokens, kept[position : end + 1])
            if start is not None:
                return kept[:position] + kept[position + start :]
    return kept


def _edges(tokens: list[_Token], kept: list[int]) -> list[int]:
    """edge[p]: the characters of kept[:p] with a space after each word, so widths cost O(1)."""
    edge = [0]
    for index in kept:
        edge.append(edge[-1] + len(tokens[index].surface) + 1)
    return edge


def _width(edge: list[int], first: int, end: int) -> int:
    """Characters of the words kept[first:end] joined by spaces."""
    return edge[end] - edge[first] - 1
