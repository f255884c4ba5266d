"""Dates of a happening embedded in the sentence that embedded.py's first readers missed (blind audit 7351's
«other-happening» class): a relative clause of occurrence («والتي جرت الأحد»), «في» and a happening's noun while the
main verb has a date of its own, and a span before a happening («قبل أقل من ثلاثة أشهر على انطلاق …»). The title
tells that happening, not the main clause nor the article's headline."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.model import Mention

from timeline_fixtures import mention


def title_of(sentence: str, when: str, **options) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X"), **options).text


@pytest.mark.parametrize("sentence, when, expected", [
    # a relative clause of occurrence: its noun's happening, the noun read back to a happening's word
    ("احتدم التنافس على رئاسة البلدية مع قرب إعلان النتائج النهائية للانتخابات البلدية الأولى في البلاد منذ ثورة 2011 والتي جرت الأحد.",
     "الأحد", "جرت الانتخابات البلدية الأولى في البلاد"),
    ("وارتفعت حصيلة ضحايا الهجوم الذي وقع في محيط البرلمان في لندن أمس إلى خمسة قتلى.", "أمس",
     "وقوع الهجوم في محيط البرلمان في لندن"),
    ("نقل مدير الأمن تحيات الأمير إلى المصابين جراء الاعتداء الغاشم الذي وقع يوم أمس في مسجد قوات الطوارئ.", "يوم أمس",
     "وقوع الاعتداء الغاشم في مسجد قوات الطوارئ"),
    ("أعلن الرئيس، خلال مؤتمر القمة العالمي لريادة الأعمال الذي عقد يوم السبت في كينيا، أن الشركة ستقدم دعما.",
     "يوم السبت", "عقد مؤتمر القمة العالمي لريادة الأعمال في كينيا"),
    # … a founding, of any noun
    ("صورة من صور العراقة التاريخية لنادي الاتحاد الذي تأسس عام 1347ه وتجمع ثلاثة من نجومه.", "عام 1347ه",
     "تأسيس نادي الاتحاد"),
    # «في» and a happening's noun, the main verb dated before it
    ("توقع وزير الدفاع اليوم الثلاثاء سقوط قتلى بين صفوف الارهابيين في عملية جبل سمامة بالقصرين أمس.", "أمس",
     "عملية جبل سمامة بالقصرين"),
    # a span before a happening, the noun named as the sentence named it before (kinds.py)
    ("دخلت المنتخبات المشاركة في نهائيات كأس العالم 2018 في سباق مع الزمن قبل أقل من ثلاثة أشهر على انطلاق المنافسة في 14 حزيران/يونيو.",
     "14 حزيران/يونيو", "انطلاق كأس العالم"),
    ("ويأتي توقيف المرشح قبل نحو شهر ونصف شهر من الانتخابات الرئاسية في مصر المقررة نهاية آذار/مارس المقبل.",
     "نهاية آذار/مارس المقبل", "الانتخابات الرئاسية في مصر"),
])
def test_the_embedded_happening_is_told(sentence, when, expected):
    assert title_of(sentence, when) == expected


def test_the_lead_headline_gives_way_to_the_embedded_happening():
    sentence = "توقع وزير الدفاع الوطني اليوم الثلاثاء سقوط قتلى بين صفوف الارهابيين في عملية جبل سمامة بالقصرين أمس."
    assert title_of(sentence, "أمس", article_title="وزير الدفاع الوطني : سقوط قتلى محتمل بين الإرهابيين",
                    lead=True) == "عملية جبل سمامة بالقصرين"


@pytest.mark.parametrize("sentence, when, unwanted", [
    # the verb's own subject or object after it: no occurrence of the noun before
    ("كما يشمل الأسبوع فعالية خيمة أبها الدعوية التي انطلقت برامجها أمس الأول وتستمر لأسبوعين.", "أمس الأول",
     "انطلاق أبها"),
    # a noun that is no happening before a verb of occurrence («بين الطرفين الذي انطلق»), a name before a comma
    ("بعدما أنهت الشركة عقد الرعاية بين الطرفين الذي انطلق في عام 2014.", "عام 2014", "انطلاق الطرفين"),
    ("بعد أن كان بطل مباراة فريقه في ذهاب نصف نهائي دوري أبطال أوروبا لكرة القدم، والتي جرت الثلاثاء على ملعب أنفيلد.",
     "الثلاثاء", "جرت كرة القدم"),
    # the earlier date is another clause's: the verb of the later one is told
    ("ويعد أبو الفتوح، الذي انشق عن الجماعة في العام 2011، من أبرز السياسيين، وكان قد ترشح في انتخابات الرئاسة في 2012.",
     "2012", "انتخابات الرئاسة"),
    ("سيلعب المدرب بتشكيلة قوية في لقاء العودة غدا الثلاثاء رغم أنه سيحل ضيفا على مانشستر يونايتد في الدوري الإنجليزي مطلع الأسبوع المقبل.",
     "مطلع الأسبوع المقبل", "الدوري الإنجليزي"),
    # a statement's setting is the main verb's circumstance
    ("قال الوزير الأحد إن الحكومة ستقدم مشروعا في مؤتمر صحفي الاثنين.", "الاثنين", "مؤتمر صحفي"),
    # a date after a comma closing the span's happening is another's
    ("وأشار إلى أن الأشغال ستنطلق بعد 8 أشهر من انطلاق الدراسات، أي في غضون شهر جويلية من السنة القادمة.",
     "شهر جويلية من السنة القادمة", "انطلاق الدراسات"),
])
def test_no_embedded_happening_where_the_date_is_another(sentence, when, unwanted):
    assert title_of(sentence, when) != unwanted


def test_a_title_naming_the_phrase_keeps_who_did_it():
    # «كسرت ساقه في حادث دراجة في مايو»: the title tells the accident already, with what happened in it
    sentence = "استبدل الوزير اليوم الأربعاء العكازين بعصا، وقد كسرت ساقه في حادث دراجة في مايو ايار."
    assert title_of(sentence, "مايو ايار") != "حادث دراجة"


@pytest.mark.parametrize("sentence, when, article_title, unwanted", [
    # a later date of the lead whose sentence tells not the headline's happening word: its own title
    ("غادرت بعثة الهلال فجر اليوم السبت السودان في اتجاه تونس استعدادا للمباراة القادمة التي ستجمعه بالنجم الرياضي الساحلي يوم 3 جوان القادم بالملعب الاولمبي بسوسة.",
     "يوم 3 جوان القادم", "الهلال السوداني يصل تونس إستعدادا لمواجهة النجم الساحلي",
     "الهلال السوداني يصل تونس إستعدادا لمواجهة النجم الساحلي"),
    ("وقال الناطق إنه قد تلقى مركز القيادة بمديرية الدفاع المدني بمنطقة عسير مساء أمس الأول بلاغاً من اثنين من المواطنين.",
     "مساء أمس الأول", "البحث عن شخصين جرفتهما سيول الأمطار في عسير", "البحث عن شخصين جرفتهما سيول الأمطار في عسير"),
])
def test_a_later_lead_date_of_another_happening_keeps_its_title(sentence, when, article_title, unwanted):
    assert title_of(sentence, when, article_title=article_title, lead=True) != unwanted


@pytest.mark.parametrize("sentence, when, article_title", [
    # the headline's happening in the sentence, in its own root or another («توفي» for «رحيل»): the headline
    ("أعلن المصمم فيليب فينيه الاثنين أن المصمم الشهير أوبير دو جيفنشي توفي السبت خلال نومه عن 91 عاما.", "السبت",
     "رحيل مصمم الأزياء الفرنسي الشهير أوبير دو جيفنشي عن 91 عاما"),
    ("أعلنت 12 دولة عربية ثبوت رؤية هلال شهر شوال، مساء السبت، وأن الأحد هو أول أيام عيد الفطر المبارك.", "الأحد",
     "12 دولة عربية تعلن ثبوت رؤية هلال شهر شوال"),
])
def test_a_later_lead_date_of_the_headlines_happening_takes_the_headline(sentence, when, article_title):
    assert title_of(sentence, when, article_title=article_title, lead=True) == article_title


@pytest.mark.parametrize("sentence, when, expected_start", [
    # a demonstrative inside «منذ»'s phrase points to its noun, no span: the phrase's happening is told
    ("وعزز نادال رقمه القياسي بعدما رفعه إلى 46 مجموعة منذ خسارته الأخيرة على هذا النوع من الملاعب العام الماضي في روما.",
     "العام الماضي", "خسار"),  # («خسارة نادال …» or «خسارته …»: whose, pronouns.py tells; not «رفعه إلى 46 مجموعة»)
    ("شنت روسيا غارات على مناطق في جنوب سوريا للمرة الأولى منذ أن وافقت على وقف لإطلاق النار في هذه المنطقة قبل عام تقريبا.",
     "قبل عام", "وافقت على وقف لإطلاق النار"),
])
def test_a_since_phrase_with_a_demonstrative_tells_its_happening(sentence, when, expected_start):
    assert title_of(sentence, when).startswith(expected_start)
