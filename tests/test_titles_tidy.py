"""A title's words are whole: a clitic cut off by quotation marks joins its word; no tatweel inside a word."""
from __future__ import annotations

import pytest

from timeline.events.titles.render import _tidy


@pytest.mark.parametrize("text, expected", [
    ("لقاؤه بـ المعلم كان مصيريا", "لقاؤه بالمعلم كان مصيريا"),
    ("دعم لـ الحركة الخضراء", "دعم للحركة الخضراء"),
    ("رقص الـ فوغ", "رقص الفوغ"),
    ("نموذج لـ Hyperloop", "نموذج لـHyperloop"),
    ("للمرة الـ 11", "للمرة الـ11"),
    ("تعلن تـبوث رؤية الهلال", "تعلن تبوث رؤية الهلال"),
    ("بالتعادل السلبي 0ــــ0", "بالتعادل السلبي 0-0"),
    ("المنتخب يفوز بـ3 أهداف", "المنتخب يفوز بـ3 أهداف"),
])
def test_tidy(text, expected):
    assert _tidy(text) == expected


def test_a_dash_of_tatweels_is_no_word():
    assert _tidy("أضاف عباس ـ") == "أضاف عباس"
