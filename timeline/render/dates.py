"""How an event's time reads: Gregorian label, Hijri label, precision badge.

Gregorian month names come from CLDR through Babel, one Arabic locale per month system:
ar_MA (ماي، يوليوز، غشت، دجنبر), ar_DZ/ar_TN (جانفي، جوان، أوت), ar_LB/ar_SY/ar_IQ/ar_JO
(كانون الثاني، شباط، أيار) and ar_EG (يناير، مايو). Hijri month names come from hijridate.
The engine's month lexicon (timeline/lexicon/months.tsv) is still what tells which system the
articles use (infer_month_system). Digits follow the build's numbering system: Latin unless the
articles themselves write Arabic-Indic digits; counts are formatted with the locale's CLDR
number symbols. With `lang` "fr" or "en" the labels' words come from the message catalog and
the month names from that language's CLDR data.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, Iterable

from babel import Locale
from babel.numbers import format_decimal
from hijridate import Gregorian, Hijri

from ..model import Event, Mention
from ..terms import LEXICON, TermMatcher, read_table, words

GREGORIAN_SYSTEMS = ("maghreb", "levant", "egypt", "algeria")  # the order breaks ties
STANDARD_SYSTEM = "egypt"  # the pan-Arab names every reader knows; wires use them everywhere
# The CLDR locale whose month names each system uses (ar_TN has the same names as ar_DZ, ar_SY,
# ar_IQ and ar_JO the same as ar_LB).
SYSTEM_LOCALES = {"maghreb": "ar_MA", "algeria": "ar_DZ", "levant": "ar_LB", "egypt": "ar_EG"}
LANGUAGES = ("ar", "fr", "en")
NUMBERING_SYSTEMS = ("latn", "arab")
_ARAB_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_ARAB_DIGIT_RE = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_LATN_DIGIT_RE = re.compile("[0-9]")


def _(text: str) -> str:
    """Marks a label for the message catalog (extracted by `pybabel extract`); translated at run time."""
    return text


# Label words: English message ids, translated through the catalog (timeline/locale/).
PART_WORDS = {"START": _("early {month}"), "MID": _("mid {month}"), "END": _("late {month}")}
YEAR_PART_WORDS = {"START": _("early {year}"), "MID": _("mid {year}"), "END": _("late {year}")}
ORDINAL_QUARTERS = {1: _("first quarter of {year}"), 2: _("second quarter of {year}"),
                    3: _("third quarter of {year}"), 4: _("fourth quarter of {year}")}
HALVES = {1: _("first half of {year}"), 2: _("second half of {year}")}
SEASONS = {12: _("winter {years}"), 1: _("winter {years}"), 2: _("winter {years}"), 3: _("spring {years}"),
           4: _("spring {years}"), 5: _("spring {years}"), 6: _("summer {years}"), 7: _("summer {years}"),
           8: _("summer {years}"), 9: _("autumn {years}"), 10: _("autumn {years}"), 11: _("autumn {years}")}
BADGES = {
    "day": _("day"),
    "weekend": _("weekend"),
    "week": _("week"),
    "month": _("month"),
    "quarter": _("quarter"),
    "season": _("season"),
    "half": _("half year"),
    "year": _("year"),
    "decade": _("decade"),
    "century": _("century"),
}
MONTH_PART_BADGES = {"START": _("early in the month"), "MID": _("mid-month"), "END": _("late in the month")}
YEAR_PART_BADGES = {"START": _("early in the year"), "MID": _("mid-year"), "END": _("late in the year")}


@dataclass(frozen=True)
class MonthNames:
    """The month words of the engine's lexicon per system (names[system][month - 1]): what
    infer_month_system looks for in the articles. The page's names come from CLDR (DateLabels)."""

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


