"""The Rule record: a name, a pattern over normalised text and the production that reads a match,
with the reach and word classes by which the scan (scan.py) decides where it runs; and the
proclitics a mention's first word may carry.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from ..partial import Partial


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    produce: Callable[[re.Match], Partial | None]
    # How far (characters) a match may start before, and end after, a trigger word it contains.
    reach: tuple[int, int] = (70, 90)
    triggers: tuple[str, ...] = ()  # word classes (see TRIGGERS) one of which any match must contain
    hits_needed: int = 1  # how many trigger words any match holds at least (two months in a range)
    # Word classes any match also holds, at least `needs_hits` of them (a day number before a month).
    # Unlike triggers, they only let a window through; NUMBER is any number.
    needs: tuple[str, ...] = ()
    needs_hits: int = 1

    @cached_property
    def has_extent(self) -> bool:
        """Does the pattern mark the mention with a group `m` (context words around it are evidence)?"""
        return "(?P<m>" in self.pattern


# A proclitic (و، ف، ب، ل، ك) may stick to a mention's first word; it is not part of the mention.
CLITIC_PATTERN = "[وف]?[بلك]?|في"
CLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك", "في")  # what CLITIC_PATTERN reads
