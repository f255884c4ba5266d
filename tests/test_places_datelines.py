"""Places from datelines and headline labels: a bureau's «CITY، COUNTRY (CNN)» (its correspondent's city, not
its desk), a wire dateline alone on the first line with a Hijri date and no dash, a town labelling the headline
(short clauses in the corpus's phrasing)."""
from __future__ import annotations

import pytest

from timeline.events.places import gazetteer, locate
from timeline.events.places.story import _dateline, _headline_place

from place_helpers import name_in_last_line


# --- a bureau's dateline: its desk says nothing, its correspondent elsewhere does

@pytest.mark.parametrize("text, expected", [
    ("موسكو، روسيا (CNN)-- قررت وزارة الخارجية الروسية، الخميس، طرد 60 دبلوماسيا", "RU"),
    ("القاهرة، مصر (CNN)-- أعلنت وزارة الصحة المصرية", "EG"),
    ("عمّان، الأردن (CNN)-- قال مصدر أمني", "JO"),
    ("دبي، الإمارات العربية المتحدة (CNN)-- أعلن الجيش الأمريكي", None),
    ("أتلانتا، الولايات المتحدة الأمريكية (CNN)-- كشفت دراسة جديدة", None),
    ("نيويورك، الولايات المتحدة الأمريكية (CNN)-- ارتفعت أسعار النفط", None),
])
def test_a_bureau_dateline_is_its_correspondent_city_not_its_desk(text, expected):
    place = _dateline(gazetteer(), text)
    assert (place.country if place else None) == expected


def test_a_correspondent_dateline_goes_on_with_the_story():
    text = ("موسكو، روسيا (CNN)-- أعرب وزير الخارجية الروسي، سيرغي لافروف، الجمعة، عن رفضه للعقوبات.\n"
            "وقال لافروف الخميس إن بلاده سترد.")
    at = text.index("الخميس")
    start = text.index("وقال")
    place = locate(text, (start, len(text)), (at, at + len("الخميس")))
    assert place is not None and place.name == "موسكو"


# --- a wire dateline with no dash: the city, the Hijri and Gregorian dates, the agency, on a line of its own

@pytest.mark.parametrize("text, expected", [
    ("الطائف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\nينطلق البرنامج الثقافي لسوق عكاظ", "الطائف"),
    ("مكة المكرمة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\nأعلنت الرئاسة العامة", "مكة المكرمة"),
    ("صبيا 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\nينظم المكتب التعاوني محاضرة", "صبيا"),
    ("بيروت 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\nأكد رئيس الحكومة", "بيروت"),
])
def test_a_wire_dateline_line_without_a_dash(text, expected):
    place = _dateline(gazetteer(), text)
    assert place is not None and place.name == expected


@pytest.mark.parametrize("text", [
    # a town opening a sentence that tells something, or a line with no agency's code, is no dateline
    "الرياض تستضيف 12 دولة في مؤتمر الأسبوع المقبل\nوقال المنظمون",
    "جدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م",
])
def test_no_dateline_without_the_agency_line(text):
    assert _dateline(gazetteer(), text) is None


def test_the_wire_dateline_places_the_lead():
    text = "الطائف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\nينطلق البرنامج الثقافي لسوق عكاظ يوم الخميس القادم."
    assert name_in_last_line(text, "يوم الخميس القادم") == "الطائف"


# --- a town labelling the headline

@pytest.mark.parametrize("headline, expected", [
    ("المنستير : المؤبّد لقاتل صديقه في زرمدين", "المنستير"),
    ("منوبة : العثور على فتاة مفقودة من صفاقس", "منوبة"),
    ("سوسة : إيقاف مشعوذ من جنسية مغاربية بتهمة التحيل", "سوسة"),
])
def test_a_town_labelling_the_headline_is_its_dateline(headline, expected):
    place = _headline_place(gazetteer(), headline)
    assert place is not None and place.name == expected


def test_a_country_label_still_gives_way_to_its_town():
    place = _headline_place(gazetteer(), "العراق: تفجير انتحاري يستهدف مخازن صناديق الاقتراع في كركوك")
    assert place is None or place.name == "كركوك"  # the story's town comes from the lead, never the country label
