"""A nickname opening a title («ابن مايوركا», «الفرعون المصري») says the name the epithet table gives it, only when the
article names that person too."""
from __future__ import annotations

import pytest

from timeline.events.titles.epithets import epithet_named


@pytest.mark.parametrize("title, near, expected", [
    ("ابن مايوركا أحرز لقبه الحادي عشر", "توج الإسباني رافائيل نادال بلقب دورة مونتي كارلو.", "رافائيل نادال أحرز لقبه الحادي عشر"),
    ("الفرعون المصري أبعدته الإصابة", "غاب محمد صلاح عن التدريبات.", "محمد صلاح أبعدته الإصابة"),
    ("تألق البرغوث الأرجنتيني أمام إشبيلية", "سجل ميسي هدفين.", "تألق ليونيل ميسي أمام إشبيلية"),
])
def test_a_nickname_says_the_name(title, near, expected):
    assert epithet_named(title, near) == expected


@pytest.mark.parametrize("title, near", [
    ("ابن مايوركا أحرز لقبه", "توج الإسباني بلقب دورة مونتي كارلو."),  # the article never names Nadal
    ("الفرعون المصري محمد صلاح يسجل", "سجل محمد صلاح هدفين."),  # named in the title already
])
def test_no_name_in_the_article_leaves_the_nickname(title, near):
    assert epithet_named(title, near) == title
