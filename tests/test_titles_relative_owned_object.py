"""A dated relative clause whose verb has a subject of its own and whose object, a verbal noun or a preposition,
carries the pronoun pointing back to the noun («العقوبات التي أعادت واشنطن فرضها») is an object relative: told
with the noun where its pronoun was («أعادت واشنطن فرض العقوبات»), never as the noun run into the clause
(«العقوبات أعادت واشنطن فرضها», which tells the sanctions did it). A clause whose subject is the noun itself
(«باكستان التي تبذل جهودا … لتأمين احتياجاتها») keeps its wording. Phrasings of the corpus."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.relative import pointing_pronoun
from timeline.terms import normalize_word as normalize

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when, expected", [
    ("لجأ الاتحاد الأوروبي إلى آلية قانونية للالتفاف على العقوبات التي أعادت واشنطن فرضها الثلاثاء.", "الثلاثاء",
     "أعادت واشنطن فرض العقوبات"),
    ("ويهدف الهجوم إلى اقتحام مدينة الضالع، عاصمة المحافظة، التي أرغمتهم المقاومة، في مايو (أيار) الماضي، على "
     "مغادرتها إلى منطقة سناح.", "مايو (أيار) الماضي", "أرغمتهم المقاومة على مغادرة المحافظة إلى منطقة سناح"),
    ("وتحدث التقرير عن المنطقة التي تمكن الجيش التركي من السيطرة عليها في مارس الماضي.", "مارس الماضي",
     "تمكن الجيش التركي من السيطرة على المنطقة"),
])
def test_a_pronoun_on_the_object_after_the_clauses_own_subject_points_to_the_noun(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence, when, unexpected", [
    # the noun is the clause's subject: the pronoun on the object is its own («احتياجاتها», «سابقاتها»)
    ("وكانت باكستان التي تبذل جهودا شاقة لتأمين احتياجاتها المتزايدة من الطاقة استأنفت مساعيها في 14 تموز/يوليو.",
     "14 تموز/يوليو", "احتياجاة"),
    ("وأكد المنسق أن الدورة الحالية التي ستنتظم يوم الإثنين 20 مارس 2017 تعتبر مختلفة عن سابقاتها.",
     "يوم الإثنين 20 مارس 2017", "سابقاة"),
    ("كما سيؤثر على الهواتف التي أصدرت بين 2010 و2011 ولم يتم تحديثها.", "بين 2010 و2011", "تحديث الهواتف"),
])
def test_a_clause_whose_subject_is_the_noun_is_not_retold(sentence, when, unexpected):
    assert unexpected not in title_of(sentence, when)


@pytest.mark.parametrize("relative, clause, expected", [
    ("التي", "أعادت واشنطن فرضها", ("noun", 2)),
    ("التي", "أمرت السلطات التركية بإغلاقها", ("noun", 3)),
    ("التي", "بدأ المسؤولون الأتراك في الإعلان عنها", ("preposition", 5)),
    ("الذي", "قاد فريقه إلى لقبه", None),  # the subject carries the pronoun: the noun's own team
    ("التي", "تبذل جهودا شاقة لتأمين احتياجاتها", None),  # an object, then the subject's own needs
    ("الذي", "اندلع وتمت السيطرة عليه", None),  # a second verb, whose subject is the noun too
])
def test_which_clauses_point_back_past_their_own_subject(relative, clause, expected):
    words = clause.split()
    assert pointing_pronoun(normalize(relative), words, [normalize(word) for word in words]) == expected
