"""What a date dates when it is not the clause's: a dated verbal noun («بعد اغتيال والده عام 2005») or a «منذ» phrase."""

from __future__ import annotations

from functools import lru_cache

from .tokens import (
    ARTICLE, PREPOSITION_ARTICLE, _Clause, _Token, _bare, _conjoined, _is_function, _phrase_at, _roles_words,
)


@lru_cache(maxsize=1)
def _temporal_prepositions() -> frozenset[str]:
    return frozenset(_roles_words("temporal"))


@lru_cache(maxsize=1)
def _not_verbal_nouns() -> frozenset[str]:
    return frozenset(_roles_words("not_verbal") | _roles_words("edge"))


VERBAL_NOUN_WORDS = 4  # «بعد محاولة انقلاب فاشلة في يوليو 2016»: the phrase between the preposition and its date


def _dated_verbal_noun(tokens: list[_Token], clause: _Clause, offset: int) -> tuple[int, int] | None:
    """«بعد اغتيال والده عام 2005», «إثر محاولة انقلاب في يوليو 2016»: a temporal preposition, a verbal noun and
    its complement (up to VERBAL_NOUN_WORDS words, no particle, comma or opener), then the mention: the date dates
    that happening, not the clause it is an adjunct of. Its words from the noun to the date, when two or more."""
    mention = next((i for i in range(clause.first, clause.last + 1) if tokens[i].end > offset and tokens[i].time), None)
    if mention is None:
        return None
    start = mention
    while start > clause.first and tokens[start - 1].time and not tokens[start - 1].stop:
        start -= 1  # «في» before the date goes with it
    first = start
    while first > clause.first and start - first < VERBAL_NOUN_WORDS + 1:
        token = tokens[first - 1]
        if token.stop or token.time or _is_function(token) or _phrase_at(tokens, first - 1, "opens", proclitic=True):
            break
        first -= 1
    first = _past_its_preposition(tokens, clause, first, start)
    # one definite noun when its complement follows the date («قبل التحول منتصف الأسبوع القادم إلى سوسة»), as after منذ
    one_noun = start - first == 1 and tokens[first].norm.startswith(ARTICLE) and first and _bare(tokens[first - 1].norm) != "منذ" \
        and _complement_after_date(tokens, clause, mention)  # (after «منذ»: _since_phrase reads it)
    if first == start or first == clause.first or start - first < 2 and not one_noun:
        return None
    preposition = tokens[first - 1]
    if _bare(preposition.norm) not in _temporal_prepositions() and preposition.norm not in _temporal_prepositions() \
            or preposition.stop or first >= 2 and tokens[first - 2].norm in {"فيما", "ما", "من"}:
        return None  # «أسس الثلاثة فيما بعد موقع يوتيوب»: «فيما بعد» is «later», no preposition
    if _conjoined(tokens[first]) or tokens[first].norm.startswith(("ايام", "يوم")):
        return None  # «بعد ويمبلدون», «منذ أيامها الأولى»
    noun = tokens[first].norm
    if noun in _not_verbal_nouns() or noun[:1].isdigit() or _phrase_at(tokens, first, "relative", proclitic=True) \
            or any(t.norm[:1].isdigit() for t in tokens[first:start]):
        return None
    end = mention
    while end < clause.last and tokens[end + 1].time and not tokens[end].stop:
        end += 1
    if _complement_follows(tokens, clause, end):
        # «بعد عمليات تفتيش حصلت في فبراير ومارس في منازل ومكاتب مسؤولين في شركة أودي»: the place or object after
        # the date is the phrase's, up to a comma, a time word, a conjunct or an opener; one running on past
        # DATED_COMPLEMENT_WORDS («… ببلدة دماج التابعة لمحافظة [صعدة]») is left out rather than cut
        complement = _complement_end(tokens, clause, end, DATED_COMPLEMENT_WORDS)
        closed = complement == clause.last or tokens[complement].stop or tokens[complement + 1].time \
            or _conjoined(tokens[complement + 1]) or _phrase_at(tokens, complement + 1, "opens", proclitic=True)
        end = complement if closed else end
    if one_noun and tokens[end].time:
        return None  # one noun whose complement runs on says nothing alone
    return first, end


