"""A title opening on a verbal noun with a pronoun («إيقافه», «اجتماعهم», «توليه») says whose it is: the noun phrase
a «تم» before it in the sentence left behind («أن العامري تم تعريفه» -> «تعريف العامري»), or the subject of the clause
it sits in, before it («وكان عمداء القبول … في اجتماعهم») or, when the sentence opens on its phrase, after it
(«منذ توليه مهام الرئاسة في 2017 سحب ترامب …»). Where the owner is not sure (another clause, a noun that may be no
verb, a verb of the other gender, a common noun), the title stays as it is."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.subject_owned import subject_owned
from timeline.events.titles.passive import passive_owned

from timeline_fixtures import mention


def title_of(sentence: str, when: str, before: str = "") -> str:
    text = before + sentence
    return headline(text, (len(before), len(text)), mention(when, text, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when, expected", [
    ("وأفادت وسائل إعلام ألمانية بأن العامري تم تعريفه بأنه مصدر تهديد في فيفري الماضي.", "في فيفري الماضي",
     "تعريف العامري بأنه مصدر تهديد"),
    ("صادقت اللجنة بالإجماع على تعديلات تم اقتراحها على قانون الصحافة الشهر الماضي.", "الشهر الماضي",
     "اقتراح تعديلات على قانون الصحافة"),
    ("وأشارت المصادر إلى أن أعضاء اللجنة التنفيذية للفيفا تم إبلاغهم بشأن التحقيق الداخلي خلال اجتماع مغلق في "
     "زيوريخ الشهر الماضي.", "الشهر الماضي",
     "إبلاغ أعضاء اللجنة التنفيذية للفيفا بشأن التحقيق الداخلي خلال اجتماع مغلق"),
    ("يذكر بأن المجلس التنفيذي الحالي للجمعية تم تعيينه بقرار وزاري في فبراير الماضي.", "في فبراير الماضي",
     "تعيين المجلس التنفيذي للجمعية بقرار وزاري"),
])
def test_a_pronoun_left_by_tamma_is_the_noun_phrase_before_it(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("title, sentence", [
    ("إيقافه لمدة 45 يوما", "وقال الوزير، تم إيقافه لمدة 45 يوما."),  # a reporting verb: no noun phrase
    ("تعيينه وزيرا", "واستقبل الرئيس الذي تم تعيينه وزيرا."),  # a relative pronoun before «تم»
    ("إبلاغهم رسميا بالقرار", "وأوضح أن الخطة تمت بالتنسيق مع المجلس، وتم إبلاغهم رسميا بالقرار."),  # «وتم»
    ("إيقافه لمدة 45 يوما", "وأكد أنه تم إيقافه لمدة 45 يوما."),  # «أنه تم»: no one named
])
def test_no_owner_where_none_stands_right_before_tamma(title, sentence):
    assert passive_owned(title, sentence) == title


@pytest.mark.parametrize("sentence, when, before, expected", [
    ("وفي بيان أصدره اليوم الأحد، إثر اجتماعه الدوري المنعقد أمس السبت، جدد المكتب السياسي للحزب دعمه للحكومة.",
     "أمس السبت", "", "اجتماع المكتب السياسي الدوري"),
    ("ومنذ فوزه في الانتخابات التشريعية والرئاسية في 2014، انتهج حزب \"نداء تونس\" التوافق مع النهضة.", "في 2014",
     "", "فوز حزب نداء تونس في الانتخابات التشريعية والرئاسية"),
    ("منذ توليه مهام الرئاسة في يناير 2017 سحب ترامب واشنطن من اتفاق باريس للمناخ.", "في يناير 2017",
     "وقال ترامب إنه سيرد. ", "تولي ترامب مهام الرئاسة"),
    ("وبعد عرضه للدليل الاثنين، أجرى نتانياهو مكالمات هاتفية بقادة العالم.", "الاثنين",
     "ويلتقي نتانياهو بوتين. ", "عرض نتانياهو للدليل"),
    ("قبل سبع سنوات، بدأ سعد بتعلم الرقص بعد مشاهدته للفيلم الوثائقي في تسعينيات القرن الماضي.",
     "في تسعينيات القرن الماضي", "وكان سعد أول من رقص. ", "مشاهدة سعد للفيلم الوثائقي"),
])
def test_a_verbal_nouns_pronoun_is_its_clauses_subject(sentence, when, before, expected):
    assert title_of(sentence, when, before) == expected


@pytest.mark.parametrize("sentence, title, expected", [
    ("قال رئيس حركة النهضة، راشد الغنوشي، إن زيارته اليوم إلى المهدية تأتي في إطار الواجب.",
     "زيارته إلى المهدية تأتي في إطار الواجب", "زيارة راشد الغنوشي إلى المهدية تأتي في إطار الواجب"),
    ("وقالت الوزيرة إن زيارتها إلى المهدية تأتي في إطار الواجب.", "زيارتها إلى المهدية تأتي في إطار الواجب",
     "زيارة الوزيرة إلى المهدية تأتي في إطار الواجب"),
    # a speaker of the other gender owns no «ها»
    ("وقال الوزير إن زيارتها إلى المهدية تأتي في إطار الواجب.", "زيارتها إلى المهدية تأتي في إطار الواجب",
     "زيارتها إلى المهدية تأتي في إطار الواجب"),
])
def test_a_statements_verbal_noun_is_its_speakers(sentence, title, expected):
    assert subject_owned(title, sentence, sentence) == expected


@pytest.mark.parametrize("sentence, title, expected", [
    ("وقال ان شبكة تونس للتجارة، تمكنت منذ اعتمادها نظام الفوترة الالكترونية في نوفمبر 2016، من تقليص الآجال.",
     "اعتمادها نظام الفوترة الالكترونية", "اعتماد شبكة تونس للتجارة نظام الفوترة الالكترونية"),
    ("وأكد أن الشركة، تمكنت منذ إطلاقها الخدمة في 2016، من مضاعفة أرباحها.", "إطلاقها الخدمة",
     "إطلاق الشركة الخدمة"),
    # a verb of the other gender («تمكن» for «اعتمادها»): the noun phrase before it is not sure to be the owner
    ("وقال ان الوزير، تمكن منذ اعتمادها نظام الفوترة في نوفمبر 2016، من تقليص الآجال.", "اعتمادها نظام الفوترة",
     "اعتمادها نظام الفوترة"),
])
def test_a_verbal_nouns_pronoun_is_the_subject_before_its_verb(sentence, title, expected):
    assert subject_owned(title, sentence, sentence) == expected


def test_a_groups_pronoun_is_a_plural_subjects():
    sentence = "وكان عمداء القبول والتسجيل بالجامعات، في اجتماعهم السابع عشر، الذي عقد في صفر، قد أوصوا بتشكيل لجنة."
    assert subject_owned("اجتماعهم السابع عشر", sentence, sentence) == "اجتماع عمداء القبول والتسجيل السابع عشر"
    singular = "وكان العميد، في اجتماعهم السابع عشر، الذي عقد في صفر، قد أوصى بتشكيل لجنة."
    assert subject_owned("اجتماعهم السابع عشر", singular, singular) == "اجتماعهم السابع عشر"


@pytest.mark.parametrize("title, sentence", [
    # a noun heading a construct is no verb («عدد متابعيه»; nor «مبعوث الأمين العام» after a comma: the name
    # before it owns the pronoun, test_titles_pronoun_owners.py)
    ("انتخابه رئيسا للجمهورية", "يليها ماكرون الذي ارتفع عدد متابعيه ثلاثة أضعاف منذ انتخابه رئيسا للجمهورية في مايو."),
    # a verb of the other gender («تتخطى» for «تعيينه»), across a relative pronoun
    ("تعيينه وزيرا للداخلية", "ومواقفه التي تتخطى قطر الأرض منذ تعيينه وزيرا للداخلية في نوفمبر 2012."),
    # a one-word subject the article says once is no sure name
    ("توليه مهام الرئاسة", "منذ توليه مهام الرئاسة في يناير 2017 سحب مسؤول واشنطن من الاتفاق."),
    # a noun that is no happening («صوته»)
    ("صوته تهادى عبر الأثير", "قال الحامد إن صوته تهادى عبر الأثير عام 1994."),
])
def test_no_owner_where_the_clause_names_none_surely(title, sentence):
    assert subject_owned(title, sentence, sentence) == title


@pytest.mark.parametrize("before, sentence, when, expected", [
    ("وأعلنت وزارة المالية عن إجراءات جديدة. ", "وأكدت الوزارة في بلاغ لها يوم الاثنين أن الإجراءات تدخل حيز التنفيذ.",
     "يوم الاثنين", "وزارة المالية"),
    ("وقررت محكمة جنايات القاهرة تأجيل القضية. ", "ووجهت المحكمة للمتهمين يوم السبت تهم تدبير تجمهر مسلح.",
     "يوم السبت", "وجهت محكمة جنايات القاهرة للمتهمين تهم تدبير تجمهر مسلح"),
    ("وكان جوسبر موجودا خلال فضيحة فساد بمئات الملايين من الدولارات. ",
     "وتركزت هذه الفضيحة حول ملف الأولمبياد الشتوي عام 2002.", "عام 2002",
     "تركزت فضيحة فساد حول ملف الأولمبياد الشتوي"),
])
def test_a_bare_body_or_affair_takes_the_name_the_article_gave_it(before, sentence, when, expected):
    assert expected in title_of(sentence, when, before)


def test_a_name_ends_before_a_complement_with_b_not_at_a_place_with_b():
    from timeline.events.titles.speakers import _named
    assert _named("مهرجان", "يواصل مهرجان تمور بريدة فعالياته اليوم. ").startswith("مهرجان تمور بريدة")
    assert _named("فضيحه", "وكان جوسبر موجودا خلال فضيحة فساد بمئات الملايين من الدولارات. ") == "فضيحة فساد"


SKRIPAL = "سكريبال جاسوس سابق. وقال سكريبال إنه بخير. وكشف سكريبال عن عشرات الجواسيس الروس قبل القبض عليه. "
ASHKIN = "وتدرب أشكين كثيرا. وقال أشكين إنه سعيد. ويشارك أشكين في المسابقات التركية والعالمية. "


@pytest.mark.parametrize("before, sentence, when, expected", [
    (SKRIPAL, "وحصل على حق اللجوء في بريطانيا في عام 2010.", "في عام 2010", "سكريبال يحصل على حق اللجوء في بريطانيا"),
    (SKRIPAL, "وصدر ضده حكم بالسجن 13 عاما في عام 2006، ثم حصل على حق اللجوء في بريطانيا في عام 2010.", "في عام 2010",
     "سكريبال يحصل على حق اللجوء في بريطانيا"),
    (ASHKIN, "وفاز للمرة الأولى ببطولة تركيا، عام 2007.", "عام 2007", "أشكين يفوز للمرة الأولى ببطولة تركيا"),
    ("أزنافور مغن. وقال أزنافور إنه سعيد. وأعلن أزنافور عن جولة في فرنسا. ",
     "ومن أشهر أغانيه أغنية \"She\"، كما أنه حصل على نجمة في طريق المشاهير عام 2017.", "عام 2017",
     "أزنافور يحصل على نجمة في طريق المشاهير"),
])
def test_a_subjectless_verb_is_told_of_the_sentence_befores_subject(before, sentence, when, expected):
    assert title_of(sentence, when, before) == expected


@pytest.mark.parametrize("before, sentence, when", [
    (ASHKIN, "وانطلقت في الرياض فعاليات المهرجان يوم الأحد.", "يوم الأحد"),  # its own subject after the phrase
    (ASHKIN, "وفازت للمرة الأولى ببطولة تركيا، عام 2007.", "عام 2007"),  # a verb of the other gender
    ("وتدرب اللاعب كثيرا. ويشارك اللاعب في المسابقات. ", "وفاز للمرة الأولى ببطولة تركيا، عام 2007.", "عام 2007"),
    (SKRIPAL, "وصدر حكم بالسجن 13 عاما في عام 2006، ثم حصل على حق اللجوء في بريطانيا في عام 2010.", "في عام 2010"),
])
def test_no_subject_is_lent_where_the_sentence_before_names_none_surely(before, sentence, when):
    title = title_of(sentence, when, before)
    assert not title.startswith(("أشكين", "سكريبال", "اللاعب")), title
