"""Places, round 3: the object of a verb of visiting, and other classes found in a blind audit of
corpus events (each test uses corpus-like sentences in several phrasings)."""
from __future__ import annotations

from timeline.events.places import locate


def where(text: str, time: str, headline: str = "", sentence: str | None = None):
    sentence = sentence or text
    start = text.index(sentence)
    at = text.index(time, start)
    return locate(text, (start, start + len(sentence)), (at, at + len(time)), headline=headline)


def test_the_object_of_a_verb_of_visiting_is_where_the_visit_happens():
    text = "وزار فريق من صندوق النقد الدولي تونس في الفترة من 15 إلى 31 أغسطس لمناقشة سياسات الحكومة."
    assert where(text, "من 15 إلى 31 أغسطس").name == "تونس"
    text = "وزار مبعوثون كوريون جنوبيون واشنطن الشهر الماضي لإبلاغها بدعوة كيم."
    assert where(text, "الشهر الماضي").name == "واشنطن"
    text = "وكان المشاط ضمن وفد حوثي زار الصين في بداية سبتمبر 2016."
    assert where(text, "بداية سبتمبر 2016").country == "CN"
    # a trip: not the visitor's country (France), the visited one
    assert where("زار الرئيس الفرنسي الصين يوم الأحد", "يوم الأحد").country == "CN"


def test_a_place_before_the_verb_or_past_a_clause_break_is_not_visited():
    text = "وقال مسؤول من باريس إن الوفد زار، الأحد الماضي، مقر الشركة."
    assert where(text, "الأحد الماضي") is None
    text = "زارها الرئيس الأحد الماضي وقال إن فرنسا ستساعد."
    assert where(text, "الأحد الماضي") is None


def test_a_palace_summit_or_meeting_named_after_its_town_is_there():
    text = "استقبل رئيس الجمهورية الباجي قايد السبسي اليوم الخميس بقصر قرطاج رئيس الحكومة يوسف الشاهد."
    assert where(text, "اليوم الخميس").name == "قرطاج"
    text = "وافق مكتب مجلس نواب الشعب، المنعقد بعد ظهر اليوم الخميس بقصر باردو، على طلب سحب مبادرة تشريعية."
    assert where(text, "بعد ظهر اليوم الخميس").name == "باردو"
    text = ("أعلن في العاصمة الأردنية عمان، الخميس، عن توقيع اتفاقية مع السعودية والإمارات والكويت، إنفاذا لما "
            "عرف باجتماع مكة المكرمة، الذي عقد في شهر يونيو الماضي، بحضور العاهل الأردني.")
    assert where(text, "شهر يونيو الماضي").name == "مكة المكرمة"
    text = "وكان الوزير اعلن الثلاثاء خلال مشاركته في مؤتمر الكويت عن توقيع اتفاقية مع العراق."
    assert where(text, "الثلاثاء").name == "الكويت"


def test_a_quarter_or_town_the_libraries_lack():
    text = "وتأكد وفاة الصحفي محمد تامالت يوم أمس 11 ديسمبر في مستشفى باب الواد بعد إضرابه عن الطعام."
    assert where(text, "يوم أمس 11 ديسمبر").name == "الجزائر"
    text = "افتتحت جمعية اليوم السبت قاعة جديدة في المدرسة الإعدادية بالمروج 6."
    assert where(text, "اليوم السبت").name == "المروج"


def test_a_national_league_acting_is_its_country():
    text = "قررت الرابطة اليونانية لكرة القدم، الاثنين، استئناف منافسات البطولة نهاية الأسبوع الجاري."
    assert where(text, "الاثنين").country == "GR"


EGYPT_HEADLINE = "أسعار الأطعمة والمشروبات ترفع التضخم الشهري في مصر"
EGYPT = ("أظهرت بيانات رسمية، الأثنين، ارتفاع الرقم القياسي العام لأسعار المستهلكين في مصر بنسبة 1.7% في أغسطس.\n"
         "وسجل معدل التضخم أعلى مستوى له في يوليو 2017، عقب قرار تحرير سعر صرف العملة في نوفمبر 2016.")


