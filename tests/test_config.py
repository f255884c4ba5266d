"""timeline.toml: `timeline init`, reading and checking the file, flags over the file, `build` with no SOURCE."""
from __future__ import annotations

import json
import shutil
import tomllib
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.config import EXAMPLE, ConfigError, SourceEntry, build_settings, load_config, parse_config
from timeline.cli import app

from timeline_fixtures import SEEDS

runner = CliRunner()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def project(tmp_path: Path, extra: str = "") -> Path:
    """A newsroom folder: articles/ (the seed) and a timeline.toml naming it."""
    shutil.copytree(SEEDS, tmp_path / "articles")
    return write(tmp_path / "timeline.toml", f"""
[site]
title = "أخبار الرباط"
description = "مواعيد الرباط"
base_url = "https://news.example/rabat/"
out = "public"

[feeds]
max_span = 31

[[sources]]
location = "articles/"
name = "Seed"
country = "MA"
timezone = "Africa/Casablanca"
{extra}""")


# --- init --------------------------------------------------------------------------------------------------

def test_init_writes_the_commented_example_and_never_overwrites(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0, result.output
    written = (tmp_path / "timeline.toml").read_text(encoding="utf-8")
    assert written == EXAMPLE and written.count("#") > 20
    config = load_config(tmp_path / "timeline.toml")
    assert config.sources == (SourceEntry(location=str(tmp_path / "articles")),)
    assert config.out == tmp_path / "site" and config.archive == tmp_path / "timeline.db"
    assert config.feeds == ("calendar", "upcoming", "categories")

    (tmp_path / "timeline.toml").write_text("# mine\n", encoding="utf-8")
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 1
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert (tmp_path / "timeline.toml").read_text(encoding="utf-8") == "# mine\n"
    assert runner.invoke(app, ["init", "--force"]).exit_code == 0
    assert (tmp_path / "timeline.toml").read_text(encoding="utf-8") == EXAMPLE


def test_init_into_a_folder_or_a_named_file(tmp_path):
    (tmp_path / "news").mkdir()
    assert runner.invoke(app, ["init", str(tmp_path / "news")]).exit_code == 0
    assert (tmp_path / "news" / "timeline.toml").is_file()
    assert runner.invoke(app, ["init", str(tmp_path / "other.toml")]).exit_code == 0
    assert (tmp_path / "other.toml").is_file()
    result = runner.invoke(app, ["init", str(tmp_path / "missing" / "timeline.toml")])
    assert result.exit_code == 1 and "does not exist" in result.stderr


def test_the_example_is_valid_toml_with_every_key():
    data = tomllib.loads(EXAMPLE)
    assert set(data) == {"site", "archive", "feeds", "sources"}
    uncommented = "\n".join(line.split("#", 1)[1] for line in EXAMPLE.splitlines() if line.startswith("# ")
                            and "=" in line)
    for key in ("base_url", "timezone", "months", "since", "until", "country"):
        assert key in uncommented or key in str(data), key


# --- reading and checking ----------------------------------------------------------------------------------

def test_values_and_relative_paths(tmp_path):
    config = load_config(project(tmp_path))
    assert config.title == "أخبار الرباط" and config.description == "مواعيد الرباط"
    assert config.base_url == "https://news.example/rabat/"
    assert config.out == tmp_path / "public", "relative to the file's folder, not the working folder"
    assert config.sources == (SourceEntry(str(tmp_path / "articles"), "Seed", "MA", "Africa/Casablanca"),)
    assert config.max_span == 31 and config.archive is None


def test_sources_may_be_plain_strings_and_urls_stay_urls(tmp_path):
    config = parse_config(tomllib.loads(
        'sources = ["in/", "https://news.example/feed.xml", {location = "/abs/x.jsonl", country = "tn"}]\n'
        '[feeds]\nupcoming = false\nsince = 2022-01-01\nuntil = "today+365"\n'), tmp_path / "timeline.toml")
    assert [s.location for s in config.sources] == [str(tmp_path / "in"), "https://news.example/feed.xml", "/abs/x.jsonl"]
    assert config.sources[2].country == "TN"
    assert config.feeds == ("calendar", "categories")
    assert config.since == date(2022, 1, 1) and config.until > date.today()


@pytest.mark.parametrize("text, where", [
    ("[site]\ntitel = 'x'\n", "timeline.toml: site.titel: unknown key"),
    ("colour = 1\n", "timeline.toml: colour: unknown key"),
    ("site = 3\n", "timeline.toml: site: must be a table"),
    ("[site]\ntitle = 3\n", "timeline.toml: site.title: must be a string"),
    ("[site]\nbase_url = 'news.example/t'\n", "timeline.toml: site.base_url: 'news.example/t' is not an absolute"),
    ("[site]\ntimezone = 'Mars/Olympus'\n", "timeline.toml: site.timezone: unknown time zone 'Mars/Olympus'"),
    ("[site]\nmonths = 'hijri'\n", "timeline.toml: site.months: unknown month system 'hijri'"),
    ("[site]\nout = ''\n", "timeline.toml: site.out: is empty"),
    ("[feeds]\nupcoming = 'yes'\n", "timeline.toml: feeds.upcoming: must be true or false"),
    ("[feeds]\nmax_span = 0\n", "timeline.toml: feeds.max_span: must be a whole number of days"),
    ("[feeds]\nsince = 'last week'\n", "timeline.toml: feeds.since: 'last week' is not a date"),
    ("[feeds]\nsince = 2022-05-01\nuntil = 2022-04-01\n", "timeline.toml: feeds.until: 2022-04-01 is before"),
    ("sources = 'seeds/'\n", "timeline.toml: sources: must be a list"),
    ("[[sources]]\nname = 'x'\n", "timeline.toml: sources[1].location: missing"),
    ("[[sources]]\nlocation = 'a'\n[[sources]]\nlocation = 'b'\nzone = 'UTC'\n", "timeline.toml: sources[2].zone: unknown key"),
    ("[[sources]]\nlocation = 'a'\ncountry = 'Morocco'\n", "timeline.toml: sources[1].country: 'Morocco' is not a two-letter"),
])
def test_a_bad_value_names_the_file_and_the_key(tmp_path, monkeypatch, text, where):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "timeline.toml", text)
    with pytest.raises(ConfigError) as error:
        load_config("timeline.toml")
    assert str(error.value).startswith(where)
    assert "\n" not in str(error.value)


