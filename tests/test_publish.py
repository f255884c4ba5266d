"""Safe publishing: all or nothing, a reader sees one complete build, nothing left behind.

The kill test runs a writer that publishes two different builds in turn, kills it with SIGKILL at
random points many times, while a reader in another process reads the four files through one
handle on the folder; the reader must only ever see the four files of one build.
"""
from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline import site, site_publish
from timeline.site_publish import OUTPUTS, BuildError, clean_stale, publish

from timeline_fixtures import SEEDS

ROOT = Path(__file__).resolve().parent.parent


def article(article_id: str, text: str) -> str:
    return json.dumps({"id": article_id, "published": "2022-03-09", "title": "قمة", "text": text}, ensure_ascii=False)


def two_builds(tmp_path: Path) -> tuple[dict[str, bytes], dict[str, bytes]]:
    builds = []
    for name, text in (("a", "تنعقد القمة العربية بالجزائر في نونبر المقبل."),
                       ("b", "سيعقد المنتدى الاقتصادي في ماي المقبل بالرباط.")):
        source = tmp_path / f"{name}.jsonl"
        source.write_text(article(name, text) + "\n", encoding="utf-8")
        site.build([source], tmp_path / f"build-{name}")
        builds.append({n: (tmp_path / f"build-{name}" / n).read_bytes() for n in OUTPUTS})
    assert builds[0] != builds[1]
    return builds[0], builds[1]


def leftovers(out: Path) -> list[str]:
    beside = [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]
    inside = [p.name for p in out.iterdir() if p.name.startswith(".")] if out.is_dir() else []
    return beside + inside


def start_writer(builds, out: Path) -> int:
    """A forked child that publishes the two builds in turn until it is killed (fork: no import to wait for)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            i = 0
            while True:
                publish(builds[i % 2], out)
                i += 1
        finally:
            os._exit(0)
    return pid


READER = """
import os, sys, json, time, hashlib
from pathlib import Path
names = ["calendar.ics", "index.html", "events.json", "timelinejs.json"]
good = {tuple(hashlib.sha256(bytes.fromhex(b[n])).hexdigest() for n in names)
        for b in json.loads(Path(sys.argv[1]).read_text())}
out, stop = sys.argv[2], Path(sys.argv[3])
seen = mixed = missing = retried = 0
while not stop.exists():
    try:
        folder = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    except FileNotFoundError:
        missing += 1
        continue
    try:
        digests = []
        for name in names:
            fd = os.open(name, os.O_RDONLY, dir_fd=folder)
            with os.fdopen(fd, "rb") as stream:
                digests.append(hashlib.sha256(stream.read()).hexdigest())
    except FileNotFoundError:
        retried += 1  # the folder read was the previous build, deleted after the swap: read again
        continue
    finally:
        os.close(folder)
    seen += 1
    if tuple(digests) not in good:
        mixed += 1