def test_a_place_named_by_both_headline_and_lead_holds_for_the_background_too():
    sentence = EGYPT.split("\n")[1]
    assert where(EGYPT, "نوفمبر 2016", EGYPT_HEADLINE, sentence).name == "مصر"
    # the lead alone says so only for the news days, not for the story's background
    assert where(EGYPT, "نوفمبر 2016", "ارتفاع التضخم الشهري", sentence) is None


CYBER_HEADLINE = "هجوم إلكتروني يضرب مستشفيات في بريطانيا"
CYBER = ("استهدفت موجة من الهجمات الالكترونية مئات الدول السبت، من بينها مستشفيات في بريطانيا.\n"
         "وقالت الشركة أمس السبت إنها تقوم بمراجعة تلك السياسة.\n"
         "وقالت الشبكة في بيان الجمعة إنها تتابع الهجوم.\n"
         "كشفت شركة أبل في مؤتمرها السنوي الأربعاء عن أحدث هواتفها.\n"
         "وأوضح المدير أن الشركة أغلقت الأحد أبواب المستشفيات.")


def test_a_company_or_network_speaking_is_not_where_the_story_is():
    for line, time in ((1, "أمس السبت"), (2, "الجمعة"), (3, "الأربعاء")):
        assert where(CYBER, time, CYBER_HEADLINE, CYBER.split("\n")[line]) is None
    # a company told of after «أن» is no speaker: the sentence goes on with the story
    assert where(CYBER, "الأحد", CYBER_HEADLINE, CYBER.split("\n")[4]).name == "بريطانيا"


def test_a_place_the_first_sentence_plans_is_not_the_story_place():
    later = "وقد حول اتحاد الكرة الملف للجنة الانضباط بعد انعقاد اجتماع ثلاثي مساء أمس الأثنين."
    planned = ("رفضت لجنة الانضباط اليوم الثلاثاء رفع الإيقاف عن خماسي النصر والهلال للمشاركة في نهائي كأس السوبر "
               "والمزمع إقامته في العاصمة البريطانية لندن في أغسطس.\n" + later)
    assert where(planned, "مساء أمس الأثنين", "«الانضباط» ترفض رفع الإيقاف", later) is None
    planned = ("تخطط شبكة التواصل الاجتماعي فيسبوك لاطلاع المشرعين في واشنطن هذا الأسبوع على الاختراق.\n" + later)
    assert where(planned, "مساء أمس الأثنين", "فيسبوك والاختراق", later) is None
    held = "رفضت لجنة الانضباط اليوم الثلاثاء في لندن رفع الإيقاف عن خماسي النصر والهلال.\n" + later
    assert where(held, "مساء أمس الأثنين", "«الانضباط» ترفض رفع الإيقاف", later).name == "لندن"


def test_mosques_schools_courts_or_elections_named_after_a_place_are_there():
    text = "حيث تكررت الهجمات في مساجد المنطقة الشرقية أكثر من مرة خلال الأشهر الستة الماضية."
    assert where(text, "الأشهر الستة الماضية").name == "المنطقة الشرقية"
    text = "وذلك لتأمين حماية أكبر للتلاميذ في حال شن هجوم مماثل لما حصل في ثانوية باركلاند الأسبوع الماضي."
    assert where(text, "الأسبوع الماضي").name == "باركلاند"
    text = "بعد أن حددنا التدخل الروسي في انتخابات الولايات المتحدة في عام 2016، نجحنا في تطبيق وسائل جديدة."
    assert where(text, "عام 2016").country == "US"


OLYMPICS_HEADLINE = "أولمبياد2018: رياح عاتية تحدث فوضى في منافسات ألواح التزلج في بيونغ تشانغ"
OLYMPICS = ("تسببت الرياح في عدد من الحوادث خلال المنافسات النهائية لألواح التزلج الاثنين.\n"
            "ورأت البريطانية آيمي فولر التي حلت في المركز السابع عشر بعد سقوطها الاثنين، أن ظروف المنافسات كانت من الأصعب.\n"
            "وقال المهاجم الأرجنتيني غونزالو إغوايين الثلاثاء إن المباراة ألغيت.\n"
            "وأبدى وزير الخارجية الأمريكي ريكس تيلرسون الأربعاء قلقه من الرياح.\n"
            "وأعلن الاتحاد الأوروبي الخميس أسفه للقرار الأمريكي إعادة فرض العقوبات.")


