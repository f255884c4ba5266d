"""extract --jobs: the work shared with forked processes gives the records of one process, in order."""
from datetime import date

from timeline import batch
from timeline.model import Article


def _articles(count: int) -> list[Article]:
    # lengths vary so that the shares are dealt unevenly in number but evenly in text
    return [Article(id=f"a{n}", published=date(2022, 3, 9),
                    text=f"زار الوزير فاس يوم {n % 28 + 1} مارس الجاري. " * (1 + n % 7)
                    + ("وسيعقد الاجتماع في ماي المقبل." if n % 3 else "لم يحدد موعد اللقاء."))
            for n in range(count)]


def _lines(records) -> list[str]:
    return [(r.article.id, r.line, r.error) for r in records]


def test_shared_work_gives_the_same_records_in_order():
    articles = _articles(70)
    one = _lines(batch.extract_records(articles, jobs=1))
    assert _lines(batch.extract_records(articles, jobs=2)) == one
    assert _lines(batch.extract_records(articles, jobs=3)) == one
    assert [a for a, _, _ in one] == [a.id for a in articles]


def test_a_failed_worker_s_share_is_done_here(monkeypatch):
    articles = _articles(40)
    one = _lines(batch.extract_records(articles, jobs=1))
    real = batch._collect
    monkeypatch.setattr(batch, "_collect", lambda pid, reading: real(pid, reading) and None)
    assert _lines(batch.extract_records(articles, jobs=2)) == one


def test_shares_hold_about_the_same_text():
    articles = _articles(70)
    shares = batch._shares(articles, 3)
    assert sorted(i for share in shares for i in share) == list(range(70))
    sizes = [sum(len(articles[i].text) + 200 for i in share) for share in shares]
    assert max(sizes) - min(sizes) <= max(len(a.text) for a in articles) + 200


def test_first_character_lookahead_finds_what_the_rule_finds():
    """match._first_of: the lookahead put before each rule only skips places where the rule cannot match."""
    import json
    import re
    from pathlib import Path

    from timeline import match
    from timeline.normalize import normalize

    texts = [normalize(json.loads(line)["text"])
             for line in Path("samples/news_sample.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for rule, searching, anchored, _ in match.compiled_rules():
        plain = re.compile(match._LEAD + anchored.pattern)
        assert searching.pattern != plain.pattern, rule.name  # every rule has one today
        for text in texts:
            assert [m.span() for m in searching.finditer(text)] == [m.span() for m in plain.finditer(text)], rule.name
    assert match._first_of(r"(?:يوم\s+)?\d") == r"(?=[\dي])"
    assert match._first_of("(?i:a)b") == match._first_of("x?") == match._first_of(".x") == ""


def test_characters_every_match_holds():
    from timeline import match

    assert match._needed_characters(r"(?P<d>\d+)\s+\(\s*(?:مارس|ماي)\s*\)") == "()ام"  # both months hold ا and م
    assert match._needed_characters(r"(?:a|b)c?(?=d)(?<!e)x+") == "x"
    assert match._needed_characters(r"(?:ab|ac)") == "a" and match._needed_characters("(?i:a)") == ""
    needed = {rule.name: chars for rule, _, _, chars in match.compiled_rules()}
    assert set("()") <= set(needed["day_misspelt_month"])
