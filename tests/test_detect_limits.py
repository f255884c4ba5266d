"""non_event_reason on classes found in a strict sample of corpus events (seed 7107): deadlines, figures measured
against expectations or compared in the next clause, and years counted after «عامي»/«أعوام» (events, not names).
The sentences are written for the tests."""
from datetime import date

import pytest

from timeline.events.detect import non_event_reason
from timeline.model import Mention

DAY = (date(2018, 3, 16), date(2018, 3, 16))
WEEK = (date(2018, 3, 12), date(2018, 3, 18))
YEAR = (date(2018, 1, 1), date(2018, 12, 31))


def reason(sentence: str, expression: str, span=DAY, grain: str = "day", nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(expression, start + 1)
    mention = Mention(expression, start, start + len(expression), "DATE", "X", span=span, grain=grain)
    return non_event_reason(sentence, (0, len(sentence)), mention)


@pytest.mark.parametrize("sentence, expression", [
    ("وأوضحت البلدية أن آخر أجل لتقديم مطالب الرخص هو 30 أفريل.", "30 أفريل"),
    ("وقالت الهيئة إن الموعد النهائي لتسلم العروض يحل يوم الخميس.", "يوم الخميس"),
    ("وحددت الوزارة السابع من شوال الموافق 21 يونيو آخر موعد لاستلام الوثائق.", "السابع من شوال"),
    ("وحددت الوزارة السابع من شوال الموافق 21 يونيو آخر موعد لاستلام الوثائق.", "21 يونيو"),
    ("ويبقى 15 ماي هو آخر موعد لتسجيل الطلبة الجدد.", "15 ماي"),
    ("ودعت الجامعة المترشحين إلى إيداع ملفاتهم في أجل أقصاه 20 جانفي.", "20 جانفي"),
])
def test_a_deadline_is_a_boundary(sentence, expression):
    assert reason(sentence, expression) == "boundary"


@pytest.mark.parametrize("sentence, expression", [
    # the deadline day spent somewhere, and a happening in a clause naming a deadline elsewhere
    ("وقضى اللاعب الموعد النهائي للانتقالات يوم 31 أغسطس في مطار لندن ينتظر صفقة لم تتم.", "يوم 31 أغسطس"),
    ("وأعلنت اللجنة الخميس تمديد الموعد النهائي لتقديم الترشحات.", "الخميس"),
    ("وكانت الحكومة قد منحت مهلة للمخالفين، ثم شنت حملة تفتيش يوم الأحد.", "يوم الأحد"),
])
def test_a_happening_near_a_deadline_word_stays_an_event(sentence, expression):
    assert reason(sentence, expression) is None


@pytest.mark.parametrize("sentence, expression, span, grain", [
    ("وحققت البورصة أداء أفضل من المتوقع هذا العام رغم تقلبات الربيع.", "هذا العام", YEAR, "year"),
    ("وشهدت مخزونات الوقود زيادة أكبر من المتوقع الأسبوع الماضي.", "الأسبوع الماضي", WEEK, "week"),
    ("ورفعت الشركة أسعار الشحنات إلى أوروبا في مارس بأقل من المتوقع.", "مارس", YEAR, "month"),
    # a figure for a day, the comparison opening the next clause
    ("وبلغ سعر صرف الدولار 75 ألف ليرة في السوق الموازية، يوم الثلاثاء، مقارنة بنحو 40 ألف ليرة في بداية العام.",
     "يوم الثلاثاء", DAY, "day"),
])
def test_a_figure_measured_against_expectations_or_compared_next_is_a_statistic(sentence, expression, span, grain):
    assert reason(sentence, expression, span=span, grain=grain) == "statistic"


@pytest.mark.parametrize("sentence, expression", [
    # the day a figure was published, the comparison after it
    ("وفاجأت الشركة المستثمرين بنشرها الأربعاء أرباحا فصلية جاءت أقل من التوقعات.", "الأربعاء"),
    ("وقال الوزير، الإثنين، إن النمو بلغ 3 بالمئة، مقارنة بنحو 2 بالمئة قبل عام.", "الإثنين"),
])
def test_the_day_a_figure_was_told_stays_an_event(sentence, expression):
    assert reason(sentence, expression) is None


@pytest.mark.parametrize("sentence, expression", [
    ("وأعيد انتخاب النائب في عامي 2009 و2013 قبل أن يعتزل.", "2009"),
    ("وشهدت المدينة فيضانات مدمرة في أعوام 2003 و2011 و2016.", "2003"),
    ("وكانت القمتان قد عقدتا عامي 2001 و2006 في العاصمة نفسها.", "2001"),
])
def test_years_counted_after_a_dual_or_plural_year_word_are_events(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") is None


@pytest.mark.parametrize("sentence, expression", [
    # the expiry of an agreement, a term or an ultimatum is a happening (the event gold tells it so)
    ("ووقعت الحكومة مع المقاولين اتفاقا ينتهي يونيو المقبل.", "يونيو المقبل"),
    ("وأمهل المجلس الأطراف مهلة تنتهي الأحد لتقديم ردودها.", "الأحد"),
    ("وجاء ذلك قبل يومين فقط من انتهاء المهلة القانونية لإيداع ملفات الترشح في 12 مارس.", "12 مارس"),
])
def test_the_expiry_of_a_term_stays_an_event(sentence, expression):
    assert reason(sentence, expression) is None


def test_a_match_that_ended_on_a_day_stays_an_event():
    assert reason("وانتهت المباراة الأحد بفوز الفريق المحلي.", "الأحد") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وخلال العام الماضي، زار 512 ألف سائح أجنبي المدينة العتيقة.", "العام الماضي"),
    ("وسجلت شرطة المرور 9 آلاف مخالفة خلال الشهر.", "الشهر"),
    ("وتوفي أكثر من 3 آلاف شخص في حوادث الطرق خلال العام الماضي.", "العام الماضي"),
])
def test_a_count_through_a_window_is_a_tally(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") == "statistic"


@pytest.mark.parametrize("sentence, expression", [
    # one actor's deeds through a window (the event gold tells «collected 250,000 coins over ten months» so)
    ("وأغلقت فرق المراقبة أكثر من 70 مطعما مخالفا خلال الأشهر الأربعة الماضية.", "الأشهر الأربعة الماضية"),
    # one deal's value, and one happening «في» a period
    ("ووقعت الشركة خلال الشهر الماضي صفقة بقيمة 2 مليار دولار مع مصرف محلي.", "الشهر الماضي"),
    ("وأودى الزلزال بحياة 316 شخصا في عام 2010.", "عام 2010"),
    ("واندلع حريق ضخم في المصنع خلال شهر مارس.", "شهر مارس"),
])
def test_one_happening_in_a_window_stays_an_event(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وتحدثت الممثلة عن طباع زوجها خلال شهر رمضان الماضي بكثير من الصراحة.", "شهر رمضان الماضي"),
    ("وجرت العادة بتنظيم الحفل الختامي في المدينة الفائزة للعام السابق.", "لعام السابق"),
])
def test_a_custom_told_for_a_period_is_generic(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="month") == "generic"


