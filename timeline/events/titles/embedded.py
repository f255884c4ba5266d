"""The happening a date dates when it is embedded in the sentence, not its main verb's.

A date can sit inside a phrase of its own that tells another happening than the sentence's main verb: the
anniversary's happening («دعت جماعة الإخوان … في الذكرى الخامسة لفض اعتصامي رابعة والنهضة في 14 أغسطس 2013»:
the dispersal, not the call), a relative clause's verb right before it («النيابة العامة في ميونخ التي اتهمت في
أواخر مايو مدير الشركة …»: the charge, not what the prosecutors hold now; «بطولة العالم التي تستضيفها جاكرتا
الأسبوع المقبل»), or a dated verbal noun after a temporal preposition inside a statement or a frame of expectation
(«من المقرر أن يستكمل تعافيه قبيل انطلاق مونديال روسيا الشهر القادم»). Then the title is that happening told as a
headline: the verbal noun phrase («فض اعتصامي رابعة والنهضة», «انطلاق مونديال روسيا»), or the relative clause's
noun as its subject («النيابة العامة في ميونخ تتهم مدير الشركة روبرت ستادلر»). Only where the date follows the
happening's word or its complement with no clause boundary between: most dates are their main verb's, and keep the
main clause's title (__init__.py). Word lists: lexicon/embedded_cues.tsv."""

from __future__ import annotations

import re
from functools import lru_cache, wraps
from typing import Any, Callable

from ...model import Mention
from ...terms import normalize_word as normalize
from ...terms import stem, triggers, words

from ... import lexicon
from .tokens import (
    ARTICLE, MAX_CHARS, PREPOSITIONS, VOWEL_MARKS, _Clause, _Token, _conjoined, _copies, _is_function, _mark_time, _phrase_at, _present_forms,
    _sentence_tokens, _verb_like)
from .render import _render, _tidy
from .boilerplate import without_boilerplate
from .dateline import dateline_length
from .fixture import fixture_title
from .pronouns import complement_owned
from .dated import _not_verbal_nouns, _temporal
from .clauses import _clauses
from .antecedent import _antecedent
from .relative import object_relative
from .present_tense import _headline_tense
from .embedded_phrases import (
    in_happening, indefinite_relative, may_tell, occurrence_relative, span_happening, words_after_date)

ANNIVERSARY_REACH = 8  # words between «الذكرى» and the date: «الخامسة لفض اعتصامي "رابعة" و"النهضة"، في»
MIN_PHRASE_WORDS = 2  # a happening and its owner or object («فض اعتصامي …»): one word says nothing
OBJECT_WORDS = 6  # the object or place told after a relative clause's date («مدير الشركة روبرت ستادلر»)
RELATIVE_SUBJECT_WORDS = 3  # the subject of an object relative clause before its date («تستضيفها جاكرتا»)
YEAR = re.compile(r"\d{4}")
OBJECT_PRONOUN = re.compile("(ها|هم|ه)$")  # the pronoun a verb or noun carries («تستضيفها», «اعتقاله»)


def _cues() -> dict[str, frozenset[str]]:
    return lexicon.words_by_role("embedded_cues")


def _cue(token: _Token, role: str) -> bool:
    words = _cues().get(role, frozenset())
    return token.norm in words or token.norm[:1] in "وفبل" and token.norm[1:] in words


Embedded = tuple[str, "str | None", int, int]  # the title, its actor, the index of the happening's word, and within
# how many of a title's first words that word says the title tells it (a verbal noun opens it: «انطلاق مونديال
# روسيا»; a relative clause's verb follows its noun: «النيابة العامة تتهم»)
NOUN_TOLD_WITHIN, VERB_TOLD_WITHIN = 2, 4


