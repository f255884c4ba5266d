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
