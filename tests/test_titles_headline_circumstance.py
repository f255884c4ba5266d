"""The headline as a title tells it: a short part before «..» opening on a preposition and its noun is a
circumstance («للعام الثالث على التوالي..», «للمرة الأولى..»), not a label: the rest is told. A season calendar's
line («الجولة الخامسة إيابا») takes the headline's label, which names the competition; a title of one word («أبوظبي»,
«المباراة») tells nothing and gives way to the headline."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.article_headline import _told_headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str, article_title: str, lead: bool = False) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X"), article_title=article_title,
                    lead=lead).text


@pytest.mark.parametrize("told, rest", [
    ("للعام الثالث على التوالي.. نائب كندي يصوم رمضان لهذه الأسباب", "نائب كندي يصوم رمضان لهذه الأسباب"),
    ("للمرة الأولى.. امرأة تقود الطائرة الرئاسية", "امرأة تقود الطائرة الرئاسية"),
    ("لليوم الثاني على التوالي.. احتجاجات في قفصة", "احتجاجات في قفصة"),
])
def test_a_circumstance_before_the_separator_goes(told, rest):
    assert _told_headline(told) == rest


def test_a_label_before_the_separator_stays():
    assert _told_headline("لبنان.. ضبابية تلف تشكيل الحكومة").startswith("لبنان")


@pytest.mark.parametrize("line, when", [
    ("الجولة الخامسة إيابا: 06 ماي.", "06 ماي"),
    ("الجولة الأولى ذهابا: 03 مارس.", "03 مارس"),
    ("الجولة السابعة والأخيرة ذهابا: 01 أفريل.", "01 أفريل"),
])
def test_a_calendar_round_takes_the_headline_label(line, when):
    title = title_of(line, when, "الرابطة الأولى : رزنامة مرحلة تفادي النزول")
    assert title.startswith("الرابطة الأولى: الجولة")


def test_a_round_without_a_headline_label_stays():
    assert title_of("الجولة الخامسة إيابا: 06 ماي.", "06 ماي", "رزنامة مرحلة تفادي النزول") == "الجولة الخامسة إيابا"


def test_a_one_word_title_gives_way_to_the_headline():
    sentence = "مباراة الباراج:03 جوان."
    assert len(title_of(sentence, "03 جوان", "الرابطة الأولى : رزنامة مرحلة تفادي النزول").split()) > 1
