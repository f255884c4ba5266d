"""Find lexicon terms (event triggers, places) among the words of Arabic text.

Text and table go through the same normaliser, and a word may carry the article ال and
a one-letter proclitic (و ف ب ل ك) in front of a term, so «بالرباط» and «للرباط» find
الرباط, and «والندوة» finds ندوة, without the table listing every prefixed form.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from .normalize import normalize as default_normalize

LEXICON = Path(__file__).parent / "lexicon"

# A word is a run of letters and digits; diacritics and tatweel stay inside it.
WORD = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u0640]+")

_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


@dataclass(frozen=True)
class Word:
    norm: str
    start: int
    end: int


@dataclass(frozen=True)
class Hit:
    value: str  # the table's label for the term (category, place)
    first: int  # index of the first and last word it covers
    last: int


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a lexicon TSV: UTF-8, one header line, `#` comment lines, blank lines ignored."""
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [
        {key: (value or "").strip() for key, value in row.items()}
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]


# News repeats its words: normalising each distinct word once makes the events layer's many
# passes over the same sentences cheap.
normalize_word = lru_cache(maxsize=1 << 16)(default_normalize)


def words(text: str, normalize: Callable[[str], str] = default_normalize) -> list[Word]:
    if normalize is default_normalize:
        normalize = normalize_word
    return [Word(normalize(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]


def _surface_forms(first: str) -> set[str]:
    """Every prefixed spelling of a term's first word that the text may show."""
    bare = first[2:] if first.startswith("ال") and len(first) > 3 else None
    stems = {first} if bare else {first, "ال" + first}
    forms = {clitic + stem for clitic in _PROCLITICS for stem in stems}
    body = bare or first
    forms |= {"لل" + body, "ولل" + body, "فلل" + body}  # ل + ال contracts to لل
    return forms


class TermMatcher:
    """Longest-first matching of a table's terms against a word list."""

    def __init__(self, terms: Iterable[tuple[str, str]], normalize: Callable[[str], str] = default_normalize):
        self._normalize = normalize
        # first-word surface form -> [(rest of the term's words, label)], longest term first
        self._index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for term, label in terms:
            parts = [normalize(part) for part in term.split()]
            if not parts:
                continue
            for form in _surface_forms(parts[0]):
                self._index.setdefault(form, []).append((tuple(parts[1:]), label))
        for entries in self._index.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    @classmethod
    def from_table(cls, path: Path, column: str, normalize: Callable[[str], str] = default_normalize) -> "TermMatcher":
        return cls(((row["word"], row[column]) for row in read_table(path) if row.get("word")), normalize)

    def find(self, text_words: list[Word]) -> list[Hit]:
        hits: list[Hit] = []
        index = 0
        while index < len(text_words):
            hit = self._match_at(text_words, index)
            if hit:
                hits.append(hit)
                index = hit.last + 1
            else:
                index += 1
        return hits

    def _match_at(self, text_words: list[Word], index: int) -> Hit | None:
        for rest, label in self._index.get(text_words[index].norm, ()):
            following = tuple(word.norm for word in text_words[index + 1 : index + 1 + len(rest)])
            if following == rest:
                return Hit(label, index, index + len(rest))
        return None


def triggers(normalize: Callable[[str], str] = default_normalize) -> TermMatcher:
    return TermMatcher.from_table(LEXICON / "event_triggers.tsv", "category", normalize)


def places(normalize: Callable[[str], str] = default_normalize) -> TermMatcher:
    return TermMatcher.from_table(LEXICON / "places.tsv", "place", normalize)
