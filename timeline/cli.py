"""The command line: each command reads its input, calls one library function, writes its output."""
from __future__ import annotations

import functools
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer

from .engine import extract_article
from .evaluate import evaluate_files, format_report
from .evaluate_events import evaluate_event_files, format_event_report
from .sources import YEARS, date_in_range, parse_published, read_articles


def _plain_help() -> None:
    """Help shows `--out DIR` and `INPUT...`, not typer's `<path>`, `<bool>` and `{inputs}...`."""
    try:
        from typer.core import TyperArgument, TyperOption
    except ImportError:  # pragma: no cover - another typer
        return
    if hasattr(TyperOption, "display_type_rich"):
        shown = TyperOption.display_type_rich

        def display_type_rich(self, ctx):
            if getattr(self, "is_flag", False) or getattr(self, "count", False):
                return None
            return shown(self, ctx)

        TyperOption.display_type_rich = display_type_rich
    if hasattr(TyperArgument, "_usage_display_name"):
        named = TyperArgument._usage_display_name

        def _usage_display_name(self):
            return self.metavar if self.metavar else named(self)

        TyperArgument._usage_display_name = _usage_display_name
    if hasattr(TyperArgument, "display_type_rich"):
        typed = TyperArgument.display_type_rich

        def argument_type(self, ctx):
            return None if self.metavar else typed(self, ctx)

        TyperArgument.display_type_rich = argument_type


_plain_help()

