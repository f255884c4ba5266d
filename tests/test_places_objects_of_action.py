"""Places that are the object of the happening's verb: a town taken, taken back or entered, a
place struck, a place flown over, a country becoming independent, where help goes (sentences written for the
tests in the corpus's phrasing)."""
from __future__ import annotations

import pytest

from place_helpers import where, name, name_in_last_line


def test_a_town_taken_with_the_taker_between_is_the_scene():
    text = "وبعد سيطرة المسلحين على مدينة الرمادي في 17 مايو 2015 فر آلاف السكان."
    assert where(text, "17 مايو 2015").name == "الرمادي"


# --- entering a town

def test_entering_a_town_named_with_its_head_word_is_a_scene():
    text = ("وأوضحت مصادر المقاومة أن قواتها دخلت مدينة دمت الواقعة على 60 كيلومترا شمال مدينة الضالع عصر أمس "
            "دون مواجهات.")
    assert name(text, "عصر أمس") == "دمت"
    assert name("وكانت القوات قد دخلت مدينة الرمادي في ديسمبر الماضي.", "ديسمبر الماضي") == "الرمادي"
    # a country after «دخل» is its subject: «دخل العراق في فراغ تشريعي»
    text = "يأتي ذلك في وقت دخل العراق في فراغ تشريعي للمرة الأولى منذ سقوط النظام في العام 2003."
    assert where(text, "العام 2003") is None


@pytest.mark.parametrize("sentence, time, expected", [
    ("إنه سيتم تفعيل قانون قديم غدا الجمعة لحماية مصالح الشركات الأوروبية في إيران.", "غدا الجمعة", None),
    ("وكرمت المؤسسة عام 1993 الأميرة أليس التي خاطرت بحياتها للمساعدة في إنقاذ اليهود في اليونان.", "عام 1993", None),
    ("وأعلن البنك الأحد عن قرض جديد لتمويل مشاريع البنية التحتية في الأردن.", "الأحد", None),
    # a name holding such a word is no purpose («وحدات حماية الشعب»)
    ("ضربات التحالف التي نفذت هذا الأسبوع ساعدت وحدات حماية الشعب الكردية في سوريا.", "هذا الأسبوع", "سوريا"),
])
def test_a_place_after_a_word_of_helping_is_where_the_help_goes(sentence, time, expected):
    assert name(sentence, time) == expected


@pytest.mark.parametrize("sentence, time, expected", [
    ("وفي يونيو/حزيران، شنت القوات المدعومة من السعودية عملية عسكرية لاستعادة الحديدة، وسط تحذيرات.",
     "يونيو/حزيران", "الحديدة"),
    ("وقد قتل المئات منذ أن شنت الحكومة وحلفاؤها هجوما في منتصف فبراير/ شباط، لاستعادة السيطرة على الغوطة الشرقية.",
     "منتصف فبراير/ شباط", "الغوطة الشرقية"),
    ("واستعادت القوات العراقية الموصل في يوليو الماضي.", "يوليو الماضي", "الموصل"),
    # a country taken back is its subject, no town
    ("وتسعى الحكومة إلى استعادة مصر مكانتها في العام المقبل.", "العام المقبل", None),
    # a town taken after «بعدما» is another, earlier happening's (Baghdad speaking acts for its country)
    ("وكانت بغداد اعلنت أنها انتصرت في ديسمبر بعدما استعادت القوات العراقية الموصل.", "ديسمبر", "العراق"),
])
def test_a_town_taken_back_is_where_the_fighting_is(sentence, time, expected):
    assert name(sentence, time) == expected


@pytest.mark.parametrize("sentence, time, expected", [
    # the object of a verb of striking, after the time or before it
    ("أدانت تونس بشدة الاعتداء الإرهابي الذي استهدف مساء يوم أمس مدينة نيس الفرنسية خلال الاحتفالات.", "مساء يوم أمس",
     "نيس"),
    ("ونجم الانهيار عن الزلزال الذي ضرب جزيرة سولاويزي الجمعة، وفق الصليب الأحمر.", "الجمعة", "سولاويزي"),
    ("قتل 26 شخصا على الأقل، اليوم الأربعاء، من جراء هجوم انتحاري ضرب العاصمة الأفغانية كابل، وفق متحدث.",
     "اليوم الأربعاء", "كابل"),
    ("وذلك بعد إطلاق الحوثيين 7 صواريخ على السعودية استهدفت 3 منها العاصمة الرياض الأسبوع الماضي.", "الأسبوع الماضي",
     "الرياض"),
    ("وهزت سلسلة انفجارات ضخمة مطار حماة العسكري الجمعة.", "الجمعة", "حماة"),
    # a country struck is no town («قادرة على ضرب الولايات المتحدة»); the present «يستهدف» aims at a plan
    ("وأطلقت كوريا الشمالية الثلاثاء صاروخا قادرا على ضرب الولايات المتحدة.", "الثلاثاء", None),
    ("وقال إن القرار الذي أعلن الخميس يستهدف أيضا منع اتخاذ بكين أي إجراء.", "الخميس", None),
])
def test_the_town_a_verb_of_striking_hits_is_where_it_struck(sentence, time, expected):
    assert name(sentence, time) == expected