def test_a_persons_nationality_does_not_part_the_sentence_from_the_story():
    line = OLYMPICS.split("\n")
    assert where(OLYMPICS, "الاثنين", OLYMPICS_HEADLINE, line[1]).name == "بيونغ تشانغ"
    # a foreigner speaking, an official of another country, a nation's deed: not the story
    assert where(OLYMPICS, "الثلاثاء", OLYMPICS_HEADLINE, line[2]) is None
    assert where(OLYMPICS, "الأربعاء", OLYMPICS_HEADLINE, line[3]).country == "US"  # the official's country acting
    assert where(OLYMPICS, "الخميس", OLYMPICS_HEADLINE, line[4]) is None


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


def test_american_states_are_american():
    text = "وكان كروز قد اقتحم ثانوية في ولاية فلوريدا قبل أسبوع وقتل 17 شخصا."
    assert where(text, "قبل أسبوع").country == "US"
    text = "وشيعت الجنازة الأحد الماضي في مدينة ليفينغستون في ولاية مونتانا الأمريكية."
    assert where(text, "الأحد الماضي").country == "US"
    text = "وأعلنت الشرطة في تكساس الأسبوع الماضي اعتقال المشتبه به."
    assert where(text, "الأسبوع الماضي").name == "تكساس"
    # «مونتانا» alone is as often a name: the rapper French Montana
    assert where("وغنى فرنش مونتانا في الحفل الأسبوع الماضي.", "الأسبوع الماضي") is None


def test_the_royal_palace_of_amman():
    text = "وذكرت الوكالة أن العاهل الأردني استقبل في قصر الحسينية، الخميس، وزير المالية السعودي."
    assert where(text, "الخميس").name == "عمان"


def test_a_clause_opened_by_wadhalik_goes_on_with_the_happening():
    text = "تعهد ترمب، الأربعاء، باتخاذ إجراءات قوية، وذلك لدى استقباله في البيت الأبيض ناجين من إطلاق نار."
    assert where(text, "الأربعاء").name == "واشنطن"
    text = "تستضيف مكتبة الملك فهد العامة بجدة برنامجا تدريبيا مجانيا، وذلك مساء غد الخميس، بهدف إكسابهم مهارات."
    assert where(text, "مساء غد الخميس").name == "جدة"
    # another و-clause still opens a new happening
    text = "أعلن الوزير الأربعاء خطة جديدة، وسافر وفد من الوزارة إلى باريس لعرضها."
    assert where(text, "الأربعاء") is None


def test_a_club_city_after_a_tournament_word_is_the_city():
    headline = "نادال يحرز لقب دورة برشلونة للمرة الـ 11"
    text = "وكان تسيتسيباس حقق الجمعة أهم فوز في مسيرته حتى الآن بتغلبه على تييم في ربع النهائي."
    assert where(text, "الجمعة", headline).name == "برشلونة"
    # the club: no scene
    assert where(text, "الجمعة", "ميسي يقود برشلونة للفوز على ريال مدريد") is None


def test_a_club_is_no_town_in_fiji():
    text = "منح الجهاز الفني للفريق الأول لكرة القدم بنادي الفتح لاعبي الفريق أمس الثلاثاء إجازة عن التدريبات."
    assert where(text, "أمس الثلاثاء") is None
    text = "يختتم الفريق الكروي الأول بنادي الاتحاد اليوم معسكره المقام في إيطاليا."
    assert where(text, "اليوم").name == "إيطاليا"


