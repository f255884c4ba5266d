"""Mentions joined after resolution: a clock time before a recurrence, a range whose ends are parts of periods."""
from __future__ import annotations

import re

from .model import Mention
from .normalize import normalize


def clock_of_a_set(text: str, mentions: list[Mention]) -> list[Mention]:
    """«استقبال المواطنين الساعة الواحدة ظهر كل يوم اثنين»: a clock time right before a recurrence is its clock, one
    SET (TimeML: XXXX-WXX-1T13:00), not a time of the day the sentence tells."""
    joined: list[Mention] = []
    for mention in mentions:
        clock = joined[-1] if joined else None
        if (clock is not None and clock.type == "TIME" and mention.type == "SET" and "T" in clock.value
                and not text[clock.end:mention.start].strip()):
            at = clock.value[clock.value.index("T"):]
            base = mention.value if mention.value.startswith("X") else "XXXX-XX-XX"
            joined[-1] = Mention(text=text[clock.start:mention.end], start=clock.start, end=mention.end, type="SET",
                                 value=base + at, field=mention.field, rule="clock_set")
            continue
        joined.append(mention)
    return joined


# «بين نهاية 2006 ومطلع 2007»، «من أواخر مارس إلى بداية أبريل»: a range whose ends are parts of periods is one
# mention from the first day of the first to the last day of the second (RESOLUTION.md: a range is one mention)
_RANGE_OPEN = re.compile(normalize(r"(?:^|\s)(?:[وف]?(?:ما\s+)?بين|[وف]?من|[وف]?في\s+الفترة\s+(?:ما\s+)?بين)\s*$"))
_RANGE_JOIN = {normalize(word): opener for word, opener in (("و", "بين"), ("إلى", "من"), ("حتى", "من"))}


def join_part_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    joined: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        if second is not None and (first.mod or second.mod) and _is_part_range(text, first, second):
            span = (first.span[0], second.span[1])
            joined.append(Mention(text=text[first.start:second.end], start=first.start, end=second.end, type="DATE",
                                  value=f"{span[0].isoformat()}/{span[1].isoformat()}", span=span, grain="day",
                                  approximate=first.approximate or second.approximate, field=first.field,
                                  rule="part_range"))
            index += 2
            continue
        joined.append(first)
        index += 1
    return joined


def _is_part_range(text: str, first: Mention, second: Mention) -> bool:
    if first.type != "DATE" or second.type != "DATE" or first.span is None or second.span is None:
        return False
    if first.grain not in ("month", "year") or second.grain not in ("month", "year"):
        return False
    if not first.span[1] < second.span[0] or second.span[0].year - first.span[1].year > 10:
        return False
    join = normalize(text[first.end:second.start]).strip()
    opener = _RANGE_JOIN.get(join)
    if opener is None:
        return False
    before = normalize(text[max(0, first.start - 25):first.start])
    m = _RANGE_OPEN.search(before)
    return m is not None and (opener == "بين") == ("بين" in m.group(0))
