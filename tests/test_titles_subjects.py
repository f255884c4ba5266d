"""A title says who: a subject set off by a comma before its verb, a main clause's subject for the verb of its
result («…، ليتأهل إلى …»), a first-person quotation's speaker («سأطلب …»)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.present_tense import _headline_tense
from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


def test_a_subject_set_off_by_a_comma_stays_with_its_verb():
    sentence = "وذكرت الصحيفة أن مديرة المعرض سلمى الحداد، ردت برسالة مكتوبة على طلب الوزارة، في مارس الماضي."
    assert title_of(sentence, "مارس الماضي") == "مديرة المعرض سلمى الحداد ردت برسالة مكتوبة على طلب الوزارة"


def test_a_source_is_no_subject_set_off():
    sentence = "ووفق الرصد الميداني، بحسب المرصد، طالت الاعتقالات نحو مئة شخص هذا الأسبوع."
    assert not title_of(sentence, "هذا الأسبوع").startswith("بحسب")


def test_a_result_verb_borrows_the_main_clause_s_subject():
    sentence = "وتغلب المنتخب الوطني على نظيره الكيني، ليتأهل إلى الدور الثاني يوم الأحد."
    assert title_of(sentence, "يوم الأحد") == "المنتخب الوطني يتأهل إلى الدور الثاني"


def test_a_name_is_no_result_verb():
    sentence = "ووصل الوفد الرسمي إلى طرابلس، ليبيا الجديدة تستقبل المستثمرين يوم الأحد."
    assert "ليبيا" in title_of(sentence, "يوم الأحد")


def test_a_quotation_in_the_first_person_future_says_who_with_its_speaker():
    sentence = "وقال وزير الخارجية \"سأطلب الاثنين من نظرائي الأوروبيين أن يقفوا بجانب اللاجئين في المنطقة\"."
    assert title_of(sentence, "الاثنين").startswith("وزير الخارجية: سأطلب")


def test_a_perfect_frame_names_its_speaker_before_qad():
    sentence = ("وكان خبراء مستقلون في الأمم المتحدة قد أكدوا في تقرير إلى مجلس الأمن في يناير الماضي أن الحكومة "
                "انتهكت حظر الأسلحة المفروض على البلاد.")
    assert title_of(sentence, "يناير الماضي") == \
        "خبراء مستقلون في الأمم المتحدة: الحكومة انتهكت حظر الأسلحة المفروض على البلاد"


def test_a_masculine_relative_after_an_undefined_phrase_describes_the_noun_after_its_preposition():
    sentence = ("وتولى الرئيس منصبه متعهدا بانتهاج خطة جديدة لهزيمة التنظيم المتطرف الذي سيطر على مناطق واسعة من البلاد "
                "في 2015.")
    assert title_of(sentence, "في 2015").startswith("التنظيم المتطرف")


def test_a_relative_after_a_definite_phrase_keeps_it():
    sentence = "ووافق البرلمان على قانون الاتحاد الجديد لحماية المستهلكين الذي سيسري في مايو المقبل في كل الولايات."
    assert "لحماية المستهلكين" in title_of(sentence, "مايو المقبل")


def test_an_intransitive_verb_s_name_subject_is_told_first():
    from timeline.events.titles.present_tense import _headline_tense
    assert _headline_tense("وصل مايك بومبيو إلى بيونغ يانغ") == "مايك بومبيو يصل إلى بيونغ يانغ"
    assert _headline_tense("تغلبت تونس على إيران بهدف نظيف") == "تونس تتغلب على إيران بهدف نظيف"
    assert _headline_tense("فاز نادال بلقب رولان غاروس") == "فاز نادال بلقب رولان غاروس"  # no particle after the name


@pytest.mark.parametrize("title, expected", [
    ("أصدر البرلمان العراقي قانونًا قنن وضع قوات الحشد الشعبي", "البرلمان العراقي يصدر قانونًا قنن وضع قوات الحشد الشعبي"),
    ("أصدرت الرئاسة التركية قرارا يقضي بخفض قيمة الضريبة", "الرئاسة التركية تصدر قرارا يقضي بخفض قيمة الضريبة"),
    ("أعلنت الولايات المتحدة انسحابها من الاتفاق النووي الإيراني", "الولايات المتحدة تعلن انسحابها من الاتفاق النووي الإيراني"),
    ("أجرت صحيفة الشرق الأوسط حوارا مع وزير الخارجية البريطاني", "صحيفة الشرق الأوسط تجري حوارا مع وزير الخارجية البريطاني"),
])
def test_a_transitive_verb_its_definite_subject_and_an_accusative_object_are_told_subject_first(title, expected):
    assert _headline_tense(title) == expected


@pytest.mark.parametrize("title", [
    "أعلنت كلية التميز موندراجون وينتيك بمحافظة أملج",  # a name runs on after the definite words
    "استقبل الرئيس المصري عبد الفتاح السيسي وفدا",  # an office: its name follows
    "شن الجماعة هجومها",  # a verbal noun and its subject («شنت» for a feminine subject)
])
def test_a_transitive_verb_whose_subject_cannot_be_told_stays_verb_first(title):
    assert _headline_tense(title) == title


@pytest.mark.parametrize("sentence, when, speaker", [
    ("والثلاثاء قالت هواوي إنها حققت مبيعات أعلى بنسبة 15 بالمئة.", "الثلاثاء", "هواوي"),
    ("ويوم الأحد أعلن الوزير أن الحكومة ستخفض الضرائب.", "يوم الأحد", "الوزير"),
    ("والخميس، قال الرئيس إن المفاوضات فشلت.", "الخميس", "الرئيس"),
])
def test_a_date_fronting_a_reporting_frame_is_no_speaker(sentence, when, speaker):
    assert title_of(sentence, when).startswith(speaker)
