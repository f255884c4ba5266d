"""A sentence cut into clauses: at punctuation and clause openers, a reporting frame «قال X … إن» kept as one
clause, a scheduled noun's date set apart, a clause of time words only or a comma after a date joined to its
neighbours. The clause holding a mention is then widened into a title's core (core.py)."""

from __future__ import annotations

from .tokens import (
    ARTICLE, MIN_CONTENT_WORDS, PREPOSITIONS, PREPOSITION_ARTICLE, PROCLITICS, _Clause, _Token, _bare, _conjoined,
    _construct_head, _content_counts, _is_function, _lead_words, _phrase_at, _present_forms, _pronoun_object,
    _purpose, _verb_like)
from .speakers import _quotation, _speaker_end
from .dated import _duration_nouns, _temporal_prepositions
from .antecedent import _antecedent, _clause_verb, _reporting_verb
from .lead import _among


FRAME_REACH = 25  # words between a reporting verb and its إن/أن
SPEAKER_REACH = 6  # words a speaker may take before its verb


def _clauses(tokens: list[_Token], offset: int = -1) -> list[_Clause]:
    """Split at punctuation and clause openers; a reporting frame «قال X، …، إن» is one clause. `offset`: where the
    mention starts; a frame joined by و before it opens a clause («… وأضاف أنه تم زراعة ألف زيتونة اليوم»)."""
    breaks = {0}
    for index, token in enumerate(tokens):
        if token.stop:
            breaks.add(index + 1)
        if index and _phrase_at(tokens, index, "opens", proclitic=True) and not _phrase_at(tokens, index - 1, "opens", proclitic=True) \
                and not _phrase_at(tokens, index - 1, "lead", proclitic=True):
            breaks.add(index)  # «الذي تم تعيينه» is one clause
        elif index and token.start < offset and not tokens[index - 1].stop and _scheduled_date(tokens, index, offset):
            breaks.update(_scheduled_phrase(tokens, index))  # «… الانتخابات الرئاسية المقررة في 22 أبريل»: the date
            # is the scheduled happening's
        elif index and token.start < offset and token.norm[:1] == "و" and not tokens[index - 1].stop and _phrase_at(tokens, index, "report", proclitic=True) \
                and not _is_function(token) and _frame_at(tokens, index):
            breaks.add(index)  # «… في هذا المجال وأضاف أنه تم زراعة …»: a reporting frame joined by و opens a clause
    for index, token in enumerate(tokens):
        if _phrase_at(tokens, index, "that") and _speaker_relative_before(tokens, max(b for b in breaks if b <= index)):
            breaks.add(index)  # «قال جنينة الذي أقاله السيسي من منصبه قبل سنتين إن عنان …»: the aside ends at إن
    frames: dict[int, _Clause] = {}
    index = 0
    while index < len(tokens):
        frame = _frame_at(tokens, index) if index in breaks else None
        if frame and _dated_speaker_relative(tokens, frame, offset):
            frame = None  # «قالت بريطانيا، التي قادت … اجتياح العراق في عام 2003، إنها …»: the aside's happening
        if frame:
            frame.first = index  # with its leading particles («وكانت الخطوط الجوية أعلنت … أن»)
            breaks.difference_update(range(frame.first + 1, frame.last + 1))
            breaks.add(frame.last + 1)
            frames[frame.first] = frame
            index = frame.last + 1
        else:
            index += 1
    starts = sorted(b for b in breaks if b < len(tokens))
    ends = [s - 1 for s in starts[1:]] + [len(tokens) - 1]
    clauses = [frames.get(a) or _Clause(a, b) for a, b in zip(starts, ends)]
    return _join_past_date(tokens, _drop_time_only(tokens, clauses))


SCHEDULED_REACH = 4  # words between a participle of schedule and its date («المقرر إقامتها في روسيا [الشهر المقبل]»)


