"""How an event's time reads in Arabic: Gregorian label, Hijri label, precision badge.

Month names come from the engine's month lexicon (timeline/lexicon/months.tsv): the first
row of a (system, month) is the form shown. Which Gregorian system a page uses is the
reader's choice (--months), or else the one the articles themselves use most.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

from hijridate import Gregorian

from ..model import Event, Mention
from ..terms import LEXICON, TermMatcher, read_table, words

GREGORIAN_SYSTEMS = ("maghreb", "levant", "egypt", "algeria")  # the order breaks ties
STANDARD_SYSTEM = "egypt"  # the pan-Arab names every reader knows; wires use them everywhere

PART_WORDS = {"START": "أوائل", "MID": "منتصف", "END": "أواخر"}
YEAR_PART_WORDS = {"START": "مطلع", "MID": "منتصف", "END": "أواخر"}
ORDINALS = {1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع"}
SEASONS = {12: "شتاء", 1: "شتاء", 2: "شتاء", 3: "ربيع", 4: "ربيع", 5: "ربيع", 6: "صيف", 7: "صيف", 8: "صيف", 9: "خريف", 10: "خريف", 11: "خريف"}
BADGES = {
    "day": "يوم",
    "weekend": "نهاية أسبوع",
    "week": "أسبوع",
    "month": "شهر",
    "quarter": "ربع سنة",
    "season": "فصل",
    "half": "نصف سنة",
    "year": "سنة",
    "decade": "عقد",
    "century": "قرن",
}
MONTH_PART_BADGES = {"START": "أوائل الشهر", "MID": "منتصف الشهر", "END": "أواخر الشهر"}
YEAR_PART_BADGES = {"START": "مطلع السنة", "MID": "منتصف السنة", "END": "أواخر السنة"}


@dataclass(frozen=True)
class MonthNames:
    """Display names per system: names[system][month - 1]."""

    names: dict[str, tuple[str, ...]]
    systems_of_word: dict[str, frozenset[str]]  # normalised word -> systems that use it

    def name(self, system: str, month: int) -> str:
        return self.names[system][month - 1]


@lru_cache(maxsize=4)
def month_names(path: str = str(LEXICON / "months.tsv")) -> MonthNames:
    display: dict[str, dict[int, str]] = {}
    systems_of_word: dict[str, set[str]] = {}
    for row in read_table(path):
        system, month = row["system"], int(row["month"])
        display.setdefault(system, {}).setdefault(month, row["word"])  # first row is the display form
        systems_of_word.setdefault(" ".join(w.norm for w in words(row["word"])), set()).add(system)
    names = {system: tuple(months[m] for m in range(1, 13)) for system, months in display.items() if len(months) == 12}
    return MonthNames(names, {word: frozenset(s) for word, s in systems_of_word.items()})


def infer_month_system(mentions: Iterable[Mention], names: MonthNames | None = None) -> str:
    """The Gregorian month system the articles use most.

    Only regional names count: the standard (Egypt/Gulf) names appear in papers everywhere,
    so «مايو» says nothing about a Moroccan paper, while «ماي» does. No regional name: standard.
    """
    names = names or month_names()
    matcher = TermMatcher((word, word) for word in names.systems_of_word)
    votes: Counter[str] = Counter()
    for mention in mentions:
        for hit in matcher.find(words(mention.text)):
            systems = names.systems_of_word[hit.value]
            if STANDARD_SYSTEM not in systems:
                votes.update(s for s in systems if s in GREGORIAN_SYSTEMS)
    if not votes:
        return STANDARD_SYSTEM
    best = max(votes.values())
    return next(s for s in GREGORIAN_SYSTEMS if votes[s] == best)


class DateLabels:
    """Arabic labels for events, in one Gregorian month system."""

    def __init__(self, system: str = STANDARD_SYSTEM, names: MonthNames | None = None):
        self.names = names or month_names()
        if system not in self.names.names or system == "hijri":
            raise ValueError(f"unknown month system {system!r}; choose one of {', '.join(GREGORIAN_SYSTEMS)}")
        self.system = system

    def month(self, month: int) -> str:
        return self.names.name(self.system, month)

    def day(self, day: date) -> str:
        return f"{day.day} {self.month(day.month)} {day.year}"

    def month_year(self, year: int, month: int) -> str:
        return f"{self.month(month)} {year}"

    def gregorian(self, event: Event) -> str:
        """«8 مارس 2022», «ماي 2022», «أوائل دجنبر 2021», «2014», «10–12 ماي 2022» …"""
        first, last = event.span
        grain, mod = event.grain, event.mod
        if grain == "day" and first == last:
            return self.day(first) + _clock(event)
        if grain == "month" and first.month == last.month and first.year == last.year:
            prefix = PART_WORDS.get(mod, "")
            return (prefix + " " if prefix else "") + self.month_year(first.year, first.month)
        if grain == "year" and first.year == last.year:
            prefix = YEAR_PART_WORDS.get(mod, "")
            return (prefix + " " if prefix else "") + str(first.year)
        if grain == "quarter":
            return f"الربع {ORDINALS[(first.month - 1) // 3 + 1]} من {first.year}"
        if grain == "half":
            return f"النصف {ORDINALS[1 if first.month <= 6 else 2]} من {first.year}"
        if grain == "season":
            years = str(first.year) if first.year == last.year else f"{first.year}/{last.year}"
            return f"{SEASONS[first.month]} {years}"
        if grain in ("decade", "century"):
            return f"{first.year}–{last.year}"
        if grain == "weekend":
            return "نهاية الأسبوع، " + self.day_range(first, last)
        if grain == "week":
            return "أسبوع " + self.day_range(first, last)
        return self.day_range(first, last)

    def day_range(self, first: date, last: date) -> str:
        if first == last:
            return self.day(first)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{last.day} {self.month(first.month)} {first.year}"
        if first.year == last.year:
            return f"{first.day} {self.month(first.month)} – {last.day} {self.month(last.month)} {first.year}"
        return f"{self.day(first)} – {self.day(last)}"

    def hijri(self, event: Event) -> str | None:
        """The Hijri (Umm al-Qura) equivalent, or None outside the tables' years (1343–1500 AH)."""
        try:
            first = Gregorian.fromdate(event.span[0]).to_hijri()
            last = Gregorian.fromdate(event.span[1]).to_hijri()
        except (OverflowError, ValueError):
            return None
        hijri = self.names.names["hijri"]
        if event.grain in ("year", "half", "decade", "century"):
            years = str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
            return f"{years} هـ"
        if (first.year, first.month, first.day) == (last.year, last.month, last.day):
            return f"{first.day} {hijri[first.month - 1]} {first.year} هـ"
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{last.day} {hijri[first.month - 1]} {first.year} هـ"
        if first.year == last.year:
            return f"{first.day} {hijri[first.month - 1]} – {last.day} {hijri[last.month - 1]} {first.year} هـ"
        return f"{first.day} {hijri[first.month - 1]} {first.year} – {last.day} {hijri[last.month - 1]} {last.year} هـ"


