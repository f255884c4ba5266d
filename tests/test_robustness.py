"""Every bad input of issue 8 is one clear line naming the file:line or the option; never a traceback;
the other articles still go through; exit status 1 when something was skipped (2 for a bad option)."""
from __future__ import annotations

import errno
import json
import os
from datetime import date, datetime, timedelta, timezone

import pytest
from typer.testing import CliRunner

from timeline import site, site_publish, sources
from timeline.cli import app
from timeline.model import Source
from timeline.render import encode_url
from timeline.render.ics import _stamp
from timeline.sources import read_articles

from timeline_fixtures import SEEDS

runner = CliRunner()
GOOD_TEXT = "تنعقد القمة العربية بالجزائر في نونبر المقبل."


def record(article_id, text=GOOD_TEXT, published="2022-03-09", **more) -> dict:
    return {"id": article_id, "published": published, "text": text, **more}


def jsonl(path, *records) -> str:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def cli(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def extracted_ids(result) -> list[str]:
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(("warning:", "error:"))]


# Readers -----------------------------------------------------------------------------------------

def test_jsonl_splits_on_newline_only(tmp_path):
    path = tmp_path / "news.jsonl"
    text = "سطر\u2028آخر\u2029فقرة\u0085و\rفي ماي المقبل"
    jsonl(path, record("a", text), "{bad", record("b"))
    batch = read_articles([path])
    assert [a.id for a in batch.articles] == ["a", "b"]
    assert batch.articles[0].text == text
    [problem] = batch.problems
    assert problem.startswith(f"{path}:2: not valid JSON (") and problem.endswith("; line skipped")
    assert batch.articles[1].origin == f"{path}:3"


def test_a_byte_order_mark_is_tolerated(tmp_path):
    (tmp_path / "news.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps(record("first")).encode() + b"\n")
    (tmp_path / "note.txt").write_bytes("\ufeff".encode() + "وصل الوفد أمس".encode())
    (tmp_path / "note.meta.json").write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "note", "published": "2022-03-09"}).encode())
    batch = read_articles([tmp_path])
    assert batch.problems == []
    assert sorted(a.id for a in batch.articles) == ["first", "note"]
    assert all(not a.text.startswith("\ufeff") for a in batch.articles)


