"""The scorer, on hand-built gold and predictions whose figures are worked out by hand."""
from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta, timezone

import pytest

from timeline.evaluate import Counts, evaluate_files, format_report, load_articles, pair, score
from timeline.model import Article, Mention

MAR8 = (date(2022, 3, 8), date(2022, 3, 8))
MAR9 = (date(2022, 3, 9), date(2022, 3, 9))
MAY = (date(2022, 5, 1), date(2022, 5, 31))


def date_mention(start: int, end: int, span=MAR8, value: str = "2022-03-08", **kw) -> Mention:
    return Mention(text="x" * (end - start), start=start, end=end, type="DATE", value=value, span=span, **kw)


def duration(start: int, end: int, value: str) -> Mention:
    return Mention(text="x" * (end - start), start=start, end=end, type="DURATION", value=value)


def figures(counts: Counts) -> tuple[float, float, float]:
    return (round(counts.precision, 3), round(counts.recall, 3), round(counts.f1, 3))


def test_mixed_article_every_figure():
    gold = [
        date_mention(0, 5),  # found exactly
        date_mention(10, 20, span=MAY, value="2022-05"),  # found with a shorter extent
        duration(30, 35, "P3D"),  # found with the wrong length
        Mention("x" * 5, 50, 55, "TIME", "2022-03-08TEV", span=MAR8),  # missed
    ]
    predicted = [
        date_mention(0, 5),
        date_mention(12, 20, span=MAY, value="2022-05"),
        duration(30, 35, "P2D"),
        date_mention(60, 65, span=MAR9),  # spurious
        Mention("x" * 5, 70, 75, "DATE", "PAST_REF"),  # vague: ignored
        date_mention(0, 5, field="title"),  # headline: ignored
    ]
    report = score({"a": gold}, {"a": predicted})

    # 4 scored predictions, 4 gold; 3 overlap, 2 of them exactly.
    assert report.extract_relaxed == Counts(3, 4, 4)
    assert figures(report.extract_relaxed) == (0.75, 0.75, 0.75)
    assert report.extract_strict == Counts(2, 4, 4)
    # Right values: the exact date and the month (extent does not matter); P2D is wrong.
    assert report.value == Counts(2, 4, 4)
    assert figures(report.value) == (0.5, 0.5, 0.5)
    # Calendar: gold with span = 0-5, 10-20, 50-55; predicted with span = 0-5, 12-20, 60-65.
    assert report.calendar == Counts(2, 3, 3)
    assert figures(report.calendar) == (0.667, 0.667, 0.667)

    assert report.ignored_title == 1 and report.ignored_vague == 1
    assert [(m.gold.start, m.gold.type) for m in report.missed] == [(50, "TIME")]
    assert [s.predicted.start for s in report.spurious] == [60]
    assert [(w.gold.value, w.predicted.value) for w in report.wrong_values] == [("P3D", "P2D")]


def test_relaxed_counts_an_overlap_strict_needs_same_offsets():
    report = score({"a": [date_mention(10, 20)]}, {"a": [date_mention(12, 20)]})
    assert figures(report.extract_relaxed) == (1.0, 1.0, 1.0)
    assert figures(report.extract_strict) == (0.0, 0.0, 0.0)
    assert figures(report.value) == (1.0, 1.0, 1.0)


def test_wrong_span_is_a_wrong_value_not_a_miss():
    report = score({"a": [date_mention(0, 5, span=MAR8)]}, {"a": [date_mention(0, 5, span=MAR9)]})
    assert report.extract_strict == Counts(1, 1, 1)
    assert report.value == Counts(0, 1, 1)
    assert report.calendar == Counts(0, 1, 1)
    assert report.missed == [] and report.spurious == []
    assert [(w.gold.span, w.predicted.span) for w in report.wrong_values] == [(MAR8, MAR9)]


def test_date_value_is_judged_by_span_not_value_string():
    # A TIMEX3 value that differs in form but covers the same days is right.
    report = score({"a": [date_mention(0, 5, value="2022-03-08")]}, {"a": [date_mention(0, 5, value="2022-03-08TXX")]})
    assert report.value == Counts(1, 1, 1)


def test_precision_and_recall_differ_when_counts_do():
    gold = {"a": [date_mention(0, 5), date_mention(10, 15)]}
    predicted = {"a": [date_mention(0, 5)]}
    report = score(gold, predicted)
    assert figures(report.value) == (1.0, 0.5, 0.667)  # 2 * 1 * 0.5 / 1.5


