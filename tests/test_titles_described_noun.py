"""The noun a relative clause or a purpose phrase tells of (blind audit thunt's title-0 classes «garbled» and
«missing-subject»): a place does not take place («كرواتيا جرت»), a title does not open on a purpose's accusative
(«تحضيرا لمواجهة …») nor on a relative clause's verb whose noun the clause cutting left out («تضم إيران …»)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.phrase_happenings import _purpose_phrase_happening

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when, expected_start", [
    # a relative clause of occurrence after a place, a preposition and a happening's noun: the happening's
    ("وشارك فريد بديلا في الشوط الثاني من مباراة منتخب بلاده أمام كرواتيا التي جرت الأحد وانتهت بفوز البرازيل بهدفين.",
     "الأحد", "مباراة منتخب بلاده أمام كرواتيا"),
    ("وكان نيمار قد أصيب خلال مباراة فريقه أمام مرسيليا والتي انتهت بفوز سان جرمان بثلاثية نظيفة، في 25 فبراير الماضي.",
     "25 فبراير الماضي", "مباراة فريقه أمام مرسيليا"),
    ("وأرسلت كوريا الشمالية فريقها للمشاركة في بطولة الأولمبياد الشتوية في بيونغتشانغ في كوريا الجنوبية التي انتهت في فبراير الماضي.",
     "فبراير الماضي", "بطولة الأولمبياد الشتوية في بيونغتشانغ"),
])
def test_a_place_does_not_take_place(sentence, when, expected_start):
    title = title_of(sentence, when)
    assert title.startswith(expected_start), title


@pytest.mark.parametrize("sentence, when, unexpected_start", [
    # the place stays what the clause describes: no happening's noun before it, or a verb that is no occurrence
    ("وعاد الوفد إلى تونس التي غادرها الأحد متجها إلى الجزائر.", "الأحد", "مباراة"),
    ("وزار الرئيس مدينة صفاقس التي شهدت أمس احتجاجات واسعة.", "أمس", "زيارة"),
])
def test_a_place_without_a_happening_before_it_stays(sentence, when, unexpected_start):
    assert not title_of(sentence, when).startswith(unexpected_start)


@pytest.mark.parametrize("title, expected", [
    ("تحضيرا لمواجهة أحد في دور ال32 لكأس ولي العهد", "مواجهة أحد في دور ال32 لكأس ولي العهد"),
    ("استباقاً لعقد قمة خليجية أميركية محتملة في منتجع كامب ديفيد الرئاسي",
     "عقد قمة خليجية أميركية محتملة في منتجع كامب ديفيد الرئاسي"),
    ("تمهيدا لفتح النظام أمام المواطنين والمقيمين الراغبين في أداء الفريضة",
     "فتح النظام أمام المواطنين والمقيمين الراغبين في أداء الفريضة"),
    ("ردا على فرض الولايات المتحدة رسوما جمركية على الصلب والألمنيوم",
     "فرض الولايات المتحدة رسوما جمركية على الصلب والألمنيوم"),
    ("رداً على إعلان واشنطن الانسحاب من الاتفاق النووي", "إعلان واشنطن الانسحاب من الاتفاق النووي"),
    ("استعدادا للانتخابات البلدية في تونس", "الانتخابات البلدية في تونس"),
    # unchanged: a question answered is no happening; a phrase before a clause of its own; a main clause first
    ("ردا على سؤال حول تداعيات وصول دونالد ترامب إلى الحكم", "ردا على سؤال حول تداعيات وصول دونالد ترامب إلى الحكم"),
    ("تغادر بعثة النادي الأهلي الإمارات متجهة إلى أوغندا استعدادا لملاقاة كامبالا",
     "تغادر بعثة النادي الأهلي الإمارات متجهة إلى أوغندا استعدادا لملاقاة كامبالا"),
    ("تحضيرا لمواجهة", "تحضيرا لمواجهة"),
])
def test_a_purpose_phrase_tells_its_verbal_noun(title, expected):
    assert _purpose_phrase_happening(title) == expected


def test_a_purpose_phrase_dated_inside_is_told_without_its_opener():
    sentence = ("وسيستأنف الفريق تدريباته مساء اليوم بعد العودة من المعسكر الخارجي بإيطاليا، تحضيرا لمواجهة أحد السبت "
                "المقبل في دور ال32 لكأس ولي العهد.")
    assert title_of(sentence, "السبت المقبل").startswith("مواجهة أحد")


@pytest.mark.parametrize("sentence, when, expected", [
    # a headless relative clause takes back the noun it describes
    ("واستقبل الرئيس السوري بشار الأسد، الإثنين، وزير الخارجية الإيراني جواد ظريف، لبحث اجتماع القمة الثلاثية التي "
     "تضم إيران وروسيا وتركيا حول الأزمة السورية، المقررة في 7 سبتمبر الجاري.", "7 سبتمبر الجاري",
     "اجتماع القمة الثلاثية التي تضم إيران وروسيا وتركيا حول الأزمة السورية"),
])
def test_a_headless_relative_clause_takes_its_noun(sentence, when, expected):
    assert title_of(sentence, when) == expected

