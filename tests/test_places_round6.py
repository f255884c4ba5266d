"""Places, round 6: a seat of government speaking whatever countries its words name («وأكد "الإليزيه"», «المتحدث
باسم البيت الأبيض», «بيان صدر عن الكرملين»), a movement of one country speaking («أعلنت جماعة أنصار الله»), a
prosecution as an official body («الادعاء العام الليبي»), a visit's destination past the comma closing the time
(«وبدأ الرئيس الصيني الخميس، زيارته للإمارات») (sentences written for the tests in the corpus's phrasing)."""
from __future__ import annotations

import pytest

from timeline.events.places import locate


def where(text: str, time: str, headline: str = ""):
    at = text.index(time)
    return locate(text, (0, len(text)), (at, at + len(time)), headline=headline)


def country(*args, **kwargs) -> str | None:
    place = where(*args, **kwargs)
    return place.country if place else None


# --- a seat of government speaking speaks at home, whatever other countries its words name


@pytest.mark.parametrize("sentence, time, code", [
    ('وأكد "الإليزيه" يوم الجمعة الماضي، أن فرنسا لا تخطط لعملية عسكرية جديدة في شمال سوريا.', "يوم الجمعة الماضي", "FR"),
    ("من جهة أخرى، أعلن الإليزيه السبت أن الرئيس يأمل بتكثيف الضغط على النظام السوري.", "السبت", "FR"),
    ("وكان البيت الأبيض قال في وقت سابق هذا الشهر إن بناء إسرائيل مستوطنات جديدة قد لا يكون مفيدا.", "هذا الشهر", "US"),
    ('وقال شون سبايسر المتحدث باسم البيت الأبيض يوم السبت إن "الرئيس سيستقبل أول مسؤول خارجي".', "يوم السبت", "US"),
    ("وقال في بيان رسمي صدر عن الكرملين، اليوم الأحد، إن احتفال المسلمين الروس بعيد الفطر يظهر حرصهم على التراث.",
     "اليوم الأحد", "RU"),
    ("والخميس، قال الكرملين إن القمة ستكون في 16 يوليو المقبل في هلسنكي.", "الخميس", "RU"),
    ("وجاء في بيان للكرملين الأحد أن الرئيسين بحثا الوضع في سوريا.", "الأحد", "RU"),
])
def test_a_seat_of_government_speaking_places_its_country(sentence, time, code):
    assert country(sentence, time) == code


@pytest.mark.parametrize("sentence, time", [
    ("وعاد الوفد من الكرملين الأحد بعد لقاء قصير مع المسؤولين في سوريا.", "الأحد"),  # an origin, no speaking
    ("وقال البيت الأبيض الخميس خلال زيارة الرئيس إلى بريطانيا إن المحادثات كانت مثمرة.", "الخميس"),  # a trip in its clause
    ("ويرى محللون أن البيت الأبيض سيواجه الأحد ضغوطا من حلفائه في أوروبا.", "الأحد"),  # not speaking
    ("وتحدث الكاتب الأحد عن الكرملين وسياساته في سوريا.", "الأحد"),  # spoken about, not issued by it
])
def test_a_seat_not_speaking_or_travelling_gives_no_country(sentence, time):
    assert country(sentence, time) != "US" and country(sentence, time) != "RU"


# --- a movement of one country speaking acts in that country


@pytest.mark.parametrize("sentence, time, code", [
    ("أعلنت جماعة انصار الله الأحد تعيين مهدي المشاط رئيسا للمجلس السياسي الأعلى.", "الأحد", "YE"),
    ("وقال الحوثيون الثلاثاء إنهم أسقطوا طائرة استطلاع.", "الثلاثاء", "YE"),
    ("وأعلن حزب الله مساء الجمعة أن أحد عناصره قتل.", "مساء الجمعة", "LB"),
])
def test_a_movement_of_one_country_speaking_places_its_country(sentence, time, code):
    assert country(sentence, time) == code


@pytest.mark.parametrize("sentence, time", [
    ("وتقطع استعادتها إمدادات الحوثيين منذ بدء عمليات التحالف قبل أربعة أشهر.", "قبل أربعة أشهر"),  # no verb: a plural
    ("وقال الحوثيون الأحد إنهم أطلقوا صاروخا على الرياض.", "الأحد"),  # another country's place named
])
def test_a_movement_not_speaking_or_naming_another_country_gives_no_place(sentence, time):
    assert country(sentence, time) is None


# --- a prosecution speaking is an official body of its country


@pytest.mark.parametrize("sentence, time, code", [
    ("قال الادعاء العام الليبي في بيان اليوم الاثنين إنه يحقق في أمر حراس ظهروا في مقطع فيديو.", "اليوم الاثنين", "LY"),
    ("وأعلن الإدعاء العام المصري الأحد إحالة المتهمين إلى المحاكمة.", "الأحد", "EG"),
])
def test_a_prosecution_speaking_places_its_country(sentence, time, code):
    assert country(sentence, time) == code


# --- a visit's destination right after the comma closing the time


def test_a_visit_right_after_the_time_comma_happens_at_its_destination():
    assert country("وبدأ الرئيس الصيني الخميس، زيارته للإمارات على رأس وفد رفيع المستوى.", "الخميس") == "AE"
    assert country("ووصل وزير الخارجية مساء الأحد، في زيارته لروسيا تستمر يومين.", "مساء الأحد") == "RU"


@pytest.mark.parametrize("sentence, time", [
    # a destination with no trip word before it is not the dated happening's
    ("ومن اجل ذلك افتتح اردوغان في يونيو الماضي، أنبوبا يضخ غاز بحر قزوين من اذربيجان إلى أوروبا.", "يونيو الماضي"),
    ("وذلك خلال القمة التي جمعت الكوريتين في سبتمبر الماضي، أجاب كيم: إذا زار البابا بيونج يانج فسوف نرحب به.",
     "سبتمبر الماضي"),
])
def test_a_destination_without_a_trip_word_past_the_comma_is_not_the_scene(sentence, time):
    place = where(sentence, time)
    assert place is None or place.country not in ("KP",) and place.name != "أوروبا"


# --- a «في» inside a «من» + town phrase tells where the origin lies, not where the happening is


@pytest.mark.parametrize("sentence, time", [
    ("وظهر نقفي إلى العلن في بداية الألفية الجديدة وكيف انتقل من بلدة فقيرة في باكستان ليصبح رجل أعمال.",
     "بداية الألفية الجديدة"),
    ("وفاز العداء الذي ينحدر من مدينة صغيرة في كينيا بالسباق يوم الأحد.", "يوم الأحد"),
    ("وصل اللاعب يوم الأحد قادما من قرية نائية في المغرب.", "يوم الأحد"),
])
def test_a_town_of_origin_is_not_the_place(sentence, time):
    assert where(sentence, time) is None


@pytest.mark.parametrize("sentence, time, code", [
    ("وانطلقت يوم الأحد في مدينة صفاقس فعاليات المهرجان.", "يوم الأحد", "TN"),
    ("وشارك في المسيرة يوم الأحد آلاف من سكان المدينة في تونس.", "يوم الأحد", "TN"),
])
def test_a_town_with_in_stays_the_place(sentence, time, code):
    assert country(sentence, time) == code
