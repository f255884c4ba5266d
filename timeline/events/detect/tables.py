"""Word sets read from the lexicon tables, each built once: the cue matcher, day words, numbers, units, feasts."""
from __future__ import annotations

from functools import lru_cache

from ...terms import LEXICON, TermMatcher, read_table, words
from .reaches import DAY_TABLES, NUMBER


@lru_cache(maxsize=1)
def _matcher() -> TermMatcher:
    """One matcher for the whole table; a term listed twice carries all its (reason, where).

    Longer spellings go in first, so a listed «للغاية» wins over ل + «لغاية».
    """
    labels: dict[str, list[str]] = {}
    for row in read_table(LEXICON / "non_event_cues.tsv"):
        if row.get("word"):
            labels.setdefault(row["word"], []).append(f"{row['reason']}/{row['where']}")
    ordered = sorted(labels.items(), key=lambda item: -len(item[0]))
    return TermMatcher((word, "|".join(dict.fromkeys(found))) for word, found in ordered)


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    found = set()
    for name in DAY_TABLES:
        for row in read_table(LEXICON / name):
            single = words(row.get("word", ""))
            if len(single) == 1:  # a word of «كانون الثاني» or «بعد المقبل» alone names no day
                found.add(single[0].norm)
    found |= {clitic + word for word in found for clitic in ("و", "ب", "ل", "ف") if not word.startswith("ال")}
    found |= {clitic + word for word in list(found) for clitic in ("و", "ف", "ب", "وب") if word.startswith("ال")}
    return frozenset(found)


def _datish(norm: str) -> bool:
    """A word that can open a date: a number, a unit, a weekday, a month or a relation word."""
    if any(ch.isdigit() for ch in norm):
        return True
    bare = norm[1:] if norm[:1] in ("و", "ف", "ب", "ل") and len(norm) > 3 else norm
    bare = bare[2:] if bare.startswith("ال") else bare
    return norm in _day_words() or bare in _day_words() or bare in _unit_words() or norm in _unit_words()


def _counts(norm: str) -> bool:
    """A figure, in digits or in words: «23», «6ر23», «سبعة» (in «سبعة في المائة»)."""
    return bool(NUMBER.match(norm)) or norm in _number_words()


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    return frozenset(w.norm for row in read_table(LEXICON / "numbers.tsv") for w in words(row.get("word", "")))


@lru_cache(maxsize=1)
def _count_words() -> frozenset[str]:
    """Numbers in words from two up: «خمس»، «ثلاثة»، «عشرين» (not «واحد»، «أحد» nor «عدة», which count nothing)."""
    return frozenset(w.norm for row in read_table(LEXICON / "numbers.tsv") if row.get("value", "").isdigit()
                     and int(row["value"]) >= 2 for w in words(row.get("word", "")))


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return frozenset(w.norm for row in read_table(LEXICON / "units.tsv") for w in words(row.get("word", "")))


@lru_cache(maxsize=1)
def _feast_names() -> tuple[str, ...]:
    """Feasts (lexicon/feasts.tsv) and Ramadan, normalised: a mention holding one names a recurring occasion."""
    names = {" ".join(w.norm for w in words(row.get("word", ""))) for row in read_table(LEXICON / "feasts.tsv")}
    return tuple(sorted(n for n in names | {"رمضان"} if n))


@lru_cache(maxsize=1)
def _long_unit_words() -> frozenset[str]:
    """Units of a year or longer: سنوات، أعوام، عقود …"""
    return frozenset(w.norm for row in read_table(LEXICON / "units.tsv") if row.get("unit") in ("year", "decade", "century")
                     for w in words(row.get("word", "")))


@lru_cache(maxsize=1)
def _ordinal_words() -> frozenset[str]:
    return frozenset(w.norm for row in read_table(LEXICON / "ordinals.tsv") for w in words(row.get("word", "")))


@lru_cache(maxsize=1)
def _anchor_words() -> frozenset[str]:
    """Words that tie a mention to a known time: المقبل، الماضي، اليوم، أمس …"""
    return frozenset(
        w.norm for name in ("relations.tsv", "relative_days.tsv")
        for row in read_table(LEXICON / name) for w in words(row.get("word", ""))
    )
