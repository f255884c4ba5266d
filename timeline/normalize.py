"""Arabic normalisation shared by the text and the lexicon, with a map back to original offsets.

Folding alef/hamza forms, ya and ta marbuta lets one lexicon entry match every spelling;
deleting diacritics and tatweel changes lengths, so `Normalized.origin` maps each
normalised character back to its index in the original text.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from typing import NamedTuple

from .diskcache import kept

_DELETE = {chr(c) for c in range(0x064B, 0x0660)}  # harakat, shadda, sukun, maddah/hamza marks
_DELETE |= {chr(c) for c in range(0x0610, 0x061B)}  # Quranic annotation marks
_DELETE |= {"\u0670", "\u0640", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"}

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه",
    "ک": "ك",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "–": "-", "—": "-", "‐": "-", "−": "-",
    "٫": ".", "٬": ",",
}
_FOLD.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_FOLD.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits


_FOLDS = tuple(_FOLD.items())
# offsets rely on it: a fold replaces one character by one, only deletions change lengths
assert all(len(original) == len(folded) == 1 for original, folded in _FOLDS)
# and folding only the characters a text holds relies on this: no fold makes a character another folds
assert not set(_FOLD.values()) & (set(_FOLD) | _DELETE)
_DELETED = re.compile("[" + "".join(sorted(_DELETE)) + "]")
_FOLDED = re.compile("[" + "".join(sorted(_FOLD)) + "]")


class Normalized(NamedTuple):  # (made in C; a dataclass takes a millisecond to create at import)
    text: str
    # deletions[j]: the normalised index before which the j-th deleted character stood
    deletions: tuple[int, ...]

    def origin(self, index: int) -> int:
        """The original index of normalised character `index` (len(text) maps to the original's end)."""
        return index + bisect_right(self.deletions, index)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of a normalised [start, end).

        The end runs up to the next kept character: what lies between is only deleted marks
        (a final diacritic or tatweel, «غداً»), which belong to the last word."""
        if not self.deletions:  # (most news text: no diacritics)
            return start, max(start, end)
        if end <= start:
            return self.origin(start), self.origin(start)
        return self.origin(start), self.origin(end)


def _class_of(category: str, characters: str) -> str:
    """The inside of a regex class for the `characters` that `category` (a regex of one character)
    matches, written as ranges.

    sre checks such a class with one table lookup (a "big charset"); the Unicode categories
    behind \\w cost several lookups per character, on every character the scans skip over.
    The regex finds the runs itself in a few milliseconds (testing each character in Python
    took several times that at every start-up)."""
    parts = []
    for run in re.finditer(category + "+", characters):
        first, last = run.start(), run.end() - 1
        parts.append(f"\\u{first:04x}" if first == last else f"\\u{first:04x}-\\u{last:04x}")
    return "".join(parts)


# \w, letters (\w without digits and _) and \d for the hot scans. Only letters outside the BMP
# (historic scripts, CJK extension B) are left out, and they do not occur in news text.
def _classes() -> tuple[str, str, str]:
    bmp = "".join(map(chr, range(0x10000)))
    # str.isalnum() or "_"; str.isalnum() and not str.isdecimal(); str.isdecimal()
    return _class_of(r"\w", bmp), _class_of(r"[^\W\d_]", bmp), _class_of(r"\d", bmp)


# (10 ms a start-up to build; they depend only on the interpreter's Unicode tables)
WORD_CHARS, LETTERS, DIGITS = kept("classes", unicodedata.unidata_version, _classes,
                                   valid=lambda stored: isinstance(stored, tuple) and len(stored) == 3)

# The same sets as whole classes written with sre's categories, for the rules. They match exactly
# what the explicit ranges match (the BMP part of \w, and so on) but compile in microseconds:
# sre builds a class of ranges by setting one byte per code point in Python, about 5 ms for the
# 50,000 of WORD_CHARS, and every rule holds two such classes.
_NON_BMP = "\U00010000-\U0010ffff"
WORD_CHAR = "[^\\W" + _NON_BMP + "]"  # [WORD_CHARS]
NOT_WORD_CHAR = "[\\W" + _NON_BMP + "]"  # [^WORD_CHARS]
LETTER = "[^\\W\\d_" + _NON_BMP + "]"  # [LETTERS]
NOT_LETTER = "[\\W\\d_" + _NON_BMP + "]"  # [^LETTERS]


def normalize(text: str) -> str:
    """The normalised form of a string (lexicon entries go through this too).

    One str.replace per folded character the string holds (_fold): each is a fast scan in C, and
    together they run several times faster than str.translate, which looks up every character of
    Arabic text."""
    return _DELETED.sub("", _fold(text))


def _fold(text: str) -> str:
    """The folds of the characters a string holds, found by a search each: for a word or a phrase three
    times faster than 45 calls of str.replace, for an article's text slower (memchr beats sre's class
    test there), which normalize_with_offsets keeps."""
    position = 0
    while (found := _FOLDED.search(text, position)) is not None:
        original = found.group()
        text = text.replace(original, _FOLD[original])
        position = found.start()  # (now folded: the search goes on past it)
    return text


def normalize_with_offsets(text: str) -> Normalized:
    # every fold maps one character to one, so only deletions shift offsets
    deleted = [m.start() for m in _DELETED.finditer(text)]
    for original, folded in _FOLDS:
        text = text.replace(original, folded)
    if deleted:  # rare in news: cut them out here rather than scan the text again
        kept = [text[start + 1:end] for start, end in zip([-1, *deleted], [*deleted, len(text)])]
        text = "".join(kept)
    return Normalized(text, tuple(position - j for j, position in enumerate(deleted)))
