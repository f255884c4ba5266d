"""Titles an editor publishes as they are: a negated verb keeps its particle, a cut title does not end on a participle
of saying or a verbal noun of purpose whose complement went, a word said again around its date is said once, and a
title does not open on «ف» glued to its verb."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.tokens import _tokens
from timeline.events.titles.tokens import MAX_CHARS
from timeline.events.titles.cut_end import _cut_purpose, _dangling_verb, _opens_cut_phrase

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


# a title opening on a negated verb keeps «لم/لن/لا»: without it the title tells the opposite
@pytest.mark.parametrize("sentence, when, start", [
    ("ولم يتوصل المبعوث الأممي الذي عين في نيسان/أبريل 2015 إلى أي نتيجة لإنهاء النزاع.", "نيسان/أبريل 2015",
     "لم يتوصل المبعوث"),
    ("لكنه رفض التعليق على التحقيق، ولم يستذكر طبيعة الحوار الذي أجراه مع الرئيس في مارس 2017.", "مارس 2017",
     "لم يستذكر طبيعة الحوار"),
    ("وانتقدت النقابات الخطط كونها لا تعالج الفوارق ولا تفي بوعود الحكومة التي أطلقتها عام 2016.", "عام 2016",
     "لا تفي بوعود الحكومة"),
])
def test_a_negated_verb_keeps_its_particle(sentence, when, start):
    assert title_of(sentence, when).startswith(start)


# … and a verb no particle negated stays as it is
def test_a_verb_without_negation_gets_no_particle():
    assert title_of("وتوصل المبعوث الأممي الذي عين في نيسان/أبريل 2015 إلى اتفاق لإنهاء النزاع.",
                    "نيسان/أبريل 2015").split()[0] not in {"لم", "لا", "لن"}


# a participle of saying ends no title whose statement went
@pytest.mark.parametrize("sentence, when, ending", [
    ("وكان رئيس الوزراء دافع الأسبوع الماضي عن القانون قائلاً: \"سنحافظ على ضمان الحقوق المدنية للجميع\".",
     "الأسبوع الماضي", "القانون"),
    ("وافتتح وزير التجارة يوم الاثنين المعرض الدولي للصناعات التقليدية بقصر المعارض بالكرم مضيفا أن الدورة تشهد "
     "مشاركة واسعة من الحرفيين.", "يوم الاثنين", "بالكرم"),
    ("وأعلن المهرجان الثلاثاء أن أفلاما أخرى قد تضاف إلى المسابقة الرسمية في اللحظة الأخيرة مذكرا أن الفيلم الفائز "
     "سيعرض في الختام.", "الثلاثاء", "الأخيرة"),
])
def test_a_cut_title_does_not_end_on_a_participle_of_saying(sentence, when, ending):
    title = title_of(sentence, when)
    assert title.split()[-1] == ending, title


# a verbal noun of purpose whose object or preposition the cut left out goes
@pytest.mark.parametrize("sentence, when, ending", [
    ("أصدر النادي الرياضي الصفاقسي اليوم 3 بيانات متتالية للتعبير عن استنكاره لتجميد نشاط عضوين في الرابطة "
     "الوطنية لكرة القدم.", "اليوم", "متتالية"),
    ("يؤدي وزير الشؤون الثقافية محمد زين العابدين يوم الخميس زيارة إلى ولاية المنستير للإطلاع على سير عمل "
     "المؤسسات الثقافية بالجهة.", "يوم الخميس", "المنستير"),
    ("يجتمع وزراء خارجية الجزائر و مصر و تونس يوم الأحد القادم بالجزائر العاصمة لإعداد \"تقييم للوضع في ليبيا "
     "وآفاق الحل السياسي\".", "يوم الأحد القادم", "العاصمة"),
])
def test_a_cut_title_does_not_end_on_a_verbal_noun_of_purpose(sentence, when, ending):
    title = title_of(sentence, when)
    assert title.split()[-1] == ending, title


# … but a complement the verbal noun completes, or a name ending on one, stays («جاهز للإنتاج [يمكن …]»,
# «للإندونيسيين», «المعدة للتسويق [بمناسبة …]»)
@pytest.mark.parametrize("text, ending", [
    ("هو تحقيق تطوير لنظام قيادة ذاتية جاهز للإنتاج يمكن السيارات من السير", "للإنتاج"),
    ("وبذلك تدخل الدورة عامها الثامن للإندونيسيين وعامها السابع للسنغاليين", "للإندونيسيين"),
    ("حجز أطنان من الموالح الفاسدة المعدة للتسويق بمناسبة حلول الشهر", "للتسويق"),
    ("ألقى بظلال من الشك على توقعاته بأن التوصل لاتفاق سيتم قريبا", "لاتفاق"),
])
def test_a_complete_purpose_phrase_stays(text, ending):
    tokens = _tokens(text, 0, len(text))
    kept = list(range(next(i for i, t in enumerate(tokens) if t.surface == ending) + 1))
    assert not _cut_purpose(tokens, kept)


@pytest.mark.parametrize("text, ending", [
    ("أصدر النادي الرياضي 3 بيانات متتالية للتعبير عن استنكاره", "للتعبير"),
    ("على قناة مؤيدة للحكومة تبث من الخارج لتأكيد ما قالته عن ابنها", "لتأكيد"),
    ("يمكن للفنان استخدام المراب لمدة ساعة واحدة لتنفيذ عمله", "لتنفيذ"),
])
def test_a_purpose_phrase_cut_before_its_complement_goes(text, ending):
    tokens = _tokens(text, 0, len(text))
    kept = list(range(next(i for i, t in enumerate(tokens) if t.surface == ending) + 1))
    assert _cut_purpose(tokens, kept)


# a word said again after its date and a «فقط» that qualified the date is said once
@pytest.mark.parametrize("sentence, when, expected", [
    ("وأكدت الصحيفة أن الوقاية المدنية طلبت في الساعة التاسعة و29 دقيقة فقط طلبت من الشركة نشر محطتين.",
     "الساعة التاسعة و29 دقيقة", "طلبت من الشركة"),
    ("وأفاد المصدر بأن الوزارة أعلنت يوم الجمعة فقط أعلنت عن فتح المعبر أمام المسافرين.", "يوم الجمعة",
     "عن فتح المعبر"),
])
def test_a_word_said_again_after_its_date_is_said_once(sentence, when, expected):
    title = title_of(sentence, when)
    assert expected in title and len(title.split()) == len(set(title.split())), title


# «ف» glued to a verb the lexicon knows does not open a title
@pytest.mark.parametrize("sentence, when", [
    ("أما عند الساعة الثامنة في اليوم ذاته فينطلق حفل أمانة المحافظة في المتنزه الجديد.", "الساعة الثامنة"),
    ("وبعد الاستراحة في منتصف النهار فيعلن المنظمون أسماء الفائزين بالجوائز الكبرى.", "منتصف النهار"),
])
def test_a_title_does_not_open_on_fa_glued_to_its_verb(sentence, when):
    assert not title_of(sentence, when).startswith("ف")


# a title cut inside a statement that kept its subject only, no verb, tells the statement on its own (its subject
# with what it says), or, a second statement joined by و, ends on the first
@pytest.mark.parametrize("sentence, when, expected", [
    ("أما الصحيفة الثانية فكتبت أن الوحدة الوطنية لمكافحة الفساد التابعة للشرطة القضائية تدخلت أمس الجمعة للتحقيق "
     "في قضية رسائل بريد إلكترونية مسربة.", "أمس الجمعة", "الوحدة الوطنية لمكافحة الفساد التابعة للشرطة القضائية تدخلت"),
    ("ويعزز ذلك الرأي السائد بين خبراء اقتصاديين ومحللين بأن تكاليف الاقتراض قد ترتفع الشهر المقبل للمرة الثانية "
     "فقط منذ الأزمة.", "الشهر المقبل", "تكاليف الاقتراض قد ترتفع"),
])
def test_a_statement_cut_before_its_verb_is_told_on_its_own(sentence, when, expected):
    assert title_of(sentence, when).startswith(expected)


@pytest.mark.parametrize("sentence, when, ending", [
    ("وقال متحدث باسم وزارة الدفاع الأمريكية الثلاثاء إن الرئيس طلب عرضا عسكريا ضخما وأن الوزارة تنظر حاليا في "
     "التواريخ الممكنة لتنظيم العرض.", "الثلاثاء", "ضخما"),
    ("وقالت المستشارة الألمانية الخميس إنه لن تكون هناك تسوية لمجرد التسوية بين الشركاء وبأن التخلي عن فكرة البيان "
     "الختامي أمر وارد.", "الخميس", "الشركاء"),
])
def test_a_second_statement_cut_before_its_verb_goes(sentence, when, ending):
    title = title_of(sentence, when)
    assert title.split()[-1] == ending, title


# a verb joined by و, cut before the preposition of its complement, goes: the title ends on the clause before it
@pytest.mark.parametrize("text, ending", [
    ("وقاد المنتخب في بطولة أمم أفريقيا ووصل إلى المباراة النهائية", "ووصل"),
    ("الطفل المصاب لم يلقح ضد المرض ويعيش في ولاية فقيرة", "ويعيش"),
    ("وقعت الدولة على المعاهدة الدولية وانضمت إلى الاتفاق", "وانضمت"),
    ("بدأت المرحلة الأولى بالحفر الجاف وشارك في هذه المرحلة", "وشارك"),
])
def test_a_cut_title_does_not_end_on_a_conjoined_verb(text, ending):
    tokens = _tokens(text, 0, len(text))
    kept = list(range(next(i for i, t in enumerate(tokens) if t.surface == ending) + 1))
    assert _dangling_verb(tokens, kept)


@pytest.mark.parametrize("text, ending", [
    ("وقاد المنتخب في بطولة أمم أفريقيا ووزير الرياضة في المنصة", "ووزير"),  # a root و, a noun
    ("وقاد المنتخب في بطولة أمم أفريقيا ووصل أمس", "ووصل"),  # its date, not its complement, follows
    ("اجتمع رئيس الحكومة بممثلي النقابات والمنظمات في القصبة", "والمنظمات"),
    ("استقبل رئيس الحكومة وفدا عن الجمعية", "وفدا"),
])
def test_a_conjoined_noun_or_dated_verb_may_end_a_title(text, ending):
    tokens = _tokens(text, 0, len(text))
    if ending == "ووصل":
        tokens[-1].time = True
    kept = list(range(next(i for i, t in enumerate(tokens) if t.surface == ending) + 1))
    assert not _dangling_verb(tokens, kept)


# a title opening on a fronted adjunct starts on the main clause its «فقد» resumes
@pytest.mark.parametrize("sentence, when, expected", [
    ("وعلى صعيد التدريبات فقد منح المدرب الروماني اللاعبين راحة أمس بعد الحصة الصباحية.", "أمس",
     "منح المدرب الروماني اللاعبين راحة"),
    ("وعلى مستوى الإعداد البدني فقد خاض الفريق أمس حصتين تدريبيتين بملعب الحمادي.", "أمس",
     "خاض الفريق حصتين تدريبيتين"),
    ("وفي إطار الاستعدادات للموسم الجديد فقد أجرى الفريق يوم الأحد حصة تدريبية مغلقة.", "يوم الأحد",
     "أجرى الفريق حصة تدريبية مغلقة"),
])
def test_a_fronted_adjunct_gives_way_to_the_clause_it_resumes(sentence, when, expected):
    assert title_of(sentence, when).startswith(expected)


# the noun a relative clause describes, when the words before it hold a verb's subject and then its object, starts
# at the object: after a manner word on ب, or at an undefined noun heading a definite one after the subject
@pytest.mark.parametrize("sentence, when, start", [
    ("أدانت تونس بشدة الإعتداء الإرهابي الجبان الذي استهدف مساء الخميس مدينة نيس الفرنسية.", "مساء الخميس",
     "الإعتداء الإرهابي الجبان استهدف"),
    ("نشرت وزارة الخارجية الأميركية قائمة الهدايا التي قدمت للرئيس باراك أوباما في عام 2015.", "في عام 2015",
     "قائمة الهدايا قدمت"),
    ("وأكدت جمهورية ألمانيا الاتحادية برفضها الإجراءات غير القانونية التي فرضت على دولة قطر في يونيو 2017.",
     "في يونيو 2017", "الإجراءات غير القانونية فرضت"),
    ("وروت لوكالة باس نيوز الكردية قصة الرجل الذي استوقفها في الشارع يوم الجمعة.", "يوم الجمعة", "قصة الرجل"),
])
def test_a_relative_clause_describes_the_object_not_the_subject_before_it(sentence, when, start):
    assert title_of(sentence, when).startswith(start)


@pytest.mark.parametrize("sentence, when, start", [
    # a clause told from its start keeps its verb and subject; «غير» heads no object
    ("وتصدر الأرز قائمة الأغذية المخالفة التي ضبطها مفتشو الهيئة في عام 2017.", "في عام 2017", "تصدر الأرز قائمة"),
    ("وأدان الوزير بشدة الإجراءات غير القانونية التي فرضت في يونيو 2017.", "في يونيو 2017", "الإجراءات غير القانونية"),
])
def test_a_relative_clause_keeps_a_clause_told_from_its_start(sentence, when, start):
    assert title_of(sentence, when).startswith(start)


# a statement's past verb whose spelling tells no verb is known from the table: the statement is not cut before it
@pytest.mark.parametrize("word", ["نما", "بدأ", "تراجع", "وارتفع", "فاز"])
def test_a_statement_verb_the_spelling_misses_is_a_predicate(word):
    from timeline.events.titles.tokens import _tokens
    from timeline.events.titles.verb_spelling import _predicate
    assert _predicate(_tokens(word, 0, len(word))[0])


@pytest.mark.parametrize("word", ["الاقتصاد", "النفطي", "مؤتمر"])
def test_a_noun_is_no_predicate(word):
    from timeline.events.titles.tokens import _tokens
    from timeline.events.titles.verb_spelling import _predicate
    assert not _predicate(_tokens(word, 0, len(word))[0])


# a statement whose speaker's label leaves no room for its verb is told with the name alone or on its own, when
# it opens on a subject of its own; a statement whose subject is the speaker keeps the label
@pytest.mark.parametrize("sentence, when, expected", [
    ("وقال الرئيس الأميركي، دونالد ترامب، السبت، إن فصل العائلات المهاجرة على الحدود يمكن أن يردع الهجرة غير "
     "المشروعة، مشيرا إلى أنه يدرس خيارات عدة.", "السبت", "دونالد ترامب: فصل العائلات المهاجرة على الحدود يمكن أن يردع"),
    ("وقال الأمين العام المساعد للاتحاد العام التونسي للشغل يوم الاثنين إن المفاوضات بشأن الزيادة في الأجور في "
     "القطاع الخاص تسجل تقدما كبيرا.", "يوم الاثنين", "المفاوضات بشأن الزيادة في الأجور في القطاع الخاص تسجل"),
    ("وذكر التقرير الصادر عن الهيئة الاتحادية للمواصلات البرية والبحرية الثلاثاء أن نمو البنية التحتية للموانئ في "
     "دولة الإمارات يعد من أعلى المعدلات في العالم.", "الثلاثاء", "نمو البنية التحتية للموانئ في دولة الإمارات يعد"),
    ("وقالت الولايات المتحدة الخميس إن لديها مخاوف بشأن قدرة تركيا على إجراء انتخابات حرة ونزيهة في ظل حالة "
     "الطوارئ.", "الخميس", "الولايات المتحدة: لديها مخاوف"),
    ("وذكرت جريدة الوطن المقربة من الحكومة السورية الأحد أن الجيش استهدف بنيران مدفعيته الثقيلة تجمعات لتنظيم جبهة "
     "النصرة والميليشيات المتحالفة معها في ريف حماة الشمالي.", "الأحد", "جريدة الوطن المقربة: الجيش استهدف"),
])
def test_a_statement_label_gives_way_to_its_verb(sentence, when, expected):
    assert title_of(sentence, when).startswith(expected)


# a title cut at the length on a word opening a phrase (a noun before its genitive, a quantifier, a verb before its
# complement's preposition) runs on to the phrase's end, a little past the length, or ends before the phrase
@pytest.mark.parametrize("sentence, when, ending", [
    ("وكانت هيئة الطيران المدني السعودي نفت، في 7 فبراير/ شباط الماضي، أن تكون المملكة العربية السعودية قد سمحت بمرور "
     "أي رحلات طيران عبر أجوائها بين الهند وإسرائيل.", "7 فبراير/ شباط الماضي", "بمرور أي رحلات طيران"),
    ("وقالت موغيريني في 16 تموز/يوليو \"لا يمكنني القول إن كانت جهودنا ستكفي لكننا نقوم بكل ما في وسعنا لتفادي إبطال "
     "الاتفاق النووي المبرم مع إيران لأن عواقبه ستكون كارثية على الجميع\".", "16 تموز/يوليو", "نقوم بكل ما في وسعنا"),
    ("وجاء في الدراسة التي نشرتها صحيفة \"ديلي ميل\" البريطانية، الخميس أن جلوس النساء لأكثر من 10 ساعات يجعلهن يتقدمن "
     "في السن بمعدل 8 أعوام مقارنة بالمعدل الطبيعي.", "الخميس", "يجعلهن يتقدمن في السن"),
    ("وكانت وسائل إعلام تركية ذكرت، الخميس، أن القوات التركية وحلفاءها من الجيش السوري الحر سيطرت على بلدة جنديرس.",
     "الخميس", "سيطرت على بلدة جنديرس"),
])
def test_a_phrase_the_cut_opened_is_finished(sentence, when, ending):
    title = title_of(sentence, when)
    assert title.endswith(ending)
    assert len(title) <= 95


@pytest.mark.parametrize("sentence, when, ending", [
    ("يذكر أنه تم التصويت على رئاسة المملكة للجنة الخطة الاستراتيجية لتحالف رواد الأعمال لمجموعة الدول العشرين 20 YEA "
     "في تشرين الأول (أكتوبر) 2013، خلال القمة التحضيرية.", "تشرين الأول (أكتوبر) 2013", "لتحالف رواد الأعمال"),
    ("دعت رابطة أمهات المختطفين اليمنيين، الثلاثاء، العالم إلى سرعة التدخل لإنقاذ المختطفين داخل سجون ميليشيا الحوثي "
     "الانقلابية، من التعذيب.", "الثلاثاء", "لإنقاذ المختطفين"),
    ("وسيعلن وزير الداخلية ساجد جاويد، الاثنين، مجموعة من الخطوات الهادفة لتعزيز جهود السلطات الأمنية لمواجهة العنف.",
     "الاثنين", "لتعزيز جهود السلطات الأمنية"),
    ("ويقضي سميث هو الآخر حكما بالسجن لمدة 99 عاما عقوبة على عملية سطو مسلح أسفرت عن مقتل صبي في الـ 6 من عمره بإطلاق "
     "نار في عام 2008.", "عام 2008", "عملية سطو مسلح"),
])
def test_a_title_ends_before_a_phrase_it_could_not_finish(sentence, when, ending):
    title = title_of(sentence, when)
    assert title.endswith(ending)
    assert len(title) <= MAX_CHARS


# … and a title the length did not cut keeps its last word («تطبيق أي باي» is a name, not a quantifier's phrase)
@pytest.mark.parametrize("sentence, when, ending", [
    ("وأعلن تطبيق أي باي الثلاثاء إطلاق خدمة الدفع الجديدة في الصين.", "الثلاثاء", "في الصين"),
    ("وقال جاويد كريم إن الفكرة جاءته في العام 2004 بعد حادثة تسونامي التي وقعت في إندونيسيا.", "العام 2004",
     "حادثة تسونامي"),
])
def test_an_uncut_title_keeps_its_last_word(sentence, when, ending):
    assert title_of(sentence, when).endswith(ending)


@pytest.mark.parametrize("clause, last, opens", [
    ("سمحت بمرور أي رحلات", 1, True), ("نقوم بكل ما في وسعنا", 1, True), ("المختطفين داخل سجون", 1, True),
    ("جواسيس صينيين تمكنوا من زرع", 2, True), ("عقوبة على عملية سطو مسلح أسفرت عن مقتل", 5, True),
    ("خلفت ثلاث إصابات في صفوف", 2, False), ("أعلن تطبيق أي باي", 1, False), ("ووصل إلى المباراة", 0, False),
])
def test_a_word_opening_a_phrase(clause, last, opens):
    text = "قالت الهيئة الوطنية إن " + clause  # (a title of a few words before it)
    tokens = _tokens(text, 0, len(text))
    assert _opens_cut_phrase(tokens, list(range(4 + last + 1))) is opens


@pytest.mark.parametrize("title, told", [
    ("بوش تأسست", "تأسيس بوش"),
    ("لام اعتزل", "اعتزال لام"),
    ("المشروع دُشن", "تدشين المشروع"),
    ("كوريا الجنوبية انتهت", "كوريا الجنوبية انتهت"),  # a name before another verb may be what it ended
    ("أسس نقفي شركة أبراج كابيتال", "أسس نقفي شركة أبراج كابيتال"),  # opening, أسس is an active before its object
    ("الرئيس دشن المشروع الجديد", "الرئيس دشن المشروع الجديد"),
])
def test_a_name_alone_before_a_verb_of_founding_or_retiring_is_its_subject(title, told):
    from timeline.events.titles.verbal_nouns import _verbal_noun
    assert _verbal_noun(title) == told


@pytest.mark.parametrize("title, told", [
    ("الانتخابات البلدية التي ستنطلق", "انطلاق الانتخابات البلدية"),
    ("الحرب التي اندلعت", "اندلاع الحرب"),
    ("الاجتماعات التي انعقدت", "انعقاد الاجتماعات"),
    ("كوريا الجنوبية التي انتهت", "كوريا الجنوبية التي انتهت"),  # a name alone may be what it ended
    ("يقول أردوغان الذي وقع", "يقول أردوغان الذي وقع"),  # no happening verb of the lexicon
    ("المباراة التي انتهت بالتعادل", "المباراة التي انتهت بالتعادل"),  # the verb does not end the title
])
def test_a_relative_happening_verb_ending_the_title_is_told_as_its_noun(title, told):
    from timeline.events.titles.verbal_nouns import _verbal_noun
    assert _verbal_noun(title) == told
