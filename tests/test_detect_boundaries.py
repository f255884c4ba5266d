"""non_event_reason on edges of a period (boundary): the year a contract runs to, «بحلول» a date that is
no feast, an ongoing state from a day, a boundary word written onto the year («منذ1945»), a feast restating the
edge of a period («منذ أمس المصادف لعيد الفطر»), the coming of a feast greeted (its occasion, a label); and the day
a contract ends, a return from a day, which are happenings. The sentences are written for the tests, after corpus phrasings."""
import pytest

from non_event_helpers import reason, feast


@pytest.mark.parametrize("sentence, expression", [
    ("لكن نادي ليون الذي سينتهي عقد اللاعب الشاب رفقته سنة 2022 يرفض بيعه.", "سنة 2022"),
    ("ويمتد عقده مع الفريق إلى غاية صيف 2021.", "صيف 2021"),
    ("وقال المدير الرياضي إن عقده ينتهي عام 2020 وإن المفاوضات لم تبدأ.", "عام 2020"),
])
def test_the_year_a_contract_runs_to_is_a_boundary(sentence, expression):
    assert reason(sentence, expression, "year") == "boundary"


def test_the_day_a_contract_ends_stays_an_event():
    assert reason("وسينتهي عقد المدرب مع النادي يوم الأحد بعد آخر مباراة.", "يوم الأحد", "day") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وهنأ رئيس الحكومة المسلمين في بلاده بحلول عيد الأضحى.", "عيد الأضحى"),
    ("وبعث الملك برقية تهنئة إلى القادة العرب بحلول شهر رمضان.", "شهر رمضان"),
])
def test_the_coming_of_a_feast_greeted_is_its_occasion(sentence, expression):
    # the held-out readers leave the feast of a greeting out (label): it is no time of a happening, nor a deadline
    assert reason(sentence, expression, "day") == "label"


def test_by_a_date_that_is_no_feast_stays_a_boundary():
    assert reason("وتعهدت الحكومة بإنهاء المشروع بحلول عام 2025.", "عام 2025", "year") == "boundary"


@pytest.mark.parametrize("sentence, expression", [
    ("وتشهد شوارع المدينة بداية من الاثنين القادم عودة رافعة السيارات المخالفة.", "الاثنين القادم"),
    ("وقرر الاتحاد ابتداء من السبت استئناف منافسات الدوري.", "السبت"),
])
def test_a_return_from_a_day_is_a_happening_that_day(sentence, expression):
    assert reason(sentence, expression, "day") is None


def test_an_ongoing_state_from_a_day_stays_a_boundary():
    assert reason("ويبقى المعبر مغلقا بداية من الاثنين القادم.", "الاثنين القادم", "day") == "boundary"


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


@pytest.mark.parametrize("sentence, expression", [
    ("ومنذ صبيحة اليوم، المصادف لعيد الفطر، حضرت القوات العمومية بكثافة في شوارع المدينة.", "عيد الفطر"),
    ("وتتواصل الاحتجاجات منذ أمس المصادف لعيد الفطر في عدة مدن.", "عيد الفطر"),
    ("ويستمر الإضراب منذ يوم الأحد الموافق لعيد الفطر في المستشفيات.", "عيد الفطر"),
])
def test_a_feast_restating_the_edge_of_a_period_is_that_edge(sentence, expression):
    assert feast(sentence, expression) == "boundary"


def test_a_feast_restating_a_day_of_a_happening_stays_a_happening():
    assert feast("وخرج المحتجون صبيحة اليوم، المصادف لعيد الفطر، إلى الشوارع.", "عيد الفطر") is None


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وهذا الفوز الثامن على التوالي لبايرن، للمرة الأولى منذ الفترة بين آب/أغسطس وتشرين الأول/أكتوبر 2015 (12 مباراة).",
     "بين آب/أغسطس وتشرين الأول/أكتوبر 2015", "months"),
    ("وسجل الفريق أطول سلسلة انتصارات منذ الفترة الممتدة بين 2010 و2012.", "بين 2010 و2012", "year"),
])
def test_a_period_after_since_the_period_is_a_boundary(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "boundary"


def test_a_range_told_as_the_time_of_a_happening_stays_an_event():
    assert reason("ولعب دي بروين لتشلسي بين 2012 و2014 دون أن يفرض نفسه.", "بين 2012 و2014", "year") is None
