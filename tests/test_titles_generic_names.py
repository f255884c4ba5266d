"""A bare generic noun a title's subject is («الفريق», «الهيئة», «المؤسسة», «الدورة») takes the one name the headline
and the text before gave its kind («نادي الفتح», «النادي الأهلي», «هيئة السوق المالية السعودية», «تظاهرة صوت
الصحراء»). Two names of the kind, a rival's name, another one told apart by a nisba, or a noun told apart already
(«الفريق الأول», «الدورة 48»): the title stays."""
from __future__ import annotations

import pytest

from timeline.events.titles.generic_names import generic_named


@pytest.mark.parametrize("title, before, headline, expected", [
    ("سيعاود الفريق تدريباته", "منح الجهاز الفني للفريق الأول بنادي الفتح لاعبي الفريق إجازة.", "",
     "سيعاود نادي الفتح تدريباته"),
    ("يخوض الفريق رابع تجاربه الودية", "اقتربت إدارة نادي الاتحاد من التعاقد مع لاعب غاني.", "",
     "يخوض نادي الاتحاد رابع تجاربه الودية"),
    ("عودة الفريق من سويسرا", "يستأنف الفريق الأول بالنادي الأهلي تدريباته.", "",
     "عودة النادي الأهلي من سويسرا"),
    ("إجراء الفريق مرانه الأخير", "وصلت بعثة الفريق الأول بنادي الهلال إلى لندن. وبات لاعبو الفريق الهلالي في لندن.",
     "", "إجراء نادي الهلال مرانه الأخير"),
])
def test_a_team_takes_its_clubs_name(title, before, headline, expected):
    assert generic_named(title, before, headline) == expected


@pytest.mark.parametrize("title, before, headline, expected", [
    ("لفتت الهيئة إلى وجود مخاطر سوقية", "حذرت هيئة السوق المالية السعودية من مخاطر عالية.", "",
     "لفتت هيئة السوق المالية السعودية إلى وجود مخاطر سوقية"),
    ("توقعت المؤسسة أن تقفز إيراداتها", "قال رئيس المؤسسة إن الإنتاج ارتفع.", "هجوم مسلح على المؤسسة الوطنية للنفط بليبيا",
     "توقعت المؤسسة الوطنية للنفط أن تقفز إيراداتها"),
    ("جدد الحزب في بيان له دعوته", "", "الحزب الدستوري الحر يستنكر إقصاءه",
     "جدد الحزب الدستوري الحر في بيان له دعوته"),
    ("بدء الشركة ذاتها في وضع الرقاقة", "وأشارت إلى قصة شركة \"ثري سكوير ماركت\" الأميركية.", "",
     "بدء شركة ثري سكوير ماركت في وضع الرقاقة"),
])
def test_a_body_takes_the_name_the_text_or_headline_gave_it(title, before, headline, expected):
    assert generic_named(title, before, headline) == expected


@pytest.mark.parametrize("title, before, headline, expected", [
    ("انطلاق الدورة على مدى يومين", "تنطلق فعاليات الدورة الثانية.", "انطلاق الدورة الثانية من تظاهرة صوت الصحراء",
     "انطلاق تظاهرة صوت الصحراء على مدى يومين"),
    ("يتضمن برنامج المهرجان الذي يتواصل العروض التالية", "تنطلق فعاليات مهرجان قرطاج الدولي غدا.", "",
     "يتضمن برنامج مهرجان قرطاج الدولي الذي يتواصل العروض التالية"),
    ("تتواصل التظاهرة حتى الأحد", "تنظم جمعية الطفولة تظاهرة الأميرة الصغيرة بالمدينة.", "",
     "تتواصل تظاهرة الأميرة الصغيرة حتى الأحد"),
    ("عاد وزار المدينة لحضور جنازة", "وصل الوفد إلى مدينة تشينغداو الصينية.", "",
     "عاد وزار مدينة تشينغداو الصينية لحضور جنازة"),
])
def test_an_event_or_a_city_takes_its_name(title, before, headline, expected):
    assert generic_named(title, before, headline) == expected


