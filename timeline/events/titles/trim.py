"""A core cut to a title: time words and leading particles out, whole words within the length, a cut ending
where its phrase ends."""

from __future__ import annotations

from .speakers import _name_after_office
from .tokens import (
    ARTICLE, EXTEND_CHARS, MAX_CHARS, MIN_CONTENT_WORDS, PREPOSITION_ARTICLE, PREPOSITIONS, QUANTITY,
    _Clause, _Token, _bare, _conjoined, _construct_head, _content_counts, _is_function, _lead_words, _phrase_at, _present_forms, _purpose,
    _roles_words, _waw_root_word)


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


def _opens_cut_phrase(tokens: list[_Token], kept: list[int]) -> bool:
    """«سمحت بمرور» (أي رحلات … cut), «لتحالف رواد الأعمال لمجموعة» (الدول العشرين cut), «جواسيس صينيين تمكنوا» (من
    زرع … cut), «يجعلهن يتقدمن» (في السن cut): a cut title does not end on a word opening a phrase whose rest was cut,
    an undefined noun before its genitive or a verb before the preposition of its complement."""
    if len(kept) <= MIN_CONTENT_WORDS or not _cut(tokens, kept):
        return False
    last, following = tokens[kept[-1]], tokens[kept[-1] + 1]
    norm, after = last.norm, following.norm
    if _genitive_head(norm) or _honorific_before_name(tokens, kept):
        return True
    if _purpose_verb(last) and not following.time and (_is_function(following) or after.startswith(ARTICLE)):
        return True  # «انتقاله إلى مركز الشرق الأوسط في لندن ليعمل» (في إذاعة … cut): what he went to do is its complement
    if _is_function(last) or last.time or following.skip or norm[:1].isdigit() or not norm[:1].isalpha():
        return False
    if after in _roles_words("governed"):  # (the prepositions of a complement; a verb joined by و is _dangling_verb's)
        return (_looks_verbal(norm) and not norm.endswith("ات") or _imperfect_plural(norm)) and norm[:1] != "و"
    if norm[:1] not in "بل" or _phrase_at(tokens, kept[-1] + 1, "opens", proclitic=True) \
            or not (after.startswith(ARTICLE) and not _is_function(following) or _genitive_head(after)):
        return False  # a noun after ب or ل, before its genitive («بمرور أي رحلات», «لمجموعة الدول»); not «تطبيق أي باي»
    return not norm.startswith(ARTICLE) and not norm.startswith(PREPOSITION_ARTICLE) and not norm[1:].startswith(ARTICLE) \
        and len(norm) >= 4 and not _looks_verbal(norm) and not _predicate(last) \
        and not last.surface.rstrip(".,،؛:\"»)").endswith(("ه", "ها", "هم"))  # («تنفيذه هذه السنة»: a pronoun closes it)


def _purpose_verb(token: _Token) -> bool:
    """«ليعمل», «لتصبح», «ليتمكن»: ل before an imperfect verb, a purpose told by what follows it (not a name, «ليبيا»,
    «لتركيا», nor a verbal noun, «لتسوية», «لتعزيز»)."""
    norm = token.norm
    return norm[:1] == "ل" and norm[1:2] in "يت" and 5 <= len(norm) <= 6 and not norm.endswith(("ا", "ه", "يه", "ات")) \
        and not _purpose(norm) and not _is_function(token) and norm[1:] not in _roles_words("not_imperfect")


def _honorific_before_name(tokens: list[_Token], kept: list[int]) -> bool:
    """«… التعليمي للبنين الشيخ» (احمد بن علي … cut), «المبعوث الأممي لليمن إسماعيل ولد الشيخ» (أحمد cut): a title
    said before a name (the lexicon's honorific) whose name the cut left out; not a family name's last word («تركي آل
    الشيخ»), nor a title before a definite word («السيد الرئيس»)."""
    following = tokens[kept[-1] + 1]
    return _phrase_at(tokens, kept[-1], "honorific") == 1 and not following.norm.startswith(ARTICLE) \
        and not _is_function(following) and not following.norm[:1].isdigit() and following.norm[:1].isalpha() \
        and not (len(kept) > 1 and _phrase_at(tokens, kept[-2], "name_link") == 1)


