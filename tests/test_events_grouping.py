"""Same-event grouping within one article (issue 7): later mentions of the same happening join its
event — a story retold lower down, a clock time told after its day, a local time and its UTC twin,
a range of days and its first day, a demonstrative pointing back — and different happenings of one
day stay apart. Phrasings are from corpus articles (shortened)."""
from __future__ import annotations

from datetime import date

import timeline
from timeline.events import build_events

from timeline_fixtures import article


def grouped(text: str, published: date) -> list[list[str]]:
    """The body mention texts of each event, in reading order."""
    doc = article(text, published=published)
    events = build_events([(doc, timeline.extract_article(doc))])
    return [[m.text for m in sorted(e.mentions, key=lambda m: m.start) if m.field == "text"] for e in events]


def together(groups: list[list[str]], *texts: str) -> bool:
    return any(all(t in g for t in texts) for g in groups)


# --- a story retold lower down with the same day

def test_a_retold_lead_joins_even_when_the_sentences_other_event_words_differ():
    text = ("توفيت الخميس المغنية الأمريكية أريثا فرانكلين ملكة موسيقى السول في منزلها في ديترويت عن عمر ناهز 76 عاما. "
            "رحلت عن عالمنا يوم الخميس المغنية الأمريكية أريثا فرانكلين ملكة موسيقى السول عن عمر ناهز 76 عاما، "
            "بعد مسيرة حافلة نالت خلالها جوائز عديدة.")
    assert together(grouped(text, date(2018, 8, 17)), "الخميس", "يوم الخميس")


def test_a_retold_departure_joins():
    text = ("يغادر الرئيس الأميركي المنتهية ولايته باراك أوباما غدا الجمعة البيت الأبيض، بعد أن أمضى فيه ثماني سنوات. "
            "وقال أوباما إنه يرغب في الراحة. "
            "ويغادر أوباما غدا البيت الأبيض ليدخله الرئيس المنتخب دونالد ترامب، الذي فاز في انتخابات نوفمبر الماضي.")
    assert together(grouped(text, date(2017, 1, 19)), "غدا الجمعة", "غدا")


def test_a_retold_crossing_reopening_joins():
    text = ("أعلنت السلطات الإسرائيلية أنها ستفتح جزئيا معبر كرم أبو سالم الرئيسي للبضائع مع قطاع غزة الثلاثاء. "
            "وقال وزير الدفاع إن القرار جاء بعد هدوء نسبي. "
            "تعيد إسرائيل الثلاثاء فتح معبر كرم أبو سالم الرئيسي للبضائع مع قطاع غزة، بعد أن أغلقته الشهر الجاري.")
    groups = grouped(text, date(2018, 7, 24))
    assert sum(g.count("الثلاثاء") for g in groups if len(g) > 1) == 2


def test_one_side_with_no_event_word_joins_on_half_its_words():
    text = ("فقد تغلبت تونس على إيران أيضا بهدف نظيف الجمعة الماضي. وسجل وهبي الخزري هدف المباراة. "
            "وكان نسور قرطاج تغلبوا في مباراتهم الأولى على إيران بهدف نظيف أيضا يوم الجمعة الماضي.")
    assert together(grouped(text, date(2018, 3, 27)), "الجمعة الماضي", "يوم الجمعة الماضي")


def test_a_case_heard_on_a_day_said_twice_joins():
    text = ("وسوف يتم النظر في القضية يوم 31 مايو/ أيار المقبل. وأوقف اللاعب عن اللعب. "
            "وسوف يتم النظر في هذه القضية أيضا يوم 31 مايو/ أيار.")
    assert together(grouped(text, date(2018, 4, 12)), "يوم 31 مايو/ أيار المقبل", "يوم 31 مايو/ أيار")


