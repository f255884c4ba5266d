"""A title that stops where its date stood goes on past it.

News puts the date right after the verb and its subject, often with a frame between («وأضاف عباس ـ حسب ما أوردته
الوكالة ـ في مستهل اجتماع …، مساء اليوم الأحد، بمقر الرئاسة …، "سنذهب إلى القمة العربية"»). The clause holding the
date then tells nothing: a speaker and a saying verb («أضاف عباس»), a verb without its object («أعلنت مصادر طبية
فلسطينية»), «إن» and a noun without its predicate («قالت إن الحقوق الحصرية»), a speaker and one word of what they said
(«الرويس: الشركة»), or a frame («… في تصريح للجوهرة أف أم لدى إشرافه»). What the clause says comes after the date:
the title goes on there, past the time words, the frame's complement and the asides set off by commas or dashes
(«بمقر الرئاسة …»، «حسب ما أوردته الوكالة»), to the end of that content within MAX_CHARS; a statement is told as
«speaker: what is said».

A preposition or a zone word whose object was the removed time says nothing either: «في أعوام [2008 و2012]»,
«[الساعة 18:00] بتوقيت نيودلهي» go with it (`mark_dangling`).
"""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .render import _render
from .offices import _speaker_name
from .tokens import MAX_CHARS, PREPOSITIONS, _Clause, _Token, _is_function, _phrase_at, _tokens
from .trim import _trim
from .verb_spelling import _predicate

BARE_WORDS = 4  # a saying or announcing verb with a subject of at most three words and nothing else
SUBJECT_WORDS = 6  # a subject before its verb: «النيابة العمومية بالمحكمة الابتدائية بقفصة قرّرت»
SAID_WORDS = 2  # a statement of this many words at most, with no predicate, says nothing («الرويس: الشركة»)
ZONE_WORDS = 4  # a zone's place: «بتوقيت شرق الولايات المتحدة»
SKIPPED_CLAUSES = 4  # asides and frame complements passed over after the date, at most
SUBJECT_CLAUSES = 3  # a statement's subject may be described this many clauses before its predicate
MIN_CONTENT = 2  # content words the continuation must hold to be worth telling
DASHES = {"ـ", "-", "–", "—"}


@lru_cache(maxsize=None)  # (one entry per role: with maxsize=1 the roles evicted each other)
def _words(role: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(row["word"].split()) for row in lexicon.table("title_tail") if row["role"] == role)


def _is(token: _Token, role: str) -> bool:
    norm = token.norm
    return (norm,) in _words(role) or norm[:1] in "وف" and len(norm) > 3 and (norm[1:],) in _words(role)


def mark_dangling(tokens: list[_Token]) -> None:
    """«في أعوام 2008 و2012 و2014», «الساعة 18:00 بتוقيت نيودلهي»: a word whose object was the time goes with it."""
    for index, token in enumerate(tokens):
        if token.time or token.skip:
            continue
        if _is(token, "period") and index + 1 < len(tokens) and tokens[index + 1].time and not token.stop \
                and index and _bare_norm(tokens[index - 1]) in PREPOSITIONS and not tokens[index - 1].stop:
            token.skip = tokens[index - 1].skip = True  # «في أعوام» (not «لمدة أربع سنوات»: a length, told)
        elif _is(token, "zone") and index and tokens[index - 1].time:
            token.skip = True
            for following in tokens[index + 1 : index + 1 + ZONE_WORDS]:
                if following.time or following.norm[:1] == "و" and len(following.norm) > 3 or _is_function(following):
                    break
                following.skip = True
                if following.stop:
                    break
            # («بتوقيت نيودلهي ووصلت»: the place ends before the next verb)


def _bare_norm(token: _Token) -> str:
    norm = token.norm
    return norm[1:] if norm[:1] == "و" and norm[1:] in PREPOSITIONS else norm


