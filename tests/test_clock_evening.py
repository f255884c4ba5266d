"""Bare clock hours in an evening context (engine.py, rules/clocks.py): a bare hour told after a clock time at or past noon
of the same day (same sentence or the one before, same paragraph) is later that day; the start of a range whose end
is evening («8:30 وحتى 9:45 مساء») is evening; «بعد زوال اليوم» is the afternoon, its day a DATE of its own.
The sentences follow corpus phrasings (a festival programme, a fire report, a protest call). TIME values are
checked here because the example corpus only checks a TIME's day."""
from datetime import date

import pytest

from timeline.engine import extract

DCT = date(2015, 8, 9)


def clock(sentence: str, expression: str, dct: date = DCT) -> str:
    start = sentence.index(expression)
    values = [m.value for m in extract(sentence, dct) if m.type == "TIME" and m.start <= start < m.end]
    assert values, f"no TIME at {expression!r}: {[(m.text, m.value) for m in extract(sentence, dct)]}"
    return values[0][values[0].index("T") + 1:]


@pytest.mark.parametrize("sentence, expression, hour", [
    ("يبدأ البرنامج من الخامسة والنصف إلى السابعة مساء في الفندق. أما عند الساعة الثامنة في اليوم ذاته فينطلق "
     "حفل أمانة المحافظة.", "الساعة الثامنة", "20:00"),
    ("سجلت الانقطاعات الأولى في الساعة السابعة و45 دقيقة مساء، وطلبت الوقاية المدنية في الساعة التاسعة و29 دقيقة "
     "نشر محطتين.", "الساعة التاسعة", "21:29"),
    ("انطلقت المباراة الساعة 14:00 وانتهت الساعة الرابعة.", "الساعة الرابعة", "16:00"),
    ("وتنطلق الأمسية الشعرية في الخيمة الثقافية عند الساعة 8:30 وحتى 9:45 مساء.", "الساعة 8:30", "20:30"),
    ("جرى الاتفاق على تنفيذها ابتداء من الساعة الثالثة بعد زوال اليوم الاثنين.", "الساعة الثالثة", "15:00"),
])
def test_a_bare_hour_in_an_evening_programme_is_pm(sentence, expression, hour):
    assert clock(sentence, expression) == hour


@pytest.mark.parametrize("sentence, expression, hour", [
    ("تبدأ الجلسة الساعة العاشرة ليلا وتنتهي الساعة الثانية.", "الساعة الثانية", "02:00"),  # cannot follow 22:00
    ("تبدأ الدراسة الساعة التاسعة وتنتهي الساعة الخامسة مساء.", "الساعة التاسعة", "09:00"),  # 9 to 5
    ("وبدأت مراسم تسليم السلطة في قصر الإليزيه عند الساعة العاشرة.", "الساعة العاشرة", "10:00"),
    ("وصل الوفد على الساعة السابعة مساء الأحد، ويغادر الاثنين على الساعة التاسعة.", "الساعة التاسعة", "09:00"),
    ("انتهى الحفل الساعة العاشرة مساء.\nوفي الساعة الثامنة فتحت الأسواق أبوابها.", "الساعة الثامنة", "08:00"),
])
def test_a_bare_hour_stays_morning_when_no_earlier_time_of_its_day_is_pm(sentence, expression, hour):
    assert clock(sentence, expression) == hour


def test_the_day_after_the_afternoon_words_stays_a_date():
    sentence = "جرى الاتفاق على تنفيذها ابتداء من الساعة الثالثة بعد زوال اليوم الاثنين."
    mentions = {m.text: (m.type, m.value) for m in extract(sentence, date(2017, 6, 26))}
    assert mentions == {"الساعة الثالثة": ("TIME", "2017-06-26T15:00"), "اليوم الاثنين": ("DATE", "2017-06-26")}
