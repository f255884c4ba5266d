"""`timeline serve DIR`: a preview server for a built site (http.server, one thread per request).

- Types a calendar app and a browser expect: `text/calendar; charset=utf-8` for .ics,
  `application/json; charset=utf-8`, `text/html; charset=utf-8`, and the usual ones for the rest.
- Revalidation: a strong ETag (a hash of the file's bytes, so a rebuild that writes the same bytes
  keeps it) and Last-Modified; `If-None-Match` (which wins) or `If-Modified-Since` answers 304.
- gzip when the client asks for it (Accept-Encoding) and the type is text; the variant has its own
  ETag and `Vary: Accept-Encoding`.
- Only files under DIR: the path is decoded and normalised, `..`, NUL and backslashes are refused,
  and the real path (after symlinks) must stay inside DIR; hidden files (.staging folders) are not served.
- Loopback (127.0.0.1) by default; GET and HEAD only.
"""
from __future__ import annotations

import gzip
import hashlib
import mimetypes
import posixpath
import signal
import sys
import threading
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import unquote, urlsplit

TYPES = {
    ".ics": "text/calendar; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".jsonl": "application/x-ndjson; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".webmanifest": "application/manifest+json",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
}
COMPRESSIBLE = ("text/", "application/json", "application/xml", "application/x-ndjson", "image/svg+xml",
                "application/manifest+json")
GZIP_MIN_BYTES = 256  # smaller bodies are not worth the header
MAX_BYTES = 256 * 1024 * 1024  # a preview server reads files whole; larger ones are refused