def continued(title: str, tokens: list[_Token], start: int, end: int) -> str | None:
    """The title told past its date when `title` (the clause before the mention start..end) says nothing; or None."""
    words = [word for word in title.split() if normalize(word.strip('"«»'))]  # not a dash («أضاف عباس ـ»)
    if not words or len(tokens) < 3:
        return None
    before = [i for i, t in enumerate(tokens) if t.end <= start]
    after = [i for i, t in enumerate(tokens) if t.start >= end]
    if not before or not after:
        return None
    if ":" in title:
        return _said(title, tokens, after)
    statement = _that_subject(words, tokens, after)
    if statement is not None:
        return statement
    last = _title_end(tokens, before, words[-1])
    if last is None:
        return None  # the title does not stop where the date stood (nor where a frame before it opened)
    first = next((i for i in before if normalize(tokens[i].surface.strip('"«»')) == normalize(words[0])
                  or tokens[i].norm[1:] == normalize(words[0])), None)
    if first is None or first > last:
        return None
    that = next((p for p in range(last, max(first, last - SAID_WORDS) - 1, -1) if _phrase_at(tokens, p, "that") == 1), None)
    if that is not None and that > first and not _told(tokens, list(range(that + 1, last + 1))) \
            and not _function_word(tokens[that - 1].surface) and that < last \
            and not any(_is_function(tokens[i]) or _bare_norm(tokens[i]) in PREPOSITIONS for i in range(that + 1, last + 1)):
        # «بي إن سبورتس قالت إن الحقوق الحصرية [نهاية مايو] …، تتعرض للقرصنة»
        speaker = _render(tokens, [i for i in range(first, that) if not _phrase_at(tokens, i, "report", proclitic=True)
                                   and not tokens[i].time and not tokens[i].skip and tokens[i].norm not in AUXILIARIES])
        subject = [i for i in range(that + 1, last + 1) if not tokens[i].time and not tokens[i].skip]
        return _statement(tokens, speaker, subject, after[0], end)
    if len([i for i in range(first, last + 1) if not (tokens[i].time or tokens[i].skip or tokens[i].norm == "")]) != len(words):
        return None  # the title is not the clause as written before its date
    if first + 1 > last or _is_function(tokens[first + 1]) or _bare_norm(tokens[first + 1]) in PREPOSITIONS:
        return None  # «أعلن عنه رئيس الحكومة»: not a verb and its subject
    frame = _frame_end(tokens, first, last)
    reporting = _reports(tokens, first)
    if reporting or frame is not None and _predicate(tokens[first]):
        if not (last - first + 1 <= BARE_WORDS or frame is not None):
            return None
        # «وأضاف عباس ـ … ـ في مستهل اجتماع …، مساء اليوم الأحد، بمقر الرئاسة …، "سنذهب …"», «ودعا الهمامي خلال
        # أدائه [صباح السبت]، واجب العزاء …، الحكومة إلى …»
        name_end = frame - 1 if frame is not None else last
        speaker = [i for i in range(first + 1, name_end + 1) if not tokens[i].time and not tokens[i].skip]
        if not speaker or len(speaker) > BARE_WORDS:
            return None
        return _statement(tokens, _render(tokens, speaker), [], after[0], end, verb=first, frame=_frame_act(tokens, first, last))
    if _predicate(tokens[first]) and last - first + 1 <= BARE_WORDS - 1:
        # «وانتقد بيان للنصرة [بتاريخ أمس]، خطة أميركية تركية …»: a verb and its subject, the object after the date
        speaker = [i for i in range(first + 1, last + 1) if not tokens[i].time and not tokens[i].skip]
        return _statement(tokens, _render(tokens, speaker), [], after[0], end, verb=first, direct=True)
    verb = next((i for i in range(first + 1, last + 1) if _reports(tokens, i)), None)
    if verb is not None and verb - first <= SUBJECT_WORDS and (frame is not None and frame > verb or verb == last):
        # «لكن الاتحاد الألماني لكرة القدم نفى في بيان صدر [الاثنين]، ما ساقه ضده أوزيل من اتهامات»
        speaker = [i for i in range(first, verb) if not tokens[i].time and not tokens[i].skip]
        return _statement(tokens, _render(tokens, speaker), [], after[0], end, verb=verb, frame=_frame_act(tokens, first, last))
    return None