def _scheduled_date(tokens: list[_Token], index: int, offset: int) -> bool:
    """Is tokens[index] a participle of schedule («المقررة», «المرتقب», «المزمع») describing the noun phrase before it
    (of three content words or more: «نهائيات كأس العالم المقرر إقامتها في روسيا الشهر المقبل», «قمة رؤساء الدول
    والحكومات المرتقبة الأسبوع المقبل»), whose date, right after it or after «في» and a place, is the mention? The
    date is that noun's. Not a frame of expectation («من المقرر أن …», «المقرر أن تجري»)."""
    if not _phrase_at(tokens, index, "participle", proclitic=True) or tokens[index - 1].norm in {"من", "ومن"} \
            or _phrase_at(tokens, index - 1, "relative", proclitic=True):
        return False
    following = index + 1 + _participle_complement(tokens, index)
    if following < len(tokens) and not tokens[following].time and _bare(tokens[following].norm) == "في":
        following += 1  # «المقرر في جدة يوم 29 أغسطس», «المقررة في 22 أبريل»
        while following < len(tokens) and not tokens[following].time and following - index <= SCHEDULED_REACH \
                and not tokens[following - 1].stop and not _is_function(tokens[following]):
            following += 1
    if following >= len(tokens) or not tokens[following].time or tokens[following - 1].stop:
        return False
    last = following
    while last + 1 < len(tokens) and tokens[last + 1].time and not tokens[last].stop:
        last += 1
    if not tokens[following].start - 1 <= offset < tokens[last].end:
        return False
    antecedent = _antecedent(tokens, index)
    content = _content_counts(tokens)
    return antecedent is not None and content[index] - content[antecedent] >= MIN_CONTENT_WORDS


def _participle_complement(tokens: list[_Token], index: int) -> bool:
    """Is the word after the participle its own complement, a verbal noun or ل with the noun's pronoun («المقرر
    إقامتها», «المقرر لها»)?"""
    if index + 1 >= len(tokens) or tokens[index + 1].time:
        return False
    word = tokens[index + 1]
    return _is_function(word) and word.norm[:1] == "ل" or word.norm.endswith(("ه", "ها")) and not _is_function(word)


def _scheduled_phrase(tokens: list[_Token], index: int) -> tuple[int, ...]:
    """Where the scheduled noun's clause starts (at its participle) and ends (after its date, or after a place phrase
    of «في» right after it: «المرتقبة الأسبوع المقبل في كيبيك»; not «… لأسباب مالية», the main clause's). The
    participle goes from the title, and so does the verbal noun or pronoun after it that its date completed
    («المقرر إقامتها», «المقرر لها»): «نهائيات كأس العالم في روسيا»."""
    tokens[index].skip = True  # (the participle and its own complement: the date told them)
    if _participle_complement(tokens, index):
        tokens[index + 1].skip = True
    date = next(i for i in range(index + 1, len(tokens)) if tokens[i].time)
    while date + 1 < len(tokens) and tokens[date + 1].time and not tokens[date].stop:
        date += 1
    end = date + 1
    if end < len(tokens) and not tokens[date].stop and _bare(tokens[end].norm) == "في" and not tokens[end].time:
        end = next((i for i in range(end + 1, min(len(tokens), end + 4)) if tokens[i - 1].stop or tokens[i].time
                    or _is_function(tokens[i])), min(len(tokens), end + 4))
    return (index, end) if end < len(tokens) else (index,)


def _speaker_relative_before(tokens: list[_Token], opener: int) -> bool:
    """Does the clause at `opener` open on a relative pronoun describing a reporting verb's speaker («قال جنينة الذي
    …»: the verb, a few words of no particle, then the pronoun)?"""
    if not opener or not _phrase_at(tokens, opener, "relative", proclitic=True):
        return False
    for index in range(opener - 1, max(-1, opener - 1 - SPEAKER_REACH), -1):
        token = tokens[index]
        if _reporting_verb(tokens, index):
            return index < opener - 1
        if token.time or _is_function(token) or (token.stop and index != opener - 1):
            return False
    return False


def _dated_speaker_relative(tokens: list[_Token], frame: _Clause, offset: int) -> bool:
    """Does the mention sit in a relative clause describing the frame's speaker («وقال الوزير، الذي تولى منصبه في مارس
    الماضي، إن …»)? The date dates what that clause tells, not the statement: the frame is no frame for it."""
    if offset < 0 or not frame.speaker:
        return False
    mention = next((i for i in range(frame.first, frame.last + 1) if tokens[i].time and tokens[i].end > offset), None)
    if mention is None or tokens[mention].start > offset + 1:
        return False
    first = frame.speaker[0]
    # the aside follows the speaker's comma («، التي …»), the speaker a bare noun phrase: not «في المؤتمر الذي عقده
    # اليوم», whose date is the statement's own
    return any(_phrase_at(tokens, i, "relative", proclitic=True) and tokens[i - 1].stop and first < i
               and not any(_is_function(t) or t.time for t in tokens[first:i])
               for i in range(frame.first + 1, mention))


