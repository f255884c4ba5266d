"""A time word's head («عشية», «صبيحة», «غداة», «قبيل») right before a time expression is part of it: the title
drops it with the date («شهدت معتمدية الجم … [عشية اليوم الأربعاء] احتجاجات …»), never leaves it standing alone
(«… بثلاثية بيضاء عشية في دوري الأمم …»), nor does «المصادف» of a date's feast («اليوم، المصادف لعيد الفطر،»). Before a happening («عشية الانتخابات») it stays. Corpus phrasings."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


ROWS = [
    ("شهدت معتمدية الجم من ولاية المهدية عشية اليوم الأربعاء 10 أوت 2016 احتجاجات من قبل عدد من الأهالي وفق ما أكده "
     "مراسل الجوهرة أف أم في الجهة.", "اليوم الأربعاء 10 أوت 2016", "عشية"),
    ("بعد الخسارة أمام هولندا بثلاثية بيضاء عشية السبت في دوري الأمم الأوروبية لكرة القدم، يسجل المنتخب الألماني "
     "تراجعا ملموسا.", "السبت", "عشية"),
    ("دارت عشية اليوم الاحد مباريات الجولة الأخيرة من المرحلة الأولى لبطولة الرابطة المحترفة الثانية و التي أسفرت عن "
     "تحديد الفرق المترشحة للبلاي أوف.", "اليوم الاحد", "عشية"),
    ("صبيحة 13 يونيو عام 2018، تبدو درجة حرارة الطقس دافئة في موسكو فهي تشير إلى 15 درجة مئوية، الأجواء ملائمة لكرة "
     "القدم.", "13 يونيو عام 2018", "صبيحة"),
    ("ومنذ صبيحة اليوم، المصادف لعيد الفطر، حضرت القوات العمومية بالحسيمة بكثافة في عدد من شوارع وساحات الحسيمة، بما "
     "في ذلك مصلى العيد.", "اليوم", "المصادف"),
]


@pytest.mark.parametrize("sentence, when, head", ROWS)
def test_a_time_head_goes_with_its_date(sentence, when, head):
    assert head not in title_of(sentence, when).split()


def test_a_time_head_before_a_happening_stays():
    sentence = "وشهدت العاصمة عشية الانتخابات الرئاسية يوم الأحد مظاهرات حاشدة للمعارضة في الساحات الكبرى."
    assert "الانتخابات" in title_of(sentence, "يوم الأحد")
