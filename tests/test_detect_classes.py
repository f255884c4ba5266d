"""non_event_reason on classes of non-events found in random samples of corpus events: «اليوم» meaning
nowadays, names and rates holding «اليوم», periods running to now, windows of coming or past years."""
from datetime import date

import pytest

from timeline.events.detect import REASONS, non_event_reason
from timeline.model import Mention

TODAY = (date(2018, 4, 14), date(2018, 4, 14))


def reason(sentence: str, expression: str, span=TODAY, value: str = "2018-04-14", grain: str = "day", nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(expression, start + 1)
    mention = Mention(expression, start, start + len(expression), "DATE", value, span=span, grain=grain)
    return non_event_reason(sentence, (0, len(sentence)), mention)


NOWADAYS = [
    'وأضاف: "لا يوجد اليوم تنظيم يدعى بداعش فقد استطاعت القوات الشعبية تطهير المنطقة".',
    'محذرا من أن "سوريا اليوم تمثل أخطر تهديد للسلام والأمن العالميين".',
    "وأصبحت قواتنا المسلحة اليوم في أعلى مستوى التدريب والجهوزية.",
    "أصبحت سماعات الأذن اليوم خفيفة الوزن، وتستخدم مع الكثير من الأجهزة.",
    "اليوم أصبحت مؤسسة كاميرا من أشهر مؤسسات اللوبي في أميركا وأوروبا.",
    "يجد السوريون اليوم صعوبة في الاعتراف بهم في ألمانيا كلاجئين سياسيين.",
    "تعيش بيشة اليوم أزمة مياه زراعية حقيقية.",
    'قال الخياري إن "السلطات المغربية والهولندية مطالبتان اليوم بوضع حد لتاجر المخدرات".',
    'وأضاف "من يعرقل هذه العملية اليوم هو بشار الأسد نفسه".',
    "وأسلي أردوغان اليوم هي واحدة من عشرات آلاف الأشخاص المطلوبين للسلطات.",
    "بالأمس كانوا خداما لضيوف الرحمن، اليوم هم ضيوف الرحمن!",
    'وقال إن "المقاومة اليوم أقوى بكثير من الماضي".',
    "وقال الوزير: اليوم نحن بحاجة إلى حكومة قوية.",
    "لدينا اليوم مجموعة من الإذاعات، وأنت تبوأت مناصب إذاعية مهمة.",
    "دخلت أماندا، التي يبلغ عمرها اليوم 31 عاما، حالة انقطاع الطمث في سن 11.",
    # a phrase holding «اليوم»
    'وتابع "في عالمنا اليوم نجد الطفل الذي يذهب إلى مدرسته وهو جائع".',
    'وأضاف زوكربرغ "هناك الكثير من المعلومات المضللة والاستقطاب في العالم اليوم".',
    "أشارت إلى أن درجات حرارة مياه البحار قبل 125 ألف عام لم تكن مختلفة عما هي عليه اليوم.",
    "كما أنها تملك مركزا للاتصالات للرد على أسئلة العملاء على مدار اليوم.",
]


@pytest.mark.parametrize("sentence", NOWADAYS)
def test_today_meaning_nowadays_is_generic(sentence):
    assert reason(sentence, "اليوم") == "generic"


@pytest.mark.parametrize("sentence, expected", [
    ('وحسب موقع "روسيا اليوم"، وقع الحادث في مدينة شنغهاي.', "label"),
    ('كما صدر له عدد من القصص القصيرة منها "قوس قزح" و "حظك اليوم".', "label"),
    ('ووصفت وسائل الإعلام الصورة بـ "صورة اليوم".', "label"),
    ("مضيفا أنه لم يصله أي قرار رسمي إلى حد اليوم.", "boundary"),
    ("ودعوا إلى الحسم في هذه القضية التي ظلت عالقة إلى اليوم.", "boundary"),
    ("سيتغير ذلك من اليوم فصاعدا، فقد أعلنت فيسبوك عن أدوات جديدة.", "boundary"),
    ('لا "عصا سيلفي" بعد اليوم.', "boundary"),
    ("وقد تراجع إنتاج البلاد من النفط الذي بلغ أكثر من مليون برميل في اليوم.", "statistic"),
    ("ومن المتوقع أن يقوم بمراقبة ظاهرة واحدة في اليوم على الأقل.", "statistic"),
])
def test_phrases_holding_today(sentence, expected):
    assert reason(sentence, "اليوم") == expected
    assert expected in REASONS


@pytest.mark.parametrize("sentence", [
    "وبدا سيتي اليوم في مستواه المعهود وتقدم في الدقيقة 22.",
    'وقال: "لن نتخلى عن الصدارة وسنعبر تونس اليوم ونحن مؤهلين واستعدادنا قوي جدا".',
    "جرى اتصال هاتفي اليوم بين وزير الخارجية الكويتي ووزير الخارجية الروسي.",
    "وتجري ميركل اليوم محادثات مع كريستين لاجارد مديرة صندوق النقد الدولي.",
    "تنطلق اليوم الدفعة الأولى من منافسات ذهاب الدور السادس عشر من دوري أبطال أوروبا.",
    "وقال كليفكن في مقابلة أجراها اليوم مع محطة تلفزيونية إن على بنك الطعام التخلص من المتاعب.",
    "وصرح المالكي للصحافيين: اليوم اتخذت دولة فلسطين خطوة مهمة وتاريخية.",
])
def test_today_of_a_happening_stays_an_event(sentence):
    assert reason(sentence, "اليوم") is None


def test_a_period_running_to_now_is_a_boundary():
    sentence = "وأوضحت أن عدد الذين قدمت لهم الوزارة الخدمات من ١ ذو القعدة وحتى الآن بلغ 1.6 مليون حاج."
    assert reason(sentence, "١ ذو القعدة", span=(date(2018, 7, 14), date(2018, 7, 14))) == "boundary"


@pytest.mark.parametrize("sentence, expression, days", [
    ("وقال إن الشركة الجديدة ستنفق نحو 40 مليار دولار على بناء شبكة خلوية خلال السنوات الثلاث المقبلة.",
     "السنوات الثلاث المقبلة", 1095),
    ("وتعتزم أثيوبيا إنفاق نحو 12 مليار دولار في مشاريع إنتاج الطاقة من أنهارها في العقدين المقبلين.",
     "العقدين المقبلين", 7300),
    ("كشف أمير قطر أن بلاده تخطط لضخ استثمارات مباشرة بقيمة 10 مليارات يورو (11.64 مليار دولار)في "
     "الاقتصاد الألماني خلال الـ5 سنوات المقبلة، بحسب الوكالة.", "5 سنوات المقبلة", 1825),
    ("وذكرت شركات أنه لن يكون بإمكانها البقاء في إيران خلال الأشهر الستة المقبلة.", "الأشهر الستة المقبلة", 182),
])
def test_a_window_of_coming_months_or_years_is_a_plan_or_forecast(sentence, expression, days):
    span = (date(2018, 5, 1), date.fromordinal(date(2018, 5, 1).toordinal() + days))
    assert reason(sentence, expression, span=span, value="FUTURE_REF") == "hypothetical"


def test_a_window_of_coming_weeks_may_hold_scheduled_happenings():
    sentence = "عندما يخوض فريقه ثلاث مباريات ودية خلال الأسبوعين المقبلين."
    span = (date(2018, 5, 27), date(2018, 6, 9))
    assert reason(sentence, "الأسبوعين المقبلين", span=span, value="FUTURE_REF") is None


@pytest.mark.parametrize("sentence, expression, days", [
    ("يشار إلى أن أبل وغوغل حافظتا على المركزين الأول والثاني خلال السنوات الخمس الماضية.",
     "السنوات الخمس الماضية", 1826),
    ("شهد المنتخب البرازيلي ثورة فنية خلال السنوات الأربع الماضية.", "السنوات الأربع الماضية", 1461),
])
def test_a_window_of_past_years_holds_a_trend(sentence, expression, days):
    span = (date.fromordinal(date(2018, 3, 26).toordinal() - days), date(2018, 3, 26))
    assert reason(sentence, expression, span=span, value="PAST_REF") == "generic"


def test_a_window_of_past_days_holds_happenings():
    sentence = "أفادت الوزارة بأن اتصالات جرت، في اليومين الماضيين، بين السلطات المغربية والهولندية."
    span = (date(2017, 6, 22), date(2017, 6, 23))
    assert reason(sentence, "اليومين الماضيين", span=span, value="PAST_REF") is None


YEAR = (date(2017, 1, 1), date(2017, 12, 31))
QUARTER = (date(2018, 4, 1), date(2018, 6, 30))
WEEK = (date(2015, 7, 27), date(2015, 8, 2))


@pytest.mark.parametrize("sentence, expression, span", [
    ("وشهدت تداولات اليوم ارتفاع أسهم 12 شركة في قيمتها، فيما تراجعت أسهم 151 شركة.", "اليوم", TODAY),
    ("وكانت أسهم شركات الإنماء وبوبا العربية الأكثر ارتفاعا اليوم، فيما جاءت أسهم شركات سلامة على رأس الشركات "
     "الأكثر انخفاضا.", "اليوم", TODAY),
    ("وهبط البلاديوم إلى 983.60 دولار للأوقية بعد أن سجل أقل سعر له عند 979.99 في تعاملات الليلة الماضية.",
     "الليلة الماضية", TODAY),
    ("وتقدر قيمة المنتجات الأمريكية التي استهدفتها الرسوم الصينية بـ50 مليار دولار في 2017، بحسب الوزارة.",
     "2017", YEAR),
    ("وتشير أرقام دائرة الإحصاء إلى أن عدد سكان إسرائيل في سبتمبر 2017 كان 6 ملايين و500 ألف.", "سبتمبر 2017", YEAR),
    # a measure word governing the period
    ("وجهت هواوي ضربة قوية لمنافستها أبل، وتفوقت عليها في مبيعات الربع الثاني من العام الجاري.",
     "الربع الثاني من العام الجاري", QUARTER),
    ("وقالت إدارة معلومات الطاقة إن مخزونات الخام الأمريكية انخفضت الأسبوع الماضي.", "الأسبوع الماضي", WEEK),
    ("وحل ثانيا في تصنيف العام الحالي المطعم الإسباني إل سيلير دي كان روكا.", "العام الحالي", YEAR),
])
def test_market_sessions_estimates_and_measured_periods_are_statistics(sentence, expression, span):
    grain = {YEAR: "year", QUARTER: "quarter", WEEK: "week"}.get(span, "day")
    assert reason(sentence, expression, span=span, grain=grain) == "statistic"


@pytest.mark.parametrize("sentence, expression, span", [
    ("وانتقل صلاح من بازل إلى تشيلسي في يناير 2014 بصفقة قيمتها 16.5 مليون جنيه.", "يناير 2014", YEAR),
    ("وكانت إسرائيل وقعت في أيلول/سبتمبر 2016 عقدا قيمته 10 مليارات دولار لتوريد الغاز.", "أيلول/سبتمبر 2016", YEAR),
    ("وكانت السفير اتخذت في شهر مارس قرارا بالتوقف عن الصدور لتتراجع عنه وتقرر خفض عدد صفحاتها.", "شهر مارس", YEAR),
    ("وخفضت الصين قيمة اليوان اليوم الثلاثاء بنحو اثنين بالمئة.", "اليوم الثلاثاء", TODAY),
    ("وارتفعت أسعار الذهب، الثلاثاء، مدعومة بالإقبال على الملاذات الآمنة.", "الثلاثاء", TODAY),
])
def test_a_deal_or_decision_with_a_value_stays_an_event(sentence, expression, span):
    assert reason(sentence, expression, span=span, grain="month" if span == YEAR else "day") is None


@pytest.mark.parametrize("sentence, expression, span", [
    ("محمد صلاح من مواليد 22 حزيران/يونيو 1992.", "22 حزيران/يونيو 1992", TODAY),
    ("هياتم من مواليد 22 يوليو عام 1949، بمحافظة الإسكندرية، عملت راقصة في الملاهي.", "22 يوليو عام 1949", TODAY),
    ("تبلغ فيروز 82 عاما (من مواليد العام 1936)، وبدأت مسيرتها الفنية بانضمامها لكورال الإذاعة.", "العام 1936", YEAR),
    ("وأوضح أن المهاجم المولود عام 1990 انضم إلى الفريق هذا الصيف.", "عام 1990", YEAR),
    ('المسماة "أحلام"، وهي ممرضة متمرنة مزداد سنة 1998، وعشيقها الجندي.', "سنة 1998", YEAR),
    ("ستخالف مواد قانون احترام رمضان لعام 1981، بحسب ما أوردته الصحيفة.", "عام 1981", YEAR),
    ("نظرا لعدم تنقيح القانون التوجيهي عدد 80 لسنة 2002 المؤرخ في 23 جويلية.", "سنة 2002", YEAR),
    ("بعد فضيحة منح دورة الألعاب الشتوية لعام 2002 الى مدينة سولت لايك سيتي.", "عام 2002", YEAR),
])
def test_birth_years_laws_and_games_are_labels(sentence, expression, span):
    assert reason(sentence, expression, span=span, grain="year" if span == YEAR else "day") == "label"


def test_a_birth_told_as_a_happening_stays_an_event():
    sentence = "وولدت كريمة عبود في الـ 18 من نوفمبر عام 1896 في مدينة الناصرة شمالي فلسطين."
    assert reason(sentence, "18 من نوفمبر عام 1896") is None


@pytest.mark.parametrize("sentence, expression, span, grain, expected", [
    ('وقال المصدر "ان اللجنة ستعلن قريبا، وقد يحصل ذلك مطلع الأسبوع المقبل".', "مطلع الأسبوع المقبل", WEEK, "week",
     "hypothetical"),
    ("وقال خبراء الارصاد إن الأمطار الغزيرة والبرد قد تحدث اليوم الأحد في أجزاء من جنوب غرب انجلترا.", "اليوم الأحد",
     TODAY, "day", "hypothetical"),
    ("أعلنت طيران الإمارات الخميس عن طلبية لشراء 36 طائرة، على أن يبدأ تسليم الطائرات في 2020.", "2020", YEAR,
     "year", "hypothetical"),
    ("وتوقعت المؤسسة أن يبلغ العجز 1.6% العام الحالي، على أن تتحول لتحقيق فائض العام المقبل.", "العام المقبل",
     YEAR, "year", "hypothetical"),
    ("مما سيسمح للمجلس التنفيذي للصندوق باتاحة صرف شريحة قيمتها 257 مليون دولار، بنهاية سبتمبر/أيلول.",
     "نهاية سبتمبر/أيلول", QUARTER, "month", "boundary"),
    ("وتختبر الشركة نسخة مطورة من التطبيق قبل إتاحته للعموم بنهاية الشهر الجاري.", "نهاية الشهر الجاري", QUARTER,
     "month", "boundary"),
])
def test_possible_times_terms_and_deadlines(sentence, expression, span, grain, expected):
    assert reason(sentence, expression, span=span, grain=grain) == expected


@pytest.mark.parametrize("sentence, expression", [
    ("وقد أعلن الوزير يوم الأحد عن خطة جديدة للنقل.", "يوم الأحد"),  # «قد» with a past verb: done
    ("واتفق الطرفان يوم الأحد على أن تستأنف المفاوضات.", "يوم الأحد"),  # the day of the agreement
])
def test_a_done_or_agreed_day_stays_an_event(sentence, expression):
    assert reason(sentence, expression) is None


@pytest.mark.parametrize("sentence, expression", [
    ("أعلن التحالف عن إحداث مجموعة خاصة بإفريقيا، على أن يبحث اجتماع الرباط في مايو المقبل سبل دعم الدول الإفريقية.",
     "مايو المقبل"),
    ("واختارت الشبكة عرض جانب من خريطتها، على أن تنضم باقي الأعمال للعرض مع بداية شهر رمضان.", "بداية شهر رمضان"),
])
def test_a_term_for_a_month_is_a_scheduled_happening(sentence, expression):
    assert reason(sentence, expression, span=QUARTER, grain="month") is None


RAMADAN = (date(2018, 5, 16), date(2018, 6, 14))


@pytest.mark.parametrize("sentence, expression, span, grain", [
    ('وأضافت: "المحاكم بيننا بعد رمضان، لأن هذا كذب على عقلية الناس".', "رمضان", RAMADAN, None),
    ("وتوقع المسؤول ذاته إقبالا من السوق الداخلية والجزائرية على جهة المهدية بعد شهر رمضان.", "شهر رمضان", RAMADAN,
     None),
    ("ولكن ليس من الواضح كم ستبذل ناسا من الجهد التمويلي بعد عام 2025.", "عام 2025", YEAR, "year"),
    ("ومن غير المتوقع أن يصدر بايدن بيانا بهذا الشأن قبل سبتمبر (أيلول) المقبل.", "سبتمبر (أيلول) المقبل", RAMADAN,
     "month"),
])
def test_a_period_right_after_before_or_after_is_an_edge(sentence, expression, span, grain):
    assert reason(sentence, expression, span=span, grain=grain) == "boundary"


def test_a_clock_time_after_after_is_a_happening():
    sentence = "كما اعلن المرصد انه تعرضت بعد منتصف ليل الاحد مناطق في مدينة داريا لقصف."
    start = sentence.index("منتصف ليل الاحد")
    mention = Mention("منتصف ليل الاحد", start, start + 15, "TIME", "2015-08-02T24:00", span=TODAY, grain="day")
    assert non_event_reason(sentence, (0, len(sentence)), mention) is None


@pytest.mark.parametrize("sentence, expression, span, grain, expected", [
    ('واكد الامين العام للمجلس لـ "اليوم" ان التجهيزات طالت قاعة الاجتماعات.', "اليوم", TODAY, "day", "label"),
    ('قال الملحق الثقافي في اتصال هاتفي لـ "اليوم" : إن الطالب المغدور يبلغ 23 عاما.', "اليوم", TODAY, "day", "label"),
    ("كما وافق على الترتيبات بشأن التوازن المالي في المملكة خلال 4 سنوات تنتهي في 2022.", "2022", YEAR, "year",
     "boundary"),
    ("ويبدأ الشتاء بأستراليا في مطلع يونيو وينتهي في نهاية أغسطس.", "نهاية أغسطس", QUARTER, "month", "boundary"),
])
def test_a_quoted_newspaper_and_the_end_of_a_running_period(sentence, expression, span, grain, expected):
    assert reason(sentence, expression, span=span, grain=grain) == expected


def test_a_quoted_today_in_speech_is_the_day():
    sentence = 'وقال: "اليوم" سنعلن القرار.'
    assert reason(sentence, "اليوم") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وقال الوزير إن عدد السكان سيبلغ 10 ملايين نسمة عام 2030.", "عام 2030"),
    ("وأوضح أن الشركة ستعيد تدوير 1300 طن من الألواح الشمسية في عام 2018.", "عام 2018"),
    ("وقال إن حوالي 25 ألف شاب من حاملي الشهائد العليا سيشرعون خلال أفريل المقبل في العمل.", "أفريل المقبل"),
])
def test_a_future_figure_for_a_period_is_a_forecast(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") == "statistic"


@pytest.mark.parametrize("sentence, expression", [
    ("وسيفتتح الرئيس المعرض في أفريل المقبل بحضور وفود من عشرين دولة.", "أفريل المقبل"),  # no figure
    ("وقتل 45 شخصا في هجوم عام 2016 وسيحاكم المتهمون قريبا.", "عام 2016"),  # the future verb comes after
])
def test_a_future_happening_or_a_past_count_is_no_forecast_figure(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") is None


@pytest.mark.parametrize("sentence, expression, expected", [
    ("قالت هواوي إنها حققت مبيعات أعلى بنسبة 15 بالمئة، وهي نفس الزيادة التي حققتها العام الماضي.", "العام الماضي",
     "statistic"),
    ("وسترفع أيضا المساعدات لترجمة الكتب من العبرية إلى الفرنسية بالنسبة نفسها العام المقبل.", "العام المقبل",
     "statistic"),
    ("يذكر أن نفس الوحدة السجنية قد شهدت أيضا الشهر الماضي أعمال شغب مماثلة.", "الشهر الماضي", None),
    ("وتسببت المشاكل الاقتصادية في مظاهرات مماثلة في مدن إقليمية في أواخر ديسمبر.", "أواخر ديسمبر", None),
])
def test_the_same_amount_as_a_period_is_a_statistic(sentence, expression, expected):
    assert reason(sentence, expression, span=YEAR, grain="month") == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("وتحقق الصالونات أرباحا كبيرة توازي أرباحها طيلة العام.", "العام", "generic"),
    ("ثلاثة أصناف يتم عرضها طوال السنة لكل المناطق حولها.", "السنة", "generic"),
    ("وقال موقع بوكينغ إن سعر حجز الحجرة الفندقية يبدأ من 500 دولار في الليلة.", "الليلة", "statistic"),
    ("وتبلغ تكاليف الليلة هناك 200 دولار شاملة المسكن والمأكل.", "الليلة", "statistic"),
    ("كما يتوقع توفير مليون فرصة عمل حتى حلول عام 2030.", "عام 2030", "boundary"),
])
def test_all_year_round_a_nightly_rate_and_until_a_year(sentence, expression, expected):
    assert reason(sentence, expression, span=YEAR, grain="year") == expected


