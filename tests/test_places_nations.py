"""Places: nationality adjectives (nisba) and the lexicon's spellings, on corpus-like sentences."""
from __future__ import annotations

import pytest

from timeline.events.places import gazetteer, locate
from timeline.normalize import normalize


def where(sentence: str, time: str):
    at = sentence.index(time)
    return locate(sentence, (0, len(sentence)), (at, at + len(time)))


# --- adjectives of countries whose name ends in «يا» / «ية»: «تركيا» -> «التركي», «سورية» -> «السوري»

@pytest.mark.parametrize("adjective, country", [
    ("التركية", "TR"), ("التركي", "TR"), ("السوري", "SY"), ("السورية", "SY"), ("الإسباني", "ES"),
    ("الإيطالية", "IT"), ("الألماني", "DE"), ("الألمانية", "DE"), ("الأسترالية", "AU"), ("الليبي", "LY"),
    ("الإثيوبية", "ET"), ("الموريتاني", "MR"), ("الجزائري", "DZ"), ("المغربية", "MA"), ("الأردني", "JO"),
])
def test_adjective_of_a_country(adjective, country):
    assert gazetteer().nisba_country(normalize(adjective)) == country


@pytest.mark.parametrize("word", [
    "تركي",  # «تركي آل الشيخ»: a first name without the article
    "ماني",  # «ساديو ماني», not German
    "الباني",  # a builder, not Albanian («الألباني» is)
    "المالية",  # financial
])
def test_word_that_is_no_adjective_of_a_country(word):
    assert gazetteer().nisba_country(normalize(word)) is None


@pytest.mark.parametrize("sentence, time, country", [
    ("أعلن الرئيس التركي رجب طيب أردوغان إجراء انتخابات رئاسية مبكرة في الرابع والعشرين من يونيو المقبل",
     "الرابع والعشرين من يونيو المقبل", "TR"),
    ("قال وزير المالية التركي، براءت ألبيرق، الخميس، إن بلاده ستلجأ للأسواق المالية الدولية", "الخميس", "TR"),
    ("وأضافت الصحيفة أن الحكومة الإيطالية ستعتمد اليوم السبت مرسوما لبدء عملية تصفية البنكين", "اليوم السبت", "IT"),
    ("أعلن العراق قصف غرفة عمليات لتنظيم داعش داخل الأراضي السورية، الخميس", "الخميس", "SY"),
])
def test_body_or_land_of_a_country_ending_in_ya(sentence, time, country):
    assert where(sentence, time).country == country


def test_first_name_turki_is_no_country_acting():
    sentence = "وأكد رئيس الهيئة العامة للرياضة تركي آل الشيخ يوم الأحد أن الحدث سيقام في موعده"
    assert where(sentence, "يوم الأحد") is None


# --- spellings the lexicon adds or removes

@pytest.mark.parametrize("sentence, time, expected", [
    ("وصل الوفد يوم الاثنين إلى الخرطوم لبدء المحادثات", "يوم الاثنين", "الخرطوم"),  # the library has «خرطوم»
    ("جرت المنافسات النهائية لألواح التزلج الاثنين في بيونغ تشانغ وسط رياح قوية", "الاثنين", "بيونغ تشانغ"),
])
def test_names_written_as_the_news_writes_them(sentence, time, expected):
    assert where(sentence, time).name == expected


@pytest.mark.parametrize("sentence, time", [
    ("اجتمع زوكربرغ يوم الاثنين مع المشرعين بسترة سوداء وربطة عنق", "يوم الاثنين"),  # سترة: a jacket, not Sitra
    ("تحسم مباراة الديربي يوم السبت صدارة الدوري", "يوم السبت"),  # a local match, not Derby
])
def test_words_that_are_no_places(sentence, time):
    assert where(sentence, time) is None


# --- a city named as a club is no scene

@pytest.mark.parametrize("sentence, time", [
    ("انتقل اللاعب الشهر الماضي إلى مانشستر سيتي مقابل 60 مليون جنيه", "الشهر الماضي"),
    ("أكد المهاجم اليوم الأحد أنه لن يغادر فريقه أتلتيكو مدريد الموسم القادم", "اليوم الأحد"),
    ("خسر فريق ليفربول الإنجليزي أمام تشيلسي مساء الأربعاء بمشاركة نجم المنتخب المصري", "مساء الأربعاء"),
    ("يلعب الفريق يوم الأربعاء في دوري أبطال أوروبا أمام بورتو", "يوم الأربعاء"),  # دوري: a league, not Dori
])
def test_club_named_after_a_city_is_no_place(sentence, time):
    assert where(sentence, time) is None