def told_embedded(headline: Callable[..., Any]) -> Callable[..., Any]:
    """`headline`, but a title that does not tell the embedded happening its date dates (no word of the happening's
    stem) gives way to that happening's (embedded_happening). What the title machinery tells already stays."""
    @wraps(headline)
    def told(text: str, sentence: tuple[int, int], mention: Mention, **options) -> Any:
        title = headline(text, sentence, mention, **options)
        if mention.field == "title" or mention.end < sentence[1] and fixture_title(text[mention.end : sentence[1]]):
            return title  # (a headline's date, a fixtures list's time: told as they are)
        sentence = (sentence[0] + dateline_length(text[sentence[0] : sentence[1]]), sentence[1])
        tokens = _copies(_clean_tokens(text, *sentence))
        _mark_time(tokens, text, sentence[0], (mention.start, mention.end), options.get("time_spans"))  # (as headline's)
        if not may_embed(tokens, mention.start):
            return title  # (most dates: no reader below finds its opening word, so the clauses need not be cut)
        embedded = embedded_happening(tokens, _clauses(tokens, mention.start), mention.start)
        if embedded is not None and _said_before(tokens, mention.start):
            return title  # «نقل المدير أمس تحيات … جراء الاعتداء الذي وقع يوم أمس»: one day for both, the main verb's
        if embedded is None or _tells(title.text, tokens[embedded[2]], embedded[3]) \
                or embedded[3] == NOUN_TOLD_WITHIN and title.text.split()[:1] == embedded[0].split()[:1]:
            return title  # (or the title opens on the same verbal noun: «تأسيس صحيفة السفير» for «تأسيس الجريدة»)
        told_text = complement_owned(_tidy(embedded[0]), text[sentence[0] : sentence[1]], text)  # «القبض عليه» -> «القبض على سكريبال»
        return type(title)(told_text, embedded[1] or title.actor)  # (a Title: __init__.py imports this module)
    return told


SAME_DAY_FILLERS = frozenset({"يوم", "في"})  # «أمس» and «يوم أمس», «الأحد» and «في الأحد» name one day


def _said_before(tokens: list[_Token], offset: int) -> bool:
    """Does the main clause, before the embedded date, give the same time expression («نقل … أمس، … الذي وقع يوم
    أمس»)? Then both resolve to one date, the main verb's (a relative day is counted from the same day): the
    embedded happening's title would stand for the day the main clause tells."""
    words = _date_words(tokens, offset)
    if words is None:
        return False
    told = _time_words(tokens, *words)
    index = words[0] - 1
    while index >= 0:
        if tokens[index].time:
            end = index
            while index > 0 and tokens[index - 1].time and not tokens[index - 1].stop:
                index -= 1
            if told and _time_words(tokens, index, end) == told:
                return True
        index -= 1
    return False


def _time_words(tokens: list[_Token], start: int, end: int) -> frozenset[str]:
    return frozenset(t.norm.strip("،,.") for t in tokens[start : end + 1] if t.norm.strip("،,.") not in SAME_DAY_FILLERS)


@lru_cache(maxsize=64)
def _clean_tokens(text: str, start: int, end: int) -> tuple[_Token, ...]:
    """The sentence's words without page furniture, shared by the mentions of one sentence (copied to be marked)."""
    return tuple(without_boilerplate(_sentence_tokens(text, start, end)))


def _tells(title: str, word: _Token, within: int) -> bool:
    """Does the title open on the happening's word (its stem, within its first `within` words: «اتهمت» in «النيابة
    العامة تتهم», «انطلاق» in «انطلاق مونديال روسيا»)? Not when it is told after another (the main clause's)."""
    norm = word.norm[1:] if _conjoined(word) else word.norm
    keys = {stem(_bare_norm(norm)), stem(_bare_norm(_present_forms().get(norm, norm)))}  # «انطلقت» in «تنطلق»
    return any(len(key) < 3 for key in keys) or any(
        key[:3] in stem(_bare_norm(normalize(w))) for w in title.split()[:within] for key in keys)


def _bare_norm(norm: str) -> str:
    norm = norm[1:] if norm[:1] in "وفبل" and len(norm) > 4 else norm
    return OBJECT_PRONOUN.sub("", norm) if len(norm) > 4 else norm


def embedded_happening(tokens: list[_Token], clauses: list[_Clause], offset: int) -> Embedded | None:
    """The title, actor and happening word of the embedded happening the mention at `offset` dates, or None when
    the date is the main clause's."""
    words = _date_words(tokens, offset)
    if words is None:
        return None
    start, end = words
    return _anniversary(tokens, start, end) or _relative_verb(tokens, start, end) or _temporal_verbal_noun(tokens, start) \
        or _scheduled_noun(tokens, start) or _phrase_happening(tokens, start, end)


