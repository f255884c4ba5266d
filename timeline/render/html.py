"""Events -> a self-contained, right-to-left timeline page, through Jinja2 templates.

The templates live in the repository's templates/ and ship inside the wheel as
timeline/templates; a user's template folder, when given, is searched first, so one file
can be overridden without copying the rest. Autoescape is on and undefined names fail
loudly (StrictUndefined), so article text can never become markup and a template typo
never renders as an empty string.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterable

import jinja2
from markupsafe import Markup

from ..events import event_id
from ..model import Event
from . import is_web_url, place_label
from .dates import DateLabels, html_datetime, precision_badge

PAGE_TEMPLATE = "timeline.html"
STYLESHEET = "static/timeline.css"
SCRIPT = "static/filter.js"
DEFAULT_TITLE = "الخط الزمني للأحداث"
LONG_GROUP = "فترات أطول من شهر"
MONTH_GRAINS = ("day", "weekend", "week", "month")


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
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


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


@dataclass
class Group:
    label: str
    events: list[EventView] = field(default_factory=list)


@dataclass
class YearView:
    year: int
    groups: list[Group] = field(default_factory=list)


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
) -> str:
    env = environment(template_dir)
    events = list(events)
    views = [event_view(event, labels) for event in events]
    stylesheet = _source(env, STYLESHEET)
    script = _source(env, SCRIPT)
    context = {
        "title": title,
        "years": group_by_year(events, views, labels),
        "event_count": len(views),
        "source_count": len({s.id for e in events for s in e.sources}),
        "categories": sorted({v.category for v in views if v.category}),
        "year_list": sorted({v.year for v in views}),
        "feed_file": feed_file,
        "json_file": json_file,
        "timelinejs_file": timelinejs_file,
        "webcal_url": webcal(feed_url) if feed_url else None,
        "feed_url": feed_url if is_web_url(feed_url) else None,
        "month_system": labels.system,
        # The page's own style and script are the only ones it may run: the CSP names their hashes.
        "stylesheet": Markup(stylesheet),
        "script": Markup(script),
        "style_hash": _csp_hash(stylesheet),
        "script_hash": _csp_hash(script),
    }
    return env.get_template(PAGE_TEMPLATE).render(context)


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
        badge=precision_badge(event),
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
            )
            for source in event.sources
        ],
    )


def group_by_year(events: list[Event], views: list[EventView], labels: DateLabels) -> list[YearView]:
    """Years, each with its long periods first (a backdrop to the year), then its months in order."""
    years: dict[int, YearView] = {}
    for event, view in zip(events, views):
        year = years.setdefault(view.year, YearView(view.year))
        start = event.span[0]
        if event.grain in MONTH_GRAINS:
            label = labels.month_year(start.year, start.month)
        else:
            label = LONG_GROUP
        group = next((g for g in year.groups if g.label == label), None)
        if group is None:
            group = Group(label)
            if label == LONG_GROUP:
                year.groups.insert(0, group)
            else:
                year.groups.append(group)
        group.events.append(view)
    return [years[y] for y in sorted(years)]


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


def _source(env: jinja2.Environment, name: str) -> str:
    source, _, _ = env.loader.get_source(env, name)
    return source


def _csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
