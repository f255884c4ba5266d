"""An owned verbal noun after a temporal preposition («منذ تأسيسها في 1901») whose owner is not the subject of a
verb before it: the noun phrase a passive tells of, or a relative clause's subject (dated_owner.py). Blind audit:
«other happening» — the title told the main clause, not the founding or launch the date dates."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when, expected", [
    # a passive auxiliary and its verbal noun: the noun phrase the passive tells of
    ("وكان تم إرجاء جائزة نوبل للآداب خمس مرات قبلا منذ تأسيسها في 1901.", "1901", "تأسيس جائزة نوبل للآداب"),
    ("وقد تم تأجيل البطولة مرتين منذ إطلاقها في عام 2012.", "عام 2012", "إطلاق البطولة"),
    ("وجرى تعديل الاتفاقية مرتين منذ توقيعها في 2005.", "2005", "توقيع الاتفاقية"),
    # a relative clause whose verb carries the described noun's pronoun: its subject right before the preposition
    ("وذلك بعد النجاح الكبير الذي حققه التطبيق منذ إطلاقه في ديسمبر 2016.", "ديسمبر 2016", "إطلاق التطبيق"),
    ("بعد الإقبال الكبير الذي شهده المهرجان منذ إطلاقه في عام 2010.", "عام 2010", "إطلاق المهرجان"),
])
def test_the_owner_a_passive_or_a_relative_clause_gives(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence, when", [
    # the pronoun does not agree with the passive's noun: «ه» is not the award's
    ("وكان تم إرجاء الجائزة خمس مرات منذ تأسيسه في 1901.", "1901"),
    # no passive, no relative clause, no subject named: nobody is guessed
    ("وظل رئيسا للاتحاد الأرجنتيني حتى وفاته في 2014.", "2014"),
    # the passive tells of a pronoun («تعيينه»): what follows is a state, nobody's name
    ("وقد تم تعيينه رئيسا للنادي منذ تأسيسه في 1990.", "1990"),
    # a plural of people is not what «ه» points to
    ("وقد تم تكريم اللاعبين منذ انتخابه في 2010.", "2010"),
    # the passive is another clause's, across a comma
    ("وتم تأجيل البطولة، وظل يعمل فيها منذ تأسيسه في 1990.", "1990"),
])
def test_no_owner_keeps_the_title_off_the_bare_noun(sentence, when):
    told = title_of(sentence, when)
    assert not told.startswith(("تأسيس ", "وفاة ", "إطلاق ", "انتخاب "))
