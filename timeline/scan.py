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
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from . import lexicon, tense
from . import rules as rules_module
from .diskcache import kept
from .normalize import DIGITS, LETTER, LETTERS
from .rules import CLITICS, RULES, TRIGGERS, compile_cached, word_alternation
from .tense import FUTURE_VERB_PATTERN, cue_words, looks_future


Reach = tuple[int, int, int]  # (rule index, characters before, characters after)


class Scan(NamedTuple):  # (made in C; a dataclass takes a millisecond to create at import)
    triggers: list[tuple[int, int, tuple[Reach, ...]]]  # (start, end, the rules it triggers), in text order
    cues: list[tuple[int, int, str]]  # (start, end, tense), in text order
    glued_numbers: list[int]  # where a number starts right after a letter
    needed: dict[str, list[int]]  # class a rule needs (Rule.needs) -> where its words start, in order


class _Tables(NamedTuple):
    # A listed word (group 1: a trigger or a cue, with its proclitics) or a سـ verb (group 2),
    # after a non-letter: «وماي», «8أغسطس». Reading the character before the word makes the
    # pattern start with a class, which the regex engine skips to in C. It runs over the text with
    # a space in front, so the text's first word is read the same way (one compiled pattern, not two:
    # the alternation of every listed form takes a tenth of a second to compile).
    words: re.Pattern
    numbers: re.Pattern
    # listed word -> (the rules it triggers, the needed classes it is in, its tense: FUTURE, PAST,
    # FUTURE? for a سـ verb, or None)
    word_info: dict[str, tuple[tuple[Reach, ...], tuple[str, ...], str | None]]
    reach_of_shape: dict[str, tuple[Reach, ...]]  # NUMERIC, YEAR, ISO, HHMM
    needed_classes: tuple[str, ...]


_DATE_SEPARATOR = re.compile(r"\s*[/.-]\s*\d")
_LETTER = re.compile(LETTER)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    words_pattern, word_info, reach_of_shape, needed_classes = kept(
        "scan-tables", _table_inputs(), _table_data, valid=lambda stored: isinstance(stored, tuple) and len(stored) == 4)
    return _Tables(
        words=compile_cached([words_pattern], "scan")[0],
        # a digit first: the engine skips to digits in C
        numbers=re.compile(r"[{0}](?:[{0}]?[:.,][{0}][{0}](?![{0}])|[{0}]*)".format(DIGITS)),
        word_info=word_info,
        reach_of_shape=reach_of_shape,
        needed_classes=needed_classes,
    )


def _table_inputs() -> str:
    """Everything the scan's tables are made of (the words, the rules' reach, and the code that builds
    them): the key under which diskcache keeps them, 50 ms a process to build."""
    rules = [(rule.name, rule.triggers, rule.reach, rule.hits_needed, rule.needs, rule.needs_hits) for rule in RULES]
    code = []
    rules_sources = sorted(str(path) for path in Path(rules_module.__file__).parent.glob("*.py"))  # the package's modules
    for module in (__file__, tense.__file__, *rules_sources):
        try:
            with open(module, encoding="utf-8") as source:
                code.append(source.read())
        except OSError:  # pragma: no cover - installed without sources: nothing to edit
            code.append(module)
    return repr((sorted((name, sorted(words)) for name, words in TRIGGERS.items()), rules, CLITICS,
                 sorted(cue_words().items()), sorted(lexicon.words("not_future")), FUTURE_VERB_PATTERN, code))


def _table_data() -> tuple:
    """(the words pattern, word_info, reach_of_shape, needed_classes): plain values, as diskcache keeps them."""
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

    known: dict[frozenset[int], tuple[Reach, ...]] = {}  # most words trigger one of a few sets of rules

    def reaches(rules) -> tuple[Reach, ...]:
        rules = frozenset(rules)
        if rules not in known:
            known[rules] = tuple((index, *RULES[index].reach) for index in sorted(rules))
        return known[rules]

    tense_of_word = {**{word: "FUTURE?" for word in rules_of_word if looks_future(word)}, **cue_words()}
    listed = rules_of_word.keys() | tense_of_word.keys()
    triggers = {word for words in TRIGGERS.values() for word in words}
    return (
        _words_pattern(listed, triggers, tense_of_word.keys()).pattern,
        {word: (reaches(rules_of_word.get(word, ())), tuple(sorted(needed_of_word.get(word, ()))),
                _cue(tense_of_word.get(word))) for word in sorted(listed)},
        {name: reaches(rules_of_class.get(name, ())) for name in ("NUMERIC", "YEAR", "ISO", "HHMM")},
        tuple(sorted(needed_classes)),
    )


def _cue(tense: str | None) -> str | None:
    """A listed word's tense; NONE marks a name read whole so the cue word inside it tells none («مهرجان كان»)."""
    return None if tense == "NONE" else tense


