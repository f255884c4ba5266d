"""Events -> a subscribable iCalendar feed (RFC 5545, with the RFC 7986 calendar properties).

Everything goes through icalendar's objects: no hand-written lines, so article text can
never end a property or the calendar early. The bytes depend on the events only: UIDs
come from event identity and DTSTAMP from the sources' publication dates, never from the
clock, so the same input gives a byte-identical feed and subscribers see no false change.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
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
    uid: str | None = None,
    vevents: dict | None = None,
) -> icalendar.Calendar:
    """The feed as an icalendar.Calendar. Events longer than `max_span` days stay off it.
    `uid` is the calendar's own UID (default: one derived from `feed_url`); `vevents`, a cache of
    VEVENTs by event shared by the feeds of one build (an event is in several of them)."""
    included = [event for event in events if event.days <= max_span]
    stamp = max((_stamp(event.sources) for event in included), default=EPOCH)

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # A fixed UID: the same feed stays the same calendar for its subscribers.
    calendar.add("uid", uid or str(uuid.uuid5(uuid.NAMESPACE_URL, feed_url or "timeline:calendar")))
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

    used: set[str] | None = None if vevents is None else _own_tzids(calendar)
    for event in included:
        if vevents is None:
            calendar.add_component(_vevent(event, labels, tz))
            continue
        if id(event) not in vevents:
            vevent = _vevent(event, labels, tz)
            vevents[id(event)] = (vevent, _own_tzids(vevent))
        vevent, tzids = vevents[id(event)]
        calendar.add_component(vevent)
        used |= tzids

    timed = [event.span[0] for event in included if event.time]
    if timed:
        _add_timezones(calendar, first=date(min(timed).year, 1, 1), last=date(max(timed).year + 1, 1, 1), used=used)
    return calendar


def _own_tzids(component: icalendar.cal.component.Component) -> set[str]:
    """The TZIDs a component's properties name (its subcomponents left out), as icalendar's
    get_used_tzids finds them: a VEVENT shared by several feeds is walked once, not once per feed."""
    return {
        value.params.get("TZID") for _name, value in component.property_items(recursive=False, sorted=False)
        if hasattr(value, "params")
    } - {None}


def _add_timezones(calendar: icalendar.Calendar, first: date, last: date, used: set[str] | None = None) -> None:
    """A VTIMEZONE for each TZID used, covering only the years the feed needs, in TZID order:
    icalendar's add_missing_timezones walks a set, whose order changes from one process to the next.
    `used`: the TZIDs the calendar's properties and components name, when the caller knows them
    (icalendar's get_missing_tzids walks every component again)."""
    position = len(calendar.timezones)
    if used is None:
        missing = calendar.get_missing_tzids()
    else:
        missing = used - {"UTC"} - {timezone.tz_name for timezone in calendar.timezones}
    for tzid in sorted(missing):
        component = _timezone(tzid, first, last)
        if component is None:
            continue  # a zone icalendar does not know stays a TZID reference
        calendar.subcomponents.insert(position, component)
        position += 1


@lru_cache(maxsize=256)
def _timezone(tzid: str, first: date, last: date) -> icalendar.Timezone | None:
    """One VTIMEZONE per zone and years, shared by the feeds of a build (making one walks the zone's
    transitions). Components are only read once made, so sharing them is safe."""
    try:
        return icalendar.Timezone.from_tzid(tzid, first_date=first, last_date=last)
    except ValueError:
        return None


def _feed_bytes(calendar: icalendar.Calendar, serialised: dict) -> bytes:
    """calendar.to_ical(), with each subcomponent (VEVENT, VTIMEZONE) serialised once for all the feeds
    that hold it: folding the long Arabic lines is most of a feed's cost, and an event is in several feeds.
    A component's bytes do not depend on the calendar around it, so the result is the same bytes."""
    components, calendar.subcomponents = calendar.subcomponents, []
    try:
        shell = calendar.to_ical()
    finally:
        calendar.subcomponents = components
    parts = []
    for component in components:
        if id(component) not in serialised:
            serialised[id(component)] = (component, component.to_ical())  # the component keeps its id unique
        parts.append(serialised[id(component)][1])
    end = b"END:VCALENDAR\r\n"
    return shell[: -len(end)] + b"".join(parts) + end


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



# --- Feeds for subscribers: calendar.ics, upcoming.ics, feeds/CATEGORY.ics, feeds/index.json ---------------------

CALENDAR_FEED = "calendar.ics"
UPCOMING_FEED = "upcoming.ics"
FEEDS_DIR = "feeds"
FEEDS_INDEX = f"{FEEDS_DIR}/index.json"
FEED_KINDS = ("calendar", "upcoming", "categories")
UPCOMING_NAME = "المواعيد المقبلة"
UPCOMING_DESCRIPTION = "أحداث أعلنت قبل موعدها: تاريخها بعد تاريخ نشر الخبر الذي ذكرها"

# One stable ASCII file name per category of lexicon/event_triggers.tsv. A category missing here
# (one added to the lexicon later) gets a transliteration, so its file name never depends on the
# other categories of a build.
CATEGORY_SLUGS = {
    "اجتماع": "meeting",
    "محادثات": "talks",
    "زيارة": "visit",
    "قمة": "summit",
    "مؤتمر": "conference",
    "مؤتمر صحفي": "press-conference",
    "ندوة": "seminar",
    "منتدى": "forum",
    "جلسة": "session",
    "معرض": "exhibition",
    "مهرجان": "festival",
    "حفل": "ceremony",
    "افتتاح": "opening",
    "إطلاق": "launch",
    "تأسيس": "founding",
    "اتفاقية": "agreement",
    "انتخابات": "elections",
    "احتجاج": "protest",
    "اشتباكات": "clashes",
    "هجوم": "attack",
    "مقتل": "killing",
    "وفاة": "death",
    "حادث": "accident",
    "كارثة": "disaster",
    "اعتقال": "arrest",
    "إفراج": "release",
    "محاكمة": "trial",
    "حكم": "ruling",
    "عقوبات": "sanctions",
    "هدنة": "truce",
    "قرار": "decision",
    "تصريح": "statement",
    "تعيين": "appointment",
    "استقالة": "resignation",
    "إصدار": "publication",
    "تداول": "handover",
    "جائزة": "award",
    "بطولة": "championship",
    "مباراة": "match",
    "انتقال": "transfer",
    "رياضة": "sports",
}
_RESERVED_SLUGS = {"index", "calendar", "upcoming"}
_LATIN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i", "ب": "b", "ت": "t", "ث": "th",
    "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}


def category_slug(category: str) -> str:
    """A stable ASCII file name (without .ics) for a category: «مؤتمر صحفي» -> press-conference.

    From CATEGORY_SLUGS, else a transliteration («تظاهرة» -> tzahra), else a hash; a name that
    would clash with a table entry or a reserved name gets a short hash of the category appended.
    """
    name = " ".join(str(category).split())
    if name in CATEGORY_SLUGS:
        return CATEGORY_SLUGS[name]
    latin = []
    for char in name:
        if char in _LATIN:
            latin.append(_LATIN[char])
        elif char.isascii() and char.isalnum():
            latin.append(char.lower())
        elif char.isspace() or char in "-_/":
            latin.append("-")
    slug = "-".join(part for part in "".join(latin).split("-") if part)[:40].strip("-")
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
    if not slug:
        return f"category-{digest}"
    if slug in _RESERVED_SLUGS or slug in CATEGORY_SLUGS.values():
        return f"{slug}-{digest}"
    return slug


def first_published(event: Event) -> date | None:
    """The publication day of the earliest source that tells the event (its own local date)."""
    days = [s.published.date() if isinstance(s.published, datetime) else s.published for s in event.sources if s.published]
    return min(days, default=None)


def is_upcoming(event: Event) -> bool:
    """Announced ahead of time: the event's span starts after the day its earliest source was published."""
    published = first_published(event)
    return published is not None and event.span[0] > published


def in_window(event: Event, since: date | None = None, until: date | None = None) -> bool:
    """The event's span meets [since, until] (either end open)."""
    return (since is None or event.span[1] >= since) and (until is None or event.span[0] <= until)


@dataclass(frozen=True)
class Feed:
    """One subscribable feed: its path in the site, its name, the events it holds."""

    kind: str  # calendar | upcoming | category
    path: str
    name: str
    description: str
    events: tuple[Event, ...]
    category: str | None = None


def plan_feeds(
    events: Iterable[Event],
    *,
    max_span: int = 31,
    since: date | None = None,
    until: date | None = None,
    title: str = DEFAULT_NAME,
    description: str = DEFAULT_DESCRIPTION,
    kinds: Iterable[str] = FEED_KINDS,
) -> list[Feed]:
    """Which feeds a build writes and what each holds. Every feed keeps only events of at most
    `max_span` days whose span meets the [since, until] window."""
    kinds = set(kinds)
    unknown = kinds - set(FEED_KINDS)
    if unknown:
        raise ValueError(f"unknown feed {sorted(unknown)[0]!r}; choose among {', '.join(FEED_KINDS)}")
    kept = tuple(e for e in events if e.days <= max_span and in_window(e, since, until))
    feeds = []
    if "calendar" in kinds:
        feeds.append(Feed("calendar", CALENDAR_FEED, title, description, kept))
    if "upcoming" in kinds:
        feeds.append(Feed("upcoming", UPCOMING_FEED, f"{title}: {UPCOMING_NAME}", UPCOMING_DESCRIPTION,
                          tuple(e for e in kept if is_upcoming(e))))
    if "categories" in kinds:
        by_category: dict[str, list[Event]] = {}
        for event in kept:
            if event.category:
                by_category.setdefault(" ".join(event.category.split()), []).append(event)
        taken: dict[str, str] = {}
        for category in sorted(by_category):
            slug = category_slug(category)
            if slug in taken:  # two spellings of one transliteration: keep both apart, stably
                slug = f"{slug}-{hashlib.sha1(category.encode('utf-8')).hexdigest()[:6]}"
            taken[slug] = category
            feeds.append(Feed("category", f"{FEEDS_DIR}/{slug}.ics", f"{title}: {category}",
                              f"{description} ({category})", tuple(by_category[category]), category=category))
    return feeds


def webcal_url(url: str) -> str:
    """http(s)://host/x.ics -> webcal://host/x.ics (what calendar apps open as a subscription)."""
    return "webcal://" + url.split("://", 1)[1] if "://" in url else url


def render_feeds(
    events: Iterable[Event],
    labels: DateLabels,
    *,
    tz: tzinfo = timezone.utc,
    max_span: int = 31,
    since: date | None = None,
    until: date | None = None,
    name: str = DEFAULT_NAME,
    description: str = DEFAULT_DESCRIPTION,
    base_url: str | None = None,
    kinds: Iterable[str] = FEED_KINDS,
) -> dict[str, bytes]:
    """Every feed's bytes by its path in the site, and feeds/index.json listing them (when any is
    written). The bytes depend on the events and options only: UIDs from the feed's URL (or path),
    stamps from publication dates."""
    feeds = plan_feeds(events, max_span=max_span, since=since, until=until, title=name, description=description,
                       kinds=kinds)
    outputs: dict[str, bytes] = {}
    listed = []
    vevents: dict = {}  # the events of a build outlive this loop, so their ids are stable keys
    serialised: dict = {}
    for feed in feeds:
        url = _join_url(base_url, feed.path) if base_url else None
        # calendar.ics keeps the UID it always had; the others are calendars of their own.
        uid = None if feed.kind == "calendar" else str(uuid.uuid5(uuid.NAMESPACE_URL, url or f"timeline:{feed.path}"))
        calendar = build_calendar(feed.events, labels, tz=tz, max_span=max_span, name=feed.name,
                                  description=feed.description, feed_url=url, uid=uid, vevents=vevents)
        outputs[feed.path] = _feed_bytes(calendar, serialised)
        listed.append({
            "kind": feed.kind,
            "category": feed.category,
            "slug": feed.path.rsplit("/", 1)[-1].removesuffix(".ics") if feed.kind == "category" else None,
            "name": feed.name,
            "path": feed.path,
            "events": len(feed.events),
            "url": url,
            "webcal": webcal_url(url) if url else None,
        })
    if listed:
        index = {
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
            "max_span": max_span,
            "feeds": listed,
        }
        outputs[FEEDS_INDEX] = (json.dumps(index, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return outputs


def _join_url(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + "/" + path
