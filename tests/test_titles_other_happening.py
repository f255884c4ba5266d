"""Titles tell the happening the date dates, not the sentence's main one (audit 8363's «other-happening» class)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str, **kwargs) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X"), **kwargs).text


@pytest.mark.parametrize("sentence, when, expected", [
    # a relative clause describing a reporting frame's speaker holds the date: its happening, not the statement
    ("بينما قالت بريطانيا، التي قادت مع الولايات المتحدة اجتياح العراق في عام 2003، انها ستمنح العراق تسهيلات ائتمانية.",
     "عام 2003", "بريطانيا قادت مع الولايات المتحدة اجتياح العراق"),
    ("وأكد المنتخب الإسباني، الذي تعادل مع نظيره الألماني في مباراة ودية يوم الجمعة الماضي، أنه من أقوى المرشحين للفوز باللقب.",
     "يوم الجمعة الماضي", "المنتخب الإسباني يتعادل مع نظيره الألماني في مباراة ودية"),
    ("وفي هذه المقابلة قال جنينة الذي أقاله السيسي من منصبه قبل سنتين إن عنان يمتلك وثائق وأدلة.",
     "قبل سنتين", "أقال السيسي جنينة من منصبه"),
    # … but not a relative clause describing where it was said: its date is the statement's
    ("وقال الوزير في المؤتمر الصحفي الذي عقده اليوم إن الحكومة ستفتتح المستشفى الجديد.",
     "اليوم", "الوزير: الحكومة ستفتتح المستشفى الجديد"),
    ("وقال الوزير، الخميس، إن بلاده سترسل مساعدات إلى اليمن.", "الخميس", "الوزير: بلاده سترسل مساعدات إلى اليمن"),
])
def test_a_relative_clause_on_the_speaker_tells_its_own_happening(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence, when, expected", [
    # a participle of schedule after a noun phrase, then the date: the scheduled happening is what is dated
    ("تثار شكوك بشأن إمكانية مشاركة صلاح في نهائيات كأس العالم المقرر إقامتها في روسيا الشهر المقبل.",
     "الشهر المقبل", "نهائيات كأس العالم في روسيا"),
    ("وأحال مسألة حل الخلاف على قمة رؤساء الدول والحكومات المرتقبة الأسبوع المقبل في كيبيك.",
     "الأسبوع المقبل", "قمة رؤساء الدول والحكومات في كيبيك"),
    ("تأهبا للمشاركة في بطولة غرب آسيا المقرر لها سبتمبر المقبل، بالإضافة إلى دورة الألعاب الخليجية.",
     "سبتمبر المقبل", "بطولة غرب آسيا"),
    ("تقرر إلغاء الدورة 48 من مهرجان الجاز الدولي بطبرقة المقرر إقامته من 26 أوت إلى غاية 6 سبتمبر لأسباب مالية.",
     "من 26 أوت إلى غاية 6 سبتمبر", "مهرجان الجاز الدولي بطبرقة"),
    # not a frame of expectation, nor a noun phrase too short to tell a happening alone
    ("ومن المقرر أن يدلي زوكربيرغ بشهادته هذا الأسبوع حول ممارسات مشاركة البيانات على فيسبوك.",
     "هذا الأسبوع", "يدلي زوكربيرغ بشهادته حول ممارسات مشاركة البيانات على فيسبوك"),
    ("وكان وزيران كبيران قد استقالا احتجاجا على خطط ماي بعد انسحاب بريطانيا من التكتل المقرر في مارس المقبل.",
     "مارس المقبل", "انسحاب بريطانيا من التكتل"),  # (not «التكتل»: the temporal verbal noun's phrase, embedded.py)
])
def test_a_scheduled_noun_is_what_its_date_dates(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence, when, expected", [
    # a temporal preposition, one definite verbal noun, its date, then its complement: that happening
    ("وسيجري الهلال تربصا قصيرا بضاحية قمرت قبل التحول منتصف الاسبوع القادم الى سوسة لاستكمال تحضيراته.",
     "منتصف الاسبوع القادم", "التحول الى سوسة لاستكمال تحضيراته"),
    ("وتتجه بعثة الأهلي فور وصولها إلى مدينة دبي للمكوث بها قبل السفر في اليوم التالي إلى مدينة العين.",
     "اليوم التالي", "السفر إلى مدينة العين"),
    ("وفاز الفريق باللقب بعد الانتصار أمس على الأهلي في النهائي.", "أمس", "الانتصار على الأهلي في النهائي"),
    ("وعاد اللاعب إلى التدريبات بعد التعافي الشهر الماضي من إصابة في الركبة.", "الشهر الماضي", "التعافي من إصابة في الركبة"),
    # a place alone says too little (the main clause is told); a complement running on leaves «منذ» its own reading
    ("وبعد المحادثات مساء الجمعة في العاصمة، يتوجه بومبيو إلى طوكيو لإطلاع نظيريه على نتائج الزيارة.",
     "مساء الجمعة", "يتوجه بومبيو إلى طوكيو لإطلاع نظيريه على نتائج الزيارة"),
    ("وتبدو نتيجة الانتخابات الرئاسية الثالثة منذ الإطاحة عام 2011 بالرئيس الأسبق حسني مبارك شبه محسومة لمصلحة الرئيس الحالي.",
     "عام 2011", "الإطاحة بالرئيس الأسبق حسني مبارك"),
])
def test_one_dated_verbal_noun_with_its_complement_after_the_date(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence, when, headline_text, expected", [
    # the frame holds its own date (the headline's): a date inside the statement dates what is said to happen then
    ("أكدت القيادية عبير موسى في تصريح إذاعي بسوسة اليوم أنه سيتم الإعلان عن قائمات الحزب الاسبوع المقبل مؤكدة "
     "إستعداد الحركة للدخول للإنتخابات في اطار قائمات موحدة.", "الاسبوع المقبل",
     "عبير موسى : الحركة الدستورية مستعدة لدخول الإنتخابات في اطار قائمات موحدة", "الإعلان عن قائمات الحزب"),
    ("ذكرت السلطات السعودية الأربعاء أن أول قاعة سينما ستتفتح في المملكة للمرة الأولى منذ أكثر من ثلاثة عقود في مدينة "
     "الرياض في 18 نيسان/أبريل، بعد رفع الحظر عن افتتاح دور السينما العام الماضي.", "العام الماضي",
     "السعودية: أول صالة سينما تفتح أبوابها في 18 أبريل وبدون فصل الجنسين", "رفع الحظر عن افتتاح دور السينما"),
    # … unless the headline tells the statement's happening too
    ("قالت وزيرة الصحة، سميرة مرعي، اليوم الاثنين، إن الوزارة ستنتدب هذه السنة 120 طبيبا مختصا بما يمكن من تعزيز طب "
     "الاختصاص في الجهات.", "هذه السنة", "وزيرة الصحة : سيتم انتداب 120 طبيبا مختصا",
     "وزيرة الصحة: سيتم انتداب 120 طبيبا مختصا"),
    ("أفادت وزارة الداخلية في بلاغ لها اليوم السبت أن وحدات الحرس الوطني بقبلي تمكنت أمس الجمعة من القبض على مهرب محل "
     "أحكام بالسجن لمدة 244 سنة.", "أمس الجمعة", "قبلي : القبض على مهرب محكوم بالسجن لمدة 244 سنة",
     "قبلي: القبض على مهرب محكوم بالسجن لمدة 244 سنة"),
    ("قالت ارامكو في بيان لها اليوم الأربعاء إنها رفعت أسعار البيع الرسمية لخامها العربي الخفيف الى المشترين في آسيا "
     "لشحنات سبتمبر أيلول 50 سنتا.", "سبتمبر أيلول", "أرامكو ترفع سعر بيع الخام العربي الخفيف لآسيا في سبتمبر",
     "أرامكو ترفع سعر بيع الخام العربي الخفيف لآسيا"),
])
def test_a_date_in_a_dated_frames_statement_is_not_the_headlines(sentence, when, headline_text, expected):
    assert title_of(sentence, when, article_title=headline_text, lead=True) == expected