def test_two_calls_with_two_countries_stay_apart():
    text = ("أجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - اتصالاً هاتفياً أمس الأول "
            "بفخامة الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية أكد خلاله على متانة العلاقات. "
            "وتلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - اتصالاً هاتفياً أمس الأول "
            "من فخامة الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية جدد خلاله ترحيبه بخادم الحرمين الشريفين خلال "
            "زيارته الخاصة لفرنسا.")
    groups = grouped(text, date(2015, 8, 8))
    assert sorted(g.count("أمس الأول") for g in groups) == [1, 1], groups


def test_boilerplate_shared_away_from_the_dates_does_not_join_two_happenings():
    text = ("أكدت مصادر صحافية في محافظة لحج، جنوبي اليمن، أمس، أن مقاتلي المقاومة أجبروا مسلحي جماعة الحوثي، "
            "المدعومين بقوات عسكرية موالية للرئيس المخلوع صالح، على التراجع. "
            "كما استهدف طيران التحالف أمس مبنى تتخذه الميليشيات نقطة تمركز عسكرية، في مدينة يسيطر عليها الحوثيون "
            "والقوات العسكرية الموالية للرئيس السابق علي صالح.")
    groups = grouped(text, date(2015, 8, 8))
    assert not any(g.count("أمس") == 2 for g in groups)


def test_a_happening_retold_with_other_figures_around_it_joins():
    # the tolls are what the sentences add about the earthquake; the clauses of the dates hold no figures
    text = ("انتشال جثث 34 طالبا قضوا في انهيار أرضي اجتاح كنيستهم، ونجم عن الزلزال الذي ضرب جزيرة سولاويزي الجمعة. "
            "وقال الصليب الأحمر إن العمل صعب. "
            "تكافح السلطات لدفن أكثر من 800 قتيل من ضحايا الزلزال القوي الذي ضرب جزيرة سولاويزي، الجمعة الماضية، "
            "في مقبرة جماعية.")
    assert together(grouped(text, date(2018, 10, 2)), "الجمعة", "الجمعة الماضية")


def test_a_happening_retold_around_a_date_alone_between_commas_joins():
    # the date alone between commas dates the clause before it; the two clauses tell the earthquake in the same words
    text = ("انتشال جثث 34 طالبا قضوا في انهيار أرضي، ونجم عن الزلزال الذي ضرب جزيرة سولاويزي الجمعة. "
            "وقالت المتحدثة إن العمل صعب. "
            "تكافح السلطات لدفن أكثر من 800 قتيل من ضحايا الزلزال القوي الذي ضرب البلاد، الجمعة الماضية، في مقبرة جماعية.")
    assert together(grouped(text, date(2018, 10, 2)), "الجمعة", "الجمعة الماضية")


def test_a_happening_placed_in_a_town_and_told_again_in_its_country_joins():
    # «ضرب جزيرة سولاويزي» places the first at the island; the second goes on with the headline's Indonesia:
    # one place inside the other is no second place
    text = ("تمكن عمال الإنقاذ من انتشال جثث 34 طالبا، ونجم عن الزلزال الذي ضرب جزيرة سولاويزي الجمعة. "
            "وقالت المتحدثة إن العمل صعب. "
            "تكافح السلطات لدفن أكثر من 800 قتيل من ضحايا الزلزال القوي الذي ضرب البلاد، الجمعة الماضية، "
            "في مقبرة جماعية.")
    doc = article(text, title="\"وحش\" إندونيسيا المدمر يلاحق الطلاب", published=date(2018, 10, 2))
    events = build_events([(doc, timeline.extract_article(doc))])
    assert "سولاويزي" in {e.place for e in events}
    assert any({"الجمعة", "الجمعة الماضية"} <= {m.text for m in e.mentions} for e in events)


def test_two_towns_of_one_country_stay_two_places():
    from timeline.events.merge import _two_places
    from timeline.events.places import gazetteer
    from timeline.terms import words
    g = gazetteer()
    sulawesi, indonesia, makassar = (g.find(words(n))[0].entry.place for n in ("سولاويزي", "إندونيسيا", "ماكاسار"))
    assert not _two_places(sulawesi, indonesia) and not _two_places(indonesia, sulawesi)
    assert _two_places(sulawesi, makassar)