def _join_past_date(tokens: list[_Token], clauses: list[_Clause]) -> list[_Clause]:
    """«أعلنت إدارة المهرجان الأربعاء، عن تشكيلة لجنة التحكيم», «الضربة التي استهدفت فجر 10 مايو، عشرات الأهداف»:
    a comma right after the date that ends a clause closes the date, not the clause; the object or complement after
    it is the clause's (not a clause of its own: an opener, a conjunct, a frame or a quotation)."""
    result: list[_Clause] = []
    for clause in clauses:
        if result and _ends_on_date(tokens, result[-1]) and (
                _continues_past_date(tokens, clause) or _object_after_date(tokens, result[-1], clause)):
            result[-1].last = clause.last
        else:
            result.append(clause)
    return result


def _object_after_date(tokens: list[_Token], clause: _Clause, following: _Clause) -> bool:
    """«يرعى أمين العاصمة … مساء اليوم، انطلاق مهرجان …», «قررت الكتلة مساء الثلاثاء، إقالة النائب …»: a clause
    opening on a verb, then after its date's comma a verbal noun (the feminine «إقالة», or «انطلاق», «استقبال»),
    which is its object."""
    opening = next((i for i in range(clause.first, clause.last + 1) if not tokens[i].time), None)
    if opening is None:
        return False
    opening += _lead_words(tokens, opening)
    if opening > clause.last or not (_clause_verb(tokens, opening) or _verb_like(tokens[opening]) and tokens[opening].norm[:1] in "يت"
                                     or any(t.norm in _present_forms() for t in tokens[opening : clause.last + 1])):
        return False
    noun = tokens[following.first]
    norm = noun.norm
    if norm.startswith(ARTICLE) and _subject_before_date(tokens, opening, clause) and not following.frame \
            and not noun.stop and not noun.time and not noun.opens_quote and not _is_function(noun) \
            and following.first + 1 <= following.last and not _phrase_at(tokens, following.first, "opens", proclitic=True) \
            and not (tokens[following.first + 1].norm[:1] in "يت" and len(tokens[following.first + 1].norm) >= 4):
        return True  # «قرر البنك المركزي التونسي في اجتماع مجلسه يوم أمس الثلاثاء، الرفع من نسبة الفائدة»
    if following.frame or noun.time or noun.opens_quote or noun.stop or _is_function(noun) or norm.startswith(ARTICLE) \
            or _conjoined(noun) or norm[:1].isdigit() or _phrase_at(tokens, following.first, "opens", proclitic=True) \
            or _lead_words(tokens, following.first) or following.first + 1 > following.last:
        return False
    return len(norm) >= 4 and (norm.endswith("ه") or norm[:1] == "ا" and norm[-2:-1] == "ا" and len(norm) >= 5)


def _subject_before_date(tokens: list[_Token], verb: int, clause: _Clause) -> bool:
    """Does the clause opening on the verb at `verb` name its subject before its date (a definite word, a construct's
    head or a name right after the verb, no particle first), so that a definite noun after the date's comma is the
    object («وصف أنور قرقاش …، اليوم السبت، الخطوة القطرية …»), not the subject of a verb before the date?"""
    words = [i for i in range(verb + 1, clause.last + 1) if not tokens[i].time]
    if not words or words[0] != verb + 1 or not _clause_verb(tokens, verb) and not _verb_like(tokens[verb]):
        return False
    first = tokens[words[0]]
    return not _is_function(first) and not first.norm[:1].isdigit() and not _pronoun_object(first.norm) \
        and (first.norm.startswith(ARTICLE) or _construct_head(tokens, words[0]) or len(words) >= 2)