app = typer.Typer(help="Find Arabic time expressions in news and publish them as a timeline.", no_args_is_help=True,
                  add_completion=False)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"timeline {version('timeline')}")
        except PackageNotFoundError:
            typer.echo("timeline (not installed)")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Find Arabic time expressions in news and publish them as a timeline."""


class _Fail(Exception):
    """One line for the user, then the exit status."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def _guarded(command):
    """No traceback reaches the user: every failure is one `error: …` line (TIMELINE_DEBUG=1 shows the trace)."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except _Fail as failure:
            typer.echo(f"error: {failure}", err=True)
            raise typer.Exit(code=failure.code) from None
        except (typer.Exit, typer.Abort):
            raise
        except KeyboardInterrupt:
            typer.echo("error: interrupted", err=True)
            raise typer.Exit(code=130) from None
        except Exception as error:  # the last guard: say what happened in one line
            if os.environ.get("TIMELINE_DEBUG"):
                raise
            if type(error).__module__.startswith(("click", "typer")):
                raise
            typer.echo(f"error: {_one_line(error)} ({type(error).__name__}; TIMELINE_DEBUG=1 shows where)", err=True)
            raise typer.Exit(code=1) from None

    return run


def _one_line(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    return " ".join(str(error).split()) or type(error).__name__


def _published_option(value: Optional[str]) -> date | None:
    if value is None:
        return None
    parsed = parse_published(value)
    if parsed is None:
        raise _Fail(f"--published: {value!r} is not an ISO date such as 2022-03-09", code=2)
    if not date_in_range(parsed):
        raise _Fail(f"--published: {value!r} is outside the years {YEARS[0]}-{YEARS[1]}", code=2)
    return parsed


def _report_problems(problems: list[str]) -> None:
    for problem in problems:
        typer.echo(f"warning: {problem}", err=True)


@app.command()
@_guarded
def extract(
    inputs: list[Path] = typer.Argument(..., metavar="INPUT...", help="Article files (.txt, .jsonl) or folders of them."),
    published: Optional[str] = typer.Option(None, "--published", metavar="DATE",
                                            help="Publication date for articles that lack one."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE",
                                          help="Write the JSON lines here instead of stdout (atomically)."),
) -> None:
    """Write one mention record per article per line (RESOLUTION.md's JSON)."""
    fallback = _published_option(published)
    if output is not None:
        if output.is_dir():
            raise _Fail(f"-o: {output} is a folder; give a file name such as {output / 'mentions.jsonl'}", code=2)
        if not output.absolute().parent.is_dir():
            raise _Fail(f"-o: {output.parent} does not exist", code=2)
    batch = read_articles(inputs, fallback)
    _report_problems(batch.problems)
    if not batch.articles:
        kept = f"; {output} is left as it was" if output is not None and output.exists() else ""
        raise _Fail(f"no article could be read{kept}")
    lines = []
    problems = 0
    for article in batch.articles:
        try:
            mentions = [m.to_record() for m in extract_article(article)]
        except Exception as error:  # one bad article must not sink the batch; say which one
            typer.echo(f"warning: {article.origin or article.id}: could not extract time expressions: "
                       f"{_one_line(error)}; skipped", err=True)
            problems += 1
            continue
        record = {"id": article.id, "published": article.published.isoformat(), "mentions": mentions}
        lines.append(json.dumps(record, ensure_ascii=False))
    text = "\n".join(lines) + ("\n" if lines else "")
    if output is None:
        sys.stdout.write(text)
    else:
        from .site import write_atomic

        try:
            write_atomic(output, text.encode("utf-8"))
        except OSError as error:
            raise _Fail(f"cannot write {output}: {error.strerror or error}; it is left as it was") from None
    if batch.problems or problems:
        raise typer.Exit(code=1)


@app.command()
@_guarded
def evaluate(
    articles: Path = typer.Option(..., "--articles", exists=True, dir_okay=False, metavar="FILE",
                                  help="The annotated articles (JSONL: id, published, title, text)."),
    gold: Optional[Path] = typer.Option(None, "--gold", exists=True, dir_okay=False, metavar="FILE",
                                        help="Gold time mentions (JSONL): scores extraction and values."),
    events: Optional[Path] = typer.Option(None, "--events", exists=True, dir_okay=False, metavar="FILE",
                                          help="Event gold (JSONL): scores events, grouping, places and titles."),
    errors: bool = typer.Option(False, "--errors", help="List the errors after the figures."),
) -> None:
    """Score the engine against gold time mentions (--gold) and/or the events layer against an event gold (--events)."""
    if gold is None and events is None:
        typer.echo("error: give --gold (time mentions), --events (events), or both", err=True)
        raise typer.Exit(code=2)
    try:
        if gold is not None:
            typer.echo(format_report(evaluate_files(gold, articles), errors=errors))
        if events is not None:
            if gold is not None:
                typer.echo("")
            typer.echo(format_event_report(evaluate_event_files(events, articles), errors=errors))
    except ValueError as problem:
        typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(code=1) from None


PROGRESS_THRESHOLD = 20  # articles; below this a build is quick and a bar is only noise


@app.command()
@_guarded
def build(
    inputs: list[Path] = typer.Argument(..., metavar="INPUT...", help="Article files (.txt, .jsonl) or folders of them."),
    out: Path = typer.Option(..., "--out", "-o", metavar="DIR",
                             help="Folder to write calendar.ics, index.html, events.json, timelinejs.json."),
    published: Optional[str] = typer.Option(None, "--published", metavar="DATE",
                                            help="Publication date for articles that lack one."),
    tz: Optional[str] = typer.Option(None, "--tz", metavar="ZONE",
                                     help="Time zone of clock times (IANA name); default the sources' or UTC."),
    max_span: int = typer.Option(31, "--max-span", min=1, metavar="DAYS",
                                 help="Longest event (in days) that goes into the feed."),
    months: Optional[str] = typer.Option(None, "--months", metavar="SYSTEM",
                                         help="Month names: maghreb, levant, egypt or algeria; default the articles' own."),
    base_url: Optional[str] = typer.Option(None, "--base-url", metavar="URL",
                                           help="Where the site is published (http:// or https://), for the webcal:// subscribe link."),
    templates: Optional[Path] = typer.Option(None, "--templates", metavar="DIR",
                                             help="Folder of templates that override the packaged ones."),
) -> None:
    """Build the timeline site: a calendar feed, a timeline page and JSON exports."""
    from rich.console import Console
    from rich.progress import Progress

    from .site import BuildError, OptionError, build as build_site

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
    except OptionError as error:
        raise _Fail(f"{error.option}: {error}", code=2) from None
    except BuildError as error:
        _report_problems(error.problems)
        raise _Fail(str(error)) from None
    except ValueError as error:
        raise _Fail(str(error), code=2) from None
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