def test_a_volcano_told_three_times_joins():
    text = ("أعلنت السلطات أن حصيلة الضحايا الذين سقطوا جراء ثوران بركان فويغو الأحد بلغت 109 قتلى. "
            "هذه هي حصيلة ثوران بركان فويغو يوم الأحد الماضي.")
    assert together(grouped(text, date(2018, 6, 9)), "الأحد", "يوم الأحد الماضي")


def test_another_happening_of_its_kind_the_same_day_stays_apart():
    text = ("أدان مسؤول كبير في الأمم المتحدة مقتل 22 طفلا في غارة جوية شنها التحالف على اليمن، الخميس. "
            "وكان الأطفال يحاولون الهرب عندما استهدفت الغارة حافلتهم، الخميس. "
            "وقال مساعد الأمين العام إن غارة أخرى اليوم الخميس قتلت أربعة أطفال آخرين.")
    groups = grouped(text, date(2018, 8, 25))
    assert not any("اليوم الخميس" in g and len(g) > 1 for g in groups), groups


def test_two_results_of_one_day_with_their_own_scores_stay_apart():
    text = ("فاز الترجي على النجم الساحلي بنتيجة 2-1 في مباراة الدوري يوم الأحد. "
            "وقال المدرب إن الفريق لعب جيدا. "
            "وفاز الإفريقي على النادي الصفاقسي بنتيجة 3-0 في مباراة الدوري يوم الأحد.")
    groups = grouped(text, date(2017, 3, 14))
    assert not any(g.count("يوم الأحد") == 2 for g in groups), groups


# --- a clock time told after its day

def test_a_clock_time_in_a_later_sentence_joins_the_day_told_before():
    text = ("يتسلم الرئيس الفرنسي الجديد إيمانويل ماكرون، اليوم الأحد، مهامه الرئاسية رسميا. "
            "وبدأت مراسم تسليم السلطة في قصر الإليزيه بباريس عند الساعة العاشرة، وسط استنفار أمني.")
    assert together(grouped(text, date(2017, 5, 14)), "اليوم الأحد", "الساعة العاشرة")


def test_a_start_at_a_clock_time_joins_the_festival_of_that_day():
    text = ("تنظم دار الثقافة بسوسة مهرجان الموسيقى يوم الخميس 18 ماي. "
            "وستنطلق الفعاليات على الساعة العاشرة صباحا.")
    assert together(grouped(text, date(2017, 5, 16)), "يوم الخميس 18 ماي", "الساعة العاشرة صباحا")


def test_a_clock_time_of_another_kind_of_happening_stays_apart():
    text = ("يلعب الترجي مباراته أمام النجم الساحلي يوم الخميس 18 ماي بملعب رادس. "
            "وسيعقد المدرب ندوة صحفية على الساعة العاشرة صباحا.")
    assert not together(grouped(text, date(2017, 5, 16)), "يوم الخميس 18 ماي", "الساعة العاشرة صباحا")


# --- a local time and its UTC twin

def test_a_local_time_and_its_utc_twin_are_one_time():
    for text, published, local, utc in [
        ("وقال الناشط إن الضربات الروسية بدأت حوالى الساعة 22:30 (19:30 بتوقيت غرينتش) وتوقفت بعد منتصف الليل.",
         date(2018, 6, 24), "الساعة 22:30", "19:30 بتوقيت غرينتش"),
        ("وتبدأ المباراة مساء الأربعاء (الساعة 20:45 بتوقيت باريس، 18:45 توقيت غرينتش) على ملعب سانتياغو برنابيو.",
         date(2018, 2, 14), "الساعة 20:45", "18:45 توقيت غرينتش"),
        ("وأعلن فريق الإسعاف وفاتها في الساعة 18:10 بالتوقيت المحلي (16:10 بتوقيت غرينيتش) اليوم.",
         date(2017, 4, 27), "الساعة 18:10", "16:10 بتوقيت غرينيتش"),
    ]:
        groups = grouped(text, published)
        assert together(groups, local, utc), (text, groups)


