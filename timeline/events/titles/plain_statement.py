"""A statement told plainly: no auxiliary, filler, frame verb, precedent or pluperfect «كان», a fate idiom as its noun."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .tokens import (
    ARTICLE, PREPOSITIONS, PREPOSITION_ARTICLE, SUBJECT_WORDS, _bare, _function_word, _present_forms, _roles,
    _roles_words,
)
from .verbal_nouns import _verb_forms


def told_plainly(text: str) -> str:
    """A title told as a headline tells it: a pluperfect in the past, no filler, no precedent or frame verb, and (not
    in a statement after its speaker) a fate verb as its noun («لقي X مصرعه» -> «مصرع X») and no «تم» before a
    verbal noun («سيتم تشغيل رحلات» -> «تشغيل رحلات»)."""
    text = _without_frame_verb(_without_precedent(_without_fillers(_plain_past(text))))
    if ": " in text:
        return text
    return _without_auxiliary(_fate_noun(text))


def _without_auxiliary(text: str) -> str:
    """«سيتم تشغيل رحلات دولية …» -> «تشغيل رحلات دولية …»: a title opening on «تم» and a verbal noun is told as the
    verbal noun. Not before a noun with a pronoun («سيتم تنظيمه», «تمت إقامته»: the pronoun's noun is elsewhere), a
    particle or a number, nor in a statement after its speaker."""
    if ": " in text:
        return text
    words = text.split()
    norms = [normalize(word) for word in words]
    size = next((n for n in (2, 1) if " ".join(norms[:n]) in _roles_phrases("auxiliary")), 0)
    if not size or len(words) < size + 3:  # («تتم عملية المتابعة»: a verb and its subject, too short to be a happening told)
        return text
    noun = norms[size]
    if _function_word(noun) or noun[:1].isdigit() or len(noun) >= 5 and noun.endswith(("ه", "ها", "هم", "هما")) \
            and not words[size].endswith("ة") or noun in _roles_words("report"):
        return text
    return " ".join(words[size:])


FATE_SUBJECT_WORDS = 3  # «المبتعث ريان ابراهيم لقي مصرعه»: a subject before the verb, at most this long
FATE_PRONOUNS = ("هما", "هم", "ها", "ه")  # «مصرعه», «مصرعها», «مصرعهما», «مصرعهم»


@lru_cache(maxsize=1)
def _fates() -> dict[str, dict[str, str]]:
    """A fate verb's forms (normalised: «لقي», «لقيت», «يلقى», «تلقى») -> its object (normalised) -> the noun."""
    fates: dict[str, dict[str, str]] = {}
    for row in lexicon.table("title_fates"):
        verb = normalize(row["verb"])
        forms = {verb, verb + "ت", verb[:-1] + "يت" if verb.endswith("ي") else verb + "ت", "ي" + verb[:-1] + "ي",
                 "ت" + verb[:-1] + "ي"}
        for form in forms:
            fates.setdefault(form, {})[normalize(row["object"])] = row["noun"]
    return fates


def _fate_noun(text: str) -> str:
    """«لقي الطيار الفرنسي رولان غاروس مصرعه» -> «مصرع الطيار الفرنسي رولان غاروس», «سترغيس لقيت حتفها بالسم» ->
    «وفاة سترغيس بالسم»: a fate verb and its object carrying the subject's pronoun (title_fates.tsv) are the happening,
    told as its noun before the subject. The verb opens the title (its subject up to the object: SUBJECT_WORDS words or
    a name) or follows a subject of up to SUBJECT_WORDS words with no particle; not a fate inside a clause («أصبح خامس
    شخص يلقى حتفه»)."""
    words = text.split()
    norms = [normalize(word) for word in words]
    fates = _fates()
    at = next((i for i, norm in enumerate(norms[: FATE_SUBJECT_WORDS + 1]) if norm in fates), None)
    if at is None:
        return text
    objects = fates[norms[at]]
    found = next((k for k in range(at + 1, min(len(words), at + 2 + SUBJECT_WORDS + FATE_SUBJECT_WORDS))
                  if any(norms[k] == obj + pronoun for obj in objects for pronoun in FATE_PRONOUNS)), None)
    if found is None:
        return text
    obj = next(obj for obj in objects if any(norms[found] == obj + pronoun for pronoun in FATE_PRONOUNS))
    subject = words[:at] + words[at + 1 : found] if not at else words[:at]
    verbs = _roles_words("copula") | _past_verbs()
    if at and found != at + 1 or not subject or any(_function_word(normalize(word)) or normalize(word)[:1].isdigit()
                                                    or normalize(word) in verbs for word in subject):
        return text  # (a subject on both sides, a particle, number or verb in it: no one noun phrase)
    if norms[found].endswith("هما"):  # «لقي شابان سعوديان مصرعهما» -> «مصرع شابين سعوديين»: the genitive
        subject = [word[:-2] + "ين" if normalize(word).endswith("ان") and len(normalize(word)) >= 5 else word
                   for word in subject]
    return " ".join([objects[obj]] + subject + words[found + 1 :])


PRECEDENT = {"سبق", "وسبق"}  # «سبق له أن اختير …»: «he had already been chosen»; a headline says «اختير»
PRECEDENT_PRONOUNS = {"له", "لها", "لهم", "لهما"}
PRECEDENT_THAT = {"ان"}
ARTICLE_SURFACE = "ال"  # «للإيطالي» -> «الإيطالي»


def _without_precedent(text: str) -> str:
    """«السعودية سبق لها أن استخدمت سلاح النفط» -> «السعودية استخدمت سلاح النفط», «سبق للإيطالي أن توج مرة أولى» ->
    «الإيطالي توج مرة أولى», «سبق أن تعرضت المملكة لموجة حارة» -> «تعرضت المملكة لموجة حارة»: the frame of a
    precedent is told as the happening it frames. Its «ل» and a definite noun is the subject; its pronoun points back
    to the noun before it, or, opening the title, to someone the title cannot name (the verb is told alone). Only
    where the frame opens the title or follows its subject («X سبق لها أن»), not inside a relative clause («… بنكا
    سبق أن خفضت الوكالة تصنيفهم»)."""
    words = text.split()
    norms = [normalize(word) for word in words]
    at = next((i for i, norm in enumerate(norms) if norm in PRECEDENT), None)
    if at is None or at + 2 >= len(words):
        return text
    if norms[at + 1] in PRECEDENT_THAT and not at:
        told = words[at + 2 :]  # «سبق أن تعرضت المملكة …»
    elif at + 3 < len(words) and norms[at + 2] in PRECEDENT_THAT and norms[at + 1] in PRECEDENT_PRONOUNS and (
            not at or at <= SUBJECT_WORDS and not any(_function_word(norm) or norm[:1].isdigit() for norm in norms[:at])):
        told = words[:at] + [words[at + 3]] + words[at + 4 :]  # «السعودية سبق لها أن استخدمت …»
    elif at + 3 < len(words) and norms[at + 2] in PRECEDENT_THAT and norms[at + 1].startswith("لل") and not at:
        told = [ARTICLE_SURFACE + words[at + 1][2:]] + words[at + 3 :]  # «سبق للإيطالي أن توج …» -> «الإيطالي توج …»
    else:
        return text
    return " ".join(told) if len(told) >= 2 else text


PLUPERFECT = {"كان", "كانت", "وكان", "وكانت"}  # «كان أصدر», «وكانت منحت»: a headline says «أصدر», «ومنحت»


def _plain_past(text: str) -> str:
    """«عاشور كان أخرج أول أفلامه» -> «عاشور أخرج أول أفلامه», «وكان قد ترشح في الانتخابات» -> «وترشح في
    الانتخابات»: a pluperfect is told in the past, as headlines tell it. The word after «كان» is a past verb surely
    when «قد» stands before it, when the lexicon knows it as a verb, or when a feminine «كانت» is followed by a word in
    «ت» of a verb's length («كانت خطفت»); not a noun or adjective («كان منسق», «كان شغوفا»), nor a present («كانت
    تستخدم»: the past progressive is a state)."""
    words = text.split()
    norms = [normalize(word) for word in words]
    for at in range(len(words) - 2, -1, -1):
        if norms[at] not in PLUPERFECT or at + 1 >= len(words) or at and f"{norms[at - 1]} {norms[at]}" in whole_names():
            continue  # (not «مهرجان كان»: Cannes)
        verb = at + 2 if norms[at + 1] == "قد" and at + 2 < len(words) else at + 1
        norm = norms[verb]
        sure = verb == at + 2 or norm in _past_verbs() or norms[at].endswith("ت") and norm.endswith("ت") \
            and 4 <= len(norm) <= 6 and not norm.startswith((ARTICLE, "ت", "ي")) and not norm.endswith(("ات", "وت", "يت"))
        if not sure or _function_word(norm) or norm[:1] == "و":
            continue
        conjunction = "و" if norms[at][:1] == "و" else ""
        words[at:verb + 1] = [conjunction + words[verb]]
    return " ".join(words)


@lru_cache(maxsize=1)
def whole_names() -> frozenset[str]:
    """Names holding a word that looks like a particle or «كان», read whole («مهرجان كان»: Cannes; tense.tsv's NONE)."""
    return frozenset(" ".join(normalize(word) for word in row["word"].split()) for row in lexicon.table("tense")
                     if row["tense"] == "NONE")


@lru_cache(maxsize=1)
def _past_verbs() -> frozenset[str]:
    """The past forms the lexicon knows (normalised): the headline verbs and the happening verbs."""
    happening = {form for row in lexicon.table("title_verbal_nouns") if row["verb"][:1] != "ي"
                 for form in _verb_forms(row["verb"])}
    return frozenset(set(_present_forms()) | happening)


@lru_cache(maxsize=1)
def _fillers() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The fillers (title_fillers.tsv) as normalised words and where they go, the longest first."""
    rows = [(tuple(normalize(word) for word in row["phrase"].split()), row["where"])
            for row in lexicon.table("title_fillers")]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def _without_fillers(text: str) -> str:
    """«اضطرت شركة بي إم دبليو كذلك إلى الاعتذار» -> «اضطرت شركة بي إم دبليو إلى الاعتذار», «لهذا السبب تدخل آلية
    التعطيل …» -> «تدخل آلية التعطيل …»: a word the sentence leaned on its context with goes (title_fillers.tsv). Not
    the name «أنا أيضا» (#MeToo), nor a title the filler would leave too short to tell something."""
    words = text.split()
    norms = [normalize(word.strip("،,")) for word in words]
    kept: list[int] = []
    index = 0
    while index < len(words):
        size = _filler_at(norms, index)
        if size:
            index += size
            continue
        kept.append(index)
        index += 1
    if len(kept) == len(words) or len(kept) < 3:
        return text
    return " ".join(words[i] for i in kept)


def _without_frame_verb(text: str) -> str:
    """«جاءت تصريحات روس خلال المؤتمر السنوي» -> «تصريحات روس خلال المؤتمر السنوي», «جاء الإعلان عن تعيين كارار في
    بيان» -> «الإعلان عن تعيين كارار في بيان»: a verb that only frames the happening its subject names (title_fillers.tsv,
    «frame») goes where it opens the title, before a definite noun or a construct with its genitive. Not before a
    preposition («جاء في الدراسة أن»), a pointer («يأتي هذا الهجوم») or an indefinite noun («أتى حريق كبير على …»)."""
    words = text.split()
    if len(words) < 4:
        return text
    norms = [normalize(word) for word in words]
    verb = norms[0][1:] if norms[0][:1] == "و" and (norms[0][1:], "frame") in _filler_rows() else norms[0]
    if (verb, "frame") not in _filler_rows():
        return text
    first, second = norms[1], norms[2]
    if _function_word(first) or _bare(first) in PREPOSITIONS or first.startswith(PREPOSITION_ARTICLE) \
            or (first,) in _roles().get("demonstrative", {}) or first[:1].isdigit():
        return text
    definite = first.startswith(ARTICLE) or not first.endswith("ا") and (
        second.startswith(ARTICLE) or not _function_word(second) and not second[:1].isdigit()
        and not second.startswith(PREPOSITION_ARTICLE) and (second,) not in _roles().get("demonstrative", {})
        and first.endswith("ات"))  # «تصريحات روس», «تعليقات بومبيو»: a plural noun and the name it is in construct with
    if not definite:
        return text
    end = 2 if first.startswith(ARTICLE) else 3  # after the definite noun, or the construct's head and genitive
    while end < len(norms) and end <= SUBJECT_WORDS and norms[end].startswith(ARTICLE) and not _function_word(norms[end]):
        end += 1  # the subject's definite words
    following = norms[end] if end < len(norms) else ""
    if not (_function_word(following) or _bare(following) in PREPOSITIONS or following.startswith(PREPOSITION_ARTICLE)
            or following in _roles_words("temporal") or following in {"خلال", "اثناء", "عقب"}):
        return text  # «جاء الاعتقاد أقوى من الحقيقة»: a predicate follows, which the verb carries
    return " ".join(words[1:])


@lru_cache(maxsize=1)
def _filler_rows() -> frozenset[tuple[str, str]]:
    return frozenset((" ".join(phrase), where) for phrase, where in _fillers())


def _filler_at(norms: list[str], index: int) -> int:
    """The words of a filler at `index`, or 0. An opening one is not a demonstrative before its noun («لذلك
    التاريخ»); none stands after «أنا» (the name «أنا أيضا») or a conjunction set apart («و كذلك في …»)."""
    if index and norms[index - 1] in {"انا", "و"}:
        return 0
    for phrase, where in _fillers():
        end = index + len(phrase)
        if tuple(norms[index:end]) != phrase:
            continue
        if where == "frame" or where == "opening" and (index or end >= len(norms) or norms[end].startswith(ARTICLE)):
            continue
        return len(phrase)
    return 0


@lru_cache(maxsize=None)  # one entry per role
def _roles_phrases(role: str) -> frozenset[str]:
    return frozenset(" ".join(phrase) for phrase in _roles().get(role, {}))
