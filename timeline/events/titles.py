"""Headline titles for dated events: who does what (and where), without the date.

The date is shown beside the title, so every time expression and time word goes. What
remains of the sentence is cut into clauses (punctuation, relative and circumstantial
openers, reporting frames); the clause holding the mention, widened while it says too
little, is the title, without its leading conjunctions and cut to whole words under
MAX_CHARS. In the article's lead, the headline is the title when it tells the same
happening, as newsroom timelines do. Cost is linear in the sentence.
"""
from __future__ import annotations

from copy import copy
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..match import find
from ..model import Mention
from ..terms import normalize_word as normalize

MAX_CHARS = 80
MIN_CONTENT_WORDS = 3  # a clause saying less borrows its neighbour («وغادر، سنة 2010، …»)
HEADLINE_OVERLAP = 0.7  # share of the headline's content words the lead sentence must hold
FRAME_REACH = 25  # words between a reporting verb and its إن/أن
SPEAKER_REACH = 6  # words a speaker may take before its verb
KEPT_KINDS = {"duration"}  # «لأدنى مستوى في خمسة أسابيع» is content, not the event's date
PROCLITICS = ("و", "ف")
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


@dataclass
class _Clause:
    first: int  # token indices, inclusive
    last: int
    frame: bool = False  # a reporting frame «قال الوزير … إن»
    speaker: tuple[int, int] | None = None


def headline(text: str, sentence: tuple[int, int], mention: Mention, *, article_title: str = "", lead: bool = False) -> Title:
    """The title of the event `mention` dates, told by the sentence text[sentence[0]:sentence[1]]."""
    tokens = [copy(token) for token in _sentence_tokens(text, *sentence)]  # marked per mention below
    _mark_time(tokens, text, sentence[0], (mention.start, mention.end))
    clauses = _clauses(tokens)
    core, actor = _core(tokens, clauses, mention.start)
    said = actor
    words = _trim(tokens, core, mention.end, budget=MAX_CHARS - len(actor) - 2 if actor else MAX_CHARS)
    actor = actor or _subject(tokens, words)
    if lead and article_title:
        from_headline = _from_headline(article_title, tokens)
        if from_headline:
            return Title(from_headline, actor)
    text = _render(tokens, words)
    if not text and article_title:  # a sentence of dates only («وذلك منذ … وحتى …»)
        text = _from_headline(article_title, tokens, overlap=0.0) or ""
    if said and text:
        text = f"{said}: {text}"
    return Title(text, actor)


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
    for chunk in text[start:end].split():
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
        surface = chunk[head:tail].translate(DROPPED_CHARS)
        if not surface:
            continue
        tokens.append(_Token(chunk_start + head, chunk_start + tail, surface, normalize(surface)))
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


def _mark_time(tokens: list[_Token], text: str, offset: int, mention: tuple[int, int]) -> None:
    """Flag the time expressions (the engine's matcher), time words, and the prepositions before them."""
    spans = [(offset + start, offset + end) for start, end in _time_spans(text[offset : tokens[-1].end if tokens else offset])]
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
        if _phrase_at(tokens, that, "that"):
            speaker = (index, verb - 1) if verb > index else (verb + 1, _speaker_end(tokens, verb + 1, that))
            return _Clause(index, that, speaker=speaker if speaker[1] >= speaker[0] else None, frame=True)
        if _phrase_at(tokens, that, "report", proclitic=True):
            return None
    return None


def _speaker_end(tokens: list[_Token], first: int, that: int) -> int:
    """The speaker runs from the verb to the first preposition, time word or comma."""
    last = first - 1
    for index in range(first, that):
        token = tokens[index]
        if token.time or _is_function(token) or token.norm.startswith(("ب" + ARTICLE, "ل" + ARTICLE, "لل")) and index > first:
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
            if result and tokens[clause.first].norm[:1] in PROCLITICS and not clause.frame:
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


def _core(tokens: list[_Token], clauses: list[_Clause], offset: int) -> tuple[_Clause, str | None]:
    """The clause holding the mention, widened while it says too little; and a speaker as actor."""
    at = next((i for i, c in enumerate(clauses) if tokens[c.last].end > offset), len(clauses) - 1)
    actor = None
    if clauses[at].frame and at + 1 < len(clauses):  # «قال الوزير الخميس إن …»: the statement is the happening
        actor = _span_text(tokens, clauses[at].speaker)
        at += 1
    first = last = at
    pronoun = next((i for i in range(clauses[at].first, clauses[at].last + 1) if not tokens[i].time), None)
    antecedent = None
    if pronoun and _phrase_at(tokens, pronoun, "relative", proclitic=True):
        antecedent = _antecedent(tokens, pronoun)
        # the pronoun goes when its noun phrase opens the title («السلسلة تعرض …»), not after a whole clause
        if antecedent is not None and not (at and antecedent <= clauses[at - 1].first):
            tokens[pronoun].skip = True
    content = _content_counts(tokens)

    def start() -> int:
        return antecedent if antecedent is not None and first == at else clauses[first].first

    while content[clauses[last].last + 1] - content[start()] < MIN_CONTENT_WORDS:
        if last + 1 >= len(clauses) and first > 0 and not clauses[first - 1].frame:
            first -= 1
            if antecedent is not None:
                tokens[pronoun].skip = False  # «… تجديد الاتفاق الذي ينتهي»: the pronoun joins the clauses
        elif last + 1 < len(clauses) and not clauses[last + 1].frame:
            last += 1
        else:
            break
    opening = next((i for i in range(clauses[first].first, clauses[first].last + 1) if not tokens[i].time), None)
    if first > 0 and not clauses[first - 1].frame and opening is not None and _is_adjunct(tokens, opening):
        first -= 1  # «…، على بناء شبكة»: an adjunct belongs to the clause before it
        if first > 0 and _phrase_at(tokens, clauses[first].first, "relative", proclitic=True):
            for token in tokens[clauses[first].first : clauses[first].last + 1]:
                token.skip = True  # «قوات …، التي تغلب عليها …، على معظم المنطقة»: past the aside
            first -= 1
    return _Clause(start(), clauses[last].last), actor


