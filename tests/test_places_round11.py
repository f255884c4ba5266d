"""Places, round 11 (issue 7, blind editor's audit of corpus events): a wire dateline standing alone on the first line
with a Hijri date and no dash; a town labelling the headline; a court «بـCITY» with a later time in its clause; a
country that becomes independent, a place struck, a sea flown over, a gathering named by its host's nationality;
a fronted «في» time before an institution of a town; «في القطاع / المدينة / أمام المحكمة» pointing back; a new
route launched from its airport; an election in a local outlet's news; a body founded in its country (short clauses
in the corpus's phrasing)."""
from __future__ import annotations

import pytest

from timeline.events.places import gazetteer, locate
from timeline.events.places.story import _dateline, _headline_place


def name(text: str, time: str, headline: str = "", home: str | None = None) -> str | None:
    """The place of the time's happening in the text's last line (the lines before are the article so far)."""
    at = text.rindex(time)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    place = locate(text, (start, end), (at, at + len(time)), headline=headline, home=home)
    return place.name if place else None


# --- 1. a wire dateline with no dash: the city, the Hijri and Gregorian dates, the agency, on a line of its own

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
    assert name(text, "يوم الخميس القادم") == "الطائف"


# --- 2. a town labelling the headline; a court «بـCITY» with a later time in its clause

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


@pytest.mark.parametrize("sentence, time", [
    ("أصدرت مساء اليوم الخميس، الدائرة الجنائية بمحكمة الاستئناف بالمنستير حكما بالسجن مدى الحياة ضد شاب من "
     "مواليد 1992 كان قد قتل صديقه.", "مساء اليوم الخميس"),
    ("أصدرت مساء اليوم الخميس، الدائرة الجنائية بمحكمة الاستئناف بالمنستير حكما بالسجن ضد شاب كان قد قتل صديقه "
     "في شهر جويلية 2015 في معتمدية زرمدين.", "مساء اليوم الخميس"),
    ("قضت الدائرة الجنائية بمحكمة الاستئناف بالمنستير، مساء أمس بالترفيع في حكم إبتدائي", "مساء أمس"),
])
def test_a_court_at_its_town_despite_a_later_time_in_the_clause(sentence, time):
    assert name(sentence, time) == "المنستير"


# --- 3. a country's independence, a place struck, a sea flown over, a gathering named by its host's nationality

@pytest.mark.parametrize("sentence, time, expected", [
    ("واستقلت كوسوفو رسميا في 2008، بقرار احادي الجانب ما زالت صربيا ترفض الاعتراف به.", "2008", "كوسوفو"),
    ("واستقلت الجزائر عن فرنسا عام 1962.", "عام 1962", "الجزائر"),
    ("ومنذ استقلال جنوب السودان في 2011 تعاني البلاد من الحرب.", "2011", "جنوب السودان"),
])
def test_independence_happens_in_the_country(sentence, time, expected):
    assert name(sentence, time) == expected


def test_recognising_an_independence_is_not_placed_there():
    sentence = "في 4 أكتوبر/تشرين أول من عام 1963 اعترف العراق رسمياً باستقلال الكويت وسيادة أراضيه."
    assert name(sentence, "4 أكتوبر/تشرين أول من عام 1963") != "الكويت"


@pytest.mark.parametrize("sentence, time, expected", [
    ("ومطلع شباط/فبراير، شن الطيران الإسرائيلي غارات على جنوب قطاع غزة بعد إطلاق صواريخ.", "مطلع شباط/فبراير",
     "قطاع غزة"),
    ("ونفذت الولايات المتحدة ضربات على سوريا في أبريل الماضي.", "أبريل الماضي", "سوريا"),
    ("وشنت أنقرة في يناير الماضي هجوما على عفرين.", "يناير الماضي", "عفرين"),
])
def test_the_place_struck(sentence, time, expected):
    assert name(sentence, time) == expected


def test_a_strike_on_a_group_is_no_place():
    assert name("وشنت أنقرة في يناير الماضي هجوما على وحدات حماية الشعب.", "يناير الماضي") is None


@pytest.mark.parametrize("sentence, time, expected", [
    ("تلقت طائرة استطلاع تابعة للبحرية الأمريكية، الجمعة، ستة تحذيرات خلال رحلة فوق بحر الصين الجنوبي.", "الجمعة",
     "بحر الصين الجنوبي"),
    ("وحاولت الميليشيات استهداف مقاتلة التحالف فوق صنعاء قبل اسبوعين.", "قبل اسبوعين", "صنعاء"),
    ("وحلقت طائرات فوق العاصمة السورية دمشق الأحد.", "الأحد", "دمشق"),
])
def test_over_a_place(sentence, time, expected):
    assert name(sentence, time) == expected


def test_over_a_number_is_no_place():
    assert name("وقالت إن درجة الحرارة فوق 40 درجة الأحد.", "الأحد") is None


