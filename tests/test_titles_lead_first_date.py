"""The article's first date, told in its lead from the publication day with a weak title, takes a happening headline
telling its happening (lead_headline.py); a later date, a date of its own, or a headline of another kind keeps out."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.events.titles.lead_headline import _happening_headline, _weak_lead_title
from timeline_fixtures import mention


def lead_title(text: str, when: str, article_title: str, earlier: str = "") -> str:
    """The title of `when` in the article `earlier` + `text` (its lead sentence), whose time spans are `when`'s and
    the date in `earlier`'s sentence before it («أعلنت الوزارة يوم الأحد برنامجها.»)."""
    article = f"{earlier} {text}" if earlier else text
    spans = [(article.index("يوم الأحد"), article.index("يوم الأحد") + len("يوم الأحد"))] if earlier else []
    at = article.index(text)
    spans.append((article.index(when, at), article.index(when, at) + len(when)))
    return headline(article, (at, len(article)), mention(when, article, "DATE", "X"), article_title=article_title,
                    lead=True, time_spans=spans).text


FESTIVAL = "أفتتح أمس السبت في المهدية مهرجان الشعر العربي في دورته الأولى."
FESTIVAL_HEADLINE = "المهدية : افتتاح مهرجان الشعر العربي بمشاركة 15 دولة"
KIDNAP = "حاول مجهولون مساء الثلاثاء اختطاف تلميذين، يقيمان في جنوب مدينة قابس."
KIDNAP_HEADLINE = "محاولة اختطاف تلميذين في ڨابس"
CARTOON = "افتتحت مساء أمس السبت بفضاء الكنيسة بصفاقس التي أطلق عليها حديثا اسم \"دار الفنون\"، فعاليات المهرجان العربي."
CARTOON_HEADLINE = "صفاقس تحتضن المهرجان العربي للكاريكاتير في دورته الأولى"


@pytest.mark.parametrize("text, when, article_title", [
    (FESTIVAL, "أمس السبت", FESTIVAL_HEADLINE),  # a verb with no subject before its preposition; a town's label
    (KIDNAP, "مساء الثلاثاء", KIDNAP_HEADLINE),  # four words
    (CARTOON, "مساء أمس السبت", CARTOON_HEADLINE),  # a fragment the relative clause cut
])
def test_the_first_date_s_weak_lead_title_takes_the_headline(text, when, article_title):
    assert lead_title(text, when, article_title) == article_title.replace(" : ", ": ")


@pytest.mark.parametrize("text, when, article_title", [
    (FESTIVAL, "أمس السبت", FESTIVAL_HEADLINE),
    (KIDNAP, "مساء الثلاثاء", KIDNAP_HEADLINE),
])
def test_a_later_date_of_the_article_keeps_its_own_title(text, when, article_title):
    # another date before it in the article took the lead's happening: two events must not both take the headline
    assert lead_title(text, when, article_title, earlier="أعلنت الوزارة يوم الأحد برنامجها.") != \
        article_title.replace(" : ", ": ")


@pytest.mark.parametrize("article_title", [
    "هل ينجح مهرجان الشعر العربي في المهدية؟",  # a question
    "المندوب الجهوي للثقافة : افتتاح مهرجان الشعر العربي",  # a speaker's label
    "المهدية تفتتح مهرجان الشعر العربي الأحد المقبل",  # its own date words
    "مهرجان الشعر العربي: \"لماذا الشعر الآن\"",  # a quotation
])
def test_a_headline_of_another_kind_keeps_out(article_title):
    assert lead_title(FESTIVAL, "أمس السبت", article_title) != article_title


def test_a_headline_whose_happening_the_lead_leaves_out_keeps_out():
    # the headline tells a lodging the sentence says nothing of
    article_title = "إيواء عائلات التلاميذ في مراكز الإيواء بقابس"
    assert lead_title(KIDNAP, "مساء الثلاثاء", article_title) != article_title


def test_a_date_of_its_own_keeps_its_title():
    text = "حاول مجهولون يوم 12 مارس اختطاف تلميذين، يقيمان في جنوب مدينة قابس."
    assert lead_title(text, "يوم 12 مارس", KIDNAP_HEADLINE) != KIDNAP_HEADLINE


@pytest.mark.parametrize("title", [
    "حاول مجهولون اختطاف تلميذين",
    "وافقت على وقف لإطلاق النار في هذه المنطقة",
    "أفتتح في المهدية مهرجان الشعر العربي في دورته الأولى",
])
def test_weak_lead_titles(title):
    assert _weak_lead_title(title)


@pytest.mark.parametrize("title", [
    "الرئيس الفرنسي الجديد إيمانويل ماكرون يتسلم مهامه الرئاسية رسميا",
    "أسعار النفط ترتفع في ظل تراجع الصادرات من فنزويلا",
    "تعرضت خوادم شركات أميركية موزعة للإنترنت لهجوم إلكتروني واسع",
])
def test_lead_titles_that_stand(title):
    assert not _weak_lead_title(title)


@pytest.mark.parametrize("article_title, happening", [
    ("محاولة اختطاف تلميذين في ڨابس", True),
    ("اندلاع حريق بمسجد في تكساس", True),
    ("أموال الهيئة ورمال الأندية!", False),  # an opinion
    ("ترامب: شيء ما سيحدث ما لم تقبل إيران", False),  # a speaker's words
    ("لماذا اختار اردوغان باكو لتكون أول عاصمة يزورها؟", False),  # a question
])
def test_happening_headlines(article_title, happening):
    assert _happening_headline(article_title) is happening


def test_a_publication_day_told_with_its_date_takes_the_headline():
    # «اليوم الأحد 19 جويلية 2015»: the relative day says the date is the publication day's
    text = "حاول مجهولون مساء اليوم الثلاثاء 12 مارس 2019 اختطاف تلميذين، يقيمان في جنوب مدينة قابس."
    assert lead_title(text, "مساء اليوم الثلاثاء 12 مارس 2019", KIDNAP_HEADLINE) == KIDNAP_HEADLINE
