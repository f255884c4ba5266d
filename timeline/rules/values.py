"""Value parsing shared by the productions of every family.

Numbers and ordinals in digits or words, a month and its calendar, a year and its calendar, relations,
units, and reading a match: its groups (group), where it starts with its proclitic, the word before it.
"""
from __future__ import annotations

import re

from .words import MONTHS, MONTH_HALVES, NUMBERS, ORDINALS, PARTS, RELATIONS, UNITS, UNIT_STEMS, _key


_NUMBER_WORDS_SPLIT = re.compile(r"\s+")
_GLUED_AND = re.compile(r"\s*و")
_ORDINAL_WORDS_SPLIT = re.compile(r"\s+و?\s*|\s*و(?=ال)")
_NEXT_WORD = re.compile(r"\s*(\w+)")
_NEXT_QUOTED_WORD = re.compile(r"\s*[\"«“']?\s*(\w+)")  # the next word, a quote mark opening before it or not
_WORDS = re.compile(r"\w+")
_CLAUSE_END = re.compile(r"\s*(?:[.،,)\n]|$)")


def number(text: str) -> float | None:
    """Digits or number words («خمسة وعشرين» = 25, «ثلاثة عشر» = 13); None for vague «عدة»."""
    text = _key(text)
    if text[0].isdigit():
        return float(text.replace(",", "."))
    total = 0.0
    words = _number_words(text)
    if len(words) == 1 and words[0] in ONE_WORDS:
        return None  # «حالة واحدة عام 2010»: one follows its noun («عام واحد»), it never counts the next one
    for word in words:
        value = NUMBERS.get(word)
        if value is None or value == "few":
            return None
        if word in THOUSANDS:
            if not 0 < total < 1000 and word == "الاف":
                return None  # «آلاف السنين» alone is "thousands", not a count
            if 0 < total < 1000:  # «سبعة آلاف» = 7000
                total *= 1000
                continue
        total += float(value)
    return total


THOUSANDS = {"الف", "الاف"}
ONE_WORDS = {"واحد", "واحده"}


def _number_words(text: str) -> list[str]:
    """The words of «خمسة وعشرين», «خمسةوعشرين»: split at و only where و is not part of a word
    («ثلاثون», «أربعون» end in ون)."""
    words = []
    for word in _NUMBER_WORDS_SPLIT.split(text):
        if not word:
            continue
        if word in NUMBERS:
            words.append(word)
        elif word[0] == "و" and word[1:] in NUMBERS:
            words.append(word[1:])
        else:
            words += [part for part in _GLUED_AND.split(word) if part]
    return words


def ordinal(text: str) -> int | None:
    text = _key(text)
    if text.isdigit():
        return int(text)
    total = 0
    for word in _ORDINAL_WORDS_SPLIT.split(text):
        if word == "عشر" or word == "عشره":
            total += 10
        elif word in ORDINALS:
            total += ORDINALS[word]
        elif word:
            return None
    return total or None


def month_of(text: str) -> tuple[int, str]:
    row = MONTHS[_key(text)]
    return int(row["month"]), row["calendar"]


def year_of(m: re.Match, name: str = "year") -> tuple[int | None, str | None]:
    """The explicit year of a match and its calendar (hijri when marked هـ/هجري or in Hijri range)."""
    text = group(m, name)
    if not text:
        return None, None
    year = int(text)
    suffix = (group(m, name + "suf") or "").strip()
    if suffix == "ه" or "هجر" in suffix or (suffix == "" and 1300 <= year <= 1500):
        return year, "hijri"
    return year, "gregorian"


def relation(text: str | None) -> str | None:
    return RELATIONS.get(_key(text)) if text else None


def unit_of(text: str) -> str:
    stem = _key(text)
    for prefix in ("ال", "ل"):
        if stem.startswith(prefix) and stem[len(prefix):] in UNIT_STEMS:
            return UNIT_STEMS[stem[len(prefix):]]
    return UNIT_STEMS[stem]


def start_of(m: re.Match) -> int:
    """Where the written expression starts, proclitic included (the matcher reads a character before it)."""
    return m.start("clitic")


def word_before(text: str, start: int) -> str:
    """The word right before `start` (within 30 characters), or ""."""
    words = _WORDS.findall(text, max(0, start - 30), start)
    return words[-1] if words else ""


def group(m: re.Match, name: str) -> str | None:
    """Group `name` of the match, None when the pattern has no such group or it did not take part."""
    try:
        return m[name]
    except IndexError:  # no such group: a production shared by rules of different patterns
        return None



def part_of_match(m: re.Match) -> str | None:
    """START / MID / END of a part word, or H1 / H2 of «النصف الأول/الثاني من» a month."""
    if group(m, "half"):
        return MONTH_HALVES.get(_key(m["half"]))
    return PARTS.get(_key(group(m, "part"))) if group(m, "part") else None


_QUOTE_CLOSE = re.compile(r"\s*[\"”»]")


def unit_and_count(text: str) -> tuple[str, int | None]:
    row = UNITS[_key(text).removeprefix("ال") if _key(text) not in UNITS else _key(text)]
    return row["unit"], int(row["count"]) if row["count"] else None


_WORD_BEFORE_END = re.compile(r"(\w+)\s+$")


def _repeats_unit(m: re.Match, unit_text: str) -> bool:
    """Is the word right before the expression (nothing but a space between) its unit word again,
    with or without the accusative alif: «يوما بعد يوم», «عاما بعد عام»?"""
    before = _WORD_BEFORE_END.search(m.string, max(0, start_of(m) - 20), start_of(m))
    if before is None:
        return False
    word, unit_word = _key(before.group(1)), _key(unit_text)
    return word in (unit_word, unit_word + "ا")


def _fraction(m: re.Match) -> float:
    """«ونصف» 0.5, «وربع» 0.25 after a unit, else 0."""
    frac = group(m, "frac") or group(m, "frac2")
    return 0 if not frac else 0.5 if "نصف" in frac else 0.25
