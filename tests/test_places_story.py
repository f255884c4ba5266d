"""Places: a sentence naming no place of its own happens where the article's story is (its dateline,
the one place of its headline, or of its first sentence), unless it tells of another country, a trip,
or (for the first sentence's place) a time other than the news days."""
from __future__ import annotations

from timeline.events.places import locate


def where(text: str, sentence: str, time: str, headline: str):
    start = text.index(sentence)
    at = text.index(time, start)
    return locate(text, (start, start + len(sentence)), (at, at + len(time)), headline=headline)


MANOUBA_HEADLINE = "«الشنقال» يعود إلى مدينة منوبة بداية من الاثنين القادم"
MANOUBA = ("تشهد شوارع المدينة بداية من الاثنين القادم عودة رافعة السيارات المخالفة لرفع السيارات المعطلة لحركة المرور.\n"
           "وأوضح ترجمان أن الشركة قد وضعت العلامات المرورية في انتظار انطلاق نشاطها الفعلي الاثنين القادم "
           "بالتعاون مع أعوان الشرطة البلدية.\n"
           "وكانت المنظومة معمولا بها قبل الثورة في 2010 ونالت استحسان الأهالي.\n"
           "وقال مسؤول أمريكي الأحد إن بلاده تتابع التجربة.\n"
           "وكان الوالي قد عاد من باريس يوم الخميس بعد زيارة عمل.")


def test_sentence_naming_no_place_happens_where_the_headline_says():
    sentence = MANOUBA.split("\n")[1]
    assert where(MANOUBA, sentence, "الاثنين القادم", MANOUBA_HEADLINE).name == "منوبة"
    sentence = MANOUBA.split("\n")[2]  # the headline's place holds for its background too
    assert where(MANOUBA, sentence, "2010", MANOUBA_HEADLINE).name == "منوبة"


def test_another_nation_or_an_attached_place_is_not_the_story():
    assert where(MANOUBA, MANOUBA.split("\n")[3], "الأحد", MANOUBA_HEADLINE) is None  # «مسؤول أمريكي»
    assert where(MANOUBA, MANOUBA.split("\n")[4], "يوم الخميس", MANOUBA_HEADLINE) is None  # «من باريس»


def test_no_headline_no_story():
    assert where(MANOUBA, MANOUBA.split("\n")[1], "الاثنين القادم", "") is None


DETROIT = ("توفيت الخميس المغنية الأمريكية أريثا فرانكلين في منزلها في ديترويت عن عمر ناهز 76 عاما.\n"
           "وتوفيت فرانكلين في الساعة 09:50 صباح الخميس بالتوقيت المحلي محاطة بعائلتها.\n"
           "وفي 1987، أصبحت أول امرأة تدخل متحف روك أند رول هال أوف فايم.")
DETROIT_HEADLINE = "وفاة ملكة السول أريثا فرانكلين عن 76 عاما"


def test_first_sentence_place_holds_for_the_news_days_only():
    assert where(DETROIT, DETROIT.split("\n")[1], "صباح الخميس", DETROIT_HEADLINE).name == "ديترويت"
    assert where(DETROIT, DETROIT.split("\n")[2], "1987", DETROIT_HEADLINE) is None  # her life, not the news


def test_the_capital_alone_is_the_story_countrys():
    text = ("انطلقت في قفصة أمس عروض مسرحية «الجبل» التي تكرم القوات الحاملة للسلاح.\n"
            "وقدم العمل عرضه الأول مساء الأربعاء بقاعة الفن الرابع بالعاصمة.")
    assert where(text, text.split("\n")[1], "مساء الأربعاء", "مسرحية «الجبل» في قفصة").name == "تونس"


def test_a_headline_about_clubs_gives_no_story():
    text = "هدد الفريق أمس بالاستقالة بسبب الظروف المادية الصعبة."
    assert where(text, text, "أمس", "ترجي جرجيس في طريقه إلى العاصمة") is None
    assert where(text, text, "أمس", "أزمة مالية في جرجيس").name == "جرجيس"


