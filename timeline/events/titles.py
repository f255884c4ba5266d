"""Headline titles for dated events: who does what (and where), without the date.

The date is shown beside the title, so every time expression and time word goes. What
remains of the sentence is cut into clauses (punctuation, relative and circumstantial
openers, reporting frames); the clause holding the mention, widened while it says too
little, is the title, without its leading conjunctions and cut to whole words under
MAX_CHARS. In the article's lead, the headline is the title when it tells the same
happening, as newsroom timelines do. Cost is linear in the sentence.

A title says who: a generic speaker or subject («الشركة», «المنظمة») takes the name the article gave it
before; a quotation whose frame names no one («وأضاف "…"») is the previous sentence's speaker's; a bare verb
later in the sentence borrows the main clause's subject. It is told the headline way when the lexicon knows the
verb: subject first, in the present («المنتخب الألماني يتغلب على …»). Over its length, a title drops the wider
place («من ولاية قفصة») before its object, and a cut runs on to where its phrase ends; it never ends on a head
whose complement went («بمزيد», «في عامي», «من 13»), nor on a conjunct whose complement went («وإصابة» before a cut
«أكثر من 400»). «X تم تعيينه» is told as the verbal noun: «تعيين X».

What a date dates is told: «منذ» and its date frame a state, so the title is the happening the state began with
(«منذ احتجاجات يناير 2011 التي أطاحت بمبارك» -> «احتجاجات أطاحت بمبارك»), and a verbal noun's pronoun takes the main
clause's subject («منذ لقائه مع كيم …، بدا ترمب» -> «لقاء ترمب مع كيم»). A verb and its subject alone before a comma
(«أبلغ الرئيس الأميركي، دونالد ترامب، مستشاريه …») are told with the object after it, and an object's clause with them.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from copy import copy
from dataclasses import dataclass
from typing import Sequence
from functools import lru_cache

from .. import lexicon
from ..match import find
from ..model import Mention
from ..terms import normalize_word as normalize
from ..terms import stem

MAX_CHARS = 80
MIN_CONTENT_WORDS = 3  # a clause saying less borrows its neighbour («وغادر، سنة 2010، …»)
HEADLINE_OVERLAP = 0.7  # share of the headline's content words the lead sentence must hold
FRAME_REACH = 25  # words between a reporting verb and its إن/أن
SPEAKER_REACH = 6  # words a speaker may take before its verb
LABEL_WORDS = 4  # a headline's «X: Y» label is at most this long («قبلي :», «وزير التجارة التونسي:»)
MIN_TITLE_WORDS = 3  # fewer words cannot tell who did what
FRAGMENT_HEADLINE_OVERLAP = 0.3  # of the headline's content words the sentence must hold to lend it a fragment
KEPT_KINDS = {"duration"}  # «لأدنى مستوى في خمسة أسابيع» is content, not the event's date
PROCLITICS = ("و", "ف")
FA_PARTICLES = {"في", "من", "علي", "عن", "مع", "ان", "الي"}  # ف + one of these is «so» + the particle (normalised)
STOP_CHARS = set("،,;؛:!?؟.-–—")  # punctuation that ends a clause
EDGE_CHARS = STOP_CHARS | set("«»\"“”'()[]{}…#*")
DROPPED_CHARS = str.maketrans({**{ch: None for ch in "«»\"“”()[]{}#"}, "_": " "})  # «#بيونغ_يانغ»
ARTICLE = "ال"
PREPOSITION_ARTICLE = ("بال", "لل", "كال")
ANTECEDENT_WORDS = 5
SUBJECT_WORDS = 5
LEFT_SHARE = 0.6  # of a long clause, the words before the mention take at most this share of the title
WINDOW_SLACK = 0.85  # … or this much, to start on a phrase
PERFECT_REACH = 5  # words between «كانت» and its «قد» (the subject)
QUOTE_WORDS = 5  # a quotation this long after a reporting verb is its statement («وقال نتانياهو "عندما …"»); a shorter one is a name
OPEN_QUOTES, CLOSE_QUOTES = set("«\"“"), set("»\"”")
LOOKBACK_CHARS = 1500  # of the article before a sentence, where a generic noun («الشركة») finds its name
NAME_WORDS = 4  # words a name may take after its generic noun («شركة سيريكا إنرجي البريطانية»)
EXTEND_CHARS = 90  # a title cut before its phrase ends may run on this far to end it («… بجائزة بوليتزر»)
INNER_QUOTE = re.compile(r"(?<=[^\W_ـ]{2})(?=[«\"“][^\W_])|(?<=[»”])(?=[^\W_])")  # not «أ"ل» (an abbreviation)  # «يدعى"كارل»
TATWEEL_QUOTE = re.compile(r"ـ(?=[«\"“])")  # «بـ"المصيرية"» -> «بالمصيرية»
SAYING = {"قائلا", "قائله", "قائلين", "مضيفا", "مضيفه"}  # «… تسجل تقدما كبيرا قائلا "…"»: the phrase ended
QUANTITY = {"عدد", "عددا", "العديد", "مجموعه", "سلسله", "جمله", "اجمالي", "مجموع", "نحو", "حوالي", "قرابه",
            "مزيد", "بمزيد", "المزيد", "لمزيد", "بعض", "ببعض", "كافه", "بكافه"}  # «بمزيد من الدقة»: what it counts follows
PREPOSITIONS = {"في", "بعد", "قبل", "خلال", "من", "علي", "عن", "مع", "عقب", "اثر", "ضمن", "عبر", "وسط", "بين",
                "منذ", "لدي", "الي", "حتي", "تحت", "فوق", "امام", "خلف", "بسبب", "بشان", "رغم", "ازاء", "لدى"}


@dataclass(frozen=True)
class Title:
    text: str
    actor: str | None  # the subject as written in the sentence, or None


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


@dataclass
class _Clause:
    first: int  # token indices, inclusive
    last: int
    frame: bool = False  # a reporting frame «قال الوزير … إن»
    speaker: tuple[int, int] | None = None
    anchored: bool = True  # a long core keeps the words next to the mention (not when it grew backwards to say enough)
    whole: bool = False  # a relative clause ending at its date: «(أسفرت) الحرب التي اندلعت في 2013 (عن مصرع …)»
    owner: tuple[int, ...] = ()  # who a dated verbal noun's pronoun is: «منذ لقائه مع كيم …، بدا ترمب» -> «ترمب»


def headline(text: str, sentence: tuple[int, int], mention: Mention, *, article_title: str = "", lead: bool = False,
             time_spans: Sequence[tuple[int, int]] | None = None) -> Title:
    """The title of the event `mention` dates, told by the sentence text[sentence[0]:sentence[1]]."""
    tokens = [copy(token) for token in _sentence_tokens(text, *sentence)]  # marked per mention below
    _mark_time(tokens, text, sentence[0], (mention.start, mention.end), time_spans)
    clauses = _clauses(tokens)
    before = text[max(0, sentence[0] - LOOKBACK_CHARS) : sentence[0]]
    if lead and article_title:
        from_headline = _from_headline(article_title, tokens)
        if from_headline:
            return Title(from_headline, _compose(tokens, clauses, mention.start, mention.end, before)[1])
    text, actor, whole = _compose(tokens, clauses, mention.start, mention.end, before)
    if _fragmentary(text) and not (whole and len(text.split()) >= 2):
        # (a relative clause's own happening, «الحرب تندلع», is told even in two words: the main clause is another)
        # «بمناسبة حلول …», «وفق بلاغ …»: the mention's clause is an adjunct; the sentence's main clause
        # (in news, its first with a verb) tells what happened then
        for clause in clauses:
            if tokens[clause.first].start >= mention.start:
                break
            alternative, alt_actor, _ = _compose(tokens, clauses, tokens[clause.first].start, tokens[clause.last].end, before)
            if not _fragmentary(alternative):
                text, actor = alternative, alt_actor
                break
    if not text and article_title:  # a sentence of dates only («وذلك منذ … وحتى …»)
        text = _from_headline(article_title, tokens, overlap=0.0) or ""
    elif _fragmentary(text) and article_title and not (whole and len(text.split()) >= 2):
        # still a fragment («قبل ساعات من حلول شهر»): the headline, when the sentence shares its subject
        text = _from_headline(article_title, tokens, overlap=FRAGMENT_HEADLINE_OVERLAP) or text
    return Title(_passive_noun(text), actor)


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
        surface = words[at + 1].replace("ـ", "")  # «تدشينــــه»
        stem_ = surface[: -len(next(end for end in ("ها", "هم", "ه") if noun.endswith(end)))]
        if stem_.endswith("ت") and not (len(stem_) == 5 and stem_[0] == "ت" and stem_[3] == "ي"):
            stem_ = stem_[:-1] + "ة"  # «إقالته» -> «إقالة»; not «تثبيته» (تثبيت)
        told = [stem_] + subject + rest
    else:
        return text
    return f"{label}{colon}{' '.join(told)}"


def _roles_words(role: str) -> set[str]:
    return {phrase[0] for phrase in _roles().get(role, {}) if len(phrase) == 1}


def _compose(tokens: list[_Token], clauses: list[_Clause], offset: int, focus_end: int,
             before: str = "") -> tuple[str, str | None, bool]:
    """The title told by the clause at `offset` (widened while it says too little), its actor, and whether it is
    a relative clause's own happening told whole («الحرب تندلع»), which no main clause replaces.
    `before`: the article's text before the sentence, where a generic speaker («الشركة») finds its name."""
    core, actor, told_of = _core(tokens, clauses, offset)
    generic = _generic(actor) if actor else None
    if generic:
        actor = _named(generic, before) or actor
    if actor == "":  # «وأضاف "كانت صدمة عندما استيقظت …"»: the speaker of the sentence before
        actor = _previous_speaker(before)
    said = actor
    words = _trim(tokens, core, focus_end, budget=MAX_CHARS - len(actor) - 2 if actor else MAX_CHARS)
    borrowed = None if said or core.owner else told_of or _borrowed_subject(tokens, words)
    if borrowed:  # «… بعدما تغلب على نظيره» -> «المنتخب الألماني تغلب على نظيره»
        words = _trim(tokens, core, focus_end, budget=MAX_CHARS - _width(_edges(tokens, borrowed), 0, len(borrowed)) - 1)
        lend = bool(words) and bool(told_of or _bare_verb(tokens, words))
        words = borrowed + words if lend else words
    words = _past_adjunct(tokens, words)
    actor = actor or (_span_text(tokens, (borrowed[0], borrowed[-1])) if borrowed else _subject(tokens, words))
    text = _render(tokens, words)
    if core.owner and words and words[0] == core.first and not said:
        owned = _owned_noun(tokens[words[0]].surface)
        if owned:  # «لقائه مع كيم» -> «لقاء ترمب مع كيم»
            text = " ".join([owned, _render(tokens, list(core.owner))] + text.split()[1:])
            actor = actor or _render(tokens, list(core.owner))
    lent = 0
    if borrowed and words[: len(borrowed)] == borrowed and len(words) > len(borrowed):
        # «شعو» + «وفاز بمقعد …»: the verb after the lent subject loses its «and» too
        text = f"{_render(tokens, borrowed)} {_render(tokens, words[len(borrowed):])}"
        lent = len(_render(tokens, borrowed).split())
    if not said:
        text = _headline_tense(text, lent)
        text = _named_subject(text, before)
    if said:
        text = _nominative(text)
    if said and text and generic and said == actor and not _named(generic, before) \
            and normalize(text.split()[0]).startswith(ARTICLE):
        said = None  # «المنظمة: الطفل المصاب لم يلقح …»: the statement has its own subject; the pointer says nothing
    if said and text:
        text = f"{said}: {text}"
    return text, actor, core.whole


