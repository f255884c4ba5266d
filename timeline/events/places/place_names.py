"""Spellings of place names: a Place and its index entries, the proclitics and ال a name may carry, Maghrebi letters."""
from __future__ import annotations

import re
from dataclasses import dataclass


_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")  # not ك: «كبيرا» is not ك + Beira


_ARABIC = re.compile("[\u0600-\u06FF]")


# Maghrebi letters for sounds Arabic writes otherwise: «الرڨاب», «ڨابس» (g for ق), «ڤيينا» (v for ف)
_MAGHREBI = str.maketrans({"ڨ": "ق", "ڤ": "ف", "گ": "ك", "ڭ": "ك"})


def _folded(norm: str) -> str:
    """A word as the index spells it: Maghrebi letters folded, a court's number glued to its town dropped
    («بالمحكمة الابتدائية سوسة1»)."""
    word = norm.translate(_MAGHREBI)
    if word[-1:].isdigit() and _ARABIC.search(word):
        word = word.rstrip("0123456789")
    return word


@dataclass(frozen=True)
class Place:
    name: str  # Arabic, as shown on the page
    country: str | None  # ISO 3166-1 alpha-2
    country_name: str | None  # Arabic
    lat: float | None
    lon: float | None
    tz: str | None  # IANA zone


@dataclass(frozen=True)
class _Entry:
    place: Place
    kind: str  # country | city | region | continent
    as_written: bool = True  # shown as the text spells it (False: a table row with context words)
    attached_only: bool = False  # a smaller city far from the region: a place only after في/إلى/بـ («في جنيف»)


@dataclass(frozen=True)
class _Hit:
    entry: _Entry
    first: int  # word indexes in the sentence
    last: int
    clitic: str


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _bare_name(name: str) -> str:
    parts = name.split()
    return " ".join([_bare(parts[0]), *parts[1:]])
