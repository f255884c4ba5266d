"""Events -> events.json (the project's own record) and the TimelineJS3 JSON format.

The TimelineJS export carries the key events only (key_events: by importance, at most
--timelinejs-limit), since a timeline of thousands of slides cannot be read.

TimelineJS renders its headline and text fields as HTML, so everything from an article
is escaped here, and only http(s) source URLs become links.
"""
from __future__ import annotations

import json
from typing import Iterable

from markupsafe import escape

from ..events import event_id
from ..model import Event
from . import is_web_url
from .dates import DateLabels


def events_record(events: Iterable[Event]) -> dict:
    return {"events": [event_record(event) for event in events]}


def event_record(event: Event) -> dict:
    mentions = []
    for source_id, mention in zip(event.mention_sources, event.mentions):
        record = mention.to_record()
        record["source"] = source_id  # an added field: which article the offsets point into
        mentions.append(record)
    return {
        "id": event_id(event),
        "title": event.title,
        "span": [event.span[0].isoformat(), event.span[1].isoformat()],
        "grain": event.grain,
        "mod": event.mod,
        "time": event.time,
        "end_time": event.end_time,
        "tz": event.tz,
        "approximate": event.approximate,
        "category": event.category,
        "place": event.place,
        "country": event.country,
        "lat": event.lat,
        "lon": event.lon,
        "actor": event.actor,
        "importance": event.importance,
        "sentence": event.sentence,
        "mentions": mentions,
        "sources": [source.to_record() for source in event.sources],
    }


def render_events_json(events: Iterable[Event]) -> str:
    return dumps(events_record(events))


TIMELINEJS_LIMIT = 100  # slides: TimelineJS is for the key events, not for thousands of them


def key_events(events: Iterable[Event], limit: int | None = TIMELINEJS_LIMIT) -> list[Event]:
    """The `limit` most important events (README "Events": sources, lead position), in time order.

    Ties go to the event with more sources, then the earlier one, then the id, so the choice does
    not depend on the order of the input. `limit` None or 0: every event.
    """
    events = list(events)
    if limit and len(events) > limit:
        ranked = sorted(events, key=lambda e: (-e.importance, -len(e.sources), e.span[0], e.span[1], event_id(e)))
        events = ranked[:limit]
    return sorted(events, key=lambda e: (e.span[0], e.span[1], event_id(e)))


def timelinejs_record(events: Iterable[Event], labels: DateLabels, title: str,
                      limit: int | None = TIMELINEJS_LIMIT) -> dict:
    return {
        "title": {"text": {"headline": str(escape(title)), "text": ""}},
        "events": [_timelinejs_event(event, labels) for event in key_events(events, limit)],
    }


def render_timelinejs(events: Iterable[Event], labels: DateLabels, title: str,
                      limit: int | None = TIMELINEJS_LIMIT) -> str:
    return dumps(timelinejs_record(events, labels, title, limit))


def dumps(record: dict) -> str:
    """Stable text: Arabic kept readable, keys in the order written, one trailing newline."""
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def _timelinejs_event(event: Event, labels: DateLabels) -> dict:
    first, last = event.span
    record = {
        "unique_id": "e" + event_id(event),
        "start_date": _tl_date(first, event, is_end=False),
        "display_date": labels.gregorian(event),
        "text": {"headline": str(escape(event.title)), "text": _tl_text(event)},
    }
    end = _tl_date(last, event, is_end=True)
    if end != record["start_date"]:
        record["end_date"] = end
    if event.category:
        record["group"] = event.category
    return record


def _tl_date(day, event: Event, is_end: bool) -> dict:
    """A TimelineJS date at the event's precision: a year-only or month-only date when that is all we know."""
    if event.grain in ("year", "decade", "century") and event.mod is None:
        return {"year": day.year}
    if event.grain == "month" and event.mod is None:
        return {"year": day.year, "month": day.month}
    record = {"year": day.year, "month": day.month, "day": day.day}
    if event.time and not is_end:
        hour, minute = event.time.split(":")
        record.update(hour=int(hour), minute=int(minute))
    return record


def _tl_text(event: Event) -> str:
    sources = []
    for source in event.sources:
        title = escape(source.title or source.id)
        if is_web_url(source.url):
            sources.append(f'<a href="{escape(source.url.strip())}">{title}</a>')
        else:
            sources.append(str(title))
    details = " · ".join(str(escape(x)) for x in (event.category, event.place) if x)
    parts = [f"<p>{escape(event.sentence)}</p>"]
    if details:
        parts.append(f"<p>{details}</p>")
    parts.append("<p>" + "، ".join(sources) + "</p>")
    return "".join(parts)
