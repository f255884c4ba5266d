"""Event categories: the trigger table with inflected verbs and verbal nouns, and its known traps.

Each row is a sentence with «يوم الأحد» and the category its event must get; the event is built
the way build.py builds it (the mention's clause, the clause before, the nearest in the sentence).
"""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from timeline.events import EventBuilder
from timeline.events.build import Steps
from timeline.terms import TermMatcher, triggers, words

from timeline_fixtures import article, mention

SUNDAY = (date(2022, 3, 13), date(2022, 3, 13))

ROWS = [
    # verbs and verbal nouns with enclitic pronouns and inflection endings
    ("هاجم مسلحون ثكنة عسكرية يوم الأحد في شمال البلاد.", "هجوم"),
    ("صد الجيش هجومهم يوم الأحد.", "هجوم"),
    ("اقتحموا مقر البرلمان يوم الأحد.", "هجوم"),
    ("شنت الطائرات غارات على المدينة يوم الأحد.", "هجوم"),
    ("انتخب البرلمان رئيسا جديدا يوم الأحد.", "انتخابات"),
    ("أحيت الفرقة حفلا يوم الأحد بالمسرح البلدي.", "حفل"),
    ("عقدت الحركة مؤتمرها يوم الأحد.", "مؤتمر"),
    ("وتحدث الوزير في مؤتمره الصحفي يوم الأحد.", "مؤتمر صحفي"),
    ("سيجتمع وزراء الخارجية يوم الأحد في الرباط.", "اجتماع"),
    ("التقى الملك بالرئيس يوم الأحد.", "اجتماع"),
    ("وفي لقائه بالسفير يوم الأحد، بحث الوزير التعاون.", "اجتماع"),
    ("زارت الوزيرة المستشفى يوم الأحد.", "زيارة"),
    ("وتأتي زيارتها يوم الأحد بعد أشهر من التوتر.", "زيارة"),
    ("واستأنف الطرفان محادثاتهما يوم الأحد.", "محادثات"),
    ("اعتقلت الشرطة ثلاثة مشتبه بهم يوم الأحد.", "اعتقال"),
    ("قضت المحكمة بسجنه يوم الأحد.", "حكم"),
    ("توفي الفنان يوم الأحد عن 80 عاما.", "وفاة"),
    ("قتل خمسة جنود يوم الأحد في كمين.", "مقتل"),
    ("ضرب زلزال قوي المنطقة يوم الأحد.", "كارثة"),
    ("وقع حادث سير مروع يوم الأحد.", "حادث"),
    ("تنطلق فعاليات المهرجان يوم الأحد.", "مهرجان"),
    ("صادق البرلمان على القانون يوم الأحد.", "قرار"),
    ("قال الوزير يوم الأحد إن الحكومة ستواصل الإصلاحات.", "تصريح"),
    ("وقعت الحكومتان اتفاقية تعاون يوم الأحد.", "اتفاقية"),
    ("نشرت المنظمة تقريرها السنوي يوم الأحد.", "إصدار"),
    ("نظم العمال إضرابا عاما يوم الأحد.", "احتجاج"),
    ("تم تعيينه سفيرا يوم الأحد.", "تعيين"),
    ("قدم الوزير استقالته يوم الأحد.", "استقالة"),
    ("فرضت واشنطن عقوبات جديدة على طهران يوم الأحد.", "عقوبات"),
    ("أغلقت البورصة تعاملاتها على ارتفاع يوم الأحد.", "تداول"),
    ("وحصل المخرج على الجائزة يوم الأحد.", "جائزة"),
    ("أطلقت الشركة هاتفها الجديد يوم الأحد.", "إطلاق"),
    ("افتتح الوزير الطريق السريع يوم الأحد.", "افتتاح"),
    # known wrong triggers
    ("أعلنت الأطراف وقف إطلاق النار يوم الأحد.", "هدنة"),
    ("دخل وقف إطلاق النار حيز التنفيذ يوم الأحد.", "هدنة"),
    ("افتتح الوزير حديقة أطلق عليها اسم الأمل يوم الأحد.", "افتتاح"),
    ("طالب المحتجون بإطلاق سراح المعتقلين يوم الأحد.", "إفراج"),
    ("أصيب شرطي في إطلاق النار يوم الأحد.", "هجوم"),
    # «اللقاء» is a match among words of sport, a meeting elsewhere
    ("ويخوض المنتخب اللقاء يوم الأحد أمام تونس.", "مباراة"),
    ("وجرى اللقاء بين الوزيرين يوم الأحد.", "اجتماع"),
    ("فاز الفريق على منافسه يوم الأحد.", "مباراة"),
    # shots, rockets and operations fired or launched are attacks; a prisoner set free is a release
    ("وأطلق مجهولون الرصاص على دورية للشرطة يوم الأحد.", "هجوم"),
    ("ومرت نهاية الأسبوع دون إطلاق رصاصة واحدة يوم الأحد.", "هجوم"),
    ("وأطلقت تركيا عملية عسكرية في عفرين يوم الأحد.", "هجوم"),
    ("وقالت الخارجية إن الرهينة أطلق سراحها يوم الأحد.", "إفراج"),
    # more verbs and verbal nouns
    ("تعرض الجاسوس وابنته لعملية تسميم يوم الأحد.", "هجوم"),
    ("اغتيل الصحفي أمام منزله يوم الأحد.", "مقتل"),
    ("أسست الجمعية يوم الأحد بمبادرة من طلبة.", "تأسيس"),
    ("وردت الصين بفرض رسوم على سلع أمريكية يوم الأحد.", "عقوبات"),
    ("فرضت السلطات حالة الطوارئ يوم الأحد.", "قرار"),
    ("ينعقد مجلس وزاري مضيق يوم الأحد.", "اجتماع"),
    ("وعقد المدرب مؤتمرا صحفيا يوم الأحد قبل المباراة.", "مؤتمر صحفي"),
    ("وأكد المدرب خلال المؤتمر الصحفي الذي عقد يوم الأحد جاهزية فريقه للمباراة.", "مؤتمر صحفي"),
    ("تمكن أعوان الأمن يوم الأحد من إيقاف شخصين بحوزتهما مخدرات.", "اعتقال"),
    ("أدانت المحكمة الوزير السابق يوم الأحد.", "حكم"),
    ("ونبهت الوزارة في بلاغ أصدرته يوم الأحد إلى خطورة الوضع.", "تصريح"),
    ("عقد قرانها على المطرب يوم الأحد.", "حفل"),
    ("وتختتم التظاهرة في سهرة يوم الأحد.", "حفل"),
    ("وتم العثور على جثة شاب يوم الأحد في الغابة.", "وفاة"),
    ("وكان سيضطر للرحيل عندما يترك منصبه كرئيس للاتحاد يوم الأحد.", "استقالة"),
    ("وكان له دور كبير في نجاح الألعاب الأولمبية يوم الأحد.", "بطولة"),
    ("وتعرضت المنصة لخرق أمني كبير يوم الأحد.", "هجوم"),
    ("أقدم شاب على ذبح والده يوم الأحد.", "مقتل"),
    # among words of sport «عرض» is an offer or a bid; «فريق العمل» is a crew, no sport
    ("لكن النادي الإنجليزي رفض يوم الأحد ثلاثة عروض تقدم بها روما لضم اللاعب.", "انتقال"),
    ("قدمت ألمانيا يوم الأحد عرضها الرسمي لاستضافة بطولة أوروبا.", "بطولة"),
    ("تقدم الفرقة عرضا مسرحيا يوم الأحد بحضور كامل فريق العمل.", "حفل"),
    # «تظاهرة» is an organised event in Maghreb news, a protest when it says so or in the plural
    ("وتتواصل يوم الأحد تظاهرة الأميرة الصغيرة للمدينة العتيقة بسوسة.", "مهرجان"),
    ("انتظمت يوم الأحد تظاهرة علمية بمدرسة المهندسين.", "مهرجان"),
    ("خرجت يوم الأحد تظاهرة سلمية أمام البرلمان.", "احتجاج"),
    ("وشهدت العاصمة يوم الأحد تظاهرات ضد الحكومة.", "احتجاج"),
    # a lead role is no championship, an armistice line no truce
    ("ولعبت يوم الأحد دور البطولة في مسلسل جديد.", None),
    ("ونفذ الجيش يوم الأحد عملية عبر خط الهدنة مع سوريا.", None),
]