def _before_name(tokens: list[_Token], kept: list[int]) -> list[int]:
    """A title whose honorific's name was cut, without the name's first parts before it («المبعوث الأممي لليمن
    [إسماعيل ولد]»): the words back to a definite one or a function word go, when enough is left."""
    end = len(kept)
    while end > 1 and not _is_function(tokens[kept[end - 1]]) and not _closed(tokens[kept[end - 1]]) \
            and not tokens[kept[end - 1]].norm.startswith(PREPOSITION_ARTICLE) \
            and not tokens[kept[end - 1]].stop and not tokens[kept[end - 1]].norm[:1].isdigit():
        end -= 1  # («لليمن» is definite: ل and the article)
    return kept[:end] if end >= MIN_CONTENT_WORDS and end < len(kept) else kept


def _genitive_head(norm: str) -> bool:
    """«كل», «بكل», «لأي», «داخل»: a quantifier or preposition-like noun (the lexicon's genitive_head), ب، ل or و before it."""
    heads = _roles_words("genitive_head")
    return norm in heads or norm[:1] in "بلوف" and norm[1:] in heads


def _closed(token: _Token) -> bool:
    """A noun needing no genitive: definite («السن») or with a pronoun («وسعنا»)."""
    return token.norm.startswith(ARTICLE) or token.norm[1:].startswith(ARTICLE) \
        or token.surface.rstrip(".,،؛:\"»)").endswith(("نا", "ها", "هم", "ه"))


def _imperfect_long(token: _Token) -> bool:
    """«يقضي», «ويواصل»: ي opening a word of four to six letters (not «تقرير»: ت opens verbal nouns too), not a plural."""
    norm = token.norm[1:] if token.norm[:1] in "وف" and token.norm[1:2] == "ي" else token.norm
    return norm[:1] == "ي" and 4 <= len(norm) <= 6 and not norm.endswith(("ه", "ات", "ين")) and not _is_function(token)


def _imperfect_plural(norm: str) -> bool:
    """«يتقدمن», «يتمكنون»: a word spelt like an imperfect verb with a plural ending (not «تدريبات», «المشاركين»)."""
    return norm[:1] in "يت" and 4 <= len(norm) <= 7 and norm.endswith(("ن", "ون", "وا")) and not norm.endswith(("ين", "ات"))


def _with_phrase_finished(tokens: list[_Token], whole: list[int], kept: list[int], budget: int, limit: int) -> list[int]:
    """A cut title whose last word opens a phrase («سمحت بمرور», «تمكنوا», «نقوم بكل») runs on to that phrase's end
    when the title stays within `budget`; else it ends before the phrase when what is left still has its verb and ends
    on no verb («… عقوبة على عملية سطو مسلح [أسفرت]»: within the length is better than long); else it runs on within
    `limit` («… السعودية سمحت بمرور أي رحلات طيران»); else it stays as it is (and the word goes)."""
    opened = kept
    while len(opened) > 1 and _is_function(tokens[opened[-1]]):
        opened = opened[:-1]  # «نقوم بكل ما» (في وسعنا cut): the phrase was opened before its particles
    if not _opens_cut_phrase(tokens, opened) or kept[-1] not in whole:
        return kept
    start = whole.index(kept[-1])
    if whole[: start + 1] != kept:
        return kept  # (the kept words are not the clause's head: an aside or a name went)
    finished = _phrase_finished(tokens, whole, start, limit)
    edge = _edges(tokens, whole)
    if finished and _width(edge, 0, len(finished)) <= budget:
        return finished
    if _honorific_before_name(tokens, opened):
        return _before_name(tokens, opened[:-1])  # «… لليمن إسماعيل ولد [الشيخ]»: no piece of the name either
    before = opened[:-1]
    while len(before) > 1 and _is_function(tokens[before[-1]]):
        before = before[:-1]
    last = tokens[before[-1]]
    if len(before) > MIN_CONTENT_WORDS and not _predicate(last) and not any(ch.isdigit() for ch in last.norm) \
            and any(_predicate(tokens[i]) or _imperfect_plural(tokens[i].norm) or _imperfect_long(tokens[i]) for i in before):
        return kept  # (the word goes in _trim's last loop)
    return finished or kept


