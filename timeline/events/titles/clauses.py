"""A sentence cut into clauses (punctuation, clause openers, reporting frames «قال X … إن»), and the core of
a title: the clause holding the mention, widened while it says too little."""

from __future__ import annotations

from .tokens import (
    ARTICLE, MAX_CHARS, MIN_CONTENT_WORDS, PREPOSITION_ARTICLE, PREPOSITIONS, PROCLITICS, SUBJECT_WORDS, _Clause, _Token, _bare, _conjoined,
    _construct_head, _content_counts, _is_function, _lead_words, _phrase_at, _present_forms, _pronoun_object,
    _purpose, _roles, _roles_words, _verb_like, _waw_root_word)
from .render import _span_text
from .trim import ASIDE_OPENERS
from .speakers import _first_person, _generic, _quantity_speaker, _quotation, _result_verb, _self_statement, _speaker_end
from .relative import PRONOUN_REACH, pointing_pronoun
from .dated import _dated_verbal_noun, _duration_nouns, _owner, _since_phrase, _temporal_prepositions


FRAME_REACH = 25  # words between a reporting verb and its إن/أن
SPEAKER_REACH = 6  # words a speaker may take before its verb
ANTECEDENT_WORDS = 5
MASCULINE_RELATIVES = {"الذي", "الذين"}


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


def _reporting_verb(tokens: list[_Token], index: int) -> bool:
    """Is tokens[index] a reporting verb, not its verbal noun («قال جنينة», «وفي هذه المقابلة قال»; not «في كشف
    اتهامات», «إجراءات نقل الجثة»: after a preposition or a noun it heads nothing)?"""
    token = tokens[index]
    if not _phrase_at(tokens, index, "report", proclitic=True) or _is_function(token):
        return False
    if not index or tokens[index - 1].stop or tokens[index - 1].time or _lead_words(tokens, index - 1):
        return True
    before = tokens[index - 1]
    return before.norm.startswith(ARTICLE) and not _is_function(before)


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


SINCE_WORDS_BEFORE = ("منذ", "ومنذ", "الي", "والي")  # «منذ 2004 عندما …», «تعود إلى يوم 4 جوان عندما …»


def _when_clause(tokens: list[_Token], clauses: list[_Clause], at: int, offset: int) -> _Clause | None:
    """«يعد الأضخم منذ سبتمبر 2004 عندما مر بالأرض الكويكب توتاتيس», «تعود أطوار القضية إلى يوم 4 جوان 2015 عندما
    تعرض الضحية …»: a date that «منذ» or «إلى» frames (a state's start, what a story goes back to), with a
    «عندما» clause right after it, dates that clause's happening. The clause, when it tells enough."""
    mention = next((i for i in range(clauses[at].first, len(tokens)) if tokens[i].end > offset and tokens[i].time), None)
    if mention is None:
        return None
    start, end = mention, mention
    while start > 0 and tokens[start - 1].time and not tokens[start - 1].stop:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].time and not tokens[end].stop:
        end += 1
    if start == 0 or tokens[start - 1].norm not in SINCE_WORDS_BEFORE and not any(
            t.norm in SINCE_WORDS_BEFORE for t in tokens[start:end + 1]) or end + 2 >= len(tokens):
        return None
    opener = end + 1
    if tokens[opener].norm not in {"عندما", "حين", "حينما", "وعندما"}:
        return None
    last = opener + 1
    while last + 1 < len(tokens) and not tokens[last + 1].time and not _phrase_at(tokens, last + 1, "opens", proclitic=True):
        if tokens[last].stop:
            aside = next((i for i in range(last + 1, min(len(tokens), last + 4)) if tokens[i].stop), None)
            if aside is None or aside + 1 >= len(tokens) or not _bare_noun_phrase(tokens, last + 1, aside):
                break
            last = aside  # «عرقلت إدارة الرئيس السابق، باراك أوباما، محاولة …»: past a name in apposition
        last += 1
    content = _content_counts(tokens)
    if content[last + 1] - content[opener + 1] < MIN_CONTENT_WORDS:
        return None
    return _Clause(opener + 1, last, whole=True)


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


