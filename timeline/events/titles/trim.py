"""A core cut to a title: time words and leading particles out, whole words within the length (a window round
the mention in a long clause), a cut ending where its phrase ends. What a cut may not end on is cut_end.py's; what
goes first when a title is too long, over_length.py's."""

from __future__ import annotations

from .tokens import (
    ARTICLE, EXTEND_CHARS, MAX_CHARS, MIN_CONTENT_WORDS, PREPOSITIONS, PREPOSITION_ARTICLE, QUANTITY, _Clause,
    _Token, _bare, _content_counts, _is_function, _lead_words, _phrase_at, _purpose, _waw_root_word)
from .cut_end import (
    DANGLING_AFTER, _amount_left, _and_phrase, _bare_count, _cut_count, _cut_described, _cut_office, _cut_purpose,
    _dangling_conjunct, _dangling_verb, _dated_participle, _dated_relative_verb, _needs_complement,
    _opens_cut_phrase, _saying, _statement_without_predicate, _unfinished, _with_phrase_finished, _without_cut_frame,
    _without_cut_name, _without_cut_quote)
from .over_length import _edges, _width, _without_asides, _without_office, _without_place_chain
from .verb_spelling import VERB_PARTICLES, _imperfect, _looks_verbal, _predicate


QAD_REACH = 8  # after «كان», the «قد» a long subject puts off («وكان ريكس تيلرسون وزير الخارجية الأميركي المُقال قد تعهد»)
LEFT_SHARE = 0.6  # of a long clause, the words before the mention take at most this share of the title
WINDOW_SLACK = 0.85  # … or this much, to start on a phrase


def _trim(tokens: list[_Token], core: _Clause, mention_end: int, budget: int = MAX_CHARS, extend: bool = True) -> list[int]:
    """The core's words without time words and leading particles, cut to whole words within `budget`; a cut ends on
    no word needing what it left out (a number before its unit, «أدى» before its result, «ليعمل» before «في …»).

    A long clause keeps the words next to the mention: what happened then is told around it."""
    kept = [i for i in range(core.first, core.last + 1) if not (tokens[i].time and not _names_its_month(tokens, i)) and not tokens[i].skip]
    # «صدور قرار يوم 17 ماي قرار بإيقاف …»: a word said again after the date it framed is said once
    kept = _without_said_again(tokens, kept)
    kept = _without_glued_fragment(tokens, kept)
    opened_with = tokens[kept[0]] if kept else None
    kept = _drop_lead(tokens, kept)
    if opened_with and _phrase_at([opened_with], 0, "perfect", proclitic=True):
        kept = [i for p, i in enumerate(kept) if not (p < QAD_REACH and tokens[i].norm == "قد")]
    kept = [i for p, i in enumerate(kept) if not (tokens[i].norm == "قد" and p + 1 < len(kept) and _perfect(tokens[kept[p + 1]].norm))]
    edge = _edges(tokens, kept)
    if _width(edge, 0, len(kept)) > budget:
        kept = _without_office(tokens, _without_place_chain(tokens, kept))
        kept = _without_asides(tokens, kept, budget)
        edge = _edges(tokens, kept)
    if _width(edge, 0, len(kept)) > budget and core.anchored:
        after = next((p for p, i in enumerate(kept) if tokens[i].start >= mention_end), len(kept))
        start = next((p for p in range(after) if _width(edge, p, after) <= LEFT_SHARE * budget), after)
        if start:
            kept = _drop_lead(tokens, kept[_phrase_start(tokens, kept, edge, start, after, budget):])
            edge = _edges(tokens, kept)
    cut = next((p for p in range(len(kept)) if _width(edge, 0, p + 1) > budget), len(kept))
    whole, trimmed = kept, cut < len(kept)
    if cut < len(kept):
        end = _phrase_end(tokens, kept, edge, cut, budget + EXTEND_CHARS - MAX_CHARS) if extend else None
        kept = kept[:end] if end else _cut_at_phrase(tokens, kept[:cut])
    kept = _without_cut_name(tokens, _without_cut_quote(tokens, kept))
    if extend and trimmed:
        kept = _with_phrase_finished(tokens, whole, kept, budget, budget + FINISH_CHARS)
    while kept and (_is_function(tokens[kept[-1]]) or _unfinished(tokens, kept) or _phrase_at(tokens, kept[-1], "opens", proclitic=True)
                    or tokens[kept[-1]].norm in QUANTITY or _bare_count(tokens, kept) or _cut_count(tokens, kept) or _amount_left(tokens, kept)
                    or _dangling_conjunct(tokens, kept)
                    or _dated_participle(tokens, kept[-1]) or _dated_relative_verb(tokens, kept) or _phrase_at(tokens, kept[-1], "impersonal", proclitic=True) == 1
                    or _cut_office(tokens, kept) or _cut_described(tokens, kept)
                    or _saying(tokens, kept[-1]) and kept[-1] + 1 < len(tokens) or _cut_purpose(tokens, kept)
                    or _dangling_verb(tokens, kept) or trimmed and _opens_cut_phrase(tokens, kept)
                    or tokens[kept[-1]].norm[:1] == "و" and _phrase_at(tokens, kept[-1], "report", proclitic=True)
                    and not _is_function(tokens[kept[-1]])):  # «… فنيا وقال»: a frame whose statement was cut
        kept.pop()  # (nor on a word that says nothing without what follows: «ليس», «يجب», «سيكون»)
        kept = _without_cut_name(tokens, kept, link_kept=True)
    kept = _without_cut_frame(tokens, kept)
    that = _statement_without_predicate(tokens, kept)
    if that is not None and tokens[kept[that]].norm[:1] == "و" and that >= MIN_CONTENT_WORDS + 1:
        return kept[:that]  # «ترامب طلب عرضا عسكريا وأن البنتاغون» (ينظر … cut): the first statement is whole
    if that is not None and kept[that] < core.last:
        # «بوتين يعتقد أن حملة المعلومات بأكملها المحيطة بالجاسوس …» (its predicate cut): the statement is told on
        # its own, its subject with what it says, when that fits
        statement = _trim(tokens, _Clause(kept[that] + 1, core.last, anchored=False), mention_end, budget, extend)
        if len(statement) >= MIN_CONTENT_WORDS and any(_predicate(tokens[i]) for i in statement[1:]) \
                and _statement_without_predicate(tokens, [kept[that]] + statement) is None:
            return statement
    return kept