def test_the_same_period_of_another_year_written_with_dhat():
    sentence = "تزامنت مع استعادة المواد الأولية لنسقها المسجل خلال ذات الفترة من سنة 2014، لتبلغ نسبة النمو 6ر4 بالمائة."
    assert reason(sentence, "ذات الفترة من سنة 2014", span=YEAR, grain="month") == "statistic"


THEN_AND_NOW = "وأضاف أن أي جزء يستهدف من هذا الوطن هو استهداف للوطن بأكمله، وبالأمس كانوا في مساجد المنطقة الشرقية، " \
               "واليوم نراهم في مساجد معسكراتنا في المنطقة الجنوبية."


@pytest.mark.parametrize("sentence, expression", [
    (THEN_AND_NOW, "الأمس"),
    (THEN_AND_NOW, "اليوم"),
    ("وقال المغرد: بالأمس كانوا خداما لضيوف الرحمن، اليوم هم ضيوف الرحمن!", "الأمس"),
])
def test_then_against_now_is_a_figure_of_speech(sentence, expression):
    assert reason(sentence, expression) == "generic"


@pytest.mark.parametrize("sentence, expression", [
    ("ووصل الوزير اليوم إلى الرياض بعد أن التقى بالأمس نظيره الكويتي.", "اليوم"),  # not opening clauses
    ("والثلاثاء، ولليوم الثاني على التوالي، واصل تجار البازار الإضراب.", "الثلاثاء"),
    ("وقتل 27 شخصا على الاقل بالأمس لدى خروج قطاري ركاب عن السكة.", "الأمس"),
])
def test_yesterday_and_today_of_happenings_stay_events(sentence, expression):
    assert reason(sentence, expression) is None


