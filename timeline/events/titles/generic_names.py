"""Who a bare generic noun in a title is («سيعاود الفريق تدريباته», «لفتت الهيئة إلى …», «عودة الفريق من سويسرا»):
a calendar's reader cannot tell which team or body, so the noun takes the name the headline or the text before the
sentence gave its referent, with a noun of its kind (title_generic_names.tsv): «نادي الفتح», «النادي الأهلي»,
«هيئة السوق المالية السعودية», «تظاهرة صوت الصحراء». Only when the text gives that kind ONE name (a match names
two clubs, a trip two cities: no one is sure), never a rival's («أمام فريق مولودية بجاية»), and only within
EXTEND_CHARS: a name too long leaves the noun as it is."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .tokens import (
    ARTICLE, EXTEND_CHARS, _Token, _is_function, _mark_time, _phrase_at, _roles, _tokens)

SUBJECT_REACH = 3  # the generic noun is among the title's first words: its subject or a verbal noun's genitive
NAME_WORDS = 4  # words a name may take after its head («هيئة السوق المالية السعودية»)
DEFINITE_WORDS = 2  # definite words naming a body after its head («الدستوري الحر», «الوطنية [للنفط]», «الأهلي»)
CLITICS = "وبلفك"  # a head's one-letter proclitic («بنادي الفتح», «وشركة موبايلي»)


@lru_cache(maxsize=1)
def _ordinals() -> frozenset[str]:
    """«الثانية», «الأول»: a nisba's look-alike telling an edition or a team by its rank, no other one of the kind."""
    return frozenset(normalize(word) for word in lexicon.words("ordinals"))


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[tuple[str, str], ...]]:
    """generic noun (normalised, with its article) -> ((head, form), …) in table order."""
    heads: dict[str, list[tuple[str, str]]] = {}
    for row in lexicon.table("title_generic_names"):
        heads.setdefault(normalize(row["generic"]), []).append((normalize(row["head"]), row["form"]))
    return {generic: tuple(rows) for generic, rows in heads.items()}


def _heads_of(generic: str) -> tuple[tuple[str, str], ...]:
    """The heads naming a generic noun's referent: the table's, else (a generic noun title_words.tsv lists: «المحكمة»,
    «الوزارة») the noun itself in construct («محكمة جنايات القاهرة»)."""
    if generic in _heads():
        return _heads()[generic]
    if (generic,) in _roles().get("generic", {}) and generic.startswith(ARTICLE):
        return ((generic[len(ARTICLE):], "construct"),)
    return ()


def generic_named(text: str, before: str, headline: str | None, sentence: str = "") -> str:
    """«سيعاود الفريق تدريباته» after «… بنادي الفتح …» -> «سيعاود نادي الفتح تدريباته»: the first bare generic noun
    among the title's first SUBJECT_REACH words takes the one name the headline and the text before give its kind.
    Not when a definite adjective, a number or a name follows it («الفريق الأول», «الدورة 48», «الحزب الجمهوري»:
    told apart already), nor when the title holds the name already. A kind the gazetteer knows («المدينة»: a city),
    named in no construct, is the one place of that kind the sentence (before the noun) and the one before it name
    («في القدس، كما أنه عاد وزار المدينة» -> «القدس»)."""
    label, colon, statement = text.partition(": ")
    if colon and len(label.split()) <= SUBJECT_REACH + 1:
        # «الرويس: الشركة لم تف بالتزاماتها»: the statement's subject, within the whole title's length
        told = generic_named(statement, before, headline, sentence)
        return text if told == statement or len(label) + 2 + len(told) > EXTEND_CHARS else f"{label}: {told}"
    words = text.split()
    if not words:
        return text
    for position, word in enumerate(words[:SUBJECT_REACH]):
        bare = word.rstrip("،,:")
        norm = normalize(bare)
        clitic = norm[:1] if norm[:1] in "وف" and _heads_of(norm[1:]) else ""
        heads = _heads_of(norm[len(clitic):])
        if not heads:
            continue
        following = words[position + 1] if position + 1 < len(words) and bare == word else ""
        if not _bare_noun(following):
            return text
        head_words = {head for head, _ in heads}
        if any(normalize(w) in head_words or normalize(w)[1:] in head_words for w in words):
            return text  # «فعاليات الدورة من تظاهرة أيام قرطاج»: the title names one of the kind itself
        names = _names(norm[len(clitic):], heads, "\n".join(part for part in (headline or "", before) if part))
        places = {head for head, form in heads if form == "gazetteer"}
        if not names and places:
            names = _places(places, _near(before, sentence, bare))
        if len(names) != 1:
            return text
        name = names.pop()
        title_words = {normalize(w) for w in words}
        if all(normalize(w) in title_words for w in name.split()[1 if len(name.split()) > 1 else 0 :]):
            return text  # «نادي الفتح» in «الفريق يواجه الفتح»: the name is another's in the title, or told already
        start = position
        if position and (normalize(words[position - 1]),) in _roles().get("demonstrative", {}):
            start -= 1  # «انطلاق هذه الدورة» -> «انطلاق تظاهرة صوت الصحراء»: a name needs no pointer
        rest = words[position + 1 :]
        if following and (normalize(following),) in _roles().get("anaphor", {}):
            rest = rest[1:]  # «الشركة ذاتها»
        for told_name in (name, _without_nisba(name)):
            told = " ".join(words[:start] + [word[: len(clitic)] + told_name + word[len(bare):]] + rest)
            if len(told) <= EXTEND_CHARS:
                return told
        return text
    return text


