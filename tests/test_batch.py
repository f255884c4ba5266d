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
