"""Mentions -> events: the seed's event list, merging (within and across articles, order-free),
clock ranges and zones, non-events kept out. detect, titles and places have their own tests."""
from __future__ import annotations

import random
from datetime import date

import timeline
from timeline.events import EventBuilder, build_events, event_id
from timeline.events.sentences import TextGeometry
from timeline.model import Article
from timeline.render.json import render_events_json

from timeline_fixtures import article, mention, month, seed_article


def seed_events():
    seed = seed_article()
    return build_events([(seed, timeline.extract_article(seed))])


def day(y, m, d):
    return (date(y, m, d), date(y, m, d))


def test_seed_event_list():
    events = seed_events()
    by_span = {(e.span, e.grain): e for e in events}
    assert len(events) == 5

    founded = by_span[((date(2014, 1, 1), date(2014, 12, 31)), "year")]
    assert "تأسس" in founded.sentence

    africa_group = by_span[((date(2021, 12, 1), date(2021, 12, 10)), "month")]
    assert africa_group.mod == "START"
    assert "مجموعة خاصة بإفريقيا" in africa_group.sentence

    press = by_span[(day(2022, 3, 8), "day")]
    assert press.category == "مؤتمر صحفي"
    assert press.place == "الرباط" and press.country == "MA"
    assert press.lat is not None and press.lon is not None

    coalition = [e for e in events if e.span == month(2022, 5)]
    assert len(coalition) == 1, "«في ماي المقبل» and «في مايو المقبل» are one coalition meeting"
    coalition = coalition[0]
    assert {m.text for m in coalition.mentions if m.field == "text"} >= {"ماي المقبل", "مايو المقبل"}
    assert coalition.category == "اجتماع" and coalition.place == "الرباط"
    assert [s.id for s in coalition.sources] == ["seed-rabat-coalition"]

    forum = by_span[(month(2022, 7), "month")]
    assert forum.place == "مراكش" and forum.category == "منتدى"

    wanted = [founded, africa_group, press, coalition, forum]
    assert [e for e in events if e in wanted] == wanted, "chronological order"


def test_seed_titles_are_headlines():
    for event in seed_events():
        assert "…" not in event.title
        assert not any(word in event.title.split() for word in ("المقبل", "الماضي", "الجاري", "اليوم"))
        assert 10 < len(event.title) <= 100


def test_only_placed_dates_and_times_are_events():
    text = "منذ ثلاثة أيام، وكل يوم جمعة، وحاليا، وعقد الوزير اجتماعا في 8 مارس الجاري."
    doc = article(text)
    events = build_events([(doc, [
        mention("ثلاثة أيام", text, "DURATION", "P3D"),
        mention("كل يوم جمعة", text, "SET", "XXXX-WXX-5"),
        mention("حاليا", text, "DATE", "PRESENT_REF"),
        mention("8 مارس الجاري", text, "DATE", "2022-03-08", day(2022, 3, 8), "day"),
    ])])
    assert [e.span for e in events] == [day(2022, 3, 8)]


def test_boundaries_and_statistics_stay_off_the_event_list():
    text = ("يعيش البلد أزمة منذ 2011. وارتفع التضخم في 2019 إلى 3 في المئة مقارنة بالعام السابق. "
            "وزار الرئيس مدينة فاس في 2019.")
    doc = article(text)
    year = (date(2019, 1, 1), date(2019, 12, 31))
    builder = EventBuilder()
    events = builder.build([(doc, [
        mention("2011", text, "DATE", "2011", (date(2011, 1, 1), date(2011, 12, 31)), "year"),
        mention("2019", text, "DATE", "2019", year, "year"),
        mention("2019", text, "DATE", "2019", year, "year", nth=1),
    ])])
    assert len(events) == 1 and "فاس" in events[0].sentence
    assert builder.skipped == {"boundary": 1, "statistic": 1}


def test_wire_copy_in_two_articles_is_one_event_with_two_sources():
    sentence = "وقع وزير الخارجية المغربي ونظيره الإسباني اتفاقية للتعاون الأمني في مدريد يوم 9 مارس الجاري."
    one = article(sentence + " وأضاف المصدر أن الطرفين سيلتقيان مجددا.", id="a", url="https://a.example/1")
    two = article("في خبر آخر. " + sentence, id="b", url="https://b.example/2")
    events = build_events([
        (one, [mention("9 مارس الجاري", one.text, "DATE", "2022-03-09", day(2022, 3, 9), "day")]),
        (two, [mention("9 مارس الجاري", two.text, "DATE", "2022-03-09", day(2022, 3, 9), "day")]),
    ])
    assert len(events) == 1
    assert [s.id for s in events[0].sources] == ["a", "b"]
    assert events[0].mention_sources == ("a", "b")