def _antecedent(tokens: list[_Token], pronoun: int) -> int | None:
    """Where the noun phrase a relative clause describes starts: «سلسلة ساكن ومسكون» before «التي»."""
    start = None
    for index in range(pronoun - 1, max(-1, pronoun - 1 - ANTECEDENT_WORDS), -1):
        token = tokens[index]
        if token.time or _is_function(token) or (token.stop and index != pronoun - 1):
            break
        start = index
        if token.norm.startswith(PREPOSITION_ARTICLE):
            break  # «للاتفاق النووي الذي»: the phrase starts at its preposition
    return start


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


def _trim(tokens: list[_Token], core: _Clause, mention_end: int, budget: int = MAX_CHARS) -> list[int]:
    """The core's words without time words and leading particles, cut to whole words within `budget`.

    A long clause keeps the words next to the mention: what happened then is told around it."""
    kept = [i for i in range(core.first, core.last + 1) if not tokens[i].time and not tokens[i].skip]
    opened_with = tokens[kept[0]] if kept else None
    kept = _drop_lead(tokens, kept)
    if opened_with and _phrase_at([opened_with], 0, "perfect", proclitic=True):
        kept = [i for p, i in enumerate(kept) if not (p < PERFECT_REACH and tokens[i].norm == "قد")]
    edge = _edges(tokens, kept)
    if _width(edge, 0, len(kept)) > budget:
        after = next((p for p, i in enumerate(kept) if tokens[i].start >= mention_end), len(kept))
        start = next((p for p in range(after) if _width(edge, p, after) <= LEFT_SHARE * budget), after)
        if start:
            kept = _drop_lead(tokens, kept[_phrase_start(tokens, kept, edge, start, after, budget):])
            edge = _edges(tokens, kept)
    cut = next((p for p in range(len(kept)) if _width(edge, 0, p + 1) > budget), len(kept))
    if cut < len(kept):
        kept = _cut_at_phrase(tokens, kept[:cut])
    while kept and (_is_function(tokens[kept[-1]]) or _phrase_at(tokens, kept[-1], "opens", proclitic=True)):
        kept.pop()
    return kept


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
    return bool(index and tokens[index - 1].stop or _phrase_at(tokens, index, "opens", proclitic=True)
                or _phrase_at(tokens, index, "report", proclitic=True) or _conjunct(tokens[index]))


def _conjunct(token: _Token) -> bool:
    """«والتفويت في حصة الدولة», «وضعف الصبيب»: a word opening on the conjunction و starts a conjunct."""
    norm = token.norm
    return norm[:1] == "و" and len(norm) > 3 and not norm.startswith(_waw_roots()) and not _is_function(token)


def _cut_at_phrase(tokens: list[_Token], kept: list[int]) -> list[int]:
    """A cut title ends where a phrase ends: before the last preposition or opener in its second half."""
    for position in range(len(kept) - 1, len(kept) // 2, -1):
        token = tokens[kept[position]]
        if _is_function(token) or _phrase_at(tokens, kept[position], "opens", proclitic=True) or tokens[kept[position - 1]].stop:
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
    if (normalize(rest),) in _roles()["function"]:
        return rest  # «وفي بيان …»
    if len(rest) < 3:
        return word
    if norm.startswith(("وال", "فال")) or word[0] == "و" and not norm.startswith(_waw_roots()):
        return rest
    return word


@lru_cache(maxsize=1)
def _waw_roots() -> tuple[str, ...]:
    return tuple(" ".join(words) for words in _roles()["waw_root"])


def _span_text(tokens: list[_Token], span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    words = [t.surface for t in tokens[span[0] : span[1] + 1] if not t.time]
    return " ".join(words) or None


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
    kept = _trim(tokens, _Clause(0, len(tokens) - 1), 0)
    told = {_stem(t.norm) for t in sentence}
    content = [_stem(tokens[i].norm) for i in kept if not _is_function(tokens[i])]
    if not content or sum(w in told for w in content) < overlap * len(content):
        return None
    return _render(tokens, kept)


def _stem(norm: str) -> str:
    """Without the article and one proclitic, for overlap counts («والسلطات» ~ «السلطات»)."""
    for prefix in ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 3:
            return norm[len(prefix) :]
    return norm
