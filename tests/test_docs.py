"""The project stands on its own: what the README tells a user to run works from a clone.

- the README's shell examples that use `samples/` run and exit 0;
- no file of the repository points at the shared folder beside the development checkout, except
  the benchmark's optional corpus and the README sentence that explains it;
- the sample corpus reads without a problem, its gold slices its text, and it builds into a site
  with events (the wire copy of one article merged with it).
"""
from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
CORPUS = SAMPLES / "news_sample.jsonl"
GOLD = SAMPLES / "gold_sample.jsonl"
OUTSIDE = "../" + "shared"  # spelled in two parts so that this file does not match its own search


def timeline_command() -> list[str]:
    """The `timeline` script of the interpreter running the tests (the project's .venv)."""
    script = Path(sys.executable).with_name("timeline")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "from timeline.cli import app; app()"]


def run_timeline(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(timeline_command() + args, cwd=REPO, capture_output=True, text=True,
                          timeout=300, **kwargs)


def shell_examples(markdown: Path, prompt: str) -> list[list[str]]:
    """Command lines of the fenced blocks of `markdown` that start with `prompt` and use samples/."""
    commands = []
    in_block = False
    for line in markdown.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_block = not in_block
            continue
        if in_block and line.startswith(prompt) and "samples/" in line:
            words = shlex.split(line[len(prompt):].split("  #")[0])
            if words and words[0] == "timeline":
                commands.append(words[1:])
    return commands


def with_out_in(args: list[str], folder: Path) -> list[str]:
    """The example's command with its --out / -o written into `folder` instead."""
    args = list(args)
    for flag in ("--out", "-o", "--output"):
        if flag in args:
            index = args.index(flag) + 1
            args[index] = str(folder / Path(args[index]).name)
    return args


README_EXAMPLES = shell_examples(REPO / "README.md", "$ ")
SAMPLE_EXAMPLES = shell_examples(SAMPLES / "README.md", "")


def test_the_readme_shows_the_sample_commands():
    used = {args[0] for args in README_EXAMPLES}
    assert {"evaluate", "build"} <= used, README_EXAMPLES
    evaluate = next(args for args in README_EXAMPLES if args[0] == "evaluate")
    assert evaluate[evaluate.index("--gold") + 1] == "samples/gold_sample.jsonl"
    assert evaluate[evaluate.index("--articles") + 1] == "samples/news_sample.jsonl"


# Each command once: samples/README.md repeats some of the README's.
EXAMPLES = [list(args) for args in dict.fromkeys(tuple(args) for args in README_EXAMPLES + SAMPLE_EXAMPLES)]


@pytest.mark.parametrize("args", EXAMPLES, ids=" ".join)
def test_shell_example_runs(args, tmp_path):
    result = run_timeline(with_out_in(args, tmp_path))
    assert result.returncode == 0, f"timeline {' '.join(args)}\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    assert "Traceback" not in result.stderr
    if args[0] == "evaluate":
        assert re.search(r"^value F1 \d", result.stdout, re.M), result.stdout[-2000:]


def test_nothing_points_outside_the_repository():
    """The shared folder (OUTSIDE) sits beside the development checkout; a clone does not have it."""
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    found = subprocess.run(["git", "grep", "-n", "-I", "--untracked", "-F", OUTSIDE], cwd=REPO,
                           capture_output=True, text=True)
    assert found.returncode in (0, 1), found.stderr
    allowed = ("docs/", "benchmarks/bench_dateparser.py", "benchmarks/README.md")
    readme_lines = []
    wrong = []
    for hit in found.stdout.splitlines():
        path, _, rest = hit.partition(":")
        if path.startswith(allowed):
            continue
        if path == "README.md":
            readme_lines.append(rest)
            continue
        wrong.append(hit)
    assert not wrong, "files that point outside the repository:\n" + "\n".join(wrong)
    # The README may name the benchmark's optional corpus, in the one sentence that explains it.
    assert len(readme_lines) <= 1, readme_lines
    for line in readme_lines:
        assert f"{OUTSIDE}/corpus/news_ar.jsonl" in line, line
    if readme_lines:
        assert "samples/news_sample.jsonl" in (REPO / "README.md").read_text(encoding="utf-8")


def test_the_benchmark_falls_back_to_the_sample():
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import bench_dateparser
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    path, why = bench_dateparser.default_corpus()
    expected = bench_dateparser.SHARED_CORPUS if bench_dateparser.SHARED_CORPUS.is_file() else CORPUS
    assert path == expected
    assert why
    articles = bench_dateparser.load_articles(CORPUS, None)
    assert len(articles) == 30


def sample_records() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_the_sample_corpus_reads_without_problems():
    from timeline import read_articles

    batch = read_articles([CORPUS])
    assert batch.problems == []
    assert len(batch.articles) == 30
    records = sample_records()
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert set(record) == {"id", "published", "title", "text", "url", "country"}, record["id"]
        assert 400 <= len(record["text"]) <= 1500, record["id"]
        assert record["url"].startswith("https://example.org/"), record["id"]
        assert re.fullmatch(r"[A-Z]{2}", record["country"]), record["id"]
    assert any("+" in r["published"] for r in records) and any(len(r["published"]) == 10 for r in records)


def test_the_gold_slices_the_sample_text():
    texts = {r["id"]: r["text"] for r in sample_records()}
    lines = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert {g["id"] for g in lines} <= texts.keys()
    for gold in lines:
        for m in gold["mentions"]:
            assert texts[gold["id"]][m["start"]:m["end"]] == m["text"], (gold["id"], m)
            assert m["type"] in {"DATE", "TIME", "DURATION", "SET"}
            assert (m["span"] is None) == (m["type"] in {"DURATION", "SET"}), (gold["id"], m)


def test_the_sample_builds_into_a_site(tmp_path):
    out = tmp_path / "site"
    result = run_timeline(["build", str(CORPUS), "--out", str(out)])
    assert result.returncode == 0, result.stderr[-2000:]
    for name in ("calendar.ics", "index.html", "events.json", "timelinejs.json"):
        assert (out / name).is_file(), name
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    events = data["events"] if isinstance(data, dict) else data
    assert len(events) >= 20
    # The wire copy (ma-agri-fair-wire) tells the fair in the same words: one event, two sources.
    def sources(event):
        return {m.get("source") for m in event.get("mentions", [])}
    assert any({"ma-agri-fair", "ma-agri-fair-wire"} <= sources(e) for e in events)
