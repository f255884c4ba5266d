"""Places of bodies, governments and countries acting: a body named after its country, a national
league or central bank, a seat of government or a capital speaking («الإليزيه», «البيت الأبيض», «واشنطن»), a
movement, a prosecution, a ministry named by two joined nouns, an official speaking for a body, a country as the
subject of a verb, a nation's opposition, a body founded in its country; and what is no such body: a company or a
network speaking, a company named after its country, a national team away, an international body, an official
meeting a foreign statesman (sentences written for the tests in the corpus's phrasing)."""
from __future__ import annotations

import pytest

from place_helpers import where, name, country, name_in_last_line


def test_a_national_league_acting_is_its_country():
    text = "قررت الرابطة اليونانية لكرة القدم، الاثنين، استئناف منافسات البطولة نهاية الأسبوع الجاري."
    assert where(text, "الاثنين").country == "GR"


def test_a_body_of_a_country_named_after_it_acts_in_that_country():
    text = "وكان بنك المغرب قد ضخ خلال طلب العروض ليوم 21 يونيو الجاري مبلغ 59 مليار درهم."
    assert where(text, "يوم 21 يونيو الجاري").country == "MA"
    text = "أقر برلمان كوسوفو مساء أمس الاثنين تعديلا دستوريا للسماح بانشاء محكمة."
    assert where(text, "أمس الاثنين").country == "XK"
    text = "حذرت رئيسة وزراء بريطانيا، تيريزا ماي، الأحد، من احتمال ألا يكون هناك خروج من الاتحاد الأوروبي."
    assert where(text, "الأحد").country == "GB"
    # a country named as a list item or an object is no acting body's
    text = "وقال رئيس الوزراء الأحد إن فرنسا وألمانيا تدعمان الخطة."
    assert where(text, "الأحد") is None


def test_a_country_as_the_subject_of_a_verb_acts_there():
    assert where("وقررت إيران، في 10 يوليو الماضي، فتح سوق ثانوية للعملة الصعبة.", "10 يوليو الماضي").country == "IR"
    assert where("أقرت إسرائيل يوم الخميس قانونا جديدا.", "يوم الخميس").country == "IL"
    assert where("ولم تتمكن الولايات المتحدة من إرسال البشر إلى الفضاء منذ عام 2011.", "عام 2011").country == "US"
    # a country after a preposition or a noun is no subject
    assert where("وأرسل الوزير وفدا إلى تركيا في 10 يوليو الماضي.", "10 يوليو الماضي").country == "TR"
    assert where("وأعلن الرئيس الخميس دعم سوريا.", "الخميس") is None


def test_an_international_body_replying_is_not_where_the_story_is():
    headline = "فضيحة فساد تهدد اللجنة الأولمبية الدولية بعد دورة ريو دي جانيرو"
    text = "وردت اللجنة الأولمبية الدولية في بيان لها الجمعة أنها طرف مدني في الإجراءات."
    assert where(text, "الجمعة", headline) is None


def test_a_central_bank_of_a_country_acting_is_that_country():
    text = "وأعلن المصرف المركزي التركي الخميس رفع سعر الفائدة."
    assert where(text, "الخميس").country == "TR"


def test_a_head_of_states_office_is_held_in_its_country():
    text = "في 15 أكتوبر من عام 1987، تسلم الرئيس رئاسة الجمهورية التونسية خلفا لسلفه."
    assert where(text, "15 أكتوبر من عام 1987").country == "TN"
    # «برئاسة»: a delegation chaired by someone of that country, not held there
    text = "وصل الاثنين وفد برئاسة وزير خارجية قطر لبحث الأزمة."
    assert where(text, "الاثنين") is None


def test_a_national_body_acts_for_its_country_over_a_long_clause():
    text = ("قررت الرابطة المغربية لكرة السلة، الثلاثاء، استئناف منافسات الدوري نهاية الأسبوع المقبل، "
            "بعدما علقت في 3 فبراير إثر اقتحام مشجعين أرض الملعب.")
    assert where(text, "3 فبراير").country == "MA"


