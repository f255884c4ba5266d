"""A lead sentence's title is the article's headline when the headline tells what the date dates."""
from __future__ import annotations

from timeline.events.titles import headline
from timeline_fixtures import mention


def lead_title(sentence: str, when: str, article_title: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X"), article_title=article_title,
                    lead=True).text


HEADLINE = "المنتخب الوطني يبدأ معسكرا تدريبيا في جدة"
SENTENCE = ("يبدأ المنتخب الوطني للشباب يوم الأحد المقبل معسكرا تدريبيا في جدة، استعدادا للمشاركة في بطولة آسيا "
            "للشباب، إضافة إلى دورة الألعاب العربية المقامة في الكويت في نوفمبر.")


def test_the_first_date_of_a_lead_takes_the_headline():
    assert lead_title(SENTENCE, "يوم الأحد المقبل", HEADLINE) == HEADLINE


def test_a_later_date_of_another_happening_does_not():
    title = lead_title(SENTENCE, "نوفمبر", HEADLINE)
    assert title != HEADLINE
    assert "دورة الألعاب العربية" in title


def test_a_later_date_of_the_headline_s_source_does():
    sentence = ("ستطلق الهيئة الوطنية للبريد منصة رقمية لتتبع الطرود قريبا، بحسب ما أكده، الخميس، رئيس الهيئة، "
                "سامي الورتاني.")
    headline_text = "إطلاق منصة رقمية لتتبع الطرود"
    assert lead_title(sentence, "الخميس", headline_text) == headline_text


def test_a_later_date_whose_clause_shares_the_headline_s_words_does():
    sentence = ("قررت المحكمة الابتدائية أمس تأجيل النظر في قضية الفساد المالي، وتحديد جلسة 12 أكتوبر المقبل "
                "للنظر في قضية الفساد المالي.")
    headline_text = "تأجيل النظر في قضية الفساد المالي"
    assert lead_title(sentence, "12 أكتوبر المقبل", headline_text) == headline_text


def test_a_question_headline_is_no_title():
    sentence = "يلتقي نادي الشمال بنادي الجنوب يوم السبت المقبل في نهائي كأس البلاد بالملعب الأولمبي."
    title = lead_title(sentence, "يوم السبت المقبل", "هل يتوج نادي الشمال بكأس البلاد أمام نادي الجنوب؟")
    assert "هل" not in title.split() and "؟" not in title


def test_a_media_label_goes_and_a_short_part_before_two_dots_is_a_label():
    sentence = "كشف نادي الشمال، الخميس، عن قميصه الجديد للموسم المقبل بالألوان الخضراء الكلاسيكية."
    assert lead_title(sentence, "الخميس", "بالصور.. نادي الشمال يكشف عن قميصه الجديد") == "نادي الشمال يكشف عن قميصه الجديد"
    sentence = "قال رئيس البرلمان السبت إن مشاورات تشكيل الحكومة عادت إلى نقطة الصفر بعد أشهر من الانتخابات."
    assert lead_title(sentence, "السبت", "البرلمان.. مشاورات تشكيل الحكومة تعود إلى الصفر") == \
        "البرلمان: مشاورات تشكيل الحكومة تعود إلى الصفر"


def test_a_circumstance_before_two_dots_goes_and_a_long_first_part_is_the_headline():
    sentence = "استقرت أسعار الفضة، الثلاثاء، بعد أن تراجعت في الجلسات الأربع السابقة مع صعود الدولار."
    assert lead_title(sentence, "الثلاثاء", "بعد 4 جلسات متراجعة.. أسعار الفضة تستقر") == "أسعار الفضة تستقر"
    sentence = "عقدت وزارة الصحة، الثلاثاء، مؤتمرا حول الأوضاع الصحية في المناطق الريفية بمشاركة عشر منظمات."
    assert lead_title(sentence, "الثلاثاء", "وزارة الصحة تعقد مؤتمرا حول الأوضاع الصحية في الأرياف.. والنقابات غائبة") == \
        "وزارة الصحة تعقد مؤتمرا حول الأوضاع الصحية في الأرياف"


def test_a_source_clause_s_date_is_the_report_s_and_the_main_clause_tells_what():
    sentence = "وقع المهاجم سامي العلي عقدا جديدا طويل الأمد مع ناديه بحسب ما أعلن الأخير الاثنين دون أن يكشف عن مدته."
    title = headline(sentence, (0, len(sentence)), mention("الاثنين", sentence, "DATE", "X")).text
    assert title.startswith("وقع المهاجم سامي العلي عقدا جديدا")
