"""Throughput and memory of timeline.extract beside dateparser's search_dates.

Each side runs in its own fresh process, one after the other, so neither
inherits the other's imports, caches or peak memory, and they do not compete
for a CPU. See README.md in this folder for what the figures mean.

    .venv/bin/python benchmarks/bench_dateparser.py [CORPUS] [--limit N] [--peer-limit N]

Without CORPUS it reads the shared news corpus beside the checkout
(../shared/corpus/news_ar.jsonl) when it exists, else the repository's own
sample (samples/news_sample.jsonl), and prints which one it used.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO_ROOT / ".." / "shared" / "corpus" / "news_ar.jsonl"  # optional: not in the repository
SAMPLE_CORPUS = REPO_ROOT / "samples" / "news_sample.jsonl"


def default_corpus() -> tuple[Path, str]:
    """The shared 1,361-article corpus when the checkout sits beside it, else the repository's sample."""
    if SHARED_CORPUS.is_file():
        return SHARED_CORPUS, "the shared news corpus beside the checkout"
    return SAMPLE_CORPUS, "the repository's sample corpus (../shared/corpus/news_ar.jsonl not found)"

# Lets the script run from a checkout that was not pip-installed; spawned
# workers inherit sys.path from this process.
sys.path.insert(0, str(REPO_ROOT))


@dataclass(frozen=True)
class SideResult:
    name: str
    articles: int
    text_bytes: int  # UTF-8 bytes of the article bodies this side processed
    seconds: float
    mentions: int
    rss_after_warmup_mb: float  # interpreter + library + corpus, before the timed run
    peak_rss_mb: float  # whole worker process, over its lifetime
    tracemalloc_peak_mb: float | None  # peak traced Python allocations during one extra, untimed pass

    @property
    def mb_per_second(self) -> float:
        return self.text_bytes / 1e6 / self.seconds


def load_articles(path: Path, limit: int | None) -> list[tuple[str, datetime | date]]:
    articles = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(articles) >= limit:
                break
            record = json.loads(line)
            published = record["published"]
            parsed = date.fromisoformat(published) if len(published) == 10 else datetime.fromisoformat(published)
            articles.append((record["text"], parsed))
    return articles


def naive_datetime(published: datetime | date) -> datetime:
    """dateparser's RELATIVE_BASE wants a naive datetime: keep the local wall time."""
    if isinstance(published, datetime):
        return published.replace(tzinfo=None)
    return datetime(published.year, published.month, published.day)


def make_timeline_runner():
    import timeline

    def run(text: str, published: datetime | date) -> int:
        return len(timeline.extract(text, published))

    return run


def make_dateparser_runner():
    from dateparser.search import search_dates

    def run(text: str, published: datetime | date) -> int:
        found = search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": naive_datetime(published)})
        return len(found or ())

    return run


RUNNERS = {"timeline": make_timeline_runner, "dateparser": make_dateparser_runner}


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def measure(name: str, corpus: Path, limit: int | None, trace: bool) -> SideResult:
    """Runs inside a fresh worker process."""
    articles = load_articles(corpus, limit)
    run = RUNNERS[name]()
    run(*articles[0])  # warm-up: lazy imports, compiled patterns, dateparser's language data
    rss_after_warmup = rss_mb()

    mentions = 0
    started = time.perf_counter()
    for text, published in articles:
        mentions += run(text, published)
    seconds = time.perf_counter() - started
    peak_rss = rss_mb()

    # A separate pass: tracing slows allocation-heavy code, so it must not touch the timing.
    traced_peak = None
    if trace:
        tracemalloc.start()
        for text, published in articles:
            run(text, published)
        traced_peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()

    return SideResult(
        name=name,
        articles=len(articles),
        text_bytes=sum(len(text.encode("utf-8")) for text, _ in articles),
        seconds=seconds,
        mentions=mentions,
        rss_after_warmup_mb=rss_after_warmup,
        peak_rss_mb=peak_rss,
        tracemalloc_peak_mb=traced_peak,
    )


def measure_in_fresh_process(name: str, corpus: Path, limit: int | None, trace: bool) -> SideResult:
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(measure, name, corpus, limit, trace).result()