def _phrase_finished(tokens: list[_Token], whole: list[int], start: int, limit: int) -> list[int] | None:
    """whole[: start + 1] run on to where the phrase its last word opened ends, within `limit`; None if it ends further."""
    edge = _edges(tokens, whole)
    for position in range(start + 1, len(whole)):
        if _width(edge, 0, position + 1) > limit or whole[position] != whole[position - 1] + 1:
            return None
        finished = whole[: position + 1]
        token = tokens[whole[position]]
        if _needs_complement(token) or _unfinished(tokens, finished) or _opens_cut_phrase(tokens, finished) \
                or _saying(tokens, whole[position]):
            continue
        if position + 1 == len(whole) or token.stop:
            return finished
        following = whole[position + 1]
        if _is_function(tokens[following]) or tokens[following].time or _phrase_at(tokens, following, "opens", proclitic=True) \
                or _and_phrase(tokens, following) or tokens[following].opens_quote or _purpose(tokens[following].norm) \
                or _closed(token) and tokens[following].norm[:1] in "بل" and len(tokens[following].norm) >= 4:
            # «في السن [بمعدل …]», «ما في وسعنا [لتفادي …]»: a closed noun before a phrase of ب or ل
            return finished
    return None


STATEMENT_SUBJECT_WORDS = 9  # a statement's subject and its modifiers, cut before its verb


def _statement_without_predicate(tokens: list[_Token], kept: list[int]) -> int | None:
    """Where the «أن/إن» of a cut title's last statement stands, when the cut left it its subject only, no verb
    («قدر المصرف المركزي أن النشاط الاقتصادي غير النفطي», «قالت إن الحقوق الحصرية»); None otherwise."""
    if not _cut(tokens, kept) or tokens[kept[-1] + 1].time:
        return None
    for position in range(len(kept) - 1, max(0, len(kept) - 1 - STATEMENT_SUBJECT_WORDS), -1):
        if _phrase_at(tokens, kept[position], "that", proclitic=True) == 1:
            after = kept[position + 1 :]
            return position if after and not any(_predicate(tokens[i]) for i in after) else None
    return None


def _predicate(token: _Token) -> bool:
    """A word spelt like a finite verb, a news verb the lexicon knows (its past verbs spelt as no other: «نما»,
    «بدأ»), or the future («سيتم», «ستنطلق»)."""
    norm = token.norm
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    return not _is_function(token) and not token.time and (
        _looks_verbal(norm) or _imperfect(token) or bare in _present_forms() or bare in _roles_words("verb")
        or bare[:1] == "س" and bare[1:2] in "يتن" and len(bare) >= 4 or token.norm in VERB_PARTICLES)


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


QUOTE_REACH = 3  # words of a quoted name a cut may leave («بعنوان "مش», «قناة "بي»): a longer quote is a statement


def _cut(tokens: list[_Token], kept: list[int]) -> bool:
    """Did the sentence go on after the title's last word, with no clause mark between?"""
    return bool(kept) and kept[-1] + 1 < len(tokens) and not tokens[kept[-1]].stop and not tokens[kept[-1]].closes_quote \
        and not tokens[kept[-1] + 1].time


