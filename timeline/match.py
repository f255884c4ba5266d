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
_PREFIX = r"(?<!\w)(?:[وف]?[بلك]?)"
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
            candidates.append((start, end, order, rule.name, partial))
            position = m.end()
    chosen = _settle_overlaps(candidates)
    chosen = [c for c in chosen if not _is_name(norm.text, c)]
    return _with_context(text, norm, chosen)


def _extent(m: re.Match) -> tuple[int, int]:
    if "m" in m.re.groupindex and m.group("m") is not None:
        return m.start("m"), m.end("m")
    start = m.start()
    # drop the proclitic: the first group-free letters before the body
    body = m.group(0)
    stripped = re.match(r"[وف]?[بلك]?", body).end()
    if stripped and _clitic_is_prefix(body, stripped):
        start += stripped
    return start, m.end()


def _clitic_is_prefix(body: str, length: int) -> bool:
    """True when the leading letters are a proclitic, not the first letters of a lexicon word."""
    rest = body[length:]
    return bool(rest) and not body.startswith(("بعد", "بين", "بدايه", "بدايات", "كانون", "كل", "ليل", "لمده", "قبل"))


def _settle_overlaps(candidates):
    ordered = sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple] = []
    for cand in ordered:
        if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c[0])


def _previous_word(text: str, start: int) -> str:
    words = text[max(0, start - 30):start].split()
    return words[-1] if words else ""


def _is_name(text: str, cand) -> bool:
    start, end, _, rule, partial = cand
    _, _, name_heads, near_weekday = _cues()
    before = _previous_word(text, start)
    if before.startswith("و") and before[1:] in name_heads:
        before = before[1:]
    if rule in NAME_RULES and before in name_heads:
        return True
    if rule == "weekday":
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
    for word in _WORD.finditer(text, lo, hi):
        if start <= word.start() < end:
            continue
        token = word.group(0)
        tense = cues.get(token)
        if tense is None and token[:1] in "وف" and len(token) > 3:
            tense = cues.get(token[1:])
            token = token[1:]
        if tense is None and len(token) >= 5 and token[0] == "س" and token[1] in "يتنا" and token not in not_future:
            tense = "FUTURE"
        if tense:
            distance = start - word.end() if word.end() <= start else word.start() - end + 0.5
            if best is None or distance < best[0]:
                best = (distance, tense)
    return best[1] if best else None