def _words_pattern(listed: set[str], triggers: set[str], cues) -> re.Pattern:
    """The scan's pattern: a listed form (group 1) or a سـ verb (group 2) after a non-letter.

    The listed forms are the trigger words, each also behind every proclitic, and the cue words.
    One trie of them all repeats the trie of the triggers under each proclitic (6,000 forms, a
    tenth of a second to compile); written as the words, else a proclitic and a trigger, it is a
    quarter of the size. Both read the same forms, and they find the same one: a form is whole
    words (the lookahead after it sees no letter), so the forms that fit at a place are the longest
    one and those of its leading words that are listed too; the check below makes sure that on
    each listed form, the smaller pattern finds the longest, else the whole trie is used."""
    def compiled(alternation: str) -> re.Pattern:
        # the class before the word is the hot loop (written as ranges, one lookup a character); the
        # check after it runs once per listed word (sre's categories, which compile in microseconds)
        # (compiled once, then read from the cache of compiled patterns: see rules.compile_cached)
        pattern = "[^" + LETTERS + "](?:(" + alternation + ")|(" + FUTURE_VERB_PATTERN + "))(?!" + LETTER + ")"
        return compile_cached([pattern], "scan")[0]

    factored = compiled("(?:" + word_alternation(triggers | set(cues)) + "|"
                        + word_alternation(CLITICS) + word_alternation(triggers) + ")")
    whole_words = LETTER + "+(?: " + LETTER + "+)*"
    same_forms = listed == triggers | set(cues) | {clitic + word for clitic in CLITICS for word in triggers}
    if not same_forms:
        return compiled(word_alternation(listed))  # pragma: no cover - a table the check rejects
    # All forms at once first: in « form. form. …» the pattern finds each form whole, in order, exactly
    # when it finds each in « form.» alone (it reads nothing past the full stop).
    forms = sorted(listed)
    if (re.fullmatch(whole_words + "(?:\n" + whole_words + ")*", "\n".join(forms))
            and [m.group(1) for m in factored.finditer("".join(" " + form + "." for form in forms))] == forms):
        return factored
    if all(re.fullmatch(whole_words, form) and (m := factored.match(" " + form + ".")) is not None
           and m.group(1) == form for form in listed):  # pragma: no cover - the same verdict, one form at a time
        return factored
    return compiled(word_alternation(listed))  # pragma: no cover - a table the check rejects


def scan(text: str) -> Scan:
    tables = _tables()
    triggers, cues = [], []
    needed: dict[str, list[int]] = {name: [] for name in tables.needed_classes}
    word_info = tables.word_info
    padded = " " + text  # offsets in it are one more than in the text
    first = tables.words.match(padded)  # the text's first word; then every word after a non-letter
    # the hot loop of a scan: one dict lookup per word. The pattern reads the character before the
    # word, so the word's offsets in the text are the match's in the padded text, less one at the end.
    add_trigger, add_cue = triggers.append, cues.append
    for m in itertools.chain((first,) if first else (), tables.words.finditer(padded, 1)):
        listed = m[1]
        if listed is not None:
            start = m.start()
            reaches, needed_in, tense = word_info.get(listed) or word_info[" ".join(listed.split())]
            if reaches:
                add_trigger((start, m.end() - 1, reaches))
            for name in needed_in:
                needed[name].append(start)
            if tense:
                add_cue((start, m.end() - 1, tense))
        elif looks_future(m[2]):
            add_cue((m.start(), m.end() - 1, "FUTURE?"))
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
    holding the words the rule needs besides; by rule, then in text order."""
    needed = found.needed
    kept = []
    for rule, first, stop, hits in _trigger_windows(found.triggers, sentences):
        if hits < _HITS_NEEDED[rule]:
            continue
        needs = _NEEDS[rule]
        if needs is not None:
            classes, at_least = needs
            count = 0
            for name in classes:
                starts = needed[name]
                count += bisect_left(starts, stop) - bisect_left(starts, first)
                if count >= at_least:
                    break
            else:
                continue
        kept.append((rule, first, stop))
    return kept


def _trigger_windows(triggers, sentences: list[tuple[int, int]]) -> list[list[int]]:
    """[rule, start, stop, trigger words] of each window, by rule, then in text order: a rule's windows
    start in the order of their triggers and never at the same place (two would overlap and be one), so
    a stable sort by rule puts them in the order of (rule, start, stop)."""
    open_window: list[list[int] | None] = [None] * len(RULES)  # rule -> [rule, start, stop, hits] of its latest window
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
            window = open_window[rule]
            if window is not None and window[1] >= lo and first <= window[2]:  # same sentence, overlapping
                if stop > window[2]:
                    window[2] = stop
                window[3] += 1
            else:
                open_window[rule] = window = [rule, first, stop, 1]
                windows.append(window)
    windows.sort(key=itemgetter(0))
    return windows
