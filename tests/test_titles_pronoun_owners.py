"""A pronoun in a title is told as the one its sentence named before: the subject of a verb a long apposition
follows («أعلن ستيفان دي ميستورا، مبعوث …، تنحيه» -> «تنحي ستيفان دي ميستورا»), of the verb opening the sentence
when the pronoun is a preposition's or a noun's after the title's first word («القبض عليه» -> «القبض على سكريبال»,
«كسرت ساقه» -> «كسرت ساق نيمار»), and the nearest dual before a dual pronoun («لقاءهما» -> «لقاء اللاعبين»).
A verbal noun in ة of a derived form («انطلاقة») is a happening; «الفنان» is no dual; «والي» (a governor) is no
«و» + «إلى». Where the owner is not sure (an object that may be it, a noun and its adjective, no dual), the title
stays."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.owned_nouns import _derived_in_ta
from timeline.events.titles.subject_owned import subject_owned
from timeline.events.titles.pronouns import dual_owned
from timeline.events.titles.tokens import _is_function, _tokens

from timeline_fixtures import mention


def title_of(sentence: str, when: str, before: str = "") -> str:
    text = before + sentence
    return headline(text, (len(before), len(text)), mention(when, text, "DATE", "X")).text


@pytest.mark.parametrize("sentence, title, expected", [
    ("بهذه الكلمات أعلن ستيفان دي ميستورا، مبعوث الأمين العام الخاص إلى سوريا، تنحيه عن منصبه في نوفمبر.",
     "تنحيه عن منصبه", "تنحي ستيفان دي ميستورا عن منصبه"),
    ("بهذه الكلمات أعلن دي ميستورا، مبعوث الأمين العام الخاص إلى سوريا، تنحيه عن منصبه في نوفمبر.",
     "تنحيه عن منصبه", "تنحي دي ميستورا عن منصبه"),
    ("وأعلن محمد جواد ظريف، وزير الخارجية الإيراني، استقالته من منصبه في فبراير.",
     "استقالته من منصبه", "استقالة محمد جواد ظريف من منصبه"),
    # a noun and its adjective closed by a comma is no name («مصدر أمني»)
    ("وأعلن مصدر أمني، من وزارة الداخلية، توقيفه في مارس.", "توقيفه", "توقيفه"),
    # an apposition holding a clause of its own («الذي …») is no office set off
    ("وأعلن ستيفان دي ميستورا، الذي زار دمشق أمس، تنحيه عن منصبه في نوفمبر.", "تنحيه عن منصبه", "تنحيه عن منصبه"),
])
def test_a_subject_owns_the_pronoun_across_an_apposition(sentence, title, expected):
    assert subject_owned(title, sentence, sentence) == expected


BOTTURA = "بوتورا طاه إيطالي. وقال بوتورا إنه سعيد. "
COSTA = "كوستا مدرب. وقال كوستا إنه سعيد. "


@pytest.mark.parametrize("article, sentence, title, expected", [
    (BOTTURA, "وخلال تسلمه الجائزة في حفل أقيم في بيلباو الثلاثاء، قال بوتورا: \"هذا أمر لا يصدق\".",
     "تسلمه الجائزة في حفل أقيم في بيلباو", "تسلم بوتورا الجائزة في حفل أقيم في بيلباو"),
    (COSTA, "ومنذ فوزه بالكأس في مايو، قال كوستا: \"نحن الأفضل\".", "فوزه بالكأس", "فوز كوستا بالكأس"),
    # an accusative in ا that no colon or comma closes is no name
    (COSTA, "ومنذ فوزه بالكأس في مايو، قال رسميا إن فريقه الأفضل.", "فوزه بالكأس", "فوزه بالكأس"),
])
def test_a_name_in_alif_closed_by_a_colon_owns_the_pronoun(article, sentence, title, expected):
    assert subject_owned(title, sentence, article + sentence) == expected


SKRIPAL = "سكريبال جاسوس سابق. وقال سكريبال إنه بخير. "
NEYMAR = "نيمار لاعب. وقال نيمار إنه سعيد. "


@pytest.mark.parametrize("article, sentence, title, expected", [
    (SKRIPAL, "وكشف سكريبال عن عشرات الجواسيس الروس للمخابرات البريطانية قبل القبض عليه في موسكو في عام 2004.",
     "القبض عليه في موسكو", "القبض على سكريبال في موسكو"),
    (SKRIPAL, "وكشف سكريبال عن عشرات الجواسيس الروس قبل القبض عليه في موسكو في عام 2004.",
     "قبل القبض عليه في موسكو", "قبل القبض على سكريبال في موسكو"),
    (NEYMAR, "وعاد نيمار إلى فرنسا بعد الاعتداء عليه في البرازيل في يوليو.", "الاعتداء عليه في البرازيل",
     "الاعتداء على نيمار في البرازيل"),
    (NEYMAR, "وغاب نيمار عن الملاعب منذ أن كسرت ساقه في حادث في مايو.", "كسرت ساقه في حادث", "كسرت ساق نيمار في حادث"),
    # the verb's object may be whom the pronoun points to
    (NEYMAR, "واستقبل نيمار طفلا بعد الاعتداء عليه في البرازيل في يوليو.", "الاعتداء عليه في البرازيل",
     "الاعتداء عليه في البرازيل"),
    # a verb of the other gender, a statement after أن, a relative clause of the same number between
    (NEYMAR, "وعادت الفرقة إلى فرنسا بعد الاعتداء عليه في البرازيل في يوليو.", "الاعتداء عليه في البرازيل",
     "الاعتداء عليه في البرازيل"),
    (NEYMAR, "وأكد نيمار أن الاعتداء عليه في البرازيل في يوليو كان مدبرا.", "الاعتداء عليه في البرازيل",
     "الاعتداء عليه في البرازيل"),
    (NEYMAR, "وغاب نيمار عن مباراة صديقه الذي كسرت ساقه في حادث في مايو.", "كسرت ساقه في حادث",
     "كسرت ساقه في حادث"),
])
def test_a_pronoun_after_the_titles_first_word_is_the_opening_verbs_subject(article, sentence, title, expected):
    assert subject_owned(title, sentence, article + sentence) == expected


@pytest.mark.parametrize("sentence, title, expected", [
    ("وكانت هذه المباراة الأولى بين اللاعبين في نهائي بطولة كبرى، علما أن لقاءهما الأخير كان العام الماضي.",
     "لقاءهما الأخير", "لقاء اللاعبين الأخير"),
    ("وأضافت المصادر أن الحريق خلف إصابة سيدتين، واحدة بإغماء والأخرى بجروح طفيفة تم نقلهما إلى المستشفى.",
     "نقلهما إلى المستشفى", "نقل سيدتين إلى المستشفى"),
    ("وأجرى الرئيسان محادثات في القصر قبل أن يعلنا توقيعهما على الاتفاق في مارس.", "توقيعهما على الاتفاق",
     "توقيع الرئيسان على الاتفاق"),
    # no dual before it («الصين» is a name), nor a preposition's pronoun («عليهما»)
    ("وقالت الصين إن تعيينهما في مارس كان خطأ.", "تعيينهما في مارس", "تعيينهما في مارس"),
    ("وقال الحكم إن الحكم عليهما في مارس كان عادلا بين الطرفين.", "عليهما في مارس", "عليهما في مارس"),
])
def test_a_dual_pronoun_is_the_nearest_dual_before_it(sentence, title, expected):
    assert dual_owned(title, sentence) == expected


@pytest.mark.parametrize("sentence, when, expected", [
    ("ولد الفنان فاروق الفيشاوي بإحدى قرى محافظة المنوفية في 5 فبراير عام 1952.", "في 5 فبراير عام 1952",
     "ولادة الفنان فاروق الفيشاوي بإحدى قرى محافظة المنوفية"),
    ("ولد الفنان محمد عبده في قرية الدرب عام 1949.", "عام 1949", "ولادة الفنان محمد عبده في قرية الدرب"),
    # a dual in the nominative is not told as a verbal noun («عودة الفريقان»)
    ("وعاد الفريقان إلى الملعب في 5 فبراير.", "في 5 فبراير", "الفريقان يعود إلى الملعب"),
])
def test_fannan_is_no_dual(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("word, owned", [
    ("انطلاقته", "انطلاقة"), ("استضافتها", "استضافة"), ("وانتفاضتهم", "انتفاضة"),
    ("الانطلاقة", None), ("إمارته", None), ("أسطورته", None),
])
def test_a_derived_verbal_noun_in_ta_marbuta_is_a_happening(word, owned):
    assert _derived_in_ta(word) == owned


@pytest.mark.parametrize("sentence, title, expected", [
    ("ثم كانت انطلاقته الكبيرة عام 1980 عندما شارك في مسلسل.", "انطلاقته الكبيرة", "انطلاقته الكبيرة"),
    ("وأعلن الاتحاد، في بيان، عن استضافته البطولة في مارس.", "استضافته البطولة", "استضافة الاتحاد البطولة"),
    ("وتمكنت الجمعية منذ انطلاقتها في 2011 من مساعدة الآلاف.", "انطلاقتها", "انطلاقة الجمعية"),
])
def test_a_derived_verbal_noun_in_ta_marbuta_takes_its_owner(sentence, title, expected):
    assert subject_owned(title, sentence, sentence) == expected


@pytest.mark.parametrize("text, function", [
    ("والي تونس", False), ("ووالي الجهة", False), ("والى تونس", True), ("وإلى تونس", True),
])
def test_wali_is_a_governor_not_and_to(text, function):
    assert _is_function(_tokens(text, 0, len(text))[0]) is function


@pytest.mark.parametrize("title, sentence", [
    ("أولهما أمام البرتغال وثانيهما أمام اليونان",
     "وخلافا للمغرب وتونس، منيت مصر بخسارتين على التوالي، أولهما السبت أمام البرتغال وثانيهما الثلاثاء أمام اليونان."),
    ("كلاهما في النهائي", "وتأهل اللاعبان إلى النهائي، وكلاهما في النهائي للمرة الأولى منذ 2010."),
])
def test_a_partitive_with_a_dual_pronoun_names_no_owner(title, sentence):
    assert dual_owned(title, sentence) == title


def test_a_partitive_after_a_verb_names_no_owner():
    sentence = "وتولى المعهد تنفيذ هذه الدورة منذ عام 1429هـ، حيث عقدت أولها للإندونيسيين في 2010."
    assert subject_owned("عقدت أولها للإندونيسيين", sentence, sentence + " المعهد. المعهد.") == "عقدت أولها للإندونيسيين"


KERRY = "كيري وزير. وقال كيري إنه بخير. "


@pytest.mark.parametrize("sentence, title, expected", [
    ("استبدل وزير الخارجية الأمريكي جون كيري اليوم الأربعاء العكازين اللذين كان يستخدمهما منذ ان كسرت ساقه في "
     "حادث دراجة في مايو ايار بعصا يد فضية.", "كسرت ساقه في حادث دراجة", "كسرت ساق جون كيري في حادث دراجة"),
    ("وغادر وزير الخارجية الأمريكي جون كيري إلى باريس بعد الاعتداء عليه في روما في مايو.",
     "الاعتداء عليه في روما", "الاعتداء على جون كيري في روما"),
    # an object the pronoun may point to («المستشفى الذي»: one, masculine) keeps the title as it is
    ("وغادر وزير الخارجية الأمريكي جون كيري المستشفى الذي دخله بعد الاعتداء عليه في روما في مايو.",
     "الاعتداء عليه في روما", "الاعتداء عليه في روما"),
])
def test_an_office_subjects_holder_owns_the_pronoun(sentence, title, expected):
    assert subject_owned(title, sentence, KERRY + sentence) == expected


ANKARA = ("وتحتجز أنقرة، القس منذ نحو عامين بتهمة الارتباط بجماعات إرهابية، وحوّلته أواخر يوليو الماضي إلى الإقامة "
          "الجبرية، مع استمرار محاكمته.")
WORLD_CUP = "واستضافت المكسيك بطولة كأس العالم في عامي 1970 و1986، بينما نظمتها الولايات المتحدة في عام 1994."


@pytest.mark.parametrize("article, sentence, title, expected", [
    ("أنقرة ترفض. وقالت أنقرة إنها لن تتراجع. ", ANKARA, "أنقرة حوّلته إلى الإقامة الجبرية",
     "أنقرة حوّلت القس إلى الإقامة الجبرية"),
    ("المكسيك بلد. وفازت المكسيك. ", WORLD_CUP, "نظمتها الولايات المتحدة", "نظمت الولايات المتحدة بطولة كأس العالم"),
    ("تونس قررت. وقالت تونس إنها ترفض. ", "وانتقدت تونس قرار الحكومة الجديد، ثم ألغته بالكامل في مارس.", "ألغته بالكامل",
     "ألغت قرار الحكومة الجديد بالكامل"),
    # a pronoun of the other gender than the object, or no object after the subject
    ("تونس قررت. وقالت تونس إنها ترفض. ", "وانتقدت تونس قرار الحكومة الجديد، ثم ألغتها بالكامل في مارس.", "ألغتها بالكامل",
     "ألغتها بالكامل"),
    ("الحكومة قررت. ", "ووصلت الحكومة إلى العاصمة، ثم زارته في السجن في مارس.", "زارته في السجن", "زارته في السجن"),
    # a noun in ة before its pronoun («شركته»: the text says «الشركة»), no verb
    ("الشركة كبيرة. ", "وأعلن الوزير القرار، وشركته في مارس تنمو.", "شركته تنمو", "شركته تنمو"),
])
def test_an_object_pronoun_points_to_the_opening_verbs_object(article, sentence, title, expected):
    assert subject_owned(title, sentence, article + sentence) == expected
