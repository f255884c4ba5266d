"""The embedded-happening check (embedded.py) shares the title's work: the time marks of a mention's words are made
once (tokens._mark_time keeps them, keyed by the words and the spans), token copies are plain copies, and the clauses
are cut only when one of the readers' opening words is before the date (may_embed). Same titles as before."""
from __future__ import annotations

from copy import copy

import pytest

from timeline.events.titles.clauses import _clauses
from timeline.events.titles.embedded import embedded_happening, may_embed
from timeline.events.titles.tokens import _copies, _mark_time, _sentence_tokens

from timeline_fixtures import mention


def marked(sentence: str, when: str, known=None):
    found = mention(when, sentence, "DATE", "X")
    tokens = _copies(_sentence_tokens(sentence, 0, len(sentence)))
    _mark_time(tokens, sentence, 0, (found.start, found.end), known)
    return tokens, found


def test_copies_are_what_copy_makes_and_stand_apart():
    sentence = "أعلنت الوزارة، يوم الأحد، عن «خطة» جديدة."
    originals = _sentence_tokens(sentence, 0, len(sentence))
    copies = _copies(originals)
    assert copies == [copy(token) for token in originals]
    copies[0].time = True
    assert not originals[0].time


@pytest.mark.parametrize("sentence, first, second", [
    ("التقى الوزير نظيره يوم الأحد، ثم سافر إلى باريس يوم الاثنين.", "يوم الأحد", "يوم الاثنين"),
    ("افتتح المعرض في 3 مارس ويختتم في 10 مارس بحضور الوزير.", "3 مارس", "10 مارس"),
])
def test_marks_kept_for_one_mention_are_not_another_mentions(sentence, first, second):
    # (no other time expression known: each mention's own words are marked)
    once, _ = marked(sentence, first, [])
    again, _ = marked(sentence, first, [])  # (the kept marks)
    other, _ = marked(sentence, second, [])
    assert [t.time for t in once] == [t.time for t in again]
    assert [t.time for t in once] != [t.time for t in other]


@pytest.mark.parametrize("sentence, when", [
    ("دعت جماعة الإخوان إلى الحوار، وذلك في الذكرى الخامسة لفض اعتصامي رابعة والنهضة، في 14 أغسطس عام 2013.",
     "14 أغسطس عام 2013"),
    ("حيث من المقرر أن يستكمل تعافيه قبيل انطلاق مونديال روسيا الشهر القادم.", "الشهر القادم"),
    ("حيث كان يرغب في المشاركة ببطولة العالم التي تستضيفها جاكرتا الأسبوع المقبل.", "الأسبوع المقبل"),
    ("بدأت المنتخبات العربية الاستعداد لكأس العالم 2018 لكرة القدم المقرر إجراؤها من 14 يونيو لغاية 15 يوليو، من خلال مباريات ودية.",
     "من 14 يونيو لغاية 15 يوليو"),
])
def test_an_embedded_happening_passes_the_check(sentence, when):
    tokens, found = marked(sentence, when)
    assert may_embed(tokens, found.start)
    assert embedded_happening(tokens, _clauses(tokens, found.start), found.start) is not None


@pytest.mark.parametrize("sentence, when", [
    ("أعلنت وزارة الصحة يوم الأحد عن تسجيل إصابات جديدة بالفيروس في العاصمة.", "يوم الأحد"),
    ("وصل الرئيس الفرنسي إلى الجزائر أمس الخميس في زيارة رسمية تدوم يومين.", "أمس الخميس"),
    ("فاز المنتخب المغربي على نظيره التونسي بهدفين مقابل هدف مساء السبت.", "مساء السبت"),
])
def test_a_main_verbs_date_skips_the_clauses(sentence, when):
    tokens, found = marked(sentence, when)
    assert not may_embed(tokens, found.start)
    assert embedded_happening(tokens, _clauses(tokens, found.start), found.start) is None
