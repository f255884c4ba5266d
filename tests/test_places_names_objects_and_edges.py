"""Places: a place inside a group's name, a body called on, a person's nationality after a body, host verbs with an
object pronoun, the edge of a place, clubs after a transfer, a place with a year of its own, a story town met bare."""
from __future__ import annotations

import pytest

from place_helpers import name


# --- a group's name going on with «في» and a place (lexicon kind name_in)

@pytest.mark.parametrize("text, time, expected", [
    ("اعترف الرقيب بالجيش الأمريكي، إيريك كانغ، الأربعاء، بمحاولة تقديم مساعدات مادية لتنظيم الدولة الإسلامية في "
     "العراق والشام", "الأربعاء", None),
    ("انشق القيادي أمس عن تنظيم الدولة الإسلامية في سوريا والعراق", "أمس", None),
    ("بايع مسلحون في مدينة درنة الأحد زعيم الدولة الإسلامية في العراق والشام", "الأحد", "درنة"),
    ("قتل عناصر من الدولة الإسلامية الأحد في العراق", "الأحد", "العراق"),  # the time parts them: a scene
])
def test_a_place_in_a_groups_name_is_no_scene(text, time, expected):
    assert name(text, time) == expected


# --- an official body called on (lexicon kind call) does not act; a person's nationality is not the body's

@pytest.mark.parametrize("text, time", [
    ("دعا البرلمان الأوروبي الخميس السلطات المغربية إلى الإفراج عن المعتقلين", "الخميس"),
    ("طالبت منظمة العفو الدولية الأربعاء السلطات التونسية بفتح تحقيق", "الأربعاء"),
    ("وحث الاتحاد الأوروبي أمس الحكومة المصرية على احترام حقوق الإنسان", "أمس"),
    ("التقى الوزير أمس بمواطن أمريكي في مكتبه", "أمس"),
    ("اجتمع الرئيس الاثنين بمواطنة بريطانية أفرج عنها", "الاثنين"),
    ("استقبل وزير الداخلية الشاب التونسي المتوج أمس", "أمس"),
])
def test_a_body_called_on_or_a_persons_nationality_does_not_place(text, time):
    assert name(text, time) is None


@pytest.mark.parametrize("text, time, expected", [
    ("دعت وزارة الداخلية السعودية الأحد المواطنين إلى الحذر", "الأحد", "السعودية"),  # the body calls: it acts
    ("دعت الأحد السلطات المغربية المواطنين إلى الحذر", "الأحد", "المغرب"),  # only the time between: the subject
    ("أعلنت وزارة الداخلية السعودية أمس القبض على خلية", "أمس", "السعودية"),
])
def test_a_body_calling_still_acts(text, time, expected):
    assert name(text, time) == expected


# --- host verbs with the gathering as an object pronoun; a relative host clause before a comma keeps its place

@pytest.mark.parametrize("text, time, expected", [
    ("اكتسى برج خليفة بشعار كأس العالم 2018، والذي ستستضيفه روسيا الصيف المقبل، وذلك بعد أن حط كأس البطولة",
     "الصيف المقبل", "روسيا"),
    ("مثل تونس في أكبر معرض للمخترعين، والذي احتضنته مدينة تور الفرنسية من 13 إلى 18 أكتوبر الماضي",
     "من 13 إلى 18 أكتوبر الماضي", "تور"),
    ("بشعار كأس العالم 2018، والذي ستستضيفه روسيا الصيف المقبل، وذلك بعد أن حط كأس البطولة في المدينة الإماراتية، "
     "الأربعاء", "الأربعاء", None),
])
def test_host_verb_with_an_object_pronoun(text, time, expected):
    assert name(text, time) == expected


# --- the edge of a place (kind one): what happens at it happens there

@pytest.mark.parametrize("text, time, expected", [
    ("في المجزرة التي ارتكبها الاثنين قرب حدود قطاع غزة، أخمد تلك المداعبات", "الاثنين", "قطاع غزة"),
    ("وسيطرت القوات التركية على نحو 60 بالمئة من المنطقة، ووصلت السبت إلى مشارف مدينة عفرين", "السبت", "عفرين"),
    ("وصلت القوات الأحد إلى حدود مدينة الرقة", "الأحد", "الرقة"),
    ("في المجزرة التي ارتكبها الاثنين قرب حدود قطاع #غزة، أخمد", "الاثنين", "قطاع غزة"),  # a hashtag is not shown
    ("وقع الحادث أمس في حدود الساعة التاسعة", "أمس", None),
])
def test_the_edge_of_a_place_is_that_place(text, time, expected):
    assert name(text, time) == expected


# --- a town whose name alone is its club, after a word of transfer

@pytest.mark.parametrize("text, time, expected", [
    ("قبل إعارته إلى فيورنتينا الإيطالي في الشتاء التالي ثم بيعه إلى روما بعدها بعام، ليعود", "بعدها بعام", None),
    ("وانتقل بيكر إلى روما قبل عامين قادما من إنترناسيونال البرازيلي", "قبل عامين", None),
    ("أعير إلى فالنسيا في يناير 2017", "يناير 2017", None),
    ("وصل الوفد أمس إلى روما في زيارة رسمية", "أمس", "روما"),  # a trip, no transfer
])
def test_a_club_after_a_transfer_is_no_place(text, time, expected):
    assert name(text, time) == expected


