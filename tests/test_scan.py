"""The scan (scan.py) and the character classes it relies on.

The scan is a prefilter: rules run only in windows around their trigger words. It must never
change what the rules find, so the main test runs every rule over every whole sentence of the
example corpus and the seed article and compares.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline import match
from timeline.normalize import DIGITS, LETTERS, WORD_CHARS, normalize_with_offsets
from timeline.rules import RULES
from timeline.scan import scan

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


def _texts() -> list[str]:
    texts = [(ROOT / "seeds" / "rabat-coalition.txt").read_text(encoding="utf-8")]
    for name, column in (("positives.tsv", 1), ("negatives.tsv", 0)):
        lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
        rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
        texts += [row[column] for row in rows[1:]]  # the first row is the header
    return texts


def _every_rule_everywhere(found, sentences):
    return sorted((rule, lo, hi) for rule in range(len(RULES)) for lo, hi in sentences)


def test_prefilter_never_changes_what_rules_find(monkeypatch):
    texts = _texts()
    assert len(texts) > 900
    with_prefilter = [match.find(text) for text in texts]
    monkeypatch.setattr(match, "rule_windows", _every_rule_everywhere)
    without = [match.find(text) for text in texts]
    differences = [(text, a, b) for text, a, b in zip(texts, with_prefilter, without) if a != b]
    assert not differences, differences[:3]


def test_the_unfiltered_run_is_really_unfiltered(monkeypatch):
    """Guards the test above: with no prefilter the rules see windows they otherwise never get."""
    calls = []
    monkeypatch.setattr(match, "rule_windows", lambda found, sentences: calls.append(1) or [])
    assert match.find("في ماي المقبل") == []
    assert calls == [1]


@pytest.mark.parametrize("text, word", [
    ("سيعقد الاجتماع في 8أغسطس", "أغسطس"),  # a month glued to its day
    ("وماي المقبل", "وماي"),
    ("للعام المقبل", "للعام"),
    ("صيف2012", "صيف"),
])
def test_triggers_are_found_after_digits_and_with_proclitics(text, word):
    normalized = normalize_with_offsets(text).text
    found = scan(normalized)
    starts = {start for start, _, _ in found.triggers}
    assert normalized.index(normalize_with_offsets(word).text) in starts


def test_triggers_inside_a_word_are_not_found():
    found = scan(normalize_with_offsets("الماي والمايو").text)  # no word here is a month
    assert found.triggers == []


def test_cues_listed_and_guessed():
    text = normalize_with_offsets("سيعقد الاجتماع الأسبوع المقبل بعد أن أعلن أمس").text
    tenses = {text[start:end]: tense for start, end, tense in scan(text).cues}
    assert tenses["سيعقد"] == "FUTURE?"
    assert tenses["المقبل"] == "FUTURE"
    assert tenses["امس"] == "PAST"
    assert "الاجتماع" not in tenses


def test_numbers_glued_to_a_word_are_reported():
    text = normalize_with_offsets("في2014 والـ11").text
    assert scan(text).glued_numbers == [text.index("2014"), text.index("11")]


def test_character_classes_are_exactly_their_unicode_meaning_on_the_bmp():
    classes = {
        WORD_CHARS: re.compile(r"\w"),
        LETTERS: re.compile(r"[^\W\d_]"),
        DIGITS: re.compile(r"\d"),
    }
    for ranges, meaning in classes.items():
        explicit = re.compile("[" + ranges + "]")
        wrong = [hex(code) for code in range(0x10000)
                 if bool(explicit.match(chr(code))) != bool(meaning.match(chr(code)))]
        assert wrong == []


def test_deletions_map_back_to_the_original_offsets():
    text = "الاجتماعُ يومَ الخميـــس المقبلِ"
    norm = normalize_with_offsets(text)
    assert norm.text == "الاجتماع يوم الخميس المقبل"
    start = norm.text.index("الخميس")
    o_start, o_end = norm.to_original(start, start + len("الخميس"))
    assert text[o_start:o_end] == "الخميـــس"


def test_every_class_a_rule_names_exists_and_every_class_is_used():
    shapes = {"NUMBER", "NUMERIC", "YEAR", "ISO", "HHMM"}
    from timeline.rules import TRIGGERS
    named = {name for rule in RULES for name in (*rule.triggers, *rule.needs)}
    assert named - set(TRIGGERS) - shapes == set()
    assert set(TRIGGERS) - named == set()
    assert all(rule.triggers for rule in RULES)  # a rule without triggers would never run


def test_the_proclitics_the_scan_adds_are_those_the_rules_read():
    from timeline.rules import CLITIC_PATTERN, CLITICS
    letters = "وفبلكي"
    candidates = {a + b for a in ("", *letters) for b in ("", *letters)}
    read = {text for text in candidates if re.fullmatch(CLITIC_PATTERN, text)}
    assert read == set(CLITICS) | {""}


def test_rules_reach_back_to_the_start_of_their_lexicon_entries():
    """A trigger is the longest word of an entry; the words before it must fit in the reach."""
    from timeline.rules import FEASTS, MONTHS, RELATIVE_DAYS, VAGUE, _trigger_offset
    offsets = {"FEAST": _trigger_offset(FEASTS), "MONTH": _trigger_offset(MONTHS),
               "RELDAY": _trigger_offset(RELATIVE_DAYS), "VAGUE": _trigger_offset(VAGUE)}
    for rule in RULES:
        for name in rule.triggers:
            if name in offsets:
                assert rule.reach[0] >= offsets[name] + 2, (rule.name, name)  # + a proclitic


def test_compiled_patterns_kept_on_disk_match_as_re_compile_does(tmp_path, monkeypatch):
    import importlib.util
    import re

    from timeline import rules

    # keep the stored tables of this test apart from the package's own
    monkeypatch.setattr(importlib.util, "cache_from_source", lambda path: str(tmp_path / "__pycache__" / "x.pyc"))
    patterns = [r"(?P<day>\d+)\s+مارس", r"\bفي\b|\bمن\b"]
    text = "في 9 مارس 2022 من العام"
    fresh = rules.compile_cached(patterns, "probe")  # compiles, and stores what the compiler made
    stored = list((tmp_path / "__pycache__").glob("probe.*.sre"))
    assert len(stored) == 1
    again = rules.compile_cached(patterns, "probe")  # read back
    for pattern, a, b in zip(patterns, fresh, again):
        expected = [m.span() for m in re.finditer(pattern, text)]
        assert [m.span() for m in a.finditer(text)] == expected == [m.span() for m in b.finditer(text)]
    assert again[0].groupindex == {"day": 1}
    stored[0].write_bytes(b"damaged")  # a damaged file: compiled again, same behaviour
    third = rules.compile_cached(patterns, "probe")
    assert [m.span() for m in third[0].finditer(text)] == [m.span() for m in re.finditer(patterns[0], text)]


def test_scan_tables_read_back_from_disk_are_the_tables_built(tmp_path, monkeypatch):
    import importlib.util

    from timeline import diskcache, scan

    monkeypatch.setattr(importlib.util, "cache_from_source", lambda path: str(tmp_path / "__pycache__" / "x.pyc"))
    built = scan._table_data()
    first = diskcache.kept("scan-tables", scan._table_inputs(), scan._table_data)  # builds and stores
    assert len(list((tmp_path / "__pycache__").glob("scan-tables.*.sre"))) == 1

    def never():
        raise AssertionError("built again although stored")

    assert diskcache.kept("scan-tables", scan._table_inputs(), never) == first == built


def test_a_kept_value_is_rebuilt_when_what_it_is_made_of_changes(tmp_path, monkeypatch):
    import importlib.util

    from timeline import diskcache

    monkeypatch.setattr(importlib.util, "cache_from_source", lambda path: str(tmp_path / "__pycache__" / "x.pyc"))
    assert diskcache.kept("probe", "lexicon v1", lambda: {"بعد": (1, 2)}) == {"بعد": (1, 2)}
    assert diskcache.kept("probe", "lexicon v2", lambda: {"قبل": (3,)}) == {"قبل": (3,)}
    assert len(list((tmp_path / "__pycache__").glob("probe.*.sre"))) == 1  # the older value is removed
    next(iter((tmp_path / "__pycache__").glob("probe.*.sre"))).write_bytes(b"\x00damaged")
    assert diskcache.kept("probe", "lexicon v2", lambda: "rebuilt") == "rebuilt"
