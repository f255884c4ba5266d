"""timeline: Arabic news -> resolved time expressions -> events -> calendar feed and timeline page."""
from .engine import extract, extract_article
from .model import Article, Mention
from .sources import Batch, read_articles

__all__ = ["Article", "Batch", "Mention", "extract", "extract_article", "read_articles"]