def test_spurious_and_missed_across_articles():
    gold = {"a": [date_mention(0, 5)], "b": [date_mention(3, 9)]}
    predicted = {"a": [date_mention(20, 25)], "c": [date_mention(0, 4)]}
    report = score(gold, predicted)
    assert report.articles == 3
    assert report.extract_relaxed == Counts(0, 2, 2)
    assert sorted(m.article_id for m in report.missed) == ["a", "b"]
    assert sorted(s.article_id for s in report.spurious) == ["a", "c"]
    assert report.value.f1 == 0.0


def test_vague_predictions_are_ignored_but_a_ref_value_with_a_span_is_scored():
    gold = {"a": [date_mention(0, 16, value="PAST_REF", span=(date(2017, 6, 22), date(2017, 6, 23)))]}
    vague_only = score(gold, {"a": [Mention("x" * 16, 0, 16, "DATE", "PAST_REF")]})
    assert vague_only.extract_relaxed == Counts(0, 0, 1)
    assert vague_only.spurious == [] and vague_only.ignored_vague == 1

    dated = score(gold, {"a": [date_mention(0, 16, value="PAST_REF", span=(date(2017, 6, 22), date(2017, 6, 23)))]})
    assert dated.value == Counts(1, 1, 1)
    assert dated.ignored_vague == 0


def test_title_predictions_are_ignored_even_at_gold_offsets():
    report = score({"a": [date_mention(0, 5)]}, {"a": [date_mention(0, 5, field="title")]})
    assert report.extract_relaxed == Counts(0, 0, 1)
    assert len(report.missed) == 1 and report.spurious == []
    assert report.ignored_title == 1


def test_calendar_pairs_only_mentions_with_a_span():
    # The spanless DURATION overlaps the gold date most, so it takes it in the
    # main pairing (a wrong value); the calendar figure ignores it and pairs
    # the dated prediction instead.
    gold = {"a": [date_mention(0, 10, span=MAY)]}
    predicted = {"a": [duration(0, 10, "P1M"), date_mention(5, 15, span=MAY)]}
    report = score(gold, predicted)
    assert report.value == Counts(0, 2, 1)
    assert report.calendar == Counts(1, 1, 1)
    assert figures(report.calendar) == (1.0, 1.0, 1.0)


def test_calendar_leaves_out_spanless_gold():
    gold = {"a": [duration(0, 5, "P3D"), date_mention(10, 15)]}
    predicted = {"a": [duration(0, 5, "P3D")]}
    report = score(gold, predicted)
    assert report.value == Counts(1, 1, 2)
    assert report.calendar == Counts(0, 0, 1)


def test_pairing_is_one_to_one_largest_overlap_first():
    # The first prediction by position overlaps the gold by 3, the second by 9:
    # the second wins, and the first is spurious rather than a second match.
    gold = {"a": [date_mention(0, 10, span=MAY, value="2022-05")]}
    predicted = {"a": [date_mention(0, 3, span=MAR9), date_mention(1, 10, span=MAY, value="2022-05")]}
    report = score(gold, predicted)
    assert report.extract_relaxed == Counts(1, 2, 1)
    assert report.value == Counts(1, 2, 1)
    assert [(s.predicted.start, s.predicted.end) for s in report.spurious] == [(0, 3)]
    assert report.wrong_values == []


def test_largest_overlap_first_frees_the_other_gold():
    # Overlaps: P(5-15) with G(0-10) = 5, with G(12-20) = 3; P(9-20) with G(0-10) = 1, with G(12-20) = 8.
    gold = [date_mention(0, 10), date_mention(12, 20)]
    predicted = [date_mention(5, 15), date_mention(9, 20)]
    assert sorted(pair(gold, predicted)) == [(0, 0), (1, 1)]


def test_equal_overlaps_break_ties_by_position_whatever_the_input_order():
    gold = {"a": [date_mention(0, 10)]}
    left, right = date_mention(0, 4, span=MAR8), date_mention(6, 10, span=MAR9)
    for predicted in ([left, right], [right, left]):
        report = score(gold, {"a": predicted})
        assert report.value == Counts(1, 2, 1)  # the earlier (left) one is paired
        assert [s.predicted.start for s in report.spurious] == [6]