NEGATIONS = {"لم", "لن", "لا", "ليس", "قد", "سوف"}  # normalised: a particle before a verb the spelling does not show («لم تف»)


def _told(tokens: list[_Token], indices: list[int]) -> bool:
    """Do the words hold a predicate (a verb, or a particle before one)?"""
    return any(_predicate(tokens[i]) or tokens[i].norm in NEGATIONS and p + 1 < len(indices) for p, i in enumerate(indices))


def _that_subject(words: list[str], tokens: list[_Token], after: list[int]) -> str | None:
    """«بي إن سبورتس قالت [في نهاية مايو] إن الحقوق الحصرية»: a title ending on «إن» and its subject after the date,
    the predicate cut off by the subject's description («التي تمتلكها …، بما فيها …،»), is told «speaker: subject
    predicate»."""
    for position in range(len(words) - 2, max(0, len(words) - 2 - SAID_WORDS), -1):
        norm = normalize(words[position])
        subject_words = [normalize(word) for word in words[position + 1 :]]
        for that in after:
            if tokens[that].norm != norm or _phrase_at(tokens, that, "that") != 1:  # (not «فان جوغ»)
                continue
            subject = list(range(that + 1, that + 1 + len(subject_words)))
            if subject[-1] >= len(tokens) or [tokens[i].norm for i in subject] != subject_words or _told(tokens, subject) \
                    or any(_is_function(tokens[i]) or _bare_norm(tokens[i]) in PREPOSITIONS for i in subject):
                continue
            speaker = [word for word in words[:position] if not _reporting(word)]
            if not speaker or _function_word(speaker[-1]) or _function_word(speaker[0]) \
                    or subject[-1] + 1 < len(tokens) and not tokens[subject[-1]].stop and _predicate(tokens[subject[-1] + 1]):
                return None
            return _statement(tokens, " ".join(speaker), subject, subject[-1] + 1, tokens[that].end)
    return None


def _function_word(word: str) -> bool:
    tokens = _tokens(word, 0, len(word))
    return not tokens or _is_function(tokens[0]) or _bare_norm(tokens[0]) in PREPOSITIONS


def _reporting(word: str) -> bool:
    tokens = _tokens(word, 0, len(word))
    return bool(tokens) and (_phrase_at(tokens, 0, "report", proclitic=True) == 1 or tokens[0].norm in AUXILIARIES)


AUXILIARIES = {"كان", "كانت", "وكان", "وكانت"}


def _title_end(tokens: list[_Token], before: list[int], last_word: str) -> int | None:
    """The token the title's last word is, nearest the date."""
    norm = normalize(last_word.strip('"«»'))
    for index in reversed(before):
        if tokens[index].norm == norm or tokens[index].norm[1:] == norm:
            return index
        if not (tokens[index].time or tokens[index].skip or tokens[index].norm == ""):
            break
    # «وأضاف عباس ـ حسب ما أوردته الوكالة ـ في مستهل اجتماع … [مساء اليوم الأحد]»: the title stops where an aside
    # (a dash, a source, a preposition's frame) opens, and that goes on to the date
    for index in before:
        if tokens[index].norm == norm or tokens[index].norm[1:] == norm:
            following = index + 1
            while following < len(tokens) and tokens[following].norm == "":
                following += 1
            if following <= before[-1] and (tokens[index].stop or following > index + 1) and (
                    _bare_norm(tokens[following]) in PREPOSITIONS or _is(tokens[following], "opener")
                    or _phrase_at(tokens, following, "source", proclitic=True)):
                return index
    return None


