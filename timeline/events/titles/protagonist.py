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
from .speakers import _after_relative, _verbal_noun_form
from .tokens import (
    ARTICLE, PREPOSITION_ARTICLE, PREPOSITIONS, QUANTITY, VOWEL_MARKS, _Token, _bare, _conjoined, _is_function, _lead_words,
    _mark_time, _phrase_at, _present_forms, _purpose, _roles, _tokens, without_marks)


MIN_MENTIONS = 3  # a name the text says fewer times is not what the article is about
WORD = re.compile(r"[^\W\d_]+")
ATTACHED = ("", "و", "ب", "ل", "وب", "ول", "ف")  # «وبوردين», «لبوردين»: the name with a particle
DEFINITE = ("ال", "وال", "بال", "لل", "فال", "كال")
NOUN_ENDINGS = ("ه", "ات", "ون", "ين", "وا", "اء", "يه", "ا")  # feminine, plural, dual, accusative: not a bare verb
DAMMA = "\u064f"  # «عُثر»: a passive verb, whose subject is what follows


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


def _opens_on_subjectless_verb(tokens: list[_Token], kept: list[int]) -> bool:
    """Does the title open where its sentence or a clause does (past time words and particles: «، ثم عاد إلى …»,
    «كما أنه حصل على …») on a past verb and then a
    preposition, so that no subject stands between them («وانتقل للعمل مع …», «واضطر إلى إلغاء …»)? Not a passive
    («خصص له معرض», «عُثر على»), a verb that is no happening («ليس»), nor in a quotation."""
    if len(kept) < 3:
        return False
    if not _at_clause_start(tokens, kept[0]):
        return False
    before = kept[0] - 1
    while before >= 0 and tokens[before].time:
        before -= 1
    if _after_relative(tokens, before):
        return False  # «بغياب نجمه محمد صلاح، …، والذي أصيب في كتفه»: the verb is the clause of the noun before الذي
    first, second = tokens[kept[0]], tokens[kept[1]]
    norm = first.norm[1:] if _conjoined(first) else first.norm
    surface = first.surface[1:] if _conjoined(first) else first.surface
    if _imperfect_on_own_object(tokens, kept, norm) and not _in_quotation(tokens, kept[0]):
        return True  # «عندما يترك منصبه كرئيس للفيفا»: no subject between the verb and the object it owns
    if norm.startswith(ARTICLE) or norm[:1].isdigit() or _is_function(first) or first.stop or first.opens_quote \
            or _purpose(first.norm) or norm in QUANTITY or not 3 <= len(norm) <= 6 or norm.endswith(NOUN_ENDINGS) \
            or surface[1:2] == DAMMA or _phrase_at(tokens, kept[0], "report", proclitic=True) \
            or any(_phrase_at(tokens, kept[0], role, proclitic=True) for role in ("adjunct", "impersonal", "copula")) \
            or norm[:1] in "يتن" and len(norm) >= 4 or norm[:1] == "س" and norm[1:2] in "يتنا" or norm == "سبق" \
            or norm[:1] in "بل" and len(norm) >= 5 \
            or _in_quotation(tokens, kept[0]):
        # (an imperfect «يشارك في بطولته X» names its subject after; «سبق للإيطالي أن» after ل; «لتصل», «بالنظر»
        # are no past verbs; a quotation speaks of its own speaker)
        return False
    return not second.norm[:1].isdigit() and second.norm != "امام" and (
        _bare(second.norm) in PREPOSITIONS or second.norm.startswith(PREPOSITION_ARTICLE))


def _in_quotation(tokens: list[_Token], index: int) -> bool:
    """Is tokens[index] inside a quotation (one opened before it and not closed)? A quoted name before it («أغاني
    أزنافور اغنية "She"، كما أنه حصل …») is closed: the sentence speaks on of its own subject."""
    inside = False
    for token in tokens[:index]:
        inside = (inside or token.opens_quote) and not token.closes_quote
    return inside or tokens[index].opens_quote


IMPERFECT_LETTERS = (4, 6)  # «يترك», «سيترك», «يستهل»: a masculine imperfect, with its «will» (not «يستعرضان»)


