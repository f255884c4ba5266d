"""Events -> a subscribable iCalendar feed (RFC 5545, with the RFC 7986 calendar properties).

Everything goes through icalendar's objects: no hand-written lines, so article text can
never end a property or the calendar early. The bytes depend on the events only: UIDs
come from event identity and DTSTAMP from the sources' publication dates, never from the
clock, so the same input gives a byte-identical feed and subscribers see no false change.
"""
from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Iterable
from zoneinfo import ZoneInfo

import icalendar

from ..events import event_id
from ..model import Event, Source
from . import encode_url, is_web_url, place_label
from .dates import DateLabels, is_precise

PRODID = "-//timeline//Arabic news timeline//AR"
DEFAULT_NAME = "الخط الزمني للأخبار"
DEFAULT_DESCRIPTION = "أحداث مستخرجة من المقالات الإخبارية، مرتبة زمنيا"
REFRESH = timedelta(hours=6)
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)  # the stamp of a feed whose sources carry no date
AR = {"LANGUAGE": "ar"}


def build_calendar(
    events: Iterable[Event],
    labels: DateLabels,
    *,
    tz: tzinfo = timezone.utc,
    max_span: int = 31,
    name: str = DEFAULT_NAME,
    description: str = DEFAULT_DESCRIPTION,
    feed_url: str | None = None,
) -> icalendar.Calendar:
    """The feed as an icalendar.Calendar. Events longer than `max_span` days stay off it."""
    included = [event for event in events if event.days <= max_span]
    stamp = max((_stamp(event.sources) for event in included), default=EPOCH)

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # A fixed UID: the same feed stays the same calendar for its subscribers.
    calendar.add("uid", str(uuid.uuid5(uuid.NAMESPACE_URL, feed_url or "timeline:calendar")))
    calendar.add("name", name, parameters=AR)
    calendar.add("x-wr-calname", name)
    calendar.add("description", description, parameters=AR)
    calendar.add("x-wr-caldesc", description)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", icalendar.vDuration(REFRESH))
    calendar.add("last-modified", stamp)
    if feed_url:
        calendar.add("url", feed_url)
        calendar.add("source", feed_url, parameters={"VALUE": "URI"})
    if isinstance(tz, ZoneInfo) and tz.key != "UTC":
        calendar.add("x-wr-timezone", tz.key)

    for event in included:
        calendar.add_component(_vevent(event, labels, tz))

    timed = [event.span[0] for event in included if event.time]
    if timed:
        # A VTIMEZONE for each TZID used, covering only the years the feed needs (small, stable).
        calendar.add_missing_timezones(first_date=date(min(timed).year, 1, 1), last_date=date(max(timed).year + 1, 1, 1))
    return calendar


def render_ics(events: Iterable[Event], labels: DateLabels, **options) -> bytes:
    return build_calendar(events, labels, **options).to_ical()


def _vevent(event: Event, labels: DateLabels, tz: tzinfo) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", f"{event_id(event)}@timeline")
    vevent.add("dtstamp", _stamp(event.sources))
    vevent.add("last-modified", _stamp(event.sources))
    if event.time:
        zone = _zone(event, tz)
        start = datetime.combine(event.span[0], time.fromisoformat(event.time), tzinfo=zone)
        end = None
        if event.end_time:
            end = datetime.combine(event.span[0], time.fromisoformat(event.end_time), tzinfo=zone)
            if end <= start:
                end += timedelta(days=1)  # «من العاشرة مساء إلى الثانية» runs past midnight
        if not isinstance(zone, ZoneInfo):
            # a bare offset has no VTIMEZONE: say the instant in UTC
            start = start.astimezone(timezone.utc)
            end = end.astimezone(timezone.utc) if end else None
        vevent.add("dtstart", start)
        if end:
            vevent.add("dtend", end)
    else:
        vevent.add("dtstart", event.span[0])
        vevent.add("dtend", event.span[1] + timedelta(days=1))  # all-day DTEND is exclusive
    # Subscribers read about these events; none of them should make anyone look busy.
    vevent.add("transp", "TRANSPARENT")
    vevent.add("class", "PUBLIC")
    vevent.add("summary", _one_line(event.title), parameters=AR)
    vevent.add("description", _description(event, labels), parameters=AR)
    if event.category:
        vevent.add("categories", [_one_line(event.category)], parameters=AR)
    if event.place:
        vevent.add("location", _one_line(place_label(event)), parameters=AR)
    if event.lat is not None and event.lon is not None:
        vevent.add("geo", (event.lat, event.lon))
    url = next((s.url for s in event.sources if is_web_url(s.url)), None)
    if url:
        vevent.add("url", encode_url(url))  # RFC 5545 wants a URI: Arabic paths percent-encoded
    return vevent


def _zone(event: Event, fallback: tzinfo) -> tzinfo:
    """A clock time is local to its event: the place's zone, else the outlet's, else --tz."""
    if event.tz:
        try:
            return ZoneInfo(event.tz)
        except (KeyError, ValueError):
            pass
    return fallback


def _description(event: Event, labels: DateLabels) -> str:
    lines = [_one_line(event.sentence), ""]
    if event.days > 1:
        lines.append(f"التاريخ الدقيق غير معروف: {labels.gregorian(event)}")
    elif not is_precise(event):
        lines.append(f"التاريخ تقريبي (تحويل هجري قد يختلف بيوم): {labels.gregorian(event)}")
    else:
        lines.append(f"التاريخ: {labels.gregorian(event)}")
    hijri = labels.hijri(event)
    if hijri:
        lines.append(f"الهجري: {hijri}")
    lines.append("")
    lines.append("المصادر:")
    for source in event.sources:
        title = _one_line(source.title or source.id)
        lines.append(f"- {title}" + (f" {source.url}" if is_web_url(source.url) else ""))
    return "\n".join(lines)


def _stamp(sources: Iterable[Source]) -> datetime:
    """The latest publication among the sources, in UTC: changes only when the news does."""
    stamps = []
    for source in sources:
        if source.published:
            try:
                stamps.append(_as_utc(source.published))
            except OverflowError:  # an offset at the edge of the calendar (0001-01-01T00:00+05:00): no stamp
                continue
    return max(stamps, default=EPOCH)


def _as_utc(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc) if value.tzinfo else value.replace(tzinfo=timezone.utc)
    return datetime.combine(value, time(0), tzinfo=timezone.utc)


def _one_line(text: str) -> str:
    """Summary-like fields are one line: stray \\r, \\n and tabs from article text become spaces."""
    return " ".join(str(text).split())