def _cut_office(tokens: list[_Token], kept: list[int]) -> bool:
    """«… نائب رئيس دولة الإمارات العربية المتحدة رئيس» (مجلس الوزراء cut), «… نائب رئيس الفيفا رئيس» (لجنة … cut):
    a cut title does not end on an office whose body or holder was cut."""
    return len(kept) > MIN_CONTENT_WORDS and _cut(tokens, kept) and not tokens[kept[-1] + 1].time \
        and _phrase_at(tokens, kept[-1], "office", proclitic=True) == 1


def _cut_described(tokens: list[_Token], kept: list[int]) -> bool:
    """«نشرت تقريرا قالت فيه» (إن … cut), «أصدرت بياناً تحرّم فيه» (تداول … cut), «ندوة صحفية أعلنت خلالها» (عن …
    cut): a clause describing a noun through a pronoun («فيه», «خلالها»), cut before what it tells, goes whole, its
    verb with it; the title ends on the noun."""
    if len(kept) <= MIN_CONTENT_WORDS + 1 or not _cut(tokens, kept) or tokens[kept[-1] + 1].time:
        return False
    if _phrase_at(tokens, kept[-1], "pointing_in") == 1:
        return True
    return _phrase_at(tokens, kept[-1] + 1, "pointing_in") == 1 and not _is_function(tokens[kept[-1]])


def _unfinished(tokens: list[_Token], kept: list[int]) -> bool:
    """«… رئيسا للمجلس السياسي الأعلى خلفا» (لصالح الصماد cut), «… نعيمة بن» (علي cut), «مهرجان … المقام» (في العاصمة
    cut): a cut title does not end on a word whose complement, or the rest of whose name, was what the cut left out."""
    # (a complement that was the date, «المعدة للتسويق بمناسبة [رمضان]», or that a colon put off, «تحت عنوان:», is cut too)
    return len(kept) > 1 and kept[-1] + 1 < len(tokens) and _phrase_at(tokens, kept[-1], "unfinished", proclitic=True) == 1


def _without_cut_name(tokens: list[_Token], kept: list[int], link_kept: bool = False) -> list[int]:
    """«… في وقائع حرق منزل ونهب نعيمة» (بن علي cut): a title cut before a word linking a name's parts ends inside the
    name; the name's first part goes, and the conjunct it was the object of («ونهب») with it. `link_kept`: the link
    word was in the title and went as unfinished («الشيخ احمد [بن]»)."""
    if len(kept) <= MIN_CONTENT_WORDS + 1 or kept[-1] + 1 >= len(tokens) or not _phrase_at(tokens, kept[-1] + 1, "name_link") \
            or not (link_kept or _cut(tokens, kept)):
        return kept
    kept = kept[:-1]
    return kept[:-1] if _conjoined(tokens[kept[-1]]) and len(kept) > MIN_CONTENT_WORDS else kept


def _without_cut_quote(tokens: list[_Token], kept: list[int]) -> list[int]:
    """«مبادرة بعنوان "مش» («لوحدك"» cut), «قرصنة قناة "بي» («إن سبورتس"» cut): a cut inside a short quoted name leaves
    a piece of it; the title ends before the quotation (and then on no word that needed it)."""
    if not _cut(tokens, kept):
        return kept
    for position in range(len(kept) - 1, max(0, len(kept) - QUOTE_REACH) - 1, -1):
        token = tokens[kept[position]]
        if token.closes_quote and position < len(kept) - 1:
            return kept
        if token.opens_quote:
            return kept[:position] if position >= MIN_CONTENT_WORDS else kept
    return kept


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


def _without_cut_frame(tokens: list[_Token], kept: list[int]) -> list[int]:
    """«قررت الانفصال عن زوجها … وقالت في تصريح للمجلة» (its «: "قلبي يتقطع …"» cut): a title does not end on a frame
    joined by و whose statement, after a colon or a quotation mark, was left out."""
    if len(kept) < 4 or kept[-1] + 1 >= len(tokens) or not (tokens[kept[-1]].stop or tokens[kept[-1] + 1].opens_quote):
        return kept
    for position in range(len(kept) - 1, 1, -1):
        token = tokens[kept[position]]
        if token.opens_quote or token.stop and position < len(kept) - 1 or _phrase_at(tokens, kept[position], "that"):
            return kept  # the statement is there, or the frame is not the title's last phrase
        if token.norm[:1] == "و" and _phrase_at(tokens, kept[position], "report", proclitic=True) and not _is_function(token):
            return kept[:position] if position >= MIN_CONTENT_WORDS else kept
    return kept


