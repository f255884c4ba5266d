"""Page furniture that reached an article's text: a share bar («شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك»)
glued before a lead sentence is no part of it, so a title drops it wherever it stands in the sentence. The phrases
are data (lexicon/page_boilerplate.tsv)."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ... import lexicon
from .tokens import _Token


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, ...], ...]:
    """The phrases as normalised words, longest first."""
    phrases = {tuple(row["word"].split()) for row in lexicon.table("page_boilerplate") if row["word"]}
    return tuple(sorted(phrases, key=lambda phrase: (-len(phrase), phrase)))


@lru_cache(maxsize=1)
def _phrases_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the phrases it opens, longest first (a title's every word is looked up: most open none)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _phrases():
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in index.items()}


def without_boilerplate(tokens: Sequence[_Token]) -> list[_Token]:
    """The sentence's words without any boilerplate phrase among them."""
    by_first = _phrases_by_first_word()
    kept: list[_Token] = []
    index = 0
    while index < len(tokens):
        phrases = by_first.get(tokens[index].norm, ())
        size = next((len(p) for p in phrases if tuple(t.norm for t in tokens[index : index + len(p)]) == p), 0)
        if size:
            index += size
            continue
        kept.append(tokens[index])
        index += 1
    return kept