@pytest.mark.parametrize("sentence, time, expected", [
    ("ونجم الانهيار عن الزلزال الذي ضرب جزيرة سولاويزي الجمعة، كما أعلن الصليب الأحمر الثلاثاء.", "الثلاثاء", None),
    ("وقتل ثلاثة في انفجار وقع في مدينة كركوك، كما قالت الشرطة الأحد.", "الأحد", None),
    # an attribution with «حسبما» still dates the happening told before it
    ("صارعت ربة منزل في شرق الهند تمساحا باستخدام أواني الطبخ، حسبما أفاد مسؤولون أمس.", "أمس", "الهند"),
])
def test_a_saying_opened_by_as_after_a_comma_is_not_placed_by_the_clause_before(sentence, time, expected):
    assert name(sentence, time) == expected


@pytest.mark.parametrize("sentence, time, expected", [
    ("وبلغت المواجهات ذروتها الاثنين مع مقتل 60 فلسطينياً بالتزامن مع افتتاح السفارة الأميركية في القدس.", "الاثنين",
     None),
    ("ووقع الانفجار الأربعاء تزامنا مع احتفالات عيد النوروز في كابل.", "الأربعاء", None),
    # a place before the time is still the dated happening's
    ("ووقع الانفجار قرب مزار شيعي في كابل الأربعاء بالتزامن مع احتفالات عيد النوروز.", "الأربعاء", "كابل"),
])
def test_a_place_after_a_word_of_another_happening_at_the_same_time_is_that_ones(sentence, time, expected):
    assert name(sentence, time) == expected


# --- a country's independence, a place struck, a sea flown over

@pytest.mark.parametrize("sentence, time, expected", [
    ("واستقلت كوسوفو رسميا في 2008، بقرار احادي الجانب ما زالت صربيا ترفض الاعتراف به.", "2008", "كوسوفو"),
    ("واستقلت الجزائر عن فرنسا عام 1962.", "عام 1962", "الجزائر"),
    ("ومنذ استقلال جنوب السودان في 2011 تعاني البلاد من الحرب.", "2011", "جنوب السودان"),
])
def test_independence_happens_in_the_country(sentence, time, expected):
    assert name_in_last_line(sentence, time) == expected


def test_recognising_an_independence_is_not_placed_there():
    sentence = "في 4 أكتوبر/تشرين أول من عام 1963 اعترف العراق رسمياً باستقلال الكويت وسيادة أراضيه."
    assert name_in_last_line(sentence, "4 أكتوبر/تشرين أول من عام 1963") != "الكويت"


@pytest.mark.parametrize("sentence, time, expected", [
    ("ومطلع شباط/فبراير، شن الطيران الإسرائيلي غارات على جنوب قطاع غزة بعد إطلاق صواريخ.", "مطلع شباط/فبراير",
     "قطاع غزة"),
    ("ونفذت الولايات المتحدة ضربات على سوريا في أبريل الماضي.", "أبريل الماضي", "سوريا"),
    ("وشنت أنقرة في يناير الماضي هجوما على عفرين.", "يناير الماضي", "عفرين"),
])
def test_the_place_struck(sentence, time, expected):
    assert name_in_last_line(sentence, time) == expected


def test_a_strike_on_a_group_is_no_place():
    assert name_in_last_line("وشنت أنقرة في يناير الماضي هجوما على وحدات حماية الشعب.", "يناير الماضي") is None


@pytest.mark.parametrize("sentence, time, expected", [
    ("تلقت طائرة استطلاع تابعة للبحرية الأمريكية، الجمعة، ستة تحذيرات خلال رحلة فوق بحر الصين الجنوبي.", "الجمعة",
     "بحر الصين الجنوبي"),
    ("وحاولت الميليشيات استهداف مقاتلة التحالف فوق صنعاء قبل اسبوعين.", "قبل اسبوعين", "صنعاء"),
    ("وحلقت طائرات فوق العاصمة السورية دمشق الأحد.", "الأحد", "دمشق"),
])
def test_over_a_place(sentence, time, expected):
    assert name_in_last_line(sentence, time) == expected


def test_over_a_number_is_no_place():
    assert name_in_last_line("وقالت إن درجة الحرارة فوق 40 درجة الأحد.", "الأحد") is None