def _happening(token: _Token) -> bool:
    return _trigger(token) or _cue(token, "happening")


def _phrase_happening(tokens: list[_Token], start: int, end: int) -> Embedded | None:
    """A relative clause of occurrence, «في» and a happening's noun, or a span before one (embedded_phrases.py): its
    title opens on the happening's word."""
    found = occurrence_relative(tokens, start, end, _happening) or span_happening(tokens, start, _happening) \
        or indefinite_relative(tokens, start, end, _happening) \
        or in_happening(tokens, start, _happening, lambda token: _cue(token, "setting"))
    # («جرت الانتخابات», «وقوع الهجوم», «انطلاق كأس العالم»: the happening's noun among the title's first words)
    return (found[0], None, found[1], NOUN_TOLD_WITHIN) if found else None


def may_embed(tokens: list[_Token], offset: int) -> bool:
    """Could embedded_happening find a happening? Each reader first looks for its opening word (an anniversary, a
    relative pronoun, a temporal preposition, a participle of schedule) by the words and time marks alone; the
    clauses (clauses.py, core.py) only mark words to leave out of what is then rendered, so without one of those words the
    answer is None whatever they mark, and the sentence need not be cut."""
    words = _date_words(tokens, offset)
    if words is None:
        return False
    start, end = words
    return _anniversary_cue(tokens, start, end) is not None or _relative_pronoun(tokens, start) is not None \
        or _temporal_before(tokens, start) is not None or _schedule_participle(tokens, start) is not None \
        or may_tell(tokens, start, _happening)


def _date_words(tokens: list[_Token], offset: int) -> tuple[int, int] | None:
    """The first and last token of the time expression at `offset`, with «في» before it."""
    mention = next((i for i, t in enumerate(tokens) if t.time and t.end > offset), None)
    if mention is None:
        return None
    start = mention
    while start > 0 and tokens[start - 1].time and not tokens[start - 1].stop:
        start -= 1  # «في» before the date goes with it
    end = mention
    while end + 1 < len(tokens) and tokens[end + 1].time and not tokens[end].stop:
        end += 1
    return start, end


def _anniversary(tokens: list[_Token], start: int, end: int) -> Embedded | None:
    """«في الذكرى الخامسة لفض اعتصامي "رابعة" و"النهضة"، في 14 أغسطس 2013» -> «فض اعتصامي رابعة والنهضة»: a date
    naming a year right after the phrase an anniversary is of dates that phrase (the anniversary itself is today's,
    told by a relative day or a date before it)."""
    index = _anniversary_cue(tokens, start, end)
    if index is None:
        return None
    first = index + 1
    while first < start and _cue(tokens[first], "ordinal_skip"):
        first += 1
    words = list(range(first, start))
    if len(words) < MIN_PHRASE_WORDS or _is_function(tokens[first]) or tokens[first].norm[:1].isdigit():
        return None
    text = _render(tokens, words)
    if text.startswith("لـ"):
        text = text[2:]  # «لـ"فض"»
    elif text.startswith("لل"):
        text = "ال" + text[2:]
    elif text.startswith("ل") and first > index + 1:
        text = text[1:]  # «الذكرى الخامسة لفض اعتصامي» -> «فض اعتصامي» (after an ordinal, ل is «of»)
    return (text, None, first, NOUN_TOLD_WITHIN) if len(text) <= MAX_CHARS else None


def _anniversary_cue(tokens: list[_Token], start: int, end: int) -> int | None:
    """The index of «الذكرى» within reach before a date naming a year, or None."""
    if not any(YEAR.search(tokens[i].norm) for i in range(start, end + 1)):
        return None
    for index in range(start - 1, max(-1, start - 2 - ANNIVERSARY_REACH), -1):
        token = tokens[index]
        if token.time or token.stop and index != start - 1:
            return None
        if _cue(token, "anniversary"):
            return index
    return None


