"""Who a title is about: speakers and their quotations, generic speakers and subjects («الشركة») named from
the article, and the subject a bare verb borrows from the main clause."""

from __future__ import annotations

from ...terms import normalize_word as normalize
from .tokens import (
    ARTICLE, EXTEND_CHARS, PERFECT_REACH, PREPOSITION_ARTICLE, PREPOSITIONS, PROCLITICS, QUANTITY, SUBJECT_WORDS,
    _Clause, _Token, _bare, _conjoined, _construct_head, _is_function, _lead_words, _mark_time, _phrase_at, _pronoun_object, _purpose,
    _relative_days, _roles, _tokens, _verb_like)


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
        if following.startswith(ARTICLE) and not anaphor:
            return text
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
    from .tense import whole_names
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


def _self_statement(tokens: list[_Token], frame: _Clause, statement: _Clause) -> bool:
    """Does a frame's «أنه/أنها» make its speaker the subject of a statement opening on a verb («أنها تدرس»)?
    Not an impersonal («أنه تم»), a particle, a definite predicate («أنها الأولى») or a quotation."""
    opener = tokens[statement.first]
    return bool(frame.speaker) and _phrase_at(tokens, frame.last, "that_self") > 0 \
        and not _phrase_at(tokens, statement.first, "impersonal", proclitic=True) and not _is_function(opener) \
        and not opener.norm.startswith(ARTICLE) and not opener.norm[:1].isdigit() and not opener.opens_quote \
        and not opener.time and not _quantity_speaker(tokens, frame.speaker) \
        and sum(not t.time for t in tokens[frame.speaker[0] : frame.speaker[1] + 1]) <= SUBJECT_WORDS \
        and not (opener.norm.endswith("ه") or opener.norm.endswith("ي") and len(opener.norm) >= 5
                 or opener.norm[:1] == "م" and len(opener.norm) >= 5)  # a noun or participle: «أنها مستمرة», «أنه ضحية»


FIRST_PERSON = {"لي", "انا", "نحن", "لنا", "علينا", "عندنا", "منا", "بنا", "معنا", "اننا", "لاننا", "انني", "لانني", "اني",
                "عني", "مني", "معي", "عندي", "الينا", "الي"}  # normalised: «إليّ» is «الي» too, only inside a quotation


def _verbal_noun_form(norm: str) -> bool:
    """A verbal noun of a derived form, undefined («مواصلة», «استئناف», «انطلاق», «تسجيل»): a noun, never a verb."""
    return len(norm) >= 5 and (norm.endswith("ه") and (norm[:1] == "م" and norm[2:3] == "ا" or norm.startswith("است")
                                                      or norm[:1] == "ا" and norm[2:3] == "ا" and len(norm) == 5)
                               or norm[:1] == "ا" and norm[-2:-1] == "ا" and len(norm) >= 6
                               or norm[:1] == "ت" and norm[-2:-1] == "ي" and len(norm) == 5)


def _first_person(tokens: list[_Token], first: int, last: int) -> bool:
    """Does a quotation's stretch speak in the first person («أرسل لي», «لأننا», «يبلغني»)?"""
    for token in tokens[first : last + 1]:
        norm = token.norm[1:] if token.norm[:1] in PROCLITICS and token.norm[1:] in FIRST_PERSON else token.norm
        if token.surface.startswith("سأ") and not token.surface.startswith("سأل") and len(norm) >= 4:
            return True  # «سأطلب», «سأعمل»: «I will»
        if norm in FIRST_PERSON - {"الي"} or norm[:1] in "يتا" and norm.endswith("ني") and not norm.endswith("اني") \
                and len(norm) >= 5 and not norm.startswith(ARTICLE) and not _is_function(token):
            return True  # «يبلغني», «أبلغني»; not a nisba «لبناني», «البرلماني»
        if norm.endswith("نا") and not norm.endswith(("انا", "ينا", "ونا")) and len(norm) >= 5 and not norm.startswith(ARTICLE) \
                and not _is_function(token) and not token.time:
            return True  # «قررنا», «استضفنا», «نقاشنا», «بلادنا»; not an accusative «أحيانا», «مجانا», nor «أثينا», «كورونا»
        if token.closes_quote:
            break
    return False


