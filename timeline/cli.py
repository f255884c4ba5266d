"""The command line: each command reads its input, calls one library function, writes its output."""
from __future__ import annotations

import functools
import os
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer

from .batch import default_jobs, extract_records
from .sources import YEARS, date_in_range, failed, parse_published, read_articles


app = typer.Typer(help="Find Arabic time expressions in news and publish them as a timeline.", no_args_is_help=True,
                  rich_markup_mode=None,  # plain help: no type tags (<str>, <path>) beside the arguments
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


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


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
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, metavar="N",
                                       help="Processes to extract with (default: one per CPU, for batches of 32 "
                                            "articles or more; the output is the same for any N)."),
) -> None:
    """Write one mention record per article per line (the JSON record of docs/resolution.md)."""
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
    for done in extract_records(batch.articles, jobs=default_jobs() if jobs is None else jobs):
        if done.line is None:
            typer.echo(f"warning: {done.article.origin or done.article.id}: could not extract time expressions: "
                       f"{done.error}; skipped", err=True)
            problems += 1
            continue
        lines.append(done.line)
    text = "\n".join(lines) + ("\n" if lines else "")
    if output is None:
        sys.stdout.write(text)
    else:
        from .atomic import write_atomic

        try:
            write_atomic(output, text.encode("utf-8"))
        except OSError as error:
            raise _Fail(f"cannot write {output}: {error.strerror or error}; it is left as it was") from None
    if failed(batch.problems) or problems:
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
    from .evaluate import evaluate_files, format_report
    from .evaluate_events import evaluate_event_files, format_event_report

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
    inputs: Optional[list[str]] = typer.Argument(
        None, metavar="[INPUT...]",
        help="Article files (.txt, .jsonl), folders, RSS/Atom feeds or article pages (paths or http(s) URLs)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="DIR",
                                       help="Folder to write calendar.ics, upcoming.ics, feeds/, index.html, events.json, "
                                            "timelinejs.json (default: site.out of timeline.toml)."),
    db: Optional[Path] = typer.Option(None, "--db", metavar="PATH",
                                      help="SQLite archive: add the sources to it, then build from every archived article."),
    published: Optional[str] = typer.Option(None, "--published", metavar="DATE",
                                            help="Publication date for articles that lack one."),
    tz: Optional[str] = typer.Option(None, "--tz", metavar="ZONE",
                                     help="Time zone of clock times (IANA name); default the sources' or UTC."),
    max_span: Optional[int] = typer.Option(None, "--max-span", min=1, metavar="DAYS",
                                           help="Longest event (in days) that goes into the feeds (default 31)."),
    months: Optional[str] = typer.Option(None, "--months", metavar="SYSTEM",
                                         help="Month names: maghreb, levant, egypt or algeria; default the articles' own."),
    base_url: Optional[str] = typer.Option(None, "--base-url", metavar="URL",
                                           help="Where the site is published (http:// or https://), for the webcal:// subscribe link."),
    templates: Optional[Path] = typer.Option(None, "--templates", metavar="DIR",
                                             help="Folder of templates that override the packaged ones."),
    config: Optional[Path] = typer.Option(None, "--config", metavar="PATH",
                                          help="Settings file (default: ./timeline.toml when no SOURCE is given); "
                                               "flags override it."),
    since: Optional[str] = typer.Option(None, "--since", metavar="DATE",
                                        help="Feeds hold events ending on or after DATE (2022-01-01, today, today-30)."),
    until: Optional[str] = typer.Option(None, "--until", metavar="DATE",
                                        help="Feeds hold events starting on or before DATE."),
    lang: str = typer.Option("ar", "--lang", metavar="LANG",
                             help="Language of the pages' labels: ar, fr or en (the articles' text stays as written)."),
    timelinejs_limit: int = typer.Option(100, "--timelinejs-limit", min=0, metavar="N",
                                         help="Key events (by importance) in timelinejs.json; 0 for all."),
) -> None:
    """Build the timeline site: calendar feeds (all, upcoming, per category), a timeline page and JSON exports."""
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

    settings = _build_settings(inputs, config, out=out, db=db, tz=tz, months=months, base_url=base_url,
                               max_span=max_span, since=_day_option("--since", since), until=_day_option("--until", until))
    if not settings.sources and settings.db is None:
        raise _Fail("give SOURCE... to read, --db PATH to build from an archive, or a timeline.toml "
                    "(`timeline init` writes one)", code=2)
    if settings.out is None:
        raise _Fail("--out: give the folder to write (or out = \"…\" under [site] in timeline.toml)", code=2)
    from .render.dates import LANGUAGES

    if lang not in LANGUAGES:
        raise _Fail(f"--lang: unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}", code=2)
    try:
        result = build_site(settings.sources, settings.out, published=_published_option(published),
                            template_dir=templates, progress=on_progress, on_articles=on_articles, db=settings.db,
                            lang=lang, timelinejs_limit=timelinejs_limit or None, **settings.options)
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
    if settings.db is not None and getattr(result, "extracted", None) is not None:
        added = f"{result.added.summary()}; " if getattr(result, "added", None) is not None else ""
        typer.echo(f"archive {settings.db}: {added}{result.extracted} extracted, "
                   f"{result.articles - result.extracted} from the archive", err=True)
    upcoming = getattr(result, "feeds", {}).get("upcoming.ics")
    typer.echo(f"{_count(len(result.events), 'event')} ({result.feed_events} in the feed"
               + (f", {upcoming} upcoming" if upcoming is not None else "")
               + f") from {_count(result.articles, 'article')} -> {result.out_dir}", err=True)
    if failed(result.problems):
        raise typer.Exit(code=1)


