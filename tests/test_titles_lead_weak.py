"""The lead after a byline, a wire's section label, and a weak lead title giving way to the headline."""
from __future__ import annotations

import pytest

from timeline.events.sentences import TextGeometry
from timeline.events.titles import headline
from timeline.events.titles.weak import weak_title
from timeline_fixtures import mention


def lead_title(sentence: str, when: str, article_title: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X"), article_title=article_title,
                    lead=True).text


@pytest.mark.parametrize("byline", [
    "حنان الحامدي – عين اليوم",
    "الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس",
    "عين اليوم – متابعات",
])
def test_the_lead_is_the_paragraph_after_a_byline(byline):
    text = f"{byline}\nاختتمت جمعية الأسرة أمس الدورة العاشرة من برنامجها.\nوتهدف الدورة إلى تنمية المهارات."
    geometry = TextGeometry(text)
    assert geometry.is_lead(geometry.sentence_at(text.index("اختتمت")))
    assert not geometry.is_lead(geometry.sentence_at(text.index("وتهدف")))


def test_a_first_paragraph_that_is_a_sentence_stays_the_lead():
    text = "أكد الوزير، انخفاض العجز التجاري خلال شهر أفريل.\nوأضاف أن الصادرات ارتفعت."
    geometry = TextGeometry(text)
    assert geometry.is_lead(geometry.sentence_at(0))
    assert not geometry.is_lead(geometry.sentence_at(text.index("وأضاف")))


@pytest.mark.parametrize("label", ["اجتماعي", "عام", "ثقافي"])
def test_a_wire_s_section_label_goes(label):
    sentence = "اختتمت جمعية التوعية فرع الرياض أمس الدورة 57 من برنامج رخصة قيادة الأسرة."
    assert lead_title(sentence, "أمس", f"{label} / جمعية التوعية تختتم دورتها 57 من برنامج رخصة قيادة الأسرة") == \
        "جمعية التوعية تختتم دورتها 57 من برنامج رخصة قيادة الأسرة"


def test_a_slash_of_another_kind_is_no_label():
    sentence = "نشرت الوزارة أمس حصيلة موسم 1436/1437 الزراعي في المناطق الشمالية."
    assert lead_title(sentence, "أمس", "الوزارة تنشر حصيلة موسم 1436/1437") == "الوزارة تنشر حصيلة موسم 1436/1437"


def test_a_label_left_with_its_year_alone_goes():
    sentence = "تعادلت مصر مع مالي أمس دون أهداف في المباراة التي جمعتهما في الجولة الأولى."
    assert lead_title(sentence, "أمس", "كان 2017: مصر تتعادل مع مالي").startswith("مصر تتعادل")


@pytest.mark.parametrize("title", [
    "بفندق الفورسيزنز بالرياض",  # a place phrase
    "خلال الجلسة الافتتاحية للمؤتمر التأسيسي الأول للحركة",  # an adjunct
    "عند الافتتاح في تداول انخفاضا بنسبة 1 بالمائة",
    "موعد الاجتماع المرتقب",  # a few words
    "أعلنت عنه شركة المترو الخفيف بصفاقس",  # a pronoun pointing back
    "غارات جوية استهدفته",
])
def test_weak_titles(title):
    assert weak_title(title)


@pytest.mark.parametrize("title", [
    "فتحت السلطات الفرنسية تحقيقا بشأن وفاة شابة",  # «فتحت» is no ف + «تحت»
    "احتفالات الغريبة تنطلق رسميا بجزيرة جربة",
    "وصل الرئيس الإريتري إيسياس أفورقي إلى إثيوبيا",
    "لم تتوصل لجنة التوافقات إلى الحسم في صيغة الفصل 24",  # a negated verb tells
])
def test_titles_that_stand(title):
    assert not weak_title(title)


