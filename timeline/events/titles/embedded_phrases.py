"""Four more embedded happenings a date can belong to (read by embedded.py after its own readers).

- A relative clause of occurrence: «… مع قرب إعلان نتائج الانتخابات البلدية الأولى في البلاد منذ ثورة 2011 والتي
  جرت الأحد», «ضحايا الهجوم الذي وقع في محيط البرلمان البريطاني في لندن أمس»: its verb (relative_happenings.tsv)
  says the noun it describes happened then, so the title is that noun's happening, told as its verbal noun
  («إجراء الانتخابات البلدية الأولى في البلاد», «وقوع الهجوم في محيط البرلمان البريطاني في لندن»), not the main
  clause («احتدم التنافس على رئاسة بلدية تونس»).
- «في» and a happening's noun, its complement and a date, while the main verb has a date of its own before it:
  «توقع وزير الدفاع اليوم الثلاثاء سقوط قتلى … في عملية جبل سمامة بالقصرين أمس» -> «عملية جبل سمامة بالقصرين».
  Not a statement's setting («في مؤتمر صحفي»: embedded_cues.tsv, setting), the main verb's circumstance.
- A span before a happening: «قبل أقل من ثلاثة أشهر على انطلاق المنافسة في 14 حزيران/يونيو», «بعد يومين من اندلاع
  الاحتجاجات في …»: the date is the verbal noun's after «على»/«من» («انطلاق المنافسة»), not the main clause's.
- An undefined noun's relative clause, no «الذي» («انهار اتفاق سلام أبرم في 2015»), while the main verb has a date of
  its own: «إبرام اتفاق سلام».
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from ... import lexicon
from .tokens import ARTICLE, MAX_CHARS, PREPOSITION_ARTICLE, _Token, _bare, _conjoined, _is_function, _phrase_at, _roles
from .render import _render
from .dated import _temporal
from .kinds import kind_named
from .place_antecedent import happening_before_place

COMPLEMENT_WORDS = 5  # a relative verb's complement before its date («في محيط البرلمان البريطاني في لندن»)
COMMA_NOUN_WORDS = 3  # … when a comma sets the relative clause off («باجتماع مكة المكرمة، الذي عقد»)
NOUN_WORDS = 6  # the noun phrase a relative clause of occurrence describes («للانتخابات البلدية الأولى في البلاد»)
IN_REACH = 6  # words from «في» to the date («في عملية جبل سمامة بالقصرين»)
SPAN_REACH = 5  # words from «على»/«من» to the date («على انطلاق المنافسة في»)
SPAN_WORDS = 5  # words of the span between the temporal preposition and «على»/«من» («أقل من ثلاثة أشهر»)
SPAN_LINKS = {"علي", "من"}

# (the happening's title, the index of its word), as embedded.py's readers give it
Found = tuple[str, int]


@lru_cache(maxsize=1)
def _occurrence_verbs() -> dict[str, tuple[str, bool]]:
    """verb -> (its verbal noun, whether what it tells of must be a happening's noun)."""
    return {row["word"]: (row["noun"], row["subject"] == "happening") for row in lexicon.table("relative_happenings")}


def _ends_clause(tokens: list[_Token], end: int) -> bool:
    """Does the clause end with its date (no object after it, as «افتتح أمس المعرض» would have)?"""
    if end + 1 >= len(tokens) or tokens[end].stop:
        return True
    following = tokens[end + 1]
    return _is_function(following) or following.norm.startswith(PREPOSITION_ARTICLE) or following.norm[:1] == "و" \
        or _bare(following.norm) != following.norm


def _relative_at(tokens: list[_Token], index: int) -> bool:
    return bool(_phrase_at(tokens, index, "relative", proclitic=True))


def _prepositional(token: _Token) -> bool:
    """Does a complement open on a preposition («في محيط البرلمان», «بالحمامات», «على ملعب»; not «برامجها»)?"""
    return _is_function(token) or token.norm.startswith(PREPOSITION_ARTICLE)


def occurrence_relative(tokens: list[_Token], start: int, end: int, happening: Callable[[_Token], bool]) -> Found | None:
    """«الانتخابات البلدية الأولى في البلاد … والتي جرت الأحد» -> «جرت الانتخابات البلدية الأولى في البلاد»."""
    pronoun = next((i for i in range(start - 2, max(-1, start - 3 - COMPLEMENT_WORDS), -1) if _relative_at(tokens, i)), None)
    if pronoun is None or any(t.time or t.stop for t in tokens[pronoun:start]):
        return None
    verb = pronoun + 1
    found = _occurrence_verbs().get(tokens[verb].norm)
    complement = _complement(tokens, verb, start, end) if found is not None else None
    if complement is None:
        return None
    noun, needs_happening = found
    phrase = _described_noun(tokens, pronoun, happening if needs_happening else None)
    wider = happening_before_place(tokens, phrase[0], pronoun) if phrase and not tokens[pronoun - 1].stop else None
    if wider is not None:
        phrase = list(range(wider, pronoun))  # «بطولة الأولمبياد … في كوريا الجنوبية التي انتهت»: the contest ended
    if not phrase or phrase[0] <= MAIN_OBJECT_AT:
        return None  # («وشهدت المدينة الحريق الذي اندلع …»: the opening verb's object, the main clause tells it)
    if phrase[1:] and tokens[phrase[0]].norm[:1] in "لب" and (tokens[phrase[0]].norm[1:],) in _roles().get("demonstrative", {}):
        phrase = phrase[1:]  # «لتلك الصفقة التي أبرمت»: the noun after the preposition's pointer
    head = tokens[phrase[0]]
    first = head.surface
    if head.norm.startswith("لل"):
        first = "ال" + first[2:]
    elif _proclitic_preposition(head, happening if needs_happening else None):
        first = first[1:]  # «لنادي الاتحاد الذي تأسس», «باجتماع مكة المكرمة الذي عقد»: the noun, not its preposition
    text = " ".join([first] + [tokens[i].surface for i in phrase[1:]])
    place = [] if complement else _place_after(tokens, end)
    told = " ".join([noun, text] + [tokens[i].surface for i in complement or place])  # («بالحمامات» as written)
    if len(told) > MAX_CHARS and place:
        told = " ".join([noun, text])
    return (told, phrase[0]) if len(told) <= MAX_CHARS else None


INDEFINITE_WORDS = 3  # an undefined happening's phrase before its verb («عملية اغتصاب مفترضة جرت العام 2013»)


def indefinite_relative(tokens: list[_Token], start: int, end: int, happening: Callable[[_Token], bool]) -> Found | None:
    """«وفي تموز/يوليو 2016 انهار اتفاق سلام أبرم في 2015» -> «إبرام اتفاق سلام»: an undefined noun takes its relative
    clause without «الذي»; a verb of occurrence right after a happening's undefined phrase, then its date, tells when
    that happening was. Only while the main verb has a date of its own before it (as in_happening): else the
    noun is the main clause's setting, dated with it («تسلم الجائزة في حفل أقيم الثلاثاء»)."""
    verb = next((i for i in range(start - 1, max(0, start - 2 - COMPLEMENT_WORDS), -1)
                 if tokens[i].norm in _occurrence_verbs()), None)
    if verb is None or any(t.time or t.stop for t in tokens[verb:start]) or _relative_at(tokens, verb - 1):
        return None  # (after «الذي», occurrence_relative reads it)
    complement = _complement(tokens, verb, start, end)
    if complement is None:
        return None
    words: list[int] = []
    for index in range(verb - 1, max(-1, verb - 1 - INDEFINITE_WORDS), -1):
        token = tokens[index]
        if token.time or token.stop or _is_function(token) or token.norm.startswith(ARTICLE) or token.norm[:1].isdigit() \
                or _conjoined(token) or _relative_at(tokens, index) or _phrase_at(tokens, index, "opens", proclitic=True):
            break
        words.insert(0, index)
    head = next((i for i in words if happening(tokens[i])), None)
    if head is None:
        return None  # («قافلة انطلقت»: a noun told by no happening's word)
    phrase = words[words.index(head):]  # (from the happening's word: «انهار [اتفاق سلام]», «حصيلة [هجوم]»)
    if not _main_verb_dated_before(tokens, head):
        return None
    noun = _occurrence_verbs()[tokens[verb].norm][0]
    told = " ".join([noun] + [tokens[i].surface for i in phrase + complement])
    # (the verb is the happening's word a title must tell: «انهيار اتفاق سلام أبرم …» names the noun, not when it was made)
    return (told, verb) if len(told.split()) >= 3 and len(told) <= MAX_CHARS else None


def _complement(tokens: list[_Token], verb: int, start: int, end: int) -> list[int] | None:
    """The words between a verb of occurrence and its date, a prepositional complement («في محيط البرلمان»), without
    the particles and accusatives that close it; None when the clause has an object or a subject of its own («الذي
    نظم المسابقة أمس», «التي انطلقت برامجها») or goes on after the date."""
    complement = list(range(verb + 1, start))
    if complement and not _prepositional(tokens[verb + 1]) or not _ends_clause(tokens, end):
        return None
    while complement and (_is_function(tokens[complement[-1]]) or _accusative(tokens[complement[-1]])):
        complement.pop()  # «بمحافظة الخرج [احتفالاً] بعيد الفطر»: the purpose the date closes
    return complement


def _main_verb_dated_before(tokens: list[_Token], at: int) -> bool:
    """Does the main verb have a date of its own before `at`, in the same clause? Not when no date comes before, or
    a comma, a conjunct, a temporal preposition, a relative pronoun, an opener or «أن» stands between (the earlier
    date is another clause's: «، وكان قد ترشح في انتخابات الرئاسة في 2012», «رغم أنه سيحل ضيفا … في الدوري
    الإنجليزي مطلع الأسبوع المقبل»)."""
    earlier = next((k for k in range(at - 1, -1, -1) if tokens[k].time), None)
    return earlier is not None and not any(t.stop or _conjoined(t) or _temporal(t) for t in tokens[earlier + 1 : at]) \
        and not any(_relative_at(tokens, k) or _phrase_at(tokens, k, "opens", proclitic=True)
                    or _phrase_at(tokens, k, "that", proclitic=True) for k in range(earlier + 1, at))


def _proclitic_preposition(head: _Token, happening: Callable[[_Token], bool] | None) -> bool:
    """Does the phrase's first word carry a preposition («باجتماع», «بالهجوم», «لنادي»; not «بطولة», «بلدية»)?"""
    norm = head.norm
    if norm.startswith(("بال", "وال")):
        return True
    if norm[:1] not in "لب" or norm.startswith(ARTICLE):
        return False
    if happening is not None:
        return happening(_Token(head.start + 1, head.end, head.surface[1:], norm[1:]))
    return norm[:1] == "ل" and len(norm) >= 5


MAIN_OBJECT_AT = 2  # a phrase this near the sentence's start is its opening verb's subject or object


def may_tell(tokens: list[_Token], start: int, happening: Callable[[_Token], bool]) -> bool:
    """Could a reader here find a happening? Its opening words alone: a relative pronoun and a verb of occurrence, «في»
    after an earlier date, or «على»/«من» before a happening's noun (embedded.may_embed asks this before cutting
    the sentence into clauses)."""
    for index in range(max(0, start - 3 - COMPLEMENT_WORDS), start):
        token = tokens[index]
        if index + 1 < start and token.norm in SPAN_LINKS and happening(tokens[index + 1]) \
                or token.norm == "في" and any(t.time for t in tokens[:index]):
            return True
        if index + 1 < start and _relative_at(tokens, index) and tokens[index + 1].norm in _occurrence_verbs():
            return True
        if token.norm in _occurrence_verbs() and any(t.time for t in tokens[:index]):
            return True  # (an undefined noun's relative clause, indefinite_relative)
    return False


PLACE_WORDS = 6  # the place after a relative clause's date («في مسجد قوات الطوارئ الخاصة في المنطقة»)


def _place_after(tokens: list[_Token], end: int) -> list[int]:
    """«الاعتداء الذي وقع يوم أمس [في مسجد قوات الطوارئ الخاصة]»: a «في» phrase right after the date, to a comma."""
    if end + 1 >= len(tokens) or tokens[end + 1].norm != "في":
        return []
    words = words_after_date(tokens, end, PLACE_WORDS, lambda index: tokens[index].time or _conjoined(tokens[index])
                             or _relative_at(tokens, index) or _phrase_at(tokens, index, "opens", proclitic=True))
    return words if len(words) >= 2 else []


def words_after_date(tokens: list[_Token], end: int, reach: int, ends: Callable[[int], bool]) -> list[int]:
    """The words right after a date ending at `end`, up to a comma (kept) or a word `ends` marks (left out), `reach`
    at most; never ending on a particle. Nothing after a date that closes its clause with a comma («الذي يبدأ يوم 14
    من الشهر المقبل، قال كلوب»). Shared by embedded.py's reader of a relative clause's object."""
    words: list[int] = []
    if tokens[end].stop:
        return words
    for index in range(end + 1, min(len(tokens), end + 1 + reach)):
        if ends(index):
            break
        words.append(index)
        if tokens[index].stop:
            break
    while words and _is_function(tokens[words[-1]]):
        words.pop()
    return words


def _accusative(token: _Token) -> bool:
    """«احتفالاً», «تكريما»: an undefined accusative, a purpose or circumstance."""
    return token.norm.endswith("ا") and len(token.norm) >= 5 and not token.norm.startswith(ARTICLE) \
        and not token.norm.endswith(("ها", "نا"))


def _described_noun(tokens: list[_Token], pronoun: int, happening: Callable[[_Token], bool] | None) -> list[int]:
    """The noun phrase a relative clause of occurrence describes: words back from the pronoun (a place phrase «في
    البلاد» among them, a time phrase «منذ ثورة 2011» right before the pronoun left out) up to its head. With
    `happening`, the head is the nearest happening's noun («مؤتمر القمة العالمي لريادة الأعمال», «الهجوم», not «ضحايا
    الهجوم»), none when the phrase names none («كرة القدم، والتي جرت»); without, a word with «لل» or a preposition
    («لنادي الاتحاد») or an undefined construct head («فرع الرياض»)."""
    last = pronoun - 1
    if last >= 0 and tokens[last].time:
        while last >= 0 and tokens[last].time:
            last -= 1
        opener = next((k for k in (last, last - 1) if k >= 0 and _temporal(tokens[k])), None)
        if opener is None:
            return []  # a date that is no time phrase of the noun's («الذي … في 2011 التي»)
        last = opener - 1
    words: list[int] = []
    # (after a comma, «، الذي عقد», the clause may describe a noun further back: only a short phrase is read)
    reach = COMMA_NOUN_WORDS if tokens[last].stop else NOUN_WORDS
    for index in range(last, max(-1, last - reach), -1):
        token = tokens[index]
        if token.time or token.stop and index != last or _conjoined(token) and not token.norm.startswith("وال"):
            break
        norm = token.norm
        if norm == "في" and words and tokens[words[0]].norm.startswith(ARTICLE) and index and tokens[index - 1].norm.startswith(ARTICLE):
            words.insert(0, index)  # «الأولى في البلاد»: a place phrase of the noun
            continue
        if _is_function(token) or norm[:1].isdigit() or len(norm) < 3 or _relative_at(tokens, index):
            break
        words.insert(0, index)
        if happening is not None:
            if happening(token) and not _conjoined(token):
                construct = index - 1
                if construct >= 0 and happening(tokens[construct]) and not tokens[construct].stop \
                        and not tokens[construct].norm.startswith(ARTICLE) and not _is_function(tokens[construct]) \
                        and not _conjoined(tokens[construct]) and not tokens[construct].time:
                    words.insert(0, construct)  # «مؤتمر القمة العالمي»: the happening's construct head
                return words
            continue
        if norm[:1] == "ب" and not norm.startswith(ARTICLE) and words[1:]:
            words.pop(0)
            break  # «برفض الدعوى المدنية التي بدأت»: a preposition's phrase ends the noun
        if not norm.startswith(ARTICLE) or norm.startswith(("لل", "بال")):
            break  # «لنادي الاتحاد», «للانتخابات», «فرع الرياض»: the head
    if happening is not None or not words or tokens[words[0]].norm == "في":
        return []
    return words


def _trailing_participle(tokens: list[_Token], words: list[int]) -> list[int]:
    """«الانتخابات الرئاسية في مصر [المقررة]»: a participle of schedule before the date goes with it."""
    while words and _phrase_at(tokens, words[-1], "participle", proclitic=True):
        words = words[:-1]
    return words


def in_happening(tokens: list[_Token], start: int, happening: Callable[[_Token], bool], setting: Callable[[_Token], bool]) \
        -> Found | None:
    """«توقع وزير الدفاع اليوم الثلاثاء سقوط قتلى … في عملية جبل سمامة بالقصرين أمس» -> «عملية جبل سمامة بالقصرين»."""
    at = None
    for index in range(start - 1, max(-1, start - 2 - IN_REACH), -1):
        token = tokens[index]
        if token.time or token.stop or token.opens_quote or _relative_at(tokens, index) \
                or _phrase_at(tokens, index, "opens", proclitic=True):
            return None
        if token.norm == "في" and index + 1 < start:
            at = index
            break
    if at is None or not _main_verb_dated_before(tokens, at):
        return None
    noun = at + 1
    head = tokens[noun]
    words = _trailing_participle(tokens, list(range(noun, start)))
    if not happening(head) or setting(head) or _is_function(head) or _conjoined(head) or len(words) < 2 \
            or _is_function(tokens[words[-1]]):
        return None
    text = _render(tokens, words)
    return (text, noun) if len(text) <= MAX_CHARS else None


def span_happening(tokens: list[_Token], start: int, happening: Callable[[_Token], bool]) -> Found | None:
    """«قبل أقل من ثلاثة أشهر على انطلاق المنافسة في 14 حزيران/يونيو» -> «انطلاق المنافسة»."""
    link = None
    for index in range(start - 1, max(-1, start - 2 - SPAN_REACH), -1):
        token = tokens[index]
        if token.time or token.stop or token.opens_quote or _phrase_at(tokens, index, "opens", proclitic=True):
            return None  # («من انطلاق الدراسات، أي في غضون شهر جويلية»: the date after the comma is another's)
        if token.norm in SPAN_LINKS and index + 1 < start and happening(tokens[index + 1]):
            link = index
            break
    words = _trailing_participle(tokens, list(range(link + 1, start))) if link is not None else []
    if link is None or not words or _is_function(tokens[words[-1]]):
        return None
    temporal = next((k for k in range(link - 2, max(-1, link - 2 - SPAN_WORDS), -1)
                     if _temporal(tokens[k]) and not any(t.stop or t.time for t in tokens[k:link])), None)
    if temporal is None or not any(t.norm[:1].isdigit() or _number_word(t) for t in tokens[temporal + 1 : link]):
        return None  # a span counts something («أقل من ثلاثة أشهر», «يومين»)
    text = _render(tokens, words)
    # «انطلاق المنافسة» after «نهائيات كأس العالم 2018»: the name the sentence gave it before the span (kinds.py)
    text = kind_named(text, " ".join(t.surface for t in tokens[:temporal]))
    return (text, link + 1) if len(text.split()) >= 2 and len(text) <= MAX_CHARS else None


def _number_word(token: _Token) -> bool:
    """«ثلاثة», «يومين», «أسبوعين», «أشهر»: a count or a unit of a span."""
    return token.norm.startswith(_span_words())


@lru_cache(maxsize=1)
def _span_words() -> tuple[str, ...]:
    """The span role's words of embedded_cues.tsv, as a prefix tuple (a word and what it carries: «يومين», «أشهر»)."""
    return tuple(sorted({row["word"] for row in lexicon.table("embedded_cues") if row["role"] == "span"}))