def _core(tokens: list[_Token], clauses: list[_Clause], offset: int) -> tuple[_Clause, str | None, list[int] | None]:
    """The clause holding the mention, widened while it says too little; a speaker as actor; and the
    speaker as the statement's subject when the statement refers to them («وأكد عباس أنه سيعود»)."""
    at = next((i for i, c in enumerate(clauses) if tokens[c.last].end > offset), len(clauses) - 1)
    actor = told_of = None
    if clauses[at].frame and at + 1 < len(clauses):  # «قال الوزير الخميس إن …»: the statement is the happening
        actor = _span_text(tokens, clauses[at].speaker) if clauses[at].speaker \
            else "" if at == 0 else None  # «وأضاف "…"» opening the sentence: the speaker before said it
        if clauses[at].speaker and _quantity_speaker(tokens, clauses[at].speaker):
            actor = None  # «أكد عدد من الفنانين أن …»: no «عدد:» label
        at += 1
        if actor and _self_statement(tokens, clauses[at - 1], clauses[at]):
            # «وأعلنت بكين اليوم أنها تدرس فرض رسوم»: the statement's verb has the speaker as subject, so the
            # title is told of them («بكين تدرس فرض رسوم»), not as a label before a bare verb
            speaker = clauses[at - 1].speaker
            told_of = [i for i in range(speaker[0], speaker[1] + 1) if not tokens[i].time] or None
            actor = None if told_of else actor
    elif at and clauses[at - 1].frame and clauses[at - 1].speaker and _phrase_at(tokens, clauses[at - 1].last, "that_self") \
            and not _phrase_at(tokens, clauses[at].first, "impersonal", proclitic=True) \
            and not _is_function(tokens[clauses[at].first]):  # «أنه تم …», «أنه من المقرر …», «أنه مع …»
        speaker = clauses[at - 1].speaker
        told_of = [i for i in range(speaker[0], speaker[1] + 1) if not tokens[i].time] or None
    elif at >= 1 and clauses[0].frame and not clauses[0].speaker and clauses[0].last + 1 < len(tokens) \
            and tokens[clauses[0].last + 1].opens_quote \
            and not any(t.closes_quote for t in tokens[clauses[0].last + 1 : clauses[at].first]):
        # «وأضاف "كانت صدمة عندما استيقظت هذا الصباح …"»: a quotation whose frame names no one is the speaker's
        # of the sentence before («استيقظت» says who only with them)
        actor = ""
    elif at and clauses[at - 1].frame and clauses[at - 1].speaker and not _quantity_speaker(tokens, clauses[at - 1].speaker) \
            and clauses[at - 1].last + 1 < len(tokens) and tokens[clauses[at - 1].last + 1].opens_quote \
            and _first_person(tokens, clauses[at - 1].last + 1, clauses[at].last):
        # «وقال باخ "أرسل لي السيد بلاتر خطابا يوم 23 يوليو …"»: a quotation in the first person says who only with
        # its speaker («باخ: أرسل لي …»), though the date dates what it tells
        actor = _span_text(tokens, clauses[at - 1].speaker)
    if actor is None and told_of is None and not clauses[at].frame:
        when = _when_clause(tokens, clauses, at, offset)
        if when:  # «… منذ سبتمبر 2004 عندما مر بالأرض الكويكب توتاتيس»: the date is the when-clause's
            return when, None, None
        phrase = _dated_verbal_noun(tokens, clauses[at], offset) \
            or _since_phrase(tokens, clauses[at], offset, clauses[at + 1] if at + 1 < len(clauses) else None)
        if phrase:  # «ساعد الحريري عائلته بعد اغتيال والده عام 2005»: the date dates the assassination
            return _Clause(*phrase, whole=True, owner=_owner(tokens, *phrase)), None, None
    first = last = at
    pronoun = next((i for i in range(clauses[at].first, clauses[at].last + 1) if not tokens[i].time), None)
    antecedent = None
    relative = pronoun is not None and _phrase_at(tokens, pronoun, "relative", proclitic=True)
    if pronoun is not None and (relative or _phrase_at(tokens, pronoun, "participle", proclitic=True)):
        # «اجتماع منتدى الأعمال، المرتقب تنظيمه في يوليو»: a participle's clause describes the noun before it too
        antecedent = _antecedent(tokens, pronoun)
        # the pronoun goes when its noun phrase opens the title («السلسلة تعرض …»), not after a whole clause
        if relative and antecedent is not None and not (at and antecedent <= clauses[at - 1].first) \
                and not _object_relative_clause(tokens, pronoun, clauses[at].last):
            tokens[pronoun].skip = True  # (an object relative keeps it: «النهائيات التي تحتضنها الكاميرون», relative.py)
    content = _content_counts(tokens)
    if antecedent is not None and at and not clauses[at - 1].frame and all(
            t.time or _is_function(t) or t.norm.isdigit() or _phrase_at([t], 0, "copula", proclitic=True)
            for t in tokens[pronoun + 1 : clauses[at].last + 1]):
        for token in tokens[clauses[at].first : clauses[at].last + 1]:
            token.skip = True  # «للانتخابات الرئاسية التي باتت في أبريل»: the clause it describes tells it
        antecedent, first, last = None, at - 1, at - 1
        at = first
    if first == at and antecedent is None and actor is None and told_of is None and _subject_set_off(tokens, clauses, at):
        first = at - 1  # «أن مديرة المتحف نانسي سبيكتور، ردت برسالة …»: the verb's subject before the comma
    anchored = first == last and tokens[clauses[at].last].end > offset  # the mention is in the core

    def start() -> int:
        return antecedent if antecedent is not None and first == at else clauses[first].first

    while content[clauses[last].last + 1] - content[start()] < MIN_CONTENT_WORDS:
        backward = first > 0 and not clauses[first - 1].frame
        contrast = last + 1 < len(clauses) and _phrase_at(tokens, clauses[last + 1].first, "contrast", proclitic=True)
        if backward and (last + 1 >= len(clauses) or contrast or antecedent is None and _lead_before(tokens, clauses, first)):
            # («واعتقلت شرطة طهران المتهم، مظلومين، في يوليو الماضي، بعدما …»: a name set off after the lead's verb
            # and its subject or object is theirs)
            # «…، نانسي بوتكوسكي، في عام 1985، بيد أنهما انفصلا»: a clause opened by «بيد أن» or «لكن»
            # tells another happening; the clause before tells this one
            first -= 1
            anchored = False  # what is told is before the mention («…، بنسبة 86 في المئة، وذلك خلال …»)
            if antecedent is not None:
                tokens[pronoun].skip = False  # «… تجديد الاتفاق الذي ينتهي»: the pronoun joins the clauses
            while first > 0 and not clauses[first - 1].frame and _phrase_at(tokens, clauses[first].first, "relative", proclitic=True):
                first -= 1  # «…، اللائي تتراوح أعمارهن …»: a relative clause with the noun it describes
            if antecedent is None and _lead_before(tokens, clauses, first) and actor is None and told_of is None:
                if not _bare_noun_phrase(tokens, clauses[first].first, clauses[first].last):
                    for token in tokens[clauses[first].first : clauses[first].last + 1]:
                        token.skip = True  # «وتأهل زملاء ليونيل ميسي، [صاحب الهدف الأول أمام نيجيريا]، لمواجهة فرنسا»
                first -= 1
                _shorten_lead_subject(tokens, clauses[first], clauses[last].last)
        elif last + 2 < len(clauses) and first == last and _aside_before_object(tokens, clauses, start(), last):
            # «توقعت "يونيسف"، في تغريدة مقتضبة على حسابها عبر "تويتر"، ارتفاع الحالات …»: the verb and its subject
            # say who, the circumstance set off after them says nothing of what; the object past it is told
            for token in tokens[clauses[last + 1].first : clauses[last + 1].last + 1]:
                token.skip = True
            last += 2
        elif last + 1 < len(clauses) and not clauses[last + 1].frame:
            last += 1
        else:
            break
    if first == last and actor is None and told_of is None and (
            _verb_and_subject(tokens, start(), clauses[last].last)
            or _verb_and_subject(tokens, start(), clauses[last].last, loose=True, attached=False)
            or _aside_follows(tokens, clauses, last) and _verb_and_subject(tokens, start(), clauses[last].last, indefinite=True)):
        # «أبلغ الرئيس الأميركي، دونالد ترامب، مستشاريه برغبته …», «وأصدر الرئيس المصري في يوليو، قانوني …»: a verb
        # and its subject say who but not what; the object after the comma (and a name in apposition before it) is told
        while last + 1 < len(clauses) and last - first < 3 and _continues_object(tokens, clauses[last + 1]):
            last += 1
            aside = clauses[last]
            if last + 1 < len(clauses) and _continues_object(tokens, clauses[last + 1]) \
                    and tokens[aside.first].norm[:1] in "بل" and not tokens[aside.first].norm[1:].startswith(ARTICLE) \
                    and not (tokens[aside.first].norm.endswith("ا") and not _among(tokens[aside.first].norm)):
                # (not the accusative object «بحثا يبين …»)
                for token in tokens[aside.first : aside.last + 1]:
                    token.skip = True  # «أطلق الجيش السوري، بمساعدة من حليفته روسيا، عملية عسكرية»: past the aside
                continue
            if not _bare_noun_phrase(tokens, aside.first, aside.last):
                break
    elif first == last and actor is None and told_of is None and antecedent is None and first > 0 \
            and _continues_object(tokens, clauses[first]) and not _result_verb(tokens, clauses[first].first) \
            and not _phrase_at(tokens, clauses[first].first, "saying", proclitic=True) \
            and (not _bare_noun_phrase(tokens, clauses[first].first, clauses[first].last)
                 or any(_complement_opener(tokens, i) or tokens[i].norm.startswith("بال") for i in range(clauses[first].first, clauses[first].last + 1))
                 or first == len(clauses) - 1 and content[clauses[first].last + 1] - content[clauses[first].first] >= 4):
        # «ووقع وزير الطاقة، كريم الهادي، اتفاقية …، الثلاثاء»: an object's clause is told with its verb and subject
        # (past a name in apposition or an aside opening on a preposition between them)
        asides = []
        for back in range(first - 1, max(-1, first - 4), -1):
            clause = clauses[back]
            if clause.frame:
                break
            if _verb_and_subject(tokens, clause.first, clause.last, indefinite=bool(asides)) \
                    or _verb_and_subject(tokens, clause.first, clause.last, loose=True):
                # «أشرفت وزيرة الطاقة والمناجم والطاقات المتجددة، هالة شيخ روحه، …، على الافتتاح»
                for aside in asides:
                    for token in tokens[aside.first : aside.last + 1]:
                        token.skip = True
                _shorten_lead_subject(tokens, clause, clauses[first].last)
                first, anchored = back, False
                break
            opener = tokens[clause.first]
            if opener.norm[:1] in "بل" and not opener.norm[1:].startswith(ARTICLE) and not _is_function(opener) \
                    or _described_apposition(tokens, clause):
                asides.append(clause)  # (and «، ورئيس حزب البديل،», «، صاحب الهدف الأول أمام نيجيريا،» before a name)
            elif not _bare_noun_phrase(tokens, clause.first, clause.last) or not _continues_object(tokens, clause) \
                    or clause.last == clause.first or len(asides) < first - 1 - back:
                break  # one name in apposition, of two words or more («، دونالد ترامب،»; not «خالد السليمي- سبق- حائل:»)
    while actor and last + 1 < len(clauses) and not clauses[last + 1].frame and _bare_noun_phrase(tokens, start(), clauses[last].last) \
            and (not _phrase_at(tokens, clauses[last + 1].first, "opens", proclitic=True)
                 or _phrase_at(tokens, clauses[last + 1].first, "relative", proclitic=True)):
        last += 1  # «إن الرئيس الأمريكي، دونالد ترامب، "محق …"», «أن إجمالي عدد الحسابات التي تم حذفها وصل …»:
        # a statement is more than its subject
    opening = next((i for i in range(clauses[first].first, clauses[first].last + 1) if not tokens[i].time), None)
    if first > 0 and not clauses[first - 1].frame and opening is not None and _is_adjunct(tokens, opening):
        first -= 1  # «…، على بناء شبكة»: an adjunct belongs to the clause before it
        if first > 0 and _phrase_at(tokens, clauses[first].first, "relative", proclitic=True):
            for token in tokens[clauses[first].first : clauses[first].last + 1]:
                token.skip = True  # «قوات …، التي تغلب عليها …، على معظم المنطقة»: past the aside
            first -= 1
        if first > 0 and not clauses[first - 1].frame and first < last and not tokens[clauses[first - 1].last].time \
                and _bare_noun_phrase(tokens, clauses[first].first, clauses[first].last) \
                and not _phrase_at(tokens, clauses[first].first, "opens", proclitic=True):
            first -= 1  # «وصل وزير الخارجية، مايك بومبيو، إلى …»: a name set off by commas is in apposition
            if _verb_and_subject(tokens, clauses[first].first, clauses[first].last, loose=True):
                # «أعلن رئيس كتلة نداء تونس بمجلس نواب الشعب، سفيان طوبال، في تصريح …»: the lead's verb is told
                _shorten_lead_subject(tokens, clauses[first], clauses[last].last)
                anchored = False
    if last == first + 1 and last + 1 < len(clauses) and antecedent is None and actor is None and told_of is None \
            and _aside_before_object(tokens, clauses, clauses[first].first, first):
        # «أشار عبد الحميد قياس، خلال حصة … اليوم السبت …، إلى وجود رغبة …»: the date's clause is a circumstance
        # between the verb and its complement; the complement is told
        for token in tokens[clauses[last].first : clauses[last].last + 1]:
            token.skip = True
        last += 1
    if relative and antecedent is not None and first == at and antecedent and _clause_verb(tokens, antecedent - 1):
        # «وأسفرت الحرب التي اندلعت في 2013 عن مصرع …»: the antecedent is the subject of the verb before it, and
        # what follows the relative clause's date is that verb's («عن مصرع»): the clause ends at its date
        mention = next((i for i in range(pronoun + 1, clauses[at].last + 1) if tokens[i].end > offset and tokens[i].time), None)
        end = mention
        while end is not None and end < clauses[at].last and tokens[end + 1].time:
            end += 1
        if mention is not None and end < clauses[last].last and content[mention] - content[pronoun + 1] >= 1 \
                and not any(_is_function(t) for t in tokens[pronoun + 1 : mention] if not t.time):
            # (not «حصل جنوب السودان الذي يضم عدة إثنيات على استقلاله في 2011»: «على استقلاله» is the verb's)
            return _Clause(start(), end, anchored=anchored, whole=True), actor, told_of
    # «النهائيات التي تحتضنها الكاميرون»: a noun (not a clause's verb) and its object relative clause, told as the
    # clause with the noun in its pronoun's place (relative.py)
    told_relative = antecedent is not None and first == at and relative and not tokens[pronoun].skip \
        and not _clause_verb(tokens, antecedent)
    return _Clause(start(), clauses[last].last, anchored=anchored, object_relative=told_relative), actor, told_of


