"""Local readers (.txt + .meta.json, JSONL, folders): turn files into Articles. Every problem names its file and line; the batch goes on.

What a reader guarantees (each case is one `file:line: …` message, the other articles go through):

- JSONL is split on "\\n" only (U+2028, U+2029, U+0085 and "\\r" inside a string stay in the string),
  so line numbers are the editor's; a final "\\r" of a CRLF line is dropped.
- A UTF-8 byte-order mark is tolerated at the start of a .jsonl, .txt or .meta.json file.
- A .meta.json must hold a JSON object; an id must be a string (an integer is taken as its digits);
  a lone surrogate («\\ud800») in the text, id, title or url skips the article (it cannot be written
  back as UTF-8).
- An empty (or blank) article is skipped as "empty article", with or without --published.
- A publication date outside the years 1000-2200 is skipped (no news is dated there, and the
  calendar arithmetic of the feed overflows at the edges of datetime).
- An article longer than MAX_ARTICLE_CHARS characters is truncated there (at the last line
  break or space before the limit), with a warning: memory and time stay bounded. A file or
  JSONL line larger than MAX_FILE_BYTES is skipped without being read.
- The same id twice is read once, the same text under two ids is read once (sha-256 of the text).
  The choice is independent of the reading order: for one id the latest publication wins (then the
  text's hash), for one text the smallest id.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..model import Article

ARTICLE_SUFFIXES = (".txt", ".jsonl")
META_SUFFIX = ".meta.json"
BOM = "\ufeff"
MAX_ARTICLE_CHARS = 1_000_000  # about 2 MB of Arabic UTF-8: longer articles are truncated with a warning
MAX_FILE_BYTES = 64 * 1024 * 1024  # a .txt, .meta.json or JSONL line beyond this is skipped unread
YEARS = (1000, 2200)
URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:/")  # Path() turns "https://x" into "https:/x"  # sane publication years; outside, an article is skipped


class Notice(str):
    """A message that reports without failing: the same article met twice and read once (wire copy, a
    feed and an export of one outlet). Printed with the problems; the exit status ignores it."""


def failed(problems) -> bool:
    """Does any of these messages say something was skipped or could not be read?"""
    return any(not isinstance(problem, Notice) for problem in problems)


@dataclass
class Batch:
    """What a read produced: the usable articles, and one message per thing skipped."""

    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # Web sources only (read_sources): where each article came from, by article id:
    # {"url": fetched URL, "feed": the feed that listed it, "source": the source's name}
    origins: dict[str, dict] = field(default_factory=dict)
    # URLs not fetched because the archive already holds them (counted as unchanged by Archive.add)
    known: list[str] = field(default_factory=list)
    # feeds read in full, and their HTTP validators to remember once the batch is archived
    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)


UNIX_SECONDS = re.compile(r"[+-]?\d{9,11}(\.\d+)?")  # 1973-03 .. 5138: never an ISO date or a year
RFC822_DAY = re.compile(r"(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})")


def parse_published(value) -> datetime | date | None:
    """A publication date, or None when absent or unreadable. Read are:

    - ISO 8601 dates and date-times, offset kept («2022-03-09», «2022-03-09T10:00:00+01:00», «…Z»);
    - RFC 822 / RFC 2822 as RSS writes them («Wed, 09 Mar 2022 10:00:00 +0100», «… GMT», a date alone);
    - Unix seconds, as a number or a string of 9-11 digits (UTC).
    """
    if isinstance(value, (date, datetime)):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_unix(value)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        pass
    if UNIX_SECONDS.fullmatch(text):
        return _from_unix(float(text))
    return _from_rfc822(text)


def _from_unix(seconds: float) -> datetime | None:
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def _from_rfc822(text: str) -> datetime | date | None:
    import email.utils  # here: `timeline extract` on ISO dates does not pay for the email package

    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is not None:
        # "-0000" means "UTC, zone unknown" (RFC 2822 3.3): taken as UTC
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    day = RFC822_DAY.fullmatch(text)
    if day:  # a date without a time («Wed, 9 Mar 2022»)
        try:
            return datetime.strptime(f"{day[1]} {day[2]} {day[3]}", "%d %b %Y").date()
        except ValueError:
            return None
    return None


def date_in_range(value: date | datetime) -> bool:
    """Within YEARS, and far enough from datetime's edges that converting to UTC cannot overflow."""
    return YEARS[0] <= value.year <= YEARS[1]


def read_articles(paths, published: date | datetime | None = None) -> Batch:
    """Read .txt files (with NAME.meta.json beside them), .jsonl files and folders of either.

    An article's own publication date wins; `published` is the fallback for articles without one.
    """
    batch = Batch()
    for path in map(Path, paths):
        if not path.exists() and URL.match(str(path)):
            batch.problems.append(f"{path}: a URL; only local .txt and .jsonl files and folders are read")
        else:
            read_local(path, published, batch)
    batch.articles = unique(batch.articles, batch.problems)
    return batch


