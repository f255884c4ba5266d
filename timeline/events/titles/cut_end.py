"""Tidying a cut title's end: the words a title cut inside its sentence may not end on (a verb before its
complement, a number before its unit, a piece of a name or quotation, a frame whose statement was cut), and a phrase
the cut left open run on to its end when it fits."""

from __future__ import annotations

from .tokens import (
    ARTICLE, MIN_CONTENT_WORDS, PREPOSITIONS, PREPOSITION_ARTICLE, QUANTITY, _Token, _bare, _conjoined, _is_function,
    _phrase_at, _present_forms, _purpose, _roles_words, _waw_root_word)
from .over_length import _edges, _width
from .verb_spelling import _imperfect, _imperfect_long, _imperfect_plural, _looks_verbal, _predicate


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


def _needs_complement(token: _Token) -> bool:
    """A word a title cannot end on: a preposition, «عدد» before what is counted, a bare number."""
    return _is_function(token) or token.norm in QUANTITY or token.norm.isdigit()


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
