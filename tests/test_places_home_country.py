"""The home country of a local outlet: read from its address, named by a pointing word («البلاد»,
«المملكة»), «العاصمة» alone, a ministry or an authority acting in local news, an election in local news, a name the
gazetteer lacks; and where it does not hold: an article about elsewhere, a minister travelling, a foreign
ministry, a pan-Arab outlet (sentences written for the tests in the corpus's phrasing)."""
from __future__ import annotations

import pytest

from timeline.events.places.home import outlet_home

from place_helpers import where, name, country, name_in_last_line


# --- the home country of a local outlet

def test_a_local_outlets_home_comes_from_its_address():
    assert outlet_home("https://www.hespress.com/societe/355269.html") == "MA"
    assert outlet_home("http://www.jawharafm.net/ar/article/x") == "TN"
    assert outlet_home("http://www.alwatan.com.sa/Local/News_Detail.aspx") == "SA"
    assert outlet_home("https://m.hespress.com/x") == "MA"  # a subdomain
    assert outlet_home("http://www.example.com.eg/x") == "EG"  # an Arab country's own domain
    # pan-Arab and foreign outlets have no home: their news is anywhere
    for url in ("http://www.bbc.co.uk/arabic/x", "https://arabic.cnn.com/x", "https://www.skynewsarabia.com/x",
                "https://aawsat.com/home/article/x", "http://www.france24.com/ar/x", "", None):
        assert outlet_home(url) is None, url


def test_a_pointing_word_places_local_news_in_the_outlets_country():
    # (the article names its home: «بورصة تونس», «لحركة نداء تونس», «مناطق المملكة»)
    text = ("رغم الحركية التي شهدتها البلاد خلال الاسبوع المنقضي على وقع فعاليات مؤتمر الاستثمار، فقد عرفت "
            "بورصة تونس تراجعا في معاملاتها.")
    assert where(text, "الاسبوع المنقضي", home="TN").country == "TN"
    text = "في أكثر من حادثة رصدتها الصحيفة خلال هذا الصيف تعطل التكييف في أكثر من مستشفى في مناطق المملكة."
    assert where(text, "هذا الصيف", home="SA").country == "SA"
    text = "وارتفعت أسعار الخضر بالمملكة خلال شهر رمضان بنسبة فاقت التوقعات."
    assert where(text, "شهر رمضان", home="MA").country == "MA"
    text = "وحملت الهيئة التسييرية لحركة نداء تونس السلطات العليا في البلاد مسؤولية أي تعامل معه، وفق بيان صدر مساء اليوم الاثنين."
    assert where(text, "مساء اليوم الاثنين", home="TN").country == "TN"


def test_no_pointing_word_or_no_home_is_no_country():
    # a local article's sentence that places nothing is not set anywhere (the dev editor leaves these blank)
    text = "في هذا المكتوب، الذي ينشر على حلقات طيلة شهر رمضان، دعوة صادقة إلى الإقبال على الحياة."
    assert where(text, "شهر رمضان", home="MA") is None
    text = "وسيتم الإعلان على تركيبة بقية أعضاء الهيئة المديرة والإطار الفني يوم غد."
    assert where(text, "يوم غد", home="TN") is None
    # a pan-Arab outlet's «البلاد» is no one's
    text = "رغم الحركية التي شهدتها البلاد خلال الاسبوع المنقضي تراجعت البورصة."
    assert where(text, "الاسبوع المنقضي") is None
    # «المملكة» is the home only alone, and only in a kingdom's paper
    text = "وارتفعت الأسعار في المملكة المتحدة خلال شهر رمضان."
    assert where(text, "شهر رمضان", home="SA").country == "GB"
    text = "وارتفعت الأسعار في المملكة خلال شهر رمضان."
    assert where(text, "شهر رمضان", home="TN") is None


def test_a_local_article_about_elsewhere_keeps_no_home():
    # the article names other countries more than its home: its «البلاد» is theirs
    text = ("أعلنت الحكومة الفرنسية الاثنين خطة جديدة. وقال رئيس الوزراء الفرنسي في باريس إن الخطة تخص فرنسا "
            "كلها. وعرفت البلاد خلال الاسبوع المنقضي احتجاجات واسعة.")
    assert where(text, "الاسبوع المنقضي", sentence="وعرفت البلاد خلال الاسبوع المنقضي احتجاجات واسعة.",
                 home="TN") is None
    # a sentence naming another nation does not go on with the home
    text = "وشهدت البلاد الأسبوع الماضي زيارة الرئيس الفرنسي."
    assert where(text, "الأسبوع الماضي", home="TN") is None


