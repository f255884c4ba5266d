"""What the headline, the lead and the sentences before lend a sentence that names no place:
the story's place for the news days, background in a relative clause or long before publication, a lead
naming a place only as an example or as a plan, speakers and foreigners who do not part a sentence from the
story, a head word alone pointing back («في القطاع», «أمام المحكمة») (texts written for the tests in the
corpus's phrasing)."""
from __future__ import annotations

from datetime import date

import pytest

from timeline.events.build import _background
from timeline.events.places import gazetteer
from timeline.events.places.story import _headline_place

from place_helpers import where, name, name_in_last_line


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


def test_a_place_given_as_one_example_is_not_the_story_place():
    later = "لكن الخبراء توخوا الحذر ظهر السبت حول وتيرة انتشار الفيروس."
    lead = ("استهدفت موجة من الهجمات الالكترونية مئات الدول السبت، الأمر الذي أثر على عمل مؤسسات "
            "من بينها مستشفيات في بريطانيا.\n" + later)
    assert where(lead, "ظهر السبت", "أسرار أكبر هجوم إلكتروني", later) is None
    lead = "استهدفت موجة من الهجمات الالكترونية مستشفيات في بريطانيا السبت.\n" + later
    assert where(lead, "ظهر السبت", "أسرار أكبر هجوم إلكتروني", later).name == "بريطانيا"


KABUL_HEADLINE = "مقتل العشرات في هجوم على مركز انتخابي في أفغانستان"


KABUL = ("قتل 57 شخصا على الأقل في هجوم انتحاري استهدف مركزا لتسجيل الناخبين في كابول الأحد.\n"
         "وتعرضت أربعة مراكز لهجمات مماثلة منذ بدء التسجيل الأسبوع الماضي.\n"
         "وقال شهود عيان إن الشرطة طوقت المكان أمس.")


def test_the_lead_town_in_the_headline_country_gives_the_country_for_the_background():
    line = KABUL.split("\n")
    assert where(KABUL, "الأسبوع الماضي", KABUL_HEADLINE, line[1]).name == "أفغانستان"
    assert where(KABUL, "أمس", KABUL_HEADLINE, line[2]).name == "كابول"  # the news days: the lead's town


def test_a_local_name_takes_the_country_of_the_articles_story():
    headline = "سيول جارفة في عسير"
    text = "شهدت منطقة عسير أمطارا غزيرة.\nوعثرت الفرق يوم أمس على سيارة جرفتها السيول بوادي رمان."
    place = where(text, "يوم أمس", headline, sentence="وعثرت الفرق يوم أمس على سيارة جرفتها السيول بوادي رمان.")
    assert place.name == "وادي رمان" and place.country == "SA"


def test_an_unread_place_in_the_sentence_does_not_take_the_story_place():
    headline = "وفاة الكاتب المصري المعروف في القاهرة"
    text = ("توفي الكاتب المعروف الاثنين في أحد مستشفيات القاهرة.\n"
            "ومن المقرر أن يشيع جثمانه الثلاثاء في مسقط رأسه بمحافظة الغربية.")
    sentence = "ومن المقرر أن يشيع جثمانه الثلاثاء في مسقط رأسه بمحافظة الغربية."
    assert where(text, "الثلاثاء", headline, sentence=sentence) is None


def test_a_headline_of_one_countrys_official_body_acting_sets_the_story_there():
    text = ("أدانت محكمة صلح الأربعاء رجلا بالاحتيال على عشرات المستثمرين.\n"
            "ومن المقرر أن تبدأ جلسة النطق بالحكم في 12 حزيران/يونيو.")
    sentence = "ومن المقرر أن تبدأ جلسة النطق بالحكم في 12 حزيران/يونيو."
    assert where(text, "12 حزيران/يونيو", "محكمة أردنية تدين رجل أعمال بالاحتيال", sentence).country == "JO"
    assert where(text, "12 حزيران/يونيو", "البنك المركزي التونسي يرفع نسبة الفائدة", sentence).country == "TN"
    # two nations in the headline, or none acting: no country
    assert where(text, "12 حزيران/يونيو", "وزير الخارجية الأمريكي يلتقي نظيره الروسي", sentence) is None
    assert where(text, "12 حزيران/يونيو", "رجل أعمال يدان بالاحتيال", sentence) is None


def test_a_matchs_stadium_in_the_first_sentence_is_not_the_story_place():
    text = ("بعد أن قاد فريقه للفوز مساء الثلاثاء على ملعب أنفيلد، أصبح اللاعب نجم مواقع التواصل.\n"
            "ويتساءل كثيرون إن كان اللاعب الذي فاز الأحد الماضي بجائزة أفضل لاعب سيحرز الكرة الذهبية.")
    sentence = "ويتساءل كثيرون إن كان اللاعب الذي فاز الأحد الماضي بجائزة أفضل لاعب سيحرز الكرة الذهبية."
    assert where(text, "الأحد الماضي", "هل يحرز اللاعب الكرة الذهبية؟", sentence) is None
    assert where(text, "مساء الثلاثاء", "هل يحرز اللاعب الكرة الذهبية؟").name == "ليفربول"


