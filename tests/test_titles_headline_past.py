"""A title is told as a headline tells it: a pluperfect in the past («كان أصدر» -> «أصدر»), no word leaning on
its context («أيضا», «في نهاية المطاف», an opening «لهذا السبب»), a precedent's frame as the happening it frames
(«سبق لها أن استخدمت» -> «استخدمت»), and a verbal noun framed by «قبل/بعد/خلال» after the main clause of the
main clause's subject («وانتقل صلاح …، قبل إعارته» -> «إعارة صلاح»)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.subject_owned import subject_owned
from timeline.events.titles.plain_statement import (
    _fate_noun, _plain_past, _without_fillers, told_plainly, _without_precedent,
)
from timeline.events.titles.verbal_nouns import _verbal_noun

from timeline_fixtures import mention

@pytest.mark.parametrize("title, expected", [
    ("شركة سامسونغ كانت أعلنت عن سحب الهاتف من السوق", "شركة سامسونغ أعلنت عن سحب الهاتف من السوق"),
    ("كوستاريكا كانت تغلبت على إسكتلندا في غلاسغو", "كوستاريكا تغلبت على إسكتلندا في غلاسغو"),
    ("أبرز السياسيين في مصر وكان قد ترشح في انتخابات الرئاسة", "أبرز السياسيين في مصر وترشح في انتخابات الرئاسة"),
    ("تعتبر بريطانيا إسرائيل حليفا وكانت منحت وعد بلفور", "تعتبر بريطانيا إسرائيل حليفا ومنحت وعد بلفور"),
    ("دار الإفتاء المصرية كانت أصدرت بياناً", "دار الإفتاء المصرية أصدرت بياناً"),
    ("الفريق السماوي كان حقق فوزا مقنعا على إيفرتون", "الفريق السماوي حقق فوزا مقنعا على إيفرتون"),
])
def test_a_pluperfect_is_told_in_the_past(title, expected):
    assert _plain_past(title) == expected


@pytest.mark.parametrize("title", [
    "قاله كارار كان منسق الإصلاحات في اللجنة",  # a noun after «كان»
    "ولد أوبير جيمس وكان شغوفا بالموضة منذ صغره",  # an adjective
    "كانت السفارة الصورية تستخدم مقرا باليا",  # a past progressive: a state
    "حين كانت الاحتجاجات الطلابية تجتاح فرنسا",
    "أفلام مهرجان كان قد عرضت في الافتتاح",  # Cannes, not «was»
    "آخر برامجه كانت برنامج أهم عشرة",
])
def test_kana_before_no_past_verb_stays(title):
    assert _plain_past(title) == title


@pytest.mark.parametrize("title, expected", [
    ("اضطرت شركة بي إم دبليو كذلك إلى الاعتذار", "اضطرت شركة بي إم دبليو إلى الاعتذار"),
    ("صعدت أيضا معظم الأسهم القيادية الأخرى", "صعدت معظم الأسهم القيادية الأخرى"),
    ("تونس تتغلب على إيران أيضا بهدف نظيف", "تونس تتغلب على إيران بهدف نظيف"),
    ("نال في نهاية المطاف نجمة ثالثة في دليل ميشلان", "نال نجمة ثالثة في دليل ميشلان"),
    ("لهذا السبب تدخل آلية التعطيل الأوروبية حيز التنفيذ", "تدخل آلية التعطيل الأوروبية حيز التنفيذ"),
    ("نتيجة لذلك تراجع رقم الأعمال الى 12,1 مليون يورو", "تراجع رقم الأعمال الى 12,1 مليون يورو"),
])
def test_a_word_leaning_on_the_context_goes(title, expected):
    assert _without_fillers(title) == expected


@pytest.mark.parametrize("title", [
    "انعكاسات حركة أنا أيضا للتنديد بالتحرش",  # the name of the movement (#MeToo)
    "لذلك التاريخ أعلن المتحدث باسم التحالف",  # a demonstrative before its noun, not «therefore»
    "بدء التصويت في القنصليات بالخارج و كذلك في عدد من الأقاليم",  # the conjunction would be left alone
    "قال أيضا ذلك",  # too short without it
    "وأعلن لهذا السبب استقالته من الحزب",  # an opening filler only where it opens the title
])
def test_a_filler_stays_where_it_is_part_of_the_phrase(title):
    assert _without_fillers(title) == title


@pytest.mark.parametrize("title, expected", [
    ("السعودية سبق لها أن استخدمت سلاح النفط ضد الدول", "السعودية استخدمت سلاح النفط ضد الدول"),
    ("سبق للإيطالي أن توج مرة أولى", "الإيطالي توج مرة أولى"),
    ("سبق أن تعرضت المملكة لموجة حارة قوية", "تعرضت المملكة لموجة حارة قوية"),
    ("سبق له أن أختير أفضل مطعم", "أختير أفضل مطعم"),
])
def test_a_precedents_frame_is_told_as_the_happening(title, expected):
    assert _without_precedent(title) == expected


@pytest.mark.parametrize("title", [
    "قائمة تضم 24 بنكا تركيا سبق أن خفضت الوكالة تصنيفهم",  # inside a relative clause
    "خبراء المناخ سبق ان تعرضت المملكة لموجة حارة",  # a «سبق أن» not opening the title
    "سبق الاجتماع بيان للحكومة",  # «preceded», no frame
])
def test_no_precedent_frame_stays(title):
    assert _without_precedent(title) == title


def test_the_headline_telling_runs_the_three():
    assert told_plainly("الجبهة كانت اقترحت أيضا جملة من الحلول") == "الجبهة اقترحت جملة من الحلول"


ARTICLE = "صلاح لاعب. صلاح هداف. رونالدو نجم. رونالدو هداف. خاشقجي كاتب. خاشقجي صحفي. "


@pytest.mark.parametrize("title, sentence, expected", [
    ("قبل إعارته إلى فيورنتينا الإيطالي",
     "وانتقل صلاح من فريق بازل إلى تشيلسي في يناير 2014، قبل إعارته إلى فيورنتينا الإيطالي في الشتاء التالي.",
     "إعارة صلاح إلى فيورنتينا الإيطالي"),
    ("بعد زيارته القنصلية السعودية في اسطنبول",
     "واختفى خاشقجي، وهو أحد منتقدي ولي العهد، بعد زيارته القنصلية السعودية في اسطنبول يوم الثلاثاء.",
     "زيارة خاشقجي القنصلية السعودية في اسطنبول"),
    ("إتمام انتقاله للسيدة العجوز",
     "ويستعد رونالدو لبدء رحلته الجديدة مع يوفنتوس بعد إتمام انتقاله للسيدة العجوز الشهر الماضي.",
     "إتمام انتقال رونالدو للسيدة العجوز"),
])
def test_a_framed_verbal_nouns_pronoun_is_the_main_clauses_subject(title, sentence, expected):
    assert subject_owned(title, sentence, ARTICLE + sentence) == expected


@pytest.mark.parametrize("title, sentence", [
    # an adjective whose phrase runs on to the name («…، رشيدة طليب،»): the subject is not sure
    ("بعد فوزها في الانتخابات التمهيدية",
     "ضمنت الأمريكية من أصول فلسطينية، رشيدة طليب، مقعدا داخل الكونغرس، بعد فوزها في الانتخابات التمهيدية أمس."),
    # a complementiser between: the clause after it has its own subject
    ("بعد زيارته القنصلية السعودية",
     "وقال خاشقجي إن صديقه اختفى، بعد زيارته القنصلية السعودية يوم الثلاثاء."),
    # a feminine subject of a future verb («ستعمل»): «دخوله» is the satellite's
    ("بعد دخوله الخدمة", "وستعمل فيسبوك مع مشغل الأقمار الصناعية، بعد دخوله الخدمة العام القادم."),
    # the verb of the other gender
    ("قبل إعارتها إلى فيورنتينا", "وانتقل صلاح من فريق بازل إلى تشيلسي، قبل إعارتها إلى فيورنتينا في الشتاء."),
])
def test_no_main_subject_where_it_is_not_sure(title, sentence):
    assert subject_owned(title, sentence, ARTICLE + sentence) == title


@pytest.mark.parametrize("title, expected", [
    ("لقي الطيار الفرنسي الشهير رولان غاروس مصرعه", "مصرع الطيار الفرنسي الشهير رولان غاروس"),
    ("سترغيس لقيت حتفها بالسم", "وفاة سترغيس بالسم"),
    ("المبتعث ريان ابراهيم لقي مصرعه في مواقف للسيارات", "مصرع المبتعث ريان ابراهيم في مواقف للسيارات"),
    ("لقي شابان سعوديان مصرعهما غرقا على شاطئ الرايس", "مصرع شابين سعوديين غرقا على شاطئ الرايس"),
    ("لقي صالح مصرعه على يد الجماعة", "مصرع صالح على يد الجماعة"),
])
def test_a_fate_verb_and_its_object_are_told_as_the_happening(title, expected):
    assert _fate_noun(title) == expected


@pytest.mark.parametrize("title", [
    "لقي شهرة واسعة بعد استخدامه في فيلم",  # another object: no fate
    "طفل رضيع أصبح خامس شخص يلقى حتفه",  # a fate inside a clause of its own
    "الشرطة الأسترالية: طفل رضيع يلقى حتفه",  # a statement is told as said
])
def test_no_fate_noun_where_the_title_tells_no_one_fate(title):
    assert told_plainly(title) == title


@pytest.mark.parametrize("sentence, when, expected", [
    ("أعلن منظمو مهرجان كان الخميس أن المخرج الفرنسي جان لوك غودار سيشارك في المسابقة الرسمية.", "الخميس",
     "منظمو مهرجان كان: المخرج الفرنسي جان لوك غودار سيشارك في المسابقة الرسمية"),
    ("وقال مدير مهرجان كان السينمائي الخميس إن الدورة ستفتتح بفيلم جديد.", "الخميس",
     "مدير مهرجان كان السينمائي: الدورة ستفتتح بفيلم جديد"),
])
def test_a_speaker_named_by_cannes_keeps_its_name(sentence, when, expected):
    assert headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text == expected


@pytest.mark.parametrize("title, expected", [
    ("ولدت آمال فهمي وتخرجت من كلية الآداب بجامعة القاهرة", "ولادة آمال فهمي"),
    ("ولد فايد ونشأ في منطقة كريل", "ولادة فايد"),
    ("ولد الروائي نجيب محفوظ بحي الجمالية وعاش في القاهرة", "ولادة الروائي نجيب محفوظ بحي الجمالية"),
])
def test_a_lifes_step_is_told_without_the_next_one(title, expected):
    assert _verbal_noun(title) == expected


@pytest.mark.parametrize("title", [
    "ولد في القاهرة وعاش في باريس",  # no subject told: the step is no one's
    "وصل الوفد ونشأ خلاف بين الطرفين",  # not a life's step
])
def test_no_life_step_without_its_subject(title):
    assert _verbal_noun(title) == title


@pytest.mark.parametrize("title, expected", [
    ("جاءت تصريحات روس خلال المؤتمر السنوي لمعهد ميلكين", "تصريحات روس خلال المؤتمر السنوي لمعهد ميلكين"),
    ("جاء الإعلان عن تعيين كارار في بيان نشره فيفا", "الإعلان عن تعيين كارار في بيان نشره فيفا"),
    ("أتت تعليقات بومبيو في جلسة استماع أمام المشرعين", "تعليقات بومبيو في جلسة استماع أمام المشرعين"),
    ("وتأتي تصريحات ابراهيمي بعد اجتماعه مع محافظ البنك المركزي", "تصريحات ابراهيمي بعد اجتماعه مع محافظ البنك المركزي"),
])
def test_a_frame_verb_opening_the_title_goes(title, expected):
    assert told_plainly(title) == expected


@pytest.mark.parametrize("title", [
    "جاء في الدراسة أن جلوس النساء يضر بصحتهن",  # «it was stated in»
    "يأتي هذا الهجوم بعد ضربات صاروخية",  # a pointer: the title would point back
    "يأتي ذلك تزامنا مع اقتراب ليفربول من المركز الثاني",
    "أتى حريق كبير على أكبر مخازن صناديق الاقتراع",  # «destroyed»: an indefinite subject
    "تأتي بعد نحو عام من إحباط عملية إرهابية",
])
def test_a_frame_verb_stays_where_it_says_something(title):
    assert told_plainly(title) == title


def test_a_frame_verb_stays_before_its_predicate():
    assert told_plainly("جاء الاعتقاد أقوى من الحقيقة") == "جاء الاعتقاد أقوى من الحقيقة"


@pytest.mark.parametrize("title, sentence, expected", [
    ("فوزه في الانتخابات", 'ومنذ فوزه في الانتخابات في 2014، قال السبسي: "سنعمل معا".', "فوز السبسي في الانتخابات"),
    ("وصوله إلى المطار", 'وبعد وصوله إلى المطار مساء الأحد، قال بومبيو: "المحادثات مثمرة".', "وصول بومبيو إلى المطار"),
])
def test_a_speaker_before_a_colon_and_quotation_owns_the_pronoun(title, sentence, expected):
    assert subject_owned(title, sentence, "السبسي. السبسي. بومبيو. بومبيو. " + sentence) == expected
