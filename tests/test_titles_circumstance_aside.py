"""A verb and its subject set off by a comma, then a circumstance set off by commas («، في تغريدة مقتضبة على حسابها
عبر "تويتر"،», «، خلال حصة … اليوم السبت على جوهرة أف أم،»), then the verb's object or complement: the title tells the
object past the circumstance («توقعت يونيسف ارتفاع الحالات …»), not the frame and its circumstance, which never say
what was forecast or pointed to. Sentences are corpus phrasings (a clause or so)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.tokens import MAX_CHARS

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


ROWS = [
    ("وفي وقت سابق اليوم، توقعت \"يونيسف\"، في تغريدة مقتضبة على حسابها عبر \"تويتر\"، ارتفاع الحالات المشتبه بإصابتها "
     "بالكوليرا في اليمن، إلى 300 ألف، بنهاية غشت المقبل.", "اليوم", "ارتفاع الحالات", "تغريدة"),
    ("وأشار عبد الحميد قياس، خلال حصة \"ماتينال ويكاند\" اليوم السبت على جوهرة أف أم، إلى وجود رغبة جدية لدى أغلب "
     "ممثلي المسلسل ومخرجه صلاح الدين الصيد لتصوير جزء ثالث لهذا المسلسل.", "اليوم السبت", "وجود رغبة", "حصة"),
    ("شهد أداء البورصات العربية، خلال الـ9 أشهر الأولى من العام الحالي، ارتفاع مؤشرات أسواق السعودية والكويت وقطر "
     "وأبوظبي، فيما تراجع سوقا دبي ومصر.", "خلال الـ9 أشهر الأولى من العام الحالي", "ارتفاع مؤشرات", None),
    ("أعلنت وزارة الشؤون الثقافية، في بلاغ لها مساء الاربعاء، عن نتائج أعمال لجنة التشجيع على الإنتاج السينمائي "
     "بعنوان سنة 2016، والتي شملت إسناد منح.", "مساء الاربعاء", "نتائج أعمال", None),
]


@pytest.mark.parametrize("sentence, when, told, circumstance", ROWS)
def test_the_object_past_a_circumstance_is_told(sentence, when, told, circumstance):
    title = title_of(sentence, when)
    assert told in title
    assert circumstance is None or circumstance not in title
    assert len(title) <= MAX_CHARS

