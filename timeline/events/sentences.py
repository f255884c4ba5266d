"""Sentence and clause geometry of one text, computed once (linear in the text).

Every later step (is it an event? title, place, merge) asks "which sentence holds this
offset?" many times per article; answering by bisect over boundaries found in one pass
keeps an article with thousands of mentions linear, where re-scanning the text for each
mention was quadratic.

The time layer splits its own way (timeline/sentence_bounds.py says why); this is the events' one splitter.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..lexicon import table
from ..normalize import normalize

# A sentence ends at a newline, or at . ! ? ؟ … ؛ followed by space (not inside 3.5 or 8.3.2022), or at a full
# stop typed without its space between two Arabic words of three letters or more («ضعيفا.فقد»); not inside
# an acronym of short parts («إي.إس.إي.تي», «بي.بي.سي») or a web address («خروف.كوم», «العربية.نت»).
ARABIC_LETTER = "\u0621-\u064a"
GLUED_STOP = rf"(?<=[{ARABIC_LETTER}]{{3}}\.)(?=[{ARABIC_LETTER}]{{3,}}(?![\w.]))(?!كوم\b)"
# A bullet («*», «**») after a space opens an item of a list or a programme written on one line
# («*28 جويلية 2016 : عرض "Tornado" *أسعار التذاكر 15 دينار *29 جويلية 2016 : كاظم الساهر»): each item is a sentence.
BULLET = r"(?<![\d\s])(?:\s+\*+)+\s*(?=\S)"  # (not «3 * 4»: a product)
SENTENCE_END = re.compile(rf"\n+|(?<=[.!?؟…؛])\s+|{GLUED_STOP}|{BULLET}")
# Marks that end no sentence after all (lexicon/sentence_joints.tsv):
# - a single line break after a clause mark, or after a word that always has something after it (a preposition,
#   a relative, a particle: «التي ستقام في» / «أبوظبي خلال شهر سبتمبر المقبل .»), or before a line opening on a
#   stop of its own: wire copy broken mid-clause. A blank line, and a line opening a list item («- », «* », «3 -»),
#   stay breaks; so do a dateline («... 2015 م واس») and a heading, which end on a noun.
# - «..» (two dots, not an ellipsis of three) within a line after a kicker of a few words («دبي.. مدينة أشباح؟»,
#   «قطر.. صعد المؤشر 0.6 في المئة») or before a word opening a dependent phrase («يوميا.. خلال الربع الأول من
#   العام الجاري»): a pause, so the date stays with its clause. Elsewhere «..» is a stop, as writers use it.
LINE_STOP = re.compile(r"\n[ \t\r\u200f\u200e]*")
OPEN_LINE_END = re.compile(r"[،,]\s*$")
LINE_OPENING_STOP = re.compile(r"[.،,؛:!؟?]")
LIST_ITEM = re.compile(r"[-*•–—]|\d+\s*[-.)]")
KICKER_WORDS = 2  # «دبي..»، «شاهد..»، «سلطنة عمان..»، «قد يهمك..» (not «كل شيء احترق.. لم يعد لدينا أي شيء»)
LAST_WORD = re.compile(r"(\S+)\s*$")
FIRST_WORD = re.compile(r"\s*([^\s.،,؛:!؟?\"«»“”()]+)")
# A clause ends at the Arabic comma, or a Latin comma, colon or semicolon followed by space.
CLAUSE_END = re.compile(r"[،؛]\s*|[,:;]\s+")
# Paragraphs: a blank line, or a single newline (news JSONL often has one per paragraph).
PARAGRAPH_END = re.compile(r"\n\s*")

LEAD_CHARS = 400  # the first sentence(s) up to here are the article's lead
# A first paragraph this short with no sentence mark is a byline or a dateline («حنان الحامدي – عين اليوم», «الرياض 26
# شوال 1436 هـ الموافق 11 اغسطس 2015 م واس»), not the lead: the lead is the paragraph after it
BYLINE_CHARS = 60
SENTENCE_MARKS = ".!?؟…؛:،,"
# A "sentence" longer than this (a list, a table, text without full stops) is cut at clause ends,
# else at spaces, so the work per mention stays bounded and a build stays linear in the text.
MAX_SENTENCE = 600
CLAUSE_MARK = re.compile(r"[،؛,;:]")  # a clause mark anywhere (CLAUSE_END wants a space after the Latin ones)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    index: int  # its rank in the text
    paragraph: int

    @property
    def bounds(self) -> tuple[int, int]:
        return self.start, self.end


LAYOUTS_KEPT = 8  # texts whose sentences are kept: an article's body and headline, and the last few
_LAYOUTS: dict[str, tuple] = {}


class TextGeometry:
    """Sentences of a text (and, on demand, the clauses of one sentence)."""

    def __init__(self, text: str):
        self.text = text
        known = _LAYOUTS.get(text)
        if known is not None:  # the places' steps ask again for the article being drafted: its sentences, once
            self._starts, self._ends, self._paragraphs, self._lead = known
            return
        starts, ends, paragraphs = [], [], []
        paragraph_breaks = [m.start() for m in PARAGRAPH_END.finditer(text)]
        cursor = 0
        for boundary in SENTENCE_END.finditer(text):
            if not _ends_sentence(text, boundary, cursor):
                continue
            self._add(cursor, boundary.start(), starts, ends)
            cursor = boundary.end()
        self._add(cursor, len(text), starts, ends)
        for start in starts:
            paragraphs.append(bisect_right(paragraph_breaks, start))
        self._starts, self._ends, self._paragraphs = starts, ends, paragraphs
        self._lead = self._lead_paragraph()
        if len(_LAYOUTS) >= LAYOUTS_KEPT:
            _LAYOUTS.clear()  # (not one popped: safe when threads build side by side)
        _LAYOUTS[text] = (starts, ends, paragraphs, self._lead)  # (read, never changed, by every geometry of the text)

    def _lead_paragraph(self) -> tuple[int, int] | None:
        """The lead's paragraph and where it starts: the first, or the one after a byline opening the text."""
        if not self._starts:
            return None
        first = self._paragraphs[0]
        rest = [i for i, paragraph in enumerate(self._paragraphs) if paragraph != first]
        opening = self.text[self._starts[0] : self._ends[rest[0] - 1]] if rest else ""
        if rest and len(opening) <= BYLINE_CHARS and not any(mark in opening for mark in SENTENCE_MARKS):
            return self._paragraphs[rest[0]], self._starts[rest[0]]
        return first, 0

    def _add(self, start: int, end: int, starts: list[int], ends: list[int]) -> None:
        while end - start > MAX_SENTENCE:
            cut = self._soft_cut(start, end)
            self._add_one(start, cut, starts, ends)
            start = cut
        self._add_one(start, end, starts, ends)

    def _soft_cut(self, start: int, end: int) -> int:
        """After the last clause end (else space) before MAX_SENTENCE, in its second half."""
        low, limit = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
        clause_ends = [m.end() for m in CLAUSE_MARK.finditer(self.text, low, limit)]
        if clause_ends:
            return clause_ends[-1]
        space = self.text.rfind(" ", low, limit)
        return space + 1 if space > 0 else limit

    def _add_one(self, start: int, end: int, starts: list[int], ends: list[int]) -> None:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if end > start:
            starts.append(start)
            ends.append(end)

    def __len__(self) -> int:
        return len(self._starts)

    def sentence(self, index: int) -> Sentence:
        return Sentence(self._starts[index], self._ends[index], index, self._paragraphs[index])

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding `offset` (the one before it when the offset falls between two)."""
        if not self._starts:
            return Sentence(0, len(self.text), 0, 0)
        index = max(0, bisect_right(self._starts, offset) - 1)
        return self.sentence(index)

    def is_lead(self, sentence: Sentence) -> bool:
        """In the article's first paragraph (after a byline) and within its first few hundred characters."""
        return self._lead is not None and sentence.paragraph == self._lead[0] and sentence.start - self._lead[1] < LEAD_CHARS

    def clauses(self, sentence: Sentence) -> list[tuple[int, int]]:
        result, cursor = [], sentence.start
        for boundary in CLAUSE_END.finditer(self.text, sentence.start, sentence.end):
            result.append((cursor, boundary.start()))
            cursor = boundary.end()
        result.append((cursor, sentence.end))
        return [c for c in result if c[1] > c[0]]

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [self.sentence(i) for i in range(len(self))]


