"""Page furniture (a share bar) is no part of a title, and a reporting verb's complement outlasts a dated phrase."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline_fixtures import mention

SHARE_BAR = "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"


def title(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when", [
    (f"{SHARE_BAR} أتمت المؤسسة العامة لصوامع الغلال إجراءات ترسية الدفعة الثالثة أمس.", "أمس"),
    (f"{SHARE_BAR} يقوم وزير الخارجية اليوم بزيارة لموسكو يجري خلالها مباحثات مع الرئيس الروسي.", "اليوم"),
    (f"تفتح وزارة الحج اليوم النظام الإلكتروني أمام الشركات {SHARE_BAR}.", "اليوم"),
])
def test_a_share_bar_never_reaches_a_title(sentence, when):
    told = title(sentence, when)
    assert not any(word in told.split() for word in ("شارك", "تويتر", "فيسبوك", "رأيك"))
    assert told


@pytest.mark.parametrize("sentence, when, told", [
    ("أعلن وزراء مالية مجموعة السبع في ختام اجتماعهم السبت، عن خيبتهم إزاء السياسة التجارية للولايات المتحدة.",
     "السبت", "عن خيبتهم إزاء السياسة التجارية"),
    ("وكشف المتحدث الرسمي للبنك السعودي للتسليف والادخار عبدالعزيز الناصر، في تصريح له أمس عن نتائج الربع الثاني، "
     "فيما يتعلق بدعم قطاع المنشآت الصغيرة.", "أمس", "عن نتائج"),
    ("وأعلنت الهيئة السياسية لحركة نداء تونس الوطنية في بلاغ أصدرته مساء اليوم، عن تركيبة الوفد المفاوض مع رئيس الحكومة.",
     "مساء اليوم", "عن تركيبة الوفد"),
])
def test_a_reporting_verb_s_complement_outlasts_the_dated_phrase_before_it(sentence, when, told):
    assert told in title(sentence, when)
