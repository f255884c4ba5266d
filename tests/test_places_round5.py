"""Places, round 5: a local outlet's home country named by a pointing word («البلاد», «المملكة»), a place
after a plan word that comes after the time, a capital or seat of government speaking, a country before its
verb, institutions named after a person, a town before «وسط / شمال» + its country, a relative clause with a
country of its own, a court's number glued to its town, «من ولاية» after a town, entering a town (sentences
written for the tests in the corpus's phrasing)."""
from __future__ import annotations

from timeline.events.places import locate
from timeline.events.places.home import outlet_home


def where(text: str, time: str, headline: str = "", sentence: str | None = None, home: str | None = None):
    sentence = sentence or text
    start = text.index(sentence)
    at = text.index(time, start)
    return locate(text, (start, start + len(sentence)), (at, at + len(time)), headline=headline, home=home)


def name(*args, **kwargs) -> str | None:
    place = where(*args, **kwargs)
    return place.name if place else None


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


# --- a place after a plan word that comes after the time


def test_a_place_after_a_plan_word_is_the_plans_not_the_times():
    text = ("رفضت لجنة الانضباط اليوم الثلاثاء رسميا رفع الإيقاف عن خماسي النصر والهلال للمشاركة في نهائي كأس "
            "السوبر والمزمع إقامته في العاصمة البريطانية لندن في الـ12 من شهر أغسطس الجاري.")
    assert where(text, "اليوم الثلاثاء") is None
    assert name(text, "الـ12 من شهر أغسطس الجاري") == "لندن"  # the time of the planned final itself
    text = "وافق المجلس أمس على تمويل المؤتمر المقرر في مراكش خلال شهر نوفمبر."
    assert where(text, "أمس") is None
    text = "تخطط الشبكة لإطلاع المشرعين في واشنطن العاصمة هذا الأسبوع على أكبر اختراق للبيانات."
    assert name(text, "هذا الأسبوع") == "واشنطن"  # the plan word before the time: the planned happening's time


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


# --- institutions named after a person, canals


def test_an_institution_named_after_a_person_is_in_its_town():
    text = "بدأت جامعة الملك خالد، ممثلة في عمادة القبول والتسجيل، أمس الأول الأحد في استقبال طلبات الالتحاق."
    assert name(text, "أمس الأول الأحد") == "أبها"
    assert name("أعلنت جامعة أم القرى اليوم فتح باب القبول.", "اليوم") == "مكة المكرمة"
    assert name("سقطت رافعة في صحن المطاف بالحرم المكي اليوم الجمعة.", "اليوم الجمعة") == "مكة المكرمة"
    assert name("وأدى آلاف المصلين صلاة التراويح في المسجد النبوي مساء أمس.", "مساء أمس") == "المدينة المنورة"


def test_the_suez_canal_is_a_place():
    text = "وبدأت أولى تجارب التشغيل لعبور السفن بقناة السويس الجديدة المصرية، الأسبوع الماضي، وذلك بهدف الاطمئنان."
    place = where(text, "الأسبوع الماضي")
    assert (place.name, place.country) == ("قناة السويس", "EG")


# --- a town before a compass word and its country


def test_a_town_before_a_compass_word_and_its_country_is_the_place():
    text = "وتحديدا الجمعة، هزت سلسلة انفجارات ضخمة مطار حماة العسكري وسط سوريا، حسب المرصد."
    assert name(text, "الجمعة") == "حماة"
    assert name("قصفت الطائرات الأحد مدينة إدلب شمال غرب سوريا.", "الأحد") == "إدلب"
    assert name("وقتل ثلاثة أشخاص الأحد شمال سوريا.", "الأحد") == "سوريا"  # no town: the country


# --- a relative clause with a country of its own


def test_a_relative_clause_with_its_own_country_places_its_own_verb():
    text = ("نفت جماعة حزب الله اللبنانية، الجمعة، الاتهامات التي وجهها التحالف العربي الذي تقوده المملكة "
            "العربية السعودية في اليمن.")
    assert name(text, "الجمعة") != "اليمن"
    text = ("وتشهد الجمعية الوطنية الفرنسية الاثنين نقاشا من دون تصويت للضربات التي شنتها فرنسا مع الولايات "
            "المتحدة وبريطانيا في سوريا.")
    assert name(text, "الاثنين") != "سوريا"
    assert name("افتتح الوزير الأحد المعرض الذي يقام في صفاقس.", "الأحد") == "صفاقس"  # no country of its own


# --- a court's number, «من ولاية» after a town


def test_a_courts_number_glued_to_its_town():
    text = "أجّلت الدائرة الجنائية بالمحكمة الابتدائية سوسة1 اليوم، النظر في قضية مقتل الطالب."
    place = where(text, "اليوم")
    assert (place.name, place.country) == ("سوسة", "TN")
    assert name("قضت المحكمة الابتدائية بتونس2 أمس بسجن المتهم.", "أمس") == "تونس"
    assert name("نظرت الدائرة الجنائية بالمحكمة الابتدائية بنابل اليوم في القضية.", "اليوم") == "نابل"


