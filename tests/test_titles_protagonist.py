"""A sentence opening on a past verb that names no subject is told of who the article is about: the name its
headline gives that its text repeats, never with the article, nor a month, nor a feminine name for a masculine verb."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.protagonist import _protagonist

from timeline_fixtures import mention

BOURDAIN = ("توفي الطاهي الأمريكي أنتوني بوردين عن 61 عاما. وكان بوردين قد عمل في مطاعم نيويورك لسنوات طويلة. "
            "واشتهر بوردين ببرامج الطهي والسفر. وانتقل للعمل مع سي أن أن في عام 2013 في برنامج جديد عن الطهي والسفر.")
BOURDAIN_HEADLINE = "العثور على الطاهي والنجم التلفزيوني الشهير أنتوني بوردين ميتا"


def title_in(text: str, sentence_start: str, when: str, article_title: str) -> str:
    start = text.index(sentence_start)
    end = text.index(".", start) + 1
    return headline(text, (start, end), mention(when, text, "DATE", "X"), article_title=article_title).text


@pytest.mark.parametrize("text, opening, when, article_title, expected", [
    (BOURDAIN, "وانتقل", "عام 2013", BOURDAIN_HEADLINE, "بوردين ينتقل للعمل مع سي أن أن في برنامج جديد عن الطهي والسفر"),
    ("عاد بوريس جونسون إلى الواجهة. وعين جونسون عام 2004 وزيرا للدولة مكلفا بالفنون. ويقول أنصار جونسون إنه الأقرب. "
     "واضطر إلى الاستقالة، ولكنه عاد إلى الحكومة عام 2005، في منصب وزير للدولة مكلف بالتربية.", "واضطر", "عام 2005",
     "جونسون يستقيل من الحكومة البريطانية", "جونسون يعود إلى الحكومة في منصب وزير للدولة مكلف بالتربية"),
    ("ألغى الفنان السويدي أفيتشي جولته. وكان أفيتشي قد عانى من مشاكل صحية. وقال مدير أفيتشي إنه بخير. "
     "واضطر في عام 2014 إلى إلغاء عروض لاستئصال المرارة.", "واضطر", "عام 2014", "وفاة منسق الأسطوانات أفيتشي",
     "أفيتشي اضطر إلى إلغاء عروض لاستئصال المرارة"),
])
def test_a_subjectless_verb_is_told_of_the_articles_protagonist(text, opening, when, article_title, expected):
    assert title_in(text, opening, when, article_title) == expected


def test_no_protagonist_for_a_feminine_name_and_a_masculine_verb():
    text = ("وتتهم بريطانيا روسيا بتسميم سكريبال. وتنفي روسيا ذلك. وقالت روسيا إنها مستعدة للتعاون. "
            "وحصل على حق اللجوء في بريطانيا في عام 2010 بعد مبادلته بجواسيس.")
    assert title_in(text, "وحصل", "عام 2010", "روسيا ترفض الاتهامات البريطانية").startswith("حصل")


def test_no_protagonist_for_a_verb_whose_subject_follows_or_a_passive():
    text = ("يشارك النجم المصري في مسلسل جديد. وقال النجم إن مصر تستحق. وتعرض مصر المسلسل. "
            "ويشارك في بطولة هذا العمل صبري فواز في رمضان المقبل.")
    assert title_in(text, "ويشارك", "رمضان المقبل", "مصر تعرض مسلسلا جديدا").startswith("يشارك")


@pytest.mark.parametrize("text, article_title, expected", [
    (BOURDAIN, BOURDAIN_HEADLINE, "بوردين"),
    # «حريق» is read with the article in the text: a common noun, no one's name
    ("شب حريق في دوار تازروت. وأتى الحريق على مئة مسكن. وتسبب الحريق في خسائر. وقال السكان إن الحريق مهول. حريق آخر.",
     "حريق عين عودة .. متضررون يطالبون بالخيام", None),
    # a month is no one
    ("يصوم النائب رمضان. ويقول إن رمضان شهر التضامن. وفي رمضان يتبرع. ويحب رمضان.", "نائب كندي يصوم رمضان", None),
])
def test_the_protagonist_is_a_name_the_text_repeats(text, article_title, expected):
    assert _protagonist(text, article_title) == expected
