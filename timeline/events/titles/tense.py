"""A title told the headline way: subject first in the present, a passive «تم» or a happening verb after its noun
phrase as its verbal noun («الحرب اندلعت» -> «اندلاع الحرب»), a statement's accusative subject in the nominative."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .tokens import (
    ARTICLE, MAX_CHARS, PREPOSITION_ARTICLE, PREPOSITIONS, QUANTITY, SUBJECT_WORDS, _bare, _function_word, _present_forms, _pronoun_object, _roles,
    _roles_words, _waw_root_word, without_marks)


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


def _headline_tense(text: str, subject_words: int = 0) -> str:
    """`_present_first` (or, for a person after the verb, person_subject.person_first), unless the present («يقدم» for «قدم») takes the title past MAX_CHARS, within which it was cut."""
    told = _present_first(text, subject_words)
    if told == text and not subject_words:
        from .person_subject import person_first  # (it builds on this module)
        told = person_first(text)  # «زار مايك بومبيو الرياض» -> «مايك بومبيو يزور الرياض»
    return text if len(told) > max(MAX_CHARS, len(text)) else told


def _present_first(text: str, subject_words: int = 0) -> str:
    """A title told the headline way: subject first, verb in the present.

    «تغلب المنتخب الألماني على نظيره» -> «المنتخب الألماني يتغلب على نظيره» (the subject: the definite words after
    the verb, up to a preposition), «المنتخب الألماني تغلب على …» -> «المنتخب الألماني يتغلب على …»; `subject_words`:
    the words a lent subject («شعو») takes at the start. Only the verbs of the lexicon's «present» role."""
    words = text.split()
    forms = _present_forms(True)  # («فرض الرئيس ترامب الرسوم»: a verb opening the title or after its subject)
    norms = [normalize(word) for word in words]
    if len(words) < 3 or _joined_verb(norms[1:]):
        return text  # «ينتقل إلى ريال مدريد وأحرز …»: a past verb joined after it would clash with the present
    if norms[0] in forms and present_of(words[0]) is None:
        return text  # «بدا» (seemed), not «بدأ»
    if norms[0] in forms:
        end = 1
        if len(words) > 3 and not norms[1].startswith(ARTICLE) and norms[2].startswith(ARTICLE) and not _function_word(norms[1]):
            end = 2  # «ارتفعت أسعار الذهب»: a construct's head
        while end < len(words) and end <= SUBJECT_WORDS and norms[end].startswith(ARTICLE) and len(norms[end]) > 3 \
                and not _function_word(norms[end]):
            end += 1
        if end == 1:
            # «وصل مايك بومبيو إلى بيونغ يانغ» -> «مايك بومبيو يصل إلى …»: an intransitive verb has no object, so the
            # undefined words before its particle (a name of up to NAME_WORDS) are its subject; a transitive one's
            # name is its subject when the particle opens its complement («حذرت تيريزا ماي من …», «كشفت شركة غوغل
            # عن …»: an object would not stand before them). A word in «ه» is a noun and its pronoun («موقفه»)
            # unless written «ة» after a feminine verb («أشرفت هالة …»)
            while end < len(words) and end <= NAME_WORDS and not _function_word(norms[end]) and not norms[end][:1].isdigit() \
                    and not norms[end].startswith(ARTICLE) and (not norms[end].endswith("ا") or _name_goes_on(norms, end)) \
                    and (not norms[end].endswith("ه") or words[end].endswith("ة") and not words[end].endswith("ية")
                         and norms[0].endswith("ت") and norms[0] not in _verbal_nouns(opening=True)) \
                    and (norms[end][:1] not in "بلو" or norms[end].startswith("بو")):  # (not «بلقب»; «بوتين», «بومبيو»)
                end += 1
            if 1 < end < len(words) and _function_word(norms[end]) and (_intransitive(norms[0]) or (
                    norms[end] in COMPLEMENT_OPENERS or norms[end] == "من" and _from_complement(norms[0]))
                    and not any(norm.endswith(("ات", "ون", "ين")) for norm in norms[1:end])):
                # (not a plural noun, the object most likely: «نفى تكهنات تتحدث عن …», «أعلن مطورون عقاريون»)
                return " ".join(words[1:end] + [present_of(words[0])] + words[end:])
            end = 1
        boundary = end < len(words) and (_function_word(norms[end]) or norms[end].startswith(("بال", "كال")))  # not «للنفط»
        subject = _transitive_subject(norms, end)
        if subject and not (norms[0][:1] == "و" and norms[0][1:] in forms):
            # «فرضت الولايات المتحدة رسوما …» -> «الولايات المتحدة تفرض رسوما …», «قررت الأكاديمية التأجيل» ->
            # «الأكاديمية تقرر التأجيل»: a definite noun and its adjectives, then the object
            return " ".join(words[1:subject] + [present_of(words[0])] + words[subject:])
        if not _intransitive(norms[0]) and not (end < len(words) and norms[end] == "عن" and norms[0].startswith(("اعلن", "كشف"))) \
                and not (3 <= end < len(words) and norms[end] in COMPLEMENT_OPENERS and _one_subject(norms[1:end])
                         and not (norms[0][:1] == "و" and norms[0][1:] in forms)):
            # (a transitive verb, a definite noun and its adjectives, then its complement's particle: «دعت الأمم
            # المتحدة إلى …», «وافقت الحكومة البريطانية على …»; not «ودعت» read «ودّعت»)
            return text  # «قررت الأكاديمية التأجيل»: the definite words may be the object; «أعلنت X عن» tells
        if end > 1 and norms[end - 1].startswith(ARTICLE) and boundary:
            return " ".join(words[1:end] + [present_of(words[0])] + words[end:])
        return text
    end = subject_words
    if not end:
        while end < len(words) and end < SUBJECT_WORDS and norms[end].startswith(ARTICLE) and len(norms[end]) > 3 \
                and not _function_word(norms[end]):  # «الحريق الذي اندلع»: not a subject and its verb
            end += 1
    if 0 < end < len(words) - 1 and norms[end] in forms and present_of(words[end]) and (norms[end + 1] not in forms or norms[end + 1] in _roles_words("present_noun")):
        # (not «الفيفا بدأت تعرضت لانتقادات»: a past verb after it, which the present would clash with)
        return " ".join(words[:end] + [present_of(words[end])] + words[end + 1 :])
    return text


