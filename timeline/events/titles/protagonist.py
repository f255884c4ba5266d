"""Who an article is about, for a sentence that opens on a verb whose subject it leaves to the reader
(«وانتقل للعمل مع سي أن أن في عام 2013» in an article on Anthony Bourdain): the name its headline gives that its
text repeats most. A name never takes the article (not «حريق», read «الحريق» elsewhere), nor opens on a present
verb's prefix («يحذر»), nor is a time word («رمضان»)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .first_person import _verbal_noun_form
from .happening_nouns import _happening_noun
from .tokens import ARTICLE, PREPOSITION_ARTICLE, _Token, _is_function, _mark_time, _present_forms, _roles, _tokens


MIN_MENTIONS = 3  # a name the text says fewer times is not what the article is about
WORD = re.compile(r"[^\W\d_]+")
ATTACHED = ("", "و", "ب", "ل", "وب", "ول", "ف")  # «وبوردين», «لبوردين»: the name with a particle
DEFINITE = ("ال", "وال", "بال", "لل", "فال", "كال")
NOUN_ENDINGS = ("ه", "ات", "ون", "ين", "وا", "اء", "يه", "ا")  # feminine, plural, dual, accusative: not a bare verb


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    return frozenset(normalize(row["word"]) for row in lexicon.table("months"))


@lru_cache(maxsize=16)
def _protagonist(text: str, headline: str) -> str | None:
    """The headline's word the article repeats most (MIN_MENTIONS times or more), never with the article."""
    words = [normalize(word) for word in WORD.findall(text)]
    counts = Counter(words) + Counter(f"{a} {b}" for a, b in zip(words, words[1:]) if b.startswith(ARTICLE))
    best, best_count = None, MIN_MENTIONS - 1
    tokens = _tokens(headline, 0, len(headline))
    _mark_time(tokens, headline, 0, (0, 0))
    for position, token in enumerate(tokens):
        norm = token.norm
        if position and _family_name(tokens[position - 1], token, counts):
            pass  # «أحمد الحامد», «فاروق الفيشاوي»: a surname with the article, after its given name
        elif token.time or norm in _month_names() or len(norm) < 3 or norm[:1].isdigit() or norm.startswith((ARTICLE,) + PREPOSITION_ARTICLE) or _is_function(token) \
                or norm[:1] in "يت" and len(norm) >= 4 or norm in _present_forms() \
                or any(counts[prefix + norm] for prefix in DEFINITE):
            continue
        count = sum(counts[prefix + norm] for prefix in ATTACHED) if not norm.startswith(ARTICLE) \
            else sum(counts[form] for form in _definite_forms(norm))
        if count > best_count:
            best, best_count = token.surface, count
    return best


def _family_name(given: _Token, surname: _Token, counts: Counter) -> bool:
    """Is «الحامد» after «أحمد» a surname with the article, not a definite noun («وزير الخارجية»)? The given name is
    undefined, no office, function, time or month word, verbal noun nor noun ending («شركة»), the text never says it
    with the article and says it mostly before the surname («كأس العالم» is no name: «كأس الملك» too); the pair comes
    MIN_NAME_PAIRS times or more, or is the only place the given name comes («مهدي المشاط» once, then «المشاط»), and
    the surname MIN_MENTIONS times (`counts` holds the text's words and its pairs of a word and a definite one)."""
    first, last = given.norm, surname.norm
    if not last.startswith(ARTICLE) or len(last) < 5 or first.startswith(ARTICLE) or len(first) < 3 or given.time \
            or surname.time or given.stop or first[:1].isdigit() or _is_function(given) or _is_function(surname) \
            or first in _month_names() or first.endswith(NOUN_ENDS) or _verbal_noun_form(first) \
            or (first,) in _roles().get("office", {}) or (last[len(ARTICLE):],) in _roles().get("office", {}) \
            or (last,) in _roles().get("generic", {}) or first in _present_forms() or first[:1] in "يت" and len(first) >= 4 \
            or last.endswith(NOUN_ENDS) or _happening_noun(last[len(ARTICLE):]) or first[:1] in "بل" and counts[first[1:]]:
        return False  # «الانتخابات», «التواصل»: a plural or verbal noun; «باسم الانتخابات»: a preposition on a noun
    pairs = counts[f"{first} {last}"]
    return not counts[ARTICLE + first] and (pairs >= MIN_NAME_PAIRS or pairs and pairs == counts[first]) \
        and 2 * pairs >= counts[first] and sum(counts[form] for form in _definite_forms(last)) >= MIN_MENTIONS


def _definite_forms(norm: str) -> tuple[str, ...]:
    """«المشاط» as the text writes it: alone, with «و» or «ف», and with «ل», which drops the alif («للمشاط»)."""
    bare = norm[len(ARTICLE) :]
    return (norm, "و" + norm, "ف" + norm, "ب" + norm, "لل" + bare, "ولل" + bare, "فلل" + bare)


NAME_EXTENSION = 2  # words a protagonist's name may take before it («محمد صلاح», «هارفي واينستين», «برج إيفل»)
MIN_NAME_PAIRS = 2  # times the text must say the longer name for it to be the name
NAME_SHARE = 4  # and at least once in so many of the times it says the name («وصول نائب» is no name)
GENDER_MARGIN = 3  # how much more often the text must tell the protagonist one gender than the other
MIN_GENDER_CUES = 2  # and how often at least