def _complement_after_date(tokens: list[_Token], clause: _Clause, mention: int) -> bool:
    """Does an object or direction follow the date («التحول منتصف الأسبوع القادم إلى سوسة»)? Not a place alone
    («بعد المحادثات مساء الجمعة في العاصمة»): a bare noun and where it was say little; the main clause is told."""
    end = mention
    while end < clause.last and tokens[end + 1].time and not tokens[end].stop:
        end += 1
    return _complement_follows(tokens, clause, end) and _bare(tokens[end + 1].norm) != "في"


def _past_its_preposition(tokens: list[_Token], clause: _Clause, first: int, start: int) -> int:
    """«يستأنف الفريق تدريباته يوم الثلاثاء … عقب عودة الفريق من سويسرا السبت الماضي»: when the clause has a date of
    its own before, a later date after a temporal preposition dates that preposition's happening, across its own
    preposition («من سويسرا»): where that phrase starts, or `first` as it was."""
    if first <= clause.first or not _is_function(tokens[first - 1]) or _temporal(tokens[first - 1]) or first == start:
        return first
    for index in range(first - 2, max(clause.first, start - VERBAL_NOUN_WORDS - 3), -1):
        token = tokens[index]
        if token.stop or token.time or _phrase_at(tokens, index, "opens", proclitic=True):
            return first
        if _temporal(token):
            dated_before = any(t.time for t in tokens[clause.first : index])
            return index + 1 if dated_before and index + 1 < first - 1 else first
    return first


def _temporal(token: _Token) -> bool:
    return _bare(token.norm) in _temporal_prepositions() or token.norm in _temporal_prepositions()


DATED_COMPLEMENT_WORDS = 6  # «في منازل ومكاتب مسؤولين في شركة أودي»


def _complement_follows(tokens: list[_Token], clause: _Clause, end: int) -> bool:
    """Does a prepositional phrase (not a temporal one) follow the date, with no comma between?"""
    return end < clause.last and not tokens[end].stop and (
        _is_function(tokens[end + 1]) or tokens[end + 1].norm.startswith(PREPOSITION_ARTICLE)) \
        and _bare(tokens[end + 1].norm) not in _temporal_prepositions()


def _complement_end(tokens: list[_Token], clause: _Clause, end: int, reach: int) -> int:
    """The last word of the complement after the date: up to `reach` words, to a comma, time word, conjunct or opener."""
    for index in range(end + 1, min(clause.last, end + reach) + 1):
        token = tokens[index]
        if token.time or _conjoined(token) or _phrase_at(tokens, index, "opens", proclitic=True):
            break
        end = index
        if token.stop:
            break
    return end


SINCE_WORDS = 8  # «منذ بدء عملياته الداعمة للشرعية في اليمن قبل نحو 3 أعوام»: the phrase between منذ and its date
COMPARED_WORDS = 14  # … after a comparison base («الأفدح منذ مقتل 100 شخص في هجوم استهدف حيا به بنايات حكومية وسفارات في»)
BASE_REACH = 2  # words from the comparison base to «منذ» («الالتئام الأول [للفرقة] منذ»)
@lru_cache(maxsize=1)
def _duration_nouns() -> frozenset[str]:
    return frozenset(_roles_words("not_verbal") | _roles_words("duration"))