def test_broken_toml_names_the_line(tmp_path):
    path = write(tmp_path / "timeline.toml", "[site]\ntitle = 'x'\nout = \n")
    with pytest.raises(ConfigError, match=r"timeline.toml:3: invalid TOML"):
        load_config(path)
    (tmp_path / "bad.toml").write_bytes(b"[site]\ntitle = '\xff'\n")
    with pytest.raises(ConfigError, match="is not UTF-8"):
        load_config(tmp_path / "bad.toml")
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "nothing.toml")


def test_a_byte_order_mark_is_accepted(tmp_path):
    (tmp_path / "timeline.toml").write_bytes(b"\xef\xbb\xbf[site]\ntitle = 'x'\n")
    assert load_config(tmp_path / "timeline.toml").title == "x"


# --- flags over the file -----------------------------------------------------------------------------------

def test_flags_override_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    project(tmp_path, "\n[archive]\npath = 'news.db'\n")
    settings = build_settings(None)
    assert settings.out == tmp_path / "public" and settings.db == tmp_path / "news.db"
    assert settings.options["base_url"] == "https://news.example/rabat/" and settings.options["title"] == "أخبار الرباط"
    assert settings.options["max_span"] == 31 and settings.options["since"] is None
    flagged = build_settings(None, out=Path("elsewhere"), db=Path("other.db"), base_url="https://b.example/",
                             max_span=7, since=date(2022, 1, 1), tz="Asia/Beirut", months="levant")
    assert flagged.out == Path("elsewhere") and flagged.db == Path("other.db")
    assert {key: flagged.options[key] for key in ("base_url", "max_span", "since", "tz", "months")} == {
        "base_url": "https://b.example/", "max_span": 7, "since": date(2022, 1, 1), "tz": "Asia/Beirut",
        "months": "levant"}
    assert flagged.options["title"] == "أخبار الرباط", "what no flag says still comes from the file"