FINISH_CHARS = 15  # a phrase the cut left open may run this far past the length to its end («سمحت بمرور أي رحلات طيران»)


def _without_said_again(tokens: list[_Token], kept: list[int]) -> list[int]:
    """«صدور قرار يوم 17 ماي قرار بإيقاف …», «طلبت في الساعة التاسعة فقط طلبت من الشركة»: a word said again after
    the date it framed (and a word such as «فقط» that only qualified the date) is said once."""
    result: list[int] = []
    for index in kept:
        if result and tokens[index].norm == tokens[result[-1]].norm and index - result[-1] > 1 \
                and any(t.time for t in tokens[result[-1] + 1 : index]):
            continue
        if len(result) >= 2 and tokens[index].norm == tokens[result[-2]].norm and not _is_function(tokens[index]) \
                and _phrase_at(tokens, result[-1], "not_opening", proclitic=True) == 1 \
                and any(t.time for t in tokens[result[-2] + 1 : result[-1]]):
            result.pop()
            continue
        result.append(index)
    return result


GLUED_WORDS = 1  # «الحسم [في اكتوبر] وتوقع أن …», «لتتواصل [إلى نهاية الأسبوع] يتخلّلها إضراب»: a word left of a clause


def _without_glued_fragment(tokens: list[_Token], kept: list[int]) -> list[int]:
    """«الحسم في اكتوبر وتوقع أن تتم عملية تعيين …», «لتتواصل إلى نهاية الأسبوع الجاري يتخلّلها إضراب»: with the date
    gone, a word left of the clause it closed would be glued to the verb opening the next («الحسم وتوقع», «لتتواصل
    يتخلّلها»); the title is the clause after the date, whole."""
    for position in range(1, min(len(kept), GLUED_WORDS + 1 + 1)):
        between = tokens[kept[position - 1] + 1 : kept[position]]
        if not any(t.time for t in between) or any(t.skip for t in between):
            continue  # (not a relative pronoun's noun: «المرحلة [المقبلة التي] تسبق الانتخابات»)
        words = [tokens[i] for i in kept[:position] if not _is_function(tokens[i])]
        if len(words) <= GLUED_WORDS and position + 1 < len(kept) and _glued(words[-1] if words else None, tokens[kept[position]]):
            for index in kept[:position]:
                tokens[index].fragment = True  # (nor the subject the clause's verb borrows)
            return kept[position:]
        return kept
    return kept


