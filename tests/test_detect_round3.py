"""non_event_reason, round 3 (classes from the blind audit of sheet 6607, checked on corpus phrasings): a question
about what may happen, a denied «يتم» over its verbal noun, a day and month naming an uprising or an attack, and the
date a cited law or decree carries. The sentences are written for the tests, after corpus phrasings."""
from datetime import date

import pytest

from timeline.events.detect import non_event_reason
from timeline.model import Mention

DAY = (date(2018, 3, 16), date(2018, 3, 16))
YEAR = (date(2018, 1, 1), date(2018, 12, 31))
GRAINS = {"day": DAY, "year": YEAR}


def reason(sentence: str, expression: str, grain: str = "day", nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(expression, start + 1)
    mention = Mention(expression, start, start + len(expression), "DATE", "X", span=GRAINS[grain], grain=grain)
    return non_event_reason(sentence, (0, len(sentence)), mention)


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وهل يؤهله أداؤه الأسطوري للتنافس لأجل إحراز جائزة الكرة الذهبية في 2018، علما أنه سيخوض كأس العالم؟",
     "2018", "year"),
    ("فهل يزور الرئيس القاهرة الأحد المقبل كما وعد؟", "الأحد المقبل", "day"),
    ("ويبقى السؤال: هل ينجح المنتخب في التأهل خلال العام الجاري؟", "العام الجاري", "year"),
])
def test_a_question_about_what_may_happen_is_hypothetical(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "hypothetical"


@pytest.mark.parametrize("sentence, expression", [
    # a fact told as trivia, and a question whose time belongs to a relative clause of its own
    ("هل تعلم أن الكاتب ولد في القاهرة يوم الجمعة؟", "يوم الجمعة"),
    ("ويتساءل كثيرون أيضا هل بات صلاح، الذي فاز الأحد الماضي بلقب أفضل لاعب، في مستوى ميسي؟", "الأحد الماضي"),
    ("وبات الكل يتساءل هل سيكون اللاعب جاهزا لخوض منافسات كأس العالم التي تنطلق في 14 حزيران/يونيو.", "14 حزيران/يونيو"),
])
def test_a_trivia_question_or_a_relative_clause_in_one_stays_an_event(sentence, expression):
    assert reason(sentence, expression) is None


@pytest.mark.parametrize("sentence, expression", [
    ("وأكد مصدر أوروبي أن اللقاء هو الأول منذ سنوات، موضحا أنه لن يتم بحث مسالة توسيع الاتحاد الخميس.", "الخميس"),
    ("وقال المتحدث إنه لم تتم مناقشة ملف الحدود مع الوفد الأحد.", "الأحد"),
    ("وأفاد المصدر أنه لن يتم الإعلان عن نتائج المناظرة يوم الاثنين.", "يوم الاثنين"),
])
def test_a_denied_passive_over_its_verbal_noun_is_negated(sentence, expression):
    assert reason(sentence, expression) == "negated"


@pytest.mark.parametrize("sentence, expression", [
    # the denial is of another clause, far before the time («ولم يتم تركيب العدادات على الرغم من مراجعتي لهم في شهر رمضان»)
    ("ولم يتم تركيب العدادات على الرغم من مراجعتي لهم في الإدارة الأحد.", "الأحد"),
    ("وأطلق سراحه مساء السبت، مضيفا أنه لم يتم توجيه أي تهمة له.", "مساء السبت"),
])
def test_a_denied_passive_far_from_the_time_leaves_it_an_event(sentence, expression):
    assert reason(sentence, expression) is None


@pytest.mark.parametrize("sentence, expression, nth", [
    ("وحول مواقفه السياسية قال إن ثورة 25 يناير في قلبي وعقلي ودمي، 25 يناير هي الثورة الحقيقية.", "25 يناير", 0),
    ("وحول مواقفه السياسية قال إن ثورة 25 يناير في قلبي وعقلي ودمي، 25 يناير هي الثورة الحقيقية.", "25 يناير", 1),
    ("وشارك في المسيرة نشطاء من حركة 20 فبراير وأحزاب من اليسار.", "20 فبراير", 0),
    ("وظلت الجماعة تحت المراقبة منذ سنوات، على الأقل منذ هجمات 11 سبتمبر على نيويورك.", "11 سبتمبر", 0),
])
def test_a_day_and_month_naming_an_uprising_or_an_attack_is_a_label(sentence, expression, nth):
    assert reason(sentence, expression, "day", nth) == "label"


@pytest.mark.parametrize("sentence, expression", [
    # with a year the date dates the uprising; an anchor word makes it a day of now
    ("وخرج المحتجون تخليدا لانتفاضة 20 يونيو 1981 في الدار البيضاء.", "20 يونيو 1981"),
    ("ونظمت الحركة 20 فبراير الماضي وقفة أمام البرلمان.", "20 فبراير الماضي"),
    ("ودعت حركة الشباب إلى مسيرة يوم 20 فبراير.", "يوم 20 فبراير"),
])
def test_a_dated_uprising_or_a_day_after_another_word_stays_an_event(sentence, expression):
    assert reason(sentence, expression) is None


@pytest.mark.parametrize("sentence, expression", [
    ("وأفاد نص البلاغ أنه بمقتضى الأمر عدد 717 المؤرخ في 19 مارس 2001 المتعلق بضبط طرق إسناد منح التشجيع.",
     "19 مارس 2001"),
    ("وقال إن المرسوم يندرج في اختصاص الرئيس عملا بالمادة 3 من قانون الجنسية اللبنانية الصادر بتاريخ 19 يناير 1925.",
     "19 يناير 1925"),
    ("دون الحاجة إلى تنقيح القانون التوجيهي عدد 80 لسنة 2002 المؤرخ في 23 جويلية 2002 والمتعلق بالتربية.",
     "23 جويلية 2002"),
    ("والمتمم للأمر الحكومي السابق عدد 2369 الصادر في أكتوبر 2012.", "أكتوبر 2012"),
])
def test_the_date_a_cited_law_carries_is_a_label(sentence, expression):
    assert reason(sentence, expression) == "label"


@pytest.mark.parametrize("sentence, expression", [
    ("وأظهر تقرير منظمة أوبك الشهري الصادر الأربعاء تراجع إنتاج النفط الإيراني.", "الأربعاء"),
    ("وطالب المحتجون بإلغاء القرار الصادر في 6 ديسمبر بشأن القدس.", "6 ديسمبر"),
    ("وصادق البرلمان على مشروع القانون في 19 مارس 2001 بأغلبية الأصوات.", "19 مارس 2001"),
])
def test_a_report_a_decision_or_a_law_passed_stays_an_event(sentence, expression):
    assert reason(sentence, expression) is None


@pytest.mark.parametrize("sentence, expression, grain", [
    ("واكتشف علماء الفلك الكويكب في ماي 2014، ويعد هذا الشهر الفرصة الوحيدة أمام الهواة لرصده.", "هذا الشهر", "year"),
    ("ويعتبر العام الماضي الأسوأ لقطاع السياحة في البلاد.", "العام الماضي", "year"),
    # a bare «اليوم» after a judgement or a result verb is nowadays
    ("وأضاف أن الهيئة الملكية تعد اليوم مساهما رئيسا في اقتصاد المملكة.", "اليوم", "day"),
    ("لكن الإرادة كانت أقوى، ما جعلها اليوم تقول إنها لم تندم على قراراتها.", "اليوم", "day"),
])
def test_a_time_judged_or_a_result_now_is_generic(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "generic"


@pytest.mark.parametrize("sentence, expression", [
    # the judgement verb governs another subject; «اليوم» with its weekday is a day
    ("ويعد اللقاء الذي جرى الأحد الأول من نوعه.", "الأحد"),
    ("وتعد الحكومة اليوم الأحد مشروع قانون المالية.", "اليوم الأحد"),
])
def test_a_judgement_of_something_else_leaves_the_time_an_event(sentence, expression):
    assert reason(sentence, expression) is None


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
    ("وأعلن الفيفا اختيار اللاعب ضمن المرشحين في القائمة النهائية لجائزة “The Best” لأفضل لاعب في العالم، لعام 2018.",
     "عام 2018"),
    ("وحصل على لقب أفضل حارس في الدوري لهذا العام بعد تصويت الجماهير.", "هذا العام"),
])
def test_the_year_an_award_for_the_best_is_for_is_a_label(sentence, expression):
    assert reason(sentence, expression, "year") == "label"


def test_a_best_film_award_won_in_a_year_stays_an_event():
    sentence = "بعد فوز الفيلم بجائزة الأوسكار لأفضل فيلم عام 1997، تبعه فيلم آخر."
    assert reason(sentence, "عام 1997", "year") is None
