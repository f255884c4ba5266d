"""A title opening on a verb of announcing, asking or deciding is not cut before that verb's object because the
length went on the subject's description: a relative clause, «وهي …» or a time phrase set off before the object
is left out; a title whose object is already told is unchanged."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


DESCRIBED_ROWS = [
    ("وفي 1993 أعلنت إريتريا، التي كانت منفذ إثيوبيا على البحر بمرفأيها عصب ومصوع، استقلالها بعدما طردت القوات "
     "الإثيوبية من أراضيها.", "1993", "استقلالها", "التي كانت"),
    ("طلبت وزارة الخارجية الروسية الأحد من منظمة حظر الأسلحة الكيمياوية، وهي الوكالة الدولية التي تراقب هذا النوع "
     "من الأسلحة، معلومات عن التحقيق في تسميم جاسوس روسي سابق.", "الأحد", "معلومات", "الوكالة الدولية"),
    ("وقد أعلن الفيشاوى في 3 أكتوبر/تشرين أول 2018 بعد تسلمه درع تكريمه من مهرجان الإسكندرية، عن إصابته بمرض "
     "السرطان، الأمر الذى أصاب الحضور بالصدمة.", "3 أكتوبر/تشرين أول 2018", "إصابته بمرض السرطان", "درع تكريمه"),
]


@pytest.mark.parametrize("sentence, when, told, left_out", DESCRIBED_ROWS)
def test_object_is_told_without_the_subjects_description(sentence, when, told, left_out):
    title = title_of(sentence, when)
    assert told in title and left_out not in title


KEPT_ROWS = [
    ("أعلنت السلطات الكندية الاثنين مقتل 4 أشخاص بينهم شرطيان في إطلاق نار بمدينة فريدريكتون.", "الاثنين",
     "مقتل 4 أشخاص"),
    ("قررت الرابطة اليونانية لكرة القدم الأحد استئناف منافسات البطولة.", "الأحد",
     "قررت الرابطة اليونانية لكرة القدم استئناف منافسات البطولة"),
]


@pytest.mark.parametrize("sentence, when, told", KEPT_ROWS)
def test_title_with_its_object_told_is_unchanged(sentence, when, told):
    assert told in title_of(sentence, when)
