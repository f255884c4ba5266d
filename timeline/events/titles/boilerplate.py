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


def without_boilerplate(tokens: Sequence[_Token]) -> list[_Token]:
    """The sentence's words without any boilerplate phrase among them."""
    phrases = _phrases()
    kept: list[_Token] = []
    index = 0
    while index < len(tokens):
        size = next((len(p) for p in phrases if tuple(t.norm for t in tokens[index : index + len(p)]) == p), 0)
        if size:
            index += size
            continue
        kept.append(tokens[index])
        index += 1
    return kept
