"""How far a place reaches in its sentence: a clause opened by «وذلك» goes on with the happening, a time
fronted alone before a comma, a fronted clause of another time, a place after a plan word, a relative clause with
a country of its own (sentences written for the tests in the corpus's phrasing)."""
from __future__ import annotations

import pytest

from place_helpers import where, name, name_in_last_line


def test_a_clause_opened_by_wadhalik_goes_on_with_the_happening():
    text = "تعهد ترمب، الأربعاء، باتخاذ إجراءات قوية، وذلك لدى استقباله في البيت الأبيض ناجين من إطلاق نار."
    assert where(text, "الأربعاء").name == "واشنطن"
    text = "تستضيف مكتبة الملك فهد العامة بجدة برنامجا تدريبيا مجانيا، وذلك مساء غد الخميس، بهدف إكسابهم مهارات."
    assert where(text, "مساء غد الخميس").name == "جدة"
    # another و-clause still opens a new happening
    text = "أعلن الوزير الأربعاء خطة جديدة، وسافر وفد من الوزارة إلى باريس لعرضها."
    assert where(text, "الأربعاء") is None


def test_a_time_fronted_alone_before_a_comma_dates_the_clause_after_it():
    text = "وفي 4 و6 يونيو 2014، شنت طائرات غارتين قرب حلب، استهدفتا مخزنا للأسلحة."
    assert where(text, "4 و6 يونيو 2014").name == "حلب"
    text = "وفي مطلع أيار/مايو، أمرت الهيئة الفدرالية للنقل في النمسا بسحب 20 ألف سيارة."
    assert where(text, "مطلع أيار/مايو").country == "AT"
    # a fronted clause with its own happening still keeps its time («في حفل أقيم الأحد، …»)
    text = "وفي حفل أقيم الأحد، قال الوزير إن الحكومة ستفتتح مصنعا في صفاقس."
    assert where(text, "الأحد") is None


# --- a place after a plan word that comes after the time

def test_a_place_after_a_plan_word_is_the_plans_not_the_times():
    text = ("رفضت لجنة الانضباط اليوم الثلاثاء رسميا رفع الإيقاف عن خماسي النصر والهلال للمشاركة في نهائي كأس "
            "السوبر والمزمع إقامته في العاصمة البريطانية لندن في الـ12 من شهر أغسطس الجاري.")
    assert where(text, "اليوم الثلاثاء") is None
    assert name(text, "الـ12 من شهر أغسطس الجاري") == "لندن"  # the time of the planned final itself
    text = "وافق المجلس أمس على تمويل المؤتمر المقرر في مراكش خلال شهر نوفمبر."
    assert where(text, "أمس") is None
    text = "تخطط الشبكة لإطلاع المشرعين في واشنطن العاصمة هذا الأسبوع على أكبر اختراق للبيانات."
    assert name(text, "هذا الأسبوع") == "واشنطن"  # the plan word before the time: the planned happening's time


# --- a relative clause with a country of its own

def test_a_relative_clause_with_its_own_country_places_its_own_verb():
    text = ("نفت جماعة حزب الله اللبنانية، الجمعة، الاتهامات التي وجهها التحالف العربي الذي تقوده المملكة "
            "العربية السعودية في اليمن.")
    assert name(text, "الجمعة") != "اليمن"
    text = ("وتشهد الجمعية الوطنية الفرنسية الاثنين نقاشا من دون تصويت للضربات التي شنتها فرنسا مع الولايات "
            "المتحدة وبريطانيا في سوريا.")
    assert name(text, "الاثنين") != "سوريا"
    assert name("افتتح الوزير الأحد المعرض الذي يقام في صفاقس.", "الأحد") == "صفاقس"  # no country of its own


@pytest.mark.parametrize("sentence, time, expected", [
    # a fronted clause of an earlier time keeps its place to itself
    ("وبعد عمله لفترة في نيويورك ثم في موناكو، افتتح بوتورا مطعما العام 1995.", "العام 1995", None),
    ("وبعد مسيرة طويلة في باريس، أعلن اللاعب اعتزاله يوم الأحد.", "يوم الأحد", None),
    # «قبل أن …» tells its own later happening, with its own time
    ("وسيحط الكأس رحاله في عمان، في 20 فبراير، قبل أن يصل إلى العاصمة السودانية الخرطوم، في 22 من الشهر الجاري.",
     "22 من الشهر الجاري", "الخرطوم"),
    # «خلال» is the same time: what happens during the visit happens there
    ("وخلال زيارته إلى القاهرة، التقى الوزير نظيره المصري الأحد.", "الأحد", "القاهرة"),
])
def test_a_fronted_clause_of_another_time(sentence, time, expected):
    assert name(sentence, time) == expected


# --- a fronted «في» time before an institution named after its town

@pytest.mark.parametrize("sentence, time, expected", [
    ("في العام الماضي، نشرت جامعة غلاسكو الاستكتلندية، بحثا عن سرطان الأمعاء.", "العام الماضي", "غلاسكو"),
    ("وفي الشهر الماضي، قررت محكمة جنايات القاهرة تأجيل القضية.", "الشهر الماضي", "القاهرة"),
])
def test_a_fronted_time_before_a_town_institution(sentence, time, expected):
    assert name_in_last_line(sentence, time) == expected


