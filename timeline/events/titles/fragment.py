"""A title that is a fragment of its sentence is mended from the sentence it was told from.

Three kinds of fragment are told as a reader would want them (word lists: title_fragments.tsv):

- a relative clause without the noun it describes, its verb or preposition pointing back to a noun outside the title
  («[الخطوة التاريخية التي] اتخذها مجلسنا الوطني …», «[اتفاقات الشراء …، والتي] جرى توقيعها», «[في الوقت الذي]
  يبحث فيه الزاكي …»): the noun is put back in its pronoun's place («اتخذ مجلسنا الوطني الخطوة التاريخية …»,
  «توقيع اتفاقات الشراء», «يبحث الزاكي …»), when the sentence names it right before the relative pronoun;
- a title opening on an adverb or connector («خصوصا وأنه …», «خصوصا بعد ظهور فضيحة …», «لذلك التاريخ أعلن …»):
  they go, and so does the preposition before a verbal noun they led to («ظهور فضيحة …»);
- a title ending on a word that wants what the date or the length cut («سيبدأ في تاريخ [12 سبتمبر]», «نداءات تدعو
  [إلى …]», «لقائمة مكونة [من …]», «… بدءا», «… في»): the title ends before it, on a whole phrase (a statement's
  too: «X: … أثناء»);
- a title of a preposition's phrase: told as its noun and the clause describing it when the relative pronoun went
  («لجلسة الإطارات [التي] ستنعقد» -> «جلسة الإطارات ستنعقد»), or after the sentence's opening clause when it stands
  right after the date («[اندلع حريق هائل، اليوم السبت] بأحد المساجد …» -> «اندلع حريق هائل بأحد المساجد …»).

A mending that leaves fewer than MIN_WORDS words, or more than MAX_CHARS characters, is not made.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache, wraps
from typing import Any, Callable

from ... import lexicon
from ...terms import normalize_word as normalize
from .dateline import dateline_length
from .fixture import fixture_title
from .relative import AGREEING, _without_pronoun, object_relative, pointing_pronoun
from .tokens import ARTICLE, MAX_CHARS, PREPOSITIONS, PREPOSITION_ARTICLE, _function_word, _roles, _roles_words, without_marks

MIN_WORDS = 3  # fewer cannot tell who did what
NOUN_WORDS = 4  # the noun phrase a relative clause describes: «اتفاقات الشراء», «الخطوة التاريخية»
MATCH_WORDS = 2  # title words matched against the sentence to find where the title starts in it
OPENING_SKIP = 2  # words a title may carry before the relative clause it tells («عشر سنوات [، والتي] جرى توقيعها»)
CLAUSE_BACK = 12  # words back from «والتي» to the relative pronoun of the clause it is joined to
POINTING = {"فيه": "ه", "فيها": "ها", "فيهم": "هم"}  # «الوقت الذي يبحث فيه»: «while»
THAT = {"ان", "انه", "انها", "وان", "وانه", "وانها", "بان", "بانه"}  # «خصوصا وأنه», «علما أنه»
DATE_NOUNS = {"التاريخ", "الموعد", "اليوم", "الوقت", "العام", "الشهر", "الأسبوع"}  # «[اليوم السابق] لذلك التاريخ»
SOURCE_OPENERS = {"حسبما", "كما", "وفقما", "بحسبما"}  # «… وذلك حسبما أعلنت»: a source clause without its source
DEMONSTRATIVES = {"ذلك", "هذا", "تلك", "هذه", "لذلك", "لهذا", "لتلك", "لهذه", "بذلك", "بهذا"}
END_PREPOSITIONS = PREPOSITIONS | {"اثناء", "حول", "ضد", "نحو", "عند", "لدي", "حسب", "بحسب", "وفق", "جراء"}
PROCLITIC_LETTERS = {"و", "ف", "ب", "ل"}  # a letter written apart from its word («… و»)
TIME_ADJECTIVES = {"الحالي", "الحاليه", "الماضي", "الماضيه", "المقبل", "المقبله", "الجاري", "الجاريه", "القادم", "القادمه"}
ASIDES = 1  # an aside set off by commas between the opening clause and the date («، إلى جانب الاتحاد الأوروبي،»)
OPENING_WORDS = 6  # a sentence's opening clause lent to a title of a phrase: «اندلع حريق هائل»
PUNCTUATION = "،,.؛:!؟?\"«»()"


@lru_cache(maxsize=None)
def _words(role: str) -> frozenset[str]:
    return frozenset(row["word"] for row in lexicon.table("title_fragments") if row["role"] == role)


def _is(norm: str, role: str) -> bool:
    return norm in _words(role) or norm[:1] == "و" and len(norm) > 3 and norm[1:] in _words(role)


def _norm(word: str) -> str:
    return normalize(word.strip(PUNCTUATION))


def mended(title: str, sentence: str, mention: tuple[int, int] = (0, 0)) -> str:
    """The title with its fragment mended from `sentence` (the text it was told from; `mention`, the dated
    mention's offsets in it), or as it is."""
    if not title:
        return title
    if ": " in title:  # a statement («X: …») is told as said, only not cut before a complement («… أثناء»)
        label, statement = title.split(": ", 1)
        told = without_cut_end(statement)
        return f"{label}: {told}" if told != statement and len(told.split()) >= MIN_WORDS else title
    told = told_relative(title, sentence) or joined_relative(title) or subject_relative(title, sentence) \
        or with_opening_clause(title, sentence, mention) or main_after_frame(title, sentence, mention) or title
    told = without_opening_adverb(told)
    told = without_cut_end(without_cut_construct(told, sentence, mention))
    if told != title and _relative_time(told):
        return title  # a time word the date machinery did not remove («أمس» in a clause taken from the sentence)
    return told if len(told.split()) >= MIN_WORDS and len(told) <= MAX_CHARS else title


@lru_cache(maxsize=1)
def _relative_time_words() -> frozenset[str]:
    days = {row["word"] for row in lexicon.table("relative_days") if " " not in row["word"]}
    return frozenset(days | {normalize(word) for word in TIME_ADJECTIVES})


def _relative_time(title: str) -> bool:
    return any(_norm(word) in _relative_time_words() or _norm(word)[1:] in _relative_time_words() for word in title.split())


def told_whole(headline: Callable[..., Any]) -> Callable[..., Any]:
    """`headline`, its title mended when it is a fragment of its sentence (`mended`). A headline's own date, a
    fixtures list's time and a statement are told as they are."""
    @wraps(headline)
    def told(text: str, sentence: tuple[int, int], mention: Any, **options) -> Any:
        title = headline(text, sentence, mention, **options)
        if mention.field == "title" or mention.end < sentence[1] and fixture_title(text[mention.end : sentence[1]]):
            return title
        start = sentence[0] + dateline_length(text[sentence[0] : sentence[1]])  # (never the dateline's words)
        told_text = mended(title.text, text[start : sentence[1]], (mention.start - start, mention.end - start))
        return title if told_text == title.text else replace(title, text=told_text)
    return told


def without_opening_adverb(title: str) -> str:
    """«خصوصا وأنه تم …» -> «تم …», «خصوصا بعد ظهور فضيحة …» -> «ظهور فضيحة …», «لذلك التاريخ أعلن …» -> «أعلن …»."""
    words = title.split()
    norms = [_norm(word) for word in words]
    if len(words) < MIN_WORDS + 1:
        return title
    start = None
    if norms[0] in DEMONSTRATIVES and norms[1] in {normalize(word) for word in DATE_NOUNS}:
        start = 2  # «[اليوم السابق] لذلك التاريخ»: the date's own words
    elif _is(norms[0], "opening_adverb"):
        start = 1
        if norms[1] in THAT:
            start = 2
        elif _bare(norms[1]) in PREPOSITIONS and _verbal_noun_like(norms[2]):
            start = 2  # «خصوصا بعد ظهور فضيحة …»: the happening after the preposition («خصوصا منذ لقائه»: not)
    if start is None or len(words) - start < MIN_WORDS or _function_word(norms[start]):
        return title
    return " ".join(words[start:])


def _bare(norm: str) -> str:
    return norm[1:] if norm[:1] == "و" and norm[1:] in PREPOSITIONS else norm


def _verbal_noun_like(norm: str) -> bool:
    """An undefined noun opening a phrase, with no pronoun («ظهور», «بدء»; not «لقائه», «الانتخابات», «في»)."""
    return len(norm) >= 3 and not norm.startswith(ARTICLE) and not _function_word(norm) \
        and not norm.endswith(("ه", "ها", "هم", "هما")) and not norm[:1].isdigit()


def without_cut_end(title: str) -> str:
    """The title without the words at its end that want what was cut: a preposition or particle, a noun whose
    genitive was the date with its preposition («في تاريخ»), a describing verb or participle after an undefined noun
    («نداءات تدعو», «لقائمة مكونة»)."""
    words = title.split()
    while len(words) > MIN_WORDS:
        last = _norm(words[-1])
        before = _norm(words[-2])
        if last and _bare(last) in END_PREPOSITIONS or _function_word(last) and not last.startswith(ARTICLE) \
                or last in THAT or last in PROCLITIC_LETTERS:
            words = words[:-1]  # «… في», «… وذلك حسبما», «… أن»
        elif _is(last, "time_head") and (_bare(before) in END_PREPOSITIONS or _function_word(before)):
            words = words[:-2]  # «… في تاريخ», «… بعد زوال»
        elif _is(last, "time_head") and last.startswith("ب") or _is(last, "date_lead"):
            words = words[:-1]  # «… بتاريخ», «… بدءا»
        elif _bare(before) in SOURCE_OPENERS:
            words = words[:-2]  # «… وذلك حسبما أعلنت»
        elif _is(last, "wants_complement") and _undefined_noun(before):
            words = words[:-1]  # «نداءات تدعو», «بإجازة مطولة تبدا», «لقائمة مكونة»
        else:
            break
    last = _norm(words[-1]) if words else ""
    if len(words) < MIN_WORDS or _bare(last) in END_PREPOSITIONS or _function_word(last) or (last,) in _roles().get("unfinished", {}):
        return title  # still cut («… وذلك», «… إنما»): as it was
    return " ".join(words)


CUT_CHARS = 60  # a title this long may have been cut to its length, inside a construct


def without_cut_construct(title: str, sentence: str, mention: tuple[int, int] = (0, 0)) -> str:
    """«… للبنك العالمي وصندوق [النقد الدولي]» -> «… للبنك العالمي»: a long title whose last word is a construct's head
    (no article, no pronoun) whose genitive the sentence goes on with (a definite noun, not the date) ends before it;
    as it is when what is left ends on a word wanting its complement."""
    words = title.split()
    if len(title) < CUT_CHARS or len(words) <= MIN_WORDS:
        return title
    last = _norm(words[-1])
    if not _head_noun(last, words[-1]):
        return title
    if last.startswith(ARTICLE) or _function_word(last) or last[:1].isdigit() or len(last) < 3 \
            or last.endswith(("ه", "ها", "هم", "هما")) and not words[-1].endswith("ة") or words[-1][-1:] in PUNCTUATION:
        return title
    said = sentence.split()
    tail = [_norm(word) for word in words[-2:]]
    for index in range(len(said) - 2):
        if [_norm(word) for word in said[index : index + 2]] == tail and said[index + 1][-1:] not in PUNCTUATION:
            following = _norm(said[index + 2])
            at = len(" ".join(said[: index + 2])) + 1
            dated = mention[0] <= at < mention[1] or at >= mention[0] and at < mention[1] + 1
            if following.startswith(ARTICLE) and not _function_word(following) and not dated \
                    and following not in _roles_words("relative") and (following,) not in _roles().get("time", {}):
                kept = words[:-1]
                before = _norm(kept[-1])
                if last[:1] != "و" and before[:1] == "و" and _head_noun(before[1:], kept[-1][1:], shortest=2):
                    kept = kept[:-1]  # «… ورد فعل [الفلسطينيات]»: the conjunct's whole construct
                elif last[:1] != "و" and _head_noun(before, kept[-1]):
                    return title  # «على استاد فيشت», «بتحرير سعر صرف»: a construct or a name; what is left is no end
                cut = " ".join(kept)
                return cut if without_cut_end(cut) == cut and len(kept) > MIN_WORDS else title
            return title
    return title


def _head_noun(norm: str, word: str, shortest: int = 3) -> bool:
    """A word that may head a construct: no article (nor one after a preposition, «للدوري»), no pronoun, no
    number, no particle («وصندوق», «زوج», «فعل»)."""
    return len(norm) >= shortest and not norm.startswith(ARTICLE) and not norm.startswith(PREPOSITION_ARTICLE) \
        and not norm.startswith("وال") and not _function_word(norm) and not norm[:1].isdigit() \
        and not (norm.endswith(("ه", "ها", "هم", "هما")) and not word.endswith("ة")) and word[-1:] not in PUNCTUATION


def _undefined_noun(norm: str) -> bool:
    """A noun or adjective with no article, of the endings of a feminine or plural («نداءات», «مطولة», «لقائمة»):
    what a describing clause after it describes (not a name: «إيران تريد»)."""
    return not norm.startswith(ARTICLE) and not _function_word(norm) and norm.endswith(("ه", "ات")) and len(norm) >= 4


def told_relative(title: str, sentence: str) -> str | None:
    """A title that is a relative clause whose noun the title left out, told with the noun in its pronoun's place,
    or None. The noun is the sentence's noun phrase right before the relative pronoun (for «والتي», before the
    relative pronoun of the clause it is joined to)."""
    words = title.split()
    norms = [_norm(word) for word in words]
    said = sentence.split()
    said_norms = [_norm(word) for word in said]
    for skip in range(0, min(OPENING_SKIP, len(words) - 2) + 1):
        at = _clause_start(said_norms, norms[skip : skip + MATCH_WORDS])
        if at is None:
            continue
        relative = said_norms[at - 1]
        if any(norm in _roles_words("relative") or norm[1:] in _roles_words("relative") for norm in norms[:skip]) \
                and not (norms[skip + 1 : skip + 2] and norms[skip + 1] in POINTING):
            return None  # «العبوة التي تم تفجيرها وضعت …»: the title tells its noun; the clause is inside it
        bare = relative[1:] if relative[:1] == "و" and relative[1:] in AGREEING else relative
        pronoun = at - 1
        if relative != bare:  # «، والتي جرى توقيعها»: joined to the clause before, whose noun it describes
            pronoun = next((i for i in range(at - 2, max(-1, at - 2 - CLAUSE_BACK), -1) if said_norms[i] == bare), None)
            if pronoun is None:
                return None
        noun = _noun_before(said, said_norms, pronoun)
        clause = words[skip:]
        told = _told(clause, noun, bare, said_norms[pronoun - 1] if pronoun else "")
        if told and _subjectless_while(clause):
            subject = _agreeing_subject(said, said_norms, pronoun - 1, _norm(clause[0]))
            told = " ".join(subject + [told]) if subject else told
        if told and told != title:
            return _fitted(told)
        return None
    return None


def joined_relative(title: str) -> str | None:
    """«الألعاب الشتوية التي جرت في كوريا الجنوبية والتي اختتمت» -> «الألعاب الشتوية اختتمت», «اتفاقات الشراء التي …
    والتي جرى توقيعها» -> «توقيع اتفاقات الشراء»: a title telling a noun, a relative clause and a second one joined by
    «و» (the dated one) is told as that clause of the noun; None for another title."""
    words = title.split()
    norms = [_norm(word) for word in words]
    joined = next((j for j, norm in enumerate(norms) if j and norm[:1] == "و" and norm[1:] in AGREEING), None)
    if joined is None or joined + 1 >= len(words):
        return None
    first = next((i for i in range(joined) if norms[i] == norms[joined][1:]), None)
    if first is None:
        return None
    noun = _noun_before(words, norms, first)
    clause = words[joined + 1 :]
    if not noun:
        return None
    told = _told(clause, noun, norms[first], "")
    if told is None and pointing_pronoun(norms[first], clause, norms[joined + 1 :]) is None \
            and not _function_word(norms[joined + 1]) and not _is(norms[joined + 1], "passive_auxiliary"):
        told = " ".join(noun + clause)  # a clause whose subject the noun is
    return _fitted(told) if told else None


ATTACHED = ("ب", "ل")  # a preposition written on its noun («لجلسة», «بأحد»)


def _without_attached(word: str) -> str | None:
    """«لجلسة» -> «جلسة», «للمنتخب» -> «المنتخب», «بالمدينة» -> «المدينة»: the noun without its preposition, or None."""
    norm = _norm(word)
    if norm.startswith(("لل", "بال")) and len(norm) >= 5:
        return "ال" + word[2:] if norm.startswith("لل") else word[1:]
    if norm[:1] in ATTACHED and len(norm) >= 5 and not _function_word(norm) and norm[1:2] not in "اي":
        return word[1:]  # («لجلسة»; not «بأن», «بين», «لإيران»: a verb's «ب» or a name's «ل» cannot be told apart)
    return None


def subject_relative(title: str, sentence: str) -> str | None:
    """«[استعدادا] لجلسة الإطارات [التي] ستنعقد …» -> «جلسة الإطارات ستنعقد …»: a title opening on a preposition's
    noun phrase and the clause describing it, its relative pronoun dropped, tells the noun as the clause's subject;
    None when it is no such title (the clause points back to the noun by a pronoun: an object relative)."""
    words = title.split()
    norms = [_norm(word) for word in words]
    bare = _without_attached(words[0]) if words else None
    if not bare or len(words) < MIN_WORDS:
        return None
    said_norms = [_norm(word) for word in sentence.split()]
    relatives = _roles_words("relative")
    for start in (i for i, norm in enumerate(said_norms) if norm == norms[0]):
        for gap in range(1, min(NOUN_WORDS, len(words) - 1) + 1):
            pronoun = start + gap
            if said_norms[start:pronoun] == norms[:gap] and pronoun < len(said_norms) and said_norms[pronoun] in relatives \
                    and said_norms[pronoun + 1 : pronoun + 1 + len(norms[gap : gap + MATCH_WORDS])] == norms[gap : gap + MATCH_WORDS] \
                    and pointing_pronoun(said_norms[pronoun], words[gap:], norms[gap:]) is None \
                    and not _function_word(norms[gap]) and not norms[gap].startswith(ARTICLE) \
                    and (norms[1].startswith(ARTICLE) or _norm(bare).endswith(("ه", "ات"))) and gap >= 2:
                # (a common noun in construct or feminine, «لجلسة الإطارات»; not a name, «بريطانيا، التي قادت»)
                return " ".join([bare] + words[1:])
    return None


def with_opening_clause(title: str, sentence: str, mention: tuple[int, int]) -> str | None:
    """«[اندلع حريق هائل، اليوم السبت] بأحد المساجد بولاية تكساس» -> «اندلع حريق هائل بأحد المساجد بولاية تكساس»: a
    title of a preposition's phrase only, right after the date, takes the sentence's opening clause (a past verb and
    its subject, up to the first comma, of at most OPENING_WORDS words) before it; None otherwise."""
    words = title.split()
    first = _norm(words[0]) if words else ""
    if not words or not (first[:1] in ATTACHED and len(first) >= 4 or _bare(first) in PREPOSITIONS) or mention[1] <= mention[0]:
        return None
    after = sentence[mention[1] :].lstrip(" ،,")
    if not after.startswith(words[0]):
        return None
    opening = sentence[: mention[0]].split("،")[0].split(",")[0].split()
    if not 2 <= len(opening) <= OPENING_WORDS or len(sentence[: mention[0]].split("،")) > ASIDES + 2:
        return None
    if not _past_verb(_norm(opening[0])) or (_norm(opening[0]),) in _roles().get("report", {}) or any(_norm(word) in THAT or _norm(word) in _roles_words("relative")
                                                           or not _norm(word) for word in opening):
        return None  # a past verb and its subject («اندلع حريق هائل», «تقدمت كل من فرنسا …»), not «يذكر أن …»
    told = " ".join([word.strip(PUNCTUATION) for word in opening] + words)
    return told if len(told) <= MAX_CHARS else None


FRAME_OPENERS = {"في", "خلال", "عبر"}  # «وفي بيان أصدره …»، «خلال مؤتمر صحفي …»: a frame the main clause comes after
FRAME_WORDS = 8  # a frame told alone, at most this long
FRAME_ASIDES = 2  # phrases set off by commas between the frame and the main clause («، إثر إجتماعه الدوري …،»)


def main_after_frame(title: str, sentence: str, mention: tuple[int, int]) -> str | None:
    """«وفي خطابه السنوي عن حالة العالم [في يناير …]، دعا البابا جميع الدول إلى …» -> «دعا البابا جميع الدول إلى …»: a
    title that is only the frame opening the sentence, the date inside it, is the main clause after the frame's comma
    (past asides opening on a preposition), when that clause opens on a past verb; None otherwise."""
    words = title.split()
    if not words or len(words) > FRAME_WORDS or _bare(_norm(words[0])) not in FRAME_OPENERS or mention[1] <= mention[0]:
        return None
    opening = sentence[: mention[0]].split()
    if not opening or _bare(_norm(opening[0])) != _bare(_norm(words[0])) or any(mark in sentence[: mention[0]] for mark in "،,"):
        return None  # (the sentence opens on the frame, no clause before it)
    parts = sentence[mention[1] :].replace(",", "،").split("،")
    before = opening + parts[0].split()
    for index, part in enumerate(parts[1 : 2 + FRAME_ASIDES], start=1):
        said = part.split()
        if not said:
            continue
        first = _norm(said[0])
        if _past_verb(first) and (first,) not in _roles().get("report", {}) and len(said) >= 2:
            if not all(_bare(_norm(word)) in {_bare(_norm(w)) for w in before} for word in words):
                return None  # the title tells more than the frame
            told = " ".join(word.strip(PUNCTUATION) for word in " ".join(parts[index:]).replace("،", " ").split()
                            if word.strip(PUNCTUATION))
            return _fitted(told)
        if not (_bare(first) in END_PREPOSITIONS or _without_attached(said[0])):
            return None
        before += said  # an aside («، إثر إجتماعه الدوري …،»)
    return None


def _past_verb(norm: str) -> bool:
    """May `norm` be a past verb opening a clause («اندلع», «تقدمت», «دعا»; not «يذكر», «الحكومة», «إذ», «تمكنت»)?"""
    if norm[:1] in "وف" and len(norm) >= 3:
        norm = norm[1:]  # «ودعا»; «وفي» is no verb
    return bool(norm) and not _function_word(norm) and not norm.startswith(ARTICLE) and norm[:1] not in "يسن" \
        and not (norm[:1] == "ت" and not norm.endswith("ت")) and (norm,) not in _roles().get("managing", {}) \
        and not norm[:1].isdigit()


SUBJECT_REACH = 16  # words back from «في الوقت الذي» where the subject of its clause is named


def _subjectless_while(clause: list[str]) -> bool:
    """«تستعد فيه لانتخابات …»: a «while» clause whose verb has no subject after its «فيه»."""
    if len(clause) < 3 or _norm(clause[1]) not in POINTING:
        return False
    following = _norm(clause[2])
    return _bare(following) in END_PREPOSITIONS or following[:1] in ATTACHED and not following.startswith(PREPOSITION_ARTICLE) \
        and len(following) >= 4 or following.startswith(PREPOSITION_ARTICLE)


def _agreeing_subject(said: list[str], said_norms: list[str], at: int, verb: str) -> list[str]:
    """The nearest definite noun before `at` agreeing with the verb in gender («الحكومة» for «تستعد», «الحكومة المصرية»
    with its adjectives), in the words before «في الوقت الذي»; [] when there is none."""
    feminine = verb[:1] == "ت"
    for index in range(at - 1, max(-1, at - 1 - SUBJECT_REACH), -1):
        norm = said_norms[index]
        if norm.startswith(ARTICLE) and not _function_word(norm) and not _adjective(norm) and norm.endswith("ه") == feminine \
                and not said_norms[index - 1 : index] == ["في"]:
            end = index + 1
            while end < at and end - index < NOUN_WORDS and said_norms[end].startswith(ARTICLE) and _adjective(said_norms[end]) \
                    and not said[end - 1].endswith(("،", ",")):
                end += 1
            return [word.strip(PUNCTUATION) for word in said[index:end]]
    return []


def _clause_start(said_norms: list[str], opening: list[str]) -> int | None:
    """Where the title's opening words stand in the sentence right after a relative pronoun, or None."""
    relatives = _roles_words("relative")
    for index in range(1, len(said_norms) - len(opening) + 1):
        previous = said_norms[index - 1]
        if said_norms[index : index + len(opening)] == opening and (
                previous in relatives or previous[:1] == "و" and previous[1:] in relatives):
            return index
    return None


def _noun_before(said: list[str], said_norms: list[str], pronoun: int) -> list[str]:
    """The noun phrase right before the relative pronoun: a definite noun and its adjectives, or a construct of an
    undefined head and a definite noun («اتفاقات الشراء»), with no comma inside; [] when there is none."""
    start = pronoun
    while start > 0 and pronoun - start < NOUN_WORDS and said_norms[start - 1].startswith(ARTICLE) \
            and not _function_word(said_norms[start - 1]) and (start == pronoun or not said[start - 1].endswith(("،", ","))
                                                               and _adjective(said_norms[start])):
        start -= 1  # a definite noun and its adjectives («الخطوة التاريخية»; not a subject and its object, «الوزير الأنباء»)
    if start == pronoun or start and said_norms[start - 1].startswith(PREPOSITION_ARTICLE) \
            or any(norm in TIME_ADJECTIVES for norm in said_norms[start:pronoun]):
        return []  # («للعام الحالي الذي»: the noun is further back, past a phrase the reach cannot tell)
    head = said_norms[start - 1] if start else ""
    if head and not head.startswith(ARTICLE) and _verbal_noun_like(head) and not said[start - 1].endswith(("،", ",")) \
            and head.endswith(("ات", "ه")) and pronoun - start < NOUN_WORDS:
        start -= 1  # «اتفاقات الشراء», «سلسلة الهجمات»
    return [word.strip(PUNCTUATION) for word in said[start:pronoun]]


def _adjective(norm: str) -> bool:
    """A definite adjective: a nisba («التاريخية», «النووي») or a participle («المسلحة», «المتحدة»)."""
    return norm.endswith(("ي", "يه")) or norm.startswith("الم") and len(norm) >= 6


def _told(clause: list[str], noun: list[str], relative: str, before: str) -> str | None:
    """The relative clause `clause` told with `noun` in its pronoun's place."""
    norms = [_norm(word) for word in clause]
    suffixes = AGREEING.get(relative, ())
    if len(clause) >= 2 and norms[1] in POINTING and before in _roles_words("time_noun"):
        return " ".join(clause[:1] + clause[2:])  # «[في الوقت الذي] يبحث فيه الزاكي عن …»: «while»: told as it is
    if not noun:
        return None
    if len(clause) >= 2 and _is(norms[0], "passive_auxiliary"):
        owned = without_marks(clause[1].strip(PUNCTUATION))
        suffix = next((s for s in suffixes if owned.endswith(s)), None)
        if suffix and len(norms[1]) - len(suffix) >= 3 and not norms[1].startswith((ARTICLE, "ي")) \
                and not _function_word(norms[1]):
            return " ".join([_without_pronoun(owned)] + noun + clause[2:])  # «جرى توقيعها» -> «توقيع اتفاقات الشراء»
        return None
    told = object_relative(" ".join(noun + [relative] + clause))
    return told if relative not in told.split() else None


def _fitted(told: str) -> str:
    """The mended title cut to MAX_CHARS before a preposition's phrase, or whole when it fits."""
    words = told.split()
    while len(" ".join(words)) > MAX_CHARS and len(words) > MIN_WORDS:
        cut = next((i for i in range(len(words) - 1, MIN_WORDS - 1, -1)
                    if _bare(_norm(words[i])) in PREPOSITIONS and len(" ".join(words[:i])) <= MAX_CHARS), None)
        words = words[:cut] if cut else words[:-1]
    return without_cut_end(" ".join(words))
