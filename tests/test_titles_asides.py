"""A title over its length loses the short phrases of place or circumstance set off by commas inside its clause
(«، بمجلس نواب الشعب،», «، في اتصال هاتفي،», «، في بيان صدر اليوم،») before its window cuts the opening verb and
subject; a phrase the verb needs («، في إنتاج الطاقة،» before a source) or a complement («إلى …») stays."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


ASIDE_ROWS = [
    ("لم تتوصل لجنة التوافقات، بمجلس نواب الشعب، خلال اجتماعها عشية اليوم الأربعاء، إلى الحسم في صيغة الفصل 24 "
     "المتعلق بالاستثناءات، من مشروع قانون الحق في النفاذ إلى المعلومة.", "اليوم الأربعاء",
     "لم تتوصل لجنة التوافقات إلى الحسم في صيغة الفصل 24 المتعلق بالاستثناءات"),
    ("واتفق بوتين وأردوغان، في اتصال هاتفي مساء الخميس، على أن \"القرار الأميركي المتعلق بالاتفاق النووي كان خاطئاً، "
     "وشددا على أن الاتفاق يشكل نجاحاً دبلوماسياً يجب الحفاظ عليه\".", "مساء الخميس",
     "اتفق بوتين وأردوغان على أن القرار الأميركي المتعلق بالاتفاق النووي كان خاطئاً"),
    ("وأرجع محمود مدني، الأمين العام للجمعية، في بيان صدر اليوم، إلغاء فعاليات العيد إلى \"احتجاج المسلمين على "
     "الهجمات العدائية المستمرة ضد الأقليات\".", "اليوم", "أرجع محمود مدني الأمين العام للجمعية إلغاء فعاليات العيد"),
    ("أعلنت شركة \"كريم\" لتطبيقات لتطبيقات النقل الذكية، بالشرق الأوسط، الأحد، بدء تقديم خدماتها في السودان، وفقا "
     "لبيان من الشركة على موقعها الإلكتروني.", "الأحد",
     "أعلنت شركة كريم لتطبيقات لتطبيقات النقل الذكية بدء تقديم خدماتها في السودان"),
]


@pytest.mark.parametrize("sentence, when, expected", ASIDE_ROWS)
def test_an_aside_goes_before_the_opening_verb_and_subject(sentence, when, expected):
    assert title_of(sentence, when) == expected


def test_a_phrase_before_a_source_is_the_verbs_own():
    title = title_of("وبدأ تشييد السد في عام 2011، ومن المقرر أن يبدأ توربينان من 16 توربينا يتضمنها مشروع السد، في إنتاج "
                     "الطاقة في عام 2018، بحسب تصريح للسلطات الأثيوبية مطلع هذا العام.", "في عام 2018")
    assert "في إنتاج الطاقة" in title
