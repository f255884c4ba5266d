"""non_event_reason on what may or is meant to happen (hypothetical): a question about what
may happen, a condition («في حالة فوز»), an intention, a target figure for a period, a prediction of a state, a
past aim; an edition halted for a period; and what stays a happening beside such words (a trivia question, «في
حالة» before a state, a scheduled opening, an attack «يستهدف»). The sentences are written for the tests, after
corpus phrasings."""
import pytest

from non_event_helpers import reason


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


def test_a_thing_predicted_to_become_real_is_hypothetical():
    assert reason("السيارات الطائرة ستصبح واقعا العام المقبل", "العام المقبل", "year") == "hypothetical"


def test_a_thing_that_became_real_stays_an_event():
    assert reason("وأصبح الحلم واقعا العام الماضي مع افتتاح الملعب.", "العام الماضي", "year") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وقال والده إنه كان يعتزم العودة لقضاء شهر رمضان في القرية.", "شهر رمضان"),
    ("وأكد الوزير أن حكومته تنوي خفض الضرائب خلال العام المقبل.", "العام المقبل"),
])
def test_an_intention_past_or_present_frames_a_plan(sentence, expression):
    assert reason(sentence, expression, "month") == "hypothetical"


def test_an_intention_before_the_end_of_a_term_leaves_the_term_s_end_an_event():
    sentence = "وأبلغ المجلس أنه لا ينوي البقاء في منصبه بعد انتهاء ولايته في مارس 2019."
    assert reason(sentence, "مارس 2019", "month") is None


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


# --- a state is no condition

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


# --- a target figure for a period is a plan

@pytest.mark.parametrize("sentence, expression", [
    ("والذي يواصل التوسع مستهدفا وصول طاقته الاستيعابية إلى 22.1 مليون حاوية هذا العام.", "هذا العام"),
    ("وتواصل الشركة الاستثمار مستهدفة بلوغ إنتاجها مليون برميل العام الجاري.", "العام الجاري"),
])
def test_a_target_for_a_period_is_no_happening(sentence, expression):
    assert reason(sentence, expression, "year") == "hypothetical"


@pytest.mark.parametrize("sentence, expression", [
    ("وقتل ثلاثة أشخاص في هجوم يستهدف مسجدا العام الجاري في المدينة.", "العام الجاري"),
    ("وأطلقت الوزارة برنامجا مستهدفا للشباب يوم السبت في الرباط.", "يوم السبت"),
])
def test_an_attack_or_a_targeted_programme_stays_a_happening(sentence, expression):
    grain = "day" if "يوم" in expression else "year"
    assert reason(sentence, expression, grain) is None
