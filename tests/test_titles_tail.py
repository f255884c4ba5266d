"""A title that stops where its date stood goes on past it (timeline/events/titles/tail.py): a speaker and a saying
verb, a verb without its object, «إن» and a noun without its predicate, a speaker and a word of what they said, a
frame; and a word whose object was the removed time («في أعوام», «بتوقيت نيودلهي») goes with it."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


# a speaker and a saying verb before the date: the title is «speaker: what is said», past the frame and the asides
@pytest.mark.parametrize("sentence, when, expected", [
    ("وأضاف عباس ـ حسب ما أوردته الوكالة ـ في مستهل اجتماع اللجنة، مساء اليوم الأحد، بمقر الرئاسة في مدينة رام "
     "الله، \"سنذهب إلى القمة العربية\".", "مساء اليوم الأحد", "عباس: سنذهب إلى القمة العربية"),
    ("وأضاف محسن حسن، في تصريح للإذاعة لدى إشرافه اليوم الأربعاء على يوم اقتصادي، أن المؤشرات تبين ارتفاع "
     "نسبة تغطية الواردات بالصادرات.", "اليوم الأربعاء", "محسن حسن: المؤشرات تبين ارتفاع نسبة تغطية الواردات"),
    ("وكانت \"بي إن سبورتس\" قالت في نهاية أيار/مايو الماضي إن الحقوق الحصرية التي تمتلكها لنقل الفاعليات "
     "الرياضية، بما فيها الدوريات الكبرى، تتعرض للقرصنة من موزعين.", "نهاية أيار/مايو الماضي",
     "بي إن سبورتس: الحقوق الحصرية تتعرض للقرصنة"),
])
def test_a_saying_verb_before_its_date_is_told_with_what_is_said(sentence, when, expected):
    assert title_of(sentence, when).startswith(expected), title_of(sentence, when)


# a verb and its subject before the date, its object after it
@pytest.mark.parametrize("sentence, when, expected", [
    ("وأعلنت مصادر طبية فلسطينية الأحد، مقتل فلسطينيين اثنين جراء تلك الغارات.", "الأحد",
     "مقتل فلسطينيين اثنين"),
    ("وانتقد بيان للنصرة بتاريخ أمس، خطة أميركية تركية لطرد تنظيم داعش من منطقة الحدود.", "أمس",
     "خطة أميركية تركية"),
    ("ودعا الهمامي خلال أدائه صباح السبت، واجب العزاء إلى عائلة الزواري، الحكومة إلى الإسراع في المصادقة على "
     "القانون.", "صباح السبت", "دعا الهمامي الحكومة إلى الإسراع"),
    ("لكن الاتحاد الألماني لكرة القدم نفى في بيان صدر الاثنين، ما ساقه ضده أوزيل من اتهامات.", "الاثنين",
     "نفى ما ساقه ضده أوزيل"),
    ("وكانت النيابة العمومية بالمحكمة الابتدائية بقفصة قرّرت الاربعاء الماضي، وبعد الانتهاء من الأبحاث الأوليّة، "
     "فتح بحث تحقيقي حول شبهات فساد مالي.", "الاربعاء الماضي", "قرّرت فتح بحث تحقيقي"),
])
def test_a_verb_before_its_date_keeps_its_object_after_it(sentence, when, expected):
    title = title_of(sentence, when)
    assert expected in title, title


# a long speaker cut the statement to a word or two: the speaker by name, the statement told
@pytest.mark.parametrize("sentence, when, expected", [
    ("قال محافظ هيئة الاتصالات وتقنية المعلومات الدكتور عبد العزيز بن سالم الرويس، في بيان على موقع الهيئة، "
     "الأحد، إن الشركة لم تف بالتزامات الترخيص الصادر لها.", "الأحد",
     "عبد العزيز بن سالم الرويس: الشركة لم تف بالتزامات الترخيص"),
    ("قال إبراهيم كالين المتحدث باسم الرئيس التركي رجب طيب إردوغان اليوم الأربعاء إن بلاده تتوقع نتيجة إيجابية "
     "للمحادثات مع الاتحاد الأوروبي بشأن سفر الأتراك.", "اليوم الأربعاء", "إبراهيم كالين: تركيا تتوقع نتيجة إيجابية"),
])
def test_a_long_speaker_gives_way_to_the_statement(sentence, when, expected):
    assert title_of(sentence, when).startswith(expected), title_of(sentence, when)


# a preposition or a zone word whose object was the removed time goes with it
@pytest.mark.parametrize("sentence, when, absent, present", [
    ("وشهد القطاع المحاصر ثلاث حروب مدمرة في أعوام 2008 و2012 و2014 بين الجيش والفصائل.", "2012", "أعوام", "حروب"),
    ("وأقلعت الطائرة الساعة 18:00 بتوقيت نيودلهي ووصلت إلى تل أبيب الساعة 22:10 بتوقيت إسرائيل، وكان من المقرر أن "
     "تستغرق 7 ساعات.", "الساعة 22:10", "بتوقيت", "ووصلت إلى تل أبيب"),
    ("وقال مسؤول إنه سيعاد فرض هذه العقوبات في الساعة 12.01 بتوقيت شرق الولايات المتحدة.", "الساعة 12.01", "بتوقيت",
     "العقوبات"),
])
def test_a_word_whose_object_was_the_time_goes(sentence, when, absent, present):
    title = title_of(sentence, when)
    assert absent not in title and present in title, title


# … and what the title already tells stays as it is: a length of years, a name holding «فان», a whole clause
@pytest.mark.parametrize("sentence, when, expected", [
    ("وانتخب بيلي مديرا للأكاديمية لمدة أربع سنوات عام 2018.", "عام 2018", "لمدة أربع سنوات"),
    ("اللوحة الفنية رسمها فان جوغ عام 1888، وتعرض في المؤسسة الأخرى التابعة للمتحف.", "عام 1888", "فان جوغ"),
    ("وتغلب المنتخب الألماني على نظيره الأرجنتيني الأحد، في المباراة النهائية.", "الأحد", "الأرجنتيني"),
])
def test_a_told_title_is_not_continued(sentence, when, expected):
    title = title_of(sentence, when)
    assert expected in title and ":" not in title, title


# a statement cut to the length does not end on a word whose complement went («انطلاقا [من السعودية]»)
def test_a_continued_statement_does_not_end_on_an_accusative_of_origin():
    sentence = ("وكانت \"بي إن سبورتس\" قالت في نهاية أيار/مايو الماضي إن الحقوق الحصرية التي تمتلكها لنقل الفاعليات "
                "الرياضية، بما فيها الدوريات الكبرى، تتعرض للقرصنة من موزعين انطلاقا من السعودية المجاورة للدولة.")
    title = title_of(sentence, "نهاية أيار/مايو الماضي")
    assert title.startswith("بي إن سبورتس: الحقوق الحصرية تتعرض") and title.split()[-1] != "انطلاقا", title
