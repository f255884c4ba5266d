"""A happening verb after its noun phrase told as its verbal noun («الحرب اندلعت» -> «اندلاع الحرب»)."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .tokens import (
    ARTICLE, PREPOSITIONS, PREPOSITION_ARTICLE, QUANTITY, SUBJECT_WORDS, _bare, _function_word, _present_forms,
    _pronoun_object, _roles_words, _waw_root_word,
)


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