def test_words_and_names_that_are_no_towns():
    for text, time in (("وقال قائد الشرطة جون بلمار للصحفيين أمس إن الرجل نقل إلى المستشفى.", "أمس"),
                       ("وقال المصمم إنها اختارت فستانا منمقا بورود عند تسلمها جائزة أوسكار في 1954.", "1954"),
                       ("صوتت الهيئة الأربعاء لتوجيه التهمة إلى هارفي واينستين.", "الأربعاء")):
        assert where(text, time) is None
    text = "إذا زار البابا بيونج يانج في سبتمبر المقبل فسوف نرحب به."
    assert where(text, "سبتمبر المقبل").country == "KP"
    text = "فاز نابولي على ليفربول، في المباراة التي أقيمت، الأربعاء، في ملعب سان باولو بإيطاليا."
    assert where(text, "الأربعاء").country == "IT"


def test_a_nationality_after_a_town_says_whose_town_it_is():
    text = "أدى الفريق أمس تدريباته في معسكره الخارجي بمدينة ميرلو الهولندية."
    assert where(text, "أمس").country == "NL"
    text = "شهدت مدينة برمنغهام البريطانية نهاية الأسبوع الماضي حادثة أليمة."
    assert where(text, "نهاية الأسبوع الماضي").country == "GB"


def test_a_country_as_the_subject_of_a_verb_acts_there():
    assert where("وقررت إيران، في 10 يوليو الماضي، فتح سوق ثانوية للعملة الصعبة.", "10 يوليو الماضي").country == "IR"
    assert where("أقرت إسرائيل يوم الخميس قانونا جديدا.", "يوم الخميس").country == "IL"
    assert where("ولم تتمكن الولايات المتحدة من إرسال البشر إلى الفضاء منذ عام 2011.", "عام 2011").country == "US"
    # a country after a preposition or a noun is no subject
    assert where("وأرسل الوزير وفدا إلى تركيا في 10 يوليو الماضي.", "10 يوليو الماضي").country == "TR"
    assert where("وأعلن الرئيس الخميس دعم سوريا.", "الخميس") is None


def test_yemeni_towns_and_governorates():
    text = "وتمكنت المقاومة الشعبية، أمس، من استعادة السيطرة على مدينة زنجبار، عاصمة محافظة أبين."
    assert where(text, "أمس").country == "YE"  # taking a town happens there
    text = "اشتباكات عنيفة من أجل السيطرة على مدينة مزار الشريف بعد سقوط نظام طالبان في 2001."
    assert where(text, "2001").country == "AF"
    # a purpose «لـ» is no scene: «لاقتحام»
    text = "وحشدت القوات أمس عناصرها لاقتحام مدينة تعز."
    assert where(text, "أمس") is None
    text = "ودارت معارك عنيفة أمس في محافظة الضالع جنوبي البلاد."
    assert where(text, "أمس").name == "الضالع"


def test_a_place_inside_a_coming_or_returning_from_phrase_is_the_origin():
    text = "انطلقت تدريبات الفريق مساء أمس الإثنين عقب عودتهم من المعسكر الخارجي في ميلانو."
    assert where(text, "مساء أمس الإثنين") is None
    text = "وصلت بعثة الفريق مساء أمس قادمة من معسكرها الإعدادي في سويسرا."
    assert where(text, "مساء أمس") is None
    # past a clause break the place is the happening's again
    text = "انطلقت تدريبات الفريق بعد عودتهم من المعسكر، مساء أمس الإثنين في ملعب جدة."
    assert where(text, "مساء أمس الإثنين").name == "جدة"


def test_an_international_body_replying_is_not_where_the_story_is():
    headline = "فضيحة فساد تهدد اللجنة الأولمبية الدولية بعد دورة ريو دي جانيرو"
    text = "وردت اللجنة الأولمبية الدولية في بيان لها الجمعة أنها طرف مدني في الإجراءات."
    assert where(text, "الجمعة", headline) is None


def test_a_hashtag_naming_one_place():
    text = "قال متحدث باسم الرئاسة في #كوريا_الجنوبية، الثلاثاء، إن المحادثات ستستأنف."
    assert where(text, "الثلاثاء").country == "KR"
    # a tag joining two places names neither
    text = "احتشد الآلاف اليوم الأحد تأييدا للوحدة بين #رومانيا_ومولدوفا."
    assert where(text, "اليوم الأحد") is None