DANGLING_AFTER = {"علي", "الي", "عن", "من", "اكثر", "اقل"} | QUANTITY


def _dangling_conjunct(tokens: list[_Token], kept: list[int]) -> bool:
    """«… إلى قتل 173 شخصا وإصابة» (أكثر من 400 cut), «ووصل» (إلى … cut), «والعديد» (من … cut): a title ending on a
    word joined by و whose complement, a particle or a count, was left out ends on its first half; so does one ending
    on «بنسبة», «بقيمة» whose amount was cut."""
    if len(kept) < 3 or kept[-1] + 1 >= len(tokens):
        return False
    last, following = tokens[kept[-1]], tokens[kept[-1] + 1]
    if last.norm[:1] == "ب" and not last.norm.startswith("بال") and last.surface.endswith("ة") and len(last.norm) >= 5 \
            and not last.stop and (following.norm[:1].isdigit() or following.norm in QUANTITY | {"اكثر", "اقل"}):
        return True  # «… مع الولايات المتحدة بنسبة» (أقل من … cut), «بقيمة» (its amount cut)
    if last.norm[:1] == "و" and last.norm[1:2].isdigit() and not last.stop and not following.time and _is_function(following) \
            and not any(ch.isdigit() for ch in tokens[kept[-2]].norm):  # (not a score's last set, «3-6 و6-3 و7-6»)
        return True  # «… بنسبة 25% على واردات الصلب و10%» (على واردات الألومنيوم cut)
    return (_conjoined(last) and len(last.norm) >= 5 or last.norm[:1] == "و" and last.norm[1:] in QUANTITY) and not last.stop \
        and not following.time and not following.skip and following.norm in DANGLING_AFTER


def _dated_participle(tokens: list[_Token], index: int) -> bool:
    """«بحسب بلاغ صادر» (اليوم gone), «الصحف الإيطالية الصادرة» (الأربعاء gone): a participle whose complement was
    its date."""
    return index + 1 < len(tokens) and tokens[index + 1].time and not tokens[index].stop \
        and _phrase_at(tokens, index, "date_participle", proclitic=True) == 1


def _dated_relative_verb(tokens: list[_Token], kept: list[int]) -> bool:
    """«في إطار عملية اغتصاب مفترضة جرت» (في العام 2013 gone), «في معارك عنيفة جرت» (أمس gone): a verb describing the
    undefined noun right before it, whose only complement was its date, says nothing the noun does not; the title
    ends on the noun. So does a frame of expectation so left («البلد المضيف المقرر أن تجري» before «في 13 حزيران»)."""
    if len(kept) <= MIN_CONTENT_WORDS + 1 or kept[-1] + 1 >= len(tokens) or tokens[kept[-1]].stop:
        return False
    last, following = tokens[kept[-1]], tokens[kept[-1] + 1]
    if _phrase_at(tokens, kept[-1], "participle", proclitic=True) == 1 and following.norm == "ان" and not following.time:
        return kept[-1] + 3 < len(tokens) and _predicate(tokens[kept[-1] + 2]) and tokens[kept[-1] + 3].time \
            and not tokens[kept[-1] + 2].stop  # «المقرر [أن تجري في 13 حزيران]»
    if not following.time or not _predicate(last) or kept[-2] != kept[-1] - 1:
        return False
    before = tokens[kept[-2]]
    if before.norm == "ان" and _phrase_at(tokens, kept[-3], "participle", proclitic=True) == 1:
        return True  # «المقرر أن تجري»
    # a past verb (not «سيناء», «ويدج», «ستعقد»: a future or و opens no such clause) after an undefined noun or
    # adjective in ة («مفترضة», «عنيفة»; not a place after ب: «بقفصة قرّرت» is its subject's verb)
    past = last.norm in _roles_words("verb") or _looks_verbal(last.norm) and last.norm.endswith("ت")
    return past and last.norm[:1] not in "وسف" and not before.stop and not before.time and not _is_function(before) \
        and before.norm[:1] not in "بلو" and not before.norm.startswith(ARTICLE) and before.surface.endswith("ة")