def _imperfect_on_own_object(tokens: list[_Token], kept: list[int], norm: str) -> bool:
    """«يترك منصبه …», «سيترك منصبه في الفيفا», «يستهل مشواره …»: a masculine imperfect opening the title, then its
    object owning a masculine pronoun (a noun, not a preposition's «له», «عليه»). An imperfect's subject may follow it
    («يشارك في بطولته الأولى X»), but not past an object that points back to it: the subject is the one the article
    is about. After the object, a preposition («في», «كرئيس»): «يستقبل ملعبه الجديد أول مباراة» tells of the stadium,
    the owning noun the subject and an object after it. Not an impersonal, copula or adjunct verb, nor one of saying."""
    verb = norm[1:] if norm[:1] == "س" else norm
    if not (verb[:1] == "ي" and IMPERFECT_LETTERS[0] <= len(verb) <= IMPERFECT_LETTERS[1]) or verb.endswith(("ون", "ان")):
        return False
    if _phrase_at(tokens, kept[0], "report", proclitic=True) \
            or any(_phrase_at(tokens, kept[0], role, proclitic=True) for role in ("adjunct", "impersonal", "copula")):
        return False
    owned = tokens[kept[1]]
    after = 2
    while after < len(kept) and tokens[kept[after]].norm.startswith(ARTICLE):
        after += 1  # its adjectives («فريقه السابق»)
    following = tokens[kept[after]].norm if after < len(kept) else None
    if following and not (_bare(following) in PREPOSITIONS or following.startswith(PREPOSITION_ARTICLE)
                          or following[:1] == "ك" and len(following) >= 4):
        return False  # «يستقبل ملعبه الجديد أول مباراة»: the owned noun is the subject, its object after it
    return without_marks(owned.surface).endswith("ه") and not owned.norm.endswith("يه") and len(owned.norm) >= 5 \
        and not owned.norm.startswith(ARTICLE) and not _is_function(owned) and _bare(owned.norm) not in PREPOSITIONS \
        and not owned.norm[:1].isdigit()


def _at_clause_start(tokens: list[_Token], index: int) -> bool:
    """Is tokens[index] the first word of the sentence or of a clause after a comma, past time words and particles?"""
    before = index - 1
    while before >= 0 and not tokens[before].stop and (tokens[before].time or _lead_words(tokens, before)):
        before -= 1
    return before < 0 or tokens[before].stop


def _agrees(name: str, verb: str) -> bool:
    """A name spelt feminine («روسيا», «فاطمة») takes a verb in ت («حصلت»), not «حصل»."""
    return not VOWEL_MARKS.sub("", name).endswith(("ا", "ة")) or normalize(verb).endswith("ت")


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


PRONOUN_GENDER = {"ها": "f", "هم": None, "ه": "m"}  # «انسحابها», «بيعه»; «اجتماعهم» is a group no one name tells


def _owned_by_protagonist(noun: str, article: str, protagonist: str, near: str, before: str) -> str | None:
    """«بيعه إلى روما» in an article on Mohamed Salah -> «بيع محمد صلاح»: the verbal noun a title opens on, its pronoun
    given to the article's protagonist, or None. Only a happening's noun (a derived form's pattern or the table's
    «owned» nouns), not a verb and its object («أبلغه», «نظمتها»); only a protagonist named in the sentence before
    it or in the sentence before, whom the text tells of the pronoun's gender (never a name the text does not make
    sure of: no office noun, «نائب»)."""
    from .render import _without_conjunction
    plain = without_marks(_without_conjunction(noun))
    owned = _owned_happening(noun)
    if not owned:
        return None
    gender = next((g for suffix, g in PRONOUN_GENDER.items() if plain.endswith(suffix)), None)
    if gender is None:
        return None
    norm = normalize(protagonist)
    if (norm,) in _office_words() or (norm[len(ARTICLE):],) in _office_words():
        return None
    if not _named_near(norm, near, before, OWNER_SENTENCES):
        return None
    if _gender(article, protagonist, near) != gender:
        return None
    return f"{owned} {_full_name(article, protagonist)}"


def _owned_happening(word: str) -> str | None:
    """«بيعه» -> «بيع», «اجتماعهم» -> «اجتماع»: a happening's verbal noun without the pronoun it ends on, or None (a
    verb and its object: «أبلغه», «نظمتها»; a noun that is no happening: «صوته»)."""
    from .dated import _owned_noun
    from .render import _without_conjunction
    plain = without_marks(_without_conjunction(word))
    owned = _owned_noun(word) or next((plain[: -len(suffix)] for suffix in ("هم", "ها", "ه") if plain.endswith(suffix)
                                       and normalize(plain[: -len(suffix)]) in _owned_nouns()), None)  # «بيعه»
    if not owned or not _happening_noun(normalize(owned)) or (normalize(owned),) in _roles().get("not_verbal", {}):
        return None
    return owned


OWNER_SENTENCES = 1  # a pronoun's owner is named in its sentence or the one before
APPOINTED_SENTENCES = 3  # one appointed, in a few sentences before: a life told sentence after sentence