@lru_cache(maxsize=1)
def _present_spellings() -> dict[str, str]:
    """A present as the lexicon folds it («يبدا») -> as it is written («يبدأ»): title_present_spellings.tsv."""
    return {normalize(row["spelling"]): row["spelling"] for row in lexicon.table("title_present_spellings")}


def present_of(word: str) -> str | None:
    """The present of a news verb's past as the title writes it («أعلنت» -> «تعلن», «بدأ» -> «يبدأ»), or None: not a
    «present» verb, or one whose present has a hamza written without it in the title («بدا» is «seemed»)."""
    present = _present_forms(True).get(normalize(word))
    if present is None:
        return None
    spelled = _present_spellings().get(present)
    if spelled and not any(ch in word for ch in HAMZA):
        return None
    return spelled or present


NAME_WORDS = 3  # «مايك بومبيو», «خوان مانويل سانتوس»


def _name_goes_on(norms: list[str], at: int) -> bool:
    """A word in «ا» is a name's first word, not an object in the accusative («بيانا», «رسوما جمركية»), when a
    name's next word follows it: neither a particle, a definite word, nor a word in «ا», «ه» or a prefix («تيريزا ماي»)."""
    following = norms[at + 1] if at + 1 < len(norms) else ""
    return len(following) >= 2 and not _function_word(following) and not following.startswith(ARTICLE) \
        and not following.endswith(("ا", "ه")) and following[:1] not in "بلو" and not following[:1].isdigit()