@pytest.mark.parametrize("sentence, expression, expected", [
    ("ويدفع المحامون الإيرانيون بأن تلك العقوبات تنتهك معاهدة صداقة عام 1955 بين البلدين.", "عام 1955", "label"),
    ("وقضت المحكمة باستمرار سريان معاهدة عام 1955 على الرغم من توقيعها قبل الثورة.", "عام 1955", "label"),
    ("بسبب العقود التي أبرموها مع طهران إثر الاتفاق النووي عام 2015.", "عام 2015", "label"),
    ("وهي الاتفاقية الموقعة بين البلدين عام 1974 والتي تنظم الحدود.", "عام 1974", None),  # the signing
    ("ووقع البلدان الاتفاق في عام 2015 بعد مفاوضات طويلة.", "عام 2015", None),
])
def test_a_year_right_after_a_treaty_names_it(sentence, expression, expected):
    assert reason(sentence, expression, span=YEAR, grain="year") == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("تقلصت المدخرات إلى مستوى 12261 مليون دينار، مقابل 13295 مليون دينار في نفس التاريخ من سنة 2016.",
     "نفس التاريخ من سنة 2016", "statistic"),
    ("وشكلت مديريات الزراعة لجانا ميدانية لخرص التمور اعتبار من الثامن من الشهر المقبل.", "الثامن من الشهر المقبل",
     "boundary"),
])
def test_the_same_date_of_another_year_and_a_misspelt_from_date(sentence, expression, expected):
    assert reason(sentence, expression) == expected


