"""The records that flow through the pipeline: articles in, mentions out."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

MENTION_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class Article:
    """One news article and its document creation time (publication date)."""

    id: str
    text: str
    published: datetime | date | None
    title: str = ""
    url: str | None = None
    origin: str = ""  # "file:line" of where it was read, for messages
    country: str | None = None  # ISO 3166-1 alpha-2 of the outlet: its zone is the fallback for clock times
    timezone: str | None = None  # IANA zone of the outlet, when the source says it

    @property
    def published_date(self) -> date | None:
        if isinstance(self.published, datetime):
            return self.published.date()
        return self.published


@dataclass(frozen=True)
class Mention:
    """A resolved time expression, as RESOLUTION.md defines the record."""

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION or SET
    value: str  # TIMEX3 value
    mod: str | None = None  # START, MID, END
    span: tuple[date, date] | None = None  # first and last Gregorian day, inclusive
    grain: str | None = None  # day, week, weekend, month, quarter, season, half, year, decade, century
    approximate: bool = False
    field: str = "text"  # "title" when found in the headline
    rule: str = ""  # name of the rule that matched, for debugging

    @property
    def is_vague(self) -> bool:
        return self.span is None and self.value.endswith("_REF")

    def to_record(self) -> dict:
        record = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "span": [self.span[0].isoformat(), self.span[1].isoformat()] if self.span else None,
            "grain": self.grain,
            "approximate": self.approximate,
        }
        if self.field != "text":
            record["field"] = self.field
        return record

    @classmethod
    def from_record(cls, record: dict) -> "Mention":
        span = record.get("span")
        return cls(
            text=record["text"],
            start=record["start"],
            end=record["end"],
            type=record["type"],
            value=record["value"],
            mod=record.get("mod"),
            span=(date.fromisoformat(span[0]), date.fromisoformat(span[1])) if span else None,
            grain=record.get("grain"),
            approximate=bool(record.get("approximate", False)),
            field=record.get("field", "text"),
        )


@dataclass(frozen=True)
class Source:
    """An article cited by an event: what the page links to and the feed's URL points at."""

    id: str
    title: str = ""
    url: str | None = None
    published: datetime | date | None = None

    @classmethod
    def of(cls, article: Article) -> "Source":
        return cls(id=article.id, title=article.title, url=article.url, published=article.published)

    def to_record(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass(frozen=True)
class Event:
    """What happens at a resolved time: one sentence's DATE/TIME mention, merged across repeats.

    `sentence` and `highlights` (offsets of the time expressions in it) come from the first
    citation; `mentions[i]` was found in the article `mention_sources[i]` (a Source id).
    """

    title: str
    sentence: str
    span: tuple[date, date]
    grain: str
    mentions: tuple[Mention, ...]
    mention_sources: tuple[str, ...]
    sources: tuple[Source, ...]
    highlights: tuple[tuple[int, int], ...] = ()
    category: str | None = None
    place: str | None = None
    mod: str | None = None
    approximate: bool = False
    time: str | None = None  # "HH:MM" when a TIME mention gives a clock time
    end_time: str | None = None  # "HH:MM" when the text gives a clock range («من العاشرة إلى الثانية»)
    tz: str | None = None  # IANA zone the clock time is read in (the place's, else the outlet's), None = UTC/--tz
    country: str | None = None  # ISO 3166-1 alpha-2 of the place
    country_name: str | None = None
    lat: float | None = None
    lon: float | None = None
    actor: str | None = None  # who does it, as written
    importance: float = 0.0  # sources, lead position: key events first in exports

    @property
    def days(self) -> int:
        return (self.span[1] - self.span[0]).days + 1