# --- «the capital» alone

def test_the_capital_alone_is_the_story_countrys_or_the_local_outlets():
    text = "افتتحت، الثلاثاء بالعاصمة، أشغال المؤتمر الدولي للاستثمار بحضور عدد هام من المستثمرين."
    assert name(text, "الثلاثاء", home="TN") == "تونس"
    text = "وعبر عن مساندته للمبادرة التي تم إطلاقها لتنظيم مسيرة شعبية يوم غد في العاصمة ضد الفساد."
    assert name(text, "يوم غد", home="TN") == "تونس"
    text = ("تقدم المخرجة مساء الاثنين 5 ديسمبر العرض ما قبل الأول لفيلمها وذلك بقاعة الكوليزي بالعاصمة انطلاقا "
            "من الساعة السابعة مساء.")
    assert where(text, "مساء الاثنين 5 ديسمبر", home="TN").country == "TN"
    # a pan-Arab article: its story's capital, not a later destination in another clause
    text = "وبعد المحادثات مساء الجمعة وصباح السبت في العاصمة، يتوجه بومبيو إلى طوكيو لإطلاع نظيريه على النتائج."
    assert name(text, "مساء الجمعة", headline="بومبيو في بيونغ يانغ لبحث تفاصيل إخلاء النووي") == "بيونغ يانغ"


def test_the_capital_alone_gives_way_to_a_nearer_place_or_no_country():
    # no story and no home: whose capital it is is not told
    text = "افتتحت، الثلاثاء بالعاصمة، أشغال المؤتمر الدولي للاستثمار."
    assert where(text, "الثلاثاء") is None
    # a named place nearer the time wins
    text = ("أطاحت فرقة الأبحاث بمعتمدية التضامن من ولاية أريانة، اليوم الجمعة، بشبكة مختصة تنشط بين حي "
            "التضامن والمنارات بالعاصمة.")
    assert name(text, "اليوم الجمعة", home="TN") != "تونس"
    # «العاصمة» with a nationality or a name is that country's or that city
    text = "وقتل ثلاثة أشخاص الأحد في العاصمة العراقية في انفجار."
    assert name(text, "الأحد", home="TN") == "بغداد"


def test_a_name_the_gazetteer_lacks_is_in_a_local_outlets_home():
    text = "وأوضح المصدر أن الحادث وقع صباح أمس في محافظة ضباء."
    place = where(text, "صباح أمس", home="SA")
    assert (place.name, place.country) == ("ضباء", "SA")
    text = "واحتج السكان صباح اليوم بمنطقة عين عودة على انقطاع الماء."
    assert where(text, "صباح اليوم", home="MA").country == "MA"
    # no home: the name keeps no country
    assert where(text, "صباح اليوم").country is None
    text = "وقالت الشرطة الفرنسية إن الحادث وقع صباح أمس بمنطقة عين عودة قرب الحدود مع ألمانيا."
    assert where(text, "صباح أمس", home="MA").country != "MA"
    # a continent stays countryless
    assert where("وارتفعت الأسعار الاثنين في أوروبا.", "الاثنين", home="MA").country is None


# --- a ministry acting in a local outlet's article

def test_a_ministry_acting_in_local_news_is_the_home_governments():
    text = "أصدرت وزارة الشؤون الثقافية اليوم السبت بلاغا بخصوص أسباب مغادرة الفنان لتونس."
    assert where(text, "اليوم السبت", home="TN").country == "TN"
    text = "أعلنت وزارة الشؤون الثقافية، في بلاغ لها مساء الاربعاء، عن نتائج لجنة التشجيع على الإنتاج السينمائي التونسي."
    assert where(text, "مساء الاربعاء", home="TN").country == "TN"
    # an article that never names its home is not known to be local news
    assert where(text.replace(" التونسي", ""), "مساء الاربعاء", home="TN") is None
    text = ("فيما تفتح وزارة الحج اليوم الثلاثاء النظام الإلكتروني أمام شركات حجاج الداخل، تمهيدا لفتحه أمام "
            "المواطنين والمقيمين في المملكة.")
    assert where(text, "اليوم الثلاثاء", home="SA").country == "SA"


