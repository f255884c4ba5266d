"""The archive: an embedded SQLite database of every article read, and of its extracted mentions.

- Tables: `articles` (id, url, canonical url, source feed, source name, published, title, text,
  content hash, state, first seen, last seen, country, timezone, origin), `mentions` (an article's
  mention records, keyed by the engine version and the article's state), `validators` (the ETag /
  Last-Modified of each feed URL, for conditional GET) and `meta` (the schema version).
- One article is stored once: an incoming article is matched by canonical URL, then by id, then by
  content hash (sha-256 of the text); `add()` counts it new, updated (its text, title, date or
  outlet changed) or unchanged.
- Mentions depend on the text, the title and the publication date, and on the engine: ENGINE_VERSION
  is the package version plus a hash of the lexicon tables and of the engine modules' source, so
  an upgrade (or an edited table) re-extracts everything once; otherwise only new and changed
  articles are extracted.
- Concurrency: WAL mode (readers never block the writer), a busy timeout, and every write in one
  `BEGIN IMMEDIATE` transaction, so two processes adding at once wait for each other and neither
  sees the other's half-written batch.
"""
from __future__ import annotations

import functools
import hashlib
import json
import pickle
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .engine import extract_article
from .model import Article, Mention
from .sources import Batch, SourceSpec, parse_published, read_sources

DEFAULT_DB = "timeline.db"
SCHEMA_VERSION = "1"
BUSY_TIMEOUT_MS = 120_000
ENGINE_MODULES = ("engine", "year_context", "day_anchors", "clock_days", "joined_mentions", "normalize", "scan",
                  "rules", "match", "sentence_bounds", "tense", "partial", "resolve", "resolved", "named_days",
                  "relative_units", "calendar_math", "terms", "model")
SAVE_EVERY = 200  # mentions written per transaction while extracting

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    canonical_url TEXT,
    source_feed TEXT,
    source_name TEXT,
    published TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    state TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    country TEXT,
    timezone TEXT,
    origin TEXT
);
CREATE INDEX IF NOT EXISTS articles_canonical ON articles (canonical_url);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL,
    engine TEXT NOT NULL,
    state TEXT NOT NULL,
    records TEXT NOT NULL,
    extracted TEXT NOT NULL,
    PRIMARY KEY (article_id, engine)
);
CREATE TABLE IF NOT EXISTS drafts (
    article_id TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    state TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    checked TEXT NOT NULL
);
"""


@functools.lru_cache(maxsize=1)
def engine_version() -> str:
    """"0.1.0+1a2b3c4d5e6f": the package version and a hash of what the mentions depend on."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("timeline")
    except PackageNotFoundError:
        number = "0"
    here = Path(__file__).parent
    digest = hashlib.sha256()
    files = sorted((here / "lexicon").glob("*.tsv"))
    for name in ENGINE_MODULES:  # a package (rules/): each of its modules
        package = here / name
        files += sorted(package.glob("*.py")) if package.is_dir() else [here / f"{name}.py"]
    for path in files:
        digest.update(path.name.encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"-")
    return f"{number}+{digest.hexdigest()[:12]}"


