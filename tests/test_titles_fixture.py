"""A fixtures list: the time dates the match after it, told by its two teams."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.fixture import fixture_title
from timeline_fixtures import mention


@pytest.mark.parametrize("text, when, told", [
    ("** الإربعاء 21 جوان 2017 الساعة 21:00 ملعب الهلال : الهلال السوداني - النجم الساحلي الساعة 22:00 ملعب رداس : "
     "الترجي الرياضي التونسي - صان داونز الجنوب إفريقي ** كأس", "الساعة 22:00",
     "الترجي الرياضي التونسي يواجه صان داونز الجنوب إفريقي"),
    ("الإربعاء 15 فيفري 2017 الساعة 14:00 النادي الصفاقسي – النادي البنزرتي : أمير الوصيف أولمبيك سيدي بوزيد",
     "الإربعاء 15 فيفري 2017", "النادي الصفاقسي يواجه النادي البنزرتي"),
    ("السبت الساعة 16:00 المجموعة الثالثة الملعب الأولمبي برادس : الترجي الرياضي – فيتا كلوب الكونغولي / الحكم",
     "الساعة 16:00", "الترجي الرياضي يواجه فيتا كلوب الكونغولي"),
    ("الساعة 16:00 النجم الساحلي - النادي الإفريقي/ الوطنية الأولى", "الساعة 16:00", "النجم الساحلي يواجه النادي الإفريقي"),
    ("الساعة 16:00 النادي الإفريقي - النادي الرياضي الصفاقسي الجولة الثانية : 01 مارس 2017", "الساعة 16:00",
     "النادي الإفريقي يواجه النادي الرياضي الصفاقسي"),
])
def test_a_fixture_after_a_time_is_its_title(text, when, told):
    title = headline(text, (0, len(text)), mention(when, text, "TIME", "X"))
    assert title.text == told
    assert told.startswith(title.actor)


@pytest.mark.parametrize("after", [
    " أعلن الوزير - في تصريح",  # a dash alone is no fixture
    " باريس سان جرمان الفرنسي - برشلونة الإسباني بنفيكا البرتغالي - بوروسيا",  # where the second team ends is unknown
    "، قال المدرب إن الفريق جاهز",
])
def test_no_fixture(after):
    assert fixture_title(after) is None


PLAY_OFF = "الرابطة الأولى : برنامج و مواعيد مرحلة البلاي أوف"


@pytest.mark.parametrize("text, when, told", [
    ("إياب على النحو التالي: الجولة السادسة : 23 أفريل 2017 الجولة السابعة : 30 أفريل 2017 الجولة الثامنة : 03 ماي 2017",
     "30 أفريل 2017", "الرابطة الأولى: الجولة السابعة"),  # not the next round's label
    ("النادي الرياضي الصفاقسي الجولة الثانية : 01 مارس 2017 الترجي الرياضي التونسي - النادي الإفريقي إتحاد بن قردان",
     "01 مارس 2017", "الرابطة الأولى: الجولة الثانية"),  # not the teams after it
    ("برنامج مرحلة التتويج : الجولة الأولى : الأحد 26 فيفري 2017 الساعة 14:00 النجم الرياضي الساحلي - إتحاد بن قردان",
     "الأحد 26 فيفري 2017", "الرابطة الأولى: الجولة الأولى"),
    ("الجولة السابعة إيابا والأخيرة: 21 ماي. مباراة الباراج:03 جوان.", "21 ماي",
     "الرابطة الأولى: الجولة السابعة إيابا والأخيرة"),
])
def test_a_date_after_a_rounds_label_dates_that_round(text, when, told):
    assert headline(text, (0, len(text)), mention(when, text, "DATE", "X"), article_title=PLAY_OFF).text == told


@pytest.mark.parametrize("before", [
    "وقال المدرب في الساعة الأخيرة: ",  # a clock word, no round
    "وتحدث عن الجولة الماضية، ",  # no colon before the date
    "الجولة 12 : ",  # a number: the round's own number, not a label the date follows
])
def test_no_round_before(before):
    from timeline.events.titles.fixture import round_before
    assert round_before(before) is None
