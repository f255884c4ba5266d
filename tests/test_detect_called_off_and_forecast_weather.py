"""non_event_reason on the time of a thing called off («ألغت الجمعية احتفالاتها الخاصة بعيد الفطر»: negated) against
the time of the calling off itself, and on weather in a coming window («هطول الأمطار خلال الـ24 ساعة القادمة»: a
forecast, hypothetical) against weather that fell; and «قد» with a تـ verb only a present can be («قد ترتفع»)
against one with a past verb («قد توصلت»). The sentences are written for the tests, after corpus phrasings."""
import pytest

from non_event_helpers import reason


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وتضامنا مع المبادرة، ألغت الجمعية الإسلامية، احتفالاتها السنوية الخاصة بعيد الفطر.", "عيد الفطر", "day"),
    ("وقرر المجلس إلغاء احتفالات عيد الأضحى بسبب الحداد.", "عيد الأضحى", "day"),
    ("وألغت الوزارة الامتحانات الخاصة بشهر يونيو المقبل بسبب الإضراب.", "شهر يونيو المقبل", "month"),
    ("وألغت الأندية احتفالاتها بعيد الأضحى بسبب الوباء.", "عيد الأضحى", "day"),
])
def test_the_time_of_a_thing_called_off_is_negated(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "negated"


@pytest.mark.parametrize("sentence, expression, grain", [
    # a bare time dates the calling off, a happening
    ("وألغت كوريا الشمالية الأسبوع الماضي في اللحظة الأخيرة اجتماعا مع مسؤولين كبار.", "الأسبوع الماضي", "week"),
    ("وقد عمد المخرج مع رفاقه إلى إلغاء مهرجان كان العام 1968.", "العام 1968", "year"),
    ("وألغى في العام الماضي ضريبة على الكربون.", "العام الماضي", "year"),
    # a feast after a time word dates the calling off
    ("وألغى الرئيس في عيد الفطر قرار حظر التجول.", "عيد الفطر", "day"),
    # a relative clause tells a happening of its own
    ("ودعا مرارا إلى إلغاء الاتفاق الذي أبرم في عام 2015 مع إيران.", "عام 2015", "year"),
    # a postponement's date is the new one, scheduled
    ("وقضت المحكمة بتأجيل النطق بالحكم إلى جلسة 6 مارس القادم.", "6 مارس القادم", "day"),
])
def test_the_time_of_the_calling_off_stays_an_event(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


@pytest.mark.parametrize("sentence, expression, grain", [
    ("ويستمر هطول الأمطار المتفاوتة الغزارة على محافظتي ظفار والوسطى خلال ال 24 ساعة القادمة.", "ال 24 ساعة القادمة", "day"),
    ("فيما تشير التوقعات الى انحسار موجة امطار الصيف خلال 24 ساعة القادمة.", "24 ساعة القادمة", "day"),
    ("ويتوقع أن تهب رياح نشطة على السواحل الأسبوع المقبل.", "الأسبوع المقبل", "week"),
    ("وستنخفض درجات الحرارة في معظم المناطق خلال الأيام القادمة.", "الأيام القادمة", "weeks"),
])
def test_weather_in_a_coming_window_is_a_forecast(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "hypothetical"


@pytest.mark.parametrize("sentence, expression, grain", [
    # weather that fell
    ("وهطلت أمطار غزيرة على العاصمة يوم أمس.", "يوم أمس", "day"),
    ("وتسببت الرياح العاتية الأسبوع الماضي في انقطاع التيار الكهربائي.", "الأسبوع الماضي", "week"),
    # a coming window with no weather: a scheduled happening
    ("ويعقد المجلس اجتماعه الأسبوع المقبل في الرياض.", "الأسبوع المقبل", "week"),
    # weather in another clause of a coming meeting
    ("ورغم الأمطار التي هطلت أمس، يعقد المجلس اجتماعه الأسبوع المقبل.", "الأسبوع المقبل", "week"),
])
def test_weather_that_fell_and_a_coming_meeting_stay_events(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


@pytest.mark.parametrize("sentence, expression, grain", [
    ("ما يعزز الرأي بأن تكاليف الاقتراض قد ترتفع في مايو للمرة الثانية منذ الأزمة.", "مايو", "month"),
    ("وقال إن المفاوضات قد تستغرق العام المقبل كله.", "العام المقبل", "year"),
    ("وحذر من أن القوات قد تنسحب من المدينة الشهر المقبل.", "الشهر المقبل", "month"),
])
def test_qad_with_a_present_ta_verb_is_a_possibility(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "hypothetical"


@pytest.mark.parametrize("sentence, expression, grain", [
    # «قد» with a past verb of تـ: it happened
    ("وكانت بلدان الاتحاد الأوروبي قد توصلت في سبتمبر 2015 إلى وضع خطة لتوزيع اللاجئين.", "سبتمبر 2015", "month"),
    ("وقد تمكنت الفرقة صباح اليوم من حجز بعض قطع المخدرات.", "صباح اليوم", "day"),
    ("وكان الحيوان قد تنبأ في عام 2010 بنتائج ست مباريات.", "عام 2010", "year"),
    ("وقد تناولت الصحف الخبر في يونيو الماضي.", "يونيو الماضي", "month"),
])
def test_qad_with_a_past_ta_verb_stays_an_event(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None
