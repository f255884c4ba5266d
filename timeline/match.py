"""Matching: run the rules over normalised text once and keep the best non-overlapping matches.

Overlaps are settled longest first, then by rule order. Each match carries the tense its
sentence speaks in, for resolve.py. Nothing here knows the publication date.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .normalize import normalize_with_offsets
from .partial import Partial
from .rules import RELATIONS, RELATIVE_DAYS, RULES, TRIGGERS, Rule, expand, word_alternation

# A proclitic (و، ف، ب، ل، ك) may stick to the first word; it is not part of the mention.
_CLITIC = r"(?P<clitic>[وف]?[بلك]?|في)"
# A scan reads the non-word character before the expression: a pattern that starts with a
# character class lets the regex engine skip to the candidates in C. The two places where an
# expression starts without one, the text's start and a number glued to a word («في2014»،
# «الـ11»), are tried with the anchored form.
_LEAD = r"[^\w]"
_SUFFIX = r"(?!\w)"
# A sentence ends at . ! ? ؟ ؛ before a space or the end (not inside 3.5 or 08.03.2022), or at a newline.
# (Written to start with a class, which the regex engine skips to in C.)
_SENTENCE_END = re.compile(r"[.!?؟؛;\n](?:(?<=\n)\n*|[.!?؟؛;]*(?=\s|$))")
_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك", "في")

NAME_RULES = {"day_month", "month", "year", "day_range", "numeric_date", "cross_month_range", "year_range"}


@dataclass(frozen=True)
class Found:
    """A matched expression: original offsets, its partial value, and where it sits."""

    start: int
    end: int
    text: str
    partial: Partial
    rule: str
    sentence: int
    paragraph: int


@lru_cache(maxsize=1)
def compiled_rules() -> list[tuple[Rule, re.Pattern, re.Pattern]]:
    """Each rule with its scanning regex and its anchored regex (see _LEAD)."""
    compiled = []
    for rule in RULES:
        body = _CLITIC + "(?:" + expand(rule.pattern) + ")" + _SUFFIX
        compiled.append((rule, re.compile(_LEAD + body), re.compile(body)))
    return compiled


@lru_cache(maxsize=1)
def _cues():
    tense = {}
    for word, value in lexicon.words("tense").items():
        tense[word] = value
    for word, value in RELATIONS.items():
        tense.setdefault(word, "FUTURE" if value == "NEXT" else "PAST" if value in ("PREV", "ENDED") else None)
    for word, offset in RELATIVE_DAYS.items():
        if " " not in word and offset:
            tense.setdefault(word, "FUTURE" if offset > 0 else "PAST")
    not_future = set(lexicon.words("not_future"))
    name_heads = set(lexicon.words("name_heads"))
    near_weekday = lexicon.words("not_near_weekday")
    return {k: v for k, v in tense.items() if v}, not_future, name_heads, near_weekday


class WordFinder:
    """Finds whole words of an alternation, fast: the pattern starts by reading the character
    before the word, a class the regex engine skips to in C, and the text's start is tried apart."""

    def __init__(self, alternation: str, before: str = r"[^\w]", after: str = r"(?!\w)"):
        self._inside = re.compile(before + "(" + alternation + ")" + after)
        self._at_start = re.compile("(" + alternation + ")" + after)

    def finditer(self, text: str):
        """(start, end, word) of each occurrence, in text order."""
        if (m := self._at_start.match(text)) is not None:
            yield 0, m.end(), m.group(1)
        for m in self._inside.finditer(text):
            yield m.start(1), m.end(1), m.group(1)


@dataclass(frozen=True)
class _Scanner:
    """Finds the trigger words and numbers of a text; says which rules each can start, and how far."""

    words: WordFinder  # trigger words with their proclitics: «وماي», also after a digit: «8أغسطس»
    numbers: re.Pattern
    reach_of_word: dict[str, tuple[tuple[int, int, int], ...]]  # word -> ((rule, before, after), ...)
    reach_of_shape: dict[str, tuple[tuple[int, int, int], ...]]  # NUMERIC, YEAR, HHMM

    def hits(self, text: str):
        """(start, end, reaches) of every trigger, in text order."""
        found = [(start, end, self.reach_of_word[word]) for start, end, word in self.words.finditer(text)]
        shape = self.reach_of_shape
        for m in self.numbers.finditer(text):
            number, end = m.group(), m.end()
            reaches = shape["YEAR"] if len(number) == 4 else shape["HHMM"] if not number.isdigit() else ()
            if _DATE_SEPARATOR.match(text, end):
                reaches += shape["NUMERIC"]
            if reaches:
                found.append((m.start(), end, reaches))
        found.sort()
        return found