COMPLEMENT_OPENERS = {"علي", "الي", "عن", "ان", "بان"}  # after a subject, what it does: not «في», «من» (its place, «المدعومة من»)


def _transitive_subject(norms: list[str], end: int) -> int | None:
    """After a transitive verb opening the title (norms[0]) and its definite words (norms[1:end], a construct's head
    first or not), `end` when the object follows them: an undefined noun or a number («رسوما», «حوارا», «50»);
    None when that cannot be told: an office (a name may follow), a particle or a verb after them."""
    if _intransitive(norms[0]) or end < 2 or end >= len(norms) or not norms[end - 1].startswith(ARTICLE) \
            or (norms[1].removeprefix(ARTICLE),) in _roles().get("office", {}):
        return None
    following = norms[end]
    if _function_word(following) or following.startswith(PREPOSITION_ARTICLE) or following[:1] in "يتبلو" \
            or following in _roles_words("anaphor") \
            or following in _present_forms() or len(following) < 3 \
            or not following.endswith(("ا", "هم")) and not following[:1].isdigit():
        return None  # an object in the accusative («رسوما», «حكما», «انسحابها») or a count: not a name («موندراجون»),
        # nor «ذاتها» («بدأت الشركة ذاتها في …»: the subject pointing back)
    if norms[1].endswith("ه") and not norms[0].endswith("ت"):
        return None  # «شن الجماعة هجومها»: a feminine subject takes «شنت»; this is a verbal noun and its subject
    return end


def _one_subject(norms: list[str]) -> bool:
    """A definite noun and its adjectives only («الأمم المتحدة», «الاتحاد الأوروبي»), not two nouns («الأكاديمية
    التأجيل»): after the first word, relative adjectives (ي, ية) or a participle («المتحدة», «المركزية»)."""
    if not norms[0].startswith(ARTICLE) and len(norms) >= 2 and all(norm.startswith(ARTICLE) for norm in norms[1:]):
        return True  # a construct's head and its definite genitive and adjectives: one noun («وزارة الداخلية السعودية»)
    return all(norm.endswith(("ي", "يه", "يين", "يون")) or norm.startswith(("الم", "المت")) and len(norm) >= 6
               for norm in norms[1:])


@lru_cache(maxsize=2)
def _verbal_nouns(opening: bool = False) -> dict[str, str]:
    """A happening verb's forms (normalised) -> its verbal noun as written: «اندلعت» -> «اندلاع», «ستعقد» -> «عقد»;
    `opening`: with the verbs told so only where they open the title («غادر» -> «مغادرة»), and without the passives
    told so only after their noun phrase («أسست», «دشن»: opening the title, they are actives before an object)."""
    return {form: row["noun"] for row in lexicon.table("title_verbal_nouns")
            if (row["opening"] not in ("count", "whole") if opening else row["opening"] in ("", "life", "whole")) for form in _verb_forms(row["verb"])}


@lru_cache(maxsize=1)
def _whole_subject_verbs() -> frozenset[str]:
    """The verbs whose subject is all they tell of («بوش تأسست», «لام اعتزل»): a name alone before them is what was
    founded or retired, not what it ended («كوريا الجنوبية انتهت»)."""
    return frozenset(form for row in lexicon.table("title_verbal_nouns") if row["opening"] == "whole"
                     for form in _verb_forms(row["verb"]))


@lru_cache(maxsize=1)
def _life_verbs() -> frozenset[str]:
    """The verbs of a life's steps («ولد»): a verb joined after their subject tells the next step («ولد فايد ونشأ …»)."""
    return frozenset(form for row in lexicon.table("title_verbal_nouns") if row["opening"] == "life"
                     for form in _verb_forms(row["verb"]))