SPAN_OF_YEARS = (date(1989, 1, 1), date(2003, 12, 31))


@pytest.mark.parametrize("sentence, expression", [
    ("وكارار كان أمينا عاما للجنة الاولمبية الدولية بين 1989 و2003، وكان قاضيا في محكمة التحكيم الرياضية.",
     "بين 1989 و2003"),
    ("تتضمن انتقادات لاذعة للمدرب، الذي أشرف على النادي لثلاثة مواسم بين 2013 و2016.", "بين 2013 و2016"),
    ("وربطته قصة حب بالأديبة سيمون دو بوفوار التي عاش معها بين 1952 و1959.", "بين 1952 و1959"),
    ("و حكمت اليابان شبه الجزيرة الكورية من 1910 إلى 1945.", "من 1910 إلى 1945"),
])
def test_a_post_or_a_life_over_years_is_a_state(sentence, expression):
    assert reason(sentence, expression, span=SPAN_OF_YEARS, value="1989/2003", grain="year") == "generic"


@pytest.mark.parametrize("sentence, expression, span", [
    ("بدا ترمب متفائلا حيال فرص السلام في شبه الجزيرة الكورية المقسمة منذ الحرب الكورية 1950-1953.", "1950-1953",
     SPAN_OF_YEARS),
    ("كانت أسر الضحايا سعت إلى تحميل السلطة الفلسطينية ومنظمة التحرير المسؤولية عن ست وقائع إطلاق نار وتفجير بين "
     "عامي 2002 و2004 في منطقة القدس.", "بين عامي 2002 و2004", SPAN_OF_YEARS),
    ("وكان الرئيس قد زار المدينة عام 1995.", "عام 1995", (date(1995, 1, 1), date(1995, 12, 31))),  # a single year
])
def test_a_war_or_attacks_over_years_or_a_visit_in_a_year_stay_events(sentence, expression, span):
    assert reason(sentence, expression, span=span, value="X", grain="year") is None


@pytest.mark.parametrize("sentence, expression, expected", [
    ("وعندما يحتج الإعلام على ارتفاع عدد السجناء إلى 22 ألفا، وزيادة عقوبات الإعدام في العام الماضي إلى 865 حالة.",
     "العام الماضي", "statistic"),
    ("وقررت الحكومة زيادة رواتب الموظفين في يناير الماضي بعد احتجاجات واسعة.", "يناير الماضي", None),  # no figure
])
def test_an_increase_with_a_figure_for_a_period(sentence, expression, expected):
    assert reason(sentence, expression, span=YEAR, grain="year") == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("ووفق معطيات احصائية فقد بلغت العائدات السياحية، الى يوم 20 جانفي 2017، حوالي 75،4 م د مقابل 72،5 م د.",
     "يوم 20 جانفي 2017", "statistic"),
    ("تقلصت المدخرات من العملة الصعبة الى يوم 26 جانفي 2017 الى مستوى 12261 مليون دينار.", "يوم 26 جانفي 2017",
     "statistic"),
    ("وبحسب إحصاءات الشرطة، فإن نيويورك سجلت 600 حادثة إطلاق نار من بداية العام الجاري إلى السابع من أكتوبر الحالي.",
     "السابع من أكتوبر الحالي", "statistic"),
    ("وقررت المحكمة تأخير القضية إلى يوم 5 جويلية المقبل.", "يوم 5 جويلية المقبل", None),
    ("وتعود حيثيات القضية إلى يوم 19 جانفي 2016 عندما قدّم أحد الحرفاء لسائق تاكسي ورقة نقدية من فئة 20 دينار.",
     "يوم 19 جانفي 2016", None),
])
def test_a_figure_counted_up_to_a_date(sentence, expression, expected):
    assert reason(sentence, expression) == expected


@pytest.mark.parametrize("sentence", [
    "وجود العلاقات لا يضمن ظهور كل النجوم، بعضهم لديهم ظروفهم، اليوم لا أنظر لاسم الفنان بقدر ما أنظر للمتعة.",
    "وهي لا تحزن اليوم بالضرورة لرؤية زملائها المخرجين السوريين يعيشون في منفاهم.",
    "وقال إن الحزب لا يزال اليوم أكبر قوة سياسية في البلاد.",
    "مؤكدا أن التلفزيون لم يعد اليوم المصدر الأول للأخبار.",
])
def test_today_beside_a_denied_or_lasting_present_is_nowadays(sentence):
    assert reason(sentence, "اليوم") == "generic"


@pytest.mark.parametrize("sentence", [
    'كان المخرج قد لقب قبل عقود بـ "أغبى سويسري موال للصين"، فهل يلقب اليوم بـ "أغبى سويسري موال للعرب؟".',
    "وذلك بالنظر إلى حال البلاد قبل خمس سنوات والنظر إليها اليوم مع الاستعدادات للانتخابات.",
    'وأضاف: "في تلك الأوقات كان المسؤولون الأمريكيون متشائمين من وضع العراق، واليوم، ومع وجود الانقسامات، هناك تفاؤل".',
    "كانت المدينة في الماضي قرية صغيرة، وهي تستقبل اليوم آلاف الزوار.",
])
def test_today_set_against_a_time_long_past_is_nowadays(sentence):
    assert reason(sentence, "اليوم") == "generic"