def test_two_clock_times_of_one_day_stay_apart():
    text = "أقلعت الطائرة الساعة 18:00 من نيودلهي ووصلت إلى تل أبيب الساعة 22:10 الخميس."
    assert not together(grouped(text, date(2018, 3, 22)), "الساعة 18:00", "الساعة 22:10")


# --- a range of days and its first day; a demonstrative pointing back

def test_a_range_of_days_and_its_first_day_in_one_sentence_join():
    for text, published, days, day in [
        ("تخوض الاندية التونسية يومي 20 و 21 جوان 2017 مقابلات الجولة الرابعة، وتنطلق المقابلات الثلاثاء 20 جوان 2017 "
         "بملعب رادس.", date(2017, 6, 6), "يومي 20 و 21 جوان 2017", "الثلاثاء 20 جوان 2017"),
        ("وأضاف الشاهد في كلمته، مساء اليوم الإثنين في افتتاح المؤتمر الوزاري المنعقد بتونس من 5 إلى 7 سبتمبر الجاري، "
         "أن الفساد خطر.", date(2016, 9, 5), "من 5 إلى 7 سبتمبر الجاري", "مساء اليوم الإثنين"),
    ]:
        assert together(grouped(text, published), days, day), text


def test_a_demonstrative_points_back_at_the_happening_named_before():
    text = ("تنظم جمعية مخرجي الأفلام التونسيين من 18 الى 22 فيفري 2015 الدورة الرابعة لتظاهرة ملتقى المخرجين. "
            "و تفتتح هذه التظاهرة يوم الاربعاء 18 فيفري 2015 بعرض شريطين بقاعة الريو بالعاصمة.")
    assert together(grouped(text, date(2015, 2, 16)), "من 18 الى 22 فيفري 2015", "يوم الاربعاء 18 فيفري 2015")


def test_a_night_across_two_days_is_not_a_range_its_first_day_joins():
    text = ("شن جيش الاحتلال ليل الأربعاء الخميس غارة جوية على منشآت لحركة حماس في قطاع غزة. "
            "وكانت دبابات إسرائيلية قد ضربت، الأربعاء، عدة مواقع لحماس في القطاع.")
    assert not together(grouped(text, date(2018, 5, 17)), "ليل الأربعاء الخميس", "الأربعاء")


# --- a day pointed at; a part of the day and a clock time within it

def test_a_day_pointed_at_joins_the_happening_of_that_day_told_before():
    text = ("أهدت امرأة تركية زوجها هدية مختلفة بمناسبة عيد الحب الذي صادف وضعها لمولودها. "
            "وقالت في الفيديو: كنت تنتظر قدومه خلال الأيام القادمة لكنه أتى هذا اليوم لذا سأقدمه لك كهدية.")
    assert together(grouped(text, date(2017, 2, 15)), "عيد الحب", "هذا اليوم")


def test_another_happening_the_same_day_stays_apart():
    text = ("انطلقت الدورة السادسة لقمة عرب نت الرقمية اليوم الاثنين في مركز المؤتمرات بدبي. "
            "في اليوم نفسه، أقيم منتدى المال بمشاركة عدد من المصارف.")
    assert not together(grouped(text, date(2018, 4, 30)), "اليوم الاثنين", "اليوم نفسه")