def _quantity_speaker(tokens: list[_Token], speaker: tuple[int, int]) -> bool:
    """«عدد من الفنانين», «العديد من الخبراء»: a quantity says how many spoke, not who."""
    return tokens[speaker[0]].norm in QUANTITY or _bare(tokens[speaker[0]].norm) in QUANTITY


def _bare_verb(tokens: list[_Token], kept: list[int]) -> bool:
    """Does the title open on a verb whose subject is not there («تغلب على نظيره», «هاجر إلى هولندا», «تغلب عليه»)?

    Read off the word order: an undefined first word followed right away by a preposition."""
    if len(kept) < 2 or kept[0] == 0 or tokens[kept[0] - 1].time and not any(not t.time for t in tokens[: kept[0]]):
        return False
    first, second = tokens[kept[0]], tokens[kept[1]]
    if _result_verb(tokens, kept[0]):
        return True  # «…، ليحرز لقبه الثالث»: the main clause's subject did it
    if first.norm.startswith(ARTICLE) or first.norm[:1].isdigit() or _is_function(first) or first.stop or _purpose(first.norm):
        return False
    if _owned_verbal_noun(first.surface):
        return False  # «اقتراحها على قانون»: a verbal noun and its pronoun, whose owner is told apart (tense.py, dated.py)
    if _is_function(second) or second.norm.startswith(PREPOSITION_ARTICLE):
        return True
    if _pronoun_object(second.norm):  # «بعدما تغلب عليه 2-1», «وسبق لها أن …»: a preposition with a pronoun
        return _conjoined(first) or _after_clause_opener(tokens, kept[0])  # (not «التي نزلت به», «وفق ما صرح به»)
    # «وفاز بمقعد في البرلمان»: a perfect verb, then ب/ل on an undefined noun (not «التقى بوتين»: a name
    # there is the verb's subject, so the word after it must be a preposition or the clause must end)
    third = tokens[kept[2]] if len(kept) > 2 else None
    return _verb_like(first) and second.norm[:1] in "بل" and second.norm[1:2] not in "ال" and len(second.norm) >= 4 \
        and not second.norm.endswith("ا") \
        and not second.stop and third is not None and _is_function(third)


def _owned_verbal_noun(word: str) -> bool:
    from .protagonist import _owned_happening
    return _owned_happening(word) is not None


def _result_verb(tokens: list[_Token], index: int) -> bool:
    """«وتفوق جوكوفيتش على منافسه، ليحرز لقبه الثالث»: ل before an imperfect verb, after a comma, tells what the
    main clause's subject achieved by it (not a name: «ليبيا», «لتركيا», nor a noun: «لتسوية»)."""
    token = tokens[index]
    norm = token.norm
    return index > 0 and tokens[index - 1].stop and norm[:1] == "ل" and norm[1:2] in "يت" and 5 <= len(norm) <= 7 \
        and not norm.endswith(("ا", "ه", "يه", "ات")) and not _purpose(norm) and not _is_function(token) \
        and not _phrase_at(tokens, index, "lead", proclitic=True)


def _after_clause_opener(tokens: list[_Token], index: int) -> bool:
    """Does a clause opener that is neither relative nor a source («بعدما», «ثم»; not «التي», «وفق ما») end right before
    tokens[index] (time words skipped)?"""
    before = index - 1
    while before >= 0 and tokens[before].time:
        before -= 1
    for first in range(max(0, before - 3), before + 1):
        if _phrase_at(tokens, first, "opens", proclitic=True) == before - first + 1:
            return not _phrase_at(tokens, first, "relative", proclitic=True) \
                and tokens[before].norm not in {"ما", "لما", "حسبما"} and not tokens[before].stop
    return False