def _life_step(words: list[str], norms: list[str]) -> str | None:
    """«ولدت آمال فهمي وتخرجت من كلية الآداب» -> «ولادة آمال فهمي»: a life's step opening the title, its subject, then
    a verb joined by و (the next step, which the date beside the title does not date: a life is told step by step,
    each with its own date) is told as the step's noun and its subject (a place after it stays)."""
    if norms[0] not in _life_verbs() or not _told_as_verb(words[0], norms[0]):
        return None
    joined = next((k for k in range(2, len(norms)) if _joined_verb(norms[k : k + 1])), None)
    if joined is None or joined < 2 or not _subject_follows(words[:joined], norms[:joined]):
        return None
    return " ".join([_verbal_nouns(opening=True)[norms[0]]] + words[1:joined])


@lru_cache(maxsize=1)
def _counted_verbal_nouns() -> dict[str, str]:
    """Verbs read in the passive before a count («قتل 82 مهاجرا»), told as their verbal noun there («مقتل 82 مهاجرا»)."""
    return {form: row["noun"] for row in lexicon.table("title_verbal_nouns") if row["opening"] == "count"
            for form in _verb_forms(row["verb"])}


def _verb_forms(verb: str) -> list[str]:
    """A verb's past and its feminine («انتهى» -> «انتهت»), or its present in ي and its ت، سي and ست forms
    (normalised)."""
    written, verb = verb, normalize(verb)
    if verb[:1] == "ي":
        return [verb, "ت" + verb[1:], "س" + verb, "ست" + verb[1:]]
    if written.endswith("ى"):
        return [verb, verb[:-1] + "ت"]
    return [verb, verb + "ت"]


HAMZA = "أإءئؤآ"


@lru_cache(maxsize=1)
def _hamza_verbs() -> frozenset[str]:
    """The forms of the happening verbs written with a hamza: «بدا» without it is «seemed», not «بدأ»."""
    return frozenset(form for row in lexicon.table("title_verbal_nouns") if any(ch in row["verb"] for ch in HAMZA)
                     for form in _verb_forms(row["verb"]))


def _told_as_verb(word: str, norm: str) -> bool:
    """Is the title's word the happening verb, not a look-alike («بدا» seemed, for «بدأ»)?"""
    return norm not in _hamza_verbs() or any(ch in word for ch in HAMZA)




def _verbal_noun(text: str) -> str:
    """As _told_verbal_noun, and «سباق الانحدار للرجال الذي أرجئ», «الانتخابات البلدية التي ستنطلق» (a noun phrase, the
    relative pronoun and the happening verb ending the title: the clause of the noun phrase, told as its noun)
    -> «إرجاء سباق الانحدار للرجال», «انطلاق الانتخابات البلدية»."""
    told = _told_verbal_noun(text)
    if told != text or ": " in text:
        return told
    words = text.split()
    norms = [normalize(word) for word in words]
    if len(words) >= 3 and norms[-2] in _roles_words("relative") and norms[-1] in _verbal_nouns() and _told_as_verb(words[-1], norms[-1]):
        plain = " ".join(words[:-2] + words[-1:])
        told = _told_verbal_noun(plain)
        return told if told != plain else text
    return text


