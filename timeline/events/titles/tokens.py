"""Words of a title's sentence: tokens with their offsets, the time words marked, the lexicon's title_words
roles, and the small word predicates every step uses."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Sequence
from functools import lru_cache

from ... import lexicon
from ...match import find
from ...terms import normalize_word as normalize
from .homographs import marked_reading


MAX_CHARS = 80
MIN_CONTENT_WORDS = 3  # a clause saying less borrows its neighbour («وغادر، سنة 2010، …»)
KEPT_KINDS = {"duration"}  # «لأدنى مستوى في خمسة أسابيع» is content, not the event's date
PROCLITICS = ("و", "ف")
FA_PARTICLES = {"في", "من", "علي", "عن", "مع", "ان", "الي"}  # ف + one of these is «so» + the particle (normalised)
STOP_CHARS = set("،,;؛:!?؟.-–—")  # punctuation that ends a clause
EDGE_CHARS = STOP_CHARS | set("«»\"“”'()[]{}…#*")
DROPPED_CHARS = str.maketrans({**{ch: None for ch in "«»\"“”()[]{}#"}, "_": " "})  # «#بيونغ_يانغ»
ARTICLE = "ال"
PREPOSITION_ARTICLE = ("بال", "لل", "كال")
SUBJECT_WORDS = 5
PERFECT_REACH = 5  # words between «كانت» and its «قد» (the subject)
OPEN_QUOTES, CLOSE_QUOTES = set("«\"“"), set("»\"”")
EXTEND_CHARS = MAX_CHARS  # a cut title ends on a phrase within its length: a reader finds 83-90 characters too long
# (it used to run on to 90 to end its phrase; a phrase within the length is found before the last preposition instead)
INNER_QUOTE = re.compile(r"(?<=[^\W_ـ]{2})(?=[«\"“][^\W_])|(?<=[»”])(?=[^\W_])")  # not «أ"ل» (an abbreviation)  # «يدعى"كارل»
TATWEEL_QUOTE = re.compile(r"ـ(?=[«\"“])")  # «بـ"المصيرية"» -> «بالمصيرية»
QUANTITY = {"عدد", "عددا", "العديد", "مجموعه", "سلسله", "جمله", "اجمالي", "مجموع", "نحو", "حوالي", "قرابه",
            "مزيد", "بمزيد", "المزيد", "لمزيد", "بعض", "ببعض", "كافه", "بكافه"}  # «بمزيد من الدقة»: what it counts follows
PREPOSITIONS = {"في", "بعد", "قبل", "خلال", "من", "علي", "عن", "مع", "عقب", "اثر", "ضمن", "عبر", "وسط", "بين",
                "منذ", "لدي", "الي", "حتي", "تحت", "فوق", "امام", "خلف", "بسبب", "بشان", "رغم", "ازاء", "لدى"}


@dataclass
class _Token:
    start: int
    end: int
    surface: str
    norm: str
    stop: bool = False  # a clause boundary follows
    time: bool = False
    skip: bool = False  # not in the title either: a relative pronoun once its antecedent leads
    opens_quote: bool = False  # a quotation opens before this word
    closes_quote: bool = False  # … or closes after it
    colon: bool = False  # a colon follows: «وقال فينغر في مؤتمر صحفي: …» opens the statement
    fragment: bool = False  # a word a date cut off from its clause («الحسم [في اكتوبر] وتوقع …»): no title's subject


@dataclass
class _Clause:
    first: int  # token indices, inclusive
    last: int
    frame: bool = False  # a reporting frame «قال الوزير … إن»
    speaker: tuple[int, int] | None = None
    anchored: bool = True  # a long core keeps the words next to the mention (not when it grew backwards to say enough)
    whole: bool = False  # a relative clause ending at its date: «(أسفرت) الحرب التي اندلعت في 2013 (عن مصرع …)»
    object_relative: bool = False  # it opens on a noun and its object relative clause («النهائيات التي تحتضنها …»)
    owner: tuple[int, ...] = ()  # who a dated verbal noun's pronoun is: «منذ لقائه مع كيم …، بدا ترمب» -> «ترمب»


@lru_cache(maxsize=None)  # one set per role, asked for in the titles' inner loops
def _roles_words(role: str) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in _roles().get(role, {}) if len(phrase) == 1)


@lru_cache(maxsize=2)
def _present_forms(with_nouns: bool = False) -> dict[str, str]:
    """A news verb's past (normalised, masculine and feminine) -> its present (as the lexicon folds it, hence only
    verbs whose present has no hamza or final ى): «اعلن» -> «يعلن», «اعلنت» -> «تعلن». Without `with_nouns`, not a
    past spelt as a noun («فرض», «أمر»: title_words.tsv's present_noun), which is no verb inside a title."""
    if not with_nouns:
        nouns = _roles_words("present_noun")
        return {past: present for past, present in _present_forms(True).items() if past not in nouns}
    forms: dict[str, str] = {}
    for past, present in _roles().get("present", {}):
        forms.setdefault(past, _roles()["present"][(past, present)].split()[1])
        if past[-1:] not in "يا" and present[:1] == "ي":
            forms.setdefault(past + "ت", "ت" + _roles()["present"][(past, present)].split()[1][1:])
    return forms


def _function_word(norm: str) -> bool:
    return any((norm,) in _roles()[role] for role in ("function", "lead"))


@lru_cache(maxsize=1)
def _roles() -> dict[str, dict[tuple[str, ...], str]]:
    """role -> {phrase as a tuple of normalised words: the phrase as written}."""
    roles: dict[str, dict[tuple[str, ...], str]] = {}
    for row in lexicon.table("title_words"):
        roles.setdefault(row["role"], {})[tuple(row["word"].split())] = row["word"]
    return roles


@lru_cache(maxsize=1)
def _not_after_day() -> frozenset[str]:
    return frozenset(lexicon.words("not_after_relative_day"))


@lru_cache(maxsize=1)
def _relative_days() -> frozenset[str]:
    """اليوم، أمس، غدا …: not days before «العالمي» and the like (اليوم العالمي للمرأة)."""
    return frozenset(lexicon.words("relative_days"))


@lru_cache(maxsize=1)
def _phrases_by_first_word() -> dict[str, dict[str, list[tuple[str, ...]]]]:
    """role -> first word -> the rest of each phrase (at most four words in all)."""
    index: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for role, phrases in _roles().items():
        for phrase in phrases:
            if len(phrase) <= 4:
                index.setdefault(role, {}).setdefault(phrase[0], []).append(phrase[1:])
    return index


def _phrase_at(tokens: list[_Token], index: int, role: str, proclitic: bool = False) -> int:
    """Length in words of the longest `role` phrase starting at tokens[index] (0 if none)."""
    # (asked of nearly every word for many roles: most words open no phrase, and return at the first look-up)
    by_first = _phrases_by_first_word().get(role)
    if not by_first:
        return 0
    first = tokens[index].norm
    rests = by_first.get(first)
    best = _longest_from(tokens, index, rests, 0) if rests else 0
    if proclitic and len(first) > 2 and first[:1] in PROCLITICS:
        rests = by_first.get(first[1:])
        if rests:
            best = _longest_from(tokens, index, rests, best)
    return best


def _longest_from(tokens: list[_Token], index: int, rests: list[tuple[str, ...]] | None, best: int) -> int:
    """The longest of `best` and the phrases (their words after the first: `rests`) the tokens at `index` spell."""
    if not rests:
        return best
    for rest in rests:
        size = 1 + len(rest)
        if size <= best or index + size > len(tokens):
            continue
        if any(t.stop for t in tokens[index : index + size - 1]):
            continue  # a phrase does not run over punctuation
        if all(tokens[index + 1 + k].norm == word for k, word in enumerate(rest)):
            best = size
    return best


_EDGE_STRIP = "".join(sorted(EDGE_CHARS))  # EDGE_CHARS as str.strip takes them (joined once, not twice per word)


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    """Words of text[start:end] with their offsets, punctuation folded into `stop` flags."""
    tokens: list[_Token] = []
    position = start
    for chunk in (part for word in text[start:end].split() for part in INNER_QUOTE.split(word) if part):
        chunk_start = text.index(chunk, position)
        position = chunk_start + len(chunk)
        head = len(chunk) - len(chunk.lstrip(_EDGE_STRIP))
        tail = len(chunk.rstrip(_EDGE_STRIP))
        if head and tokens and STOP_CHARS & set(chunk[:head]):
            tokens[-1].stop = True
        if tail <= head:  # punctuation alone («--»، «،»), but not the dash of a score «2 - 1»
            if tokens and STOP_CHARS & set(chunk) and not (chunk in "-–" and tokens[-1].norm.isdigit()):
                tokens[-1].stop = True
                tokens[-1].colon = tokens[-1].colon or ":" in chunk
            elif tokens and chunk in "-–":
                tokens[-1].surface += " " + chunk
            continue
        surface = TATWEEL_QUOTE.sub("", chunk[head:tail]).translate(DROPPED_CHARS)
        if surface.startswith("لال") and TATWEEL_QUOTE.search(chunk):
            surface = "لل" + surface[3:]  # «لـ"الاقتصادية"» -> «للاقتصادية»
        if not surface:
            continue
        tokens.append(_Token(chunk_start + head, chunk_start + tail, surface, normalize(surface)))
        tokens[-1].opens_quote = bool(OPEN_QUOTES & set(chunk[:head]))
        tokens[-1].closes_quote = bool(CLOSE_QUOTES & set(chunk[tail:]))
        if STOP_CHARS & set(chunk[tail:]):
            tokens[-1].stop = True
            tokens[-1].colon = ":" in chunk[tail:]
    return tokens


@lru_cache(maxsize=256)
def _sentence_tokens(text: str, start: int, end: int) -> tuple[_Token, ...]:
    """Several mentions of one sentence share its words (copied before they are marked)."""
    return tuple(_tokens(text, start, end))


@lru_cache(maxsize=256)
def _time_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """The engine's time expressions in a sentence, durations and sets left out (they are content)."""
    return tuple((f.start, f.end) for f in find(sentence) if f.partial.kind not in KEPT_KINDS)


def _mark_time(tokens: list[_Token], text: str, offset: int, mention: tuple[int, int],
               known: Sequence[tuple[int, int]] | None = None) -> None:
    """Flag the time expressions, time words, and the prepositions before them. `known`: the article's
    time expressions (durations left out) when the caller has them; else the engine's matcher is run."""
    end = tokens[-1].end if tokens else offset
    if known is not None:
        # `known` is sorted: the sentence's spans by bisection, so a text of many mentions stays linear
        first = bisect_left(known, offset, key=lambda span: span[0])
        spans = list(known[first : bisect_left(known, end, lo=first, key=lambda span: span[0])])
    else:
        spans = [(offset + start, offset + stop) for start, stop in _time_spans(text[offset:end])]
    spans.append(mention)
    spans.sort()
    # the title and the embedded happening's check (embedded.py) mark the same words of one mention: once
    key = (tuple(spans), tuple((t.start, t.end, t.norm, t.stop) for t in tokens))  # (all the marks depend on)
    marks = _marks_made.get(key)
    if marks is None:
        _mark_words(tokens, spans)
        if len(_marks_made) >= MARKS_KEPT:
            _marks_made.clear()
        _marks_made[key] = [token.time for token in tokens]
    else:
        for token, time in zip(tokens, marks):
            token.time = time


MARKS_KEPT = 64  # sentences whose time marks are kept (a title's steps mark a few others between two looks)
_marks_made: dict[tuple, list[bool]] = {}


def _mark_words(tokens: list[_Token], spans: list[tuple[int, int]]) -> None:
    """_mark_time's work: `spans` (sorted, the mention's among them) and the time words, prepositions before them."""
    cursor = 0
    for token in tokens:
        while cursor < len(spans) and spans[cursor][1] <= token.start:
            cursor += 1
        token.time = cursor < len(spans) and spans[cursor][0] < token.end
    index = 0
    while index < len(tokens):
        size = _phrase_at(tokens, index, "time", proclitic=True)
        following = tokens[index + size].norm if size and index + size < len(tokens) else ""
        if size and not (tokens[index].norm in _relative_days() and following in _not_after_day()):
            for token in tokens[index : index + size]:
                token.time = True
        index += max(size, 1)
    _absorb_prepositions(tokens)


def _copies(tokens: Sequence[_Token]) -> list[_Token]:
    """Tokens to mark, as copy.copy() makes them (its generic protocol costs several times this)."""
    copies = []
    for token in tokens:
        twin = object.__new__(_Token)
        twin.__dict__.update(token.__dict__)
        copies.append(twin)
    return copies


def _absorb_prepositions(tokens: list[_Token]) -> None:
    """«في», «خلال», «يوم», «صباح» … right before a time expression go with it."""
    for index in range(len(tokens) - 1, 0, -1):
        if not tokens[index].time:
            continue
        for size in (4, 3, 2, 1):
            first = index - size
            if first < 0 or any(t.stop for t in tokens[first:index]):
                continue
            if _phrase_at(tokens, first, "time_prep", proclitic=True) == size:
                for token in tokens[first:index]:
                    token.time = True
                break


PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم")


def _pronoun_object(norm: str) -> bool:
    """A preposition with a pronoun («بها», «فيه», «عليهم», «منها»): it ends a noun phrase read backwards."""
    return any(norm == head + suffix for head in ("ب", "ل", "في", "من", "عن", "علي", "الي", "مع", "عند", "لدي")
               for suffix in PRONOUN_SUFFIXES if len(head + suffix) >= 2) and norm not in {"بي", "لي", "مني", "عني", "معي"}


def _content_counts(tokens: list[_Token]) -> list[int]:
    """counts[i]: content words (not time, function word or number) among tokens[:i]."""
    counts = [0]
    for token in tokens:
        counts.append(counts[-1] + (not token.time and not _is_function(token) and not token.norm.isdigit()))
    return counts


def _is_function(token: _Token) -> bool:
    return _function_spelling(token.surface, token.norm)


@lru_cache(maxsize=1 << 14)  # (asked of each word by many steps: news repeats its particles)
def _function_spelling(surface: str, norm: str) -> bool:
    if marked_reading(surface):  # «وعبّر المجلس»: a verb, not the preposition «عبر» (homographs.py)
        return False
    bare = norm[1:] if norm[:1] in PROCLITICS and len(norm) > 2 else norm
    return any((word,) in _roles()[role] for word in (norm, bare) for role in ("function", "lead"))


def _lead_words(tokens: list[_Token], index: int) -> int:
    """How many words at `index` cannot open a title (conjunctions, particles, auxiliaries)."""
    start = index
    while index < len(tokens):
        size = _phrase_at(tokens, index, "lead", proclitic=True) or _phrase_at(tokens, index, "that")
        if not size:
            break
        index += size
    return index - start


def _before_time_words(tokens: Sequence[_Token], index: int) -> int:
    """The index of the word before tokens[index] once the time words right before it are stepped over («ثم أمس
    حصل»: the «ثم»), or -1: what a clause opens after is read past its date."""
    before = index - 1
    while before >= 0 and tokens[before].time:
        before -= 1
    return before


def _title_words(title: str) -> list[str]:
    """The title's words, or none for a labelled one («إيمانويل ماكرون: …»): a rewrite of its opening (an owner, a
    subject, a spouse named) leaves a label's title as it is."""
    return [] if ": " in title else title.split()


def _conjoined(token: _Token) -> bool:
    return token.norm[:1] == "و" and len(token.norm) > 3 and not _waw_root_word(token.norm)


def _bare(norm: str) -> str:
    return norm[1:] if (norm[:1] == "و" or norm[1:] in FA_PARTICLES) and norm[1:] in PREPOSITIONS else norm  # not «فتحت»


def _purpose(norm: str) -> bool:
    """«للانضمام إلى …», «لاستكمال …», «لإطلاق …», «لتنظيم …»: ل before a verbal noun of the derived forms
    (انفعال، افتعال، استفعال، إفعال، تفعيل) opens a phrase; not before a name («لافروف», «لتركيا»)."""
    if norm.startswith("لل"):
        rest = "ا" + norm[3:] if norm[2:3] == "ا" else ""
    elif norm[:1] == "ل":
        rest = norm[1:]
    else:
        return False
    if rest[:1] == "ا":
        return len(rest) >= 5 and (rest.startswith(("است", "ان")) or rest[2:3] == "ت" and rest[4:5] == "ا" and rest[1:2] not in "يو"
                                   or rest[3:4] == "ا" and len(rest) <= 6)
    return rest[:1] == "ت" and len(rest) >= 5 and rest[3:4] == "ي" and not rest.endswith("ا")


@lru_cache(maxsize=1)
def _waw_roots() -> frozenset[str]:
    return frozenset(" ".join(words) for words in _roles()["waw_root"])


# endings a word keeps after its stem (normalised: ة is ه): «وصلت», «وافقوا», «وزارات». Only these: a
# longer rest is another word behind «and» («وقفزت» is و + قفزت, not وقف; «وحددت» و + حددت)
_ROOT_ENDINGS = ("", "ت", "ه", "وا", "ها", "هم", "ات", "ان", "ين", "ون", "ي", "نا", "تم", "ته", "تها", "يه")


@lru_cache(maxsize=4096)
def _waw_root_word(norm: str) -> bool:
    """Is the و of this word a root letter (وزير، وصلت، وافقوا) rather than «and» (ودعا، وقتل)?"""
    roots = _waw_roots()
    for size in range(3, len(norm) + 1):
        root, rest = norm[:size], norm[size:]
        if root in roots and (rest in _ROOT_ENDINGS or rest == "ا" and size >= 4):
            return True
    return False


def _verb_like(token: _Token) -> bool:
    """A word that may be a verb: three to five letters, no article, no number, particle or time word."""
    norm = token.norm
    return 3 <= len(norm) <= 5 and not norm.startswith(ARTICLE) and not norm.isdigit() and not _is_function(token) \
        and not token.time


def _construct_head(tokens: list[_Token], index: int) -> bool:
    """An undefined noun before a definite one, with nothing between («نادي الوداد», «وزير الخارجية»)."""
    token = tokens[index]
    return not token.stop and index + 1 < len(tokens) and tokens[index + 1].norm.startswith(ARTICLE) \
        and not _is_function(token) and not token.time and token.norm[:1] not in "بلك"


MARKS = re.compile("[\u064b-\u0652ـ]")  # short vowels, shadda, sukun and the tatweel: how a word is written, not which
VOWEL_MARKS = re.compile("[\u064b-\u0652]")  # the same without the tatweel («هجومًا إرهابيًّا»)


def without_marks(text: str) -> str:
    """The text without its short vowels, shadda, sukun and tatweel («حوّلته» -> «حولته»)."""
    return MARKS.sub("", text)