@lru_cache(maxsize=1)
def _present_forms() -> dict[str, str]:
    """A news verb's past (normalised, masculine and feminine) -> its present (as the lexicon folds it, hence only
    verbs whose present has no hamza or final ى): «اعلن» -> «يعلن», «اعلنت» -> «تعلن»."""
    forms: dict[str, str] = {}
    for past, present in _roles().get("present", {}):
        forms.setdefault(past, _roles()["present"][(past, present)].split()[1])
        if past[-1:] not in "يا" and present[:1] == "ي":
            forms.setdefault(past + "ت", "ت" + _roles()["present"][(past, present)].split()[1][1:])
    return forms


def _headline_tense(text: str, subject_words: int = 0) -> str:
    """A title told the headline way: subject first, verb in the present.

    «تغلب المنتخب الألماني على نظيره» -> «المنتخب الألماني يتغلب على نظيره» (the subject: the definite words after
    the verb, up to a preposition), «المنتخب الألماني تغلب على …» -> «المنتخب الألماني يتغلب على …»; `subject_words`:
    the words a lent subject («شعو») takes at the start. Only the verbs of the lexicon's «present» role."""
    words = text.split()
    forms = _present_forms()
    norms = [normalize(word) for word in words]
    if len(words) < 3 or any(norm[:1] == "و" and 3 <= len(norm) - 1 <= 4 and not norm[1:].startswith(ARTICLE)
                             and not (len(norm) == 4 and norm[1] == "ا") and not _function_word(norm[1:])
                             and not _waw_root_word(norm) for norm in norms[1:]):
        return text  # «ينتقل إلى ريال مدريد وأحرز …»: a past verb joined after it would clash with the present
    if norms[0] in forms:
        end = 1
        if len(words) > 3 and not norms[1].startswith(ARTICLE) and norms[2].startswith(ARTICLE) and not _function_word(norms[1]):
            end = 2  # «ارتفعت أسعار الذهب»: a construct's head
        while end < len(words) and end <= SUBJECT_WORDS and norms[end].startswith(ARTICLE) and len(norms[end]) > 3 \
                and not _function_word(norms[end]):
            end += 1
        boundary = end < len(words) and (_function_word(norms[end]) or norms[end].startswith(("بال", "كال")))  # not «للنفط»
        if not _intransitive(norms[0]) and not (end < len(words) and norms[end] == "عن" and norms[0].startswith(("اعلن", "كشف"))):
            return text  # «قررت الأكاديمية التأجيل»: the definite words may be the object; «أعلنت X عن» tells
        if end > 1 and norms[end - 1].startswith(ARTICLE) and boundary:
            return " ".join(words[1:end] + [forms[norms[0]]] + words[end:])
        return text
    end = subject_words
    if not end:
        while end < len(words) and end < SUBJECT_WORDS and norms[end].startswith(ARTICLE) and len(norms[end]) > 3 \
                and not _function_word(norms[end]):  # «الحريق الذي اندلع»: not a subject and its verb
            end += 1
    if 0 < end < len(words) - 1 and norms[end] in forms:
        return " ".join(words[:end] + [forms[norms[end]]] + words[end + 1 :])
    return text


def _intransitive(norm: str) -> bool:
    intransitive = _roles().get("intransitive", {})
    return (norm,) in intransitive or norm.endswith("ت") and (norm[:-1],) in intransitive


def _function_word(norm: str) -> bool:
    return any((norm,) in _roles()[role] for role in ("function", "lead"))


def _named_subject(text: str, before: str) -> str:
    """«عانت الشركة من خسائر» -> «عانت شركة سيريكا إنرجي من خسائر»: a bare generic noun among a title's first words
    (not qualified by a definite adjective: «الشركة المنتجة» is another one) takes the name the article gave it."""
    words = text.split()
    for position, word in enumerate(words[:3]):
        generic = _generic(word)
        if not generic:
            continue
        following = normalize(words[position + 1]) if position + 1 < len(words) else ""
        anaphor = (following,) in _roles().get("anaphor", {})
        if following.startswith(ARTICLE) and not anaphor:
            return text
        name = _named(generic, before)
        if not name:
            return text
        named = " ".join(words[:position] + [name] + words[position + 1 + anaphor :])
        return named if len(named) <= EXTEND_CHARS else text
    return text


def _previous_speaker(before: str) -> str | None:
    """The speaker a reporting verb names in the sentence before («وقال الرئيس الأمريكي دونالد ترامب، …»), for a
    frame that names none («وأضاف "…"»)."""
    text = before.rstrip()
    cut = max(text.rfind(mark, 0, len(text) - 1) for mark in ".!?؟\n")
    tokens = _tokens(text, cut + 1, len(text))
    for index in range(len(tokens) - 2, -1, -1):
        if not _phrase_at(tokens, index, "report", proclitic=True) or _is_function(tokens[index]) or tokens[index].stop:
            continue
        first = index + 1
        while first < len(tokens) - 1 and _pronoun_object(tokens[first].norm):
            first += 1  # «أفاد به المصدر»
        if _phrase_at(tokens, first, "that") or tokens[first].opens_quote or _is_function(tokens[first]) \
                or _phrase_at(tokens, first, "report", proclitic=True) or normalize(tokens[first].surface) in _relative_days():
            return None  # «وأضاف أن …»: that sentence names no one either
        last = _speaker_end(tokens, first, len(tokens))
        speaker = " ".join(t.surface for t in tokens[first : last + 1])
        if last < first or last - first >= SUBJECT_WORDS or _generic(speaker):
            return None  # «المصدر ذاته» points further back still
        return speaker
    return None


def _generic(speaker: str) -> str | None:
    """The generic noun a speaker is («الشركة», «المتحدث نفسه»), normalised without its article, or None."""
    words = [normalize(word) for word in speaker.split()]
    roles = _roles()
    if len(words) == 2 and (words[1],) in roles.get("anaphor", {}):
        words = words[:1]
    if len(words) != 1 or (words[0],) not in roles.get("generic", {}):
        return None
    return words[0][len(ARTICLE):]


def _named(generic: str, before: str) -> str | None:
    """The name last given to the generic noun before the sentence: «شركة سيريكا إنرجي البريطانية» for «الشركة».

    The noun without its article, then up to NAME_WORDS words up to a comma, preposition, particle or time word."""
    if not generic or not before:
        return None
    tokens = _tokens(before, 0, len(before))
    for index in range(len(tokens) - 2, -1, -1):
        norm = tokens[index].norm
        if norm != generic and not (norm[:1] in "وبلفك" and norm[1:] == generic) or tokens[index].stop:
            continue
        name = [tokens[index].surface[1:] if norm != generic else tokens[index].surface]
        for position in range(index + 1, min(len(tokens), index + 1 + NAME_WORDS)):
            token = tokens[position]
            twice = token.norm in (tokens[position - 1].norm, tokens[position + 1].norm if position + 1 < len(tokens) else "")
            if not twice and (_is_function(token) or _phrase_at(tokens, position, "that") or token.time
                              or _phrase_at(tokens, position, "report", proclitic=True)
                              or _phrase_at(tokens, position, "opens", proclitic=True)):
                break  # «شبكة سي أن أن»: a particle said twice is the name's
            if len(name) > 1 and token.norm[:1] == "ل" and not twice:
                break  # «شركة سامسونغ للإعلان …», «شركة كريم لخدمات …»: what the company is for, not its name
            if len(name) == 1 and not token.norm.isascii() and not token.norm.startswith(ARTICLE) and (token.norm.endswith("ه") or token.norm.endswith("ي") and len(token.norm) >= 5):
                return None  # «شركة متخصصة», «حزب سياسي»: an adjective, no name
            definite = any(normalize(word).startswith(ARTICLE) for word in name[1:])
            if len(name) > 1 and not token.norm.startswith(ARTICLE) and not twice and not token.norm.isascii() \
                    and (definite or token.norm[:1] in "يت" and len(token.norm) >= 4):
                break  # «صندوق النقد الدولي توقعاته», «شركة مايكروسوفت تصدر»: the name has ended
            name.append(token.surface)
            if token.stop:
                break
        if len(name) > 3 and not normalize(name[-2]).startswith(ARTICLE) and normalize(name[-1]).startswith(ARTICLE):
            name.pop()  # «شركة سيريكا إنرجي البريطانية» -> «شركة سيريكا إنرجي»: the name says who; its adjective costs the statement words
        return " ".join(name) if len(name) > 1 else None
    return None


