"""Extraction over many articles, in this process or shared with forked processes (`extract --jobs N`).

Results come back in the articles' order whatever the number of processes, so the output of
`timeline extract` does not depend on --jobs. A worker sends back only the finished JSON lines
(or the errors): the articles, which it inherited from the fork, never travel either way.
"""
from __future__ import annotations

import json
import os
from typing import Iterator, NamedTuple, Sequence

from .engine import extract_article
from .model import Article

CHUNK = 16  # a batch under 2 * CHUNK articles stays in this process: forking would cost more than it saves


class Extracted(NamedTuple):  # (made in C; a dataclass takes a millisecond to create at import)
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
    """Each article's mention record, in order; `jobs` > 1 shares the work with jobs - 1 forked
    processes (a batch too small to share stays in this one)."""
    if jobs <= 1 or len(articles) < 2 * CHUNK:
        yield from map(extract_record, articles)
        return
    # compile the rules here first: forked workers inherit them instead of each compiling its own
    first = extract_record(articles[0])
    yield first
    rest = articles[1:]
    if not hasattr(os, "fork"):  # pragma: no cover - not a POSIX system
        yield from _pooled(rest, jobs)
        return
    import gc

    gc.freeze()  # what the workers inherit stays shared: the collector does not touch (and copy) its pages
    shares = _shares(rest, min(jobs, len(rest) // CHUNK))
    results: list[tuple[str | None, str | None] | None] = [None] * len(rest)
    workers: list[tuple[list[int], int, int]] = []  # (share, pid, the reading end of its pipe)
    try:
        for share in shares[1:]:
            worker = _fork([rest[index] for index in share])
            if worker is None:  # no process to be had: this one does the share
                shares[0] += share
            else:
                workers.append((share, *worker))
        for index in shares[0]:  # this process's share, while the workers do theirs
            results[index] = _line(rest[index])
        for share, pid, reading in workers:
            lines = _collect(pid, reading)
            if lines is None or len(lines) != len(share):  # a worker that failed: its share is done here
                lines = [_line(rest[index]) for index in share]
            for index, result in zip(share, lines):
                results[index] = result
    finally:
        for _, pid, reading in workers:  # none left running or unreaped, whatever stopped this process
            _end(pid, reading)
    for article, result in zip(rest, results):
        yield Extracted(article, *result)


def _shares(articles: Sequence[Article], jobs: int) -> list[list[int]]:
    """The articles' indexes dealt to `jobs` processes, each article to the one with the least text so
    far: shares of about the same work even where long and short articles come in runs."""
    shares: list[list[int]] = [[] for _ in range(jobs)]
    sizes = [0] * jobs
    for index, article in enumerate(articles):
        least = sizes.index(min(sizes))
        shares[least].append(index)
        sizes[least] += len(article.text) + len(article.title) + 200  # (+ the cost of an article, however short)
    return shares


def _fork(articles: list[Article]) -> tuple[int, int] | None:
    """A forked process that extracts `articles` and writes their (line, error) pairs, marshalled, to a
    pipe: (its pid, the pipe's reading end), or None when no process could be made. It writes only
    once all are done, so a full pipe that this process reads later never holds up its work."""
    import marshal

    reading, writing = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(reading)
        os.close(writing)
        return None
    if pid == 0:  # the worker: it never returns into the caller's code
        status = 1
        try:
            os.close(reading)
            data = marshal.dumps([_line(article) for article in articles])
            with open(writing, "wb") as out:
                out.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(writing)
    return pid, reading


def _collect(pid: int, reading: int) -> list | None:
    """A worker's (line, error) pairs, or None when it failed."""
    import marshal

    with open(reading, "rb", closefd=False) as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if status != 0:
        return None
    try:
        return marshal.loads(data)
    except (EOFError, ValueError, TypeError):  # pragma: no cover - a worker stopped mid-write
        return None


def _end(pid: int, reading: int) -> None:
    """Close a worker's pipe and reap it (stopping it first if it still runs: its caller gave up)."""
    import signal

    os.close(reading)
    try:
        if os.waitpid(pid, os.WNOHANG) == (0, 0):
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
    except ChildProcessError:  # reaped by _collect
        pass


def _pooled(articles: Sequence[Article], jobs: int) -> Iterator[Extracted]:  # pragma: no cover - not POSIX
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for article, result in zip(articles, pool.map(_line, articles, chunksize=CHUNK)):
            yield Extracted(article, *result)


__all__ = ["Extracted", "default_jobs", "extract_record", "extract_records"]