def test_a_weak_lead_title_gives_way_to_a_headline_sharing_fewer_words():
    sentence = "وذلك أمس بفندق الفورسيزنز بالرياض."
    assert lead_title(sentence, "أمس", "الرياض تحتضن منتدى بفندق الفورسيزنز") == "الرياض تحتضن منتدى بفندق الفورسيزنز"
    sentence = "جاء في بيان أصدرته رئاسة الحكومة أمس أن رئيس الحكومة أذن بتكوين فريق عمل للتدخل في المدارس."
    headline_text = "رئاسة الحكومة: اجراءات عاجلة بعد انتشار الفيروس في المدارس"
    assert lead_title(sentence, "أمس", headline_text) == headline_text


def test_a_lead_title_that_stands_keeps_its_own_words():
    sentence = "وصل الرئيس الإريتري إيسياس أفورقي أمس إلى إثيوبيا في أول زيارة منذ عقدين."
    assert lead_title(sentence, "أمس", "زيارة تاريخية تطوي صفحة الحرب بين البلدين") != "زيارة تاريخية تطوي صفحة الحرب بين البلدين"


@pytest.mark.parametrize("sentence, when, headline_text, told", [
    # a short lead title the headline tells more fully
    ("بينما كانت التوقعات تشير إلى أن إطلاق الهاتف الجديد سيكون في فبراير، فإن الموعد شبه المؤكد لإطلاقه سيكون في "
     "يناير المقبل.", "يناير المقبل", "تسريب موعد إطلاق الهاتف الجديد بميزة غير مسبوقة",
     "تسريب موعد إطلاق الهاتف الجديد بميزة غير مسبوقة"),
    # … not one the headline shares little of: the sentence tells something of its own
    ("وانطلقت أمس احتفالات الغريبة رسميا.", "أمس", "موسم الغريبة: الاستعدادات", None),
    ("وضعت شرطية أرجنتينية أمس طفلها.", "أمس", "أنجبت طفلتها وهي في غيبوبة", None),
])
def test_a_short_lead_title_the_headline_tells_more_fully(sentence, when, headline_text, told):
    title = lead_title(sentence, when, headline_text)
    assert title == told if told else title != headline_text


def test_a_lead_date_of_a_dated_phrase_keeps_that_phrase_s_title():
    sentence = ("أصدرت الدائرة الجنائية اليوم الخميس حكما بالسجن مدى الحياة ضد شاب قتل صديقه طعنا بسكين اثر شجار دار "
                "بينهما في شهر جويلية 2015 في معتمدية زرمدين.")
    headline_text = "المنستير : المؤبد لقاتل صديقه في زرمدين"
    assert "شجار" not in lead_title(sentence, "اليوم الخميس", headline_text)
    assert lead_title(sentence, "شهر جويلية 2015", headline_text).startswith("شجار")


def test_a_long_label_keeps_its_colon():
    sentence = "أفاد الناطق باسم المحكمة أنه تم أمس عرض مشتبه فيه رابع في قضية زرمدين وصدرت في حقه بطاقة إيداع بالسجن."
    assert lead_title(sentence, "أمس", "قضية اغتيال أمني ومرافقه بزرمدين : بطاقة إيداع بالسجن في حق متهم رابع") == \
        "قضية اغتيال أمني ومرافقه بزرمدين: بطاقة إيداع بالسجن في حق متهم رابع"


@pytest.mark.parametrize("title", [
    "تمكنت فرقة الإرشاد البحري للحرس الوطني بالمنستير",  # a verb of managing: its complement is the happening
    "تمكن اعوان الحرس الوطني بالبقالطة",
    "وتمكّنت الوحدات الأمنية ببنزرت من القبض على شخص",
    "استطاع المنتخب الوطني انتزاع التعادل",
])
def test_a_title_opening_on_a_verb_of_managing_is_weak(title):
    assert weak_title(title)


