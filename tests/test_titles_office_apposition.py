"""A speaker told as an office with the article, set off by commas before their name («قال الرئيس التركي، رجب طيب
أردوغان، الأحد، إن …»), is named by that name: the office table holds the bare noun («رئيس»), so the article must not
hide it, or the title keeps the statement alone and loses who said it."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when, name", [
    ("قال الرئيس الأميركي، دونالد ترامب، السبت، إن فصل العائلات المهاجرة على الحدود يمكن أن يردع الهجرة غير "
     "المشروعة، مشيرا إلى أنه يدرس خيارات عدة.", "السبت", "دونالد ترامب"),
    ("وقال الرئيس التركي، رجب طيب أردوغان، الأحد، إن الغرب يتحمل مسؤولية الأزمة في المنطقة.", "الأحد", "رجب طيب أردوغان"),
    ("وقال وزير الخارجية الإيراني، محمد جواد ظريف، الاثنين، إن بلاده لن تتفاوض على الاتفاق من جديد.", "الاثنين",
     "محمد جواد ظريف"),
    ("وقال السيناتور الجمهوري، جون ماكين، الخميس، إن الرئيس يجب أن يتراجع عن قراره.", "الخميس", "جون ماكين"),
])
def test_an_office_with_the_article_set_off_before_a_name_names_the_speaker(sentence, when, name):
    title = title_of(sentence, when)
    assert name in title.split(":")[0]


def test_an_office_without_the_article_still_names_its_holder():
    sentence = "وقال وزير الخارجية، أيمن الصفدي، الأحد، إن الحكومة ستفتح المعابر أمام المساعدات الإنسانية."
    assert "أيمن الصفدي" in title_of(sentence, "الأحد")


def test_a_body_with_the_article_before_a_time_word_is_no_office_with_a_name():
    sentence = "وقالت الشرطة الأسترالية، اليوم الجمعة، إن السلطات في الولاية أغلقت الطرق المؤدية إلى الموقع."
    assert "اليوم الجمعة" not in title_of(sentence, "اليوم الجمعة")