def test_report_does_not_depend_on_prediction_order():
    gold = {"a": [date_mention(s, s + 6, span=(date(2022, 1, 1) + timedelta(s),) * 2) for s in range(0, 60, 5)]}
    predicted = [date_mention(s, s + 4, span=(date(2022, 1, 1) + timedelta(s + s % 2),) * 2) for s in range(1, 62, 3)]
    reference = score(gold, {"a": predicted})
    shuffled = predicted[:]
    random.Random(7).shuffle(shuffled)
    assert score(gold, {"a": shuffled}) == reference


def test_nothing_to_score_gives_zeros():
    report = score({}, {})
    assert figures(report.value) == (0.0, 0.0, 0.0)
    assert report.articles == 0


def test_format_report_ends_with_the_table_and_headline_figures():
    gold = {"a": [date_mention(0, 5), date_mention(10, 15)]}
    predicted = {"a": [date_mention(0, 5), date_mention(10, 15, span=MAR9), date_mention(30, 34)]}
    text = format_report(score(gold, predicted))
    last_six = text.splitlines()[-6:]
    assert [line.split()[0] for line in last_six[1:5]] == ["extract-relaxed", "extract-strict", "value", "calendar"]
    assert last_six[-1] == "value F1 0.400   calendar F1 0.400"  # P 1/3, R 1/2


def test_format_report_with_errors_lists_them_by_article_before_the_table():
    gold = {"a": [date_mention(0, 5)], "b": [date_mention(10, 15)]}
    predicted = {"a": [date_mention(0, 5, span=MAR9)], "b": [date_mention(30, 34)]}
    lines = format_report(score(gold, predicted), errors=True).splitlines()
    assert lines[0] == "a"
    assert lines[1].lstrip().startswith("wrong")
    assert lines.index("b") < next(i for i, line in enumerate(lines) if line.startswith("extract-relaxed"))
    kinds = [line.split()[0] for line in lines[lines.index("b") + 1 :][:2]]
    assert kinds == ["missed", "spurious"]


def write_jsonl(path, records) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_load_articles_keeps_dates_and_datetimes(tmp_path):
    path = tmp_path / "articles.jsonl"
    write_jsonl(
        path,
        [
            {"id": "d", "published": "2022-03-09", "title": "t", "text": "x", "url": "u"},
            {"id": "dt", "published": "2022-03-09T10:30:00", "title": "t", "text": "x", "url": "u"},
            {"id": "tz", "published": "2022-03-09T10:30:00+01:00", "title": "t", "text": "x", "url": "u"},
        ],
    )
    published = {a.id: a.published for a in load_articles(path)}
    assert published["d"] == date(2022, 3, 9) and not isinstance(published["d"], datetime)
    assert published["dt"] == datetime(2022, 3, 9, 10, 30)
    assert published["tz"] == datetime(2022, 3, 9, 10, 30, tzinfo=timezone(timedelta(hours=1)))


def test_evaluate_files_reads_gold_without_grain_and_runs_extract(tmp_path):
    text = "قال الوزير أمس"
    gold_path, articles_path = tmp_path / "gold.jsonl", tmp_path / "articles.jsonl"
    write_jsonl(articles_path, [{"id": "a1", "published": "2022-03-09", "title": "عنوان", "text": text, "url": "u"}])
    write_jsonl(
        gold_path,
        [
            {
                "id": "a1",
                "published": "2022-03-09",
                "mentions": [
                    {"text": "أمس", "start": 11, "end": 14, "type": "DATE", "value": "2022-03-08", "mod": None,
                     "span": ["2022-03-08", "2022-03-08"], "note": "gold records carry no grain"}
                ],
            }
        ],
    )
    seen: list[Article] = []

    def fake_extract(article: Article) -> list[Mention]:
        seen.append(article)
        return [Mention("أمس", 11, 14, "DATE", "2022-03-08", span=MAR8, grain="day")]

    report = evaluate_files(gold_path, articles_path, extract=fake_extract)
    assert [(a.id, a.published, a.title) for a in seen] == [("a1", date(2022, 3, 9), "عنوان")]
    assert report.value == Counts(1, 1, 1) and report.calendar == Counts(1, 1, 1)


