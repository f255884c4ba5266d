"""The lead after a byline, a wire's section label, and a weak lead title giving way to the headline."""
from __future__ import annotations

import pytest

from timeline.events.sentences import TextGeometry
from timeline.events.titles import headline
from timeline.events.titles.weak import weak_title
from timeline_fixtures import mention


def lead_title(sentence: str, when: str, article_title: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X"), article_title=article_title,
                    lead=True).text


@pytest.mark.parametrize("byline", [
    "حنان الحامدي – عين اليوم",
    "الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس",
    "عين اليوم – متابعات",
])
def test_the_lead_is_the_paragraph_after_a_byline(byline):
    text = f"{byline}\nاختتمت جمعية الأسرة أمس الدورة العاشرة من برنامجها.\nوتهدف الدورة إلى تنمية المهارات."
    geometry = TextGeometry(text)
    assert geometry.is_lead(geometry.sentence_at(text.index("اختتمت")))
    assert not geometry.is_lead(geometry.sentence_at(text.index("وتهدف")))


def test_a_first_paragraph_that_is_a_sentence_stays_the_lead():
    text = "أكد الوزير، انخفاض العجز التجاري خلال شهر أفريل.\nوأضاف أن الصادرات ارتفعت."
    geometry = TextGeometry(text)
    assert geometry.is_lead(geometry.sentence_at(0))
    assert not geometry.is_lead(geometry.sentence_at(text.index("وأضاف")))


@pytest.mark.parametrize("label", ["اجتماعي", "عام", "ثقافي"])
def test_a_wire_s_section_label_goes(label):
    sentence = "اختتمت جمعية التوعية فرع الرياض أمس الدورة 57 من برنامج رخصة قيادة الأسرة."
    assert lead_title(sentence, "أمس", f"{label} / جمعية التوعية تختتم دورتها 57 من برنامج رخصة قيادة الأسرة") == \
        "جمعية التوعية تختتم دورتها 57 من برنامج رخصة قيادة الأسرة"


def test_a_slash_of_another_kind_is_no_label():
    sentence = "نشرت الوزارة أمس حصيلة موسم 1436/1437 الزراعي في المناطق الشمالية."
    assert lead_title(sentence, "أمس", "الوزارة تنشر حصيلة موسم 1436/1437") == "الوزارة تنشر حصيلة موسم 1436/1437"


def test_a_label_left_with_its_year_alone_goes():
    sentence = "تعادلت مصر مع مالي أمس دون أهداف في المباراة التي جمعتهما في الجولة الأولى."
    assert lead_title(sentence, "أمس", "كان 2017: مصر تتعادل مع مالي").startswith("مصر تتعادل")


@pytest.mark.parametrize("title", [
    "بفندق الفورسيزنز بالرياض",  # a place phrase
    "خلال الجلسة الافتتاحية للمؤتمر التأسيسي الأول للحركة",  # an adjunct
    "عند الافتتاح في تداول انخفاضا بنسبة 1 بالمائة",
    "موعد الاجتماع المرتقب",  # a few words
    "أعلنت عنه شركة المترو الخفيف بصفاقس",  # a pronoun pointing back
    "غارات جوية استهدفته",
])
def test_weak_titles(title):
    assert weak_title(title)


@pytest.mark.parametrize("title", [
    "فتحت السلطات الفرنسية تحقيقا بشأن وفاة شابة",  # «فتحت» is no ف + «تحت»
    "احتفالات الغريبة تنطلق رسميا بجزيرة جربة",
    "وصل الرئيس الإريتري إيسياس أفورقي إلى إثيوبيا",
])
def test_titles_that_stand(title):
    assert not weak_title(title)


def test_a_weak_lead_title_gives_way_to_a_headline_sharing_fewer_words():
    sentence = "وذلك أمس بفندق الفورسيزنز بالرياض."
    assert lead_title(sentence, "أمس", "الرياض تحتضن منتدى بفندق الفورسيزنز") == "الرياض تحتضن منتدى بفندق الفورسيزنز"
    sentence = "جاء في بيان أصدرته رئاسة الحكومة أمس أن رئيس الحكومة أذن بتكوين فريق عمل للتدخل في المدارس."
    headline_text = "رئاسة الحكومة: اجراءات عاجلة بعد انتشار الفيروس في المدارس"
    assert lead_title(sentence, "أمس", headline_text) == headline_text


def test_a_lead_title_that_stands_keeps_its_own_words():
    sentence = "وصل الرئيس الإريتري إيسياس أفورقي أمس إلى إثيوبيا في أول زيارة منذ عقدين."
    assert lead_title(sentence, "أمس", "زيارة تاريخية تطوي صفحة الحرب بين البلدين") != "زيارة تاريخية تطوي صفحة الحرب بين البلدين"