def _full_name(text: str, name: str) -> str:
    """The protagonist's name as the article gives it, with the words the text says before it each time or nearly
    («صلاح» -> «محمد صلاح»): a word before it is the name's when the pair comes MIN_NAME_PAIRS times or more and
    the word is no function word, time word, verb of saying nor definite noun («وقال صلاح», «النجم صلاح»)."""
    words = [normalize(word) for word in WORD.findall(text)]
    surfaces = WORD.findall(text)
    full = [normalize(name)]
    told = [name]
    for _ in range(NAME_EXTENSION):
        pairs = Counter(words[i - 1] for i in range(1, len(words)) if words[i : i + len(full)] == full)
        if not pairs:
            break
        word, count = pairs.most_common(1)[0]
        alone = sum(1 for w in words if w == word)  # a given name comes mostly before its surname («محمد صلاح»)
        if count < MIN_NAME_PAIRS or count * NAME_SHARE < sum(pairs.values()) or 2 * count < alone \
                or _verbal_noun_form(word) or (word,) in _roles().get("office", {}) \
                or word[:1] in "لب" and word[1:] in words or word[:1] in "يت" and len(word) >= 4 \
                or len(word) < 2 or word.startswith(ARTICLE) or word in _month_names() \
                or _is_function(_Token(0, 0, word, word)) or _reporting(word) or word in _present_forms():
            break
        spelled = next(surfaces[i - 1] for i in range(1, len(words)) if words[i - 1] == word and words[i : i + len(full)] == full)
        full.insert(0, word)
        told.insert(0, spelled)
    return " ".join(told)


@lru_cache(maxsize=1)
def _report_words() -> frozenset[str]:
    from .tokens import _roles_words
    return frozenset(_roles_words("report"))


def _reporting(norm: str) -> bool:
    return norm in _report_words() or norm[:1] == "و" and norm[1:] in _report_words()


def _gender(text: str, name: str, near: str = "") -> str | None:
    """«m» or «f» as the text tells the protagonist: the verb after it («صلاح يسجل», «آبل تطلق»), the verb before
    it («وانتقل صلاح», «قالت آبل»), a title before it («الفنانة هياتم», «اللاعب صلاح»); None when the text does not tell
    one at least MIN_GENDER_CUES times and GENDER_MARGIN times as often as the other. What `near` (the sentence
    before the pronoun) tells decides first: «وستعمل فيسبوك …، بعد دخوله الخدمة» is not Facebook's entry."""
    feminine, masculine = _gender_cues(near, name)
    if feminine != masculine:
        return "f" if feminine > masculine else "m"
    feminine, masculine = _gender_cues(text, name)
    if feminine >= MIN_GENDER_CUES and feminine >= GENDER_MARGIN * masculine:
        return "f"
    if masculine >= MIN_GENDER_CUES and masculine >= GENDER_MARGIN * feminine:
        return "m"
    return None


def _gender_cues(text: str, name: str) -> tuple[int, int]:
    """How often the text tells the name feminine and masculine."""
    norm = normalize(name)
    words = [normalize(word) for word in WORD.findall(text)]
    feminine = masculine = 0
    for index, word in enumerate(words):
        if word != norm and not (word[:1] in "وبلف" and word[1:] == norm):
            continue
        after = words[index + 1] if index + 1 < len(words) else ""
        if len(after) >= 4 and not after.startswith(ARTICLE) and after[:1] in "يت" and not after.endswith(("ات", "ه")):
            feminine += after[:1] == "ت"
            masculine += after[:1] == "ي"
        before = words[index - 1] if index else ""
        bare = before[1:] if before[:1] == "و" and len(before) > 3 else before
        if before.startswith(ARTICLE) and len(before) >= 5 and not before.endswith(("ات", "ون", "ين")):
            feminine += before.endswith("ه")  # «الفنانة هياتم»
            masculine += not before.endswith(("ه", "ي"))  # «اللاعب صلاح»
        elif before.startswith(ARTICLE) or _is_function(_Token(0, 0, before, before)) or before in _month_names():
            continue
        elif bare.endswith("ت") and not bare.endswith("ات") or bare.startswith("ست") and len(bare) >= 5:
            feminine += 1  # «وقالت آبل», «أعلنت هياتم», «وستعمل فيسبوك»
        elif bare[:1] == "ي" and len(bare) >= 4 or 3 <= len(bare) <= 5 and bare[:1] != "ت" \
                and not bare.endswith(("ه", "ا", "ي", "ء")):
            masculine += 1  # «وانتقل صلاح», «يخطف مودريتش» (the verb before a feminine subject takes ت)
    return feminine, masculine


def _says(text: str, norm: str) -> bool:
    """Does the text name it, alone or with a particle («وصلاح»)?"""
    forms = set(_definite_forms(norm)) if norm.startswith(ARTICLE) else {norm}
    return any(w in forms or w[:1] in "وبلف" and w[1:] == norm for w in (normalize(word) for word in WORD.findall(text)))


NOUN_ENDS = ("ه", "ات", "ون", "ين", "اء", "ها")  # «شركة», «صفوف», «وزراء»: a noun the name is a genitive of, no given name
