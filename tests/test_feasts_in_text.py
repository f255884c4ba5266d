"""A feast in running text: the day the article gives it, and this year's feast just past (engine round 3)."""
from datetime import date

from timeline.engine import extract


def _values(text: str, dct: date, word: str) -> list[str]:
    return [m.value for m in extract(text, dct) if m.field != "title" and word in m.text]


def test_feast_takes_the_day_the_article_equated_it_with():
    # the Moroccan sighting put the feast on Monday: the article's other mention of it falls on Monday too
    text = ("ومنذ صبيحة اليوم، المصادف لعيد الفطر، حضرت القوات العمومية بكثافة.\n"
            "وكان النشطاء قد بثوا نداءات تدعو إلى جعل موعد عيد الفطر يوما للاحتجاج.")
    assert _values(text, date(2017, 6, 26), "عيد الفطر") == ["2017-06-26", "2017-06-26"]


def test_feast_of_a_call_made_before_it_is_not_next_years():
    # a future cue, but the feast fell yesterday by the table: the call was made before it
    text = "وتلقى المغاربة دعوات تدعو إلى تنظيم مسيرات يوم عيد الفطر."
    assert _values(text, date(2017, 6, 26), "عيد الفطر") == ["2017-06-25"]


def test_feast_far_ahead_still_goes_to_next_year():
    text = "وسيحتفل المسلمون بعيد الفطر في أجواء عائلية."
    assert _values(text, date(2017, 7, 10), "عيد الفطر") == ["2018-06-15"]


def test_lead_feast_is_kept():
    text = "يحتفل الموريتانيون بعيد الفطر وسط أجواء عائلية ودينية."
    assert _values(text, date(2017, 6, 25), "عيد الفطر") == ["2017-06-25"]


def test_feast_on_the_arrival_is_kept_past_the_lead():
    text = "أصدر الرئيس بيانا. وهنأ المسلمين في بلاده بحلول عيد الفطر."
    assert _values(text, date(2017, 6, 25), "عيد الفطر") == ["2017-06-25"]


def test_feast_with_another_date_in_the_sentence_is_kept():
    text = "تتزين الأسواق. ويحرص الموريتانيون الذين يحتفلون بعيد الفطر مثل غالبية الدول العربية يوم الأحد على زيارة أهاليهم."
    assert _values(text, date(2017, 6, 25), "عيد الفطر") == ["2017-06-25"]


def test_feast_with_its_weekday_is_kept_past_the_lead():
    text = "تتزين الأسواق. ويحرص الموريتانيون الذين يحتفلون بعيد الفطر يوم الأحد على زيارة أهاليهم."
    assert _values(text, date(2017, 6, 25), "عيد الفطر") == ["2017-06-25"]


def test_this_feast_is_the_feast_named_before():
    text = "يحتفل الموريتانيون بعيد الفطر وسط أجواء عائلية. وكان لافتا في خطبة هذا العيد تحذير المفتي."
    assert _values(text, date(2017, 6, 25), "العيد") == ["2017-06-25"]
    text = "تحتفل الأسر الليبية بعيد الأضحى المبارك بعد أيام. وتتزين البيوت في هذه الأعياد بالأضواء."
    assert _values(text, date(2017, 8, 28), "الأعياد") == ["2017-09-01"]


def test_this_feast_with_no_feast_named_is_no_date():
    assert _values("وكان لافتا في خطبة هذا العيد تحذير المفتي.", date(2017, 6, 25), "العيد") == []


def test_clock_time_in_a_pluperfect_sentence_takes_the_past_day_just_told():
    text = ("وكان المبتعث لقي مصرعه صباح السبت الماضي في مواقف السيارات.\n"
            "وكانت الشرطة باشرت الحادث بعد بلاغ من أحد المارة عند الساعة السادسة والنصف.")
    times = [m for m in extract(text, date(2015, 8, 11)) if "السادسة" in m.text]
    assert [str(m.span[0]) for m in times] == ["2015-08-08"]


def test_clock_time_after_a_past_day_without_pluperfect_stays_on_the_news_day():
    text = "بدأ التصويت أمس السبت في كل المكاتب.\nوينتهي التصويت في الساعة السابعة مساء."
    times = [m for m in extract(text, date(2015, 8, 9)) if "السابعة" in m.text]
    assert [str(m.span[0]) for m in times] == ["2015-08-09"]


def test_day_after_or_before_counts_from_the_day_told_a_few_paragraphs_back():
    text = ("والثلاثاء، واصل تجار البازار الكبير في طهران الإضراب.\n"
            "وبحسب شهود، فإن البازار بقي مغلقا إلى حد كبير.\n"
            "وفي اليوم السابق، دارت مواجهات محدودة بين متظاهرين والشرطة.")
    assert [m.value for m in extract(text, date(2018, 6, 27)) if "السابق" in m.text] == ["2018-06-25"]
    text = "ووصلت الأسرة إلى مقره في 14 أغسطس/آب.\nوحكت الضحية لوالديها ما حدث في اليوم التالي."
    assert [m.value for m in extract(text, date(2018, 4, 25)) if "التالي" in m.text] == ["2017-08-15"]


def test_day_after_with_no_day_told_is_no_date():
    text = "وتحكي والدة الراحل قائلة: كولشي كذبني حتى وصلتنا خبارو اليوم التالي."
    assert [m for m in extract(text, date(2017, 6, 25)) if "التالي" in m.text] == []