def _ends_on_date(tokens: list[_Token], clause: _Clause) -> bool:
    """A clause ending on its date, with words of its own before it; not a relative or other opened clause («الذي تم
    تعيينه في 14 مايو،»), whose comma closes it."""
    if clause.frame or not tokens[clause.last].time or _phrase_at(tokens, clause.first, "opens", proclitic=True) \
            or tokens[clause.first].skip and _phrase_at(tokens, clause.first, "participle", proclitic=True):
        return False  # (nor a scheduled noun's participle clause, «المقرر إقامته …»: what follows is the main clause's)
    start = clause.last
    while start > clause.first and tokens[start - 1].time and not tokens[start - 1].stop:
        start -= 1
    return start > clause.first and not tokens[start - 1].stop and not tokens[start - 1].time


def _continues_past_date(tokens: list[_Token], clause: _Clause) -> bool:
    """Does the clause open on a preposition («عن تشكيلة», «بفرض رسوم», «للنظر في»)? A clause opening on a verb or an
    adverbial («بدا أوباما», «مضيفة أن», «خاصة») tells something else."""
    opener = tokens[clause.first]
    if clause.frame or opener.time or opener.opens_quote or opener.stop or _phrase_at(tokens, clause.first, "opens", proclitic=True) \
            or _lead_words(tokens, clause.first) and not _bare_preposition(tokens, clause.first) \
            or _phrase_at(tokens, clause.first, "contrast", proclitic=True) \
            or _phrase_at(tokens, clause.first, "adjunct", proclitic=True) and opener.norm not in PREPOSITIONS:
        return False  # (a source, «وفقا لموقع …», «بحسب بيان …», is no complement)
    norm = opener.norm
    following = tokens[clause.first + 1 : clause.first + 3]
    if _bare(norm) == "حتي" and following and following[0].norm in {"لو", "ولو", "وان", "اذا"}:
        return False  # «حتى لو أن …»: a concession, another clause
    if _bare(norm) in _temporal_prepositions() and any(t.norm[:1].isdigit() or t.norm in _duration_nouns() for t in following):
        return False  # «قبل ثلاثة أيام من مواجهة …»: a span counted from the date, not the clause's complement
    # «بفرض رسوم», «بهدف إعادة»: ب on an undefined noun before its own complement (not «بلغت العائدات», «بلغت 5»)
    noun_after_bi = norm[:1] == "ب" and len(norm) >= 4 and not _is_function(opener) and not _among(norm) and bool(following) \
        and not following[0].norm.startswith(ARTICLE) and not following[0].norm[:1].isdigit()
    return norm in PREPOSITIONS or norm.startswith(PREPOSITION_ARTICLE) or _purpose(norm) or noun_after_bi


def _bare_preposition(tokens: list[_Token], index: int) -> bool:
    """«توصلت في اجتماعها أمس الثلاثاء، إلى الصيغة …»: «إلى» opens a title's leading phrase («إلى ذلك», «إلى أن») but,
    alone before a noun, it is the verb's complement."""
    return _bare(tokens[index].norm) in PREPOSITIONS and _lead_words(tokens, index) == 1 \
        and index + 1 < len(tokens) and not _is_function(tokens[index + 1])