def _reports(tokens: list[_Token], index: int) -> bool:
    """A saying verb, or a verb of stance whose object a statement or a frame may put off («نفى»، «دعا»، «انتقد»)."""
    return _phrase_at(tokens, index, "report", proclitic=True) == 1 or _is(tokens[index], "stance")


def _frame_act(tokens: list[_Token], first: int, last: int) -> bool:
    """Does the title end on a frame's verbal noun («لدى إشرافه»), whose complement comes after the date?"""
    return any(_is(tokens[i], "frame_act") for i in range(max(first, last - 1), last + 1))


def _frame_end(tokens: list[_Token], first: int, last: int) -> int | None:
    """Where a frame («في تصريح للجوهرة أف أم لدى إشرافه», «خلال مؤتمر صحفي») the title ends in opens, or None."""
    for index in range(first + 1, last + 1):
        if _bare_norm(tokens[index]) in PREPOSITIONS and index + 1 <= last \
                and (_is(tokens[index + 1], "frame") or _is(tokens[index + 1], "frame_act") or _is(tokens[index + 1], "opener")):
            rest = tokens[index : last + 1]
            head = next((k for k, t in enumerate(rest) if _is(t, "frame") or _is(t, "frame_act")), None)
            if head is not None and not any(_predicate(t) for t in rest[1:head]):
                return index  # («في بيان صدر»: a verb describing the frame noun is the frame's)
    return None


def _statement(tokens: list[_Token], speaker: str, subject: list[int], at: int, end: int, verb: int | None = None,
               frame: bool = False, direct: bool = False) -> str | None:
    """«speaker: what is said», what is said found after the date at token `at`: past a frame's complement, the asides,
    to «إن/أن», a colon or a quotation; a statement's `subject` before the date is told with the predicate after it."""
    index = _content_start(tokens, at, frame, said=not subject, direct=direct)
    if index is None:
        return None
    if subject:
        # the subject's description («التي تمتلكها …»، «بما فيها …») goes: its predicate is the clause opening on a verb
        for _ in range(SUBJECT_CLAUSES):
            if _predicate(tokens[index]):
                break
            index = _clause_end(tokens, index) + 1
            if index >= len(tokens):
                return None
        else:
            return None
        if not _predicate(tokens[index]):
            return None
    last = _clause_end(tokens, index)
    if not speaker:
        return None
    names = [normalize(word) for word in speaker.split()]
    if not subject and [tokens[i].norm for i in range(index, min(index + len(names), len(tokens)))] == names \
            and _said_by(tokens, index):
        # «اللجنة الأولمبية الدولية: اللجنة الأولمبية الدولية هي طرف مدني»: the statement names its speaker itself
        told = _trim(tokens, _Clause(index, last, anchored=False), end, budget=MAX_CHARS)
        return _render(tokens, told) if len(told) > len(names) + MIN_CONTENT else None
    budget = MAX_CHARS - len(speaker) - 2 - sum(len(tokens[i].surface) + 1 for i in subject)
    if verb is not None and not _said_by(tokens, index):
        budget -= len(tokens[verb].surface) + 1  # «verb speaker object»
    told = _trim(tokens, _Clause(index, last, anchored=False), end, budget=budget)
    told = _without_cut_end(tokens, told)
    if subject:
        told = subject + told
    elif tokens[index].norm == "ما" and told and told[0] == index + 1:
        told = [index] + told  # «نفى ما ساقه ضده أوزيل»: the relative «ما» is the object, not a particle
    content = [i for i in told if not _is_function(tokens[i]) and not tokens[i].time]
    if len(content) < MIN_CONTENT or not _told(tokens, told) and verb is None:
        return None
    text = _render(tokens, told)
    if not text:
        return None
    if verb is not None and not _said_by(tokens, index):
        # «أعلنت مصادر طبية فلسطينية [الأحد]، مقتل فلسطينيين اثنين»: the verb's object, told after it
        if direct and (_predicate(tokens[index]) or _is_function(tokens[index])):
            return None  # (another clause, not the object)
        said = _render(tokens, [verb])
        return f"{said} {speaker} {text}" if verb < at and tokens[verb].end <= tokens[at].start and _verb_first(tokens, verb, speaker) \
            else f"{speaker} {said} {text}"
    if direct:
        return None
    return f"{speaker}: {text}"


