"""Places, round 7 (issue 7, blind audit 7717): an official speaking for a body after «لـ» and a body's name of two
joined nouns give the body's country; a relative clause inside a «من» of coming places the time it holds; a gathering
named again takes the place the sentence before gave it; a place before a word of preparing is not the later
happening's; an authority of a local outlet's home acts there (sentences written for the tests in the corpus's
phrasing)."""
from __future__ import annotations

import pytest

from timeline.events.places import locate


def where(text: str, time: str, headline: str = "", home: str | None = None, sentence: str | None = None):
    """locate() for `time` in `sentence` (the whole text unless given) of `text`."""
    start = text.index(sentence) if sentence else 0
    end = start + len(sentence) if sentence else len(text)
    at = text.index(time, start)
    return locate(text, (start, end), (at, at + len(time)), headline=headline, home=home)


def country(*args, **kwargs) -> str | None:
    place = where(*args, **kwargs)
    return place.country if place else None


def name(*args, **kwargs) -> str | None:
    place = where(*args, **kwargs)
    return place.name if place else None


# --- a body's name joining two nouns: its nationality adjective comes later


@pytest.mark.parametrize("sentence, time, code", [
    ("كشفت وزارة العمل والتنمية الاجتماعية السعودية، الأربعاء، عن أسماء الشركات المؤهلة.", "الأربعاء", "SA"),
    ("أصدرت وزارة الشؤون الإسلامية والدعوة والإرشاد السعودية أمس تعميما للخطباء.", "أمس", "SA"),
    ("أعلنت وزارة البيئة والمياه والزراعة السعودية أمس عن حملة لترشيد الاستهلاك.", "أمس", "SA"),
    ("قررت وزارة التعليم العالي والبحث العلمي التونسية اليوم تأجيل الامتحانات.", "اليوم", "TN"),
])
def test_a_body_named_by_two_joined_nouns_places_its_country(sentence, time, code):
    assert country(sentence, time) == code


def test_a_body_named_by_two_joined_nouns_meeting_another_nation_places_nothing():
    assert where("التقى وزير الخارجية والتعاون الدولي المغربي الخميس نظيره الإسباني.", "الخميس") is None


# --- an official speaking for a body after «لـ»: the body acts


@pytest.mark.parametrize("sentence, time, code", [
    ("وكشف المتحدث الرسمي للبنك السعودي للتسليف والادخار، في تصريح له أمس عن نتائج الربع الثاني.", "أمس", "SA"),
    ("وقال المتحدث الرسمي لوزارة الصحة السعودية أمس إن عدد الإصابات ارتفع.", "أمس", "SA"),
    ("أكد الأمين العام للاتحاد العام التونسي للشغل اليوم السبت تمسك المنظمة بالمفاوضات.", "اليوم السبت", "TN"),
    ("أوضح الناطق الرسمي للحكومة المغربية الخميس أن المجلس صادق على المشروع.", "الخميس", "MA"),
])
def test_an_official_speaking_for_a_body_places_its_country(sentence, time, code):
    assert country(sentence, time) == code


@pytest.mark.parametrize("sentence, time", [
    ("وقال الأمين العام للأمم المتحدة أمس إن الوضع خطير.", "أمس"),  # no nation
    ("والتقى المتحدث الرسمي للحكومة المصرية أمس نظيره الأردني.", "أمس"),  # two nations meet
    ("وقدمت الشركة أمس قرضا للبنك السعودي للتسليف.", "أمس"),  # the body after «لـ» is no one's official
])
def test_a_body_after_lam_without_its_official_or_with_another_nation_places_nothing(sentence, time):
    assert where(sentence, time) is None


# --- a relative clause inside a «من» of coming places the time it holds


@pytest.mark.parametrize("sentence, time, expected", [
    ("انطلقت التدريبات بعد عودتهم من المعسكر الخارجي الذي أقيم في مدينة ميلانو الإيطالية مطلع الأسبوع الجاري.",
     "مطلع الأسبوع الجاري", "ميلانو"),
    ("وصل اللاعبون عائدين من المعسكر الذي أقامه الفريق في النمسا خلال الأسبوع الماضي.", "الأسبوع الماضي", "النمسا"),
    ("حل المنتخب بالمطار قادما من البطولة التي أقيمت بالدوحة الشهر الماضي.", "الشهر الماضي", "الدوحة"),
])
def test_a_relative_clause_in_an_origin_places_its_own_time(sentence, time, expected):
    assert name(sentence, time) == expected


@pytest.mark.parametrize("sentence, time, origin", [
    ("انطلقت التدريبات مساء أمس بعد عودتهم من المعسكر الخارجي الذي أقيم في مدينة ميلانو.", "مساء أمس", "ميلانو"),
    ("وكان اللاعبون الذين وصلوا أمس عائدين من المعسكر في ميلانو قد تدربوا.", "أمس", "ميلانو"),  # «الذين» before «من»
])
def test_a_time_outside_the_relative_clause_keeps_it_an_origin(sentence, time, origin):
    assert name(sentence, time) != origin


# --- a gathering named again takes the place the sentence before gave it


