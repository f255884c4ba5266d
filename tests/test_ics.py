"""The calendar feed: RFC 5545/7986 properties, all-day and timed events, determinism, three parsers."""
from __future__ import annotations

import json
import subprocess
from datetime import date, datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

import timeline
from timeline.events import build_events
from timeline.render.dates import DateLabels
from timeline.render.ics import render_ics

from timeline_fixtures import JS, article, mention, require_node_package, seed_article

LABELS = DateLabels("egypt")


def seed_feed(**options) -> bytes:
    seed = seed_article()
    return render_ics(build_events([(seed, timeline.extract_article(seed))]), LABELS, **options)


def timed_events(text="تنطلق الندوة يوم الأحد 13 مارس على الساعة 15:30 بالدار البيضاء."):
    doc = article(text, published=datetime(2022, 3, 9, 8, 0, tzinfo=ZoneInfo("Africa/Casablanca")))
    day = (date(2022, 3, 13),) * 2
    return build_events([(doc, [mention("الساعة 15:30", text, "TIME", "2022-03-13T15:30", day, None)])])


def vevents(data: bytes):
    return icalendar.Calendar.from_ical(data).walk("VEVENT")


def test_calendar_properties():
    calendar = icalendar.Calendar.from_ical(seed_feed(feed_url="https://news.example/t/calendar.ics"))
    for name in ("PRODID", "VERSION", "NAME", "X-WR-CALNAME", "DESCRIPTION", "REFRESH-INTERVAL", "X-PUBLISHED-TTL", "UID"):
        assert name in calendar, name
    assert calendar["VERSION"] == "2.0"
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert calendar["NAME"].params["LANGUAGE"] == "ar"
    assert calendar["URL"] == "https://news.example/t/calendar.ics"
    # The calendar's UID is fixed for a feed URL: re-running never makes it a new calendar.
    again = icalendar.Calendar.from_ical(seed_feed(feed_url="https://news.example/t/calendar.ics"))
    assert again["UID"] == calendar["UID"]


def test_seed_feed_holds_events_up_to_31_days():
    events = vevents(seed_feed())
    starts = sorted(event.start for event in events)
    assert starts == [date(2021, 12, 1), date(2022, 3, 8), date(2022, 5, 1), date(2022, 7, 1)]
    assert len(vevents(seed_feed(max_span=366))) == 5, "--max-span lets the year 2014 in"


def test_all_day_events_are_dates_with_exclusive_end_and_fuzzy_ones_are_transparent():
    by_start = {event.start: event for event in vevents(seed_feed())}
    press = by_start[date(2022, 3, 8)]
    assert press["DTSTART"].params.get("VALUE") == "DATE"
    assert press.end == date(2022, 3, 9)
    early_december = by_start[date(2021, 12, 1)]
    assert early_december.end == date(2021, 12, 11)
    assert early_december["TRANSP"] == "TRANSPARENT"
    assert "التاريخ الدقيق غير معروف: أوائل ديسمبر 2021" in early_december["DESCRIPTION"]
    may = by_start[date(2022, 5, 1)]
    assert may.end == date(2022, 6, 1) and may["TRANSP"] == "TRANSPARENT"


def test_event_properties():
    press = {event.start: event for event in vevents(seed_feed())}[date(2022, 3, 8)]
    assert press["SUMMARY"].params["LANGUAGE"] == "ar"
    assert press["DESCRIPTION"].params["LANGUAGE"] == "ar"
    assert press["URL"] == "https://example.org/seed/rabat-coalition"
    assert press["LOCATION"] == "الرباط، المغرب"
    assert press["GEO"].latitude == pytest.approx(34.0, abs=0.1) and press["GEO"].longitude == pytest.approx(-6.8, abs=0.1)
    assert press.categories == ["مؤتمر صحفي"]
    assert press["UID"].endswith("@timeline")
    # Stamps come from the data (the source's publication), not from the clock.
    assert press.DTSTAMP == datetime(2022, 3, 9, tzinfo=ZoneInfo("UTC")).replace(tzinfo=press.DTSTAMP.tzinfo)
    assert press.last_modified == press.DTSTAMP


def test_feed_is_byte_identical_across_runs():
    assert seed_feed() == seed_feed()