def read_local(path: Path, published, batch: Batch) -> None:
    """One local .txt/.jsonl file or folder of them into `batch` (no de-duplication yet: see unique())."""
    if path.is_dir():
        try:
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix in ARTICLE_SUFFIXES and not p.name.endswith(META_SUFFIX)
            )
        except OSError as error:
            batch.problems.append(f"{path}: cannot list this folder: {error.strerror or error}")
            return
        if not files:
            batch.problems.append(f"{path}: no .txt or .jsonl articles in this folder")
        for file in files:
            _read_file(file, published, batch)
    elif path.is_file():
        _read_file(path, published, batch)
    else:
        batch.problems.append(f"{path}: no such file or folder")


def _read_file(path: Path, fallback, batch: Batch) -> None:
    if path.suffix == ".jsonl":
        _read_jsonl(path, fallback, batch)
    elif path.suffix == ".txt":
        _read_txt(path, fallback, batch)
    else:
        batch.problems.append(f"{path}: unsupported file type (expected .txt or .jsonl)")


def _limit(name: str) -> int:
    """MAX_ARTICLE_CHARS / MAX_FILE_BYTES as the package `timeline.sources` holds them now (tests lower them)."""
    package = sys.modules.get(__package__)
    return getattr(package, name, None) or globals()[name]


def _read_small(path: Path) -> str:
    """A whole file as UTF-8 (a BOM dropped); OSError/UnicodeDecodeError/_TooLarge for the caller."""
    if path.stat().st_size > _limit("MAX_FILE_BYTES"):
        raise _TooLarge(path.stat().st_size)
    text = path.read_bytes().decode("utf-8")
    return text[1:] if text.startswith(BOM) else text


class _TooLarge(Exception):
    pass


def _too_large(size: int) -> str:
    return f"{size:,} bytes, more than the {_limit('MAX_FILE_BYTES'):,} read per file or line"


def _read_txt(path: Path, fallback, batch: Batch) -> None:
    try:
        text = _read_small(path)
    except _TooLarge as large:
        batch.problems.append(f"{path}:1: {_too_large(large.args[0])}; skipped")
        return
    except (OSError, UnicodeDecodeError) as error:
        batch.problems.append(f"{path}: cannot read as UTF-8 text: {error}")
        return
    meta_path = path.with_name(path.stem + META_SUFFIX)
    meta: dict = {}
    if meta_path.exists():
        try:
            meta = json.loads(_read_small(meta_path))
        except _TooLarge as large:
            batch.problems.append(f"{meta_path}:1: {_too_large(large.args[0])}; article skipped")
            return
        except UnicodeDecodeError as error:
            batch.problems.append(f"{meta_path}:1: cannot read as UTF-8 text ({error.reason}); article skipped")
            return
        except (OSError, ValueError) as error:
            batch.problems.append(f"{meta_path}:1: not valid JSON ({error}); article skipped")
            return
        if not isinstance(meta, dict):
            batch.problems.append(f"{meta_path}:1: expected a JSON object, found {_kind(meta)}; article skipped")
            return
    article_id = meta.get("id", path.stem)
    if article_id is None or article_id == "":
        article_id = path.stem
    _add(batch, f"{path}:1", article_id, text, meta.get("published"), meta.get("title", ""), meta.get("url"),
         fallback, where_meta=f"{meta_path}:1", outlet=meta)


def _read_jsonl(path: Path, fallback, batch: Batch) -> None:
    try:
        stream = path.open("rb")
    except OSError as error:
        batch.problems.append(f"{path}: cannot read: {error.strerror or error}")
        return
    with stream:
        number = 0
        MAX_FILE_BYTES = _limit("MAX_FILE_BYTES")  # noqa: N806 - the package's current value
        while True:
            try:
                raw = stream.readline(MAX_FILE_BYTES + 1)
            except OSError as error:
                batch.problems.append(f"{path}:{number + 1}: cannot read: {error.strerror or error}")
                return
            if not raw:
                return
            number += 1
            where = f"{path}:{number}"
            if len(raw) > MAX_FILE_BYTES and not raw.endswith(b"\n"):
                size = len(raw)
                while True:  # skip the rest of the line without holding it
                    rest = stream.readline(MAX_FILE_BYTES)
                    size += len(rest)
                    if not rest or rest.endswith(b"\n"):
                        break
                batch.problems.append(f"{where}: line of {_too_large(size)}; line skipped")
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                batch.problems.append(f"{where}: not UTF-8 ({error.reason} at byte {error.start}); line skipped")
                continue
            if number == 1 and line.startswith(BOM):
                line = line[1:]
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as error:
                batch.problems.append(f"{where}: not valid JSON ({error.args[0] if error.args else error}); line skipped")
                continue
            except RecursionError:
                batch.problems.append(f"{where}: not valid JSON (nested too deeply); line skipped")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                batch.problems.append(f"{where}: expected an object with a string 'text'; line skipped")
                continue
            article_id = record.get("id")
            if article_id is None or article_id == "":
                article_id = f"{path.stem}-{number}"
            _add(batch, where, article_id, record["text"], record.get("published"), record.get("title") or "",
                 record.get("url"), fallback, outlet=record)


