"""Headline titles: who does what, without the date, in whole words, under the length cap."""
from __future__ import annotations

import re

import pytest

from timeline.events.titles import MAX_CHARS, Title, headline
from timeline.model import Mention
from timeline.normalize import normalize

from timeline_fixtures import mention


def title_of(sentence: str, when: str, **kwargs) -> Title:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X"), **kwargs)


ROWS = [
    # a date between commas: the clauses on its two sides are one
    ("وقرر الاتحاد الأوروبي، الأربعاء، أن يتفاوض على تجديد اتفاق الصيد مع المغرب.", "الأربعاء",
     "قرر الاتحاد الأوروبي أن يتفاوض على تجديد اتفاق الصيد مع المغرب"),
    # the date dates the statement: the speaker stays, before what follows إن
    ("وقال وزير الخارجية، الخميس، إن بلاده سترسل مساعدات إلى اليمن.", "الخميس",
     "وزير الخارجية: بلاده سترسل مساعدات إلى اليمن"),
    # speaker first, then the verb
    ("السلطات المحلية أوضحت في بلاغ لها، اليوم، أن الحريق لم يخلف ضحايا.", "اليوم",
     "السلطات المحلية: الحريق لم يخلف ضحايا"),
    # the date dates what is said: only the statement
    ("وأكد الوزير أن الحكومة ستفتتح المستشفى الجديد في مارس المقبل.", "مارس المقبل",
     "الحكومة ستفتتح المستشفى الجديد"),
    # «أمس» inside the clause goes; the leading و goes
    ("وصل 80 مصابا إلى العاصمة عمان أمس لاستكمال علاجهم.", "أمس",
     "وصل 80 مصابا إلى العاصمة عمان لاستكمال علاجهم"),
    # «وكانت … قد» frame
    ("وكانت المحكمة قد قضت، نهاية فبراير الماضي، ببطلان الاتفاق.", "نهاية فبراير الماضي",
     "المحكمة قضت ببطلان الاتفاق"),
    # a day part with its relative day («مساء اليوم»)
    ("يرعى أمين المنطقة مساء اليوم انطلاق المهرجان الرابع بالحديقة العامة.", "مساء اليوم",
     "يرعى أمين المنطقة انطلاق المهرجان الرابع بالحديقة العامة"),
    # a sentence opening with its date
    ("وفي عام 2007 فاز شعو بمقعد في البرلمان عن حزب العهد.", "عام 2007",
     "فاز شعو بمقعد في البرلمان عن حزب العهد"),
    # و is «and» in «وزار», a root letter in «وزير»
    ("وزار وزير الخارجية الرياض يوم الأحد والتقى نظيره السعودي.", "يوم الأحد",
     "زار وزير الخارجية الرياض والتقى نظيره السعودي"),
    # a relative clause set off by commas is left out; the adjunct joins its clause
    ("وتسيطر القوات الحكومية، التي يدعمها التحالف، على معظم المنطقة منذ العام الماضي، بعد معارك عنيفة.",
     "العام الماضي", "تسيطر القوات الحكومية على معظم المنطقة بعد معارك عنيفة"),
    # the mention in a relative clause: the noun it describes leads the title
    ("وشارك الفريق في البطولة التي انطلقت يوم 3 مارس بمشاركة عشرين منتخبا.", "يوم 3 مارس",
     "البطولة انطلقت بمشاركة عشرين منتخبا"),
]


