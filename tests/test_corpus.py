"""The example corpus (tests/corpus/*.tsv) as the engine's specification.

positives.tsv: one time expression per row, with the value RESOLUTION.md gives it.
negatives.tsv: sentences in which nothing may be found except vague references.

Four kinds of test, so that failures are reported separately:

- test_corpus_files_parse      the files are well formed (a malformed row fails loudly here)
- test_positive_value          a non-vague mention of the right type overlaps the expected text
                               and has the right span / mod / value
- test_positive_extent         ... and its extent is exactly the expected text (softer: a fused
                               one-letter proclitic such as لـ/بـ/و is tolerated either way)
- test_negative                no non-vague mention at all

Test ids start with the file and line number (e.g. ``positives:123``), so a failure names its row.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
POSITIVES = CORPUS / "positives.tsv"
NEGATIVES = CORPUS / "negatives.tsv"

POSITIVE_COLUMNS = ["dct", "sentence", "expected_text", "type", "value", "span_first", "span_last", "mod"]
NEGATIVE_COLUMNS = ["sentence", "note"]
TYPES = ("DATE", "TIME", "DURATION", "SET")
MODS = ("", "START", "MID", "END")
NEGATIVE_DCT = date(2022, 3, 9)  # the spec's example DCT; negatives must be empty whatever the DCT
PROCLITICS = "لبوفك"  # one-letter prefixes that may be fused to the first word of a mention


# ----------------------------------------------------------------------------- reading the files


@dataclass(frozen=True)
class Row:
    file: str
    line: int
    cols: tuple[str, ...]

    @property
    def id(self) -> str:
        text = self.cols[2] if self.file == "positives" else self.cols[0]
        return f"{self.file}:{self.line}:{text[:40]}"


def _read(path: Path, columns: list[str]) -> tuple[list[Row], list[str]]:
    """Rows and problems; comment (#) and blank lines are skipped, the first other line is the header."""
    rows: list[Row] = []
    problems: list[str] = []
    if not path.exists():
        return rows, [f"{path} is missing"]
    header_seen = False
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            if cols != columns:
                problems.append(f"{path.name}:{number}: header {cols!r}, expected {columns!r}")
            continue
        if len(cols) != len(columns):
            problems.append(f"{path.name}:{number}: {len(cols)} columns, expected {len(columns)}: {line[:80]!r}")
            continue
        rows.append(Row(path.stem, number, tuple(cols)))
    if not header_seen:
        problems.append(f"{path.name}: no header line")
    return rows, problems


def _positive_problems(row: Row) -> list[str]:
    dct, sentence, expected, typ, value, first, last, mod = row.cols
    where = f"positives.tsv:{row.line}"
    out = []
    try:
        date.fromisoformat(dct)
    except ValueError:
        out.append(f"{where}: bad dct {dct!r}")
    if not sentence.strip() or not expected.strip():
        out.append(f"{where}: empty sentence or expected_text")
    elif expected != expected.strip():
        out.append(f"{where}: expected_text has surrounding spaces")
    elif sentence.count(expected) != 1:
        out.append(f"{where}: expected_text occurs {sentence.count(expected)} times in the sentence (must be once)")
    if typ not in TYPES:
        out.append(f"{where}: bad type {typ!r}")
    if not value:
        out.append(f"{where}: empty value")
    if mod not in MODS:
        out.append(f"{where}: bad mod {mod!r}")
    if typ in ("DURATION", "SET"):
        if first or last:
            out.append(f"{where}: {typ} rows take no span")
    elif typ in ("DATE", "TIME"):
        try:
            a, b = date.fromisoformat(first), date.fromisoformat(last)
            if a > b:
                out.append(f"{where}: span_first after span_last")
        except ValueError:
            out.append(f"{where}: {typ} rows need span_first and span_last as ISO dates")
    return out


POSITIVE_ROWS, POSITIVE_FILE_PROBLEMS = _read(POSITIVES, POSITIVE_COLUMNS)
NEGATIVE_ROWS, NEGATIVE_FILE_PROBLEMS = _read(NEGATIVES, NEGATIVE_COLUMNS)
POSITIVE_ROW_PROBLEMS = {row.line: _positive_problems(row) for row in POSITIVE_ROWS}
GOOD_POSITIVES = [row for row in POSITIVE_ROWS if not POSITIVE_ROW_PROBLEMS[row.line]]
GOOD_NEGATIVES = [row for row in NEGATIVE_ROWS if row.cols[0].strip()]

KNOWN_GAPS = {
    tuple(line.split())
    for line in (CORPUS / "known_gaps.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}


def _cases(test_name: str, rows: list[Row]):
    """Rows as pytest params; a row listed in known_gaps.txt is a strict xfail (a fix must unlist it)."""
    return [
        pytest.param(row, id=row.id, marks=pytest.mark.xfail(strict=True, reason="known gap (known_gaps.txt)"))
        if (test_name, f"{row.file}:{row.line}") in KNOWN_GAPS else pytest.param(row, id=row.id)
        for row in rows
    ]


def test_corpus_files_parse():
    problems = list(POSITIVE_FILE_PROBLEMS) + list(NEGATIVE_FILE_PROBLEMS)
    for row in POSITIVE_ROWS:
        problems += POSITIVE_ROW_PROBLEMS[row.line]
    problems += [f"negatives.tsv:{row.line}: empty sentence" for row in NEGATIVE_ROWS if not row.cols[0].strip()]
    seen: dict[tuple[str, ...], int] = {}
    for row in POSITIVE_ROWS:
        key = row.cols[:3]
        if key in seen:
            problems.append(f"positives.tsv:{row.line}: duplicate of line {seen[key]}")
        seen.setdefault(key, row.line)
    assert not problems, "\n".join(problems)
    assert len(POSITIVE_ROWS) >= 400, f"only {len(POSITIVE_ROWS)} positive rows"
    assert len(NEGATIVE_ROWS) >= 80, f"only {len(NEGATIVE_ROWS)} negative rows"


# ----------------------------------------------------------------------------- running the engine


def _extract_function():
    try:
        import timeline
    except Exception as exc:  # the engine is being written; say so plainly
        pytest.fail(f"cannot import timeline: {exc!r}")
    extract = getattr(timeline, "extract", None)
    if extract is None:
        pytest.fail("timeline.extract does not exist yet")
    return extract


@lru_cache(maxsize=None)
def _mentions(sentence: str, dct: date) -> tuple:
    return tuple(_extract_function()(sentence, published=dct))


def _describe(mentions) -> str:
    if not mentions:
        return "  (no mentions)"
    lines = []
    for m in mentions:
        span = f"{m.span[0]}..{m.span[1]}" if m.span else "None"
        lines.append(
            f"  [{m.start}:{m.end}] {m.text!r} {m.type} value={m.value!r} mod={m.mod!r} span={span}"
            + (f" rule={m.rule}" if getattr(m, "rule", "") else "")
        )
    return "\n".join(lines)


def _overlapping(mentions, start: int, end: int):
    return [m for m in mentions if not m.is_vague and m.start < end and start < m.end]


def _row_context(row: Row) -> str:
    dct, sentence, expected, typ, value, first, last, mod = row.cols
    want = f"{typ} value={value!r}"
    if first:
        want += f" span={first}..{last}"
    if mod:
        want += f" mod={mod}"
    return f"positives.tsv:{row.line}  DCT {dct}\n  sentence: {sentence}\n  expected: {expected!r} {want}"


def _matches(m, typ: str, value: str, span, mod: str) -> bool:
    if m.type != typ:
        return False
    if typ in ("DURATION", "SET"):
        return m.value == value
    if m.span is None or (m.span[0], m.span[1]) != span:
        return False
    if mod and m.mod != mod:
        return False
    if m.value != value:  # a TIME's clock hour too, not only its day
        return False
    return True


@pytest.mark.parametrize("row", _cases("test_positive_value", GOOD_POSITIVES))
def test_positive_value(row: Row):
    dct, sentence, expected, typ, value, first, last, mod = row.cols
    start = sentence.index(expected)
    end = start + len(expected)
    mentions = _mentions(sentence, date.fromisoformat(dct))
    candidates = _overlapping(mentions, start, end)
    typed = [m for m in candidates if m.type == typ]
    assert typed, f"no non-vague {typ} mention overlaps the expected text\n{_row_context(row)}\n got:\n{_describe(mentions)}"
    span = (date.fromisoformat(first), date.fromisoformat(last)) if first else None
    assert any(_matches(m, typ, value, span, mod) for m in typed), (
        f"wrong value\n{_row_context(row)}\n got:\n{_describe(typed)}"
    )


def _same_extent(m, expected: str, start: int) -> bool:
    if m.text == expected and m.start == start:
        return True
    # a one-letter proclitic fused to the first word may be in or out of the extent
    if m.start == start - 1 and m.text[:1] in PROCLITICS and m.text[1:] == expected:
        return True
    if m.start == start + 1 and expected[:1] in PROCLITICS and expected[1:] == m.text:
        return True
    return False


@pytest.mark.parametrize("row", _cases("test_positive_extent", GOOD_POSITIVES))
def test_positive_extent(row: Row):
    dct, sentence, expected, typ = row.cols[:4]
    start = sentence.index(expected)
    end = start + len(expected)
    mentions = _mentions(sentence, date.fromisoformat(dct))
    candidates = _overlapping(mentions, start, end)
    assert candidates, f"no non-vague mention overlaps the expected text\n{_row_context(row)}\n got:\n{_describe(mentions)}"
    assert any(_same_extent(m, expected, start) for m in candidates), (
        f"extent differs: expected [{start}:{end}] {expected!r}\n{_row_context(row)}\n got:\n{_describe(candidates)}"
    )


@pytest.mark.parametrize("row", _cases("test_negative", GOOD_NEGATIVES))
def test_negative(row: Row):
    sentence, note = row.cols
    mentions = _mentions(sentence, NEGATIVE_DCT)
    found = [m for m in mentions if not m.is_vague]
    assert not found, f"negatives.tsv:{row.line} ({note})\n  sentence: {sentence}\n found:\n{_describe(found)}"