def test_a_minister_a_foreign_ministry_or_no_home_is_no_home_country():
    # a minister travels: where he speaks is not told
    text = "أفاد وزير المالية في لقاء إعلامي عقد أمس الأربعاء أن الإصلاحات التي نفذتها تونس ستنتهي قريبا."
    assert where(text, "أمس الأربعاء", home="TN") is None
    # another nation's ministry is that nation's
    text = "أعلنت وزارة التجارة الأمريكية أمس الأربعاء فرض رسوم جديدة."
    assert where(text, "أمس الأربعاء", home="TN").country == "US"
    # a pan-Arab outlet's unnamed ministry is no one's
    text = "أعلنت وزارة الشؤون الثقافية، في بلاغ لها مساء الاربعاء، عن نتائج أعمال اللجنة."
    assert where(text, "مساء الاربعاء") is None
    # a noun before the ministry is no verb of it
    text = "وتحدث عن تسهيل أعمال الوزارة أمس في كافة المواسم."
    assert where(text, "أمس", home="SA") is None


# --- an authority with no nation, acting in a local outlet's article, is its home's

@pytest.mark.parametrize("sentence, time, home, headline", [
    ("ستطلق الهيئة الوطنية للاتصالات، قريبا، منصة موقع واب للمستهلك.", "قريبا", "TN",
     "قريبا: منصة تونسية لقياس جودة الأنترنات"),
    ("وأعلنت الهيئة العليا المستقلة للانتخابات اليوم الجمعة عن روزنامة الانتخابات البلدية.", "اليوم الجمعة", "TN",
     "روزنامة الانتخابات البلدية التونسية"),
    ("أعلنت هيئة الاتصالات وتقنية المعلومات أمس تعليق بعض خدمات الشركة.", "أمس", "SA",
     "تعليق خدمات شركة اتصالات سعودية"),
])
def test_an_authority_of_a_local_outlet_acts_at_home(sentence, time, home, headline):
    assert country(sentence, time, headline=headline, home=home) == home


@pytest.mark.parametrize("sentence, time, home, headline", [
    ("أعلنت الهيئة الأوروبية للأدوية اليوم عن سحب دواء من الأسواق.", "اليوم", "TN", "سحب دواء من الصيدليات في تونس"),
    ("أعلنت الهيئة الوطنية للاتصالات، اليوم، عن منصة جديدة.", "اليوم", None, "منصة جديدة لقياس جودة الإنترنت"),
])
def test_an_international_authority_or_a_pan_arab_article_places_nothing(sentence, time, home, headline):
    assert where(sentence, time, headline=headline, home=home) is None


def test_a_movement_named_as_an_authority_acts_in_its_own_country():
    assert country("قالت هيئة تحرير الشام اليوم إنها سيطرت على مواقع جديدة.", "اليوم", home="TN",
                   headline="تونس تتابع الوضع") == "SY"


# --- an election in a local outlet's news

@pytest.mark.parametrize("text, time", [
    ("قال رئيس حزب آفاق تونس إن حزبه اقترح إجراء الانتخابات البلدية يوم 24 ديسمبر.\nوأوضح في مداخلة له اليوم أنه "
     "آن الأوان لإجراء هذه الانتخابات.", "اليوم"),
    ("دعا رئيس كتلة حركة النهضة بتونس إلى التعجيل بالانتخابات.\nوأضاف أن الحركة تدعم مقترح الهيئة لإجراء "
     "الانتخابات في الموعد الذي حدّدته (26 نوفمبر 2017).", "26 نوفمبر 2017"),
])
def test_an_election_in_local_news_is_at_home(text, time):
    assert name_in_last_line(text, time, home="TN") == "تونس"


@pytest.mark.parametrize("text, time", [
    ("قال الخبير إن الحملة بدأت.\nوتجرى الانتخابات الفرنسية يوم 23 أفريل.", "يوم 23 أفريل"),  # another nation's
    ("قال الخبير إن الحملة بدأت.\nوأوضح اليوم أن الانتخابات ستجرى في موعدها.", "اليوم"),  # a pan-Arab outlet
])
def test_an_election_of_another_nation_or_outlet_is_not_at_home(text, time):
    home = "TN" if "الفرنسية" in text else None
    assert name_in_last_line(text, time, home=home) != "تونس"
