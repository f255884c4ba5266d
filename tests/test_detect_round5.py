"""non_event_reason, round 5 (classes from the blind audits and the held-out readers, checked on corpus phrasings): a
period a start or end verb governs, told with the manner it went, is that period's trend; a coming figure said to
match one of a past period is a comparison; a target figure for a period is a plan. The sentences are written for the
tests, after corpus phrasings."""
from datetime import date

import pytest

from timeline.events.detect import non_event_reason
from timeline.model import Mention

SPANS = {"day": (date(2018, 3, 31), date(2018, 3, 31)), "month": (date(1999, 6, 1), date(1999, 6, 30)),
         "quarter": (date(2018, 4, 1), date(2018, 6, 30)), "year": (date(2018, 1, 1), date(2018, 12, 31))}


def reason(sentence: str, expression: str, grain: str):
    start = sentence.index(expression)
    mention = Mention(expression, start, start + len(expression), "DATE", "X", span=SPANS[grain], grain=grain)
    return non_event_reason(sentence, (0, len(sentence)), mention)


# --- course: a period a start or end verb governs, with the manner it went right after it

@pytest.mark.parametrize("sentence, expression, grain", [
    ("وأشعلت المخاوف وضع الأسواق بعدما بدأ العام 2018 بشكل إيجابي.", "العام 2018", "year"),
    ("مما يشير إلى أن أكبر اقتصاد في أوروبا بدأ الربع الثاني على أسس أضعف.", "الربع الثاني", "quarter"),
    ("وأنهى المؤشر العام الماضي على ارتفاع بعد موجة مكاسب.", "العام الماضي", "year"),
    ("واستهلت البورصة العام الجاري بخسائر كبيرة.", "العام الجاري", "year"),
])
def test_a_period_started_or_ended_in_some_manner_is_its_trend(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "statistic"


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وقال إنه قد بدأ اليوم تنفيذ المرحلة الأولى من خطة العمل.", "اليوم", "day"),
    ("مثل جدول المناظرات المقررة أن تبدأ هذا الخريف في الولايات.", "هذا الخريف", "quarter"),
    ("وكانت إجراءات إعلان إفلاس الشركة قد بدأت العام الماضي في لندن.", "العام الماضي", "year"),
    ("وافتتحت مساء أمس السبت بفضاء الكنيسة بصفاقس دار الفنون بشكل رسمي.", "مساء أمس السبت", "day"),
])
def test_a_start_at_a_time_stays_a_happening(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


# --- comparison: a coming figure said to match one of a past period

@pytest.mark.parametrize("sentence, expression", [
    ("وستماثل خسارته للأسبوع السابع على التوالي موجة الخسائر الأسبوعية التي تكبدها في يونيو 1999.", "يونيو 1999"),
    ("وسيماثل تراجع الإنتاج هذا العام ما سجله القطاع في يونيو 1999.", "يونيو 1999"),
    ("ويضاهي حجم الطلب ما بلغه في يونيو 1999 قبل الأزمة.", "يونيو 1999"),
])
def test_a_figure_matched_against_a_past_period_is_a_comparison(sentence, expression):
    assert reason(sentence, expression, "month") == "statistic"


@pytest.mark.parametrize("sentence, expression", [
    ("وتماثل اللاعب للشفاء في يونيو 1999 وعاد إلى الملاعب.", "يونيو 1999"),
    ("وتعادل المنتخب مع نظيره الألماني في يونيو 1999 في مباراة ودية.", "يونيو 1999"),
])
def test_a_recovery_or_a_draw_is_no_comparison(sentence, expression):
    assert reason(sentence, expression, "month") is None


# --- a target figure for a period is a plan

@pytest.mark.parametrize("sentence, expression", [
    ("والذي يواصل التوسع مستهدفا وصول طاقته الاستيعابية إلى 22.1 مليون حاوية هذا العام.", "هذا العام"),
    ("وتواصل الشركة الاستثمار مستهدفة بلوغ إنتاجها مليون برميل العام الجاري.", "العام الجاري"),
])
def test_a_target_for_a_period_is_no_happening(sentence, expression):
    assert reason(sentence, expression, "year") == "hypothetical"


@pytest.mark.parametrize("sentence, expression", [
    ("وقتل ثلاثة أشخاص في هجوم يستهدف مسجدا العام الجاري في المدينة.", "العام الجاري"),
    ("وأطلقت الوزارة برنامجا مستهدفا للشباب يوم السبت في الرباط.", "يوم السبت"),
])
def test_an_attack_or_a_targeted_programme_stays_a_happening(sentence, expression):
    grain = "day" if "يوم" in expression else "year"
    assert reason(sentence, expression, grain) is None


# --- a fiscal year named by its owner ends on the mention: the period of the figures

@pytest.mark.parametrize("sentence, expression", [
    ("واستطاعت الشركة خلال سنتها المالية المنتهية في مارس الماضي تسجيل أرباح صافية بـ1.1 مليار دولار.", "مارس الماضي"),
    ("وحقق البنك خلال عامه المالي المنتهي في مارس الماضي نموا في الإيرادات.", "مارس الماضي"),
    ("وارتفعت مبيعات المجموعة في السنة المالية المنتهية في مارس الماضي.", "مارس الماضي"),
])
def test_a_fiscal_year_ending_on_the_mention_is_the_period_of_its_figures(sentence, expression):
    assert reason(sentence, expression, "month") == "statistic"


def test_a_licence_ending_on_a_day_is_no_fiscal_year():
    sentence = "ووافق المكتب على تجديد ترخيصها المنتهي في مارس الماضي حتى نوفمبر."
    assert reason(sentence, "مارس الماضي", "month") != "statistic"


# --- a boundary word written onto the date governs it as if spaced

@pytest.mark.parametrize("sentence, expression", [
    ("ويأتي ذلك في وقت يشهد صعودا غير مسبوق لليمين المتطرف منذ1945 عن طريق الحزب.", "1945"),
    ("ويعاني الاقتصاد من ركود متواصل منذ2011 بسبب الأزمة.", "2011"),
    ("وسيبقى القرار ساري المفعول حتى2020 وفق البيان.", "2020"),
])
def test_a_boundary_word_written_onto_the_year_is_a_boundary(sentence, expression):
    assert reason(sentence, expression, "year") == "boundary"


@pytest.mark.parametrize("sentence, expression", [
    ("وتأسست الشركة في2011 بمدينة الدار البيضاء.", "2011"),
    ("وانطلقت الاحتجاجات منذ2011 عندما خرج الآلاف إلى الشوارع.", "2011"),
])
def test_a_date_word_or_a_told_start_written_onto_the_year_stays_a_happening(sentence, expression):
    assert reason(sentence, expression, "year") is None
