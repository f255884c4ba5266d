"""A title told the headline way: its subject first and its verb in the present."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .tokens import (
    ARTICLE, MAX_CHARS, PREPOSITION_ARTICLE, SUBJECT_WORDS, _function_word, _present_forms, _roles, _roles_words,
)
from .verbal_nouns import HAMZA, _joined_verb, _verbal_nouns


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


def _from_complement(norm: str) -> bool:
    """A verb whose complement opens on «من» («حذرت تيريزا ماي من …»; not «زار فريق من صندوق النقد»: a part of)."""
    verbs = _roles().get("from_complement", {})
    return (norm,) in verbs or norm.endswith("ت") and (norm[:-1],) in verbs


def _intransitive(norm: str) -> bool:
    intransitive = _roles().get("intransitive", {})
    return (norm,) in intransitive or norm.endswith("ت") and (norm[:-1],) in intransitive