print(json.dumps({"seen": seen, "mixed": mixed, "missing": missing, "retried": retried}))
"""


def test_kill_9_at_random_points_never_shows_a_mixed_build(tmp_path):
    first, second = two_builds(tmp_path)
    data = tmp_path / "builds.json"
    data.write_text(json.dumps([{k: v.hex() for k, v in b.items()} for b in (first, second)]))
    out = tmp_path / "public" / "site"
    publish(first, out)
    stop = tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(data), str(out), str(stop)],
                              stdout=subprocess.PIPE, text=True)
    rng = random.Random(8)
    kills = 0
    try:
        deadline = time.monotonic() + 3
        while kills < 20 or (time.monotonic() < deadline and kills < 200):
            pid = start_writer((first, second), out)
            time.sleep(rng.uniform(0.0, 0.03))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            kills += 1
            on_disk = {n: (out / n).read_bytes() for n in OUTPUTS}
            assert on_disk in (first, second), "the folder holds one complete build after each kill"
    finally:
        stop.touch()
        report = json.loads(reader.communicate(timeout=30)[0])
    assert report["mixed"] == 0, report
    assert report["missing"] == 0, report  # renameat2 exchange: the folder never disappears
    assert report["seen"] > 0
    clean_stale(out)
    assert leftovers(out) == [], "the next build removes what killed builds left"


def test_a_build_that_reads_nothing_leaves_the_site_untouched(tmp_path):
    out = tmp_path / "prod"
    site.build([SEEDS], out)
    before = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (tmp_path / "empty").mkdir()
    (tmp_path / "feed.xml").write_text("<rss/>", encoding="utf-8")
    for inputs in ([tmp_path / "corpus.jsonl.typo"], [tmp_path / "empty"], ["https://news.example/feed"],
                   [tmp_path / "feed.xml"]):
        with pytest.raises(BuildError) as caught:
            site.build(inputs, out)
        assert "nothing to publish" in str(caught.value) and caught.value.problems
        assert {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert leftovers(out) == []


def test_a_full_disk_leaves_the_site_untouched_and_nothing_behind(tmp_path, monkeypatch):
    out = tmp_path / "prod"
    site.build([SEEDS], out)
    before = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    written = []

    def full(path, data):
        written.append(path)
        if len(written) == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        path.write_bytes(data)

    monkeypatch.setattr(site_publish, "_write_file", full)
    with pytest.raises(BuildError, match="No space left on device"):
        site.build([SEEDS], out, months="levant")
    assert {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert leftovers(out) == []


def test_files_a_user_keeps_in_the_folder_are_carried_over(tmp_path):
    out = tmp_path / "site"
    site.build([SEEDS], out)
    (out / "mentions.jsonl").write_text("{}\n", encoding="utf-8")
    (out / "assets").mkdir()
    (out / "assets" / "logo.svg").write_text("<svg/>", encoding="utf-8")
    (out / ".calendar.ics.abc123.tmp").write_bytes(b"left by an older version")
    site.build([SEEDS], out, months="levant")
    assert (out / "mentions.jsonl").read_text(encoding="utf-8") == "{}\n"
    assert (out / "assets" / "logo.svg").read_text(encoding="utf-8") == "<svg/>"
    assert "أيار" in (out / "index.html").read_text(encoding="utf-8")
    assert leftovers(out) == []


def test_without_exchange_a_build_killed_between_renames_is_rolled_back(tmp_path, monkeypatch):
    first, second = two_builds(tmp_path)
    out = tmp_path / "site"
    publish(first, out)
    monkeypatch.setattr(site_publish, "_exchange", lambda a, b: False)
    publish(second, out)
    assert {n: (out / n).read_bytes() for n in OUTPUTS} == second
    assert leftovers(out) == []

    renames = []
    real_rename = os.rename

    def killed_after_first(source, destination):
        renames.append(destination)
        if len(renames) == 2:
            raise KeyboardInterrupt  # stands for SIGKILL between the two renames
        real_rename(source, destination)

    monkeypatch.setattr(os, "rename", killed_after_first)
    with pytest.raises(KeyboardInterrupt):
        publish(first, out)
    monkeypatch.setattr(os, "rename", real_rename)
    # the handler put it back; simulate the kill by moving it aside by hand, as a killed run leaves it
    aside = tmp_path / ".site.old-killed"
    os.rename(out, aside)
    clean_stale(out)
    assert {n: (out / n).read_bytes() for n in OUTPUTS} == second, "the previous build comes back"
    assert leftovers(out) == []


def test_stale_staging_of_a_running_build_is_kept(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    running = tmp_path / ".site.staging-running"
    stale = tmp_path / ".site.staging-stale"
    running.mkdir()
    stale.mkdir()
    lock = site_publish._lock(running)
    try:
        clean_stale(out)
        assert running.exists() and not stale.exists()
    finally:
        os.close(lock)


def test_extract_output_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "prev.jsonl"
    target.write_text("previous\n", encoding="utf-8")
    (tmp_path / ".prev.jsonl.stale.tmp").write_text("left by a killed run", encoding="utf-8")

    def crash(source, destination):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        site.write_atomic(target, b"new")
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prev.jsonl"]
