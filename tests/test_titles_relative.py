"""A dated object relative clause («النهائيات التي تحتضنها الكاميرون») is told as its clause with the noun where its
pronoun was, never as the noun and the clause run together without the relative pronoun («النهائيات تحتضنها
الكاميرون»); a clause whose subject the noun may be keeps its wording. Phrasings of the corpus."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.relative import object_relative

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


SENTENCE_ROWS = [
    ("ويأتي القرار بعد الانسحاب من الاتفاق النووي الذي توصلت إليه الدول الغربية الكبرى مع إيران في 2015.", "في 2015",
     "توصلت الدول الغربية الكبرى إلى الاتفاق النووي مع إيران"),
    ("المسلسل الذي انطلق عرض الجزء الأول منه عام 2013، شهد تفاعلا كبيرا من الجمهور.", "عام 2013",
     "انطلاق عرض الجزء الأول من المسلسل"),
    ("وتأتي هذه الخطوة ردا على الإجراءات التي أعلنها دونالد ترامب الأسبوع الماضي.", "الأسبوع الماضي",
     "أعلن دونالد ترامب الإجراءات"),
    ("وفقدت السلطات الاتصال بالمركب الذي انقطع الاتصال به يوم الأحد الماضي.", "يوم الأحد الماضي",
     "انقطاع الاتصال بالمركب"),
    ("وارتفعت الأسعار بعد الزيادة الوحيدة التي فرضتها السعودية على أسعار شحنات النفط في يوليو.", "في يوليو",
     "السعودية تفرض الزيادة الوحيدة على أسعار شحنات النفط"),
]


@pytest.mark.parametrize("sentence, when, expected", SENTENCE_ROWS)
def test_an_object_relative_is_told_with_its_noun_in_the_pronouns_place(sentence, when, expected):
    assert title_of(sentence, when) == expected


KEPT_ROWS = [
    # a verb with no subject after it: the noun may be its subject, the pronoun someone else
    ("وتحدث المحامي عن الأمر الذي وضعه في موقف صعب الشهر الماضي.", "الشهر الماضي", "الأمر الذي وضعه في موقف صعب"),
    # a construct, not a noun phrase moved whole: the clause stays as written, with its relative pronoun
    ("ولعب المنتخب مباراتين قبل خوض غمار النهائيات التي تحتضنها الكاميرون شهري مايو ويونيو من العام ذاته.", "مايو",
     "خوض غمار النهائيات التي تحتضنها الكاميرون"),
    # «في الوقت الذي …» is «while»: the time noun is not told in the clause; the clause is told without it and
    # its pointing «فيه» (fragment.py)
    ("وارتفع الذهب في الوقت الذي يستعد فيه المستثمرون يوم الجمعة لصدور تقرير الوظائف الأميركية.", "يوم الجمعة",
     "يستعد المستثمرون لصدور تقرير الوظائف الأميركية"),
]


@pytest.mark.parametrize("sentence, when, expected", KEPT_ROWS)
def test_a_relative_clause_that_may_not_point_back_keeps_its_relative_pronoun(sentence, when, expected):
    assert title_of(sentence, when) == expected


TOLD_ROWS = [
    ("الاجتماعات التي عقدتها الوزارة بالعاملين في القطاع", "عقدت الوزارة الاجتماعات بالعاملين في القطاع"),
    ("الفنيين الفلبينيين الذين خطفهم مسلحون في ليبيا", "خطف مسلحون الفنيين الفلبينيين في ليبيا"),
    ("الرسوم الجمركية الأمريكية التي فرضها الرئيس ترامب على الصلب", "فرض الرئيس ترامب الرسوم الجمركية الأمريكية على الصلب"),
    ("الهدايا الثمينة التي قدمها الملك السعودي الراحل عبد الله بن عبد العزيز",
     "قدم الملك السعودي الراحل عبد الله بن عبد العزيز الهدايا الثمينة"),
    ("الاعتداءات التي تبناها تنظيم الدولة الإسلامية", "تبنى تنظيم الدولة الإسلامية الاعتداءات"),
    ("بولتون الذي اختاره ترامب ليخلف ماكماستر", "اختار ترامب بولتون ليخلف ماكماستر"),
    ("الأماكن التي يمنع فيها الوقوف بمقتضى قرار بلدي", "يمنع الوقوف في الأماكن بمقتضى قرار بلدي"),
    ("الاعداد التي اسندت لها في امتحان الباكالوريا", "اسندت للاعداد في امتحان الباكالوريا"),
]


@pytest.mark.parametrize("text, expected", TOLD_ROWS)
def test_the_noun_goes_after_the_verbs_subject_or_its_preposition(text, expected):
    assert object_relative(text) == expected


UNTOLD_ROWS = [
    "المباراة التي جمعتهما لحساب الجولة الأولى",  # «هما» is two others: the match is the subject
    "الإصابة التي لحقت به بمنطقة الرباط",  # «به» is someone else («التي» would take «بها»)
    "الحريق الذي اندلع وتمت السيطرة عليه",  # the pronoun is in a conjunct clause; the fire broke out
    "باد الذي تم نشره والإصدارات الأقدم منه",  # a pronoun before the preposition's
    "المجزرة التي ارتكبها قرب حدود قطاع غزة",  # no subject after the verb
    "حزب الاتحاد الاجتماعي المسيحي الذي يواجه انتخابات صعبة",  # «يواجه»: the ه is the verb's own
    "وفاة ابن شقيقته الذي وافته المنية",  # a construct, not a noun phrase moved whole
]


@pytest.mark.parametrize("text", UNTOLD_ROWS)
def test_a_clause_whose_pronoun_is_not_the_nouns_is_left_as_written(text):
    assert object_relative(text) == text


@pytest.mark.parametrize("sentence, when, expected", [
    # «والتي» joins its clause to the relative clause before it: it describes that clause's noun, not the nearest
    # noun (antecedent.py), told as that noun's clause (fragment.py)
    ("وأتى بعض التقدم خلال الألعاب الشتوية الاولمبية التي جرت في كوريا الجنوبية والتي اختتمت خلال عطلة نهاية الأسبوع.",
     "خلال عطلة نهاية الأسبوع", "الألعاب الشتوية الاولمبية"),
    ("وغادر الدار التي تحمل اسمه والتي بيعت في1988 لمجموعة أل في أم أتش.", "في1988", "الدار"),
])
def test_a_joined_relative_clause_describes_the_first_clauses_noun(sentence, when, expected):
    assert title_of(sentence, when).startswith(expected)
