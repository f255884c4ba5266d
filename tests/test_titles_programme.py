"""A festival's programme: a date opening a line dates the show on it, told with the series the headline names."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.programme import programme_title
from timeline_fixtures import mention

CARTHAGE = "مهرجان قرطاج الدولي 2016 : البرنامج وأسعار التذاكر"


@pytest.mark.parametrize("text, when, told", [
    ("*أسعار التذاكر 25 و60 دينار *15 جويلية: سميرة سعيد *أسعار التذاكر 40 و70 دينار", "15 جويلية",
     "حفل سميرة سعيد في مهرجان قرطاج الدولي"),
    ("*أسعار التذاكر 60 و100 دينار *19 جويلية : JASON Derulo *أسعار التذاكر 60 و100 دينار", "19 جويلية",
     "حفل JASON Derulo في مهرجان قرطاج الدولي"),
    ("*أسعار التذاكر15 دينار *2 أوت 2016: ملحم بركات *أسعار التذاكر 50 و80 دينار", "2 أوت 2016",
     "حفل ملحم بركات في مهرجان قرطاج الدولي"),
    ("*أسعار التذاكر 35 و60 دينار *6 أوت 2016: مسرحية \"عنف\" *أسعار التذاكر 15 و35 دينار", "6 أوت 2016",
     "مسرحية \"عنف\" في مهرجان قرطاج الدولي"),
    ("*أسعار التذاكر 25 و60 دينار *26 جويلية 2016 :عرض \"حلم\" وعرض \"أسرار\" *أسعار التذاكر 15 دينار", "26 جويلية 2016",
     "عرض \"حلم\" وعرض \"أسرار\" في مهرجان قرطاج الدولي"),
])
def test_a_programme_line_tells_its_show_in_the_series(text, when, told):
    assert headline(text, (0, len(text)), mention(when, text, "DATE", "X"), article_title=CARTHAGE).text == told


def test_the_series_is_the_headlines_festival_up_to_its_year():
    text = "*12 أكتوبر: لطفي بوشناق *"
    assert programme_title("*", ": لطفي بوشناق *", "برنامج أيام قرطاج الموسيقية 2018") == \
        "حفل لطفي بوشناق في أيام قرطاج الموسيقية"
    assert headline(text, (0, len(text)), mention("12 أكتوبر", text, "DATE", "X"),
                    article_title="تعرف على برنامج مهرجان الحمامات الدولي").text == "حفل لطفي بوشناق في مهرجان الحمامات الدولي"


@pytest.mark.parametrize("before, after, article_title", [
    ("وقال الوزير في تصريح يوم ", ": نحن محبطون جدا", CARTHAGE),  # a quotation after a date in running text
    ("*", ": سميرة سعيد *", "الحكومة تعلن برنامج الإصلاحات"),  # no series in the headline: not a festival's programme
    ("*", ": سيقدم الفنان 12 أغنية من ألبومه الجديد في السهرة", CARTHAGE),  # a sentence, not an entry
])
def test_no_programme_line(before, after, article_title):
    assert programme_title(before, after, article_title) is None


def test_a_longer_entry_is_no_performers_concert():
    assert programme_title("*", ": وصول الفرق المشاركة إلى المدينة *", CARTHAGE) == \
        "وصول الفرق المشاركة إلى المدينة في مهرجان قرطاج الدولي"


def test_a_date_opening_a_sentence_of_running_text_is_no_programme_line():
    assert programme_title("", ": سميرة سعيد *", CARTHAGE) is None