# --- a capital, a seat of government or a country acting

def test_a_capital_or_its_seat_speaking_is_its_government():
    assert where("وأعلنت واشنطن في الأول من أغسطس الجاري فرض عقوبات جديدة.", "الأول من أغسطس الجاري").country == "US"
    assert where("فالبيت الأبيض أعلن في حزيران/يونيو عزمه على اتخاذ هذه التدابير العقابية.",
                 "حزيران/يونيو").country == "US"
    assert where("وأعلنت بكين في اليوم ذاته أنها تدرس فرض رسوم مشددة.", "اليوم ذاته").country == "CN"
    assert where("وقالت موسكو الأحد إنها سترد على الإجراءات.", "الأحد").country == "RU"
    # a city that is no capital speaking is no country («دبي» is not the UAE's government)
    assert where("وأعلنت دبي الأحد إطلاق مبادرة جديدة للسياحة.", "الأحد") is None


def test_a_country_before_its_present_verb_acts():
    assert where("تجدر الإشارة أن روسيا تعترف بعيد الفطر كعطلة رسمية.", "عيد الفطر").country == "RU"
    assert where("إيران ترفض الأحد أي تفاوض جديد حول برنامجها.", "الأحد").country == "IR"
    # two countries: whose it is is not clear
    assert where("روسيا تدعو الأحد تركيا إلى التهدئة.", "الأحد") is None


def test_a_body_inside_a_body_after_with_is_not_acting():
    text = ("وعلق سنودن المتعاقد السابق مع وكالة الأمن القومي الأميركية الذي كشف في 2013 عمليات مراقبة "
            "واسعة النطاق.")
    assert where(text, "2013") is None
    text = "كشف المتحدث الأمني لوزارة الداخلية السعودية اليوم الجمعة أن قوات الأمن أحبطت عملا إرهابيا."
    assert where(text, "اليوم الجمعة").country == "SA"


def test_a_nations_opposition_acting_is_in_that_nation():
    text = "رفضت المعارضة الفنزويلية الأربعاء المشاركة في الانتخابات الرئاسية المقبلة."
    assert where(text, "الأربعاء").country == "VE"
    text = "وأعلنت المعارضة السورية الأحد مقاطعة المحادثات مع وفد النظام الإيراني."
    assert where(text, "الأحد") is None  # another nation in the clause: not clear


# --- a seat of government speaking speaks at home, whatever other countries its words name

@pytest.mark.parametrize("sentence, time, code", [
    ('وأكد "الإليزيه" يوم الجمعة الماضي، أن فرنسا لا تخطط لعملية عسكرية جديدة في شمال سوريا.', "يوم الجمعة الماضي", "FR"),
    ("من جهة أخرى، أعلن الإليزيه السبت أن الرئيس يأمل بتكثيف الضغط على النظام السوري.", "السبت", "FR"),
    ("وكان البيت الأبيض قال في وقت سابق هذا الشهر إن بناء إسرائيل مستوطنات جديدة قد لا يكون مفيدا.", "هذا الشهر", "US"),
    ('وقال شون سبايسر المتحدث باسم البيت الأبيض يوم السبت إن "الرئيس سيستقبل أول مسؤول خارجي".', "يوم السبت", "US"),
    ("وقال في بيان رسمي صدر عن الكرملين، اليوم الأحد، إن احتفال المسلمين الروس بعيد الفطر يظهر حرصهم على التراث.",
     "اليوم الأحد", "RU"),
    ("والخميس، قال الكرملين إن القمة ستكون في 16 يوليو المقبل في هلسنكي.", "الخميس", "RU"),
    ("وجاء في بيان للكرملين الأحد أن الرئيسين بحثا الوضع في سوريا.", "الأحد", "RU"),
])
def test_a_seat_of_government_speaking_places_its_country(sentence, time, code):
    assert country(sentence, time) == code


