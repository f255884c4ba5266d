"""non_event_reason, round 6 (classes from the fourth blind audit, checked on corpus phrasings): a «لعام …» after an
election names that vote; a hashtag's words are words; a year after the title won dates the win; what someone is
known for over a period is a trait; a measure moving through the last days or weeks is a trend. The sentences are
written for the tests, after corpus phrasings."""
from datetime import date

import pytest

from timeline.events.detect import non_event_reason
from timeline.model import Mention

SPANS = {"day": (date(2018, 3, 31), date(2018, 3, 31)), "year": (date(2016, 1, 1), date(2016, 12, 31)),
         "decade": (date(1980, 1, 1), date(1989, 12, 31)), "weeks": (date(2018, 4, 19), date(2018, 5, 2))}


def reason(sentence: str, expression: str, grain: str, value: str = "X"):
    start = sentence.index(expression)
    mention = Mention(expression, start, start + len(expression), "DATE", value, span=SPANS[grain],
                      grain=None if grain == "weeks" else grain)
    return non_event_reason(sentence, (0, len(sentence)), mention)


# --- elections: a «لعام …» after them names the vote, also written as a hashtag

@pytest.mark.parametrize("sentence, expression", [
    ("فيما تعتقد السلطات الأميركية أنها محاولة للتأثير على #انتخابات_الرئاسة لعام 2016.", "لعام 2016"),
    ("أفادت مصادر باعتقال المرشح السابق للانتخابات الرئاسية في مصر لعام 2012 وخمسة من مساعديه.", "لعام 2012"),
    ("ويتهم الحزب خصومه بتزوير الانتخابات التشريعية لسنة 2014 في الجنوب.", "لسنة 2014"),
])
def test_a_year_an_election_is_for_is_its_name(sentence, expression):
    assert reason(sentence, expression, "year") == "label"


@pytest.mark.parametrize("sentence, expression", [
    ("وجرت الانتخابات الرئاسية في عام 2016 وسط إقبال ضعيف.", "عام 2016"),
    ("وفاز الحزب في الانتخابات عام 2016 بأغلبية المقاعد.", "عام 2016"),
])
def test_an_election_held_in_a_year_stays_a_happening(sentence, expression):
    assert reason(sentence, expression, "year") is None


def test_a_hashtag_names_a_tournament_as_its_words_would():
    assert reason("ويستعد المنتخب للمشاركة في #كأس_العالم 2018 بروسيا.", "2018", "year") == "label"


# --- title: a year after the title won dates the win

@pytest.mark.parametrize("sentence, expression", [
    ("ليكون ثاني سعودي يحقق هذا اللقب بعد عبد العزيز الشهري الذي فاز بلقب البطولة عام 2016.", "عام 2016"),
    ("وكان الفريق قد توج بلقب كأس الملك عام 2016 بعد غياب طويل.", "عام 2016"),
    ("وحقق اللاعب لقب بطولة العالم سنة 2016 في لندن.", "سنة 2016"),
])
def test_a_year_after_the_title_won_dates_the_win(sentence, expression):
    assert reason(sentence, expression, "year") is None


@pytest.mark.parametrize("sentence, expression", [
    ("ويستعد المنتخب لخوض منافسات كأس العالم 2016 في روسيا.", "2016"),
    ("وتأهل الفريق إلى نهائي بطولة أوروبا 2016.", "2016"),
])
def test_a_tournament_named_by_its_year_stays_a_label(sentence, expression):
    assert reason(sentence, expression, "year") == "label"


# --- known: what someone is known for over a period

@pytest.mark.parametrize("sentence, expression", [
    ("ويعرف بيركوف بأداء أدوار الشر في الأفلام والمسرحيات في الثمانينات.", "الثمانينات"),
    ("وتشتهر الفرقة بأغانيها الثورية في السبعينات والثمانينات.", "الثمانينات"),
    ("ويعرف الممثل بأدواره الكوميدية في مسلسلات الثمانينات.", "الثمانينات"),
])
def test_what_someone_is_known_for_over_a_period_is_a_trait(sentence, expression):
    assert reason(sentence, expression, "decade") == "generic"


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وهاجم البرنامج الخبيث الذي يعرف باسم كراش أوفرايد شبكة الكهرباء في الثمانينات.", "الثمانينات", "decade"),
    ("ويعرف بيركوف بأداء أدوار الشر، وقد اعتقل يوم السبت في لندن.", "يوم السبت", "day"),
    ("وقال إنه يعرف أن الرئيس زار البلاد في الثمانينات.", "الثمانينات", "decade"),
])
def test_a_name_a_day_or_a_knowing_is_no_trait(sentence, expression, grain):
    assert reason(sentence, expression, grain) != "generic"


# --- a measure moving through the last days or weeks

