"""A dated relative clause whose verb or preposition points back to the noun it describes (an object relative):
«النهائيات التي تحتضنها الكاميرون», «الاتفاق النووي الذي توصلت إليه الدول الغربية», «المنظومة التي تم العمل بها».

Without its relative pronoun such a clause reads garbled («النهائيات تحتضنها الكاميرون»): the noun is not the
verb's subject, the pronoun on the verb or preposition is. So the pronoun stays in the clause (core.py), and a
title opening on the noun and its clause is told as the clause with the noun where its pronoun was: after the
verb and its subject («تحتضن الكاميرون النهائيات»), or after the preposition («توصلت الدول الغربية إلى الاتفاق
النووي», «تم العمل بالمنظومة»). A clause whose subject is the noun («الحرب التي اندلعت») has no such pronoun."""

from __future__ import annotations

import re

from ...terms import normalize_word as normalize
from .tokens import (
    ARTICLE, PREPOSITION_ARTICLE, SUBJECT_WORDS, _function_word, _roles, _roles_words, _title_words, without_marks,
)


OBJECT_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")  # the pronoun a verb takes for the noun a clause describes
AGREEING = {"الذي": ("ه",), "التي": ("ها",), "الذين": ("هم",), "اللذين": ("هما",), "اللذان": ("هما",), "اللتين": ("هما",),
            "اللتان": ("هما",), "اللواتي": ("هن", "هم"), "اللائي": ("هن", "هم"), "اللاتي": ("هن", "هم")}
# a pronoun pointing back to the noun agrees with the relative pronoun: «المباراة التي جمعتهما» points to two others,
# so the noun is the subject (keys normalised as the lexicon folds them)
PREPOSITION_HEADS = {"ب": "ب", "ل": "ل", "في": "في", "من": "من", "عن": "عن", "علي": "على", "الي": "إلى", "مع": "مع"}
ATTACHED_HEADS = ("ب", "ل")  # written on the noun: «بها» -> «بالمنظومة», «لها» -> «للإصابة»
PRONOUN_REACH = 5  # words after the relative pronoun where the pointing pronoun may stand («انطلق عرض الجزء الأول منه»)
NAME_WORDS = 2  # a noun without the article moved whole: a name («بولتون», «محمد مرسي»)
SUBJECT_NAME_WORDS = 3  # a subject without the article: «دونالد ترامب», «مدينة تور الفرنسية»
OFFICE_NAME_WORDS = 5  # after an office, the name in apposition («الملك السعودي الراحل عبد الله بن عبد العزيز»)
NAME_HEADS = {"عبد", "ابو", "بن", "ابن"}  # a name's word before the article («عبد الله», «أبو الغيط»)


def _relative_words() -> set[str]:
    return _roles_words("relative")


def _pointing_preposition(norm: str, suffixes: tuple[str, ...] = OBJECT_SUFFIXES) -> str | None:
    """«إليه» -> «إلى», «بها» -> «ب», «عنها» -> «عن»: a preposition carrying a third-person pronoun, or None."""
    for suffix in suffixes:
        head = norm[: -len(suffix)] if norm.endswith(suffix) else None
        if head in PREPOSITION_HEADS:
            return PREPOSITION_HEADS[head]
    return None


def _object_suffix(surface: str, norm: str, suffixes: tuple[str, ...] = OBJECT_SUFFIXES) -> str | None:
    """The pronoun a verb carries as its object («تحتضنها», «أطاحه», «اختاره»), or None: a word of three letters
    or more before it, no article, particle or number, and a written ه (not the ة of «محاولة»)."""
    word = without_marks(surface)
    if norm.startswith(ARTICLE) or norm[:1].isdigit() or _function_word(norm) or _pointing_preposition(norm):
        return None
    suffix = next((s for s in OBJECT_SUFFIXES if word.endswith(s)), None)
    if suffix == "ه" and any(norm.endswith(root) for root in _roles_words("ha_root")):
        return None  # «يواجه», «توجه»: the ه is the verb's own
    if suffix is None or suffix not in suffixes or len(norm) - len(suffix) < 3 or suffix == "ه" and len(norm) < 4:
        return None
    return suffix


