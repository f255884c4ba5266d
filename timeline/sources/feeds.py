"""RSS 2.0 / Atom (and RSS 1.0) feeds via feedparser -> items: link, title, date, and the full text when
the item carries it.

- An item carries its full text when its content (content:encoded, Atom <content>) holds at least
  FULL_TEXT_CHARS characters of text, or its description/summary at least LONG_DESCRIPTION; otherwise
  its link is fetched as an article page (pages.py).
- An item's date is its published date, else its updated date, read from the raw string (RFC 822 or
  ISO 8601, offset kept); feedparser's parsed UTC tuple only when the string is unreadable.
- Relative links are made absolute against the feed's URL.
- Malformed XML: feedparser's lenient parser recovers what it can; the feed gets one line saying
  so (and its validators are not remembered, so the next run reads it in full again).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from urllib.parse import urljoin

from .files import parse_published
from .pages import html_to_text

FULL_TEXT_CHARS = 200
LONG_DESCRIPTION = 500
FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf"}
PAGE_ROOTS = {"html", "head", "body", "!doctype"}
FIRST_TAG = re.compile(rb"<\s*(!doctype|[A-Za-z][\w:.-]*)", re.IGNORECASE)
SKIP = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->)", re.DOTALL)


class FeedError(Exception):
    """A feed that cannot be read at all: one line."""


@dataclass
class Item:
    number: int  # 1-based position in the feed, for messages
    link: str | None
    guid: str | None
    title: str
    published: datetime | date | None
    text: str | None  # the full text when the item carries it


@dataclass
class Feed:
    title: str
    items: list[Item] = field(default_factory=list)
    note: str | None = None  # malformed but partly read
    malformed: bool = False


def sniff(content: bytes, media_type: str = "", name: str = "") -> str | None:
    """"feed", "page" or None, from the root element first, then the content type, then the name."""
    head = content[:4096].lstrip(b"\xef\xbb\xbf")
    position = 0
    while True:
        skipped = SKIP.match(head, position)
        if not skipped or skipped.end() == position:
            break
        position = skipped.end()
    first = FIRST_TAG.search(head, position)
    if first:
        tag = first.group(1).decode("latin-1").lower()
        if tag in FEED_ROOTS:
            return "feed"
        if tag in PAGE_ROOTS:
            return "page"
    media = media_type.lower()
    if "rss" in media or "atom" in media or media.endswith("/xml") or media.endswith("+xml") and "xhtml" not in media:
        return "feed"
    if "html" in media:
        return "page"
    lowered = name.lower().split("?")[0]
    if lowered.endswith((".rss", ".atom", ".xml")):
        return "feed"
    if lowered.endswith((".html", ".htm", ".xhtml")):
        return "page"
    return "page" if b"<p" in head.lower() or b"<div" in head.lower() else None


def parse_feed(content: bytes, url: str, media_type: str = "", charset: str | None = None) -> Feed:
    import feedparser

    headers = {}  # no content-location: feedparser mangles file:// bases; links are joined below
    if media_type:
        headers["content-type"] = media_type + (f"; charset={charset}" if charset else "")
    parsed = feedparser.parse(content, response_headers=headers)
    note, malformed = None, False
    if parsed.get("bozo"):
        problem = parsed.get("bozo_exception")
        if not isinstance(problem, (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)):
            malformed = True
            where = ""
            if hasattr(problem, "getLineNumber"):
                where = f" at line {problem.getLineNumber()}, column {problem.getColumnNumber()}"
            reason = getattr(problem, "getMessage", lambda: str(problem))()
            if not parsed.entries:
                raise FeedError(f"malformed XML{where} ({reason}); no item could be read")
            note = (f"malformed XML{where} ({reason}); {len(parsed.entries)} item(s) recovered by a lenient "
                    "reading")
    if not parsed.get("version") and not parsed.entries:
        raise FeedError("not an RSS or Atom feed")
    feed = Feed(title=parsed.feed.get("title", "") or "", note=note, malformed=malformed)
    for number, entry in enumerate(parsed.entries, 1):
        link = entry.get("link") or _link(entry)
        link = urljoin(url, link.strip()) if link and link.strip() else None
        feed.items.append(Item(
            number=number,
            link=link,
            guid=entry.get("id"),
            title=" ".join((entry.get("title") or "").split()),
            published=_item_date(entry),
            text=_full_text(entry),
        ))
    return feed


def _link(entry) -> str | None:
    for link in entry.get("links", []) or []:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link["href"]
    return None


def _item_date(entry) -> datetime | date | None:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            parsed = parse_published(raw)
            if parsed is not None:
                return parsed
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        stamp = entry.get(key)
        if stamp:
            try:
                return datetime(*stamp[:6], tzinfo=timezone.utc)
            except (TypeError, ValueError):
                continue
    return None


def _full_text(entry) -> str | None:
    for content in entry.get("content", []) or []:
        text = html_to_text(content.get("value") or "")
        if len(text) >= FULL_TEXT_CHARS:
            return text
    summary = entry.get("summary") or entry.get("description") or ""
    text = html_to_text(summary)
    if len(text) >= LONG_DESCRIPTION:
        return text
    return None