def test_sources_become_the_sources_package_specs(tmp_path, monkeypatch):
    sources = pytest.importorskip("timeline.sources")
    if not hasattr(sources, "SourceSpec"):
        pytest.skip("timeline.sources.SourceSpec not there")
    monkeypatch.chdir(tmp_path)
    project(tmp_path)
    [spec] = build_settings(None).sources
    assert isinstance(spec, sources.SourceSpec)
    assert (spec.location, spec.name, spec.country, spec.timezone) == (str(tmp_path / "articles"), "Seed", "MA",
                                                                       "Africa/Casablanca")
    assert build_settings(["x.jsonl"]).sources == ["x.jsonl"], "SOURCE arguments replace the file's"


def test_sources_given_means_no_config_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "timeline.toml", "this is not toml [")
    settings = build_settings(["seeds/"], out=Path("x"))
    assert settings.config is None and settings.sources == ["seeds/"]
    with pytest.raises(ConfigError):
        build_settings(["seeds/"], config=tmp_path / "timeline.toml")  # unless asked for


# --- `timeline build` with the file ------------------------------------------------------------------------

def test_build_with_no_source_reads_timeline_toml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    project(tmp_path)
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "public"
    index = json.loads((out / "feeds" / "index.json").read_text(encoding="utf-8"))
    upcoming = next(f for f in index["feeds"] if f["kind"] == "upcoming")
    assert upcoming["webcal"] == "webcal://news.example/rabat/upcoming.ics"
    assert "أخبار الرباط" in upcoming["name"]
    assert "أخبار الرباط" in (out / "index.html").read_text(encoding="utf-8")
    assert not (tmp_path / "timeline.db").exists(), "no [archive] in the file, no archive written"


def test_build_config_from_elsewhere_and_flags_win(tmp_path, monkeypatch):
    (tmp_path / "newsroom").mkdir()
    config = project(tmp_path / "newsroom")
    elsewhere = tmp_path / "cron"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = runner.invoke(app, ["build", "--config", str(config), "--out", "flagged", "--until", "2022-03-08"])
    assert result.exit_code == 0, result.output
    assert (elsewhere / "flagged" / "calendar.ics").is_file() and not (tmp_path / "newsroom" / "public").exists()
    index = json.loads((elsewhere / "flagged" / "feeds" / "index.json").read_text(encoding="utf-8"))
    assert index["until"] == "2022-03-08"


def test_build_with_a_bad_config_is_one_line_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    project(tmp_path, "\n[site2]\nupcoming = 1\n")
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: timeline.toml: site2: unknown key; the file has [archive], [feeds], [site] and [[sources]]"
    write(tmp_path / "timeline.toml", "[site]\nmonths = 'x'\n")
    result = runner.invoke(app, ["build", "--config", "timeline.toml"])
    assert result.exit_code == 2 and result.stderr.startswith("error: timeline.toml: site.months: unknown month system")
    assert not (tmp_path / "public").exists() and not (tmp_path / "site").exists()


def test_build_with_nothing_to_read_says_what_to_give(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", "--out", "site"])
    assert result.exit_code == 2
    assert "timeline.toml" in result.stderr and "timeline init" in result.stderr
    write(tmp_path / "timeline.toml", "[[sources]]\nlocation = 'articles/'\n")
    (tmp_path / "articles").mkdir()
    shutil.copy(SEEDS / "rabat-coalition.txt", tmp_path / "articles")
    shutil.copy(SEEDS / "rabat-coalition.meta.json", tmp_path / "articles")
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 2 and "--out" in result.stderr, "no out in the file and no --out"