@functools.lru_cache(maxsize=1)
def events_version() -> str:
    """What an article's event drafts depend on besides the article: the engine, and the events
    layer's code and tables (lexicon/*.tsv are in the engine version already)."""
    digest = hashlib.sha256(engine_version().encode())
    events = Path(__file__).parent / "events"
    for path in sorted(events.rglob("*.py")):  # its subpackages too: detect/, titles/, places/
        digest.update(path.relative_to(events).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class DraftCache:
    """An article's event drafts (is it an event, title, place …), kept in the archive so that a
    rebuild with nothing new redoes only the merge and the rendering. Written in one transaction
    by flush(). The archive is the user's own file: its pickles are read back as trusted data."""

    def __init__(self, archive: "Archive"):
        self.archive = archive
        self.version = events_version()
        self.stored = {row["article_id"]: (row["state"], row["data"]) for row in archive.db.execute(
            "SELECT article_id, state, data FROM drafts WHERE version = ?", (self.version,))}
        self.pending: list[tuple] = []
        self.hits = 0

    @staticmethod
    def state(article: Article) -> str:
        return _sha(article_state(article) + "\0" + (article.url or "") + "\0" + article.id)

    def get(self, article: Article):
        hit = self.stored.get(article.id)
        if hit is None or hit[0] != self.state(article):
            return None
        try:
            drafts = pickle.loads(hit[1])
        except Exception:  # a cache from another build of the code: make it again
            return None
        self.hits += 1
        return drafts

    def put(self, article: Article, drafts) -> None:
        self.pending.append((article.id, self.version, self.state(article),
                             pickle.dumps(drafts, protocol=pickle.HIGHEST_PROTOCOL)))

    def flush(self) -> None:
        if not self.pending:
            return
        with self.archive._writing() as db:
            db.executemany("INSERT OR REPLACE INTO drafts (article_id, version, state, data) VALUES (?, ?, ?, ?)",
                           self.pending)
            db.execute("DELETE FROM drafts WHERE version != ?", (self.version,))
        self.pending = []


@dataclass
class AddResult:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    total: int = 0  # articles in the archive after the add
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged; {self.total} articles in the archive"


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _published(value: date | datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def article_state(article: Article) -> str:
    """Changes when anything the mentions or the page depend on changes."""
    return _sha("\0".join((_published(article.published), article.title or "", article.text,
                           article.country or "", article.timezone or "")))


def extraction_state(article: Article) -> str:
    """What the extracted mentions depend on: the text, the title, the publication day."""
    day = article.published_date.isoformat() if article.published_date else ""
    return _sha("\0".join((day, article.title or "", article.text)))


class Archive:
    """One SQLite archive. Use as a context manager, or call close()."""

    def __init__(self, path: str | Path = DEFAULT_DB):
        self.path = Path(path)
        if self.path.exists() and self.path.is_dir():
            raise ValueError(f"{self.path} is a folder, not an archive file")
        if not self.path.absolute().parent.is_dir():
            raise ValueError(f"{self.path.parent} does not exist")
        try:
            self.db = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                      check_same_thread=False)
        except sqlite3.Error as error:
            raise ValueError(f"{self.path}: cannot open the archive ({error})") from None
        try:
            self._open()
        except sqlite3.DatabaseError as error:
            self.db.close()
            if "not a database" in str(error) or "malformed" in str(error):
                raise ValueError(f"{self.path} is not a timeline archive (SQLite: {error})") from None
            raise ValueError(f"{self.path}: cannot open the archive ({error})") from None

    def _open(self) -> None:
        self.db.row_factory = sqlite3.Row
        self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = self._journal_wal()
        if str(mode).lower() != "wal":  # pragma: no cover - a file system without shared memory
            self.db.execute("PRAGMA journal_mode = DELETE")
        self.db.execute("PRAGMA synchronous = NORMAL")
        with self._writing():
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self.db.execute(statement)
            self.db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))

    def _journal_wal(self) -> str:
        """Switch to WAL. Two processes opening a new archive at once may both try; SQLite then answers
        «database is locked» at once, without waiting on the busy timeout: wait and try again."""
        import time

        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        pause = 0.01
        while True:
            try:
                return self.db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.5)

    # -- plumbing

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    class _Transaction:
        def __init__(self, db: sqlite3.Connection):
            self.db = db

        def __enter__(self):
            self.db.execute("BEGIN IMMEDIATE")  # takes the write lock now; another writer waits (busy timeout)
            return self.db

        def __exit__(self, kind, value, trace):
            self.db.execute("COMMIT" if kind is None else "ROLLBACK")

    def _writing(self) -> "Archive._Transaction":
        return Archive._Transaction(self.db)

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    # -- what the readers ask

    def knows(self, url: str) -> bool:
        """Is a page at this URL (fetched or canonical) already archived?"""
        return self.db.execute("SELECT 1 FROM articles WHERE url = ? OR canonical_url = ? LIMIT 1",
                               (url, url)).fetchone() is not None

    def validators(self, url: str) -> tuple[str | None, str | None] | None:
        row = self.db.execute("SELECT etag, last_modified FROM validators WHERE url = ?", (url,)).fetchone()
        return (row["etag"], row["last_modified"]) if row else None

    # -- adding

    def add_batch(self, batch: Batch) -> AddResult:
        """Store a batch read by read_sources()/read_articles(): new, updated and unchanged counted."""
        result = AddResult(problems=list(batch.problems))
        now = _now()
        with self._writing() as db:
            for article in batch.articles:
                origin = batch.origins.get(article.id, {})
                row, how = self._match(article)
                state = article_state(article)
                if row is None:
                    db.execute(
                        "INSERT INTO articles (id, url, canonical_url, source_feed, source_name, published, title, "
                        "text, content_hash, state, first_seen, last_seen, country, timezone, origin) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (article.id, origin.get("url") or article.url, article.url, origin.get("feed"),
                         origin.get("source"), _published(article.published), article.title or "", article.text,
                         _sha(article.text), state, now, now, article.country, article.timezone, article.origin))
                    result.new += 1
                elif row["state"] == state or how == "text":  # the same text elsewhere: the first copy stays
                    db.execute("UPDATE articles SET last_seen = ?, source_feed = coalesce(source_feed, ?), "
                               "source_name = coalesce(source_name, ?) WHERE id = ?",
                               (now, origin.get("feed"), origin.get("source"), row["id"]))
                    result.unchanged += 1
                else:
                    db.execute(
                        "UPDATE articles SET url = coalesce(url, ?), canonical_url = coalesce(canonical_url, ?), "
                        "source_feed = coalesce(source_feed, ?), source_name = coalesce(source_name, ?), "
                        "published = ?, title = ?, text = ?, content_hash = ?, state = ?, last_seen = ?, "
                        "country = ?, timezone = ?, origin = ? WHERE id = ?",
                        (origin.get("url"), article.url, origin.get("feed"), origin.get("source"),
                         _published(article.published), article.title or "", article.text, _sha(article.text),
                         state, now, article.country, article.timezone, article.origin, row["id"]))
                    result.updated += 1
            for url in batch.known:
                db.execute("UPDATE articles SET last_seen = ? WHERE url = ? OR canonical_url = ?", (now, url, url))
                result.unchanged += 1
            for url, (etag, modified) in batch.validators.items():
                db.execute("INSERT OR REPLACE INTO validators (url, etag, last_modified, checked) VALUES (?, ?, ?, ?)",
                           (url, etag, modified, now))
        result.total = len(self)
        return result

    def _match(self, article: Article) -> tuple[sqlite3.Row | None, str]:
        """The stored row of this article and how it was found: same canonical URL ("url"), else
        same id ("id"), else same text ("text")."""
        if article.url:
            row = self.db.execute("SELECT id, state FROM articles WHERE canonical_url = ? ORDER BY id LIMIT 1",
                                  (article.url,)).fetchone()
            if row is not None:
                return row, "url"
        row = self.db.execute("SELECT id, state FROM articles WHERE id = ?", (article.id,)).fetchone()
        if row is not None:
            return row, "id"
        row = self.db.execute("SELECT id, state FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
                              (_sha(article.text),)).fetchone()
        return row, "text"

    # -- reading back

    def articles(self) -> list[Article]:
        """Every archived article, in id order."""
        found = []
        for row in self.db.execute("SELECT id, url, canonical_url, published, title, text, country, timezone, "
                                   "origin FROM articles ORDER BY id"):
            found.append(Article(id=row["id"], text=row["text"], published=parse_published(row["published"]),
                                 title=row["title"], url=row["canonical_url"] or row["url"],
                                 origin=row["origin"] or row["url"] or row["id"], country=row["country"],
                                 timezone=row["timezone"]))
        return found

    def extract(self, articles: Sequence[Article], problems: list[str],
                progress: Callable[[int, int], None] | None = None,
                extract: Callable[[Article], list[Mention]] | None = None) -> tuple[list[tuple[Article, list[Mention]]], int]:
        """(article, mentions) for each article, and how many had to be extracted: the others come
        from the archive, extracted before by this engine version from the same text."""
        extract = extract or extract_article
        engine = engine_version()
        cached = {row["article_id"]: (row["state"], row["records"]) for row in
                  self.db.execute("SELECT article_id, state, records FROM mentions WHERE engine = ?", (engine,))}
        items, pending, extracted = [], [], 0
        for done, article in enumerate(articles, 1):
            state = extraction_state(article)
            hit = cached.get(article.id)
            if hit is not None and hit[0] == state:
                items.append((article, [_mention(record) for record in json.loads(hit[1])]))
            else:
                try:
                    mentions = extract(article)
                except Exception as error:  # one bad article must not sink the batch; say which one
                    problems.append(f"{article.origin or article.id}: could not extract time expressions: {error}")
                    mentions = None
                extracted += 1
                if mentions is not None:
                    items.append((article, mentions))
                    pending.append((article.id, engine, state, json.dumps([_record(m) for m in mentions],
                                                                          ensure_ascii=False), _now()))
                if len(pending) >= SAVE_EVERY:
                    self._save_mentions(pending)
                    pending = []
            if progress:
                progress(done, len(articles))
        self._save_mentions(pending, engine if extracted else None)
        return items, extracted

    def _save_mentions(self, rows: list[tuple], engine: str | None = None) -> None:
        if not rows and engine is None:
            return
        with self._writing() as db:
            db.executemany("INSERT OR REPLACE INTO mentions (article_id, engine, state, records, extracted) "
                           "VALUES (?, ?, ?, ?, ?)", rows)
            if engine is not None:  # an upgrade: the older engines' mentions will not be read again
                db.execute("DELETE FROM mentions WHERE engine != ?", (engine,))
                db.execute("DELETE FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)")


def _record(mention: Mention) -> dict:
    record = mention.to_record()
    record["field"] = mention.field
    record["rule"] = mention.rule
    return record


def _mention(record: dict) -> Mention:
    mention = Mention.from_record(record)
    if record.get("rule"):
        from dataclasses import replace

        mention = replace(mention, rule=record["rule"])
    return mention


def add(sources: Iterable[SourceSpec | str | Path], db: str | Path = DEFAULT_DB,
        published: date | datetime | None = None) -> AddResult:
    """Read the sources (files, folders, JSONL, feeds, pages) into the archive at `db`."""
    with Archive(db) as archive:
        batch = read_sources(list(sources), published=published, archive=archive)
        return archive.add_batch(batch)
