"""Who speaks: a statement's speaker, the one before, and the name a generic speaker («الشركة») has in the article."""

from __future__ import annotations

from ...terms import normalize_word as normalize
from .offices import NAME_MAX_WORDS, _name_after_office, _office_head
from .person_names import _person_named
from .tokens import (
    ARTICLE, EXTEND_CHARS, PREPOSITIONS, PREPOSITION_ARTICLE, SUBJECT_WORDS, _Token, _bare, _is_function, _mark_time,
    _phrase_at, _pronoun_object, _relative_days, _roles, _tokens,
)


QUOTE_WORDS = 5  # a quotation this long after a reporting verb is its statement («وقال نتانياهو "عندما …"»); a shorter one is a name
NAME_WORDS = 4  # words a name may take after its generic noun («شركة سيريكا إنرجي البريطانية»)


def _named_subject(text: str, before: str) -> str:
    """«عانت الشركة من خسائر» -> «عانت شركة سيريكا إنرجي من خسائر»: a bare generic noun among a title's first words
    (not qualified by a definite adjective: «الشركة المنتجة» is another one) takes the name the article gave it."""
    words = text.split()
    for position, word in enumerate(words[:3]):
        generic = _generic(word)
        if not generic:
            person = _person_named(words, position, before)
            if person:  # «الشاب يتمكن من الفرار» after «الشاب محمد علي …» -> «محمد علي يتمكن من الفرار»
                named = " ".join(words[:position] + [person] + words[position + 1 :])
                return named if len(named) <= EXTEND_CHARS else text
            continue
        following = normalize(words[position + 1]) if position + 1 < len(words) else ""
        anaphor = (following,) in _roles().get("anaphor", {})
        if following.startswith(ARTICLE) and not anaphor \
                and not (_is_function(_Token(0, 0, following, following)) and (following,) not in _roles().get("relative", {})):
            return text  # «الشركة المنتجة» is another one; not «الهيئة إلى» (إلى normalised: «الي»)
        pointer = anaphor and (ARTICLE + generic,) in _roles().get("pointer_speaker", {})
        name = _named(generic, before) or (_last_speaker(before) if pointer else None)
        if not name:
            return text
        if position and (normalize(words[position - 1]),) in _roles().get("demonstrative", {}):
            position -= 1  # «وحل هذا المهرجان» -> «وحل مهرجان هولي»: a name needs no pointer
            words = words[:position] + words[position + 1 :]
        rest = words[position + 1 + anaphor :]
        if tuple(normalize(word.strip("،,")) for word in rest[:2]) in _roles().get("aside_relative", {}):
            rest = rest[2:]  # «ميلونشون وهو الذي رأى النور …» -> «ميلونشون رأى النور …»
        named = " ".join(words[:position] + [name] + rest)
        return named if len(named) <= EXTEND_CHARS else text
    return text


def _previous_speaker(before: str) -> str | None:
    """The speaker a reporting verb names in the sentence before («وقال الرئيس الأمريكي دونالد ترامب، …»), for a
    frame that names none («وأضاف "…"»)."""
    text = before.rstrip()
    cut = max(text.rfind(mark, 0, len(text) - 1) for mark in ".!?؟\n")
    tokens = _tokens(text, cut + 1, len(text))
    for index in range(len(tokens) - 2, -1, -1):
        if not _phrase_at(tokens, index, "report", proclitic=True) or _is_function(tokens[index]) or tokens[index].stop:
            continue
        first = index + 1
        while first < len(tokens) - 1 and _pronoun_object(tokens[first].norm):
            first += 1  # «أفاد به المصدر»
        if _phrase_at(tokens, first, "that") or tokens[first].opens_quote or _is_function(tokens[first]) \
                or _phrase_at(tokens, first, "report", proclitic=True) or normalize(tokens[first].surface) in _relative_days():
            return None  # «وأضاف أن …»: that sentence names no one either
        last = _speaker_end(tokens, first, len(tokens))
        speaker = " ".join(t.surface for t in tokens[first : last + 1])
        if last < first or last - first >= SUBJECT_WORDS or _generic(speaker):
            return None  # «المصدر ذاته» points further back still
        return speaker
    return None


SPEAKER_LOOKBACK = 3  # sentences before, where «المتحدث نفسه» finds who spoke