def test_dateline_is_the_story_place_of_every_sentence():
    text = ("الرياض 12 أغسطس 2015 (واس) أعلنت الهيئة نتائج الدراسة.\n"
            "وكانت الهيئة قد بدأت الدراسة في عام 2013 بمشاركة خبراء.")
    assert where(text, text.split("\n")[1], "عام 2013", "").name == "الرياض"


def test_the_story_place_named_in_the_sentence_itself_does_not_part_it_from_the_story():
    text = ("المسرح البلدي يعرض أفلاما للأطفال بمناسبة العطلة.\n"
            "ويبدأ العرض الأول الساعة 11 صباحا وتباع التذاكر بشباك المسرح البلدي بسوسة بعشرة دنانير.")
    headline = "المسرح البلدي بسوسة : عرض أفلام 3D موجهة للأطفال"
    assert where(text, text.split("\n")[1], "الساعة 11 صباحا", headline).name == "سوسة"


def test_a_dated_saying_is_not_placed_at_the_story_place_named_in_what_it_tells():
    text = "أفادت الوزارة في بلاغ لها اليوم السبت أن الوحدات بقبلي تمكنت أمس من القبض على مهرب."
    assert where(text, text, "اليوم السبت", "قبلي : القبض على مهرب") is None


GOVERNMENT = ("وقال المتحدث باسم الحكومة في بيان صدر الأحد إن القرار لا رجعة فيه.\n"
              "وأوضح أن اللجنة ستجتمع الأسبوع المقبل لدراسة الرد.")


def test_a_capital_acting_in_the_headline_is_its_government_not_the_scene():
    sentence = GOVERNMENT.split("\n")[0]
    for headline in ("واشنطن ترفع شكوى ضد الاتحاد الأوروبي أمام منظمة التجارة",
                     "موسكو تريد إجابات عن هذه الأسئلة بقضية تسميم الجاسوس",
                     "رفض استئناف 47 رياضيا وموسكو تعتبر القرار «تحت الضغط»",
                     "مسؤول سابق لـCNN: واشنطن ستنسحب على الأرجح من الاتفاق النووي",
                     "الإجراءات الأوروبية المضادة لرسوم واشنطن الجمركية تدخل حيز التنفيذ",
                     "فرنسا تدعو واشنطن لتفادي حرب تجارية",
                     "موسكو عن عقوبات الغرب: «أهلا بالعقوبات»"):
        assert where(GOVERNMENT, sentence, "الأحد", headline) is None, headline


def test_a_capital_hosting_labelling_or_in_a_genitive_stays_the_scene():
    sentence = GOVERNMENT.split("\n")[0]
    assert where(GOVERNMENT, sentence, "الأحد", "الرياض تحتضن منتدى يناقش تحديات الاستثمار").name == "الرياض"
    assert where(GOVERNMENT, sentence, "الأحد", "لندن : بيركوف يؤدي دور صدام في مسرحية").name == "لندن"
    assert where(GOVERNMENT, sentence, "الأحد", "أمانة الرياض تنفذ 6 ورش تثقيفية للنساء").name == "الرياض"
    assert where(GOVERNMENT, sentence, "الأحد", "إضراب في بازار طهران احتجاجا على تدهور الريال").name == "طهران"
    assert where(GOVERNMENT, sentence, "الأحد", "الكرملين يعلن مكان وزمان القمة").name == "موسكو"  # at home


def test_a_city_with_a_masculine_verb_is_a_club():
    text = "كشف الفريق، الخميس، عن قميصه الجديد الذي سيرتديه الموسم المقبل."
    assert where(text, text, "الخميس", "بالصور.. ليفربول يكشف قميصه الكلاسيكي الجديد") is None
    assert where(text, text, "الخميس", "روما يبرر لجماهيره الغاضبة بيع لاعبه") is None
    assert where(text, text, "الخميس", "الحمامات تستعد لمهرجان الألوان").name == "الحمامات"  # a town, feminine