def test_the_news_week_goes_on_with_the_lead_place():
    text = ("قصفت قوات النظام السوري الخميس مواقع في منطقة جسر الشغور. وبحسب المرصد، طالت الاعتقالات نحو مئة شخص "
            "خلال هذا الأسبوع.")
    sentence = "وبحسب المرصد، طالت الاعتقالات نحو مئة شخص خلال هذا الأسبوع."
    assert name(text, "هذا الأسبوع", sentence=sentence) == "جسر الشغور"
    # background told with a year is not the news
    text = "قصفت قوات النظام السوري الخميس مواقع في منطقة جسر الشغور. وبحسب المرصد، طالت الاعتقالات نحو مئة شخص عام 2012."
    assert where(text, "عام 2012", sentence="وبحسب المرصد، طالت الاعتقالات نحو مئة شخص عام 2012.") is None


# --- background: a relative clause dating a happening long over, in a story set in a city

@pytest.mark.parametrize("headline, sentence, time", [
    ("مسيرة ببروكسيل يوم العيد تنادي بحرية المعتقلين",
     "على خلفية الحراك الريفي الذي انطلق مع مقتل محسن فكري قبل ثمانية أشهر من الحين.", "قبل ثمانية أشهر"),
    ("\"الشنقال\" يعود إلى مدينة منوبة بداية من الاثنين القادم",
     "وستقوم بشرح هذه المنظومة التي تم العمل بها قبل الثورة في 2010 ونالت استحسان الاهالي.", "2010"),
    ("عارف نقفي.. رحلة الثراء والملايين من كراتشي إلى دبي",
     "أسس نقفي شركة \"أبراج كابيتال\" التي توسعت حتى تحولت في العام 2012 إلى \"مجموعة أبراج\".", "العام 2012"),
])
def test_background_in_a_relative_clause_leaves_the_story_city(headline, sentence, time):
    assert name(sentence, time, headline, background=True) is None


@pytest.mark.parametrize("headline, sentence, time, expected", [
    # the news days still go on with the story's city
    ("مسيرة ببروكسيل يوم العيد تنادي بحرية المعتقلين",
     "على خلفية الحراك الريفي الذي انطلق مع مقتل محسن فكري قبل ثمانية أشهر من الحين.", "قبل ثمانية أشهر", "بروكسيل"),
])
def test_news_days_still_go_on_with_the_story_city(headline, sentence, time, expected):
    assert name(sentence, time, headline, background=False) == expected


@pytest.mark.parametrize("headline, sentence, time, expected", [
    # a main clause about the city's past is still the city's
    ("درنة مدينة استراتيجية ليبية تعاقبت جماعات إسلامية مسلحة على السيطرة عليها",
     "ولم يهدأ الصراع بين التنظيمات المختلفة مما أدى إلى فرض التنظيم سيطرته في عام 2014.", "عام 2014", "درنة"),
    # the sentence points at the story's country: the story goes on
    ("في بيروت.. بين الرقص وحملات دفاع عن حقوق المثليين",
     "وفي الانتخابات اللبنانية التي أجريت في مايو/ أيّار من هذا العام، دافع المرشحون عن حقوقهم.",
     "مايو/ أيّار من هذا العام", "بيروت"),
    # a story country still goes on into its background
    ("توقيع اتفاق لوقف إطلاق النار بين طرفي النزاع في جنوب السودان",
     "وأسفرت الحرب التي اندلعت في كانون الأول/ديسمبر 2013 عن مصرع عشرات آلاف الأشخاص.",
     "كانون الأول/ديسمبر 2013", "جنوب السودان"),
])
def test_background_keeps_the_story_place_otherwise(headline, sentence, time, expected):
    assert name(sentence, time, headline, background=True) == expected


def test_background_is_well_before_publication():
    published = date(2017, 6, 26)
    assert _background((date(2016, 10, 1), date(2016, 10, 31)), published)
    assert not _background((date(2017, 6, 1), date(2017, 6, 30)), published)
    assert not _background((date(2017, 5, 1), date(2017, 5, 31)), published)
    assert not _background(None, published)
    assert not _background((date(2016, 10, 1), date(2016, 10, 31)), None)


@pytest.mark.parametrize("headline", ["\"أزمة مشجعين\" تهدد مونديال قطر", "اختيار طاقم تحكيم سعودي لمونديال روسيا"])
def test_a_gathering_in_the_headline_is_its_topic_not_the_story_place(headline):
    assert _headline_place(gazetteer(), headline) is None