def _object_relative_clause(tokens: list[_Token], pronoun: int, last: int) -> bool:
    """Does the relative clause after tokens[pronoun] point back to its noun by a pronoun («التي تحتضنها الكاميرون»,
    «الذي توصلت إليه …»), so the noun is not its subject?"""
    words = [t for t in tokens[pronoun + 1 : last + 1] if not t.time][:PRONOUN_REACH]
    return pointing_pronoun(tokens[pronoun].norm, [t.surface for t in words], [t.norm for t in words]) is not None


def _verb_and_subject(tokens: list[_Token], first: int, last: int, indefinite: bool = False, loose: bool = False,
                      attached: bool = True) -> bool:
    """A clause of a verb and its definite subject only, ending at a comma («وأصدر الرئيس المصري في يوليو،»);
    `indefinite`: or an undefined noun and its adjectives («أبدت شخصيات سياسية فرنسية،»); `loose`: or any subject
    of the news lead's office or name (`_office_or_name`; `attached`: with a noun on ب/ل in it)."""
    words = [i for i in range(first, last + 1) if not tokens[i].time]
    words = words[_lead_words([tokens[i] for i in words], 0):]
    if not 2 <= len(words) <= 1 + (LONG_SUBJECT_WORDS if loose else SUBJECT_WORDS) or not tokens[last].stop:
        return False
    verb = tokens[words[0]]
    if verb.norm.startswith(ARTICLE) or _is_function(verb) or verb.norm[:1].isdigit() or verb.opens_quote \
            or _phrase_at(tokens, words[0], "report", proclitic=True) and (not loose or _phrase_at(tokens, words[0], "statement", proclitic=True)) \
            or _generic(verb.surface) \
            or _phrase_at(tokens, words[0], "adjunct", proclitic=True) \
            or not (_verb_like(verb) or _clause_verb(tokens, words[0])):
        return False
    opens_sentence = all(t.time or _is_function(t) for t in tokens[: words[0]])
    if not (opens_sentence or _conjoined(verb) or verb.norm in _present_forms()):
        return False  # «…، كريم الهادي،»: a name in apposition is no verb
    if loose and _office_or_name(tokens, words[1:], attached) and not _phrase_at(tokens, words[0], "office", proclitic=True) \
            and (attached or any(tokens[i].norm.startswith(ARTICLE) for i in words[1:])) \
            and (verb.norm in _present_forms() or _conjoined(verb) or not _verb_like(tokens[words[1]])
                 or tokens[words[1]].norm.startswith(ARTICLE) or _phrase_at(tokens, words[1], "office")
                 or tokens[words[1]].surface.endswith("ة")):
        return True  # (the verb no office, «رئيس …», nor one whose object is a statement, «قال»; two undefined words
        # first need a verb the lexicon knows, or a noun's ة after it: «نشرت جامعة غلاسكو»; a clause the date's comma
        # ends, not `attached`, a definite word: not «حاول مجهولون اختطاف تلميذين»)
    if len(words) == 3 and _phrase_at(tokens, words[1], "office") == 1 and not _is_function(tokens[words[2]]) \
            and not tokens[words[2]].norm[:1].isdigit():
        return True  # «اعتذر مؤسس فيسبوك،»: an office and the name it heads
    if indefinite and len(words) >= 3 and all(
            not tokens[i].norm.startswith(ARTICLE) and len(tokens[i].norm) >= 3 and not _is_function(tokens[i])
            and not tokens[i].norm[:1].isdigit() and tokens[i].norm[:1] not in "بل" for i in words[1:]):
        return True
    return all((tokens[i].norm.startswith(ARTICLE) or p and tokens[i].norm.startswith("لل")
                or not p and len(words) > 2 and i + 1 == words[2] and _construct_head(tokens, i)) and len(tokens[i].norm) > 3
               and not _is_function(tokens[i]) for p, i in enumerate(words[1:]))  # «المدير الجهوي للصحة», «وزير الطاقة»