def test_timed_event_in_a_time_zone_has_vtimezone():
    data = render_ics(timed_events(), LABELS, tz=ZoneInfo("Africa/Casablanca"))
    calendar = icalendar.Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    assert event.start == datetime(2022, 3, 13, 15, 30, tzinfo=ZoneInfo("Africa/Casablanca"))
    assert event["DTSTART"].params["TZID"] == "Africa/Casablanca"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Africa/Casablanca"]
    assert render_ics(timed_events(), LABELS, tz=ZoneInfo("Africa/Casablanca")) == data


def test_timed_event_in_utc_needs_no_vtimezone():
    data = render_ics(timed_events("تنطلق الندوة يوم الأحد 13 مارس على الساعة 15:30."), LABELS)
    assert b"DTSTART:20220313T153000Z" in data
    assert b"VTIMEZONE" not in data


def test_a_clock_time_is_local_to_its_place_whatever_the_feed_zone():
    data = render_ics(timed_events(), LABELS, tz=ZoneInfo("Asia/Riyadh"))
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Africa/Casablanca"


def test_a_clock_range_has_an_end():
    text = "يفتح المعرض أبوابه يوم 13 مارس من الساعة العاشرة صباحا إلى الساعة الثانية بعد الظهر بتونس."
    doc = article(text)
    day = (date(2022, 3, 13),) * 2
    events = build_events([(doc, [
        mention("الساعة العاشرة صباحا", text, "TIME", "2022-03-13T10:00", day, None),
        mention("الساعة الثانية بعد الظهر", text, "TIME", "2022-03-13T14:00", day, None),
    ])])
    (event,) = vevents(render_ics(events, LABELS))
    assert event.start == datetime(2022, 3, 13, 10, 0, tzinfo=ZoneInfo("Africa/Tunis"))
    assert event.end == datetime(2022, 3, 13, 14, 0, tzinfo=ZoneInfo("Africa/Tunis"))


@pytest.mark.parametrize("name", ["seed", "timed"])
def test_vobject_validates_the_feed(name):
    data = seed_feed() if name == "seed" else render_ics(timed_events(), LABELS, tz=ZoneInfo("Africa/Casablanca"))
    parsed = vobject.readOne(data.decode("utf-8"))
    parsed.validate(raiseException=True)
    assert len(parsed.vevent_list) >= 1


def ical_js(path) -> dict:
    require_node_package("ical.js")
    done = subprocess.run(["node", str(JS / "parse-ics.mjs"), str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_ical_js_reads_the_seed_feed(tmp_path):
    path = tmp_path / "calendar.ics"
    path.write_bytes(seed_feed())
    parsed = ical_js(path)
    assert parsed["calname"] == parsed["name"]
    assert parsed["refresh"] == "PT6H"
    events = {e["start"]: e for e in parsed["events"]}
    assert set(events) == {"2021-12-01", "2022-03-08", "2022-05-01", "2022-07-01"}
    assert events["2022-03-08"]["isDate"] and events["2022-03-08"]["end"] == "2022-03-09"
    assert events["2022-03-08"]["location"] == "الرباط، المغرب"
    assert events["2021-12-01"]["transp"] == "TRANSPARENT"
    assert "أوائل ديسمبر 2021" in events["2021-12-01"]["description"]


def test_ical_js_reads_a_timed_event_in_its_zone(tmp_path):
    path = tmp_path / "calendar.ics"
    path.write_bytes(render_ics(timed_events(), LABELS, tz=ZoneInfo("Africa/Casablanca")))
    parsed = ical_js(path)
    (event,) = parsed["events"]
    assert event["start"] == "2022-03-13T15:30:00" and event["timezone"] == "Africa/Casablanca"
    # Casablanca kept +01:00 through March 2022 (its Ramadan switch came in April).
    assert event["utc"] == datetime(2022, 3, 13, 14, 30, tzinfo=ZoneInfo("UTC")).timestamp()
    assert parsed["zones"] == ["Africa/Casablanca"]


def test_feeds_are_byte_identical_across_processes(tmp_path):
    """Set and dict orders change with the hash seed of each process: nothing may depend on them."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    sample = Path(__file__).resolve().parent.parent / "samples" / "news_sample.jsonl"
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"site{seed}"
        subprocess.run([sys.executable, "-m", "timeline.cli", "build", str(sample), "--out", str(out)],
                       env={**os.environ, "PYTHONHASHSEED": seed}, check=True, capture_output=True)
        outputs.append({p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert outputs[0].keys() == outputs[1].keys()
    assert b"BEGIN:VTIMEZONE" in outputs[0]["calendar.ics"]
    for name in outputs[0]:
        assert outputs[0][name] == outputs[1][name], name