def measure_cli(corpus: Path, limit: int | None, jobs: int | None, repeat: int = 3) -> tuple[float, float, int]:
    """Wall time of the whole `timeline extract` process (interpreter start, imports, reading JSONL,
    compiling the rules, extraction, writing records) on the corpus (its first `limit` lines), the best
    of `repeat` fresh processes; the CPU time (user + system, all its processes) of that run; and the
    bytes of article text it read."""
    source = corpus
    with tempfile.TemporaryDirectory() as folder:
        if limit is not None:
            source = Path(folder) / "limited.jsonl"
            with open(corpus, encoding="utf-8") as lines, open(source, "w", encoding="utf-8") as out:
                out.writelines(line for _, line in zip(range(limit), lines))
        text_bytes = sum(len(text.encode("utf-8")) for text, _ in load_articles(source, None))
        command = [sys.executable, "-m", "timeline.cli", "extract", str(source), "-o", str(Path(folder) / "out.jsonl"),
                   *(["--jobs", str(jobs)] if jobs is not None else [])]  # None: the command's default
        best, best_cpu = float("inf"), float("nan")
        for _ in range(repeat):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(command, check=False, capture_output=True)
            seconds = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if seconds < best:
                best = seconds
                best_cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        return best, best_cpu, text_bytes


def format_results(results: list[SideResult]) -> str:
    header = f"{'side':<11} {'articles':>8} {'MB':>7} {'seconds':>8} {'MB/s':>7} {'found':>6} {'RSS warm':>9} {'RSS peak':>9} {'traced':>7}"
    lines = [header]
    for r in results:
        traced = f"{r.tracemalloc_peak_mb:7.1f}" if r.tracemalloc_peak_mb is not None else f"{'-':>7}"
        lines.append(
            f"{r.name:<11} {r.articles:>8} {r.text_bytes / 1e6:>7.3f} {r.seconds:>8.2f} {r.mb_per_second:>7.3f}"
            f" {r.mentions:>6} {r.rss_after_warmup_mb:>9.1f} {r.peak_rss_mb:>9.1f} {traced}"
        )
    ours, peer = results
    same = " on the same articles" if ours.articles == peer.articles else f" ({ours.articles} vs {peer.articles} articles)"
    lines.append(f"timeline / dateparser throughput: {ours.mb_per_second / peer.mb_per_second:.1f}x{same}")
    lines.append("MB: UTF-8 bytes of the article bodies. Memory in MB: RSS warm / RSS peak = the worker's ru_maxrss")
    lines.append("(resource.getrusage) before / after the timed run; traced = tracemalloc peak during an extra untimed pass.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpus", nargs="?", type=Path, default=None,
        help="JSONL with id, published, text (default: ../shared/corpus/news_ar.jsonl if present, else samples/news_sample.jsonl)",
    )
    parser.add_argument("--limit", type=int, default=None, help="first N articles for timeline (default: all)")
    parser.add_argument(
        "--peer-limit", type=int, default=None,
        help="first N articles for dateparser (default: the same as --limit)",
    )
    parser.add_argument("--no-tracemalloc", action="store_true", help="skip the extra traced pass on each side")
    args = parser.parse_args(argv)

    peer_limit = args.peer_limit if args.peer_limit is not None else args.limit
    trace = not args.no_tracemalloc
    if args.corpus is None:
        args.corpus, why = default_corpus()
    else:
        why = "given on the command line"
    print(f"corpus: {args.corpus.resolve()} ({why})", flush=True)
    results = [
        measure_in_fresh_process("timeline", args.corpus, args.limit, trace),
        measure_in_fresh_process("dateparser", args.corpus, peer_limit, trace),
    ]
    print(format_results(results))
    peer = results[1]
    from timeline.batch import default_jobs

    for jobs in (1, None):
        seconds, cpu, text_bytes = measure_cli(args.corpus, args.limit, jobs)
        rate = text_bytes / 1e6 / seconds
        same = "" if text_bytes == peer.text_bytes else " (per MB: the article sets differ)"
        how = f"--jobs {jobs}" if jobs is not None else f"(default: --jobs {default_jobs()}, one per CPU)"
        print(f"whole `timeline extract` {how} process (best of 3): {seconds:.2f} s (CPU {cpu:.2f} s), "
              f"{rate:.3f} MB/s, {rate / peer.mb_per_second:.1f}x dateparser's library loop ({peer.seconds:.2f} s){same}")


if __name__ == "__main__":
    main()
