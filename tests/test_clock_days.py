"""Clock times and their days (rules/clocks.py, engine.py): «السابعة إلى ربع» is a typo of «إلا ربع» (06:45, not a
range from seven); «الثالثة من اليوم التالي» is the story's next day, never today; a clock time after «يوم الكارثة»
in its sentence is on that undated day, not on the publication day. Sentences after corpus phrasings."""
from datetime import date

import pytest

from timeline.engine import extract

DCT = date(2018, 5, 4)


def times(sentence: str, dct: date = DCT) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in extract(sentence, dct) if m.type == "TIME"]


@pytest.mark.parametrize("sentence, value", [
    # (a match's bare hour is in the evening: test_evening_happenings below)
    ("وسيجرى الكلاسيكو يوم الأحد ابتداء من الساعة السابعة إلى ربع بتوقيت غرينتش.", "2018-05-06T18:45Z"),
    ("وتنطلق المباراة يوم الأحد على الساعة الثامنة إلى الربع.", "2018-05-06T19:45"),
    ("ويبدأ الحفل يوم الأحد على الساعة العاشرة إلى ثلث.", "2018-05-06T09:40"),
])
def test_to_a_quarter_written_with_ila_is_minus_a_quarter(sentence, value):
    assert [v for _, v in times(sentence)] == [value]


@pytest.mark.parametrize("sentence", [
    "ووصل الفريق إلى ربع النهائي يوم الأحد على الساعة السابعة.",
    "وتأهل المنتخب على الساعة السابعة إلى ربع نهائي البطولة.",
])
def test_a_quarter_final_stays_no_clock_minute(sentence):
    assert all(not v.endswith(":45") for _, v in times(sentence))


@pytest.mark.parametrize("sentence, expression", [
    ("وقال إن الحادث وقع الخميس، وفي الساعة الثالثة من اليوم التالي وصلت فرق الإنقاذ.", "الساعة الثالثة"),
    ("وتوقف القتال مساء الثلاثاء ثم استؤنف عند الساعة الخامسة من اليوم الموالي.", "الساعة الخامسة"),
])
def test_a_clock_of_the_next_day_is_not_today(sentence, expression):
    sunday = date(2018, 5, 6)  # the story's days are Thursday and Tuesday: their next days are not the Sunday
    found = times(sentence, sunday)
    assert all(not value.startswith(sunday.isoformat()) for _, value in found)
    assert all(text == expression or "اليوم" not in text for text, _ in found)  # «من اليوم» is not the clock's


@pytest.mark.parametrize("sentence", [
    "مشيرة إلى أن الانقطاعات الأولى سجلت يوم الكارثة في الساعة السابعة و45 دقيقة مساء، وأن الوقاية المدنية طلبت "
    "في الساعة التاسعة و29 دقيقة نشر محطتين.",
    "وقال الشهود إن المسلحين وصلوا يوم الهجوم عند الساعة العاشرة صباحا.",
    "وأكد التقرير أن الإنذار الأول أطلق يوم الحريق على الساعة 21:29.",
])
def test_a_clock_on_the_undated_day_of_a_happening_is_not_the_publication_day(sentence):
    assert times(sentence) == []


@pytest.mark.parametrize("sentence, value", [
    ("وقع الحادث يوم الخميس في الساعة العاشرة صباحا.", "2018-05-03T10:00"),
    ("وتنطلق الأمسية اليوم عند الساعة الثامنة مساء.", "2018-05-04T20:00"),
])
def test_a_clock_with_its_day_keeps_it(sentence, value):
    assert [v for _, v in times(sentence)] == [value]


@pytest.mark.parametrize("sentence, value", [
    ("تنطلق المباراة على الساعة السابعة إلا ربع بملعب رادس.", "2018-05-04T18:45"),
    ("ويلتقي الفريقان في مباراة الديربي يوم السبت على الساعة الثامنة.", "2018-05-05T20:00"),
    ("وتنطلق السهرة على الساعة العاشرة بمسرح قرطاج.", "2018-05-04T22:00"),
    ("ويحيي الفنان حفلا غنائيا يوم الخميس بداية من الساعة التاسعة والنصف.", "2018-05-03T21:30"),
])
def test_a_bare_hour_of_a_match_or_a_show_is_in_the_evening(sentence, value):
    assert [v for _, v in times(sentence)] == [value]


@pytest.mark.parametrize("sentence, value", [
    ("وبدأت مراسم تسليم السلطة عند الساعة العاشرة وسط استنفار أمني.", "2018-05-04T10:00"),  # a ceremony: as written
    ("وتقام المباراة صباح السبت على الساعة العاشرة.", "2018-05-05T10:00"),  # a morning match
    ("ويبدأ حفل التخرج يوم الأحد على الساعة التاسعة.", "2018-05-06T09:00"),
    ("تنطلق المباراة على الساعة الثانية ظهرا.", "2018-05-04T14:00"),
])
def test_a_bare_hour_with_no_evening_happening_stays_as_written(sentence, value):
    assert times(sentence)[-1][1] == value  # the clock time, after «صباح السبت» (a TIME of its own)