@pytest.mark.parametrize("sentence, time", [
    ("وعاد الوفد من الكرملين الأحد بعد لقاء قصير مع المسؤولين في سوريا.", "الأحد"),  # an origin, no speaking
    ("وقال البيت الأبيض الخميس خلال زيارة الرئيس إلى بريطانيا إن المحادثات كانت مثمرة.", "الخميس"),  # a trip in its clause
    ("ويرى محللون أن البيت الأبيض سيواجه الأحد ضغوطا من حلفائه في أوروبا.", "الأحد"),  # not speaking
    ("وتحدث الكاتب الأحد عن الكرملين وسياساته في سوريا.", "الأحد"),  # spoken about, not issued by it
])
def test_a_seat_not_speaking_or_travelling_gives_no_country(sentence, time):
    assert country(sentence, time) != "US" and country(sentence, time) != "RU"


# --- a movement of one country speaking acts in that country

@pytest.mark.parametrize("sentence, time, code", [
    ("أعلنت جماعة انصار الله الأحد تعيين مهدي المشاط رئيسا للمجلس السياسي الأعلى.", "الأحد", "YE"),
    ("وقال الحوثيون الثلاثاء إنهم أسقطوا طائرة استطلاع.", "الثلاثاء", "YE"),
    ("وأعلن حزب الله مساء الجمعة أن أحد عناصره قتل.", "مساء الجمعة", "LB"),
])
def test_a_movement_of_one_country_speaking_places_its_country(sentence, time, code):
    assert country(sentence, time) == code


@pytest.mark.parametrize("sentence, time", [
    ("وتقطع استعادتها إمدادات الحوثيين منذ بدء عمليات التحالف قبل أربعة أشهر.", "قبل أربعة أشهر"),  # no verb: a plural
    ("وقال الحوثيون الأحد إنهم أطلقوا صاروخا على الرياض.", "الأحد"),  # another country's place named
])
def test_a_movement_not_speaking_or_naming_another_country_gives_no_place(sentence, time):
    assert country(sentence, time) is None


# --- a prosecution speaking is an official body of its country

@pytest.mark.parametrize("sentence, time, code", [
    ("قال الادعاء العام الليبي في بيان اليوم الاثنين إنه يحقق في أمر حراس ظهروا في مقطع فيديو.", "اليوم الاثنين", "LY"),
    ("وأعلن الإدعاء العام المصري الأحد إحالة المتهمين إلى المحاكمة.", "الأحد", "EG"),
])
def test_a_prosecution_speaking_places_its_country(sentence, time, code):
    assert country(sentence, time) == code


# --- a body's name joining two nouns: its nationality adjective comes later

@pytest.mark.parametrize("sentence, time, code", [
    ("كشفت وزارة العمل والتنمية الاجتماعية السعودية، الأربعاء، عن أسماء الشركات المؤهلة.", "الأربعاء", "SA"),
    ("أصدرت وزارة الشؤون الإسلامية والدعوة والإرشاد السعودية أمس تعميما للخطباء.", "أمس", "SA"),
    ("أعلنت وزارة البيئة والمياه والزراعة السعودية أمس عن حملة لترشيد الاستهلاك.", "أمس", "SA"),
    ("قررت وزارة التعليم العالي والبحث العلمي التونسية اليوم تأجيل الامتحانات.", "اليوم", "TN"),
])
def test_a_body_named_by_two_joined_nouns_places_its_country(sentence, time, code):
    assert country(sentence, time) == code


def test_a_body_named_by_two_joined_nouns_meeting_another_nation_places_nothing():
    assert where("التقى وزير الخارجية والتعاون الدولي المغربي الخميس نظيره الإسباني.", "الخميس") is None


# --- an official speaking for a body after «لـ»: the body acts

