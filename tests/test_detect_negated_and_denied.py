"""non_event_reason on happenings told as not happening (negated): a denied passive over its
verbal noun («لن يتم بحث …»), the date of a denied report («نفت … أن يكون قد …»), days that passed without a
happening; and the denial's own day, a denial far from the time, a deed done «دون» something, which stay events.
The sentences are written for the tests, after corpus phrasings."""
import pytest

from non_event_helpers import reason


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


# --- a denied report: the denied happening's date is no happening, the denial is

@pytest.mark.parametrize("sentence, expression, grain", [
    ('أعلنت شركة "أرامكو"، الجمعة، عدم صحة ما يتداول بشأن زيادة أسعار البنزين، السبت، وذلك حسبما جاء في حسابها.',
     "السبت", "day"),
    ("ونفت الوزارة أن يكون الوزير قد قدم استقالته الأحد.", "الأحد", "day"),
    ("نفى النجم البرتغالي، الأربعاء، الاتهامات الموجهة له باغتصاب سيدة أمريكية عام 2002 في لاس فيغاس.", "عام 2002", "year"),
    ("كما نفى ادعاءات الجاسوس السابق، بأنه التقى بعملاء روس في براغ في يونيو 2018 في إطار جهوده.", "يونيو 2018", "month"),
    ("وأكدت الشركة لا صحة لما نشر عن إغلاق مصنعها السبت.", "السبت", "day"),
])
def test_the_date_of_a_denied_happening_is_negated(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "negated"


@pytest.mark.parametrize("sentence, expression", [
    ("نفت السفارة القطرية في واشنطن السبت صحة الأنباء حول وجود صلات بينها وبين الجماعة.", "السبت"),  # the denial's day
    ("نفى مصدر في الشرطة، السبت، وجود أي شبهة جنائية وراء الوفاة.", "السبت"),
    ("وكانت الهيئة نفت، في السبت، أن تكون المملكة قد فرضت رسوما جديدة.", "السبت"),
    ("نفى المسؤول أن تكون الأرقام المتداولة السبت عبر مواقع التواصل صحيحة.", "السبت"),  # they did circulate
    ("نفى الرئيس الأنباء التي نشرتها وسائل إعلام السبت عن إقالة المدعي.", "السبت"),  # a relative clause's verb
])
def test_the_day_of_a_denial_stays_an_event(sentence, expression):
    assert reason(sentence, expression) is None