def _glued(fragment: _Token | None, opener: _Token) -> bool:
    """Is the word before the date left of another clause than the verb after it? A definite noun before a verb joined
    by و («الحسم [في اكتوبر] وتوقع»: not a subject, «الاجتماع [اليوم] يأتي»), or a consequence «لتتواصل» before
    a verb («لتتواصل [إلى …] يتخلّلها», «… ويكون»), not a verb before its object («أطلقت [الأربعاء] تحديثا»)."""
    if fragment is None or _is_function(opener) or opener.time or opener.norm[:1].isdigit():
        return False
    norm, first = opener.norm, fragment.norm
    joined = norm[:1] == "و" and not _waw_root_word(norm) and 3 <= len(norm) - 1 <= 4 and not norm[1:].startswith(ARTICLE) \
        and not norm.endswith(("ه", "ي"))
    imperfect = norm[:1] in "يت" and len(norm) >= 4 and not norm.endswith("ات") and (norm[-1:] != "ا" or norm.endswith("ها"))
    if first.startswith(ARTICLE) and len(first) >= 4:
        return joined
    return first[:1] == "ل" and first[1:2] in "يت" and len(first) >= 5 and (joined or imperfect)


MONTH_NAME_REACH = 2  # «هلال شوال», «هلال شهر رمضان»


def _names_its_month(tokens: list[_Token], index: int) -> bool:
    """«ثبوت رؤية هلال شوال»: the month after «هلال» is what was seen, not only the date; the title keeps it."""
    for back in range(1, MONTH_NAME_REACH + 1):
        head = index - back
        if head < 0 or tokens[head].stop:
            return False
        if not tokens[head].time:
            return _phrase_at(tokens, head, "names_month", proclitic=True) == 1 and not tokens[index - 1].stop
    return False


def _perfect(norm: str) -> bool:
    """Does a word after «قد» read as a perfect verb («قد أدلى», «قد تم»), not an imperfect («قد يكون»)?"""
    return len(norm) >= 2 and not norm.isdigit() and (norm[0] not in "يتن" or norm.startswith("تم"))


def _phrase_end(tokens: list[_Token], kept: list[int], edge: list[int], cut: int, limit: int) -> int | None:
    """A cut title runs on to where its phrase ends (a comma, or the next preposition or opener) within `limit`."""
    for position in range(cut, len(kept)):
        if _width(edge, 0, position + 1) > limit:
            return None
        token = tokens[kept[position]]
        if _needs_complement(token):
            continue
        if position + 1 == len(kept) or _comma_between(tokens, kept[position], kept[position + 1]):
            return position + 1
        following = kept[position + 1]
        if _is_function(tokens[following]) or _phrase_at(tokens, following, "opens", proclitic=True) \
                or _saying(tokens, following) or _and_phrase(tokens, following):  # «… إلى موسكو وما تمخضت»
            return position + 1
    return None