def _after_relative(tokens: list[_Token], index: int) -> bool:
    """Is tokens[index] (the word before a verb) a relative pronoun («الذي», «والتي»; «، التي» the same)?"""
    return index >= 0 and not tokens[index].stop and bool(_phrase_at(tokens, index, "relative", proclitic=True))


APPOSITION_WORDS = 12  # «لاعب ليفربول وأحسن لاعب في الدوري الإنجليزي وهدافه أيضا»
APPOSED_NAME_WORDS = 3  # «محمد صلاح», «يوسف النصيري»


def _apposed_name(tokens: list[_Token], relative: int) -> list[int] | None:
    """The name a relative clause set off by a comma describes across the apposition between them («نجمه محمد صلاح،
    لاعب ليفربول وأحسن لاعب في الدوري الإنجليزي وهدافه أيضا، والذي أصيب …» -> «محمد صلاح»): the apposition opens on
    an undefined noun and holds no date nor quotation; the name before its comma is of one to APPOSED_NAME_WORDS
    words, the first undefined («يوسف النصيري»), after a noun with a possessive pronoun («نجمه») or an office's
    definite word («المهاجم»). None otherwise: no one is guessed."""
    if relative < 1 or not tokens[relative - 1].stop:
        return None
    comma = relative - 2
    while comma >= 0 and not tokens[comma].stop and relative - 1 - comma <= APPOSITION_WORDS:
        comma -= 1
    opening = comma + 1
    if comma < 1 or not tokens[comma].stop or tokens[opening].norm.startswith(ARTICLE) or _is_function(tokens[opening]) \
            or tokens[opening].norm.endswith("ا") and len(tokens[opening].norm) >= 4 \
            or any(t.time or t.opens_quote or t.closes_quote for t in tokens[opening:relative]):
        return None
    name = comma
    while name - 1 >= 0 and comma - name + 1 < APPOSED_NAME_WORDS and not tokens[name - 1].stop \
            and not tokens[name - 1].norm.startswith(ARTICLE) and not tokens[name - 1].surface.endswith(("ه", "ها", "هم")) \
            and not _is_function(tokens[name - 1]) and not tokens[name - 1].time:
        name -= 1
    words = tokens[name : comma + 1]
    if name < 1 or words[0].norm.startswith((ARTICLE, "و")) or any(_is_function(t) or t.time or t.norm[:1].isdigit() for t in words):
        # («الصحفي والكاتب السعودي، جمال خاشقجي، الذي»: a conjunct is no name; the apposition is the name)
        return None
    head = tokens[name - 1]
    possessed = head.surface.endswith(("ه", "ها", "هم")) and not head.norm.startswith(ARTICLE) and len(head.norm) >= 4 \
        and not _is_function(head)
    if not (possessed or head.norm.startswith(ARTICLE) and not head.stop and not _is_function(head)):
        return None
    return list(range(name, comma + 1))