def test_a_clock_time_within_the_part_of_day_told_before_it_in_the_sentence_joins():
    for text, published, part, clock in [
        ("كان المقيم الهندي مساء الأحد الماضي يقوم بعمله في حراسة معدات الشركة، وفي حدود الساعة التاسعة مساءً "
         "فوجئ بمجهول يطعنه.", date(2015, 8, 5), "مساء الأحد الماضي", "الساعة التاسعة مساءً"),
        ("تقدم المخرجة التونسية اسمهان لحمر مساء الاثنين 5 ديسمبر العرض ما قبل الأول لفيلمها، وذلك بقاعة الكوليزي "
         "بالعاصمة انطلاقا من الساعة السابعة مساء.", date(2016, 12, 4), "مساء الاثنين 5 ديسمبر", "الساعة السابعة مساء"),
    ]:
        assert together(grouped(text, published), part, clock), text


def test_a_clock_time_outside_the_part_of_day_stays_apart():
    text = "كان الحارس صباح الأحد يقوم بعمله في الموقع، وفي حدود الساعة التاسعة مساءً وقع الحادث."
    assert not together(grouped(text, date(2015, 8, 5)), "صباح الأحد", "الساعة التاسعة مساءً")


# --- a day and its twin in another calendar or under another name

def test_a_date_and_its_twin_joined_by_almuwafiq_are_one_mention_whatever_their_spans():
    for text, published, first, second in [
        # (not after «منذ»: «ومنذ صبيحة اليوم، المصادف لعيد الفطر، …» is the edge of a period, no event at all)
        ("وحضرت صبيحة اليوم، المصادف لعيد الفطر، القوات العمومية بالحسيمة بكثافة تحسبا لأي احتجاج.",
         date(2017, 6, 26), "اليوم", "عيد الفطر"),
        ("وافتتح المركز عام (1423) الموافق (2002م) بحضور أمير المنطقة.", date(2015, 8, 8), "1423", "2002م"),
        ("وافتتح الأمير المعرض يوم الأربعاء 28 رمضان 1436 الموافق 15 يوليو 2015 بحضور المسؤولين.",
         date(2015, 7, 20), "28 رمضان 1436", "15 يوليو 2015"),
    ]:
        groups = grouped(text, published)
        assert any(any(first in t for t in g) and any(second in t for t in g) for g in groups), (text, groups)


def test_two_dates_of_a_sentence_without_the_link_word_stay_two():
    text = "وافتتح الأمير المعرض عام 1423 وجدده في 2010 بحضور المسؤولين."
    groups = grouped(text, date(2015, 8, 8))
    assert not any(any("1423" in t for t in g) and any("2010" in t for t in g) for g in groups), groups


# --- a day pointed at is the day told before, whatever its sentence's event words

def test_a_day_pointed_at_joins_the_day_told_before_in_other_words():
    for text, published, day, pointed in [
        ("يحتفل تويتر اليوم، 23 أغسطس/ آب بعيد الميلاد الـ11 للهاشتاغ. وقد اقترح المهندس استخدام هذا الرمز. "
         "وأطلق تويتر هاشتاغ جديدا احتفاء بهذا اليوم.", date(2018, 8, 23), "اليوم، 23 أغسطس/ آب", "هذا اليوم"),
        ("وقال المتحدث إن المنتدى طرح سؤال العودة إلى الماضي، يوم 20 يونيو الجاري، قائلا إن الذين خرجوا للاحتجاج "
         "في هذا اليوم كانوا يتحدثون عما يجري في الحسيمة.", date(2017, 6, 22), "يوم 20 يونيو الجاري", "هذا اليوم"),
        ("سيشهد تاريخ 19 أفريل ظهور المذنب الذي سيكون في أقرب نقطة له من الأرض، ويمكن مشاهدته بالمناظير "
         "في أوقات محددة من ذلك اليوم.", date(2017, 4, 18), "19 أفريل", "ذلك اليوم"),
    ]:
        assert together(grouped(text, published), day, pointed), (text, grouped(text, published))


# --- a few days starting on the day the sentence tells

