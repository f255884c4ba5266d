"""«…، كما أعلن X [date].»: the date of «as X announced» after the main clause is the report's; the main clause tells
what was reported, not the source alone («أعلن الصليب الأحمر الأندونيسي» says nothing), as the statement of the body the
source names («الصليب الأحمر الأندونيسي: …»)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline_fixtures import mention


@pytest.mark.parametrize("text, when, told", [
    ("تمكن عمال الإنقاذ في إندونيسيا من انتشال جثث 34 طالب لاهوت قضوا في انهيار أرضي اجتاح كنيستهم، "
     "كما أعلن الصليب الأحمر الأندونيسي الثلاثاء.", "الثلاثاء",
     "الصليب الأحمر الأندونيسي: تمكن عمال الإنقاذ في إندونيسيا من انتشال جثث 34 طالب"),
    ("وقتل ثلاثة أشخاص في انفجار سيارة مفخخة بمدينة الموصل، كما ذكرت الشرطة العراقية الأحد.", "الأحد",
     "الشرطة العراقية: قتل ثلاثة أشخاص في انفجار سيارة مفخخة بمدينة الموصل"),
    ("وارتفع عدد ضحايا الفيضانات في ولاية كيرالا إلى 324 قتيلا، كما أفادت السلطات المحلية يوم الجمعة.", "يوم الجمعة",
     "السلطات المحلية: ارتفع عدد ضحايا الفيضانات في ولاية كيرالا إلى 324 قتيلا"),
    # a source naming no body: the main clause alone
    ("وقتل ثلاثة أشخاص في انفجار سيارة مفخخة بمدينة الموصل، كما ذكر مسؤول أمني الأحد.", "الأحد",
     "قتل ثلاثة أشخاص في انفجار سيارة مفخخة بمدينة الموصل"),
])
def test_as_reported_after_the_main_clause_dates_the_report(text, when, told):
    assert headline(text, (0, len(text)), mention(when, text, "DATE", "X")).text == told


def test_also_announced_with_its_statement_is_a_frame():
    text = "كما أعلن الوزير الأحد أن الحكومة ستخفض الضرائب على الشركات الصغيرة."
    assert headline(text, (0, len(text)), mention("الأحد", text, "DATE", "X")).text == \
        "الوزير: الحكومة ستخفض الضرائب على الشركات الصغيرة"
