"""The feeds fold their lines themselves (icalendar's char-by-char folding was a tenth of a build):
the bytes must stay those of icalendar's _foldline."""
import random

import pytest
from icalendar.parser.string import _foldline

from timeline.render.ics import fold_line
from timeline.terms import words

LINES = [
    "",
    "SUMMARY;LANGUAGE=ar:افتتاح معرض الكتاب في الرباط",
    "DESCRIPTION;LANGUAGE=ar:أعلنت وزارة الثقافة المغربية، اليوم الجمعة، عن افتتاح الدورة الجديدة لمعرض الكتاب\\n\\nالتاريخ: 8 مارس 2022",
    "URL:https://example.org/" + "%D8%A7" * 40,
    "X-TEST:" + "a" * 66 + "\\n" + "b" * 80,  # an escape right at the fold
    "X-TEST:" + "a" * 67 + "^^" + "c" * 90,
    "X-TEST:" + "😀" * 40,
]


@pytest.mark.parametrize("line", LINES)
def test_fold_line_is_icalendars_folding(line):
    assert fold_line(line) == _foldline(line).encode("utf-8")


def test_fold_line_on_random_lines():
    alphabet = list("ab ;,:\\^") + ["ع", "ب", "ر", "é", "€", "😀"]
    rng = random.Random(7)
    for _ in range(3000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        assert fold_line(line) == _foldline(line).encode("utf-8"), line


def test_words_are_a_fresh_list_each_call():
    first = words("والندوة في الرباط")
    first.append(None)
    assert [w.norm for w in words("والندوة في الرباط")] == [w.norm for w in first[:-1]]
    assert [(w.start, w.end) for w in words("والندوة في الرباط")] == [(0, 7), (8, 10), (11, 17)]


def test_is_web_url_refuses_spaces_and_control_characters():
    from timeline.render import is_web_url

    assert is_web_url(" https://example.org/أخبار ")
    for url in ("https://exa mple.org", "https://example.org/\x00", "https://example.org/\u00a0x", "https://e.org/\x1cx",
                "javascript:alert(1)", "http://", ""):
        assert not is_web_url(url), url