def _fragmentary(text: str) -> bool:
    """Too short to tell a happening, or opening on a preposition or adjunct («بمناسبة حلول»، «وفق بلاغ»)."""
    words = text.split()
    if len(words) < MIN_TITLE_WORDS:
        return True
    first = normalize(words[0])
    adjuncts = _roles().get("adjunct", {})
    return (first,) in adjuncts or first.startswith("و") and (first[1:],) in adjuncts


# --- words ------------------------------------------------------------------------------


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
    by_first = _phrases_by_first_word().get(role, {})
    first = tokens[index].norm
    heads = [first] + ([first[1:]] if proclitic and first[:1] in PROCLITICS and len(first) > 2 else [])
    best = 0
    for head in heads:
        for rest in by_first.get(head, ()):
            size = 1 + len(rest)
            if size <= best or index + size > len(tokens):
                continue
            if any(t.stop for t in tokens[index : index + size - 1]):
                continue  # a phrase does not run over punctuation
            if all(tokens[index + 1 + k].norm == word for k, word in enumerate(rest)):
                best = size
    return best


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    """Words of text[start:end] with their offsets, punctuation folded into `stop` flags."""
    tokens: list[_Token] = []
    position = start
    for chunk in (part for word in text[start:end].split() for part in INNER_QUOTE.split(word) if part):
        chunk_start = text.index(chunk, position)
        position = chunk_start + len(chunk)
        head = len(chunk) - len(chunk.lstrip("".join(EDGE_CHARS)))
        tail = len(chunk.rstrip("".join(EDGE_CHARS)))
        if head and tokens and STOP_CHARS & set(chunk[:head]):
            tokens[-1].stop = True
        if tail <= head:  # punctuation alone («--»، «،»), but not the dash of a score «2 - 1»
            if tokens and STOP_CHARS & set(chunk) and not (chunk in "-–" and tokens[-1].norm.isdigit()):
                tokens[-1].stop = True
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


# --- clauses ----------------------------------------------------------------------------


def _clauses(tokens: list[_Token]) -> list[_Clause]:
    """Split at punctuation and clause openers; a reporting frame «قال X، …، إن» is one clause."""
    breaks = {0}
    for index, token in enumerate(tokens):
        if token.stop:
            breaks.add(index + 1)
        if index and _phrase_at(tokens, index, "opens", proclitic=True) and not _phrase_at(tokens, index - 1, "opens", proclitic=True) \
                and not _phrase_at(tokens, index - 1, "lead", proclitic=True):
            breaks.add(index)  # «الذي تم تعيينه» is one clause
    frames: dict[int, _Clause] = {}
    index = 0
    while index < len(tokens):
        frame = _frame_at(tokens, index) if index in breaks else None
        if frame:
            frame.first = index  # with its leading particles («وكانت الخطوط الجوية أعلنت … أن»)
            breaks.difference_update(range(frame.first + 1, frame.last + 1))
            breaks.add(frame.last + 1)
            frames[frame.first] = frame
            index = frame.last + 1
        else:
            index += 1
    starts = sorted(b for b in breaks if b < len(tokens))
    ends = [s - 1 for s in starts[1:]] + [len(tokens) - 1]
    clauses = [frames.get(a) or _Clause(a, b) for a, b in zip(starts, ends)]
    return _drop_time_only(tokens, clauses)


def _frame_at(tokens: list[_Token], index: int) -> _Clause | None:
    """A reporting verb near a clause's start, its speaker, up to the إن/أن that opens the statement.

    «وقال الوزير، الخميس، إن …» (verb first) and «الوزارة أوضحت في بلاغ أن …» (speaker first)."""
    index += _lead_words(tokens, index)
    verb = next((i for i in range(index, min(len(tokens), index + SPEAKER_REACH))
                 if _phrase_at(tokens, i, "report", proclitic=True) and (i == index or not _is_function(tokens[i]))), None)
    if verb is None or any(t.stop or _is_function(t) or _phrase_at([t], 0, "opens", proclitic=True) for t in tokens[index:verb]):
        return None  # a speaker is a noun phrase («بحسب ما يكشف» is not one)
    for that in range(verb + 1, min(len(tokens) - 1, verb + FRAME_REACH)):
        said = _phrase_at(tokens, that, "that") and not _phrase_at(tokens, that - 1, "not_before_that", proclitic=True)
        if said or tokens[that].opens_quote and _quotation(tokens, that):
            first = verb + 1
            while first < that and _pronoun_object(tokens[first].norm):
                first += 1  # «التي قال فيها، الجمعة، إن …»: «فيها» is no one
            speaker = (index, verb - 1) if verb > index else (first, _speaker_end(tokens, first, that))
            return _Clause(index, that if said else that - 1, speaker=speaker if speaker[1] >= speaker[0] else None, frame=True)
        if _phrase_at(tokens, that, "report", proclitic=True):
            return None
    return None


def _quotation(tokens: list[_Token], first: int) -> bool:
    """Does a quotation opening on tokens[first] run on for a statement's length (not a name in quotes)?"""
    close = next((i for i in range(first, len(tokens)) if tokens[i].closes_quote or i > first and tokens[i].opens_quote), len(tokens))
    return close - first + 1 >= QUOTE_WORDS


def _speaker_end(tokens: list[_Token], first: int, that: int) -> int:
    """The speaker runs from the verb to the first preposition, time word or comma."""
    while first < that and tokens[first].time:  # «وأعلنت اليوم الخميس شركة …»
        first += 1
    last = first - 1
    for index in range(first, that):
        token = tokens[index]
        if token.time or _is_function(token) or token.norm.startswith(("ب" + ARTICLE, "ل" + ARTICLE, "لل")) and index > first:
            break
        last = index
        if token.stop:
            break
    if last == first and _phrase_at(tokens, first, "office", proclitic=True) and not tokens[first].stop:
        # «وقال مؤسس علي بابا، …», «رئيس إحدى الجمعيات المحلية»: an office noun cut from its construct
        # says no one; its complement runs to the comma, time word or إن (up to SUBJECT_WORDS words)
        for index in range(first + 1, min(that, first + SUBJECT_WORDS)):
            token = tokens[index]
            if token.time or _phrase_at(tokens, index, "that") or _phrase_at(tokens, index, "report", proclitic=True) \
                    or token.norm.startswith(PREPOSITION_ARTICLE) \
                    or _phrase_at(tokens, index, "opens", proclitic=True) \
                    or _is_function(token) and (index > first + 1 or _bare(token.norm) in PREPOSITIONS - {"علي"}):
                break
            last = index
            if token.stop:
                break
    return last


def _drop_time_only(tokens: list[_Token], clauses: list[_Clause]) -> list[_Clause]:
    """A clause of time words only («، الأربعاء،») joins the clauses on its two sides into one."""
    result: list[_Clause] = []
    joining = False
    for clause in clauses:
        if not any(not t.time for t in tokens[clause.first : clause.last + 1]):
            opener = tokens[clause.first].norm
            if result and opener[:1] in PROCLITICS and len(opener) > 2 and not clause.frame:
                result.append(clause)  # «…، وفي اليوم نفسه، عرضت …»: it opens the next clause
                joining = True
                continue
            if result:
                result[-1].last = clause.last
                joining = not result[-1].frame
            else:
                result.append(clause)
            continue
        if joining and not clause.frame and not _phrase_at(tokens, clause.first, "opens", proclitic=True):
            result[-1].last = clause.last
        else:
            if result and not any(not t.time for t in tokens[result[-1].first : result[-1].last + 1]):
                clause.first = result.pop().first  # a sentence opening with its date
            result.append(clause)
        joining = False
    return result


