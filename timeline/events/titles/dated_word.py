"""A background date right after the word of a birth, death, founding, discovery or signing dates that happening.

«كان القصري المولود في 5 نيسان/إبريل من العام 1905 كتلة متفجرة من الكوميديا»: the date hangs on «المولود», not
on the sentence's main verb; the title is that happening told as a headline names it, with who it is of: «ولادة
القصري». The words (lexicon/dated_happening_words.tsv) and whose the happening is:

- a definite participle after its noun: «الاتفاق النووي المبرم عام 2015 مع إيران» -> «إبرام الاتفاق النووي مع إيران»;
- a verb after «الذي/التي»: «ياسر عرفات، الذي توفي في 2004» -> «وفاة ياسر عرفات»; «ولد الشيخ أحمد الذي عين في
  نيسان/أبريل 2015» -> «تعيين ولد الشيخ أحمد»;
- a verb after its definite subject opening a clause: «إن هذا القصر بني عام 1890» -> «بناء القصر»;
- a verbal noun with its owner's pronoun: «منذ تأسيسها في 1901» -> «تأسيسها», whose owner the title machinery
  finds (dated.subject_owned), or the title stays.

Only a date naming a year (a background date: births and foundings are told so), and, after a verb, only a date that
closes its clause or is followed by a prepositional phrase (no object: «أطلقت عام 2009 المسبار» is another's).
embedded.py asks this after its own readers and tells it when the main title does not already tell the happening.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon
from .tokens import (
    ARTICLE, MAX_CHARS, _Token, _conjoined, _is_function, _phrase_at, _present_forms, _pronoun_object)
from .antecedent import _antecedent
from .owned_nouns import _owned_noun

YEAR = re.compile(r"\d{4}|\d+ه")  # «عام 1924», «1347ه»
SUBJECT_WORDS = 5  # the noun phrase before a participle or a verb («الاتفاق النووي», «رجل الأعمال عارف مسعود نقفي»)
COMPLEMENT_WORDS = 3  # the place or partner after the date («في نيويورك», «مع إيران», «بألمانيا الشرقية»)
PAIRED = {"بين"}
COMPLEMENT_HEADS = {"في", "مع", "بين"}  # where and with whom; not a purpose («من أجل») or a direction  # a complement that needs its two parts («بين إيران والدول الكبرى»): none when cut

Found = tuple[str, int, str]  # the title, the index of the happening's word, and its form («named»: an owned
# noun told of the name before it)


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, str]]:
    """word -> (its verbal noun, its form)."""
    return {row["word"]: (row["noun"], row["form"]) for row in lexicon.table("dated_happening_words")}


def _entry(token: _Token, form: str | None = None) -> tuple[str, str] | None:
    entry = _words().get(token.norm)
    if entry is None and token.norm[:1] == "و" and len(token.norm) > 4:
        entry = _words().get(token.norm[1:])
        entry = entry if entry and entry[1] == "owned" else None  # «ومقتله في 2011»: a noun in a list
    return entry if entry and (form is None or entry[1] == form) else None


def owned_word(token: _Token) -> bool:
    """Is the word a dated happening's verbal noun with its owner's pronoun («تأسيسها», «ومقتله»)?"""
    return _entry(token, "owned") is not None


def owned_noun_of(token: _Token) -> str:
    """The verbal noun an owned word is told by («تأسيسها» -> «تأسيس»)."""
    entry = _entry(token, "owned")
    return entry[0] if entry else token.surface


def _word_at(tokens: list[_Token], start: int) -> int | None:
    """The happening's word: right before the date, before a preposition and its pronoun («الموقع معها في عام
    2015»), or the date's own first word («المولود في», which the time words take: title_words.tsv's time_prep)."""
    if start < len(tokens) and tokens[start].time and _entry(tokens[start], "participle"):
        return start
    if start >= 2 and _pronoun_object(tokens[start - 1].norm) and _entry(tokens[start - 2], "participle"):
        return start - 2
    if start >= 1 and _entry(tokens[start - 1]) and not tokens[start - 1].time:
        return start - 1
    place = _place_before(tokens, start)
    return place[0] - 1 if place else None


PLACE_WORDS = 3  # «في كراتشي بباكستان», «في الدلم بمحافظة الخرج»


def _place_before(tokens: list[_Token], start: int) -> list[int]:
    """«مولود في كراتشي بباكستان في 13 يوليو 1960»: where the happening was, between its word and the date (a
    «في» or ب phrase of up to PLACE_WORDS words, no comma, particle, verb or time word), when a birth, death,
    founding or signing word (not an owned noun) comes right before it; [] otherwise."""
    for first in range(start - 1, max(0, start - 1 - PLACE_WORDS), -1):
        token = tokens[first]
        if token.time or token.stop or token.norm[:1].isdigit() or _known_verb(tokens, first) \
                or _is_function(token) and token.norm != "في":
            return []
        entry = _entry(tokens[first - 1])
        if (token.norm == "في" or token.norm[:1] == "ب" and not _is_function(token)) and first + 1 < start \
                and entry is not None and entry[1] != "owned" and not tokens[first - 1].time and not tokens[first - 1].stop:
            return list(range(first, start))
    return []


def may_date(tokens: list[_Token], start: int) -> bool:
    return _word_at(tokens, start) is not None or _passive_at(tokens, start) is not None


PASSIVE_AUXILIARIES = {"تم", "يتم", "سيتم", "جرى", "جري", "يجري", "سيجري"}  # «الذي تم توقيعه عام 2015»


def _passive_at(tokens: list[_Token], start: int) -> int | None:
    """«الاتفاق النووي مع إيران الذي تم توقيعه عام 2015»: the index of the owned verbal noun a relative clause's
    passive auxiliary takes right before the date (its pronoun is the noun the clause describes), or None."""
    at = start - 1
    if at < 3 or tokens[at].time or tokens[at].stop or tokens[at - 1].norm not in PASSIVE_AUXILIARIES \
            or not _phrase_at(tokens, at - 2, "relative", proclitic=True) or _owned_noun(tokens[at].surface) is None:
        return None
    return at


def passive_relative(tokens: list[_Token], start: int, end: int) -> Found | None:
    """«… من الاتفاق النووي مع إيران الذي تم توقيعه عام 2015» -> «توقيع الاتفاق النووي مع إيران»: the verbal noun
    told of the noun the relative clause describes, with the place or partner after the date."""
    at = _passive_at(tokens, start)
    if at is None or not any(YEAR.search(tokens[i].norm) for i in range(start, end + 1)) or not _closes_clause(tokens, end):
        return None
    subject = _described(tokens, at - 2)
    if not subject or any(tokens[i].time or tokens[i].norm[:1].isdigit() for i in subject) \
            or tokens[subject[0]].norm[:1] in "بك" and not tokens[subject[0]].opens_quote:
        return None
    told = [_owned_noun(tokens[at].surface), _phrase(tokens, subject)]
    complement = _complement(tokens, end)
    if complement and len(" ".join(told + [complement])) <= MAX_CHARS:
        told.append(complement)
    text = " ".join(told)
    return (text, at, "passive") if len(text) <= MAX_CHARS else None


def dated_word(tokens: list[_Token], start: int, end: int) -> Found | None:
    """The title of the happening whose word is right before the date tokens[start:end + 1], or None."""
    at = _word_at(tokens, start)
    if at is None or _passive_at(tokens, start) is not None:  # («الذي تم توقيعه»: the relative clause's noun owns it)
        return passive_relative(tokens, start, end)
    entry = _entry(tokens[at]) if at >= 1 else None
    if entry is None or not any(YEAR.search(tokens[i].norm) for i in range(start, end + 1)) or tokens[at].stop:
        return None
    noun, form = entry
    if form == "owned":
        name = _apposed_name(tokens, at)
        if name:  # «نظام الرئيس الراحل، معمر القذافي، ومقتله في 2011»: the name set off right before
            return f"{noun} {_phrase(tokens, name)}", at, "named"
        word = tokens[at].surface
        return (word[1:] if _conjoined(tokens[at]) else word), at, form
    pronoun = at - 1 if _phrase_at(tokens, at - 1, "relative", proclitic=True) else None
    if form in ("verb", "relative") and not _closes_clause(tokens, end):
        return None  # «أطلقت عام 2009 المسبار»: an object after the date, the verb is no passive of its subject
    if pronoun is not None and form != "participle":
        subject = _described(tokens, pronoun)
    elif form == "participle":
        subject = _noun_before(tokens, at)
    elif form == "verb":
        subject = _noun_before(tokens, at)
        if not subject or not _opens_clause(tokens, subject[0]) or not any(
                tokens[i].norm.startswith(ARTICLE) for i in subject):
            return None  # («وهو من أصول بنغالية ولد»: a preposition's noun is nobody's subject)
    else:
        return None
    if not subject or any(tokens[i].time or tokens[i].norm[:1].isdigit() for i in subject) \
            or tokens[subject[0]].norm[:1] in "بك" and not tokens[subject[0]].opens_quote:
        return None  # («، بمجالات السفر والسياحة، تأسست»: a preposition's phrase, the subject is further back)
    told = [noun, _phrase(tokens, subject)]
    place = _place_before(tokens, start) if at < start - 1 else []
    complement = " ".join(tokens[i].surface for i in place) or _complement(tokens, end)
    if complement and len(" ".join(told + [complement])) <= MAX_CHARS:
        told.append(complement)
    text = " ".join(told)
    return (text, at, form) if len(text) <= MAX_CHARS else None


NAME_WORDS = 3  # «معمر القذافي»


def _apposed_name(tokens: list[_Token], at: int) -> list[int]:
    """The name set off by commas right before a conjoined owned noun («، معمر القذافي، ومقتله»): up to NAME_WORDS
    undefined words (no particle, number or time word) between two commas; [] otherwise."""
    if not _conjoined(tokens[at]) or at < 2 or not tokens[at - 1].stop:
        return []
    words: list[int] = []
    for index in range(at - 1, max(-1, at - 2 - NAME_WORDS), -1):
        token = tokens[index]
        if index < at - 1 and token.stop:
            # (a name's first word has no article: «معمر القذافي», not «الرئيس الراحل»)
            return words if len(words) >= 2 and not tokens[words[0]].norm.startswith(ARTICLE) else []
        if token.time or _is_function(token) or token.norm[:1].isdigit() or _known_verb(tokens, index):
            return []
        words.insert(0, index)
    return []


def _closes_clause(tokens: list[_Token], end: int) -> bool:
    """Does the clause end with the date, or go on with a preposition or a conjunct (no object after it)?"""
    if end + 1 >= len(tokens) or tokens[end].stop:
        return True
    following = tokens[end + 1]
    return _is_function(following) or following.norm.startswith(("بال", "لل")) or following.norm[:1] in "بول" \
        and not following.norm.startswith(ARTICLE)  # («لتوفير مجتمع …»: a purpose)


JUSSIVE = {"لم", "ولم", "لن", "ولن", "فلم"}  # «ولم يتوصل ولد الشيخ أحمد الذي»: the verb after them is no noun's


def _described(tokens: list[_Token], pronoun: int) -> list[int]:
    """The noun phrase «الذي/التي» describes (antecedent.py), without a verb a particle opens before it, and with
    the noun a preposition's phrase completes («عقد الرعاية بين الطرفين الذي»: not «الطرفين» alone)."""
    first = _antecedent(tokens, pronoun)
    if first is None:
        return []
    words = list(range(first, pronoun))
    if first and tokens[first - 1].norm in JUSSIVE:
        words = words[1:]
    if words and first >= 2 and _is_function(tokens[first - 1]) and tokens[first - 1].norm in WIDENING \
            and not tokens[first - 1].stop and (tokens[first - 1].norm == "بين" or len(words) == 1):
        wider = _noun_before(tokens, first - 1)
        if wider and (any(tokens[i].norm.startswith(ARTICLE) for i in wider) or len(wider) >= 2):
            words = wider + [first - 1] + words
    return words if len(words) <= SUBJECT_WORDS + 2 else []


