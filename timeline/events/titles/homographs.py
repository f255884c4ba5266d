"""Particles a diacritic makes another word: «وعبّر المجلس» is the verb «عبّر», never the preposition «عبر»
(title_homographs.tsv). Without the mark the text does not tell them apart, and the word stays a particle."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon

CONJUNCTIONS = ("و", "ف")  # «وعبّر», «فبيّن»


@lru_cache(maxsize=1)
def _readings() -> dict[str, str]:
    return {row["written"]: row["reading"] for row in lexicon.table("title_homographs")}


def marked_reading(surface: str) -> str | None:
    """«verb» or «noun» for a particle's spelling that a diacritic marks as such («عبّر», «وبيّن», «بُعد»), else None."""
    word = surface.replace("ـ", "")
    reading = _readings().get(word)
    if reading is None and word[:1] in CONJUNCTIONS:
        reading = _readings().get(word[1:])
    return reading
