"""Headline titles: who does what, without the date, in whole words, under the length cap."""
from __future__ import annotations

import re

import pytest

from timeline.events.titles import MAX_CHARS, Title, headline
from timeline.model import Mention
from timeline.normalize import normalize

from timeline_fixtures import mention


def title_of(sentence: str, when: str, **kwargs) -> Title:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X"), **kwargs)


ROWS = [
    # a date between commas: the clauses on its two sides are one
    ("وقرر الاتحاد الأوروبي، الأربعاء، أن يتفاوض على تجديد اتفاق الصيد مع المغرب.", "الأربعاء",
     "قرر الاتحاد الأوروبي أن يتفاوض على تجديد اتفاق الصيد مع المغرب"),
    # the date dates the statement: the speaker stays, before what follows إن
    ("وقال وزير الخارجية، الخميس، إن بلاده سترسل مساعدات إلى اليمن.", "الخميس",
     "وزير الخارجية: بلاده سترسل مساعدات إلى اليمن"),
    # speaker first, then the verb
    ("السلطات المحلية أوضحت في بلاغ لها، اليوم، أن الحريق لم يخلف ضحايا.", "اليوم",
     "السلطات المحلية: الحريق لم يخلف ضحايا"),
    # the date dates what is said: only the statement
    ("وأكد الوزير أن الحكومة ستفتتح المستشفى الجديد في مارس المقبل.", "مارس المقبل",
     "الحكومة ستفتتح المستشفى الجديد"),
    # «أمس» inside the clause goes; the leading و goes
    ("وصل 80 مصابا إلى العاصمة عمان أمس لاستكمال علاجهم.", "أمس",
     "وصل 80 مصابا إلى العاصمة عمان لاستكمال علاجهم"),
    # «وكانت … قد» frame
    ("وكانت المحكمة قد قضت، نهاية فبراير الماضي، ببطلان الاتفاق.", "نهاية فبراير الماضي",
     "المحكمة قضت ببطلان الاتفاق"),
    # a day part with its relative day («مساء اليوم»)
    ("يرعى أمين المنطقة مساء اليوم انطلاق المهرجان الرابع بالحديقة العامة.", "مساء اليوم",
     "يرعى أمين المنطقة انطلاق المهرجان الرابع بالحديقة العامة"),
    # a sentence opening with its date
    ("وفي عام 2007 فاز شعو بمقعد في البرلمان عن حزب العهد.", "عام 2007",
     "فاز شعو بمقعد في البرلمان عن حزب العهد"),
    # و is «and» in «وزار», a root letter in «وزير»
    ("وزار وزير الخارجية الرياض يوم الأحد والتقى نظيره السعودي.", "يوم الأحد",
     "زار وزير الخارجية الرياض والتقى نظيره السعودي"),
    # a relative clause set off by commas is left out; the adjunct joins its clause
    ("وتسيطر القوات الحكومية، التي يدعمها التحالف، على معظم المنطقة منذ العام الماضي، بعد معارك عنيفة.",
     "العام الماضي", "تسيطر القوات الحكومية على معظم المنطقة بعد معارك عنيفة"),
    # the mention in a relative clause: the noun it describes leads the title
    ("وشارك الفريق في البطولة التي انطلقت يوم 3 مارس بمشاركة عشرين منتخبا.", "يوم 3 مارس",
     "البطولة انطلقت بمشاركة عشرين منتخبا"),
]


@pytest.mark.parametrize("sentence, when, expected", ROWS)
def test_title_rows(sentence, when, expected):
    assert title_of(sentence, when).text == expected


def test_actor_is_the_speaker_when_the_statement_is_the_happening():
    assert title_of(ROWS[1][0], "الخميس").actor == "وزير الخارجية"


def test_actor_is_the_subject_after_the_verb():
    assert title_of(ROWS[0][0], "الأربعاء").actor == "الاتحاد الأوروبي"