@pytest.mark.parametrize("sentence, expression", [
    ("وقد محى الدولار خلال الأسبوعين الماضيين كل خسائره التي مني بها منذ بداية العام.", "الأسبوعين الماضيين"),
    ("وارتفعت أسعار النفط خلال الأيام الماضية بدعم من خفض الإنتاج.", "الأيام الماضية"),
    ("وتراجعت البورصة طوال الأسابيع الماضية وسط مخاوف المستثمرين.", "الأسابيع الماضية"),
])
def test_a_measure_moving_through_the_last_weeks_is_a_trend(sentence, expression):
    assert reason(sentence, expression, "weeks", "PAST_REF") == "statistic"


@pytest.mark.parametrize("sentence, expression", [
    ("واعتقلت الشرطة خلال الأيام الماضية عشرة أشخاص في المدينة.", "الأيام الماضية"),
    ("وزار الوزير خلال الأسبوعين الماضيين ثلاث دول أفريقية.", "الأسبوعين الماضيين"),
])
def test_deeds_over_the_last_weeks_are_no_market_trend(sentence, expression):
    assert reason(sentence, expression, "weeks", "PAST_REF") != "statistic"


@pytest.mark.parametrize("sentence, expression", [
    ("وصف الأستاذ المشهد السياسي في الآونة الأخيرة، وخاصة بعد الانتخابات التشريعية لسنة 2016، بالمرتبك.", "لسنة 2016"),
    ("وتراجعت شعبية الحزب قبل الانتخابات الرئاسية لعام 2016 بأشهر.", "لعام 2016"),
])
def test_an_election_after_before_or_after_is_a_point_in_time(sentence, expression):
    assert reason(sentence, expression, "year") != "label"


# --- a wire's timestamp

def clock(sentence: str, expression: str):
    start = sentence.index(expression)
    mention = Mention(expression, start, start + len(expression), "TIME", "2015-08-07T10:34",
                      span=(date(2015, 8, 7), date(2015, 8, 7)), grain="time")
    return non_event_reason(sentence, (0, len(sentence)), mention)


@pytest.mark.parametrize("sentence, expression", [
    ("ويديرها الدكتور عبدالله حامد . // يتبع // 10:34 ت م", "10:34"),
    ("والتعبير عن الهوية الوطنية والتسويق لمنتجات المنطقة من التمور . // انتهى // 20:26 ت م", "20:26"),
    ("وأعرب مجلس الوزراء عن تعازيه لذوي الشهداء. //انتهى// 19:12", "19:12"),
])
def test_a_wire_timestamp_is_no_happening(sentence, expression):
    assert clock(sentence, expression) == "dateline"


def test_a_clock_time_in_the_story_stays_a_happening():
    assert clock("ووقع الانفجار عند الساعة 10:34 صباحا في وسط المدينة.", "10:34") is None


# --- days that passed without a happening

@pytest.mark.parametrize("sentence, expression", [
    ("فلأول مرة منذ 25 سنة تمر أيام الجمعة والسبت والأحد دون إطلاق رصاصة واحدة في المدينة.", "الأحد"),
    ("ومر يوم السبت بدون حوادث تذكر في العاصمة.", "يوم السبت"),
    ("وأشارت إلى أن ساعات يوم السبت مرت من دون علم السلطات.", "يوم السبت"),
])
def test_days_that_passed_without_a_happening_tell_its_absence(sentence, expression):
    assert reason(sentence, expression, "day") == "negated"


@pytest.mark.parametrize("sentence, expression", [
    ("ومر الموكب يوم السبت أمام القصر دون توقف.", "يوم السبت"),  # the procession passed by: a happening
    ("وغادر الوزير يوم السبت دون الإدلاء بأي تصريح.", "يوم السبت"),
])
def test_a_happening_done_without_something_stays_a_happening(sentence, expression):
    assert reason(sentence, expression, "day") is None


# --- a day restated by «المصادف لـ» shares the edge of the day before it

def feast(sentence: str, expression: str):
    start = sentence.index(expression)
    mention = Mention(expression, start, start + len(expression), "DATE", "2017-06-26",
                      span=(date(2017, 6, 26), date(2017, 6, 26)), grain="day")
    return non_event_reason(sentence, (0, len(sentence)), mention)


@pytest.mark.parametrize("sentence, expression", [
    ("ومنذ صبيحة اليوم، المصادف لعيد الفطر، حضرت القوات العمومية بكثافة في شوارع المدينة.", "عيد الفطر"),
    ("وتتواصل الاحتجاجات منذ أمس المصادف لعيد الفطر في عدة مدن.", "عيد الفطر"),
    ("ويستمر الإضراب منذ يوم الأحد الموافق لعيد الفطر في المستشفيات.", "عيد الفطر"),
])
def test_a_feast_restating_the_edge_of_a_period_is_that_edge(sentence, expression):
    assert feast(sentence, expression) == "boundary"


def test_a_feast_restating_a_day_of_a_happening_stays_a_happening():
    assert feast("وخرج المحتجون صبيحة اليوم، المصادف لعيد الفطر، إلى الشوارع.", "عيد الفطر") is None


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
