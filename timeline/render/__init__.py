"""Renderers: events -> calendar feed, HTML page, JSON. They see only events, never text or mentions."""
from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit


def is_web_url(url: str | None) -> bool:
    """Only an absolute http(s) URL without spaces becomes a link (never javascript:, data:, …)."""
    if not url:
        return False
    url = url.strip()
    return url.lower().startswith(("http://", "https://")) and len(url) > 8 and _SPACE_OR_CONTROL.search(url) is None


_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f]")  # \s is str.isspace's set: one scan, not a test per character


URI_SAFE = "!#$%&'()*+,/:;=?@[]~"  # RFC 3986 reserved characters and "%" (an escape already made is kept)


def encode_url(url: str) -> str:
    """A URL as an RFC 3986 URI: non-ASCII and unsafe characters percent-encoded as UTF-8, an
    internationalised host name in its IDNA (xn--) form. «https://x.ma/أخبار» -> «https://x.ma/%D8%A3…»."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if not netloc.isascii():
            userinfo, at, hostport = netloc.rpartition("@")
            host, colon, port = hostport.partition(":")
            try:
                host = host.encode("idna").decode("ascii")
            except UnicodeError:
                host = quote(host, safe="")
            netloc = f"{quote(userinfo, safe=URI_SAFE)}{at}{host}{colon}{port}"
        return urlunsplit((parts.scheme, netloc, quote(parts.path, safe=URI_SAFE), quote(parts.query, safe=URI_SAFE),
                           quote(parts.fragment, safe=URI_SAFE)))
    except ValueError:
        return quote(url, safe=URI_SAFE)


def place_label(event) -> str | None:
    """«الرباط، المغرب»: a city with its country; a country alone."""
    if event.place and event.country_name and event.country_name not in event.place:
        return f"{event.place}، {event.country_name}"
    return event.place