def _core(tokens: list[_Token], clauses: list[_Clause], offset: int) -> tuple[_Clause, str | None, list[int] | None]:
    """The clause holding the mention, widened while it says too little; a speaker as actor; and the
    speaker as the statement's subject when the statement refers to them («وأكد عباس أنه سيعود»)."""
    at = next((i for i, c in enumerate(clauses) if tokens[c.last].end > offset), len(clauses) - 1)
    actor = told_of = None
    if clauses[at].frame and at + 1 < len(clauses):  # «قال الوزير الخميس إن …»: the statement is the happening
        actor = _span_text(tokens, clauses[at].speaker) if clauses[at].speaker \
            else "" if at == 0 else None  # «وأضاف "…"» opening the sentence: the speaker before said it
        if clauses[at].speaker and _quantity_speaker(tokens, clauses[at].speaker):
            actor = None  # «أكد عدد من الفنانين أن …»: no «عدد:» label
        at += 1
        if actor and _self_statement(tokens, clauses[at - 1], clauses[at]):
            # «وأعلنت بكين اليوم أنها تدرس فرض رسوم»: the statement's verb has the speaker as subject, so the
            # title is told of them («بكين تدرس فرض رسوم»), not as a label before a bare verb
            speaker = clauses[at - 1].speaker
            told_of = [i for i in range(speaker[0], speaker[1] + 1) if not tokens[i].time] or None
            actor = None if told_of else actor
    elif at and clauses[at - 1].frame and clauses[at - 1].speaker and _phrase_at(tokens, clauses[at - 1].last, "that_self") \
            and not _phrase_at(tokens, clauses[at].first, "impersonal", proclitic=True) \
            and not _is_function(tokens[clauses[at].first]):  # «أنه تم …», «أنه من المقرر …», «أنه مع …»
        speaker = clauses[at - 1].speaker
        told_of = [i for i in range(speaker[0], speaker[1] + 1) if not tokens[i].time] or None
    elif at >= 1 and clauses[0].frame and not clauses[0].speaker and clauses[0].last + 1 < len(tokens) \
            and tokens[clauses[0].last + 1].opens_quote \
            and not any(t.closes_quote for t in tokens[clauses[0].last + 1 : clauses[at].first]):
        # «وأضاف "كانت صدمة عندما استيقظت هذا الصباح …"»: a quotation whose frame names no one is the speaker's
        # of the sentence before («استيقظت» says who only with them)
        actor = ""
    elif at and clauses[at - 1].frame and clauses[at - 1].speaker and not _quantity_speaker(tokens, clauses[at - 1].speaker) \
            and clauses[at - 1].last + 1 < len(tokens) and tokens[clauses[at - 1].last + 1].opens_quote \
            and _first_person(tokens, clauses[at - 1].last + 1, clauses[at].last):
        # «وقال باخ "أرسل لي السيد بلاتر خطابا يوم 23 يوليو …"»: a quotation in the first person says who only with
        # its speaker («باخ: أرسل لي …»), though the date dates what it tells
        actor = _span_text(tokens, clauses[at - 1].speaker)
    if actor is None and told_of is None and not clauses[at].frame:
        phrase = _dated_verbal_noun(tokens, clauses[at], offset) \
            or _since_phrase(tokens, clauses[at], offset, clauses[at + 1] if at + 1 < len(clauses) else None)
        if phrase:  # «ساعد الحريري عائلته بعد اغتيال والده عام 2005»: the date dates the assassination
            return _Clause(*phrase, whole=True, owner=_owner(tokens, *phrase)), None, None
    first = last = at
    pronoun = next((i for i in range(clauses[at].first, clauses[at].last + 1) if not tokens[i].time), None)
    antecedent = None
    relative = pronoun is not None and _phrase_at(tokens, pronoun, "relative", proclitic=True)
    if pronoun is not None and (relative or _phrase_at(tokens, pronoun, "participle", proclitic=True)):
        # «اجتماع منتدى الأعمال، المرتقب تنظيمه في يوليو»: a participle's clause describes the noun before it too
        antecedent = _antecedent(tokens, pronoun)
        # the pronoun goes when its noun phrase opens the title («السلسلة تعرض …»), not after a whole clause
        if relative and antecedent is not None and not (at and antecedent <= clauses[at - 1].first):
            tokens[pronoun].skip = True
    content = _content_counts(tokens)
    if antecedent is not None and at and not clauses[at - 1].frame and all(
            t.time or _is_function(t) or t.norm.isdigit() or _phrase_at([t], 0, "copula", proclitic=True)
            for t in tokens[pronoun + 1 : clauses[at].last + 1]):
        for token in tokens[clauses[at].first : clauses[at].last + 1]:
            token.skip = True  # «للانتخابات الرئاسية التي باتت في أبريل»: the clause it describes tells it
        antecedent, first, last = None, at - 1, at - 1
        at = first
    anchored = first == last and tokens[clauses[at].last].end > offset  # the mention is in the core

    def start() -> int:
        return antecedent if antecedent is not None and first == at else clauses[first].first

    while content[clauses[last].last + 1] - content[start()] < MIN_CONTENT_WORDS:
        backward = first > 0 and not clauses[first - 1].frame
        contrast = last + 1 < len(clauses) and _phrase_at(tokens, clauses[last + 1].first, "contrast", proclitic=True)
        if backward and (last + 1 >= len(clauses) or contrast):
            # «…، نانسي بوتكوسكي، في عام 1985، بيد أنهما انفصلا»: a clause opened by «بيد أن» or «لكن»
            # tells another happening; the clause before tells this one
            first -= 1
            anchored = False  # what is told is before the mention («…، بنسبة 86 في المئة، وذلك خلال …»)
            if antecedent is not None:
                tokens[pronoun].skip = False  # «… تجديد الاتفاق الذي ينتهي»: the pronoun joins the clauses
            while first > 0 and not clauses[first - 1].frame and _phrase_at(tokens, clauses[first].first, "relative", proclitic=True):
                first -= 1  # «…، اللائي تتراوح أعمارهن …»: a relative clause with the noun it describes
        elif last + 1 < len(clauses) and not clauses[last + 1].frame:
            last += 1
        else:
            break
    if first == last and actor is None and told_of is None and _verb_and_subject(tokens, start(), clauses[last].last):
        # «أبلغ الرئيس الأميركي، دونالد ترامب، مستشاريه برغبته …», «وأصدر الرئيس المصري في يوليو، قانوني …»: a verb
        # and its subject say who but not what; the object after the comma (and a name in apposition before it) is told
        while last + 1 < len(clauses) and last - first < 3 and _continues_object(tokens, clauses[last + 1]):
            last += 1
            aside = clauses[last]
            if last + 1 < len(clauses) and _continues_object(tokens, clauses[last + 1]) \
                    and tokens[aside.first].norm[:1] in "بل" and not tokens[aside.first].norm[1:].startswith(ARTICLE):
                for token in tokens[aside.first : aside.last + 1]:
                    token.skip = True  # «أطلق الجيش السوري، بمساعدة من حليفته روسيا، عملية عسكرية»: past the aside
                continue
            if not _bare_noun_phrase(tokens, aside.first, aside.last):
                break
    elif first == last and actor is None and told_of is None and antecedent is None and first > 0 \
            and _continues_object(tokens, clauses[first]) \
            and (not _bare_noun_phrase(tokens, clauses[first].first, clauses[first].last)
                 or first == len(clauses) - 1 and content[clauses[first].last + 1] - content[clauses[first].first] >= 4):
        # «ووقع وزير الطاقة، كريم الهادي، اتفاقية …، الثلاثاء»: an object's clause is told with its verb and subject
        # (past a name in apposition or an aside opening on a preposition between them)
        asides = []
        for back in range(first - 1, max(-1, first - 4), -1):
            clause = clauses[back]
            if clause.frame:
                break
            if _verb_and_subject(tokens, clause.first, clause.last):
                for aside in asides:
                    for token in tokens[aside.first : aside.last + 1]:
                        token.skip = True
                first, anchored = back, False
                break
            opener = tokens[clause.first]
            if opener.norm[:1] in "بل" and not opener.norm[1:].startswith(ARTICLE) and not _is_function(opener):
                asides.append(clause)
            elif not _bare_noun_phrase(tokens, clause.first, clause.last) or not _continues_object(tokens, clause) \
                    or clause.last == clause.first or len(asides) < first - 1 - back:
                break  # one name in apposition, of two words or more («، دونالد ترامب،»; not «خالد السليمي- سبق- حائل:»)
    while actor and last + 1 < len(clauses) and not clauses[last + 1].frame and _bare_noun_phrase(tokens, start(), clauses[last].last) \
            and (not _phrase_at(tokens, clauses[last + 1].first, "opens", proclitic=True)
                 or _phrase_at(tokens, clauses[last + 1].first, "relative", proclitic=True)):
        last += 1  # «إن الرئيس الأمريكي، دونالد ترامب، "محق …"», «أن إجمالي عدد الحسابات التي تم حذفها وصل …»:
        # a statement is more than its subject
    opening = next((i for i in range(clauses[first].first, clauses[first].last + 1) if not tokens[i].time), None)
    if first > 0 and not clauses[first - 1].frame and opening is not None and _is_adjunct(tokens, opening):
        first -= 1  # «…، على بناء شبكة»: an adjunct belongs to the clause before it
        if first > 0 and _phrase_at(tokens, clauses[first].first, "relative", proclitic=True):
            for token in tokens[clauses[first].first : clauses[first].last + 1]:
                token.skip = True  # «قوات …، التي تغلب عليها …، على معظم المنطقة»: past the aside
            first -= 1
        if first > 0 and not clauses[first - 1].frame and first < last and not tokens[clauses[first - 1].last].time \
                and _bare_noun_phrase(tokens, clauses[first].first, clauses[first].last) \
                and not _phrase_at(tokens, clauses[first].first, "opens", proclitic=True):
            first -= 1  # «وصل وزير الخارجية، مايك بومبيو، إلى …»: a name set off by commas is in apposition
    if relative and antecedent is not None and first == at and antecedent and _clause_verb(tokens, antecedent - 1):
        # «وأسفرت الحرب التي اندلعت في 2013 عن مصرع …»: the antecedent is the subject of the verb before it, and
        # what follows the relative clause's date is that verb's («عن مصرع»): the clause ends at its date
        mention = next((i for i in range(pronoun + 1, clauses[at].last + 1) if tokens[i].start >= offset and tokens[i].time), None)
        end = mention
        while end is not None and end < clauses[at].last and tokens[end + 1].time:
            end += 1
        if mention is not None and end < clauses[last].last and content[mention] - content[pronoun + 1] >= 1 \
                and not any(_is_function(t) for t in tokens[pronoun + 1 : mention] if not t.time):
            # (not «حصل جنوب السودان الذي يضم عدة إثنيات على استقلاله في 2011»: «على استقلاله» is the verb's)
            return _Clause(start(), end, anchored=anchored, whole=True), actor, told_of
    return _Clause(start(), clauses[last].last, anchored=anchored), actor, told_of


@lru_cache(maxsize=1)
def _temporal_prepositions() -> frozenset[str]:
    return frozenset(_roles_words("temporal"))


@lru_cache(maxsize=1)
def _not_verbal_nouns() -> frozenset[str]:
    return frozenset(_roles_words("not_verbal") | _roles_words("edge"))


VERBAL_NOUN_WORDS = 4  # «بعد محاولة انقلاب فاشلة في يوليو 2016»: the phrase between the preposition and its date


def _dated_verbal_noun(tokens: list[_Token], clause: _Clause, offset: int) -> tuple[int, int] | None:
    """«بعد اغتيال والده عام 2005», «إثر محاولة انقلاب في يوليو 2016»: a temporal preposition, a verbal noun and
    its complement (up to VERBAL_NOUN_WORDS words, no particle, comma or opener), then the mention: the date dates
    that happening, not the clause it is an adjunct of. Its words from the noun to the date, when two or more."""
    mention = next((i for i in range(clause.first, clause.last + 1) if tokens[i].start >= offset and tokens[i].time), None)
    if mention is None:
        return None
    start = mention
    while start > clause.first and tokens[start - 1].time and not tokens[start - 1].stop:
        start -= 1  # «في» before the date goes with it
    first = start
    while first > clause.first and start - first < VERBAL_NOUN_WORDS + 1:
        token = tokens[first - 1]
        if token.stop or token.time or _is_function(token) or _phrase_at(tokens, first - 1, "opens", proclitic=True):
            break
        first -= 1
    if first == start or first == clause.first or start - first < 2:
        return None
    preposition = tokens[first - 1]
    if _bare(preposition.norm) not in _temporal_prepositions() and preposition.norm not in _temporal_prepositions() \
            or preposition.stop or first >= 2 and tokens[first - 2].norm in {"فيما", "ما", "من"}:
        return None  # «أسس الثلاثة فيما بعد موقع يوتيوب»: «فيما بعد» is «later», no preposition
    if _conjoined(tokens[first]) or tokens[first].norm.startswith(("ايام", "يوم")):
        return None  # «بعد ويمبلدون», «منذ أيامها الأولى»
    noun = tokens[first].norm
    if noun in _not_verbal_nouns() or noun[:1].isdigit() or _phrase_at(tokens, first, "relative", proclitic=True) \
            or any(t.norm[:1].isdigit() for t in tokens[first:start]):
        return None
    end = mention
    while end < clause.last and tokens[end + 1].time and not tokens[end].stop:
        end += 1
    return first, end


