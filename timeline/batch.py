"""Extraction over many articles, in this process or in a pool of processes (`extract --jobs N`).

Results come back in the articles' order whatever the number of processes, so the output of
`timeline extract` does not depend on --jobs.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from .engine import extract_article
from .model import Article

CHUNK = 16  # articles per task: large enough to amortise pickling, small enough to balance two cores


@dataclass(frozen=True)
class Extracted:
    article: Article
    record: dict | None  # {"id", "published", "mentions"}; None when extraction failed
    error: str | None = None


def extract_record(article: Article) -> Extracted:
    try:
        mentions = [m.to_record() for m in extract_article(article)]
    except Exception as error:  # one bad article must not sink the batch; the caller says which one
        return Extracted(article, None, " ".join(str(error).split()) or type(error).__name__)
    return Extracted(article, {"id": article.id, "published": article.published.isoformat(), "mentions": mentions})


def extract_records(articles: Sequence[Article], jobs: int = 1) -> Iterator[Extracted]:
    """Each article's mention record, in order; `jobs` > 1 spreads the work over that many processes."""
    if jobs <= 1 or len(articles) < 2 * CHUNK:
        yield from map(extract_record, articles)
        return
    # compile the rules here first: forked workers inherit them instead of each compiling its own
    extract_record(articles[0])
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(extract_record, articles, chunksize=CHUNK)


__all__ = ["Extracted", "extract_record", "extract_records"]
