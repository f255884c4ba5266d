"""Where articles come from. Each reader yields Articles, and one line per problem; the batch goes on.

    files.py   .txt (+ .meta.json), JSONL, folders            read_articles(): local files only
    feeds.py   RSS 2.0 / Atom via feedparser -> items
    pages.py   article pages via trafilatura / htmldate -> text, title, canonical URL, date
    http.py    one httpx client: timeouts, retries, conditional GET, User-Agent; file:// and paths

read_sources() reads any mix of them: local files and folders as read_articles() does, and feeds
and pages from files or http(s)/file URLs (a feed is told from a page by its root element, then
its content type, then its name). With an archive, a page it already holds is not fetched again and
a feed is asked for with the validators (ETag / Last-Modified) of its last complete reading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Iterable

from .files import (  # noqa: F401 - the package's public names
    ARTICLE_SUFFIXES,
    BOM,
    MAX_ARTICLE_CHARS,
    MAX_FILE_BYTES,
    META_SUFFIX,
    URL,
    YEARS,
    Batch,
    Notice,
    _add,
    _is_zone,
    date_in_range,
    failed,
    parse_published,
    read_articles,
    read_local,
    unique,
)
from .http import FetchError, Fetcher, Response, file_path, is_url, is_web

__all__ = ["Batch", "Notice", "SourceSpec", "YEARS", "date_in_range", "failed", "parse_published", "read_articles", "read_sources"]

MANGLED_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):/(?!/)")  # Path("https://x") is "https:/x"


@dataclass(frozen=True)
class SourceSpec:
    """One source as a config file names it: a path or URL, and what to know about its outlet."""

    location: str
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2, for articles that do not say theirs
    timezone: str | None = None  # IANA zone, likewise


def read_sources(sources: Iterable[SourceSpec | str | Path], published: date | datetime | None = None,
                 archive=None, fetcher: Fetcher | None = None) -> Batch:
    """Read files, folders, JSONL, feeds and pages (paths or URLs) into one Batch.

    `published` is the fallback date for articles without one. With `archive` (timeline.archive.Archive),
    pages it holds are not fetched again, feeds are fetched conditionally, and `batch.known` lists
    the URLs skipped. One failing source is one line in `batch.problems`; the others are still read.
    """
    batch = Batch()
    seen: set[str] = set()  # URLs read in this run: a page listed by two feeds is fetched once
    own = fetcher is None
    if fetcher is None:
        fetcher = Fetcher(validators=archive.validators if archive is not None else None)
    try:
        for source in sources:
            spec = source if isinstance(source, SourceSpec) else SourceSpec(_location(source))
            start = len(batch.articles)
            try:
                _read_one(spec, published, archive, fetcher, batch, seen)
            except Exception as error:  # one source must never sink the others; name it
                batch.problems.append(f"{spec.location}: could not be read: {' '.join(str(error).split())} "
                                      f"({type(error).__name__})")
            _apply_spec(spec, batch, start)
    finally:
        if own:
            fetcher.close()
    batch.articles = unique(batch.articles, batch.problems)
    return batch


def _location(source) -> str:
    text = str(source)
    if isinstance(source, Path) and not source.exists() and MANGLED_URL.match(text):
        text = MANGLED_URL.sub(r"\1://", text, count=1)
    return text


def _apply_spec(spec: SourceSpec, batch: Batch, start: int) -> None:
    country, zone = spec.country, spec.timezone
    if country is not None and not (isinstance(country, str) and len(country) == 2 and country.isascii()
                                    and country.isalpha()):
        batch.problems.append(f"{spec.location}: 'country' should be a two-letter ISO code, found {country!r}; ignored")
        country = None
    if zone is not None and not _is_zone(zone):
        batch.problems.append(f"{spec.location}: 'timezone' should be an IANA zone such as Africa/Tunis, found "
                              f"{zone!r}; ignored")
        zone = None
    if not (country or zone or spec.name):
        return
    for index in range(start, len(batch.articles)):
        article = batch.articles[index]
        batch.articles[index] = replace(article, country=article.country or (country.upper() if country else None),
                                        timezone=article.timezone or zone)
        if spec.name:
            batch.origins.setdefault(article.id, {}).setdefault("source", spec.name)


def _read_one(spec: SourceSpec, published, archive, fetcher: Fetcher, batch: Batch, seen: set[str]) -> None:
    location = spec.location
    path = file_path(location)
    if path is not None:
        if path.is_dir() or path.suffix in ARTICLE_SUFFIXES or not path.exists():
            if location.lower().startswith("file://") and not path.exists():
                batch.problems.append(f"{location}: no such file or folder")
                return
            read_local(path, published, batch)
            return
        if archive is not None and archive.knows(path.absolute().as_uri()):
            batch.known.append(location)
            return
    elif not is_web(location):
        batch.problems.append(f"{location}: unsupported URL (http://, https://, file:// or a path)")
        return
    elif archive is not None and archive.knows(location):
        batch.known.append(location)  # a page already archived is not fetched again
        return
    if location in seen:
        return
    seen.add(location)
    try:
        response = fetcher.fetch(location, conditional=archive is not None)
    except FetchError as error:
        batch.problems.append(f"{location}: {error}")
        return
    if response.not_modified:
        return  # the feed has not changed since its last complete reading
    _read_response(spec, response, published, archive, fetcher, batch, seen)


def _read_response(spec: SourceSpec, response: Response, published, archive, fetcher: Fetcher,
                   batch: Batch, seen: set[str]) -> None:
    from .feeds import sniff

    kind = sniff(response.content, response.media_type, response.final_url)
    if kind == "feed":
        _read_feed(spec, response, published, archive, fetcher, batch, seen)
    elif kind == "page":
        _read_page(spec.location, response, published, batch, feed=None, item=None)
    else:
        said = f" ({response.media_type})" if response.media_type else ""
        batch.problems.append(f"{spec.location}: neither an RSS/Atom feed nor an HTML page{said}; skipped")


def _read_feed(spec: SourceSpec, response: Response, published, archive, fetcher: Fetcher, batch: Batch,
               seen: set[str]) -> None:
    from .feeds import FeedError, parse_feed

    location = spec.location
    try:
        feed = parse_feed(response.content, response.final_url, response.media_type, response.charset)
    except FeedError as error:
        batch.problems.append(f"{location}: {error}")
        return
    if feed.note:
        batch.problems.append(f"{location}: {feed.note}")
    if not feed.items:
        batch.problems.append(f"{location}: a feed with no items")
        return
    complete = not feed.malformed
    for item in feed.items:
        if item.link and item.link in seen:
            continue  # listed by another feed read in this run
        if item.link:
            seen.add(item.link)
        if item.text is not None:
            where = item.link or f"{location}: item {item.number}"
            ident = item.link or item.guid or f"{location}#{item.number}"
            before = len(batch.articles)
            _add(batch, where, ident, item.text, item.published, item.title, item.link, published)
            if len(batch.articles) > before:
                batch.origins.setdefault(ident, {"url": item.link, "feed": location})
            else:
                complete = False
            continue
        if not item.link:
            batch.problems.append(f"{location}: item {item.number} has neither a link nor its text; skipped")
            complete = False
            continue
        if archive is not None and archive.knows(item.link):
            batch.known.append(item.link)
            continue
        try:
            page = fetcher.fetch(item.link)
        except FetchError as error:
            batch.problems.append(f"{item.link}: {error} (item {item.number} of {location})")
            complete = False
            continue
        if not _read_page(item.link, page, published, batch, feed=location, item=item):
            complete = False
    if complete and (response.etag or response.last_modified) and not response.is_file:
        batch.validators[location] = (response.etag, response.last_modified)


def _read_page(location: str, response: Response, published, batch: Batch, feed: str | None, item) -> bool:
    from .pages import PageError, page_date, read_page

    try:
        page = read_page(response.content, response.final_url, response.charset)
    except PageError as error:
        batch.problems.append(f"{location}: {error}")
        return False
    if page.note:
        batch.problems.append(f"{location}: {page.note}")
    when = page.published or (item.published if item is not None else None)
    if when is None:
        when = page_date(response.content, page.canonical)
    title = page.title or (item.title if item is not None else "")
    ident = page.canonical
    before = len(batch.articles)
    _add(batch, location, ident, page.text, when, title, page.canonical, published)
    if len(batch.articles) == before:
        return False
    batch.origins.setdefault(ident, {"url": response.final_url if response.is_file else response.url, "feed": feed})
    return True
