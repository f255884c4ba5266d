"""«بلاده» opening a statement is the country its speaker's nisba names in the reporting frame («قال وزير الثقافة
السعودي … إن بلاده» -> «السعودية»); no frame right before it, or no nisba in it, and the title stays."""
from __future__ import annotations

import pytest

from timeline.events.titles.pronouns import speaker_country_owned


@pytest.mark.parametrize("title, sentence, expected", [
    ("بلاده ستشارك في مهرجان كان", "قال وزير الثقافة السعودي الاثنين بعد محادثات جمعته بنظيرته الفرنسية إن بلاده ستشارك في مهرجان كان.",
     "السعودية ستشارك في مهرجان كان"),
    ("براءت ألبيرق: بلاده ستلجأ للأسواق المالية الدولية", "قال وزير المالية التركي، براءت ألبيرق، الخميس، إن بلاده ستلجأ للأسواق المالية الدولية.",
     "براءت ألبيرق: تركيا ستلجأ للأسواق المالية الدولية"),
    ("بلاده لن تسمح بدخول المدنيين", "من جانبه، أكد رئيس الوزراء الإسرائيلي بنيامين نتانياهو الأحد أن بلاده لن تسمح بدخول المدنيين.",
     "إسرائيل لن تسمح بدخول المدنيين"),
    ("شي جين بينج: بلاده ستقدم تمويلا لدول أفريقيا", "أعلن الرئيس الصيني شي جين بينج، الإثنين، أن بلاده ستقدم تمويلا لدول أفريقيا.",
     "شي جين بينج: الصين ستقدم تمويلا لدول أفريقيا"),
])
def test_his_country_is_the_speakers(title, sentence, expected):
    assert speaker_country_owned(title, sentence) == expected


@pytest.mark.parametrize("title, sentence", [
    ("بلاده ستشارك في المهرجان", "وقال الوزير إن بلاده ستشارك في المهرجان."),  # no nisba
    ("بلاده ستشارك في المهرجان", "وأكد أردوغان أن بلاده ستشارك في المهرجان."),  # a name, no nisba
    ("بلاده ستشارك في المهرجان", "وكان السفير الفرنسي في الحفل. وبلاده ستشارك في المهرجان."),  # no frame
    ("وزير الثقافة السعودي: بلاده ستشارك", "قال وزير الثقافة السعودي إن بلاده ستشارك."),  # the label tells it
])
def test_no_nisba_in_the_frame_leaves_the_title(title, sentence):
    assert speaker_country_owned(title, sentence) == title