def _kind(value) -> str:
    return {list: "a list", dict: "an object", str: "a string", bool: "a boolean", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def _surrogate(value: str) -> int | None:
    """The index of the first lone surrogate in `value`, or None."""
    try:
        value.encode("utf-8")
        return None
    except UnicodeEncodeError as error:
        return error.start


def _add(batch: Batch, where: str, article_id, text: str, raw_published, title, url, fallback,
         where_meta: str | None = None, outlet: dict | None = None) -> None:
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str):
        batch.problems.append(f"{where_meta or where}: the id must be a string, found {_kind(article_id)}; "
                              "article skipped")
        return
    title = title if isinstance(title, str) else ""
    url = url if isinstance(url, str) else None
    for name, value in (("id", article_id), ("text", text), ("title", title), ("url", url or "")):
        at = _surrogate(value)
        if at is not None:
            batch.problems.append(f"{where}: the {name} holds a lone surrogate ({value[at]!a} at character {at}), "
                                  "which is not Unicode text; article skipped")
            return
    if not text.strip():
        batch.problems.append(f"{where}: empty article {article_id!r}; skipped")
        return
    published = parse_published(raw_published)
    if published is None:
        if fallback is None:
            said = f"unreadable date {raw_published!r}" if raw_published else "no publication date"
            batch.problems.append(f"{where}: article {article_id!r} has {said}; pass --published to resolve it")
            return
        published = fallback
    if not date_in_range(published):
        batch.problems.append(f"{where}: article {article_id!r} has the publication date {published.isoformat()}, "
                              f"outside the years {YEARS[0]}-{YEARS[1]}; skipped")
        return
    MAX_ARTICLE_CHARS = _limit("MAX_ARTICLE_CHARS")  # noqa: N806 - the package's current value
    if len(text) > MAX_ARTICLE_CHARS:
        cut = max(text.rfind("\n", 0, MAX_ARTICLE_CHARS), text.rfind(" ", 0, MAX_ARTICLE_CHARS))
        cut = cut if cut > MAX_ARTICLE_CHARS // 2 else MAX_ARTICLE_CHARS
        batch.problems.append(f"{where}: article {article_id!r} has {len(text):,} characters; only the first "
                              f"{cut:,} are read (the limit is {MAX_ARTICLE_CHARS:,})")
        text = text[:cut]
    country, zone = _outlet_place(outlet or {}, where, batch)
    batch.articles.append(Article(id=article_id, text=text, published=published, title=title, url=url, origin=where,
                                  country=country, timezone=zone))


def _outlet_place(record: dict, where: str, batch: Batch) -> tuple[str | None, str | None]:
    """The outlet's optional `country` (ISO alpha-2) and `timezone` (IANA): clock times with no
    place named are read in that zone. A value that is not one is reported and ignored."""
    country, zone = record.get("country"), record.get("timezone")
    if country is not None and not (isinstance(country, str) and len(country) == 2 and country.isascii()
                                    and country.isalpha()):
        batch.problems.append(f"{where}: 'country' should be a two-letter ISO code, found {country!r}; ignored")
        country = None
    if zone is not None and not _is_zone(zone):
        batch.problems.append(f"{where}: 'timezone' should be an IANA zone such as Africa/Tunis; ignored")
        zone = None
    return (country.upper() if country else None), zone


def _is_zone(value) -> bool:
    if not isinstance(value, str) or not value.strip():
        return False
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _instant(value: date | datetime) -> float:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).timestamp()
    return datetime.combine(value, time(0), tzinfo=timezone.utc).timestamp()


def unique(articles: list[Article], problems: list[str]) -> list[Article]:
    """One article per id and one per text, chosen whatever the order the files were read in."""
    digests = {id(a): hashlib.sha256(a.text.encode("utf-8")).hexdigest() for a in articles}
    by_id: dict[str, Article] = {}
    for article in articles:
        kept = by_id.get(article.id)
        if kept is None:
            by_id[article.id] = article
            continue
        if (_instant(article.published), digests[id(article)]) > (_instant(kept.published), digests[id(kept)]):
            kept, article = article, kept
            by_id[kept.id] = kept
        which = "the same text" if digests[id(kept)] == digests[id(article)] else "the later version is kept"
        problems.append(Notice(f"{article.origin}: article {article.id!r} is also at {kept.origin} ({which}); read once"))
    by_text: dict[str, Article] = {}
    for article in by_id.values():
        digest = digests[id(article)]
        kept = by_text.get(digest)
        if kept is None:
            by_text[digest] = article
            continue
        if article.id < kept.id:
            kept, article = article, kept
            by_text[digest] = kept
        problems.append(Notice(f"{article.origin}: article {article.id!r} has the same text as {kept.id!r} "
                               f"({kept.origin}); read once"))
    chosen = {id(a) for a in by_text.values()}
    return [a for a in articles if id(a) in chosen]