@pytest.mark.parametrize("sentence, time", [
    # a place far on, or a destination, is not the fronted time's
    ("وفي الشهر الماضي، أثار الرئيس الأمريكي دونالد ترامب غضبا وإدانة دوليين بقراره نقل السفارة الأمريكية في "
     "إسرائيل إلى القدس.", "الشهر الماضي"),
    ("وفي فبراير/ شباط الماضي، غنت المطربة المعروفة في شبه الجزيرة الكورية مع الأوركسترا.", "فبراير/ شباط الماضي"),
])
def test_a_fronted_time_does_not_reach_a_far_or_described_place(sentence, time):
    assert name_in_last_line(sentence, time) is None


@pytest.mark.parametrize("sentence, time", [
    ("وقد أسس الثلاثة فيما بعد موقع يوتيوب في سنة 2005 بعد ذلك التحق بجامعة ستانفورد ليكمل دراساته العليا.", "2005"),
    ("افتتح مطعمه الأول عام 1995 ثم انتقل إلى العمل في نيويورك.", "1995"),
    ("وقع العقد مع النادي في يناير 2016 ولاحقا انتقل للعب في مدريد.", "يناير 2016"),
])
def test_a_place_after_then_is_a_later_happenings(sentence, time):
    assert where(sentence, time) is None


def test_a_place_before_then_is_still_the_dated_happenings():
    assert where("وصل الوفد أمس الخميس إلى الرياض ثم إلى جدة.", "أمس الخميس").name == "الرياض"
    assert where("افتتح مطعمه الأول عام 1995 في نيويورك ثم انتقل إلى باريس.", "1995").name == "نيويورك"


@pytest.mark.parametrize("told", ["الجمعة", "يوم الاثنين", "العام الماضي", "أمس"])
def test_a_weekday_with_its_article_dates_the_clause_after_before_an(told):
    # «قبل أن» opens a later happening with a date of its own: its place is not the earlier time's
    sentence = f"توج باللقب قبل سنتين قبل أن يخلفه {told} منافسه في نيويورك."
    assert where(sentence, "قبل سنتين") is None


@pytest.mark.parametrize("sentence, time, expected", [
    ("أعلن مطورون عقاريون، الأربعاء، عن مشروعات بمليارات الدولارات، خلال مشاركتهم في معرض العقارات بدبي.",
     "الأربعاء", "دبي"),
    ("وقال الوزير الاثنين إن بلاده لن تتراجع، خلال مشاركته في مؤتمر للسلطات المحلية في تل أبيب.", "الاثنين", "تل أبيب"),
    ("وأكد الرئيس الثلاثاء دعمه للحكومة، خلال كلمته في ولاية شيكاغو الأمريكية.", "الثلاثاء", "شيكاغو"),
    ("وقال الأمين العام الأحد، خلال الأيام البرلمانية التي تعقدها الحركة في مدينة صفاقس، إن الحركة موحدة.", "الأحد",
     "صفاقس"),
    ("وأعلن المطورون الأربعاء عن مشروعات جديدة، على هامش مشاركتهم في معرض بدبي.", "الأربعاء", "دبي"),
    ("ووقع الوزيران أمس اتفاقية للتعاون، أثناء اجتماعهما في الرياض.", "أمس", "الرياض"),
])
def test_a_during_clause_after_a_comma_places_the_act_before_it(sentence, time, expected):
    assert name(sentence, time) == expected


@pytest.mark.parametrize("sentence, time", [
    # another time between: the «خلال» clause tells its own happening
    ("وقال الوزير الاثنين إن بلاده لن تتراجع، خلال مؤتمر عقد العام الماضي في تل أبيب.", "الاثنين"),
    # no comma: «خلال» opening no clause of its own is no scene of the saying
    ("وقال الوزير الاثنين إن المفاوضات خلال الأشهر الماضية في جنيف لم تنجح.", "الاثنين"),
])
def test_a_during_clause_of_another_time_places_nothing(sentence, time):
    assert name(sentence, time) is None


# --- a «في» place set off by a comma at the sentence's end closes the dated clause

@pytest.mark.parametrize("sentence, time, expected", [
    ("وسيشهد الأسبوع المقبل أيضا مباريات العودة لكل من تشيلسي الإنجليزي وبرشلونة الإسباني، في إسبانيا.",
     "الأسبوع المقبل", "إسبانيا"),
    ("وسيشهد الأسبوع المقبل مباريات العودة لكل من ليفربول ومانشستر سيتي، في إنجلترا.", "الأسبوع المقبل", "إنجلترا"),
    ("وتنطلق يوم الخميس أشغال الدورة الجديدة للملتقى، في العاصمة الرباط.", "يوم الخميس", "الرباط"),
])
def test_a_place_closing_the_sentence_after_a_comma_is_the_dated_clauses(sentence, time, expected):
    assert name(sentence, time) == expected


@pytest.mark.parametrize("sentence, time", [
    # another time between: the closing place is that time's
    ("وتنطلق يوم الخميس أشغال الملتقى، على أن تختتم يوم الأحد، في العاصمة الرباط.", "يوم الخميس"),
    # a «؛» ends the dated clause
    ("وتنطلق يوم الخميس أشغال الملتقى؛ في العاصمة الرباط.", "يوم الخميس"),
])
def test_a_closing_place_past_another_time_or_clause_is_not_the_dated_ones(sentence, time):
    assert name(sentence, time) is None