# --- a place after the time with a year of its own tells an earlier happening

@pytest.mark.parametrize("text, time, expected", [
    ("أعلنت مصر، مساء السبت، نجاح الإجراءات القانونية لاسترداد المتهم باختطاف طائرة مصرية في قبرص عام 2016.",
     "مساء السبت", "مصر"),  # the country speaking, no longer hidden by the earlier happening's place
    ("وعنونت الجريدة التي تأسست في العام 1974 قبل سنة من بدء الحرب الأهلية في لبنان عام 1975", "العام 1974", None),
    ("ومشاركتها بمظاهرة الميدان في تموز/يوليو بدمشق العام 2011.", "تموز/يوليو", "دمشق"),  # the month's own year
    ("افتتح الرئيس أمس معرضا في الرياض يستمر أسبوعا", "أمس", "الرياض"),
])
def test_a_place_with_a_year_of_its_own(text, time, expected):
    assert name(text, time) == expected


# --- a story town the gazetteer lacks, named with its head word in the headline, met bare in the text

def test_a_story_town_met_bare_after_in():
    headline = "مسيرة في مدينة فيرغسن الاميركية قبل ذكرى عام على مقتل الشاب"
    text = ("شارك مئات الاشخاص السبت في فيرغسن في مسيرة عشية ذكرى مرور عام على مقتل الشاب، برصاص شرطي في حادثة احيت "
            "التوتر العرقي في الولايات المتحدة.")
    assert name(text, "السبت", headline=headline) == "فيرغسن"
    text = "تظاهر مئات الاشخاص السبت بفيرغسن عشية الذكرى التي احيت التوتر في الولايات المتحدة."
    assert name(text, "السبت", headline=headline) == "فيرغسن"
    text = "شارك مئات الاشخاص السبت في مسيرة في نيويورك."
    assert name(text, "السبت", headline=headline) == "نيويورك"


# --- a sea or coast word before a name (lexicon kinds shore and sea) is skipped like a head word

@pytest.mark.parametrize("text, time, expected", [
    ("بعد أن توفي الأسبوع الماضي غارقا في بحر ليبيا أثناء محاولته عبور البحر", "الأسبوع الماضي", "ليبيا"),
    ("عثرت امرأة الأحد على رسالة في زجاجة قرب شواطئ أستراليا", "الأحد", "أستراليا"),
    ("اكتشف حقل الغاز في 2010 قبالة ساحل إسرائيل", "2010", "إسرائيل"),
    ("نحت الفنان الأحد منحوتة بشاطئ غزة لتخليد إحراق الرضيع", "الأحد", "غزة"),
    # «على» before a coast is left as it was (a headline's «العثور على رسالة … على شواطئ أستراليا» would place
    # the story's background too)
    ("العثور الأحد على أقدم رسالة في زجاجة على شواطئ أستراليا", "الأحد", None),
    ("جرفت المياه الزجاجة العام الماضي إلى سواحل أستراليا", "العام الماضي", "أستراليا"),
    # a sea named after a town is that sea, no town: «بحر قزوين» is not Qazvin
    ("يضخ الغاز منذ 2006 من حقل شاه دنيز في بحر قزوين", "2006", None),
    ("وقعت الدول الخمس الأحد اتفاقا حول بحر قزوين", "الأحد", None),
    # a coast word far from the name or after a distance is no coast of it
    ("غرق الزورق الأحد على بعد ميلين عن شاطئ حيفا", "الأحد", None),
])
def test_a_sea_or_coast_word_before_a_place_is_skipped(text, time, expected):
    assert name(text, time) == expected


# --- a place after the comma closing a short name in apposition goes on with the time's clause

@pytest.mark.parametrize("text, time, expected", [
    ('كما أنه في نفس اليوم من عام 1931 ألقت إيطاليا القبض على "شيخ المجاهدين"، عمر المختار، بليبيا، فيما يلي '
     'تسلسل لأبرز الأحداث', "عام 1931", "ليبيا"),
    ("اعتقلت الشرطة أمس زعيم العصابة، أحمد سالم، بمدينة صفاقس", "أمس", "صفاقس"),
    ("اغتالت قوات الاحتلال في 1988 القيادي الفلسطيني، خليل الوزير، بتونس", "1988", "تونس"),
    # a clause with a verb or a time of its own between the commas is no name
    ("اعتقلت الشرطة أمس رجلا، قال إنه مهاجر، بباريس", "أمس", None),
    ("اعتقلت الشرطة أمس رجلا، الأحد الماضي، بباريس", "أمس", None),
])
def test_a_place_past_a_name_in_apposition_goes_on_with_the_clause(text, time, expected):
    assert name(text, time) == expected