def _builder() -> EventBuilder:
    # every sentence here is an event: only the category is under test
    steps = dataclasses.replace(Steps.default(), non_event_reason=lambda *args, **kwargs: None)
    return EventBuilder(steps=steps)


BUILDER = None
ROWS_IDS: dict[str, int] = {}  # one article id per sentence: the builder may cache per article


def category_of(sentence: str) -> str | None:
    global BUILDER
    BUILDER = BUILDER or _builder()
    doc = article(sentence, id=f"t{ROWS_IDS.setdefault(sentence, len(ROWS_IDS))}")
    events = BUILDER.build([(doc, [mention("يوم الأحد", sentence, "DATE", "2022-03-13", SUNDAY, "day")])])
    assert len(events) == 1
    return events[0].category


@pytest.mark.parametrize("sentence, expected", ROWS, ids=[expected for _, expected in ROWS])
def test_event_category(sentence, expected):
    assert category_of(sentence) == expected


def labels(text: str) -> list[str]:
    return [hit.value for hit in triggers().find(words(text))]


@pytest.mark.parametrize(
    "text",
    [
        "وزارة الصحة",  # و + زار + ة is not a visit
        "وزاراتها",
        "بالإضافة إلى ذلك",  # أضاف + ة
        "أحيانا",  # أحيا + نا
        "بيانات السوق",  # data, not statements
        "حسبما أفادت صحيفة محلية",  # a source, not a statement
        "وفق ما ذكرت وكالة الأنباء",
        "الحكم الذاتي",
        "أحزاب المعارضة",
        "يطلق عليه اسم",
        "انطلاقا من",
        "النتائج النهائية",
        "لنشرة الأخبار",
        "السيولة",
        "أدنى مستوى لها على الإطلاق",  # at all
        "خلال طلب العروض",  # a call for tenders
        "على أسس جديدة",  # foundations
        "بعد تلقيها بلاغا من أحد المارة",  # a report to the police, not a communiqué
        "وذبحوا الأضاحي في الساحات",  # the sacrifice of Eid al-Adha
        "وقد حفلت الصحف بالصور",  # was full of
    ],
)
def test_words_the_endings_would_mistake_are_no_trigger(text):
    assert labels(text) == []