def precision_badge(event: Event) -> str:
    """What the date is precise to: يوم، شهر، أوائل الشهر، سنة …"""
    if event.time:
        return "ساعة"
    if event.grain == "month" and event.mod in MONTH_PART_BADGES:
        return MONTH_PART_BADGES[event.mod]
    if event.grain == "year" and event.mod in YEAR_PART_BADGES:
        return YEAR_PART_BADGES[event.mod]
    if event.grain == "day" and event.span[0] != event.span[1]:
        return "أيام"
    return BADGES.get(event.grain, "فترة")


def html_datetime(event: Event) -> str:
    """A valid HTML `datetime` for the span: a date, month, year or week when the span is exactly one."""
    first, last = event.span
    if first == last:
        return first.isoformat() + (f"T{event.time}" if event.time else "")
    if event.mod is None and first.day == 1 and last == _month_end(first):
        return first.strftime("%Y-%m")
    if event.mod is None and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return f"{first.year:04d}"
    if event.grain == "week" and first.weekday() == 0 and (last - first).days == 6:
        year, week, _ = first.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return first.isoformat()


def is_precise(event: Event) -> bool:
    """A single day, not from a Hijri conversion that may be a day off."""
    return event.span[0] == event.span[1] and not event.approximate


def _month_end(day: date) -> date:
    next_month = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return next_month - timedelta(days=1)


def _clock(event: Event) -> str:
    """«، الساعة 10:00», «، من 10:00 إلى 14:00», with the zone's name when the event has one."""
    if not event.time:
        return ""
    when = f"، من الساعة {event.time} إلى {event.end_time}" if event.end_time else f"، الساعة {event.time}"
    return when + (f" ({event.tz})" if event.tz else "")
