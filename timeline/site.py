"""One call from articles to a published site: calendar.ics, upcoming.ics, feeds/ (one .ics per category and
index.json), index.html, events.json, timelinejs.json.

Publishing (all or nothing: staging, one atomic swap) is site_publish.py.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timezone, tzinfo
from pathlib import Path
from typing import Callable, Iterable, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jinja2

from .atomic import write_atomic  # noqa: F401 - kept for callers
from .engine import extract_article
from .events import build_events
from .model import Article, Event, Mention
from .render import is_web_url
from .render.dates import GREGORIAN_SYSTEMS, DateLabels, infer_month_system, infer_numbering
from .render.html import DEFAULT_TITLE, render_html  # noqa: F401 - render_html kept for callers
from .render.ics import FEED_KINDS, UPCOMING_FEED, in_window, render_feeds
from .render.json import TIMELINEJS_LIMIT, render_events_json, render_timelinejs
from .render.pages import render_pages
from .site_publish import (  # noqa: F401 - OUTPUTS, clean_stale kept for callers
    EVENTS_JSON, FEED, OUTPUTS, TIMELINEJS_JSON, BuildError, clean_stale, publish,
)
from .sources import Batch, date_in_range, read_articles, read_sources  # noqa: F401 - read_articles kept for callers


class OptionError(ValueError):
    """An option value that cannot work, found before any article is read."""

    def __init__(self, option: str, message: str):
        super().__init__(message)
        self.option = option


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
    since: date | None = None
    until: date | None = None
    feeds: dict[str, int] = field(default_factory=dict)  # path of each feed written -> its events
    added: "AddResult | None" = None  # with --db: what the inputs added to the archive
    extracted: int | None = None  # articles whose mentions were extracted by this build (the rest from the archive)

    @property
    def feed_events(self) -> int:
        """How many events the feed holds (the longer ones, and those outside --since/--until, are on the page only)."""
        return sum(1 for event in self.events if event.days <= self.max_span and in_window(event, self.since, self.until))


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
    description: str | None = None,
    since: date | None = None,
    until: date | None = None,
    feeds: Iterable[str] = FEED_KINDS,
    progress: Callable[[int, int], None] | None = None,
    on_articles: Callable[[int], None] | None = None,
    db: str | Path | None = None,
    lang: str = "ar",
    timelinejs_limit: int | None = TIMELINEJS_LIMIT,
) -> BuildResult:
    """Read the inputs, extract and resolve their time expressions, and write the site to `out_dir`.

    Inputs are files, folders, JSONL, RSS/Atom feeds and article pages, as paths or URLs (or
    timeline.sources.SourceSpec). With `db` (an archive path, timeline.archive), the inputs are
    added to the archive first, then the site is built from every archived article, extracting
    only the new or changed ones (all of them after an engine upgrade); without it nothing is stored.

    Problems with single files or lines are collected in the result (each "file:line: message")
    and the rest is still built. `progress(done, total)` is called after each article.
    Raises OptionError (a ValueError) for an unusable option, before reading anything, and
    BuildError when no article could be read or the site cannot be written; `out_dir` is then
    left exactly as it was.
    """
    check_options(out_dir, tz=tz, months=months, base_url=base_url, template_dir=template_dir, published=published)
    check_feed_options(since=since, until=until, feeds=feeds)
    added, extracted = None, None
    if db is not None:
        batch, items, added, extracted = _from_archive(inputs, db, published, out_dir, progress, on_articles)
    else:
        batch = read_sources(list(inputs), published=published)
        if not batch.articles:
            raise BuildError(f"no article could be read, nothing to publish; {out_dir} is left as it was",
                             batch.problems)
        if on_articles:
            on_articles(len(batch.articles))
        items = extract_all(batch.articles, batch.problems, progress)
        extracted = len(batch.articles)
    if not items:
        raise BuildError(f"no article could be processed, nothing to publish; {out_dir} is left as it was",
                         batch.problems)
    options = dict(problems=batch.problems, tz=tz, max_span=max_span, months=months, base_url=base_url,
                   template_dir=template_dir, title=title, description=description, since=since, until=until,
                   feeds=feeds, lang=lang, timelinejs_limit=timelinejs_limit)
    if db is not None:
        from .archive import Archive, DraftCache

        with Archive(db) as archive:  # each article's event drafts are kept too: a rebuild only merges and renders
            cache = DraftCache(archive)
            result = write_site(items, out_dir, drafts_cache=cache, **options)
            cache.flush()
    else:
        result = write_site(items, out_dir, **options)
    result.added, result.extracted = added, extracted
    return result


def _from_archive(inputs, db, published, out_dir, progress, on_articles):
    """Add the inputs to the archive at `db`, then every archived article with its mentions
    (extracted now only when new, changed, or extracted by another engine version)."""
    from .archive import Archive

    try:
        archive = Archive(db)
    except ValueError as error:
        raise OptionError("--db", str(error)) from None
    with archive:
        added = None
        problems: list[str] = []
        if inputs:
            batch = read_sources(list(inputs), published=published, archive=archive)
            added = archive.add_batch(batch)
            problems = batch.problems
        articles = archive.articles()
        if not articles:
            raise BuildError(f"no article could be read and the archive {db} is empty, nothing to publish; "
                             f"{out_dir} is left as it was", problems)
        if on_articles:
            on_articles(len(articles))
        items, extracted = archive.extract(articles, problems, progress)
    return Batch(articles=articles, problems=problems), items, added, extracted


def check_feed_options(*, since: date | None = None, until: date | None = None, feeds: Iterable[str] = FEED_KINDS) -> None:
    """Raise OptionError for a window that holds nothing or a feed kind that does not exist."""
    if since is not None and until is not None and until < since:
        raise OptionError("--until", f"{until.isoformat()} is before --since {since.isoformat()}")
    unknown = sorted(set(feeds) - set(FEED_KINDS))
    if unknown:
        raise OptionError("feeds", f"unknown feed {unknown[0]!r}; choose among {', '.join(FEED_KINDS)}")


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
    description: str | None = None,
    since: date | None = None,
    until: date | None = None,
    feeds: Iterable[str] = FEED_KINDS,
    lang: str = "ar",
    timelinejs_limit: int | None = TIMELINEJS_LIMIT,
    drafts_cache=None,
) -> BuildResult:
    """Events from already extracted articles, rendered and written to `out_dir`.

    The feeds (`feeds`: any of calendar, upcoming, categories) hold the events of at most `max_span`
    days whose span meets [since, until]; the page and the JSON exports hold every event.
    """
    out = Path(out_dir)
    events = build_events(items, cache=drafts_cache)
    mentions = [m for _, ms in items for m in ms]
    system = months or infer_month_system(mentions)
    if system not in GREGORIAN_SYSTEMS:
        raise ValueError(f"unknown month system {system!r}; choose one of {', '.join(GREGORIAN_SYSTEMS)}")
    numbering = infer_numbering(mentions)
    page_labels = DateLabels(system, lang=lang, numbering=numbering)
    # The page and the feed descriptions speak the same month system (the feed's text stays Arabic).
    feed_labels = DateLabels(system, numbering=numbering)
    zone = resolve_tz(tz, [article for article, _ in items])
    kinds = tuple(feeds)
    subscribe = FEED if "calendar" in kinds else UPCOMING_FEED if "upcoming" in kinds else None
    feed_url = _join(base_url, subscribe) if base_url and subscribe else None
    feed_options = {"description": description} if description else {}
    feed_files = render_feeds(events, feed_labels, tz=zone, max_span=max_span, since=since, until=until, name=title,
                              base_url=base_url, kinds=kinds, **feed_options)

    try:
        pages = render_pages(events, page_labels, title=title, feed_url=feed_url, template_dir=template_dir,
                             base_url=base_url, feeds=[name for name in feed_files if name.endswith(".ics") and "/" not in name])
    except jinja2.TemplateError as error:
        raise BuildError(template_problem(error)) from None
    outputs = {
        **feed_files,
        **pages,
        EVENTS_JSON: render_events_json(events).encode("utf-8"),
        TIMELINEJS_JSON: render_timelinejs(events, page_labels, title, timelinejs_limit).encode("utf-8"),
    }
    files = publish(outputs, out)
    return BuildResult(
        out_dir=out,
        files=files,
        events=events,
        articles=len(items),
        problems=list(problems or []),
        months=system,
        tz=getattr(zone, "key", None) or str(zone),
        max_span=max_span,
        since=since,
        until=until,
        feeds={name: data.count(b"\r\nBEGIN:VEVENT\r\n") for name, data in feed_files.items() if name.endswith(".ics")},
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
    # a tie goes to the zone that sorts first, so the order the articles were read in does not matter
    return min(zones, key=lambda zone: (-zones[zone], str(zone))) if zones else timezone.utc


def check_options(
    out_dir: str | Path | None = None,
    *,
    tz: str | tzinfo | None = None,
    months: str | None = None,
    base_url: str | None = None,
    template_dir: str | Path | None = None,
    published: date | datetime | None = None,
) -> None:
    """Raise OptionError for an option that cannot work, before any article is read."""
    if tz is not None and not isinstance(tz, tzinfo):
        try:
            resolve_tz(tz, [])
        except ValueError as error:
            raise OptionError("--tz", str(error)) from None
    if months is not None and months not in GREGORIAN_SYSTEMS:
        raise OptionError("--months", f"unknown month system {months!r}; choose one of {', '.join(GREGORIAN_SYSTEMS)}")
    if base_url is not None and not is_web_url(base_url):
        raise OptionError("--base-url", f"{base_url!r} is not an absolute http(s) URL; write it as "
                                        f"https://{base_url.strip().split('://')[-1].lstrip('/')}")
    if published is not None and not date_in_range(published):
        raise OptionError("--published", f"{published.isoformat()} is outside the years 1000-2200")
    if template_dir is not None:
        check_templates(Path(template_dir))
    if out_dir is not None:
        out = Path(out_dir)
        if out.exists() and not out.is_dir():
            raise OptionError("--out", f"{out} is a file, not a folder")
        if out.is_dir() and not os.access(out, os.W_OK):
            raise OptionError("--out", f"{out} is read-only")


def check_templates(folder: Path) -> None:
    """The folder exists and every template in it compiles (syntax errors named file:line)."""
    if not folder.is_dir():
        raise OptionError("--templates", f"{folder}: no such folder" if not folder.exists() else f"{folder} is not a folder")
    from .render.html import environment

    env = environment(folder)
    for path in sorted(folder.rglob("*.html")):
        name = path.relative_to(folder).as_posix()
        try:
            env.get_template(name)
        except jinja2.TemplateError as error:
            raise OptionError("--templates", template_problem(error)) from None
        except (OSError, UnicodeDecodeError) as error:
            raise OptionError("--templates", f"{path}: cannot read: {error}") from None


def template_problem(error: jinja2.TemplateError) -> str:
    """One line naming the template file and line of a Jinja error."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        where = error.filename or error.name or "template"
        return f"{where}:{error.lineno}: template syntax error: {error.message}"
    where = "template"
    trace = error.__traceback__
    while trace is not None:  # Jinja rewrites its frames to the template's file and line; take the innermost
        filename = trace.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".j2", ".jinja")):
            where = f"{filename}:{trace.tb_lineno}"
        trace = trace.tb_next
    return f"{where}: template error: {error.message or error}"


def _join(base_url: str, name: str) -> str:
    return base_url.rstrip("/") + "/" + name
