"""Feeds for subscribers: calendar.ics, upcoming.ics, feeds/CATEGORY.ics and feeds/index.json;
--since/--until windows; names, UIDs, determinism; written inside the build's staging folder."""
from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import icalendar
import pytest
from typer.testing import CliRunner

import timeline
from timeline import site
from timeline.cli import app
from timeline.events import build_events
from timeline.model import Source
from timeline.render.dates import DateLabels
from timeline.render.ics import (CATEGORY_SLUGS, FEEDS_INDEX, UPCOMING_FEED, category_slug, is_upcoming, plan_feeds,
                                 render_feeds)

from timeline_fixtures import SEEDS, seed_article

LABELS = DateLabels("egypt")
BASE = "https://news.example/t/"


@pytest.fixture(scope="module")
def seed_events():
    seed = seed_article()
    return build_events([(seed, timeline.extract_article(seed))])


def starts(data: bytes) -> list[date]:
    return sorted(event.start for event in icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_upcoming_holds_the_announced_events_of_the_seed(seed_events):
    feeds = render_feeds(seed_events, LABELS)
    # The coalition meeting (May 2022) and the forum (July 2022) were announced on 9 March 2022;
    # the 8 March press conference and December 2021 had already happened.
    assert starts(feeds[UPCOMING_FEED]) == [date(2022, 5, 1), date(2022, 7, 1)]
    assert starts(feeds["calendar.ics"]) == [date(2021, 12, 1), date(2022, 3, 8), date(2022, 5, 1), date(2022, 7, 1)]


def test_upcoming_counts_from_the_earliest_source(seed_events):
    may = next(e for e in seed_events if e.span[0] == date(2022, 5, 1))
    assert is_upcoming(may)
    # A later article retelling it does not make it less announced; one published in May (after the
    # span starts) alongside one of March: the earliest decides.
    later = Source(id="z-later", published=datetime(2022, 5, 20, 9, 0, tzinfo=timezone.utc))
    assert is_upcoming(replace(may, sources=(*may.sources, later)))
    assert not is_upcoming(replace(may, sources=(later,)))
    same_day = replace(may, span=(date(2022, 3, 9), date(2022, 3, 9)))
    assert not is_upcoming(same_day), "an event on the publication day is news, not an announcement"
    assert not is_upcoming(replace(may, sources=(Source(id="undated"),))), "no publication date: not upcoming"


def test_every_feed_has_its_own_name_and_a_stable_uid(seed_events):
    feeds = render_feeds(seed_events, LABELS, base_url=BASE, name="أخبار")
    calendars = {path: icalendar.Calendar.from_ical(data) for path, data in feeds.items() if path.endswith(".ics")}
    assert set(calendars) >= {"calendar.ics", "upcoming.ics", "feeds/meeting.ics", "feeds/forum.ics",
                              "feeds/press-conference.ics"}
    names = [str(c["X-WR-CALNAME"]) for c in calendars.values()]
    uids = [str(c["UID"]) for c in calendars.values()]
    assert len(set(names)) == len(names) and len(set(uids)) == len(uids)
    for calendar in calendars.values():
        assert str(calendar["NAME"]) == str(calendar["X-WR-CALNAME"])
    assert "اجتماع" in str(calendars["feeds/meeting.ics"]["NAME"])
    assert str(calendars["upcoming.ics"]["URL"]) == BASE + "upcoming.ics"
    # The UID belongs to the feed, not to its events: a window that changes every event keeps it.
    narrowed = render_feeds(seed_events, LABELS, base_url=BASE, name="أخبار", since=date(2022, 6, 1))
    assert icalendar.Calendar.from_ical(narrowed["upcoming.ics"])["UID"] == calendars["upcoming.ics"]["UID"]


def test_feeds_are_byte_identical_across_runs(seed_events):
    first = render_feeds(seed_events, LABELS, base_url=BASE)
    again = render_feeds(list(seed_events), LABELS, base_url=BASE)
    assert first == again


def test_calendar_ics_is_the_feed_it_always_was(seed_events):
    from timeline.render.ics import render_ics

    for options in ({}, {"base_url": BASE}):
        feed_url = BASE + "calendar.ics" if options else None
        expected = render_ics(seed_events, LABELS, max_span=31, name="x", feed_url=feed_url)
        assert render_feeds(seed_events, LABELS, name="x", **options)["calendar.ics"] == expected


def test_every_feed_is_the_bytes_icalendar_gives_for_it(seed_events):
    """Feeds share each event's serialised VEVENT; every feed is still its own calendar's to_ical()."""
    from timeline.render.ics import build_calendar
    import uuid

    timed = [replace(event, time="18:30", end_time="20:00", tz="Africa/Tunis") for event in seed_events]  # and a VTIMEZONE
    events = list(seed_events) + [replace(e, span=(e.span[0] + timedelta(days=1), e.span[1] + timedelta(days=1)))
                                  for e in timed]
    feeds = render_feeds(events, LABELS, base_url=BASE)
    planned = plan_feeds(events)
    assert len(planned) > 2
    for feed in planned:
        url = BASE + feed.path
        uid = None if feed.kind == "calendar" else str(uuid.uuid5(uuid.NAMESPACE_URL, url))
        calendar = build_calendar(feed.events, LABELS, name=feed.name, description=feed.description,
                                  feed_url=url, uid=uid)
        assert feeds[feed.path] == calendar.to_ical(), feed.path


def test_since_and_until_window_every_feed(seed_events):
    feeds = render_feeds(seed_events, LABELS, since=date(2022, 3, 9), until=date(2022, 6, 30))
    assert starts(feeds["calendar.ics"]) == [date(2022, 5, 1)]
    assert starts(feeds["upcoming.ics"]) == [date(2022, 5, 1)]
    assert sorted(p for p in feeds if p.startswith("feeds/")) == ["feeds/index.json", "feeds/meeting.ics"]
    # An event that straddles an end is in: December 2021's first days meet a window from 5 December.
    assert date(2021, 12, 1) in starts(render_feeds(seed_events, LABELS, since=date(2021, 12, 5))["calendar.ics"])
    assert starts(render_feeds(seed_events, LABELS, until=date(2022, 3, 8))["calendar.ics"]) == [
        date(2021, 12, 1), date(2022, 3, 8)]
    empty = render_feeds(seed_events, LABELS, since=date(2030, 1, 1))
    assert starts(empty["calendar.ics"]) == [] and starts(empty["upcoming.ics"]) == []
    icalendar.Calendar.from_ical(empty["upcoming.ics"])  # an empty feed is still a valid calendar


def test_category_file_names_are_stable_ascii():
    assert category_slug("اجتماع") == "meeting"
    assert category_slug("مؤتمر صحفي") == "press-conference"
    assert len(set(CATEGORY_SLUGS.values())) == len(CATEGORY_SLUGS), "two categories share a file"
    # A category added to the lexicon later is transliterated, independently of the others.
    assert category_slug("تظاهرة") == category_slug(" تظاهرة ") == "tzahra"
    for name in ("تظاهرة", "حملة انتخابية", "Sports", "؟؟", "index", "meeting", "calendar"):
        slug = category_slug(name)
        assert slug.isascii() and slug and "/" not in slug and not slug.startswith(".")
        assert slug not in ("index", "calendar", "upcoming")
    assert category_slug("meeting") != "meeting", "never the file of the table's اجتماع"


def test_every_lexicon_category_has_a_table_name():
    from timeline.lexicon import __file__ as lexicon_init
    from pathlib import Path

    table = Path(lexicon_init).with_name("event_triggers.tsv")
    categories = set()
    for line in table.read_text(encoding="utf-8").splitlines()[1:]:
        if line.startswith("#") or "\t" not in line:
            continue
        fields = line.split("\t")
        if len(fields) > 1 and fields[1].strip() and not fields[1].startswith("@"):
            categories.add(fields[1].strip())
    missing = sorted(c for c in categories if c not in CATEGORY_SLUGS)
    assert not missing, f"give these categories an English file name in CATEGORY_SLUGS: {missing}"


def test_index_json_lists_the_feeds(seed_events):
    feeds = render_feeds(seed_events, LABELS, base_url=BASE, since=date(2021, 1, 1))
    index = json.loads(feeds[FEEDS_INDEX])
    assert index["since"] == "2021-01-01" and index["until"] is None and index["max_span"] == 31
    listed = {f["path"]: f for f in index["feeds"]}
    assert set(listed) == {p for p in feeds if p.endswith(".ics")}
    assert [f["kind"] for f in index["feeds"][:2]] == ["calendar", "upcoming"]
    meeting = listed["feeds/meeting.ics"]
    assert meeting == {"kind": "category", "category": "اجتماع", "slug": "meeting", "name": meeting["name"],
                       "path": "feeds/meeting.ics", "events": 1, "url": BASE + "feeds/meeting.ics",
                       "webcal": "webcal://news.example/t/feeds/meeting.ics"}
    assert listed["upcoming.ics"]["events"] == 2
    bare = json.loads(render_feeds(seed_events, LABELS)[FEEDS_INDEX])
    assert all(f["url"] is None and f["webcal"] is None for f in bare["feeds"]), "no base URL, no absolute link"


def test_feed_kinds_choose_what_is_written(seed_events):
    only = render_feeds(seed_events, LABELS, kinds=("upcoming",))
    assert set(only) == {"upcoming.ics", FEEDS_INDEX}
    assert render_feeds(seed_events, LABELS, kinds=()) == {}
    with pytest.raises(ValueError, match="unknown feed"):
        plan_feeds(seed_events, kinds=("weekly",))


def test_long_events_stay_off_every_feed(seed_events):
    feeds = render_feeds(seed_events, LABELS, max_span=366)
    assert date(2014, 1, 1) in starts(feeds["calendar.ics"])
    assert date(2014, 1, 1) not in starts(feeds["upcoming.ics"])
    assert "feeds/founding.ics" in feeds
    assert "feeds/founding.ics" not in render_feeds(seed_events, LABELS)


# --- written by the build, inside the staging folder -----------------------------------------------------------

def build(out, **options):
    return site.build([SEEDS], out, **options)


def test_build_writes_every_feed_and_keeps_it_through_the_swap(tmp_path):
    out = tmp_path / "site"
    result = build(out, base_url=BASE)
    assert (out / "upcoming.ics").is_file() and (out / "feeds" / "index.json").is_file()
    assert result.feeds["upcoming.ics"] == 2 and result.feeds["calendar.ics"] == 4
    assert oct((out / "feeds").stat().st_mode & 0o777) == oct(0o755 & ~_umask())
    assert oct((out / "feeds" / "meeting.ics").stat().st_mode & 0o777) == "0o644"
    (out / "mentions.jsonl").write_text("kept\n", encoding="utf-8")
    first = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    # A narrower window drops two category feeds; the user's own file is carried over.
    build(out, base_url=BASE, since=date(2022, 4, 1))
    second = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert "feeds/press-conference.ics" in first and "feeds/press-conference.ics" not in second
    assert second["mentions.jsonl"] == b"kept\n"
    assert sorted(p for p in second if p.startswith("feeds/")) == ["feeds/forum.ics", "feeds/index.json",
                                                                   "feeds/meeting.ics"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site.")], "no staging folder left"
    build(out, base_url=BASE)
    third = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert third == first, "same input, same bytes"


def test_a_feed_turned_off_is_not_carried_over(tmp_path):
    out = tmp_path / "site"
    build(out)
    build(out, feeds=("calendar",))
    assert (out / "calendar.ics").is_file()
    assert not (out / "upcoming.ics").exists()
    assert [p.name for p in (out / "feeds").iterdir()] == ["index.json"], "only the list, of calendar.ics alone"
    assert [f["path"] for f in json.loads((out / FEEDS_INDEX).read_text(encoding="utf-8"))["feeds"]] == ["calendar.ics"]


def test_in_place_publishing_writes_the_feeds_too(tmp_path, monkeypatch):
    out = tmp_path / "site"
    build(out)
    monkeypatch.chdir(out)  # DIR is the current folder: it cannot be swapped, files are renamed in
    build(out, since=date(2022, 4, 1))
    assert sorted(p.name for p in (out / "feeds").iterdir()) == ["forum.ics", "index.json", "meeting.ics"]
    assert starts((out / "upcoming.ics").read_bytes()) == [date(2022, 5, 1), date(2022, 7, 1)]
    assert not [p for p in out.iterdir() if p.name.startswith(".timeline-staging-")]


def test_build_cli_windows_and_bad_windows(tmp_path):
    runner = CliRunner()
    out = tmp_path / "site"
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(out), "--until", "2022-03-08"])
    assert result.exit_code == 0, result.output
    assert starts((out / "calendar.ics").read_bytes()) == [date(2021, 12, 1), date(2022, 3, 8)]
    assert starts((out / "upcoming.ics").read_bytes()) == []
    before = (out / "calendar.ics").read_bytes()
    for args, message in ((["--since", "2022-13-01"], "--since: '2022-13-01' is not a date"),
                          (["--since", "2022-05-01", "--until", "2022-04-01"], "--until: 2022-04-01 is before")):
        result = runner.invoke(app, ["build", str(SEEDS), "--out", str(out), *args])
        assert result.exit_code == 2, result.output
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert (out / "calendar.ics").read_bytes() == before


def test_relative_window_days():
    from timeline.config import parse_day

    today = date(2022, 3, 9)
    assert parse_day("today", today) == today
    assert parse_day("today-30", today) == today - timedelta(days=30)
    assert parse_day("today+7d", today) == date(2022, 3, 16)
    assert parse_day("2022-01-02") == date(2022, 1, 2)
    with pytest.raises(ValueError):
        parse_day("yesterday")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