def test_same_city_and_category_is_not_enough_to_merge_across_articles():
    one = article("تفوق المنتخب الإسباني على الأرجنتين 6-1 في مباراة ودية بمدريد يوم 9 مارس.", id="a")
    two = article("فاز المنتخب التونسي على كوستاريكا 1-0 في مباراة ودية بمدريد يوم 9 مارس.", id="b")
    events = build_events([
        (one, [mention("يوم 9 مارس", one.text, "DATE", "2022-03-09", day(2022, 3, 9), "day")]),
        (two, [mention("يوم 9 مارس", two.text, "DATE", "2022-03-09", day(2022, 3, 9), "day")]),
    ])
    assert len(events) == 2


def test_year_events_merge_only_on_near_identical_text():
    one = article("أطلقت الحكومة برنامجا وطنيا للسكن في 2018 بالرباط.", id="a")
    two = article("أطلقت الحكومة برنامجا للنقل الحضري في 2018 بالرباط وسط انتقادات.", id="b")
    year = (date(2018, 1, 1), date(2018, 12, 31))
    events = build_events([
        (one, [mention("2018", one.text, "DATE", "2018", year, "year")]),
        (two, [mention("2018", two.text, "DATE", "2018", year, "year")]),
    ])
    assert len(events) == 2


def test_different_events_in_one_sentence_with_different_days_stay_apart():
    text = "زار الرئيس باريس يوم الاثنين 7 مارس، ثم زار لندن يوم الأربعاء 9 مارس."
    doc = article(text)
    events = build_events([(doc, [
        mention("يوم الاثنين 7 مارس", text, "DATE", "2022-03-07", day(2022, 3, 7), "day"),
        mention("يوم الأربعاء 9 مارس", text, "DATE", "2022-03-09", day(2022, 3, 9), "day"),
    ])])
    assert len(events) == 2


def test_time_and_date_in_one_sentence_make_one_timed_event():
    text = "تنطلق الندوة يوم الأحد 13 مارس على الساعة 15:30 بالدار البيضاء."
    doc = article(text)
    events = build_events([(doc, [
        mention("يوم الأحد 13 مارس", text, "DATE", "2022-03-13", day(2022, 3, 13), "day"),
        mention("الساعة 15:30", text, "TIME", "2022-03-13T15:30", day(2022, 3, 13), None),
    ])])
    assert len(events) == 1
    event = events[0]
    assert event.time == "15:30" and event.place == "الدار البيضاء" and event.category == "ندوة"
    assert event.tz == "Africa/Casablanca", "a clock time is local to its place"
    assert len(event.highlights) == 2


def test_a_clock_range_is_one_event_with_an_end():
    text = "ينظم المهرجان يوم السبت 12 مارس من الساعة العاشرة صباحا إلى الساعة الثانية ظهرا."
    doc = Article(id="jawhara-1", text=text, published=date(2022, 3, 9), country="TN")
    events = build_events([(doc, [
        mention("يوم السبت 12 مارس", text, "DATE", "2022-03-12", day(2022, 3, 12), "day"),
        mention("الساعة العاشرة صباحا", text, "TIME", "2022-03-12T10:00", day(2022, 3, 12), None),
        mention("الساعة الثانية ظهرا", text, "TIME", "2022-03-12T14:00", day(2022, 3, 12), None),
    ])])
    assert len(events) == 1
    assert (events[0].time, events[0].end_time) == ("10:00", "14:00")
    assert events[0].tz == "Africa/Tunis", "no place named: the outlet's country gives the zone"


def test_a_date_beside_two_clock_times_does_not_chain_them():
    text = "يوم 12 مارس تفتتح الوزيرة المعرض على الساعة العاشرة وتلقي كلمة على الساعة الرابعة مساء."
    doc = article(text)
    events = build_events([(doc, [
        mention("يوم 12 مارس", text, "DATE", "2022-03-12", day(2022, 3, 12), "day"),
        mention("الساعة العاشرة", text, "TIME", "2022-03-12T10:00", day(2022, 3, 12), None),
        mention("الساعة الرابعة مساء", text, "TIME", "2022-03-12T16:00", day(2022, 3, 12), None),
    ])])
    assert sorted(e.time for e in events) == ["10:00", "16:00"]