def _bare_count(tokens: list[_Token], kept: list[int]) -> bool:
    """A number ending a title after a preposition (and what it numbers gone with the date or the cut):
    «في جولة بأوروبا من 13», «ارتفع إلى 4»; not a score («3-1») or a count the title keeps («بنتيجة 2»)."""
    if len(kept) > 1 and tokens[kept[-1]].norm.isdigit() and kept[-1] + 1 < len(tokens) and not tokens[kept[-1]].stop \
            and _is_function(tokens[kept[-1] + 1]) and tokens[kept[-2]].norm[:1] == "ب" and tokens[kept[-2]].surface.endswith("ة"):
        return True  # «بنسبة 25» (في المئة cut): a rate without its unit
    return len(kept) > 1 and tokens[kept[-1]].norm.isdigit() and _is_function(tokens[kept[-2]])


NOT_COUNTED = {"مقابل", "لصفر", "للاشيء"}  # «بنتيجة 2 مقابل 1»: a score's halves, not a number and what it counts


def _cut_count(tokens: list[_Token], kept: list[int]) -> bool:
    """«بقيمة 50 مليار» (دولار cut), «منها9» (مليارات من السلع cut), «إيقاف 80» (شخصا cut): a number and what it counts
    or its unit are one phrase; a cut title does not end on the number or its number word (the lexicon's count_word)
    when the sentence went on with its noun. (The amount's head goes with it: _amount_left.)"""
    if len(kept) <= MIN_CONTENT_WORDS or not _cut(tokens, kept):
        return False
    last, following = tokens[kept[-1]], tokens[kept[-1] + 1]
    if not last.norm[-1:].isdigit() and last.norm not in _roles_words("count_word"):
        return False
    return following.norm[:1].isalpha() and not _is_function(following) and following.norm not in NOT_COUNTED \
        and not following.norm.startswith("و") and not following.opens_quote


def _amount_left(tokens: list[_Token], kept: list[int]) -> bool:
    """«ارتفع بمقدار» (100 ألف برميل cut), «بحوالي» (70 مليار دولار cut), «قيمتها» (16.5 مليون يورو cut): the word
    opening an amount whose number went (the lexicon's amount_head)."""
    return len(kept) > MIN_CONTENT_WORDS and kept[-1] + 1 < len(tokens) and not tokens[kept[-1]].stop \
        and tokens[kept[-1]].norm in _roles_words("amount_head") and any(ch.isdigit() for ch in tokens[kept[-1] + 1].norm)


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
    while position < len(kept) - 1 and _width(_edges(tokens, kept), 0, len(kept)) > budget:
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


def _perfect(norm: str) -> bool:
    """Does a word after «قد» read as a perfect verb («قد أدلى», «قد تم»), not an imperfect («قد يكون»)?"""
    return len(norm) >= 2 and not norm.isdigit() and (norm[0] not in "يتن" or norm.startswith("تم"))


def _needs_complement(token: _Token) -> bool:
    """A word a title cannot end on: a preposition, «عدد» before what is counted, a bare number."""
    return _is_function(token) or token.norm in QUANTITY or token.norm.isdigit()


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