@pytest.mark.parametrize("sentence, time, expected", [
    ("يستعد المنتخب السعودي لخوض منافسات كأس العالم، حين يشارك في المونديال الروسي الشهر المقبل، بقيادة نجومه.",
     "الشهر المقبل", "روسيا"),
    ("ويشارك المنتخب المصري في الأولمبياد البرازيلي الشهر المقبل.", "الشهر المقبل", "البرازيل"),
    ("ويشارك المنتخب في مونديال روسيا الشهر المقبل.", "الشهر المقبل", "روسيا"),
    ("وكانت كوستاريكا حققت المفاجأة في مونديال البرازيل عام 2014 عندما بلغت ربع النهائي.", "عام 2014", "البرازيل"),
    ("وفي عام 2016، شارك المرداسي في أولمبياد ريو دي جانييرو، قبل أن يتم استدعاؤه لبطولة كأس القارات.", "عام 2016",
     "ريو دي جانييرو"),
])
def test_a_gathering_named_by_its_host(sentence, time, expected):
    assert name(sentence, time) == expected


@pytest.mark.parametrize("sentence, time", [
    ("وتألق اللاعب بعد المونديال الروسي في يوليو.", "يوليو"),  # an earlier happening named as a landmark in time
    ("وانطلقت القمة الأمريكية الكورية الثلاثاء.", "الثلاثاء"),  # who meets, not where
])
def test_a_gathering_adjective_that_is_no_host(sentence, time):
    assert name(sentence, time) is None


def test_a_town_of_the_host_is_finer_than_the_gathering():
    sentence = ("تأهل منتخب إنكلترا ظهر السبت إلى نصف نهائي مونديال روسيا إثر فوزه على السويد في مباراة أقيمت في "
                "مدينة سامارا.")
    assert name(sentence, "ظهر السبت") == "سامارا"


@pytest.mark.parametrize("headline", ["\"أزمة مشجعين\" تهدد مونديال قطر", "اختيار طاقم تحكيم سعودي لمونديال روسيا"])
def test_a_gathering_in_the_headline_is_its_topic_not_the_story_place(headline):
    assert _headline_place(gazetteer(), headline) is None


# --- a fronted «في» time before an institution named after its town

@pytest.mark.parametrize("sentence, time, expected", [
    ("في العام الماضي، نشرت جامعة غلاسكو الاستكتلندية، بحثا عن سرطان الأمعاء.", "العام الماضي", "غلاسكو"),
    ("وفي الشهر الماضي، قررت محكمة جنايات القاهرة تأجيل القضية.", "الشهر الماضي", "القاهرة"),
])
def test_a_fronted_time_before_a_town_institution(sentence, time, expected):
    assert name(sentence, time) == expected


@pytest.mark.parametrize("sentence, time", [
    # a place far on, or a destination, is not the fronted time's
    ("وفي الشهر الماضي، أثار الرئيس الأمريكي دونالد ترامب غضبا وإدانة دوليين بقراره نقل السفارة الأمريكية في "
     "إسرائيل إلى القدس.", "الشهر الماضي"),
    ("وفي فبراير/ شباط الماضي، غنت المطربة المعروفة في شبه الجزيرة الكورية مع الأوركسترا.", "فبراير/ شباط الماضي"),
])
def test_a_fronted_time_does_not_reach_a_far_or_described_place(sentence, time):
    assert name(sentence, time) is None


# --- 5. pointing back: «في القطاع», «في المدينة», «أمام المحكمة», «بالمسجد»

@pytest.mark.parametrize("text, time, expected", [
    ("أعلنت الأمم المتحدة خطة.\nوذكرت أن الوضع في قطاع غزة صعب.\nوكانت دبابات إسرائيلية قد ضربت، الأربعاء، عدة "
     "مواقع لحماس في القطاع رداً على إطلاق نار.", "الأربعاء", "قطاع غزة"),
    ("أعلنت الأمم المتحدة خطة.\nوذكرت أن الوضع في قطاع غزة صعب.\nوشهد القطاع المحاصر ثلاث حروب مدمرة في أعوام 2008 "
     "و2012.", "2008", "قطاع غزة"),
    ("قالت الأمم المتحدة.\nتقدمت القوات نحو مدينة حلب.\nوسقطت قذائف في المدينة مساء الأحد.", "مساء الأحد", "حلب"),
    ("أعلنت الشركة خطة.\nونظرت المحكمة الابتدائية بسوسة في القضية.\nومثل المتهم أمس أمام المحكمة.", "أمس", "سوسة"),
    ("أعلنت الشركة خطة.\nورفع كارول الدعوى أمام المحكمة العليا البريطانية.\nومن المقرر النظر في القضية أمام المحكمة "
     "العليا خلال الأشهر المقبلة.", "خلال الأشهر المقبلة", "بريطانيا"),
    ("أعلن مسؤول.\nعاش مسجد الكتبية التاريخي بمدينة مراكش ليلة استثنائية.\nوتسهر على التنظيم عناصر الهلال الأحمر "
     "المرابطة بالمسجد طيلة شهر رمضان.", "شهر رمضان", "مراكش"),
])
def test_a_head_word_alone_points_back_to_the_place_named_with_it(text, time, expected):
    assert name(text, time) == expected


