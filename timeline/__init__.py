"""timeline: Arabic news -> resolved time expressions -> events -> calendar feed and timeline page."""
from .engine import extract, extract_article
from .model import Article, Mention
from .sources import Batch, read_articles

__all__ = ["Article", "Batch", "Mention", "extract", "extract_article", "read_articles"]

# The rest is imported on first use: `timeline extract` (and `import timeline` for extract()) then
# does not pay for jinja2, icalendar, the events layer and the archive, a third of its start-up.
_LAZY = {
    # Events and publishing (issue 3): mentions -> events -> feed, page, JSON.
    "build_events": ".events",
    "Event": ".model",
    "Source": ".model",
    "render_html": ".render.html",
    "render_ics": ".render.ics",
    "BuildResult": ".site",
    "build": ".site",
    # Sources and the archive (issue 10): feeds, pages and files -> an SQLite archive -> builds that extract only what is new.
    "AddResult": ".archive",
    "Archive": ".archive",
    "add": ".archive",
    "SourceSpec": ".sources",
    "read_sources": ".sources",
}

__all__ += ["BuildResult", "Event", "Source", "build", "build_events", "render_html", "render_ics"]
__all__ += ["AddResult", "Archive", "SourceSpec", "add", "read_sources"]


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