def _verb_first(tokens: list[_Token], verb: int, speaker: str) -> bool:
    """Does the clause open on its verb, its subject after it?"""
    following = verb + 1
    return following < len(tokens) and normalize(speaker.split()[0]) in (tokens[following].norm, tokens[following].norm[1:])


def _without_cut_end(tokens: list[_Token], told: list[int]) -> list[int]:
    """«… من موزعين انطلاقا» (من السعودية cut), «… من اتهامات وجهها» (إلى رئيس الاتحاد cut): a statement cut to the
    length does not end on a word whose complement the cut left out (an accusative of origin, a verb with its object
    pronoun)."""
    while len(told) > MIN_CONTENT + 1 and told[-1] + 1 < len(tokens) and not tokens[told[-1]].stop \
            and not tokens[told[-1] + 1].time and (_is(tokens[told[-1]], "unfinished")
                                                   or _predicate(tokens[told[-1]]) and tokens[told[-1]].norm.endswith("ها")):
        told = told[:-1]
    return told


def _said_by(tokens: list[_Token], index: int) -> bool:
    """Does the content at `index` open a statement (after «إن/أن», a colon or a quotation)?"""
    return bool(index and (_phrase_at(tokens, index - 1, "that", proclitic=True) or tokens[index - 1].colon
                           or tokens[index].opens_quote))


def _content_start(tokens: list[_Token], index: int, frame: bool, said: bool, direct: bool = False) -> int | None:
    """The first word of what the clause says after the date: time words, a frame's complement («على يوم اقتصادي …»)
    and asides («بمقر الرئاسة …»، «حسب ما أوردته …») passed over, and the «إن/أن» opening a statement."""
    for _ in range(SKIPPED_CLAUSES):
        while index < len(tokens) and (tokens[index].time or tokens[index].skip or tokens[index].norm == ""):
            index += 1
        if index >= len(tokens):
            return None
        token = tokens[index]
        that = _phrase_at(tokens, index, "that", proclitic=True)
        if that == 1:
            return index + 1 if index + 1 < len(tokens) else None
        if token.opens_quote or index and tokens[index - 1].colon:
            return index
        aside = _bare_norm(token) in PREPOSITIONS or _is(token, "opener") or _phrase_at(tokens, index, "source", proclitic=True) \
            or token.norm[:1] in "بل" and _is_function(token) is False and token.norm[1:2] == "م" and len(token.norm) > 4
        if direct and (aside or that or token.opens_quote):
            return None
        if aside or frame:
            # («بمقر الرئاسة في مدينة رام الله،» — a place, «على يوم اقتصادي …،» — the frame's complement)
            frame = False
            index = _clause_end(tokens, index) + 1
            continue
        if said and not (_predicate(token) or not _is_function(token) or token.norm == "ما"):  # «نفى … ما ساقه ضده»
            return None
        return index
    return None


def _clause_end(tokens: list[_Token], index: int) -> int:
    while index < len(tokens) - 1 and not tokens[index].stop:
        index += 1
    return index


