"""non_event_reason, round 2: statistics for a period told as a share of a market or the performance of markets, the
period a report's figures are for, a contract's last year, a contest's edition, and the coming of a feast and a launch
dated near a survey word (events). The sentences are written for the tests."""
from datetime import date

import pytest

from timeline.events.detect import non_event_reason
from timeline.model import Mention

DAY = (date(2018, 3, 16), date(2018, 3, 16))
WEEK = (date(2018, 6, 15), date(2018, 6, 21))
MONTH = (date(2018, 4, 1), date(2018, 6, 30))
YEAR = (date(2018, 1, 1), date(2018, 12, 31))
GRAINS = {"day": DAY, "week": WEEK, "month": MONTH, "quarter": MONTH, "season": MONTH, "year": YEAR}


def reason(sentence: str, expression: str, grain: str = "year"):
    start = sentence.index(expression)
    mention = Mention(expression, start, start + len(expression), "DATE", "X", span=GRAINS[grain], grain=grain)
    return non_event_reason(sentence, (0, len(sentence)), mention)


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


@pytest.mark.parametrize("sentence, expression", [
    ("لكن نادي ليون الذي سينتهي عقد اللاعب الشاب رفقته سنة 2022 يرفض بيعه.", "سنة 2022"),
    ("ويمتد عقده مع الفريق إلى غاية صيف 2021.", "صيف 2021"),
    ("وقال المدير الرياضي إن عقده ينتهي عام 2020 وإن المفاوضات لم تبدأ.", "عام 2020"),
])
def test_the_year_a_contract_runs_to_is_a_boundary(sentence, expression):
    assert reason(sentence, expression) == "boundary"