def _told_verbal_noun(text: str) -> str:
    """«الحرب اندلعت» -> «اندلاع الحرب», «الاجتماع عقد في مقر …» -> «عقد الاجتماع في مقر …»: a noun phrase, then a
    happening verb with no object after it (a relative or passive clause told whole), is told as the verbal noun
    of the noun phrase. The noun phrase as for «تم»: up to SUBJECT_WORDS definite words or construct heads, with no
    particle, preposition or verb among them; after the verb, the title ends or a particle follows."""
    if ": " in text:
        return text  # a statement is told as said
    words = text.split()
    norms = [normalize(word) for word in words]
    if len(words) >= 3 and norms[0] in _counted_verbal_nouns() and (norms[1][:1].isdigit() or norms[1] in QUANTITY
                                                                    or " ".join(norms[1:4]) == "ما لا يقل"):
        return " ".join([_counted_verbal_nouns()[norms[0]]] + words[1:])  # «قتل 82 مهاجرا» -> «مقتل 82 مهاجرا»
    life = _life_step(words, norms) if len(words) >= 3 else None
    if life:
        return life
    if len(words) >= 3 and norms[0] in _verbal_nouns(opening=True) and _told_as_verb(words[0], norms[0]) \
            and _subject_follows(words, norms):
        # «انطلقت شهرة بوردين مع كتابه» -> «انطلاق شهرة بوردين مع كتابه», «غادر شعو التراب الوطني» -> «مغادرة شعو …»:
        # a happening verb opening the title, its subject after it
        return " ".join([_verbal_nouns(opening=True)[norms[0]]] + _genitive(words[1:]))
    nouns = _verbal_nouns()
    at = next((i for i, norm in enumerate(norms) if norm in nouns and _told_as_verb(words[i], norm)), None)
    if at is None or not 1 <= at <= SUBJECT_WORDS or norms[0][:1] == "ل" and len(norms[0]) >= 5 \
            or any(_function_word(norm) or norm[:1].isdigit() or norm in _roles_words("report") or norm in _present_forms()
                   or norm in nouns or _bare(norm) in PREPOSITIONS or norm in _roles_words("temporal") for norm in norms[:at]) \
            or not all(norm.startswith(ARTICLE) or k and norm.startswith("و" + ARTICLE)
                       or norm[:1] != "و" and norms[k + 1].startswith(ARTICLE) for k, norm in enumerate(norms[:at])) \
            and not (at == 1 and at + 1 == len(words) and norms[at] in _whole_subject_verbs()):
        return text  # (not «قرر المكتب عقد جلسة», «لجلسة الإطارات ستنعقد», «الخصوم قبيل الانتخابات ستجرى»)
    if at + 1 < len(words) and not (_function_word(norms[at + 1]) or norms[at + 1].startswith(PREPOSITION_ARTICLE)):
        return text  # «سيبدأ فعالياته», «ولدت طفلها»: an object, so the noun phrase may not be the subject
    if at + 1 == len(words) and not (norms[0].startswith(ARTICLE) or norms[0].endswith(("ات", "ه"))
                                     or norms[at] in _whole_subject_verbs() and norms[0][:1].isalpha()) \
            or _joined_verb(norms[at + 1 :]):
        return text  # «كوريا الجنوبية انتهت»: a name alone may be what ended, not what it ended
    return " ".join([nouns[norms[at]]] + words[:at] + words[at + 1 :])


def _genitive(words: list[str]) -> list[str]:
    """A subject after a verbal noun is its genitive: a definite sound plural in ون takes ين, with its adjectives
    («بدأ المسؤولون الأتراك» -> «بدء المسؤولين الأتراك»)."""
    words = list(words)
    for index, word in enumerate(words):
        norm = normalize(word)
        if not (norm.startswith(ARTICLE) and norm.endswith("ون") and len(norm) >= 7 and word.endswith("ون")):
            break
        words[index] = word[:-2] + "ين"
    return words


def _nominative_plural(text: str) -> str:
    """A title opening on its subject, a sound plural in ين left accusative by a dropped إن/أن, before a plural verb
    («الأميركيين أخبروا», «محققين إيطاليين فتحوا», «متطرفين يرتدون …»), says it in the nominative: ون."""
    words = text.split()
    norms = [normalize(word) for word in words]
    count = 0
    while count < len(words) - 1 and norms[count].endswith("ين") and words[count].endswith("ين") \
            and len(norms[count]) >= (7 if norms[count].startswith(ARTICLE) else 6) and not _function_word(norms[count]):
        count += 1
    if not count or count >= len(words):
        return text
    verb = norms[count]
    if not (verb.endswith("وا") and len(verb) >= 4 or verb.endswith("ون") and verb[:1] in "يت" and len(verb) >= 5):
        return text
    return " ".join([word[:-2] + "ون" for word in words[:count]] + words[count:])


