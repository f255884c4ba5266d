"""Two bare verbs a title must not tell of the wrong one or of no one:
a verb right after a relative pronoun («…، والذي أصيب في كتفه») belongs to the noun before the pronoun, so it
borrows neither the main clause's subject nor the article's protagonist; and a verb of witnessing whose subject was
the time expression («وسيشهد الأسبوع المقبل مباريات العودة») gives way to its object, the happening."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline

from timeline_fixtures import mention


def title_of(sentence: str, when: str, article_title: str = "") -> tuple[str, str | None]:
    title = headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X"), article_title=article_title)
    return title.text, title.actor


def title_in(text: str, opening: str, when: str, article_title: str) -> str:
    start = text.index(opening)
    end = text.index(".", start) + 1
    return headline(text, (start, end), mention(when, text, "DATE", "X"), article_title=article_title).text


@pytest.mark.parametrize("sentence, when, main_subject", [
    ("وتأثر الفريق المصري بشدة بغياب نجمه محمد صلاح، لاعب ليفربول وأحسن لاعب في الدوري الإنجليزي وهدافه أيضا، "
     "والذي أصيب في كتفه في نهائي دوري أبطال أوروبا، الشهر الماضي.", "الشهر الماضي", "الفريق المصري"),
    ("واستعاد المنتخب الوطني خدمات مهاجمه يوسف النصيري وصانع ألعابه وقائده أيضا، والذي تعافى من الإصابة "
     "في ركبته خلال مباراة الودية، الأسبوع الماضي.", "الأسبوع الماضي", "المنتخب الوطني"),
    ("وافتقد النادي الأهلي جهود مدافعه الدولي وأحد أعمدة الخط الخلفي وقائده كذلك، والذي تعرض للطرد في مباراة "
     "القمة، يوم الأحد الماضي.", "يوم الأحد الماضي", "النادي الأهلي"),
])
def test_a_verb_after_a_relative_pronoun_borrows_no_main_subject(sentence, when, main_subject):
    text, actor = title_of(sentence, when)
    assert not text.startswith(main_subject) and actor != main_subject


COOPER = ("يدرب الأرجنتيني هيكتور كوبر منتخب مصر. وقال كوبر إن الفريق جاهز. ودافع كوبر عن اختياراته. "
          "وتأثر الفريق المصري بغياب نجمه محمد صلاح، لاعب ليفربول وهدافه أيضا، والذي أصيب في كتفه في نهائي دوري "
          "أبطال أوروبا، الشهر الماضي.")


def test_a_verb_after_a_relative_pronoun_is_not_told_of_the_protagonist():
    title = title_in(COOPER, "وتأثر", "الشهر الماضي", "كوبر يدافع عن اختياراته قبل المونديال")
    assert "كوبر" not in title and "أصيب في كتفه" in title


@pytest.mark.parametrize("sentence, when, expected", [
    ("وسيشهد الأسبوع المقبل أيضا مباريات العودة لكل من تشيلسي الإنجليزي وبرشلونة الإسباني، في إسبانيا.",
     "الأسبوع المقبل", "مباريات العودة لكل من تشيلسي الإنجليزي وبرشلونة الإسباني"),
    ("ويشهد يوم الأحد افتتاح المعرض الدولي للكتاب بالدار البيضاء.", "يوم الأحد",
     "افتتاح المعرض الدولي للكتاب بالدار البيضاء"),
    ("وتشهد الأيام المقبلة مشاورات مكثفة بين الأحزاب لتشكيل الحكومة الجديدة.", "الأيام المقبلة",
     "مشاورات مكثفة بين الأحزاب لتشكيل الحكومة الجديدة"),
])
def test_a_time_subject_leaves_the_witnessed_happening(sentence, when, expected):
    text, actor = title_of(sentence, when)
    assert text == expected and actor is None


@pytest.mark.parametrize("sentence, when, expected", [
    # the time words are an adverb: the definite noun after them is the verb's own subject
    ("وتشهد الجمعية الوطنية الفرنسية ومجلس الشيوخ الفرنسي الاثنين نقاشا من دون تصويت للضربات.", "الاثنين",
     "تشهد الجمعية الوطنية الفرنسية ومجلس الشيوخ الفرنسي نقاشا من دون تصويت للضربات"),
    ("وتشهد العاصمة الرباط يوم السبت المقبل انطلاق فعاليات المهرجان الدولي.", "يوم السبت المقبل",
     "تشهد العاصمة الرباط انطلاق فعاليات المهرجان الدولي"),
])
def test_a_witnessing_verb_with_its_own_subject_stays(sentence, when, expected):
    assert title_of(sentence, when)[0] == expected


@pytest.mark.parametrize("sentence, when, expected", [
    # a noun with a possessive pronoun, then a name in apposition: the relative clause describes the name, which
    # names the clause's verb its subject (not «بشدة بغياب نجمه محمد صلاح أصيب …»)
    ("وتأثر الفريق المصري بشدة بغياب نجمه محمد صلاح الذي أصيب في كتفه في نهائي دوري أبطال أوروبا الشهر الماضي.",
     "الشهر الماضي", "محمد صلاح أصيب في كتفه في نهائي دوري أبطال أوروبا"),
    ("وتأثر الفريق المصري بشدة بغياب نجمه محمد صلاح، والذي أصيب في كتفه في نهائي دوري أبطال أوروبا، الشهر الماضي.",
     "الشهر الماضي", "محمد صلاح أصيب في كتفه في نهائي دوري أبطال أوروبا"),
    ("واستعاد المنتخب الوطني خدمات مهاجمه يوسف النصيري، الذي تعافى من الإصابة في ركبته خلال مباراة ودية الأسبوع "
     "الماضي.", "الأسبوع الماضي", "يوسف النصيري تعافى من الإصابة في ركبته خلال مباراة ودية"),
])
def test_a_verb_after_a_relative_pronoun_is_told_of_the_name_it_describes(sentence, when, expected):
    assert title_of(sentence, when)[0] == expected


@pytest.mark.parametrize("sentence, when, expected", [
    # an apposition set off by commas between the name and the relative clause: the clause is still the name's
    ("وتأثر الفريق المصري بشدة بغياب نجمه محمد صلاح، لاعب ليفربول وأحسن لاعب في الدوري الإنجليزي وهدافه أيضا، "
     "والذي أصيب في كتفه في نهائي دوري أبطال أوروبا، الشهر الماضي.", "الشهر الماضي",
     "محمد صلاح أصيب في كتفه في نهائي دوري أبطال أوروبا"),
    ("وافتقد النادي الأهلي جهود مدافعه أيمن أشرف، لاعب المنتخب وأحد أعمدة الخط الخلفي، والذي تعرض للطرد في مباراة "
     "القمة، يوم الأحد الماضي.", "يوم الأحد الماضي", "أيمن أشرف تعرض للطرد في مباراة القمة"),
    ("واستعاد المنتخب الوطني خدمات المهاجم يوسف النصيري، لاعب ليغانيس الإسباني، الذي تعافى من الإصابة في ركبته "
     "خلال مباراة ودية، الأسبوع الماضي.", "الأسبوع الماضي", "يوسف النصيري تعافى من الإصابة في ركبته خلال مباراة ودية"),
])
def test_a_relative_clause_after_an_apposition_is_told_of_the_name_before_it(sentence, when, expected):
    assert title_of(sentence, when)[0] == expected


@pytest.mark.parametrize("sentence, when", [
    # no name before the apposition's comma (a common noun): no name is guessed, nor the main clause's subject lent
    ("وتأثر الفريق بغياب المدافع، لاعب المنتخب، والذي أصيب في كتفه في المباراة، الشهر الماضي.", "الشهر الماضي"),
    ("وتأثر الفريق بغياب المدافع، أحد أعمدة الخط الخلفي، والذي أصيب في كتفه في المباراة، الشهر الماضي.",
     "الشهر الماضي"),
])
def test_no_name_before_the_apposition_lends_no_main_subject(sentence, when):
    text, actor = title_of(sentence, when)
    assert not text.startswith("الفريق") and actor != "الفريق"


@pytest.mark.parametrize("sentence, when, unexpected", [
    # the clause between the commas is the name itself, after a conjunct: not an apposition after a name
    ("هدد الرئيس الأمريكي بفرض عقاب شديد على المملكة في حال ثبوت ضلوعها باغتيال الصحفي والكاتب السعودي، جمال "
     "خاشقجي، الذي اختفى بعد دخوله للقنصلية السعودية في إسطنبول مطلع الشهر الجاري.", "مطلع الشهر الجاري", "الكاتب"),
    # an adverbial accusative opens no apposition («إنفاذا لما عرف …»)
    ("أعلن عن توقيع اتفاقية تجمع حكومة البلاد مع السعودية والإمارات والكويت، إنفاذا لما عرف باجتماع مكة المكرمة، "
     "الذي عقد في شهر يونيو/ حزيران الماضي، بحضور العاهل الأردني.", "في شهر يونيو/ حزيران الماضي", "الإمارات"),
])
def test_what_is_no_apposition_after_a_name_lends_no_name(sentence, when, unexpected):
    assert unexpected not in title_of(sentence, when)[0]
