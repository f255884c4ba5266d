"""«وكانت X [date]، قد VERB …»: the subject alone before the date says nothing; «قد» and its verb tell what X did."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline_fixtures import mention


@pytest.mark.parametrize("text, when, told", [
    ("وكانت الصحف الإيطالية الصادرة الأربعاء، قد حفلت بالتقارير عن رونالدو، وقدرت صحيفة رياضية قيمة الصفقة.",
     "الأربعاء", "الصحف الإيطالية حفلت بالتقارير عن رونالدو"),
    ("وكان المنتخب المغربي يوم السبت، قد تعادل مع نظيره الإيراني، في مباراة ودية.", "يوم السبت",
     "المنتخب المغربي يتعادل مع نظيره الإيراني"),
    ("وكانت الحكومة التونسية في 12 مارس، قد أعلنت حالة الطوارئ في البلاد، بعد الهجوم.", "في 12 مارس",
     "الحكومة التونسية تعلن حالة الطوارئ في البلاد"),
    # a sentence ending without a mark: its end closes the predicate too
    ("وكانت الصحف الإيطالية الصادرة الأربعاء، قد حفلت بالتقارير عن رونالدو", "الأربعاء",
     "الصحف الإيطالية حفلت بالتقارير عن رونالدو"),
])
def test_the_verb_after_qad_tells_what_the_subject_did(text, when, told):
    assert headline(text, (0, len(text)), mention(when, text, "DATE", "X")).text == told


@pytest.mark.parametrize("text, when", [
    # an imperfect after «قد» («may»): no happening told
    ("وكانت الصحف الإيطالية الصادرة الأربعاء، قد تكون مبالغة في تقديراتها.", "الأربعاء"),
    # no «كان» before the subject: the clause is another's
    ("وقال المدرب إن الصحف الإيطالية الصادرة الأربعاء، قد حفلت بالتقارير عن رونالدو.", "الأربعاء"),
])
def test_no_pluperfect(text, when):
    from timeline.events.titles.tail import pluperfect
    from timeline.events.titles.tokens import _sentence_tokens
    tokens = _sentence_tokens(text, 0, len(text))
    start = text.index(when)
    assert pluperfect("الصحف الإيطالية", tokens, start, start + len(when)) is None