def _said(title: str, tokens: list[_Token], after: list[int]) -> str | None:
    """«الرويس: الشركة» (the statement cut to a word by a long speaker): the speaker by name, the statement told."""
    speaker, said = title.split(":", 1)
    said_words = said.split()
    if not said_words:
        return None
    start = next((i for i in after if normalize(tokens[i].surface.strip('"«»')) == normalize(said_words[0])), None)
    if start is None or start - after[0] > SKIPPED_CLAUSES * 4:
        return None
    name = _speaker_name(speaker.strip()) or _after_honorific(speaker.strip())
    if len(said_words) > SAID_WORDS or _told(tokens, list(range(start, min(start + len(said_words), len(tokens))))):
        # «مخلوف ممّاش نائب رئيس اتحاد المنظمات الإسلامية: الاتحاد يدعو جميع المسلمين» (to what?): a long speaker
        # named by name alone tells more of the statement
        if len(said_words) > SAID_WORDS * 2 or len(speaker.split()) <= BARE_WORDS:
            return None
        name = name if name != speaker.strip() else _before_office(speaker.strip())
        if len(name) >= len(speaker.strip()):
            return None
    last = _clause_end(tokens, start)
    told = _trim(tokens, _Clause(start, last, anchored=False), tokens[start].start, budget=MAX_CHARS - len(name) - 2)
    if len(told) <= len(said_words) or not _told(tokens, told):
        return None
    return f"{name}: {_render(tokens, told)}"


def _after_honorific(speaker: str) -> str:
    """«محافظ هيئة الاتصالات … الدكتور عبد العزيز بن سالم الرويس» -> «عبد العزيز بن سالم الرويس»."""
    words = speaker.split()
    for position in range(len(words) - 2, 0, -1):
        if (normalize(words[position]),) in _words("honorific"):
            return " ".join(words[position + 1 :])
    return speaker


def _before_office(speaker: str) -> str:
    """«مخلوف ممّاش نائب رئيس اتحاد المنظمات الإسلامية» -> «مخلوف ممّاش»: a name before its office."""
    tokens = _tokens(speaker, 0, len(speaker))
    at = next((i for i in range(1, len(tokens)) if _phrase_at(tokens, i, "office") or _is(tokens[i], "office")), None)
    return " ".join(t.surface for t in tokens[:at]) if at and at <= BARE_WORDS - 1 else speaker


PLUPERFECT_SUBJECT_WORDS = 4  # «الصحف الإيطالية الصادرة»: the subject between «كانت» and its date
PLUPERFECT_WORDS = 8  # what «قد» tells after the date, up to its comma


def pluperfect(title: str, tokens: list[_Token], start: int, end: int) -> str | None:
    """«وكانت الصحف الإيطالية الصادرة [الأربعاء]، قد حفلت بالتقارير عن رونالدو، …»: «كان», its subject and a date
    describing it, then «قد» and the perfect verb that tells what the subject did. A title stopping at the date is the
    subject alone, which says nothing: the verb after «قد» is its predicate («الصحف الإيطالية حفلت بالتقارير عن
    رونالدو»), up to the comma closing it. None when the sentence is not so."""
    words = title.split()
    before = [i for i, t in enumerate(tokens) if t.end <= start]
    after = [i for i, t in enumerate(tokens) if t.start >= end]
    if not words or len(words) > PLUPERFECT_SUBJECT_WORDS or len(after) < 2 or tokens[after[0]].norm != "قد":
        return None
    auxiliary = next((i for i in reversed(before) if tokens[i].norm in AUXILIARIES or tokens[i].stop), None)
    if auxiliary is None or tokens[auxiliary].norm not in AUXILIARIES or tokens[auxiliary].stop \
            or not auxiliary + 1 < len(tokens) or normalize(words[0]) != tokens[auxiliary + 1].norm:
        return None  # the title is not the subject right after «كان»
    verb = after[1]
    if not _predicate(tokens[verb]) or tokens[verb].norm[:1] in "يتن" or tokens[verb].time:
        return None
    told = []
    reach = min(len(tokens), verb + PLUPERFECT_WORDS)
    for index in range(verb, reach):
        if tokens[index].time:
            break
        told.append(index)
        if tokens[index].stop:
            break
    else:
        if reach < len(tokens):
            return None  # no comma or end closes it within reach: a long clause, not a predicate told whole
    return f"{title} {_render(tokens, told)}"
