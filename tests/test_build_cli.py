"""`timeline build`: the one command, its outputs, bad input, determinism, atomic writes, examples/."""
from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from timeline import site
from timeline.cli import app

from timeline_fixtures import EXAMPLE_SITE, SEEDS

OUTPUTS = ("calendar.ics", "index.html", "events.json", "timelinejs.json")
runner = CliRunner()


def run(*args):
    return runner.invoke(app, ["build", *map(str, args)])


def test_build_writes_the_site(tmp_path):
    result = run(SEEDS, "--out", tmp_path / "site")
    assert result.exit_code == 0, result.output
    for name in OUTPUTS:
        assert (tmp_path / "site" / name).stat().st_size > 0
    record = json.loads((tmp_path / "site" / "events.json").read_text(encoding="utf-8"))
    events = record["events"]
    assert len(events) == 5
    assert [e["span"][0] for e in events] == sorted(e["span"][0] for e in events)
    for event in events:
        assert {"title", "span", "grain", "category", "place", "sentence", "mentions", "sources"} <= set(event)
        assert set(event["sources"][0]) == {"id", "title", "url", "published"}
        assert all({"text", "start", "end", "type", "value", "span", "grain"} <= set(m) for m in event["mentions"])
    may = next(e for e in events if e["span"] == ["2022-05-01", "2022-05-31"])
    assert {m["text"] for m in may["mentions"]} >= {"ماي المقبل", "مايو المقبل"}
    timelinejs = json.loads((tmp_path / "site" / "timelinejs.json").read_text(encoding="utf-8"))
    assert len(timelinejs["events"]) == 5
    assert timelinejs["events"][0]["start_date"] == {"year": 2014}
    assert {"year": 2022, "month": 3, "day": 8} in [e["start_date"] for e in timelinejs["events"]]


def test_bad_input_is_named_and_the_rest_is_built(tmp_path):
    articles = tmp_path / "articles.jsonl"
    good = {"id": "ok", "published": "2022-03-09", "title": "قمة", "url": "https://x.example/ok",
            "text": "تنعقد القمة العربية بالجزائر في نونبر المقبل."}
    undated = {"id": "undated", "text": "اجتماع في ماي المقبل."}
    articles.write_text(
        json.dumps(good, ensure_ascii=False) + "\n{not json\n" + json.dumps(undated, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    result = run(articles, "--out", tmp_path / "site")
    assert result.exit_code == 1
    assert f"{articles}:2:" in result.stderr and f"{articles}:3:" in result.stderr
    events = json.loads((tmp_path / "site" / "events.json").read_text(encoding="utf-8"))["events"]
    assert [e["span"] for e in events] == [["2022-11-01", "2022-11-30"]]
    assert events[0]["category"] == "قمة"


def test_published_option_dates_undated_articles(tmp_path):
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "u", "text": "اجتماع في ماي المقبل."}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run(articles, "--published", "2022-03-09", "--out", tmp_path / "site")
    assert result.exit_code == 0, result.output
    events = json.loads((tmp_path / "site" / "events.json").read_text(encoding="utf-8"))["events"]
    assert events[0]["span"] == ["2022-05-01", "2022-05-31"]


def test_options_reach_the_outputs(tmp_path):
    result = run(SEEDS, "--out", tmp_path, "--months", "levant", "--max-span", "400",
                 "--base-url", "https://news.example/t", "--tz", "Africa/Casablanca")
    assert result.exit_code == 0, result.output
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "أيار 2022" in html and "webcal://news.example/t/calendar.ics" in html
    assert (tmp_path / "calendar.ics").read_bytes().count(b"BEGIN:VEVENT") == 5


@pytest.mark.parametrize("option", [["--months", "martian"], ["--tz", "Mars/Olympus"]])
def test_bad_options_are_user_errors(tmp_path, option):
    result = run(SEEDS, "--out", tmp_path, *option)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_same_input_gives_identical_files(tmp_path):
    run(SEEDS, "--out", tmp_path / "one")
    run(SEEDS, "--out", tmp_path / "two")
    for name in OUTPUTS:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_quiet_when_not_a_terminal(tmp_path):
    result = run(SEEDS, "--out", tmp_path)
    assert "━" not in result.stderr and "\x1b[" not in result.stderr


def test_writes_are_atomic(tmp_path, monkeypatch):
    target = tmp_path / "calendar.ics"
    site.write_atomic(target, b"old feed")
    assert oct(target.stat().st_mode & 0o777) == "0o644"

    def crash(source, destination):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        site.write_atomic(target, b"new feed, half written")
    assert target.read_bytes() == b"old feed", "a reader never sees a half-written file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calendar.ics"], "no temporary file left behind"


def test_examples_are_current(tmp_path):
    """examples/seed-site holds the seed's site as `make examples` builds it; regenerate it when this fails."""
    site.build([SEEDS], tmp_path)
    for name in OUTPUTS:
        committed = EXAMPLE_SITE / name
        assert committed.exists(), f"{committed} is missing: run `make examples`"
        assert committed.read_bytes() == (tmp_path / name).read_bytes(), f"{committed} is stale: run `make examples`"