# classes of titles that used to start mid-phrase, lack their subject or keep a frame without its content
CLASS_ROWS = [
    # a long clause with no phrase start near the mention: the title starts with the clause, not mid-phrase
    ("والتقى المستشار الصيني ليو خه مع وزير الخزانة الأميركي ستيفن منوتشين والممثل التجاري الأميركي روبرت "
     "لايتهايزر بعد عقد اجتماع مماثل مع الثلاثة الخميس.", "الخميس",
     "التقى المستشار الصيني ليو خه مع وزير الخزانة الأميركي ستيفن منوتشين والممثل"),
    ("واستقبل رئيس الحكومة المغربية سعد الدين العثماني وفدا من رجال الأعمال الفرنسيين برئاسة رئيس منظمة "
     "أرباب العمل خلال زيارة عمل للعاصمة الرباط يوم الأربعاء.", "يوم الأربعاء",
     "استقبل رئيس الحكومة المغربية سعد الدين العثماني وفدا"),
    ("وأعلنت الجامعة عن برنامج واسع يشمل ندوات وورشات ومعارض في مختلف الكليات والمعاهد التابعة لها لاستقبال "
     "الطلبة الجدد مطلع الشهر المقبل.", "مطلع الشهر المقبل", "أعلنت الجامعة عن برنامج واسع يشمل ندوات وورشات ومعارض"),
    ("وافتتح وزير الثقافة التونسي محمد زين العابدين معرضا للفن التشكيلي يضم أعمال خمسين فنانا من تونس "
     "والجزائر والمغرب في قاعة الأخبار يوم السبت.", "يوم السبت",
     "افتتح وزير الثقافة التونسي محمد زين العابدين معرضا للفن التشكيلي يضم أعمال"),
    # ل before a verbal noun opens a phrase («للانضمام» -> «الانضمام»)
    ("وتشمل جولته الدبلوماسية زيارة إلى فيتنام وأبو ظبي قبل التوجه إلى بروكسل للانضمام إلى ترمب لحضور قمة "
     "حلف شمال الأطلسي الأسبوع المقبل.", "الأسبوع المقبل", "الانضمام إلى ترمب لحضور قمة حلف شمال الأطلسي"),
    ("ويسافر المنتخب الوطني لكرة القدم إلى العاصمة الكاميرونية ياوندي في رحلة خاصة تقله مع الجهاز الفني والإداري "
     "لاستكمال تحضيراته للمباراة الحاسمة أمام المنتخب الكاميروني يوم الجمعة.", "يوم الجمعة",
     "استكمال تحضيراته للمباراة الحاسمة أمام المنتخب الكاميروني"),
    # a bare verb after بعدما / بعد أن / ثم / كما takes the subject of the sentence's main clause
    ("صعد المنتخب الألماني إلى الدور قبل النهائي ببطولة كأس القارات، بعدما تغلب على نظيره الكاميروني 3-1 "
     "اليوم الأحد في الجولة الثالثة.", "اليوم الأحد",
     "المنتخب الألماني تغلب على نظيره الكاميروني 3-1 في الجولة الثالثة"),
    ("تأهل نادي الوداد البيضاوي إلى نهائي دوري أبطال إفريقيا، بعد أن فاز على مضيفه الأهلي المصري بهدفين مساء السبت.",
     "مساء السبت", "نادي الوداد البيضاوي فاز على مضيفه الأهلي المصري بهدفين"),
    ("يذكر أن البرلماني المغربي السابق شعو، الذي يبلغ من العمر 52 عاما، ولد بالحسيمة، ثم هاجر إلى هولندا "
     "في ثمانينيات القرن الماضي.", "ثمانينيات القرن الماضي",
     "البرلماني المغربي السابق شعو ولد بالحسيمة ثم هاجر إلى هولندا"),
    ("وكان جونسون قد أقيل من صحيفة التايمز بسبب عدم الدقة، كما فصل من منصب المتحدث باسم حزب المحافظين عام 2004، "
     "بسبب كذبه.", "عام 2004", "جونسون فصل من منصب المتحدث باسم حزب المحافظين"),
    # … but not when the clause has the whole clause before it as its subject («مما سيؤدي»)
    ("وأقبل الإيرانيون على شراء الذهب، وذلك منذ إعلان الولايات المتحدة الانسحاب من الاتفاق النووي مع إيران، "
     "في مايو الماضي، مما سيؤدي إلى تراجع العملة.", "مايو الماضي",
     "إعلان الولايات المتحدة الانسحاب من الاتفاق النووي مع إيران"),
    # «أكد X أنه …»: the speaker is the subject of what they say about themselves
    ("وأكد عباس أنه سوف يعود إلى مكتبه الثلاثاء.", "الثلاثاء", "عباس سوف يعود إلى مكتبه"),
    ("وأعلنت الوزيرة أنها ستزور مدينة القصرين الأسبوع المقبل للاطلاع على أوضاع المستشفى الجهوي.", "الأسبوع المقبل",
     "الوزيرة ستزور مدينة القصرين للاطلاع على أوضاع المستشفى الجهوي"),
    ("وأوضح فرع الوزارة أنه تم التعميم على الخطباء بتخصيص خطبة الجمعة غدا عن الحادث.", "غدا",
     "التعميم على الخطباء بتخصيص خطبة عن الحادث"),  # «أنه تم»: no one is meant
    # a reporting verb and a quotation: the quotation is the statement, the speaker is kept
    ("وقال نتانياهو بهذا الشأن الخميس \"عندما تكونون مؤسسة أوروبية أو آسيوية وعليكم الاختيار بين إيران أو "
     "الولايات المتحدة، فالجواب واضح\".", "الخميس",
     "نتانياهو: تكونون مؤسسة أوروبية أو آسيوية وعليكم الاختيار بين إيران"),
    ("وقال المدرب في مؤتمر صحفي يوم الجمعة: «سنلعب من أجل الفوز ولا شيء غير الفوز أمام جماهيرنا».", "يوم الجمعة",
     "المدرب: سنلعب من أجل الفوز ولا شيء غير الفوز أمام جماهيرنا"),
    # a name in quotes is not a quotation; time words after the verb do not end its speaker
    ("وأعلنت اليوم الخميس شركة \"ميرسك تانكرز\" الدنماركية، وهي أكبر شركة بحرية لشحن النفط في العالم، "
     "إنها ستوقف أعمالها في إيران.", "اليوم الخميس", "شركة ميرسك تانكرز الدنماركية: ستوقف أعمالها في إيران"),
    # a frame behind «وكانت»
    ("وكانت الخطوط الجوية السعودية أعلنت في بيان نشر ليل الثلاثاء أن عطلا في نظام تخطيط الرحلات أثر على حركة "
     "النقل الجوي.", "ليل الثلاثاء",
     "الخطوط الجوية السعودية: عطلا في نظام تخطيط الرحلات أثر على حركة النقل الجوي"),
    # a statement is more than its subject and the name in apposition to it
    ("قال الرئيس الروسي فلاديمير بوتين، الأربعاء، إن الرئيس الأمريكي، دونالد ترامب، \"محق بعض الشيء\" "
     "في تقييمه لأسعار النفط.", "الأربعاء",
     "الرئيس الروسي فلاديمير بوتين: الرئيس الأمريكي دونالد ترامب محق بعض الشيء"),
    # relative clauses: the noun before the commas, not the verb of its clause; a copula leaves it to the clause
    ("واستدعى مانشيني، الذي تم تعيينه في 14 مايو، بالوتيلي بعد غياب عن المنتخب لمدة أربع سنوات.", "في 14 مايو",
     "مانشيني تم تعيينه"),
    ("وحدد مادورو موعدا مبكرا للانتخابات الرئاسية التي باتت في أبريل، بعد أن كانت مقررة في نهاية السنة.",
     "في أبريل", "وحدد مادورو موعدا مبكرا للانتخابات الرئاسية"),
    ("وحصل جنوب السودان الذي يضم عدة إثنيات على استقلاله عن السودان في 2011 بعد حرب طويلة ودامية استمرت عقودا.",
     "في 2011", "حصل جنوب السودان الذي يضم عدة إثنيات على استقلاله عن السودان"),
    # ف opening a verb is a root letter, not «so» + a preposition («فتحت» is no «ف» + «تحت»)
    ("وقد وصل أكثر من مليون مهاجر إلى ألمانيا بعد أن فتحت ميركل الأبواب لطالبي اللجوء السوريين في عام 2015.",
     "في عام 2015", "فتحت ميركل الأبواب لطالبي اللجوء السوريين"),
    # «سنة» before a year the matcher left out goes with it
    ("ولد الشاعر محمود درويش سنة «1941» في قرية البروة بالجليل.", "1941", "ولد الشاعر محمود درويش في قرية البروة بالجليل"),
    # «في الـ 18 من نوفمبر»: the article written apart goes with the date
    ("وولدت كريمة عبود في الـ 18 من نوفمبر عام 1896 في مدينة الناصرة شمالي فلسطين.", "18 من نوفمبر عام 1896",
     "ولدت كريمة عبود في مدينة الناصرة شمالي فلسطين"),
]


