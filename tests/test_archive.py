"""The SQLite archive: counts, one copy per article, mentions by engine version, two writers at once."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import timeline
from timeline import archive as archive_module
from timeline import site
from timeline.archive import Archive, engine_version
from timeline.cli import app

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
TEXTS = [
    "أعلنت الوزارة أن المؤتمر الوطني للشباب سينعقد يوم 12 ماي المقبل بمدينة فاس.",
    "تنطلق الدورة الجديدة من المهرجان الدولي للفيلم في 20 أبريل الجاري بمراكش.",
    "يعقد البرلمان جلسة عامة يوم 15 يونيو المقبل لمناقشة مشروع قانون المالية.",
    "ستجري الانتخابات البلدية في 8 سبتمبر المقبل في جميع أنحاء البلاد.",
]


def cli(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def jsonl(path: Path, *records) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def record(i: int, text: str | None = None, **extra) -> dict:
    return {"id": f"a{i}", "published": "2022-03-09", "title": f"خبر {i}", "text": text or TEXTS[i % len(TEXTS)],
            "url": f"https://news.example/a{i}", **extra}


def test_add_counts_new_updated_unchanged(tmp_path):
    db = tmp_path / "t.db"
    first = timeline.add([jsonl(tmp_path / "one.jsonl", record(0), record(1))], db=db)
    assert (first.new, first.updated, first.unchanged, first.total) == (2, 0, 0, 2)
    again = timeline.add([jsonl(tmp_path / "two.jsonl", record(0), record(1, TEXTS[1] + " وقال المنظمون إن"),
                                record(2))], db=db)
    assert (again.new, again.updated, again.unchanged, again.total) == (1, 1, 1, 3)
    with Archive(db) as archive:
        texts = {a.id: a.text for a in archive.articles()}
        assert texts["a1"].endswith("وقال المنظمون إن")
        assert archive.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_same_article_from_two_feeds_is_stored_once(tmp_path):
    db = tmp_path / "t.db"
    # two outlets' exports: the same canonical URL under other ids, the same text under another URL
    one = jsonl(tmp_path / "feed-a.jsonl", record(0), record(1))
    two = jsonl(tmp_path / "feed-b.jsonl", dict(record(0), id="wire-0"),
                dict(record(1), id="wire-1", url="https://mirror.example/x"))
    assert timeline.add([one], db=db).new == 2
    second = timeline.add([two], db=db)
    assert (second.new, second.updated, second.unchanged, second.total) == (0, 0, 2, 2)


def test_build_from_the_archive_extracts_only_what_is_new(tmp_path, monkeypatch):
    db, out = tmp_path / "t.db", tmp_path / "site"
    calls = []
    real = archive_module.extract_article
    monkeypatch.setattr(archive_module, "extract_article", lambda article: calls.append(article.id) or real(article))
    news = jsonl(tmp_path / "news.jsonl", *(record(i) for i in range(4)))
    first = site.build([news], out, db=db)
    assert sorted(calls) == ["a0", "a1", "a2", "a3"] and first.extracted == 4 and first.added.new == 4
    calls.clear()
    second = site.build([], out, db=db)
    assert calls == [] and second.extracted == 0 and second.articles == 4
    assert second.added is None
    assert (out / "events.json").read_bytes() == _events_after(first, out)
    jsonl(tmp_path / "more.jsonl", record(4, "سيزور الرئيس المغرب يوم 3 يوليو المقبل."), record(1, TEXTS[1] + " محدث"))
    third = site.build([tmp_path / "more.jsonl"], out, db=db)
    assert sorted(calls) == ["a1", "a4"] and third.extracted == 2 and third.articles == 5
    calls.clear()
    monkeypatch.setattr(archive_module, "engine_version", lambda: "an-upgrade")
    upgraded = site.build([], out, db=db)
    assert len(calls) == 5 and upgraded.extracted == 5, "a new engine version re-extracts everything"
    with Archive(db) as archive:
        engines = {row[0] for row in archive.db.execute("SELECT DISTINCT engine FROM mentions")}
    assert engines == {"an-upgrade"}


def _events_after(result, out):
    return (out / "events.json").read_bytes()


def test_the_archive_gives_the_same_site_as_the_files(tmp_path):
    direct = site.build([SEEDS], tmp_path / "direct")
    archived = site.build([SEEDS], tmp_path / "archived", db=tmp_path / "t.db")
    again = site.build([], tmp_path / "again", db=tmp_path / "t.db")  # mentions read back from the archive
    assert archived.extracted == 1 and again.extracted == 0
    for name in ("events.json", "calendar.ics", "index.html"):
        expected = (tmp_path / "direct" / name).read_bytes()
        assert (tmp_path / "archived" / name).read_bytes() == expected, name
        assert (tmp_path / "again" / name).read_bytes() == expected, name
    assert len(direct.events) == len(again.events)


def test_cli_add_then_build_with_the_default_archive(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    added = cli("add", SEEDS)
    assert added.exit_code == 0, added.output
    assert added.stdout.strip() == "timeline.db: 1 new, 0 updated, 0 unchanged; 1 articles in the archive"
    assert (tmp_path / "timeline.db").exists()
    built = cli("build", "--db", "timeline.db", "--out", "site")
    assert built.exit_code == 0, built.output
    assert "archive timeline.db: 1 extracted, 0 from the archive" in built.stderr
    rebuilt = cli("build", SEEDS, "--db", "timeline.db", "--out", "site")
    assert "0 new, 0 updated, 1 unchanged; 1 articles in the archive; 0 extracted, 1 from the archive" in rebuilt.stderr


def test_build_without_db_writes_no_archive(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli("build", SEEDS, "--out", "site").exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_unusable_archive_paths_are_one_line(tmp_path):
    (tmp_path / "folder").mkdir()
    result = cli("add", SEEDS, "--db", tmp_path / "folder")
    assert result.exit_code == 2 and result.stderr.startswith("error: --db: ") and "folder" in result.stderr
    (tmp_path / "junk.db").write_bytes(b"this is not sqlite, " * 100)
    result = cli("build", SEEDS, "--db", tmp_path / "junk.db", "--out", tmp_path / "site")
    assert result.exit_code == 2 and "not a timeline archive" in result.stderr
    assert not (tmp_path / "site").exists()
    empty = cli("build", "--db", tmp_path / "empty.db", "--out", tmp_path / "site")
    assert empty.exit_code == 1 and "archive" in empty.stderr and not (tmp_path / "site").exists()


def test_a_failed_source_is_reported_and_the_rest_archived(tmp_path):
    result = cli("add", SEEDS, tmp_path / "missing.jsonl", "--db", tmp_path / "t.db")
    assert result.exit_code == 1
    assert f"warning: {tmp_path / 'missing.jsonl'}: no such file or folder" in result.stderr
    assert "1 new" in result.stdout


WRITER = """
import sys, timeline
result = timeline.add([sys.argv[1]], db=sys.argv[2])
print(result.new, result.total)
"""


def test_two_processes_adding_at_once_both_succeed(tmp_path):
    db = tmp_path / "t.db"
    inputs = []
    for name, start in (("x", 0), ("y", 1000)):
        texts = [record(start + i, f"{TEXTS[i % 4]} رقم {start + i}") for i in range(120)]
        inputs.append(jsonl(tmp_path / f"{name}.jsonl", *texts))
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(db)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for path in inputs]
    outputs = [writer.communicate(timeout=120) for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0], outputs
    assert sorted(int(out.split()[0]) for out, _ in outputs) == [120, 120]
    with sqlite3.connect(db) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert check.execute("SELECT count(*) FROM articles").fetchone()[0] == 240


def test_engine_version_names_the_package_and_its_tables():
    version = engine_version()
    assert version.startswith(timeline_version() + "+") and len(version.split("+")[1]) == 12


def test_engine_sources_follow_the_engine_imports_into_split_modules_and_packages():
    from pathlib import Path

    import timeline
    from timeline.archive import engine_sources

    here = Path(timeline.__file__).parent
    names = {str(path.relative_to(here)) for path in engine_sources(here)}
    assert {"engine.py", "year_context.py", "resolved.py", "rules/years.py", "lexicon/__init__.py"} <= names
    assert not names & {"site.py", "cli.py", "archive.py"}
    assert not any(name.startswith(("events/", "render/", "sources/")) for name in names)


def test_events_version_follows_the_events_layer_into_modules_outside_it():
    from pathlib import Path

    import timeline
    from timeline.archive import imported_sources

    here = Path(timeline.__file__).parent
    names = {str(path.relative_to(here)) for path in imported_sources(sorted((here / "events").rglob("*.py")))}
    assert {"events/titles/speakers.py", "events/places/gazetteer.py", "terms.py"} <= names
    assert "site.py" not in names


def timeline_version() -> str:
    from importlib.metadata import version

    return version("timeline")


@pytest.mark.parametrize("name", ["AddResult", "Archive", "SourceSpec", "add", "read_sources"])
def test_library_names(name):
    assert hasattr(timeline, name)


def test_a_rebuild_reuses_each_articles_event_drafts(tmp_path, monkeypatch):
    """Detection, titles and places run once per article and version: a rebuild only merges and renders."""
    from timeline.events.build import EventBuilder

    db, out = tmp_path / "t.db", tmp_path / "site"
    news = jsonl(tmp_path / "news.jsonl", *(record(i) for i in range(4)))
    site.build([news], out, db=db)
    first = (out / "events.json").read_bytes()
    drafted = []
    real = EventBuilder.article_drafts
    monkeypatch.setattr(EventBuilder, "article_drafts",
                        lambda self, article, mentions: drafted.append(article.id) or real(self, article, mentions))
    site.build([], out, db=db)
    assert drafted == [] and (out / "events.json").read_bytes() == first
    jsonl(tmp_path / "more.jsonl", record(1, TEXTS[1] + " محدث"))
    site.build([tmp_path / "more.jsonl"], out, db=db)
    assert drafted == ["a1"], "a changed article is drafted again, the others are not"
    monkeypatch.setattr(archive_module, "events_version", lambda: "new-events-code")
    drafted.clear()
    site.build([], out, db=db)
    assert sorted(drafted) == ["a0", "a1", "a2", "a3"], "new events code drafts everything again"
