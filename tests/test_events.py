"""Mentions -> events: the seed's event list, dedupe, order, titles, triggers and places."""
from __future__ import annotations

from datetime import date

import timeline
from timeline.events import build_events, event_id, make_title, sentence_at
from timeline.terms import places, triggers, words

from timeline_fixtures import article, mention, month, seed_article


def seed_events():
    seed = seed_article()
    return build_events([(seed, timeline.extract_article(seed))])


def test_seed_event_list():
    events = seed_events()
    by_span = {(e.span, e.grain): e for e in events}

    founded = by_span[((date(2014, 1, 1), date(2014, 12, 31)), "year")]
    assert "تأسس" in founded.title

    africa_group = by_span[((date(2021, 12, 1), date(2021, 12, 10)), "month")]
    assert africa_group.mod == "START"
    assert "مجموعة خاصة بإفريقيا" in africa_group.sentence

    press = by_span[((date(2022, 3, 8), date(2022, 3, 8)), "day")]
    assert press.category == "مؤتمر صحفي"
    assert "ندوة صحافية" in press.title and "شيرمان" in press.title
    assert press.place == "الرباط"

    coalition = [e for e in events if e.span == month(2022, 5)]
    assert len(coalition) == 1, "«في ماي المقبل» and «في مايو المقبل» are one coalition meeting"
    coalition = coalition[0]
    assert {m.text for m in coalition.mentions if m.field == "text"} >= {"ماي المقبل", "مايو المقبل"}
    assert coalition.category == "اجتماع" and coalition.place == "الرباط"
    assert [s.id for s in coalition.sources] == ["seed-rabat-coalition"]
    assert "الرباط" in coalition.title and "ماي المقبل" in coalition.title

    forum = by_span[(month(2022, 7), "month")]
    assert forum.place == "مراكش" and forum.category == "منتدى"

    wanted = [founded, africa_group, press, coalition, forum]
    assert [e for e in events if e in wanted] == wanted, "chronological order"
    assert all(e.span[0] <= f.span[0] for e, f in zip(events, events[1:]))


def test_seed_duration_is_not_an_event():
    assert all(all(m.type in ("DATE", "TIME") and m.span for m in e.mentions) for e in seed_events())


def test_same_event_across_articles_is_one_event_with_two_sources():
    one = article("ستحتضن مدينة مراكش مهرجان الفيلم في ماي المقبل.", id="a", url="https://a.example/1")
    two = article("وينطلق مهرجان الفيلم بمراكش في مايو المقبل بمشاركة واسعة.", id="b", url="https://b.example/2",
                  published=date(2022, 3, 10))
    events = build_events([
        (one, [mention("ماي المقبل", one.text, "DATE", "2022-05", month(2022, 5), "month")]),
        (two, [mention("مايو المقبل", two.text, "DATE", "2022-05", month(2022, 5), "month")]),
    ])
    assert len(events) == 1
    assert [s.id for s in events[0].sources] == ["a", "b"]
    assert events[0].category == "مهرجان" and events[0].place == "مراكش"
    assert events[0].mention_sources == ("a", "b")


def test_different_events_in_the_same_month_stay_apart():
    text = "يعقد اجتماع وزاري بالرباط في ماي المقبل. ويفتتح معرض الكتاب بالقاهرة في مايو المقبل."
    doc = article(text)
    events = build_events([(doc, [
        mention("ماي المقبل", text, "DATE", "2022-05", month(2022, 5), "month"),
        mention("مايو المقبل", text, "DATE", "2022-05", month(2022, 5), "month"),
    ])])
    assert [(e.category, e.place) for e in events] == [("اجتماع", "الرباط"), ("معرض", "القاهرة")]


def test_one_shared_word_is_not_enough_to_merge():
    text = "عقد اجتماع أول في ماي المقبل. وسيعقد اجتماع ثان حول الزراعة في مايو المقبل."
    doc = article(text)
    events = build_events([(doc, [
        mention("ماي المقبل", text, "DATE", "2022-05", month(2022, 5), "month"),
        mention("مايو المقبل", text, "DATE", "2022-05", month(2022, 5), "month"),
    ])])
    assert len(events) == 2


def test_only_placed_dates_and_times_are_events():
    text = "منذ ثلاثة أيام، وكل يوم جمعة، وحاليا، وفي 8 مارس الجاري."
    doc = article(text)
    events = build_events([(doc, [
        mention("ثلاثة أيام", text, "DURATION", "P3D"),
        mention("كل يوم جمعة", text, "SET", "XXXX-WXX-5"),
        mention("حاليا", text, "DATE", "PRESENT_REF"),
        mention("8 مارس الجاري", text, "DATE", "2022-03-08", (date(2022, 3, 8),) * 2, "day"),
    ])])
    assert [e.span for e in events] == [(date(2022, 3, 8), date(2022, 3, 8))]