def content_type(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in TYPES:
        return TYPES[suffix]
    guessed, _ = mimetypes.guess_type(str(path))
    return guessed or "application/octet-stream"


def _accepts_gzip(header: str | None) -> bool:
    """Accept-Encoding names gzip (or *) with a q above 0."""
    if not header:
        return False
    for part in header.split(","):
        coding, _, params = part.strip().partition(";")
        coding = coding.strip().lower()
        if coding not in ("gzip", "x-gzip", "*"):
            continue
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        return quality > 0
    return False


def _etag_matches(header: str, etags: tuple[str, ...]) -> bool:
    """If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored."""
    if header.strip() == "*":
        return True
    wanted = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return any(tag in wanted for tag in etags)


class SiteHandler(BaseHTTPRequestHandler):
    """Serves the files of `root` (set by make_server)."""

    root: Path = Path(".")
    server_version = "timeline-serve"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    quiet = False

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        if not self.quiet:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    # --- the request -----------------------------------------------------------------------------
    def _serve(self, send_body: bool) -> None:
        path = self._resolve(self.path)
        if path is None:
            return self._error(HTTPStatus.NOT_FOUND, "not found")
        if path.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                location = urlsplit(self.path).path + "/"
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            path = path / "index.html"
            if not path.is_file():
                return self._error(HTTPStatus.NOT_FOUND, "not found")
        try:
            stat = path.stat()
            if stat.st_size > MAX_BYTES:
                return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "file too large for the preview server")
            data = path.read_bytes()
        except OSError:
            return self._error(HTTPStatus.NOT_FOUND, "not found")
        kind = content_type(path)
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        gz_etag = etag[:-1] + '-gz"'
        modified = int(stat.st_mtime)
        compress = kind.startswith(COMPRESSIBLE) and len(data) >= GZIP_MIN_BYTES
        use_gzip = compress and _accepts_gzip(self.headers.get("Accept-Encoding"))

        if self._not_modified(etag, gz_etag, modified):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self._validators(gz_etag if use_gzip else etag, modified, compress)
            self.end_headers()
            return
        body = gzip.compress(data, mtime=0) if use_gzip else data
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        if use_gzip:
            self.send_header("Content-Encoding", "gzip")
        self._validators(gz_etag if use_gzip else etag, modified, compress)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _validators(self, etag: str, modified: int, compress: bool) -> None:
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", formatdate(modified, usegmt=True))
        self.send_header("Cache-Control", "no-cache")  # a preview: always revalidate, a 304 is cheap
        if compress:
            self.send_header("Vary", "Accept-Encoding")

    def _not_modified(self, etag: str, gz_etag: str, modified: int) -> bool:
        match = self.headers.get("If-None-Match")
        if match is not None:  # RFC 9110: If-None-Match wins over If-Modified-Since
            return _etag_matches(match, (etag, gz_etag))
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                when = parsedate_to_datetime(since)
            except (TypeError, ValueError, IndexError):
                return False
            if when is None:
                return False
            return modified <= int(when.timestamp())
        return False

    def _resolve(self, raw: str) -> Path | None:
        """The file a request path names, or None when it is outside the root, hidden or malformed."""
        if not raw.startswith("/"):
            return None
        try:
            target = unquote(urlsplit(raw).path, errors="strict")
        except (UnicodeDecodeError, ValueError):
            return None
        if "\x00" in target or "\\" in target:
            return None
        parts = [part for part in target.split("/") if part]
        if any(part in (".", "..") or part.startswith(".") for part in parts):
            return None
        normal = posixpath.normpath("/" + "/".join(parts))
        root = self.root.resolve()
        candidate = (root / normal.lstrip("/")).resolve()
        if candidate != root and root not in candidate.parents:
            return None  # a symlink pointing out of the site
        return candidate if candidate.exists() else None

    def _error(self, status: HTTPStatus, message: str) -> None:
        body = f"{status.value} {message}\n".encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def make_server(directory: str | Path, host: str = "127.0.0.1", port: int = 8000, *, quiet: bool = False
                ) -> ThreadingHTTPServer:
    """A threaded server for `directory` (port 0 picks a free one); call serve_forever() on it."""
    root = Path(directory)
    if not root.is_dir():
        raise NotADirectoryError(f"{directory}: no such folder" if not root.exists() else f"{directory} is not a folder")
    handler = type("Handler", (SiteHandler,), {"root": root.resolve(), "quiet": quiet})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def site_urls(directory: str | Path, host: str, port: int) -> list[tuple[str, str]]:
    """What to print on start: the page, then every feed as http:// and webcal://."""
    root = Path(directory)
    shown = f"[{host}]" if ":" in host else host
    if host in ("0.0.0.0", "::", ""):
        shown = "127.0.0.1"
    base = f"http://{shown}:{port}/"
    lines = [("page", base)]
    feeds = sorted(root.glob("*.ics")) + sorted((root / "feeds").glob("*.ics"))
    for feed in feeds:
        relative = feed.relative_to(root).as_posix()
        lines.append(("feed", base + relative))
        lines.append(("subscribe", "webcal://" + base.split("://", 1)[1] + relative))
    return lines


def serve(directory: str | Path, host: str = "127.0.0.1", port: int = 8000, *,
          echo: Callable[[str], None] = print, ready: threading.Event | None = None) -> None:
    """Serve `directory` until interrupted, printing the page and feed URLs first."""
    server = make_server(directory, host, port)
    interrupted = threading.Event()

    def stop(_signum: int, _frame: object) -> None:
        # Ctrl-C stops the loop from another thread: a KeyboardInterrupt raised while a weakref callback runs is
        # swallowed by the interpreter («Exception ignored in …»), which left the server running
        interrupted.set()
        threading.Thread(target=server.shutdown, daemon=True).start()

    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, stop) if in_main else None
    try:
        actual = server.server_address[1]
        for label, url in site_urls(directory, host, actual):
            echo(f"{label + ':':<11}{url}")
        if host not in ("127.0.0.1", "localhost", "::1"):
            echo(f"note: listening on {host}: other machines can read this folder")
        echo("Ctrl-C stops the server.")
        if ready is not None:
            ready.set()
        server.serve_forever()
    finally:
        if in_main:
            signal.signal(signal.SIGINT, previous)
        server.server_close()
    if interrupted.is_set():
        raise KeyboardInterrupt  # the caller's «stopped», as before