def test_two_clauses_of_one_sentence_on_one_date_are_two_events_unless_they_share_words():
    year = (date(2007, 1, 1), date(2007, 12, 31))
    two = "وفي عام 2007 تزوج الطاهي من أوتافيا بوسيا، وله منها ابنة ولدت في عام 2007 بمدينة نيويورك."
    events = build_events([(article(two), [
        mention("عام 2007", two, "DATE", "2007", year, "year"),
        mention("عام 2007", two, "DATE", "2007", year, "year", nth=1),
    ])])
    assert len(events) == 2, "a marriage and a birth, parted by a comma"
    one = ("تقرر تخصيص خطبة الجمعة غدا عن حادث التفجير، وتم إبلاغ خطباء الجوامع بتخصيص خطبة يوم الجمعة غدا "
           "عن الحدث.")
    friday = day(2022, 3, 11)
    events = build_events([(article(one), [
        mention("الجمعة غدا", one, "DATE", "2022-03-11", friday, "day"),
        mention("يوم الجمعة غدا", one, "DATE", "2022-03-11", friday, "day"),
    ])])
    assert len(events) == 1, "the same sermon told twice in one sentence"


def test_an_article_returning_to_its_story_is_one_event():
    text = ("داهمت الشرطة الأسترالية منزلا في حي لاكمبا بمدينة سيدني يوم الأحد واعتقلت أربعة أشخاص. "
            "وقال رئيس الوزراء إن الحكومة ستدعم الشرطة. "
            "وجاءت مداهمة الشرطة الأسترالية لمنزل حي لاكمبا في سيدني واعتقال الأشخاص الأربعة يوم الأحد بعد تحقيق طويل.")
    doc = article(text)
    events = build_events([(doc, [
        mention("يوم الأحد", text, "DATE", "2022-03-06", day(2022, 3, 6), "day"),
        mention("يوم الأحد", text, "DATE", "2022-03-06", day(2022, 3, 6), "day", nth=1),
    ])])
    assert len(events) == 1


def test_one_speaker_on_one_day_in_one_article_is_one_event():
    text = ("قال رئيس الوزراء الإسرائيلي بنيامين نتانياهو الخميس في كلمة بلندن إن النظام لم يعد في مأمن. "
            "وتطرق الخطاب إلى الملف النووي. "
            "وقال نتانياهو بهذا الشأن الخميس إن على الشركات أن تختار بين السوقين.")
    doc = article(text)
    thursday = day(2022, 3, 10)
    events = build_events([(doc, [
        mention("الخميس", text, "DATE", "2022-03-10", thursday, "day"),
        mention("الخميس", text, "DATE", "2022-03-10", thursday, "day", nth=1),
    ])])
    assert len(events) == 1
    other = text.replace("وقال نتانياهو بهذا الشأن", "وقالت ماي بهذا الشأن")
    events = build_events([(article(other), [
        mention("الخميس", other, "DATE", "2022-03-10", thursday, "day"),
        mention("الخميس", other, "DATE", "2022-03-10", thursday, "day", nth=1),
    ])])
    assert len(events) == 2, "another speaker the same day tells another happening"


def test_one_day_retold_with_other_words_sharing_the_event_word_is_one_event():
    text = ("قتل عشرات الأشخاص في الزلزال الذي ضرب جزيرة سومطرة الجمعة بحسب الصليب الأحمر. "
            "وقالت الحكومة إن فرق الإغاثة وصلت إلى المناطق المنكوبة. "
            "ودفن السكان الضحايا بعد الزلزال القوي الذي ضرب الجزيرة الجمعة الماضية في مقبرة جماعية.")
    friday = day(2022, 3, 4)
    events = build_events([(article(text), [
        mention("الجمعة", text, "DATE", "2022-03-04", friday, "day"),
        mention("الجمعة الماضية", text, "DATE", "2022-03-04", friday, "day"),
    ])])
    assert len(events) == 1
    matches = ("فاز المنتخب الألماني على نظيره الكاميروني 3-1 في مباراة الجولة الأخيرة الأحد. "
               "وفي المجموعة نفسها تعادل المنتخب التشيلي مع نظيره الأسترالي 1-1 في مباراة الأحد.")
    sunday = day(2022, 3, 6)
    events = build_events([(article(matches), [
        mention("الأحد", matches, "DATE", "2022-03-06", sunday, "day"),
        mention("الأحد", matches, "DATE", "2022-03-06", sunday, "day", nth=1),
    ])])
    assert len(events) == 2, "two scores of one day are two matches"