def test_inflected_forms_find_their_stem():
    assert labels("هجومهم") == ["هجوم"]
    assert labels("مؤتمرها") == ["مؤتمر"]
    assert labels("اجتماعاتهم") == ["اجتماع"]
    assert labels("مباراته") == ["مباراة"]
    assert labels("لقائه") == ["اجتماع"]
    assert labels("وسيلتقي") == ["اجتماع"]
    assert labels("اقتحموها") == ["هجوم"]
    assert labels("وقف إطلاق النار") == ["هدنة"]
    assert "إطلاق" not in labels("أعلن الطرفان وقف إطلاق النار")


def test_other_tables_keep_exact_matching():
    plain = TermMatcher([("مؤتمر", "x"), ("الرباط", "الرباط")])
    assert [h.value for h in plain.find(words("مؤتمرها"))] == []
    assert [h.value for h in plain.find(words("الرباطها"))] == []
    assert [h.value for h in plain.find(words("بالرباط والمؤتمر"))] == ["الرباط", "x"]
    inflected = TermMatcher([("مؤتمر", "x")], suffixes=True)
    assert [h.value for h in inflected.find(words("مؤتمرها"))] == ["x"]


def test_context_rows_and_blank_rows():
    matcher = TermMatcher(
        [("لقاء", "مباراة", "رياضة"), ("لقاء", "اجتماع"), ("أطلق عليه", ""), ("أطلق", "إطلاق")],
        contexts={"رياضة": ["منتخب"]},
        suffixes=True,
        skip_blank=True,
    )
    assert [h.value for h in matcher.find(words("اللقاء مع الوزير"))] == ["اجتماع"]
    assert [h.value for h in matcher.find(words("لقاء المنتخب"))] == ["مباراة"]
    assert [h.value for h in matcher.find(words("أطلقت عليه اسما"))] == []
    assert [h.value for h in matcher.find(words("أطلقت حملة"))] == ["إطلاق"]


def test_a_term_starting_with_a_hamza_alef_and_lam_still_takes_the_article():
    # «ألعاب» and «إلغاء» fold to العاب and الغاء: their ال is no article, so «الألعاب», «للألعاب» and
    # «بالإلغاء» are the term with one; a term written with its article finds its prefixed forms as before
    from timeline.terms import TermMatcher, words

    matcher = TermMatcher([("ألعاب", "sport"), ("إلغاء", "cancel"), ("الرباط", "city")])
    for text, label in (("افتتاح الألعاب الأولمبية", "sport"), ("استعدادا للألعاب", "sport"),
                        ("وطالبوا بالإلغاء الفوري", "cancel"), ("ألعاب القوى", "sport"), ("وصل بالرباط", "city")):
        assert [hit.value for hit in matcher.find(words(text))] == [label], text