_DATE_SEPARATOR = re.compile(r"\s*[/.-]\s*\d")


@lru_cache(maxsize=1)
def _scanner() -> _Scanner:
    rules_of_class: dict[str, set[int]] = {}
    for index, rule in enumerate(RULES):
        for name in rule.triggers:
            rules_of_class.setdefault(name, set()).add(index)
    rules_of_word: dict[str, set[int]] = {}
    for name, words in TRIGGERS.items():
        for word in words:
            for form in (word, *(clitic + word for clitic in _CLITICS)):  # «وماي», «للعام»
                rules_of_word.setdefault(form, set()).update(rules_of_class.get(name, ()))

    def reaches(rules) -> tuple[tuple[int, int, int], ...]:
        return tuple((index, *RULES[index].reach) for index in sorted(rules))

    return _Scanner(
        words=WordFinder(word_alternation(rules_of_word), before=r"[\W\d_]", after=r"(?![^\W\d_])"),
        numbers=re.compile(r"\d(?:\d?[:.,]\d\d(?!\d)|\d*)"),
        reach_of_word={word: reaches(rules) for word, rules in rules_of_word.items()},
        reach_of_shape={name: reaches(rules_of_class.get(name, ())) for name in ("NUMERIC", "YEAR", "HHMM")},
    )