NEAR_SENTENCES = 1  # sentences before the title's, where a place a generic noun stands for is named


def _near(before: str, sentence: str, word: str) -> str:
    """The sentence before the title's and the title's sentence up to the generic noun."""
    text = before.rstrip()
    cut = max(text.rfind(mark, 0, max(0, len(text) - 1)) for mark in ".!?؟\n")
    at = sentence.find(word)
    return text[cut + 1 :] + "\n" + (sentence[:at] if at >= 0 else "")


def _places(kinds: set[str], text: str) -> set[str]:
    """The places of those gazetteer kinds («city») the text names, by their display name."""
    from ...terms import Word
    from ..places import gazetteer
    words = [Word(normalize(word.strip("،,.:؛\"«»()")), 0, 0) for word in text.split()]
    return {hit.entry.place.name for hit in gazetteer().find(words) if hit.entry.kind in kinds}


def _without_nisba(name: str) -> str:
    """«مدينة تشينغداو الصينية» -> «مدينة تشينغداو»: the name says who; a country's nisba after an undefined name is
    what a title too long drops first. «هيئة السوق المالية» keeps its adjectives: they are the name."""
    words = name.split()
    if len(words) >= 3 and normalize(words[-1]).startswith(ARTICLE) and not normalize(words[-2]).startswith(ARTICLE):
        return " ".join(words[:-1])
    return name


def _bare_noun(following: str) -> bool:
    """Does the word after a generic noun leave it bare? Not a definite adjective («الفريق الأول»), a number («الدورة
    48»); a particle, a verb or an object may follow («الهيئة إلى», «الفريق تدريباته», «الفريق من سويسرا»)."""
    if not following:
        return True
    norm = normalize(following.strip("،,.:"))
    if norm[:1].isdigit():
        return False
    token = _Token(0, 0, following, norm)
    return not norm.startswith(ARTICLE) or _is_function(token) or (norm,) in _roles().get("anaphor", {})


def _names(generic: str, heads: tuple[tuple[str, str], ...], text: str) -> set[str]:
    """The names the text gives a kind, by its heads: «نادي الفتح» (construct) or «النادي الأهلي» (definite); a
    head a rival word stands before («أمام فريق مولودية بجاية») names the other side. Names are compared by their
    words after the head («فريق الأهلي», «النادي الأهلي»: one club), the first one written kept; a name whose
    words hold another's is that one, told the short way."""
    if not text:
        return set()
    tokens = _tokens(text, 0, len(text))
    _mark_time(tokens, text, 0, (0, 0))
    found: dict[tuple[str, ...], str] = {}
    for index, token in enumerate(tokens[:-1]):
        for head, form in heads:
            name = _name_at(text, tokens, index, head, form)
            if not name:
                continue
            if index and _phrase_at(tokens, index - 1, "rival", proclitic=True):
                break
            key = tuple(normalize(word) for word in name.split()[1:])
            key = tuple(word[len(ARTICLE):] if word.startswith(ARTICLE) else word for word in key)
            found.setdefault(key, name)
            break
    for key in sorted(found, key=len, reverse=True):
        if any(other != key and set(other) <= set(key) for other in found):
            del found[key]  # «شركة اتحاد اتصالات "موبايلي"» and «شركة موبايلي»: one company, told the short way
    names = set(found.values())
    return set() if _another_of_its_kind(tokens, generic, names) else names