def _borrowed_subject(tokens: list[_Token], kept: list[int]) -> list[int] | None:
    """The subject of the sentence's main clause, for a title that opens on a bare verb later in it."""
    if not kept or not _bare_verb(tokens, kept) or any(t.fragment for t in tokens[: kept[0]]):
        return None
    opener = kept[0] - 1
    while opener >= 0 and tokens[opener].time:
        opener -= 1
    if opener >= 0 and _phrase_at(tokens, opener, "consequence", proclitic=True):
        return None  # «…، مما سيؤدي إلى»: what follows has the whole clause before it as subject
    if _after_relative(tokens, opener):
        return _apposed_name(tokens, opener)  # «بغياب نجمه محمد صلاح والذي أصيب في كتفه»: the verb's subject is the
        # noun before الذي, not the main clause's («الفريق المصري أصيب …» would tell it of the wrong one)
    index = next((i for i, t in enumerate(tokens) if not t.time), None)
    if index is None or index >= kept[0]:
        return None
    if _phrase_at(tokens, index, "perfect", proclitic=True):  # «وكان جونسون قد أقيل …، كما فصل من منصب …»
        qad = next((i for i in range(index + 1, min(kept[0], index + PERFECT_REACH)) if tokens[i].norm == "قد"), None)
        if qad is not None and qad > index + 1 and not any(t.stop or t.time or _is_function(t) for t in tokens[index + 1 : qad]):
            subject = list(range(index + 1, qad))
            return None if any(tokens[i].norm in {tokens[k].norm for k in kept} for i in subject) else subject
    index += _lead_words(tokens, index)
    if index >= kept[0] or _phrase_at(tokens, index, "report", proclitic=True) or _is_function(tokens[index]):
        return None  # a sentence opening on a frame or an adjunct («ووفق المصدر ذاته، فإن …»)
    if not tokens[index].norm.startswith(ARTICLE) and not (tokens[index].norm[:1] in PROCLITICS and tokens[index].norm[1:].startswith(ARTICLE)):
        if tokens[index].stop:
            return None
        index += 1  # verb first: its subject follows it, definite or the head of one («نادي الوداد»)
        if index + 1 >= kept[0]:
            return None
        if not (tokens[index].norm.startswith(ARTICLE) or _construct_head(tokens, index)):
            # «وارتأى شعو أن يدخل …، وفاز بمقعد»: a one-word name, where أن or a comma ends it
            name = tokens[index]
            if len(name.norm) < 3 or name.time or _is_function(name) or name.norm.isdigit() \
                    or name.norm.startswith(PREPOSITION_ARTICLE) or _phrase_at(tokens, index, "report", proclitic=True) \
                    or not (name.stop or _phrase_at(tokens, index + 1, "that")
                            or _is_function(tokens[index + 1]) and _verb_like(tokens[index - 1])
                            and not tokens[index - 1].norm.endswith(("ه", "ي")) and tokens[index - 1].norm[3:4] != "ا"
                            and not name.norm.endswith(("ه", "ها", "هم"))) \
                    or name.norm in {tokens[i].norm for i in kept}:
                return None
            return [index]
    subject = []
    for position in range(index, min(kept[0], index + SUBJECT_WORDS)):
        token = tokens[position]
        if token.time or _is_function(token) or token.norm.startswith(PREPOSITION_ARTICLE) \
                or _phrase_at(tokens, position, "opens", proclitic=True):
            break
        if not token.norm.startswith(ARTICLE) and not (token.stop or position + 1 < len(tokens) and tokens[position + 1].stop) \
                and not (position == index and _construct_head(tokens, position)):
            break  # a name ends the subject only where the phrase ends («البرلماني المغربي السابق شعو،»)
        subject.append(position)
        if token.stop:
            break
    title_words = {tokens[i].norm for i in kept}
    if not subject or any(tokens[i].norm in title_words for i in subject):
        return None
    return subject