LEAD_PREFIX_CHARS = 40  # a verb, its subject and the name set off after it, of half a title: longer, the office goes
APPOSITION_WORDS = 8  # «، صاحب الهدف الأول أمام نيجيريا،», «، ورئيس حزب البديل،»


def _lead_before(tokens: list[_Token], clauses: list[_Clause], at: int) -> bool:
    """Is the clause at `at` a name or office set off by commas («، مظلومين، في يوليو الماضي،», «، صاحب الهدف الأول
    أمام نيجيريا،») right after a lead's verb and its subject («واعتقلت شرطة طهران المتهم،», «وتأهل زملاء ليونيل ميسي،»)?"""
    if at < 1 or clauses[at - 1].frame or clauses[at].frame:
        return False
    clause = clauses[at]
    words = [i for i in range(clause.first, clause.last + 1) if not tokens[i].time]
    if not words or not (_bare_noun_phrase(tokens, clause.first, clause.last) or _described_apposition(tokens, clause)) \
            or any(tokens[i].stop for i in words[:-1]) or not _continues_object(tokens, clause) \
            or tokens[words[0]].norm.startswith(ARTICLE) and len(words) == 1:
        return False
    return _verb_and_subject(tokens, clauses[at - 1].first, clauses[at - 1].last) \
        or _verb_and_subject(tokens, clauses[at - 1].first, clauses[at - 1].last, loose=True)