def test_a_place_given_as_one_example_is_not_the_story_place():
    later = "لكن الخبراء توخوا الحذر ظهر السبت حول وتيرة انتشار الفيروس."
    lead = ("استهدفت موجة من الهجمات الالكترونية مئات الدول السبت، الأمر الذي أثر على عمل مؤسسات "
            "من بينها مستشفيات في بريطانيا.\n" + later)
    assert where(lead, "ظهر السبت", "أسرار أكبر هجوم إلكتروني", later) is None
    lead = "استهدفت موجة من الهجمات الالكترونية مستشفيات في بريطانيا السبت.\n" + later
    assert where(lead, "ظهر السبت", "أسرار أكبر هجوم إلكتروني", later).name == "بريطانيا"


TILLERSON = ("وقال وزير الخارجية الأمريكي ريكس تيلرسون اليوم الجمعة إن ترامب اتخذ القرار من تلقاء نفسه.\n"
             "وأبلغ تيلرسون الصحفيين أثناء زيارة لجيبوتي \"إنه قرار اتخذه الرئيس من تلقاء نفسه\".")


def test_a_statement_made_during_a_visit_the_next_sentence_tells():
    first = TILLERSON.split("\n")[0]
    assert where(TILLERSON, "اليوم الجمعة", "ترامب يضع شروطا للقاء كيم", first).name == "جيبوتي"
    text = "وقال الوزير أثناء زيارة إلى فرنسا ليومين \"نحن سعداء أنه اتفقنا اليوم مع الوزيرة\"."
    assert where(text, "اليوم").country == "FR"


def test_a_visit_told_inside_the_quote_is_someone_elses():
    text = ("وكان المتحدث باسم الأمم المتحدة قد قال في تصريحات صحفية أمس إن المبعوث يعتقد أن خطته تكتسب قبولا.\n"
            "وأضاف \"ولد الشيخ التقى خلال زيارة إلى القاهرة الأمين العام لجامعة الدول العربية\".")
    first = text.split("\n")[0]
    assert where(text, "أمس", "بحاح لولد الشيخ: مهمتك تطبيق القرار", first) is None


KABUL_HEADLINE = "مقتل العشرات في هجوم على مركز انتخابي في أفغانستان"
KABUL = ("قتل 57 شخصا على الأقل في هجوم انتحاري استهدف مركزا لتسجيل الناخبين في كابول الأحد.\n"
         "وتعرضت أربعة مراكز لهجمات مماثلة منذ بدء التسجيل الأسبوع الماضي.\n"
         "وقال شهود عيان إن الشرطة طوقت المكان أمس.")


def test_the_lead_town_in_the_headline_country_gives_the_country_for_the_background():
    line = KABUL.split("\n")
    assert where(KABUL, "الأسبوع الماضي", KABUL_HEADLINE, line[1]).name == "أفغانستان"
    assert where(KABUL, "أمس", KABUL_HEADLINE, line[2]).name == "كابول"  # the news days: the lead's town


def test_a_berber_name_prefix_and_a_town_the_article_says_is_american():
    text = "نظمت الفعاليات المدنية أمس السبت زيارة جماعية إلى دوار آيت تومرت، حيث يوجد بيت عائلة الراحل."
    assert where(text, "أمس السبت").name == "آيت تومرت"  # not «آيت» alone
    text = "وستنظم اليوم مسيرة في مدينة فيرغسن الاميركية في الذكرى الأولى لمقتل الشاب."
    assert where(text, "اليوم").country == "US"


def test_a_destination_after_aqib_or_baad_is_a_later_happening():
    text = "وفي يوليو 2016 انهار اتفاق سلام أبرم في 2015 عقب فرار مشار إلى جنوب أفريقيا."
    assert where(text, "2015") is None
    text = "وهذه ثاني صفقة بين الفريقين هذا الصيف بعد انتقال لاعب الوسط الى ميلان مقابل 20 مليون يورو."
    assert where(text, "هذا الصيف") is None
    # a destination of the dated happening itself
    text = "وصل الوفد أمس إلى باريس بعد ظهر الاثنين."
    assert where(text, "أمس").name == "باريس"