def _bare_relative(relative: str) -> str:
    """«والتي» -> «التي»: the relative pronoun without its conjunction."""
    return relative[1:] if relative[:1] == "و" and relative[1:] in AGREEING else relative


def pointing_pronoun(relative: str, surfaces: list[str], norms: list[str]) -> tuple[str, int] | None:
    """Where a relative clause (its words after the relative pronoun `relative`, normalised) points back to the noun
    it describes by a pronoun agreeing with it: («verb», 0) for a verb carrying it, («preposition», p) for a
    preposition carrying it p words on, in the verb's own phrase (no particle, number or conjunct before it); None for a clause whose subject the noun is («التي اندلعت في …», «الذي وضعه في موقف صعب»)."""
    suffixes = AGREEING.get(_bare_relative(relative))
    if not norms or not suffixes:
        return None
    if _object_suffix(surfaces[0], norms[0], suffixes):
        return "verb", 0
    owned = _owned_after_subject(surfaces, norms, suffixes)
    if owned is not None:
        return owned
    for position in range(1, min(len(norms), PRONOUN_REACH)):
        norm = norms[position]
        if _pointing_preposition(norm, suffixes):
            return "preposition", position
        if _function_word(norm) or norm[:1].isdigit() or norm[:1] == "و" and len(norm) > 3:
            return None  # («الحريق الذي اندلع وتمت السيطرة عليه», «باد الذي تم نشره والإصدارات الأقدم منه»)
    return None


OWNED_REACH = 3  # words after the verb's subject where its object's pronoun may stand («في الإعلان عنها»)
SUBJECT_BEFORE_OWNED = 3  # «واشنطن», «السلطات التركية», «الجيش التركي»
CLAUSE_WORDS = 1 + SUBJECT_BEFORE_OWNED + OWNED_REACH  # the clause's words a pointing pronoun may stand among


def _owned_after_subject(surfaces: list[str], norms: list[str], suffixes: tuple[str, ...]) -> tuple[str, int] | None:
    """A clause of a verb, its own subject and then its object's pronoun agreeing with the relative pronoun, on a
    verbal noun or a preposition («العقوبات التي أعادت واشنطن فرضها», «الصحيفة التي أمرت السلطات التركية
    بإغلاقها»): the noun is the object's, not the verb's subject. («noun», p) for a verbal noun p words on,
    («preposition», p) for a preposition; None when no subject of its own stands between the verb and the pronoun
    («الذي قاد فريقه إلى لقبه»: the pronoun is the noun's own, its subject's)."""
    verb = norms[0]
    if len(norms) < 3 or verb.startswith(ARTICLE) or _function_word(verb) or verb[:1].isdigit() \
            or _pointing_preposition(verb) or verb.startswith(PREPOSITION_ARTICLE):
        return None
    end = 1
    while end < len(norms) and end - 1 < SUBJECT_BEFORE_OWNED and (norms[end].startswith(ARTICLE) if norms[1].startswith(ARTICLE)
                                                                  else end == 1) and not _function_word(norms[end]):
        end += 1  # a definite noun and its adjectives, or one word of a name («واشنطن»)
    subject = surfaces[1:end]
    if end == 1 or any(without_marks(word).endswith(OBJECT_SUFFIXES) and not normalize(word).startswith(ARTICLE)
                       for word in subject) or norms[1][:1] == "و" and (norms[1][1:2] in "تي" or _function_word(norms[1][1:])) \
            or not norms[1].startswith(ARTICLE) and norms[1].endswith("ا") and len(norms[1]) >= 4:  # «جهودا»: an object
        return None  # («الذي قاد فريقه …»: a subject with a pronoun is the noun's own; «اندلع وتمت السيطرة عليه»:
        # a verb joined to the first, whose subject is the noun too; not «واشنطن»)
    for position in range(end, min(len(norms), end + OWNED_REACH)):
        norm = norms[position]
        if _pointing_preposition(norm, suffixes):
            return "preposition", position
        if _verbal_noun_owned(surfaces[position], norm, suffixes):
            return "noun", position
        if norm not in OWNED_PATH and not norm.startswith(ARTICLE):
            return None  # only a preposition and a definite noun lead to it («في الإعلان عنها»), not «مختلفة عن سابقاتها»
    return None