def _day_option(option: str, value: Optional[str]) -> date | None:
    from .config import parse_day

    if value is None:
        return None
    try:
        return parse_day(value)
    except ValueError as error:
        raise _Fail(f"{option}: {error}", code=2) from None


def _build_settings(inputs, config, **flags):
    from .config import ConfigError, build_settings

    try:
        return build_settings(inputs, config=config, **flags)
    except ConfigError as error:
        raise _Fail(str(error), code=2) from None


@app.command()
@_guarded
def init(
    path: Optional[Path] = typer.Argument(None, metavar="[PATH]",
                                          help="Where to write it (a folder gets timeline.toml); default ./timeline.toml."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a commented example timeline.toml (site, archive, feeds, sources)."""
    from .config import write_example

    try:
        written = write_example(path, force=force)
    except (FileExistsError, FileNotFoundError) as error:
        raise _Fail(str(error)) from None
    typer.echo(f"wrote {written}; edit its [[sources]], then run: timeline build", err=True)


@app.command()
@_guarded
def serve(
    directory: Path = typer.Argument(..., metavar="DIR", help="The built site (the --out folder of build)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, metavar="PORT", help="Port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host", metavar="HOST",
                             help="Address to listen on; the default answers this machine only."),
) -> None:
    """Preview a built site over HTTP: the page and its feeds, with ETag/304 and gzip."""
    from .serve import serve as serve_site

    try:
        serve_site(directory, host, port, echo=typer.echo)
    except NotADirectoryError as error:
        raise _Fail(str(error), code=2) from None
    except OSError as error:
        raise _Fail(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    except KeyboardInterrupt:
        typer.echo("stopped", err=True)


@app.command()
@_guarded
def add(
    sources: Optional[list[str]] = typer.Argument(
        None, metavar="[SOURCE...]",
        help="Article files (.txt, .jsonl), folders, RSS/Atom feeds or article pages (paths or http(s) URLs); "
             "default: the sources of timeline.toml."),
    db: Optional[Path] = typer.Option(None, "--db", metavar="PATH",
                                      help="The archive (SQLite); default: the archive of timeline.toml, else ./timeline.db."),
    published: Optional[str] = typer.Option(None, "--published", metavar="DATE",
                                            help="Publication date for articles that lack one."),
    config: Optional[Path] = typer.Option(None, "--config", metavar="PATH",
                                          help="Settings file (default: ./timeline.toml when no SOURCE is given)."),
) -> None:
    """Read the sources into the archive: one line of counts (new, updated, unchanged), problems as warnings."""
    import sqlite3

    from .archive import DEFAULT_DB, add as add_sources

    fallback = _published_option(published)
    settings = _build_settings(sources, config, db=db)
    if not settings.sources:
        raise _Fail("give SOURCE... to add, or a timeline.toml with [[sources]] (`timeline init` writes one)", code=2)
    path = settings.db or Path(DEFAULT_DB)
    try:
        result = add_sources(settings.sources, db=path, published=fallback)
    except ValueError as error:
        raise _Fail(f"--db: {error}", code=2) from None
    except sqlite3.Error as error:
        raise _Fail(f"{path}: {error}") from None
    _report_problems(result.problems)
    typer.echo(f"{path}: {result.summary()}")
    if failed(result.problems):
        raise typer.Exit(code=1)


if __name__ == "__main__":
    app()