def _since_phrase(tokens: list[_Token], clause: _Clause, offset: int, following: _Clause | None) -> tuple[int, int] | None:
    """«يعاني من أزمة منذ احتجاجات يناير 2011 التي أطاحت بمبارك», «منذ أن تخلت عن خططها … عام 2008»: what «منذ»
    and its date frame is a state; the date dates the happening the state started with, told by the words between
    them (up to SINCE_WORDS, across prepositions: a date after منذ's phrase cannot date a state), or by one noun and
    the relative clause after its date. «منذ انتهاء الحرب» is a happening too («بعد انتهاء المباراة» is not)."""
    mention = next((i for i in range(clause.first, clause.last + 1) if tokens[i].end > offset and tokens[i].time), None)
    if mention is None:
        return None
    start = mention
    while start > clause.first and tokens[start - 1].time and not tokens[start - 1].stop:
        start -= 1
    first = None
    for index in range(start - 1, max(clause.first, start - COMPARED_WORDS - 2) - 1, -1):
        token = tokens[index]
        if token.stop or token.time or _phrase_at(tokens, index, "opens", proclitic=True):
            return None
        if token.norm in {"منذ", "ومنذ"}:
            first = index + 1
            if start - first > SINCE_WORDS and (not _compared(tokens, index) or any(
                    _phrase_at(tokens, k, "temporal_opener", proclitic=True) for k in range(first, start))):
                # (a long phrase after a state's «منذ» may hold another clause's date; one with a time frame of
                # its own, «منذ عرض بيونسيه خلال المباراة النهائية …», frames another happening)
                return None
            break
        if _bare(token.norm) in _temporal_prepositions() or token.norm in _temporal_prepositions():
            return None  # «منذ فترة طويلة قبل الثورة»: the nearer preposition frames the date
    if first is None or first >= start:
        return None
    if tokens[first].norm in {"ان", "ما"} and first + 1 < start:
        first += 1  # «منذ أن شنت الحكومة هجوما»: a verb clause
    noun = tokens[first].norm
    bare_noun = noun[len(ARTICLE):] if noun.startswith(ARTICLE) else noun
    if bare_noun in _duration_nouns() or noun in _duration_nouns() or noun[:1].isdigit() or _conjoined(tokens[first]) \
            or noun.startswith(("ايام", "يوم")) or _phrase_at(tokens, first, "relative", proclitic=True) \
            or _is_function(tokens[first]) or any(t.norm in _duration_nouns() and not (
                k > first and t.norm in _roles_words("demonstrative")) for k, t in enumerate(tokens[first:start], first)):
        return None  # (a demonstrative inside the phrase points to its noun, no span: «خسارته الأخيرة على هذا النوع …»)
    end = mention
    while end < clause.last and tokens[end + 1].time and not tokens[end].stop:
        end += 1
    complement = _complement_follows(tokens, clause, end)
    if start - first >= 2 or complement and tokens[first].norm.startswith(ARTICLE):
        # (one noun when its complement follows the date: «منذ الإطاحة عام 2011 بالرئيس الأسبق حسني مبارك»)
        if complement:
            # «منذ أن تحدث مجلس أوروبا في 2011 عن جرائم حرب»: the complement after the date is the phrase's (one
            # noun's, a few words: «… بالرئيس الأسبق حسني مبارك»، not the clause after it, «شبه محسومة»)
            end = _complement_end(tokens, clause, end, SINCE_WORDS if start - first >= 2 else VERBAL_NOUN_WORDS)
        return first, end
    # one noun: its relative clause right after the date tells what it did («احتجاجات … التي أطاحت بالرئيس»)
    if end == clause.last and not tokens[end].stop and following is not None and following.first == end + 1 \
            and not following.frame and _phrase_at(tokens, following.first, "relative", proclitic=True) \
            and not tokens[first].norm.endswith(("ه", "ها", "هم")) and following.last > following.first + 1:
        tokens[following.first].skip = True
        return first, following.last
    return None


def _compared(tokens: list[_Token], since: int) -> bool:
    """Is «منذ» a comparison's base («يعد تفجير كابول الأفدح منذ …», «الالتئام الأول للفرقة منذ …»)? What it
    compares with is one happening in the past, however many words tell it."""
    return any(tokens[k].norm in _roles_words("comparison_base") or _bare(tokens[k].norm) in _roles_words("comparison_base")
               for k in range(max(0, since - BASE_REACH), since))