@pytest.mark.parametrize("sentence, when, expected", ROWS + CLASS_ROWS)
def test_title_rows(sentence, when, expected):
    assert title_of(sentence, when).text == expected


def test_borrowed_subject_is_the_actor():
    germany = next(row for row in CLASS_ROWS if row[2].startswith("المنتخب الألماني"))
    assert title_of(germany[0], germany[1]).actor == "المنتخب الألماني"
    assert title_of("وأكد عباس أنه سوف يعود إلى مكتبه الثلاثاء.", "الثلاثاء").actor == "عباس"


def test_a_name_after_la_is_not_a_verbal_noun():
    sentence = ("واجتمع الوزير في موسكو مع نظيره الروسي سيرجي لافروف والوفد المرافق له لبحث ملفات المنطقة "
                "والعلاقات الثنائية بين البلدين مساء الاثنين.")
    text = title_of(sentence, "مساء الاثنين").text
    assert not text.startswith("افروف"), text


def test_actor_is_the_speaker_when_the_statement_is_the_happening():
    assert title_of(ROWS[1][0], "الخميس").actor == "وزير الخارجية"


def test_actor_is_the_subject_after_the_verb():
    assert title_of(ROWS[0][0], "الأربعاء").actor == "الاتحاد الأوروبي"


def test_lead_takes_the_headline_when_it_tells_the_same_happening():
    sentence = "أعلنت الوزارة اليوم الأحد عن إطلاق منصة رقمية جديدة للطلبة."
    same = "الوزارة تطلق منصة رقمية جديدة للطلبة"
    assert title_of(sentence, "اليوم الأحد", article_title=same, lead=True).text == same
    assert title_of(sentence, "اليوم الأحد", article_title="أسعار النفط ترتفع", lead=True).text == \
        "أعلنت الوزارة عن إطلاق منصة رقمية جديدة للطلبة"
    assert title_of(sentence, "اليوم الأحد", article_title=same, lead=False).text != same