@lru_cache(maxsize=None)
def _joints(role: str) -> frozenset[str]:
    return frozenset(row["word"] for row in table("sentence_joints") if row["role"] == role)


def _ends_sentence(text: str, boundary: re.Match, sentence_start: int) -> bool:
    """False for a line break inside a clause, and for «..» as a pause (see LINE_STOP above)."""
    mark = boundary.group()
    if "\n" in mark:
        return not _wrapped_line(text, boundary)
    start = boundary.start()
    if text.startswith("..", start - 2) and not text.startswith("...", start - 3) and mark.isspace():
        if len(text[sentence_start : start - 2].split()) <= KICKER_WORDS:
            return False
        following = FIRST_WORD.match(text, boundary.end())
        return not (following and normalize(following.group(1)) in _joints("continues"))
    return True


def _wrapped_line(text: str, boundary: re.Match) -> bool:
    """A single line break that cuts a clause: the line ends on a clause mark or a word that must go on,
    or the next one opens on a stop; never before a list item."""
    if boundary.group() != "\n":
        return False  # a blank line: a paragraph, whatever came before
    after = LINE_STOP.match(text, boundary.start()).end()
    if after >= len(text) or text[after] == "\n" or LIST_ITEM.match(text, after):
        return False
    if LINE_OPENING_STOP.match(text, after):
        return True
    line = text[text.rfind("\n", 0, boundary.start()) + 1 : boundary.start()]
    if OPEN_LINE_END.search(line):
        return True
    last = LAST_WORD.search(line)
    return bool(last) and normalize(last.group(1)) in _joints("open_end")


def squash(text: str) -> str:
    """One line, single spaces: article text may carry \\r\\n, tabs or runs of spaces."""
    return " ".join(text.split())