def test_a_governorate_after_a_town_is_no_origin():
    text = ("نفذ أساتذة وأعوان المدرسة الإعدادية بدوارهيشر من ولاية منوبة، الخميس، وقفة احتجاجية إثر اقتحام "
            "المؤسسة.")
    assert name(text, "الخميس") == "منوبة"  # the town glued to its «بـ» is not read: its governorate
    text = "صدر حكم ابتدائي أمس الجمعة ضد أعضاء النقابة الأساسية بالمزونة من ولاية سيدي بوزيد."
    assert name(text, "أمس الجمعة") == "سيدي بوزيد"
    # coming from a governorate is an origin
    text = "وصل الوفد أمس الجمعة قادما من ولاية سيدي بوزيد."
    assert where(text, "أمس الجمعة") is None


# --- entering a town


def test_entering_a_town_named_with_its_head_word_is_a_scene():
    text = ("وأوضحت مصادر المقاومة أن قواتها دخلت مدينة دمت الواقعة على 60 كيلومترا شمال مدينة الضالع عصر أمس "
            "دون مواجهات.")
    assert name(text, "عصر أمس") == "دمت"
    assert name("وكانت القوات قد دخلت مدينة الرمادي في ديسمبر الماضي.", "ديسمبر الماضي") == "الرمادي"
    # a country after «دخل» is its subject: «دخل العراق في فراغ تشريعي»
    text = "يأتي ذلك في وقت دخل العراق في فراغ تشريعي للمرة الأولى منذ سقوط النظام في العام 2003."
    assert where(text, "العام 2003") is None


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


# --- stadiums, the news week, setting off


def test_a_stadium_named_with_or_without_the_article_is_in_its_town():
    text = ("تم تعيين الحكم لإدارة مباراة الكلاسيكو بين برشلونة و ريال مدريد يوم 3 ديسمبر القادم لحساب الجولة "
            "الرابعة عشر في ملعب الكامب نو.")
    assert name(text, "يوم 3 ديسمبر القادم") == "برشلونة"
    assert name("ويلتقي الفريقان مساء السبت على ملعب ويمبلي في نهائي الكأس.", "مساء السبت") == "لندن"
    assert name("وفاز الفريق مساء الأحد على ملعب البرنابيو بهدفين.", "مساء الأحد") == "مدريد"


def test_the_news_week_goes_on_with_the_lead_place():
    text = ("قصفت قوات النظام السوري الخميس مواقع في منطقة جسر الشغور. وبحسب المرصد، طالت الاعتقالات نحو مئة شخص "
            "خلال هذا الأسبوع.")
    sentence = "وبحسب المرصد، طالت الاعتقالات نحو مئة شخص خلال هذا الأسبوع."
    assert name(text, "هذا الأسبوع", sentence=sentence) == "جسر الشغور"
    # background told with a year is not the news
    text = "قصفت قوات النظام السوري الخميس مواقع في منطقة جسر الشغور. وبحسب المرصد، طالت الاعتقالات نحو مئة شخص عام 2012."
    assert where(text, "عام 2012", sentence="وبحسب المرصد، طالت الاعتقالات نحو مئة شخص عام 2012.") is None


def test_setting_off_from_a_place_at_the_time_happens_there():
    text = ("حطت الطائرة صباح اليوم بمطار بورت لويس بعد رحلة مطولة إنطلقت عشية يوم أمس من مطار تونس قرطاج "
            "عبر الخطوط التركية.")
    assert where(text, "يوم أمس").country == "TN"
    text = "وأقلعت الطائرة صباح اليوم من مطار محمد الخامس بالدار البيضاء في اتجاه القاهرة."
    assert name(text, "صباح اليوم") == "الدار البيضاء"
    # coming back from a place is no departure: where they are now is not told
    assert where("وعاد الوفد أمس من باريس.", "أمس") is None


# --- the country of a town


def test_israeli_towns_around_gaza_are_in_israel():
    text = ("كما أوردت شرطة الاحتلال أن منزلاً في مدينة سديروت أصيب بأضرار الأربعاء بنيران أطلقت بسلاح رشاش "
            "من قطاع غزة.")
    assert where(text, "الأربعاء", headline="غارة إسرائيلية على مواقع لحماس في غزة").country == "IL"
    assert where("وسقط صاروخ مساء الأحد في عسقلان.", "مساء الأحد").country == "IL"


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


def test_the_tunis_carthage_airport_is_in_tunis():
    text = "وصل الوفد مساء أمس إلى مطار تونس قرطاج قادما من باريس."
    assert name(text, "مساء أمس") == "تونس"


def test_a_nations_opposition_acting_is_in_that_nation():
    text = "رفضت المعارضة الفنزويلية الأربعاء المشاركة في الانتخابات الرئاسية المقبلة."
    assert where(text, "الأربعاء").country == "VE"
    text = "وأعلنت المعارضة السورية الأحد مقاطعة المحادثات مع وفد النظام الإيراني."
    assert where(text, "الأحد") is None  # another nation in the clause: not clear
