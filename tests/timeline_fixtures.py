"""Shared helpers for the events, feed, page, browser and build tests."""
from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from timeline.model import Article, Mention

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXAMPLES = ROOT / "examples"
EXAMPLE_SITE = EXAMPLES / "seed-site"  # `make examples` builds the seed here
JS = ROOT / "tests" / "js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require(present: bool, what: str) -> None:
    """Skip on a developer's machine that lacks a tool; in CI a missing tool is a failure, never a skip."""
    if present:
        return
    message = f"{what} is missing: run scripts/install-test-deps.sh (make test does)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message)
    pytest.skip(message)


def require_node_package(name: str) -> Path:
    require(shutil.which("node") is not None, "node")
    path = JS / "node_modules" / name
    require(path.is_dir(), f"npm package {name} (tests/js/node_modules)")
    return path


def require_chromium() -> None:
    require(Path(CHROMIUM).exists(), "Debian's chromium (/usr/bin/chromium)")


def mention(text: str, source: str, typ: str, value: str, span=None, grain=None, mod=None, field="text", nth=0, approximate=False) -> Mention:
    """A hand-built mention of `text` (its `nth` occurrence) in `source`."""
    start = -1
    for _ in range(nth + 1):
        start = source.index(text, start + 1)
    return Mention(text, start, start + len(text), typ, value, mod, span, grain, approximate, field)


def month(year: int, month_: int) -> tuple[date, date]:
    from calendar import monthrange

    return date(year, month_, 1), date(year, month_, monthrange(year, month_)[1])


def article(text: str, id: str = "a1", title: str = "", url: str | None = "https://example.org/a1", published=date(2022, 3, 9)) -> Article:
    return Article(id=id, text=text, published=published, title=title, url=url)


def seed_article() -> Article:
    from timeline.sources import read_articles

    batch = read_articles([SEEDS / "rabat-coalition.txt"])
    assert not batch.problems, batch.problems
    return batch.articles[0]