@pytest.mark.parametrize("sentence", [
    # a day's happening: no denial beside «اليوم», no time long past before it
    "وأعلن الوزير اليوم أنه لا ينوي الترشح للانتخابات.",
    "لم يعقد المجلس جلسته أمس، وسيعقدها اليوم بحضور الوزير.",
    # (a columnist's «سأنشر اليوم قصة قديمة، قبل عامين …» is his own writing, generic: test_detect_habits_and_nowadays)
    "وتلقى الرئيس اليوم اتصالا من نظيره، قبل عامين من انتهاء ولايته.",
    "وتجري ميركل اليوم محادثات مع كريستين لاجارد مديرة صندوق النقد الدولي.",
])
def test_today_of_a_happening_stays_an_event(sentence):
    assert reason(sentence, "اليوم") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وكان المركز الثالث من نصيب المطعم الفرنسي الذي يديره الطاهي الأرجنتيني الذي حل رابعا العام 2017.", "العام 2017"),
    ("وحلت أبل في المركز الأول عام 2018 من حيث قيمة علامتها التجارية.", "عام 2018"),
    ("واحتلت الجامعة المرتبة 78 عام 2016 في تصنيف شنغهاي.", "عام 2016"),
    ("وجاء المنتخب ثالثا في 2015 خلف ألمانيا وفرنسا.", "2015"),
])
def test_a_rank_for_a_period_is_a_statistic(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") == "statistic"


@pytest.mark.parametrize("sentence, expression, span, grain", [
    # the rank follows another verb, or the rank is a race's on a day
    ("وكان قد ترشح في انتخابات الرئاسة في 2012 وجاء في المركز الرابع.", "2012", YEAR, "year"),
    ("وافتتح المركز الثقافي عام 2015 بحضور الوزير.", "عام 2015", YEAR, "year"),
    ("وحل العداء المغربي ثانيا الأحد في سباق الماراثون.", "الأحد", TODAY, "day"),
])
def test_a_rank_elsewhere_or_on_a_day_stays_an_event(sentence, expression, span, grain):
    assert reason(sentence, expression, span=span, grain=grain) is None


@pytest.mark.parametrize("sentence, expression, expected", [
    ("ويتوقع أن يزور برج إيفل نحو سبعة ملايين سائح في عام 2018 وحده.", "عام 2018", "statistic"),
    ("واستقبلت المدينة حوالي ثلاثة آلاف مهاجر خلال العام 2016.", "العام 2016", "statistic"),
    ("وزار المغرب أكثر من مليون سائح صيني في 2017.", "2017", "statistic"),
    # a count in words after the period tells what the happening did
    ("وأسفرت الحرب التي اندلعت في 2013 عن مصرع عشرات آلاف الأشخاص ودفعت نحو أربعة ملايين إلى الفرار.", "2013", None),
    ("إذ كان أول ظهور له في بيونغيانغ عام 2005 في حفل حضره حوالي سبعة آلاف شخص.", "عام 2005", None),
])
def test_a_count_of_thousands_in_words_before_a_period(sentence, expression, expected):
    assert reason(sentence, expression, span=YEAR, grain="year") == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("وفي النصف الأول من العام الجاري، سجلت نيو مبيعات بقيمة 7 ملايين دولار فقط، لتخسر 503 مليون دولار.",
     "النصف الأول من العام الجاري", "statistic"),
    ("وفي 2017، بلغت قيمة صادرات الاتحاد الأوروبي إلى الولايات المتحدة من الصلب 5,3 مليار يورو.", "2017", "statistic"),
    ("وفي نهاية شهر يوليو، بلغ عدد السيارات المطلوبة من نيو 17 ألف سيارة، لكنها سلمت أقل من 500 سيارة فقط.",
     "نهاية شهر يوليو", "statistic"),
    ("وخلال العام الماضي (من يناير إلى ديسمبر)، ارتفعت الصادرات بنسبة 12 بالمئة.", "العام الماضي", "statistic"),
    # the period opens a happening: no measure word, or one in a later phrase
    ("وفي الشهر الماضي، فرضت الولايات المتحدة رسوما جمركية بنسبة 25 في المئة على بضائع صينية بلغت قيمتها 34 مليار "
     "دولار.", "الشهر الماضي", None),
    ("وفي أوائل أبريل الماضي، فرضت حكومة روحاني سعرا موحدا للعملة قدره 42 ألف ريال للدولار.", "أوائل أبريل الماضي", None),
    ("وفي عام 2000، تبرع واينستين بمبلغ 2.3 مليون دولار لصالح حملة باراك أوباما.", "عام 2000", None),
])
def test_a_period_opening_the_sentence_dates_the_measure_after_it(sentence, expression, expected):
    assert reason(sentence, expression, span=YEAR, grain="year") == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("ولم يتم تحديد تاريخ أو مكان لعقد اللقاء بعد لكنه قد يعقد في مايو أيار.", "مايو أيار", "hypothetical"),
    ("وقال المحلل إن البنك المركزي قد يخفض سعر الفائدة في نوفمبر القادم.", "نوفمبر القادم", "hypothetical"),
    # a past verb after «قد»: a happening
    ("وكان الاتحاد الأفريقي قد ندد منتصف كانون الثاني/يناير بتصريحات ترامب.", "منتصف كانون الثاني/يناير", None),
    ("وكانت بلدان الاتحاد الأوروبي قد توصلت في سبتمبر 2015 إلى وضع خطة لتوزيع اللاجئين.", "سبتمبر 2015", None),
])
def test_qad_with_a_present_verb_is_a_possibility(sentence, expression, expected):
    assert reason(sentence, expression, span=YEAR, grain="month") == expected


FEAST = (date(2017, 6, 25), date(2017, 6, 25))


@pytest.mark.parametrize("sentence, expression", [
    ("يحتفل أهل مراكش، كباقي المدن المغربية وكل بلاد المسلمين، بعيد الفطر.", "عيد الفطر"),
    ("على غرار باقي مناطق المغرب، يكتسي الاحتفال بعيد الفطر في ربوع سوس طابعا خاصا.", "عيد الفطر"),
    ("وتحظى صالونات الزينة والحلاقة والحناء باقبال منقطع النظير في عيد الفطر، وتحقق أرباحا كبيرة.", "عيد الفطر"),
    ("وتعرف أسواق المواشي إقبالا كبيرا في الأيام الأخيرة من شهر رمضان.", "شهر رمضان"),
])
def test_a_feast_in_a_habit_told_in_the_present_is_generic(sentence, expression):
    assert reason(sentence, expression, span=FEAST) == "generic"


@pytest.mark.parametrize("sentence, expression", [
    # a day named, a past telling, or a habit word beside a weekday only in another clause
    ("ويحتفل الموريتانيون بعيد الفطر يوم الأحد مثل غالبية الدول العربية.", "عيد الفطر"),
    ("واحتفلت الجالية بعيد الفطر في ساحة المسجد الكبير.", "عيد الفطر"),
    ("وتم الكشف عن فقرات المهرجان خلال ندوة صحفية، مساء الخميس، مبينين أن الدورة الرابعة تحظى بدعم الوزارة.",
     "مساء الخميس"),
])
def test_a_feast_or_a_day_outside_a_present_habit_stays_an_event(sentence, expression):
    assert reason(sentence, expression, span=FEAST) is None