@pytest.mark.parametrize("sentence, when, headline_text", [
    ("تمكنت الفرقة المختصة في البحث في جرائم الإرهاب التابعة لمنطقة الأمن الوطني بقفصة الليلة الماضية من إيقاف شاب "
     "يشتبه في انتمائه إلى تنظيم إرهابي.", "الليلة الماضية", "قفصة : إيقاف شاب يشتبه في انتمائه إلى تنظيم إرهابي"),
    ("تمكّنت فرقة الإرشاد البحري للحرس الوطني بالمنستير أمس الاثنين، من القبض على 3 أشخاص بحوزتهم قطعة أثرية.",
     "أمس الاثنين", "القبض على 3 أشخاص بحوزتهم قطعة أثرية في المنستير"),
    ("تمكنت الوحدات الأمنية بمعتمدية الرديف أمس من القبض على شاب بتهمة محاولة الاعتداء على طفلة.", "أمس",
     "قفصة : إيقاف شاب حاول الاعتداء على طفلة"),
])
def test_in_the_lead_the_headline_names_what_a_verb_of_managing_did(sentence, when, headline_text):
    assert lead_title(sentence, when, headline_text) == headline_text.replace(" :", ":")


def test_a_verb_of_managing_keeps_its_title_beside_a_headline_of_another_happening():
    sentence = "تمكن أعوان الحماية المدنية أمس من إخماد حريق بمستودع للأخشاب في المنطقة الصناعية."
    assert "إخماد" in lead_title(sentence, "أمس", "الحكومة تعلن عن إجراءات جديدة لدعم المؤسسات الصغرى")


@pytest.mark.parametrize("sentence, when, headline_text", [
    # the date cut the lead clause before its verb's object: the title would tell who, not what
    ("وصف أنور قرقاش وزير الدولة للشؤون الخارجية بدولة الإمارات العربية المتحدة، اليوم السبت، الخطوة القطرية بتسريب "
     "مطالب الدول الأربع بأنها متهورة.",
     "اليوم السبت", "الإمارات تنتقد تسريب قطر مطالب الدول المقاطعة"),
    ("تنظم تعاونية موظفي الإذاعة والتلفزة التونسية، يوم 18 مارس الجاري، حفلا فنيا ساهرا تحييه النجمة اللبنانية ماجدة "
     "الرومي، بقبة المنزه.", "يوم 18 مارس الجاري", "التخفيض في أسعار تذاكر حفل ماجدة الرومي"),
    ("أتاحت عمادة القبول والتسجيل بجامعة حائل للطلبة المقبولين فيها للدارسة للعام الجامعي 1437هـ، الانسحاب وإخلاء "
     "الطرف إلكترونياً دون مراجعة.", "1437هـ", "إطلاق نظام الانسحاب الإلكتروني بجامعة حائل"),
])
def test_a_lead_title_cut_before_its_object_gives_way_to_the_headline(sentence, when, headline_text):
    assert lead_title(sentence, when, headline_text) == headline_text


@pytest.mark.parametrize("sentence, when, headline_text", [
    # the clause goes on with a circumstance or a new clause: the title is whole
    ("ارتدى عدد من المسلمين في الهند شارات سوداء خلال صلاة العيد، اليوم الإثنين، تنديدًا بعمليات الإعدام.",
     "اليوم الإثنين", "مسلمو الهند يستقبلون العيد برفض الإعدام"),
    ("أعلنت 12 دولة عربية ثبوت رؤية هلال شهر شوال، مساء السبت، وأن الأحد هو أول أيام العيد.", "مساء السبت",
     "دول عربية تحتفل بالعيد في أجواء مختلفة"),
    ("وصل الرئيس الإريتري إيسياس أفورقي إلى إثيوبيا، أمس، في أول زيارة منذ عقدين.", "أمس",
     "زيارة تاريخية للرئيس الإريتري تطوي صفحة الحرب"),
])
def test_a_lead_title_whose_clause_goes_on_with_a_circumstance_keeps_its_words(sentence, when, headline_text):
    assert lead_title(sentence, when, headline_text) != headline_text