def test_a_city_named_alone_for_its_club_is_no_scene():
    text = "وسوف يتم النظر في القضية يوم 31 مايو المقبل."
    assert where(text, text, "يوم 31 مايو المقبل", "الاتحاد الأوروبي للكرة يوجه اتهامات لغوارديولا وليفربول") is None
    assert where(text, text, "يوم 31 مايو المقبل", "هبوط سوانزي من الدوري الإنجليزي الممتاز") is None
    assert where(text, text, "يوم 31 مايو المقبل", "حفل موسيقي كبير في ليفربول").name == "ليفربول"  # the city


def test_a_statesman_of_another_country_speaks_where_he_is():
    text = ("تعهد المانحون الأحد بمساعدات جديدة للسوريين في مؤتمر دولي.\n"
            "وعلى المستوى الأوروبي، قال لودريان \"سأطلب الاثنين من الوزراء أن يقفوا بجانب السوريين\".\n"
            "وقالت موغيريني في 16 تموز/يوليو إن الجهود ستتواصل.\n"
            "وقال المتحدث باسم الحكومة الاثنين إن المساعدات وصلت.\n"
            "وسيناقش الطرفان الأربعاء التطورات الإقليمية بحسب مكتب نتنياهو.")
    headline = "المانحون يتعهدون بمساعدات جديدة في سوريا"
    lines = text.split("\n")
    assert where(text, lines[1], "الاثنين", headline) is None
    assert where(text, lines[2], "16 تموز/يوليو", headline) is None
    assert where(text, lines[3], "الاثنين", headline).name == "سوريا"  # a speaker of the story's own
    assert where(text, lines[4], "الأربعاء", headline).name == "سوريا"  # named, not speaking
    merkel = "وقالت ميركل الأربعاء إنه لن تكون هناك تسوية."
    assert where(merkel, merkel, "الأربعاء", "قمة في برلين") is not None  # her own country's story


def test_the_story_place_as_a_destination_keeps_the_story():
    text = "وأكد المتحدث أنه تقرر فتح الأجواء باتجاه مطار عدن، وستهبط أول طائرة مدنية في المطار يوم غد."
    assert where(text, text, "يوم غد", "فتح مطار عدن أمام الطيران المدني غدا").name == "عدن"


def test_a_story_in_the_capital_is_finer_than_its_nation_acting():
    text = "استقبل الأمير في مكتبه بقصر الحكم أمس محافظ الهيئة السعودية للمواصفات والمقاييس."
    assert where(text, text, "أمس", "أمير منطقة الرياض يستقبل محافظ الهيئة").name == "الرياض"
    text = "وأصدر البرلمان العراقي في نوفمبر 2016 قانونا قنن وضع قوات الحشد الشعبي."
    assert where(text, text, "نوفمبر 2016", "كمين قرب كركوك يقتل عشرات من الحشد").name == "العراق"  # not Kirkuk


def test_a_headline_naming_two_capitals_or_a_declaration_gives_no_story():
    text = "وأشاد رئيس الوزراء الثلاثاء بالاتفاق التاريخي."
    assert where(text, text, "الثلاثاء", "اتفاق تاريخي بين أثينا وسكوبيي على اسم مقدونيا") is None
    assert where(text, text, "الثلاثاء", "الملك: إعلان القاهرة يحمل مضامين عليا") is None


def test_customs_duties_are_no_town():
    text = "وأضاف الوزير خلال ندوة صحفية اليوم أن الوزارة اتخذت جملة من القرارات."
    assert where(text, text, "اليوم", "الترفيع في المعاليم الديوانية على المنتجات الإستهلاكية") is None


def test_an_international_body_speaking_is_not_where_the_story_is():
    text = "وأمس الخميس، قالت منظمة الصحة العالمية، في تقرير، إن عدد حالات الاشتباه بلغ 185 ألف حالة."
    assert where(text, text, "أمس الخميس", "الكوليرا تتفشى في اليمن") is None
    text = "وأمس الخميس، قالت السلطات الصحية إن عدد حالات الاشتباه بلغ 185 ألف حالة."
    assert where(text, text, "أمس الخميس", "الكوليرا تتفشى في اليمن").name == "اليمن"