def test_a_day_after_a_custom_aside_stays_an_event():
    sentence = "وسيصوت الأعضاء كلهم (بدلا من اللجنة كما جرت العادة)، في 13 يونيو المقبل."
    assert reason(sentence, "13 يونيو المقبل") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وقال التقرير إن الأزمة يمكن أن تكلف اقتصاد المنطقة ما يصل إلى 12 مليار دولار بين عامي 2015 و2030.",
     "بين عامي 2015 و2030"),
    ("وقد يدفع انتعاش حركة الطيران الداخلي في 2019 بالاقتصاد نحو نمو أسرع.", "2019"),
    ("ومن المحتمل أن تنطلق، خلال الأسبوع الأخير من الشهر الجاري، عملية التسجيل عن بعد.",
     "الأسبوع الأخير من الشهر الجاري"),
])
def test_a_possibility_over_a_period_is_hypothetical(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") == "hypothetical"


@pytest.mark.parametrize("sentence, expression", [
    # the mention dates another happening, opened by a time preposition or a relative pronoun
    ("وقد تمنح هذه الصفقة الفريق فرصة المنافسة للمرة الأولى منذ رحيل مدربه السابق عام 2013.", "عام 2013"),
    ("ويمكن أن تؤثر الخلافات الجديدة على الاتفاق السياسي الذي أبرمه الحزبان في 2014.", "2014"),
])
def test_a_possibility_before_another_happening_keeps_its_date(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") is None


@pytest.mark.parametrize("sentence, expression", [
    ("ولم تثبت رؤية الهلال في الأردن، وعليه يكون الخميس المتمم لشهر رمضان، والجمعة أول أيام العيد.", "الخميس"),
    ("ولم تثبت رؤية الهلال في الأردن، وعليه يكون الخميس المتمم لشهر رمضان، والجمعة أول أيام العيد.", "رمضان"),
])
def test_the_day_completing_a_lunar_month_is_a_fact_of_the_calendar(sentence, expression):
    assert reason(sentence, expression) == "generic"


def test_the_feast_after_a_completed_month_stays_an_event():
    sentence = "ولم تثبت رؤية الهلال في الأردن، وعليه يكون الخميس المتمم لشهر رمضان، والجمعة أول أيام العيد."
    assert reason(sentence, "الجمعة أول أيام العيد") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وقال إن هذه القيود ستبدأ بالرفع بعد 8 إلى 10 أعوام أي العام 2027، وهذا بعيد.", "العام 2027"),
    ("وسيكون النظام جاهزا بنهاية الشهر الجاري، أي في 30 أبريل.", "30 أبريل"),
])
def test_a_time_restating_an_edge_after_ay_is_a_boundary(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") == "boundary"


def test_a_day_restating_a_told_day_stays_an_event():
    assert reason("وزار الوزير المدينة أمس، أي يوم الأحد، والتقى بالسكان.", "يوم الأحد") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وسجلت 40 شركة صعوبات خلال ديسمبر، مقابل 55 شركة خلال شهر نوفمبر الماضي، أي بنسبة انخفاض تقدر بـ27 بالمائة.",
     "شهر نوفمبر الماضي"),
    ("وحددت ميزانية الوزارة بـ900 مليون دينار مقابل 950 مليون دينار خلال السنة الحالية، أي بتراجع قدره 5 بالمائة.",
     "السنة الحالية"),
])
def test_a_period_whose_figure_is_restated_as_a_rate_is_a_statistic(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") == "statistic"


@pytest.mark.parametrize("sentence, expression", [
    ("وأوضح أن قبل عشر سنوات كان الزبون لا يعرف معنى التجارة الإلكترونية.", "قبل عشر سنوات"),
    ("وقال إن المدينة قبل 30 عاما، أي قبل بناء الميناء، كانت قرية صغيرة للصيادين.", "قبل 30 عاما"),
])
def test_a_state_years_ago_told_with_kana_is_generic(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") == "generic"


@pytest.mark.parametrize("sentence, expression", [
    ("وقبل خمس سنوات كان الوزير قد أعلن عن المشروع نفسه.", "قبل خمس سنوات"),
    ("قبل 40 عاما، وبالتحديد في ربيع 1978 حين كانت المظاهرات تعم البلاد.", "قبل 40 عاما"),
    ("وانتقل اللاعب إلى النادي قبل عامين قادما من البرازيل.", "قبل عامين"),
])
def test_a_happening_years_ago_stays_an_event(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") is None


@pytest.mark.parametrize("sentence, expression, span, grain", [
    ("وحافظت الكويت على إنتاجها قرب مستويات قياسية في أغسطس الماضي.", "أغسطس الماضي", YEAR, "month"),
    ("وتماثل خسارته موجة الخسائر الأسبوعية التي تكبدها في مارس 2009.", "مارس 2009", YEAR, "month"),
    ("وارتفعت الفضة بزيادة طفيفة عن أدنى سعر لها عند 14 دولارا الذي بلغته في 20 من مايو.", "20 من مايو", DAY, "day"),
    ("وقال المحافظ إنه يتوقع وصول نحو خمسين ألف زائر للمهرجان في نهاية الأسبوع.", "نهاية الأسبوع", WEEK, "weekend"),
    ("وأفاد التقرير بأنه خلال النصف الأول من عام 2018، تم حذف ما مجموعه 120500 حساب مزيف.",
     "النصف الأول من عام 2018", YEAR, "half"),
])
def test_levels_totals_and_expected_counts_for_a_period_are_statistics(sentence, expression, span, grain):
    assert reason(sentence, expression, span=span, grain=grain) == "statistic"


@pytest.mark.parametrize("sentence, expression", [
    ("وأجرى الوزير محادثات رفيعة المستوى في الرياض في أبريل الماضي.", "أبريل الماضي"),
    ("وعقد الجانبان لقاءات على أعلى المستويات في مارس.", "مارس"),
    ("وبدأ إنتاج الفيلم في سبتمبر الماضي بمدينة ورزازات.", "سبتمبر الماضي"),
])
def test_a_meeting_of_high_rank_or_a_production_start_stays_an_event(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="month") is None


def test_a_most_likely_plan_stays_an_event():
    # the event gold tells «ستتم على الأغلب خلال سنة 2017» as a happening planned for that year
    sentence = "والتفويت في حصة الدولة من البنك سيتم على الأغلب خلال سنة 2019."
    assert reason(sentence, "سنة 2019", span=YEAR, grain="year") is None


def test_a_happening_verb_right_after_idha_is_the_condition():
    sentence = "وقالت الشركة إن الأمر سيكون مربكا جدا إذا حدث في ذروة التسوق يوم السبت."
    assert reason(sentence, "يوم السبت") == "hypothetical"


@pytest.mark.parametrize("sentence, expression", [
    ("تعرضت 48 شركة تشغل 9000 عامل خلال شهر مارس 2017 إلى صعوبات مالية.", "شهر مارس 2017"),
    ("الين ينخفض من أعلى مستوياته في 2018", "2018"),
])
def test_a_count_of_doers_or_a_record_level_for_a_period_is_a_statistic(sentence, expression):
    assert reason(sentence, expression, span=YEAR, grain="year") == "statistic"


@pytest.mark.parametrize("sentence, expression, span, grain", [
    # a market's move on a day, as the event gold tells it
    ("وتراجع الين اليوم لأدنى مستوى في ستة أسابيع مع صعود الدولار.", "اليوم", DAY, "day"),
    # «منذ» opens the happening the year dates
    ("وسقط 1900 مدني في هجمات عام 2017، وهي أعلى حصيلة منذ اندلاع النزاع عام 2003.", "عام 2003", YEAR, "year"),
    # a tournament's teams in the clause after the period
    ("وستقام التصفيات في الدوحة خلال شهر نوفمبر المقبل، بمشاركة 12 منتخبا.", "شهر نوفمبر المقبل", YEAR, "month"),
])
def test_a_market_move_an_outbreak_or_a_tournament_stays_an_event(sentence, expression, span, grain):
    assert reason(sentence, expression, span=span, grain=grain) is None


def test_this_year_after_lam_names_the_year_an_award_is_for():
    sentence = "وتوج المهاجم بجائزة رابطة كتاب كرة القدم لهذا العام بعد موسم استثنائي."
    assert reason(sentence, "هذا العام", span=YEAR, grain="year") == "label"


def test_this_year_after_lam_without_a_name_stays_an_event():
    # (a festival's «المهرجان لهذا العام» names its edition: tests/test_detect_names_and_labels.py)
    sentence = "وأعلنت اللجنة انطلاق احتفالات العيد الوطني لهذا العام يوم الجمعة."
    assert reason(sentence, "هذا العام", span=YEAR, grain="year") is None
