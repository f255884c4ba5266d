"""Where a sentence's opening dateline ends: the place, date and agency a wire story is filed under
(«دبي، الإمارات العربية المتحدة (CNN)--», «تونس 11 ديسمبر 2016 (وات) -», «واس- جدة:», «الرياض - واس -») are
no part of what happened, so a title never carries them. The agencies' codes are the dateline rows of
lexicon/non_event_cues.tsv."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .tokens import PROCLITICS, _roles

DASH = r"(?:--|-|–|—)"
# a word of the place or date: no punctuation of a sentence or a dateline. Possessive (++, *+ below): a word and
# the separators after it never split another way, else a long opening with no dateline backtracks exponentially
WORD = r"[^\s.!?؟()\-–—:،,]++"
# the first letters a code may be written with, folded as the lexicon folds them (offsets unchanged)
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})
LOOK_CHARS = 160  # a dateline is short


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    codes = sorted({row["word"] for row in lexicon.table("non_event_cues") if row["reason"] == "dateline"}, key=len, reverse=True)
    code = "(?:" + "|".join(re.escape(c) for c in codes) + ")"
    return (
        # «دبي، الإمارات العربية المتحدة (CNN)--», «تونس 11 ديسمبر 2016 (وات) -»: an agency in brackets and a dash
        re.compile(rf"\s*(?:{WORD}[\s،,]*+){{0,10}}\([^()\n]{{1,20}}\)\s*(?:{DASH}|:)\s*"),
        # «واس- جدة:», «(واس) الرياض -»: the agency's code first, then the place
        re.compile(rf"\s*\(?{code}\)?\s*{DASH}\s*(?:{WORD}\s*+){{0,2}}(?:{DASH}|:)\s*"),
        # «الرياض - واس -», «الرياض (واس):», «الرياض واس -»: the place, then the code
        re.compile(rf"\s*(?:{WORD}[\s،,]*+){{1,3}}{DASH}?\s*\(?{code}\)?\s*(?:{DASH}|:)\s*"),
    )


def dateline_length(sentence: str) -> int:
    """How many characters of the sentence its opening dateline takes (0 when it opens on none)."""
    head = sentence[:LOOK_CHARS].translate(FOLD)
    for pattern in _patterns():
        found = pattern.match(head)
        if found and found.end() < len(sentence) and not _told(sentence[: found.end()]):
            return found.end()
    return 0


def _told(head: str) -> bool:
    """Does the would-be dateline say something («وقالت وكالة الأنباء (واس) -», «نقلا عن (CNN) -»): a reporting
    verb or a function word, which no place, date or agency is?"""
    roles = _roles()
    for word in re.findall(r"[^\W\d_]+", head):
        norm = normalize(word)
        bare = norm[1:] if norm[:1] in PROCLITICS and len(norm) > 3 else norm
        if any((w,) in roles[role] for w in (norm, bare) for role in ("report", "function", "lead")):
            return True
    return False