@pytest.mark.parametrize("sentence, expression", [
    ("ويفترض أن تدخل هذه الضريبة ضمن السنة المالية 2018 - 2019، حيث سيدفع كل مستخدم مبلغ 200 شلن يوميا.",
     "2018 - 2019"),
    ("وأقر البرلمان ميزانية العام المالي 2019 بأغلبية ضئيلة.", "2019"),
])
def test_a_fiscal_year_is_a_label(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") == "label"


@pytest.mark.parametrize("sentence, expression, expected", [
    ("اعتمد البنك خلال النصف الأول من العام الحالي قروضا لتمويل 2155 مشروعا بقيمة تجاوزت 309 ملايين ريال.",
     "النصف الأول من العام الحالي", "statistic"),
    ("وأعلنت بكين عن فائض تجاري بقيمة 28.1 مليار دولار مع الولايات المتحدة في يوليو/تموز.", "يوليو/تموز", "statistic"),
    ("وواصل العجز التجاري تراجعه بنسبة 4ر8 بالمائة، ليبلغ 8ر7043 م د موفى جويلية 2015، مقابل 1ر7687 م د.",
     "موفى جويلية 2015", "statistic"),
    # an age, a cost told of a happening
    ("وتوفي والد سارا عام 2015 عن عمر ناهز 47 عاما نتيجة إصابته بمرض سرطان الكبد.", "عام 2015", None),
])
def test_a_level_exceeded_reached_or_totalled_is_a_statistic(sentence, expression, expected):
    assert reason(sentence, expression, span=YEAR, grain="year") == expected


@pytest.mark.parametrize("sentence, expression, grain, expected", [
    ("وسجلت ثلاث حالات عام 2006 بسبب عدم دفع تكاليف العلاج، وسجلت خمس حالات عام 2007، وست حالات في 2008.",
     "عام 2007", "year", "statistic"),
    ("ونتج عن هذا أن تراجعت ثقة الشركات للشهر الثاني على التوالي من أعلى مستوى في سبع سنوات المسجل في فبراير شباط.",
     "فبراير شباط", "month", "statistic"),
    # a «منذ» and a told happening between the measure and the period: the period dates that happening
    ("واجتذب السهم صائدي الصفقات بعدما هبط 17 في المئة منذ استئناف تداوله في الثالث من أغسطس آب.",
     "الثالث من أغسطس آب", "day", None),
    ("الذي ارتفع عدد متابعيه بمعدل ثلاثة أضعاف منذ انتخابه رئيسا للجمهورية في أيار/مايو 2017.", "أيار/مايو 2017",
     "month", None),
])
def test_a_count_in_words_is_a_figure_and_since_dates_the_opening_happening(sentence, expression, grain, expected):
    span = TODAY if grain == "day" else YEAR
    assert reason(sentence, expression, span=span, grain=grain) == expected


@pytest.mark.parametrize("sentence, expression", [
    ("وتمثل الدفعة مستحقات المزارعين الذين أقفلوا حسابات التوريد من بداية الموسم وحتى تاريخ 21/10/1436هـ.",
     "21/10/1436هـ"),
    ("ويتواصل قبول الملفات إلى غاية تاريخ 30 جوان 2017.", "30 جوان 2017"),
])
def test_up_to_the_date_written_out_is_a_boundary(sentence, expression):
    assert reason(sentence, expression) == "boundary"


DAY = (date(2017, 12, 24), date(2017, 12, 24))


@pytest.mark.parametrize("sentence, expression, expected", [
    # the date a proposal or a call puts forward: a coming one, or one after the holding of what is proposed
    ("قال رئيس حزب آفاق تونس إن حزبه اقترح إجراء الانتخابات البلدية يوم 24 ديسمبر القادم.", "يوم 24 ديسمبر القادم",
     "hypothetical"),
    ("وأشار إلى أن الهيئة العليا المستقلة للانتخابات اقترحت يوم 26 نوفمبر القادم، لكن أحزابا أخرى رفضت ذلك.",
     "يوم 26 نوفمبر القادم", "hypothetical"),
    ("لكن آفاق تونس وعدد من الأحزاب الأخرى دعوا إلى تنظيمها يوم 24 ديسمبر 2017، نظرا لتزامن الموعد مع الميزانية.",
     "يوم 24 ديسمبر 2017", "hypothetical"),
    ("وتقترح النقابة عقد جلسة تفاوض جديدة مع الحكومة يوم 24 ديسمبر بمقر الوزارة.", "يوم 24 ديسمبر", "hypothetical"),
    # the day the proposal was made
    ("اقترحت المفوضية الأوروبية اليوم الاثنين حظر المنتجات البلاستيكية التي تستخدم مرة واحدة.", "اليوم الاثنين", None),
    ("وجاء إعلان أردوغان عقب اجتماعه بدولت بهتشلي الذي اقترح الثلاثاء إجراء انتخابات مبكرة.", "الثلاثاء", None),
    # a relative clause between: the date another verb set
    ("وتدعم الحركة مقترح الهيئة لإجراء الانتخابات في الموعد الذي حددته (24 ديسمبر 2017).", "24 ديسمبر 2017", None),
])
def test_a_proposed_date_is_no_happening(sentence, expression, expected):
    assert reason(sentence, expression, span=DAY) == expected


MONTHS = (date(2015, 9, 1), date(2015, 11, 30))


@pytest.mark.parametrize("sentence, expression, span, expected", [
    ("وقالت المؤسسة إنها تريد شحن الكميات خلال الفترة من أيلول إلى تشرين الثاني.", "من أيلول إلى تشرين الثاني",
     MONTHS, "hypothetical"),
    ("وأشارت الصحيفة إلى أن نجله يرغب في خوض والده المنافسة على الرئاسة عام 2016.", "عام 2016", YEAR, "hypothetical"),
    ("ويتمنى المدرب أن يعود اللاعب إلى التدريبات الجماعية الشهر المقبل.", "الشهر المقبل", MONTHS, "hypothetical"),
    # a wanted week or day is scheduled; a relative clause tells a happening set for then
    ("وكان يرغب في المشاركة ببطولة العالم التي تستضيفها جاكرتا الأسبوع المقبل.", "الأسبوع المقبل",
     (date(2018, 7, 30), date(2018, 8, 5)), None),
    ("ويريد الوزير لقاء نظيره الفرنسي الأحد في باريس.", "الأحد", TODAY, None),
])
def test_a_wished_period_is_no_happening(sentence, expression, span, expected):
    assert reason(sentence, expression, span=span) == expected


HALF_YEAR = (date(2015, 2, 7), date(2015, 8, 6))


@pytest.mark.parametrize("sentence, expression, value, expected", [
    ("ويعد استهداف المساجد أحد مخططات التنظيم، حيث تكررت في مساجد المنطقة الشرقية أكثر من مرة خلال الأشهر الستة "
     "الماضية.", "الأشهر الستة الماضية", "PAST_REF", "generic"),
    ("وشهدت المدينة انقطاعات متكررة للتيار الكهربائي طوال الشهر الماضي.", "الشهر الماضي", "2015-07", "generic"),
    ("وقد تعرض الموقع للقصف عدة مرات خلال العام الماضي.", "العام الماضي", "2014", "generic"),
    # repeated cuts told as what happened in Ramadan; the last of the attempts, in a clause of its own
    ("مشيرا إلى انقطاع متكرر شهدته المدينة الجبلية في شهر رمضان.", "شهر رمضان", "2015-06", None),
    ("وحاولت الميليشيات عدة مرات استهدافهما، وكانت آخرها خلال الأسبوع الماضي.", "الأسبوع الماضي", "2015-W30", None),
    # a relative clause tells another verb
    ("ودعا نتنياهو مرارا إلى إلغاء الاتفاق الذي أبرم خلال عام 2015.", "عام 2015", "2015", None),
])
def test_a_happening_repeated_through_a_window_is_generic(sentence, expression, value, expected):
    assert reason(sentence, expression, span=HALF_YEAR, value=value, grain="month") == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("وفق ما أبرزه التقرير الشهري للوضع الطاقي بتونس والخاص بشهر أفريل من سنة 2017", "شهر أفريل من سنة 2017",
     "statistic"),
    ("حسب التقرير السنوي للبنك المركزي الخاص بسنة 2017.", "سنة 2017", "statistic"),
    ("وذلك بحسب الحصيلة الشهرية للوزارة المتعلقة بشهر مارس 2017.", "شهر مارس 2017", "statistic"),
    # an edition held that year, a celebration: no report
    ("والذي شهد حضور المغرب ضيف شرف على الدورة الثالثة الخاصة بسنة 2017.", "سنة 2017", None),
])
def test_the_period_a_report_is_for_is_a_statistic(sentence, expression, expected):
    assert reason(sentence, expression, span=YEAR, grain="month") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("وأعلن وزراء خارجية الدول الثلاث الموقعة على اتفاق2015، في بيان مشترك أنهم يأسفون.", "label"),
    ("أولمبياد2015: رياح عاتية تحدث فوضى في منافسات ألواح التزلج", "label"),
    ("وتأهل المنتخب إلى مونديال2015 بعد فوزه على غانا.", "label"),
    # a particle written onto the year
    ("وكان لقاؤه بالمصمم في2015 مصيريا وساهم في ترسيخ أسلوبه.", None),
    ("وتم إقرار قانون التعطيل الأوروبي في2015 للالتفاف على العقوبات.", None),
])
def test_a_year_written_onto_a_name_is_a_label(sentence, expected):
    span = (date(2015, 1, 1), date(2015, 12, 31))
    assert reason(sentence, "2015", span=span, value="2015", grain="year") == expected


