"""A news lead's opening, «VERB SUBJECT، NAME OR OFFICE، …»: is a clause a verb and its subject alone, is the
clause after it a name or office set off in apposition, and what of a long subject goes so the complement has room.
Kept apart from core.py, which widens a core over such leads."""

from __future__ import annotations

from .tokens import (
    ARTICLE, MAX_CHARS, PREPOSITION_ARTICLE, SUBJECT_WORDS, _Clause, _Token, _conjoined, _construct_head,
    _is_function, _lead_words, _phrase_at, _present_forms, _pronoun_object, _purpose, _roles, _verb_like)
from .speakers import _generic
from .antecedent import _clause_verb


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


def _continues_object(tokens: list[_Token], clause: _Clause) -> bool:
    """Can the clause after a verb and its subject hold its object: not a frame, opener, particle, conjunct or time?"""
    opener = tokens[clause.first]
    return not clause.frame and not opener.time and not _phrase_at(tokens, clause.first, "opens", proclitic=True) \
        and not _lead_words(tokens, clause.first) and not _is_function(opener) and not _conjoined(opener) \
        and not _phrase_at(tokens, clause.first, "contrast", proclitic=True) and not opener.opens_quote \
        and not _phrase_at(tokens, clause.first, "report", proclitic=True) and not opener.norm[:1].isdigit()


def _bare_noun_phrase(tokens: list[_Token], first: int, last: int) -> bool:
    """A few words with no preposition or particle among them: a subject (and its apposition) alone."""
    words = [t for t in tokens[first : last + 1] if not t.time]
    return len(words) <= SUBJECT_WORDS and not any(_is_function(t) for t in words)
