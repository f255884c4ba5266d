"""A title that is only a temporal phrase holding its date tells the happening its noun names, without the
preposition («في أعقاب قيام كوريا الشمالية …» -> «قيام كوريا الشمالية …»); and a cut title does not end on an
honorific whose name was cut («… للبنين الشيخ» before «احمد بن علي»)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.tokens import MAX_CHARS
from timeline.terms import normalize_word

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when, expected", [
    ("وكانت الدول الأعضاء في مجلس الأمن بدأت مشاورات مغلقة، أمس الأربعاء، في أعقاب قيام كوريا الشمالية في وقت سابق "
     "اليوم بتجربة صاروخين باليستيين.", "اليوم", "قيام كوريا الشمالية بتجربة صاروخين باليستيين"),
    ("واختفى خاشقجي، وهو أحد منتقدي ولي العهد السعودي الأمير محمد بن سلمان، بعد زيارته القنصلية السعودية في اسطنبول يوم الثلاثاء الماضي.",
     "يوم الثلاثاء الماضي", "زيارته القنصلية السعودية في اسطنبول"),
    ("شكر وزير الخارجية الأمريكي، مايك بومبيو، المملكة العربية السعودية، وذلك خلال مكالمة هاتفية أجراها، الإثنين، "
     "مع الأمير محمد بن سلمان، ولي العهد السعودي.", "الإثنين", "مكالمة هاتفية أجراها مع الأمير محمد بن سلمان"),
    ("وانتقل لاعب الوسط الألماني إلى ليفربول في 2014 وخاض مباراته رقم 167، الأخيرة، خلال الخسارة أمام ريال مدريد في "
     "نهائي دوري أبطال أوروبا في مايو الماضي.", "مايو الماضي", "الخسارة أمام ريال مدريد في نهائي دوري أبطال أوروبا"),
    ("وتفقد الأمير موقع الحادث بالمنطقة أمس، وذلك بعد صلاة عصر اليوم في جامع الملك فيصل بأبها.", "عصر اليوم",
     "الصلاة في جامع الملك فيصل بأبها"),
])
def test_a_title_that_is_a_temporal_phrase_tells_its_happening(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence, when, headless", [
    ("كان هناك بوادر حلحلة، لكن بعد التصريحات أمس صرت متشائما.", "أمس", "التصريحات صرت"),  # a verb of its own follows
    ("وعقب المباراة أمس قال كونتي لبي بي سي منصبي ليس في خطر.", "أمس", "المباراة قال"),
    ("بعد أقل من ستة أشهر من هذه الرحلة كتب روايته الأولى عام 1993.", "عام 1993", "أقل من"),  # a span, no happening
])
def test_a_temporal_phrase_before_a_clause_or_a_span_keeps_its_preposition(sentence, when, headless):
    assert not title_of(sentence, when).startswith(headless)


# a cut title does not end on an honorific («الشيخ», «الأمير») whose name the cut left out, nor on the name's first
# parts before it; a family name ending on «الشيخ» («تركي آل الشيخ») is whole
@pytest.mark.parametrize("sentence, when", [
    ("كما وصف امام وخطيب جامع المرابي ومدير مجمع المرابي التعليمي للبنين الشيخ احمد بن علي سلطان حكمي في خطبته اليوم "
     "الجمعة، الاعتداء الآثم الذي استهدف المصلين.", "اليوم الجمعة"),
    ("قدم سفير خادم الحرمين الشريفين لدى المملكة المتحدة الأمير محمد بن نواف بن عبدالعزيز أمس تعازيه إلى أسرة "
     "بن لادن.", "أمس"),
    ("وكان المتحدث باسم الأمم المتحدة أحمد فوزي قد قال في تصريحات صحفية أمس إن المبعوث الأممي لليمن إسماعيل ولد الشيخ "
     "أحمد، يعتقد أن خطته لإنهاء الصراع الدائر هناك تكتسب قبولا متزايدا بين الأطراف المتحاربة.", "أمس"),
])
def test_a_cut_title_does_not_end_on_an_honorific_whose_name_was_cut(sentence, when):
    title = title_of(sentence, when)
    assert normalize_word(title.split()[-1]) not in {normalize_word(w) for w in ("الشيخ", "الأمير", "ولد")}
    assert len(title) <= MAX_CHARS


def test_a_family_name_ending_on_an_honorific_is_whole():
    sentence = ("علق رئيس هيئة الرياضة السعودية تركي آل الشيخ، الإثنين، على أزمة اللاعب المصري محمد صلاح نجم فريق "
                "ليفربول الإنجليزي، مع الاتحاد المصري لكرة القدم.")
    assert title_of(sentence, "الإثنين").startswith("علق رئيس هيئة الرياضة السعودية تركي آل الشيخ")


# a verb of coming placing a statement after another happening, whose date is that other happening's, tells that one
@pytest.mark.parametrize("sentence, when, expected", [
    ("أتت هذه التصريحات بعد إعلان الرئيس الأمريكي دونالد ترامب، الخميس، عن فرض تعرفة تجارية بنسبة 25 في المائة.",
     "الخميس", "إعلان دونالد ترامب عن فرض تعرفة تجارية بنسبة 25 في المائة"),
    ("ويأتي الإعلان عن الصفقة الجديدة بعد تصريح المدير التجاري لشركة إيرباص جون ليهي الاثنين أن المجموعة قد تتوقف.",
     "الاثنين", "تصريح المدير التجاري لشركة إيرباص جون ليهي"),
])
def test_a_date_after_a_verb_of_comings_preposition_dates_the_other_happening(sentence, when, expected):
    assert title_of(sentence, when) == expected


def test_a_statement_coming_during_a_dated_meeting_is_the_statement():
    sentence = "وجاءت تصريحات روس خلال المؤتمر السنوي لمعهد ميلكين أمس، في سياق حديثه عن الاقتصاد."
    assert title_of(sentence, "أمس").split()[:3] in (["جاءت", "تصريحات", "روس"], ["تصريحات", "روس", "خلال"])


def test_a_span_after_a_verb_of_comings_preposition_is_no_happening():
    sentence = "ويأتي هذا قبل يومين على بدء إعادة فرز الأصوات الانتخابية والمقررة الثلاثاء 3 يوليو/تموز الجاري."
    assert not title_of(sentence, "الثلاثاء 3 يوليو/تموز الجاري").startswith("قبل يومين")


# a verb describing the undefined noun before it, whose only complement was its date, does not end the title
@pytest.mark.parametrize("sentence, when, bare", [
    ("ووجه المدعي العام إلى واينستين التهمة في إطار عملية اغتصاب مفترضة جرت في العام 2013 والتحرش بامرأة.",
     "العام 2013", "جرت"),
    ("وستقوم لجنة تقييم بالتوجه إلى الدول المرشحة وتنقيط الملفين، قبل عملية اختيار البلد المضيف المقرر أن تجري في 13 "
     "حزيران/يونيو المقبل، عشية انطلاق المونديال.", "13 حزيران/يونيو المقبل", "تجري"),
])
def test_a_title_does_not_end_on_a_verb_its_date_completed(sentence, when, bare):
    title = title_of(sentence, when)
    assert title.split()[-1] not in {bare, "أن", "المقرر"}
    assert len(title.split()) >= 3


def test_a_main_verb_its_date_completed_stays():
    sentence = "ودخل الطرفان في محادثات سلام مع إسرائيل برعاية أمريكية لكنها انهارت في 2014."
    assert title_of(sentence, "2014").endswith("انهارت")
