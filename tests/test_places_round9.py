"""Places, round 9 (issue 7, held-out audit): a relative clause dating a happening well before the news days
does not go on with the headline's or dateline's city («الحراك الريفي الذي انطلق … قبل ثمانية أشهر» in a story
set in Brussels); a company named after its country is no official body of it («رئيس الخطوط القطرية», «اتصالات
تونس»); a forecast is a saying («توقعت "يونيسف"»: an international body speaks, not the story's country)
(short clauses in the corpus's phrasing)."""
from __future__ import annotations

from datetime import date

import pytest

from timeline.events.build import _background
from timeline.events.places import locate


def name(text: str, time: str, headline: str = "", background: bool = False) -> str | None:
    at = text.index(time)
    place = locate(text, (0, len(text)), (at, at + len(time)), headline=headline, background=background)
    return place.name if place else None


# --- background: a relative clause dating a happening long over, in a story set in a city

@pytest.mark.parametrize("headline, sentence, time", [
    ("مسيرة ببروكسيل يوم العيد تنادي بحرية المعتقلين",
     "على خلفية الحراك الريفي الذي انطلق مع مقتل محسن فكري قبل ثمانية أشهر من الحين.", "قبل ثمانية أشهر"),
    ("\"الشنقال\" يعود إلى مدينة منوبة بداية من الاثنين القادم",
     "وستقوم بشرح هذه المنظومة التي تم العمل بها قبل الثورة في 2010 ونالت استحسان الاهالي.", "2010"),
    ("عارف نقفي.. رحلة الثراء والملايين من كراتشي إلى دبي",
     "أسس نقفي شركة \"أبراج كابيتال\" التي توسعت حتى تحولت في العام 2012 إلى \"مجموعة أبراج\".", "العام 2012"),
])
def test_background_in_a_relative_clause_leaves_the_story_city(headline, sentence, time):
    assert name(sentence, time, headline, background=True) is None


@pytest.mark.parametrize("headline, sentence, time, expected", [
    # the news days still go on with the story's city
    ("مسيرة ببروكسيل يوم العيد تنادي بحرية المعتقلين",
     "على خلفية الحراك الريفي الذي انطلق مع مقتل محسن فكري قبل ثمانية أشهر من الحين.", "قبل ثمانية أشهر", "بروكسيل"),
])
def test_news_days_still_go_on_with_the_story_city(headline, sentence, time, expected):
    assert name(sentence, time, headline, background=False) == expected


@pytest.mark.parametrize("headline, sentence, time, expected", [
    # a main clause about the city's past is still the city's
    ("درنة مدينة استراتيجية ليبية تعاقبت جماعات إسلامية مسلحة على السيطرة عليها",
     "ولم يهدأ الصراع بين التنظيمات المختلفة مما أدى إلى فرض التنظيم سيطرته في عام 2014.", "عام 2014", "درنة"),
    # the sentence points at the story's country: the story goes on
    ("في بيروت.. بين الرقص وحملات دفاع عن حقوق المثليين",
     "وفي الانتخابات اللبنانية التي أجريت في مايو/ أيّار من هذا العام، دافع المرشحون عن حقوقهم.",
     "مايو/ أيّار من هذا العام", "بيروت"),
    # a story country still goes on into its background
    ("توقيع اتفاق لوقف إطلاق النار بين طرفي النزاع في جنوب السودان",
     "وأسفرت الحرب التي اندلعت في كانون الأول/ديسمبر 2013 عن مصرع عشرات آلاف الأشخاص.",
     "كانون الأول/ديسمبر 2013", "جنوب السودان"),
])
def test_background_keeps_the_story_place_otherwise(headline, sentence, time, expected):
    assert name(sentence, time, headline, background=True) == expected


def test_background_is_well_before_publication():
    published = date(2017, 6, 26)
    assert _background((date(2016, 10, 1), date(2016, 10, 31)), published)
    assert not _background((date(2017, 6, 1), date(2017, 6, 30)), published)
    assert not _background((date(2017, 5, 1), date(2017, 5, 31)), published)
    assert not _background(None, published)
    assert not _background((date(2016, 10, 1), date(2016, 10, 31)), None)


# --- a company named after its country

@pytest.mark.parametrize("headline, sentence, time", [
    ("رئيس الخطوط القطرية: وظيفتي لا يمكن أن يؤديها إلا رجل",
     "وتتناول فعاليات الاجتماع السنوي للاتحاد الدولي للنقل الجوي هذا العام موضوع المساواة بين الجنسين.", "هذا العام"),
    ("", "انضمت اتصالات تونس، الخميس، الى منظومة الفوترة الالكترونية.", "الخميس"),
    ("", "وكانت الخطوط الجوية السعودية أعلنت في بيان نشر ليل الثلاثاء أن عطلا أثر على الرحلات.", "ليل الثلاثاء"),
    ("", "وقال المدير التنفيذي للخطوط الجوية القطرية الأحد إن الشركة ستطلب طائرات جديدة.", "الأحد"),
])
def test_a_company_named_after_its_country_is_no_official_body(headline, sentence, time):
    assert name(sentence, time, headline) is None


@pytest.mark.parametrize("headline, sentence, time, expected", [
    ("", "أعلنت وزارة الداخلية السعودية الخميس القبض على خلية.", "الخميس", "السعودية"),
    ("", "أعلنت السعودية الخميس القبض على خلية.", "الخميس", "السعودية"),
    ("وزير العدل التركي: سنطلب تسليم المتهمين", "وقال الوزير اليوم الاثنين إن الطلب جاهز.", "اليوم الاثنين", "تركيا"),
])
def test_official_bodies_still_act_for_their_country(headline, sentence, time, expected):
    assert name(sentence, time, headline) == expected


# --- a forecast is a saying

@pytest.mark.parametrize("headline, sentence, time", [
    ("ولي عهد السعودية يواجه \"كوليرا اليمن\" بالملايين",
     "وفي وقت سابق اليوم، توقعت \"يونيسف\"، في تغريدة، ارتفاع الحالات المشتبه بإصابتها بالكوليرا إلى 300 ألف.",
     "اليوم"),
    ("ولي عهد السعودية يواجه \"كوليرا اليمن\" بالملايين",
     "وتوقع غوتيريش اليوم ارتفاع عدد الحالات خلال الصيف.", "اليوم"),
])
def test_an_international_body_forecasting_speaks_where_it_is(headline, sentence, time):
    assert name(sentence, time, headline) is None


# --- the side playing at home

@pytest.mark.parametrize("sentence, time, expected", [
    ("أطاح المنتخب المكسيكي بنظيره الروسي صاحب الأرض من دور المجموعات بعدما تغلب عليه 2-1، اليوم السبت، في الجولة الثالثة.",
     "اليوم السبت", "روسيا"),
    ("وخسر المنتخب عام 1998 أمام فرنسا صاحبة الأرض في الدور قبل النهائي.", "عام 1998", "فرنسا"),
    ("وفاز المنتخب على نظيره البرازيلي صاحب الضيافة أمس الأحد بهدفين.", "أمس الأحد", "البرازيل"),
])
def test_the_home_side_hosts_the_match(sentence, time, expected):
    assert name(sentence, time) == expected


def test_a_club_playing_at_home_names_no_country():
    assert name("وتقدم واتفورد، صاحب الأرض، عبر هدف أمس.", "أمس") is None