def _subject(tokens: list[_Token], kept: list[int]) -> str | None:
    """After a verb opening the title (VSO), the definite noun phrase that follows it («الاتحاد الأوروبي»)."""
    if len(kept) < 2 or tokens[kept[0]].norm.startswith(ARTICLE):
        return None
    first = tokens[kept[0]]
    function = any((word,) in _roles()[role] for word in (first.norm, first.norm[1:] if _conjoined(first) else "")
                   for role in ("function", "lead"))  # (not «فتحت» as ف + «تحت»)
    if any(_phrase_at(tokens, kept[0], role, proclitic=True) for role in ("demonstrative", "perfect", "copula")):
        function = False  # «هذه المحادثات فشلت …», «كان المسؤولون الأمريكيون …»: the noun after it is the subject
    elif function or first.norm[:1].isdigit() or first.norm in QUANTITY \
            or any(_phrase_at(tokens, kept[0], role, proclitic=True) for role in ("impersonal", "lead")) \
            or kept[0] and _phrase_at(tokens, kept[0] - 1, "expectation", proclitic=True):
        return None  # «من المقرر إجراء …», «سيتم الإعلان عن …», «(من المتوقع) صدور جزأين …»: no one acts
    norm = first.norm[1:] if _conjoined(first) else first.norm
    if norm.endswith("ه") and not first.surface.endswith("ة") and norm[:1] not in "يتنس" \
            and (norm[2:3] == "و" or _verbal_noun_form(norm[:-1])):
        return None  # «دخوله الخدمة», «انتقاله إليه»: a verbal noun and its object
    surface = first.surface[1:] if first.surface[:1] in PROCLITICS and len(norm) < len(first.norm) or first.surface.startswith(("وال", "فال")) \
        else first.surface
    head = _phrase_at(tokens, kept[0], "office", proclitic=True) > 0 \
        or surface.endswith("ة") and not _verbal_noun_form(norm)
    if head and (not _definite(tokens[kept[1]]) or surface.startswith("لل") or surface[:1] in "بلك" and len(norm) >= 5):
        return None  # «رئيس زيمبابوي فقد …», «كلمة ألقاها …»: the construct runs on past what the title tells of it;
        # «بقاعة الكوليزي», «للمرة الأولى»: a preposition's object
    # «رئيس الوزراء العراقي … أعلن», «وزارة الخارجية الأميركية …»: a noun heading a construct is the subject's head
    words = [surface] if head else []
    for index in kept[1:SUBJECT_WORDS + 1]:
        token = tokens[index]
        if not token.norm.startswith(ARTICLE) or _is_function(token):
            break
        words.append(token.surface)
        if token.stop:
            break
    return " ".join(words) or None


NAME_MAX_WORDS = 3  # «ألفونسو داستيس», «محمد جواد ظريف»; longer, the office's words run on («لفيس بوك مارك زوكربرغ»)


def _name_after_office(tokens: list[_Token], positions: list[int]) -> int | None:
    """Where the name starts in «OFFICE … NAME» told by tokens at `positions` («وزير الخارجية الإسباني ألفونسو داستيس»,
    «الرئيس المصري، عبدالفتاح السيسي،»): an office noun (with the article or not) and the definite words of its
    construct, then one to NAME_MAX_WORDS undefined words; None when the words are no such pair."""
    if len(positions) < 3:
        return None
    if not _office_head(tokens[positions[0]]):
        return None
    position = 1
    while position < len(positions) and _definite(tokens[positions[position]]) and not tokens[positions[position - 1]].stop:
        position += 1
    name = positions[position:]
    if position < 2 or not 1 <= len(name) <= NAME_MAX_WORDS or _definite(tokens[name[0]]) \
            or tokens[name[0]].norm[:1] in "بل" and tokens[name[0]].norm.endswith("ه"):
        return None  # «المتحدث الأمني بوزارة الداخلية»: the office's complement, not a name
    if any(_is_function(tokens[i]) or tokens[i].time or tokens[i].norm[:1].isdigit() or tokens[i].stop and i != name[-1]
           or len(tokens[i].norm) < 3 or _definite(tokens[i]) and i != name[-1] for i in name):
        return None  # (a name's last word may take the article: «سيف الجلاصي»; «لوزارة الداخلية السعودية», «لبي بي سي» are none)
    return position


def _office_head(head: _Token) -> bool:
    """Is a token an office noun, with the article or without («الرئيس الأميركي», «وزير الخارجية»)? The office
    table holds the bare noun, which the proclitic lookup alone misses after «ال»."""
    norm = head.norm[1:] if _conjoined(head) else head.norm
    bare = norm[len(ARTICLE):] if norm.startswith(ARTICLE) else norm
    return not head.time and (_phrase_at([head], 0, "office", proclitic=True) or (bare,) in _roles().get("office", {}))


def _definite(token: _Token) -> bool:
    """The article as written, with a plain alif: «الخارجية», not the name «ألفونسو»."""
    return token.surface.startswith(("ال", "وال")) and len(token.surface) > 3


