"""`timeline serve`: types, ETag/Last-Modified and 304, gzip, loopback, no way out of DIR."""
from __future__ import annotations

import gzip
import http.client
import os
import re
import signal
import subprocess
import sys
import threading
import time
from email.utils import formatdate

import pytest

from timeline import site
from timeline.serve import content_type, make_server, site_urls

from timeline_fixtures import ROOT, SEEDS


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("serve")
    out = root / "site"
    site.build([SEEDS], out)
    (root / "secret.txt").write_text("outside the site\n", encoding="utf-8")
    os.symlink(root / "secret.txt", out / "link-out.txt")
    (out / ".hidden").write_text("x", encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def server(built):
    server = make_server(built, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def get(server, path, headers=None, method="GET"):
    connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    try:
        connection.putrequest(method, path, skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def test_listens_on_loopback_by_default(built):
    server = make_server(built, port=0, quiet=True)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_types(server, built):
    status, headers, body = get(server, "/upcoming.ics")
    assert status == 200 and headers["content-type"] == "text/calendar; charset=utf-8"
    assert body == (built / "upcoming.ics").read_bytes()
    assert get(server, "/feeds/meeting.ics")[1]["content-type"] == "text/calendar; charset=utf-8"
    assert get(server, "/events.json")[1]["content-type"] == "application/json; charset=utf-8"
    assert get(server, "/feeds/index.json")[1]["content-type"] == "application/json; charset=utf-8"
    status, headers, body = get(server, "/")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert body == (built / "index.html").read_bytes()
    assert content_type("a.css") == "text/css; charset=utf-8" and content_type("x.unknown") == "application/octet-stream"


def test_etag_then_304(server):
    status, headers, body = get(server, "/calendar.ics")
    assert status == 200 and body
    etag = headers["etag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)
    assert "last-modified" in headers
    status, again, body = get(server, "/calendar.ics", {"If-None-Match": etag})
    assert status == 304 and body == b"" and again["etag"] == etag
    assert get(server, "/calendar.ics", {"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert get(server, "/calendar.ics", {"If-None-Match": '"other"'})[0] == 200
    # If-None-Match wins over If-Modified-Since.
    assert get(server, "/calendar.ics", {"If-None-Match": '"other"',
                                          "If-Modified-Since": headers["last-modified"]})[0] == 200


def test_if_modified_since(server):
    headers = get(server, "/index.html")[1]
    assert get(server, "/index.html", {"If-Modified-Since": headers["last-modified"]})[0] == 304
    assert get(server, "/index.html", {"If-Modified-Since": formatdate(0, usegmt=True)})[0] == 200
    assert get(server, "/index.html", {"If-Modified-Since": "not a date"})[0] == 200


def test_the_etag_follows_the_bytes_not_the_clock(built, server):
    first = get(server, "/events.json")[1]["etag"]
    data = (built / "events.json").read_bytes()
    (built / "events.json").write_bytes(data)  # a rebuild writing the same bytes
    assert get(server, "/events.json")[1]["etag"] == first


def test_gzip_when_asked(server, built):
    status, headers, body = get(server, "/calendar.ics", {"Accept-Encoding": "gzip, deflate"})
    assert status == 200 and headers["content-encoding"] == "gzip"
    assert headers["vary"] == "Accept-Encoding"
    assert gzip.decompress(body) == (built / "calendar.ics").read_bytes()
    assert int(headers["content-length"]) == len(body)
    assert headers["etag"] != get(server, "/calendar.ics")[1]["etag"], "each variant its own ETag"
    assert get(server, "/calendar.ics", {"Accept-Encoding": "gzip", "If-None-Match": headers["etag"]})[0] == 304
    for refused in (None, "identity", "gzip;q=0", "br"):
        status, plain, body = get(server, "/calendar.ics", {"Accept-Encoding": refused} if refused else None)
        assert "content-encoding" not in plain and body == (built / "calendar.ics").read_bytes(), refused


def test_head_has_headers_only(server, built):
    status, headers, body = get(server, "/calendar.ics", method="HEAD")
    assert status == 200 and body == b""
    assert int(headers["content-length"]) == len((built / "calendar.ics").read_bytes())


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/%2e%2e/secret.txt", "/feeds/../../secret.txt", "/feeds/%2E%2E/%2e%2e/secret.txt",
    "/..%2fsecret.txt", "/link-out.txt", "/.hidden", "/%00", "/..\\secret.txt", "/%ff", "/missing.ics",
    "//etc/passwd", "/../../../../../../etc/passwd",
])
def test_nothing_outside_dir(server, path):
    status, headers, body = get(server, path)
    assert status == 404, path
    assert b"outside" not in body and b"root:" not in body


def test_a_folder_redirects_to_its_slash(server):
    status, headers, _ = get(server, "/feeds")
    assert status == 301 and headers["location"] == "/feeds/"
    assert get(server, "/feeds/")[0] == 404, "no listing of a folder without index.html"


def test_urls_to_print(built):
    lines = site_urls(built, "127.0.0.1", 8000)
    assert lines[0] == ("page", "http://127.0.0.1:8000/")
    urls = [url for _, url in lines]
    assert "http://127.0.0.1:8000/upcoming.ics" in urls and "webcal://127.0.0.1:8000/upcoming.ics" in urls
    assert "webcal://127.0.0.1:8000/feeds/meeting.ics" in urls


def test_the_command_prints_the_urls_and_serves(built):
    process = subprocess.Popen([sys.executable, "-m", "timeline.cli", "serve", str(built), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                               # a suite run as a background job ignores SIGINT and its children inherit that
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        lines = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "Ctrl-C" in line:
                break
        text = "".join(lines)
        page = re.search(r"page:\s+(http://127\.0\.0\.1:(\d+)/)", text)
        assert page, text
        port = int(page.group(2))
        assert f"webcal://127.0.0.1:{port}/upcoming.ics" in text
        assert f"http://127.0.0.1:{port}/calendar.ics" in text
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/upcoming.ics")
        response = connection.getresponse()
        assert response.status == 200 and response.getheader("Content-Type") == "text/calendar; charset=utf-8"
        response.read()
        connection.close()
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    assert process.returncode == 0, process.stderr.read()


def test_the_command_refuses_a_missing_folder(tmp_path):
    from typer.testing import CliRunner

    from timeline.cli import app

    result = CliRunner().invoke(app, ["serve", str(tmp_path / "nothing")])
    assert result.exit_code == 2 and "no such folder" in result.stderr