WIDENING = {"بين", "في", "مع"}  # a preposition whose phrase completes the noun before it («عقد الرعاية بين الطرفين»,
# «مؤسسة "كوجين" في السعودية التي أسست», «الاتفاق النووي مع إيران الذي»: one word after «في» or «مع» is where
# the noun is or with whom, not what the clause tells of)


def _known_verb(tokens: list[_Token], index: int) -> bool:
    token = tokens[index]
    norm = token.norm[1:] if _conjoined(token) else token.norm
    return bool(_phrase_at(tokens, index, "perfect", proclitic=True) or _phrase_at(tokens, index, "report", proclitic=True)
                or _phrase_at(tokens, index, "copula", proclitic=True) or norm in _present_forms())


def _noun_before(tokens: list[_Token], at: int) -> list[int]:
    """The noun phrase right before tokens[at]: definite words, an undefined head of a construct before them
    («اتفاق السلام»), or a name's undefined words («نيكولاس مادورو»); up to SUBJECT_WORDS, not across a particle, a
    comma (except one closing the phrase: «الاتفاق النووي، المبرم»), a verb, a time word or a relative pronoun."""
    words: list[int] = []
    for index in range(at - 1, max(-1, at - 1 - SUBJECT_WORDS), -1):
        token = tokens[index]
        if token.time or token.stop and index != at - 1 or _is_function(token) or token.norm[:1].isdigit() \
                or _phrase_at(tokens, index, "relative", proclitic=True) or _known_verb(tokens, index) \
                or token.closes_quote and index != at - 1:
            break
        definite = token.norm.startswith(ARTICLE)
        if len(words) >= 2 and not tokens[words[0]].norm.startswith(ARTICLE) and (
                tokens[words[1]].norm.startswith(ARTICLE) or tokens[words[1]].opens_quote):
            break  # «[شركة موبايلي للاتصالات] عقد الرعاية», «[مثل] مؤسسة "كوجين"»: a construct's head opens the phrase
        if not definite and len(words) >= 3 and not any(tokens[i].norm.startswith(ARTICLE) for i in words[:3]):
            break  # four undefined words: a clause, no name («عارف مسعود نقفي» is one)
        if not definite and (token.norm.startswith(("ب", "ل", "ك")) and not words and not token.closes_quote
                             or token.norm[:1] in "بل" and token.norm[1:2] in "تا" and len(token.norm) >= 5):
            break  # «بتعديل الاتفاقية», «لتطوير …»: a preposition and the verbal noun whose object the phrase is
        words.insert(0, index)
    while words and (tokens[words[0]].norm, ) in _roles().get("demonstrative", {}):
        words.pop(0)
    return words