def _past_adjunct(tokens: list[_Token], kept: list[int]) -> list[int]:
    """A title opening on a prepositional phrase («بعد المحادثات في العاصمة يتوجه …») starts on the clause
    after it: the first word that neither continues the phrase nor is a preposition's object, when it reads as
    a clause's start (an imperfect verb, or a word with a definite noun after it)."""
    if len(kept) < 2 or _bare(tokens[kept[0]].norm) not in PREPOSITIONS:
        return kept
    content = _content_counts([tokens[i] for i in kept])
    for position in range(1, len(kept) - 1):
        token, before = tokens[kept[position]], tokens[kept[position - 1]]
        norm = token.norm
        if _phrase_at(tokens, kept[position], "perfect", proclitic=True):
            return kept[position:]  # «قبل اكتشاف تلك الظاهرة كان الناس يعتقدون …»
        resumed = _phrase_at(tokens, kept[position], "resumes")
        if resumed and not before.time and content[-1] - content[position + resumed] >= MIN_CONTENT_WORDS:
            return kept[position + resumed :]  # «على صعيد التدريبات فقد منح المدرب …»: the main clause after it
        if token.time or norm.startswith((ARTICLE,) + PREPOSITION_ARTICLE) or norm[:1].isdigit() \
                or _bare(before.norm) in PREPOSITIONS or norm[:1] == "و" or _bare(norm) in PREPOSITIONS:
            continue  # still the phrase: its noun, the nouns and adjectives after it, a noun joined by و
        if _is_function(token) or not (before.stop or before.norm.startswith((ARTICLE,) + PREPOSITION_ARTICLE)):
            return kept  # «بعد انكشاف علاقته …»: an undefined noun's genitive, not a clause
        dropped = kept[position] > 0 and (tokens[kept[position] - 1].time or tokens[kept[position] - 1].stop)
        following = tokens[kept[position + 1]].norm
        if not (norm[:1] in "يت" and len(norm) >= 4 or norm[:1] == "س" and norm[1:2] in "يتن" and len(norm) >= 4
                or dropped and following.startswith(ARTICLE)):
            return kept  # a clause opens on an imperfect verb, or on «verb + subject» where the date or a comma was
        if content[-1] - content[position] < MIN_CONTENT_WORDS or _phrase_at(tokens, kept[position], "opens", proclitic=True):
            return kept
        return kept[position:]
    return kept


def _drop_lead(tokens: list[_Token], kept: list[int]) -> list[int]:
    return _with_negation(tokens, _without_lead(tokens, kept))


def _with_negation(tokens: list[_Token], kept: list[int]) -> list[int]:
    """«ولم يتوصل المبعوث إلى أي نتيجة», «ولا تفي بوعود …»: a title opening on a verb a particle negated keeps the
    particle (whatever cut the title there, a relative clause's noun or a window); without it the title tells the
    opposite of what the text says."""
    if kept and kept[0] and not tokens[kept[0] - 1].stop and not tokens[kept[0] - 1].time \
            and _phrase_at(tokens, kept[0] - 1, "negation", proclitic=True) == 1:
        return [kept[0] - 1] + kept
    return kept


def _without_lead(tokens: list[_Token], kept: list[int]) -> list[int]:
    while kept:
        words = [tokens[i] for i in kept]
        size = _lead_words(words, 0) or _phrase_at(words, 0, "opens", proclitic=True) \
            or _phrase_at(words, 0, "not_opening", proclitic=True) \
            or _phrase_at(words, 0, "headless", proclitic=True)  # «فقط تولى المشاط …», «رأسهم فنان العرب …»
        if not size:
            break
        kept = kept[size:]
    return kept


def _phrase_start(tokens: list[_Token], kept: list[int], edge: list[int], start: int, after: int, budget: int) -> int:
    """Move a window's first word to where a phrase starts: back a little if one is near, else on."""
    for position in range(start - 1, -1, -1):
        if _width(edge, position, after) > WINDOW_SLACK * budget:
            break
        if _opens_phrase(tokens, kept[position]):
            return position
    last = after - MIN_CONTENT_WORDS  # an opener right before the mention would leave it a bare verb
    return next((p for p in range(start, last) if _opens_phrase(tokens, kept[p])), 0)  # no phrase starts near: the clause's own start


def _opens_phrase(tokens: list[_Token], index: int) -> bool:
    """A word a title may start on inside a clause: after a comma, an opener or a reporting verb."""
    if _phrase_at(tokens, index, "relative", proclitic=True):
        return False  # «الذي يضم …» without the noun it describes is a fragment
    return bool(index and tokens[index - 1].stop or _phrase_at(tokens, index, "opens", proclitic=True)
                or _phrase_at(tokens, index, "report", proclitic=True) and not _is_function(tokens[index])  # «بيّن», not «بين»
                or _conjunct(tokens, index) or _purpose(tokens[index].norm))