def _owned_noun(word: str) -> str | None:
    """A verbal noun without its pronoun: «لقائه» -> «لقاء», «خسارته» -> «خسارة», «انضمامه» -> «انضمام»."""
    word = re.sub("[\u064b-\u0652ـ]", "", _without_conjunction(word))  # diacritics, tatweel
    norm = normalize(word)
    suffix = next((end for end in ("ها", "هم", "ه") if word.endswith(end)), None)  # not ة («محاولة»)
    if suffix is None or norm.startswith(ARTICLE) or len(norm) - len(suffix) < 4 or _is_function(_Token(0, 0, word, norm)):
        return None
    stem_ = word[: -len(suffix)]
    if stem_.endswith("ئ"):
        stem_ = stem_[:-1] + "اء" if not stem_.endswith("ائ") else stem_[:-1] + "ء"  # «لقائه» -> «لقاء»
    elif stem_.endswith("ت") and not (len(stem_) == 5 and stem_[0] == "ت" and stem_[3] == "ي"):
        stem_ = stem_[:-1] + "ة"
    return stem_


def _owner(tokens: list[_Token], first: int, last: int) -> tuple[int, ...]:
    """Whose a dated verbal noun is when it ends on a pronoun («منذ لقائه مع كيم»): the subject of the sentence's main
    clause, a verb then a name or a definite noun phrase — after the phrase when the sentence opens on it, else at its
    start. Only a one-word name before a particle or comma, or up to three definite words; else no one."""
    if not _owned_noun(tokens[first].surface):
        return ()
    opening = next((i for i, t in enumerate(tokens) if not t.time and not _lead_words(tokens, i)), None)
    if opening is None:
        return ()
    if opening >= first - 1:  # the sentence opens on the phrase: the main clause follows its comma
        opening = last + 1
        while opening < len(tokens) and (tokens[opening].time or _lead_words(tokens, opening)):
            opening += 1
    if opening + 1 >= len(tokens) or first - 1 <= opening <= last:
        return ()
    verb = tokens[opening]
    if verb.norm.startswith(ARTICLE) or _is_function(verb) or verb.stop or not _verb_like(verb) \
            or _phrase_at(tokens, opening, "report", proclitic=True):
        return ()
    subject = []
    for index in range(opening + 1, min(len(tokens), opening + 4)):
        token = tokens[index]
        if token.time or _is_function(token) or not token.norm.startswith(ARTICLE) or len(token.norm) <= 3:
            break
        subject.append(index)
        if token.stop:
            break
    if subject:
        return tuple(subject) if first > subject[-1] or first < opening else ()
    name = tokens[opening + 1]
    following = tokens[opening + 2] if opening + 2 < len(tokens) else None
    if name.time or _is_function(name) or len(name.norm) < 3 or name.norm[:1].isdigit() or name.norm.startswith(PREPOSITION_ARTICLE) \
            or not (name.stop or following is None or _is_function(following) or following.norm.endswith("ا")
                    and not following.norm.startswith(ARTICLE)):
        return ()
    return (opening + 1,) if not first - 1 <= opening + 1 <= last else ()


SINCE_WORDS = 8  # «منذ بدء عملياته الداعمة للشرعية في اليمن قبل نحو 3 أعوام»: the phrase between منذ and its date
@lru_cache(maxsize=1)
def _duration_nouns() -> frozenset[str]:
    return frozenset(_roles_words("not_verbal") | _roles_words("duration"))


def _since_phrase(tokens: list[_Token], clause: _Clause, offset: int, following: _Clause | None) -> tuple[int, int] | None:
    """«يعاني من أزمة منذ احتجاجات يناير 2011 التي أطاحت بمبارك», «منذ أن تخلت عن خططها … عام 2008»: what «منذ»
    and its date frame is a state; the date dates the happening the state started with, told by the words between
    them (up to SINCE_WORDS, across prepositions: a date after منذ's phrase cannot date a state), or by one noun and
    the relative clause after its date. «منذ انتهاء الحرب» is a happening too («بعد انتهاء المباراة» is not)."""
    mention = next((i for i in range(clause.first, clause.last + 1) if tokens[i].start >= offset and tokens[i].time), None)
    if mention is None:
        return None
    start = mention
    while start > clause.first and tokens[start - 1].time and not tokens[start - 1].stop:
        start -= 1
    first = None
    for index in range(start - 1, max(clause.first, start - SINCE_WORDS - 2) - 1, -1):
        token = tokens[index]
        if token.stop or token.time or _phrase_at(tokens, index, "opens", proclitic=True):
            return None
        if token.norm in {"منذ", "ومنذ"}:
            first = index + 1
            break
        if _bare(token.norm) in _temporal_prepositions() or token.norm in _temporal_prepositions():
            return None  # «منذ فترة طويلة قبل الثورة»: the nearer preposition frames the date
    if first is None or first >= start:
        return None
    if tokens[first].norm in {"ان", "ما"} and first + 1 < start:
        first += 1  # «منذ أن شنت الحكومة هجوما»: a verb clause
    noun = tokens[first].norm
    bare_noun = noun[len(ARTICLE):] if noun.startswith(ARTICLE) else noun
    if bare_noun in _duration_nouns() or noun in _duration_nouns() or noun[:1].isdigit() or _conjoined(tokens[first]) \
            or noun.startswith(("ايام", "يوم")) or _phrase_at(tokens, first, "relative", proclitic=True) \
            or _is_function(tokens[first]) or any(t.norm in _duration_nouns() for t in tokens[first:start]):
        return None
    end = mention
    while end < clause.last and tokens[end + 1].time and not tokens[end].stop:
        end += 1
    if start - first >= 2:
        if end < clause.last and not tokens[end].stop and _is_function(tokens[end + 1]) \
                and _bare(tokens[end + 1].norm) not in _temporal_prepositions():
            # «منذ أن تحدث مجلس أوروبا في 2011 عن جرائم حرب»: the complement after the date is the phrase's
            for index in range(end + 1, min(clause.last, end + SINCE_WORDS) + 1):
                token = tokens[index]
                if token.time or _conjoined(token) or _phrase_at(tokens, index, "opens", proclitic=True):
                    break
                end = index
                if token.stop:
                    break
        return first, end
    # one noun: its relative clause right after the date tells what it did («احتجاجات … التي أطاحت بالرئيس»)
    if end == clause.last and not tokens[end].stop and following is not None and following.first == end + 1 \
            and not following.frame and _phrase_at(tokens, following.first, "relative", proclitic=True) \
            and not tokens[first].norm.endswith(("ه", "ها", "هم")) and following.last > following.first + 1:
        tokens[following.first].skip = True
        return first, following.last
    return None


def _self_statement(tokens: list[_Token], frame: _Clause, statement: _Clause) -> bool:
    """Does a frame's «أنه/أنها» make its speaker the subject of a statement opening on a verb («أنها تدرس»)?
    Not an impersonal («أنه تم»), a particle, a definite predicate («أنها الأولى») or a quotation."""
    opener = tokens[statement.first]
    return bool(frame.speaker) and _phrase_at(tokens, frame.last, "that_self") > 0 \
        and not _phrase_at(tokens, statement.first, "impersonal", proclitic=True) and not _is_function(opener) \
        and not opener.norm.startswith(ARTICLE) and not opener.norm[:1].isdigit() and not opener.opens_quote \
        and not opener.time and not _quantity_speaker(tokens, frame.speaker) \
        and sum(not t.time for t in tokens[frame.speaker[0] : frame.speaker[1] + 1]) <= SUBJECT_WORDS \
        and not (opener.norm.endswith("ه") or opener.norm.endswith("ي") and len(opener.norm) >= 5
                 or opener.norm[:1] == "م" and len(opener.norm) >= 5)  # a noun or participle: «أنها مستمرة», «أنه ضحية»


FIRST_PERSON = {"لي", "انا", "نحن", "لنا", "علينا", "عندنا", "منا", "بنا", "معنا", "اننا", "لاننا", "انني", "لانني", "اني",
                "عني", "مني", "معي", "عندي", "الينا", "الي"}  # normalised: «إليّ» is «الي» too, only inside a quotation


def _first_person(tokens: list[_Token], first: int, last: int) -> bool:
    """Does a quotation's stretch speak in the first person («أرسل لي», «لأننا», «يبلغني»)?"""
    for token in tokens[first : last + 1]:
        norm = token.norm[1:] if token.norm[:1] in PROCLITICS and token.norm[1:] in FIRST_PERSON else token.norm
        if norm in FIRST_PERSON - {"الي"} or norm[:1] in "يتا" and norm.endswith("ني") and not norm.endswith("اني") \
                and len(norm) >= 5 and not norm.startswith(ARTICLE) and not _is_function(token):
            return True  # «يبلغني», «أبلغني»; not a nisba «لبناني», «البرلماني»
        if token.closes_quote:
            break
    return False


def _quantity_speaker(tokens: list[_Token], speaker: tuple[int, int]) -> bool:
    """«عدد من الفنانين», «العديد من الخبراء»: a quantity says how many spoke, not who."""
    return tokens[speaker[0]].norm in QUANTITY or _bare(tokens[speaker[0]].norm) in QUANTITY