# the English adjective, which the gazetteer has no country for, names the club after a city like any other
@pytest.mark.parametrize("sentence, time", [
    ("وفي يناير الماضي تمت إعارته إلى تشيلسي الإنجليزي حتى نهاية الموسم", "يناير الماضي"),
    ("انتقل المدافع في صيف 2016 إلى ليفربول الانجليزي قادما من ساوثهامبتون", "صيف 2016"),
    ("وأعير اللاعب الشهر الماضي إلى توتنهام الإنكليزي حتى نهاية الموسم", "الشهر الماضي"),
    ("وكان قد انضم في عام 2017 إلى مانشستر الانكليزي", "عام 2017"),
])
def test_a_city_before_the_english_adjective_is_the_club(sentence, time):
    assert where(sentence, time) is None


# a town whose name alone is its club, after the «إلى» of a player's transfer, loan or sale: the club he joins
@pytest.mark.parametrize("sentence, time", [
    ("وانتقل لاعب الوسط الألماني إلى ليفربول في 2014 وخاض مباراته رقم 167", "2014"),
    ("علما أن صلاح انتقل الصيف الماضي إلى ليفربول من روما بالذات", "الصيف الماضي"),
    ("وكان قد أعير الموسم الماضي إلى ميلان قادما من تشيلسي", "الموسم الماضي"),
    ("ثم بيعه إلى نابولي في صيف 2015", "صيف 2015"),
])
def test_a_club_town_after_a_transfer_is_no_place(sentence, time):
    assert where(sentence, time) is None


@pytest.mark.parametrize("sentence, time, expected", [
    ("وسافر اللاعب يوم الأحد إلى ليفربول", "يوم الأحد", "ليفربول"),  # a trip, no transfer
    ("وانتقل والداه إلى بريطانيا في عام 1990", "عام 1990", "بريطانيا"),  # a country is no club
    ("انتقل من السعودية إلى دبي في 2010", "2010", "دبي"),  # a town that is no club
])
def test_a_move_to_a_place_that_is_no_club_is_still_a_place(sentence, time, expected):
    assert where(sentence, time).name == expected


@pytest.mark.parametrize("sentence, time, expected", [
    ("وصل اللاعب الشهر الماضي إلى مانشستر لإجراء الفحص الطبي", "الشهر الماضي", "مانشستر"),
    ("عقد المؤتمر يوم الأحد في مدينة برشلونة الإسبانية", "يوم الأحد", "برشلونة"),  # feminine: the city
    ("افتتح المعرض يوم الأحد في مانشستر الإنجليزية", "يوم الأحد", "مانشستر"),
    ("تعقد قمة رؤساء الدول الأسبوع المقبل في كيبيك", "الأسبوع المقبل", "كيبيك"),
])
def test_the_city_itself_is_still_a_place(sentence, time, expected):
    assert where(sentence, time).name == expected


def test_headline_about_teams_gives_no_place():
    sentence = "تدور الأحد القادم مقابلات الجولة الثامنة لبطولة الرابطة المحترفة الثانية"
    at = sentence.index("الأحد القادم")
    span = (0, len(sentence)), (at, at + len("الأحد القادم"))
    assert locate(sentence, *span, headline="الرابطة الثانية: قوافل قفصة تواجه منزل بورقيبة") is None
    assert locate(sentence, *span, headline="انطلاق البطولة في منزل بورقيبة").name == "منزل بورقيبة"


# --- a host verb carrying the happening as a pronoun: the place after it is the scene

@pytest.mark.parametrize("sentence, time, expected", [
    ("ويرصد الوثائقي كيف تغيرت فرنسا منذ الانتفاضة الطلابية التي شهدتها باريس عام 1968", "عام 1968", "باريس"),
    ("قبل خوض غمار النهائيات التي تحتضنها الكاميرون شهري مايو ويونيو", "شهري مايو ويونيو", "الكاميرون"),
    ("استدعي لبطولة كأس القارات التي استضافتها روسيا الصيف الماضي", "الصيف الماضي", "روسيا"),
])
def test_host_verb_with_a_pronoun(sentence, time, expected):
    assert where(sentence, time).name == expected


@pytest.mark.parametrize("sentence, time, expected", [
    ("وهذه أكبر احتجاجات تشهدها العاصمة الإيرانية منذ أكتوبر 2012", "أكتوبر 2012", "طهران"),  # not «تهران»
    ("وصل الوفد يوم الأحد إلى العاصمة البريطانية لإجراء محادثات", "يوم الأحد", "لندن"),  # not «لأندأن»
    ("عقدت القمة يوم الاثنين في العاصمة الجزائرية بحضور الوزراء", "يوم الاثنين", "الجزائر"),
])
def test_capital_named_by_its_adjective_is_shown_in_its_everyday_spelling(sentence, time, expected):
    assert where(sentence, time).name == expected