OWNED_PATH = {"في", "من", "علي", "عن", "الي"}  # «بدأ المسؤولون في الإعلان عنها», «تمكن الجيش من السيطرة عليها»


def _verbal_noun_owned(surface: str, norm: str, suffixes: tuple[str, ...]) -> bool:
    """A verbal noun carrying the agreeing pronoun («فرضها», «بإغلاقها», «لتجسيدها»): no article, three letters or
    more before the pronoun, no imperfect verb («يفرضها»), no plural («احتياجاتها»: a noun the subject owns), not a
    verb of the lexicon's whose ه is its root's."""
    word = without_marks(surface)
    bare = norm[1:] if norm[:1] in "بل" and len(norm) > 5 else norm
    suffix = next((s for s in suffixes if word.endswith(s)), None)
    return not (suffix is None or bare.startswith(ARTICLE) or _function_word(norm) or norm[:1].isdigit()
                or len(bare) - len(suffix) < 3 or bare.startswith(("ي", "سي", "ست")) or bare[: -len(suffix)].endswith("ات")
                or any(norm.endswith(root) for root in _roles_words("ha_root")))


def _subject_end(words: list[str], norms: list[str], start: int) -> int:
    """Where the subject after a verb ends: a definite noun and its adjectives (and, after an office, the name in
    apposition: «الملك السعودي الراحل عبد الله بن عبد العزيز»), or a name of up to NAME_WORDS words without the
    article; up to a particle, a preposition's noun («بالعاملين»), a number, a conjunct or an adverbial
    accusative («تقريبا»)."""
    def stops(norm: str) -> bool:
        return _function_word(norm) or norm[:1].isdigit() or norm.startswith(PREPOSITION_ARTICLE) \
            or bool(_pointing_preposition(norm)) or norm[:1] == "و" and len(norm) > 3 or (norm,) in _roles().get("opens", {}) \
            or norm[:1] in "بل" and norm.isalpha() and not norm.startswith(ARTICLE) and len(norm) >= 5 \
            or not norm.startswith(ARTICLE) and norm.endswith("ا") and len(norm) >= 4 and not norm.endswith(("ها", "نا"))
    end = start
    if end < len(words) and norms[end].startswith(ARTICLE):
        while end < len(words) and end - start < SUBJECT_WORDS and norms[end].startswith(ARTICLE) and not stops(norms[end]):
            end += 1
        if end > start and (norms[start][len(ARTICLE):],) in _roles().get("office", {}):
            name = end
            while name < len(words) and name - end < OFFICE_NAME_WORDS and not stops(norms[name]) \
                    and (not norms[name].startswith(ARTICLE) or name > end and norms[name - 1] in NAME_HEADS):
                name += 1
            end = name
        return end
    while end < len(words) and end - start < SUBJECT_NAME_WORDS and not norms[end].startswith(ARTICLE) and not stops(norms[end]):
        end += 1
    # «شركة بي.دي.في.إس.إيه الحكومية», «جبهة المقاومة»: a construct or a name runs on with its definite words
    while end < len(words) and end > start and norms[end].startswith(ARTICLE) and end - start < SUBJECT_WORDS \
            and not stops(norms[end]):
        end += 1
    return end


def _noun_phrase(norms: list[str], surfaces: list[str]) -> bool:
    """A definite noun and its adjectives («الدول الغربية الكبرى», «والتكليف الرسمي»), or a name of up to NAME_WORDS
    words with no article, conjunct or pronoun («بولتون», «محمد مرسي»): what the pronoun stands for, moved whole.
    Not a noun of time («في الوقت الذي تستعد فيه»: «while»)."""
    if not norms or any(_function_word(norm) or norm[:1].isdigit() for norm in norms) \
            or (norms[-1],) in _roles().get("time_noun", {}):
        return False
    if all(norm.startswith(ARTICLE) or norm.startswith("و" + ARTICLE) for norm in norms):
        return True
    return len(norms) <= NAME_WORDS and not any(
        norm.startswith(ARTICLE) or norm[:1] == "و" and len(norm) > 3 or surface.endswith(("ه", "ت")) for norm, surface in zip(norms, surfaces))


