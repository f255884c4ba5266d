"""non_event_reason on dates that name something (label): a contest's, festival's or tournament's
edition, a year an election or an award is for, a bid for games, an uprising or an attack named by its day
(«ثورة 25 يناير», «هجمات 11 سبتمبر»), a cited law's date, a budget's year, a birth year, the crescent of a month,
the years a school year or a plan covers, a year coordinated with a named year («لكأسي العالم 2026 و2030»);
and the same words dating a happening (held, won, passed, born on a day). The sentences are written for the tests,
after corpus phrasings."""
import pytest

from non_event_helpers import reason


@pytest.mark.parametrize("sentence, expression", [
    ("وتوجت المغنية السويدية بلقب مسابقة الأغنية الأوروبية لهذا العام.", "هذا العام"),
    ("ويشارك المخرج المغربي في مهرجان برلين في دورته لعام 2019 بفيلم قصير.", "عام 2019"),
])
def test_the_year_of_a_contest_or_festival_names_its_edition(sentence, expression):
    assert reason(sentence, expression, "year") == "label"


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وقبل انطلاق النسخة الجديدة للمسابقة اليوم، أنفقت الأندية مبالغ كبيرة.", "اليوم", "day"),
    ("وحصد الفيلم الذي فاز بجائزة مهرجان البندقية العام الماضي ثلاث جوائز أخرى.", "العام الماضي", "year"),
])
def test_a_contest_held_or_won_at_a_time_stays_an_event(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


def test_the_crescent_of_a_month_still_names_it():
    assert reason("وأعلنت المحكمة العليا ثبوت رؤية هلال شهر شوال مساء السبت.", "شهر شوال", "month") == "label"


@pytest.mark.parametrize("sentence, expression, nth", [
    ("وحول مواقفه السياسية قال إن ثورة 25 يناير في قلبي وعقلي ودمي، 25 يناير هي الثورة الحقيقية.", "25 يناير", 0),
    ("وحول مواقفه السياسية قال إن ثورة 25 يناير في قلبي وعقلي ودمي، 25 يناير هي الثورة الحقيقية.", "25 يناير", 1),
    ("وشارك في المسيرة نشطاء من حركة 20 فبراير وأحزاب من اليسار.", "20 فبراير", 0),
    ("وظلت الجماعة تحت المراقبة منذ سنوات، على الأقل منذ هجمات 11 سبتمبر على نيويورك.", "11 سبتمبر", 0),
])
def test_a_day_and_month_naming_an_uprising_or_an_attack_is_a_label(sentence, expression, nth):
    assert reason(sentence, expression, "day", nth=nth) == "label"


@pytest.mark.parametrize("sentence, expression", [
    # with a year the date dates the uprising; an anchor word makes it a day of now
    ("وخرج المحتجون تخليدا لانتفاضة 20 يونيو 1981 في الدار البيضاء.", "20 يونيو 1981"),
    ("ونظمت الحركة 20 فبراير الماضي وقفة أمام البرلمان.", "20 فبراير الماضي"),
    ("ودعت حركة الشباب إلى مسيرة يوم 20 فبراير.", "يوم 20 فبراير"),
])
def test_a_dated_uprising_or_a_day_after_another_word_stays_an_event(sentence, expression):
    assert reason(sentence, expression) is None


@pytest.mark.parametrize("sentence, expression", [
    ("وأفاد نص البلاغ أنه بمقتضى الأمر عدد 717 المؤرخ في 19 مارس 2001 المتعلق بضبط طرق إسناد منح التشجيع.",
     "19 مارس 2001"),
    ("وقال إن المرسوم يندرج في اختصاص الرئيس عملا بالمادة 3 من قانون الجنسية اللبنانية الصادر بتاريخ 19 يناير 1925.",
     "19 يناير 1925"),
    ("دون الحاجة إلى تنقيح القانون التوجيهي عدد 80 لسنة 2002 المؤرخ في 23 جويلية 2002 والمتعلق بالتربية.",
     "23 جويلية 2002"),
    ("والمتمم للأمر الحكومي السابق عدد 2369 الصادر في أكتوبر 2012.", "أكتوبر 2012"),
])
def test_the_date_a_cited_law_carries_is_a_label(sentence, expression):
    assert reason(sentence, expression) == "label"


@pytest.mark.parametrize("sentence, expression", [
    ("وأظهر تقرير منظمة أوبك الشهري الصادر الأربعاء تراجع إنتاج النفط الإيراني.", "الأربعاء"),
    ("وطالب المحتجون بإلغاء القرار الصادر في 6 ديسمبر بشأن القدس.", "6 ديسمبر"),
    ("وصادق البرلمان على مشروع القانون في 19 مارس 2001 بأغلبية الأصوات.", "19 مارس 2001"),
])
def test_a_report_a_decision_or_a_law_passed_stays_an_event(sentence, expression):
    assert reason(sentence, expression) is None


@pytest.mark.parametrize("sentence, expression", [
    ("وأعلن الفيفا اختيار اللاعب ضمن المرشحين في القائمة النهائية لجائزة “The Best” لأفضل لاعب في العالم، لعام 2018.",
     "عام 2018"),
    ("وحصل على لقب أفضل حارس في الدوري لهذا العام بعد تصويت الجماهير.", "هذا العام"),
])
def test_the_year_an_award_for_the_best_is_for_is_a_label(sentence, expression):
    assert reason(sentence, expression, "year") == "label"


def test_a_best_film_award_won_in_a_year_stays_an_event():
    sentence = "بعد فوز الفيلم بجائزة الأوسكار لأفضل فيلم عام 1997، تبعه فيلم آخر."
    assert reason(sentence, "عام 1997", "year") is None


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وتستعد المحافظة لاستضافة الجولة الرابعة من البطولة الشهر المقبل بمشاركة أفضل المتسابقين.", "الشهر المقبل", "month"),
    ("وأعلنت الرابطة قرارها بالإجماع باستئناف البطولة السبت 31 مارس، بعد توقف دام 3 أسابيع.", "السبت 31 مارس", "day"),
    ("ورفضت محكمة التحكيم الرياضي كاس الجمعة الاستئناف الذي تقدم به 47 رياضيا.", "الجمعة", "day"),
    ("وتقام منافسات مونديال العام المقبل في روسيا بمشاركة 32 منتخبا.", "العام المقبل", "year"),
])
def test_a_relative_time_after_a_tournament_word_is_when_it_is_held(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وسيشارك المنتخب في كأس العالم 2019 بعد غياب طويل.", "2019", "year"),
    ("وتعمل الحكومة على إعداد ميزانية العام المقبل في ظروف صعبة.", "العام المقبل", "year"),
    ("وأعلنت الوزارة عن موازنة العام المقبل التي تتضمن زيادة في الإنفاق.", "العام المقبل", "year"),
])
def test_a_tournament_named_by_its_year_and_a_budget_for_a_period_stay_labels(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "label"


# --- a birth year with the birthplace between, and an exam session or edition named by its date, are labels

@pytest.mark.parametrize("sentence, expression", [
    ("وصديقتها المدلكة المسماة سهيلة المزدادة بالرباط سنة 2019.", "سنة 2019"),
    ("وحصل الروائي المولود في عمان سنة 2019 لأبوين فلسطينيين على الجائزة.", "سنة 2019"),
    ("وكانت لجنة تحكيم دورة العام 2019 من المهرجان برئاسة المخرج.", "العام 2019"),
])
def test_a_birth_year_or_an_edition_named_by_its_year_is_a_label(sentence, expression):
    assert reason(sentence, expression, "year") == "label"


def test_a_day_of_birth_stays_a_happening():
    sentence = "كان الفنان المولود في السبت 31 مارس في حي شعبي كتلة من الكوميديا."
    assert reason(sentence, "السبت 31 مارس", "day") is None


# --- elections: a «لعام …» after them names the vote, also written as a hashtag

@pytest.mark.parametrize("sentence, expression", [
    ("فيما تعتقد السلطات الأميركية أنها محاولة للتأثير على #انتخابات_الرئاسة لعام 2016.", "لعام 2016"),
    ("أفادت مصادر باعتقال المرشح السابق للانتخابات الرئاسية في مصر لعام 2012 وخمسة من مساعديه.", "لعام 2012"),
    ("ويتهم الحزب خصومه بتزوير الانتخابات التشريعية لسنة 2014 في الجنوب.", "لسنة 2014"),
])
def test_a_year_an_election_is_for_is_its_name(sentence, expression):
    assert reason(sentence, expression, "year") == "label"


@pytest.mark.parametrize("sentence, expression", [
    ("وجرت الانتخابات الرئاسية في عام 2016 وسط إقبال ضعيف.", "عام 2016"),
    ("وفاز الحزب في الانتخابات عام 2016 بأغلبية المقاعد.", "عام 2016"),
])
def test_an_election_held_in_a_year_stays_a_happening(sentence, expression):
    assert reason(sentence, expression, "year") is None


def test_a_hashtag_names_a_tournament_as_its_words_would():
    assert reason("ويستعد المنتخب للمشاركة في #كأس_العالم 2018 بروسيا.", "2018", "year") == "label"


# --- title: a year after the title won dates the win

@pytest.mark.parametrize("sentence, expression", [
    ("ليكون ثاني سعودي يحقق هذا اللقب بعد عبد العزيز الشهري الذي فاز بلقب البطولة عام 2016.", "عام 2016"),
    ("وكان الفريق قد توج بلقب كأس الملك عام 2016 بعد غياب طويل.", "عام 2016"),
    ("وحقق اللاعب لقب بطولة العالم سنة 2016 في لندن.", "سنة 2016"),
])
def test_a_year_after_the_title_won_dates_the_win(sentence, expression):
    assert reason(sentence, expression, "year") is None


@pytest.mark.parametrize("sentence, expression", [
    ("ويستعد المنتخب لخوض منافسات كأس العالم 2016 في روسيا.", "2016"),
    ("وتأهل الفريق إلى نهائي بطولة أوروبا 2016.", "2016"),
])
def test_a_tournament_named_by_its_year_stays_a_label(sentence, expression):
    assert reason(sentence, expression, "year") == "label"


@pytest.mark.parametrize("sentence, expression", [
    ("وصف الأستاذ المشهد السياسي في الآونة الأخيرة، وخاصة بعد الانتخابات التشريعية لسنة 2016، بالمرتبك.", "لسنة 2016"),
    ("وتراجعت شعبية الحزب قبل الانتخابات الرئاسية لعام 2016 بأشهر.", "لعام 2016"),
])
def test_an_election_after_before_or_after_is_a_point_in_time(sentence, expression):
    assert reason(sentence, expression, "year") != "label"


# --- a year naming the edition bid for or hosted

@pytest.mark.parametrize("sentence, expression", [
    ("وتركزت هذه الفضيحة حول ملف الأولمبياد الشتوي في 2002 عندما فازت سولت ليك بحق استضافة الألعاب.", "2002"),
    ("وفجر حصول سولت لايك على حق استضافة دورة الألعاب الأولمبية الشتوية عام 2002 فضيحة فساد كبيرة.", "عام 2002"),
    ("ويواجه ملف ترشح المغرب لتنظيم كأس العالم في 2002 منافسة قوية.", "2002"),
])
def test_a_year_after_a_bid_for_games_names_the_edition(sentence, expression):
    assert reason(sentence, expression, "year") == "label"


@pytest.mark.parametrize("sentence, expression", [
    ("وأقيمت الألعاب الأولمبية الشتوية في 2002 في سولت ليك سيتي.", "2002"),
    ("وفازت المدينة بحق استضافة الألعاب الأولمبية في 2002 بعد تصويت اللجنة.", "2002"),  # the award's year
    ("وتبدو ألمانيا المرشحة الأقوى لاستضافة البطولة المقررة بعد ست سنوات.", "بعد ست سنوات"),
])
def test_games_held_or_awarded_in_a_year_stay_events(sentence, expression):
    assert reason(sentence, expression, "year") is None


@pytest.mark.parametrize("sentence, expression, grain", [
    ("أعلنت كلية التميز عن استمرار القبول للعام الدراسي الجديد 1436هـ / 1437هـ، حتى يوم الخميس القادم.", "1436هـ", "year"),
    ("أعلنت كلية التميز عن استمرار القبول للعام الدراسي الجديد 1436هـ / 1437هـ، حتى يوم الخميس القادم.", "1437هـ", "year"),
    ("وأتاحت الجامعة للمقبولين فيها للدراسة للعام الجامعي 1436/ 1437هـ، الانسحاب وإخلاء الطرف إلكترونيا.", "1437هـ", "year"),
    ("ويأتي التكليف تزامناً مع بدء الخطة الخمسية العاشرة للتنمية 2015 - 2019م، وكذلك الخطة الاستراتيجية.",
     "2015 - 2019م", "year"),
])
def test_the_years_a_school_year_or_a_plan_covers_are_a_label(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "label"


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وينطلق العام الدراسي الجديد في سبتمبر 2018 بمشاركة مليون تلميذ.", "سبتمبر 2018", "month"),
    ("وأكد الوزير أن العام الدراسي ينطلق يوم 15 سبتمبر.", "يوم 15 سبتمبر", "day"),
])
def test_a_time_a_school_year_starts_at_stays_an_event(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


@pytest.mark.parametrize("sentence", [
    "وكشفت تحقيقات سابقة عن تلقي المسؤول رشى متعلقة بترسية حقوق البث التلفزيوني لكأسي العالم 2026 و2030 لصالح مؤسسات.",
    "وتتنافس الملفات على استضافة مونديالي 2026 و 2030 وسط جدل كبير.",
])
def test_a_year_coordinated_with_a_named_year_is_a_label(sentence):
    assert reason(sentence, "2030", "year") == "label"


@pytest.mark.parametrize("sentence, expression", [
    ("وأعيد انتخابه في عامي 2006 و2008، ثم عاد إلى البرلمان عام 2015.", "2008"),
    ("وشن الجيش ثلاث حروب على القطاع في أعوام 2008 و2012 و2014.", "2012"),
])
def test_a_year_coordinated_with_a_year_of_happenings_stays_an_event(sentence, expression):
    assert reason(sentence, expression, "year") is None


def test_a_coordinated_year_a_clause_after_tells_of_stays_an_event():
    sentence = "وتبخرت آمالها في استعادة أمجاد الماضي وتكرار سيناريو 1974 و1982 حين حلت ثالثة."
    assert reason(sentence, "1982", "year") is None
