"""A title opens on the happening: not on a discourse opener («من جانب آخر», «ويأتي ذلك بعد أن», «على الصعيد ذاته»)
nor on an anniversary's frame («في مثل هذا اليوم»)."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when, expected_start", [
    ("ومن جانب آخر سيعوض المدافع سامي العلي المنتقل هذا الصيف إلى النادي غياب زميله المصاب.", "هذا الصيف",
     "سيعوض المدافع سامي العلي"),
    ("وفي شأن آخر أصدرت بلدية الواحة خلال شهر رمضان الماضي 300 رخصة بناء جديدة.", "شهر رمضان الماضي",
     "بلدية الواحة تصدر"),
    ("ويأتي ذلك بعد أن وقعت الشركة اتفاقية شراكة مع صندوق التنمية في مارس 2017.", "مارس 2017",
     "وقعت الشركة اتفاقية شراكة"),
    ("على الصعيد ذاته تنطلق تدريبات الفريق الأول مساء اليوم على الملعب البلدي.", "مساء اليوم",
     "انطلاق تدريبات الفريق الأول"),
])
def test_a_discourse_opener_goes(sentence, when, expected_start):
    assert title_of(sentence, when).startswith(expected_start)


def test_an_anniversary_frame_goes_with_its_date():
    sentence = "في مثل هذا اليوم قبل 40 عاما توفي الممثل الكوميدي سعيد الفاضل تاركا عشرات الأفلام."
    title = title_of(sentence, "اليوم")
    assert not title.startswith("في"), title
    assert "سعيد الفاضل" in title


@pytest.mark.parametrize("sentence, when, expected", [
    ("فإن هذا المذنب يعد الأكبر الذي يقترب من الأرض منذ مارس 2006 عندما مر بالأرض المذنب هالي الصغير.", "مارس 2006",
     "مر بالأرض المذنب هالي الصغير"),
    ("يذكر أن أطوار هذه القضية تعود إلى يوم 3 ماي 2016 عندما تعرض الضحية إلى اعتداء بجهة المرسى.", "يوم 3 ماي 2016",
     "تعرض الضحية إلى اعتداء بجهة المرسى"),
    ("وتتفاوض الشركتان منذ عام 2015، حينما عرقلت إدارة الرئيس السابق، سامي الحداد، محاولة سابقة للاندماج.", "عام 2015",
     "عرقلت إدارة الرئيس السابق سامي الحداد محاولة سابقة للاندماج"),
])
def test_a_date_since_or_back_to_dates_its_when_clause(sentence, when, expected):
    assert title_of(sentence, when) == expected


def test_a_filler_opening_goes():
    sentence = "جدير بالذكر أن نحو 500 مدني سقطوا بين قتيل وجريح في هجمات متفرقة في البلاد عام 2016."
    assert title_of(sentence, "عام 2016").startswith("نحو 500 مدني")


def test_a_frame_joined_by_and_before_the_mention_opens_its_statement():
    sentence = ("وقال إن الغراسات ستشمل كامل البلاد في إطار البرنامج الحكومي للغراسة وأضاف أنه تم زراعة ألف شجرة "
                "اليوم بمناسبة اليوم العالمي للشجرة.")
    assert title_of(sentence, "اليوم") == "زراعة ألف شجرة بمناسبة اليوم العالمي للشجرة"


def test_a_frame_joined_by_and_after_the_mention_stays_with_its_clause():
    sentence = "وتحدث الرئيس بلهجة حادة الجمعة وقال إن الحرب التجارية سهلة الكسب."
    assert "الحرب التجارية" in title_of(sentence, "الجمعة")


def test_no_title_ends_on_a_frame_whose_statement_was_cut():
    sentence = ("اطلعت الوكالة يوم الاثنين على تقرير ستنشره شركة معلوماتية يحلل البرنامج الخبيث فنيا وقال إن البرنامج "
                "استهدف شبكات الكهرباء في عدة دول أوروبية.")
    assert not title_of(sentence, "يوم الاثنين").endswith("وقال")


@pytest.mark.parametrize("sentence, when, expected", [
    ("الإجراءات الأمنية مشددة، فانتشر عدد كبير من رجال الشرطة السبت في شوارع العاصمة.", "السبت",
     "انتشر عدد كبير من رجال الشرطة في شوارع العاصمة"),
    ("ومن المتوقع صدور جزأين جديدين من هذه السلسلة في عام 2021.", "عام 2021", "صدور جزأين جديدين من هذه السلسلة"),
    ("وكان مقررا أن يصل اللاعب صباح الجمعة على متن طائرة تجارية، لكنه تأخر قليلا.", "صباح الجمعة",
     "يصل اللاعب على متن طائرة تجارية"),
])
def test_no_title_opens_on_so_or_an_expectation(sentence, when, expected):
    assert title_of(sentence, when) == expected


def test_fa_opening_a_name_or_noun_stays():
    assert title_of("فيلم جديد يعرض يوم الأحد في القاعات الكبرى.", "يوم الأحد").startswith("فيلم")
    assert title_of("فرنسا تستضيف القمة يوم الأحد في باريس.", "يوم الأحد").startswith("فرنسا")


@pytest.mark.parametrize("sentence, when, expected", [
    ("وبعدها بشهر فقط تولى المشاط إدارة الملف الاقتصادي.", "بعدها بشهر", "تولى المشاط إدارة الملف الاقتصادي"),
    ("وزار بعدها علييف أنقرة في الخامس والعشرين من أبريل في أول زيارة خارجية له.", "في الخامس والعشرين من أبريل",
     "علييف يزور أنقرة في أول زيارة خارجية له"),
    ("وخسر المنتخب أمام أوروغواي في 15 يونيو، بعدها يواجه روسيا ثم السعودية.", "في 15 يونيو", "خسر المنتخب أمام أوروغواي"),
])
def test_only_and_after_it_open_no_title(sentence, when, expected):
    """«فقط» left at the opening by the date it followed, «بعدها» (after it) counted from another date."""
    assert title_of(sentence, when) == expected


def test_only_still_ends_a_title():
    title = title_of("وقال الرئيس التركي الجمعة إنه يجب عدم تحويل المساجد إلى أماكن للصلاة فقط.", "الجمعة")
    assert title.endswith("للصلاة فقط")


@pytest.mark.parametrize("sentence, when", [
    ("وقال مسؤول بالخزانة الأمريكية إنه سيعاد فرض هذه العقوبات في الساعة 12.01 يوم الثلاثاء.", "في الساعة 12.01"),
    ("وأكد المتحدث أنه يعاد فتح المعبر يوم الأحد المقبل أمام المسافرين.", "يوم الأحد المقبل"),
])
def test_a_passive_again_after_anna_is_told_of_no_one(sentence, when):
    """«إنه سيعاد فرض …»: the pronoun is no one, so the speaker is not the subject («مسؤول سيعاد فرض …»)."""
    title = title_of(sentence, when)
    assert title.split()[0] in {"سيعاد", "يعاد", "إعادة"} or ": " in title


@pytest.mark.parametrize("sentence, when, expected", [
    ("تجدر الإشارة إلى ظهور تقرير من الصين خلال الشهر الماضي نشرته صحيفة إيكونومك ديلي نيوز يتحدث عن خطط شركة آبل.",
     "خلال الشهر الماضي", "ظهور تقرير من الصين نشرته صحيفة إيكونومك ديلي نيوز يتحدث عن خطط شركة آبل"),
    ("وتجدر الإشارة أن روسيا تعترف منذ عام 2005 بيوم 4 نوفمبر كعطلة رسمية في البلاد.", "منذ عام 2005",
     "روسيا تعترف كعطلة رسمية في البلاد"),
])
def test_the_filler_without_its_that_opens_no_title(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence, when, expected", [
    ("وفي أكتوبر من العام الماضي، قررت الانفصال عن زوجها بعد 11 عاماً من الزواج بسبب مزاعم التحرش وقالت في تصريح "
     "للمجلة:\" قلبي يتقطع من أجل جميع النساء اللاتي عانين منه\".", "أكتوبر من العام الماضي",
     "قررت الانفصال عن زوجها بعد 11 عاماً من الزواج بسبب مزاعم التحرش"),
    ("وافتتح الوزير المعرض يوم الأحد بحضور عدد من السفراء والمسؤولين وقال في كلمته: \"هذا المعرض نافذة على العالم\".",
     "يوم الأحد", "افتتاح الوزير المعرض بحضور عدد من السفراء والمسؤولين"),
])
def test_no_title_ends_on_a_frame_and_its_adjunct_whose_statement_was_cut(sentence, when, expected):
    """«… وقالت في تصريح للمجلة» before «: "…"»: the frame says nothing without its statement."""
    assert title_of(sentence, when) == expected
