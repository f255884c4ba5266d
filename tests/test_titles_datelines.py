"""Headline titles never carry a wire story's dateline, and name a person by name when their office would push out
what they did or said."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.dateline import dateline_length

from timeline_fixtures import mention


def title_of(sentence: str, when: str, **kwargs) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X"), **kwargs).text


DATELINE_ROWS = [
    ("دبي، الإمارات العربية المتحدة (CNN)-أعلنت وزارة الخزانة التركية الثلاثاء إنها ستصدر سندات حكومية مقومة باليورو.",
     "أعلنت وزارة الخزانة التركية "),
    ("تونس 11 ديسمبر 2016 (وات) - أكد بيان صادر بتاريخ 10 ديسمبر الجاري انسحاب النائب من الكتلة.", "أكد بيان"),
    ("واس- جدة: تستعد وزارة النقل بمنطقة مكة المكرمة حاليًا لموسم الحج.", "تستعد وزارة النقل"),
    ("الرياض - واس - أعلنت وزارة الداخلية يوم الخميس القبض على خلية إرهابية.", "أعلنت وزارة الداخلية"),
    ("القاهرة، مصر (CNN)— وعد الرئيس المصري بتحقيق الاستقرار.", "وعد الرئيس"),
]


@pytest.mark.parametrize("sentence,rest", DATELINE_ROWS)
def test_an_opening_dateline_is_measured(sentence, rest):
    assert sentence[dateline_length(sentence):].startswith(rest.strip())


@pytest.mark.parametrize("sentence", [
    "قالت منظمة الصحة العالمية (WHO) إن الوباء انتهى في مارس.",  # an abbreviation in brackets, no dash
    "وقالت وكالة الأنباء السعودية (واس) - في بيان - إن الأمير وصل الخميس.",  # a frame names the agency
    "أعلن الوزير (وات) أن الاجتماع عقد الخميس.",
    "أعلنت الشركة - وفق بيان - أن المصنع افتتح الخميس.",
])
def test_a_sentence_saying_something_before_a_bracket_or_dash_has_no_dateline(sentence):
    assert dateline_length(sentence) == 0


@pytest.mark.parametrize("sentence,when,agency", [
    ("دبي، الإمارات العربية المتحدة (CNN)-أعلنت وزارة الخزانة التركية الثلاثاء إنها ستصدر سندات حكومية مقومة باليورو.",
     "الثلاثاء", "CNN"),
    ("تونس 11 ديسمبر 2016 (وات) - استقال ثلاثة نواب من كتلة الحرة يوم 10 ديسمبر الجاري.", "10 ديسمبر الجاري", "وات"),
    ("واس- جدة: افتتح أمير منطقة مكة المكرمة يوم الأحد مطار الملك عبدالعزيز الجديد.", "يوم الأحد", "واس"),
])
def test_a_title_never_carries_the_dateline_or_the_agency(sentence, when, agency):
    title = title_of(sentence, when)
    assert agency not in title and "الإمارات" not in title and "تونس" not in title.split()[:1] and "جدة" not in title
    assert len(title.split()) >= 3


def test_a_lead_sentence_with_a_dateline_still_lends_the_headline_its_words():
    sentence = "سيؤول، كوريا الجنوبية (CNN)— أعلن مستشار الأمن القومي الكوري، مساء الخميس، أن ترامب وافق على مقابلة زعيم كوريا الشمالية."
    title = title_of(sentence, "مساء الخميس", lead=True, article_title="سيؤول: ترامب وافق على مقابلة زعيم كوريا الشمالية")
    assert title == "سيؤول: ترامب وافق على مقابلة زعيم كوريا الشمالية"


OFFICE_ROWS = [
    # a long statement: the speaker's name without the office tells more of what was said
    ("وقال وزير الخارجية الفرنسي جان إيف لودريان، الخميس، إن الحل يقع على عاتق روسيا للضغط على بشار الأسد من أجل وقف القصف.",
     "الخميس", "جان إيف لودريان: الحل يقع على عاتق روسيا للضغط على بشار الأسد"),
    ("وقال رئيس الوزراء الإسرائيلي بنيامين نتانياهو الأحد إن بلاده لن تسمح بدخول المدنيين السوريين الفارين من الحرب في بلدهم.",
     "الأحد", "بنيامين نتانياهو: إسرائيل لن تسمح بدخول المدنيين السوريين الفارين من الحرب"),  # «بلاده»: the nisba's country
    ("وأكد وزير الشؤون العامة والحكامة لحسن الداودي، الثلاثاء، أن هاتين الشركتين لم تتأثرا بشكل كبير بتداعيات المقاطعة.",
     "الثلاثاء", "لحسن الداودي: هاتين الشركتين لم تتأثرا بشكل كبير بتداعيات المقاطعة"),
    # a name in apposition: the verb, the name and the object, without the office
    ("اتهم وزير الخارجية الأمريكي، مايك بومبيو، الجمعة، النظام الإيراني بانتهاك حقوق الإنسان الأساسية لشعبه، وذلك في تغريدة.",
     "الجمعة", "مايك بومبيو يتهم النظام الإيراني بانتهاك حقوق الإنسان الأساسية لشعبه"),  # person first (person_subject.py)
    ("وعد الرئيس المصري، عبدالفتاح السيسي، الاثنين، بتحقيق الاستقرار والتنمية وتوفير الحد اللازم من جودة الحياة لأبناء الشعب.",
     "الاثنين", "وعد عبدالفتاح السيسي بتحقيق الاستقرار والتنمية وتوفير الحد اللازم"),
]


@pytest.mark.parametrize("sentence,when,expected", OFFICE_ROWS)
def test_a_person_is_named_without_their_office_when_it_would_push_out_what_they_did(sentence, when, expected):
    assert title_of(sentence, when).startswith(expected)


@pytest.mark.parametrize("sentence,when,expected", [
    # a short statement keeps the office
    ("وقال وزير الخارجية الأمريكي مايك بومبيو الخميس إن البيت الأبيض سيصدر بيانا.", "الخميس",
     "وزير الخارجية الأمريكي مايك بومبيو: البيت الأبيض سيصدر بيانا"),
    # the office's complement is no name («بوزارة الداخلية», «لبي بي سي»)
    ("وقال المتحدث الأمني بوزارة الداخلية السبت إن قوات الأمن أحبطت عملا إرهابيا في محافظة القطيف شرقي المملكة العربية السعودية.",
     "السبت", "المتحدث الأمني بوزارة الداخلية:"),
    # no name after the office: it stays
    ("وقال الرئيس الأمريكي الخميس إن بلاده ستفرض رسوما جمركية جديدة على واردات الصلب والألومنيوم من الصين وكندا والمكسيك.",
     "الخميس", "الرئيس الأمريكي:"),
])
def test_an_office_stays_where_no_name_would_replace_it_or_the_title_has_room(sentence, when, expected):
    assert title_of(sentence, when).startswith(expected)


@pytest.mark.parametrize("sentence,when,expected", [
    ("وقال أردوغان في بيان بالقصر الرئاسي عقب الاجتماع \"بناء على نقاشنا مع بهتشلي قررنا إجراء الانتخابات في 24 يونيو 2018\".",
     "24 يونيو 2018", "أردوغان: بناء على نقاشنا مع بهتشلي قررنا إجراء الانتخابات"),
    ("وقال مدير العلاقات التجارية شون براتشز \"أعدنا النظر خلال العام الماضي في عدد من المجالات\".", "العام الماضي",
     "مدير العلاقات التجارية شون براتشز: أعدنا النظر في عدد من المجالات"),
])
def test_a_quotation_in_the_first_person_plural_says_who_with_its_speaker(sentence, when, expected):
    assert title_of(sentence, when) == expected


def test_an_accusative_ending_in_na_is_no_first_person():
    # «أحيانا», «مجانا» end in نا without speaking for «we»: the quotation is told without its speaker
    sentence = "وقال المدير \"توزع الكتب مجانا على التلاميذ أحيانا في شهر سبتمبر من كل عام\"."
    assert not title_of(sentence, "شهر سبتمبر").startswith("المدير:")