@pytest.mark.parametrize("title, before, headline", [
    # a rival is the other side
    ("سيعاود الفريق تدريباته", "خاض الفريق مباراة ودية أمام فريق مولودية بجاية الجزائري.", ""),
    # two kinds of team: a club and a national side
    ("إعادة بناء الفريق", "درب مانشيني فريق زينيت سان بطرسبورغ. ويستعد المنتخب الإيطالي لمواجهة السعودية.", ""),
    # another one of the kind told apart by a nisba
    ("خفضت المجموعة وتيرة إنتاج الطائرات", "أعلنت مجموعة طيران الإمارات صفقة. وقالت المجموعة الأوروبية إنها سعيدة.", ""),
    # two clubs
    ("عودة الفريق من سويسرا", "تعاقد نادي الهلال مع لاعب من نادي النصر.", ""),
    # the noun is told apart already
    ("الفريق الأول يعود من سويسرا", "يستأنف الفريق الأول بالنادي الأهلي تدريباته.", ""),
    ("إلغاء الدورة 48 من المهرجان", "تنطلق فعاليات مهرجان طبرقة للجاز.", ""),
    ("مناقشة فعاليات الدورة من تظاهرة أيام قرطاج", "", "السعودية تشارك في مهرجان فيلم الهواة التونسي"),
    # an adjective of another noun is no name («موقع المؤسسة الإلكتروني»)
    ("المؤسسة باشرت صرف الدفعة الأولى", "ونشرت على موقع المؤسسة الإلكتروني بيانا.", ""),
    # a verb or an adjective after an undefined noun describes it: no name
    ("يعرض الفيلم خلال مهرجان كان", "وهذا أول فيلم يعرض بمهرجان بعد ذلك.", ""),
    ("التطبيق سيكون جاهزا بنهاية الشهر", "وستستبدل إيران تطبيق تلغرام بتطبيق محلي الصنع.", ""),
    # no name at all
    ("تدشين المشروع", "سيحمل المشروع اسم ممر الغاز الجنوبي.", ""),
])
def test_no_sure_name_leaves_the_title(title, before, headline):
    assert generic_named(title, before, headline) == title


@pytest.mark.parametrize("title, sentence, before, expected", [
    ("عاد وزار المدينة لحضور جنازة", "حضر جنازة رابين في القدس، كما أنه عاد وزار المدينة لحضور جنازة بيريز.", "",
     "عاد وزار القدس لحضور جنازة"),
    ("تعيش المدينة حالة من الترقب", "وتعيش المدينة حالة من الترقب.", "وصل الرئيس إلى الرباط مساء أمس.",
     "تعيش الرباط حالة من الترقب"),
])
def test_a_city_is_the_one_the_sentences_name(title, sentence, before, expected):
    assert generic_named(title, before, "", sentence) == expected


@pytest.mark.parametrize("title, sentence, before", [
    ("تعيش المدينة حالة من الترقب", "وتعيش المدينة حالة من الترقب.", "سافر الوفد من الرباط إلى فاس."),  # two cities
    ("تعيش المدينة حالة من الترقب", "وتعيش المدينة حالة من الترقب.", "وصل الرئيس إلى الرباط. وتحدث عن الاقتصاد."),  # too far
])
def test_no_sure_city_leaves_the_title(title, sentence, before):
    assert generic_named(title, before, "", sentence) == title


def test_a_summit_takes_its_name_from_the_headline():
    assert generic_named("القمة ستكون في هلسنكي", "أعلن الكرملين موعد القمة.", "الكرملين يعلن مكان قمة ترمب وبوتين") == \
        "قمة ترمب وبوتين ستكون في هلسنكي"


def test_a_longer_name_holding_a_shorter_one_is_the_same_company():
    assert generic_named("الرويس: الشركة لم تف بالتزامات الترخيص", "قررت الهيئة تعليق خدمات شركة زين السعودية.",
                         "شركة زين تعلق بعض خدماتها") == "الرويس: شركة زين لم تف بالتزامات الترخيص"
    assert generic_named("الرويس: الشركة لم تف بالتزامات الترخيص", "قررت الهيئة تعليق خدمات شركة اتحاد اتصالات \"موبايلي\".",
                         "") == "الرويس: شركة اتحاد اتصالات موبايلي لم تف بالتزامات الترخيص"


def test_a_statement_after_its_speaker_names_its_subject():
    assert generic_named("الرويس: الشركة لم تف بالتزامات الترخيص", "أعلنت الهيئة سحب ترخيص شركة أمواج للمقاولات.", "") \
        == "الرويس: شركة أمواج لم تف بالتزامات الترخيص"


def test_a_long_name_drops_its_nisba_first():
    title = "عاد وزار المدينة لحضور جنازة الرئيس الإسرائيلي السابق بيريز في سبتمبر"
    assert generic_named(title, "وصل الوفد إلى مدينة تشينغداو الصينية.", "") == \
        "عاد وزار مدينة تشينغداو لحضور جنازة الرئيس الإسرائيلي السابق بيريز في سبتمبر"


def test_a_name_too_long_leaves_the_noun():
    title = "لفتت الهيئة إلى وجود مخاطر سوقية مرتبطة بالتذبذب العالي لأسعار العملات الرقمية في السوق"
    assert generic_named(title, "حذرت هيئة السوق المالية السعودية من مخاطر.", "") == title


def test_a_headline_title_names_the_team_the_text_gave():
    from timeline.events.titles import headline
    from timeline_fixtures import mention
    before = "اقتربت إدارة نادي الاتحاد من التعاقد مع لاعب غاني. "
    sentence = "ويخوض الفريق اليوم رابع تجاربه الودية بمعسكره الإعدادي."
    text = before + sentence
    title = headline(text, (len(before), len(text)), mention("اليوم", text, "DATE", "X")).text
    assert "نادي الاتحاد" in title and "الفريق" not in title
