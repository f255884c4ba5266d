"""non_event_reason on times that are no day of a happening (generic): «اليوم» meaning nowadays
after a judgement or closing a sentence of a state, the columnist's own «اليوم», a weekly closure, what someone is
known for over a period, a verbless statement of a period; and the days of told happenings beside them. The
sentences are written for the tests, after corpus phrasings."""
import pytest

from non_event_helpers import reason


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


# --- the columnist's own «اليوم»: writing or telling today is no happening

@pytest.mark.parametrize("sentence", [
    'سأنشر اليوم "فضيحة" قصة قديمة، قبل عامين بالضبط، لعب المنتخب مباراته المصيرية.',
    "وحين أكتب - اليوم - عن تجربتي المتواضعة فلكي أقول ذلك.",
    "سأقول اليوم ما يلي: أحيانا كثيرة تهزمنا الساعة المتعطلة.",
    "نكتب اليوم كل الرثاء في الفقيد، وسنلحق به يوما.",
    "أتحدث اليوم عن تجربة عشتها في الملاعب.",
])
def test_the_authors_own_today_is_no_happening(sentence):
    assert reason(sentence, "اليوم") == "generic"


@pytest.mark.parametrize("sentence", [
    "ونشرت الصحيفة اليوم تحقيقا عن الفساد في البلديات.",  # a third person publishing: a happening
    "وقال الوزير إننا نقدم اليوم مشروعا جديدا للبرلمان.",  # a launch in a quote
    "وكتب الرئيس اليوم في تغريدة أنه سيزور البلاد.",
])
def test_a_told_writing_today_stays_an_event(sentence):
    assert reason(sentence, "اليوم") is None


# --- a weekly closure

@pytest.mark.parametrize("sentence", [
    "ويعتبر تداول الأسهم اليوم الأول منذ ضربة سوسة التي تزامنت مع إغلاق نهاية الأسبوع للبورصة.",
    "وتأخر تنفيذ الأوامر بسبب إقفال نهاية الأسبوع للأسواق.",
])
def test_a_weekly_closure_is_no_happening(sentence):
    assert reason(sentence, "نهاية الأسبوع", "weekend") == "generic"


@pytest.mark.parametrize("sentence, expression", [
    ("وكانت الألعاب قد اختتمت خلال عطلة نهاية الأسبوع.", "عطلة نهاية الأسبوع"),
    ("وتمكنت الشرطة خلال نهاية الأسبوع من الكشف عن عصابة.", "نهاية الأسبوع"),
    ("وقررت السلطات إغلاق نهاية الأسبوع الماضي جميع المحلات.", "نهاية الأسبوع الماضي"),
])
def test_a_weekend_of_a_happening_stays_an_event(sentence, expression):
    assert reason(sentence, expression, "weekend") is None


# --- how things are in a verbless sentence

@pytest.mark.parametrize("sentence, expression", [
    ('وقال: "سأستغل فرصة وجودي لأقول إنه في العام 2002 الطهاة هم أكثر من مجرد وصفات طبخ".', "العام 2002"),
    ("وفي عام 2002 المدينة هي الأكبر في المنطقة.", "عام 2002"),
])
def test_a_verbless_statement_of_a_period_is_generic(sentence, expression):
    assert reason(sentence, expression, "year") == "generic"