@pytest.mark.parametrize("sentence, time, code", [
    ("وكشف المتحدث الرسمي للبنك السعودي للتسليف والادخار، في تصريح له أمس عن نتائج الربع الثاني.", "أمس", "SA"),
    ("وقال المتحدث الرسمي لوزارة الصحة السعودية أمس إن عدد الإصابات ارتفع.", "أمس", "SA"),
    ("أكد الأمين العام للاتحاد العام التونسي للشغل اليوم السبت تمسك المنظمة بالمفاوضات.", "اليوم السبت", "TN"),
    ("أوضح الناطق الرسمي للحكومة المغربية الخميس أن المجلس صادق على المشروع.", "الخميس", "MA"),
])
def test_an_official_speaking_for_a_body_places_its_country(sentence, time, code):
    assert country(sentence, time) == code


@pytest.mark.parametrize("sentence, time", [
    ("وقال الأمين العام للأمم المتحدة أمس إن الوضع خطير.", "أمس"),  # no nation
    ("والتقى المتحدث الرسمي للحكومة المصرية أمس نظيره الأردني.", "أمس"),  # two nations meet
    ("وقدمت الشركة أمس قرضا للبنك السعودي للتسليف.", "أمس"),  # the body after «لـ» is no one's official
])
def test_a_body_after_lam_without_its_official_or_with_another_nation_places_nothing(sentence, time):
    assert where(sentence, time) is None


@pytest.mark.parametrize("sentence, time", [
    ("وصافاً مواجهة تونس اليوم بالصعبة وقال: المنتخب التونسي من أقوى فرق البطولة.", "اليوم"),
    ("إنتهت مقابلة المنتخب المصري ومنتخب مالي بالتعادل في المباراة التي جمعتهما اليوم.", "اليوم"),
])
def test_a_national_team_plays_away_it_is_no_official_body_at_home(sentence, time):
    assert name(sentence, time) is None


# --- a company named after its country

@pytest.mark.parametrize("headline, sentence, time", [
    ("رئيس الخطوط القطرية: وظيفتي لا يمكن أن يؤديها إلا رجل",
     "وتتناول فعاليات الاجتماع السنوي للاتحاد الدولي للنقل الجوي هذا العام موضوع المساواة بين الجنسين.", "هذا العام"),
    ("", "انضمت اتصالات تونس، الخميس، الى منظومة الفوترة الالكترونية.", "الخميس"),
    ("", "وكانت الخطوط الجوية السعودية أعلنت في بيان نشر ليل الثلاثاء أن عطلا أثر على الرحلات.", "ليل الثلاثاء"),
    ("", "وقال المدير التنفيذي للخطوط الجوية القطرية الأحد إن الشركة ستطلب طائرات جديدة.", "الأحد"),
])
def test_a_company_named_after_its_country_is_no_official_body(headline, sentence, time):
    assert name(sentence, time, headline) is None


@pytest.mark.parametrize("headline, sentence, time, expected", [
    ("", "أعلنت وزارة الداخلية السعودية الخميس القبض على خلية.", "الخميس", "السعودية"),
    ("", "أعلنت السعودية الخميس القبض على خلية.", "الخميس", "السعودية"),
    ("وزير العدل التركي: سنطلب تسليم المتهمين", "وقال الوزير اليوم الاثنين إن الطلب جاهز.", "اليوم الاثنين", "تركيا"),
])
def test_official_bodies_still_act_for_their_country(headline, sentence, time, expected):
    assert name(sentence, time, headline) == expected


# --- a forecast is a saying