def _complement_opener(tokens: list[_Token], index: int) -> bool:
    """A verbal noun on ب/ل opening a clause, its verb's complement («لمواجهة فرنسا», «بمحاولة تقديم …»; not a
    result's verb, «لتتواصل …»)."""
    token = tokens[index]
    norm = token.norm
    return norm[:1] in "بل" and len(norm) >= 6 and not norm[1:].startswith(ARTICLE) and not _is_function(token) \
        and not _among(norm) and (norm.endswith("ه") or norm[1:2] in "امت") and not _result_verb(tokens, index)


def _described_apposition(tokens: list[_Token], clause: _Clause) -> bool:
    """A clause set off by commas that describes the subject before it: a second office («ورئيس حزب "البديل"») or
    an office and its description («صاحب الهدف الأول أمام نيجيريا»)."""
    words = [i for i in range(clause.first, clause.last + 1) if not tokens[i].time]
    return bool(words) and len(words) <= APPOSITION_WORDS and tokens[clause.last].stop \
        and not any(tokens[i].stop for i in words[:-1]) and bool(_phrase_at(tokens, words[0], "office", proclitic=True)) \
        and (not _is_function(tokens[words[0]]))


def _apposition(tokens: list[_Token], start: int, end: int) -> tuple[int, int] | None:
    """The name or office set off by commas right after a lead's verb and subject (tokens[start..] up to its comma,
    before `end`), of a few words with no particle: «، هالة شيخ روحه، اليوم …», «، رئيس دولة الإمارات،»."""
    for index in range(start, min(end, start + SUBJECT_WORDS) + 1):
        token = tokens[index]
        if token.time or _is_function(token) or token.norm[:1].isdigit() or token.opens_quote:
            return None
        if token.stop:
            return (start, index) if index + 1 <= end else None
    return None


def _shorten_lead_subject(tokens: list[_Token], clause: _Clause, end: int) -> None:
    """«أشرفت وزيرة الطاقة والمناجم والطاقات المتجددة، هالة شيخ روحه، …»: a verb, its subject and the name or office
    set off after it that take more than half a title leave the complement no room. The office goes: its words past
    its head («وزيرة الطاقة [والمناجم والطاقات المتجددة]»), or all of it but the verb; or the office set off after
    a name («أصدر الشيخ خليفة بن زايد آل نهيان، [رئيس دولة الإمارات]، …»)."""
    apposition = _apposition(tokens, clause.last + 1, end)
    subject = [i for i in range(clause.first, clause.last + 1) if not tokens[i].time]
    subject = subject[_lead_words([tokens[i] for i in subject], 0) + 1:]
    named = [i for i in range(apposition[0], apposition[1] + 1)] if apposition else []

    def width(indices: list[int]) -> int:
        return sum(len(tokens[i].surface) + 1 for i in indices if not tokens[i].skip and not tokens[i].time)

    long = width(subject) + width(named) + len(tokens[clause.first].surface) > LEAD_PREFIX_CHARS
    over = width(list(range(clause.first, end + 1))) > MAX_CHARS
    if not subject or not (long or over and named):
        return
    links = [p for p, i in enumerate(subject) if _phrase_at(tokens, i, "name_link")]
    if len(links) >= 2 and long:
        for index in subject[links[1]:]:
            tokens[index].skip = True  # «الأمير عبدالعزيز بن سعود [بن نايف بن عبدالعزيز]»: a name and its father's
    if not named:
        return
    if any(tokens[i].norm.startswith(ARTICLE) for i in named) or _phrase_at(tokens, named[0], "office", proclitic=True):
        for index in named if long else ():
            tokens[index].skip = True  # an office or description after the name: the name says who
        return
    if not (tokens[subject[0]].norm.startswith(ARTICLE) or _phrase_at(tokens, subject[0], "office")):
        return  # «حصل والدا ميلانيا ترامب، …»: not an office, the subject itself
    # an office before the name: its head stays when that is short («اعترف الرقيب [بالجيش الأمريكي]، إيريك كانغ»)
    cut = next((p for p, i in enumerate(subject) if p and (_conjoined(tokens[i]) or tokens[i].norm.startswith(PREPOSITION_ARTICLE))), None)
    for index in subject[cut:] if cut and width(subject[:cut]) + width(named) <= LEAD_PREFIX_CHARS else subject:
        tokens[index].skip = True


LONG_SUBJECT_WORDS = 8  # «وزيرة الطاقة والمناجم والطاقات المتجددة», «الأمير عبدالعزيز بن سعود بن نايف بن عبدالعزيز»


