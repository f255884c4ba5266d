"""A verb-first past title whose subject is a name or an undefined noun phrase is told subject first in the present
when the name is followed by the particle opening the verb's complement (present_tense.py, the «present» and
«from_complement» roles of title_words.tsv); an object (a plural noun, an accusative) stays after the verb."""

import pytest

from timeline.events.titles.present_tense import _headline_tense


@pytest.mark.parametrize("title, expected", [
    ("حذرت تيريزا ماي من احتمال ألا يكون هناك خروج", "تيريزا ماي تحذر من احتمال ألا يكون هناك خروج"),
    ("كشفت شركة غوغل عن موقع خاص", "شركة غوغل تكشف عن موقع خاص"),
    ("أعلنت سبيس إكس عن صاروخ فالكون هيفي", "سبيس إكس تعلن عن صاروخ فالكون هيفي"),
    ("أعلن سفيان طوبال عن انضمام عدد من الشخصيات", "سفيان طوبال يعلن عن انضمام عدد من الشخصيات"),
    ("أشرفت هالة شيخ على الافتتاح", "هالة شيخ تشرف على الافتتاح"),
    # a construct's head and its definite genitive, then the complement's particle
    ("وافق مجلس النواب البحريني على الاتفاقية الخليجية", "مجلس النواب البحريني يوافق على الاتفاقية الخليجية"),
    ("أغلقت عقود النفط على ارتفاع محدود", "عقود النفط تغلق على ارتفاع محدود"),
    # verbs added to the «present» role
    ("أدت العقوبات الدولية إلى انخفاض قيمة العملة", "العقوبات الدولية تؤدي إلى انخفاض قيمة العملة"),
    ("المحكمة الأوروبية قضت ببطلان اتفاق الصيد البحري", "المحكمة الأوروبية تقضي ببطلان اتفاق الصيد البحري"),
    ("السلطة الفلسطينية انضمت إلى المحكمة الجنائية الدولية", "السلطة الفلسطينية تنضم إلى المحكمة الجنائية الدولية"),
    ("أبدت الحكومة استعدادها للحوار", "الحكومة تبدي استعدادها للحوار"),
])
def test_name_subject_comes_first(title, expected):
    assert _headline_tense(title) == expected


@pytest.mark.parametrize("title", [
    "زار فريق من صندوق النقد الدولي تونس",  # «من» after «زار»: a part of, not a complement
    "نفى تكهنات تتحدث عن فقدان اللاعب وعيه",  # a plural noun: the object
    "أعلن مطورون عقاريون عن مشروعات",  # a plural subject would need a plural verb
    "فرضت رسوما جمركية على الواردات",  # an accusative object
    "أصدرت بيانا رسميا عن الحادث",
    "أعلن موافقته على المشروع",  # a noun and its pronoun
    "اندلعت احتجاجات كبيرة في الأسواق",  # a happening verb: told as its verbal noun elsewhere
    "انطلقت شهرة أنتوني بوردين مع كتابه",
])
def test_object_stays_after_verb(title):
    assert _headline_tense(title) == title


def test_present_stays_within_the_limit():
    from timeline.events.titles.tokens import MAX_CHARS
    title = "الغرياني قدم مشروعين يتمثل الأول في إنشاء زيتون ملون بنكهات وأذواق مختلفة بواسطة"
    assert len(title) == MAX_CHARS and _headline_tense(title) == title
    assert _headline_tense("الغرياني قدم مشروعين يتمثل الأول في إنشاء زيتون") == "الغرياني يقدم مشروعين يتمثل الأول في إنشاء زيتون"
