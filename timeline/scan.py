"""Scanning: one pass over the normalised text finds what matching needs to know first.

- trigger words and numbers: a rule runs only in windows around the words one of its matches
  must contain (rules.TRIGGERS), never across a sentence end. This prefilter is what keeps
  matching fast; it never changes what a rule finds.
- tense cues (tense.py), for bare months and weekdays.
- numbers written against a word («في2014»، «الـ11»), where an expression starts with no
  space before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .rules import RULES, TRIGGERS, word_alternation
from .tense import FUTURE_VERB_PATTERN, cue_words, looks_future

CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك", "في")

Reach = tuple[int, int, int]  # (rule index, characters before, characters after)


class WordFinder:
    """Finds whole words of an alternation, fast: the pattern starts by reading the character
    before the word, a class the regex engine skips to in C, and the text's start is tried apart."""

    def __init__(self, alternation: str, before: str = r"[^\w]", after: str = r"(?!\w)"):
        self._inside = re.compile(before + "(" + alternation + ")" + after)
        self._at_start = re.compile("(" + alternation + ")" + after)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """(start, end, word) of each occurrence in text[pos:endpos], in text order."""
        endpos = len(text) if endpos is None else endpos
        if pos == 0 and (m := self._at_start.match(text, 0, endpos)) is not None:
            yield 0, m.end(), m.group(1)
        for m in self._inside.finditer(text, max(0, pos - 1), endpos):
            yield m.start(1), m.end(1), m.group(1)


@dataclass(frozen=True)
class Scan:
    triggers: list[tuple[int, int, tuple[Reach, ...]]]  # (start, end, the rules it triggers), in text order
    cues: list[tuple[int, int, str]]  # (start, end, tense), in text order
    glued_numbers: list[int]  # where a number starts right after a letter


@dataclass(frozen=True)
class _Tables:
    words: WordFinder  # trigger and cue words, with their proclitics; a trigger may follow a digit («8أغسطس»)
    numbers: re.Pattern
    reach_of_word: dict[str, tuple[Reach, ...]]
    reach_of_shape: dict[str, tuple[Reach, ...]]  # NUMERIC, YEAR, ISO, HHMM


_DATE_SEPARATOR = re.compile(r"\s*[/.-]\s*\d")


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    rules_of_class: dict[str, set[int]] = {}
    for index, rule in enumerate(RULES):
        for name in rule.triggers:
            rules_of_class.setdefault(name, set()).add(index)
    rules_of_word: dict[str, set[int]] = {}
    for name, words in TRIGGERS.items():
        for word in words:
            for form in (word, *(clitic + word for clitic in CLITICS)):  # «وماي», «للعام»
                rules_of_word.setdefault(form, set()).update(rules_of_class.get(name, ()))

    def reaches(rules) -> tuple[Reach, ...]:
        return tuple((index, *RULES[index].reach) for index in sorted(rules))

    alternation = word_alternation(rules_of_word.keys() | cue_words().keys()) + "|" + FUTURE_VERB_PATTERN
    return _Tables(
        words=WordFinder(alternation, before=r"[\W\d_]", after=r"(?![^\W\d_])"),
        numbers=re.compile(r"\d(?:\d?[:.,]\d\d(?!\d)|\d*)"),  # a digit first: the engine skips to digits in C
        reach_of_word={word: reaches(rules) for word, rules in rules_of_word.items()},
        reach_of_shape={name: reaches(rules_of_class.get(name, ())) for name in ("NUMERIC", "YEAR", "ISO", "HHMM")},
    )


def scan(text: str) -> Scan:
    tables = _tables()
    triggers, cues = [], []
    reach_of_word, tense_of_word = tables.reach_of_word, cue_words()
    for start, end, word in tables.words.finditer(text):  # the hot loop of a scan: kept to dict lookups
        reaches = reach_of_word.get(word)
        if reaches:
            triggers.append((start, end, reaches))
        tense = tense_of_word.get(word)
        if tense is None and "س" in word[:2] and looks_future(word):
            tense = "FUTURE?"
        if tense:
            cues.append((start, end, tense))
    shape = tables.reach_of_shape
    glued = []
    for m in tables.numbers.finditer(text):
        start, end, number = m.start(), m.end(), m.group()
        if start and text[start - 1].isalpha():
            glued.append(start)
        reaches = shape["YEAR"] if len(number) == 4 else shape["HHMM"] if not number.isdigit() else ()
        if len(number) == 4 and text.startswith("-", end):
            reaches += shape["ISO"]
        if _DATE_SEPARATOR.match(text, end):
            reaches += shape["NUMERIC"]
        if reaches:
            triggers.append((start, end, reaches))
    triggers.sort()
    return Scan(triggers, cues, glued)


_HITS_NEEDED = [rule.hits_needed for rule in RULES]


def rule_windows(triggers, sentences: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(rule index, start, stop): where each rule may match, around its triggers, within a sentence."""
    open_window: dict[int, list[int]] = {}  # rule -> [rule, start, stop, hits] of its latest window
    windows: list[list[int]] = []
    sentence = 0
    lo, hi = sentences[0] if sentences else (0, 0)
    for start, end, reaches in triggers:
        while start >= hi and sentence + 1 < len(sentences):
            sentence += 1
            lo, hi = sentences[sentence]
        for rule, before, after in reaches:
            first, last = max(lo, start - before), min(hi, end + after)
            window = open_window.get(rule)
            if window is not None and window[1] >= lo and first <= window[2]:  # same sentence, overlapping
                if last > window[2]:
                    window[2] = last
                window[3] += 1
            else:
                open_window[rule] = window = [rule, first, last, 1]
                windows.append(window)
    return sorted((rule, first, last) for rule, first, last, hits in windows if hits >= _HITS_NEEDED[rule])
