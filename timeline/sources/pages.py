"""Article web pages (files or URLs) -> Article: text with trafilatura, title, canonical URL, date.

- The bytes are decoded by the declared charset: a byte-order mark, then the HTTP Content-Type,
  then the page's own <meta charset> / <meta http-equiv="Content-Type">; with none, UTF-8. A page
  whose bytes are not text in that charset is refused with one line; a page declared in a legacy
  charset that is in fact valid UTF-8 is read as UTF-8, with one line saying so.
- The publication date comes from the page's metadata: article:published_time, itemprop/JSON-LD
  datePublished, Dublin Core and the like (time and offset kept), then the feed item's date when the
  page came from a feed, then htmldate (markup and URL only, never a date guessed from the text).
- The canonical URL is <link rel="canonical"> (else og:url, else the URL fetched), made absolute.
- Text: trafilatura's main-content extraction; a page too short for it gives its <article> (or
  <body>) paragraphs.
"""
from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urljoin

from .files import parse_published

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# WHATWG: these labels mean windows-1252 in a browser, and so here
WEB_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
               "ascii": "cp1252", "iso8859-1": "cp1252", "x-user-defined": "cp1252",
               "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8"}
DATE_META = (  # name/property/itemprop of <meta>, most specific first
    "article:published_time", "og:article:published_time", "datepublished", "article.published",
    "publishdate", "publish-date", "publish_date", "pubdate", "dc.date.issued", "dc.date", "dcterms.created",
    "dcterms.date", "date", "sailthru.date", "parsely-pub-date", "og:published_time", "article:modified_time",
    "datemodified", "og:updated_time",
)


class PageError(Exception):
    """A page that cannot be read: one line."""


@dataclass
class Page:
    url: str  # fetched
    canonical: str
    title: str
    text: str
    published: datetime | date | None
    note: str | None = None  # a problem worth one line that did not stop the reading


def decode_html(content: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """The page as text, and a note when the declared charset was wrong but the page was still read."""
    if content.startswith(codecs.BOM_UTF8):
        return content[3:].decode("utf-8", errors="replace"), None
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return content.decode("utf-16"), None
    label = declared
    if not label:
        found = META_CHARSET.search(content[:8192])
        label = found.group(1).decode("ascii") if found else None
    if not label:
        try:
            return content.decode("utf-8"), None
        except UnicodeDecodeError as error:
            raise PageError(f"no charset declared and not UTF-8 (byte 0x{content[error.start]:02x} at "
                            f"{error.start}); declare it in <meta charset>") from None
    name = WEB_ALIASES.get(label.strip().lower(), label.strip())
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise PageError(f"unknown charset {label!r}") from None
    if codec != "utf-8" and _is_utf8_text(content):
        return content.decode("utf-8"), f"declared {label} but is UTF-8; read as UTF-8"
    try:
        return content.decode(codec), None
    except UnicodeDecodeError as error:
        raise PageError(f"not {label} text as declared (byte 0x{content[error.start]:02x} at {error.start}): "
                        "the page's charset is wrong") from None


def _is_utf8_text(content: bytes) -> bool:
    """Valid UTF-8 with multibyte characters: a legacy charset label on it would be wrong."""
    if content.isascii():
        return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_page(content: bytes, url: str, charset: str | None = None) -> Page:
    """Parse one fetched page. Raises PageError with one line when there is no article to read."""
    html, note = decode_html(content, charset)
    html = XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        raise PageError("empty page")
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError) as error:
        raise PageError(f"not a readable HTML page ({error})") from None
    canonical = _canonical(tree, url)
    published = _meta_date(tree)
    text, title = _extract(html, canonical, tree)
    if not text.strip():
        raise PageError("no article text found on the page")
    return Page(url=url, canonical=canonical, title=title, text=text, published=published, note=note)


def page_date(content_tree_or_html, url: str | None = None) -> date | None:
    """htmldate's reading of the page's date (markup and URL only), as a date."""
    from htmldate import find_date

    try:
        found = find_date(content_tree_or_html, extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate is a heuristic: a failure there is "no date", never a crash
        return None
    return parse_published(found) if found else None


def _canonical(tree, url: str) -> str:
    for xpath in ('//link[translate(@rel, "CANONICAL", "canonical")="canonical"]/@href',
                  '//meta[@property="og:url"]/@content'):
        for href in tree.xpath(xpath):
            href = href.strip()
            if href and not href.startswith(("javascript:", "#")):
                return urljoin(url, href)
    return url


def _meta_date(tree) -> datetime | date | None:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = meta.get("content")
        if key in DATE_META and value and key not in found:
            found[key] = value
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        for key, value in _json_ld_dates(script.text or ""):
            found.setdefault(key, value)
    for key in DATE_META:
        if key in found:
            parsed = parse_published(found[key].strip())
            if parsed is not None:
                return parsed
    for stamp in tree.xpath("//time[@datetime]"):
        if stamp.get("pubdate") is not None or stamp.get("itemprop", "").lower() == "datepublished":
            parsed = parse_published(stamp.get("datetime").strip())
            if parsed is not None:
                return parsed
    return None


def _json_ld_dates(text: str):
    try:
        data = json.loads(text)
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key in ("datePublished", "dateCreated", "dateModified"):
                if isinstance(item.get(key), str):
                    yield key.lower(), item[key]
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))


def _extract(html: str, url: str, tree) -> tuple[str, str]:
    import trafilatura

    text, title = "", ""
    try:
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                               include_tables=False, favor_recall=True)
    except Exception:  # a heuristic extractor: its failure falls back to the plain paragraphs
        document = None
    if document is not None:
        text = (getattr(document, "text", None) or "").strip()
        title = (getattr(document, "title", None) or "").strip()
    if not title:
        title = _first(tree, ('//meta[@property="og:title"]/@content', "//h1//text()", "//title/text()"))
    if len(text) < 80:
        paragraphs = _paragraphs(tree)
        if len(paragraphs) > len(text):
            text = paragraphs
    title = " ".join(title.split())
    first, _, rest = text.partition("\n")
    if title and " ".join(first.split()) == title and rest.strip():
        text = rest.strip()  # the headline is the title, not the first line of the text
    return text, title


def _first(tree, xpaths) -> str:
    for xpath in xpaths:
        for value in tree.xpath(xpath):
            if str(value).strip():
                return str(value).strip()
    return ""


def _paragraphs(tree) -> str:
    roots = tree.xpath("//article") or tree.xpath("//main") or tree.xpath("//body") or [tree]
    lines = []
    for root in roots[:1]:
        for element in root.iter("p", "h2", "h3", "li", "blockquote"):
            line = " ".join(element.text_content().split())
            if line:
                lines.append(line)
    return "\n".join(lines)


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed item's content), one line per paragraph."""
    import lxml.html
    from lxml.etree import ParserError

    if "<" not in fragment:
        return "\n".join(" ".join(line.split()) for line in fragment.splitlines() if line.strip())
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(" ".join(line.split()) for line in root.text_content().splitlines() if line.strip())