def _office_or_name(tokens: list[_Token], words: list[int], attached: bool = True) -> bool:
    """Are these words (up to a comma) the subject a news lead sets off before its name or office: an office and
    what it heads, conjoined («وزيرة الطاقة والمناجم والطاقات المتجددة», «أساتذة وإطارات وأعوان المدرسة») or on
    ب before a definite noun («الرقيب بالجيش الأمريكي»; `attached`), a construct before a name («رئيسة وزراء
    بريطانيا»), or a name («الشيخ خليفة بن زايد آل نهيان», «جامعة غلاسكو الاستكتلندية»)? No particle, number,
    quotation, accusative or second verb: not a clause («بشكل رسمي عن ضم …»)."""
    if not words or not tokens[words[-1]].stop or any(tokens[i].stop for i in words[:-1]):
        return False
    for position, index in enumerate(words):
        token = tokens[index]
        norm = token.norm
        if norm[:1].isdigit() or token.opens_quote or token.closes_quote or "ً" in token.surface or _purpose(norm) and not norm.startswith("لل") \
                or norm in _present_forms() or _phrase_at(tokens, index, "manner") or _pronoun_object(norm) \
                or len(norm) > 4 and norm.endswith(("ها", "هم", "هن", "وا")) and not norm.startswith((ARTICLE,) + PREPOSITION_ARTICLE):
            return False  # («أموالهم», «ويمنحوها»: a pronoun's object or a plural verb; «لإعلان»: a purpose's verbal noun)
        if _phrase_at(tokens, index, "name_link"):
            if not position:
                return False
            continue  # «بن», «آل»
        if _is_function(token):
            return False
        if position and tokens[words[position - 1]].norm.startswith(ARTICLE) and not norm.startswith(ARTICLE) \
                and not norm.startswith(PREPOSITION_ARTICLE) \
                and position + 1 < len(words) and tokens[words[position + 1]].norm.startswith(ARTICLE) \
                and not _phrase_at(tokens, index, "office"):
            return False  # «الانتخابات خارج البلاد»: an adverb's phrase after the subject
        if not position and (_conjoined(token) or norm.startswith(PREPOSITION_ARTICLE)) or _among(norm):
            return False  # the subject opens on its noun
        if norm.startswith(PREPOSITION_ARTICLE) and not attached and not norm.startswith("لل"):
            return False  # «بالجيش»: (a name on ب, «بريطانيا», «بلقاسم», is read as the name it mostly is)
    return True


def _among(norm: str) -> bool:
    """«بينها», «بينهم»: «among them», the preposition بين with its pronoun (opening an aside), not ب on a noun."""
    return any(norm == words[0] + suffix for words in _roles()["function"] if len(words) == 1 and words[0] == norm[:3]
               for suffix in ("ها", "هم", "هما", "هن"))


def _aside_follows(tokens: list[_Token], clauses: list[_Clause], at: int) -> bool:
    """After the clause, an aside opening on a preposition («، بينها زعيم اليسار …،») and a clause that may hold the
    object: «أبدت شخصيات سياسية فرنسية، بينها …، أسفها» tells the object past it."""
    if at + 2 >= len(clauses):
        return False
    aside = tokens[clauses[at + 1].first]
    return _continues_object(tokens, clauses[at + 1]) and _continues_object(tokens, clauses[at + 2]) \
        and aside.norm[:1] in "بل" and not aside.norm[1:].startswith(ARTICLE)


CIRCUMSTANCE_WORDS = 8  # «، في تغريدة مقتضبة على حسابها عبر "تويتر"،», «، خلال حصة …،»: a short circumstance set off


def _aside_before_object(tokens: list[_Token], clauses: list[_Clause], start: int, at: int) -> bool:
    """Is the clause after clauses[at] (a verb and its subject, from `start`) a circumstance set off by commas, opening
    on a preposition of place or means (trim.py's ASIDE_OPENERS), with the verb's object or complement after it
    («ارتفاع الحالات …», «إلى وجود رغبة …»)?"""
    return _circumstance(tokens, clauses[at + 1]) and _verb_then_subject(tokens, start, clauses[at].last) \
        and _object_after_aside(tokens, clauses[at + 2])


def _circumstance(tokens: list[_Token], clause: _Clause) -> bool:
    """«، في تغريدة مقتضبة على حسابها عبر "تويتر"،», «، خلال حصة "ماتينال ويكاند" اليوم السبت على جوهرة أف أم،»: a
    short clause opening on a preposition of place or means, ending on a comma."""
    words = [i for i in range(clause.first, clause.last + 1) if not tokens[i].time]
    return bool(words) and len(words) <= CIRCUMSTANCE_WORDS and tokens[clause.last].stop and not clause.frame \
        and _bare(tokens[words[0]].norm) in ASIDE_OPENERS


OBJECT_PREPOSITIONS = {"الي", "عن", "علي"}  # «أشار … إلى», «أعلن … عن», «وصل … إلى»: a complement, not a circumstance


def _object_after_aside(tokens: list[_Token], clause: _Clause) -> bool:
    """Does the clause open on a verb's object or complement: a definite noun or a verbal noun («ارتفاع الحالات»,
    «إعادة …»; not an accusative of manner, «تنديدا»), or a complement's preposition before a noun («إلى وجود …»)?"""
    opener = tokens[clause.first]
    norm = opener.norm
    if clause.frame or opener.opens_quote or opener.time or clause.last <= clause.first:
        return False
    if _bare(norm) in OBJECT_PREPOSITIONS and norm == _bare(norm):
        following = tokens[clause.first + 1]
        return not _is_function(following) and not following.time and _phrase_at(tokens, clause.first, "lead") <= 1  # («إلى ذلك»)
    noun = norm.startswith(ARTICLE) or norm[:1] == "ا" and len(norm) >= 5 or opener.surface.endswith("ة")
    return _continues_object(tokens, clause) and noun and not norm.endswith("ا")


