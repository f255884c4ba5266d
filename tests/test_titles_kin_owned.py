"""A statement opening on a kin noun with a pronoun («ابنه», «شقيقها») is the speaker's kin: «ابن X», or X when the
speaker is named by the reciprocal kin («والد سلمان العبيدي» speaks of «ابنه»). No speaker, a generic one, a frame of
the other gender or a quotation between, and the title stays."""
from __future__ import annotations

import pytest

from timeline.events.titles.pronouns import kin_owned


@pytest.mark.parametrize("title, sentence, before, expected", [
    ("ابنه زار ليبيا", "كما أكد أن ابنه زار ليبيا قبل شهر.",
     "وفي أولى التصريحات، أكد والد سلمان العبيدي قبل اعتقاله، أن ابنه بريء. وكان قد تحدث مع سلمان.",
     "سلمان العبيدي زار ليبيا"),
    ("ابنه يدرس في لندن", "وقال رمضان العبيدي إن ابنه يدرس في لندن.", "", "ابن رمضان العبيدي يدرس في لندن"),
    ("شقيقها اعتقل في القاهرة", "وأكدت الناشطة سناء سيف أن شقيقها اعتقل في القاهرة.", "",
     "شقيق الناشطة سناء سيف اعتقل في القاهرة"),
    ("والده توفي في حادث سير", "وذكر ابن الفنان الراحل، أن والده توفي في حادث سير.", "", "الفنان الراحل توفي في حادث سير"),
])
def test_a_kin_noun_is_the_speakers_kin(title, sentence, before, expected):
    assert kin_owned(title, sentence, before) == expected


@pytest.mark.parametrize("title, sentence, before", [
    ("ابنه زار ليبيا", "وقالت إن ابنه زار ليبيا.", "وقالت السيدة سعاد إنها حزينة."),  # another gender: not hers
    ("ابنه زار ليبيا", "وقال المصدر إن ابنه زار ليبيا.", ""),  # a generic speaker
    ("ابنه زار ليبيا", "وكان ابنه زار ليبيا.", ""),  # no frame
    ("ابنه زار ليبيا", "وأكد أن ابنه زار ليبيا.", ""),  # no one named before
])
def test_no_sure_speaker_leaves_the_title(title, sentence, before):
    assert kin_owned(title, sentence, before) == title
