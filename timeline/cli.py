"""The command line: each command reads its input, calls one library function, writes its output."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer

from .engine import extract_article
from .evaluate import evaluate_files, format_report
from .sources import parse_published, read_articles

app = typer.Typer(help="Find Arabic time expressions in news and publish them as a timeline.", no_args_is_help=True,
                  add_completion=False)


@app.callback()
def main() -> None:
    """Find Arabic time expressions in news and publish them as a timeline."""


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


@app.command()
def evaluate(
    gold: Path = typer.Option(..., "--gold", exists=True, dir_okay=False, help="Gold mention records (JSONL)."),
    articles: Path = typer.Option(..., "--articles", exists=True, dir_okay=False, help="The articles (JSONL)."),
    errors: bool = typer.Option(False, "--errors", help="List misses, spurious mentions and wrong values first."),
) -> None:
    """Score the extractor against gold mentions (../shared/gold/README.md's figures)."""
    try:
        report = evaluate_files(gold, articles)
    except ValueError as problem:
        typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(code=1) from None
    typer.echo(format_report(report, errors=errors))


PROGRESS_THRESHOLD = 20  # articles; below this a build is quick and a bar is only noise


@app.command()
def build(
    inputs: list[Path] = typer.Argument(..., help="Article files (.txt, .jsonl) or folders of them."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder to write calendar.ics, index.html, events.json, timelinejs.json."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for articles that lack one."),
    tz: Optional[str] = typer.Option(None, "--tz", help="Time zone of clock times (IANA name); default the sources' or UTC."),
    max_span: int = typer.Option(31, "--max-span", min=1, help="Longest event (in days) that goes into the feed."),
    months: Optional[str] = typer.Option(None, "--months", help="Month names: maghreb, levant, egypt or algeria; default the articles' own."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Where the site is published, for the webcal:// subscribe link."),
    templates: Optional[Path] = typer.Option(None, "--templates", help="Folder of templates that override the packaged ones."),
) -> None:
    """Build the timeline site: a calendar feed, a timeline page and JSON exports."""
    from rich.console import Console
    from rich.progress import Progress

    from .site import build as build_site

    bar: dict = {}

    def on_articles(count: int) -> None:
        # A bar only for a long run watched in a terminal; logs and pipes stay quiet.
        if count >= PROGRESS_THRESHOLD and sys.stderr.isatty():
            progress = Progress(console=Console(stderr=True), transient=True)
            progress.start()
            bar["progress"], bar["task"] = progress, progress.add_task("articles", total=count)

    def on_progress(done: int, total: int) -> None:
        if bar:
            bar["progress"].update(bar["task"], completed=done)

    try:
        result = build_site(inputs, out, published=_published_option(published), tz=tz, max_span=max_span,
                            months=months, base_url=base_url, template_dir=templates,
                            progress=on_progress, on_articles=on_articles)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from error
    finally:
        if bar:
            bar["progress"].stop()
    _report_problems(result.problems)
    typer.echo(f"{len(result.events)} events ({result.feed_events} in the feed) from {result.articles} articles "
               f"-> {result.out_dir}", err=True)
    if result.problems:
        raise typer.Exit(code=1)


if __name__ == "__main__":
    app()
