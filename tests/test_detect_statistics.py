"""non_event_reason on statistics: shares of a market and the performance of markets, the period a
report's or a survey's figures are for, counts and tolls through a period, a period started or ended in some
manner (a trend), a measure moving through the last weeks, comparisons and their basis, fiscal years, figures
reached or targeted for a period, steady prices, a run of days or a bracketed range leading a rate; and the
happenings told beside a figure that stay events. The sentences are written for the tests, after corpus phrasings."""
from datetime import date

import pytest

from timeline.events.detect import non_event_reason
from timeline.model import Mention

from non_event_helpers import reason, days


@pytest.mark.parametrize("sentence, expression, grain", [
    # a share of a market in the clause after a period leading the sentence
    ("وخلال الربع الثالث من العام الماضي (من يوليو إلى سبتمبر)، تمكنت شركة نوكيا من الاستحواذ على 9 بالمئة من سوق "
     "الحواسيب في أوروبا.", "الربع الثالث من العام الماضي", "quarter"),
    ("وخلال الربع الثالث من العام الماضي (من يوليو إلى سبتمبر)، تمكنت شركة نوكيا من الاستحواذ على 9 بالمئة من سوق "
     "الحواسيب في أوروبا.", "من يوليو إلى سبتمبر", "month"),
    ("وفي النصف الأول من العام الجاري، استحوذت السيارات الكهربائية على 12% من إجمالي المبيعات.",
     "النصف الأول من العام الجاري", "quarter"),
    # the performance of markets over a period
    ("شهد أداء الأسواق الخليجية، خلال الأشهر الستة الأولى من العام الجاري، صعود مؤشرات الرياض والدوحة.",
     "الأشهر الستة الأولى من العام الجاري", "month"),
    ("وتحسن أداء البورصة المحلية خلال الربع الأول من السنة.", "الربع الأول من السنة", "quarter"),
    # the period a bank's or an office's figures are for
    ("وأفاد البنك المركزي، الذي نشر مؤشراته الشهرية للفترة ما بين 1 إلى 7 مارس، أن الاحتياطيات تراجعت.",
     "بين 1 إلى 7 مارس", "week"),
])
def test_a_share_a_performance_or_a_report_period_is_a_statistic(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "statistic"


@pytest.mark.parametrize("sentence, expression, grain", [
    # a rate in the next clause that is no share, and a share after a clause with a verb of its own
    ("وفي الشهر الماضي، فرضت الحكومة رسوما بنسبة 20 بالمئة على واردات الصلب.", "الشهر الماضي", "month"),
    ("وأطلقت الشركة هاتفها الجديد في الربع الثاني، واستحوذت على 9 بالمئة من سوق الهواتف.", "الربع الثاني", "quarter"),
    # «أداء» of a player or a prayer is no market's performance
    ("وتحسن أداء اللاعبين خلال الشهر الماضي بعد وصول المدرب.", "الشهر الماضي", "month"),
])
def test_a_rate_that_is_no_share_of_a_leading_period_stays_an_event(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


def test_a_launch_after_a_scan_word_is_dated_by_the_launch():
    sentence = "وتعمل الشركة على هاتف يتيح مسح بصمة الوجه، مستفيدا من نظامها الجديد المنتظر إطلاقه هذا الخريف."
    assert reason(sentence, "هذا الخريف", "season") is None


def test_a_survey_for_a_period_is_still_a_statistic():
    assert reason("وأظهر مسح أجرته الغرفة التجارية العام الماضي أن الثقة تراجعت.", "العام الماضي", "year") == "statistic"


@pytest.mark.parametrize("sentence, expression, grain", [
    # the period in the quoted title of a report
    ("وعانت 40 مؤسسة من صعوبات مالية، وفق تقرير صادر عن الوزارة حول \"الوضع الاقتصادي بالجهة خلال شهر مارس 2017\".",
     "شهر مارس 2017", "month"),
    # growth slowing over a period
    ("تباطؤ نمو القطاع الصناعي الفرنسي خلال أكتوبر", "أكتوبر", "month"),
])
def test_a_report_title_period_and_a_slowing_growth_are_statistics(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "statistic"


def test_a_quoted_title_without_a_report_word_stays_an_event():
    sentence = "وتحدث الكاتب حول \"ما جرى في شهر مارس 2017\" أمام جمهور غفير."
    assert reason(sentence, "شهر مارس 2017", "month") is None


def test_a_period_a_statement_was_made_in_is_no_statistic():
    sentence = "أعلنت الحكومة في بداية العام عن نيتها فرض رسوم بنسبة 20 في المئة على واردات الإسمنت."
    assert reason(sentence, "بداية العام", "year") is None


def test_a_rate_for_a_period_with_no_statement_verb_stays_a_statistic():
    assert reason("وارتفعت واردات الإسمنت في بداية العام بنسبة 20 في المئة.", "بداية العام", "year") == "statistic"


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وباعت الشركة 9 ملايين حاسوب في الربع الثالث من العام الجاري.", "الربع الثالث من العام الجاري", "quarter"),
    ("وفي النصف الأول، شحنت الشركة 40 مليون هاتف إلى الأسواق.", "النصف الأول", "quarter"),
    ("وتعرضت مصانع الجلود لصعوبات كبيرة في شهر مايو الماضي.", "شهر مايو الماضي", "month"),
    ("وشهدت البورصة المحلية أداء قويا خلال النصف الأول من العام.", "النصف الأول من العام", "quarter"),
])
def test_a_quarter_s_count_difficulties_and_a_performance_are_statistics(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "statistic"


@pytest.mark.parametrize("sentence, expression, grain", [
    # a count of thousands in a year's happening, and a quarter's happening with no count of thousands
    ("ونزح 20 ألف شخص في زلزال العام الماضي.", "العام الماضي", "year"),
    ("وأطلقت الشركة 3 هواتف جديدة في الربع الثالث.", "الربع الثالث", "quarter"),
    # a training session is no share of a market
    ("وخاض الفريق حصة تدريبية خلال الأسبوع الماضي في الملعب البلدي.", "الأسبوع الماضي", "week"),
])
def test_a_count_of_a_happening_or_a_training_session_stays_an_event(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


def test_a_run_of_days_leading_a_measure_with_a_rate_is_a_statistic():
    sentence = "وخلال الأسبوع الممتد من 8 إلى 14 مارس، تراجعت الاحتياطيات بنسبة 1,2 في المائة."
    assert days(sentence, "من 8 إلى 14 مارس") == "statistic"


def test_a_run_of_days_leading_a_visit_stays_an_event():
    sentence = "وبين 8 و14 مارس، زار الوزير ثلاث ولايات وافتتح مشاريع بنسبة إنجاز 80 في المئة."
    assert days(sentence, "بين 8 و14 مارس") is None


def test_one_day_leading_a_market_move_stays_an_event():
    assert reason("وفي يوم الجمعة، ارتفع الدولار بنسبة 1 في المئة.", "يوم الجمعة", "day") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وكشف المتحدث الرسمي للبنك في تصريح له أمس عن نتائج الربع الثاني من العام الحالي.", "الربع الثاني من العام الحالي"),
    ("وكتب الوزير أن الاستراتيجية أثبتت فشلها، دروس السنة الماضية لعلها تنفع في تغيير التوجه.", "السنة الماضية"),
    ("ونشرت الوزارة حصيلة العام الماضي في مجال مكافحة التهريب.", "العام الماضي"),
])
def test_what_a_period_yielded_is_a_statistic(sentence, expression):
    assert reason(sentence, expression, "year") == "statistic"


@pytest.mark.parametrize("sentence, expression", [
    # a day's toll is one happening's; a result announced in a period is told as announced then
    ("وارتفعت حصيلة الجمعة إلى 20 قتيلا حسب المصادر الطبية.", "الجمعة"),
    ("وأعلنت اللجنة النتائج في الشهر الماضي بعد تأخير.", "الشهر الماضي"),
])
def test_a_days_toll_or_results_announced_then_stay_an_event(sentence, expression):
    assert reason(sentence, expression, "day" if expression == "الجمعة" else "year") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وتصل نسبة الرسوم إلى 25 بالمئة وسيبدأ تطبيقها في 23 آب/أغسطس.", "23 آب/أغسطس"),
    ("وتبلغ قيمة الاستثمارات 50 مليون دينار ويبدأ تنفيذ المشروع في 15 مارس.", "15 مارس"),
    ("والثلاثاء قالت الشركة إنها حققت مبيعات أعلى بنسبة 15 بالمئة في النصف الأول من العام.", "الثلاثاء"),
    ("والأحد أعلنت الوزارة أن نسبة النجاح بلغت 60 بالمئة.", "الأحد"),
])
def test_a_day_of_a_start_or_a_statement_beside_a_figure_is_an_event(sentence, expression):
    assert reason(sentence, expression, "day") is None