def _relative_verb(tokens: list[_Token], start: int, end: int) -> Embedded | None:
    """«النيابة العامة في ميونخ التي اتهمت في أواخر مايو مدير الشركة روبرت ستادلر» -> «النيابة العامة في ميونخ
    تتهم مدير الشركة روبرت ستادلر»; «بطولة العالم التي تستضيفها جاكرتا الأسبوع المقبل» -> «تستضيف جاكرتا بطولة
    العالم»: a relative clause whose verb (and, for an object relative, its subject) the date follows right away
    dates that clause's happening, told of the noun it describes."""
    found = _relative_pronoun(tokens, start)
    if found is None:
        return None
    pronoun, verb, subject = found
    verb_token = tokens[verb]
    if verb_token.time or verb_token.stop or _is_function(verb_token) or verb_token.norm.startswith(ARTICLE) \
            or _phrase_at(tokens, verb, "copula", proclitic=True) or verb_token.norm[:1].isdigit():
        return None
    if subject and not verb_token.norm.endswith(("ها", "ه", "هم")) and _undefined_object(tokens, subject):
        # (after «تستضيفها», a name ending on alif is the subject: «التي تستضيفها جاكرتا»)
        return _object_relative_verb(tokens, pronoun, verb, subject, end)
    object_pronoun = verb_token.norm.endswith(("ها", "ه", "هم"))
    if subject and not verb_token.norm.endswith(("ها", "هم")):
        return None  # («يواجه», «يقوده»: a root letter or a clause whose date is the main verb's)
    if subject and (not object_pronoun or any(tokens[i].time or tokens[i].stop or _is_function(tokens[i])
                                               for i in subject)):
        return None
    antecedent = _antecedent(tokens, pronoun)
    if antecedent is None or any(tokens[i].time for i in range(antecedent, pronoun)) or not _noun_starts(tokens, antecedent):
        return None
    if antecedent >= 3 and _bare_in(tokens[antecedent - 1]) and not tokens[antecedent - 2].stop \
            and not tokens[antecedent].norm.startswith(ARTICLE):  # (a name of place; not «الفريق في البطولة التي»)
        # «النيابة العامة في ميونخ التي»: the noun's place phrase is part of it
        wider = _antecedent(tokens, antecedent - 1)
        antecedent = wider if wider is not None and tokens[wider].norm.startswith(ARTICLE) else antecedent
    noun = list(range(antecedent, pronoun))
    if subject:  # «بطولة العالم التي تستضيفها جاكرتا» -> «تستضيف جاكرتا بطولة العالم» (relative.py)
        # (a construct's complement alone, «المشاركة [ب]بطولة العالم»: the noun the clause describes)
        inner = next((i for i in noun[1:] if tokens[i].norm[:1] in "بل" and not _is_function(tokens[i])), None)
        head = _render(tokens, noun)
        if inner is not None:
            noun, head = noun[noun.index(inner):], tokens[inner].surface[1:] + " " + _render(tokens, noun[noun.index(inner) + 1:])
        head = head.strip()
        if any(_cue(tokens[i], "concessive") for i in range(max(0, antecedent - 1), antecedent + 1)):
            return None  # «رغم الحركية التي شهدتها البلاد …»: a circumstance of the main clause, which the date may date
        if head.split() and (_cue(_word(head.split()[0]), "head_skip") or normalize(head.split()[0]) in PREPOSITIONS):
            head = " ".join(head.split()[1:])  # «[على] خلفية الاحتجاجات التي شهدتها …», «رغم الحركية التي …»
        if not _definite_phrase(head.split()) or not normalize(head.split()[0]).startswith(ARTICLE) and len(head.split()) == 1:
            return None  # («تصدر الأرز قائمة …», «خوض غمار النهائيات»: a clause or a construct, told as written)
        told = object_relative(" ".join([head, _render(tokens, [pronoun, verb] + subject)]))
        if told.split()[0] == head.split()[0]:  # (a construct relative.py leaves as written): subject, verb, noun
            bare_verb = OBJECT_PRONOUN.sub("", tokens[verb].surface)
            told = " ".join([_render(tokens, subject), bare_verb, head])
        place = _object_after(tokens, end)
        if place and _bare_in(tokens[place[0]]) and len(told) + 1 + len(_render(tokens, place)) <= MAX_CHARS:
            told = f"{told} {_render(tokens, place)}"  # «… عقدتها حركة مشروع تونس أمس السبت في صفاقس»: where
        return (told, None, verb, VERB_TOLD_WITHIN) if len(told) <= MAX_CHARS else None
    if object_pronoun:
        return None  # «الذي أقاله [السيسي]»: its subject follows the date, told by the clause machinery
    if not _opening_verb_before(tokens, antecedent):
        return None  # a noun inside a phrase («جراء الاعتداء الذي وقع …»): the clause machinery tells it
    told = _object_after(tokens, end)
    head = _render(tokens, noun)
    verb_text = _render(tokens, [verb])
    while told and len(" ".join([head, verb_text, _render(tokens, told)])) > MAX_CHARS:
        told.pop()
    text = " ".join(filter(None, [head, verb_text, _render(tokens, told) if told else ""]))
    if len(text) > MAX_CHARS or len(text.split()) < 3:
        return None
    return _headline_tense(text, len(head.split())), head, verb, VERB_TOLD_WITHIN


