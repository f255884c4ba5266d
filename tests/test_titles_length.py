"""A long clause's title stays within MAX_CHARS and ends where a phrase ends: never on a word needing its complement
(«خلفا», «المقام», «بمناسبة», «رغم»), inside a name («نعيمة بن»), inside a short quoted name («قناة "بي»), or on a verb
whose complement the length cut («سيطرت» before «على بلدة …»). Sentences are corpus phrasings (a clause or so)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.tokens import MAX_CHARS
from timeline.terms import normalize_word

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


# a cut title does not end on a word whose complement was cut (or was the date, or came after a colon)
UNFINISHED_ROWS = [
    ("أعلنت جماعة انصار الله عن تعيين مهدي محمد حسين المشاط رئيسا للمجلس السياسي الأعلى خلفا لصالح الصماد الذي قتل "
     "في غارة جوية للتحالف العربي حسب ما أعلنت الجماعة يوم 23 ابريل/ نيسان 2018.", "يوم 23 ابريل/ نيسان 2018", "خلفا"),
    ("قررت السفيرة الإسرائيلية في باريس الأحد مقاطعة مهرجان السينما الإسرائيلية المقام في العاصمة الفرنسية هذا العام "
     "بسبب اختياره عرض فيلم \"فوكستروت\"، المثير للجدل.", "الأحد", "المقام"),
    ("كما تم أيضا حجز اكثر من 3 طن من الموالح والزيتون والمخللات الفاسدة المعدة للتسويق بمناسبة شهر رمضان، وفق ما "
     "أعلنت عنه وزارة التجارة.", "شهر رمضان", "بمناسبة"),
    ("وقد خرج السجين محمد العباسي أمس الأربعاء من السجن بفضل ذلك الخطأ رغم أنه كان محكوما بالسجن 20 سنة من أجل "
     "السرقة باستعمال العنف.", "أمس الأربعاء", "رغم"),
    ("وستوجه الصحافة أسئلة للمشاركين في عشاء الأربعاء حول مناقشاتهم رغم أنه من غير المتوقع صدور أي قرار ملموس.",
     "الأربعاء", "رغم"),
    ("وأطلق تويتر هاشتاغ #HashtagDay احتفاء بهذا اليوم.", "هذا اليوم", "احتفاء"),
]


@pytest.mark.parametrize("sentence, when, unfinished", UNFINISHED_ROWS)
def test_a_title_does_not_end_on_a_word_needing_its_complement(sentence, when, unfinished):
    title = title_of(sentence, when)
    assert len(title.split()) >= 3
    assert normalize_word(title.split()[-1]) != normalize_word(unfinished)
    assert len(title) <= MAX_CHARS


# a cut right before a name's link word («بن», «أبو») ends inside the name: the name's first part goes too
NAME_ROWS = [
    ("نظرت الدائرة الجنائية بالمحكمة الابتدائية بقرمبالية، أمس الاثنين، في وقائع حرق منزل ونهب نعيمة بن علي، شقيقة "
     "الرئيس الأسبق زين العابدين بن علي بمنطقة حمام بنت الجديدي.", "أمس الاثنين", ("نعيمة", "بن")),
    ("كما وصف امام وخطيب جامع المرابي ومدير مجمع المرابي التعليمي للبنين الشيخ احمد بن علي سلطان حكمي في خطبته اليوم "
     "الجمعة، الاعتداء الآثم الذي استهدف المصلين.", "اليوم الجمعة", ("احمد", "بن")),
]


@pytest.mark.parametrize("sentence, when, name_parts", NAME_ROWS)
def test_a_title_does_not_end_inside_a_name(sentence, when, name_parts):
    title = title_of(sentence, when)
    assert title.split()[-1] not in name_parts
    assert len(title) <= MAX_CHARS


# a cut inside a short quoted name («قناة "بي إن سبورتس"», «بعنوان "مش لوحدك"») leaves no piece of it
QUOTE_ROWS = [
    ("أعلن الوزير سعود القحطاني المستشار بالديوان الملكي السعودي الجمعة، أن المملكة صادرت خلال الأشهر الأخيرة 12 ألف "
     "جهاز على الأقل تستخدم في قرصنة قناة \"بي إن سبورتس\" القطرية، التي تملك حقوقا حصرية.", "الجمعة", {"بي", "قناة"}),
    ("وفي يونيو الماضي أطلق مهندس يُدعى إسلام سامي وطبيبة نفسية تُدعى ماريا عبد المسيح مبادرة بعنوان \"مش لوحدك\" "
     "لمساندة المصابين بالاكتئاب.", "يونيو الماضي", {"مش", "بعنوان"}),
]


@pytest.mark.parametrize("sentence, when, pieces", QUOTE_ROWS)
def test_a_title_does_not_end_inside_a_short_quoted_name(sentence, when, pieces):
    title = title_of(sentence, when)
    assert title.split()[-1] not in pieces
    assert len(title) <= MAX_CHARS


# a long clause is told within MAX_CHARS, ending where a phrase ends (no longer running on to 90 characters)
LONG_ROWS = [
    ("قررت الحكومة الإسرائيلية، الأحد، الاعتراف ببؤرة استيطانية غير شرعية جنوبي الضفة الغربية المحتلة، وذلك بعد أيام "
     "من تشييد أول مستوطنة جديدة.", "الأحد", "قررت الحكومة الإسرائيلية الاعتراف ببؤرة استيطانية"),
    ("ويقضي سميث هو الآخر حكما بالسجن لمدة 99 عاما عقوبة على عملية سطو مسلح أسفرت عن مقتل صبي في الـ 6 من عمره "
     "بإطلاق نار في عام 2008.", "عام 2008", "يقضي سميث"),
    ("وقال وزير المال الفرنسي برونو لومير الجمعة إن \"اجتماع مجموعة السبع هو بالأحرى (مجموعة 6+1) مع الولايات المتحدة "
     "لوحدها ضد الجميع ما يثير مخاطر زعزعة استقرار الاقتصاد العالمي\".", "الجمعة", "برونو لومير: اجتماع مجموعة السبع"),
    ("وأدت الرياح الجافة والساخنة إلى تأجيج الحرائق مع وصول درجة الحرارة إلى 41 درجة مئوية الأحد.", "الأحد",
     "أدت الرياح الجافة والساخنة إلى تأجيج الحرائق"),
]


@pytest.mark.parametrize("sentence, when, opening", LONG_ROWS)
def test_a_long_clause_is_told_within_the_length(sentence, when, opening):
    title = title_of(sentence, when)
    assert title.startswith(opening)
    assert len(title) <= MAX_CHARS
    assert not normalize_word(title.split()[-1]) in {"في", "من", "علي", "الي", "عن", "مع", "رغم", "لمده"}


# before an earlier phrase end, a title does not stop on a verb whose complement comes next
VERB_ROWS = [
    ("وقالت وسائل إعلام تركية إن القوات التركية وحلفاءها من الجيش السوري الحر سيطرت الخميس على بلدة جنديرس في منطقة "
     "عفرين.", "الخميس", "سيطرت"),
    ("وقال المرصد السوري لحقوق الإنسان الأحد إن مئات المدنيين شرعوا في الفرار من مدينة عفرين شمالي سوريا مع تقدم "
     "القوات التركية.", "الأحد", "شرعوا"),
]


@pytest.mark.parametrize("sentence, when, verb", VERB_ROWS)
def test_a_cut_title_does_not_end_on_a_verb_before_its_complement(sentence, when, verb):
    title = title_of(sentence, when)
    assert title.split()[-1] != verb
    assert len(title) <= MAX_CHARS


# the month after «هلال» is what was seen: the title keeps it («ثبوت رؤية هلال شوال»), not a bare «هلال»
MOON_ROWS = [
    ("أعلنت المملكة العربية السعودية، مساء اليوم، ثبوت رؤية هلال شوال وأن غدا الأحد أول أيام عيد الفطر المبارك.",
     "مساء اليوم", "ثبوت رؤية هلال شوال"),
    ("أعلنت المحكمة العليا مساء الأحد ثبوت رؤية هلال شهر رمضان المبارك.", "مساء الأحد", "رؤية هلال شهر رمضان"),
]


@pytest.mark.parametrize("sentence, when, told", MOON_ROWS)
def test_the_month_of_a_sighted_crescent_stays(sentence, when, told):
    assert told in title_of(sentence, when)


# over its length, a title loses a prepositional phrase the date closed («في بيان لها [أمس]،») when the clause resumes
# on its object after the date's comma; an adverbial accusative after the comma («تنديدًا») is no object
DATED_ASIDE_ROWS = [
    ("وأعلنت الخطوط الجوية السعودية على موقعها على تويتر الأربعاء، إعادة تشغيل نظام الرحلات الجوية، بعد تعرضها لعطل "
     "مفاجئ.", "الأربعاء", "إعادة تشغيل نظام الرحلات الجوية", "على موقعها"),
    ("ودعا الشاهد في تصريح إعلامي مقتضب بقصر الحكومة بالقصبة مساء اليوم الأربعاء 24 ماي 2017، الشعب التونسي إلى "
     "التوحد في المعركة ضد الفساد.", "مساء اليوم الأربعاء 24 ماي 2017", "الشعب التونسي إلى التوحد", "في تصريح"),
    ("قرر البنك المركزي التونسي في اجتماع مجلسه يوم أمس الثلاثاء، الرفع من نسبة الفائدة المديرية بـ25 نقطة إلى مستوى "
     "5 % على خلفية تنامي الضغوط.", "يوم أمس الثلاثاء", "الرفع من نسبة الفائدة", "في اجتماع"),
]


@pytest.mark.parametrize("sentence, when, kept, dropped", DATED_ASIDE_ROWS)
def test_a_dated_aside_goes_before_the_object(sentence, when, kept, dropped):
    title = title_of(sentence, when)
    assert kept in title and dropped not in title
    assert len(title) <= MAX_CHARS


def test_an_adverbial_after_the_dates_comma_does_not_push_out_the_object():
    sentence = ("ارتدى عدد من المسلمين في الهند شارات سوداء خلال تأديتهم صلاة عيد الفطر، اليوم الإثنين، تنديدًا بعمليات "
                "الإعدام خارج نطاق القانون، التي تتم بحقهم.")
    assert "شارات سوداء" in title_of(sentence, "اليوم الإثنين")


# a cut falls before an imperfect verb describing the noun before it («شاب يبلغ من العمر …»), not after it
IMPERFECT_ROWS = [
    ("تمكنت الوحدات الأمنية بمعتمدية الرديف من ولاية قفصة أمس من القبض على شاب يبلغ من العمر 30 سنة بتهمة السرقة "
     "والاعتداء على الأملاك.", "أمس", "يبلغ"),
    ("أطلقت اليوم شركة #فيسبوك تحديثًا جديدًا لتطبيق التراسل الفوري التابع لها #ماسنجر يتضمن تحسينات مميزة على دقة "
     "الصور والفيديوهات المرسلة.", "اليوم", "يتضمن"),
]


@pytest.mark.parametrize("sentence, when, verb", IMPERFECT_ROWS)
def test_a_cut_falls_before_an_imperfect_verb_describing_a_noun(sentence, when, verb):
    title = title_of(sentence, when)
    assert title.split()[-1] != verb
    assert len(title) <= MAX_CHARS


# «للمرة» needs its ordinal («للمرة الأخيرة»): a title cut after it ends before it
def test_a_title_does_not_end_on_the_time_word_of_an_ordinal():
    sentence = ("وقال روبرتو فابريتشيني الرئيس المؤقت للاتحاد الإيطالي في وقت سابق إن دعوة ستوجه للحارس بوفون من أجل "
                "المشاركة للمرة الأخيرة مع المنتخب الإيطالي، وذلك في المباراة الودية المقررة أمام المنتخب الهولندي في "
                "تورينو في الرابع من يونيو المقبل.")
    title = title_of(sentence, "الرابع من يونيو المقبل")
    assert title.split()[-1] != "للمرة" and len(title) <= MAX_CHARS
    sentence = ("أعلنت الأكاديمية السويدية الجمعة إرجاء جائزة نوبل للآداب للعام 2018 وذلك للمرة الأولى منذ نحو سبعين "
                "عاما، ويأتي القرار على خلفية فضيحة.")
    assert title_of(sentence, "الجمعة").split()[-1] != "للمرة"