def _rule_windows(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(rule index, start, stop): where each rule may match, the prefilter that keeps matching fast.

    A rule runs only around its trigger words and never across a sentence end."""
    open_window: dict[int, list[int]] = {}  # rule -> [rule, start, stop] of its latest window
    windows: list[list[int]] = []
    sentence = 0
    lo, hi = sentences[0] if sentences else (0, 0)
    for start, end, reaches in _scanner().hits(text):
        while start >= hi and sentence + 1 < len(sentences):
            sentence += 1
            lo, hi = sentences[sentence]
        for rule, before, after in reaches:
            first, last = max(lo, start - before), min(hi, end + after)
            window = open_window.get(rule)
            if window is not None and window[1] >= lo and first <= window[2]:  # same sentence, overlapping
                if last > window[2]:
                    window[2] = last
            else:
                open_window[rule] = window = [rule, first, last]
                windows.append(window)
    return sorted(map(tuple, windows))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end_mark in _SENTENCE_END.finditer(text):
        spans.append((start, end_mark.end()))
        start = end_mark.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def find(text: str) -> list[Found]:
    """Every time expression in `text`, in order, with partial values."""
    norm = normalize_with_offsets(text)
    rules = compiled_rules()
    sentences = sentence_spans(norm.text)
    candidates = []
    glued = _unbounded_starts(norm.text)
    for order, first, stop in _rule_windows(norm.text, sentences):
        rule, scan, anchored = rules[order]
        for position in glued[bisect_left(glued, first):bisect_left(glued, stop)]:
            if (m := anchored.match(norm.text, position, stop)) is not None:
                _take(m, order, rule, norm.text, candidates)
        position = max(0, first - 1)
        while (m := scan.search(norm.text, position, stop)) is not None:
            position = m.end() if _take(m, order, rule, norm.text, candidates) else m.start() + 1
    chosen = _settle_overlaps(candidates)
    return _with_context(text, norm, chosen, sentences)


_GLUED_NUMBER = re.compile(r"(?<=[^\W\d_])\d")


def _unbounded_starts(text: str) -> list[int]:
    """Where an expression may start with no non-word character before it."""
    return [0, *(m.start() for m in _GLUED_NUMBER.finditer(text))]


def _take(m: re.Match, order: int, rule: Rule, text: str, candidates: list) -> bool:
    """Keep a match as a candidate unless its production rejects it or it is part of a name."""
    partial = rule.produce(m)
    if partial is None:
        return False
    start, end = _extent(m)
    candidate = (start, end, order, rule.name, partial)
    if _is_name(text, candidate):
        return False
    candidates.append(candidate)
    return True


def _extent(m: re.Match) -> tuple[int, int]:
    """The mention: the group `m` when the rule marks one, else the match without its proclitic."""
    if "m" in m.re.groupindex and m.group("m") is not None:
        return m.start("m"), m.end("m")
    return m.end("clitic"), m.end()


def _settle_overlaps(candidates):
    ordered = sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple] = []
    for cand in ordered:
        if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c[0])


def _previous_word(text: str, start: int) -> str:
    words = re.findall(r"\w+", text[max(0, start - 30):start])
    return words[-1] if words else ""


def _is_name(text: str, cand) -> bool:
    start, end, _, rule, partial = cand
    _, _, name_heads, near_weekday = _cues()
    before = _previous_word(text, start)
    if before.isdigit():  # «حركة 18 شتنبر» seen from the month alone
        before = _previous_word(text, text.rfind(before, 0, start))
    if before.startswith("و") and before[1:] in name_heads:
        before = before[1:]
    if rule in NAME_RULES and before in name_heads:
        return True
    if rule == "weekday" and partial.day_offset is None:
        after = text[end:end + 20].split()
        if near_weekday.get(before) == "before" or (after and near_weekday.get(after[0]) == "after"):
            return True
    return False


def _with_context(text: str, norm, chosen, sentences) -> list[Found]:
    found = []
    sentence_starts = [lo for lo, _ in sentences]
    newlines = [m.start() for m in re.finditer("\n", norm.text)]
    cues = _tense_cues(norm.text) if chosen else []
    cue_starts = [cue[0] for cue in cues]
    for start, end, _, rule, partial in chosen:
        sentence = bisect_right(sentence_starts, start) - 1
        lo, hi = sentences[sentence]
        in_sentence = cues[bisect_left(cue_starts, lo):bisect_left(cue_starts, hi)]
        tense = _nearest_tense(in_sentence, start, end)
        paragraph = bisect_right(newlines, start)
        o_start, o_end = norm.to_original(start, end)
        found.append(Found(o_start, o_end, text[o_start:o_end], partial.with_(tense=tense), rule, sentence, paragraph))
    return found


@lru_cache(maxsize=1)
def _cue_finder() -> WordFinder:
    cues = _cues()[0]
    listed = "[وف]?" + word_alternation(cues)
    future = r"[وف]?س[يتنا]\w{2,}"  # سيعقد، وستنظم: checked further by _looks_future
    return WordFinder(listed + "|" + future)


def _tense_cues(text: str) -> list[tuple[int, int, str]]:
    """The tense cue words of a text: listed cues, and سـ + imperfect verbs (marked FUTURE?, a guess)."""
    cues, not_future, _, _ = _cues()
    found = []
    for start, end, token in _cue_finder().finditer(text):
        tense = cues.get(token)
        if tense is None and token[:1] in "وف" and len(token) > 3:
            tense = cues.get(token[1:])
        if tense:
            found.append((start, end, tense))
        elif _looks_future(token, not_future):
            found.append((start, end, "FUTURE?"))
    return found


def _nearest_tense(cues: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The tense of the cue nearest to the expression (a cue before it wins a tie)."""
    best = None
    for cue_start, cue_end, tense in cues:
        if start <= cue_start < end or (tense == "FUTURE?" and cue_start >= end):
            continue  # a guessed سـ verb counts only before the expression, where the verb of its clause stands
        tense = tense.rstrip("?")
        distance = start - cue_end if cue_end <= start else cue_start - end + 0.5
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None


def _looks_future(token: str, not_future: set[str]) -> bool:
    """سيعقد، ستنظم، سنواصل: the future prefix سـ on an imperfect verb."""
    if token[:1] in "وف" and token[1:2] == "س":
        token = token[1:]
    # a final ا or ة is a noun or a name (سيريكا، سيارة), not an imperfect verb
    return (len(token) >= 5 and token[0] == "س" and token[1] in "يتنا" and token[-1] not in "اه"
            and token not in not_future)
