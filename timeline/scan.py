"""Scanning: one pass over the normalised text finds what matching needs to know first.

- trigger words and numbers: a rule runs only in windows around the words one of its matches
  must contain (rules.TRIGGERS), never across a sentence end. This prefilter is what keeps
  matching fast; it never changes what a rule finds in text whose words are apart (a pattern
  that lets two words touch, «بعدثلاثة أيام», may be missed: the trigger must stand alone).
- tense cues (tense.py), for bare months and weekdays.
- numbers written against a word («في2014»، «الـ11»), where an expression starts with no
  space before it.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .normalize import DIGITS, LETTERS
from .rules import CLITICS, RULES, TRIGGERS, word_alternation
from .tense import FUTURE_VERB_PATTERN, cue_words, looks_future


Reach = tuple[int, int, int]  # (rule index, characters before, characters after)


@dataclass(frozen=True)
class Scan:
    triggers: list[tuple[int, int, tuple[Reach, ...]]]  # (start, end, the rules it triggers), in text order
    cues: list[tuple[int, int, str]]  # (start, end, tense), in text order
    glued_numbers: list[int]  # where a number starts right after a letter
    needed: dict[str, list[int]]  # class a rule needs (Rule.needs) -> where its words start, in order


@dataclass(frozen=True)
class _Tables:
    # A listed word (group 1: a trigger or a cue, with its proclitics) or a سـ verb (group 2),
    # after a non-letter: «وماي», «8أغسطس». Reading the character before the word makes the
    # pattern start with a class, which the regex engine skips to in C; the text's start is
    # matched by `first_word`.
    words: re.Pattern
    first_word: re.Pattern
    numbers: re.Pattern
    # listed word -> (the rules it triggers, the needed classes it is in, its tense: FUTURE, PAST,
    # FUTURE? for a سـ verb, or None)
    word_info: dict[str, tuple[tuple[Reach, ...], tuple[str, ...], str | None]]
    reach_of_shape: dict[str, tuple[Reach, ...]]  # NUMERIC, YEAR, ISO, HHMM
    needed_classes: tuple[str, ...]


_DATE_SEPARATOR = re.compile(r"\s*[/.-]\s*\d")
_LETTER = re.compile("[" + LETTERS + "]")


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    rules_of_class: dict[str, set[int]] = {}
    for index, rule in enumerate(RULES):
        for name in rule.triggers:
            rules_of_class.setdefault(name, set()).add(index)
    needed_classes = {name for rule in RULES for name in rule.needs}
    rules_of_word: dict[str, set[int]] = {}
    needed_of_word: dict[str, set[str]] = {}
    for name, words in TRIGGERS.items():
        for word in words:
            for form in (word, *(clitic + word for clitic in CLITICS)):  # «وماي», «للعام»
                rules_of_word.setdefault(form, set()).update(rules_of_class.get(name, ()))
                if name in needed_classes:
                    needed_of_word.setdefault(form, set()).add(name)

    def reaches(rules) -> tuple[Reach, ...]:
        return tuple((index, *RULES[index].reach) for index in sorted(rules))

    tense_of_word = {**{word: "FUTURE?" for word in rules_of_word if looks_future(word)}, **cue_words()}
    listed = rules_of_word.keys() | tense_of_word.keys()
    alternation = "(" + word_alternation(listed) + ")|(" + FUTURE_VERB_PATTERN + ")"
    return _Tables(
        words=re.compile("[^" + LETTERS + "](?:" + alternation + ")(?![" + LETTERS + "])"),
        first_word=re.compile("(?:" + alternation + ")(?![" + LETTERS + "])"),
        # a digit first: the engine skips to digits in C
        numbers=re.compile(r"[{0}](?:[{0}]?[:.,][{0}][{0}](?![{0}])|[{0}]*)".format(DIGITS)),
        word_info={word: (reaches(rules_of_word.get(word, ())), tuple(sorted(needed_of_word.get(word, ()))),
                          tense_of_word.get(word)) for word in listed},
        reach_of_shape={name: reaches(rules_of_class.get(name, ())) for name in ("NUMERIC", "YEAR", "ISO", "HHMM")},
        needed_classes=tuple(sorted(needed_classes)),
    )


def scan(text: str) -> Scan:
    tables = _tables()
    triggers, cues = [], []
    needed: dict[str, list[int]] = {name: [] for name in tables.needed_classes}
    word_info = tables.word_info
    first = tables.first_word.match(text)
    # the hot loop of a scan: one dict lookup per word
    for m in itertools.chain((first,) if first else (), tables.words.finditer(text)):
        listed = m.group(1)
        if listed is not None:
            start = m.start(1)
            end = start + len(listed)
            reaches, needed_in, tense = word_info[listed if listed in word_info else " ".join(listed.split())]
            if reaches:
                triggers.append((start, end, reaches))
            for name in needed_in:
                needed[name].append(start)
            if tense:
                cues.append((start, end, tense))
        elif looks_future(m.group(2)):
            cues.append((*m.span(2), "FUTURE?"))
    shape = tables.reach_of_shape
    glued = []
    numbers = needed["NUMBER"] = []
    for m in tables.numbers.finditer(text):
        start, end, number = m.start(), m.end(), m.group()
        numbers.append(start)
        if start and _LETTER.match(text, start - 1):
            glued.append(start)
        if not number.isdigit():
            reaches = shape["HHMM"]  # 9:30, 10.30
        else:
            reaches = shape["YEAR"] if len(number) == 4 else ()
        if len(number) == 4 and text.startswith("-", end):
            reaches += shape["ISO"]
        if _DATE_SEPARATOR.match(text, end):
            reaches += shape["NUMERIC"]
        if reaches:
            triggers.append((start, end, reaches))
    triggers.sort()
    return Scan(triggers, cues, glued, needed)


_HITS_NEEDED = [rule.hits_needed for rule in RULES]
_NEEDS = [(rule.needs, rule.needs_hits) if rule.needs else None for rule in RULES]


def rule_windows(found: Scan, sentences: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(rule index, start, stop): where each rule may match, around its triggers, within a sentence,
    holding the words the rule needs besides."""
    kept = []
    for window in _trigger_windows(found.triggers, sentences):
        needs = _NEEDS[window[0]]
        if needs is None or _count(found.needed, needs[0], window[1], window[2]) >= needs[1]:
            kept.append(window)
    return kept


def _count(needed: dict[str, list[int]], classes: tuple[str, ...], first: int, stop: int) -> int:
    count = 0
    for name in classes:
        starts = needed.get(name, ())
        count += bisect_left(starts, stop) - bisect_left(starts, first)
    return count


def _trigger_windows(triggers, sentences: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    open_window: dict[int, list[int]] = {}  # rule -> [rule, start, stop, hits] of its latest window
    windows: list[list[int]] = []
    sentence = 0
    lo, hi = sentences[0] if sentences else (0, 0)
    for start, end, reaches in triggers:
        while start >= hi and sentence + 1 < len(sentences):
            sentence += 1
            lo, hi = sentences[sentence]
        for rule, before, after in reaches:
            first = start - before
            if first < lo:
                first = lo
            stop = end + after
            if stop > hi:
                stop = hi
            window = open_window.get(rule)
            if window is not None and window[1] >= lo and first <= window[2]:  # same sentence, overlapping
                if stop > window[2]:
                    window[2] = stop
                window[3] += 1
            else:
                open_window[rule] = window = [rule, first, stop, 1]
                windows.append(window)
    return sorted((rule, first, stop) for rule, first, stop, hits in windows if hits >= _HITS_NEEDED[rule])