def _and_phrase(tokens: list[_Token], index: int) -> bool:
    """«والتعاون …», «وما تمخضت …»: و before a definite noun or «ما» starts a conjunct phrase (a cut may fall before it);
    before another word it may be a root letter («واسعا», «وزير»); after «بين X» it is the pair's second half, and
    after an adjective («الاقتصادي والتجاري») the noun's second adjective."""
    norm = tokens[index].norm
    if not (norm.startswith("وال") and len(norm) > 5 or norm in {"وما", "ومن"}):
        return False
    if index and norm.endswith(("ي", "يه")) and tokens[index - 1].norm.startswith(ARTICLE) \
            and tokens[index - 1].norm.endswith(("ي", "يه")):
        return False  # «التعاون الاقتصادي والتجاري»: two adjectives of one noun
    return not any(_bare(t.norm) == "بين" for t in tokens[max(0, index - 3) : index])


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


def _saying(tokens: list[_Token], index: int) -> bool:
    """«قائلاً», «مضيفا», «مؤكدة»: a participle of saying opens the statement that tells what was said."""
    return _phrase_at(tokens, index, "saying", proclitic=True) == 1


def _cut_purpose(tokens: list[_Token], kept: list[int]) -> bool:
    """«أصدر النادي 3 بيانات للتعبير» (عن استنكاره … cut), «… للإطلاع» (على سير … cut): a title cut right after a
    verbal noun of purpose, whose object the cut left out, ends before it."""
    if len(kept) <= MIN_CONTENT_WORDS + 1 or not _cut(tokens, kept) or not _of_purpose(tokens[kept[-1]].norm):
        return False
    following = tokens[kept[-1] + 1]
    norm = following.norm
    if following.time or _conjoined(following) or _phrase_at(tokens, kept[-1] + 1, "opens", proclitic=True) \
            or _phrase_at(tokens, kept[-1] + 1, "unfinished", proclitic=True) or _imperfect(following) \
            or norm[:1] == "س" and norm[1:2] in "يتن":
        return False  # «جاهز للإنتاج [يمكن …]», «المعدة للتسويق [بمناسبة …]»: what follows is not its object
    return _is_function(following) or not _looks_verbal(norm)  # «للتعبير [عن …]», «لتعزيز [النزاهة]»


def _of_purpose(norm: str) -> bool:
    """«لإعداد», «للإطلاع», and with the article «للتعبير», «للمطالبة» (ل + a derived verbal noun)."""
    if norm.endswith(PLURAL_ENDINGS):
        return False  # «للإندونيسيين», «للإعلاميين»: people, not a purpose
    return _purpose(norm) or norm.startswith("لل") and not norm.endswith("ه") and _purpose("ل" + norm[2:])


PLURAL_ENDINGS = ("ين", "ون", "ات", "يه")  # (normalised: «ية» is «يه»)


def _dangling_verb(tokens: list[_Token], kept: list[int]) -> bool:
    """«… وقاد مصر في بطولة أمم أفريقيا ووصل» (إلى المباراة النهائية cut), «الطفل المصاب لم يلقح ضد المرض ويعيش» (في
    ولاية … cut): a verb joined by و, cut before the preposition of its complement, tells nothing; the title ends on
    the clause before it."""
    if len(kept) <= MIN_CONTENT_WORDS + 1 or not _cut(tokens, kept):
        return False
    last, following = tokens[kept[-1]], tokens[kept[-1] + 1]
    if following.time or not _is_function(following) or _bare(following.norm) not in PREPOSITIONS \
            or not _conjoined(last) and not (last.norm[:1] == "و" and len(last.norm) == 4 and not _waw_root_word(last.norm)):
        return False
    bare = last.norm[1:]
    return bare in _present_forms() or _looks_verbal(bare) or bare[:1] in "يت" and 4 <= len(bare) <= 5 and not bare.endswith("ات")


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


def _edges(tokens: list[_Token], kept: list[int]) -> list[int]:
    """edge[p]: the characters of kept[:p] with a space after each word, so widths cost O(1)."""
    edge = [0]
    for index in kept:
        edge.append(edge[-1] + len(tokens[index].surface) + 1)
    return edge


