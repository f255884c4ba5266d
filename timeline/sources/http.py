"""One HTTP client for every web source: feeds and article pages, local files and file:// URLs alike.

- httpx with a timeout (TIMEOUT seconds, CONNECT_TIMEOUT to connect), a few retries with
  exponential backoff (RETRIES, BACKOFF) on timeouts, refused connections, 429 and 5xx;
  never on another 4xx.
- A User-Agent naming the tool and its version; gzip/deflate accepted (httpx decodes them).
- Conditional GET: when the caller passes the ETag / Last-Modified it remembered for a URL, the
  request carries If-None-Match / If-Modified-Since and a 304 comes back as `not_modified`.
- `file://` URLs and plain paths (relative to the working folder) are read from disk, so a feed or
  a page saved as a file goes through the same readers.
- A body larger than MAX_FILE_BYTES is refused without being held in memory.

Every failure is a FetchError whose message is one line (the caller prefixes the URL).
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import unquote, urlsplit

TIMEOUT = 20.0  # seconds to wait for a read
CONNECT_TIMEOUT = 10.0
RETRIES = 2  # further attempts after the first, on errors that may pass
BACKOFF = 0.5  # seconds before the first retry; doubled each time
MAX_BYTES = 64 * 1024 * 1024
WEB = re.compile(r"https?://", re.IGNORECASE)
SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
NO_SUCH_HOST = ("Name or service not known", "nodename nor servname", "No address associated")  # not retried


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    import httpx

    try:
        number = version("timeline")
    except PackageNotFoundError:
        number = "0"
    return f"timeline/{number} (Arabic news timeline; +https://pypi.org/project/timeline/) httpx/{httpx.__version__}"


class FetchError(Exception):
    """A source that could not be read: one line, without the URL (the caller names it)."""


@dataclass
class Response:
    url: str  # as asked
    final_url: str  # after redirects (for a file, the file's URI)
    content: bytes
    media_type: str = ""  # "application/rss+xml", "text/html", "" when unknown
    charset: str | None = None  # the declared charset (Content-Type), if any
    not_modified: bool = False  # 304: the caller's copy is current; content is empty
    etag: str | None = None
    last_modified: str | None = None

    @property
    def is_file(self) -> bool:
        return self.final_url.startswith("file:")


def is_web(location: str) -> bool:
    return bool(WEB.match(location))


def is_url(location: str) -> bool:
    return bool(SCHEME.match(location))


def file_path(location: str) -> Path | None:
    """The local path of a file:// URL or a plain path; None for another URL."""
    if location.lower().startswith("file://"):
        from urllib.request import url2pathname  # here: urllib.request imports http.client, ssl, email

        parts = urlsplit(location)
        return Path(url2pathname(unquote(parts.path)))
    if is_url(location):
        return None
    return Path(location)


class Fetcher:
    """Fetch URLs and files. `validators(url)` gives the (etag, last_modified) remembered for a URL."""

    def __init__(self, validators: Callable[[str], tuple[str | None, str | None] | None] | None = None,
                 timeout: float | None = None, retries: int | None = None, backoff: float | None = None):
        self.validators = validators or (lambda url: None)
        self.timeout = TIMEOUT if timeout is None else timeout
        self.retries = RETRIES if retries is None else retries
        self.backoff = BACKOFF if backoff is None else backoff
        self._client = None  # httpx.Client, made (and httpx imported) on the first web request

    @property
    def client(self):
        import httpx

        if self._client is None:
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.timeout, connect=min(CONNECT_TIMEOUT, self.timeout)),
                follow_redirects=True,
                max_redirects=10,
                headers={"User-Agent": user_agent(), "Accept-Encoding": "gzip, deflate",
                         "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                                   "text/html;q=0.9, text/xml;q=0.8, */*;q=0.5"},
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def fetch(self, location: str, conditional: bool = False) -> Response:
        path = file_path(location)
        if path is not None:
            return _read_file(location, path)
        if not is_web(location):
            raise FetchError(f"unsupported URL scheme {location.split(':', 1)[0]!r} (http, https or file)")
        headers = {}
        if conditional:
            etag, modified = self.validators(location) or (None, None)
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
        attempt = 0
        while True:
            try:
                return self._get(location, headers)
            except _Retry as retry:
                if attempt >= self.retries:
                    raise FetchError(str(retry)) from None
                time.sleep(self.backoff * (2 ** attempt))
                attempt += 1

    def _get(self, url: str, headers: dict) -> Response:
        import httpx

        try:
            with self.client.stream("GET", url, headers=headers) as reply:
                if reply.status_code == 304:
                    return Response(url, str(reply.url), b"", not_modified=True,
                                    etag=reply.headers.get("etag"), last_modified=reply.headers.get("last-modified"))
                if reply.status_code == 429 or reply.status_code >= 500:
                    raise _Retry(f"HTTP {reply.status_code} {reply.reason_phrase}".strip())
                if reply.status_code >= 400:
                    raise FetchError(f"HTTP {reply.status_code} {reply.reason_phrase}".strip())
                declared = reply.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > MAX_BYTES:
                    raise FetchError(f"{int(declared):,} bytes, more than the {MAX_BYTES:,} read per source")
                chunks, size = [], 0
                for chunk in reply.iter_bytes():
                    size += len(chunk)
                    if size > MAX_BYTES:
                        raise FetchError(f"more than the {MAX_BYTES:,} bytes read per source")
                    chunks.append(chunk)
                media, charset = parse_content_type(reply.headers.get("content-type", ""))
                return Response(url, str(reply.url), b"".join(chunks), media, charset,
                                etag=reply.headers.get("etag"), last_modified=reply.headers.get("last-modified"))
        except httpx.TimeoutException:
            raise _Retry(f"timed out (no answer within {self.timeout:g} s)") from None
        except httpx.TooManyRedirects:
            raise FetchError("too many redirects") from None
        except httpx.DecodingError as error:
            raise FetchError(f"the compressed body cannot be decoded ({error})") from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise FetchError(f"not a usable URL ({error})") from None
        except httpx.ConnectError as error:
            if any(word in str(error) for word in NO_SUCH_HOST):
                raise FetchError(f"no such host ({_reason(error)})") from None
            raise _Retry(f"cannot connect ({_reason(error)})") from None
        except httpx.TransportError as error:
            raise _Retry(f"connection failed ({_reason(error)})") from None


class _Retry(Exception):
    """A failure that may pass: retried, then a FetchError."""


def _reason(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def _read_file(location: str, path: Path) -> Response:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise FetchError("a folder, not a file")
        if size > MAX_BYTES:
            raise FetchError(f"{size:,} bytes, more than the {MAX_BYTES:,} read per source")
        content = path.read_bytes()
    except FileNotFoundError:
        raise FetchError("no such file or folder") from None
    except OSError as error:
        raise FetchError(f"cannot read: {error.strerror or error}") from None
    import mimetypes

    media = mimetypes.guess_type(path.name)[0] or ""
    return Response(location, path.absolute().as_uri(), content, media)


def parse_content_type(value: str) -> tuple[str, str | None]:
    """("text/html", "windows-1256") from «text/html; charset=windows-1256»."""
    media, _, rest = value.partition(";")
    charset = None
    for parameter in rest.split(";"):
        name, _, val = parameter.partition("=")
        if name.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return media.strip().lower(), charset