def _conjunct(tokens: list[_Token], index: int) -> bool:
    """«وسيتم الإعلان», «وستنطلق …»: و before a verb in the future opens a conjunct clause; a noun after و is
    most often a list item («وحامل اللقب», «ومعارض في …», «وإعلانها إعادة فرض …») and does not."""
    token = tokens[index]
    norm = token.norm
    if norm[:1] != "و" or len(norm) <= 4 or _waw_root_word(norm) or _is_function(token) or token.time:
        return False
    return norm[1:2] == "س" and norm[2:3] in "يتن"


def _comma_between(tokens: list[_Token], index: int, following: int) -> bool:
    """Did the sentence have a clause mark between two kept words, after the first or after a dropped time word between
    them («… الأربعاء، عن …»)?"""
    return any(t.stop for t in tokens[index:following])


def _cut_at_phrase(tokens: list[_Token], kept: list[int]) -> list[int]:
    """A cut title ends where a phrase ends: before the last preposition or opener in its second half, or before an
    earlier one keeping most of it when the last would leave a verb or head without its complement («سيطرت» before
    «على بلدة …», «بالتعاون» before «مع …»)."""
    ends = [position for position in range(len(kept) - 1, len(kept) // 2, -1) if _phrase_boundary(tokens, kept, position)]
    if not ends:
        return kept
    edge = _edges(tokens, kept)
    closed = next((position for position in ends if _closes_phrase(tokens, kept, position)
                   and _width(edge, 0, position) >= KEEP_SHARE * _width(edge, 0, ends[0])), ends[0])
    return kept[:closed]


KEEP_SHARE = 0.7  # a closed phrase end is worth losing at most 30% of what the last phrase end kept


def _phrase_boundary(tokens: list[_Token], kept: list[int], position: int) -> bool:
    """Does a phrase start at kept[position] (a preposition, an opener, a comma before it, a conjunct phrase, or an
    imperfect verb opening a clause on the noun before it: «معرضا للفن التشكيلي يضم أعمال …»)?"""
    token = tokens[kept[position]]
    return _is_function(token) or bool(_phrase_at(tokens, kept[position], "opens", proclitic=True)) \
        or _comma_between(tokens, kept[position - 1], kept[position]) or _and_phrase(tokens, kept[position]) \
        or _imperfect(token) and not _is_function(tokens[kept[position - 1]]) and tokens[kept[position - 1]].norm not in VERB_PARTICLES


def _closes_phrase(tokens: list[_Token], kept: list[int], position: int) -> bool:
    """May a title end on kept[position - 1] before the phrase at kept[position]? Not on a word needing what follows: a
    verb before its complement («سيطرت» before «على بلدة …», «شرعوا في», «وكان أنتج»), a preposition's noun that needs
    its own preposition («بالتعاون مع»), a count or comparative («لأكثر من»), a word the lexicon calls unfinished."""
    if _comma_between(tokens, kept[position - 1], kept[position]):
        return True  # the sentence's own mark ends the phrase
    last = tokens[kept[position - 1]]
    norm = last.norm
    if _is_function(last) or norm in QUANTITY or _bare(norm) in DANGLING_AFTER or norm[1:] in DANGLING_AFTER \
            or _phrase_at(tokens, kept[position - 1], "unfinished", proclitic=True):
        return False
    if any(_bare(tokens[i].norm) == "بين" for i in kept[max(0, position - 3) : position]):
        return False  # «الاختيار بين إيران» (أو الولايات المتحدة cut): a pair without its second half
    if norm.startswith(("بال", "لل")) and _bare(tokens[kept[position]].norm) in {"مع", "الي", "علي", "عن", "من"}:
        return False  # «بالتعاون مع», «بالإضافة إلى»: a phrase needing its own preposition
    return not _looks_verbal(norm) and not (_imperfect(last) and position - 1 > 0 and not _is_function(tokens[kept[position - 2]]))