def _frame_at(tokens: list[_Token], index: int) -> _Clause | None:
    """A reporting verb near a clause's start, its speaker, up to the إن/أن that opens the statement.

    «وقال الوزير، الخميس، إن …» (verb first) and «الوزارة أوضحت في بلاغ أن …» (speaker first)."""
    perfect = _phrase_at(tokens, index, "perfect", proclitic=True)
    relative = _phrase_at(tokens, index, "relative", proclitic=True)
    index += _lead_words(tokens, index)
    while index < len(tokens) and tokens[index].time:
        index += 1  # «والثلاثاء قالت هواوي إنها …»: a fronted date is no speaker
    verb = next((i for i in range(index, min(len(tokens), index + SPEAKER_REACH))
                 if _phrase_at(tokens, i, "report", proclitic=True) and (i == index or not _is_function(tokens[i]))), None)
    qad = _perfect_report(tokens, index) if perfect else None
    if qad is not None:
        verb = qad + 1  # «وكان خبراء مستقلون في الأمم المتحدة قد أكدوا … أن»: the speaker is all before «قد»
    elif verb is None or any(t.stop or _is_function(t) or _phrase_at([t], 0, "opens", proclitic=True) for t in tokens[index:verb]):
        return None  # a speaker is a noun phrase («بحسب ما يكشف» is not one)
    for that in range(verb + 1, min(len(tokens) - 1, verb + FRAME_REACH)):
        said = _phrase_at(tokens, that, "that") and not _phrase_at(tokens, that - 1, "not_before_that", proclitic=True)
        if not relative and _colon_statement(tokens, verb, that):
            # «وقال فينغر في مؤتمر صحفي يوم الأربعاء: نحن محبطون …»: the colon opens the statement (not a relative
            # clause's: «جينا هاسبل، التي أعلن ترامب عن تعيينها …: "…"» is hers)
            return _Clause(index, that, speaker=(verb + 1, _speaker_end(tokens, verb + 1, that + 1)) if verb == index
                           else (index, verb - 1), frame=True)
        if said or tokens[that].opens_quote and _quotation(tokens, that):
            first = verb + 1
            while first < that and _pronoun_object(tokens[first].norm):
                first += 1  # «التي قال فيها، الجمعة، إن …»: «فيها» is no one
            speaker = (index, qad - 1) if qad is not None else (index, verb - 1) if verb > index \
                else (first, _speaker_end(tokens, first, that))
            return _Clause(index, that if said else that - 1, speaker=speaker if speaker[1] >= speaker[0] else None, frame=True)
        if _phrase_at(tokens, that, "report", proclitic=True):
            return None
    return None


COLON_FRAME_WORDS = 14  # «قال فينغر في مؤتمر صحفي يوم الأربعاء:»: a verb, its speaker and a short circumstance


def _colon_statement(tokens: list[_Token], verb: int, at: int) -> bool:
    """Does a colon after tokens[at], a few words after a reporting verb with no comma or quotation between, open a
    statement of some words (not a name in quotes)?"""
    if not tokens[at].colon or at - verb > COLON_FRAME_WORDS or at + MIN_CONTENT_WORDS >= len(tokens):
        return False
    if any(t.stop or t.opens_quote for t in tokens[verb : at]):
        return False
    content = _content_counts(tokens)
    return content[min(len(tokens), at + 1 + 2 * MIN_CONTENT_WORDS)] - content[at + 1] >= MIN_CONTENT_WORDS


PERFECT_SPEAKER_WORDS = 8  # «وكان خبراء مستقلون في الأمم المتحدة قد أكدوا»: the subject between كان and قد


def _perfect_report(tokens: list[_Token], index: int) -> int | None:
    """After «وكان»: the «قد» before a reporting verb, with a subject of up to PERFECT_SPEAKER_WORDS words (no comma,
    opener or time word among them) before it; None if there is none."""
    for qad in range(index + 1, min(len(tokens) - 1, index + PERFECT_SPEAKER_WORDS + 1)):
        token = tokens[qad - 1]
        if token.stop or token.time or _phrase_at(tokens, qad - 1, "opens", proclitic=True):
            return None
        if tokens[qad].norm == "قد":
            return qad if _phrase_at(tokens, qad + 1, "report", proclitic=True) and not _is_function(tokens[qad + 1]) else None
    return None


def _drop_time_only(tokens: list[_Token], clauses: list[_Clause]) -> list[_Clause]:
    """A clause of time words only («، الأربعاء،») joins the clauses on its two sides into one."""
    result: list[_Clause] = []
    joining = False
    for clause in clauses:
        if not any(not t.time for t in tokens[clause.first : clause.last + 1]):
            opener = tokens[clause.first].norm
            if result and opener[:1] in PROCLITICS and len(opener) > 2 and not clause.frame:
                result.append(clause)  # «…، وفي اليوم نفسه، عرضت …»: it opens the next clause
                joining = True
                continue
            if result:
                result[-1].last = clause.last
                joining = not result[-1].frame
            else:
                result.append(clause)
            continue
        if joining and not clause.frame and not _phrase_at(tokens, clause.first, "opens", proclitic=True):
            result[-1].last = clause.last
        else:
            if result and not any(not t.time for t in tokens[result[-1].first : result[-1].last + 1]):
                clause.first = result.pop().first  # a sentence opening with its date
            result.append(clause)
        joining = False
    return result