def _speaker_name(speaker: str) -> str | None:
    """«الرئيس الفرنسي إيمانويل ماكرون» -> «إيمانويل ماكرون»: a speaker's name without their office, or None."""
    tokens = _tokens(speaker, 0, len(speaker))
    start = _name_after_office(tokens, list(range(len(tokens))))
    return " ".join(t.surface for t in tokens[start:]) if start is not None else None


SPOUSES = {"زوجها": "زوجة", "زوجته": "زوج"}  # normalised: «her husband» is the one whose wife speaks, and so on
SPOUSE_NAME_WORDS = 3  # «مينغ», «منغ هونغوي»


def spouse_of_speaker(title: str, sentence: str, before: str) -> str:
    """«زوجها وجه إليها رسالة» after «وأعلنت زوجة مينغ أنها …» and in «وقالت إن زوجها …» -> «مينغ وجه إليها رسالة»:
    a statement whose frame names no one («وقالت إن»), opening on «زوجها»/«زوجته», is its speaker's about their
    spouse; when the speaker is named, in the few sentences before, by that tie («زوجة مينغ»: the subject of a
    reporting verb of the same gender), the spouse is the one the tie names. Otherwise the title stays."""
    words = title.split()
    if not words or ": " in title:
        return title
    reciprocal = SPOUSES.get(normalize(words[0]))
    if reciprocal is None or not _unnamed_frame_before(sentence, words[0], feminine=reciprocal.endswith("ة")):
        return title
    name = _spouse_named(before, normalize(reciprocal))
    if not name:
        return title
    told = " ".join([name] + words[1:])
    return told if len(told) <= EXTEND_CHARS else title


def _unnamed_frame_before(sentence: str, word: str, feminine: bool) -> bool:
    """Does «قالت إن», «أكدت أن» (a reporting verb of that gender, no subject) stand right before the word?"""
    tokens = _tokens(sentence, 0, len(sentence))
    at = next((i for i, t in enumerate(tokens) if t.surface == word), None)
    if at is None or at < 2 or _phrase_at(tokens, at - 1, "that") != 1:
        return False
    verb = tokens[at - 2]
    norm = verb.norm[1:] if _conjoined(verb) else verb.norm
    return bool(_phrase_at(tokens, at - 2, "report", proclitic=True)) and norm.endswith("ت") == feminine


def _spouse_named(before: str, tie: str) -> str | None:
    """The name after the last «زوجة X» that is a reporting verb's subject in the SPEAKER_LOOKBACK sentences before."""
    text = before.rstrip()
    for _ in range(SPEAKER_LOOKBACK):
        cut = max(text.rfind(mark, 0, len(text) - 1) for mark in ".!?؟\n")
        tokens = _tokens(text, cut + 1, len(text))
        for index in range(len(tokens) - 2, 0, -1):
            if tokens[index].norm != tie or not _phrase_at(tokens, index - 1, "report", proclitic=True):
                continue
            name = []
            for token in tokens[index + 1 : index + 1 + SPOUSE_NAME_WORDS]:
                if token.time or _is_function(token) or _phrase_at(tokens, tokens.index(token), "that") \
                        or token.opens_quote or token.norm[:1].isdigit() or token.norm.startswith(PREPOSITION_ARTICLE):
                    break
                name.append(token.surface)
                if token.stop:
                    break
            return " ".join(name).strip("،,.") or None
        if cut < 0:
            return None
        text = text[: cut + 1].rstrip()
    return None


PERSON_NAME_WORDS = 3  # «محمد علي», «لوكا مودريتش», «عبد الله بن علي»
PERSON_ADJECTIVES = 2  # «اللاعب الكرواتي الشاب لوكا مودريتش»: definite words between the noun and the name


