"""A title cut at the length limit never ends on a word whose complement the cut left out: a participle of place
(«الواقع», «الواقعة»), a verb before its result («أدى», «أدت»), a measure («بدرجة»), a particle («إنّما»), a day
before its count («في يوم» [واحد]), a purpose verb («ليعمل», «ليفشل» before «في …»); nor on a number, its number
word or the word opening the amount («بقيمة 50 مليار» [دولار], «بحوالي» [70 مليار دولار]) when the sentence goes on
with what it counts. It ends on the whole shorter unit before. Sentences are corpus phrasings (a clause or so)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.tokens import MAX_CHARS
from timeline.terms import normalize_word

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


DANGLING_ROWS = [
    ("وأطلقت منظمة الصحة العالمية، الأربعاء، حملة التطعيم ضد #الكوليرا في المناطق الواقعة تحت سيطرة الشرعية "
     "اليمنية، واكتفت بالقول إنها لم تحصل على إذن لتنفيذ الحملة في مناطق الحوثيين.", "الأربعاء", "الواقعة"),
    ("ففي العاشر من حزيران/يونيو الماضي، أتى حريق كبير على أكبر مخازن صناديق الاقتراع الواقعة في الرصافة بالجانب "
     "الشرقي من مدينة بغداد، والتي تمثل نحو 60 بالمئة من أصوات الناخبين.", "العاشر من حزيران/يونيو الماضي", "الواقعة"),
    ("أعلنت الشرطة الهولندية، الجمعة، إطلاقها النار على مشتبه به بعد حادث طعن أدى إلى إصابة شخصين بجروح في محطة "
     "القطارات المركزية بأمستردام، الجمعة.", "الجمعة", "أدى"),
    ("وتتهم سوريا إسرائيل بشن ضربات دامية على أراضيها كان آخرها في 9 و 30 نيسان/أبريل أدت إلى مقتل إيرانيين وجنود "
     "سوريين.", "في 9 و 30 نيسان/أبريل", "أدت"),
    ("وقال العلماء إن خطط نحو 200 حكومة بخفض انبعاثات ثاني أكسيد الكربون ضعيفة للغاية بدرجة يتعذر معها الوفاء "
     "بأهداف اتفاقية باريس للتغير المناخي المعلنة في ديسمبر بهدف إحداث تحول جذري عن استخدام الوقود الحفري.", "ديسمبر",
     "بدرجة"),
    ("مصر التي تحتفل اليوم بهذا العرس البهيج الممتد عبر أرضها الطيبة إنّما تجدد رسالتها للعالم بأنّ مسيرتها "
     "الحضارية متواصلة، وأنها تمضي قدمًا في طريق البناء.", "اليوم", "إنما"),
    ("وسعود عبدالله سعود الدوسري بدأ حياته الإعلامية في إذاعة الرياض، وكان مذيعاً لنشرة الأخبار، قبل انتقاله إلى مركز "
     "الشرق الأوسط في لندن ليعمل في إذاعة mbc fm عام 1994 كمذيع لنشرة الأخبار وبعض البرامج الفنية والشعرية.",
     "عام 1994", "ليعمل"),
]


@pytest.mark.parametrize("sentence, when, dangling", DANGLING_ROWS)
def test_a_cut_title_does_not_end_on_a_word_needing_what_was_cut(sentence, when, dangling):
    title = title_of(sentence, when)
    assert len(title.split()) >= 3
    assert normalize_word(title.split()[-1]) != normalize_word(dangling)
    assert len(title) <= MAX_CHARS


def test_a_cut_in_a_day_count_drops_the_day():
    sentence = ("نظمت وحدات الحرس الوطني بسوسة أمس حملة أمنية موسّعة أسفرت عن إيقاف 80 شخصا مفتشا عنهم في يوم واحد "
                "في قضايا مختلفة وحجز وسيلتي نقل مفتشا عنهما و12 دراجة نارية وتحرير عشرات المخالفات.")
    assert not title_of(sentence, "أمس").endswith(("يوم", "في"))


def test_a_purpose_verb_keeps_its_complement_when_it_fits():
    sentence = ("وسيكون هدف مانشيني هو إعادة بناء الفريق ، الذي خسر في نوفمبر مباراة الدور الفاصل أمام السويد ليفشل في "
                "التأهل لنهائيات كأس العالم للمرة الأولى منذ 60 عاما.")
    title = title_of(sentence, "في نوفمبر")
    assert not title.endswith("ليفشل")


# a number and its unit or counted noun are one phrase: the cut ends before the amount, its head with it
COUNT_ROWS = [
    ("وردت الصين هذا الأسبوع بإعلان ردها المحتمل بفرض رسوم على 106 سلع أمريكية بقيمة 50 مليار دولار، بينها فول "
     "الصويا وقطع غيار الطائرات وعصير البرتقال.", "هذا الأسبوع"),
    ("أكد مسؤول حكومي أمريكي الأربعاء أن الصين عرضت زيادة وارداتها من السلع الأمريكية بحوالي 70 مليار دولار، شرط أن "
     "تتخلى إدارة الرئيس دونالد ترامب عن تهديدها بفرض رسوم جمركية مشددة.", "الأربعاء"),
    ("وأظهرت بيانات أميركية يوم الأربعاء أن انتاج الخام فيالولايات المتحدة ارتفع بمقدار 100 ألف برميل يوميا إلى 10.9 "
     "مليون برميل يوميا في الأسبوع المنتهي في العاشر من أغسطس.", "يوم الأربعاء"),
    ("وباع سيلفيو برلسكوني رئيس وزراء إيطاليا السابق، النادي في أبريل 2017 مقابل 740 مليون يورو وتنحى عن رئاسة النادي "
     "وهو منصب شغله لأكثر من 30 عاما.", "في أبريل 2017"),
    ("وانتقل صلاح من فريق بازل السويسري إلى تشيلسي الإنجليزي في يناير 2014 بصفقة قيمتها 16.5 مليون يورو، قبل إعارته "
     "إلى فيورنتينا الإيطالي في الشتاء التالي.", "في يناير 2014"),
]
AMOUNT_WORDS = {"مليار", "مليون", "الف", "بحوالي", "بمقدار", "قيمتها", "بقيمه", "مقابل"}


@pytest.mark.parametrize("sentence, when", COUNT_ROWS)
def test_a_cut_title_does_not_end_inside_an_amount(sentence, when):
    title = title_of(sentence, when)
    last = normalize_word(title.split()[-1])
    assert not last[-1:].isdigit() and last not in AMOUNT_WORDS
    assert len(title.split()) >= 4 and len(title) <= MAX_CHARS


def test_a_whole_amount_within_the_length_stays():
    sentence = "وأعلنت الشركة يوم الثلاثاء عن أرباح بقيمة 5 مليارات دولار خلال الربع الثاني."
    assert "5 مليارات دولار" in title_of(sentence, "يوم الثلاثاء")


def test_a_score_is_no_amount():
    sentence = ("وفاز الترجي الرياضي على النجم الساحلي مساء الأحد بنتيجة 2 مقابل 1 في المباراة التي جمعت بينهما على ملعب "
                "رادس ضمن الجولة العاشرة من البطولة الوطنية لكرة القدم.")
    assert "2" in title_of(sentence, "مساء الأحد")
