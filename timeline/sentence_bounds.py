"""Where the time layer's sentences start and end: spans for matching, the last stop before an offset for resolving.

There are two splitters of sentences in the package, and they differ on purpose:
- this one, for time expressions: it runs on normalised text (match.py) or on a clause just read back from an
  expression (engine), with no lexicon; its sentence numbers are the `Found.sentence` the resolution steps count on;
- events/sentences.py (TextGeometry), for events: on the original text, with line breaks that wrap a clause, «..»
  pauses and glued stops joined (lexicon sentence_joints.tsv), and over-long sentences cut. Its sentences are other
  units (a wrapped line is one sentence there, two here): using it here would move time values.
"""
from __future__ import annotations

import re

# A sentence ends at . ! ? ؟ ؛ before a space or the end (not inside 3.5 or 08.03.2022), or at a newline.
# (Written to start with a class, which the regex engine skips to in C.)
_SENTENCE_END = re.compile(r"[.!?؟؛;\n](?:(?<=\n)\n*|[.!?؟؛;]*(?=\s|$))")

# Reading back from an expression, any stop or line break ends the clause before it (a point glued to a word
# included: the clause read back is short and only searched for a cue), or only a stop when a hard-wrapped
# line may go on (a programme's day heading its sentence).
SENTENCE_MARK = re.compile(r"[.!?؟\n]")
FULL_STOP = re.compile(r"[.!?؟]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of `text`, in order, covering it all."""
    ends = [end_mark.end() for end_mark in _SENTENCE_END.finditer(text)]
    if (ends[-1] if ends else 0) < len(text):
        ends.append(len(text))
    return list(zip([0, *ends], ends))


def last_stop_before(text: str, offset: int, reach: int, marks: re.Pattern = SENTENCE_MARK) -> int:
    """Just after the last of `marks` in the `reach` characters before `offset`; 0 (the text's start) if none."""
    return max((m.end() for m in marks.finditer(text, max(0, offset - reach), offset)), default=0)
