"""A cut title never ends on a word whose complement the cut left out: «آخرها» (the last of a count: «لست مرات آخرها
[في عام 2015]»), «وصولا» («… فرز الأصوات وصولا [إلى النتيجة النهائية]»), «لا سيما» («… الفريق الفرنسي لا سيما [وأن
تركيزه …]»). Phrasings of the corpus (unfinished in title_words.tsv)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when, dangling", [
    ("وأشاد العريفي بالناقل الوطني اليوناني، حيث منحت جائزة أفضل شركة طيران إقليمية في أوروبا لست مرات آخرها في "
     "عام 2015، ولها باع طويل في صناعة الطيران والسياحة.", "عام 2015", "آخرها"),
    ("ومن المقرر أن يتم إعلان النتائج الجزئية بشكل تدريجي مساء اليوم خلال عملية فرز الأصوات وصولا إلى النتيجة "
     "النهائية التي ستعلنها وزارة الداخلية.", "مساء اليوم", "وصولا"),
    ("يخاطر نيمار في العودة بقوة إلى صفوف الفريق الفرنسي، لا سيما وأن تركيزه الأساسي سيكون على مشواره مع المنتخب "
     "البرازيلي في كأس العالم المقرر انطلاقها في 14 حزيران/ يونيو القادم، حيث يأمل \"سيليساو\" في التتويج.",
     "14 حزيران/ يونيو القادم", "سيما"),
])
def test_a_cut_title_does_not_end_on_a_word_waiting_for_its_complement(sentence, when, dangling):
    title = title_of(sentence, when)
    assert title and title.split()[-1] != dangling and not title.endswith("لا")