def _undefined_object(tokens: list[_Token], words: list[int]) -> bool:
    """Are the words between a relative clause's verb and its date an undefined object in the accusative («12
    شخصا», «رئيسا», «هجوما إرهابيا»): a count and its noun, or nouns ending on the accusative's alif?"""
    norms = [tokens[i].norm for i in words]
    if any(tokens[i].stop or tokens[i].time or _is_function(tokens[i]) or n.startswith(ARTICLE) for i, n in zip(words, norms)):
        return False
    last = VOWEL_MARKS.sub("", tokens[words[-1]].surface)
    counted = norms[0][:1].isdigit() and len(words) == 2
    return (counted or all(VOWEL_MARKS.sub("", tokens[i].surface).endswith("ا") for i in words)) \
        and last.endswith("ا") and not last.endswith(("ها", "نا")) and len(normalize(last)) >= 4


def _object_relative_verb(tokens: list[_Token], pronoun: int, verb: int, object_: list[int], end: int) -> Embedded | None:
    """«المهاجر التونسي أنيس العامري الذي قتل 12 شخصا الشهر الماضي في سوق لعيد الميلاد» -> «أنيس العامري قتل 12
    شخصا في سوق لعيد الميلاد»: a relative clause whose verb and undefined object the date follows dates that
    clause's happening, told of the noun it describes (its last words, a name after an office)."""
    verb_token = tokens[verb]
    if len(verb_token.norm) < 3 or _conjoined(tokens[pronoun]) \
            or _phrase_at(tokens, pronoun, "relative", proclitic=True) != 1:
        return None
    antecedent = _antecedent(tokens, pronoun)
    if antecedent is None or any(tokens[i].time or tokens[i].stop for i in range(antecedent, pronoun)) \
            or _is_function(tokens[antecedent]) or tokens[antecedent].norm[:1].isdigit():
        return None
    noun = list(range(antecedent, pronoun))
    if noun[1:] and _opening_verb_before(tokens, noun[1]):
        noun = noun[1:]  # «ويتعرض روحاني … الذي انتخب»: the sentence's opening verb is not the noun's
    while noun[1:] and not tokens[noun[0]].norm.startswith(ARTICLE) and _happening(tokens[noun[0]]):
        noun = noun[1:]  # «توقيف المسلح الذي قتل …»: the verbal noun's object is who did it
    if len(noun) > DEFINITE_WORDS:
        return None  # (a long phrase: which of its nouns the clause describes, the clause machinery tells)
    if tokens[noun[0]].norm[:1] in "بل" and not tokens[noun[0]].norm.startswith(ARTICLE):
        return None  # («لصالح شركة التي …»: a preposition's noun, cut)
    place = _object_after(tokens, end)
    place = place if place and _bare_in(tokens[place[0]]) else []
    head = _render(tokens, noun)
    told = " ".join([head, _render(tokens, [verb] + object_)])
    if place and len(told) + 1 + len(_render(tokens, place)) <= MAX_CHARS:
        told = f"{told} {_render(tokens, place)}"  # «في سوق لعيد الميلاد في برلين»: where
    if len(told) > MAX_CHARS:
        return None
    return _headline_tense(told, len(head.split())), head, verb, VERB_TOLD_WITHIN