def infer_numbering(mentions: Iterable[Mention]) -> str:
    """"arab" when the articles write their dates in Arabic-Indic digits more than in Latin ones, else "latn"."""
    arab = latn = 0
    for mention in mentions:
        arab += len(_ARAB_DIGIT_RE.findall(mention.text))
        latn += len(_LATN_DIGIT_RE.findall(mention.text))
    return "arab" if arab > latn else "latn"


@lru_cache(maxsize=16)
def cldr_months(locale: str) -> tuple[str, ...]:
    """The wide (format) month names of a CLDR locale, January first."""
    wide = Locale.parse(locale).months["format"]["wide"]
    return tuple(wide[m] for m in range(1, 13))


def hijri_month(month: int, lang: str = "ar") -> str:
    """A Hijri month's name from hijridate (Arabic, or its English transliteration for fr/en)."""
    return Hijri(1443, month, 1).month_name("ar" if lang == "ar" else "en")


class DateLabels:
    """Labels for events, in one Gregorian month system (and one interface language)."""

    def __init__(self, system: str = STANDARD_SYSTEM, names: MonthNames | None = None, *, lang: str = "ar",
                 numbering: str = "latn"):
        if system not in GREGORIAN_SYSTEMS:
            raise ValueError(f"unknown month system {system!r}; choose one of {', '.join(GREGORIAN_SYSTEMS)}")
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        if numbering not in NUMBERING_SYSTEMS:
            raise ValueError(f"unknown numbering system {numbering!r}; choose one of {', '.join(NUMBERING_SYSTEMS)}")
        self.names = names  # kept for callers that pass the lexicon's names; display uses CLDR
        self.system = system
        self.lang = lang
        self.numbering = numbering if lang == "ar" else "latn"
        self.locale = SYSTEM_LOCALES[system] if lang == "ar" else lang
        self._months = cldr_months(self.locale)
        from ..locale import translations

        self._gettext: Callable[[str], str] = translations(lang).gettext

    # numbers -----------------------------------------------------------------------------
    def digits(self, value: int | str) -> str:
        """A number written plainly (a year, a day) in the build's digits."""
        text = str(value)
        return text.translate(_ARAB_DIGITS) if self.numbering == "arab" else text

    def number(self, value: int) -> str:
        """A count with the locale's CLDR symbols (grouping) in the build's digits."""
        return format_decimal(value, locale=self.locale, numbering_system=self.numbering)

    def t(self, message: str, **values) -> str:
        text = self._gettext(message)
        return text.format(**values) if values else text

    # names -------------------------------------------------------------------------------
    def month(self, month: int) -> str:
        return self._months[month - 1]

    def day(self, day: date) -> str:
        if self.lang == "en":
            return f"{self.month(day.month)} {day.day}, {day.year}"
        return f"{self.digits(day.day)} {self.month(day.month)} {self.digits(day.year)}"

    def month_year(self, year: int, month: int) -> str:
        return f"{self.month(month)} {self.digits(year)}"

    def year(self, year: int) -> str:
        return self.digits(year)

    def gregorian(self, event: Event) -> str:
        """«8 مارس 2022», «ماي 2022», «أوائل دجنبر 2021», «2014», «10–12 ماي 2022» …"""
        first, last = event.span
        grain, mod = event.grain, event.mod
        if grain == "day" and first == last:
            return self.day(first) + self._clock(event)
        if grain == "month" and first.month == last.month and first.year == last.year:
            when = self.month_year(first.year, first.month)
            return self.t(PART_WORDS[mod], month=when) if mod in PART_WORDS else when
        if grain == "year" and first.year == last.year:
            when = self.digits(first.year)
            return self.t(YEAR_PART_WORDS[mod], year=when) if mod in YEAR_PART_WORDS else when
        if grain == "quarter":
            return self.t(ORDINAL_QUARTERS[(first.month - 1) // 3 + 1], year=self.digits(first.year))
        if grain == "half":
            return self.t(HALVES[1 if first.month <= 6 else 2], year=self.digits(first.year))
        if grain == "season":
            years = self.digits(first.year) if first.year == last.year else f"{self.digits(first.year)}/{self.digits(last.year)}"
            return self.t(SEASONS[first.month], years=years)
        if grain in ("decade", "century"):
            return f"{self.digits(first.year)}–{self.digits(last.year)}"
        if grain == "weekend":
            return self.t("weekend, {days}", days=self.day_range(first, last))
        if grain == "week":
            return self.t("week of {days}", days=self.day_range(first, last))
        return self.day_range(first, last)

    def day_range(self, first: date, last: date) -> str:
        if first == last:
            return self.day(first)
        if (first.year, first.month) == (last.year, last.month):
            return f"{self.digits(first.day)}–{self.digits(last.day)} {self.month(first.month)} {self.digits(first.year)}"
        if first.year == last.year:
            return (f"{self.digits(first.day)} {self.month(first.month)} – {self.digits(last.day)} "
                    f"{self.month(last.month)} {self.digits(first.year)}")
        return f"{self.day(first)} – {self.day(last)}"

    def hijri(self, event: Event) -> str | None:
        """The Hijri (Umm al-Qura) equivalent, or None outside the tables' years (1343–1500 AH)."""
        try:
            first = Gregorian.fromdate(event.span[0]).to_hijri()
            last = Gregorian.fromdate(event.span[1]).to_hijri()
        except (OverflowError, ValueError):
            return None
        d, name, ah = self.digits, (lambda m: hijri_month(m, self.lang)), self.t("AH")
        if event.grain in ("year", "half", "decade", "century"):
            years = d(first.year) if first.year == last.year else f"{d(first.year)}–{d(last.year)}"
            return f"{years} {ah}"
        if (first.year, first.month, first.day) == (last.year, last.month, last.day):
            return f"{d(first.day)} {name(first.month)} {d(first.year)} {ah}"
        if (first.year, first.month) == (last.year, last.month):
            return f"{d(first.day)}–{d(last.day)} {name(first.month)} {d(first.year)} {ah}"
        if first.year == last.year:
            return f"{d(first.day)} {name(first.month)} – {d(last.day)} {name(last.month)} {d(first.year)} {ah}"
        return f"{d(first.day)} {name(first.month)} {d(first.year)} – {d(last.day)} {name(last.month)} {d(last.year)} {ah}"

    def badge(self, event: Event) -> str:
        return self.t(_badge_message(event))

    def _clock(self, event: Event) -> str:
        """«، الساعة 10:00», «، من 10:00 إلى 14:00», with the zone's name when the event has one."""
        if not event.time:
            return ""
        if event.end_time:
            when = self.t(", from {start} to {end}", start=self.digits(event.time), end=self.digits(event.end_time))
        else:
            when = self.t(", at {time}", time=self.digits(event.time))
        return when + (f" ({event.tz})" if event.tz else "")


def _badge_message(event: Event) -> str:
    if event.time:
        return _("time of day")
    if event.grain == "month" and event.mod in MONTH_PART_BADGES:
        return MONTH_PART_BADGES[event.mod]
    if event.grain == "year" and event.mod in YEAR_PART_BADGES:
        return YEAR_PART_BADGES[event.mod]
    if event.grain == "day" and event.span[0] != event.span[1]:
        return _("days")
    return BADGES.get(event.grain, _("period"))


def precision_badge(event: Event, lang: str = "ar") -> str:
    """What the date is precise to: يوم، شهر، أوائل الشهر، سنة …"""
    from ..locale import translations

    return translations(lang).gettext(_badge_message(event))


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
        year, week, _w = first.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return first.isoformat()


def is_precise(event: Event) -> bool:
    """A single day, not from a Hijri conversion that may be a day off."""
    return event.span[0] == event.span[1] and not event.approximate


def _month_end(day: date) -> date:
    next_month = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return next_month - timedelta(days=1)