def _roles():
    from .tokens import _roles as roles
    return roles()


def _opens_clause(tokens: list[_Token], first: int) -> bool:
    """Does the noun phrase at `first` open its clause (after a comma, «إن»/«أن», or at the sentence's start)?"""
    before = first - 1
    while before >= 0 and (tokens[before].norm,) in _roles().get("demonstrative", {}):
        before -= 1
    return before < 0 or tokens[before].stop or bool(_phrase_at(tokens, before, "that", proclitic=True))


def _phrase(tokens: list[_Token], words: list[int]) -> str:
    """The noun phrase as a title's words, without a preposition it carries («للاتفاق» -> «الاتفاق»)."""
    surfaces = [tokens[i].surface.strip("،,؛") for i in words]
    first = surfaces[0]
    norm = tokens[words[0]].norm
    if norm.startswith("لل"):
        first = "ال" + first[2:]
    elif norm.startswith(("بال", "وال", "فال")) or _conjoined(tokens[words[0]]):
        first = first[1:]  # «فالمنظمة», «ورئيس منظمة التحرير»
    return " ".join([first] + surfaces[1:])


def _complement(tokens: list[_Token], end: int) -> str:
    """A prepositional phrase right after the date («في نيويورك», «مع إيران»): a preposition and its noun, then
    definite words, up to COMPLEMENT_WORDS and a comma; '' when none."""
    if end + 1 >= len(tokens) or tokens[end].stop:
        return ""
    head = tokens[end + 1]
    if not (head.norm in COMPLEMENT_HEADS or head.norm.startswith("بال")
            or head.norm[:1] == "ب" and len(head.norm) >= 4 and not _is_function(head)):
        return ""
    words = [end + 1]
    for index in range(end + 1, min(len(tokens), end + 1 + COMPLEMENT_WORDS)):
        token = tokens[index]
        if index > end + 1:
            if token.time or _is_function(token) or _conjoined(token) or token.opens_quote \
                    or _phrase_at(tokens, index, "relative", proclitic=True) \
                    or index > end + 2 and not token.norm.startswith(ARTICLE):
                break
            words.append(index)
        if token.stop or token.closes_quote:
            break
    if len(words) < 2 and head.norm in COMPLEMENT_HEADS:
        return ""
    if _is_function(tokens[words[-1]]) or head.norm in PAIRED:
        return ""
    return " ".join(tokens[i].surface.strip("،,؛") for i in words)