def _verb_then_subject(tokens: list[_Token], first: int, last: int) -> bool:
    """Is tokens[first..last] (time words and particles aside) a verb opening the sentence and a subject of a few words
    with no particle («وفي وقت سابق اليوم، توقعت "يونيسف"،», «أشار عبد الحميد قياس،»), ending on a comma?"""
    words = [i for i in range(first, last + 1) if not tokens[i].time]
    words = words[_lead_words([tokens[i] for i in words], 0):]
    if not 2 <= len(words) <= 1 + SUBJECT_WORDS or not tokens[last].stop:
        return False
    verb = tokens[words[0]]
    if not all(t.time or _is_function(t) for t in tokens[: words[0]]) or verb.norm.endswith(("ه", "ات")) \
            or not (_clause_verb(tokens, words[0]) or _verb_like(verb)):
        return False
    return not any(_is_function(tokens[i]) or tokens[i].norm[:1].isdigit() for i in words[1:])


def _continues_object(tokens: list[_Token], clause: _Clause) -> bool:
    """Can the clause after a verb and its subject hold its object: not a frame, opener, particle, conjunct or time?"""
    opener = tokens[clause.first]
    return not clause.frame and not opener.time and not _phrase_at(tokens, clause.first, "opens", proclitic=True) \
        and not _lead_words(tokens, clause.first) and not _is_function(opener) and not _conjoined(opener) \
        and not _phrase_at(tokens, clause.first, "contrast", proclitic=True) and not opener.opens_quote \
        and not _phrase_at(tokens, clause.first, "report", proclitic=True) and not opener.norm[:1].isdigit()


def _subject_set_off(tokens: list[_Token], clauses: list[_Clause], at: int) -> bool:
    """Does the clause open on a bare past verb («ردت برسالة …») right after a comma that set off its subject, a
    definite noun phrase or a construct opening a statement or the sentence («أن مديرة المتحف نانسي سبيكتور،»)?"""
    if at < 1 or clauses[at - 1].frame or at >= 2 and not clauses[at - 2].frame:
        return False
    subject = [i for i in range(clauses[at - 1].first, clauses[at - 1].last + 1) if not tokens[i].time]
    subject = subject[_lead_words([tokens[i] for i in subject], 0):]
    if not 2 <= len(subject) <= SUBJECT_WORDS or not _bare_noun_phrase(tokens, subject[0], subject[-1]) \
            or any(tokens[i].stop for i in subject[:-1]) or not tokens[subject[-1]].stop \
            or not (tokens[subject[0]].norm.startswith(ARTICLE) or _construct_head(tokens, subject[0])) \
            or _phrase_at(tokens, subject[0], "opens", proclitic=True) or _phrase_at(tokens, subject[0], "adjunct", proclitic=True) \
            or _verb_like(tokens[subject[0]]) \
            and not _construct_head(tokens, subject[0]):
        return False
    verb = next((i for i in range(clauses[at].first, clauses[at].last + 1) if not tokens[i].time), None)
    if verb is None or verb + 1 > clauses[at].last or tokens[verb].stop:
        return False
    token, following = tokens[verb], tokens[verb + 1]
    return _verb_like(token) and token.norm[:1] not in "ويتنس" and not token.norm.endswith(("ه", "ات", "ا")) \
        and not _phrase_at(tokens, verb, "opens", proclitic=True) \
        and (_is_function(following) or following.norm[:1] in "بل" and len(following.norm) >= 4 or following.norm.startswith(ARTICLE))


def _bare_noun_phrase(tokens: list[_Token], first: int, last: int) -> bool:
    """A few words with no preposition or particle among them: a subject (and its apposition) alone."""
    words = [t for t in tokens[first : last + 1] if not t.time]
    return len(words) <= SUBJECT_WORDS and not any(_is_function(t) for t in words)


def _antecedent(tokens: list[_Token], pronoun: int) -> int | None:
    """Where the noun phrase a relative clause describes starts: «سلسلة ساكن ومسكون» before «التي»."""
    start = joined = None
    for index in range(pronoun - 1, max(-1, pronoun - 1 - ANTECEDENT_WORDS), -1):
        token = tokens[index]
        if token.time and index and not tokens[index - 1].time and _phrase_at(tokens, index, "time") == 1 \
                and not token.stop:
            continue  # «المرحلة المقبلة التي تسبق …»: a time adjective between the noun and its clause
        if token.time or _is_function(token) or (token.stop and index != pronoun - 1) or _pronoun_object(token.norm):
            break
        if index < pronoun - 1 and _reporting_verb(tokens, index):
            break  # «بينما قالت بريطانيا، التي …»: the frame's verb is not part of its speaker
        if index and _phrase_at(tokens, index - 1, "relative", proclitic=True):
            break  # «… الذي يديره الطاهي … الذي حل»: the verb of the clause before is not the noun's
        if index < pronoun - 1 and _accusative(token):
            break  # «انشأت تكريما لذكرى النائبة التي …»: an adverbial accusative ends the noun phrase
        if index < pronoun - 1 and tokens[pronoun - 1].stop and (index == 0 or tokens[index - 1].stop) \
                and not token.norm.startswith(ARTICLE):
            break  # «واستدعى مانشيني، الذي …»: the clause's verb is not part of the noun phrase
        if index < pronoun - 1 and _clause_verb(tokens, index) and _one_noun(tokens, index + 1, pronoun - 1):
            break  # «وأسفرت الحرب التي اندلعت …»: the main clause's verb, then its subject the clause describes
            # (not «وشهدت المدينة الحريق الذي»: two nouns, a subject and its object, the verb's clause is told)
        if index < pronoun - 1 and token.norm[:1] in "بل" and not token.norm.startswith(PREPOSITION_ARTICLE) \
                and len(token.norm) >= 5 and token.surface.endswith("ة") and start is not None \
                and _bare(tokens[pronoun].norm) in MASCULINE_RELATIVES and index \
                and not tokens[index - 1].norm.startswith(ARTICLE) and not _is_function(tokens[index - 1]):
            break  # «استراتيجية جديدة لهزيمة تنظيم الدولة الذي سيطر …»: a feminine noun after ب/ل, after an
            # undefined phrase, is not what «الذي» describes (that needs a definite noun): the phrase after it is
        start = index
        if token.norm.startswith(PREPOSITION_ARTICLE):
            if not (token.norm.startswith("لل") and index and _definite_noun(tokens[index - 1])) or joined is not None \
                    or tokens[pronoun - 1].stop:  # (after a comma, «… للمؤسسة، التي أقامت»: the nearest noun)
                break  # «للاتفاق النووي الذي»: the phrase starts at its preposition
            joined = index  # «المؤتمر العالمي للهواتف الجوالة الذي»: its ل joins the definite noun before it
    if joined is not None and start is not None and start < joined and start and (
            tokens[start - 1].stop or _definite_noun(tokens[start - 1]) or tokens[start - 1].norm[:1].isdigit()):
        return joined  # an adjective or a noun the reach cut («المتواجد بالأراضي الهولندية»): the preposition's phrase
    if start is not None and joined is None:
        return _object_start(tokens, start, pronoun)
    return start


