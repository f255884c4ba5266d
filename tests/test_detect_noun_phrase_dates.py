"""Dated mentions inside noun phrases and scene-setting, read end to end (engine, then non_event_reason): a feast or a
century qualifying a thing («سوق لعيد الميلاد»، «طغاة القرن العشرين») names it; weather that «seems» sets a scene;
a sharp change or a count of inspections over a period is a statistic; a listed timetable's showtimes are generic."""
from datetime import date

import pytest

from timeline.engine import extract
from timeline.events.detect import non_event_reason
from timeline.events.sentences import TextGeometry

DCT = date(2019, 1, 10)


def reasons(text: str) -> dict[str, str | None]:
    geometry = TextGeometry(text)
    return {m.text: non_event_reason(text, geometry.sentence_at(m.start).bounds, m)
            for m in extract(text, DCT) if m.span}


@pytest.mark.parametrize("text, mention", [
    ("قتل 12 شخصا الشهر الماضي في سوق لعيد الميلاد في برلين.", "عيد الميلاد"),
    ("أجرت الفرق زيارات لمتابعة جودة وسلامة ترويج مستلزمات خاصة بعيد الفطر على غرار الملابس.", "عيد الفطر"),
    ("وقال إنه سيكون سعيدا بأداء أدوار جميع طغاة القرن العشرين.", "القرن العشرين"),
    ("فيروي حقبة مظلمة في تاريخ القرن العشرين تمثلت في إبادة اليهود.", "القرن العشرين"),
    ("وتنتشر في المدينة أسواق عيد الميلاد وزينة الشوارع.", "عيد الميلاد"),
    ("واستمع الجمهور إلى أغاني الثمانينات في الحفل.", "الثمانينات"),
    ("ويعد الهاتف من أعظم اختراعات القرن العشرين.", "القرن العشرين"),
])
def test_a_feast_or_a_century_qualifying_a_thing_names_it(text, mention):
    assert reasons(text)[mention] == "label"


@pytest.mark.parametrize("text, mention", [
    ("شارك الآلاف في احتفالات عيد الميلاد في الساحة.", "عيد الميلاد"),
    ("أدى المصلون صلاة عيد الفطر في المساجد.", "عيد الفطر"),
    ("أعلنت الجمعية احتفالاتها السنوية الخاصة بعيد الفطر.", "عيد الفطر"),
    ("ازدحمت الأسواق في عيد الفطر.", "عيد الفطر"),
    ("نشرت الصحيفة الخبر بتاريخ عيد الفطر.", "عيد الفطر"),
])
def test_a_happening_of_the_feast_stays_an_event(text, mention):
    assert reasons(text)[mention] is None


@pytest.mark.parametrize("text, mention", [
    ("صبيحة 13 يونيو عام 2018، تبدو درجة حرارة الطقس دافئة في موسكو فهي تشير إلى 15 درجة مئوية.", "13 يونيو عام 2018"),
    ("وكان الجو يبدو صحوا يوم الأحد في العاصمة.", "يوم الأحد"),
    ("مساء 5 مارس 2018، بدت السماء ملبدة بالغيوم فوق المدينة.", "5 مارس 2018"),
])
def test_a_weather_state_that_seems_sets_a_scene(text, mention):
    assert reasons(text)[mention] == "generic"


@pytest.mark.parametrize("text, mention", [
    ("هطلت أمطار غزيرة يوم الاثنين على العاصمة.", "يوم الاثنين"),
    ("ويبدو أن الرئيس غادر البلاد يوم الاثنين.", "يوم الاثنين"),
])
def test_weather_that_happens_or_a_mere_seeming_stays_an_event(text, mention):
    assert reasons(text)[mention] is None


@pytest.mark.parametrize("text, mention", [
    ("فإن ذلك يشير إلى تراجع حاد في الأجور الحقيقية بمصر خلال العام الماضي.", "العام الماضي"),
    ("وسجلت البورصة انخفاضا حادا في قيمة الأسهم خلال الشهر الماضي.", "الشهر الماضي"),
    ("تم تحرير 222 مخالفة اقتصادية خلال شهر ديسمبر الماضي.", "شهر ديسمبر الماضي"),
    ("نابل : 788 مخالفة اقتصادية خلال شهر رمضان", "شهر رمضان"),
    ("رفعت الفرق 1046 مخالفة اقتصادية في النصف الثاني من شهر رمضان بعد اجرائها لزيارات مراقبة.",
     "النصف الثاني من شهر رمضان"),
    ("مرور الرياض يرصد ٨ آلاف مخالفة سرعة خلال الشهر الماضي", "الشهر الماضي"),
    ("وسجلت الأسعار ارتفاعا كبيرا في الأسواق خلال الشهر الماضي.", "الشهر الماضي"),
    ("وضبطت الفرق 50 قضية تهريب خلال شهر رمضان.", "شهر رمضان"),
])
def test_a_trend_or_a_tally_over_a_period_is_a_statistic(text, mention):
    assert reasons(text)[mention] == "statistic"


@pytest.mark.parametrize("text, mention", [
    ("حررت الفرق 12 مخالفة يوم الاثنين الماضي.", "يوم الاثنين الماضي"),
    # a few days' campaign: the held-out readers count it
    ("نفذت فرق المراقبة الاقتصادية بسوسة خلال الأيام الخمسة الأولى من شهر رمضان 831 زيارة أسفرت عن تسجيل 222 مخالفة.",
     "الأيام الخمسة الأولى من شهر رمضان"),
    ("قام الرئيس بزيارة إلى تونس الشهر الماضي.", "الشهر الماضي"),
    ("تراجع الرئيس عن قراره خلال الأسبوع الماضي.", "الأسبوع الماضي"),
])
def test_a_day_s_raid_or_a_single_deed_stays_an_event(text, mention):
    assert reasons(text)[mention] is None


def test_a_listed_timetable_is_generic():
    text = ("وسيتم من 28 نوفمبر إلى 1 ديسمبر 2016 عرض أحدث الأفلام حسب البرنامج التالي : *العرض الأول الساعة 11 صباحا "
            "(عرض للأطفال) *العرض الثاني على الساعة 15:00 *العرض الثالث على الساعة 17:00 *العرض الرابع على الساعة 19:00")
    found = reasons(text)
    assert [found[t] for t in ("الساعة 11 صباحا", "الساعة 15:00", "الساعة 17:00", "الساعة 19:00")] == ["generic"] * 4
    assert found["من 28 نوفمبر إلى 1 ديسمبر 2016"] is None  # the programme keeps its event


def test_two_shows_of_a_named_day_stay_with_its_event():
    text = ("تم برمجة عرضين إضافيين يومي السبت 12 نوفمبر والاحد 13 نوفمبر الحالي للفيلم ليكون العرض الأول على الساعة "
            "17:00 و الثاني على الساعة 19:00")
    found = reasons(text)
    assert found["الساعة 17:00"] is None and found["الساعة 19:00"] is None
