"""A background date right after the word of a birth, death, founding, appointment or signing (a participle after
its noun, a verb after «الذي/التي» or after its subject opening a clause) dates that happening, not the sentence's
main verb (blind audit: «other happening»): the title is its verbal noun and who it is of (dated_word.py)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when, expected", [
    # a participle after its noun (the birth words the time words take: «المولود في»)
    ("كان القصري المولود في 5 نيسان/إبريل من العام 1905 كتلة متفجرة من الكوميديا، تجسدت في حركاته.",
     "5 نيسان/إبريل من العام 1905", "ولادة القصري"),
    ("وأصبح الفنان المولود في عام 1950 رمزا للأغنية الشعبية في بلاده.", "عام 1950", "ولادة الفنان"),
    ("وكان ترامب قد انسحب من الاتفاق النووي المبرم عام 2015 بين إيران والدول الكبرى، لأنه يتضمن عيوبا.",
     "عام 2015", "إبرام الاتفاق النووي"),
    ("وتطالب واشنطن بتعديل الاتفاقية المبرمة عام 2010 مع روسيا حول الأسلحة.", "عام 2010", "إبرام الاتفاقية مع روسيا"),
    # a verb after «الذي/التي»: the noun it describes
    ("ولم يتوصل ولد الشيخ أحمد الذي عين في نيسان/أبريل 2015 إلى أي نتيجة لإنهاء النزاع.",
     "نيسان/أبريل 2015", "تعيين ولد الشيخ أحمد"),
    ("بعدما أنهت شركة موبايلي للاتصالات عقد الرعاية بين الطرفين الذي انطلق في عام 2014.",
     "عام 2014", "انطلاق عقد الرعاية بين الطرفين"),
    ("وقالت أسر الضحايا إن الرئيس الراحل ورئيس منظمة التحرير ياسر عرفات، الذي توفي في 2004، ومعاونيه دأبوا على ذلك.",
     "2004", "وفاة رئيس منظمة التحرير ياسر عرفات"),
    # a passive after its definite subject opening a clause
    ("وقال رئيس إحدى الجمعيات المحلية إن هذا القصر بني عام 1890، مشيرا إلى أنه حاليا مدمر جزئيا.",
     "عام 1890", "بناء القصر"),
    ("وأكد المسؤول أن المسجد شيد عام 1920، وأنه يحتاج إلى ترميم عاجل.", "عام 1920", "تشييد المسجد"),
    # where it was, between the word and the date
    ("فإن رجل الأعمال عارف مسعود نقفي مولود في كراتشي بباكستان في 13 يوليو 1960، وهو رئيس مجموعة أبراج.",
     "13 يوليو 1960", "ولادة رجل الأعمال عارف مسعود نقفي في كراتشي بباكستان"),
    ("وكان اللاعب المولود في مدينة فاس عام 1990 قد انضم إلى الفريق.", "عام 1990", "ولادة اللاعب في مدينة فاس"),
    # a quoted name and its head, where it is
    ("توجد منظمات قد توفر الدعم، مثل مؤسسة \"كوجين\" في السعودية التي أسست عام 2012 \"لتوفير مجتمع متكامل\".",
     "عام 2012", "تأسيس مؤسسة كوجين في السعودية"),
    # an owned noun in a list after a name set off by commas
    ("منذ سقوط نظام الرئيس الراحل، معمر القذافي، ومقتله في 2011، يتعرض عمال أجانب لهجمات.", "2011",
     "مقتل معمر القذافي"),
    ("وتراجعت شعبية الحزب بعد رحيل مؤسسه، أحمد بن صالح، ووفاته في 2005، حسب مراقبين.", "2005", "وفاة أحمد بن صالح"),
    # a relative clause's passive auxiliary and its owned verbal noun: the noun the clause describes
    ("انسحبت الولايات المتحدة في أيار/مايو من الاتفاق النووي مع إيران الذي تم توقيعه عام 2015، كما تم رفع العقوبات.",
     "عام 2015", "توقيع الاتفاق النووي مع إيران"),
    ("وأعلن الحزب رفضه للقانون الانتخابي الذي تم إقراره سنة 2014 في البرلمان.", "سنة 2014",
     "إقرار القانون الانتخابي في البرلمان"),
])
def test_the_dated_happening_word_is_told(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence, when, unwanted", [
    # an object after the date: the verb is active, its subject's, not the noun's happening
    ("وكانت الوكالة قد أطلقت عام 2009 المسبار كيبلر لرصد الكواكب.", "عام 2009", "إطلاق الوكالة"),
    # no year: a date of the main clause's time
    ("وقال إن اللاعب المولود هنا يوم الأحد سيغيب عن المباراة.", "يوم الأحد", "ولادة"),
    # a preposition's noun is no subject of the verb after it
    ("وهو من أصول بنغالية ولد في سنة 1979 بألمانيا الشرقية.", "سنة 1979", "ولادة أصول بنغالية"),
])
def test_no_dated_happening_where_the_word_tells_another(sentence, when, unwanted):
    assert not title_of(sentence, when).startswith(unwanted)


def test_an_owned_noun_whose_owner_is_not_found_keeps_the_title():
    # «تأسيسها» alone says not whose: no title is told of a guess
    told = title_of("وكان تم إرجاء الجائزة خمس مرات قبلا منذ تأسيسها في 1901.", "1901")
    assert not told.startswith("تأسيسها")


def test_the_main_title_stays_when_it_tells_the_happening():
    # «الأكاديمية أسست»: the title already tells the founding
    assert "أسست" in title_of("وتمر الأكاديمية التي أسست في العام 1786 بأزمة منذ أشهر.", "العام 1786")
