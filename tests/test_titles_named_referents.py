"""Titles say who: a particle a diacritic makes a verb («وعبّر المجلس»), a surname with the article as the article's
protagonist («محمد النني»), a spouse the speaker is named by («زوجها» after «زوجة مينغ»), a demonstrative's noun named in
construct in the sentence before («هذه الشرطة» after «شرطة مكافحة الفساد») and a bare person noun («الشاب») the text named
once. Where the referent is not sure (no mark, another gender, two names, a name that is the kin's), the title stays."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.homographs import marked_reading
from timeline.events.titles.kinds import demonstrative_named
from timeline.events.titles.protagonist import _protagonist, _full_name
from timeline.events.titles.speakers import _named_subject
from timeline.events.titles.spouses import spouse_of_speaker
from timeline.events.titles.passive import passive_owned

from timeline_fixtures import mention


def title_of(sentence: str, when: str, before: str = "", article_title: str = "") -> str:
    text = before + sentence
    return headline(text, (len(before), len(text)), mention(when, text, "DATE", "X"), article_title=article_title).text


@pytest.mark.parametrize("word, reading", [
    ("وعبّر", "verb"), ("عبَّر", "verb"), ("وبيّن", "verb"), ("أثّر", "verb"), ("بُعد", "noun"),
    ("عبر", None), ("وبين", None), ("بعد", None),
])
def test_a_diacritic_tells_a_verb_from_the_particle(word, reading):
    assert marked_reading(word) == reading


@pytest.mark.parametrize("sentence, when, expected", [
    ("وعبّر المجلس في اجتماعه الذي عُقد امس برئاسة الوزير عن رفضه للعنف.", "امس",
     "اجتماع المجلس عُقد برئاسة الوزير عن رفضه للعنف"),
    ("وعبّر الحزب في اجتماعه الذي انعقد يوم الأحد عن دعمه للحكومة.", "يوم الأحد", "اجتماع الحزب انعقد"),
])
def test_a_marked_verb_lends_its_subject_to_a_verbal_nouns_pronoun(sentence, when, expected):
    assert title_of(sentence, when).startswith(expected)


def test_an_unmarked_abr_stays_a_preposition():
    assert title_of("وعبر المجلس في اجتماعه الذي عُقد امس برئاسة الوزير عن رفضه للعنف.", "امس").startswith("اجتماعه")


NENY = ("وقع محمد النني عقدا جديدا مع أرسنال. وقال محمد النني إنه سعيد. ويلعب النني في خط الوسط. "
        "وانتقل النني إلى أرسنال في 2016 قادما من بازل.")


@pytest.mark.parametrize("text, article_title, expected, full", [
    (NENY, "محمد النني يمدد عقده مع أرسنال", "النني", "محمد النني"),
    ("قال المذيع أحمد الحامد إنه سعيد. وتحدث أحمد الحامد عن تجربته. وأكد الحامد أن الإذاعة تبقى. وبدأ الحامد في 1994.",
     "أحمد الحامد يتحدث عن تجربته", "الحامد", "أحمد الحامد"),
])
def test_a_surname_with_the_article_is_the_protagonist(text, article_title, expected, full):
    assert _protagonist(text, article_title) == expected
    assert _full_name(text, expected) == full


@pytest.mark.parametrize("text, article_title", [
    ("تنطلق كأس العالم في روسيا. وتقام كأس العالم كل أربع سنوات. ويتابع العالم البطولة. وفاز بكأس الملك الهلال.",
     "كأس العالم تنطلق في روسيا"),  # «كأس» comes apart from «العالم»: no name
    ("قال وزير الخارجية إن المحادثات مستمرة. وأكد وزير الخارجية أن الخارجية تتابع. وقالت الخارجية إنها ترحب.",
     "وزير الخارجية يزور باريس"),  # an office and its body
    ("تجري الانتخابات في مارس. وأعلنت الهيئة مواعيد الانتخابات. وقالت إن الانتخابات شفافة. وستكون باسم الانتخابات.",
     "الهيئة تعلن موعد الانتخابات"),
])
def test_no_definite_noun_is_a_surname(text, article_title):
    assert not (_protagonist(text, article_title) or "").startswith("ال")


@pytest.mark.parametrize("title, sentence, before, expected", [
    ("زوجها وجه إليها رسالة", "وقالت إن زوجها وجه إليها رسالة في 25 سبتمبر.",
     "وأعلنت زوجة مينغ أنها فقدت الاتصال به. ", "مينغ وجه إليها رسالة"),
    ("زوجها غادر البلاد", "وأضافت أن زوجها غادر البلاد يوم الجمعة.",
     "وقالت زوجة المعارض كارا للصحفيين إنها قلقة. ", "المعارض كارا غادر البلاد"),
    ("زوجته سافرت إلى باريس", "وأكد أن زوجته سافرت إلى باريس يوم الأحد.",
     "وقال زوج الفنانة سميرة إنه لم يتلق أي اتصال. وأضاف أنه ينتظر. ", "الفنانة سميرة سافرت إلى باريس"),
])
def test_a_spouse_is_the_one_the_speaker_is_named_by(title, sentence, before, expected):
    assert spouse_of_speaker(title, sentence, before) == expected


@pytest.mark.parametrize("title, sentence, before", [
    ("زوجها وجه إليها رسالة", "وقال إن زوجها وجه إليها رسالة.", "وأعلنت زوجة مينغ أنها فقدت الاتصال به. "),  # «قال»: a man speaks
    ("زوجها وجه إليها رسالة", "وقالت إن زوجها وجه إليها رسالة.", "وأعلنت الشرطة أنها فتحت تحقيقا. "),  # no tie named
    ("زوجها وجه إليها رسالة", "وقالت الممثلة إن زوجها وجه إليها رسالة.", "وأعلنت زوجة مينغ أنها قلقة. "),  # another speaker
])
def test_no_spouse_without_a_tie_or_of_another_speaker(title, sentence, before):
    assert spouse_of_speaker(title, sentence, before) == title


@pytest.mark.parametrize("title, before, expected", [
    ("هذه الشرطة أشارت إلى وجود حركة كبيرة للأموال", "ويأتي هذا الاتهام استنادا إلى تحقيقات قامت بها شرطة مكافحة الفساد. ",
     "شرطة مكافحة الفساد أشارت إلى وجود حركة كبيرة للأموال"),
    ("هذه المحكمة ستنظر في القضية", "وأحيلت القضية إلى محكمة الجنايات الدولية. ", "محكمة الجنايات الدولية ستنظر في القضية"),
    ("قضت هذه المحكمة بسجنه عامين", "ومثل المتهم أمام محكمة جنايات القاهرة. ", "قضت محكمة جنايات القاهرة بسجنه عامين"),
])
def test_a_demonstrative_takes_the_name_of_the_sentence_before(title, before, expected):
    assert demonstrative_named(title, before) == expected


@pytest.mark.parametrize("title, before", [
    ("إنتاج هذه الطائرة سيستمر", "وتسلمت الطائرة من طراز "
     "بوينغ. وقال إن الطلبية تؤكد التزام إيرباص بمواصلة إنتاج إيه-380. "),  # the model was named without the noun
    ("بدأت هذه المحكمة أعمالها", "وأنشئت محكمة الاستئناف العليا بعد محكمة الجنايات الدولية. "),  # two courts
    ("هذه الرسوم المشددة ستشمل قائمة جديدة", "وتطبق واشنطن رسوم الاستيراد الجمركية منذ يوليو. "),  # an adjective qualifies it
    ("هذه الشرطة أشارت إلى حركة للأموال", "وتحقق شرطة مكافحة الفساد في الملف. وقال المحامي إنه ينتظر. "),  # further back
])
def test_no_demonstrative_name_that_is_not_sure(title, before):
    assert demonstrative_named(title, before) == title


@pytest.mark.parametrize("title, before, expected", [
    ("الشاب يتمكن من الفرار من مركز الإيقاف", "وأوقفت الشرطة الشاب التونسي محمد العمري بعد مطاردة. ",
     "محمد العمري يتمكن من الفرار من مركز الإيقاف"),
    ("تمكن الشاب من الفرار من مركز الإيقاف", "وأوقفت الشرطة الشاب محمد العمري بعد مطاردة. ",
     "تمكن محمد العمري من الفرار من مركز الإيقاف"),
    ("اللاعب ينتقل إلى ريال مدريد", "وبرز اللاعب الكرواتي لوكا مودريتش في المونديال. ", "لوكا مودريتش ينتقل إلى ريال مدريد"),
])
def test_a_bare_person_noun_takes_the_one_name_the_text_gave(title, before, expected):
    assert _named_subject(title, before) == expected


@pytest.mark.parametrize("title, before", [
    ("اللاعب ينتقل إلى ريال مدريد", "وبرز اللاعب الكرواتي لوكا مودريتش أمام اللاعب البرتغالي كريستيانو رونالدو. "),  # two
    ("تعرض الضحية إلى عملية سرقة", "وقال والد الضحية سامي الهمامي إنه حزين. "),  # the father's name
    ("أحيل المتهم على القضاء", "وأوقفت الشرطة المتهم المعروف اعلاميا باسم الذئب. "),  # no name
    ("مثل المتهم حميد أمام القاضي", "وأوقفت الشرطة المتهم سامي العمري. "),  # named in the title
    ("حكت الضحية لوالديها ما حدث", "وأكدت الضحية وعائلتها أنها تعرضت للتهديد. "),  # a conjunct
])
def test_no_person_name_that_is_not_sure(title, before):
    assert _named_subject(title, before) == title


@pytest.mark.parametrize("title, sentence, expected", [
    ("انتخابه رئيسا للجمهورية", "يليها الرئيس الفرنسي #ايمانويل_ماكرون (أكثر من ثلاثة ملايين) الذي ارتفع عدد متابعيه منذ "
     "انتخابه رئيسا للجمهورية في مايو 2017.", "انتخاب ايمانويل ماكرون رئيسا للجمهورية"),
    ("توليه تدريب الفريق", "وحل ثانيا المدرب الفرنسي زيدان، الذي فاز بثلاثة ألقاب منذ توليه تدريب الفريق في يناير 2016.",
     "تولي زيدان تدريب الفريق"),
    ("انتخابها لولاية رابعة", "وتقود المستشارة الألمانية أنغيلا ميركل التي تراجعت شعبيتها منذ انتخابها لولاية رابعة في 2017 "
     "حكومة ائتلافية.", "انتخاب أنغيلا ميركل لولاية رابعة"),
])
def test_a_verbal_nouns_pronoun_in_a_relative_clause_is_its_antecedents(title, sentence, expected):
    assert passive_owned(title, sentence) == expected


@pytest.mark.parametrize("title, sentence", [
    ("تعيينه عضوا في المجلس", "وللمشاط مواقف حسبما تدل تعليقاته على صفحته والتي توقف عن نشرها منذ تعيينه عضوا في المجلس."),
    ("إعلانه في مارس", "ويواجه القرار الذي صدر منذ إعلانه في مارس انتقادات."),  # a common noun
    ("انتقاله إلى ليفربول", "واستقبل الوزير اللاعب صلاح الذي قال إنه سعيد منذ انتقاله إلى ليفربول."),  # across «إنه»
    ("انتخابه لولاية ثانية", "وتقود المستشارة أنغيلا ميركل التي تراجعت شعبيتها منذ انتخابه لولاية ثانية."),  # another gender
])
def test_no_antecedent_that_is_not_sure(title, sentence):
    assert passive_owned(title, sentence) == title