def _person_named(words: list[str], position: int, before: str) -> str | None:
    """The name of the one person a bare noun («الشاب», «الضحية», «اللاعب»: the lexicon's person words) stands for:
    the text before names one such person only («الشاب محمد علي», «اللاعب الكرواتي لوكا مودريتش»); None when it
    names none or several, or when the noun is qualified or named in the title already («الشاب الذي …», «الشاب خالد»)."""
    norm = normalize(words[position])
    bare = norm[1:] if norm[:1] in "وف" and (norm[1:],) in _roles().get("person", {}) else norm
    if (bare,) not in _roles().get("person", {}) or not before:
        return None
    from .tokens import _present_forms
    following = normalize(words[position + 1]) if position + 1 < len(words) else ""
    said = following[:1] in "يت" and len(following) >= 4 or following in _present_forms() \
        or _bare(following) in PREPOSITIONS and (following != "من" or position) or following.startswith(PREPOSITION_ARTICLE)
    if not said or len(words) - position < 3:
        return None  # «الفنان الراحل», «الشاب الذي», «المتهم حميد»: qualified or named; a verb or its complement must
        # follow («الشاب من القصرين» is where he is from, unless a verb opens the title: «تمكن الشاب من الفرار»)
    names = _person_names(bare, before)
    if len(names) != 1:
        return None
    name = next(iter(names.values()))
    title_words = {normalize(word) for word in words}
    return None if any(normalize(word) in title_words for word in name.split()) else name


def _person_names(noun: str, text: str) -> dict[str, str]:
    """Names the text gives the noun, by their normalised first word: «الشاب [المغربي] محمد علي»."""
    tokens = _tokens(text, 0, len(text))
    _mark_time(tokens, text, 0, (0, 0))
    names: dict[str, str] = {}
    for index, token in enumerate(tokens):
        norm = token.norm[1:] if token.norm[:1] in "وفبل" and token.norm[1:] == noun else token.norm
        if norm != noun or token.stop:
            continue
        head = tokens[index - 1].norm if index else ""
        if (head,) in _roles().get("kin", {}) or (head,) in _roles().get("office", {}):
            continue  # «والد الضحية سامي الهمامي», «محامي المتهم …»: the name is the head's
        first = index + 1
        while first < len(tokens) and first - index <= PERSON_ADJECTIVES and tokens[first].norm.startswith(ARTICLE) \
                and not tokens[first - 1].stop and not _is_function(tokens[first]):
            first += 1  # «المغربي», «الدولي السابق»
        name = []
        for token_ in tokens[first : first + PERSON_NAME_WORDS]:
            if token_.time or _is_function(token_) or token_.norm.startswith(ARTICLE) and not name \
                    or token_.norm.startswith(PREPOSITION_ARTICLE) or token_.norm[:1].isdigit() or len(token_.norm) < 2 \
                    or token_.opens_quote and name or tokens[first - 1].stop and not name \
                    or _phrase_at(tokens, tokens.index(token_), "report", proclitic=True) \
                    or _phrase_at(tokens, tokens.index(token_), "that") or token_.norm[:1] in "يت" and len(token_.norm) >= 4 and name:
                break
            name.append(token_.surface.strip("،,.\"«»"))
            if token_.stop or token_.closes_quote:
                break
        if any(normalize(word).endswith(("ها", "هم")) or normalize(word).endswith("يا") and len(normalize(word)) >= 5
               for word in name) or name and _no_name(normalize(name[0])):
            continue  # «وعائلتها», «اعلاميا», «ستكون»: a conjunct, an adverb or a verb, no name
        if name and not (len(name) == 1 and (normalize(name[0])[:1] in "يت" and len(normalize(name[0])) >= 4
                                             or _verb_like(tokens[first]))):
            names.setdefault(normalize(name[0]), " ".join(name))
    return names


def _no_name(norm: str) -> bool:
    """«وعائلتها», «ستكون»: a word after a conjunction or a future verb opens no name."""
    return norm[:1] == "و" or norm[:1] == "س" and norm[1:2] in "يتنا" and len(norm) >= 5
