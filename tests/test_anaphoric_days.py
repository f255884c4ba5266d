"""«يومها»، «اليوم نفسه» (engine.py): the day of the date the text told last. When that date is a year or a month
(«قبل عامين بالضبط … وخرجنا يومها»), it holds no one day: no value (RESOLUTION.md rule 8; HeidelTime leaves such an
anaphor at the reference's own grain), never the publication day nor an earlier day the text told. Sentences after
corpus phrasings."""
from datetime import date

import pytest

from timeline.engine import extract


def values(text: str, dct: date) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in extract(text, dct)]


@pytest.mark.parametrize("text, dct", [
    ("سأنشر اليوم قصة قديمة، قبل عامين بالضبط، لعب المنتخب مباراته المصيرية أمام أستراليا، وخرجنا يومها بهزيمة.",
     date(2015, 8, 3)),
    ("قال المدرب أمس إن الفريق خسر النهائي في صيف 2016. وقد بكى اللاعبون يومها في غرف الملابس.",
     date(2018, 5, 4)),
    ("وأعلن الوزير الخميس أن الوزارة أطلقت البرنامج في شهر مارس الماضي، وشارك يومها أكثر من ألف طالب.",
     date(2018, 5, 4)),
])
def test_the_day_of_a_coarser_date_told_last_has_no_value(text, dct):
    found = values(text, dct)
    assert all(expression != "يومها" for expression, _ in found)


@pytest.mark.parametrize("text, dct, value", [
    ("إلتقى الفريقان في الدور النهائي في 20 ماي 1998 بأمستردام و فاز الريال يومها بفضل ميياتوفيتش.",
     date(2017, 6, 3), "1998-05-20"),
    ("وفي عام 2017، نشرت الصحيفة تحقيقها يوم 5 أكتوبر، ويومها سرد التحقيق شهادات لنساء عديدات.",
     date(2018, 4, 17), "2017-10-05"),
])
def test_the_day_told_last_is_the_day_of_yawmaha(text, dct, value):
    assert ("يومها", value) in values(text, dct)


def test_a_later_period_told_in_between_leaves_the_day_told():
    text = ('وقال في الأول من آب/أغسطس "هذا الأسبوع، كلفني الرئيس بالنظر في زيادة الرسوم". '
            "وردت الصين في اليوم نفسه محذرة من اتخاذ تدابير مضادة.")
    assert ("اليوم نفسه", "2018-08-01") in values(text, date(2018, 8, 8))


def test_a_point_of_comparison_told_in_between_leaves_the_day_told():
    text = ("سيشهد تاريخ 19 أفريل ظهور المذنب الذي سيكون في أقرب نقطة له من الأرض، ونظرا لأنه اكتسب إضاءة كبيرة منذ "
            "اكتشافه في 2015 يمكن مشاهدته بالمناظير في أوقات محددة من ذلك اليوم.")
    assert ("ذلك اليوم", "2017-04-19") in values(text, date(2017, 4, 19))


@pytest.mark.parametrize("text", [
    "نظمت مسيرة للشموع أمس السبت تضامنا مع الأسرة. وكان رشيد قد غرق الأسبوع الماضي في بحر ليبيا. وتحكي والدته: "
    "\"كولشي كذبني حتى وصلتنا خبارو اليوم التالي\".",
    "نظمت مسيرة للشموع أمس السبت تضامنا مع الأسرة. وتحكي والدته أنها خرجت يوم الحادث تصرخ، ولم يصدقها أحد حتى "
    "وصلهم الخبر في اليوم التالي.",
])
def test_the_next_day_after_an_earlier_period_or_an_undated_happening_day_has_no_value(text):
    assert all(expression != "اليوم التالي" for expression, _ in values(text, date(2017, 6, 25)))


def test_the_next_day_after_the_day_told_keeps_it():
    text = "إلا أن الأم ظهرت يوم الثلاثاء في برنامج تلفزيوني. وفي اليوم التالي، قال محامي الأم إن السلطات اعتقلتها."
    assert ("اليوم التالي", "2018-02-28") in values(text, date(2018, 2, 28))
