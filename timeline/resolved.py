"""A resolved value (TIMEX3 type, value, mod, span, grain), the steps of relation words, and a value's part."""
from __future__ import annotations

from datetime import date
from typing import NamedTuple

from . import calendar_math as cm


RELATION_STEP = {"NEXT": 1, "PREV": -1, "THIS": 0, "AFTER_NEXT": 2, "BEFORE_PREV": -2, "PRECEDING": -1, "FOLLOWING": 1}
YEAR_STEP = {**RELATION_STEP, "ENDED": -1}
DEICTIC = {"PRECEDING": "PREV", "FOLLOWING": "NEXT"}  # «مارس السابق» with no anchor rule of its own  # «من العام المنقضي» is last year
UNIT_LETTER = {"day": "D", "night": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}


class Resolved(NamedTuple):  # (a tuple: made in C, where a frozen dataclass sets each field through __setattr__)
    type: str
    value: str
    mod: str | None = None
    span: tuple[date, date] | None = None
    grain: str | None = None
    approximate: bool = False
    explicit_year: bool = False  # the text itself gave the year: a possible anchor for later offsets


class Unresolvable(ValueError):
    """The partial value does not name a real calendar date (31 February, a Hijri year out of range)."""


def year_value(year: int, part: str | None) -> Resolved:
    resolved = Resolved("DATE", f"{year:04d}", span=(date(year, 1, 1), date(year, 12, 31)), grain="year", explicit_year=True)
    return with_part(resolved, part, by_days=False)


HALF_PARTS = ("H1", "H2")  # «النصف الأول/الثاني من» a month (lexicon month_halves.tsv)


def with_part(resolved: Resolved, part: str | None, by_days: bool) -> Resolved:
    if not part:
        return resolved
    if part in HALF_PARTS:  # a month's half has no TIMEX3 mod: its value is the range of its days
        first, last = cm.part_of(resolved.span, part, by_days)
        return Resolved(resolved.type, f"{first.isoformat()}/{last.isoformat()}", None, (first, last), resolved.grain,
                        resolved.approximate, resolved.explicit_year)
    return Resolved(resolved.type, resolved.value, part, cm.part_of(resolved.span, part, by_days), resolved.grain,
                    resolved.approximate, resolved.explicit_year)


ANAPHORIC = {"PRECEDING": -1, "FOLLOWING": 1, "SAME": 0}
GRAIN_ORDER = {"night": 0, "day": 0, "weekend": 1, "week": 1, "month": 2, "quarter": 3, "half": 3, "season": 3, "year": 4}
