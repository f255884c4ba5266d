"""Headline titles keep what a dated clause tells past its date: the complement after a comma that closed the date,
the subject a bare verb with a pronoun object borrows, and no slot word («جلسة», «تعاملات») left by the date."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


# a comma right after a clause's date closes the date: the prepositional complement after it is the clause's
COMPLEMENT_ROWS = [
    ("أعلنت إدارة مهرجان كان في دورته 71 الأربعاء، عن تشكيلة لجنة التحكيم لعام 2018.", "الأربعاء",
     "أعلنت إدارة مهرجان كان في دورته 71 عن تشكيلة لجنة التحكيم"),
    ("وردت بكين على القرار الأمريكي في نيسان/أبريل، بفرض رسوم تتراوح بين 15 و25% على بضائع أمريكية.", "نيسان/أبريل",
     "وردت بكين على القرار الأمريكي بفرض رسوم تتراوح بين 15 و25% على بضائع أمريكية"),
    ("قررت سلسلة مقاهي ستاربكس إغلاق أكثر من 8000 فرع في الولايات المتحدة الشهر المقبل، لتدريب العاملين على عدم "
     "الانحياز العنصري.", "الشهر المقبل",
     "قررت سلسلة مقاهي ستاربكس إغلاق أكثر من 8000 فرع في الولايات المتحدة"),
    ("مضى الرئيس الأميركي دونالد ترمب قدما يوم أمس الخميس، في فرض رسوم جمركية على واردات الصلب.", "يوم أمس الخميس",
     "مضى الرئيس الأميركي دونالد ترمب قدما في فرض رسوم جمركية على واردات الصلب"),
]


@pytest.mark.parametrize("sentence, when, expected", COMPLEMENT_ROWS)
def test_a_complement_after_the_dates_comma_stays_with_its_clause(sentence, when, expected):
    assert title_of(sentence, when) == expected


# … but a clause after that comma opening on a verb, a span counted from the date, or a verb spelt with ب tells
# something else, and stays out
OTHER_CLAUSE_ROWS = [
    ("وخلال طرحه لوجهة نظره بخصوص الاتفاق مع إيران هذا الأسبوع، بدا أوباما مقاتلاً واثقًا بنفسه.", "هذا الأسبوع", "بدا"),
    ("وبعد ذلك يستضيف المنتخب الفرنسي نظيره الإيطالي يوم الجمعة، قبل ثلاثة أيام من مواجهة المنتخب الهولندي في "
     "مدينة تورينو.", "يوم الجمعة", "قبل"),
    ("وقالت منظمة الصحة العالمية إن عدد حالات الاشتباه المسجلة منذ 27 أبريل الماضي حتى اليوم، بلغت 5 آلاف حالة.",
     "27 أبريل الماضي", "بلغت"),
]


@pytest.mark.parametrize("sentence, when, absent", OTHER_CLAUSE_ROWS)
def test_another_clause_after_the_dates_comma_stays_out(sentence, when, absent):
    assert absent not in title_of(sentence, when).split()


# a verb with a preposition and pronoun («عليه», «لها») after a clause opener or «و» says nothing of who: it borrows
# the main clause's subject; after a relative or a source («التي», «وفق ما») the subject is not the main clause's
@pytest.mark.parametrize("sentence, when, subject", [
    ("أطاح المنتخب المكسيكي بنظيره الروسي صاحب الأرض من دور المجموعات لكأس القارات بعدما تغلب عليه 2-1، اليوم "
     "السبت، في الجولة الثالثة الأخيرة.", "اليوم السبت", "المنتخب المكسيكي"),
    ("وتعد السعودية صاحبة أكبر احتياطيات نفطية بالعالم، إذ تمتلك قرابة 18% من الاحتياطيات العالمية، وسبق لها أن "
     "استخدمت سلاح النفط في عام 1973 ضد الدول التي عارضت الحقوق العربية.", "عام 1973", "السعودية"),
])
def test_a_verb_with_a_pronoun_object_borrows_the_main_subject(sentence, when, subject):
    assert title_of(sentence, when).startswith(subject + " ")


@pytest.mark.parametrize("sentence, when, first_word", [
    ("ويجرى تداول المعدن الأصفر دون 1100 دولار للأوقية منذ نزوله عن مستوى الدعم هذا في موجة هبوط 20 يوليو تموز "
     "التي نزلت به إلى 1077 دولارا في 24 من نفس الشهر مسجلا أدنى مستوياته.", "24 من نفس الشهر", "نزلت"),
    ("كما يهدف البرنامج إلى تنمية الموارد الغابية، وفق ما صرح به المدير العام للغابات الحبيب عبيد على هامش زيارة "
     "اداها الخميس المنقضي الى الجهة.", "الخميس المنقضي", "يهدف"),  # the source's date: what was stated
])
def test_a_relative_or_source_verb_borrows_no_subject(sentence, when, first_word):
    assert title_of(sentence, when).split()[0] == first_word


# a session or trading day named by its date goes with it («إلى جلسة 6 مارس»): no slot word is left alone
@pytest.mark.parametrize("sentence, when, expected", [
    ("وقضت المحكمة بتأجيل النطق بالحكم إلى جلسة 6 مارس القادم استجابة لطلب دفاع المتهمين.", "6 مارس القادم",
     "قضت المحكمة بتأجيل النطق بالحكم استجابة لطلب دفاع المتهمين"),
    ("وأغلقت البورصة اليونانية بنهاية جلسة 26 يونيو، بعد إعلان رئيس الوزراء عن تنظيم استفتاء.", "26 يونيو",
     "أغلقت البورصة اليونانية بعد إعلان رئيس الوزراء عن تنظيم استفتاء"),
    ("فيما هوت الأسهم اليونانية في مستهل تعاملات امس الإثنين، لتفقد أكثر من 22% من قيمتها.", "امس الإثنين",
     "هوت الأسهم اليونانية لتفقد أكثر من 22% من قيمتها"),
])
def test_a_session_named_by_its_date_goes_with_it(sentence, when, expected):
    assert title_of(sentence, when) == expected


def test_a_session_that_is_the_subject_stays():
    title = title_of("وقال المحللون إن جلسة اليوم ستكون في غاية الأهمية لأنها ستختبر أعصاب المستثمرين.", "اليوم")
    assert title.split()[0] == "جلسة"


# the noun a relative clause describes runs back past a «لل» that joins it to a definite noun before
# («المؤتمر العالمي للهواتف الجوالة الذي»); after a comma, the relative describes the nearest noun
@pytest.mark.parametrize("sentence, when, start", [
    ("ومن المقرر أن تكشف الشركة خلال المؤتمر العالمي للهواتف الجوالة الذي سيبدأ فعالياته في الـ26 من شهر فيفري "
     "الحالي في برشلونة، عن هاتفها الجديد.", "الـ26 من شهر فيفري الحالي", "المؤتمر العالمي للهواتف الجوالة"),
    ("ويشارك الفريق في المؤتمر الدولي للروبوتات الذكية الذي سيعقد في العاصمة الإسبانية مدريد يوم 3 ماي المقبل.",
     "يوم 3 ماي المقبل", "المؤتمر الدولي للروبوتات الذكية"),
    ("وتشارك تونس في المسابقة العالمية للمخترعين الشبان بتايوان التي تمتد من 13 إلى 18 أكتوبر الجاري.",
     "من 13 إلى 18 أكتوبر الجاري", "المسابقة العالمية للمخترعين الشبان"),
])
def test_a_relative_clause_describes_the_whole_noun_phrase(sentence, when, start):
    title = title_of(sentence, when)
    assert title.startswith(start + " ") or title.split(" ", 1)[1].startswith(start + " ")  # («عقد المؤتمر …»)


def test_a_relative_after_a_comma_describes_the_nearest_noun():
    sentence = ("وفقاً لما ورد عبر الموقع الإلكتروني للمؤسسة، التي أقامت معارض خلال السنوات الأربع الماضية في عدة مدن "
                "سعودية عام 2017.")
    assert not title_of(sentence, "عام 2017").startswith("الموقع")


# a noun whose genitive was its date takes the article once the date is gone; a participle whose complement was the
# date does not end the title
@pytest.mark.parametrize("sentence, when, expected", [
    ("ويغادر أوباما البيت الأبيض ليدخله دونالد ترامب، الذي فاز في انتخابات نوفمبر الماضي على منافسته هيلاري كلينتون.",
     "نوفمبر الماضي", "دونالد ترامب فاز في الانتخابات على منافسته هيلاري كلينتون"),
    ("اختارت إدارة المهرجان الممثلة كريستن ستيورت للانضمام إلى لجنة تحكيم دورة العام 2018، بحسب بيان.", "العام 2018",
     "لجنة تحكيم الدورة"),
    ("وقال المدرب إن الخفض المستهدف يتراوح بين 26 و28 % في اجتماع الليلة الماضية.", "الليلة الماضية",
     "في الاجتماع"),
    ("وتجول مرشحون محتملون بين أهالي دائرتهم عقب صلاة الجمعة أمس لحثهم على المشاركة.", "الجمعة أمس",
     "عقب الصلاة لحثهم"),
])
def test_a_noun_whose_genitive_was_its_date_takes_the_article(sentence, when, expected):
    assert expected in title_of(sentence, when)


@pytest.mark.parametrize("sentence, when, ending", [
    ("وأوضحت العلاقات الثنائية المتميزة بين البلدين تطورا كبيرا بحسب بلاغ صادر اليوم الأربعاء.", "اليوم الأربعاء", "بلاغ"),
    ("وأظهر تقرير منظمة أوبك الشهري الصادر أمس الخميس.", "أمس الخميس", "الشهري"),
])
def test_a_participle_of_the_date_does_not_end_the_title(sentence, when, ending):
    assert title_of(sentence, when).split()[-1] == ending


def test_a_noun_with_a_pronoun_keeps_it():
    assert "عن موقعه في" in title_of("وقالت الشركة إن أبل سيكشف عن موقعه الشهر المقبل في كاليفورنيا.", "الشهر المقبل")


@pytest.mark.parametrize("sentence, when, expected", [
    # the clock a time is told by and the period a span names go with the date
    ("وتوفيت فرانكلين في الساعة 09:50 صباح الخميس بالتوقيت المحلي محاطة بعائلتها ومحبيها.", "الساعة 09:50 صباح الخميس",
     "وفاة فرانكلين محاطة بعائلتها ومحبيها"),
    ("وأوضح بنك المغرب، الذي نشر مؤشراته الأسبوعية للفترة ما بين 15 إلى 21 يونيو 2017، أن الاحتياطيات انخفضت.",
     "بين 15 إلى 21 يونيو 2017", "بنك المغرب نشر مؤشراته الأسبوعية"),
    # an office and the name it heads are a verb's subject: the object after the name in apposition is told
    ("وفي مايو/أيار الماضي، اعتذر مؤسس فيسبوك، مارك زوكربيرغ، للمشرعين في الاتحاد الأوروبي عن دور شركته.",
     "مايو/أيار الماضي", "اعتذر مؤسس فيسبوك مارك زوكربيرغ للمشرعين في الاتحاد الأوروبي عن دور شركته"),
    # «منذ» and one noun whose complement follows the date: the happening is the noun and its complement
    ("وتبدو نتيجة الانتخابات الرئاسية الثالثة منذ الإطاحة عام 2011 بالرئيس الأسبق حسني مبارك شبه محسومة.", "عام 2011",
     "الإطاحة بالرئيس الأسبق حسني مبارك"),
])
def test_time_words_go_and_the_dated_happening_is_told(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence, when, expected", [
    # «لأنه» opens the clause the date is in: the reason is another happening
    ("ويضم الملعب الأولمبي، الذي سمى بهذا الاسم نظرا لأنه استضاف بعض مباريات كرة القدم في دورة الألعاب الأولمبية "
     "بموسكو عام 1980، نحو 70,500 مقعد.", "عام 1980",
     "الملعب الأولمبي يستضيف بعض مباريات كرة القدم في دورة الألعاب الأولمبية بموسكو"),
    ("في 13 ديسمبر/ كانون الأول، أعلن البيت الأبيض فصل أوماروسا من منصبها كمديرة للاتصال لقضايا الأمريكيين من أصول "
     "أفريقية لأنها تسببت في مضايقات لزملائها.", "13 ديسمبر/ كانون الأول",
     "أعلن البيت الأبيض فصل أوماروسا من منصبها كمديرة للاتصال لقضايا الأمريكيين"),
])
def test_a_reason_clause_is_another_happening(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence, when, last_word", [
    # a title does not end on a word that says nothing without what follows, nor on «و» and a number whose
    # complement was cut
    ("وقال إن الموعد شبه المؤكد لإطلاقه سيكون منتصف الشهر المقبل.", "منتصف الشهر المقبل", "لإطلاقه"),
    ("مضى الرئيس الأميركي دونالد ترمب قدما يوم أمس الخميس، في فرض رسوم جمركية بنسبة 25% على واردات الصلب و10% على "
     "واردات الألومنيوم لكنه استثنى كندا والمكسيك.", "يوم أمس الخميس", "25%"),
])
def test_no_title_ends_on_a_word_waiting_for_its_complement(sentence, when, last_word):
    assert title_of(sentence, when).split()[-1] == last_word


@pytest.mark.parametrize("sentence, when, expected", [
    # a verb's clause ending on its date, then after the comma a verbal noun: its object
    ("يرعى أمين العاصمة المقدسة الدكتور أسامة بن فضل البار مساء اليوم، انطلاق مهرجان من أجل مكة الرابع، الذي تنظمه "
     "أمانة العاصمة.", "مساء اليوم", "يرعى أمين العاصمة المقدسة الدكتور أسامة بن فضل البار انطلاق مهرجان"),
    ("وأعلنت الخطوط الجوية السعودية على موقعها على تويتر الأربعاء، إعادة تشغيل نظام الرحلات الجوية.", "الأربعاء",
     "أعلنت الخطوط الجوية السعودية إعادة تشغيل نظام الرحلات الجوية"),
])
def test_a_verbal_noun_after_the_dates_comma_is_the_verbs_object(sentence, when, expected):
    assert title_of(sentence, when) == expected



@pytest.mark.parametrize("sentence, when, expected", [
    # «حتى لو» after the date's comma is a concession, another clause; «بنسبة» whose amount was cut goes
    ("وأصر سميث في شهادته بأنه هو من قتل رجلا يدعى أنطوان كارتر في عام 2003، حتى لو أن توأمه حوكم ظلما.", "عام 2003",
     "أصر سميث في شهادته بأنه هو من قتل رجلا يدعى أنطوان كارتر"),
    ("وفي الوقت ذاته، أعلنت بكين عن فائض تجاري بقيمة 28.1 مليار دولار مع الولايات المتحدة في يوليو/تموز، بنسبة أقل من "
     "الرقم القياسي الذي حققته في يونيو/حزيران وبلغ 28.9 مليار دولار.", "يوليو/تموز",
     "بكين تعلن عن فائض تجاري بقيمة 28.1 مليار دولار مع الولايات المتحدة"),  # the capital first (country_subject.py)
])
def test_no_concession_and_no_amount_word_without_its_amount(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence,when,expected", [
    ("تمكن أعوان فرقة الابحاث بسيدي بوزيد ليلة البارحة من إلقاء القبض على شاب من مواليد 1980 بعد مداهمة منزله.", "ليلة البارحة",
     "تمكن أعوان فرقة الابحاث بسيدي بوزيد من إلقاء القبض على شاب بعد مداهمة منزله"),
    ("وأوقفت الشرطة يوم الأحد امرأة من مواليد 1985.", "يوم الأحد", "أوقفت الشرطة امرأة"),
    ("وتوفي الفنان المولود في عام 1930 بمدينة حلب يوم الأحد.", "يوم الأحد", "وفاة الفنان بمدينة حلب"),  # («الفنان» is no dual: the verb is told as its noun)
])
def test_a_birth_year_goes_with_the_words_that_date_the_birth(sentence, when, expected):
    # «من مواليد 1992» told without its year would dangle, in the middle of the title or at its end
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence,when,expected", [
    ("وسوف يتم النظر في القضية يوم 31 مايو المقبل.", "يوم 31 مايو المقبل", "النظر في القضية"),
    ("وسيتم تشغيل رحلات دولية تشمل ثمانية محاور اعتبارا من شهر يوليو.", "شهر يوليو", "تشغيل رحلات دولية تشمل ثمانية محاور"),
    ("وتمت تزكية قصي الفواز رئيسا للاتحاد السعودي لكرة القدم يوم الخميس.", "يوم الخميس",
     "تزكية قصي الفواز رئيسا للاتحاد السعودي لكرة القدم"),
])
def test_an_opening_auxiliary_before_a_verbal_noun_goes(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence,when,kept", [
    ("وسيتم تنظيمه في شهر مارس المقبل بمشاركة الطلبة المبتعثين.", "شهر مارس المقبل", "سيتم تنظيمه"),  # the pronoun's noun is elsewhere
    ("وتتم عملية المتابعة يوم الأحد.", "يوم الأحد", "تتم عملية المتابعة"),  # a verb and its subject
])
def test_an_auxiliary_stays_before_a_pronoun_or_in_a_short_title(sentence, when, kept):
    assert title_of(sentence, when).startswith(kept)


def test_kana_and_qad_go_around_a_long_subject():
    sentence = "وكان ريكس تيلرسون وزير الخارجية الأميركي المقال قد تعهد بتقديم هذا المبلغ خلال اجتماع للتحالف في فبراير الماضي."
    assert title_of(sentence, "فبراير الماضي").startswith("ريكس تيلرسون وزير الخارجية الأميركي المقال تعهد بتقديم هذا المبلغ")


@pytest.mark.parametrize("sentence,when,expected", [
    ("ويتوقع أن تصدر المحكمة حكمها في وقت لاحق اليوم الأربعاء.", "اليوم الأربعاء", "تصدر المحكمة حكمها"),
    ("ويفترض أن تدخل هذه الضريبة حيز التنفيذ في يوليو المقبل.", "يوليو المقبل", "تدخل هذه الضريبة حيز التنفيذ"),
    ("ومن المفترض أن يذهب الناخبون الأفغان إلى مراكز الاقتراع في 20 أكتوبر.", "20 أكتوبر",
     "يذهب الناخبون الأفغان إلى مراكز الاقتراع"),
])
def test_a_frame_of_expectation_goes(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence,when,expected", [
    ("وقال أوباما: «بالتأكيد بعد مرور ستة أعوام ونصف العام، أصبحت الآن أكثر ثقة في التقييمات التي أتخذها».", "الآن",
     "أصبحت أكثر ثقة في التقييمات"),
    ("وبالتالي ستدور مباراة الافريقي والنجم الساحلي في رادس يوم الأحد.", "يوم الأحد",
     "ستدور مباراة الافريقي والنجم الساحلي في رادس"),
])
def test_a_sentence_adverb_opens_no_title(sentence, when, expected):
    assert title_of(sentence, when).startswith(expected)


@pytest.mark.parametrize("sentence,when,expected", [
    ("وقتل ما لا يقل عن 82 مهاجرا أغلبهم تونسيون في غرق سفينة يوم الأحد.", "يوم الأحد", "مقتل ما لا يقل عن 82 مهاجرا"),
    ("قتل 27 شخصا على الأقل الجمعة لدى خروج قطار ركاب عن السكة.", "الجمعة", "مقتل 27 شخصا على الأقل"),
])
def test_a_verb_before_a_count_is_a_passive_told_as_its_verbal_noun(sentence, when, expected):
    assert title_of(sentence, when).startswith(expected)


def test_a_verb_before_its_subject_is_no_passive():
    # «قتل مسلح ثلاثة أشخاص»: a gunman killed, no count after the verb
    assert not title_of("وقتل مسلح ثلاثة أشخاص في هجوم على مطعم يوم السبت.", "يوم السبت").startswith("مقتل")


def test_a_rate_whose_unit_was_cut_goes_with_it():
    sentence = ("أتت هذه التصريحات بعد إعلان الرئيس الأمريكي دونالد ترامب، الخميس، عن فرض تعرفة تجارية بنسبة 25 في المائة "
                "على الفولاذ و10 في المائة على الألمنيوم لكل المستوردات الأمريكية، لحماية المنتجين المحليين.")
    title = title_of(sentence, "الخميس")
    assert title.startswith("إعلان")  # the date is the announcement's (test_titles_temporal_phrase.py)
    assert not title.endswith(("25", "بنسبة")), title


@pytest.mark.parametrize("sentence, when, wanted", [
    ("والسبت أبدت شخصيات سياسية فرنسية، بينها زعيم اليسار الراديكالي جان لوك ميلانشون، أسفها لعدم حصول تصويت "
     "في البرلمان على هذه العملية العسكرية.", "والسبت", "أبدت شخصيات سياسية فرنسية أسفها لعدم حصول تصويت"),
    ("ووجهت منظمات حقوقية دولية الاثنين، بينها منظمة العفو الدولية، انتقادات شديدة للحكومة.", "الاثنين",
     "وجهت منظمات حقوقية دولية انتقادات شديدة للحكومة"),
    ("وأبدت دول أوروبية عديدة يوم الخميس، بينهم فرنسا وألمانيا، دعمها للاتفاق النووي مع إيران.", "يوم الخميس",
     "أبدت دول أوروبية عديدة دعمها للاتفاق النووي"),
])
def test_an_undefined_subject_takes_its_object_past_an_aside_among_them(sentence, when, wanted):
    """«أبدت شخصيات سياسية فرنسية، بينها …، أسفها»: a verb and its undefined subject say who but not what."""
    title = headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "2018-04")).text
    assert wanted in title, title
    assert "بينها" not in title and "بينهم" not in title, title


def test_an_undefined_subject_with_no_aside_keeps_its_clause():
    sentence = "ووقعت اشتباكات عنيفة يوم الأحد، أسفرت عن مقتل عشرة أشخاص في المدينة."
    assert headline(sentence, (0, len(sentence)), mention("يوم الأحد", sentence, "DATE", "2018-04")).text \
        == "وقعت اشتباكات عنيفة"


# a verb and its subject before the date, then after the date's comma a definite object («الرفع من …», «الشعب …»)
DEFINITE_OBJECT_ROWS = [
    ("قرر البنك المركزي التونسي في اجتماع مجلسه يوم أمس الثلاثاء، الرفع من نسبة الفائدة المديرية بـ25 نقطة إلى مستوى "
     "5 % على خلفية تنامي الضغوط.", "يوم أمس الثلاثاء",
     "قرر البنك المركزي التونسي الرفع من نسبة الفائدة المديرية بـ25 نقطة"),
    ("ودعا الشاهد في تصريح إعلامي مقتضب بقصر الحكومة بالقصبة مساء اليوم الأربعاء 24 ماي 2017، الشعب التونسي إلى "
     "التوحد في المعركة ضد الفساد.", "مساء اليوم الأربعاء 24 ماي 2017",
     "دعا الشاهد الشعب التونسي إلى التوحد في المعركة ضد الفساد"),
]


@pytest.mark.parametrize("sentence, when, expected", DEFINITE_OBJECT_ROWS)
def test_a_definite_object_after_the_dates_comma_stays_with_its_verb(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence, when, expected", [
    ("وفاز المنتخب المغربي على نظيره الغاني مساء السبت، المدرب يشيد بأداء اللاعبين في المباراة.", "مساء السبت",
     "المنتخب المغربي يفوز على نظيره الغاني"),
    ("وتوفي الفنان الكبير في باريس يوم الجمعة، العائلة تعلن موعد الجنازة.", "يوم الجمعة", "وفاة الفنان الكبير في باريس"),
])
def test_a_definite_subject_and_its_own_verb_after_the_dates_comma_stay_out(sentence, when, expected):
    assert title_of(sentence, when) == expected
