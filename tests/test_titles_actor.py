"""A title's actor is its subject as written, or None: never a word that only follows a particle, a preposition or
a noun («المقرر» of «من المقرر», «الخدمة» of «دخوله الخدمة»), nor a construct cut from its head («الوزراء العراقي»)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def actor_of(sentence: str, when: str) -> str | None:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).actor


@pytest.mark.parametrize("sentence,when,actor", [
    # a construct opening the title is the subject, head and all
    ("وكان رئيس الوزراء العراقي حيدر العبادي قد أعلن الانتصار على تنظيم الدولة العام الماضي.", "العام الماضي",
     "رئيس الوزراء العراقي"),
    ("وزارة الأمن الداخلي حذرت الجمعة من أن القراصنة يستخدمون أساليب جديدة.", "الجمعة", "وزارة الأمن الداخلي"),
    ("لجنة الترشيح المغربية كشفت يوم الاثنين عن تفاصيل ملفها.", "يوم الاثنين", "لجنة الترشيح المغربية"),
    # after a demonstrative or كان, the noun it points at
    ("هذه المحادثات فشلت الأسبوع الماضي في تخفيف التوتر.", "الأسبوع الماضي", "المحادثات"),
    # verb first: the definite noun phrase after it (unchanged)
    ("فتحت السلطات الفرنسية يوم الخميس تحقيقا بشأن وفاة شابة.", "يوم الخميس", "السلطات الفرنسية"),
    # past an adjunct, the clause's own subject
    ("وخلال الجلسة الافتتاحية للمؤتمر يوم السبت تحدث الأمين العام.", "يوم السبت", "الأمين العام"),
])
def test_the_actor_is_the_subject_as_written(sentence, when, actor):
    assert actor_of(sentence, when) == actor


@pytest.mark.parametrize("sentence,when", [
    ("ومن المقرر إجراء الانتخابات التشريعية في أكتوبر المقبل.", "أكتوبر المقبل"),  # no one acts
    ("ومن المزمع أن يبدأ أزنافور جولة غنائية في فرنسا وسويسرا في سبتمبر.", "سبتمبر"),
    ("وسيتم الإعلان بشكل رسمي عن هذا النظام يوم الأحد.", "يوم الأحد"),
    ("وعلى الرغم من تراجع الأسعار يوم الخميس فإن سوق النفط مازالت مدعومة جيدا.", "يوم الخميس"),
    ("وكان دخوله الخدمة في عام 1998 بعد تخرجه من الأكاديمية.", "عام 1998"),  # a verbal noun and its object
    ("ووري الثرى الجمعة جثمان الفنانة السورية مي سكاف في مدينة دوردان.", "الجمعة"),  # a passive: الثرى is no actor
])
def test_no_actor_where_no_one_is_the_subject(sentence, when):
    assert actor_of(sentence, when) is None


def test_the_passive_wuriya_keeps_its_waw_and_names_no_actor():
    sentence = "ووري الثرى يوم الجمعة جثمان الفنان الراحل في مقبرة العائلة بحضور المئات."
    title = headline(sentence, (0, len(sentence)), mention("يوم الجمعة", sentence, "DATE", "X"))
    assert title.text.split()[0] == "ووري", title.text
    assert title.actor is None
