"""The article's protagonist is the subject of a title opening on a masculine imperfect whose object owns his pronoun
(«يترك منصبه كرئيس للفيفا»), and of a verb after «كما أنه» even where the sentence names him («أغاني أزنافور»)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline_fixtures import mention

BLATTER = "قال بلاتر إنه فخور بما قدمه. وأعيد انتخاب بلاتر لولاية خامسة. وكان بلاتر عضوا في اللجنة منذ 1999. "
BLATTER_HEADLINE = "بلاتر يترك عضوية اللجنة الأولمبية الدولية"
ZIDANE = "وعاد زيدان إلى التدريبات. وفاز زيدان بثلاثة ألقاب. وقال زيدان إنه سعيد. "
ZIDANE_HEADLINE = "زيدان يعود إلى التدريب"
AZNAVOUR = "توفي شارل أزنافور عن 94 عاما. وغنى شارل أزنافور بلغات عدة. وقد تزوج أزنافور ثلاث مرات. "
AZNAVOUR_HEADLINE = "وفاة شارل أزنافور، أسطورة الغناء الفرنسي"


def last_sentence_title(text: str, when: str, article_title: str) -> str:
    start = text.rstrip(". ").rfind(". ") + 2
    return headline(text, (start, len(text)), mention(when, text, "DATE", "X"), article_title=article_title).text


@pytest.mark.parametrize("text, when, article_title, told", [
    (BLATTER + "ويترك منصبه كرئيس للفيفا في فبراير شباط القادم.", "في فبراير شباط القادم", BLATTER_HEADLINE,
     "بلاتر يترك منصبه كرئيس للفيفا"),
    (ZIDANE + "ويواجه فريقه السابق في الكأس في 23 أغسطس الجاري.", "في 23 أغسطس الجاري", ZIDANE_HEADLINE,
     "زيدان يواجه فريقه السابق في الكأس"),
    (BLATTER + "وسيترك منصبه في الفيفا بعد سبعة أشهر عند اختيار رئيس جديد يوم 26 فبراير.", "يوم 26 فبراير",
     BLATTER_HEADLINE, "بلاتر سيترك منصبه في الفيفا عند اختيار رئيس جديد"),
    (AZNAVOUR + "ومن بين أشهر أغاني أزنافور اغنية \"She\"، كما أنه حصل على نجمة في طريق المشاهير في هوليوود عام 2017.",
     "عام 2017", AZNAVOUR_HEADLINE, "شارل أزنافور يحصل على نجمة في طريق المشاهير في هوليوود"),
])
def test_the_protagonist_is_the_subject(text, when, article_title, told):
    assert last_sentence_title(text, when, article_title) == told


@pytest.mark.parametrize("text, when, told", [
    # the owned noun is the subject, its object after it
    (ZIDANE + "ويستقبل ملعبه الجديد في 23 أغسطس الجاري أول مباراة.", "في 23 أغسطس الجاري", "يستقبل ملعبه الجديد أول مباراة"),
    # a plural imperfect names its own subject
    (ZIDANE + "ويخوض لاعبوه مباراتهم الأولى في 23 أغسطس الجاري.", "في 23 أغسطس الجاري", "يخوض لاعبوه مباراتهم الأولى"),
    # the verb is in a quotation: its speaker's
    (ZIDANE + "وقال المدرب: \"سيترك منصبه في 23 أغسطس الجاري\".", "في 23 أغسطس الجاري", "المدرب: سيترك منصبه"),
])
def test_no_protagonist(text, when, told):
    assert last_sentence_title(text, when, ZIDANE_HEADLINE) == told
