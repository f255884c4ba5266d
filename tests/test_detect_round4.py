"""non_event_reason, round 4 (classes from the held-out dev2 event annotation, checked on corpus phrasings): a tournament's
word names a year in digits («كأس العالم 2018»), but a day or a period told relative to the article after it is when the
tournament is held; budgets and plans stay labels. «في حالة» before a state names the state, not a condition; a start
or a statement verb beside a figure dates the start or the statement; a return from a day is a happening that day. The sentences are written for the tests, after corpus phrasings."""
from datetime import date

import pytest

from timeline.events.detect import non_event_reason
from timeline.model import Mention

SPANS = {"day": (date(2018, 3, 31), date(2018, 3, 31)), "month": (date(2018, 4, 1), date(2018, 4, 30)),
         "year": (date(2019, 1, 1), date(2019, 12, 31))}


def reason(sentence: str, expression: str, grain: str):
    start = sentence.index(expression)
    mention = Mention(expression, start, start + len(expression), "DATE", "X", span=SPANS[grain], grain=grain)
    return non_event_reason(sentence, (0, len(sentence)), mention)


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وتستعد المحافظة لاستضافة الجولة الرابعة من البطولة الشهر المقبل بمشاركة أفضل المتسابقين.", "الشهر المقبل", "month"),
    ("وأعلنت الرابطة قرارها بالإجماع باستئناف البطولة السبت 31 مارس، بعد توقف دام 3 أسابيع.", "السبت 31 مارس", "day"),
    ("ورفضت محكمة التحكيم الرياضي كاس الجمعة الاستئناف الذي تقدم به 47 رياضيا.", "الجمعة", "day"),
    ("وتقام منافسات مونديال العام المقبل في روسيا بمشاركة 32 منتخبا.", "العام المقبل", "year"),
])
def test_a_relative_time_after_a_tournament_word_is_when_it_is_held(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وسيشارك المنتخب في كأس العالم 2019 بعد غياب طويل.", "2019", "year"),
    ("وتعمل الحكومة على إعداد ميزانية العام المقبل في ظروف صعبة.", "العام المقبل", "year"),
    ("وأعلنت الوزارة عن موازنة العام المقبل التي تتضمن زيادة في الإنفاق.", "العام المقبل", "year"),
])
def test_a_tournament_named_by_its_year_and_a_budget_for_a_period_stay_labels(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "label"


# --- a state is no condition, a start or a statement beside a figure dates that start or statement

@pytest.mark.parametrize("sentence, expression", [
    ("وإبقاء المشتبه بهم الآخرين في حالة سراح في انتظار مثولهم مجددا أمامه يوم الخميس القادم.", "يوم الخميس القادم"),
    ("وكانت حصيلة سابقة أفادت بمقتل 99 شخصا إثر دخول البركان في حالة ثوران الأحد.", "الأحد"),
    ("إذ سيكون اللاعب في حالة ذهنية ممتازة في مباراة مصر واليونان الثلاثاء.", "الثلاثاء"),
])
def test_in_a_state_is_no_condition(sentence, expression):
    assert reason(sentence, expression, "day") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وفي حالة فوز الفريق يوم الأحد يتأهل إلى النهائي.", "يوم الأحد"),
    ("وفي حال تأجيل المباراة الأحد ستقام الثلاثاء.", "الأحد"),
])
def test_a_condition_stays_hypothetical(sentence, expression):
    assert reason(sentence, expression, "day") == "hypothetical"


@pytest.mark.parametrize("sentence, expression", [
    ("وتصل نسبة الرسوم إلى 25 بالمئة وسيبدأ تطبيقها في 23 آب/أغسطس.", "23 آب/أغسطس"),
    ("وتبلغ قيمة الاستثمارات 50 مليون دينار ويبدأ تنفيذ المشروع في 15 مارس.", "15 مارس"),
    ("والثلاثاء قالت الشركة إنها حققت مبيعات أعلى بنسبة 15 بالمئة في النصف الأول من العام.", "الثلاثاء"),
    ("والأحد أعلنت الوزارة أن نسبة النجاح بلغت 60 بالمئة.", "الأحد"),
])
def test_a_day_of_a_start_or_a_statement_beside_a_figure_is_an_event(sentence, expression):
    assert reason(sentence, expression, "day") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وتشهد شوارع المدينة بداية من الاثنين القادم عودة رافعة السيارات المخالفة.", "الاثنين القادم"),
    ("وقرر الاتحاد ابتداء من السبت استئناف منافسات الدوري.", "السبت"),
])
def test_a_return_from_a_day_is_a_happening_that_day(sentence, expression):
    assert reason(sentence, expression, "day") is None


def test_an_ongoing_state_from_a_day_stays_a_boundary():
    assert reason("ويبقى المعبر مغلقا بداية من الاثنين القادم.", "الاثنين القادم", "day") == "boundary"


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


# --- a birth year with the birthplace between, and an exam session or edition named by its date, are labels

@pytest.mark.parametrize("sentence, expression", [
    ("وصديقتها المدلكة المسماة سهيلة المزدادة بالرباط سنة 2019.", "سنة 2019"),
    ("وحصل الروائي المولود في عمان سنة 2019 لأبوين فلسطينيين على الجائزة.", "سنة 2019"),
    ("وكانت لجنة تحكيم دورة العام 2019 من المهرجان برئاسة المخرج.", "العام 2019"),
])
def test_a_birth_year_or_an_edition_named_by_its_year_is_a_label(sentence, expression):
    assert reason(sentence, expression, "year") == "label"


def test_a_day_of_birth_stays_a_happening():
    sentence = "كان الفنان المولود في السبت 31 مارس في حي شعبي كتلة من الكوميديا."
    assert reason(sentence, "السبت 31 مارس", "day") is None


# --- «اليوم» closing its sentence after a state word of its clause is nowadays

@pytest.mark.parametrize("sentence", [
    "وكشف المستشار أن البنك يعتبر المؤسسة المؤهلة أكثر من أي مؤسسة أخرى للخوصصة اليوم.",
    "وقال الخبير إن القطاع يمثل أكبر مصدر للعملة الصعبة في البلاد اليوم.",
])
def test_today_closing_a_sentence_of_a_state_is_nowadays(sentence):
    assert reason(sentence, "اليوم", "day") == "generic"


@pytest.mark.parametrize("sentence", [
    "باتت تتخلف بفارق نقطة عن اليابان والسنغال اللذين تعادلا 2-2 في وقت سابق اليوم.",
    "وأصبحت الشركة أكبر مصدر في المنطقة، وأعلنت عن نتائجها اليوم.",
])
def test_today_of_a_relative_clause_or_a_statement_after_the_state_word_stays_a_day(sentence):
    assert reason(sentence, "اليوم", "day") is None