def _named_near(norm: str, near: str, before: str, sentences: int) -> bool:
    """Is the name in `near` (its sentence before the word) or in the last `sentences` sentences of `before`?"""
    if _says(near, norm):
        return True
    text = before.rstrip()
    for _ in range(sentences):
        cut = max(text.rfind(mark, 0, len(text) - 1) for mark in ".!?؟\n")
        if _says(text[cut + 1 :], norm):
            return True
        if cut < 0:
            return False
        text = text[: cut + 1].rstrip()
    return False


def _says(text: str, norm: str) -> bool:
    """Does the text name it, alone or with a particle («وصلاح»)?"""
    forms = set(_definite_forms(norm)) if norm.startswith(ARTICLE) else {norm}
    return any(w in forms or w[:1] in "وبلف" and w[1:] == norm for w in (normalize(word) for word in WORD.findall(text)))


@lru_cache(maxsize=1)
def _office_words() -> dict:
    return _roles().get("office", {})


@lru_cache(maxsize=1)
def _owned_nouns() -> frozenset[str]:
    from .tokens import _roles_words
    nouns = {normalize(row["noun"]) for row in lexicon.table("title_verbal_nouns")}
    return frozenset(nouns | {normalize(word) for word in _roles_words("owned")})


def _happening_noun(norm: str) -> bool:
    """A verbal noun: the table's («بيع», «دخول», «زواج») or a derived form's pattern («تعيين», «انضمام», «مغادرة»,
    «إعارة», «إرسال», «تعافي»)."""
    return norm in _owned_nouns() or _verbal_noun_form(norm) or not norm.startswith(ARTICLE) and len(norm) == 5 \
        and (norm[:1] == "ا" and norm[3:4] == "ا" or norm[:1] == "ت" and norm[2:3] == "ا")  # «إعارة», «تعافي»


@lru_cache(maxsize=1)
def _appointment_nouns() -> dict[str, str]:
    return {normalize(row["verb"]): row["noun"] for row in lexicon.table("title_appointed")}


def _appointed(tokens: list[_Token], kept: list[int], article: str, protagonist: str, near: str, before: str) -> str | None:
    """«عين وزيرا للدولة مكلفا بالفنون» in an article on Boris Johnson -> «تعيين بوريس جونسون»: the verbal noun and
    the protagonist's name for a title opening, where a clause does, on a verb of appointment (the table's) right
    before its post, an undefined accusative; the protagonist named in that sentence or the one before, of the verb's
    gender as the text tells it. None otherwise."""
    if len(kept) < 2 or not (_at_clause_start(tokens, kept[0]) or _after_temporal_that(tokens, kept[0])):
        return None
    first, post = tokens[kept[0]], tokens[kept[1]]
    norm = first.norm[1:] if _conjoined(first) and first.norm[1:] in _appointment_nouns() else first.norm
    feminine = norm.endswith("ت") and norm[:-1] in _appointment_nouns()
    noun = _appointment_nouns().get(norm[:-1] if feminine else norm)
    if noun is None or first.opens_quote or any(t.opens_quote for t in tokens[: kept[0]]):
        return None
    following = tokens[kept[2]].norm if len(kept) > 2 else ""
    accusative = post.norm.endswith("ا") and not post.norm.endswith(("ها", "نا")) \
        or post.surface.endswith("ة") and following.startswith("ل") and not post.stop  # «انتخب عمدة للعاصمة لندن»
    if post.time or post.stop and kept[1] != kept[-1] or _is_function(post) or post.norm.startswith(ARTICLE) \
            or not accusative or len(post.norm) < 4 or post.norm[:1].isdigit():
        return None  # «عين وزيرا», «انتخب رئيسا»: the post, not «عين المدرب», «عين في …»
    norm_name = normalize(protagonist)
    if (norm_name,) in _office_words() or not _named_near(norm_name, near, before, APPOINTED_SENTENCES):
        return None
    if _gender(article, protagonist, near) != ("f" if feminine else "m"):
        return None
    return f"{noun} {_full_name(article, protagonist)}"


def _after_temporal_that(tokens: list[_Token], index: int) -> bool:
    """Does «منذ أن», «بعد أن», «قبل أن» (or «بعدما») end right before tokens[index]? The clause it opens tells a
    happening of the main clause's subject («واشتهر جونسون … منذ أن انتخب عمدة للعاصمة لندن»)."""
    from .speakers import _after_clause_opener
    from .tokens import _roles_words
    opener = tokens[index - 2].norm if index >= 2 else ""
    if tokens[index - 1].norm == "ان" and (opener in _roles_words("temporal") or opener[:1] == "و" and opener[1:] in _roles_words("temporal")):
        return True
    return _after_clause_opener(tokens, index)