def test_evaluate_files_rejects_gold_for_an_unknown_article(tmp_path):
    gold_path, articles_path = tmp_path / "gold.jsonl", tmp_path / "articles.jsonl"
    write_jsonl(articles_path, [{"id": "a1", "published": "2022-03-09", "title": "", "text": "x", "url": None}])
    write_jsonl(gold_path, [{"id": "zz", "published": "2022-03-09", "mentions": []}])
    with pytest.raises(ValueError, match="zz"):
        evaluate_files(gold_path, articles_path, extract=lambda article: [])


def test_bad_json_names_file_and_line(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text('{"id": "a", "published": null, "text": "x"}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"articles.jsonl:2"):
        load_articles(path)


# --- the command, end to end: this one needs the real extraction engine -------


def _engine_ready() -> bool:
    try:
        from timeline import extract_article  # noqa: F401
        from timeline.cli import app  # noqa: F401
    except ImportError:
        return False
    return True


needs_engine = pytest.mark.skipif(not _engine_ready(), reason="needs the extraction engine and timeline.cli")


@needs_engine
def test_evaluate_command_on_a_tiny_article(tmp_path):
    from typer.testing import CliRunner

    from timeline.cli import app

    text = "قال الوزير أمس"
    assert text[11:14] == "أمس"
    gold_path, articles_path = tmp_path / "gold.jsonl", tmp_path / "articles.jsonl"
    write_jsonl(articles_path, [{"id": "a1", "published": "2022-03-09", "title": "", "text": text, "url": None}])
    write_jsonl(
        gold_path,
        [{"id": "a1", "published": "2022-03-09", "mentions": [
            {"text": "أمس", "start": 11, "end": 14, "type": "DATE", "value": "2022-03-08", "mod": None,
             "span": ["2022-03-08", "2022-03-08"]}]}],
    )
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold_path), "--articles", str(articles_path), "--errors"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == "value F1 1.000   calendar F1 1.000"


# --- events ------------------------------------------------------------------

def _event_gold(text):
    first, second = text.index("يوم الاثنين"), text.index("يوم الأربعاء")
    return {"a1": [
        {"start": first, "end": first + 11, "text": "يوم الاثنين", "is_event": True, "event": 1, "why_not": None,
         "place": "الرباط", "title": "افتتاح معرض الكتاب بالرباط", "actor": None},
        {"start": second, "end": second + 12, "text": "يوم الأربعاء", "is_event": False, "event": None,
         "why_not": "boundary", "place": None, "title": None, "actor": None},
    ]}


def test_event_scores_count_shown_non_events_places_and_titles():
    from timeline.evaluate_events import score_events
    from timeline.events import build_events
    from timeline_fixtures import article, mention

    text = "افتتح وزير الثقافة معرض الكتاب بالرباط يوم الاثنين. والأسعار مرتفعة منذ يوم الأربعاء."
    doc = article(text)
    day = (date(2022, 3, 7), date(2022, 3, 7))
    events = build_events([(doc, [
        mention("يوم الاثنين", text, "DATE", "2022-03-07", day, "day"),
        mention("يوم الأربعاء", text, "DATE", "2022-03-02", (date(2022, 3, 2),) * 2, "day"),
    ])])
    report = score_events(_event_gold(text), events)
    assert (report.precision, report.recall) == (1.0, 1.0), "the boundary is not shown"
    assert report.place_accuracy == 1.0
    assert 0 < report.title < 1


def test_a_city_is_a_right_answer_for_its_country_and_not_for_another():
    from timeline.evaluate_events import same_place

    assert same_place("الرباط", "المغرب") and same_place("المغرب", "الدار البيضاء")
    assert not same_place("تونس", "المغرب") and not same_place("الرباط", None) and same_place(None, None)


def test_cli_evaluate_events(tmp_path):
    from typer.testing import CliRunner

    from timeline.cli import app

    text = "افتتح وزير الثقافة معرض الكتاب بالرباط يوم الاثنين. والأسعار مرتفعة منذ يوم الأربعاء."
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a1", "published": "2022-03-09", "title": "", "text": text},
                                                  ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "g.jsonl").write_text(json.dumps({"id": "a1", "mentions": _event_gold(text)["a1"]},
                                                 ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--events", str(tmp_path / "g.jsonl"),
                                      "--articles", str(tmp_path / "a.jsonl"), "--errors"])
    assert result.exit_code == 0, result.output
    assert "event P/R/F1         1.000 / 1.000" in result.output
    assert "place accuracy       1.000" in result.output
