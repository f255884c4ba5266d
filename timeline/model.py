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
