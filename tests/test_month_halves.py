"""«النصف الأول/الثاني من» a month is a half of that month (days 1-15 / 16 to the end), never the ordinal day
after «النصف» («بداية من النصف الثاني من شهر ديسمبر» is not 2 December)."""
from datetime import date

import pytest

from timeline.engine import extract

DCT = date(2019, 1, 10)


@pytest.mark.parametrize("text, mention, value", [
    ("تمكنت الفرق بداية من النصف الثاني من شهر ديسمبر من القيام ب118 زيارة تفقد",
     "النصف الثاني من شهر ديسمبر", "2018-12-16/2018-12-31"),
    ("أجرت الفرق زيارات خلال النصف الثاني من شهر رمضان الماضي",
     "النصف الثاني من شهر رمضان الماضي", "2018-05-31/2018-06-14"),
    ("ستنطلق الأشغال في النصف الأول من مارس المقبل", "النصف الأول من مارس المقبل", "2019-03-01/2019-03-15"),
    ("تراجعت المبيعات في النصف الثاني من فبراير 2016", "النصف الثاني من فبراير 2016", "2016-02-16/2016-02-29"),
    ("ارتفعت الأسعار في النصف الأول من الشهر الجاري", "النصف الأول من الشهر الجاري", "2019-01-01/2019-01-15"),
    ("تراجعت المبيعات خلال النصف الثاني من الشهر الماضي", "النصف الثاني من الشهر الماضي", "2018-12-16/2018-12-31"),
])
def test_half_of_a_month(text, mention, value):
    found = [(m.text, m.value) for m in extract(text, DCT)]
    assert found == [(mention, value)]


@pytest.mark.parametrize("text, value", [
    ("تراجعت الأرباح في النصف الأول من العام الجاري", "2019-H1"),
    ("نما الاقتصاد في النصف الأول من عام 2018", "2018-H1"),
    ("نما الاقتصاد في النصف الثاني من العام المقبل", "2020-H2"),
])
def test_half_of_a_year_stays_a_half_year(text, value):
    assert [m.value for m in extract(text, DCT)] == [value]


def test_a_half_is_no_day_of_the_month():
    values = [m.value for m in extract("بداية من النصف الثاني من شهر ديسمبر الماضي", DCT)]
    assert "2018-12-02" not in values