# --- pointing back: «في القطاع», «في المدينة», «أمام المحكمة», «بالمسجد»

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
    assert name_in_last_line(text, time) == expected


@pytest.mark.parametrize("text, time", [
    ("أعلنت الأمم المتحدة خطة.\nوذكرت أن الوضع في قطاع غزة صعب.\nوقال إن النمو في القطاع الخاص تباطأ الأحد.", "الأحد"),
    ("أعلنت الأمم المتحدة خطة.\nوذكرت أن الوضع في قطاع غزة صعب.\nوقال إن النمو في القطاع السياحي تباطأ الأحد.",
     "الأحد"),
    ("ارتفعت الأسعار.\nوسقطت قذائف في المدينة مساء الأحد.", "مساء الأحد"),  # no town named before
])
def test_a_sector_or_an_unnamed_head_points_nowhere(text, time):
    assert name_in_last_line(text, time) is None


NAQVI_HEADLINE = "عارف نقفي.. رحلة الثراء والملايين من كراتشي إلى دبي"


NAQVI = ("دبي - العربية.نت\nعاد رجل الأعمال الباكستاني الشهير عارف نقفي ليتصدر الواجهة مجددا.\n"
         "وفي مارس الماضي بدأ رجل الأعمال الباكستاني الطموح يتهاوى، فقد أطيح به من منصبه.\n"
         "وفي مارس الماضي انتقل الشاب التونسي إلى العمل في الشركة.\n"
         "وفي مارس الماضي وقع مواطن هندي عقدا مع الشركة.\n"
         "وفي مارس الماضي قال الشاب التونسي إنه سيترك الشركة.\n"
         "وفي مارس الماضي أكد وزير الداخلية الباكستاني فتح تحقيق مع الشركة.\n")


@pytest.mark.parametrize("line, expected", [
    (2, "دبي"), (3, "دبي"), (4, "دبي"),
    (5, None),  # a private person speaking speaks where he is
    (6, "باكستان"),  # an official's nationality is his country acting
])
def test_a_private_persons_nationality_with_no_name_does_not_part_the_sentence_from_the_story(line, expected):
    sentence = NAQVI.split("\n")[line]
    assert name(NAQVI, "مارس الماضي", NAQVI_HEADLINE, sentence) == expected


# --- the next sentence going on with the same happening (lexicon/place_goes_on.tsv)

def _place_of(text: str, time: str) -> str | None:
    from timeline.events.places import locate
    from timeline.events.sentences import TextGeometry
    at = text.index(time)
    place = locate(text, TextGeometry(text).sentence_at(at).bounds, (at, at + len(time)))
    return place.name if place else None


@pytest.mark.parametrize("text, time, expected", [
    ("وقالت دول الاتحاد الأوروبي في بيان مشترك اليوم إنها لن تتخلى عن الاتفاق.\nوجاء الإعلان على لسان دونالد توسك، "
     "رئيس المجلس الأوروبي، والذي ترأس قمة استثنائية في العاصمة البلغارية صوفيا.", "اليوم", "صوفيا"),
    ("أكد المدير العام يوم أمس أن التعليم يتطور.\nجاء ذلك خلال زيارة له مساء أمس لمقر الاستديو التعليمي بإدارة "
     "الإعلام التربوي بجازان.", "يوم أمس", "جازان"),
    ("قال الوزير الثلاثاء إن المباراة ستقام في موعدها.\nجاء ذلك خلال المؤتمر الصحفي الذي عقد في لندن للحديث عن "
     "المباراة.", "الثلاثاء", "لندن"),
    # an earlier happening after «بعد» is not the same one
    ("أعلن الاتحاد الخميس ترشحه لتنظيم البطولة.\nوجاء الإعلان بعد اجتماع بين رئيس الاتحاد ونظيره في فرنسا.",
     "الخميس", None),
    # a time of the story's background is not what the next sentence goes on with
    ("قال الوزير إن الهجوم وقع عام 2015.\nجاء ذلك خلال مؤتمر صحفي في الرياض.", "عام 2015", None),
    # the present «يأتي ذلك» sets the news against something else
    ("أعلنت الشركة الخميس وقف أعمالها.\nويأتي ذلك في وقت تتصاعد فيه التوترات في الخليج.", "الخميس", None),
    # a place of the dated sentence's own stays
    ("وصل الوزير الأحد إلى القاهرة.\nجاء ذلك خلال جولة تشمل عمان.", "الأحد", "القاهرة"),
])
def test_the_next_sentence_going_on_with_the_happening_places_it(text, time, expected):
    assert _place_of(text, time) == expected
