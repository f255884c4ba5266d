"""Events -> the timeline's HTML pages, through Jinja2 templates.

The templates live in the repository's templates/ and ship inside the wheel as
timeline/templates; a user's template folder, when given, is searched first, so one file
can be overridden without copying the rest. Autoescape is on and undefined names fail
loudly (StrictUndefined), so article text can never become markup and a template typo
never renders as an empty string. Labels go through the message catalog (timeline/locale/):
templates call _() and count().

This module holds what one event looks like (EventView); timeline/render/pages.py decides
which page shows which events (index, years, months) and renders them all.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable
from urllib.parse import urlsplit

import jinja2

from ..events import event_id
from ..model import Event
from . import is_web_url, place_label
from .dates import DateLabels, html_datetime

PAGE_TEMPLATE = "timeline.html"
EVENT_TEMPLATE = "partials/event.html"
STYLESHEET = "static/timeline.css"
SCRIPT = "static/filter.js"
DEFAULT_TITLE = "الخط الزمني للأحداث"
DEFAULT_TITLES = {"ar": DEFAULT_TITLE, "fr": "Chronologie des événements", "en": "Timeline of events"}
MONTH_GRAINS = ("day", "weekend", "week", "month")
LONG_DAYS = 31  # an event longer than this is a period: a section or page of its own


def packaged_template_dir() -> Path:
    """templates/ inside the installed package, else at the top of a source checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "templates", package.parent / "templates"):
        if (candidate / PAGE_TEMPLATE).is_file():
            return candidate
    raise FileNotFoundError(f"timeline's templates are missing (looked in {package / 'templates'} and {package.parent / 'templates'})")


def environment(template_dir: str | Path | None = None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if template_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(template_dir)))
    loaders.append(jinja2.FileSystemLoader(str(packaged_template_dir())))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    from ..locale import translations

    env.install_gettext_translations(translations("ar"), newstyle=True)  # replaced per build's language
    return env


@dataclass
class Part:
    text: str
    mark: bool = False


@dataclass
class SourceView:
    title: str
    url: str | None  # None unless it is a http(s) URL: anything else is shown as text, never linked
    published: str | None
    published_label: str | None
    host: str  # what the source filter calls it: the site's host name, else the article id


@dataclass
class EventView:
    id: str
    title: str
    sentence: list[Part]
    label: str
    datetime: str
    start: str
    end: str
    hijri: str | None
    badge: str
    approximate: bool
    category: str | None
    place: str | None
    year: int
    sources: list[SourceView]
    country: str | None = None
    country_name: str | None = None
    city: str | None = None
    long: bool = False  # longer than a month: shown in the periods section, not in the months
    page: str = ""  # the page it lives on, from the site's root: "years/2022-05.html"

    @property
    def anchor(self) -> str:
        return f"event-{self.id}"

    @property
    def hosts(self) -> list[str]:
        return sorted({s.host for s in self.sources})


def render_html(
    events: Iterable[Event],
    labels: DateLabels,
    *,
    title: str = DEFAULT_TITLE,
    feed_url: str | None = None,
    feed_file: str = "calendar.ics",
    json_file: str = "events.json",
    timelinejs_file: str = "timelinejs.json",
    template_dir: str | Path | None = None,
    base_url: str | None = None,
) -> str:
    """The index page (the whole timeline when it fits in one page; see pages.render_pages)."""
    from .pages import render_pages

    pages = render_pages(events, labels, title=title, feed_url=feed_url, feeds=(feed_file,), json_file=json_file,
                         timelinejs_file=timelinejs_file, template_dir=template_dir, base_url=base_url)
    return pages["index.html"].decode("utf-8")


def event_view(event: Event, labels: DateLabels) -> EventView:
    return EventView(
        id=event_id(event),
        title=event.title,
        sentence=split_marks(event.sentence, event.highlights),
        label=labels.gregorian(event),
        datetime=html_datetime(event),
        start=event.span[0].isoformat(),
        end=event.span[1].isoformat(),
        hijri=labels.hijri(event),
        badge=labels.badge(event),
        approximate=event.approximate,
        category=event.category,
        place=place_label(event),
        year=event.span[0].year,
        sources=[
            SourceView(
                title=source.title or source.id,
                url=source.url.strip() if is_web_url(source.url) else None,
                published=_day(source.published).isoformat() if source.published else None,
                published_label=labels.day(_day(source.published)) if source.published else None,
                host=source_host(source.url, source.id),
            )
            for source in event.sources
        ],
        country=event.country,
        country_name=event.country_name,
        city=event.place,
        long=is_long(event),
    )


def is_long(event: Event) -> bool:
    """A period longer than a month (a year, a season, a decade …): kept out of the months' lists."""
    return event.grain not in MONTH_GRAINS or event.days > LONG_DAYS


def source_host(url: str | None, source_id: str) -> str:
    """«hespress.com» for https://www.hespress.com/…; the article id's prefix when there is no URL."""
    if is_web_url(url):
        host = (urlsplit(url.strip()).hostname or "").lower()
        if host.startswith("www."):
            host = host[4:]
        if host:
            return host
    return source_id.split("-", 1)[0] if "-" in source_id else source_id


def split_marks(sentence: str, highlights: Iterable[tuple[int, int]]) -> list[Part]:
    """The sentence as plain and highlighted parts (escaped by the template, never joined as markup)."""
    parts, cursor = [], 0
    for start, end in sorted(highlights):
        start, end = max(start, cursor), min(end, len(sentence))
        if end <= start:
            continue
        if start > cursor:
            parts.append(Part(sentence[cursor:start]))
        parts.append(Part(sentence[start:end], mark=True))
        cursor = end
    if cursor < len(sentence):
        parts.append(Part(sentence[cursor:]))
    return parts


def webcal(feed_url: str) -> str | None:
    """The webcal:// form of a http(s) feed URL, which calendar apps open as a subscription."""
    if not is_web_url(feed_url):
        return None
    return "webcal://" + feed_url.strip().split("://", 1)[1]


def source_text(env: jinja2.Environment, name: str) -> str:
    source, _, _ = env.loader.get_source(env, name)
    return source


def csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