def test_meta_json_that_is_not_an_object(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('["2022-03-09"]', encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD_TEXT + " ", encoding="utf-8")
    (tmp_path / "b.meta.json").write_text('{"published": "2022-03-09"}', encoding="utf-8")
    result = cli("extract", tmp_path)
    assert result.exit_code == 1
    assert warnings(result) == [f"warning: {tmp_path / 'a.meta.json'}:1: expected a JSON object, found a list; article skipped"]
    assert extracted_ids(result) == ["b"]


@pytest.mark.parametrize("bad_id, kind", [(["x", "y"], "a list"), (3.5, "a number"), ({"a": 1}, "an object"), (True, "a boolean")])
def test_ids_that_are_not_strings(tmp_path, bad_id, kind):
    path = jsonl(tmp_path / "news.jsonl", record(bad_id), record("ok", GOOD_TEXT + " "), record(7, GOOD_TEXT + "  "))
    result = cli("extract", path)
    assert result.exit_code == 1
    assert warnings(result) == [f"warning: {path}:1: the id must be a string, found {kind}; article skipped"]
    assert extracted_ids(result) == ["ok", "7"]  # an integer id is taken as its digits


def test_meta_json_id_that_is_a_list(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"id": [1], "published": "2022-03-09"}', encoding="utf-8")
    result = cli("build", tmp_path, "--out", tmp_path / "site")
    assert result.exit_code == 1
    assert f"{tmp_path / 'a.meta.json'}:1: the id must be a string, found a list" in result.stderr


@pytest.mark.parametrize("field", ["text", "id", "title"])
def test_lone_surrogates_are_named_and_the_rest_goes_through(tmp_path, field):
    path = tmp_path / "news.jsonl"
    bad = record("bad", GOOD_TEXT + " x")
    bad[field] = bad.get(field, "") + "\ud800"
    path.write_text(json.dumps(bad) + "\n" + json.dumps(record("ok")) + "\n", encoding="utf-8")  # ASCII escapes
    for command in (["extract", path], ["build", path, "--out", tmp_path / "site"]):
        result = cli(*command)
        assert result.exit_code == 1
        lines = [w for w in warnings(result) if "surrogate" in w]
        assert len(lines) == 1 and lines[0].startswith(f"warning: {path}:1: the {field} holds a lone surrogate")
    assert extracted_ids(cli("extract", path)) == ["ok"]
    assert json.loads((tmp_path / "site" / "events.json").read_text(encoding="utf-8"))["events"]


def test_an_empty_txt_is_an_empty_article(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    for extra in ([], ["--published", "2022-03-09"]):
        result = cli("extract", tmp_path, *extra)
        assert result.exit_code == 1
        assert f"warning: {tmp_path / 'empty.txt'}:1: empty article 'empty'; skipped" in warnings(result)
        assert "publication date" not in result.stderr.split("empty.txt")[1].split("\n")[0]
    assert extracted_ids(result) == ["good"]


def test_the_same_article_twice_is_read_once(tmp_path):
    path = jsonl(tmp_path / "news.jsonl", record("a"), record("a"), record("copy"), record("other", GOOD_TEXT + " وغدا"))
    result = cli("extract", path)
    assert result.exit_code == 0, "the same story twice loses nothing: reported, not a failure"
    built = cli("build", path, "--out", tmp_path / "site")
    assert built.exit_code == 0 and "read once" in built.stderr
    with_bad_line = jsonl(tmp_path / "bad.jsonl", record("a"), record("a"), "not json")
    assert cli("extract", with_bad_line).exit_code == 1, "a skipped line still fails the run"
    assert extracted_ids(result) == ["a", "other"]
    assert f"warning: {path}:2: article 'a' is also at {path}:1 (the same text); read once" in warnings(result)
    assert f"warning: {path}:3: article 'copy' has the same text as 'a' ({path}:1); read once" in warnings(result)
    once = site.build([jsonl(tmp_path / "one.jsonl", record("a"))], tmp_path / "once")
    twice = site.build([path], tmp_path / "twice")
    assert len(twice.events) == len(once.events) + 0 or len(twice.events) <= len(once.events) + 1


def test_which_duplicate_is_kept_does_not_depend_on_order(tmp_path):
    old, new = record("a", GOOD_TEXT, "2022-03-09"), record("a", GOOD_TEXT + " محدث", "2022-03-10")
    forward = read_articles([jsonl(tmp_path / "f.jsonl", old, new)]).articles
    backward = read_articles([jsonl(tmp_path / "b.jsonl", new, old)]).articles
    assert [a.text for a in forward] == [a.text for a in backward] == [new["text"]]


def test_a_huge_article_is_truncated_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_ARTICLE_CHARS", 1000)
    text = ("اجتماع في 9 مارس 2022 " * 100).strip()
    path = jsonl(tmp_path / "news.jsonl", record("big", text), record("ok"))
    batch = read_articles([path])
    assert [a.id for a in batch.articles] == ["big", "ok"]
    assert len(batch.articles[0].text) <= 1000 and text.startswith(batch.articles[0].text)
    assert batch.problems == [f"{path}:1: article 'big' has {len(text):,} characters; only the first "
                              f"{len(batch.articles[0].text):,} are read (the limit is 1,000)"]


@pytest.mark.parametrize("edge", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "0999-12-31"])
def test_dates_at_the_edge_of_the_calendar(tmp_path, edge):
    path = jsonl(tmp_path / "news.jsonl", record("edge", GOOD_TEXT + " x", edge), record("ok"))
    result = cli("build", path, "--out", tmp_path / "site")
    assert result.exit_code == 1
    assert any(w.startswith(f"warning: {path}:1: article 'edge' has the publication date") and "1000-2200" in w
               for w in warnings(result))
    assert (tmp_path / "site" / "calendar.ics").exists()


def test_the_feed_stamp_survives_the_edge_of_the_calendar():
    edge = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5)))
    assert _stamp([Source(id="x", title="", url=None, published=edge)]).year == 1970


# Output and options -----------------------------------------------------------------------------

def test_out_that_is_a_file(tmp_path):
    target = tmp_path / "prod"
    target.write_text("mine", encoding="utf-8")
    result = cli("build", SEEDS, "--out", target)
    assert result.exit_code == 2 and warnings(result) == [f"error: --out: {target} is a file, not a folder"]
    assert target.read_text(encoding="utf-8") == "mine"


def test_out_that_is_read_only(tmp_path, monkeypatch):
    target = tmp_path / "prod"
    target.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: (mode != os.W_OK or str(path) != str(target))
                        and real_access(path, mode, **kw))
    result = cli("build", SEEDS, "--out", target)  # root ignores permissions: the check is what is tested
    assert result.exit_code == 2 and warnings(result) == [f"error: --out: {target} is read-only"]
    assert list(target.iterdir()) == []


