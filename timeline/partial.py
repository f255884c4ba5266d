"""Partial values: what matching knows about an expression before the publication date is seen.

A rule's production fills only what the words say (month=5, relation="NEXT"); resolve.py
turns it into a calendar span against the publication date.
"""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True, init=False)  # __init__ below: a production makes one per match
class Partial:
    kind: str  # date, time, duration, set, vague, past_n, next_n
    calendar: str = "gregorian"  # or hijri, for year/month/day
    year: int | None = None
    year_calendar: str | None = None  # hijri when the year was written as a Hijri year
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO, Monday = 1
    relation: str | None = None  # NEXT, PREV, THIS, ENDED, AFTER_NEXT, BEFORE_PREV
    year_relation: str | None = None  # «مارس من العام الماضي»: the relation is the year's, not the month's
    unit: str | None = None  # a relative unit: day, week, weekend, month, year, quarter, half, season
    day_offset: int | None = None  # اليوم 0, أمس -1, غدا 1 …
    offset: tuple[float, str] | None = None  # signed amount and unit for قبل/بعد
    anchored: bool = False  # «بعدها بـ»: offset from the date just mentioned
    part: str | None = None  # START, MID, END
    quarter: int | None = None
    half: int | None = None
    season: str | None = None  # SP SU FA WI
    decade: int | None = None  # 1..9 (the tens digit) or a full decade like 199
    century: int | None = None  # 19 = 1900-1999
    century_relative: int | None = None  # -1 = the century before the publication date's
    feast_day: int | None = None  # with calendar/month: the feast's day of the month
    feast_nth: int = 1
    feast_rule: str | None = None  # easter, orthodox_easter, last_friday (feasts.tsv)  # «ثاني أيام العيد» = 2
    hour: int | None = None
    minute: int | None = None
    day_part: str | None = None  # MO MI AF EV NI
    pm: bool = False
    amount: float | None = None  # durations
    value: str | None = None  # sets and vague references carry their value directly
    until: "Partial | None" = None  # the end of a range
    same_day_as_anchor: bool = False  # «نفس اليوم من عام 2000»
    tense: str | None = None  # FUTURE or PAST, from the sentence (filled by the matcher)
    tense_after: bool = False  # the tense's cue comes after the expression: the verb it fronts («وفي أبريل، أبلغ»)
    same_period: bool = False  # «نفس الفترة من عام 2017»: the period the sentence just named, in that year
    utc: bool = False  # «الساعة 8 بتوقيت غرينتش»، «ت غ»: the clock time is UTC (value …Z)
    nth_weekday: tuple[int, int] | None = None  # «ثاني خميس من نوفمبر» (2, 4); -1 = the last
    week_of: int | None = None  # «الأسبوع الأخير من يونيو» (-1), «الأسبوع الثاني من عام 2020» (2)
    night_pair: bool = False  # «ليل الأربعاء الخميس»: the night across the named day and the next
    midnight: bool = False  # «منتصف ليل الأحد-الاثنين»: T00:00 of the day after the night's first day
    occasion: bool = False  # «بمناسبة شهر رمضان»: the month as an occasion, the nearest one whatever the tense

    def __init__(self, kind: str, **values) -> None:
        """The defaults, then the fields given, copied into the instance's dict in two C calls: the
        generated __init__ set all 40 fields one by one through object.__setattr__, a fifth of a
        production's time."""
        if not _FIELDS.issuperset(values):
            raise TypeError(f"Partial has no field {sorted(values.keys() - _FIELDS)}")
        fields = self.__dict__  # frozen: fields are set past __setattr__
        fields.update(_DEFAULTS)
        fields.update(values, kind=kind)

    def with_(self, **changes) -> "Partial":
        """A copy with some fields changed (dataclasses.replace, without its per-field overhead)."""
        if not _FIELDS.issuperset(changes):
            raise TypeError(f"Partial has no field {sorted(changes.keys() - _FIELDS)}")
        copy = object.__new__(Partial)
        copy.__dict__.update(self.__dict__, **changes)  # frozen: fields are set past __setattr__
        return copy


_FIELDS = frozenset(field.name for field in fields(Partial))
_DEFAULTS = {field.name: field.default for field in fields(Partial) if field.name != "kind"}