@pytest.mark.parametrize("sentence, expression, first, last, expected", [
    # fame, a reputation, the age of a thing, a production, a flourishing, a habit: a state over the decade
    ("وينوي الجنرال الذهاب إلى فارياب بصفته نائبا للرئيس وليس زعيم حرب معروفا بقسوته أثناء الحرب الأهلية في "
     "التسعينات.", "التسعينات", 1990, 1999, "generic"),
    ("يقدم المعرض مجموعة من الوثائق النادرة المتعلقة بالمتحف ترجع إلى ثلاثينات القرن الماضي.", "ثلاثينات القرن الماضي",
     1930, 1939, "generic"),
    ("هناك على المعبر حيث ازدهرت حركة التجارة بين البلدين في السبعينات والثمانينات.", "السبعينات والثمانينات", 1970,
     1989, "generic"),
    ('التي لعبت دور لويز لاين في المسلسل التلفزيوني "لويس وكلارك" الذي أنتج في التسعينيات من القرن العشرين.',
     "التسعينيات من القرن العشرين", 1990, 1999, "generic"),
    ("المصارعة تتجاوب مع الأحداث العالمية، وكنا نشاهد في التسعينيات مصارعين من العراق.", "التسعينيات", 1990, 1999,
     "generic"),
    # a happening dated by a decade
    ("وأغلقت دور السينما في أوائل الثمانينات باعتبارها لا تتوافق مع تفسير متشدد.", "أوائل الثمانينات", 1980, 1983, None),
    ("ولد بالحسيمة، ثم هاجر إلى هولندا في ثمانينيات القرن الماضي.", "ثمانينيات القرن الماضي", 1980, 1989, None),
    ("ولم تتزوج كريمة وبقيت في بيت لحم، وتوفيت في نهاية ستينيات القرن الماضي.", "نهاية ستينيات القرن الماضي", 1967,
     1969, None),
])
def test_a_state_over_a_decade_is_generic(sentence, expression, first, last, expected):
    span = (date(first, 1, 1), date(last, 12, 31))
    assert reason(sentence, expression, span=span, value=str(first)[:3], grain="decade") == expected


def test_a_day_a_case_goes_back_to_stays_an_event():
    sentence = "يذكر أن أطوار هذه القضية تعود إلى يوم 4 جوان 2015 عندما تعرض الضحية إلى عملية براكاج."
    assert reason(sentence, "يوم 4 جوان 2015", span=(date(2015, 6, 4), date(2015, 6, 4))) is None


@pytest.mark.parametrize("sentence, expression, span, grain, expected", [
    ("وسجلت ثلاث حالات عام 2006 بسبب عدم دفع تكاليف العلاج، وسجلت خمس حالات عام 2007، وست حالات في 2008، وثلاث "
     "حالات في 2009.", "2008", (date(2008, 1, 1), date(2008, 12, 31)), "year", "statistic"),
    ("وسجلت ثلاث حالات عام 2006 بسبب عدم دفع تكاليف العلاج، وسجلت خمس حالات عام 2007، وست حالات في 2008، وثلاث "
     "حالات في 2009.", "2009", (date(2009, 1, 1), date(2009, 12, 31)), "year", "statistic"),
    ('فقد بلغت عائدات فيلم "مصير الغاضب"، وهو الجزء الثامن والأحدث في تلك السلسلة، نحو 532.5 مليون دولار في عطلة '
     "عيد الفصح حول العالم.", "عيد الفصح", (date(2017, 4, 16), date(2017, 4, 16)), "day", "statistic"),
    ("وارتفعت صادرات الشركة إلى أوروبا، 300 ألف طن في شهر مارس الماضي.", "شهر مارس الماضي",
     (date(2017, 3, 1), date(2017, 3, 31)), "month", "statistic"),
    # no measure before; a clause with a verb of its own
    ("وقتل مسلحون 20 شخصا في القرية، و15 آخرين يوم الأحد في قرية مجاورة.", "يوم الأحد",
     (date(2017, 4, 16), date(2017, 4, 16)), "day", None),
    ("وارتفعت الأسعار خلال الأسبوع، وفي يوم الأحد أعلنت الحكومة 3 إجراءات جديدة لحماية المستهلك.", "يوم الأحد",
     (date(2017, 4, 16), date(2017, 4, 16)), "day", None),
])
def test_a_clause_going_on_with_a_figure_is_a_statistic(sentence, expression, span, grain, expected):
    assert reason(sentence, expression, span=span, grain=grain) == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("أجرى الاتحاد الأوروبي لكرة القدم قرعة المجموعات لدوري أبطال أوروبا، الخميس، وذلك لموسم 2018/ 2019.", "2019",
     "label"),
    ("هل بات صلاح، الذي فاز الأحد الماضي بلقب أفضل لاعب بالدوري الإنكليزي للموسم 2018/2017، في مستوى ميسي؟", "2017",
     "label"),
    ("بواقع 100 مليون دولار سنويا، ابتداء من السنة المالية 2019/2020 وذلك لدعم مشاريع تنموية.", "2020", "label"),
    # years further apart, a dash: a range or a list
    ("وشهد البلد حربا أهلية طويلة امتدت بين 1975/1990 بحسب المؤرخين.", "1990", None),
])
def test_the_second_of_two_slashed_years_names_a_season(sentence, expression, expected):
    year = int(expression)
    span = (date(year, 1, 1), date(year, 12, 31))
    assert reason(sentence, expression, span=span, value=expression, grain="year") == expected


MONTH = (date(2018, 11, 1), date(2018, 11, 30))