def _verb_and_subject(tokens: list[_Token], first: int, last: int) -> bool:
    """A clause of a verb and its definite subject only, ending at a comma («وأصدر الرئيس المصري في يوليو،»)."""
    words = [i for i in range(first, last + 1) if not tokens[i].time]
    words = words[_lead_words([tokens[i] for i in words], 0):]
    if not 2 <= len(words) <= 1 + SUBJECT_WORDS or not tokens[last].stop:
        return False
    verb = tokens[words[0]]
    if verb.norm.startswith(ARTICLE) or _is_function(verb) or verb.norm[:1].isdigit() or verb.opens_quote \
            or _phrase_at(tokens, words[0], "report", proclitic=True) or _generic(verb.surface) \
            or _phrase_at(tokens, words[0], "adjunct", proclitic=True) \
            or not (_verb_like(verb) or _clause_verb(tokens, words[0])):
        return False
    opens_sentence = all(t.time or _is_function(t) for t in tokens[: words[0]])
    if not (opens_sentence or _conjoined(verb) or verb.norm in _present_forms()):
        return False  # «…، كريم الهادي،»: a name in apposition is no verb
    return all((tokens[i].norm.startswith(ARTICLE) or p and tokens[i].norm.startswith("لل")
                or not p and len(words) > 2 and i + 1 == words[2] and _construct_head(tokens, i)) and len(tokens[i].norm) > 3
               and not _is_function(tokens[i]) for p, i in enumerate(words[1:]))  # «المدير الجهوي للصحة», «وزير الطاقة»


def _continues_object(tokens: list[_Token], clause: _Clause) -> bool:
    """Can the clause after a verb and its subject hold its object: not a frame, opener, particle, conjunct or time?"""
    opener = tokens[clause.first]
    return not clause.frame and not opener.time and not _phrase_at(tokens, clause.first, "opens", proclitic=True) \
        and not _lead_words(tokens, clause.first) and not _is_function(opener) and not _conjoined(opener) \
        and not _phrase_at(tokens, clause.first, "contrast", proclitic=True) and not opener.opens_quote \
        and not _phrase_at(tokens, clause.first, "report", proclitic=True) and not opener.norm[:1].isdigit()


def _bare_noun_phrase(tokens: list[_Token], first: int, last: int) -> bool:
    """A few words with no preposition or particle among them: a subject (and its apposition) alone."""
    words = [t for t in tokens[first : last + 1] if not t.time]
    return len(words) <= SUBJECT_WORDS and not any(_is_function(t) for t in words)


def _antecedent(tokens: list[_Token], pronoun: int) -> int | None:
    """Where the noun phrase a relative clause describes starts: «سلسلة ساكن ومسكون» before «التي»."""
    start = None
    for index in range(pronoun - 1, max(-1, pronoun - 1 - ANTECEDENT_WORDS), -1):
        token = tokens[index]
        if token.time and index and not tokens[index - 1].time and _phrase_at(tokens, index, "time") == 1 \
                and not token.stop:
            continue  # «المرحلة المقبلة التي تسبق …»: a time adjective between the noun and its clause
        if token.time or _is_function(token) or (token.stop and index != pronoun - 1) or _pronoun_object(token.norm):
            break
        if index and _phrase_at(tokens, index - 1, "relative", proclitic=True):
            break  # «… الذي يديره الطاهي … الذي حل»: the verb of the clause before is not the noun's
        if index < pronoun - 1 and _accusative(token):
            break  # «انشأت تكريما لذكرى النائبة التي …»: an adverbial accusative ends the noun phrase
        if index < pronoun - 1 and tokens[pronoun - 1].stop and (index == 0 or tokens[index - 1].stop) \
                and not token.norm.startswith(ARTICLE):
            break  # «واستدعى مانشيني، الذي …»: the clause's verb is not part of the noun phrase
        if index < pronoun - 1 and _clause_verb(tokens, index) and _one_noun(tokens, index + 1, pronoun - 1):
            break  # «وأسفرت الحرب التي اندلعت …»: the main clause's verb, then its subject the clause describes
            # (not «وشهدت المدينة الحريق الذي»: two nouns, a subject and its object, the verb's clause is told)
        start = index
        if token.norm.startswith(PREPOSITION_ARTICLE):
            break  # «للاتفاق النووي الذي»: the phrase starts at its preposition
    return start


def _one_noun(tokens: list[_Token], first: int, last: int) -> bool:
    """Are tokens[first..last] one noun: a word, or a definite noun and its nisba adjectives («الحرب الأهلية»)?"""
    if first == last:
        return True
    return tokens[first].norm.startswith(ARTICLE) and all(
        t.norm.startswith(ARTICLE) and t.norm.endswith(("ي", "يه", "يين", "يون")) for t in tokens[first + 1 : last + 1])


def _clause_verb(tokens: list[_Token], index: int) -> bool:
    """Does a clause open on a verb at tokens[index] (VSO news style)? At the sentence's or a clause's start, after
    its particles and time words: «وأسفرت», «وتمر» (و before an undefined word, not a root letter: not «وزير»), a
    verb the lexicon knows, or a future or imperfect «ستطور», «يتعرض»."""
    start = index
    while start and (tokens[start - 1].time or _phrase_at(tokens, start - 1, "lead", proclitic=True)) and not tokens[start - 1].stop:
        start -= 1
    if start and not tokens[start - 1].stop:
        return False
    norm = tokens[index].norm
    bare = norm[1:] if norm[:1] in PROCLITICS and len(norm) > 3 else norm
    if bare.startswith(ARTICLE) or _is_function(tokens[index]) or norm[:1].isdigit() or tokens[index].stop:
        return False
    if bare in _present_forms() or bare[:1] == "س" and bare[1:2] in "يتن" and len(bare) >= 5 \
            or bare[:1] == "ي" and len(bare) >= 5:
        return True
    return norm[:1] == "و" and len(norm) >= 4 and not _waw_root_word(norm) and not norm.endswith(("ه", "ات", "ي"))


PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم")


def _pronoun_object(norm: str) -> bool:
    """A preposition with a pronoun («بها», «فيه», «عليهم», «منها»): it ends a noun phrase read backwards."""
    return any(norm == head + suffix for head in ("ب", "ل", "في", "من", "عن", "علي", "الي", "مع", "عند", "لدي")
               for suffix in PRONOUN_SUFFIXES if len(head + suffix) >= 2) and norm not in {"بي", "لي", "مني", "عني", "معي"}


def _accusative(token: _Token) -> bool:
    """An adverbial accusative («تكريماً», «استعدادا», «تكريما»): not part of a noun phrase before a relative.
    Names end in ا too («كوستاريكا», «تيريزا», «أوروبا»): only the written tanween or a verbal noun's pattern."""
    norm = token.norm
    if norm.startswith(ARTICLE) or not norm.endswith("ا") or norm.endswith(("ها", "نا", "يا", "وا", "اا")):
        return False
    return "ً" in token.surface or norm.startswith("است") and len(norm) >= 7 \
        or len(norm) == 6 and norm[0] == "ت" and norm[3] == "ي" and norm[1] not in "اوي"


def _is_adjunct(tokens: list[_Token], index: int) -> bool:
    """Does a clause opening on this word continue the one before it («على …», «للحزب …»)?"""
    if _phrase_at(tokens, index, "opens", proclitic=True):
        return False
    return _is_function(tokens[index]) or tokens[index].norm.startswith(PREPOSITION_ARTICLE)


def _content_counts(tokens: list[_Token]) -> list[int]:
    """counts[i]: content words (not time, function word or number) among tokens[:i]."""
    counts = [0]
    for token in tokens:
        counts.append(counts[-1] + (not token.time and not _is_function(token) and not token.norm.isdigit()))
    return counts


def _is_function(token: _Token) -> bool:
    norm = token.norm
    bare = norm[1:] if norm[:1] in PROCLITICS and len(norm) > 2 else norm
    return any((word,) in _roles()[role] for word in (norm, bare) for role in ("function", "lead"))


# --- output -----------------------------------------------------------------------------


def _lead_words(tokens: list[_Token], index: int) -> int:
    """How many words at `index` cannot open a title (conjunctions, particles, auxiliaries)."""
    start = index
    while index < len(tokens):
        size = _phrase_at(tokens, index, "lead", proclitic=True) or _phrase_at(tokens, index, "that")
        if not size:
            break
        index += size
    return index - start


def _trim(tokens: list[_Token], core: _Clause, mention_end: int, budget: int = MAX_CHARS, extend: bool = True) -> list[int]:
    """The core's words without time words and leading particles, cut to whole words within `budget`.

    A long clause keeps the words next to the mention: what happened then is told around it."""
    kept = [i for i in range(core.first, core.last + 1) if not tokens[i].time and not tokens[i].skip]
    # «صدور قرار يوم 17 ماي قرار بإيقاف …»: a word said again after the date it framed is said once
    kept = [i for p, i in enumerate(kept) if not (p and tokens[i].norm == tokens[kept[p - 1]].norm and i - kept[p - 1] > 1
                                                 and any(t.time for t in tokens[kept[p - 1] + 1 : i]))]
    opened_with = tokens[kept[0]] if kept else None
    kept = _drop_lead(tokens, kept)
    if opened_with and _phrase_at([opened_with], 0, "perfect", proclitic=True):
        kept = [i for p, i in enumerate(kept) if not (p < PERFECT_REACH and tokens[i].norm == "قد")]
    kept = [i for p, i in enumerate(kept) if not (tokens[i].norm == "قد" and p + 1 < len(kept) and _perfect(tokens[kept[p + 1]].norm))]
    edge = _edges(tokens, kept)
    if _width(edge, 0, len(kept)) > budget:
        kept = _without_place_chain(tokens, kept)
        edge = _edges(tokens, kept)
    if _width(edge, 0, len(kept)) > budget and core.anchored:
        after = next((p for p, i in enumerate(kept) if tokens[i].start >= mention_end), len(kept))
        start = next((p for p in range(after) if _width(edge, p, after) <= LEFT_SHARE * budget), after)
        if start:
            kept = _drop_lead(tokens, kept[_phrase_start(tokens, kept, edge, start, after, budget):])
            edge = _edges(tokens, kept)
    cut = next((p for p in range(len(kept)) if _width(edge, 0, p + 1) > budget), len(kept))
    if cut < len(kept):
        end = _phrase_end(tokens, kept, edge, cut, budget + EXTEND_CHARS - MAX_CHARS) if extend else None
        kept = kept[:end] if end else _cut_at_phrase(tokens, kept[:cut])
    while kept and (_is_function(tokens[kept[-1]]) or _phrase_at(tokens, kept[-1], "opens", proclitic=True)
                    or tokens[kept[-1]].norm in QUANTITY or _bare_count(tokens, kept) or _dangling_conjunct(tokens, kept)):
        kept.pop()
    return kept


