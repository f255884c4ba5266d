"""timeline: Arabic news -> resolved time expressions -> events -> calendar feed and timeline page."""
from .engine import extract, extract_article
from .model import Article, Mention
from .sources import Batch, read_articles

__all__ = ["Article", "Batch", "Mention", "extract", "extract_article", "read_articles"]

# Events and publishing (issue 3): mentions -> events -> feed, page, JSON.
from .events import build_events  # noqa: E402
from .model import Event, Source  # noqa: E402
from .render.html import render_html  # noqa: E402
from .render.ics import render_ics  # noqa: E402
from .site import BuildResult, build  # noqa: E402

__all__ += ["BuildResult", "Event", "Source", "build", "build_events", "render_html", "render_ics"]

# Sources and the archive (issue 10): feeds, pages and files -> an SQLite archive -> builds that extract only what is new.
from .archive import AddResult, Archive, add  # noqa: E402
from .sources import SourceSpec, read_sources  # noqa: E402

__all__ += ["AddResult", "Archive", "SourceSpec", "add", "read_sources"]
