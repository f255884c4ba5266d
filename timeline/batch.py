"""Extraction over many articles, in this process or in a pool of processes (`extract --jobs N`).

Results come back in the articles' order whatever the number of processes, so the output of
`timeline extract` does not depend on --jobs. A worker sends back only the finished JSON line
(or the error): the article, which the caller already holds, never travels back.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Iterator, Sequence

from .engine import extract_article
from .model import Article

CHUNK = 16  # articles per task: large enough to amortise pickling, small enough to balance two cores


@dataclass(frozen=True)
class Extracted:
    article: Article
    line: str | None  # the JSON record {"id", "published", "mentions"} on one line; None when extraction failed
    error: str | None = None


def default_jobs() -> int:
    """The CPUs this process may run on (what `extract --jobs` uses unless told)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _line(article: Article) -> tuple[str | None, str | None]:
    try:
        mentions = [m.to_record() for m in extract_article(article)]
    except Exception as error:  # one bad article must not sink the batch; the caller says which one
        return None, " ".join(str(error).split()) or type(error).__name__
    record = {"id": article.id, "published": article.published.isoformat(), "mentions": mentions}
    return json.dumps(record, ensure_ascii=False), None


def extract_record(article: Article) -> Extracted:
    return Extracted(article, *_line(article))


def extract_records(articles: Sequence[Article], jobs: int = 1) -> Iterator[Extracted]:
    """Each article's mention record, in order; `jobs` > 1 spreads the work over that many processes
    (a batch too small to share stays in this one)."""
    if jobs <= 1 or len(articles) < 2 * CHUNK:
        yield from map(extract_record, articles)
        return
    # compile the rules here first: forked workers inherit them instead of each compiling its own
    first = extract_record(articles[0])
    yield first
    import gc
    from concurrent.futures import ProcessPoolExecutor

    gc.freeze()  # what the workers inherit stays shared: the collector does not touch (and copy) its pages
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for article, result in zip(articles[1:], pool.map(_line, articles[1:], chunksize=CHUNK)):
            yield Extracted(article, *result)


__all__ = ["Extracted", "default_jobs", "extract_record", "extract_records"]