# --- a count through many happenings of a period is a tally

@pytest.mark.parametrize("sentence, expression", [
    ("جدير بالذكر أن حوالي 2300 مدني سقطوا بين قتيل وجريح في عمليات انتحارية وهجمات في أفغانستان عام 2019.", "عام 2019"),
    ("وقتل أكثر من 500 شخص في غارات التحالف على المدينة عام 2019.", "عام 2019"),
    ("وأصيب 120 شخصا في حوادث سير على الطريق السريع عام 2019.", "عام 2019"),
])
def test_a_count_through_many_happenings_of_a_period_is_a_statistic(sentence, expression):
    assert reason(sentence, expression, "year") == "statistic"


@pytest.mark.parametrize("sentence, expression", [
    ("وقتل 226 ألف شخص في زلزال عام 2019.", "عام 2019"),
    ("وشن التنظيم هجمات على المدينة عام 2019.", "عام 2019"),
])
def test_one_happenings_toll_or_happenings_without_a_count_stay_events(sentence, expression):
    assert reason(sentence, expression, "year") is None


# --- a count for a period, and a period that witnessed a count of deeds, are statistics

@pytest.mark.parametrize("sentence, expression, grain", [
    ("وأوضحت الشبكة أنها رصدت عدد القتلى والجرحى لشهر أبريل الماضي، وكانت الحصيلة 93 قتيلا.", "شهر أبريل الماضي", "month"),
    ("وأعلنت الإدارة حصيلة ضحايا حوادث السير لعام 2019.", "عام 2019", "year"),
    ("وشهد شهر أبريل رفض 103 إرساليات من المواد الغذائية المستوردة.", "شهر أبريل", "month"),
    ("حيث شهدت سنة 2019 تجديد 8 عقود لشركات بترولية.", "سنة 2019", "year"),
])
def test_a_count_for_a_period_is_a_statistic(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "statistic"


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وبدأت الملحقية الإعداد لمعرض إبداعات علمية للعام المقبل.", "لعام المقبل", "year"),
    ("ويشهد الشهر المقبل مباريات قوية في الدوري.", "الشهر المقبل", "month"),
])
def test_a_preparation_or_a_period_without_a_count_stays_an_event(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


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


# --- a measure moving through the last days or weeks

@pytest.mark.parametrize("sentence, expression", [
    ("وقد محى الدولار خلال الأسبوعين الماضيين كل خسائره التي مني بها منذ بداية العام.", "الأسبوعين الماضيين"),
    ("وارتفعت أسعار النفط خلال الأيام الماضية بدعم من خفض الإنتاج.", "الأيام الماضية"),
    ("وتراجعت البورصة طوال الأسابيع الماضية وسط مخاوف المستثمرين.", "الأسابيع الماضية"),
])
def test_a_measure_moving_through_the_last_weeks_is_a_trend(sentence, expression):
    assert reason(sentence, expression, "weeks", value="PAST_REF") == "statistic"


@pytest.mark.parametrize("sentence, expression", [
    ("واعتقلت الشرطة خلال الأيام الماضية عشرة أشخاص في المدينة.", "الأيام الماضية"),
    ("وزار الوزير خلال الأسبوعين الماضيين ثلاث دول أفريقية.", "الأسبوعين الماضيين"),
])
def test_deeds_over_the_last_weeks_are_no_market_trend(sentence, expression):
    assert reason(sentence, expression, "weeks", value="PAST_REF") != "statistic"


# --- the year a report is for; a target figure reached for

@pytest.mark.parametrize("sentence, expression", [
    ("وجاءت المدينة في المركز السادس بحسب تقرير بوسطن كونسلتينغ غروب للعام 2016.", "للعام 2016"),
    ("واحتلت البلاد المرتبة الأخيرة في تقرير التنمية البشرية لعام 2016 الصادر عن الأمم المتحدة.", "لعام 2016"),
    ("وكشفت حصيلة وزارة الداخلية لسنة 2016 عن تراجع الجريمة.", "لسنة 2016"),
])
def test_the_year_a_report_is_for_is_its_figures(sentence, expression):
    assert reason(sentence, expression, "year") == "statistic"


@pytest.mark.parametrize("sentence, expression", [
    ("وتم تغطية 300 ألف منزل للوصول إلى مليوني منزل في 2016، حسب الوزير.", "2016"),
    ("وتخطط الشركة لإنتاج 50 ألف سيارة بهدف الوصول إلى مليون سيارة في 2016.", "2016"),
])
def test_a_figure_reached_for_by_a_year_is_a_target(sentence, expression):
    assert reason(sentence, expression, "year") == "statistic"


def test_reaching_an_agreement_in_a_year_stays_a_happening():
    assert reason("وسافر الوفد إلى جنيف للوصول إلى اتفاق نهائي في عام 2016.", "عام 2016", "year") is None


# --- statistics whose figure is a clause away

@pytest.mark.parametrize("sentence, expression, grain", [
    ("فإن صادرات تركيا من الصلب انخفضت بنحو 56% في الأشهر الخمسة الأولى، بسبب الرسوم، لتصل إلى أقل من نصف مليون طن"
     " خلال الفترة بين يناير ومايو 2018.", "بين يناير ومايو 2018", "months"),
    ("ليصل عدد الأجانب الذين اعتنقوا الإسلام بالمسجد خلال هذا الشهر الفضيل، بعد اختيار أسماء عربية، إلى ستة.",
     "هذا الشهر الفضيل", "month"),
    ("وارتفعت المبيعات بنسبة 4 بالمائة لتبلغ 7043 مليون دينار خلال شهر يونيو 2018.", "شهر يونيو 2018", "month"),
])
def test_a_figure_reached_for_a_period_is_a_statistic(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "statistic"


@pytest.mark.parametrize("sentence, expression, grain", [
    ("تصاعدت الكراهية بينهما لتصل إلى اشتباكات عنيفة بعد سقوط النظام في 2002.", "2002", "year"),
    ("وارتفع عدد القتلى ليصل إلى 20 شخصا السبت.", "السبت", "day"),  # a day's toll
])
def test_a_happening_after_a_figure_reached_stays_an_event(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وتراجع العجز ليبلغ 7043 م د موفى جوان 2018، مقابل 7687 م د، شهر جوان 2002.", "شهر جوان 2002", "month"),
    ("وارتفعت الصادرات لتبلغ 16589 م د، مقابل 16270 م د، مع نهاية جوان 2002، من ناحية.", "نهاية جوان 2002", "month"),
    ("لتصل القدرة إلى 97 سفينة عام 2023، بدلا من 49 سفينة عام 2002، كما أشارت التقارير.", "عام 2002", "year"),
    ("لتصل إلى 2ر70 بالمائة، مقابل 9ر67 بالمائة، موفى شهر جوان 2002 وبحساب القطاعات ارتفعت الصادرات.",
     "موفى شهر جوان 2002", "month"),
])
def test_the_basis_of_a_comparison_is_a_statistic(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "statistic"


@pytest.mark.parametrize("sentence, expression", [
    ('لاحظ اليوم موفد "الجوهرة أف أم" استقرار أسعار المواد الغذائية في اليوم 17 من شهر رمضان.',
     "اليوم 17 من شهر رمضان"),
    ("وسجل الموفد ثبات أسعار الخضر في السبت الأخير من الشهر.", "السبت الأخير من الشهر"),
])
def test_steady_prices_are_a_statistic(sentence, expression):
    assert reason(sentence, expression) == "statistic"


def test_a_period_after_a_clause_of_its_own_stays_an_event():
    sentence = "وارتفع الإنتاج بنسبة 5 بالمائة مقابل العام الماضي، شهر جوان 2002 شهد افتتاح المصنع الجديد."
    assert reason(sentence, "شهر جوان 2002", "month") is None


def test_a_move_of_prices_on_a_day_stays_an_event():
    assert reason("وقررت الحكومة رفع أسعار الوقود في السبت الماضي.", "السبت الماضي") is None


@pytest.mark.parametrize("sentence, expression, grain", [
    ("كما شهد نشاط النقل الجوي، مع موفى شهر جوان 2018، عودة لحركة المسافرين بنسبة 1ر15 بالمائة.",
     "موفى شهر جوان 2018", "month"),
    ("وسجلت الصادرات، خلال شهر جوان 2018، نموا بنسبة 3 بالمائة.", "خلال شهر جوان 2018", "month"),
])
def test_a_period_alone_between_commas_before_a_rate_is_a_statistic(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "statistic"


def test_a_decision_told_with_a_rate_stays_an_event():
    sentence = "وقررت الحكومة المصرية، في يونيو 2018، زيادة أسعار الوقود بنسبة تجاوزت 50%، وذلك للمرة الثانية."
    assert reason(sentence, "يونيو 2018", "month") is None


@pytest.mark.parametrize("expression", ["13 أكتوبر 2018", "11 نوفمبر من نفس العام"])
def test_a_bracketed_range_after_a_count_is_a_statistic(expression):
    sentence = ("كشفت وزارة العدل، السبت، عن تلقي المحاكم أكثر من 72 ألف طلب تنفيذ، (من 13 أكتوبر 2018 إلى 11 نوفمبر"
                " من نفس العام)، بزيادة نسبتها 32%.")
    assert reason(sentence, expression) == "statistic"


def test_one_bracketed_day_after_a_value_stays_an_event():
    sentence = "أهدت المملكة طقم ألماس قيمته 560 ألف دولار، وبعدها بثلاثة أشهر (13 أكتوبر) أهدت طقما آخر."
    assert reason(sentence, "13 أكتوبر") is None


def test_a_lead_clause_with_ila_is_still_time_words_alone():
    """«إلى» is normalised «الي»: «وفي الفترة الممتدة إلى نهاية الربع الثاني،» holds time words alone (and two plain
    words) before the count of the next clause, a quarter's result."""
    sentence = "وفي الفترة الممتدة إلى نهاية الربع الثاني، باعت الشركة 12 مليون هاتف في الأسواق."
    start = sentence.index("نهاية الربع الثاني")
    mention = Mention("نهاية الربع الثاني", start, start + len("نهاية الربع الثاني"), "DATE", "X",
                      span=(date(2018, 4, 1), date(2018, 6, 30)), grain="quarter")
    assert non_event_reason(sentence, (0, len(sentence)), mention) == "statistic"