DANGLING_AFTER = {"علي", "الي", "عن", "من", "اكثر", "اقل"} | QUANTITY


def _dangling_conjunct(tokens: list[_Token], kept: list[int]) -> bool:
    """«… إلى قتل 173 شخصا وإصابة» (أكثر من 400 cut), «ووصل» (إلى … cut), «والعديد» (من … cut): a title ending on a
    word joined by و whose complement, a particle or a count, was left out ends on its first half."""
    if len(kept) < 3 or kept[-1] + 1 >= len(tokens):
        return False
    last, following = tokens[kept[-1]], tokens[kept[-1] + 1]
    return (_conjoined(last) and len(last.norm) >= 5 or last.norm[:1] == "و" and last.norm[1:] in QUANTITY) and not last.stop \
        and not following.time and not following.skip and following.norm in DANGLING_AFTER


def _bare_count(tokens: list[_Token], kept: list[int]) -> bool:
    """A number ending a title after a preposition (and what it numbers gone with the date or the cut):
    «في جولة بأوروبا من 13», «ارتفع إلى 4»; not a score («3-1») or a count the title keeps («بنتيجة 2»)."""
    return len(kept) > 1 and tokens[kept[-1]].norm.isdigit() and _is_function(tokens[kept[-2]])


ADMIN_UNITS = {"ولايه", "معتمديه", "محافظه", "اقليم", "عماله", "دائره", "بلديه", "قضاء", "مقاطعه"}
FROM_HEADS = {"قادم", "قادما", "قادمه", "القادم", "القادمه", "الفرار", "فر", "فرار", "هرب", "هروب", "الهروب", "انتقل", "انطلاقا",
              "نقل", "عاد", "رحل", "وصل", "نزح", "خرج", "طرد", "ترحيل", "نقله"}  # «الفرار من ولاية …»: where from
PLACE_PREFIXES = {"دوار", "حي", "سيدي", "بني", "عين", "بير", "بئر", "وادي", "راس", "برج", "منزل", "سيدي", "جبل", "سوق", "حمام", "قصر", "ابو", "ام"}


def _without_place_chain(tokens: list[_Token], kept: list[int]) -> list[int]:
    """A title over its length loses the wider places a place is told within before it loses its object:
    «الوحدات الأمنية بمعتمدية الرديف من ولاية قفصة من القبض على شاب» -> «… بمعتمدية الرديف من القبض على شاب»."""
    for position in range(2, len(kept) - 2):
        if tokens[kept[position]].norm != "من" or tokens[kept[position + 1]].norm not in ADMIN_UNITS \
                or _is_function(tokens[kept[position - 1]]) or tokens[kept[position - 1]].norm in FROM_HEADS:
            continue
        end = position + 3  # the unit and its name: one word, or two after «دوار», «حي», «سيدي» …
        if end < len(kept) and tokens[kept[end - 1]].norm in PLACE_PREFIXES and not tokens[kept[end - 1]].stop:
            end += 1
        if end < len(kept) and _bare(tokens[kept[end]].norm) not in {"الي", "حتي"}:  # «من ولاية سوسة إلى …»: where from
            return kept[:position] + kept[end:]
    return kept


def _perfect(norm: str) -> bool:
    """Does a word after «قد» read as a perfect verb («قد أدلى», «قد تم»), not an imperfect («قد يكون»)?"""
    return len(norm) >= 2 and not norm.isdigit() and (norm[0] not in "يتن" or norm.startswith("تم"))


def _needs_complement(token: _Token) -> bool:
    """A word a title cannot end on: a preposition, «عدد» before what is counted, a bare number."""
    return _is_function(token) or token.norm in QUANTITY or token.norm.isdigit()


def _phrase_end(tokens: list[_Token], kept: list[int], edge: list[int], cut: int, limit: int) -> int | None:
    """A cut title runs on to where its phrase ends (a comma, or the next preposition or opener) within `limit`."""
    for position in range(cut, len(kept)):
        if _width(edge, 0, position + 1) > limit:
            return None
        token = tokens[kept[position]]
        if _needs_complement(token):
            continue
        if token.stop or position + 1 == len(kept):
            return position + 1
        following = kept[position + 1]
        if _is_function(tokens[following]) or _phrase_at(tokens, following, "opens", proclitic=True) \
                or tokens[following].norm in SAYING or _and_phrase(tokens, following):  # «… إلى موسكو وما تمخضت»
            return position + 1
    return None


def _past_adjunct(tokens: list[_Token], kept: list[int]) -> list[int]:
    """A title opening on a prepositional phrase («بعد المحادثات في العاصمة يتوجه …») starts on the clause
    after it: the first word that neither continues the phrase nor is a preposition's object, when it reads as
    a clause's start (an imperfect verb, or a word with a definite noun after it)."""
    if len(kept) < 2 or _bare(tokens[kept[0]].norm) not in PREPOSITIONS:
        return kept
    content = _content_counts([tokens[i] for i in kept])
    for position in range(1, len(kept) - 1):
        token, before = tokens[kept[position]], tokens[kept[position - 1]]
        norm = token.norm
        if _phrase_at(tokens, kept[position], "perfect", proclitic=True):
            return kept[position:]  # «قبل اكتشاف تلك الظاهرة كان الناس يعتقدون …»
        if token.time or norm.startswith((ARTICLE,) + PREPOSITION_ARTICLE) or norm[:1].isdigit() \
                or _bare(before.norm) in PREPOSITIONS or norm[:1] == "و" or _bare(norm) in PREPOSITIONS:
            continue  # still the phrase: its noun, the nouns and adjectives after it, a noun joined by و
        if _is_function(token) or not (before.stop or before.norm.startswith((ARTICLE,) + PREPOSITION_ARTICLE)):
            return kept  # «بعد انكشاف علاقته …»: an undefined noun's genitive, not a clause
        dropped = kept[position] > 0 and (tokens[kept[position] - 1].time or tokens[kept[position] - 1].stop)
        following = tokens[kept[position + 1]].norm
        if not (norm[:1] in "يت" and len(norm) >= 4 or norm[:1] == "س" and norm[1:2] in "يتن" and len(norm) >= 4
                or dropped and following.startswith(ARTICLE)):
            return kept  # a clause opens on an imperfect verb, or on «verb + subject» where the date or a comma was
        if content[-1] - content[position] < MIN_CONTENT_WORDS or _phrase_at(tokens, kept[position], "opens", proclitic=True):
            return kept
        return kept[position:]
    return kept


def _conjoined(token: _Token) -> bool:
    return token.norm[:1] == "و" and len(token.norm) > 3 and not _waw_root_word(token.norm)


def _and_phrase(tokens: list[_Token], index: int) -> bool:
    """«والتعاون …», «وما تمخضت …»: و before a definite noun or «ما» starts a conjunct phrase (a cut may fall before it);
    before another word it may be a root letter («واسعا», «وزير»); after «بين X» it is the pair's second half, and
    after an adjective («الاقتصادي والتجاري») the noun's second adjective."""
    norm = tokens[index].norm
    if not (norm.startswith("وال") and len(norm) > 5 or norm in {"وما", "ومن"}):
        return False
    if index and norm.endswith(("ي", "يه")) and tokens[index - 1].norm.startswith(ARTICLE) \
            and tokens[index - 1].norm.endswith(("ي", "يه")):
        return False  # «التعاون الاقتصادي والتجاري»: two adjectives of one noun
    return not any(_bare(t.norm) == "بين" for t in tokens[max(0, index - 3) : index])


def _bare(norm: str) -> str:
    return norm[1:] if (norm[:1] == "و" or norm[1:] in FA_PARTICLES) and norm[1:] in PREPOSITIONS else norm  # not «فتحت»


def _nominative(text: str) -> str:
    """A statement after إن/أن opens on its subject in the accusative; a title says it in the nominative:
    «طفلا رضيعا أصبح» -> «طفل رضيع أصبح», «المسؤولين أعدموا» -> «المسؤولون أعدموا»."""
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


def _drop_lead(tokens: list[_Token], kept: list[int]) -> list[int]:
    while kept:
        words = [tokens[i] for i in kept]
        size = _lead_words(words, 0) or _phrase_at(words, 0, "opens", proclitic=True)
        if not size:
            break
        kept = kept[size:]
    return kept


def _edges(tokens: list[_Token], kept: list[int]) -> list[int]:
    """edge[p]: the characters of kept[:p] with a space after each word, so widths cost O(1)."""
    edge = [0]
    for index in kept:
        edge.append(edge[-1] + len(tokens[index].surface) + 1)
    return edge


def _width(edge: list[int], first: int, end: int) -> int:
    """Characters of the words kept[first:end] joined by spaces."""
    return edge[end] - edge[first] - 1


def _phrase_start(tokens: list[_Token], kept: list[int], edge: list[int], start: int, after: int, budget: int) -> int:
    """Move a window's first word to where a phrase starts: back a little if one is near, else on."""
    for position in range(start - 1, -1, -1):
        if _width(edge, position, after) > WINDOW_SLACK * budget:
            break
        if _opens_phrase(tokens, kept[position]):
            return position
    last = after - MIN_CONTENT_WORDS  # an opener right before the mention would leave it a bare verb
    return next((p for p in range(start, last) if _opens_phrase(tokens, kept[p])), 0)  # no phrase starts near: the clause's own start


def _opens_phrase(tokens: list[_Token], index: int) -> bool:
    """A word a title may start on inside a clause: after a comma, an opener or a reporting verb."""
    if _phrase_at(tokens, index, "relative", proclitic=True):
        return False  # «الذي يضم …» without the noun it describes is a fragment
    return bool(index and tokens[index - 1].stop or _phrase_at(tokens, index, "opens", proclitic=True)
                or _phrase_at(tokens, index, "report", proclitic=True) and not _is_function(tokens[index])  # «بيّن», not «بين»
                or _conjunct(tokens, index) or _purpose(tokens[index].norm))


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


