"""A passive «تم» told as its verbal noun («تم تعيينه» -> «تعيين X»), and whose noun phrase it is."""

from __future__ import annotations

from ...terms import normalize_word as normalize
from .tokens import (
    ARTICLE, MAX_CHARS, PREPOSITIONS, PREPOSITION_ARTICLE, SUBJECT_WORDS, _bare, _function_word, _pronoun_object,
    _roles_words, _title_words, _waw_root_word, without_marks,
)


PASSIVE = {"تم", "تمت", "يتم", "سيتم", "جري", "جرت"}  # «تم تعيينه»: the happening is the verbal noun
PRONOUN_PREPOSITIONS = {"عليه": "على", "عليها": "على", "عنه": "عن", "عنها": "عن", "فيه": "في", "فيها": "في",
                        "منه": "من", "منها": "من", "معه": "مع", "معها": "مع", "اليه": "إلى", "اليها": "إلى"}


def _passive_noun(text: str) -> str:
    """«مانشيني تم تعيينه» -> «تعيين مانشيني», «القرار تم الإعلان عنه بشأن الملعب» -> «الإعلان عن القرار بشأن
    الملعب»: a noun phrase, «تم» and a verbal noun pointing back to it is told as the verbal noun of the noun phrase,
    as timelines name a happening. The noun phrase: up to SUBJECT_WORDS words, no particle («قال إنه تم …» is not one)."""
    label, colon, statement = text.rpartition(": ") if ": " in text else ("", "", text)
    words = statement.split()
    norms = [normalize(word) for word in words]
    at = next((i for i, norm in enumerate(norms) if norm in PASSIVE), None)
    if at is None or not 1 <= at <= SUBJECT_WORDS or at + 1 >= len(words) \
            or any(_function_word(norm) or norm[:1].isdigit() or norm in _roles_words("report") for norm in norms[:at]) \
            or at > 1 and not all(norm.startswith(ARTICLE) or k and norm.startswith("و" + ARTICLE)
                                  or norm[:1] != "و" and norms[k + 1].startswith(ARTICLE) for k, norm in enumerate(norms[:at])):
        return text  # a name, or definite words and construct heads («تطبيق المسار الإلكتروني»); not «الهواتف تصدر ولم»
    subject, noun, rest = words[:at], normalize(words[at + 1]), words[at + 2 :]
    if noun.startswith(ARTICLE) and rest and normalize(rest[0]) in PRONOUN_PREPOSITIONS:
        told = [words[at + 1], PRONOUN_PREPOSITIONS[normalize(rest[0])]] + subject + rest[1:]  # «المصادقة على المشروع»
    elif not noun.startswith(ARTICLE) and len(noun) >= 6 and noun.endswith(("ه", "ها", "هم")) and not _function_word(noun):
        told = [_without_pronoun(words[at + 1])] + subject + rest  # «تدشينــــه» -> «تدشين»
    else:
        return text
    return f"{label}{colon}{' '.join(told)}"


PASSIVE_OWNER_WORDS = SUBJECT_WORDS + 1  # «المجلس التنفيذي الحالي لجمعية حماية المستهلك»: an l-genitive makes it one longer
BOUNDARY_PREPOSITIONS = {"علي", "في", "من", "الي", "عن", "مع"}  # «صادقت … على تعديلات تم اقتراحها»: the noun's preposition


def passive_owned(title: str, sentence: str) -> str:
    """The owner of a verbal noun's pronoun that «تم» left behind (_tamma_owned) or, with no «تم», the antecedent of the
    relative clause a «منذ» opens it in («ماكرون الذي … منذ انتخابه»: relative.py)."""
    from .relative import relative_owned
    told = _tamma_owned(title, sentence)
    return told if told != title else relative_owned(title, sentence)