def _joined_verb(norms: list[str]) -> bool:
    """Is a short word joined by و among them, a verb most likely («وأحرز», «ونشأ», «وتوقفت»; not «واحدة»)?"""
    return any(norm[:1] == "و" and (3 <= len(norm) - 1 <= 4 or len(norm) - 1 == 5 and norm.endswith("ت"))
               and not norm[1:].startswith(ARTICLE) and not norm.endswith(("ه", "ات"))
               and not (len(norm) == 4 and norm[1] == "ا") and not _function_word(norm[1:])
               and not _waw_root_word(norm) for norm in norms)


def _subject_follows(words: list[str], norms: list[str]) -> bool:
    """After a verb opening the title, a noun that may be its subject and no verb of its own after it: not a particle,
    number, prepositional phrase, accusative («تحديثا جديدا», «رسميا»), dual in the nominative («الفريقان»), a verb
    joined by و («عاد وزار»), nor a subject that another verb follows («بدأ رجل الأعمال … يتهاوى»)."""
    second = norms[1]
    if _function_word(second) or second[:1].isdigit() or second.startswith(PREPOSITION_ARTICLE) or second[:1] == "و" \
            or _pronoun_object(second) \
            or second.endswith("ا") and not second.endswith(("ها", "نا")) and not second.startswith(ARTICLE) \
            or second.endswith("ان") and len(second) >= (7 if second.startswith(ARTICLE) else 6):
        # (a dual takes a stem of three letters at least: «الفريقان»; «الفنان», «البيان» are no duals)
        return False
    return not any(norm[:1] in "يت" and len(norm) >= 4 and not norm.startswith(ARTICLE) and norm not in {"تحت"}
                   for norm in norms[2:7]) and not _joined_verb(norms[2:])  # (nor «ولد فايد ونشأ في …»)


def _from_complement(norm: str) -> bool:
    """A verb whose complement opens on «من» («حذرت تيريزا ماي من …»; not «زار فريق من صندوق النقد»: a part of)."""
    verbs = _roles().get("from_complement", {})
    return (norm,) in verbs or norm.endswith("ت") and (norm[:-1],) in verbs


def _intransitive(norm: str) -> bool:
    intransitive = _roles().get("intransitive", {})
    return (norm,) in intransitive or norm.endswith("ت") and (norm[:-1],) in intransitive


def _nominative(text: str) -> str:
    """A statement after إن/أن opens on its subject in the accusative; a title says it in the nominative:
    «طفلا رضيعا أصبح» -> «طفل رضيع أصبح», «المسؤولين أعدموا» -> «المسؤولون أعدموا»."""
    text = _nominative_plural(text)  # «محققين إيطاليين فتحوا» -> «محققون إيطاليون فتحوا»
    words = text.split()
    if len(words) < 3:
        return text
    first, second = normalize(words[0]), normalize(words[1])
    if first.startswith(ARTICLE) and first.endswith("ين") and len(first) >= 7 and second.endswith("وا") and len(second) >= 4:
        words[0] = words[0][:-2] + "ون"
    elif not first.startswith(ARTICLE) and not second.startswith(ARTICLE) and len(first) >= 4 and len(second) >= 4 \
            and first.endswith("ا") and second.endswith("ا") and not first.endswith(("اا", "ها")) and first not in {"هذا", "هكذا"}:
        count = 2  # and the adjectives after them («تغييرا مهنيا جذريا»)
        while count < len(words) - 1 and normalize(words[count]).endswith("ا") and len(normalize(words[count])) >= 4 \
                and not normalize(words[count]).startswith(ARTICLE):
            count += 1
        words[:count] = [word.rstrip("ً")[:-1].rstrip("ً") for word in words[:count]]
    return " ".join(words)


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
    words = title.split()
    if not words or ": " in title:
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