def _last_speaker(before: str) -> str | None:
    """Who a reporting verb named last in the few sentences before («أضاف ميلونشون في تصريح …»), for «المتحدث نفسه»,
    «المصدر ذاته»: the same one who spoke before. The nearest sentence whose frame names someone decides; one whose
    speaker is itself a pointer («المصدر ذاته») or none at all lets the search go further back."""
    text = before.rstrip()
    for _ in range(SPEAKER_LOOKBACK):
        if not text:
            return None
        speaker = _previous_speaker(text)
        if speaker:
            return speaker
        cut = max(text.rfind(mark, 0, len(text) - 1) for mark in ".!?؟\n")
        text = text[: cut + 1].rstrip() if cut >= 0 else ""
    return None


def _generic(speaker: str) -> str | None:
    """The generic noun a speaker is («الشركة», «المتحدث نفسه»), normalised without its article, or None."""
    words = [normalize(word) for word in speaker.split()]
    roles = _roles()
    if len(words) == 2 and (words[1],) in roles.get("anaphor", {}):
        words = words[:1]
    if len(words) != 1 or (words[0],) not in roles.get("generic", {}):
        return None
    return words[0][len(ARTICLE):]


def _named(generic: str, before: str) -> str | None:
    """The name last given to the generic noun before the sentence: «شركة سيريكا إنرجي البريطانية» for «الشركة».

    The noun without its article, then up to NAME_WORDS words up to a comma, preposition, particle or time word."""
    if not generic or not before:
        return None
    tokens = _tokens(before, 0, len(before))
    if not any(t.norm == generic or t.norm[:1] in "وبلفك" and t.norm[1:] == generic for t in tokens):
        return None
    _mark_time(tokens, before, 0, (0, 0))  # «أفضل فيلم مساء الجمعة»: a date ends the name
    for index in range(len(tokens) - 2, -1, -1):
        norm = tokens[index].norm
        if norm != generic and not (norm[:1] in "وبلفك" and norm[1:] == generic) or tokens[index].stop:
            continue
        name = [tokens[index].surface[1:] if norm != generic else tokens[index].surface]
        for position in range(index + 1, min(len(tokens), index + 1 + NAME_WORDS)):
            token = tokens[position]
            twice = token.norm in (tokens[position - 1].norm, tokens[position + 1].norm if position + 1 < len(tokens) else "")
            if not twice and (_is_function(token) or _phrase_at(tokens, position, "that") or token.time
                              or _phrase_at(tokens, position, "report", proclitic=True)
                              or _phrase_at(tokens, position, "opens", proclitic=True)):
                break  # «شبكة سي أن أن»: a particle said twice is the name's
            if token.norm[:1] in "بل" and (token.norm[1:],) in _roles().get("another", {}):
                return None  # «استبدال تطبيق تلغرام بآخر محلي»: the text names another one right after
            if len(name) > 1 and token.norm[:1] == "ل" and not twice:
                break  # «شركة سامسونغ للإعلان …», «شركة كريم لخدمات …»: what the company is for, not its name
            following = tokens[position + 1].norm if position + 1 < len(tokens) else ""
            if len(name) > 1 and token.norm[:1] == "ب" and len(token.norm) >= 4 and not twice \
                    and (following.startswith(ARTICLE) or following == "من"):
                break  # «فضيحة فساد بمئات الملايين»: a complement and its genitive, not the name («مهرجان تمور بريدة»)
            if len(name) == 1 and not token.norm.isascii() and not token.norm.startswith(ARTICLE) and (token.norm.endswith("ه") or token.norm.endswith("ي") and len(token.norm) >= 5):
                return None  # «شركة متخصصة», «حزب سياسي»: an adjective, no name
            if len(name) == 1 and token.norm.startswith("لل"):
                return None  # «متحف للفنون», «شركة للإعلان»: what it is for, no name
            definite = any(normalize(word).startswith(ARTICLE) for word in name[1:])
            if len(name) > 1 and not token.norm.startswith(ARTICLE) and not twice and not token.norm.isascii() \
                    and (definite or token.norm[:1] in "يت" and len(token.norm) >= 4):
                break  # «صندوق النقد الدولي توقعاته», «شركة مايكروسوفت تصدر»: the name has ended
            name.append(token.surface)
            if token.stop:
                break
        if _another_of_its_kind(tokens, index, generic, {normalize(word) for word in name}):
            return None
        if len(name) > 3 and not normalize(name[-2]).startswith(ARTICLE) and normalize(name[-1]).startswith(ARTICLE):
            name.pop()  # «شركة سيريكا إنرجي البريطانية» -> «شركة سيريكا إنرجي»: the name says who; its adjective costs the statement words
        return " ".join(name) if len(name) > 1 else None
    return None


