"""Who a title leaves to the reader: a verbal noun's pronoun with no verb before it to say whose («وتأتي تصريحات
ابراهيمي بعد اجتماعه …») is the name right before it, when the article repeats that name and tells it of the
pronoun's gender; a verb with no subject after a sentence whose opening names no one is told of the subject its last
clause opens on («… ويشارك أشكين في المسابقات. وفاز …»). Where a noun stands between, the name is of the other
gender, said once or with the article, or the clause's verb does not agree, the title stays."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str, before: str = "") -> str:
    text = before + sentence
    return headline(text, (len(before), len(text)), mention(when, text, "DATE", "X")).text


IBRAHIMI = "وقال ابراهيمي إن المبلغ كبير. وأكد ابراهيمي أن السوق مستقرة. "
HALEY = "وقالت هايلي إن الوضع خطير. وأكدت هايلي أن بلادها مستعدة. "


@pytest.mark.parametrize("before, sentence, when, expected", [
    (IBRAHIMI, "وتأتي تصريحات ابراهيمي بعد اجتماعه، مساء أمس السبت، مع محافظ البنك المركزي الإيراني.",
     "مساء أمس السبت", "اجتماع ابراهيمي مع محافظ البنك المركزي الإيراني"),
    (IBRAHIMI, "وجاءت كلمة ابراهيمي عقب اجتماعه يوم الأحد مع وزير الاقتصاد.", "يوم الأحد",
     "اجتماع ابراهيمي مع وزير الاقتصاد"),
    (HALEY, "وجاءت تصريحات هايلي بعد اجتماعها، يوم الجمعة، مع أعضاء مجلس الأمن.", "يوم الجمعة",
     "اجتماع هايلي مع أعضاء مجلس الأمن"),
])
def test_a_verbal_nouns_pronoun_is_the_name_right_before_it(before, sentence, when, expected):
    assert title_of(sentence, when, before) == expected


@pytest.mark.parametrize("before, sentence, when", [
    (HALEY, "وتأتي تصريحات هايلي بعد اجتماعه، مساء أمس السبت، مع محافظ البنك المركزي.", "مساء أمس السبت"),  # gender
    (IBRAHIMI, "وتأتي تصريحات ابراهيمي حول القرار بعد اجتماعه، مساء أمس السبت، مع المحافظ.", "مساء أمس السبت"),  # a noun between
    ("وقال المسؤول إن المبلغ كبير. ", "وتأتي تصريحات كريمي بعد اجتماعه، مساء أمس السبت، مع المحافظ.", "مساء أمس السبت"),  # said once
    ("وقال الاتحاد إن المبلغ كبير. وأكد الاتحاد أن السوق مستقرة. ",
     "وتأتي تصريحات اتحاد بعد اجتماعه، مساء أمس السبت، مع المحافظ.", "مساء أمس السبت"),  # said with the article
])
def test_no_name_where_the_one_right_before_is_not_surely_the_owner(before, sentence, when):
    title = title_of(sentence, when, before)
    assert title.startswith(("اجتماعه", "اجتماعها")), title


CLAUSES = "وتعلم أشكين الكتابة على يد مبتكرها إحسان صدقي ويشارك أشكين في المسابقات التركية والعالمية. "


@pytest.mark.parametrize("before, sentence, when, expected", [
    ("وقال أشكين إنه سعيد. " + CLAUSES, "وفاز للمرة الأولى ببطولة تركيا، عام 2007.", "عام 2007",
     "أشكين يفوز للمرة الأولى ببطولة تركيا"),
    ("سكريبال جاسوس سابق. وقال سكريبال إنه بخير. وعمل ضابطا سنوات طويلة وكشف سكريبال عن عشرات الجواسيس الروس. ",
     "وحصل على حق اللجوء في بريطانيا في عام 2010.", "في عام 2010", "سكريبال يحصل على حق اللجوء في بريطانيا"),
])
def test_a_subjectless_verb_is_told_of_the_subject_the_last_clause_before_opens_on(before, sentence, when, expected):
    assert title_of(sentence, when, before) == expected


@pytest.mark.parametrize("before, sentence, when", [
    ("وقالت سارة إنها سعيدة. وتعلمت الكتابة مبكرا وتشارك سارة في المسابقات. ",
     "وفاز للمرة الأولى ببطولة تركيا، عام 2007.", "عام 2007"),  # the clause's verb is of the other gender
    ("وقال أشكين إنه سعيد. وتعلم الكتابة مبكرا ويشارك اللاعب في المسابقات. ",
     "وفاز للمرة الأولى ببطولة تركيا، عام 2007.", "عام 2007"),  # a common noun, no name
])
def test_no_subject_from_a_last_clause_that_names_none_surely(before, sentence, when):
    title = title_of(sentence, when, before)
    assert title.startswith("فاز"), title