def _without_pronoun(word: str) -> str:
    """«فرضها» -> «فرض», «انطلاقته» -> «انطلاقة»: a verbal noun in construct with the noun its pronoun stood for."""
    bare = without_marks(word)
    suffix = next(s for s in OBJECT_SUFFIXES if bare.endswith(s))
    stem = bare[: -len(suffix)]
    return stem[:-1] + "ة" if stem.endswith("ت") else stem


def _with_preposition(head: str, noun: list[str]) -> list[str]:
    """«ب» + «المنظومة» -> «بالمنظومة», «ل» + «الإصابة» -> «للإصابة», «إلى» + «الاتفاق النووي»."""
    if head not in ATTACHED_HEADS:
        return [head] + noun
    first = noun[0]
    if head == "ل" and first.startswith("ال"):
        return ["ل" + first[1:]] + noun[1:]  # «الاعداد» -> «للاعداد»
    return [head + first] + noun[1:]


def object_relative(text: str) -> str:
    """A title opening on a noun and its object relative clause, told as the clause with the noun in its pronoun's
    place: «الانتفاضة الطلابية التي شهدتها باريس» -> «شهدت باريس الانتفاضة الطلابية», «الاتفاق النووي الذي توصلت
    إليه الدول الغربية» -> «توصلت الدول الغربية إلى الاتفاق النووي». The noun: up to SUBJECT_WORDS words with no
    particle. Other titles as they are."""
    words = text.split()
    norms = [normalize(word) for word in words]
    relatives = _relative_words()
    at = next((i for i, norm in enumerate(norms[: SUBJECT_WORDS + 1])
               if norm in relatives or norm[:1] == "و" and norm[1:] in relatives), None)
    if not at or at + 2 > len(words):
        return text
    if not _noun_phrase(norms[:at], words[:at]):
        owned = _owned_after_subject(words[at + 1 :], norms[at + 1 :], AGREEING.get(_bare_relative(norms[at]), ()))
        if owned and owned[0] == "noun":
            # «مشروعات محور تنمية قناة السويس [الذي] يراقب العالم افتتاحه»: a construct cannot move whole; told
            # as a topic and its comment, the pronoun pointing back to it
            return " ".join(words[:at] + words[at + 1 :])
        return text  # (a construct, «خوض غمار النهائيات التي …», reads best with its clause as written)
    noun = [words[0]] + words[1:at]
    noun[-1] = noun[-1].rstrip("،,")
    clause, clause_norms = words[at + 1 :], norms[at + 1 :]
    found = pointing_pronoun(norms[at], clause, clause_norms)
    if found is None:
        return text
    kind, position = found
    if kind == "verb":
        suffix = _object_suffix(clause[0], clause_norms[0]) or ""
        verb = without_marks(clause[0])[: -len(suffix)]
        if verb.endswith("ا") and len(verb) >= 4:
            verb = verb[:-1] + "ى"  # «تبنّاها» -> «تبنّى»
        end = _subject_end(clause, clause_norms, 1)
        if end == 1:
            return text  # no subject after the verb: «الأمر الذي وضعه في موقف صعب» may be the subject itself
        return " ".join([verb] + clause[1:end] + noun + clause[end:])
    if kind == "noun":  # «أعادت واشنطن فرضها» -> «أعادت واشنطن فرض العقوبات»
        return " ".join(clause[:position] + [_without_pronoun(clause[position])] + noun + clause[position + 1 :])
    head = _pointing_preposition(clause_norms[position]) or ""
    told = _with_preposition(head, noun)
    if position == 1 and clause_norms[2:3] and clause_norms[2].startswith(ARTICLE):
        end = _subject_end(clause, clause_norms, 2)
        if end > 2:  # «توصلت إليه الدول الغربية الكبرى مع إيران»: the phrase after the verb's subject
            return " ".join(clause[:1] + clause[2:end] + told + clause[end:])
    return " ".join(clause[:position] + told + clause[position + 1 :])