NOUN_ENDS = ("ه", "ات", "ون", "ين", "اء", "ها")  # «شركة», «صفوف», «وزراء»: a noun the name is a genitive of, no given name


def _named_in_full(title: str, article: str, headline: str, protagonist: str) -> str:
    """«بوردين ينتقل للعمل مع سي أن أن» -> «أنتوني بوردين ينتقل …»: the protagonist a title names by one word, named as
    the text names them first and most often (the words before it: «أنتوني بوردين», «محمد صلاح»), when the text
    tells a gender of theirs (a person or a body, not a place's genitive: «مطار عدن») and the words are no noun of
    which the name would be a genitive («منتخب إنكلترا», «مخازن صناديق»)."""
    from .tokens import MAX_CHARS
    words = title.split()
    norm = normalize(protagonist)
    at = next((i for i, word in enumerate(words) if normalize(word) == norm), None)
    if at is None:
        return title
    given = _full_name(article, protagonist).split()[:-1]
    if not given or any(normalize(word).endswith(NOUN_ENDS) or normalize(word).startswith(ARTICLE)
                                      or (normalize(word),) in _roles().get("office", {})
                                      or (ARTICLE + normalize(word),) in _roles().get("generic", {})
                                      or _happening_noun(normalize(word)) or _broken_plural(normalize(word))
                                      for word in given):
        return title
    told = [normalize(w) for w in words[max(0, at - len(given)) : at]]
    if told and (told[-1].endswith(("ان", "ون", "ين")) or [w[1:] if w[:1] in "وبلف" else w for w in told[-1:]]
                 == [normalize(given[-1])] or told == [normalize(w) for w in given]):
        return title  # named in full already («لسوق عكاظ»), or a family's name («الأخوان واينستين»)
    text_words = [normalize(word) for word in WORD.findall(article)]
    if any(ARTICLE + normalize(word) in text_words or normalize(word) + "ا" in text_words for word in given):
        return title  # «اسم مقدونيا»: the text says «الاسم» or «اسما» too, a common noun, no given name
    first = next((i for i, word in enumerate(text_words) if word == norm), None)
    if first is None or text_words[max(0, first - len(given)) : first] != [normalize(w) for w in given]:
        return title  # a name is given in full where the text first names its bearer
    if _gender(article, protagonist) is None:
        return title
    named = " ".join(words[:at] + given + words[at:])
    return named if len(named) <= MAX_CHARS else title


def _broken_plural(norm: str) -> bool:
    """«مخازن», «مصانع», «مفاتيح»: the مفاعل plural of a place or tool noun, never a given name."""
    return 5 <= len(norm) <= 6 and norm[:1] == "م" and norm[2:3] == "ا"


def previous_subject(title: str, sentence: str, before: str, article: str) -> str:
    """«حصل على حق اللجوء في بريطانيا» after «وكشف سكريبال عن عشرات الجواسيس …» -> «سكريبال يحصل على حق اللجوء في
    بريطانيا»: a sentence opening on a news verb and its preposition, no subject told, is told of the subject of the
    sentence before when that one opens on a verb and a one-word name the article repeats (MIN_MENTIONS times, never
    with the article), the two verbs of the same gender. Not when a noun after the verb's phrase may be its own
    subject («انطلقت في الرياض فعاليات المهرجان»), nor a lead sentence: no one is guessed."""
    from .speakers import spouse_of_speaker
    from .tense import _headline_tense
    spouse = spouse_of_speaker(title, sentence, before)  # «زوجها وجه إليها …» after «وأعلنت زوجة مينغ …»
    if spouse != title:
        return spouse
    words = title.split()
    if len(words) < 3 or ": " in title or not before.strip():
        return title
    verb = _bare_verb_norm(words[0])
    if verb not in _present_forms() or not _opens_on_preposition(words):
        return title
    tokens = _tokens(sentence, 0, len(sentence))
    _mark_time(tokens, sentence, 0, (0, 0))
    at = next((i for i, t in enumerate(tokens) if not t.time and not _lead_words(tokens, i)), None)
    if at is None:
        return title
    if _bare_verb_norm(tokens[at].surface) != verb:
        # or it opens a clause after «ثم» or «كما أنه» in a sentence whose pronoun points back to the one named
        # before («وصدر ضده حكم بالسجن …، ثم حصل على حق اللجوء …»)
        at = next((i for i in range(2, len(tokens)) if _bare_verb_norm(tokens[i].surface) == verb
                   and (tokens[i - 1].norm in SEQUEL and tokens[i - 2].stop
                        or tokens[i - 1].norm in ALSO_THAT and tokens[i - 2].norm in ALSO)), None)
        if at is None or not any(_points_back(t, _feminine_verb(verb)) for t in tokens[:at]):
            return title
    name = _opening_subject(_last_sentence(before), article)
    if not name or normalize(name[1]) in {normalize(w) for w in words} or _feminine_verb(name[0]) != _feminine_verb(verb):
        return title
    told = _headline_tense(f"{name[1]} {title}", 1)
    return told if len(told) <= MAX_TITLE_CHARS else title