def test_lead_takes_the_headline_when_it_tells_the_same_happening():
    sentence = "أعلنت الوزارة اليوم الأحد عن إطلاق منصة رقمية جديدة للطلبة."
    same = "الوزارة تطلق منصة رقمية جديدة للطلبة"
    assert title_of(sentence, "اليوم الأحد", article_title=same, lead=True).text == same
    assert title_of(sentence, "اليوم الأحد", article_title="أسعار النفط ترتفع", lead=True).text == \
        "أعلنت الوزارة عن إطلاق منصة رقمية جديدة للطلبة"
    assert title_of(sentence, "اليوم الأحد", article_title=same, lead=False).text != same


def test_headline_loses_its_time_words():
    sentence = "ينطلق المهرجان الدولي للفيلم الليلة بعرض افتتاحي في الساحة الكبرى."
    title = title_of(sentence, "الليلة", article_title="المهرجان الدولي للفيلم ينطلق الليلة", lead=True)
    assert title.text == "المهرجان الدولي للفيلم ينطلق"


def test_sentence_of_dates_only_falls_back_on_the_headline():
    sentence = "وذلك منذ بداية شهر ذي القعدة وحتى الخامس من ذي الحجة."
    title = title_of(sentence, "الخامس من ذي الحجة", article_title="لا حالات وبائية بين الحجاج")
    assert title.text == "لا حالات وبائية بين الحجاج"


REL = re.compile(r"(?:^|\s|[وفبل])(?:اليوم|امس|غدا|المقبل|المقبله|القادم|القادمه|الماضي|الماضيه|الجاري|الجاريه"
                 r"|الحالي|الحاليه|المنصرم|المنصرمه|الفائت|الفائته)(?=\s|$)")
DANGLING = {normalize(w) for w in "التي الذي الذين بعدما عندما حيث لكن ولكن أن إن وأن وإن بأن كما كذلك أيضا ثم".split()}
LONG = ("وأعلنت الهيئة الوطنية للانتخابات، مساء الخميس الماضي، أن عمليات الفرز التي جرت في مختلف الدوائر الانتخابية "
        "بالمحافظات الشمالية والجنوبية أسفرت عن فوز مرشحي الائتلاف الحاكم بأغلبية المقاعد في البرلمان الجديد "
        "الذي سيعقد أولى جلساته في الأسبوع المقبل بحضور رئيس الدولة وممثلي البعثات الدبلوماسية المعتمدة.")


@pytest.mark.parametrize("sentence, when", [(s, w) for s, w, _ in ROWS] + [(LONG, "مساء الخميس الماضي"),
                                                                          (LONG, "الأسبوع المقبل")])
def test_title_properties(sentence, when):
    text = title_of(sentence, when).text
    assert text and "…" not in text and "..." not in text
    assert len(text) <= MAX_CHARS
    assert not REL.search(normalize(text)), text
    assert normalize(text.split()[0]) not in DANGLING, text
    assert all(is_whole_word(word, sentence) for word in re.findall(r"\w+", text)), "whole words only"


def is_whole_word(word: str, sentence: str) -> bool:
    """A word of the sentence, or one without the «و» or preposition it opened with («وقرر» -> «قرر»)."""
    sentence_words = set(re.findall(r"\w+", sentence))
    return word in sentence_words or any(clitic + word in sentence_words for clitic in ("و", "ف", "ب", "ك")) \
        or word.startswith("ال") and "لل" + word[2:] in sentence_words


def test_mention_words_never_in_title():
    sentence = "افتتح الرئيس يوم الثلاثاء 12 مارس 2024 المعرض الدولي للكتاب."
    text = title_of(sentence, "يوم الثلاثاء 12 مارس 2024").text
    assert text == "افتتح الرئيس المعرض الدولي للكتاب"


def test_title_is_a_dataclass_with_text_and_actor():
    title = Title("نص", None)
    assert (title.text, title.actor) == ("نص", None)
    with pytest.raises(AttributeError):
        title.text = "آخر"  # frozen


def test_mention_outside_any_clause_keeps_working():
    sentence = "2018"
    assert title_of(sentence, "2018").text == ""
    assert isinstance(headline(sentence, (0, 4), Mention("2018", 0, 4, "DATE", "2018")), Title)