@pytest.mark.parametrize("text, time", [
    ("أعلنت الأمم المتحدة خطة.\nوذكرت أن الوضع في قطاع غزة صعب.\nوقال إن النمو في القطاع الخاص تباطأ الأحد.", "الأحد"),
    ("أعلنت الأمم المتحدة خطة.\nوذكرت أن الوضع في قطاع غزة صعب.\nوقال إن النمو في القطاع السياحي تباطأ الأحد.",
     "الأحد"),
    ("ارتفعت الأسعار.\nوسقطت قذائف في المدينة مساء الأحد.", "مساء الأحد"),  # no town named before
])
def test_a_sector_or_an_unnamed_head_points_nowhere(text, time):
    assert name(text, time) is None


@pytest.mark.parametrize("sentence, time, expected", [
    ("ومثل المتهم أمس أمام محكمة جنايات القاهرة.", "أمس", "القاهرة"),
    ("ومثل المتهم أمس أمام المحكمة الابتدائية بسوسة.", "أمس", "سوسة"),
])
def test_before_a_town_court(sentence, time, expected):
    assert name(sentence, time) == expected


def test_before_a_team_is_no_place():
    assert name("وخسر المنتخب أمس أمام مصر.", "أمس") is None


# --- 5. a new route launched from its airport

@pytest.mark.parametrize("sentence, time, expected", [
    ("وستبدأ شركة النيل للطيران بتسيير رحلاتها من مطار الجوف اعتبارًا من يوم اليوم الجمعة برحلتين أسبوعيًا بين "
     "الجوف والقاهرة.", "يوم اليوم الجمعة", "الجوف"),
    ("وتبدأ الخطوط السعودية تسيير رحلات مباشرة من مطار جدة إلى موسكو الشهر المقبل.", "الشهر المقبل", "جدة"),
    ("فيما ستبدأ العربية بتسيير رحلاتها اعتبارًا من يوم الخميس الموافق 20 أغسطس باربع رحلات أسبوعيًا بين تبوك "
     "والشارقة.", "يوم الخميس الموافق 20 أغسطس", "تبوك"),
])
def test_a_route_is_launched_at_its_origin(sentence, time, expected):
    assert name(sentence, time) == expected


def test_between_two_countries_is_no_route():
    assert name("وتم توقيع الاتفاق بين مصر والسعودية الأحد.", "الأحد") is None


# --- 4. an election in a local outlet's news

@pytest.mark.parametrize("text, time", [
    ("قال رئيس حزب آفاق تونس إن حزبه اقترح إجراء الانتخابات البلدية يوم 24 ديسمبر.\nوأوضح في مداخلة له اليوم أنه "
     "آن الأوان لإجراء هذه الانتخابات.", "اليوم"),
    ("دعا رئيس كتلة حركة النهضة بتونس إلى التعجيل بالانتخابات.\nوأضاف أن الحركة تدعم مقترح الهيئة لإجراء "
     "الانتخابات في الموعد الذي حدّدته (26 نوفمبر 2017).", "26 نوفمبر 2017"),
])
def test_an_election_in_local_news_is_at_home(text, time):
    assert name(text, time, home="TN") == "تونس"


@pytest.mark.parametrize("text, time", [
    ("قال الخبير إن الحملة بدأت.\nوتجرى الانتخابات الفرنسية يوم 23 أفريل.", "يوم 23 أفريل"),  # another nation's
    ("قال الخبير إن الحملة بدأت.\nوأوضح اليوم أن الانتخابات ستجرى في موعدها.", "اليوم"),  # a pan-Arab outlet
])
def test_an_election_of_another_nation_or_outlet_is_not_at_home(text, time):
    home = "TN" if "الفرنسية" in text else None
    assert name(text, time, home=home) != "تونس"


# --- a body founded in the country the article gives it

@pytest.mark.parametrize("text, time, headline, expected", [
    ("تمكنت المجموعة من شراء الشركة المنتجة للذخائر.\nو\"مانوران\" تأسست في 1919 واشتهرت بإنتاج مسدسات الشرطة.",
     "1919", "شركة عسكرية إماراتية تشتري الفرنسية \"مانوران\" لإنتاج أجهزة صنع الذخائر", "فرنسا"),
    ("أعلنت الأكاديمية الجمعة إرجاء الجائزة.\nوتمر الأكاديمية التي أسست في العام 1786 بأزمة.", "العام 1786",
     "الأكاديمية السويدية تعلن تأجيل منح جائزة نوبل", "السويد"),
])
def test_a_body_is_founded_in_its_country(text, time, headline, expected):
    assert name(text, time, headline=headline) == expected


def test_a_body_of_no_told_nationality_is_founded_nowhere():
    text = "أعلنت مرسيدس شراكة مع شركة روبرت بوش.\nوستطور بوش التي تأسست عام 1886 برامج الكمبيوتر."
    assert name(text, "عام 1886") is None