SINCE = {"منذ", "بعد", "قبل", "عقب"}  # «الذي ارتفع عدد متابعيه منذ انتخابه»: a temporal preposition before the noun
ANTECEDENT_WORDS = 3  # «ماكرون», «إيمانويل ماكرون», «محمد جواد ظريف»


def relative_owned(title: str, sentence: str) -> str:
    """«انتخابه رئيسا» -> «انتخاب ايمانويل ماكرون رئيسا»: a title opening on a happening's verbal noun with «ه» or «ها»,
    which a temporal preposition opens inside a relative clause («الرئيس الفرنسي ماكرون الذي ارتفع عدد متابعيه منذ
    انتخابه»), is the clause's antecedent's, when the relative pronoun agrees with the pronoun (الذي, ه), no other
    relative, complementiser or quotation stands between them, and the antecedent is a name: one to ANTECEDENT_WORDS
    undefined words after an office's definite words or a comma (an aside in brackets skipped). «والتي … منذ تعيينه»
    (another gender) or a common noun («القرار الذي …») leave the title as it is: no one is guessed."""
    from .happening_nouns import _owned_happening
    from .tokens import MAX_CHARS
    words = _title_words(title)
    if not words:
        return title
    owned = _owned_happening(words[0])
    norm = normalize(words[0])
    pronoun = "ها" if norm.endswith("ها") else "ه" if norm.endswith("ه") else None
    if not owned or pronoun is None:
        return title
    said = [word.strip("،,.؛:!؟?") for word in sentence.split()]
    norms = [normalize(word) for word in said]
    at = next((i for i in range(1, len(norms)) if norms[i] == norm and norms[i - 1] in SINCE), None)
    if at is None:
        return title
    relative = next((i for i in range(at - 2, -1, -1) if norms[i] in _relative_words() or norms[i][:1] == "و"
                     and norms[i][1:] in _relative_words()), None)
    if relative is None or AGREEING.get(norms[relative][1:] if norms[relative][:1] == "و" else norms[relative]) != (pronoun,) \
            or norms[relative][:1] == "و":
        return title  # «والتي»: a clause joined to another, whose noun is further back
    between = norms[relative + 1 : at]
    if any(n in _roles_words("that") or n in _relative_words() for n in between) \
            or any(w.startswith(("«", '"', "“")) for w in said[relative + 1 : at]):
        return title
    name = _antecedent_name(sentence.split()[:relative])
    if not name:
        return title
    told = " ".join([owned, name] + words[1:])
    return told if len(told) <= MAX_CHARS else title


def _antecedent_name(before: list[str]) -> str | None:
    """The name ending right before a relative pronoun («الرئيس الفرنسي #ايمانويل_ماكرون (أكثر من …)»): its undefined
    words after a definite word or a comma, a hashtag read as its words; None when the words are no such name."""
    index = len(before) - 1
    if index >= 0 and before[index].endswith(")"):
        while index >= 0 and not before[index].startswith("("):
            index -= 1
        index -= 1  # an aside in brackets
    name: list[str] = []
    while index >= 0 and len(name) <= ANTECEDENT_WORDS:
        raw = before[index]
        word = raw.strip("،,.؛:")
        norm = normalize(word.lstrip("#"))
        if raw.endswith(("،", ",")) and name or norm.startswith(ARTICLE) or _function_word(norm):
            break
        if not word or norm[:1].isdigit() or "(" in raw or ")" in raw or word.startswith(("«", '"', "“")):
            return None
        name.insert(0, word.lstrip("#").replace("_", " "))
        index -= 1
    opened = index < 0 or before[index].endswith(("،", ",")) or normalize(before[index]).startswith(ARTICLE) \
        and (normalize(before[index]),) not in _roles().get("generic", {})
    if not name or len(name) > ANTECEDENT_WORDS or not opened or index < 0:
        return None
    if any(normalize(w).endswith(("ات", "ها", "هم")) or normalize(w)[:1] in "يت" and len(normalize(w)) >= 5 for w in name):
        return None  # «العقوبات», «تفاصيلها», «يعمل»: no name («ماكرون», «بوتين» are)
    return " ".join(name)