def test_headline_loses_its_time_words():
    sentence = "ينطلق المهرجان الدولي للفيلم الليلة بعرض افتتاحي في الساحة الكبرى."
    title = title_of(sentence, "الليلة", article_title="المهرجان الدولي للفيلم ينطلق الليلة", lead=True)
    assert title.text == "المهرجان الدولي للفيلم ينطلق"


def test_sentence_of_dates_only_falls_back_on_the_headline():
    sentence = "وذلك منذ بداية شهر ذي القعدة وحتى الخامس من ذي الحجة."
    title = title_of(sentence, "الخامس من ذي الحجة", article_title="لا حالات وبائية بين الحجاج")
    assert title.text == "لا حالات وبائية بين الحجاج"


REL = re.compile(r"(?:^|\s|[وفبل])(?:اليوم|امس|غدا|المقبل|المقبله|القادم|القادمه|الماضي|الماضيه|الجاري|الجاريه"
                 r"|الحالي|الحاليه|المنصرم|المنصرمه|الفائت|الفائته)(?=\s|$)")
DANGLING = {normalize(w) for w in "التي الذي الذين بعدما عندما حيث لكن ولكن أن إن وأن وإن بأن كما كذلك أيضا ثم".split()}
LONG = ("وأعلنت الهيئة الوطنية للانتخابات، مساء الخميس الماضي، أن عمليات الفرز التي جرت في مختلف الدوائر الانتخابية "
        "بالمحافظات الشمالية والجنوبية أسفرت عن فوز مرشحي الائتلاف الحاكم بأغلبية المقاعد في البرلمان الجديد "
        "الذي سيعقد أولى جلساته في الأسبوع المقبل بحضور رئيس الدولة وممثلي البعثات الدبلوماسية المعتمدة.")


@pytest.mark.parametrize("sentence, when", [(s, w) for s, w, _ in ROWS + CLASS_ROWS] + [(LONG, "مساء الخميس الماضي"),
                                                                          (LONG, "الأسبوع المقبل")])
def test_title_properties(sentence, when):
    text = title_of(sentence, when).text
    assert text and "…" not in text and "..." not in text
    assert len(text) <= MAX_CHARS
    assert not REL.search(normalize(text)), text
    assert normalize(text.split()[0]) not in DANGLING, text
    assert all(is_whole_word(word, sentence) for word in re.findall(r"\w+", text)), "whole words only"


def is_whole_word(word: str, sentence: str) -> bool:
    """A word of the sentence, or one without the «و» or preposition it opened with («وقرر» -> «قرر»)."""
    sentence_words = set(re.findall(r"\w+", sentence))
    return word in sentence_words or any(clitic + word in sentence_words for clitic in ("و", "ف", "ب", "ك", "ل")) \
        or word.startswith("ال") and "لل" + word[2:] in sentence_words


def test_mention_words_never_in_title():
    sentence = "افتتح الرئيس يوم الثلاثاء 12 مارس 2024 المعرض الدولي للكتاب."
    text = title_of(sentence, "يوم الثلاثاء 12 مارس 2024").text
    assert text == "افتتح الرئيس المعرض الدولي للكتاب"


def test_title_is_a_dataclass_with_text_and_actor():
    title = Title("نص", None)
    assert (title.text, title.actor) == ("نص", None)
    with pytest.raises(AttributeError):
        title.text = "آخر"  # frozen


def test_mention_outside_any_clause_keeps_working():
    sentence = "2018"
    assert title_of(sentence, "2018").text == ""
    assert isinstance(headline(sentence, (0, 4), Mention("2018", 0, 4, "DATE", "2018")), Title)