def _relative_pronoun(tokens: list[_Token], start: int) -> tuple[int, int, list[int]] | None:
    """The relative pronoun, its verb and the words of an object relative's subject right before the date at
    `start` («التي اتهمت», «التي تستضيفها جاكرتا»), or None."""
    verb = start - 1
    subject: list[int] = []
    while verb > 0 and len(subject) < RELATIVE_SUBJECT_WORDS and not _phrase_at(tokens, verb - 1, "relative", proclitic=True):
        subject.insert(0, verb)  # an object relative: «التي تستضيفها [جاكرتا]»
        verb -= 1
    pronoun = verb - 1
    if verb < 1 or pronoun < 1 or not _phrase_at(tokens, pronoun, "relative", proclitic=True) or _conjoined(tokens[pronoun]):
        return None
    return pronoun, verb, subject


def _noun_starts(tokens: list[_Token], index: int) -> bool:
    """Does a noun phrase start at tokens[index] (after a comma, a particle or a verb; not inside a construct, as
    «السينمائي» of «لمهرجان كان السينمائي التي»)?"""
    if index == 0 or tokens[index - 1].stop or _is_function(tokens[index - 1]):
        return True
    before = tokens[index - 1]
    return _verb_like(before) and not before.norm.startswith(("ل", "ب")) and tokens[index].norm.startswith(ARTICLE)


DEFINITE_WORDS = 4  # «العملية العسكرية واسعة النطاق»


def _word(surface: str) -> _Token:
    return _Token(0, 0, surface, normalize(surface))


def _definite_phrase(words: list[str]) -> bool:
    """A definite noun phrase or a construct of a noun and definite words, up to DEFINITE_WORDS words."""
    norms = [normalize(word) for word in words]
    return 1 <= len(norms) <= DEFINITE_WORDS and (norms[0].startswith(ARTICLE)
                                                 or len(norms) > 1 and norms[1].startswith(ARTICLE))


def _opening_verb_before(tokens: list[_Token], antecedent: int) -> bool:
    """Is the noun the subject of the verb opening its sentence or clause («واعتبرت النيابة العامة في ميونخ التي …»)?"""
    verb = antecedent - 1
    if verb < 0 or verb and not tokens[verb - 1].stop:
        return False
    token = tokens[verb]
    norm = token.norm[1:] if token.norm[:1] in "وف" and len(token.norm) > 4 else token.norm  # «واعتبرت»
    return 3 <= len(norm) <= 6 and not norm.startswith((ARTICLE, "ل", "ب")) and not norm.isdigit() \
        and not _is_function(token) and not token.time and not token.stop


def _bare_in(token: _Token) -> bool:
    return token.norm == "في"


def _object_after(tokens: list[_Token], end: int) -> list[int]:
    """The object or place after a relative clause's date, up to a comma, time word, opener, conjunct or a word that
    adds to it («إضافة إلى»), OBJECT_WORDS at most; never ending on a particle."""
    return words_after_date(tokens, end, OBJECT_WORDS, lambda index: tokens[index].time or _cue(tokens[index], "end")
                            or _phrase_at(tokens, index, "opens", proclitic=True)
                            or _phrase_at(tokens, index, "that", proclitic=True) or _conjoined(tokens[index]))


MIN_OWNED_WORDS = 3  # a verbal noun phrase ending on a pronoun says whose with more words («القبض عليه في موسكو»)
VERBAL_NOUN_REACH = 5  # words from a temporal preposition to its date («قبيل انطلاق مونديال روسيا»)