def _tamma_owned(title: str, sentence: str) -> str:
    """«إيقافه لمدة 45 يوما» -> «إيقاف يوسف السليمان لمدة 45 يوما»: a title opening on a verbal noun with a pronoun
    that a «تم» before it in the sentence left behind («أن العامري تم تعريفه بأنه …», «على تعديلات تم اقتراحها …»)
    is told of the noun phrase right before that «تم», as «X تم تعيينه» is («تعيين X»). Only a noun phrase the
    sentence opens or a complementiser («أن», «بأن») or a preposition ends before: one a reporting verb, a relative
    pronoun or another clause stands before («وقال الوزير، تم إيقافه», «الذي تم تعيينه») is not sure, nor a «وتم»."""
    words = _title_words(title)
    if not words:
        return title
    first = normalize(words[0])
    if first.startswith(ARTICLE) or len(first) < 6 or not first.endswith(("ه", "ها", "هم")) or words[0].endswith("ة") \
            or _function_word(first):
        return title
    said = [word.strip("،,.؛:!؟?") for word in sentence.split()]
    norms = [normalize(word) for word in said]
    at = next((i for i in range(1, len(norms)) if norms[i] == first and norms[i - 1] in PASSIVE), None)
    if at is None:
        return title
    owner: list[str] = []
    index = at - 2
    while index >= 0 and (not said[index] or said[index].startswith("(") or said[index].endswith(")")):
        index -= 1  # «السليمان (21 عاما) ، تم …»: an aside in brackets, a comma standing alone
    while index >= 0 and len(owner) <= PASSIVE_OWNER_WORDS:
        norm, raw = norms[index], sentence.split()[index]
        if norm in _roles_words("that") or _bare(norm) in BOUNDARY_PREPOSITIONS:
            break
        bare = norm[1:] if norm[:1] in "وف" else norm
        if _function_word(norm) or {norm, bare} & (_roles_words("report") | _roles_words("opens")) or norm[:1].isdigit() \
                or raw.endswith(("،", ",", ".")) or raw.startswith(("«", '"', "“")) != raw.endswith(("»", '"', "”")):
            return title  # another clause or a quotation before the noun phrase: whose the pronoun is is not sure
        if norm not in _roles_words("time"):  # «المجلس التنفيذي [الحالي]»: the date beside the title tells when
            owner.insert(0, said[index])
        index -= 1
    if not owner or len(owner) > PASSIVE_OWNER_WORDS or not _noun_phrase(owner):
        return title
    rest = words[1:]
    while len(" ".join([words[0]] + owner + rest)) > MAX_CHARS and rest:
        # over its length, the title ends where a phrase does, before a preposition or a conjunct («… خلال اجتماع …»)
        cut = max((k for k in range(1, len(rest)) if _phrase_opener(normalize(rest[k]))), default=0)
        rest = rest[:cut]
    named = " ".join([_without_pronoun(words[0])] + owner + rest)
    return named if len(named) <= MAX_CHARS and (rest or len(words) == 1) else title


def _phrase_opener(norm: str) -> bool:
    """A word a phrase opens on: a preposition («خلال», «في»), or a conjunction before another word («وتتضمن»)."""
    return _bare(norm) in PREPOSITIONS or norm.startswith(PREPOSITION_ARTICLE) or norm[:1] == "و" and len(norm) >= 4 \
        and not _waw_root_word(norm)


def _noun_phrase(words: list[str]) -> bool:
    """One word (a name: «العامري», «تعديلات»), or definite words with their construct heads and l-genitives («أعضاء
    اللجنة التنفيذية للفيفا»), ending on a definite one."""
    norms = [normalize(word) for word in words]
    if len(norms) == 1:
        return len(norms[0]) >= 3 and not _pronoun_object(norms[0])
    definite = lambda norm: norm.startswith((ARTICLE, "لل", "وال"))  # noqa: E731
    # (an undefined word before another is a construct head: «أعضاء», «لجمعية حماية»)
    return definite(norms[-1]) and all(definite(norm) or not _function_word(norm) and not _pronoun_object(norm)
                                       for norm in norms[:-1])


def _without_pronoun(word: str) -> str:
    """«تعيينه» -> «تعيين», «إقالته» -> «إقالة», «إبلاغهم» -> «إبلاغ»; not «تثبيته» (تثبيت)."""
    surface = without_marks(word)  # diacritics, tatweel («تدشينــــه»)
    stem_ = surface[: -len(next(end for end in ("ها", "هم", "ه") if surface.endswith(end)))]
    if stem_.endswith("ت") and not (len(stem_) == 5 and stem_[0] == "ت" and stem_[3] == "ي"):
        stem_ = stem_[:-1] + "ة"
    return stem_