def test_the_day_a_contract_ends_stays_an_event():
    assert reason("وسينتهي عقد المدرب مع النادي يوم الأحد بعد آخر مباراة.", "يوم الأحد", "day") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وتوجت المغنية السويدية بلقب مسابقة الأغنية الأوروبية لهذا العام.", "هذا العام"),
    ("ويشارك المخرج المغربي في مهرجان برلين في دورته لعام 2019 بفيلم قصير.", "عام 2019"),
])
def test_the_year_of_a_contest_or_festival_names_its_edition(sentence, expression):
    assert reason(sentence, expression) == "label"


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وقبل انطلاق النسخة الجديدة للمسابقة اليوم، أنفقت الأندية مبالغ كبيرة.", "اليوم", "day"),
    ("وحصد الفيلم الذي فاز بجائزة مهرجان البندقية العام الماضي ثلاث جوائز أخرى.", "العام الماضي", "year"),
])
def test_a_contest_held_or_won_at_a_time_stays_an_event(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


@pytest.mark.parametrize("sentence, expression", [
    ("وهنأ رئيس الحكومة المسلمين في بلاده بحلول عيد الأضحى.", "عيد الأضحى"),
    ("وبعث الملك برقية تهنئة إلى القادة العرب بحلول شهر رمضان.", "شهر رمضان"),
])
def test_the_coming_of_a_feast_is_an_event(sentence, expression):
    assert reason(sentence, expression, "day") is None


def test_by_a_date_that_is_no_feast_stays_a_boundary():
    assert reason("وتعهدت الحكومة بإنهاء المشروع بحلول عام 2025.", "عام 2025") == "boundary"


def test_a_launch_after_a_scan_word_is_dated_by_the_launch():
    sentence = "وتعمل الشركة على هاتف يتيح مسح بصمة الوجه، مستفيدا من نظامها الجديد المنتظر إطلاقه هذا الخريف."
    assert reason(sentence, "هذا الخريف", "season") is None


def test_a_survey_for_a_period_is_still_a_statistic():
    assert reason("وأظهر مسح أجرته الغرفة التجارية العام الماضي أن الثقة تراجعت.", "العام الماضي") == "statistic"


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


@pytest.mark.parametrize("sentence, expression, grain, expected", [
    # a recurring edition halted over a period: not held then
    ("فيما توقفت دورة المتدربين الأفارقة هذا العام بسبب الوباء.", "هذا العام", "year", "negated"),
    ("وألغيت البطولة العام الماضي لأسباب أمنية.", "العام الماضي", "year", "negated"),
    # a prediction of the economy's state
    ("وأكد الوزير أن الاقتصاد سيدخل بعد نحو ثلاثة أشهر مرحلة انتعاش.", "بعد نحو ثلاثة أشهر", "month", "hypothetical"),
    # a past plan with an aim: the aim's period is no happening
    ("وقال إن شقيقه كان يعتزم السفر بهدف قضاء شهر رمضان مع والديه.", "شهر رمضان", "month", "hypothetical"),
])
def test_a_halted_edition_a_predicted_state_and_a_past_aim_are_no_happenings(sentence, expression, grain, expected):
    assert reason(sentence, expression, grain) == expected


@pytest.mark.parametrize("sentence, expression, grain", [
    # a halt on a day is a suspension, a happening
    ("وتوقفت البطولة يوم الجمعة بسبب الأمطار.", "يوم الجمعة", "day"),
    # a future happening with no state of the economy
    ("وأكد الوزير أن الحكومة ستفتتح المستشفى بعد نحو ثلاثة أشهر.", "بعد نحو ثلاثة أشهر", "month"),
    # a past hope dating a fair that was held
    ("وكانت تأمل في الحصول على طلبية خلال معرض الطيران في نوفمبر.", "نوفمبر", "month"),
    # «الهلال» is a club: the year a player joined it
    ("وانضم المدافع إلى الهلال عام 2012 قادما من الفتح.", "عام 2012", "year"),
    ("بدأ الحارس رحلته مع الهلال عام 2010، وكان عمره 19 عاما.", "عام 2010", "year"),
])
def test_a_suspension_a_scheduled_opening_a_held_fair_and_a_club_year_stay_events(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


def test_the_crescent_of_a_month_still_names_it():
    assert reason("وأعلنت المحكمة العليا ثبوت رؤية هلال شهر شوال مساء السبت.", "شهر شوال", "month") == "label"


def clock(sentence: str, expression: str):
    start = sentence.index(expression)
    mention = Mention(expression, start, start + len(expression), "TIME", "X", span=DAY, grain=None)
    return non_event_reason(sentence, (0, len(sentence)), mention)


@pytest.mark.parametrize("sentence, expression", [
    ("وفي وقت سابق من صباح اليوم، قالت الشرطة إنها أوقفت ثلاثة مشتبه بهم.", "صباح اليوم"),
    ("وأعلنت الوزارة، في ساعة متأخرة من مساء الخميس، عن وفاة شاب في الحادث.", "مساء الخميس"),
])
def test_a_time_after_min_that_names_its_day_is_no_opening_hours(sentence, expression):
    assert clock(sentence, expression) is None


def test_opening_hours_with_no_day_stay_generic():
    assert clock("*المكتب المركزي من الساعة الثامنة صباحا إلى الساعة الواحدة بعد الزوال", "الساعة الثامنة صباحا") \
        == "generic"


def test_a_period_a_statement_was_made_in_is_no_statistic():
    sentence = "أعلنت الحكومة في بداية العام عن نيتها فرض رسوم بنسبة 20 في المئة على واردات الإسمنت."
    assert reason(sentence, "بداية العام") is None


def test_a_rate_for_a_period_with_no_statement_verb_stays_a_statistic():
    assert reason("وارتفعت واردات الإسمنت في بداية العام بنسبة 20 في المئة.", "بداية العام") == "statistic"


def test_a_thing_predicted_to_become_real_is_hypothetical():
    assert reason("السيارات الطائرة ستصبح واقعا العام المقبل", "العام المقبل") == "hypothetical"


def test_a_thing_that_became_real_stays_an_event():
    assert reason("وأصبح الحلم واقعا العام الماضي مع افتتاح الملعب.", "العام الماضي") is None


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


@pytest.mark.parametrize("sentence, expression", [
    ("وقال والده إنه كان يعتزم العودة لقضاء شهر رمضان في القرية.", "شهر رمضان"),
    ("وأكد الوزير أن حكومته تنوي خفض الضرائب خلال العام المقبل.", "العام المقبل"),
])
def test_an_intention_past_or_present_frames_a_plan(sentence, expression):
    assert reason(sentence, expression, "month") == "hypothetical"


def test_an_intention_before_the_end_of_a_term_leaves_the_term_s_end_an_event():
    sentence = "وأبلغ المجلس أنه لا ينوي البقاء في منصبه بعد انتهاء ولايته في مارس 2019."
    assert reason(sentence, "مارس 2019", "month") is None


def days(sentence: str, expression: str):
    start = sentence.index(expression)
    mention = Mention(expression, start, start + len(expression), "DATE", "X", span=(date(2018, 3, 8), date(2018, 3, 14)),
                      grain="day")
    return non_event_reason(sentence, (0, len(sentence)), mention)


def test_a_run_of_days_leading_a_measure_with_a_rate_is_a_statistic():
    sentence = "وخلال الأسبوع الممتد من 8 إلى 14 مارس، تراجعت الاحتياطيات بنسبة 1,2 في المائة."
    assert days(sentence, "من 8 إلى 14 مارس") == "statistic"


def test_a_run_of_days_leading_a_visit_stays_an_event():
    sentence = "وبين 8 و14 مارس، زار الوزير ثلاث ولايات وافتتح مشاريع بنسبة إنجاز 80 في المئة."
    assert days(sentence, "بين 8 و14 مارس") is None


def test_one_day_leading_a_market_move_stays_an_event():
    assert reason("وفي يوم الجمعة، ارتفع الدولار بنسبة 1 في المئة.", "يوم الجمعة", "day") is None
