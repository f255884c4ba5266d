"""Headline titles are neither cut mid-clause nor garbled: no opening on a word whose preposition or head went
(«رأسهم …» of «على رأسهم»), no two clauses glued where a date went («الحسم وتوقع أن …»), a verb's «إلى» complement
after its date's comma kept, no ending on an office whose body was cut, and a long speaker named without the office
set off by a comma before their name."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


# a pronoun-suffixed head left by its preposition or head («على رأسهم», «من أبرزها», «ما راعه هو») points before
# the title: the title opens on what it introduced
@pytest.mark.parametrize("sentence, when, expected", [
    ("وتأتي الحفلة بمجموعة من النجوم على رأسهم فنان العرب محمد عبده الذي يطل على الجمهور يوم 12 يوليو.",
     "يوم 12 يوليو", "فنان العرب محمد عبده يطل على الجمهور"),
    ("وعانت سوريا من غارات كثيرة، لعل من أبرزها الغارة التي استهدفت موقع الكبر في مارس 2009.",
     "مارس 2009", "الغارة استهدفت موقع الكبر"),
    ("وأضاف أنه اتبع نفس التراتيب، لكن ما راعه هو صدور قرار يوم 17 ماي بإيقاف الشركة.",
     "يوم 17 ماي", "صدور قرار بإيقاف الشركة"),
    ("وشهدت العاصمة سلسلة من الهجمات، كان أبرزها الهجوم الذي استهدف منطقة وزير أكبر خان نهاية ماي الماضي.",
     "نهاية ماي الماضي", "الهجوم استهدف منطقة وزير أكبر خان"),
])
def test_a_title_does_not_open_on_a_head_whose_preposition_went(sentence, when, expected):
    assert title_of(sentence, when) == expected


# a word left of the clause a date closed is not glued to the verb opening the next clause
@pytest.mark.parametrize("sentence, when, expected", [
    ("الحسم في اكتوبر وتوقع أن تتم عملية تعيين مكتب الدراسات.", "اكتوبر", "توقع أن تتم عملية تعيين مكتب الدراسات"),
    ("انطلقت اليوم الاثنين اختبارات مادة التربية البدنية، لتتواصل إلى يوم 29 أفريل ويكون يوم 30 أفريل يوم التدارك "
     "لمن تعذر عليه الاختبار.",
     "يوم 30 أفريل", "يكون يوم التدارك لمن تعذر عليه الاختبار"),
])
def test_a_fragment_before_a_date_is_not_glued_to_the_next_clause(sentence, when, expected):
    assert title_of(sentence, when) == expected


# … but a subject before its date keeps its verb, and a verb its object
@pytest.mark.parametrize("sentence, when, start", [
    ("الاجتماع اليوم يأتي تباعا لاجتماع المنستير.", "اليوم", "الاجتماع يأتي"),
    ("المهرجان هذا العام يشهد تطورا ملحوظا في الخدمات.", "هذا العام", "المهرجان يشهد"),
    ("أطلقت الشركة الأربعاء تحديثا جديدا للتطبيق.", "الأربعاء", "أطلقت الشركة"),
])
def test_a_subject_or_verb_before_its_date_stays(sentence, when, start):
    assert title_of(sentence, when).startswith(start)


# «إلى» alone after a date's comma is the verb's complement (not the leading «إلى ذلك», «إلى أن»)
@pytest.mark.parametrize("sentence, when, expected", [
    ("وكانت اللجنة توصلت في اجتماعها أمس الثلاثاء، إلى الصيغة التالية للفصل 24.", "أمس الثلاثاء",
     "اللجنة توصلت في اجتماعها إلى الصيغة التالية للفصل 24"),
    ("ودعا الوزير في كلمته يوم الأحد، إلى الإسراع في إنجاز المشاريع المعطلة.", "يوم الأحد",
     "دعا الوزير في كلمته إلى الإسراع في إنجاز المشاريع المعطلة"),
])
def test_an_ila_complement_after_the_dates_comma_stays(sentence, when, expected):
    assert title_of(sentence, when) == expected


def test_a_leading_ila_phrase_after_the_dates_comma_stays_out():
    title = title_of("وافتتح الوزير المعرض يوم الأحد، إلى ذلك أعلنت الوزارة عن برنامج جديد.", "يوم الأحد")
    assert "ذلك" not in title.split() and "أعلنت" not in title.split()


# a cut title does not end on an office whose body or holder the cut left out
@pytest.mark.parametrize("sentence, when, last", [
    ("وحضر القمة العاهلين السعودي والأردني، والشيخ محمد بن راشد آل مكتوم نائب رئيس دولة الإمارات العربية المتحدة "
     "رئيس مجلس الوزراء حاكم دبي، وذلك في يونيو الماضي.", "يونيو الماضي", "المتحدة"),
    ("وصوت في جولة الحسم 14 عضوا من بينهم الراحل خوليو غروندونا نائب رئيس الفيفا رئيس لجنة المالية فيه في 2 ديسمبر 2010.",
     "2 ديسمبر 2010", "الفيفا"),
])
def test_a_cut_title_does_not_end_on_an_office(sentence, when, last):
    title = title_of(sentence, when)
    assert title.split()[-1] == last, title


# an office set off by a comma names its holder: a long statement is told with the name alone
@pytest.mark.parametrize("sentence, when, start", [
    ("فقد ذكر مدير الاستخبارات المركزية الأمريكية، مايك بومبيو مؤخراً بأن أشهراً فقط قد تفصل كوريا الشمالية عن "
     "بلوغها هدفها بوضع رأس حربي على صاروخ، وفقاً لتصريح لبومبيو في 23 يناير الماضي.", "23 يناير الماضي",
     "مايك بومبيو: "),
    ("وقال وزير المالية التركي، براءت ألبيرق، اليوم الخميس إن بلاده ستلجأ للأسواق المالية الدولية لتوفير التمويلات "
     "اللازمة لمشاريعها الكبرى.", "اليوم الخميس", "براءت ألبيرق: "),
])
def test_an_office_set_off_by_a_comma_names_its_holder(sentence, when, start):
    assert title_of(sentence, when).startswith(start)


# a clause describing a noun through a pronoun («فيه», «خلالها»), cut before what it tells, goes with its verb
@pytest.mark.parametrize("sentence, when, ending", [
    ("وكانت دار الإفتاء المصرية أصدرت في يناير الماضي بياناً تحرّم فيه تداول العملة الرقمية المشفّرة بيتكوين "
     "والتعامل بها بيعا وشراء في كل الأسواق.", "يناير الماضي", "بياناً"),
    ("ونشرت شبكة NBC الأمريكية الأسبوع الماضي تقريرا قالت فيه إن مسؤولين قطريين زاروا الولايات المتحدة لتقديم "
     "أدلة على علاقات بين مستشاري ترامب ودول الجوار.", "الأسبوع الماضي", "تقريرا"),
    ("وعقدت الهيئة المديرة لمهرجان قرطاج الدولي يوم الاثنين ندوة صحفية أعلنت خلالها عن برنامج الدورة 52 للمهرجان "
     "وأسعار التذاكر ومواعيد العروض.", "يوم الاثنين", "صحفية"),
])
def test_a_cut_describing_clause_goes_with_its_verb(sentence, when, ending):
    title = title_of(sentence, when)
    assert title.split()[-1] == ending, title
