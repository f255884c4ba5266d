"""A title opening on a bare definite noun of a kind («الفيلم», «الكأس») takes the name the headline gives a noun of
that kind (kinds.subject_kind_named; the kinds are title_kinds.tsv)."""

import pytest

from timeline.events.titles.kinds import subject_kind_named


@pytest.mark.parametrize("title, headline, expected", [
    ("الفيلم يفوز بالجائزة الكبرى لمهرجان", 'فيلم "120 خفقة في الدقيقة" يفوز بجائزة سيزار أفضل فيلم',
     "فيلم 120 خفقة يفوز بالجائزة الكبرى لمهرجان"),
    ("الفيلم ينطلق من قصة واقعية", 'فيلم "3000 ليلة": صورة عن استبسال الفلسطينيات', "فيلم 3000 ليلة ينطلق من قصة واقعية"),
    ("الكأس يصل إلى مدينة دبي", "برج خليفة يكتسي بشعار كأس العالم", "كأس العالم يصل إلى مدينة دبي"),
])
def test_kind_takes_headline_name(title, headline, expected):
    assert subject_kind_named(title, headline) == expected


@pytest.mark.parametrize("title, headline", [
    ("المهرجان يشهد تغيرا ملحوظا", "عام / مهرجان تمور بريدة يواصل فعالياته"),  # no definite or quoted name
    ("الفيلم اللبناني اختير ضمن اللائحة", 'الفيلم اللبناني "قضية رقم 23" يتأهل'),  # an adjective tells it apart
    ("الفيلم يفوز بالجائزة", "ماكرون يظهر في حفل بمهرجان"),  # the headline names no film
    ("الفيلم ينطلق من قصة واقعية ويعود بالمتفرجين إلى حيثيات مجزرة صبرا وشتيلا ورد فعل",
     'فيلم "3000 ليلة": صورة عن استبسال'),  # past the length a title was cut to
])
def test_kind_stays(title, headline):
    assert subject_kind_named(title, headline) == title
