"""What a date dates when the sentence's main clause has its own: the happening after a temporal preposition, also
across that happening's own preposition; a date glued to «و»; a colon closing a reporting frame; «أي في غضون»."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline_fixtures import mention


def title(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when, told", [
    ("يستأنف الفريق الأول تدريباته مساء يوم الثلاثاء على ملعب النادي بعد يومي الراحة عقب عودة الفريق من سويسرا "
     "السبت الماضي.", "السبت الماضي", "عودة الفريق من سويسرا"),
    ("يلتقي المنتخب نظيره الإيطالي يوم الاثنين في مدينة نيس بعد وصول البعثة إلى فرنسا الجمعة الماضي.",
     "الجمعة الماضي", "وصول البعثة إلى فرنسا"),
    ("عقدت اللجنة اجتماعها أمس في مقر الوزارة إثر انسحاب الأعضاء من المفاوضات الأحد الماضي.",
     "الأحد الماضي", "انسحاب الأعضاء من المفاوضات"),
])
def test_a_later_date_after_a_temporal_preposition_dates_its_happening(sentence, when, told):
    assert title(sentence, when) == told


def test_without_a_date_of_its_own_the_main_clause_keeps_it():
    sentence = "التقى الوزير بنظيره بعد وصوله إلى الرياض أمس لبحث العلاقات الثنائية."
    assert title(sentence, "أمس").startswith("لقاء الوزير بنظيره")


@pytest.mark.parametrize("sentence, when, told", [
    ("وفي نهاية مايو نفذت عمليات تفتيش في منزلي مشتبه بهما بعد عمليات تفتيش حصلت في فبراير ومارس وأبريل في "
     "منازل مسؤولين.", "أبريل", "عمليات تفتيش حصلت في منازل مسؤولين"),
    ("وأعلنت الشرطة في مساء السبت حصيلة القتلى بعد انفجار وقع في ديسمبر وأكتوبر في مخزن للأسلحة.", "أكتوبر",
     "انفجار وقع في مخزن للأسلحة"),
])
def test_a_date_glued_to_and_is_found_and_the_place_after_it_told(sentence, when, told):
    assert title(sentence, when) == told


@pytest.mark.parametrize("sentence, when, told", [
    ("وقال فينغر في مؤتمر صحفي يوم الأربعاء: نحن محبطون جدا لأننا خسرنا مباراة مهمة.", "يوم الأربعاء",
     "فينغر: نحن محبطون جدا لأننا خسرنا مباراة مهمة"),
    ("وأكد المدرب في تصريح إذاعي أمس: الفريق جاهز تماما لمواجهة الترجي في النهائي.", "أمس",
     "المدرب: الفريق جاهز تماما لمواجهة الترجي في النهائي"),
])
def test_a_colon_closes_a_reporting_frame(sentence, when, told):
    assert title(sentence, when) == told


def test_a_relative_clause_s_colon_is_not_its_speaker_s():
    sentence = ("من جهتها قالت جينا هاسبل، التي أعلن ترامب عن تعيينها خلفا لبومبيو: إنه من دواعي الشرف لي أن أشغل "
                "المنصب منذ العام الماضي.")
    assert not title(sentence, "العام الماضي").startswith("ترامب")


@pytest.mark.parametrize("sentence, when", [
    ("وأشار إلى أن الأشغال ستنطلق بعد 8 أشهر من انطلاق الدراسات، أي في غضون شهر جويلية من السنة القادمة، وذلك حتى "
     "تكون الأرضية مهيئة.", "شهر جويلية من السنة القادمة"),
    ("ويصل الوفد إلى العاصمة بعد أسبوعين، أي يوم السبت، لبدء المفاوضات.", "السبت"),
])
def test_i_e_before_a_date_goes_with_it(sentence, when):
    told = title(sentence, when).split()
    assert "أي" not in told and "غضون" not in told
