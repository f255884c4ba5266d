"""The subject a title opening on a bare verb borrows from its sentence's main clause."""

from __future__ import annotations

from .first_person import _verbal_noun_form
from .offices import _definite
from .tokens import (
    ARTICLE, PERFECT_REACH, PREPOSITION_ARTICLE, PROCLITICS, QUANTITY, SUBJECT_WORDS, _Token, _before_time_words,
    _conjoined, _construct_head, _is_function, _lead_words, _phrase_at, _pronoun_object, _purpose, _roles, _verb_like,
)


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
        return False  # «اقتراحها على قانون»: a verbal noun and its pronoun, whose owner is told apart (passive.py, subject_owned.py)
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
    from .happening_nouns import _owned_happening
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
    before = _before_time_words(tokens, index)
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
    opener = _before_time_words(tokens, kept[0])
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