# --- a chain «X في Y» is one place only when Y holds X

@pytest.mark.parametrize("sentence, time, expected", [
    ("وتدخلت روسيا في سوريا أواخر عام 2015، واستطاعت أن ترجح كفة الجيش السوري", "أواخر عام 2015", "سوريا"),
    ("تمكنت الوحدات الأمنية بمعتمدية الرديف من ولاية قفصة، أمس من القبض على شاب", "أمس", "الرديف"),  # still a chain
])
def test_chain_of_places_of_one_country(sentence, time, expected):
    assert where(sentence, time).name == expected


def test_places_joined_by_and_are_a_list_not_a_chain():
    sentence = "تنطلق الدورة الأحد في الرياض ولندن بمشاركة عشرات الفرق"
    assert where(sentence, "الأحد").name == "الرياض"
    from timeline.events.places import _candidates
    from timeline.terms import words
    ws = words(sentence)
    assert [c.place.name for c in _candidates(gazetteer(), sentence, 0, ws)] == ["الرياض", "لندن"]


# --- what a headline names that is no scene

@pytest.mark.parametrize("headline", [
    "حماية المستهلك لـ «الرياض»: ندرس مسببات عدم تأثر الأسعار",  # a newspaper
    "محمد صلاح: قصة فتى قرية مصرية صغيرة أصبح أفضل لاعب في أفريقيا",  # a continent
    "مساحة بيضاء محل عمود جمال خاشقجي في واشنطن بوست",  # a newspaper named after a city
    "ترجي جرجيس في طريقه الى العاصمة",  # a club
])
def test_headline_naming_no_scene(headline):
    from timeline.events.places import _headline_place
    assert _headline_place(gazetteer(), headline) is None


def test_headline_scene():
    from timeline.events.places import _headline_place
    assert _headline_place(gazetteer(), "حريق في الرياض يأتي على مستودع").name == "الرياض"
    assert _headline_place(gazetteer(), "الإمام النيجيري الذي أنقذ مئات المسيحيين في نيجيريا").country == "NG"


# --- names the gazetteer lacks, taken after a head word

@pytest.mark.parametrize("sentence, time, expected", [
    ("شهدت منطقة عين الكريمة من معتمدية جندوبة الشمالية مساء أمس الجمعة حريقا أتى على هكتار من القمح",
     "مساء أمس الجمعة", "جندوبة"),  # a host verb before the head; the chain's town
    ("تمكنت الوحدات الامنية بمنطقة حمام سوسة امس من ايقاف شابين", "امس", "حمام سوسة"),  # not Sousse
    ("نشب مساء اليوم الثلاثاء حريق بمنزل بمنطقة رأس الكاف بقفصة يقطنه 4 لاعبين", "مساء اليوم الثلاثاء", "قفصة"),
])
def test_name_after_a_head_word(sentence, time, expected):
    assert where(sentence, time).name == expected


@pytest.mark.parametrize("sentence, time", [
    ("وقال رئيس الشرطة إن آخر نهاية أسبوع من دون إطلاق الرصاص في المدينة كانت قبل 1993", "قبل 1993"),  # «المدينة»: named before
    ("وكان الوضع هادئا في وسط المدينة، حيث وقعت أعمال العنف مساء الأربعاء", "مساء الأربعاء"),
    ("أحالت عناصر الشرطة القضائية بولاية أمن مراكش اليوم الأحد ثلاثة متهمين على الوكيل العام", "اليوم الأحد"),
])
def test_no_name_captured_after_a_definite_head_or_from_a_common_word(sentence, time):
    place = where(sentence, time)
    assert place is None or place.name not in ("كانت", "حيث", "أمن")


def test_captured_name_takes_the_country_of_its_chain():
    place = where("ووري الثرى الجمعة جثمان الفنانة في مدينة دوردان بضواحي باريس", "الجمعة")
    assert place.name == "دوردان" and place.country == "FR"


def test_host_verb_in_a_relative_clause_places_its_noun_not_an_earlier_happening():
    sentence = ("قررت الدائرة الجنائية بالمحكمة الابتدائية بالكاف، أمس الأربعاء الإفراج عن 16 موقوفا على خلفية "
                "الاحتجاجات التي شهدتها مدينة تاجروين خلال شهر جانفي 2016")
    assert where(sentence, "أمس الأربعاء").name == "الكاف"
    assert where(sentence, "شهر جانفي 2016").name == "تاجروين"
