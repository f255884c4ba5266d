"""Matching: run the rules over normalised text once and keep the best non-overlapping matches.

Overlaps are settled longest first, then by rule order. Each match carries the tense its
sentence speaks in, for resolve.py. Nothing here knows the publication date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .normalize import normalize_with_offsets
from .partial import Partial
from .rules import RELATIONS, RELATIVE_DAYS, RULES, expand

# A proclitic (و، ف، ب، ل، ك) may stick to the first word; it is not part of the mention.
_PREFIX = r"(?:(?<!\w)(?P<clitic>[وف]?[بلك]?|في)|(?<=[^\W\d_])(?=\d))"
_SUFFIX = r"(?!\w)"
_SENTENCE_END = re.compile(r"[.!?؟؛;\n]+")
_WORD = re.compile(r"\w+")

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


def find(text: str) -> list[Found]:
    """Every time expression in `text`, in order, with partial values."""
    norm = normalize_with_offsets(text)
    candidates = []
    for order, (rule, regex) in enumerate(compiled_rules()):
        position = 0
        while (m := regex.search(norm.text, position)) is not None:
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
    return _with_context(text, norm, chosen)


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


def _with_context(text: str, norm, chosen) -> list[Found]:
    sentences = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(norm.text)]
    found = []
    for start, end, _, rule, partial in chosen:
        sentence_start = max((e for s, e in sentences if e <= start), default=0)
        sentence_end = min((s for s, e in sentences if s >= end), default=len(norm.text))
        tense = _tense(norm.text, sentence_start, sentence_end, start, end)
        paragraph = norm.text.count("\n", 0, start)
        sentence = sum(1 for s, e in sentences if e <= start)
        o_start, o_end = norm.to_original(start, end)
        found.append(Found(o_start, o_end, text[o_start:o_end], partial.with_(tense=tense), rule, sentence, paragraph))
    return found


def _tense(text: str, lo: int, hi: int, start: int, end: int) -> str | None:
    """The tense of the cue word nearest to the expression within its sentence."""
    cues, not_future, _, _ = _cues()
    best = None
    guessed = None  # a سـ-prefixed word: used only when no listed cue is in the sentence
    for word in _WORD.finditer(text, lo, hi):
        if start <= word.start() < end:
            continue
        token = word.group(0)
        tense = cues.get(token)
        if tense is None and token[:1] in "وف" and len(token) > 3:
            tense = cues.get(token[1:])
            token = token[1:] if tense else token
        distance = start - word.end() if word.end() <= start else word.start() - end + 0.5
        if tense:
            if best is None or distance < best[0]:
                best = (distance, tense)
        elif _looks_future(token, not_future) and (guessed is None or distance < guessed[0]):
            guessed = (distance, "FUTURE")
    chosen = best or guessed
    return chosen[1] if chosen else None


def _looks_future(token: str, not_future: set[str]) -> bool:
    """سيعقد، ستنظم، سنواصل: the future prefix سـ on an imperfect verb."""
    if token[:1] in "وف" and token[1:2] == "س":
        token = token[1:]
    return len(token) >= 5 and token[0] == "س" and token[1] in "يتن" and token not in not_future