@pytest.mark.parametrize("sentence, expression, expected", [
    # «قد يبدأ» before a period: a possibility, found first (tests/test_detect_limits.py)
    ("وتتوقع الخبيرة أنه قد يبدأ المركزي في تخفيض سعر الفائدة في نوفمبر القادم في حالة غياب المؤثرات التضخمية.",
     "نوفمبر القادم", "hypothetical"),
    ("ولا يعتقد كثير من خبراء الاقتصاد أن أسعار النفط ستظل مرتفعة عند مستوياتها الحالية في نوفمبر القادم.",
     "نوفمبر القادم", "statistic"),
    ("ويرى المحللون أن سعر صرف الدينار سيتراجع أمام اليورو خلال شهر نوفمبر المقبل.", "شهر نوفمبر المقبل", "statistic"),
    # a belief about a happening, no measure
    ("ويعتقد المحققون أن المهاجم وصل إلى المدينة في نوفمبر الماضي قادما من بلجيكا.", "نوفمبر الماضي", None),
])
def test_a_belief_or_an_expectation_about_a_measure_is_a_forecast(sentence, expression, expected):
    assert reason(sentence, expression, span=MONTH, grain="month") == expected


# a day's market move is a happening (the dev gold: «تراجع اليورو اليوم لأدنى مستوى في خمسة أسابيع عند 1.1577 دولار»);
# a day alone between commas with its figure in the next clause stays one
@pytest.mark.parametrize("sentence, expression", [
    ("ارتفعت أسعار النفط العالمية، الإثنين، بمعدل 1.2%، وسجلت العقود الآجلة 81.4 دولار للبرميل.", "الإثنين"),
    ("افتتحت بورصة تونس معاملات، الاثنين، في المنطقة الحمراء مسجلة تراجعا بنسبة 0.06 بالمائة.", "الاثنين"),
    ("وهذه المرة الثانية التي يرفع فيها البنك المركزي نسبة الفائدة، ففي 26 أفريل، أعلن البنك رفع سعر الفائدة 50 نقطة "
     "لتبلغ 4.75 %.", "26 أفريل"),
])
def test_a_days_market_move_stays_an_event(sentence, expression):
    assert reason(sentence, expression) is None


@pytest.mark.parametrize("sentence, expression, span, grain, expected", [
    ("وحدد مادورو موعدا مبكرا للانتخابات الرئاسية التي باتت في أبريل، بعد أن كانت مقررة في نهاية السنة.", "نهاية السنة",
     (date(2018, 9, 1), date(2018, 12, 31)), "year", "hypothetical"),
    ("الذي اقترح الثلاثاء إجراء انتخابات مبكرة بدلا من موعدها المقرر أواخر 2019.", "أواخر 2019",
     (date(2019, 9, 1), date(2019, 12, 31)), "year", "hypothetical"),
    ("وكان من المقرر أن يعقد الرئيس الأميركي وزعيم كوريا الشمالية قمة في سنغافورة في 12 حزيران/يونيو، لكن ترمب ألغى "
     "القمة.", "12 حزيران/يونيو", TODAY, "day", "hypothetical"),
    ("وذكرت رابطة الدوري إنه تقرر تأجيل المباراة التي كانت مقررة بين الفريقين يوم السبت إلى موعد لاحق.", "يوم السبت",
     TODAY, "day", "hypothetical"),
    # a day kept, late: no calling off
    ("وكان مقررا أن يصل نيمار صباح الجمعة على متن طائرة، لكنه تأخر قليلا ووصل على متن طائرة خاصة.", "صباح الجمعة",
     TODAY, "day", None),
    # a fixed date, no past schedule
    ("وتجري الانتخابات المقررة في نهاية السنة وسط توتر سياسي.", "نهاية السنة", (date(2018, 9, 1), date(2018, 12, 31)),
     "year", None),
])
def test_a_past_schedule_called_off_is_no_happening(sentence, expression, span, grain, expected):
    assert reason(sentence, expression, span=span, grain=grain) == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("وصعدت معظم الأسهم مع ارتفاع المعنويات بفعل بيانات أظهرت قفزة في إنفاق المستهلكين خلال شهر رمضان.", "شهر رمضان",
     "statistic"),
    ("وهو ما ينبئ بتراجع أكبر في العجز التجاري في نهاية السنة الحالية.", "نهاية السنة الحالية", "statistic"),
    ("وينتظر المحللون ظهور نتائج المبيعات في الربع الثاني من العام الجاري.", "الربع الثاني من العام الجاري", "statistic"),
    # tunnels, not spending; a relative clause describing a noun; a told happening between
    ("كما رفعت أسعار مترو الأنفاق في أيار/مايو الماضي.", "أيار/مايو الماضي", None),
    ("هاجمت الميليشيات محطتي تصدير نفطيتين، والتي تشكل مصدر غالبية صادرات ليبيا النفطية في شهر حزيران/يونيو 2018.",
     "شهر حزيران/يونيو 2018", None),
    ("وأعلنت الحكومة زيادة الأجور ووقعت الاتفاق في يناير الماضي.", "يناير الماضي", None),
])
def test_the_period_of_a_measure_noun_is_a_statistic(sentence, expression, expected):
    assert reason(sentence, expression, span=MONTH, grain="month") == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("وتراجعت القراءة النهائية لمؤشر مديري المشتريات الذي يتابع النشاط في قطاعي الصناعة والخدمات في البلاد إلى 57.6 "
     "في فبراير شباط من 59.0 في يناير.", "يناير", "statistic"),
    ("وتراجعت القراءة النهائية لمؤشر مديري المشتريات الذي يتابع النشاط في قطاعي الصناعة والخدمات في البلاد إلى 57.6 "
     "في فبراير شباط من 59.0 في يناير.", "فبراير شباط", "statistic"),
    ("نما قطاع الخدمات في ألمانيا بأبطأ وتيرة في 19 شهراً في أبريل نيسان، مما يشير إلى أسس أضعف.", "أبريل نيسان",
     "statistic"),
    # no measure; a year before the «في» is no figure
    ("وشارك 40 لاعبا في المعسكر الذي أقيم في 3 مدن في أبريل الماضي.", "أبريل الماضي", None),
    ("وفاز المنتخب باللقب أعوام 1958 و1962 في يوليو من كل مرة، وسجل ارتفاعا في شعبيته.", "يوليو", None),
])
def test_a_figure_right_before_the_period_dates_a_statistic(sentence, expression, expected):
    assert reason(sentence, expression, span=MONTH, grain="month") == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("لدوره في التخطيط لهجمات إرهابية، هدفت لتفجير تظاهرات للمعارضة الإيرانية بالقرب من باريس في 30 يونيو.", "30 يونيو",
     "hypothetical"),
    ("ذكرت صحيفة بريطانية أن الجهاديين يخططون لاستهداف ملكة بريطانيا الأحد خلال الاحتفالات.", "الأحد", "hypothetical"),
    ("وأوقفت الشرطة خلية كانت تخطط لتنفيذ هجوم على كنيسة يوم الأحد.", "يوم الأحد", "hypothetical"),
    # the day a plot was told or foiled
    ("وكشفت الشرطة الأحد عن مخطط لاستهداف كنيسة في المدينة.", "الأحد", None),
    ("وأحبطت السلطات المخطط الذي كشف عنه الأحد لاستهداف كنيسة.", "الأحد", None),
])
def test_the_time_of_a_plotted_attack_is_no_happening(sentence, expression, expected):
    assert reason(sentence, expression) == expected
