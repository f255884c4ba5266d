"""A long fuzz of the engine, the events layer and the feed writer, outside the test suite (issue 8).

    nice -n 10 .venv/bin/python scripts/fuzz.py --count 1000000            # a million articles
    .venv/bin/python scripts/fuzz.py --count 20000 --seed 3 --minutes 5     # a short run

Articles are short and generated with the phrase generators of tests/test_properties.py (Arabic time
phrases composed from the lexicon tables, in random Arabic/other context, Arabic-Indic digits, random
publication dates and UTC offsets including the calendar's edges; now and then pure random Unicode).
Every article goes through `extract`; batches of `--batch` articles whose dates a reader accepts go
through `build_events`, `render_ics` and `render_events_json`; every `--shuffle-every`-th batch is built
again in a shuffled order and must give byte-identical outputs. Checked: no exception escapes; every
mention's offsets slice its text to the mention; spans are ordered; the feed parses with icalendar and
every VEVENT has DTSTART; events.json is valid JSON.

Failures are printed (with their input) and appended to --failures (JSONL, one failure a line; a
failing batch is narrowed down to the article that fails alone, when one does). Progress goes to
stdout every --every articles: count, rate, failures so far.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import icalendar  # noqa: E402

from test_properties import (  # noqa: E402
    KNOWN_REVERSED, RandomPick, article_text, check_mentions, published)
from timeline import build_events, extract  # noqa: E402
from timeline.model import Article  # noqa: E402
from timeline.render.dates import DateLabels  # noqa: E402
from timeline.render.ics import render_ics  # noqa: E402
from timeline.render.json import render_events_json  # noqa: E402
from timeline.sources import date_in_range  # noqa: E402

LABELS = DateLabels("egypt")


def random_unicode(rng: random.Random) -> str:
    """Any code point but surrogates (the readers reject those before the engine sees them)."""
    out = []
    for _ in range(rng.randint(0, 60)):
        block = rng.random()
        if block < 0.5:
            out.append(chr(rng.randint(0x0600, 0x06FF)))
        elif block < 0.7:
            out.append(chr(rng.randint(0x20, 0x7E)))
        elif block < 0.8:
            out.append(rng.choice(" \n\t\r\u2028\u200f\u0640\u064b"))
        else:
            code = rng.randint(0, 0x10FFFF)
            out.append(chr(code) if not 0xD800 <= code <= 0xDFFF else "\ufffd")
    return "".join(out)


def generate(rng: random.Random, pick: RandomPick, number: int) -> Article:
    roll = rng.random()
    if roll < 0.05:
        text = random_unicode(rng)
    elif roll < 0.10:
        text = article_text(pick, (0, 3), 6) + random_unicode(rng)
    else:
        text = article_text(pick, (1, 3), 6)
    title = "" if rng.random() < 0.6 else article_text(pick, (0, 1), 3)
    return Article(id=f"f{number}-{rng.randint(0, 9)}", text=text, published=published(pick), title=title,
                   url=rng.choice([None, "https://example.org/خبر", "javascript:x", "x y"]))


def as_record(article: Article) -> dict:
    when = article.published
    return {"id": article.id, "text": article.text, "title": article.title, "url": article.url,
            "published": when.isoformat() if isinstance(when, (date, datetime)) else repr(when)}


class _Reversed(AssertionError):
    def __init__(self, message: str, sources):
        super().__init__(message)
        self.sources = list(dict.fromkeys(sources))


class Fuzz:
    def __init__(self, failures_path: Path, known: set[str]):
        self.failures_path = failures_path
        self.known = known
        self.failures = Counter()
        self.shown = Counter()

    def fail(self, kind: str, articles: list[Article], error: BaseException) -> None:
        self.failures[kind] += 1
        record = {"kind": kind, "error": f"{type(error).__name__}: {error}"[:2000],
                  "traceback": traceback.format_exc()[-3000:], "articles": [as_record(a) for a in articles]}
        with self.failures_path.open("a", encoding="utf-8") as stream:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        if self.shown[kind] < 5:  # the file has them all
            self.shown[kind] += 1
            print(f"FAILURE {kind}: {record['error']}\n  input: "
                  f"{json.dumps(record['articles'][:3], ensure_ascii=False)[:1500]}\n"
                  f"{record['traceback']}", flush=True)

    def extract(self, article: Article):
        try:
            mentions = extract(article.text, article.published, article.title)
        except Exception as error:  # noqa: BLE001 - the fuzz reports everything
            self.fail("extract raised", [article], error)
            return None
        try:
            check_mentions(article.text, article.title, mentions, self.known)
        except AssertionError as error:
            self.fail("mention property", [article], error)
        return mentions

    def publish(self, items, shuffled=None) -> None:
        try:
            outputs = self._outputs(items)
            if shuffled is not None and self._outputs(shuffled) != outputs:
                raise AssertionError("a shuffled batch gives different outputs")
        except _Reversed as reversed_:
            by_id = {article.id: article for article, _ in items}
            self.fail("event span reversed", [by_id[i] for i in reversed_.sources if i in by_id][:3], reversed_)
        except Exception as error:  # noqa: BLE001
            culprits = self._narrow(items)
            kind = "order" if isinstance(error, AssertionError) and "shuffled" in str(error) else "publish"
            self.fail(kind, culprits or [a for a, _ in items], error)

    def _outputs(self, items) -> tuple[bytes, str]:
        events = build_events(items)
        feed = render_ics(events, LABELS)
        calendar = icalendar.Calendar.from_ical(feed)
        for vevent in calendar.walk("VEVENT"):
            if vevent.get("DTSTART") is None:
                raise AssertionError(f"VEVENT without DTSTART: {vevent.to_ical()[:300]!r}")
        for event in events:
            if event.span[0] > event.span[1] and not {m.rule for m in event.mentions} <= self.known:
                raise _Reversed(f"event span reversed: {event.span} {[m.text for m in event.mentions][:3]}",
                                event.mention_sources)
        page = render_events_json(events)
        json.loads(page)
        return feed, page

    def _narrow(self, items) -> list[Article]:
        """The articles that fail on their own (at most three), or [] when only the batch fails."""
        found = []
        for item in items[:100]:  # bounded: a batch-only failure is reported whole
            try:
                self._outputs([item])
            except Exception:  # noqa: BLE001
                found.append(item[0])
                if len(found) == 3:
                    break
        return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1_000_000, help="articles to generate (default 1,000,000)")
    parser.add_argument("--batch", type=int, default=500, help="articles per build_events call (default 500)")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--minutes", type=float, default=0, help="stop after this many minutes (0: no limit)")
    parser.add_argument("--every", type=int, default=20_000, help="print progress every N articles")
    parser.add_argument("--shuffle-every", type=int, default=10, help="rebuild every Nth batch shuffled (0: never)")
    parser.add_argument("--failures", type=Path, default=Path(tempfile.gettempdir()) / "timeline-fuzz-failures.jsonl")
    parser.add_argument("--strict", action="store_true",
                        help=f"also check the span order of the known-bug rules {sorted(KNOWN_REVERSED)}")
    options = parser.parse_args()

    rng = random.Random(options.seed)
    pick = RandomPick(rng)
    fuzz = Fuzz(options.failures, set() if options.strict else set(KNOWN_REVERSED))
    started = time.perf_counter()
    deadline = started + options.minutes * 60 if options.minutes else None
    done = mentions_seen = events_batches = 0
    next_report = options.every
    print(f"fuzz: seed {options.seed}, {options.count:,} articles, batches of {options.batch}", flush=True)
    while done < options.count:
        articles = [generate(rng, pick, done + i) for i in range(min(options.batch, options.count - done))]
        items = []
        for article in articles:
            mentions = fuzz.extract(article)
            if mentions is None:
                continue
            mentions_seen += len(mentions)
            if date_in_range(article.published):  # what a reader lets through to the events layer
                items.append((article, mentions))
        events_batches += 1
        shuffled = None
        if options.shuffle_every and events_batches % options.shuffle_every == 0:
            shuffled = items[:]
            rng.shuffle(shuffled)
        fuzz.publish(items, shuffled)
        done += len(articles)
        elapsed = time.perf_counter() - started
        if done >= next_report or done >= options.count:
            next_report += options.every
            print(f"{done:,} articles, {mentions_seen:,} mentions, {elapsed:,.0f} s, {done / elapsed:,.0f} articles/s, "
                  f"failures {dict(fuzz.failures) or 0}", flush=True)
        if deadline and time.perf_counter() > deadline:
            print(f"time limit reached after {done:,} articles", flush=True)
            break
    elapsed = time.perf_counter() - started
    print(f"done: {done:,} articles, {mentions_seen:,} mentions, {events_batches:,} batches in {elapsed:,.0f} s "
          f"({done / elapsed:,.0f} articles/s); failures: {sum(fuzz.failures.values())} {dict(fuzz.failures)}"
          + (f" (written to {options.failures})" if fuzz.failures else ""), flush=True)
    sys.exit(1 if fuzz.failures else 0)


if __name__ == "__main__":
    main()
