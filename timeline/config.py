"""timeline.toml -> build settings. Flags override the file; a bad file is one line naming it and the key.

The file (written by `timeline init`, see EXAMPLE):

    [site]      title, description, base_url, timezone, months, out
    [archive]   path
    [feeds]     calendar, upcoming, categories (which to write), max_span, since, until
    [[sources]] location, and optionally name, country, timezone   (or plain strings in `sources = [...]`)

Relative paths (sources, out, archive) are read from the folder of the file, so a cron job can run
`timeline build --config /srv/news/timeline.toml` from anywhere.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CONFIG_NAME = "timeline.toml"
FEED_KINDS = ("calendar", "upcoming", "categories")
MONTH_SYSTEMS = ("maghreb", "levant", "egypt", "algeria")


class ConfigError(ValueError):
    """One line for the user: `FILE: KEY: what is wrong` (or `FILE:LINE: …` for a TOML syntax error)."""

    def __init__(self, path: str | Path, key: str | None, message: str):
        self.path, self.key = str(path), key
        super().__init__(f"{path}: {key}: {message}" if key else f"{path}: {message}")


@dataclass(frozen=True)
class SourceEntry:
    """One `[[sources]]` entry: a path (resolved from the config's folder) or an http(s) URL."""

    location: str
    name: str | None = None
    country: str | None = None
    timezone: str | None = None

    def spec(self):
        """The sources package's SourceSpec when it is there; else the plain location."""
        try:
            from .sources import SourceSpec  # type: ignore[attr-defined]
        except ImportError:
            return self.location
        return SourceSpec(location=self.location, name=self.name, country=self.country, timezone=self.timezone)


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    title: str | None = None
    description: str | None = None
    base_url: str | None = None
    timezone: str | None = None
    months: str | None = None
    out: Path | None = None
    archive: Path | None = None
    sources: tuple[SourceEntry, ...] = ()
    feeds: tuple[str, ...] = FEED_KINDS
    max_span: int | None = None
    since: date | None = None
    until: date | None = None


# key -> (type check, what it must be)
_SCHEMA: dict[str, dict[str, str]] = {
    "site": {"title": "str", "description": "str", "base_url": "url", "timezone": "zone", "months": "months",
             "out": "path"},
    "archive": {"path": "path"},
    "feeds": {"calendar": "bool", "upcoming": "bool", "categories": "bool", "max_span": "days", "since": "day",
              "until": "day"},
}
_SOURCE_KEYS = {"location": "location", "name": "str", "country": "country", "timezone": "zone"}
_TOP = set(_SCHEMA) | {"sources"}


def load_config(path: str | Path) -> Config:
    """Read and check a timeline.toml. Raises ConfigError naming the file and the key."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(path, None, "no such file (write one with `timeline init`)") from None
    except IsADirectoryError:
        raise ConfigError(path, None, "is a folder, not a timeline.toml") from None
    except OSError as error:
        raise ConfigError(path, None, f"cannot read: {error.strerror or error}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError(path, None, "is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        line = re.search(r"\(at line (\d+), column \d+\)", message)
        text = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        if line:
            raise ConfigError(f"{path}:{line.group(1)}", None, f"invalid TOML: {text}") from None
        raise ConfigError(path, None, f"invalid TOML: {text}") from None
    return parse_config(data, path)


def parse_config(data: dict[str, Any], path: str | Path = CONFIG_NAME) -> Config:
    path = Path(path)
    home = path.absolute().parent
    for key in data:
        if key not in _TOP:
            raise ConfigError(path, key, f"unknown key; the file has {', '.join(sorted(f'[{k}]' for k in _SCHEMA))} "
                                         f"and [[sources]]")
    values: dict[str, Any] = {}
    for table, keys in _SCHEMA.items():
        section = data.get(table, {})
        if not isinstance(section, dict):
            raise ConfigError(path, table, f"must be a table ([{table}])")
        for key, value in section.items():
            if key not in keys:
                raise ConfigError(path, f"{table}.{key}", f"unknown key; [{table}] takes {', '.join(keys)}")
            values[f"{table}.{key}"] = _check(path, f"{table}.{key}", keys[key], value, home)
    feeds = tuple(kind for kind in FEED_KINDS if values.get(f"feeds.{kind}", True))
    since, until = values.get("feeds.since"), values.get("feeds.until")
    if since and until and until < since:
        raise ConfigError(path, "feeds.until", f"{until.isoformat()} is before feeds.since {since.isoformat()}")
    return Config(
        path=path,
        title=values.get("site.title"),
        description=values.get("site.description"),
        base_url=values.get("site.base_url"),
        timezone=values.get("site.timezone"),
        months=values.get("site.months"),
        out=values.get("site.out"),
        archive=values.get("archive.path"),
        sources=_sources(path, data.get("sources", []), home),
        feeds=feeds,
        max_span=values.get("feeds.max_span"),
        since=since,
        until=until,
    )


def _sources(path: Path, entries: Any, home: Path) -> tuple[SourceEntry, ...]:
    if not isinstance(entries, list):
        raise ConfigError(path, "sources", "must be a list of paths or URLs, or [[sources]] tables")
    sources = []
    for number, entry in enumerate(entries, 1):
        key = f"sources[{number}]"
        if isinstance(entry, str):
            entry = {"location": entry}
        if not isinstance(entry, dict):
            raise ConfigError(path, key, "must be a path or URL, or a table with location = \"…\"")
        if "location" not in entry:
            raise ConfigError(path, f"{key}.location", "missing: the path or URL to read")
        checked = {}
        for name, value in entry.items():
            if name not in _SOURCE_KEYS:
                raise ConfigError(path, f"{key}.{name}", f"unknown key; a source takes {', '.join(_SOURCE_KEYS)}")
            checked[name] = _check(path, f"{key}.{name}", _SOURCE_KEYS[name], value, home)
        sources.append(SourceEntry(**checked))
    return tuple(sources)


def _check(path: Path, key: str, kind: str, value: Any, home: Path) -> Any:
    def fail(message: str):
        raise ConfigError(path, key, message)

    if kind == "bool":
        if not isinstance(value, bool):
            fail(f"must be true or false, not {value!r}")
        return value
    if kind == "days":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            fail(f"must be a whole number of days (1 or more), not {value!r}")
        return value
    if kind == "day":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return parse_day(value)
            except ValueError as error:
                fail(str(error))
        fail(f"must be a date such as 2022-01-01 (or \"today\", \"today-30\"), not {value!r}")
    if not isinstance(value, str):
        fail(f"must be a string, not {value!r}")
    value = value.strip()
    if kind in ("str", "country"):
        if not value:
            fail("is empty")
        if kind == "country" and not re.fullmatch(r"[A-Za-z]{2}", value):
            fail(f"{value!r} is not a two-letter ISO 3166 country code such as MA")
        return value.upper() if kind == "country" else value
    if kind == "url":
        if not re.match(r"https?://[^\s/]", value, re.IGNORECASE) or any(c.isspace() for c in value):
            fail(f"{value!r} is not an absolute http(s) URL such as https://news.example/timeline/")
        return value
    if kind == "zone":
        if value.upper() == "UTC":
            return "UTC"
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            fail(f"unknown time zone {value!r} (use an IANA name such as Africa/Casablanca)")
        return value
    if kind == "months":
        if value not in MONTH_SYSTEMS:
            fail(f"unknown month system {value!r}; choose one of {', '.join(MONTH_SYSTEMS)}")
        return value
    if kind == "path":
        if not value:
            fail("is empty")
        return Path(os.path.normpath(home / Path(value).expanduser()))  # an absolute path stays as written
    if kind == "location":
        if not value:
            fail("is empty")
        if re.match(r"[a-z][a-z0-9+.-]*://", value, re.IGNORECASE):
            return value  # a URL (http, https, file) is read as written
        return str(_check(path, key, "path", value, home))
    raise AssertionError(kind)  # pragma: no cover


_RELATIVE_DAY = re.compile(r"today\s*(?:([+-])\s*(\d{1,5})\s*d?)?", re.IGNORECASE)


def parse_day(text: str, today: date | None = None) -> date:
    """A window end: an ISO date (2022-01-01), `today`, or `today-30` / `today+90` (days).
    Raises ValueError with a line for the user."""
    value = text.strip()
    match = _RELATIVE_DAY.fullmatch(value)
    if match:
        base = today or date.today()
        if not match.group(1):
            return base
        days = int(match.group(2))
        return base + timedelta(days=days if match.group(1) == "+" else -days)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{text!r} is not a date such as 2022-01-01, today or today-30") from None


@dataclass(frozen=True)
class BuildSettings:
    """What `timeline build` runs with: the config file's values with the flags laid over them."""

    sources: list = field(default_factory=list)
    out: Path | None = None
    db: Path | None = None
    options: dict = field(default_factory=dict)  # keyword arguments of site.build
    config: Config | None = None


def find_config(config: str | Path | None, have_sources: bool, cwd: Path | None = None) -> Path | None:
    """The config file a build reads: --config if given; else ./timeline.toml when no SOURCE is given."""
    if config is not None:
        return Path(config)
    if have_sources:
        return None
    candidate = cwd / CONFIG_NAME if cwd is not None else Path(CONFIG_NAME)  # named as the user would
    return candidate if candidate.is_file() else None


def build_settings(
    sources: list[str] | None = None,
    *,
    config: str | Path | None = None,
    out: Path | None = None,
    db: Path | None = None,
    tz: str | None = None,
    months: str | None = None,
    base_url: str | None = None,
    max_span: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> BuildSettings:
    """Lay the flags over the config file (read when --config is given, or ./timeline.toml when no SOURCE
    is). SOURCE arguments replace the file's sources. Raises ConfigError for a bad file."""
    path = find_config(config, bool(sources))
    loaded = load_config(path) if path is not None else Config()
    if since is not None or until is not None:
        merged_since = since if since is not None else loaded.since
        merged_until = until if until is not None else loaded.until
        loaded = replace(loaded, since=merged_since, until=merged_until)
    options: dict[str, Any] = {
        "tz": tz or loaded.timezone,
        "months": months or loaded.months,
        "base_url": base_url or loaded.base_url,
        "max_span": max_span if max_span is not None else (loaded.max_span or 31),
        "since": loaded.since,
        "until": loaded.until,
        "feeds": loaded.feeds,
    }
    if loaded.title:
        options["title"] = loaded.title
    if loaded.description:
        options["description"] = loaded.description
    chosen = list(sources) if sources else [entry.spec() for entry in loaded.sources]
    return BuildSettings(sources=chosen, out=out or loaded.out, db=db or loaded.archive, options=options,
                         config=loaded if path is not None else None)


EXAMPLE = """\
# timeline.toml: what `timeline build` (with no SOURCE) and `timeline add` read.
# Flags given on the command line override these values. Relative paths are read from this
# file's folder. Remove a line to get the default written after it.

[site]
title = "الخط الزمني للأخبار"                  # the page's title and the feeds' names
description = "أحداث مستخرجة من الأخبار، مرتبة زمنيا"
# base_url = "https://news.example/timeline/"  # where the output is published: absolute feed and webcal:// links
# timezone = "Africa/Casablanca"               # clock times without a place's zone (IANA); default the sources' or UTC
# months = "maghreb"                           # maghreb | levant | egypt | algeria; default the articles' own
out = "site"                                   # the folder written (the site a web server publishes)

[archive]
path = "timeline.db"                           # the SQLite archive `timeline add` fills and `build` reads

[feeds]
calendar = true                                # calendar.ics: every event of at most max_span days
upcoming = true                                # upcoming.ics: events announced ahead of time (subscribe to this one)
categories = true                              # feeds/CATEGORY.ics, one per category, listed in feeds/index.json
max_span = 31                                  # longest event (days) a feed holds
# since = 2022-01-01                           # feeds hold events that end on or after this day ("today-30" works too)
# until = 2030-12-31                           # ... and start on or before this one

# One [[sources]] table per source: a folder or file of articles (.txt + .meta.json, .jsonl),
# an RSS/Atom feed or an article page, as a path or an http(s) URL. name, country (ISO code)
# and timezone (IANA) are optional and say who publishes it.
[[sources]]
location = "articles/"

# [[sources]]
# location = "https://www.example.ma/feed/"
# name = "Example News"
# country = "MA"
# timezone = "Africa/Casablanca"
"""


def write_example(path: str | Path | None = None, *, force: bool = False) -> Path:
    """Write the commented example config. A folder gets timeline.toml inside it. Raises FileExistsError
    rather than overwrite an existing file unless `force`."""
    target = Path(path) if path is not None else Path(CONFIG_NAME)
    if target.is_dir():
        target = target / CONFIG_NAME
    if target.exists() and not force:
        raise FileExistsError(f"{target} already exists; give --force to overwrite it")
    if not target.absolute().parent.is_dir():
        raise FileNotFoundError(f"{target.parent} does not exist")
    from .atomic import write_atomic

    write_atomic(target, EXAMPLE.encode("utf-8"))
    return target