@pytest.mark.parametrize("text, sentence, time, expected", [
    ("شهدت منافسات الدورة الأولمبية الـ32 في ريودي جانيرو بالبرازيل مباريات عدة. ومنذ انطلاق المسابقة في 6 أوت "
     "2016 وصور الاحتفالات تملأ الصحف.", "ومنذ انطلاق المسابقة في 6 أوت 2016 وصور الاحتفالات تملأ الصحف.",
     "6 أوت 2016", "ريودي جانيرو"),
    ("افتتحت الدورة الجديدة للمعرض الدولي للكتاب في الرباط. وسيختتم المعرض يوم الأحد المقبل بتوزيع الجوائز.",
     "وسيختتم المعرض يوم الأحد المقبل بتوزيع الجوائز.", "يوم الأحد المقبل", "الرباط"),
    ("انطلقت فعاليات مهرجان الموسيقى في مدينة الحمامات. ويتواصل المهرجان خلال الأسبوع المقبل بعروض جديدة.",
     "ويتواصل المهرجان خلال الأسبوع المقبل بعروض جديدة.", "الأسبوع المقبل", "الحمامات"),
])
def test_a_gathering_named_again_is_where_the_sentence_before_placed_it(text, sentence, time, expected):
    assert name(text, time, sentence=sentence) == expected


@pytest.mark.parametrize("text, sentence, time", [
    ("وصل الوفد إلى الرباط أمس. ومنذ انطلاق المسابقة في 6 أوت والصحف تتابع.",
     "ومنذ انطلاق المسابقة في 6 أوت والصحف تتابع.", "6 أوت"),  # the place before is no gathering's
    ("أقيمت الدورة الأولى في تونس والثانية في الجزائر. ومنذ انطلاق المسابقة في 6 أوت والصحف تتابع.",
     "ومنذ انطلاق المسابقة في 6 أوت والصحف تتابع.", "6 أوت"),  # two places: which one?
    ("شهدت منافسات الدورة في ريودي جانيرو مباريات عدة. ومنذ انطلاق المهرجان الدولي للموسيقى في 6 أوت والصحف تتابع.",
     "ومنذ انطلاق المهرجان الدولي للموسيقى في 6 أوت والصحف تتابع.", "6 أوت"),  # a gathering with a name of its own
])
def test_a_gathering_not_placed_before_or_with_its_own_name_takes_nothing(text, sentence, time):
    assert where(text, time, sentence=sentence) is None


# --- a place before a word of preparing is not the later happening's


@pytest.mark.parametrize("sentence, time, camp", [
    ("يبدأ المنتخب السعودي الأولمبي يوم غد الأثنين، معسكرا إعداديا في الرياض، حتى السابع والعشرين من يونيو الجاري، "
     "تأهبا للمشاركة في بطولة غرب آسيا المقرر لها سبتمبر المقبل.", "سبتمبر المقبل", "الرياض"),
    ("أجرى المنتخب أولى تدريباته في مقر معسكره بمدينة أنطاليا التركية استعداداً لخوض بطولة الأندية المقامة خلال "
     "الشهر المقبل.", "الشهر المقبل", "أنطاليا"),
    ("يواصل الفريق تدريباته في الدمام تحضيرا لمواجهة الهلال يوم السبت المقبل.", "يوم السبت المقبل", "الدمام"),
])
def test_a_camp_before_a_word_of_preparing_is_not_the_later_happening_place(sentence, time, camp):
    assert name(sentence, time) != camp


@pytest.mark.parametrize("sentence, time, expected", [
    ("وتغادر البعثة السبت القادم متجهة إلى أوغندا استعدادا لملاقاة كامبالا يوم 15 مايو الجاري.",
     "يوم 15 مايو الجاري", "أوغندا"),  # a trip's destination
    ("يبدأ المنتخب يوم غد الأثنين معسكرا إعداديا في الرياض تأهبا للمشاركة في بطولة غرب آسيا.", "يوم غد الأثنين",
     "الرياض"),  # the camp's own time
    ("استعدادا لخوض لقاء تيمور الشرقية في الثالث من سبتمبر المقبل بمدينة جدة.", "الثالث من سبتمبر المقبل", "جدة"),
])
def test_a_place_of_the_prepared_happening_or_of_the_preparation_itself_stays(sentence, time, expected):
    assert name(sentence, time) == expected


# --- an authority with no nation, acting in a local outlet's article, is its home's


@pytest.mark.parametrize("sentence, time, home, headline", [
    ("ستطلق الهيئة الوطنية للاتصالات، قريبا، منصة موقع واب للمستهلك.", "قريبا", "TN",
     "قريبا: منصة تونسية لقياس جودة الأنترنات"),
    ("وأعلنت الهيئة العليا المستقلة للانتخابات اليوم الجمعة عن روزنامة الانتخابات البلدية.", "اليوم الجمعة", "TN",
     "روزنامة الانتخابات البلدية التونسية"),
    ("أعلنت هيئة الاتصالات وتقنية المعلومات أمس تعليق بعض خدمات الشركة.", "أمس", "SA",
     "تعليق خدمات شركة اتصالات سعودية"),
])
def test_an_authority_of_a_local_outlet_acts_at_home(sentence, time, home, headline):
    assert country(sentence, time, headline=headline, home=home) == home


@pytest.mark.parametrize("sentence, time, home, headline", [
    ("أعلنت الهيئة الأوروبية للأدوية اليوم عن سحب دواء من الأسواق.", "اليوم", "TN", "سحب دواء من الصيدليات في تونس"),
    ("أعلنت الهيئة الوطنية للاتصالات، اليوم، عن منصة جديدة.", "اليوم", None, "منصة جديدة لقياس جودة الإنترنت"),
])
def test_an_international_authority_or_a_pan_arab_article_places_nothing(sentence, time, home, headline):
    assert where(sentence, time, headline=headline, home=home) is None


def test_a_movement_named_as_an_authority_acts_in_its_own_country():
    assert country("قالت هيئة تحرير الشام اليوم إنها سيطرت على مواقع جديدة.", "اليوم", home="TN",
                   headline="تونس تتابع الوضع") == "SY"
