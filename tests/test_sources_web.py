"""Feeds and pages over HTTP (a local server on 127.0.0.1, no outside network), files and file:// URLs,
the archive's conditional GET, and one clear line per failing source."""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import threading
import time
from datetime import date, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline import site
from timeline.archive import Archive
from timeline.cli import app
from timeline.sources import SourceSpec, parse_published, read_articles, read_sources
from timeline.sources import http as http_module
from timeline.sources.feeds import sniff
from timeline.sources.pages import decode_html

WEB = Path(__file__).parent / "fixtures" / "web"
FIRST = ["rabat-forum", "tunis-book-fair", "cairo-budget", "beirut-elections", "algiers-school"]
SECOND = ["cairo-budget", "beirut-elections", "algiers-school", "amman-water"]
CANONICAL = "https://news.example/{}"


class Site:
    """What the test server serves, and what it was asked."""

    def __init__(self):
        self.feed = "feed-v1.xml"
        self.log: list[tuple[str, dict]] = []
        self.lock = threading.Lock()

    def pages(self) -> list[str]:
        return [path for path, _ in self.log if path.endswith(".html")]


def _handler(state: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def do_GET(self):  # noqa: N802 - http.server's name
            with state.lock:
                state.log.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            if self.path == "/slow.html":
                time.sleep(2)
                return self._send(200, b"<html><body><p>late</p></body></html>", "text/html")
            if self.path == "/feed":  # no suffix: a feed is told by its content, not its name
                body = (WEB / state.feed).read_bytes()
                etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
                modified = "Wed, 09 Mar 2022 10:00:00 GMT" if state.feed == "feed-v1.xml" else \
                    "Mon, 05 Sep 2022 10:00:00 GMT"
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return None
                return self._send(200, body, "text/xml; charset=utf-8", etag=etag, modified=modified)
            name = self.path.lstrip("/")
            path = WEB / name
            if "/" in name or not path.is_file():
                return self._send(404, b"not found", "text/plain")
            kind = "application/rss+xml" if name.endswith(".xml") else "text/html"  # no charset: the page says it
            return self._send(200, path.read_bytes(), kind)

        def _send(self, status, body, kind, etag=None, modified=None):
            if "gzip" in self.headers.get("Accept-Encoding", "") and status == 200:
                body = gzip.compress(body)
                gzipped = True
            else:
                gzipped = False
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if gzipped:
                self.send_header("Content-Encoding", "gzip")
            if etag:
                self.send_header("ETag", etag)
            if modified:
                self.send_header("Last-Modified", modified)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


@pytest.fixture
def server():
    state = Site()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def quick_http(monkeypatch):
    """A short timeout and quick retries, so the slow page fails fast."""
    monkeypatch.setattr(http_module, "TIMEOUT", 0.5)
    monkeypatch.setattr(http_module, "RETRIES", 1)
    monkeypatch.setattr(http_module, "BACKOFF", 0.01)


def cli(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def event_sources(out: Path) -> set[str]:
    events = json.loads((out / "events.json").read_text(encoding="utf-8"))["events"]
    return {source["id"] for event in events for source in event["sources"]}


# -- the living feed: 5 items, then 2 dropped and 1 added


def test_a_feed_read_twice_keeps_every_article_and_fetches_no_page_twice(server, tmp_path):
    db, out, feed = tmp_path / "timeline.db", tmp_path / "site", f"{server.url}/feed"
    added = cli("add", feed, "--db", db)
    assert added.exit_code == 0, added.output
    assert added.stdout.strip() == f"{db}: 5 new, 0 updated, 0 unchanged; 5 articles in the archive"
    built = cli("build", "--db", db, "--out", out)
    assert built.exit_code == 0, built.output
    assert event_sources(out) == {CANONICAL.format(slug) for slug in FIRST}
    assert sorted(server.pages()) == sorted(f"/{slug}.html" for slug in FIRST)
    first_feed_request = [headers for path, headers in server.log if path == "/feed"][0]
    assert first_feed_request["user-agent"].startswith("timeline/")
    assert "gzip" in first_feed_request["accept-encoding"]

    server.feed, server.log = "feed-v2.xml", []
    built = cli("build", feed, "--db", db, "--out", out)
    assert built.exit_code == 0, built.output
    assert "1 new, 0 updated, 3 unchanged; 6 articles in the archive" in built.stderr
    with Archive(db) as archive:
        assert len(archive) == 6
    assert event_sources(out) == {CANONICAL.format(slug) for slug in FIRST + ["amman-water"]}
    assert server.pages() == ["/amman-water.html"], "pages already archived are not fetched again"
    (request,) = [headers for path, headers in server.log if path == "/feed"]
    assert request["if-none-match"].startswith('"') and request["if-modified-since"] == "Wed, 09 Mar 2022 10:00:00 GMT"

    server.log = []
    again = cli("add", feed, "--db", db)
    assert again.exit_code == 0, again.output
    assert again.stdout.strip() == f"{db}: 0 new, 0 updated, 0 unchanged; 6 articles in the archive"
    assert [path for path, _ in server.log] == ["/feed"], "304: nothing else is asked"


def test_archive_knows_canonical_and_fetched_urls(server, tmp_path):
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        batch = read_sources([f"{server.url}/rabat-forum.html"], archive=archive)
        assert archive.add_batch(batch).new == 1
        assert archive.knows(f"{server.url}/rabat-forum.html") and archive.knows(CANONICAL.format("rabat-forum"))
        server.log = []
        again = read_sources([f"{server.url}/rabat-forum.html"], archive=archive)
        assert again.articles == [] and again.known == [f"{server.url}/rabat-forum.html"] and server.log == []
        assert archive.add_batch(again).unchanged == 1


# -- failures: one clear line each, the rest is built


def test_each_failing_source_is_one_line_and_the_rest_is_built(server, tmp_path, quick_http):
    out = tmp_path / "site"
    failing = {
        "missing.html": "HTTP 404",
        "slow.html": "timed out",
        "broken.xml": "malformed XML",
        "doha-wrong-charset.html": "not utf-8 text as declared",
    }
    sources = [f"{server.url}/feed"] + [f"{server.url}/{name}" for name in failing] + [f"{server.url}/doha-cp1256.html"]
    result = site.build(sources, out)
    for name, said in failing.items():
        lines = [p for p in result.problems if p.startswith(f"{server.url}/{name}: ")]
        assert len(lines) == 1 and said in lines[0], (name, result.problems)
    assert len(result.problems) == len(failing), result.problems
    read = event_sources(out)
    assert read == {CANONICAL.format(slug) for slug in FIRST + ["doha-book-fair"]}
    assert not (tmp_path / "timeline.db").exists()


def test_the_cli_names_each_failure_and_exits_1(server, tmp_path, quick_http):
    result = cli("build", f"{server.url}/feed", f"{server.url}/missing.html", "--out", tmp_path / "site")
    assert result.exit_code == 1
    assert f"warning: {server.url}/missing.html: HTTP 404 Not Found" in result.stderr.splitlines()
    assert (tmp_path / "site" / "index.html").exists()
    added = cli("add", f"{server.url}/broken.xml", "--db", tmp_path / "x.db")
    assert added.exit_code == 1 and f"warning: {server.url}/broken.xml: malformed XML" in added.stderr


def test_a_cp1256_page_declared_in_its_meta_charset_reads_right(server):
    batch = read_sources([f"{server.url}/doha-cp1256.html"])
    assert batch.problems == []
    (article,) = batch.articles
    assert article.title == "معرض الدوحة الدولي للكتاب يفتتح في 13 يناير"
    assert "يفتتح معرض الدوحة الدولي للكتاب أبوابه يوم 13 يناير الجاري" in article.text
    assert article.id == article.url == CANONICAL.format("doha-book-fair")
    assert article.published == datetime(2022, 1, 5, 9, tzinfo=timezone(timedelta(hours=3)))


def test_charset_rules():
    text = "سيعقد الاجتماع في ماي المقبل"
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body>{text}</body></html>'
    assert text in decode_html(page.encode("cp1256"))[0]
    assert text in decode_html(page.encode("cp1256"), "windows-1256")[0]  # the HTTP header's charset
    decoded, note = decode_html(page.encode("utf-8"))  # declared cp1256, in fact UTF-8
    assert text in decoded and "UTF-8" in note
    with pytest.raises(Exception, match="unknown charset"):
        decode_html(b'<meta charset="klingon"><p>x</p>')


# -- dates, detection, specs, files


@pytest.mark.parametrize("raw, expected", [
    ("Wed, 09 Mar 2022 10:00:00 +0100", datetime(2022, 3, 9, 10, tzinfo=timezone(timedelta(hours=1)))),
    ("Wed, 09 Mar 2022 09:00:00 GMT", datetime(2022, 3, 9, 9, tzinfo=timezone.utc)),
    ("9 Mar 2022", date(2022, 3, 9)),
    ("2022-03-09T10:00:00+01:00", datetime(2022, 3, 9, 10, tzinfo=timezone(timedelta(hours=1)))),
    ("2022-03-09T09:00:00Z", datetime(2022, 3, 9, 9, tzinfo=timezone.utc)),
    ("2022-03-09", date(2022, 3, 9)),
    (1646816400, datetime(2022, 3, 9, 9, tzinfo=timezone.utc)),
    ("1646816400", datetime(2022, 3, 9, 9, tzinfo=timezone.utc)),
    ("1646816400.5", datetime(2022, 3, 9, 9, 0, 0, 500000, tzinfo=timezone.utc)),
    ("2022", None),
    ("next week", None),
    (True, None),
])
def test_publication_dates_iso_rfc822_and_unix_seconds(raw, expected):
    assert parse_published(raw) == expected


def test_unix_and_rfc822_dates_in_jsonl(tmp_path):
    path = tmp_path / "news.jsonl"
    records = [{"id": "unix", "published": 1646816400, "text": "سيعقد الاجتماع في ماي المقبل"},
               {"id": "rss", "published": "Wed, 09 Mar 2022 10:00:00 +0100", "text": "ستنظم القمة في يوليو المقبل"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    batch = read_articles([path])
    assert batch.problems == []
    assert [a.published_date for a in batch.articles] == [date(2022, 3, 9), date(2022, 3, 9)]


def test_feed_or_page_by_root_element_then_content_type():
    assert sniff(b'<?xml version="1.0"?>\n<!-- hi --><rss version="2.0"/>', "text/html") == "feed"
    assert sniff(b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'/>") == "feed"
    assert sniff(b"<!DOCTYPE html><html></html>", "application/xml") == "page"
    assert sniff(b"<something/>", "application/atom+xml") == "feed"
    assert sniff(b"<div>x</div>", "", "a.html") == "page"
    assert sniff(b"plain words", "text/plain", "notes") is None


def test_files_file_urls_and_relative_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(WEB.parent.parent.parent)  # the repository: a relative path from here
    batch = read_sources(["tests/fixtures/web/feed-v1.xml", (WEB / "atom.xml").as_uri(), WEB / "amman-water.html"])
    assert batch.problems == []
    ids = {a.id for a in batch.articles}
    assert ids == {CANONICAL.format(s) for s in FIRST + ["amman-water"]} | {"https://sport.example/arab-cup-youth"}
    cup = next(a for a in batch.articles if a.id.startswith("https://sport"))
    assert cup.title == "كأس العرب للشباب تنطلق في 3 يوليو" and "3 يوليو المقبل" in cup.text  # the item's own text
    beirut = next(a for a in batch.articles if a.id.endswith("beirut-elections"))
    assert beirut.published == datetime(2022, 4, 10, 8, tzinfo=timezone(timedelta(hours=3)))  # the item's RFC 822 date
    cairo = next(a for a in batch.articles if a.id.endswith("cairo-budget"))
    assert cairo.published == datetime(2022, 5, 20, 14, tzinfo=timezone(timedelta(hours=2)))  # JSON-LD only
    missing = read_sources([(tmp_path / "nope.xml").as_uri(), "ftp://x.example/feed"])
    assert len(missing.problems) == 2 and "no such file" in missing.problems[0] and "unsupported URL" in missing.problems[1]


def test_a_source_spec_gives_its_articles_a_country_and_zone(server):
    spec = SourceSpec(f"{server.url}/feed", name="Region News", country="ma", timezone="Africa/Casablanca")
    batch = read_sources([spec, SourceSpec(str(WEB / "doha-cp1256.html"), country="QA")])
    assert len(batch.articles) == 6
    moroccan = [a for a in batch.articles if "doha" not in a.id]
    assert {(a.country, a.timezone) for a in moroccan} == {("MA", "Africa/Casablanca")}
    assert {batch.origins[a.id]["source"] for a in moroccan} == {"Region News"}
    doha = next(a for a in batch.articles if "doha" in a.id)
    assert (doha.country, doha.timezone) == ("QA", None)
    bad = read_sources([SourceSpec(str(WEB / "amman-water.html"), timezone="Mars/Olympus")])
    assert len(bad.articles) == 1 and bad.articles[0].timezone is None and "IANA" in bad.problems[0]


def test_the_same_page_in_two_feeds_is_fetched_once(server, tmp_path):
    batch = read_sources([f"{server.url}/feed", f"{server.url}/feed-v2.xml"])
    assert batch.problems == []
    assert len(batch.articles) == 6
    assert sorted(server.pages()) == sorted(f"/{slug}.html" for slug in FIRST + ["amman-water"])


def test_no_network_needed_for_local_builds(tmp_path, monkeypatch):
    """`make run`'s job: the seed folder, no HTTP client ever created."""
    created = []
    monkeypatch.setattr(http_module.Fetcher, "client", property(lambda self: created.append(1)))
    result = site.build([Path(__file__).parent.parent / "seeds"], tmp_path / "site")
    assert result.events and created == []
    assert os.listdir(tmp_path) == ["site"]