def test_events_json_is_the_same_whatever_the_order_of_the_articles():
    docs, items = [], []
    for n, (city, what) in enumerate([("الرباط", "اجتماعا"), ("تونس", "مؤتمرا"), ("الرياض", "اجتماعا"),
                                      ("الرباط", "اجتماعا"), ("جدة", "معرضا")]):
        text = f"عقد وزراء الخارجية العرب {what} في {city} يوم 9 مارس الجاري لبحث الأزمة."
        doc = article(text, id=f"a{n}", url=f"https://example.org/{n}")
        items.append((doc, [mention("يوم 9 مارس الجاري", text, "DATE", "2022-03-09", day(2022, 3, 9), "day")]))
    reference = render_events_json(build_events(items))
    for seed in range(5):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert render_events_json(build_events(shuffled)) == reference


def test_event_id_is_stable_and_independent_of_article_order():
    one = article("يفتتح مهرجان الفيلم بمراكش في ماي المقبل.", id="a")
    two = article("يفتتح مهرجان الفيلم بمراكش في مايو المقبل.", id="b")
    items = [
        (one, [mention("ماي المقبل", one.text, "DATE", "2022-05", month(2022, 5), "month")]),
        (two, [mention("مايو المقبل", two.text, "DATE", "2022-05", month(2022, 5), "month")]),
    ]
    forward, backward = build_events(items), build_events(items[::-1])
    assert len(forward) == len(backward) == 1
    assert event_id(forward[0]) == event_id(backward[0])


def test_importance_counts_sources_and_lead_position():
    sentence = "افتتح الملك مشروع ميناء طنجة المتوسط يوم 9 مارس الجاري."
    one = article(sentence, id="a")
    two = article("في سياق آخر تحدث المسؤولون طويلا عن المشاريع السابقة والقادمة في البلاد. " * 8 + sentence, id="b")
    events = build_events([
        (one, [mention("يوم 9 مارس الجاري", one.text, "DATE", "2022-03-09", day(2022, 3, 9), "day")]),
        (two, [mention("يوم 9 مارس الجاري", two.text, "DATE", "2022-03-09", day(2022, 3, 9), "day")]),
    ])
    assert len(events) == 1 and events[0].importance == 2.5


def test_sentences_split_on_arabic_and_latin_punctuation_not_inside_numbers():
    text = "نما الاقتصاد بنسبة 3.5 في المئة؟ نعم! ثم جاء يوم 8.3.2022؛ وانتهى.\nسطر جديد"
    geometry = TextGeometry(text)
    assert text[slice(*geometry.sentence_at(text.index("3.5")).bounds)] == "نما الاقتصاد بنسبة 3.5 في المئة؟"
    assert text[slice(*geometry.sentence_at(text.index("8.3")).bounds)] == "ثم جاء يوم 8.3.2022؛"
    assert text[slice(*geometry.sentence_at(text.index("سطر")).bounds)] == "سطر جديد"
    assert geometry.sentence_at(text.index("سطر")).paragraph == 1


def test_a_full_stop_typed_without_its_space_between_arabic_words_ends_the_sentence():
    text = ("وكان أداء الفريق ضعيفا.فقد خسر أمام الوداد يوم 12 مارس. وأشاد السبت.وقال المدرب إن الفريق سيعود. "
            "وكشفت شركة إي.إس.إي.تي في تقرير لموقع خروف.كوم نقلته العربية.نت أن د.سليمان غادر.")
    geometry = TextGeometry(text)
    bounds = [text[slice(*s.bounds)] for s in geometry.sentences]
    assert bounds[:4] == ["وكان أداء الفريق ضعيفا.", "فقد خسر أمام الوداد يوم 12 مارس.", "وأشاد السبت.", "وقال المدرب إن الفريق سيعود."]
    # an acronym of short parts, a web address and a title's abbreviation stay inside their sentence
    assert bounds[4:] == ["وكشفت شركة إي.إس.إي.تي في تقرير لموقع خروف.كوم نقلته العربية.نت أن د.سليمان غادر."]


