"""non_event_reason on clock times: opening hours (generic) against a time of a named day («في وقت
سابق من صباح اليوم»), and a wire's closing timestamp («// يتبع // 10:34 ت م», a dateline) against a clock time in
the story. The sentences are written for the tests, after corpus phrasings."""
import pytest

from non_event_helpers import clock


@pytest.mark.parametrize("sentence, expression", [
    ("وفي وقت سابق من صباح اليوم، قالت الشرطة إنها أوقفت ثلاثة مشتبه بهم.", "صباح اليوم"),
    ("وأعلنت الوزارة، في ساعة متأخرة من مساء الخميس، عن وفاة شاب في الحادث.", "مساء الخميس"),
])
def test_a_time_after_min_that_names_its_day_is_no_opening_hours(sentence, expression):
    assert clock(sentence, expression) is None


def test_opening_hours_with_no_day_stay_generic():
    assert clock("*المكتب المركزي من الساعة الثامنة صباحا إلى الساعة الواحدة بعد الزوال", "الساعة الثامنة صباحا") \
        == "generic"


@pytest.mark.parametrize("sentence, expression", [
    ("ويديرها الدكتور عبدالله حامد . // يتبع // 10:34 ت م", "10:34"),
    ("والتعبير عن الهوية الوطنية والتسويق لمنتجات المنطقة من التمور . // انتهى // 20:26 ت م", "20:26"),
    ("وأعرب مجلس الوزراء عن تعازيه لذوي الشهداء. //انتهى// 19:12", "19:12"),
])
def test_a_wire_timestamp_is_no_happening(sentence, expression):
    assert clock(sentence, expression) == "dateline"


def test_a_clock_time_in_the_story_stays_a_happening():
    assert clock("ووقع الانفجار عند الساعة 10:34 صباحا في وسط المدينة.", "10:34") is None