def test_order_is_span_start_then_grain_then_source_order():
    text = "حدث أول عام 2022. وحدث ثان في يناير 2022. وحدث ثالث يوم 1 يناير 2022. وحدث رابع في 2021."
    doc = article(text)
    jan1 = (date(2022, 1, 1), date(2022, 1, 1))
    events = build_events([(doc, [
        mention("عام 2022", text, "DATE", "2022", (date(2022, 1, 1), date(2022, 12, 31)), "year"),
        mention("يناير 2022", text, "DATE", "2022-01", month(2022, 1), "month"),
        mention("1 يناير 2022", text, "DATE", "2022-01-01", jan1, "day"),
        mention("2021", text, "DATE", "2021", (date(2021, 1, 1), date(2021, 12, 31)), "year", nth=0),
    ])])
    assert [e.grain for e in events] == ["year", "day", "month", "year"]
    assert events[0].span[0].year == 2021


def test_time_and_date_in_one_sentence_make_one_timed_event():
    text = "تنطلق الندوة يوم الأحد 13 مارس على الساعة 15:30 بالدار البيضاء."
    doc = article(text)
    day = (date(2022, 3, 13),) * 2
    events = build_events([(doc, [
        mention("يوم الأحد 13 مارس", text, "DATE", "2022-03-13", day, "day"),
        mention("الساعة 15:30", text, "TIME", "2022-03-13T15:30", day, None),
    ])])
    assert len(events) == 1
    assert events[0].time == "15:30" and events[0].place == "الدار البيضاء" and events[0].category == "ندوة"
    assert len(events[0].highlights) == 2


def test_event_id_is_stable_and_independent_of_article_order():
    one = article("مهرجان الفيلم بمراكش في ماي المقبل.", id="a")
    two = article("مهرجان الفيلم في مراكش خلال مايو المقبل.", id="b")
    items = [
        (one, [mention("ماي المقبل", one.text, "DATE", "2022-05", month(2022, 5), "month")]),
        (two, [mention("مايو المقبل", two.text, "DATE", "2022-05", month(2022, 5), "month")]),
    ]
    forward, backward = build_events(items), build_events(items[::-1])
    assert len(forward) == len(backward) == 1
    assert event_id(forward[0]) == event_id(backward[0])


def test_sentences_split_on_arabic_and_latin_punctuation_not_inside_numbers():
    text = "نما الاقتصاد بنسبة 3.5 في المئة؟ نعم! ثم جاء يوم 8.3.2022؛ وانتهى.\nسطر جديد"
    assert text[slice(*sentence_at(text, text.index("3.5")))] == "نما الاقتصاد بنسبة 3.5 في المئة؟"
    assert text[slice(*sentence_at(text, text.index("8.3")))] == "ثم جاء يوم 8.3.2022؛"
    assert text[slice(*sentence_at(text, text.index("سطر")))] == "سطر جديد"


def test_title_is_cut_at_word_boundaries_and_keeps_the_time_expression():
    scope = " ".join(f"كلمة{i}" for i in range(30)) + " في ماي المقبل " + " ".join(f"لفظ{i}" for i in range(30))
    start = scope.index("ماي المقبل")
    title = make_title(scope, start, start + len("ماي المقبل"), max_words=12)
    assert "ماي المقبل" in title
    assert title.startswith("… ") and title.endswith(" …")
    body = title.strip("… ")
    assert all(word in scope.split() for word in body.split()), "no word is cut in the middle"
    assert len(body.split()) == 12


def test_title_of_a_short_clause_borrows_its_neighbour():
    seed_press = [e for e in seed_events() if e.grain == "day"][0]
    assert seed_press.title.split()[0] != "عقدت"


def test_triggers_and_places_match_through_proclitics_and_spelling_variants():
    found = places().find(words("عقد الاجتماع بالرباط ثم للدار البيضاء والقاهرة وفي إسطنبول"))
    assert [h.value for h in found] == ["الرباط", "الدار البيضاء", "القاهرة", "إسطنبول"]
    kinds = triggers().find(words("عقدت ندوة صحافية وبعدها الندوة، ثم وللمؤتمر، والانتخابات"))
    assert [h.value for h in kinds] == ["مؤتمر صحفي", "ندوة", "مؤتمر", "انتخابات"]


def test_a_word_inside_another_word_is_not_a_place():
    assert places().find(words("الرباطات والدوحات فاسد")) == []