def _conjunct(tokens: list[_Token], index: int) -> bool:
    """«وسيتم الإعلان», «وستنطلق …»: و before a verb in the future opens a conjunct clause; a noun after و is
    most often a list item («وحامل اللقب», «ومعارض في …», «وإعلانها إعادة فرض …») and does not."""
    token = tokens[index]
    norm = token.norm
    if norm[:1] != "و" or len(norm) <= 4 or _waw_root_word(norm) or _is_function(token) or token.time:
        return False
    return norm[1:2] == "س" and norm[2:3] in "يتن"


def _cut_at_phrase(tokens: list[_Token], kept: list[int]) -> list[int]:
    """A cut title ends where a phrase ends: before the last preposition or opener in its second half."""
    for position in range(len(kept) - 1, len(kept) // 2, -1):
        token = tokens[kept[position]]
        if _is_function(token) or _phrase_at(tokens, kept[position], "opens", proclitic=True) or tokens[kept[position - 1]].stop \
                or _and_phrase(tokens, kept[position]):
            return kept[:position]
    return kept


def _render(tokens: list[_Token], kept: list[int]) -> str:
    words = [tokens[i].surface for i in kept if not tokens[i].skip]
    if words:
        words[0] = _without_conjunction(words[0])
        words[0] = _without_preposition(words[0])
    return " ".join(words)


def _without_preposition(word: str) -> str:
    """«للاتفاق» -> «الاتفاق», «بالمدفعية» -> «المدفعية»: a title opens on the noun phrase."""
    norm = normalize(word)
    if _purpose(norm) and not norm.startswith("لل"):
        return word[1:]  # «لاستكمال» -> «استكمال»
    if norm.startswith("لل") and len(norm) > 4:
        return "ال" + word[2:]
    if norm.startswith(("بال", "كال")) and len(norm) > 5:
        return word[1:]
    return word


def _without_conjunction(word: str) -> str:
    """«وتراجع» -> «تراجع»: a و opening a title is «and» unless it is the word's root letter (وزير، وصل).

    ف is «and» only before the article (فالحكومة): it opens many words (فيلم، فريق، فرنسا)."""
    rest, norm = word[1:], normalize(word)
    if word[0] not in PROCLITICS:
        return word
    if (normalize(rest),) in _roles()["function"] and (word[0] == "و" or len(rest) <= 3 and normalize(rest) in FA_PARTICLES):
        return rest  # «وفي بيان …», «فمن …»; not «فتحت» (opened), which is no «ف» + «تحت»
    if len(rest) < 3:
        return word
    if norm.startswith(("وال", "فال")) and not _waw_root_word(norm) or word[0] == "و" and not _waw_root_word(norm):
        return rest
    return word


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


def _span_text(tokens: list[_Token], span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    words = [t.surface for t in tokens[span[0] : span[1] + 1] if not t.time]
    return " ".join(words) or None


def _bare_verb(tokens: list[_Token], kept: list[int]) -> bool:
    """Does the title open on a verb whose subject is not there («تغلب على نظيره», «هاجر إلى هولندا»)?

    Read off the word order: an undefined first word followed right away by a preposition."""
    if len(kept) < 2 or kept[0] == 0 or tokens[kept[0] - 1].time and not any(not t.time for t in tokens[: kept[0]]):
        return False
    first, second = tokens[kept[0]], tokens[kept[1]]
    if first.norm.startswith(ARTICLE) or first.norm[:1].isdigit() or _is_function(first) or first.stop or _purpose(first.norm):
        return False
    if _is_function(second) or second.norm.startswith(PREPOSITION_ARTICLE):
        return True
    # «وفاز بمقعد في البرلمان»: a perfect verb, then ب/ل on an undefined noun (not «التقى بوتين»: a name
    # there is the verb's subject, so the word after it must be a preposition or the clause must end)
    third = tokens[kept[2]] if len(kept) > 2 else None
    return _verb_like(first) and second.norm[:1] in "بل" and second.norm[1:2] not in "ال" and len(second.norm) >= 4 \
        and not second.norm.endswith("ا") \
        and not second.stop and third is not None and _is_function(third)


def _verb_like(token: _Token) -> bool:
    """A word that may be a verb: three to five letters, no article, no number, particle or time word."""
    norm = token.norm
    return 3 <= len(norm) <= 5 and not norm.startswith(ARTICLE) and not norm.isdigit() and not _is_function(token) \
        and not token.time


def _borrowed_subject(tokens: list[_Token], kept: list[int]) -> list[int] | None:
    """The subject of the sentence's main clause, for a title that opens on a bare verb later in it."""
    if not kept or not _bare_verb(tokens, kept):
        return None
    opener = kept[0] - 1
    while opener >= 0 and tokens[opener].time:
        opener -= 1
    if opener >= 0 and _phrase_at(tokens, opener, "consequence", proclitic=True):
        return None  # «…، مما سيؤدي إلى»: what follows has the whole clause before it as subject
    index = next((i for i, t in enumerate(tokens) if not t.time), None)
    if index is None or index >= kept[0]:
        return None
    if _phrase_at(tokens, index, "perfect", proclitic=True):  # «وكان جونسون قد أقيل …، كما فصل من منصب …»
        qad = next((i for i in range(index + 1, min(kept[0], index + PERFECT_REACH)) if tokens[i].norm == "قد"), None)
        if qad is not None and qad > index + 1 and not any(t.stop or t.time or _is_function(t) for t in tokens[index + 1 : qad]):
            subject = list(range(index + 1, qad))
            return None if any(tokens[i].norm in {tokens[k].norm for k in kept} for i in subject) else subject
    index += _lead_words(tokens, index)
    if index >= kept[0] or _phrase_at(tokens, index, "report", proclitic=True) or _is_function(tokens[index]):
        return None  # a sentence opening on a frame or an adjunct («ووفق المصدر ذاته، فإن …»)
    if not tokens[index].norm.startswith(ARTICLE) and not (tokens[index].norm[:1] in PROCLITICS and tokens[index].norm[1:].startswith(ARTICLE)):
        if tokens[index].stop:
            return None
        index += 1  # verb first: its subject follows it, definite or the head of one («نادي الوداد»)
        if index + 1 >= kept[0]:
            return None
        if not (tokens[index].norm.startswith(ARTICLE) or _construct_head(tokens, index)):
            # «وارتأى شعو أن يدخل …، وفاز بمقعد»: a one-word name, where أن or a comma ends it
            name = tokens[index]
            if len(name.norm) < 3 or name.time or _is_function(name) or name.norm.isdigit() \
                    or name.norm.startswith(PREPOSITION_ARTICLE) or _phrase_at(tokens, index, "report", proclitic=True) \
                    or not (name.stop or _phrase_at(tokens, index + 1, "that")
                            or _is_function(tokens[index + 1]) and _verb_like(tokens[index - 1])
                            and not tokens[index - 1].norm.endswith(("ه", "ي")) and tokens[index - 1].norm[3:4] != "ا"
                            and not name.norm.endswith(("ه", "ها", "هم"))) \
                    or name.norm in {tokens[i].norm for i in kept}:
                return None
            return [index]
    subject = []
    for position in range(index, min(kept[0], index + SUBJECT_WORDS)):
        token = tokens[position]
        if token.time or _is_function(token) or token.norm.startswith(PREPOSITION_ARTICLE) \
                or _phrase_at(tokens, position, "opens", proclitic=True):
            break
        if not token.norm.startswith(ARTICLE) and not (token.stop or position + 1 < len(tokens) and tokens[position + 1].stop) \
                and not (position == index and _construct_head(tokens, position)):
            break  # a name ends the subject only where the phrase ends («البرلماني المغربي السابق شعو،»)
        subject.append(position)
        if token.stop:
            break
    title_words = {tokens[i].norm for i in kept}
    if not subject or any(tokens[i].norm in title_words for i in subject):
        return None
    return subject


def _construct_head(tokens: list[_Token], index: int) -> bool:
    """An undefined noun before a definite one, with nothing between («نادي الوداد», «وزير الخارجية»)."""
    token = tokens[index]
    return not token.stop and index + 1 < len(tokens) and tokens[index + 1].norm.startswith(ARTICLE) \
        and not _is_function(token) and not token.time and token.norm[:1] not in "بلك"


def _subject(tokens: list[_Token], kept: list[int]) -> str | None:
    """After a verb opening the title (VSO), the definite noun phrase that follows it («الاتحاد الأوروبي»)."""
    if len(kept) < 2 or tokens[kept[0]].norm.startswith(ARTICLE):
        return None
    words = []
    for index in kept[1:SUBJECT_WORDS + 1]:
        token = tokens[index]
        if not token.norm.startswith(ARTICLE) or _is_function(token):
            break
        words.append(token.surface)
        if token.stop:
            break
    return " ".join(words) or None


# --- the article's headline -------------------------------------------------------------


def _from_headline(article_title: str, sentence: list[_Token], overlap: float = HEADLINE_OVERLAP) -> str | None:
    """The headline without its time words, when the lead sentence tells what it tells."""
    tokens = _tokens(article_title, 0, len(article_title))
    if not tokens:
        return None
    _mark_time(tokens, article_title, 0, (0, 0))
    kept = _trim(tokens, _Clause(0, len(tokens) - 1, anchored=False), 0, extend=False)  # a headline is told whole
    told = {stem(t.norm) for t in sentence}
    content = [stem(tokens[i].norm) for i in kept if not _is_function(tokens[i])]
    if not content or sum(w in told for w in content) < overlap * len(content):
        return None
    text = _render(tokens, kept)
    # «قبلي : القبض على مهرب»: a headline's short label keeps its colon (the words alone run together)
    for position, (index, following) in enumerate(zip(kept, kept[1:])):
        if position >= LABEL_WORDS:
            break
        if ":" in article_title[tokens[index].end : tokens[following].start]:
            label, rest = _render(tokens, kept[: position + 1]), _render(tokens, kept[position + 1 :])
            if label and rest and text == f"{label} {rest}":
                return f"{label}: {rest}"
            break
    return text


