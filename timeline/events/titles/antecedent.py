"""The noun phrase a relative clause describes («سلسلة ساكن ومسكون» before «التي»), and the readings of a word
it needs that clause cutting needs too: a clause's opening verb (VSO news style) and a reporting verb."""

from __future__ import annotations

from .tokens import (
    ARTICLE, PREPOSITIONS, PREPOSITION_ARTICLE, PROCLITICS, _Token, _bare, _construct_head, _is_function,
    _lead_words, _phrase_at, _present_forms, _pronoun_object, _roles_words, _waw_root_word)
from .dated import _temporal_prepositions
from .place_antecedent import happening_before_place


ANTECEDENT_WORDS = 5
MASCULINE_RELATIVES = {"الذي", "الذين"}


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


def _antecedent(tokens: list[_Token], pronoun: int) -> int | None:
    """Where the noun phrase a relative clause describes starts: «سلسلة ساكن ومسكون» before «التي»."""
    joined_to = _joined_relative(tokens, pronoun)
    if joined_to is not None:  # «الألعاب … التي جرت في كوريا الجنوبية والتي اختتمت …»: the first clause's noun
        return _antecedent(tokens, joined_to)
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
        if index < pronoun - 1 and start is not None and _possessed_before_name(tokens, index, pronoun):
            break  # «بغياب نجمه محمد صلاح الذي أصيب»: the name in apposition is what the clause describes
        start = index
        if token.norm.startswith(PREPOSITION_ARTICLE):
            if not (token.norm.startswith("لل") and index and _definite_noun(tokens[index - 1])) or joined is not None \
                    or tokens[pronoun - 1].stop:  # (after a comma, «… للمؤسسة، التي أقامت»: the nearest noun)
                break  # «للاتفاق النووي الذي»: the phrase starts at its preposition
            joined = index  # «المؤتمر العالمي للهواتف الجوالة الذي»: its ل joins the definite noun before it
    if start is not None:
        happening = happening_before_place(tokens, start, pronoun)
        if happening is not None:
            return happening  # «مباراة منتخب بلاده أمام كرواتيا التي جرت»: the match took place, not Croatia
    if joined is not None and start is not None and start < joined and start and (
            tokens[start - 1].stop or _definite_noun(tokens[start - 1]) or tokens[start - 1].norm[:1].isdigit()):
        return joined  # an adjective or a noun the reach cut («المتواجد بالأراضي الهولندية»): the preposition's phrase
    if start is not None and joined is None:
        return _object_start(tokens, start, pronoun)
    return start


JOINED_REACH = 12  # words back from «والتي» to the relative pronoun of the clause it is joined to


def _joined_relative(tokens: list[_Token], pronoun: int) -> int | None:
    """The relative pronoun a «والتي»/«والذي» clause is joined to («… التي جرت في كوريا الجنوبية والتي اختتمت …»):
    the same pronoun without «و» a few words back, no sentence stop or other relative between; or None."""
    norm = tokens[pronoun].norm
    if norm[:1] != "و" or not _phrase_at(tokens, pronoun, "relative", proclitic=True):
        return None
    for index in range(pronoun - 1, max(-1, pronoun - 1 - JOINED_REACH), -1):
        token = tokens[index]
        if token.norm == norm[1:]:
            return index
        if _phrase_at(tokens, index, "relative", proclitic=True) or token.surface.endswith((".", "؟", "!", ":")):
            return None
    return None


POSSESSIVE_ENDINGS = ("ه", "ها", "هم")  # «نجمه», «مهاجمها», «زميلهم»


def _possessed_before_name(tokens: list[_Token], index: int, pronoun: int) -> bool:
    """Is tokens[index] a noun with a possessive pronoun («نجمه», «مهاجمه», «مواطنه») and the words after it up to the
    relative pronoun a name in apposition to it («محمد صلاح», «يوسف النصيري»)? The clause describes the name: the
    noun and what heads it («بغياب نجمه») are the main clause's."""
    token = tokens[index]
    surface = token.surface.rstrip("،,")
    if token.norm.startswith(ARTICLE) or _is_function(token) or token.stop or len(token.norm) < 4 \
            or not surface.endswith(POSSESSIVE_ENDINGS) or _pronoun_object(token.norm):
        return False
    name = tokens[index + 1 : pronoun]
    return 1 <= len(name) <= 3 and not name[0].norm.startswith(ARTICLE) and not any(
        _is_function(t) or t.time or t.norm[:1].isdigit() or t.stop and t is not name[-1] for t in name)


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