def _temporal_verbal_noun(tokens: list[_Token], start: int) -> Embedded | None:
    """«من المقرر أن يستكمل تعافيه قبيل انطلاق مونديال روسيا الشهر القادم» -> «انطلاق مونديال روسيا»: a temporal
    preposition, a happening's verbal noun (an event trigger) and its complement, then the date: the date is that
    happening's (as dated.py reads it in a plain clause; a statement or a frame of expectation is read here too)."""
    index = _temporal_before(tokens, start)
    if index is None:
        return None
    if index and tokens[index - 1].norm in {"من", "ومن"}:
        return None  # «من قبل»: «ever before», no preposition of a happening
    noun = index + 1
    last = start - 1
    while last > noun and (_phrase_at(tokens, last, "participle", proclitic=True) or _cue(tokens[last], "scheduled")):
        last -= 1  # «قبل الانتخابات الأوروبية المقررة في مايو»: the participle of schedule goes with the date
    words = list(range(noun, last + 1))
    if len(words) < MIN_PHRASE_WORDS or _is_function(tokens[noun]) or _conjoined(tokens[noun]) \
            or tokens[noun].norm in _not_verbal_nouns() or not _trigger(tokens[noun]) or _is_function(tokens[last]) \
            or tokens[noun].norm.endswith(("ه", "ها", "هم")) and not tokens[noun].surface.endswith("ة"):
        # (a verbal noun with its pronoun, «منذ لقائه مع كيم», is told of its owner by subject_owned.py)
        return None
    if len(words) < MIN_OWNED_WORDS and tokens[last].norm.endswith(("ه", "ها", "هم")) and not tokens[last].surface.endswith("ة"):
        return None  # «انسحاب فريقه»: whose, the sentence says elsewhere; the main clause is told
    text = _render(tokens, words)
    return (text, None, noun, NOUN_TOLD_WITHIN) if len(text) <= MAX_CHARS else None


def _temporal_before(tokens: list[_Token], start: int) -> int | None:
    """The index of a temporal preposition within reach before the date at `start`, no clause opening between."""
    for index in range(start - 1, max(-1, start - 2 - VERBAL_NOUN_REACH), -1):
        token = tokens[index]
        if token.time or token.stop or token.opens_quote or _phrase_at(tokens, index, "opens", proclitic=True):
            return None
        if _temporal(token):
            return index
    return None


def _trigger(token: _Token) -> bool:
    """Is the word a happening the lexicon's event triggers name («انطلاق», «زيارة»)?"""
    return any(hit.value for hit in triggers().find(words(token.surface)))


SCHEDULED_NOUN_REACH = 7  # words back from a participle of schedule to its noun («لكأس العالم 2018 لكرة القدم»)


def _scheduled_noun(tokens: list[_Token], start: int) -> Embedded | None:
    """«الاستعداد لكأس العالم 2018 لكرة القدم المقرر إجراؤها من 14 يونيو لغاية 15 يوليو» -> «كأس العالم لكرة القدم»:
    a participle of schedule and its complement right before the date tell that the noun before them is what is
    held then. clauses.py reads a noun phrase standing alone («الانتخابات الرئاسية المقررة في 22 أبريل»); here a
    named contest after ل, whose year went as a time word: the phrase from its first ل-construct («لكأس العالم»)."""
    participle = _schedule_participle(tokens, start)
    if participle is None:
        return None
    words: list[int] = []
    for index in range(participle - 1, max(-1, participle - 1 - SCHEDULED_NOUN_REACH), -1):
        token = tokens[index]
        if token.stop or _is_function(token) or token.time and not YEAR.search(token.norm):
            break
        words.insert(0, index)
    heads = [i for i in words if not tokens[i].time and tokens[i].norm[:1] == "ل" and not tokens[i].norm.startswith("لل")
             and i + 1 <= words[-1] and tokens[i + 1].norm.startswith(ARTICLE) and i > 0 and not tokens[i - 1].stop]
    if not heads:
        return None
    phrase = [i for i in words[words.index(heads[0]):] if not tokens[i].time]
    if not all(tokens[i].norm.startswith(ARTICLE) or i in heads for i in phrase[1:]):
        return None  # «لقزحية العين مستغلة دعم نظامها المنتظر إطلاقه»: no name of a contest, a clause
    text = " ".join([tokens[phrase[0]].surface[1:]] + [tokens[i].surface for i in phrase[1:]])
    return (text, None, phrase[0], NOUN_TOLD_WITHIN) if len(phrase) >= MIN_PHRASE_WORDS and len(text) <= MAX_CHARS else None


def _schedule_participle(tokens: list[_Token], start: int) -> int | None:
    """The index of a participle of schedule right before the date at `start` (or before its own complement:
    «المقرر [إجراؤها]», «المقرر [لها]»), or None."""
    participle = start - 1
    if participle > 0 and not _phrase_at(tokens, participle, "participle", proclitic=True):
        participle -= 1
    if participle < 1 or not _phrase_at(tokens, participle, "participle", proclitic=True) or tokens[participle].stop \
            or participle + 1 < start and not tokens[participle + 1].norm.endswith(("ها", "ه")):
        return None
    return participle
