"""A verb-first past title whose subject is a country the gazetteer knows is told the headline way, the country
first, the verb in the present (country_subject.py), whatever the country's ending («كندا», «روسيا») and whatever
follows; a verb whose object is often a country (title_place_objects.tsv), a relative clause of the country, a
second actor or nothing after it keep the title as it is."""

import pytest

from timeline.events.titles.country_subject import country_first


@pytest.mark.parametrize("title, expected", [
    ("شنت إسرائيل غارتين قرب دمشق", "إسرائيل تشن غارتين قرب دمشق"),
    ("وافقت كندا على توقيع اتفاقية تجارية جديدة", "كندا توافق على توقيع اتفاقية تجارية جديدة"),
    ("استضافت المكسيك بطولة كأس العالم", "المكسيك تستضيف بطولة كأس العالم"),
    ("أعلنت المملكة العربية السعودية ثبوت رؤية هلال شوال", "المملكة العربية السعودية تعلن ثبوت رؤية هلال شوال"),
    ("اتفقت روسيا مع الولايات المتحدة والأردن على وقف إطلاق النار",
     "روسيا تتفق مع الولايات المتحدة والأردن على وقف إطلاق النار"),
    ("قررت إيران فتح سوق ثانوية للعملة الصعبة", "إيران تقرر فتح سوق ثانوية للعملة الصعبة"),
    ("شهدت السعودية أول عرض سينمائي للعامة", "السعودية تشهد أول عرض سينمائي للعامة"),
    # a capital standing for its state, after a feminine verb
    ("أعلنت واشنطن فرض عقوبات على تركيا", "واشنطن تعلن فرض عقوبات على تركيا"),
    ("شنت أنقرة هجوما على وحدات حماية الشعب", "أنقرة تشن هجوما على وحدات حماية الشعب"),
])
def test_country_comes_first(title, expected):
    assert country_first(title) == expected


@pytest.mark.parametrize("title", [
    "أعلنت إريتريا التي كانت منفذ إثيوبيا على البحر",  # the country's relative clause: its verb comes later
    "حصل جنوب السودان الذي يضم عدة إثنيات على استقلاله",
    "زارت روسيا وفدا من رجال الأعمال",  # «زار»: the country may be what was visited
    "هاجمت تركيا مواقع كردية",
    "أعلنت مصر وتركيا اتفاقا",  # a second actor
    "أعلنت مصر",  # nothing after the country
    "أعلنت واشنطن الإجراء الجديد وحظرت حمل الأجهزة",  # a past verb joined after: the present would clash
    "قررت الحكومة تأجيل الانتخابات",  # no country
    "بوتين: قررت روسيا الرد",  # a statement is told as said
    "وقررت بريطانيا طرد دبلوماسيين",  # a conjunction before the verb: not the lexicon's verb
    "شهدت دوما عملية إجلاء لمقاتلي فصيل",  # a city, not a capital: where it happened
    "أشرفت هالة شيخ روحه على الافتتاح",  # a person's name that a city's name spells
    "أعلن باريس سان جيرمان ضم اللاعب",  # a capital after a masculine verb: a club, a person may be named so
])
def test_title_stays(title):
    assert country_first(title) == title
