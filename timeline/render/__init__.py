"""Renderers: events -> calendar feed, HTML page, JSON. They see only events, never text or mentions."""
from __future__ import annotations


def is_web_url(url: str | None) -> bool:
    """Only an absolute http(s) URL without spaces becomes a link (never javascript:, data:, …)."""
    if not url:
        return False
    url = url.strip()
    return url.lower().startswith(("http://", "https://")) and len(url) > 8 and not any(c.isspace() or ord(c) < 32 for c in url)
