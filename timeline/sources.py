"""Readers: turn files into Articles. Every problem names its file and line; the batch goes on."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .model import Article

ARTICLE_SUFFIXES = (".txt", ".jsonl")
META_SUFFIX = ".meta.json"


@dataclass
class Batch:
    """What a read produced: the usable articles, and one message per thing skipped."""

    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse_published(value) -> datetime | date | None:
    """An ISO date or date-time (offset kept), or None when absent or unreadable."""
    if isinstance(value, (date, datetime)):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def read_articles(paths, published: date | datetime | None = None) -> Batch:
    """Read .txt files (with NAME.meta.json beside them), .jsonl files and folders of either.

    An article's own publication date wins; `published` is the fallback for articles without one.
    """
    batch = Batch()
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix in ARTICLE_SUFFIXES and not p.name.endswith(META_SUFFIX)
            )
            if not files:
                batch.problems.append(f"{path}: no .txt or .jsonl articles in this folder")
            for file in files:
                _read_file(file, published, batch)
        elif path.is_file():
            _read_file(path, published, batch)
        else:
            batch.problems.append(f"{path}: no such file or folder")
    return batch


def _read_file(path: Path, fallback, batch: Batch) -> None:
    if path.suffix == ".jsonl":
        _read_jsonl(path, fallback, batch)
    elif path.suffix == ".txt":
        _read_txt(path, fallback, batch)
    else:
        batch.problems.append(f"{path}: unsupported file type (expected .txt or .jsonl)")


def _read_txt(path: Path, fallback, batch: Batch) -> None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        batch.problems.append(f"{path}: cannot read as UTF-8 text: {error}")
        return
    meta_path = path.with_name(path.stem + META_SUFFIX)
    meta: dict = {}
    if meta_path.exists():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            batch.problems.append(f"{meta_path}:1: not valid JSON ({error}); article skipped")
            return
    _add(batch, f"{path}:1", meta.get("id") or path.stem, text, meta.get("published"),
         meta.get("title", ""), meta.get("url"), fallback)


def _read_jsonl(path: Path, fallback, batch: Batch) -> None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        batch.problems.append(f"{path}: cannot read as UTF-8 text: {error}")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except ValueError as error:
            batch.problems.append(f"{where}: not valid JSON ({error.args[0] if error.args else error}); line skipped")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            batch.problems.append(f"{where}: expected an object with a string 'text'; line skipped")
            continue
        _add(batch, where, str(record.get("id") or f"{path.stem}-{number}"), record["text"],
             record.get("published"), record.get("title") or "", record.get("url"), fallback)


def _add(batch: Batch, where: str, article_id: str, text: str, raw_published, title, url, fallback) -> None:
    published = parse_published(raw_published)
    if published is None:
        if fallback is None:
            said = f"unreadable date {raw_published!r}" if raw_published else "no publication date"
            batch.problems.append(f"{where}: article {article_id!r} has {said}; pass --published to resolve it")
            return
        published = fallback
    batch.articles.append(Article(id=article_id, text=text, published=published,
                                  title=title if isinstance(title, str) else "",
                                  url=url if isinstance(url, str) else None, origin=where))
