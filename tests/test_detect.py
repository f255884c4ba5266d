"""non_event_reason: which dated mentions tell of a happening, and why the others do not."""
from datetime import date

import pytest

from timeline.events.detect import REASONS, non_event_reason
from timeline.model import Mention

DAY = (date(2018, 8, 3), date(2018, 8, 3))
YEAR = (date(2017, 1, 1), date(2017, 12, 31))


def reason(sentence: str, expression: str, grain: str = "day", kind: str = "DATE", nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(expression, start + 1)
    span = DAY if grain in ("day", None) else YEAR
    mention = Mention(expression, start, start + len(expression), kind, "X", span=span, grain=grain)
    return non_event_reason(sentence, (0, len(sentence)), mention)


EVENTS = [
    ("قصفت قوات النظام السوري الخميس بالمدفعية منطقة جسر الشغور.", "الخميس", "day"),
    ("وقال الوزير، الأحد، إن النمو بلغ 3% في الربع الأول.", "الأحد", "day"),
    ("أظهرت بيانات رسمية، الإثنين، تراجع تحويلات العمالة بنسبة 22%.", "الإثنين", "day"),
    ("ومنذ لقائه مع كيم في الثاني عشر من حزيران/يونيو، بدا ترمب متفائلا.", "الثاني عشر من حزيران/يونيو", "day"),
    ("ولم تتمكن الولايات المتحدة من إرسال البشر إلى الفضاء منذ تعطيل ناسا للمشروع عام 2011.", "عام 2011", "year"),
    ("وتخوض الشركتان مفاوضات اندماج منذ عام 2014، حينما عرقلت الإدارة محاولة سابقة.", "عام 2014", "year"),
    ("كانت الشركة اتفقت العام الماضي على بيع ثلاثة حقول نفطية بقيمة 400 مليون دولار.", "العام الماضي", "year"),
    ("وصنعت السفينة، التي يبلغ طولها 177 مترا، في عام 2001.", "عام 2001", "year"),
    ("وانهار اتفاق سلام أبرم في 2015 عقب فرار مشار.", "2015", "year"),
    ("ومن المتوقع أن تنطلق الشركة في تصنيع الهاتف بداية من شهر مارس 2017.", "شهر مارس 2017", "month"),
    ("في حال شن هجوم مماثل لما حصل في ثانوية باركلاند الأسبوع الماضي.", "الأسبوع الماضي", "week"),
    ("وهو واثق لأنه لعب بشكل جيد للغاية في العامين الماضيين.", "العامين الماضيين", "year"),
    ("وسيقام حفل توزيع الجوائز في24 أيلول/سبتمبر المقبل في لندن.", "24 أيلول/سبتمبر المقبل", "day"),
    ("ومنح حفل التخرج السنوي لعام 2014م في مدينة برزبن.", "عام 2014م", "year"),
    ("ولم يصل الوفد إلا أمس إلى العاصمة.", "أمس", "day"),
]

NON_EVENTS = [
    # boundary
    ("والاتجار الدولي بالمخدرات منذ سنة 2015.", "سنة 2015", "year", "boundary"),
    ("وانخفض اليوان إلى أدنى مستوياته منذ مايو 2017.", "مايو 2017", "month", "boundary"),
    ("ينبغي تقليص الانبعاثات إلى 42 مليار طن بحلول 2030.", "2030", "year", "boundary"),
    ("بتجديد ترخيصها حتى 4 نوفمبر/تشرين الثاني.", "4 نوفمبر/تشرين الثاني", "day", "boundary"),
    ("التقدم عليها خلال أسبوع اعتباراً من يوم الأحد المقبل.", "يوم الأحد المقبل", "day", "boundary"),
    ("وقتل 149 فلسطينيا منذ نحو 30 آذار/مارس.", "30 آذار/مارس", "day", "boundary"),
    # statistic
    ("رفع الصندوق توقعاته لنمو الاقتصاد إلى 2.9% العام الجاري.", "العام الجاري", "year", "statistic"),
    ("وأشارت المنظمة إلى أن 85 بالمئة من الإصابات سجلت العام الماضي في فنزويلا.", "العام الماضي", "year", "statistic"),
    ("مبتعدا عن أدنى مستوى الذي سجله الأسبوع الماضي عند 94.084.", "الأسبوع الماضي", "week", "statistic"),
    ("وحسّن المغرب ترتيبه بثماني درجات مقارنة مع السنة الفارطة.", "السنة الفارطة", "year", "statistic"),
    ("وتقدم المملكة في مؤشر التطور الاجتماعي العالمي للعام الحالي راجع إلى عوامل.", "للعام الحالي", "year", "statistic"),
    ("بلغ معدل التضخم 13.6%، مقابل 33.2%، لنفس الشهر من عام 2017.", "عام 2017", "year", "statistic"),
    ("أضافت شركات الحفر 5 حفارات في الأسبوع المنتهي في العشرين من أبريل.", "العشرين من أبريل", "day", "statistic"),
    # dateline
    ("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", "10 أغسطس 2015 م", "day", "dateline"),
    ("06:20 ت م", "06:20", "day", "dateline"),
    # label
    ("صعد المنتخب الألماني إلى نصف نهائي كأس القارات 2017 لكرة القدم.", "2017", "year", "label"),
    ("وتعمل الغرفة على تنفيذ خطة دبي 2021.", "2021", "year", "label"),
    ("أعلنت الدول ثبوت رؤية هلال شهر شوال مساء السبت.", "شهر شوال", "month", "label"),
    ("كشف الاتحاد قائمة المرشحين لجائزة أفضل لاعب في العالم لسنة 2018.", "لسنة 2018", "year", "label"),
    # generic
    ("يحتفل أهل مراكش بعيد الفطر كل عام بزيارة الأقارب.", "عيد الفطر", "day", "generic"),
    ("*البحيرة من الساعة العاشرة صباحا إلى الساعة الثانية بعد الزوال", "الساعة العاشرة صباحا", None, "generic"),
    # hypothetical
    ("وإذا فاز الفريق يوم الأحد فسيتأهل إلى النهائي.", "يوم الأحد", "day", "hypothetical"),
    ("لو التويتة جابت 40 ألف ريتويت هعملها بعد رمضان مباشرة.", "رمضان", "month", "hypothetical"),
    # negated
    ("علما أنه لم يوفق السنة الماضية في الارتقاء.", "السنة الماضية", "year", "negated"),
    ("وقال إن الحكومة لن تجتمع الأسبوع المقبل.", "الأسبوع المقبل", "week", "negated"),
]


@pytest.mark.parametrize("sentence, expression, grain", EVENTS)
def test_happenings_stay_events(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


@pytest.mark.parametrize("sentence, expression, grain, expected", NON_EVENTS)
def test_non_events_say_why(sentence, expression, grain, expected):
    kind = "TIME" if grain is None or ":" in expression else "DATE"
    assert reason(sentence, expression, grain, kind) == expected
    assert expected in REASONS


def test_opening_hours_on_a_given_day_are_an_event():
    sentence = "ينظم البرنامج يوم الخميس من الساعة الخامسة مساء إلى العاشرة."
    assert reason(sentence, "الساعة الخامسة مساء", None, "TIME") is None


def test_a_mention_outside_the_sentence_is_an_event():
    mention = Mention("أمس", 50, 53, "DATE", "X", span=DAY, grain="day")
    assert non_event_reason("نص قصير.", (0, 8), mention) is None
