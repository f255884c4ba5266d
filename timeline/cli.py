"""The command line: each command reads its input, calls one library function, writes its output."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer

from .engine import extract_article
from .sources import parse_published, read_articles

app = typer.Typer(help="Find Arabic time expressions in news and publish them as a timeline.", no_args_is_help=True,
                  add_completion=False)


def _published_option(value: Optional[str]) -> date | None:
    if value is None:
        return None
    parsed = parse_published(value)
    if parsed is None:
        raise typer.BadParameter(f"{value!r} is not an ISO date such as 2022-03-09")
    return parsed


def _report_problems(problems: list[str]) -> None:
    for problem in problems:
        typer.echo(f"warning: {problem}", err=True)


@app.command()
def extract(
    inputs: list[Path] = typer.Argument(..., help="Article files (.txt, .jsonl) or folders of them."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for articles that lack one."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write the JSON lines here instead of stdout."),
) -> None:
    """Write one mention record per article per line (RESOLUTION.md's JSON)."""
    batch = read_articles(inputs, _published_option(published))
    _report_problems(batch.problems)
    lines = []
    for article in batch.articles:
        record = {"id": article.id, "published": article.published.isoformat(),
                  "mentions": [m.to_record() for m in extract_article(article)]}
        lines.append(json.dumps(record, ensure_ascii=False))
    text = "\n".join(lines) + ("\n" if lines else "")
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
    if batch.problems:
        raise typer.Exit(code=1)


if __name__ == "__main__":
    app()