def _object_start(tokens: list[_Token], start: int, pronoun: int) -> int:
    """Where the noun phrase a relative clause describes starts when the words before it hold a clause's subject
    and then its object («أدانت تونس بشدة الإعتداء الإرهابي الذي …», «نشرت وزارة الخارجية الأميركية قائمة الهدايا
    التي …»): after a manner word or a verbal noun with its pronoun on ب («بشدة», «برفضها»), or at an undefined
    noun heading a definite one right after a definite word (the object's construct after the subject). At least two
    words stay: a single word after them is an adjective or a place («بروتردام بهولندا»)."""
    if all(t.stop or t.time or _is_function(t) or _lead_words(tokens, i) for i, t in enumerate(tokens[:start])
           if i >= start - 1) or not start:
        return start  # «وتصدر الأرز قائمة الأغذية التي …»: the reach holds its clause from the start, verb first
    for index in range(pronoun - 2, start, -1):
        token, before = tokens[index], tokens[index - 1]
        if _manner(before) and _definite_noun(token) or _definite_noun(before) and _object_head(tokens, index):
            return index
    return start


def _manner(token: _Token) -> bool:
    """«بشدة», «برفضها»: a manner word or a verbal noun with its subject's pronoun, on ب: the verb's, not a noun's."""
    norm = token.norm
    return norm in _roles_words("manner") or norm[:1] == "ب" and not norm.startswith(PREPOSITION_ARTICLE) \
        and norm.endswith(("ها", "هم", "ه")) and len(norm) >= 6 and not _is_function(token)


def _object_head(tokens: list[_Token], index: int) -> bool:
    """An undefined noun heading a definite one («قائمة الهدايا», «عهد التميمي»), no particle, digit or verb."""
    token = tokens[index]
    return _construct_head(tokens, index) and not token.norm.startswith(ARTICLE) and not token.norm[:1].isdigit() \
        and not _phrase_at(tokens, index, "office") and token.norm not in _roles_words("inner_head") \
        and _bare(token.norm) not in _temporal_prepositions() and _bare(token.norm) not in PREPOSITIONS \
        and not token.norm[:1] in "وف" and not _clause_verb(tokens, index) and len(token.norm) >= 3


def _definite_noun(token: _Token) -> bool:
    return token.norm.startswith(ARTICLE) and len(token.norm) > 3 and not token.stop and not token.time \
        and not _is_function(token)


def _one_noun(tokens: list[_Token], first: int, last: int) -> bool:
    """Are tokens[first..last] one noun: a word, or a definite noun and its nisba adjectives («الحرب الأهلية»)?"""
    if first == last:
        return True
    return tokens[first].norm.startswith(ARTICLE) and all(
        t.norm.startswith(ARTICLE) and t.norm.endswith(("ي", "يه", "يين", "يون")) for t in tokens[first + 1 : last + 1])


def _clause_verb(tokens: list[_Token], index: int) -> bool:
    """Does a clause open on a verb at tokens[index] (VSO news style)? At the sentence's or a clause's start, after
    its particles and time words: «وأسفرت», «وتمر» (و before an undefined word, not a root letter: not «وزير»), a
    verb the lexicon knows, or a future or imperfect «ستطور», «يتعرض»."""
    start = index
    while start and (tokens[start - 1].time or _phrase_at(tokens, start - 1, "lead", proclitic=True)) and not tokens[start - 1].stop:
        start -= 1
    if start and not tokens[start - 1].stop:
        return False
    norm = tokens[index].norm
    bare = norm[1:] if norm[:1] in PROCLITICS and len(norm) > 3 else norm
    if bare.startswith(ARTICLE) or _is_function(tokens[index]) or norm[:1].isdigit() or tokens[index].stop:
        return False
    if bare in _present_forms() or bare[:1] == "س" and bare[1:2] in "يتن" and len(bare) >= 5 \
            or bare[:1] == "ي" and len(bare) >= 5:
        return True
    return norm[:1] == "و" and len(norm) >= 4 and not _waw_root_word(norm) and not norm.endswith(("ه", "ات", "ي"))


def _accusative(token: _Token) -> bool:
    """An adverbial accusative («تكريماً», «استعدادا», «تكريما»): not part of a noun phrase before a relative.
    Names end in ا too («كوستاريكا», «تيريزا», «أوروبا»): only the written tanween or a verbal noun's pattern."""
    norm = token.norm
    if norm.startswith(ARTICLE) or not norm.endswith("ا") or norm.endswith(("ها", "نا", "يا", "وا", "اا")):
        return False
    return "ً" in token.surface or norm.startswith("است") and len(norm) >= 7 \
        or len(norm) == 6 and norm[0] == "ت" and norm[3] == "ي" and norm[1] not in "اوي"


def _is_adjunct(tokens: list[_Token], index: int) -> bool:
    """Does a clause opening on this word continue the one before it («على …», «للحزب …»)?"""
    if _phrase_at(tokens, index, "opens", proclitic=True):
        return False
    return _is_function(tokens[index]) or tokens[index].norm.startswith(PREPOSITION_ARTICLE)