def _name_at(text: str, tokens: list[_Token], index: int, head: str, form: str) -> str | None:
    """The name the head at tokens[index] opens, as written without its proclitic, or None."""
    token = tokens[index]
    norm = token.norm
    if form == "definite":
        definite = ARTICLE + head
        clitic = len(norm) - len(definite)
        if not (norm == definite or clitic == 1 and norm[:1] in CLITICS and norm[1:] == definite) or token.stop:
            return None
        return _definite_name(tokens, index, token.surface[clitic:])
    clitic = len(norm) - len(head)
    if not (norm == head or clitic == 1 and norm[:1] in CLITICS and norm[1:] == head) or token.stop:
        return None
    return _construct_name(text, tokens, index, token.surface[clitic:])


def _construct_name(text: str, tokens: list[_Token], index: int, head: str) -> str | None:
    """«نادي الفتح», «هيئة السوق المالية السعودية», «مدينة تشينغداو», «تظاهرة صوت الصحراء»: the head's genitive, up
    to a comma, particle, time word, verb or «ل» complement. Not an adjective («شركة متخصصة»), not what it is for
    («شركة للإعلان»), not a generic genitive alone («فريق العمل»: only a definite word that is no role noun)."""
    from .speakers import _named
    name = _named(normalize(head), text[tokens[index].start : tokens[min(len(tokens) - 1, index + NAME_WORDS + 1)].end])
    if not name:
        return None
    words = name.split()
    words[0] = head
    first = normalize(words[1])
    if first[:1] == "ي" and first[1:2] != "ا" and 4 <= len(first) <= 5:
        return None  # «فيلم يعرض بمهرجان»: a verb describing an undefined noun, no name (not «ياهو»)
    second = normalize(words[2]) if len(words) > 2 else ""
    if first.endswith("ي") and second.startswith(ARTICLE) and not second.endswith(("ي", "يه")):
        return None  # «تطبيق محلي الصنع»: an adjective and its genitive, no name
    if any(normalize(word).startswith(ARTICLE) and (normalize(word),) in _roles().get("generic", {}) for word in words[1:2]):
        return None  # «فريق البعثة», «مشروع القانون»: another generic noun, no name
    return " ".join(word.strip("،,.:\"«»()") for word in words)


def _definite_name(tokens: list[_Token], index: int, head: str) -> str | None:
    """«النادي الأهلي», «الحزب الدستوري الحر», «المؤسسة الوطنية للنفط»: a nisba agreeing with the head («الهيئة» +
    «الإلكتروني» is another noun's: «موقع الهيئة الإلكتروني»), up to DEFINITE_WORDS definite words in all, and a
    «لل» complement after them; None when no nisba follows the head."""
    name = [head]
    nisba = "يه" if normalize(head).endswith("ه") else "ي"
    for position in range(index + 1, min(len(tokens), index + 1 + DEFINITE_WORDS)):
        token = tokens[position]
        if tokens[position - 1].stop or token.time or _is_function(token) or not token.norm.startswith(ARTICLE) \
                or len(name) == 1 and (not token.norm.endswith(nisba) or len(token.norm) < 5) \
                or (token.norm,) in _roles().get("generic", {}):
            break
        name.append(token.surface)
    if len(name) < 2:
        return None
    last = index + len(name)
    if last < len(tokens) and not tokens[last - 1].stop and tokens[last].norm.startswith("لل") and not tokens[last].time:
        name.append(tokens[last].surface)  # «المؤسسة الوطنية للنفط»
    return " ".join(word.strip("،,.:\"«»()") for word in name)


def _another_of_its_kind(tokens: list[_Token], generic: str, names: set[str]) -> bool:
    """Does the text describe one of the generic noun's kind by a nisba no name holds («المجموعة الأوروبية» beside
    «مجموعة طيران الإمارات»: the title's «المجموعة» may be Airbus)? The nisba agrees with the noun, and one made
    from a name's word is that one («الفريق الهلالي» beside «نادي الهلال»)."""
    nisba = "يه" if generic.endswith("ه") else "ي"
    named = {normalize(word) for name in names for word in name.split()}
    named |= {word[len(ARTICLE):] for word in named if word.startswith(ARTICLE)}
    for index, token in enumerate(tokens[:-1]):
        norm = token.norm[1:] if token.norm[:1] in "وفبل" and token.norm[1:] == generic else token.norm
        following = tokens[index + 1].norm
        if norm != generic or token.stop or tokens[index + 1].time or not following.startswith(ARTICLE) \
                or not following.endswith(nisba) or len(following) < 6 or following in named or following in _ordinals():
            continue
        stem = following[len(ARTICLE) : -len(nisba)]
        if stem not in named and ARTICLE + stem not in named:
            return True
    return False