def _width(edge: list[int], first: int, end: int) -> int:
    """Characters of the words kept[first:end] joined by spaces."""
    return edge[end] - edge[first] - 1


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


VERB_PARTICLES = {"سوف", "قد", "لن", "لم", "لا", "ما", "كان", "كانت", "يكون", "تكون", "سيتم", "يتم", "تم"}  # «سوف يتضمن»: one verb


def _imperfect(token: _Token) -> bool:
    """A word spelt like an imperfect verb («يضم», «تبلغ», «يبلغ»): ي or ت, four to five letters, not a verbal noun
    of the form تفعيل («تشغيل») nor a number."""
    norm = token.norm
    return norm[:1] in "يت" and 3 <= len(norm) <= 5 and norm[3:4] != "ي" and not norm.endswith(("ه", "ات")) \
        and not _is_function(token) and not token.time and norm not in _roles_words("not_imperfect")  # «ترامب»


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


def _looks_verbal(norm: str) -> bool:
    """A word spelt like a finite verb: a perfect's feminine or plural ending on a short undefined word («سيطرت»,
    «تنامت», «شرعوا»), or a short word after «and» («ووافق», «وأحرز»); a noun may look so too, which costs a shorter title."""
    if norm.startswith(ARTICLE) or norm[:1] in "بلو" and norm[1:3] == ARTICLE or norm.isdigit() or len(norm) > 6:
        return False
    return norm.endswith("ت") and len(norm) >= 4 or norm.endswith("وا") or norm[:1] == "و" and 4 <= len(norm) <= 5 \
        and not norm.endswith(("ه", "ات", "ا", "ي"))


def _cut_before_verb(tokens: list[_Token], words: list[int]) -> bool:
    """Does a statement's title hold no verb of its own (nor a pronoun of copula: «الهدف … هو تحقيق …») while the
    statement goes on to one right after it (a subject alone)?"""
    if not words or words[-1] + 1 >= len(tokens) \
            or any(_predicate(tokens[i]) or _phrase_at(tokens, i, "copula_pronoun") for i in words) \
            or any(_verb_after_subject(tokens, i) for i in words[1:]):
        return False
    for index in range(words[-1] + 1, min(len(tokens), words[-1] + 1 + CUT_VERB_REACH)):
        if tokens[index].stop or _phrase_at(tokens, index, "that", proclitic=True) or _phrase_at(tokens, index, "opens", proclitic=True):
            return False  # «… ضخما وأن الوزارة تنظر»: a second statement, not this one's verb
        if _predicate(tokens[index]):
            return True
    return False


def _own_subject(tokens: list[_Token], first: int) -> bool:
    """Does a statement open on a subject of its own, a definite noun or a construct («فصل العائلات», «المفاوضات»),
    not a predicate whose subject is the speaker («مستمرة في …», «لديها مخاوف»)?"""
    token = tokens[first]
    return not _is_function(token) and (token.norm.startswith(ARTICLE) or _construct_head(tokens, first)) \
        and not token.norm.endswith(("ها", "هم"))


CUT_VERB_REACH = 4  # words after the cut where the statement's verb stands


def _verb_after_subject(tokens: list[_Token], index: int) -> bool:
    """«الجيش استهدف بنيران …»: an undefined word right after a definite noun, before a preposition, is no adjective
    of it (an adjective of a definite noun is definite) but its verb, though spelt as no other."""
    token, before = tokens[index], tokens[index - 1]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return before.norm.startswith(ARTICLE) and not _is_function(before) and not before.stop and not before.time \
        and not token.norm.startswith(ARTICLE) and not _is_function(token) and not token.norm[:1].isdigit() \
        and token.norm[:1] not in "بلو" and not token.time and after is not None \
        and (_is_function(after) or after.norm[:1] in "بل" and not after.norm.startswith(ARTICLE))