def test_a_range_starting_on_the_day_told_in_one_sentence_joins_across_a_comma():
    text = ("بدأت روسيا مجموعة واسعة من التدريبات العسكرية، الثلاثاء، وفقا لبيان صادر عن وزارة الدفاع، "
            "حيث ستستمر تلك الفعاليات من 11 إلى 17 سبتمبر/ أيلول الجاري.")
    assert together(grouped(text, date(2018, 9, 11)), "الثلاثاء", "من 11 إلى 17 سبتمبر/ أيلول الجاري")


# --- a night across two days and its first day, the story told again in many words

def test_a_night_and_its_first_day_join_when_the_story_is_told_again():
    text = ("قالت وزارة الخارجية الروسية إن ثلاثة مواطنين روس يحملون بطاقات صحفية اغتالهم ليل الاثنين الثلاثاء "
            "قرب سيبوت وسط أفريقيا الوسطى مسلحون مجهولون. وتعمل في البلاد بعثة أممية. "
            "وأعلنت وزارة الخارجية الروسية أنه في الثلاثين من تموز/يوليو، قرب مدينة سيبوت في أفريقيا الوسطى، "
            "قتل ثلاثة مواطنين روس يحملون بطاقات صحفية.")
    assert together(grouped(text, date(2018, 8, 1)), "ليل الاثنين الثلاثاء", "الثلاثين من تموز/يوليو")


# --- a pronoun attached to a word does not hide the word the sentences share

def test_a_happening_retold_with_a_pronoun_on_its_verb_joins():
    # «ضرب» … «ضربها»: without the pronoun the sentences share three words and an event word
    text = ("تمكن عمال الإنقاذ من انتشال جثث 34 طالبا، ونجم عن الزلزال الذي ضرب جزيرة سولاويزي الجمعة. "
            "وقالت المتحدثة إن العمل صعب. "
            "ويخشى أن يرتفع عدد القتلى مع وصول رجال الإنقاذ إلى المناطق التي ضربها زلزال، بلغت قوته 7.5 درجة، "
            "الجمعة، أعقبته أمواج مد عاتية.")
    groups = grouped(text, date(2018, 10, 2))
    assert any(g.count("الجمعة") == 2 for g in groups), groups


def test_a_pronoun_is_taken_off_a_content_word_but_not_the_feminine_ending():
    from timeline.events.draft_words import _without_pronoun

    assert _without_pronoun("ضربها") == "ضرب"
    assert _without_pronoun("معسكرها") == "معسكر"
    assert _without_pronoun("قواتهم") == "قوات"
    assert _without_pronoun("قوته") == "قوته"  # ه is also ة normalised
    assert _without_pronoun("بها") == "بها"  # too short once bare


# --- a morning and an evening (or a clock time outside the morning) are two times

def test_a_morning_and_an_evening_of_one_day_stay_apart():
    for text, published, first, second in [
        ("وصلت بعثة الفريق الأول بنادي الهلال مساء أمس إلى لندن قادمة من مدينة سالزبورج النمساوية بعد أن اختتم "
         "الفريق معسكره هناك. وتحدث المدرب للصحفيين. "
         "وأجرى الفريق صباح أمس مرانه الأخير في معسكره الإعدادي بمدينة سالزبورج النمساوية.",
         date(2015, 8, 11), "مساء أمس", "صباح أمس"),
        ("أعلن المرصد السوري أن قوات النظام قصفت صباح أمس مناطق في مدينة حرستا بالغوطة الشرقية، ما أدى لاشتباكات. "
         "وقال ناشطون إن الوضع صعب. "
         "كما أعلن المرصد أن مناطق في مدينة داريا بالغوطة الغربية تعرضت بعد منتصف ليل الأحد- الاثنين لقصف من "
         "قوات النظام، ما أدى لاشتباكات.", date(2015, 8, 11), "صباح أمس", "منتصف ليل الأحد- الاثنين"),
    ]:
        groups = grouped(text, published)
        assert not any(any(first in t for t in g) and any(second in t for t in g) for g in groups), (text, groups)