@pytest.mark.parametrize("headline, sentence, time", [
    ("ولي عهد السعودية يواجه \"كوليرا اليمن\" بالملايين",
     "وفي وقت سابق اليوم، توقعت \"يونيسف\"، في تغريدة، ارتفاع الحالات المشتبه بإصابتها بالكوليرا إلى 300 ألف.",
     "اليوم"),
    ("ولي عهد السعودية يواجه \"كوليرا اليمن\" بالملايين",
     "وتوقع غوتيريش اليوم ارتفاع عدد الحالات خلال الصيف.", "اليوم"),
])
def test_an_international_body_forecasting_speaks_where_it_is(headline, sentence, time):
    assert name(sentence, time, headline) is None


# --- an official meeting a statesman of another country

@pytest.mark.parametrize("sentence, time", [
    ("وكان حيدر العبادي رئيس وزراء العراق قد التقى مع ترامب لأول مرة في 20 مارس.", "20 مارس"),
    ("واستقبلت وزارة الخارجية المصرية الأحد ترامب.", "الأحد"),
])
def test_an_official_meeting_a_foreign_statesman_is_not_placed_at_home(sentence, time):
    assert name(sentence, time) is None


@pytest.mark.parametrize("sentence, time", [
    # «هولاند» here is a Canadian member of parliament, not the French president
    ("قرر النائب الكندي مارك هولاند، للعام الثالث على التوالي، الصيام طوال شهر رمضان.", "شهر رمضان"),
    ("مارك هولاند، عضو البرلمان الكندي الذي انتخب عام 2004 عضواً في مجلس العموم الكندي.", "عام 2004"),
])
def test_a_namesake_of_a_statesman_with_his_own_nationality_is_no_statesman(sentence, time):
    assert name(sentence, time, headline="نائب كندي يصوم رمضان") == "كندا"


@pytest.mark.parametrize("sentence, time, expected", [
    # the country of an official body speaking is the place (the rule)
    ("وأعلنت وزارة الداخلية السعودية يوم الأحد القبض على خلية.", "يوم الأحد", "السعودية"),
    ("وقالت وزارة الخارجية الأمريكية الجمعة إن ترامب سيلتقي بوتين.", "الجمعة", "الولايات المتحدة"),
])
def test_an_official_body_speaking_is_still_at_home(sentence, time, expected):
    assert name(sentence, time) == expected


# --- a body's nationality before a verb is no person's nationality: the sentence is about that country

@pytest.mark.parametrize("headline, sentence, time", [
    ("تحذير سعودي شديد من العملات الرقمية",
     "يذكر أن دار الإفتاء المصرية كانت قد أصدرت مطلع يناير الماضي بياناً.", "مطلع يناير الماضي"),
    ("تحذير سعودي شديد من العملات الرقمية",
     "وكانت الهيئة الأردنية قد أعلنت الأحد منع التداول.", "الأحد"),
])
def test_a_foreign_body_before_a_verb_leaves_the_story(headline, sentence, time):
    assert name(sentence, time, headline) not in ("السعودية", "الرياض")


# --- a body founded in the country the article gives it

@pytest.mark.parametrize("text, time, headline, expected", [
    ("تمكنت المجموعة من شراء الشركة المنتجة للذخائر.\nو\"مانوران\" تأسست في 1919 واشتهرت بإنتاج مسدسات الشرطة.",
     "1919", "شركة عسكرية إماراتية تشتري الفرنسية \"مانوران\" لإنتاج أجهزة صنع الذخائر", "فرنسا"),
    ("أعلنت الأكاديمية الجمعة إرجاء الجائزة.\nوتمر الأكاديمية التي أسست في العام 1786 بأزمة.", "العام 1786",
     "الأكاديمية السويدية تعلن تأجيل منح جائزة نوبل", "السويد"),
])
def test_a_body_is_founded_in_its_country(text, time, headline, expected):
    assert name_in_last_line(text, time, headline=headline) == expected


def test_a_body_of_no_told_nationality_is_founded_nowhere():
    text = "أعلنت مرسيدس شراكة مع شركة روبرت بوش.\nوستطور بوش التي تأسست عام 1886 برامج الكمبيوتر."
    assert name_in_last_line(text, "عام 1886") is None
