"""A sound masculine plural keeps the case its place in the title gives it: a subject opening the title, left in the
accusative by the إن/أن the title dropped («إن مسؤولين قطريين زاروا»), is told in the nominative («مسؤولون قطريون
زاروا»); a subject after an opening verbal noun is its genitive («بدء المسؤولين الأتراك»). Phrasings of the corpus."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.case_endings import _nominative_plural

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when, expected", [
    ("ونشرت الشبكة تقريرا قالت فيه إن مسؤولين قطريين زاروا الولايات المتحدة في يناير.", "في يناير",
     "مسؤولون قطريون زاروا الولايات المتحدة"),
    ("وذكرت الصحيفة أن الجهاديين البريطانيين يخططون لاستهداف ملكة بريطانيا خلال الاحتفالات يوم الأحد.", "يوم الأحد",
     "الجهاديون البريطانيون يخططون لاستهداف ملكة بريطانيا خلال الاحتفالات"),
    ("وأكد مصدر أن الأميركيين أخبروا نظراءهم الأتراك بهذه المهلة خلال لقاء في واشنطن الأسبوع الماضي.",
     "الأسبوع الماضي", "الأميركيون أخبروا نظراءهم الأتراك بهذه المهلة خلال لقاء في واشنطن"),
    ("تحرك جديد في قيمة الليرة التركية مع الإجراءات الاقتصادية، التي بدأ المسؤولون الأتراك في الإعلان عنها خلال "
     "الأيام الثلاث الماضية.", "خلال الأيام الثلاث الماضية", "بدء المسؤولين الأتراك في الإعلان عن الإجراءات الاقتصادية"),
])
def test_a_sound_plural_takes_the_case_of_its_place_in_the_title(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("title", [
    "فلسطين تطالب بتحقيق دولي",  # a name in ين, no plural verb
    "الفلسطينيين في غزة يتظاهرون",  # a preposition between: not the subject run
    "اللاعبين",
])
def test_no_plural_verb_no_change(title):
    assert _nominative_plural(title) == title