def _another_of_its_kind(tokens: list[_Token], index: int, generic: str, name: set[str]) -> bool:
    """Does the text, after the name tokens[index] begins, describe one of that kind by a nisba its name lacks
    («المجموعة الأوروبية» after «مجموعة طيران الإمارات»)? The bare noun may be that other one: no name is sure. The
    nisba agrees with the noun («الهيئة» + «الإلكتروني» is another noun's adjective: «موقع الهيئة الإلكتروني»)."""
    definite = ARTICLE + generic
    nisba = "يه" if generic.endswith("ه") else "ي"
    for position in range(index + 1, len(tokens) - 1):
        norm = tokens[position].norm
        if norm != definite and not (norm[:1] in "وفبل" and norm[1:] == definite) or tokens[position].stop:
            continue
        following = tokens[position + 1].norm
        if following.startswith(ARTICLE) and following.endswith(nisba) and len(following) >= 6 and following not in name \
                and not tokens[position + 1].time:
            return True
    return False


def _quotation(tokens: list[_Token], first: int) -> bool:
    """Does a quotation opening on tokens[first] run on for a statement's length (not a name in quotes)?"""
    close = next((i for i in range(first, len(tokens)) if tokens[i].closes_quote or i > first and tokens[i].opens_quote), len(tokens))
    return close - first + 1 >= QUOTE_WORDS


def _speaker_end(tokens: list[_Token], first: int, that: int) -> int:
    """The speaker runs from the verb to the first preposition, time word or comma."""
    while first < that and tokens[first].time:  # «وأعلنت اليوم الخميس شركة …»
        first += 1
    last = first - 1
    for index in range(first, that):
        token = tokens[index]
        if token.time or _is_function(token) and not _name_word(tokens, index) \
                or token.norm.startswith(("ب" + ARTICLE, "ل" + ARTICLE, "لل")) and index > first:
            break
        last = index
        if token.stop:
            break
    if last == first and _phrase_at(tokens, first, "office", proclitic=True) and not tokens[first].stop:
        # «وقال مؤسس علي بابا، …», «رئيس إحدى الجمعيات المحلية»: an office noun cut from its construct
        # says no one; its complement runs to the comma, time word or إن (up to SUBJECT_WORDS words)
        for index in range(first + 1, min(that, first + SUBJECT_WORDS)):
            token = tokens[index]
            if token.time or _phrase_at(tokens, index, "that") or _phrase_at(tokens, index, "report", proclitic=True) \
                    or token.norm.startswith(PREPOSITION_ARTICLE) \
                    or _phrase_at(tokens, index, "opens", proclitic=True) \
                    or _is_function(token) and (index > first + 1 or _bare(token.norm) in PREPOSITIONS - {"علي"}):
                break
            last = index
            if token.stop:
                break
    return _name_in_apposition(tokens, first, last, that)


def _name_word(tokens: list[_Token], index: int) -> bool:
    from .plain_statement import whole_names
    """Is tokens[index] a particle's look-alike inside a name the lexicon reads whole («مهرجان كان»: Cannes, not
    «was»: tense.tsv's NONE rows)?"""
    return index > 0 and f"{tokens[index - 1].norm} {tokens[index].norm}" in whole_names()


def _name_in_apposition(tokens: list[_Token], first: int, last: int, that: int) -> int:
    """«ذكر مدير الاستخبارات المركزية الأمريكية، مايك بومبيو مؤخراً بأن …»: an office set off by a comma names its
    holder after it; the speaker runs on to the name (where a time word, a particle or إن ends it), so that a long
    title may name them without the office."""
    if not tokens[last].stop or not _office_head(tokens[first]):
        return last
    for end in range(last + 1, min(that, last + 1 + NAME_MAX_WORDS)):
        token = tokens[end]
        if token.time or _is_function(token) or token.opens_quote or _phrase_at(tokens, end, "that"):
            break
        closed = token.stop or end + 1 >= that or tokens[end + 1].time or _is_function(tokens[end + 1]) \
            or _phrase_at(tokens, end + 1, "that")
        if closed and _name_after_office(tokens, list(range(first, end + 1))) is not None:
            return end
        if token.stop:
            break
    return last