def test_a_bullet_opens_an_item_of_a_programme_written_on_one_line():
    text = ("البرنامج: *28 جويلية 2016 : عرض تورنادو *أسعار التذاكر 15 دينار *29 جويلية 2016 : كاظم الساهر "
            "** رابطة الأبطال ** * الجمعة 12 ماي : الترجي – فيتا كلوب. وقال إن 3 * 4 = 12.")
    geometry = TextGeometry(text)
    bounds = [text[slice(*s.bounds)] for s in geometry.sentences]
    assert "29 جويلية 2016 : كاظم الساهر" in bounds and "28 جويلية 2016 : عرض تورنادو" in bounds
    assert "الجمعة 12 ماي : الترجي – فيتا كلوب." in bounds
    assert bounds[-1] == "وقال إن 3 * 4 = 12."  # a product is no bullet


def test_each_item_of_a_programme_is_titled_by_its_own_line():
    text = "البرنامج: *28 جويلية 2016 : عرض تورنادو *أسعار التذاكر 15 دينار *29 جويلية 2016 : حفل كاظم الساهر الكبير"
    doc = article(text, published=date(2016, 6, 28))
    events = build_events([(doc, timeline.extract_article(doc))])
    titles = {e.span[0].day: e.title for e in events}
    assert "الساهر" in titles[29] and "تورنادو" not in titles[29], titles


def test_a_clock_time_in_gmt_stays_utc_whatever_the_place():
    text = "انطلقت القمة في الرياض يوم 13 مارس على الساعة 8 بتوقيت غرينتش."
    doc = article(text)
    events = build_events([(doc, [
        mention("الساعة 8 بتوقيت غرينتش", text, "TIME", "2022-03-13T08:00Z", day(2022, 3, 13), None),
    ])])
    assert events[0].time == "08:00" and events[0].tz == "UTC"


def test_two_stories_of_one_page_sharing_only_a_dateline_stay_apart():
    # a page carrying two news items, each filed «دبي، الإمارات العربية المتحدة (CNN)--» on the same Monday
    text = ("دبي، الإمارات العربية المتحدة (CNN)-- أظهرت بيانات رسمية، الإثنين، ارتفاع أسعار المستهلكين في مصر بنسبة 1.2%.\n"
            "دبي، الإمارات العربية المتحدة (CNN)-- هاجمت مجموعة مسلحة، الإثنين، مقر المؤسسة الوطنية للنفط في طرابلس.")
    doc = article(text)
    monday = day(2022, 3, 7)
    events = build_events([(doc, [mention("الإثنين", text, "DATE", "2022-03-07", monday, "day"),
                                  mention("الإثنين", text, "DATE", "2022-03-07", monday, "day", nth=1)])])
    assert len(events) == 2


def test_a_dateline_is_recognised_but_not_a_score_or_an_aside():
    from timeline.events.build import _dateline_end

    for text, dateline in (("دبي، الإمارات العربية المتحدة (CNN)-- وقعت الحكومة", "دبي، الإمارات العربية المتحدة (CNN)-- "),
                           ("الرباط - قال الوزير", "الرباط - "), ("تونس 11 ديسمبر 2016 (وات) - أعلن", "تونس 11 ديسمبر 2016 (وات) - "),
                           ("واشنطن (رويترز) - قال مسؤول", "واشنطن (رويترز) - "),
                           ("فاز الفريق 3 - 1 على منافسه", ""), ("وقال الوزير إن الاجتماع - الذي عقد أمس - كان مثمرا", "")):
        assert text[:_dateline_end(text)] == dateline, text


def test_two_articles_spokesmen_of_one_day_are_not_one_speaker():
    one = article("وكشف المتحدث الرسمي للبنك السعودي للتسليف عبدالعزيز الناصر أمس عن نتائج الربع الثاني في الرياض.", id="a")
    two = article("وأكد المتحدث الرسمي للانتخابات البلدية جديع القحطاني أمس أن النتائج ستعلن في الرياض قريبا.", id="b")
    yesterday = day(2022, 3, 8)
    events = build_events([(one, [mention("أمس", one.text, "DATE", "2022-03-08", yesterday, "day")]),
                           (two, [mention("أمس", two.text, "DATE", "2022-03-08", yesterday, "day")])])
    assert len(events) == 2


def test_an_office_with_a_nationality_or_a_name_still_names_someone():
    from timeline.events.merge import _names_someone

    assert _names_someone("الرئيس الأميركي") and _names_someone("دونالد ترمب") and _names_someone("ماكرون")
    assert not _names_someone("المتحدث الرسمي") and not _names_someone("الوزير") and not _names_someone("رئيس الوزراء")