def test_a_full_disk_is_one_line(tmp_path, monkeypatch):
    def full(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(site_publish, "_write_file", full)
    result = cli("build", SEEDS, "--out", tmp_path / "prod")
    assert result.exit_code == 1
    assert warnings(result) == [f"error: cannot write {tmp_path / 'prod'}: No space left on device; it is left as it was"]
    assert list(tmp_path.iterdir()) == []


def test_extract_to_a_folder_or_nowhere(tmp_path):
    result = cli("extract", SEEDS, "-o", tmp_path)
    assert result.exit_code == 2 and warnings(result)[0].startswith(f"error: -o: {tmp_path} is a folder")
    result = cli("extract", SEEDS, "-o", tmp_path / "missing" / "m.jsonl")
    assert result.exit_code == 2 and warnings(result) == [f"error: -o: {tmp_path / 'missing'} does not exist"]


def test_extract_that_reads_nothing_keeps_the_previous_output(tmp_path):
    previous = tmp_path / "prev.jsonl"
    previous.write_text("previous\n", encoding="utf-8")
    result = cli("extract", tmp_path / "typo.jsonl", "-o", previous)
    assert result.exit_code == 1
    assert warnings(result)[-1] == f"error: no article could be read; {previous} is left as it was"
    assert previous.read_text(encoding="utf-8") == "previous\n"


def test_extract_full_disk_keeps_the_previous_output(tmp_path, monkeypatch):
    previous = tmp_path / "prev.jsonl"
    previous.write_text("previous\n", encoding="utf-8")
    real_replace = os.replace

    def full(source, destination):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    result = cli("extract", SEEDS, "-o", previous)
    monkeypatch.setattr(os, "replace", real_replace)
    assert result.exit_code == 1
    assert warnings(result) == [f"error: cannot write {previous}: No space left on device; it is left as it was"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prev.jsonl"]


def test_templates_with_a_syntax_error(tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "timeline.html").write_text("<p>\n{% if %}\n", encoding="utf-8")
    result = cli("build", SEEDS, "--out", tmp_path / "site", "--templates", folder)
    assert result.exit_code == 2
    [line] = warnings(result)
    assert line.startswith(f"error: --templates: {folder / 'timeline.html'}:2: template syntax error")
    assert not (tmp_path / "site").exists()


def test_templates_with_an_undefined_name(tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "timeline.html").write_text("<p>\n{{ no_such_name }}</p>\n", encoding="utf-8")
    result = cli("build", SEEDS, "--out", tmp_path / "site", "--templates", folder)
    assert result.exit_code == 1
    [line] = warnings(result)
    assert line.startswith(f"error: {folder / 'timeline.html'}:2: template error: 'no_such_name' is undefined")
    assert not (tmp_path / "site").exists()


def test_a_missing_templates_folder_is_an_error(tmp_path):
    result = cli("build", SEEDS, "--out", tmp_path / "site", "--templates", tmp_path / "nope")
    assert result.exit_code == 2 and warnings(result) == [f"error: --templates: {tmp_path / 'nope'}: no such folder"]


@pytest.mark.parametrize("option, message", [
    (["--tz", "+01:00"], "error: --tz: unknown time zone '+01:00'"),
    (["--months", "french"], "error: --months: unknown month system 'french'"),
    (["--base-url", "news.example.org"], "error: --base-url: 'news.example.org' is not an absolute http(s) URL"),
    (["--published", "9 March"], "error: --published: '9 March' is not an ISO date"),
    (["--published", "0001-01-01"], "error: --published: '0001-01-01' is outside the years 1000-2200"),
])
def test_options_are_checked_before_reading(tmp_path, monkeypatch, option, message):
    def never(*args, **kwargs):
        raise AssertionError("the corpus was read before the options were checked")

    monkeypatch.setattr(site, "read_articles", never)
    result = cli("build", SEEDS, "--out", tmp_path / "site", *option)
    assert result.exit_code == 2
    [line] = warnings(result)
    assert line.startswith(message)


def test_version_and_help():
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.startswith("timeline ")
    for command in (["--help"], ["build", "--help"], ["extract", "--help"], ["evaluate", "--help"]):
        text = cli(*command).stdout
        assert "<bool>" not in text and "<str>" not in text and "<path>" not in text and "{inputs}" not in text, command
    assert "INPUT..." in cli("build", "--help").stdout


def test_something_skipped_is_exit_1_and_the_rest_is_built(tmp_path):
    path = jsonl(tmp_path / "news.jsonl", record("ok"), "[1, 2]", record("undated", published=None))
    result = cli("build", path, "--out", tmp_path / "site")
    assert result.exit_code == 1 and len(warnings(result)) == 2
    assert json.loads((tmp_path / "site" / "events.json").read_text(encoding="utf-8"))["events"]


def test_source_urls_are_percent_encoded():
    assert encode_url("https://news.example/أخبار?q=مارس") == \
        "https://news.example/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1?q=%D9%85%D8%A7%D8%B1%D8%B3"
    assert encode_url("https://news.example/a%20b?x=1&y=2#top") == "https://news.example/a%20b?x=1&y=2#top"
    assert encode_url("https://مثال.مصر/") == "https://xn--mgbh0fb.xn--wgbh1c/"