MAX_TITLE_CHARS = 80  # tokens.MAX_CHARS
SEQUEL = {"ثم", "وثم"}  # «…، ثم حصل على …»: the next step of the one the sentence is about
ALSO, ALSO_THAT = {"كما"}, {"انه", "انها"}  # «… أغاني أزنافور، كما أنه حصل على …»: and he too


def _points_back(token: _Token, feminine: bool) -> bool:
    """A word with the pronoun of one person of that gender («ضده», «عليه», «انتخابها»), not a ta marbuta («حكومة»)."""
    plain = without_marks(token.surface).strip("،,.")
    return len(plain) >= 3 and not token.norm.startswith(ARTICLE) and (
        plain.endswith("ها") if feminine else plain.endswith("ه") and not plain.endswith(("هه",)))


def _bare_verb_norm(word: str) -> str:
    """A news verb, past or present, without its «و» («وكشف», «ويشارك»)."""
    norm = normalize(word)
    known = norm[1:] in _present_forms() or norm[1:] in _present_verbs()
    return norm[1:] if norm[:1] == "و" and known else norm


@lru_cache(maxsize=1)
def _present_verbs() -> frozenset[str]:
    return frozenset(normalize(form) for form in _present_forms().values())


def _feminine_verb(norm: str) -> bool:
    return norm.endswith("ت") and not norm.endswith("ات") or norm[:1] == "ت" and len(norm) >= 4


def _opens_on_preposition(words: list[str]) -> bool:
    """Does the verb's phrase open on a preposition, and is the word after that phrase (its object and definite
    words) no noun that may be the verb's subject («انطلقت في الرياض فعاليات …»)?"""
    norms = [normalize(word) for word in words]
    second = norms[1]
    if not (_bare(second) in PREPOSITIONS or second.startswith(PREPOSITION_ARTICLE)):
        return False
    index = 2 if second.startswith(PREPOSITION_ARTICLE) else 3
    while index < len(norms) and norms[index].startswith(ARTICLE):
        index += 1
    if index >= len(norms):
        return True
    following = norms[index]
    return _bare(following) in PREPOSITIONS or following.startswith(PREPOSITION_ARTICLE) or following[:1] in "بلو" \
        or _is_function(_Token(0, 0, following, following)) or following[:1].isdigit()


def _last_sentence(before: str) -> str:
    text = before.rstrip()
    cut = max(text.rfind(mark, 0, len(text) - 1) for mark in ".!?؟\n")
    return text[cut + 1 :]


def _opening_subject(sentence: str, article: str) -> tuple[str, str] | None:
    """(the verb, the name) a sentence opens on («وكشف سكريبال عن …», «ويشارك أشكين في …»): a verb the lexicon knows,
    past or present, then one undefined word the article repeats and never says with the article, before no definite
    word (a construct's head is no name); «ين» may end it («أشكين», «بوتين»): a subject is no oblique plural."""
    tokens = _tokens(sentence, 0, len(sentence))
    _mark_time(tokens, sentence, 0, (0, 0))
    at = next((i for i, t in enumerate(tokens) if not t.time and not _lead_words(tokens, i)), None)
    if at is None or at + 2 >= len(tokens):
        return None
    verb = _bare_verb_norm(tokens[at].surface)
    present = _present_verbs()
    if verb not in _present_forms() and verb not in present or tokens[at].stop:
        return None
    name, after = tokens[at + 1], tokens[at + 2]
    norm = name.norm
    counts = Counter(normalize(word) for word in WORD.findall(article))
    if len(norm) < 3 or norm.startswith(ARTICLE) or norm[:1].isdigit() or name.time or _is_function(name) \
            or norm.endswith(tuple(set(NOUN_ENDINGS) - {"ين"})) or _verbal_noun_form(norm) or norm in _present_forms() or norm in present \
            or sum(counts[prefix + norm] for prefix in ATTACHED) < MIN_MENTIONS \
            or any(counts[prefix + norm] for prefix in DEFINITE) or after.norm.startswith(ARTICLE) and not name.stop:
        return None
    return verb, name.surface.strip("،,.")
