"""One call from articles to a published site: calendar.ics, index.html, events.json, timelinejs.json.

Every file is written atomically (a temporary file beside it, then a rename), so a
subscriber polling the feed, or a reader loading the page, never sees half a file.
"""
from __future__ import annotations

import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timezone, tzinfo
from pathlib import Path
from typing import Callable, Iterable, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .engine import extract_article
from .events import build_events
from .model import Article, Event, Mention
from .render.dates import GREGORIAN_SYSTEMS, DateLabels, infer_month_system
from .render.html import DEFAULT_TITLE, render_html
from .render.ics import render_ics
from .render.json import render_events_json, render_timelinejs
from .sources import read_articles

FEED = "calendar.ics"
PAGE = "index.html"
EVENTS_JSON = "events.json"
TIMELINEJS_JSON = "timelinejs.json"


@dataclass
class BuildResult:
    out_dir: Path
    files: list[Path]
    events: list[Event]
    articles: int
    problems: list[str] = field(default_factory=list)
    months: str = "egypt"
    tz: str = "UTC"
    max_span: int = 31

    @property
    def feed_events(self) -> int:
        """How many events the feed holds (the longer ones are on the page only)."""
        return sum(1 for event in self.events if event.days <= self.max_span)


def build(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    published: date | datetime | None = None,
    tz: str | tzinfo | None = None,
    max_span: int = 31,
    months: str | None = None,
    base_url: str | None = None,
    template_dir: str | Path | None = None,
    title: str = DEFAULT_TITLE,
    progress: Callable[[int, int], None] | None = None,
    on_articles: Callable[[int], None] | None = None,
) -> BuildResult:
    """Read the inputs, extract and resolve their time expressions, and write the site to `out_dir`.

    Problems with single files or lines are collected in the result (each "file:line: message")
    and the rest is still built. `progress(done, total)` is called after each article.
    """
    batch = read_articles([Path(p) for p in inputs], published=published)
    if on_articles:
        on_articles(len(batch.articles))
    items = extract_all(batch.articles, batch.problems, progress)
    return write_site(
        items,
        out_dir,
        problems=batch.problems,
        tz=tz,
        max_span=max_span,
        months=months,
        base_url=base_url,
        template_dir=template_dir,
        title=title,
    )


def extract_all(
    articles: Sequence[Article], problems: list[str], progress: Callable[[int, int], None] | None = None
) -> list[tuple[Article, list[Mention]]]:
    items = []
    for done, article in enumerate(articles, 1):
        try:
            items.append((article, extract_article(article)))
        except Exception as error:  # one bad article must not sink the batch; say which one
            problems.append(f"{article.origin or article.id}: could not extract time expressions: {error}")
        if progress:
            progress(done, len(articles))
    return items


def write_site(
    items: list[tuple[Article, list[Mention]]],
    out_dir: str | Path,
    *,
    problems: list[str] | None = None,
    tz: str | tzinfo | None = None,
    max_span: int = 31,
    months: str | None = None,
    base_url: str | None = None,
    template_dir: str | Path | None = None,
    title: str = DEFAULT_TITLE,
) -> BuildResult:
    """Events from already extracted articles, rendered and written to `out_dir`."""
    out = Path(out_dir)
    events = build_events(items)
    mentions = [m for _, ms in items for m in ms]
    system = months or infer_month_system(mentions)
    if system not in GREGORIAN_SYSTEMS:
        raise ValueError(f"unknown month system {system!r}; choose one of {', '.join(GREGORIAN_SYSTEMS)}")
    page_labels = DateLabels(system)
    # The feed is read in calendar apps anywhere: standard month names unless the user chose a system.
    feed_labels = DateLabels(months) if months else DateLabels("egypt")
    zone = resolve_tz(tz, [article for article, _ in items])
    feed_url = _join(base_url, FEED) if base_url else None

    outputs = {
        FEED: render_ics(events, feed_labels, tz=zone, max_span=max_span, name=title, feed_url=feed_url),
        PAGE: render_html(events, page_labels, title=title, feed_url=feed_url, template_dir=template_dir).encode("utf-8"),
        EVENTS_JSON: render_events_json(events).encode("utf-8"),
        TIMELINEJS_JSON: render_timelinejs(events, page_labels, title).encode("utf-8"),
    }
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for name, data in outputs.items():
        write_atomic(out / name, data)
        files.append(out / name)
    return BuildResult(
        out_dir=out,
        files=files,
        events=events,
        articles=len(items),
        problems=list(problems or []),
        months=system,
        tz=getattr(zone, "key", None) or str(zone),
        max_span=max_span,
    )


def resolve_tz(tz: str | tzinfo | None, articles: Sequence[Article]) -> tzinfo:
    """--tz if given; else the zone the sources' publication times carry most; else UTC."""
    if isinstance(tz, tzinfo):
        return tz
    if tz:
        if tz.upper() == "UTC":
            return timezone.utc
        try:
            return ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(f"unknown time zone {tz!r} (use an IANA name such as Africa/Casablanca)") from error
    zones = Counter(
        article.published.tzinfo
        for article in articles
        if isinstance(article.published, datetime) and article.published.tzinfo is not None
    )
    return zones.most_common(1)[0][0] if zones else timezone.utc


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file in the same folder, then rename it over `path`."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes 0600; a published site must be readable by the web server
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _join(base_url: str, name: str) -> str:
    return base_url.rstrip("/") + "/" + name
