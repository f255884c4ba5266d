"""The standard news lead «VERB SUBJECT(office)، NAME، DATE، COMPLEMENT» keeps its verb and subject: the clause
after the date is their complement, not a title of its own («هالة شيخ روحه على الافتتاح …» was told)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when, wanted", [
    # a long office with «و» in it: its head stays, the name follows it
    ("أشرفت وزيرة الطاقة والمناجم والطاقات المتجددة، هالة شيخ روحه، اليوم الأربعاء، على الافتتاح الرسمي للمعرض "
     "الدولي للطاقة.", "اليوم الأربعاء", "أشرفت وزيرة الطاقة هالة شيخ روحه على الافتتاح الرسمي"),
    # an office on ب before a definite noun
    ("اعترف الرقيب بالجيش الأمريكي، إيريك كانغ، الأربعاء، بمحاولة تقديم مساعدات لتنظيم داعش.", "الأربعاء",
     "اعترف الرقيب بالجيش الأمريكي إيريك كانغ بمحاولة تقديم مساعدات"),
    # a construct before a name (the office goes when the title would be too long with it)
    ("حذرت رئيسة وزراء بريطانيا، تيريزا ماي، الأحد، من احتمال خروج بلادها.", "الأحد",
     "حذرت رئيسة وزراء بريطانيا تيريزا ماي من احتمال خروج بلادها"),
    ("حذرت رئيسة وزراء بريطانيا، تيريزا ماي، الأحد، من احتمال عدم خروج بلادها من الاتحاد الأوروبي.", "الأحد",
     "تيريزا ماي تحذر من احتمال عدم خروج بلادها"),  # (told the headline way: present_tense.py)
    # a name as the subject, an office set off after it
    ("تعرض روجر فيدرر، المصنف الأول عالميا، لهزيمة مفاجئة أمام ثاناسي كوكيناكيس، السبت.", "السبت",
     "تعرض روجر فيدرر المصنف الأول عالميا لهزيمة مفاجئة"),
    # a kin construct and a name, an office after it, then the complement
    ("حصل والدا ميلانيا ترامب، سيدة الولايات المتحدة الأمريكية الأولى، على الجنسية الأمريكية، الخميس.", "الخميس",
     "حصل والدا ميلانيا ترامب"),
    # a second office joined by و, then a name, then the complement
    ("وأشاد رئيس الحكومة الأسبق، ورئيس حزب البديل، مهدي جمعة، اليوم الخميس، بالمجهودات التي تبذلها أجهزة الدولة.",
     "اليوم الخميس", "أشاد رئيس الحكومة الأسبق مهدي جمعة بالمجهودات"),
    # a description with a preposition set off after the subject goes; the complement is the verb's
    ("وتأهل زملاء ليونيل ميسي، صاحب الهدف الأول أمام نيجيريا، لمواجهة فرنسا السبت المقبل.", "السبت المقبل",
     "تأهل زملاء ليونيل ميسي لمواجهة فرنسا"),
    # the object set off after the verb and subject, the name in apposition, the date
    ("واعتقلت شرطة طهران المتهم، مظلومين، في يوليو الماضي، بعدما تبين أنه قام بعمليات شراء للذهب.", "يوليو الماضي",
     "شرطة طهران المتهم مظلومين"),
    # an undefined noun's ة names the subject; the object after the comma is told
    ("في العام الماضي، نشرت جامعة غلاسكو الاستكتلندية، بحثا يبين أن الأطفال ينامون أقل.", "العام الماضي",
     "نشرت جامعة غلاسكو الاستكتلندية بحثا يبين"),
])
def test_the_leads_verb_and_subject_stay(sentence, when, wanted):
    assert wanted in title_of(sentence, when)


@pytest.mark.parametrize("sentence, when, wanted, unwanted", [
    # too long with its office: the office goes, the name and the complement stay
    ("أصدر الشيخ خليفة بن زايد آل نهيان، رئيس دولة الإمارات، الأحد، مرسوما بقانون اتحادي ينظم العلاقة بين الدائن "
     "والمدين في حالات الإفلاس.", "الأحد", "الشيخ خليفة بن زايد يصدر مرسوما بقانون", "رئيس دولة"),
    # a name and its fathers' names: the first father stays
    ("تابع الأمير عبدالعزيز بن سعود بن نايف بن عبدالعزيز، وزير الداخلية السعودي رئيس لجنة الحج العليا، الحفل "
     "السنوي لاستعراض قوات أمن الحج والأجهزة المعنية بشؤون الحج والحجاج المشاركة في تنفيذ الخطة العامة لموسم حج "
     "العام الجاري.", "العام الجاري", "الأمير عبدالعزيز بن سعود يتابع الحفل السنوي", "بن نايف"),
    # a dated source aside goes with the quoted name in it
    ("أعلن رئيس كتلة نداء تونس بمجلس نواب الشعب، سفيان طوبال، في تصريح لمراسلة الجوهرة \"اف ام\" اليوم الأحد عن "
     "انضمام عدد من الشخصيات الوطنية إلى الحركة.", "اليوم الأحد", "سفيان طوبال يعلن عن انضمام عدد من الشخصيات",
     "في تصريح"),
])
def test_a_long_lead_loses_its_office_not_its_verb(sentence, when, wanted, unwanted):
    title = title_of(sentence, when)
    assert wanted in title and unwanted not in title


@pytest.mark.parametrize("sentence, when, unwanted", [
    # a verb of saying is a frame, not a verb whose object follows its subject
    ("وقال المدرب، السبت، \"الدوري انتهى ولاعبون كثيرون متعبون\".", "السبت", "قال المدرب"),
    ("وقال المدرب : الدوري انتهى الآن (يوم 20 مايو) ولاعبون كثيرون متعبون.", "يوم 20 مايو", "قال المدرب"),
    # a verbal noun on ل is the verb's complement, not part of its subject
    ("وعادت (ديلي ميرور) لإعلان قائد الشرطة العلمية، فيونا ماكورماك، أمس الجمعة، أن حريق البرج سببه ثلاجة معطلة.",
     "أمس الجمعة", "عودة"),
    # a clause of plural verbs and their pronouns' objects is no verb and its subject
    ("لكي يصوموا، ويجمعوا أموالهم ويمنحوها للمحتاجين، واصفا الأمر بأنه رائع في رسالة عرضها العام الماضي.",
     "العام الماضي", "يجمعوا"),
    # an adverb's phrase after the subject: the clause after the comma is another
    ("وأجريت الانتخابات أيام 16 و17 مارس خارج البلاد، و26 و27 من الشهر ذاته داخل البلاد.", "16 و17 مارس", "و26"),
    # an undefined subject and object with no definite word: the clause says what happened
    ("حاول مجهولون مساء الثلاثاء اختطاف تلميذين، يقيمان في حي الازدهار بجنوب مدينة قابس.", "مساء الثلاثاء",
     "يقيمان"),
    # «ل» before an imperfect verb after the comma tells what followed, not the verb's complement
    ("انطلقت اليوم الاثنين اختبارات مادة التربية البدنية، لتتواصل إلى يوم 29 أفريل ويكون يوم 30 أفريل يوم التدارك.",
     "يوم 30 أفريل", "انطلقت"),
])
def test_not_a_lead_of_verb_and_subject(sentence, when, unwanted):
    assert unwanted not in title_of(sentence, when)


@pytest.mark.parametrize("word, imperfect", [
    ("ترامب", False), ("ترمب", False), ("يوسف", False), ("تونس", False),  # names the lexicon lists
    ("يضم", True), ("تشارك", True), ("يبلغ", True),
])
def test_a_name_spelt_like_an_imperfect_verb_is_no_verb(word, imperfect):
    from timeline.events.titles.tokens import _sentence_tokens
    from timeline.events.titles.verb_spelling import _imperfect
    assert _imperfect(_sentence_tokens(word, 0, len(word))[0]) is imperfect
