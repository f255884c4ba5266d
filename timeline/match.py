"""Matching: run the rules over normalised text once and keep the best non-overlapping matches.

Overlaps are settled longest first, then by rule order. Each match carries the tense its
sentence speaks in, for resolve.py. Nothing here knows the publication date.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .normalize import normalize_with_offsets
from .partial import Partial
from .rules import RELATIONS, RELATIVE_DAYS, RULES, TRIGGERS, expand

# A proclitic (و، ف، ب، ل، ك) may stick to the first word; it is not part of the mention.
_PREFIX = r"(?:(?<!\w)(?P<clitic>[وف]?[بلك]?|في)|(?<=[^\W\d_])(?=\d))"
_SUFFIX = r"(?!\w)"
# A sentence ends at . ! ? ؟ ؛ before a space or the end (not inside 3.5 or 08.03.2022), or at a newline.
_SENTENCE_END = re.compile(r"[.!?؟؛;]+(?=\s|$)|\n+")
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\d{1,2}[:.,]\d\d(?!\d)|\d+|[^\W\d_]+")
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
def compiled_rules():
    return [(rule, re.compile(_PREFIX + "(?:" + expand(rule.pattern) + ")" + _SUFFIX)) for rule in RULES]


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


@lru_cache(maxsize=1)
def _trigger_index():
    """word -> indexes of the rules it can start, and the rules for the shape classes."""
    rules_of_class: dict[str, set[int]] = {}
    for index, rule in enumerate(RULES):
        for name in rule.triggers:
            rules_of_class.setdefault(name, set()).add(index)
    by_word: dict[str, frozenset[int]] = {}
    for name, words in TRIGGERS.items():
        for word in words:
            for form in (word, *(clitic + word for clitic in _CLITICS)):  # «وماي», «للعام»: one lookup per token
                by_word[form] = frozenset(by_word.get(form, frozenset()) | rules_of_class.get(name, set()))
    shapes = {name: frozenset(rules_of_class.get(name, ())) for name in ("DIGIT", "YEAR", "HHMM")}
    return by_word, shapes


# How far a match may reach before and after its trigger word («اليوم الأحد 19 جويلية 2015»).
_REACH_BEFORE, _REACH_AFTER = 70, 90


def _rule_windows(text: str, lo: int, hi: int) -> dict[int, list[int]]:
    """rule index -> [first, last] trigger positions in text[lo:hi]: the prefilter that keeps matching fast.

    A rule runs only where one of its trigger words occurs, and only around it."""
    by_word, shapes = _trigger_index()
    windows: dict[int, list[int]] = {}
    for token in _TOKEN.finditer(text, lo, hi):
        word = token.group(0)
        if word[0].isdigit():
            hit = shapes["DIGIT"] | (shapes["YEAR"] if len(word) == 4 else frozenset()) | (
                shapes["HHMM"] if not word.isdigit() else frozenset())
        else:
            hit = by_word.get(word)
            if not hit:
                continue
        start, end = token.span()
        for rule in hit:
            window = windows.get(rule)
            if window is None:
                windows[rule] = [start, end]
            else:
                window[1] = end
    return windows


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
    for lo, hi in sentences:
        for order, (first, last) in sorted(_rule_windows(norm.text, lo, hi).items()):
            rule, regex = rules[order]
            position, stop = max(lo, first - _REACH_BEFORE), min(hi, last + _REACH_AFTER)
            while (m := regex.search(norm.text, position, stop)) is not None:
                partial = rule.produce(m)
                if partial is None:
                    position = m.start() + 1
                    continue
                start, end = _extent(m)
                candidate = (start, end, order, rule.name, partial)
                if _is_name(norm.text, candidate):
                    position = m.start() + 1
                    continue
                candidates.append(candidate)
                position = m.end()
    chosen = _settle_overlaps(candidates)
    return _with_context(text, norm, chosen, sentences)


def _extent(m: re.Match) -> tuple[int, int]:
    """The mention: the group `m` when the rule marks one, else the match without its proclitic."""
    if "m" in m.re.groupindex and m.group("m") is not None:
        return m.start("m"), m.end("m")
    clitic_end = m.end("clitic") if m.group("clitic") is not None else m.start()
    return clitic_end, m.end()


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
    cues_of_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for start, end, _, rule, partial in chosen:
        sentence = bisect_right(sentence_starts, start) - 1
        if sentence not in cues_of_sentence:
            cues_of_sentence[sentence] = _sentence_cues(norm.text, *sentences[sentence])
        tense = _nearest_tense(cues_of_sentence[sentence], start, end)
        paragraph = bisect_right(newlines, start)
        o_start, o_end = norm.to_original(start, end)
        found.append(Found(o_start, o_end, text[o_start:o_end], partial.with_(tense=tense), rule, sentence, paragraph))
    return found


def _sentence_cues(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The tense cue words of a sentence: listed cues, and سـ + imperfect verbs (marked FUTURE?, a guess)."""
    cues, not_future, _, _ = _cues()
    found = []
    for word in _WORD.finditer(text, lo, hi):
        token = word.group(0)
        tense = cues.get(token)
        if tense is None and token[:1] in "وف" and len(token) > 3:
            tense = cues.get(token[1:])
        guessed = tense is None and _looks_future(token, not_future)
        if tense or guessed:
            found.append((word.start(), word.end(), tense or "FUTURE?"))
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
